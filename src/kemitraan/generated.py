"""A generated part of a hand-written document, between two marker lines.

docs/templates.md (:mod:`kemitraan.render.reference`) and the indicator table of
docs/rubrics.md (:mod:`kemitraan.indicators.table`) are written this way: the prose around
the markers is edited by hand, the part between them only by its generator, and a test keeps
it current.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["between", "rewrite_between"]


def between(path: Path, begin: str, end: str) -> str:
    """The generated part as ``path`` has it now (without the blank lines around it)."""
    text = path.read_text(encoding="utf-8")
    return text[text.index(begin) + len(begin) : text.index(end)].strip("\n") + "\n"


def rewrite_between(path: Path, begin: str, end: str, content: str) -> bool:
    """Put ``content`` between the markers of ``path``; True when the file changed."""
    text = path.read_text(encoding="utf-8")
    start, stop = text.index(begin) + len(begin), text.index(end)
    new = text[:start] + "\n\n" + content + "\n" + text[stop:]
    if new != text:
        path.write_text(new, encoding="utf-8")
    return new != text
