"""The fast paths: speed-ups that lean on the internals of a dependency, each with a plain fallback.

Every one of them saves milliseconds at start-up or per file, and every one could break when a
dependency changes what it keeps private. So they live here, together, and one switch turns all
of them off: with ``KEMITRAAN_NO_FAST=1`` in the environment (read once, when kemitraan starts)
each caller takes the plain path through the dependency's public API instead, and the outputs
are byte for byte the same (tests/test_fast.py runs the core of the test suite both ways).

=====================================  =========================================  ==============================
fast path                              what it leans on                           plain path (switch off)
=====================================  =========================================  ==============================
:func:`construct_yaml`                 PyYAML's node classes and constructors     ``loader.construct_document``
:func:`yaml_resolver`                  PyYAML's resolver, its ``resolve`` hook    PyYAML's own ``resolve``
:func:`lean_app`                       Typer's ``registered_commands``            the whole Typer app
:func:`private`                        pydantic's ``__pydantic_private__``        ``getattr`` (pydantic's own)
:func:`bytecode_cache`                 Jinja's bytecode cache, a folder in        every template compiled at
                                       the user's cache (``~/.cache``)            each run
:func:`spare_the_collector`            ``gc.freeze`` and the collector's          Python's default collector
                                       thresholds
:func:`collector_paused`               ``gc.disable`` while one file is assessed  the collector runs as usual
                                       and reported, ``gc.freeze`` after
``kemitraan --version`` alone          nothing but Typer's own output for it      Typer parses the flag
(:func:`kemitraan.entry.main`)         (``kemitraan VERSION``), printed before     and runs its callback
                                       any app is built
``assess FILE`` without Typer          a recogniser of the single-file command    the Typer app parses every
(:func:`kemitraan.entry.recognise`)    line that reads it as Typer does (tested   command line
                                       against Typer's parse in test_entry.py)
bundled rubrics from their snapshot    ``loader/checked.json``, made and checked  each bundled rubric read,
(:mod:`kemitraan.loader.checked`)      from the YAML when the package is made     validated and checked
a large file parsed with the collector  ``gc.disable`` for the parse of a file of   the collector runs as usual
paused (``loader.reader``)             64 KiB or more
output records made ahead              ``models/_inits.py``, written from the     the standard ``dataclass``
(:mod:`kemitraan.models.record`)       records ahead and tested to be current     decorator makes each record
=====================================  =========================================  ==============================

Each fast path is also guarded where it runs: a failure falls back to the plain path (never to an
error of its own). This module is imported at start-up: it imports nothing heavy itself.
"""

from __future__ import annotations

__all__ = [
    "ON",
    "bytecode_cache",
    "collector_paused",
    "construct_yaml",
    "lean_app",
    "private",
    "spare_the_collector",
    "yaml_resolver",
]

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import re

    import jinja2
    import typer
    import yaml


def _on() -> bool:
    return os.environ.get("KEMITRAAN_NO_FAST", "") in ("", "0")


ON: bool = _on()
"""False when ``KEMITRAAN_NO_FAST`` is set (to anything but ``0``): every fast path is off."""

_TAG = "tag:yaml.org,2002:"
_STR, _MAP, _SEQ = _TAG + "str", _TAG + "map", _TAG + "seq"
_SCALAR_TAGS = tuple(_TAG + name for name in ("int", "float", "bool", "null"))


# --- YAML -------------------------------------------------------------------------------------


class _Unusual(Exception):
    """Something the fast constructor leaves to PyYAML's."""


def construct_yaml(loader: Any, root: yaml.Node) -> Any:
    """The data of a composed document, as ``loader.construct_document(root)`` builds it, faster.

    Partnership files hold mappings, sequences and core-schema scalars; those are built here
    without PyYAML's generic constructor (its generators and bookkeeping were 40% of the time
    of loading a file), with the loader's own scalar constructors and sharing the objects of
    aliased nodes as PyYAML does. At the first thing out of the ordinary (another tag, a
    duplicate or unhashable key, an alias inside itself, a value a constructor refuses, very
    deep nesting) it raises, and the caller lets PyYAML's constructor build the document from
    the start instead, so every result and every error is exactly what it would have been.
    """
    import yaml

    scalar_node, sequence_node, mapping_node = yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode
    constructors = loader.yaml_constructors
    scalars = {tag: constructors[tag] for tag in _SCALAR_TAGS}
    built: dict[int, Any] = {}
    building: set[int] = set()

    def build(node: yaml.Node) -> Any:
        kind, tag = node.__class__, node.tag
        if kind is scalar_node:
            if tag == _STR:
                return node.value
            return scalars[tag](loader, node)  # KeyError: another tag
        key = id(node)
        if key in built:
            return built[key]
        if key in building:
            raise _Unusual  # an alias inside itself
        building.add(key)
        result: Any
        if kind is mapping_node and tag == _MAP:
            result = {}
            for key_node, value_node in node.value:
                name = build(key_node)
                if name in result:  # TypeError: an unhashable key
                    raise _Unusual
                result[name] = build(value_node)
        elif kind is sequence_node and tag == _SEQ:
            result = [build(item) for item in node.value]
        else:
            raise _Unusual
        building.discard(key)
        built[key] = result
        return result

    try:
        return build(root)
    finally:
        # ``build`` refers to itself through its closure: a cycle that kept ``built``, and so
        # every value of the document, alive until the cyclic collector ran (a whole file's
        # data per file of a batch, and the collector's work to find it). Unbound, it all goes now.
        build = None  # type: ignore[assignment]


Resolvers = dict[str | None, tuple[tuple[str, "re.Pattern[str]"], ...]]


def yaml_resolver(resolvers: Resolvers) -> Callable[[Any, type, str, tuple[bool, bool]], str]:
    """A ``resolve`` method for a loader whose only resolvers are implicit ones (by first character).

    It gives the tag PyYAML's ``BaseResolver.resolve`` gives, without checking for the path and
    wildcard resolvers kemitraan never registers (what PyYAML spends most of that method's time
    on; it runs for every node). ``resolvers`` maps a first character to its (tag, pattern) pairs.
    """
    import yaml

    scalar_node, sequence_node = yaml.ScalarNode, yaml.SequenceNode

    def resolve(self: Any, kind: type, value: str, implicit: tuple[bool, bool]) -> str:
        if kind is scalar_node:
            if implicit[0]:
                for tag, regexp in resolvers.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return _STR
        return _SEQ if kind is sequence_node else _MAP

    return resolve


def skip_path_resolvers(loader: type) -> None:
    """Make a loader's ``descend_resolver`` and ``ascend_resolver`` do nothing, in C.

    PyYAML's C parser calls both for every node it composes, and both return at once when the
    loader has no path resolvers (kemitraan registers none: asserted here); but each is still
    a Python call, 5 to 8% of composing a partnership file. In their place go two C callables
    that take the same arguments and do nothing: ``{}.get(parent, index)`` and ``tuple()``.
    """
    assert not loader.yaml_path_resolvers  # type: ignore[attr-defined]
    loader.descend_resolver = staticmethod(_NOTHING.get)  # type: ignore[attr-defined]
    loader.ascend_resolver = staticmethod(tuple)  # type: ignore[attr-defined]


_NOTHING: dict[Any, Any] = {}


# --- Typer --------------------------------------------------------------------------------------


def lean_app(app: typer.Typer, name: str | None, args: Sequence[str]) -> typer.Typer:
    """``app`` with only the command ``name`` registered (``app`` itself where that cannot be).

    Typer turns the signature of every registered command into options before it parses
    anything (about 10 ms for kemitraan's nine commands, more than a command like
    ``--version`` does itself). The command a user names is the only one that can run, so
    the others are left out. Help that lists the commands (``kemitraan``, ``--help``) and
    anything not naming a known command (a typo gets Typer's "No such command") use the
    whole app, as do shell completions, which Typer reads from the environment.
    """
    import copy

    from typer.main import get_command_name

    if name is None:
        if not args or {"-h", "--help", "--install-completion", "--show-completion"} & set(args):
            return app
    elif any(key.startswith("_") and key.endswith("_COMPLETE") for key in os.environ):
        return app
    commands = [
        info
        for info in app.registered_commands
        if info.callback is not None and name == (info.name or get_command_name(info.callback.__name__))
    ]
    groups = [info for info in app.registered_groups if name is not None and info.name == name]
    if name is not None and not commands and not groups:
        return app
    lean = copy.copy(app)
    lean.registered_commands = commands
    lean.registered_groups = groups
    return lean


# --- pydantic -----------------------------------------------------------------------------------


def _private_fast(model: Any, name: str) -> Any:
    # pydantic's __getattr__ for private attributes made reading one a sixth of the engine's time
    return (model.__pydantic_private__ or {}).get(name)


def _private_plain(model: Any, name: str) -> Any:
    return getattr(model, name, None)


private: Callable[[Any, str], Any] = _private_fast if ON else _private_plain
"""A pydantic model's private attribute ``name`` (None when it is unset)."""


# --- Jinja --------------------------------------------------------------------------------------


def bytecode_cache(kind: str) -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs, so that a report does not compile its template
    (some 50 ms) at every start. They live in the user's cache folder, in a private folder per
    kind of report; a template that changed is compiled again (Jinja checks its checksum).
    None, and templates are compiled as before, when ``KEMITRAAN_NO_CACHE`` is set, the fast
    paths are off, or the folder cannot be made private.
    """
    import contextlib
    import stat

    import jinja2

    if not ON or os.environ.get("KEMITRAAN_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = os.path.join(base, "kemitraan", f"templates-{kind}")
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return None
    mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if not stat.S_ISDIR(info.st_mode) or info.st_mode & 0o077 or not mine:
        return None

    class Cache(jinja2.FileSystemBytecodeCache):
        """A cache that is only ever an optimisation: a file it cannot read or write is skipped."""

        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except (OSError, ValueError, EOFError, TypeError):
                bucket.reset()

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    return Cache(folder)


# --- the garbage collector -------------------------------------------------------------------------


def spare_the_collector() -> None:
    """Keep Python's cyclic garbage collector from walking what lives as long as the process.

    Everything loaded by now (modules, rubrics, pydantic's validators) is moved out of its way
    (``gc.freeze``), and young objects are collected less often. Each file's data is freed by
    reference counting anyway; the collector had spent a tenth of a batch run walking objects
    that never become garbage. In forked workers, frozen objects also keep their memory
    pages shared with the parent. With the fast paths off, the collector keeps its defaults.
    """
    if not ON:
        return
    import gc

    gc.freeze()
    gc.set_threshold(5000, 10, 10)


@contextmanager
def collector_paused() -> Iterator[None]:
    """For a single assessment: the collector spared (:func:`spare_the_collector`), then paused
    while the file is assessed and its report written, and switched on again after (left alone
    when the caller had paused it: a program or a test that calls kemitraan in its own process
    keeps its collector as it was).

    What an assessment makes is freed by reference counting as soon as it is done: a parse, the
    engine and a Markdown or JSON report leave no cycle behind (tested in tests/test_fast.py and
    tests/test_batch.py), so the collector's collections found nothing to free and only walked
    what was still alive: 7 to 12% of the run of a file of 1,000 to 2,000 programs, at the same
    peak memory (benchmarks/large.py's "no gc" reference). The work is bounded by the input's
    size limit, and an HTML report's template leaves a few hundred objects at most. A batch
    keeps the collector running (its workers assess file after file). Not with the fast paths off.
    The caller's data should be gone when the block ends (assess in a function called inside it),
    since what is alive then is frozen with what was loaded (:func:`spare_the_collector`); after
    an error, the collector is only switched on again.
    """
    import gc

    if not ON or not gc.isenabled():
        yield
        return
    spare_the_collector()
    gc.disable()
    try:
        yield
    except BaseException:
        gc.enable()
        raise
    # What is alive now lives as long as the process (modules and catalogues loaded on the way,
    # the engine's bounded memos); the assessment's own data is freed already (the caller's
    # frame is gone). Frozen, as what was loaded before: the first collection would otherwise
    # walk all of it (about 30 ms), every object made during the pause being young for it.
    gc.freeze()
    gc.enable()
