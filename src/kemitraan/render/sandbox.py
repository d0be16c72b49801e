"""The sandbox a user's report template runs in, and the loader that reads it.

Templates come from other people (``--template``), so a template sees only plain data
(:mod:`kemitraan.render.data`), and in the sandbox a template may call only its own macros (and ``caller()``, ``super()``,
``loop.cycle()``, ``loop.changed()``, a recursive ``loop()``) and ``range``, ``dict`` and
``namespace``; everything else it might call is refused. Every filter and test is run when
the report is rendered, never folded into a constant while the template is compiled, and
the arithmetic operators are checked there too: so compiling a template costs no more than
its text, and all the work a template causes happens in :mod:`kemitraan.render.bounded`,
within a time and memory limit.

Templates are read only from the template folder, and only regular files inside it (a
symlink out of it, a named pipe or a device is refused); a single template file is a
folder of its own that holds just that file.
"""

from __future__ import annotations

import operator
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jinja2
import jinja2.sandbox
from jinja2.exceptions import SecurityError
from jinja2.runtime import BlockReference, LoopContext, Macro
from jinja2.utils import Namespace

from kemitraan.limits import TEMPLATE_FILE_BYTES, TEMPLATE_VALUE_ITEMS
from kemitraan.render.data import DataAccess


def _err(key: str, **params: Any) -> str:
    from kemitraan.messages import err

    return err(key, **params)


_ALLOWED_GLOBALS: dict[str, Any] = {
    "range": jinja2.sandbox.safe_range,
    "dict": dict,
    "namespace": Namespace,
}
"""The only names a template may call besides its macros (``range`` gives at most 100,000 items)."""

_LOOP_METHODS = frozenset({"cycle", "changed"})


def _may_call(obj: Any) -> bool:
    if isinstance(obj, (Macro, BlockReference, LoopContext)):
        return True
    if any(obj is allowed for allowed in _ALLOWED_GLOBALS.values()):
        return True
    owner = getattr(obj, "__self__", None)
    return isinstance(owner, LoopContext) and getattr(obj, "__name__", "") in _LOOP_METHODS


def _callable_name(obj: Any) -> str:
    obj = getattr(obj, "__wrapped__", obj)  # the sandbox's own wrapper of str.format
    name = getattr(obj, "__name__", None)
    owner = getattr(obj, "__self__", None)
    if name and owner is not None and not isinstance(owner, type(os)):
        return f"{type(owner).__name__}.{name}"
    return str(name or type(obj).__name__)


_BINOPS: dict[str, Callable[[Any, Any], Any]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "//": operator.floordiv,
    "**": operator.pow,
    "%": operator.mod,
}
_UNOPS: dict[str, Callable[[Any], Any]] = {"+": operator.pos, "-": operator.neg}


class Sandbox(DataAccess, jinja2.sandbox.ImmutableSandboxedEnvironment):
    """A user's templates: plain data, only allowed calls, and no work done while compiling."""

    intercepted_binops = frozenset(_BINOPS)
    intercepted_unops = frozenset(_UNOPS)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user_templates: set[str] = set()
        """The file names of the user's templates this environment read (to locate errors)."""
        for name in ("lipsum", "cycler", "joiner"):  # objects with methods: not plain data
            self.globals.pop(name, None)
        self.globals.update(_ALLOWED_GLOBALS)

    def call(__self, __context: jinja2.runtime.Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(__obj, jinja2.Undefined):
            __obj._fail_with_undefined_error()  # its own message: what is missing, or refused
        if not _may_call(__obj):
            raise SecurityError(_err("template.call_refused", name=_callable_name(__obj)))
        return __context.call(__obj, *args, **kwargs)

    def call_binop(self, context: jinja2.runtime.Context, operator: str, left: Any, right: Any) -> Any:
        _check_size(operator, left, right)
        return _BINOPS[operator](left, right)

    def call_unop(self, context: jinja2.runtime.Context, operator: str, arg: Any) -> Any:
        return _UNOPS[operator](arg)

    def runtime_only(self) -> None:
        """Make every filter and test run only at render time (Jinja folds a filter of
        constants, ``'a'|center(10**9)``, into the compiled template otherwise)."""
        for table in (self.filters, self.tests):
            for name, func in list(table.items()):
                table[name] = _at_render_time(func)


def _at_render_time(func: Callable[..., Any]) -> Callable[..., Any]:
    from jinja2.utils import _PassArg

    passes = _PassArg.from_obj(func)
    if passes is _PassArg.context:
        return func

    def wrapper(context: jinja2.runtime.Context, *args: Any, **kwargs: Any) -> Any:
        if passes is _PassArg.eval_context:
            return func(context.eval_ctx, *args, **kwargs)
        if passes is _PassArg.environment:
            return func(context.environment, *args, **kwargs)
        return func(*args, **kwargs)

    wrapper.__name__ = getattr(func, "__name__", "filter")
    return jinja2.pass_context(wrapper)


def _check_size(op: str, left: Any, right: Any) -> None:
    """Refuse ``'a' * 10**10`` and ``10**10**10`` before they are made (where there are no
    child processes to bound them, this is the bound; elsewhere it is the clearer message)."""
    if op == "*":
        for seq, times in ((left, right), (right, left)):
            sized = isinstance(seq, (str, list, tuple)) and type(times) is int
            if sized and len(seq) * times > TEMPLATE_VALUE_ITEMS:
                raise SecurityError(_err("template.too_many_items", limit=f"{TEMPLATE_VALUE_ITEMS:,}"))
    elif op == "**" and type(left) is int and type(right) is int:
        bits = right * max(abs(left).bit_length(), 1)
        if right > 0 and abs(left) > 1 and bits > TEMPLATE_VALUE_ITEMS * 8:
            raise SecurityError(_err("template.number_too_large"))


# --- where templates are read from -------------------------------------------------------------


class Refused(jinja2.TemplateError):
    """A template that exists but is not read (outside the folder, not a regular file, too large).

    Not a ``TemplateNotFound``: the search must stop here, not go on to the bundled templates.
    ``why``: ``outside``, ``folder``, ``not_regular`` or ``too_large``."""

    def __init__(self, name: str, why: str) -> None:
        from kemitraan.i18n import ui
        from kemitraan.messages import size

        super().__init__(_err(f"template.refused.{why}", name=name, size=size(TEMPLATE_FILE_BYTES, ui())))
        self.name = name
        self.why = why


class TemplateFolder(jinja2.BaseLoader):
    """Templates from one folder of a user's, and only regular files inside it.

    ``only`` maps template names to files when the user gave one file: that file is the
    folder's only content (as ``report.<kind>.j2`` and under its own name). Template file
    names in errors are shown as the user gave the folder (``mine/report.md.j2``).
    """

    def __init__(self, folder: Path, only: dict[str, Path] | None = None) -> None:
        self.folder = folder
        self.real = os.path.realpath(folder)
        self.only = only
        self.served: set[str] = set()
        """The file names of every template this loader gave out (to locate errors)."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        from jinja2.loaders import split_template_path

        if self.only is not None:
            if template not in self.only:
                raise jinja2.TemplateNotFound(template)
            shown = str(self.only[template])
            real = os.path.realpath(self.only[template])
        else:
            pieces = split_template_path(template)  # refuses '..'
            shown = os.path.join(str(self.folder), *pieces)
            real = os.path.realpath(shown)
            if not real.startswith(self.real.rstrip(os.sep) + os.sep):
                if not os.path.lexists(shown):
                    raise jinja2.TemplateNotFound(template)
                raise Refused(template, "outside")
        source, mtime = _read(template, real)
        self.served.add(shown)
        return source, shown, lambda: _mtime(real) == mtime

    def list_templates(self) -> list[str]:
        if self.only is not None:
            return sorted(self.only)
        return []


def _mtime(path: str) -> float | None:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return None


def _read(name: str, path: str) -> tuple[str, float]:
    """A template's text, read from a regular file of at most :data:`TEMPLATE_FILE_BYTES`.

    Opened without waiting (a named pipe would wait for a writer for ever) and checked again
    once open, so that what is read is what was checked."""
    try:
        _regular(name, os.stat(path).st_mode)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise jinja2.TemplateNotFound(name) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        _regular(name, info.st_mode)
        if info.st_size > TEMPLATE_FILE_BYTES:
            raise Refused(name, "too_large")
        raw = handle.read(TEMPLATE_FILE_BYTES + 1)
    if len(raw) > TEMPLATE_FILE_BYTES:
        raise Refused(name, "too_large")
    return raw.decode("utf-8-sig"), info.st_mtime


def _regular(name: str, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise Refused(name, "folder")
    if not stat.S_ISREG(mode):
        raise Refused(name, "not_regular")


def user_loader(template: Path, kind: str) -> TemplateFolder:
    """The loader for a ``--template``: a folder, or a single file that is a folder of its own."""
    if template.is_dir():
        return TemplateFolder(template)
    return TemplateFolder(template.parent, only={f"report.{kind}.j2": template, template.name: template})


def referenced(env: jinja2.Environment, name: str, limit: int = 100) -> list[str]:
    """``name`` and the templates it includes, imports or extends by a constant name, and
    theirs (at most ``limit``), so they can be compiled once, before any rendering."""
    from jinja2 import meta

    seen: list[str] = []
    pending = [name]
    while pending and len(seen) < limit:
        current = pending.pop(0)
        if current in seen:
            continue
        seen.append(current)
        try:
            source, _, _ = env.loader.get_source(env, current)  # type: ignore[union-attr]
            found = meta.find_referenced_templates(env.parse(source))
        except Exception:  # a mistake shows when the template is rendered
            continue
        pending.extend(n for n in found if n is not None)
    return seen
