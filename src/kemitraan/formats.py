"""The output formats, each one entry of one registry: its name, file extensions, whether it is
binary, whether it takes a ``--template``, and the functions that make it.

``assess`` (one file or a batch), ``compare A B`` and ``compare --by`` read it: the lists of
formats their options offer, the format an ``-o`` file's extension asks for and the extension a
batch report is written with all come from :data:`REGISTRY`. Adding a format is one entry here
and its renderer (docs/contributing/formats.md).

Cheap to import (no renderer is loaded until its format is used): the command line reads the
lists for its help and shell completion at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from kemitraan.models.record import record

if TYPE_CHECKING:
    from pathlib import Path

    from kemitraan.models.assessment import Assessment

Report = Callable[..., "str | bytes"]
"""``report(a, lang, *, color, width, template)``: an assessment's report (bytes when binary)."""
Table = Callable[..., str]
"""``comparison(c, lang, *, color, width)`` or ``groups(g, lang, *, color, width)``."""


@record(slots=False)
class Format:
    """One output format."""

    name: str
    """What ``--format`` takes."""
    extensions: tuple[str, ...] = ()
    """The ``-o`` file extensions that ask for it; the first is the one a batch writes."""
    binary: bool = False
    """A file, not text to read in a terminal (never written to a terminal)."""
    templated: bool = False
    """A user's ``--template`` applies to it."""
    browser: bool = False
    """Printed by Chromium: a batch keeps one browser per process for all its reports."""
    report: Report | None = None
    """Makes ``assess``'s report; None when ``assess`` does not write this format."""
    comparison: Table | None = None
    """Makes ``compare A B``'s output; None when it does not write this format."""
    groups: Table | None = None
    """Makes ``compare --by``'s table; None when it does not write this format."""

    @property
    def extension(self) -> str:
        """The extension a batch gives its reports in this format."""
        return self.extensions[0] if self.extensions else f".{self.name}"


# --- the renderers, each imported only when its format is used ---------------------------------


def _terminal(a: Assessment, lang: str, *, color: bool, width: int, template: Path | None) -> str:
    from kemitraan.render.terminal import render_terminal

    return render_terminal(a, lang, color=color, width=width)


def _md(a: Assessment, lang: str, *, color: bool, width: int, template: Path | None) -> str:
    from kemitraan.render.markdown import render_markdown

    return render_markdown(a, lang, template)


def _json(a: Assessment, lang: str, *, color: bool, width: int, template: Path | None) -> str:
    from kemitraan.render.json import render_json

    return render_json(a)


def _html(a: Assessment, lang: str, *, color: bool, width: int, template: Path | None) -> str:
    from kemitraan.render.html import render_html

    return render_html(a, lang, template=template)


def _pdf(a: Assessment, lang: str, *, color: bool, width: int, template: Path | None) -> bytes:
    from kemitraan.render.pdf import render_pdf

    return render_pdf(a, lang, template=template)


def _docx(a: Assessment, lang: str, *, color: bool, width: int, template: Path | None) -> bytes:
    from kemitraan.render.docx import render_docx

    return render_docx(a, lang, template=template)


def _compare(name: str) -> Table:
    """A function of :mod:`kemitraan.render.compare`, imported when it is first called."""

    def call(*args: Any, **kwargs: Any) -> str:
        from kemitraan.render import compare

        result: str = getattr(compare, name)(*args, **kwargs)
        return result

    call.__qualname__ = call.__name__ = name
    return call


REGISTRY: tuple[Format, ...] = (
    Format(
        name="terminal",
        extensions=(".txt",),
        report=_terminal,
        comparison=_compare("comparison_terminal"),
        groups=_compare("groups_terminal"),
    ),
    Format(
        name="md",
        extensions=(".md", ".markdown"),
        templated=True,
        report=_md,
        comparison=_compare("comparison_md"),
        groups=_compare("groups_md"),
    ),
    Format(
        name="json",
        extensions=(".json",),
        report=_json,
        comparison=_compare("comparison_json"),
        groups=_compare("groups_json"),
    ),
    Format(
        name="html",
        extensions=(".html", ".htm"),
        templated=True,
        report=_html,
        comparison=_compare("comparison_html"),
        groups=_compare("groups_html"),
    ),
    Format(name="pdf", extensions=(".pdf",), binary=True, templated=True, browser=True, report=_pdf),
    Format(name="docx", extensions=(".docx",), binary=True, templated=True, report=_docx),
    Format(name="csv", extensions=(".csv",), groups=_compare("groups_csv")),
)
"""Every output format, in the order the command line lists them."""

FORMATS_BY_NAME: dict[str, Format] = {f.name: f for f in REGISTRY}

FORMATS: tuple[str, ...] = tuple(f.name for f in REGISTRY if f.report is not None)
"""Report formats of ``kemitraan assess``."""
COMPARISON_FORMATS: tuple[str, ...] = tuple(f.name for f in REGISTRY if f.comparison is not None)
"""Formats of ``kemitraan compare A B``."""
GROUP_FORMATS: tuple[str, ...] = tuple(f.name for f in REGISTRY if f.groups is not None)
"""Formats of ``kemitraan compare --by``."""
BINARY = frozenset(f.name for f in REGISTRY if f.binary)
"""The formats that are files, not text to read in a terminal."""
TEMPLATED = tuple(f.name for f in REGISTRY if f.templated)
"""The formats a user's ``--template`` applies to (pdf and docx are made from the HTML report)."""


def extensions(names: tuple[str, ...]) -> dict[str, str]:
    """File extension -> format, for the formats ``names`` (what an ``-o`` file's name asks for)."""
    return {ext: f.name for f in REGISTRY if f.name in names for ext in f.extensions}


EXTENSIONS: dict[str, str] = extensions(tuple(FORMATS_BY_NAME))
"""Every extension a format has, and the format it asks for."""


def get(name: str) -> Format:
    """The format of that name (a ``ValueError`` for an unknown one: the command line checks first)."""
    try:
        return FORMATS_BY_NAME[name]
    except KeyError:
        raise ValueError(f"unknown format {name!r}") from None
