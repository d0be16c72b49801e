"""Renderers: one small function per format, each returning a string (bytes for PDF); the CLI writes it.

The Jinja2 environment is built here and only here: the user's template folder first, the
bundled ``templates/`` second; ``StrictUndefined``; autoescape for HTML only; the template
context is :class:`Context`.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable
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


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md_escape(value: Any) -> str:
    """Text from an input file, made inert in Markdown: no tables broken, no links or HTML."""
    text = " ".join(str(value).split())
    return _MD_SPECIAL.sub(
        lambda m: "&lt;" if m.group(1) == "<" else "&gt;" if m.group(1) == ">" else "\\" + m.group(1),
        text,
    )


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
def environment(kind: Literal["md", "html"], template_dir: Path | None = None) -> jinja2.Environment:
    """The Jinja2 environment for a report kind (HTML escapes everything it prints).

    Built once per process and kind, so that a batch run compiles each template once; the
    ``num`` filter reads the report language from the template context.
    """
    import jinja2

    from kemitraan.loader import bundled_dir

    folders = [str(template_dir)] if template_dir else []
    folders.append(str(bundled_dir("templates")))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folders),
        bytecode_cache=_bytecode_cache(kind),
        undefined=jinja2.StrictUndefined,
        autoescape=kind == "html",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["num"] = jinja2.pass_context(lambda ctx, v, d=2: number(v, ctx["lang"], d))
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


def context(a: Assessment, lang: str, fmt: str, command: str) -> Context:
    from kemitraan.messages import t

    def tx(text: Any) -> str:
        return "" if text is None else str(text.get(lang))

    return Context(a=a, lang=lang, fmt=fmt, command=command, t=lambda key, **kw: t(key, lang, **kw), tx=tx)


def command_for(a: Assessment, fmt: str, lang: str) -> str:
    """The command that reproduces a report (bundled rubrics need no option)."""
    extra = "".join(f" --rubric {r.rubric.origin}" for r in a.assessments if r.rubric.origin != "bundled")
    return f"kemitraan assess {a.input.file} --format {fmt} --lang {lang}{extra}"


def render(a: Assessment, fmt: str, lang: str, *, color: bool = False, width: int = 100) -> str | bytes:
    """The report in one format and language (bytes for ``pdf``, text for the others)."""
    if fmt == "json":
        from kemitraan.render.json import render_json

        return render_json(a)
    if fmt == "terminal":
        from kemitraan.render.terminal import render_terminal

        return render_terminal(a, lang, color=color, width=width)
    if fmt == "md":
        from kemitraan.render.markdown import render_markdown

        return render_markdown(a, lang)
    if fmt == "html":
        from kemitraan.render.html import render_html

        return render_html(a, lang)
    if fmt == "pdf":
        from kemitraan.render.pdf import render_pdf

        return render_pdf(a, lang)
    raise ValueError(f"unknown format {fmt!r}")
