"""Page breaks of the PDF report, read back page by page with pypdf.

A heading (section, subsection, recommendation title, evidence heading, table caption) is
never cut across two pages and never the last thing on its page: at least a line's worth
of what it heads follows it on the same page. Checked for every example in both languages.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from kemitraan.render.html import render_html
from kemitraan.render.htmltree import Node, parse
from kemitraan.render.pdf import render_pdf
from tests.render.report_cases import EXAMPLES, LANGS, assessed, needs_chromium

pytestmark = needs_chromium

FOLLOWING_CHARS = 30
"""At least this much text after a heading on its page: a line, or a table row."""


FOLLOW = 40
"""The first paragraph after a heading (its first 40 words, when longer) stays on the heading's page."""


def headings(html: str) -> list[tuple[str, str]]:
    """Every heading and caption of the page, in order, each with the first words of the block after it."""
    found: list[tuple[str, str]] = []

    def walk(node: Node) -> None:
        elements = [c for c in node.children if c.tag]
        for i, child in enumerate(elements):
            if child.tag in ("h2", "h3", "h4", "caption", "figcaption") or "quote-for" in child.classes:
                following = next((e for e in elements[i + 1 :] if e.text_content()), None)
                while (
                    following is not None and following.tag in ("div", "ol", "ul") and _first_block(following)
                ):
                    following = _first_block(
                        following
                    )  # a box of quotes: its first quote; a list: its first item
                after = _visible(following) if following is not None and _prose(following) else ""
                found.append((child.text_content(), " ".join(after.split()[:FOLLOW])))
            else:
                walk(child)

    walk(parse(html))
    return [(h, after) for h, after in found if h]


def _visible(node: Node) -> str:
    """The text a reader sees (not what is there for screen readers only)."""
    if "visually-hidden" in node.classes:
        return ""
    if not node.tag:
        return node.text
    return " ".join(" ".join(_visible(c) for c in node.children).split())


def _first_block(node: Node) -> Node | None:
    return next((c for c in node.children if c.tag in ("p", "blockquote", "div", "ul", "ol", "li")), None)


def _prose(node: Node) -> bool:
    """Text read in lines (a paragraph, a list, a quote), not a table or a chart, whose PDF text
    comes out cell by cell."""
    return node.tag in ("p", "ol", "ul", "li", "blockquote", "div") and not (
        node.find("table") or node.find("svg")
    )


def pages_of(pdf: bytes) -> list[str]:
    """Each page's text, whitespace collapsed, without its page number ("3 / 11", which the
    text extraction puts first or last)."""
    reader = PdfReader(io.BytesIO(pdf))
    texts = [" ".join((page.extract_text() or "").split()) for page in reader.pages]
    total = len(texts)
    return [text.replace(f"{i} / {total}", "", 1).strip() for i, text in enumerate(texts, 1)]


def squash(text: str) -> str:
    """Text compared without case and spaces: PDF text extraction does not keep the HTML's spacing,
    and CSS writes some labels in capitals."""
    return re.sub(r"\s+", "", text.lower())


def stranded(pages: list[str], heads: list[tuple[str, str]]) -> list[str]:
    """The headings cut across pages, left at the foot of one, or parted from the start of what they head."""
    problems = []
    joined = ""
    bounds = []  # (start, end) of each page in ``joined``
    for text in pages:
        bounds.append((len(joined), len(joined) + len(squash(text))))
        joined += squash(text)
    at = 0
    for head, after in heads:
        found = joined.find(squash(head), at)
        if found < 0:
            problems.append(f"not found in order: {head!r}")
            continue
        end = found + len(squash(head))
        page = next(i for i, (a, b) in enumerate(bounds) if a <= found < b)
        rest = joined[end : bounds[page][1]]
        if end > bounds[page][1]:
            problems.append(f"page {page + 1}: cut across pages: {head!r}")
        elif len(rest) < FOLLOWING_CHARS:
            problems.append(f"page {page + 1}: last on the page: {head!r}")
        elif after and not 0 <= rest.find(squash(after)) <= 4:  # after a list marker ("1.") at most
            problems.append(f"page {page + 1}: parted from what follows it: {head!r}")
        at = end
    return problems


def test_the_check_finds_a_stranded_a_cut_and_a_parted_heading() -> None:
    head = [("Principles of partnership", "")]
    pages = ["Intro text here and more. 4 Principles", "of partnership Some text follows the heading here"]
    assert stranded(pages, head) == ["page 1: cut across pages: 'Principles of partnership'"]
    pages = ["Intro text. 4 Principles of partnership", "Some text follows the heading at last"]
    assert stranded(pages, head) == ["page 1: last on the page: 'Principles of partnership'"]
    sentence = [("Principles", "The mean score is 2.62, from 2.5 to below 3.5; moderate")]
    pages = ["4 Principles The mean score is 2.62, from 2.5 and up", "to below 3.5; moderate, and more"]
    assert stranded(pages, sentence) == ["page 1: parted from what follows it: 'Principles'"]
    assert (
        stranded(["A heading and then enough words to read on one line"], [("A heading", "and then")]) == []
    )


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_no_heading_is_cut_or_left_at_the_foot_of_a_page(example: Path, lang: str) -> None:
    a = assessed(example)
    pdf = render_pdf(a, lang)
    heads = headings(render_html(a, lang, fmt="pdf"))
    assert len(heads) > 10
    assert stranded(pages_of(pdf), heads) == []
