"""Renderers: one small function per format, each returning a string (bytes for PDF); the CLI writes it.

The Jinja2 environment is built here and only here: the user's template (a folder, or one
file) first, the bundled ``templates/`` second; ``StrictUndefined``; autoescape for HTML only;
the template context is :class:`Context`. A user's template runs in Jinja2's immutable
sandbox: it can read the assessment, but not reach Python internals, call unsafe methods or
change anything; its mistakes are reported as located input errors (exit code 2).
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypedDict

if TYPE_CHECKING:
    import jinja2

    from kemitraan.models.assessment import Assessment, EvidenceRef, RubricAssessment
    from kemitraan.models.rubric import Text

Format = Literal["terminal", "md", "json", "html", "pdf"]
FORMATS: tuple[str, ...] = ("terminal", "md", "json", "html", "pdf")
EXTENSIONS = {
    ".md": "md",
    ".markdown": "md",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".txt": "terminal",
}


class Context(TypedDict):
    """What every report template receives."""

    a: Assessment
    lang: str
    fmt: str
    command: str
    t: Callable[..., str]
    tx: Callable[[Any], str]


_MD_SPECIAL = re.compile(r"[\\`*_\[\]|#~$]|<|>|&(?=#?[A-Za-z0-9]+;)")
_MD_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
_MD_BLOCK_START = re.compile(r"^(?:([-+=])(?=\s|$|[-+=])|\d{1,9}(?=[.)](?:\s|$)))")
"""What would start a list, a heading underline or a numbered list if a value began a line."""


def md_escape(value: Any) -> str:
    """Text from an input file, made inert in Markdown: no tables broken, no links, HTML,
    emphasis, math or entities, and no list or heading started (GitHub, CommonMark, pandoc).

    Line breaks become spaces, so a value stays inside its table cell or list item.
    """
    text = " ".join(str(value).split())
    text = _MD_SPECIAL.sub(lambda m: _MD_ENTITIES.get(m.group(), "\\" + m.group()), text)
    match = _MD_BLOCK_START.match(text)
    if match:  # "- x" would be a list, "1. x" a numbered one, "---" a rule: escape the marker
        at = 0 if match.group(1) else match.end()
        text = text[:at] + "\\" + text[at:]
    return text


def md_fence(code: str) -> str:
    """A code fence longer than any run of backticks in ``code`` (so a file name cannot end it)."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    return "`" * max(3, longest + 1)


def number(value: Any, lang: str, decimals: int = 2) -> str:
    """A score with a fixed number of decimals in the report language ("0,60" / "0.60")."""
    if value is None:
        return "–"
    text = f"{float(value):.{decimals}f}"
    return text.replace(".", ",") if lang == "id" else text


def evidence_groups(r: RubricAssessment) -> list[tuple[EvidenceRef, list[Text]]]:
    """Each quote a rubric's criteria read, once, with the labels of the criteria that read it."""
    groups: dict[str, tuple[EvidenceRef, list[Text]]] = {}
    for c in r.criteria:
        for e in c.evidence:
            entry = groups.setdefault(e.path, (e, []))
            if c.label not in entry[1]:
                entry[1].append(c.label)
    return list(groups.values())


@functools.lru_cache(maxsize=8)
def environment(kind: Literal["md", "html"], template: Path | None = None) -> jinja2.Environment:
    """The Jinja2 environment for a report kind (HTML escapes everything it prints).

    ``template`` is a user's ``--template``: a folder searched before the bundled templates
    (so it may override ``report.md.j2`` or any part), or one file that becomes the report
    template ``report.<kind>.j2``. Bundled templates stay reachable as ``bundled/<name>``.
    With a user's template the environment is Jinja2's immutable sandbox.

    Built once per process, kind and template, so that a batch run compiles each template
    once; the ``num`` filter reads the report language from the template context.
    """
    import jinja2

    from kemitraan.loader import bundled_dir

    bundled = jinja2.FileSystemLoader(str(bundled_dir("templates")))
    loaders: list[jinja2.BaseLoader] = []
    if template is not None and template.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(template)))
    elif template is not None:
        path = template
        loaders.append(
            jinja2.FunctionLoader(
                lambda name: (
                    (path.read_text(encoding="utf-8"), str(path), lambda: False)
                    if name == f"report.{kind}.j2"
                    else None
                )
            )
        )
        loaders.append(jinja2.FileSystemLoader(str(template.parent)))
    loaders += [bundled, jinja2.PrefixLoader({"bundled": bundled})]
    cls = jinja2.Environment
    if template is not None:
        import jinja2.sandbox  # only for a user's template (it costs start-up time)

        cls = jinja2.sandbox.ImmutableSandboxedEnvironment
    env = cls(
        loader=jinja2.ChoiceLoader(loaders),
        bytecode_cache=_bytecode_cache(kind) if template is None else None,
        undefined=jinja2.StrictUndefined,
        autoescape=kind == "html",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["num"] = jinja2.pass_context(lambda ctx, v, d=2: number(v, ctx["lang"], d))
    env.filters["fence"] = md_fence
    env.globals["evidence_groups"] = evidence_groups
    return env


def _bytecode_cache(kind: str) -> jinja2.BytecodeCache | None:
    """Compiled templates kept between runs, so that a report does not compile its template
    (some 50 ms) at every start. They live in the user's cache folder, in a private folder per
    kind of report; a template that changed is compiled again (Jinja checks its checksum).
    None, and templates are compiled as before, when ``KEMITRAAN_NO_CACHE`` is set or the
    folder cannot be made private.
    """
    import os
    import stat

    import jinja2

    if os.environ.get("KEMITRAAN_NO_CACHE"):
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


@contextmanager
def template_errors(template: Path | None) -> Iterator[None]:
    """Report a user's template mistakes (syntax, undefined names, what the sandbox forbids, a
    runtime error in an expression) as located input errors; the bundled templates' own
    errors stay bugs (exit code 1)."""
    if template is None:
        yield
        return
    import jinja2

    from kemitraan.errors import InputError, Problem

    try:
        yield
    except jinja2.TemplateSyntaxError as exc:
        raise InputError(
            [Problem(exc.filename or str(template), f"template syntax error: {exc.message}", exc.lineno)]
        ) from None
    except jinja2.TemplateNotFound as exc:
        raise InputError(
            [Problem(str(template), f"template '{exc.name}' not found", suggestion=_TEMPLATE_HINT)]
        ) from None
    except UnicodeDecodeError:
        raise InputError([Problem(str(template), "the template is not UTF-8 text")]) from None
    except OSError as exc:
        raise InputError(
            [Problem(exc.filename or str(template), f"the template cannot be read: {exc.strerror or exc}")]
        ) from None
    except Exception as exc:
        where = _template_frame(exc, template)
        if where is None:
            raise
        sandbox = type(exc).__name__ == "SecurityError"
        message = f"not allowed in a template: {exc}" if sandbox else f"template error: {exc}"
        raise InputError([Problem(where[0], message, where[1])]) from None


_TEMPLATE_HINT = "a template file becomes report.<format>.j2; a folder may hold any templates it includes"


def _template_frame(exc: BaseException, template: Path) -> tuple[str, int] | None:
    """The innermost place in the user's template where ``exc`` was raised (Jinja2 rewrites
    tracebacks so that template lines show as frames of the template file)."""
    root = template.resolve()
    found = None
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        path = Path(name)
        if path.is_absolute() and (path == root or root in path.parents or path.resolve() == root):
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found


def context(a: Assessment, lang: str, fmt: str, command: str) -> Context:
    from kemitraan.messages import t

    def tx(text: Any) -> str:
        return "" if text is None else str(text.get(lang))

    return Context(a=a, lang=lang, fmt=fmt, command=command, t=lambda key, **kw: t(key, lang, **kw), tx=tx)


def rubric_options(a: Assessment) -> str:
    """The options that run the same rubrics in the same order: none for the default ones,
    ``--only`` for another choice of bundled ones, then ``--rubric`` for each one added (a bundled
    name, or the file of a rubric of one's own, which may also replace a bundled one in place)."""
    import shlex

    from kemitraan.loader import BUNDLED_RUBRICS, DEFAULT_RUBRICS

    ids = [r.rubric.id for r in a.assessments]
    # The bundled choice comes first, in the bundled order; what follows was added with --rubric.
    k = 0
    while k < len(ids) and ids[k] in BUNDLED_RUBRICS:
        if k and BUNDLED_RUBRICS.index(ids[k]) < BUNDLED_RUBRICS.index(ids[k - 1]):
            break
        k += 1
    head = ids[:k]
    if tuple(head[: len(DEFAULT_RUBRICS)]) == DEFAULT_RUBRICS:
        options = [f"--rubric {name}" for name in head[len(DEFAULT_RUBRICS) :]]
    else:
        options = [f"--only {','.join(head)}"]
    for i, r in enumerate(a.assessments):
        if r.rubric.origin != "bundled":
            options.append(f"--rubric {shlex.quote(r.rubric.origin)}")
        elif i >= k:
            options.append(f"--rubric {r.rubric.id}")
    return "".join(f" {o}" for o in options)


def command_for(a: Assessment, fmt: str, lang: str) -> str:
    """The command that reproduces a report (the default rubrics need no option)."""
    import shlex

    return f"kemitraan assess {shlex.quote(a.input.file)} --format {fmt} --lang {lang}{rubric_options(a)}"


def render(
    a: Assessment,
    fmt: str,
    lang: str,
    *,
    color: bool = False,
    width: int = 100,
    template: Path | None = None,
) -> str | bytes:
    """The report in one format and language (bytes for ``pdf``, text for the others).

    ``template``: a user's report template (file or folder) for md, html and pdf.
    """
    if template is not None and fmt not in ("md", "html", "pdf"):
        from kemitraan.errors import UsageError

        raise UsageError(f"kemitraan: --template applies to md, html and pdf reports, not to {fmt}")
    if fmt == "json":
        from kemitraan.render.json import render_json

        return render_json(a)
    if fmt == "terminal":
        from kemitraan.render.terminal import render_terminal

        return render_terminal(a, lang, color=color, width=width)
    if fmt == "md":
        from kemitraan.render.markdown import render_markdown

        with template_errors(template):
            return render_markdown(a, lang, template)
    if fmt == "html":
        from kemitraan.render.html import render_html

        with template_errors(template):
            return render_html(a, lang, template=template)
    if fmt == "pdf":
        from kemitraan.render.pdf import render_pdf

        with template_errors(template):
            return render_pdf(a, lang, template=template)
    raise ValueError(f"unknown format {fmt!r}")
