"""The Word report: the HTML report's content as a real Word document (``.docx``).

The document is built from the HTML report itself (:func:`kemitraan.render.html.render_html`,
read back by :mod:`kemitraan.render.htmltree`), as the PDF is printed from it: the sections,
their order and every sentence are the HTML report's, so a section added to the report
template appears in Word with no change here. HTML elements become Word's own structures:

- ``h1`` the document title in Word's *Title* style; ``h2``-``h4`` *Heading 1*-*3* (so
  Word's navigation pane and table of contents see them); ``figcaption`` and table captions
  *Caption*; ``blockquote`` a quote with its source; ``ul``/``ol`` Word lists (each ``ol``
  numbered from 1).
- ``table`` a bordered table whose header rows repeat on every page and whose rows are never
  cut; ``dl`` a two-column table; a box of the page (a verdict card, a constraint) a framed
  table of one row, with its chart beside its text.
- An inline SVG chart a PNG picture (:mod:`kemitraan.render.raster`) with the chart's title
  and description as its alternative text, followed by its caption.
- The page: A4, the report language set on the text (evidence quotes in the language of the
  evidence), the page footer with the report's colophon and "page X of Y".

How a class of the HTML looks in Word is said once, in :data:`PARAGRAPH`, :data:`RUN` and
:data:`BOX` (the Word counterpart of ``report.css``). The output is deterministic: the zip
entries carry a fixed date and the document properties come from the assessment only (the
assessor and assessment date when the file records them, else no date at all).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kemitraan.render.htmltree import Node, parse

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    from kemitraan.models.assessment import Assessment

INK, MUTED, LINE, TINT = "1C2430", "5B6676", "D8DDE4", "F4F6F9"
ACCENT, ACCENT_SOFT, JOINT, JOINT_INK = "0D6B66", "E2F1EF", "D97A00", "8A4B00"
YES, NO, UNKNOWN = "17733A", "B3261E", "6A3FB5"
FONT, MONO = "Arial", "Consolas"
EMU_PER_PX = 9525  # 914400 EMU an inch, 96 CSS pixels an inch
PAGE_WIDTH_MM, PAGE_HEIGHT_MM, MARGIN_MM = 210, 297, 20
LANG_TAGS = {"id": "id-ID", "en": "en-GB"}

BLOCK = {
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "svg", "table",
    "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}  # fmt: skip
HEADINGS = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3", "h5": "Heading 3"}


@dataclass(frozen=True)
class Look:
    """How text looks: every field None means "as the surrounding text"."""

    bold: bool | None = None
    italic: bool | None = None
    caps: bool | None = None
    color: str | None = None
    size: float | None = None
    """Points."""
    mono: bool | None = None
    shade: str | None = None
    nowrap: bool | None = None
    """Spaces do not break the line (``white-space: nowrap``)."""
    prefix: str = ""
    suffix: str = ""
    style: str | None = None
    """A paragraph style (paragraph classes only)."""
    keep_with_next: bool = False
    newline: bool = False
    """Starts on a line of its own (``display: block`` inside a line)."""

    def over(self, base: Look) -> Look:
        """This look on top of ``base``: text settings are inherited, the others are this element's own."""
        pick = {
            name: getattr(self, name) if getattr(self, name) is not None else getattr(base, name)
            for name in ("bold", "italic", "caps", "color", "size", "mono", "shade", "nowrap")
        }
        return replace(
            base,
            **pick,
            prefix="",
            suffix="",
            newline=False,
            style=self.style,
            keep_with_next=self.keep_with_next,
        )


SMALL = 8.5
PAD = "\u00a0"
"""The shaded space either side of a label (a pill in the HTML)."""
PARAGRAPH: dict[str, Look] = {
    "kicker": Look(bold=True, caps=True, color=ACCENT, size=8.5),
    "rubric-name": Look(bold=True, color=MUTED, size=8.5),
    "verdict": Look(bold=True, color=ACCENT, size=15),
    "verdict-description": Look(size=9),
    "figures": Look(color=MUTED, size=SMALL),
    "caption": Look(style="Caption"),
    "candidates": Look(color=MUTED, size=9),
    "empty": Look(italic=True, color=MUTED),
    "quote-for": Look(bold=True, color=MUTED, size=SMALL, keep_with_next=True),
    "generated": Look(color=MUTED, size=SMALL),
    "command": Look(mono=True, size=8.5),
    "sources": Look(size=9),
    "fieldwork-verdicts": Look(size=9),
}
"""Paragraph looks by HTML class (of the paragraph or the block it is in)."""
RUN: dict[str, Look] = {
    "num": Look(suffix="."),
    "kind": Look(color=MUTED, size=SMALL, prefix="· "),
    "cite": Look(bold=False, color=MUTED, size=SMALL, newline=True),
    "note": Look(color=MUTED),
    "mark": Look(nowrap=True),
    "yes": Look(bold=True, color=YES),
    "no": Look(bold=True, color=NO),
    "unknown": Look(bold=True, color=UNKNOWN),
    "is-verdict": Look(bold=True),
    "crit": Look(bold=True, color=ACCENT, size=7.5, shade=ACCENT_SOFT, prefix=PAD, suffix=PAD),
    "tag": Look(bold=True, caps=True, color=JOINT_INK, size=7.5, shade="FDF0DA", prefix=PAD, suffix=PAD),
    "kind-tag": Look(bold=True, caps=True, color=JOINT_INK, size=7.5, shade="FDF0DA", prefix=PAD, suffix=PAD),
    "change": Look(color=ACCENT, shade=ACCENT_SOFT),
    "gather": Look(color=UNKNOWN, shade="EEE8F8"),
    "flag": Look(bold=True, color="8A1C12", shade="FDECEA"),
    "next": Look(color=ACCENT),
    "arrow": Look(color=MUTED),
    "sha": Look(mono=True, size=7.5),
    "level": Look(bold=True),
    "lv-absent": Look(color=MUTED),
    "lv-informed": Look(color=MUTED),
    "lv-consulted": Look(color=MUTED),
    "lv-unknown": Look(italic=True, color=MUTED, bold=False),
    "lv-none": Look(italic=True, color=MUTED, bold=False),
}
"""Run looks by HTML class. ``cite`` stays on its line where the HTML keeps it inline."""
NOWRAP = frozenset(name for name, look in RUN.items() if look.nowrap)
INLINE_CITE = {"rubric-name"}
TAGS: dict[str, Look] = {
    "strong": Look(bold=True),
    "b": Look(bold=True),
    "em": Look(italic=True),
    "i": Look(italic=True),
    "cite": Look(italic=False),
    "code": Look(mono=True),
    "kbd": Look(mono=True),
    "samp": Look(mono=True),
    "small": Look(size=SMALL),
    "figcaption": Look(style="Caption"),
    "caption": Look(style="Caption", keep_with_next=True),
    "pre": Look(mono=True, size=8.5),
}


@dataclass(frozen=True)
class Box:
    """A framed block of the page: a table of one row (``card``) or bordered paragraphs."""

    border: str
    left: str
    left_size: int
    """Eighths of a point."""
    fill: str | None = None
    card: bool = False


BOX: dict[str, Box] = {
    "verdict-card": Box(LINE, ACCENT, 36, card=True),
    "insufficient": Box(LINE, UNKNOWN, 36, card=True),
    "constraint": Box(LINE, LINE, 6, card=True),
    "reason": Box(ACCENT_SOFT, ACCENT_SOFT, 6, ACCENT_SOFT),
    "missing": Box("F6F2FC", UNKNOWN, 24, "F6F2FC"),
    "evidence": Box(TINT, "B8C3CF", 18, TINT),
    "facts": Box(TINT, TINT, 6, TINT),
}
"""Boxes by HTML class; a later class in this table wins (``verdict-card insufficient``)."""


@dataclass(frozen=True)
class Ctx:
    """What the blocks being written inherit from the elements around them."""

    look: Look = Look()
    classes: frozenset[str] = frozenset()
    lang: str = ""
    width: int = 0
    """The width available, in EMU."""
    box: Box | None = None
    box_id: int = 0
    list_level: int = 0
    in_table: bool = False


@dataclass
class _Sink:
    """Where blocks go: the document body or a table cell (whose first paragraph exists already)."""

    container: Any
    fresh: Paragraph | None = None
    last: str = ""
    """What the last block was ("table", or a box id), to keep two tables or boxes apart."""
    paragraphs: list[Paragraph] = field(default_factory=list)
    after_heading: bool = False

    def paragraph(self) -> Paragraph:
        if self.fresh is not None:
            p, self.fresh = self.fresh, None
        else:
            p = self.container.add_paragraph()
        self.paragraphs.append(p)
        return p


def render_docx(a: Assessment, lang: str, *, template: Path | None = None) -> bytes:
    """The Word report (the bytes of a ``.docx``: ``PK\\x03\\x04 ... word/document.xml``).

    ``template``: a user's HTML report template (see :func:`kemitraan.render.templating.environment`).
    """
    _require_extra(lang)
    from kemitraan.render.html import render_html

    html = render_html(a, lang, fmt="docx", template=template)
    return html_to_docx(html, lang, properties(a, lang))


def _require_extra(lang: str) -> None:
    try:
        import docx  # noqa: F401
        import resvg_py  # noqa: F401
    except ImportError:
        from kemitraan.errors import UsageError
        from kemitraan.messages import err

        raise UsageError(err("docx.extra")) from None


@dataclass(frozen=True)
class Properties:
    """The document properties Word shows under File > Info."""

    title: str
    subject: str
    author: str
    date: datetime | None
    keywords: str


def properties(a: Assessment, lang: str) -> Properties:
    from kemitraan.messages import t

    assessor = a.input.assessor or ""
    return Properties(
        title=a.input.title,
        subject=t("report.title", lang),
        author=assessor,
        date=_date(a.input.assessed_on or a.generated_at),
        keywords="kemitraan",
    )


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    for pattern in ("%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, pattern).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def html_to_docx(html: str, lang: str, props: Properties) -> bytes:
    """A Word document of the HTML page ``html`` (text in language ``lang``)."""
    import docx

    doc = docx.Document()
    writer = _Writer(doc, lang)
    writer.body(parse(html))
    _set_properties(doc, props, lang)
    buffer = io.BytesIO()
    doc.save(buffer)
    return _fixed_zip(buffer.getvalue())


# --- the document and its styles ----------------------------------------------------------------


def _qn(name: str) -> str:
    from docx.oxml.ns import qn

    return qn(name)


def _element(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement

    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(_qn(f"w:{key}"), value)
    return el


ORDER: dict[str, tuple[str, ...]] = {
    "pPr": (
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
        "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
        "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
        "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap", "jc",
        "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr",
        "sectPr", "pPrChange",
    ),
    "rPr": (
        "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
        "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
        "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
        "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath",
    ),
    "tblPr": (
        "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
        "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook",
        "tblCaption", "tblDescription",
    ),
    "tcPr": (
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
        "textDirection", "tcFitText", "vAlign", "hideMark",
    ),
}  # fmt: skip
"""The order WordprocessingML's schema gives the children of these elements: Word refuses a
document ("unreadable content") whose properties come in another order."""


def _local(el: Any) -> str:
    return str(el.tag).rsplit("}", 1)[-1]


def _child(parent: Any, tag: str, **attrs: str) -> Any:
    """A new child ``tag`` of ``parent`` with ``attrs``, in its place in the schema's order
    (replacing one already there)."""
    for old in parent.findall(_qn(tag)):
        parent.remove(old)
    el = _element(tag, **attrs)
    order = ORDER.get(_local(parent))
    name = tag.split(":", 1)[1]
    if order is not None and name in order:
        later = set(order[order.index(name) + 1 :])
        successor = next((c for c in parent if _local(c) in later), None)
        if successor is not None:
            successor.addprevious(el)
            return el
    parent.append(el)
    return el


def _rfonts(rpr: Any, name: str) -> None:
    _child(rpr, "w:rFonts", ascii=name, hAnsi=name, cs=name, eastAsia=name)


def _style_font(
    style: Any, size: float | None = None, color: str | None = None, bold: bool | None = None
) -> None:
    from docx.shared import Pt, RGBColor

    rpr = style.element.get_or_add_rPr()
    _rfonts(rpr, FONT)
    font = style.font
    if size is not None:
        font.size = Pt(size)
    if color is not None:
        font.color.rgb = RGBColor.from_string(color)
    if bold is not None:
        font.bold = bold


def _setup(doc: WordDocument, lang: str) -> None:
    from docx.shared import Mm, Pt

    section = doc.sections[0]
    section.page_width, section.page_height = Mm(PAGE_WIDTH_MM), Mm(PAGE_HEIGHT_MM)
    section.left_margin = section.right_margin = Mm(MARGIN_MM)
    section.top_margin, section.bottom_margin = Mm(18), Mm(18)
    section.header_distance, section.footer_distance = Mm(9), Mm(9)

    styles = doc.styles
    defaults = styles.element.find(_qn("w:docDefaults"))
    rpr = defaults.find(_qn("w:rPrDefault")).find(_qn("w:rPr"))
    _rfonts(rpr, FONT)
    _child(rpr, "w:lang", val=LANG_TAGS.get(lang, lang), eastAsia=LANG_TAGS.get(lang, lang), bidi="ar-SA")
    ppr = defaults.find(_qn("w:pPrDefault")).find(_qn("w:pPr"))
    _child(ppr, "w:spacing", after="80", line="264", lineRule="auto")
    _child(ppr, "w:widowControl")

    normal = styles["Normal"]
    _style_font(normal, 10, INK)
    title = styles["Title"]
    _style_font(title, 20, INK, True)
    tppr = title.element.get_or_add_pPr()
    _child(tppr, "w:pBdr").append(_element("w:bottom", val="single", sz="12", space="6", color=ACCENT))
    title.paragraph_format.space_after = Pt(10)
    title.paragraph_format.keep_with_next = True
    for name, size, color, before, after in (
        ("Heading 1", 14, INK, 16, 6),
        ("Heading 2", 11.5, INK, 12, 4),
        ("Heading 3", 10, MUTED, 8, 3),
    ):
        style = styles[name]
        _style_font(style, size, color, True)
        style.paragraph_format.space_before = Pt(before)
        style.paragraph_format.space_after = Pt(after)
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.keep_together = True
    h1 = styles["Heading 1"].element.get_or_add_pPr()
    _child(h1, "w:pBdr").append(_element("w:bottom", val="single", sz="8", space="3", color=LINE))
    caption = styles["Caption"]
    _style_font(caption, 8.5, MUTED, False)
    caption.font.italic = False
    caption.paragraph_format.space_before = Pt(3)
    caption.paragraph_format.space_after = Pt(6)
    quote = styles["Quote"]
    _style_font(quote, 9.5, INK)
    for name in ("List Bullet", "List Bullet 2", "List Number", "List Number 2", "Footer"):
        _style_font(styles[name])
    footer = styles["Footer"]
    footer.font.size = Pt(7.5)
    footer.font.color.rgb = _rgb(MUTED)
    for tabs in footer.element.pPr.findall(_qn("w:tabs")):  # Letter-sized tab stops; the footer sets its own
        footer.element.pPr.remove(tabs)


def _rgb(hex_colour: str) -> Any:
    from docx.shared import RGBColor

    return RGBColor.from_string(hex_colour)


def _set_properties(doc: WordDocument, props: Properties, lang: str) -> None:
    core = doc.core_properties
    core.title = props.title
    core.subject = props.subject
    core.author = props.author
    core.keywords = props.keywords
    core.language = LANG_TAGS.get(lang, lang)
    core.comments = ""
    core.last_modified_by = props.author
    core.revision = 1
    core.category = ""
    element = doc.part.package.core_properties._element  # the dates: the assessment's, or none
    for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
        for el in element.findall(_qn(tag)):
            element.remove(el)
    if props.date is not None:
        core.created = props.date
        core.modified = props.date
    package = doc.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):  # python-docx's template ships a picture of itself
            del package.rels[rel_id]


def _fixed_zip(data: bytes) -> bytes:
    """The same package with every entry dated 1980-01-01, so the same input gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename), compresslevel=6)
    return out.getvalue()


# --- from the HTML tree to Word ----------------------------------------------------------------


def _inline(node: Node) -> bool:
    return not node.tag or node.tag not in BLOCK


def _hidden(node: Node) -> bool:
    return "visually-hidden" in node.classes or "hidden" in node.attrs or node.tag in ("img", "hr")


class _Writer:
    def __init__(self, doc: WordDocument, lang: str) -> None:
        from docx.shared import Mm

        self.doc = doc
        self.lang = lang
        _setup(doc, lang)
        self.width = int(Mm(PAGE_WIDTH_MM - 2 * MARGIN_MM))
        self.pictures = 0

    def body(self, root: Node) -> None:
        ctx = Ctx(lang=root.attrs.get("lang", self.lang), width=self.width)
        sink = _Sink(self.doc)
        colophon = [c for c in root.children if c.tag == "footer"]
        self.flow([c for c in root.children if c.tag != "footer"], ctx, sink)
        self.page_footer(colophon, ctx)

    # blocks

    def flow(self, children: Iterable[Node], ctx: Ctx, sink: _Sink) -> None:
        """Blocks as they come; a run of inline content between them becomes one paragraph."""
        run: list[Node] = []
        for child in children:
            if _hidden(child):
                continue
            if _inline(child):
                run.append(child)
                continue
            self.loose(run, ctx, sink)
            run = []
            self.block(child, ctx, sink)
        self.loose(run, ctx, sink)

    def loose(self, nodes: list[Node], ctx: Ctx, sink: _Sink) -> None:
        if any(n.tag or n.text.strip() for n in nodes):
            self.paragraph(Node("p", children=nodes), ctx, sink)

    def enter(self, node: Node, ctx: Ctx) -> Ctx:
        """The context inside ``node``: its classes, language, looks and box."""
        classes = node.classes
        look = ctx.look
        for name in sorted(classes):
            if name in PARAGRAPH and node.tag not in ("span", "b", "strong", "em"):
                look = PARAGRAPH[name].over(look)
                if name == "verdict" and "insufficient" in ctx.classes:  # as .insufficient .verdict
                    look = replace(look, color=UNKNOWN)
        if node.tag in TAGS:
            look = TAGS[node.tag].over(look)
        box = ctx.box
        box_id = ctx.box_id
        for name, candidate in BOX.items():
            if name in classes:
                box, box_id = candidate, id(node)
        lang = node.attrs.get("lang") or ctx.lang
        return replace(ctx, look=look, classes=ctx.classes | classes, lang=lang, box=box, box_id=box_id)

    def block(self, node: Node, ctx: Ctx, sink: _Sink) -> None:
        tag = node.tag
        inner = self.enter(node, ctx)
        if inner.box is not None and inner.box.card and inner.box_id == id(node):
            self.card(node, inner, sink)
        elif tag in HEADINGS or tag in ("p", "dt", "dd", "figcaption", "caption", "pre", "summary"):
            self.paragraph(node, ctx, sink)
        elif tag in ("ul", "ol"):
            self.items(node, inner, sink)
        elif tag == "table":
            self.table(node, inner, sink)
        elif tag == "dl":
            self.definitions(node, inner, sink)
        elif tag == "svg":
            self.figure(node, None, inner, sink)
        elif tag == "figure":
            svg = node.find("svg")
            caption = next((c for c in node.children if c.tag == "figcaption"), None)
            if svg is not None:
                self.figure(svg, caption, inner, sink)
                rest = [
                    c for c in node.children if c is not caption and c.find("svg") is None and c.tag != "svg"
                ]
                self.flow(rest, inner, sink)
            else:
                self.flow(node.children, inner, sink)
        elif tag in ("li", "tr", "td", "th", "thead", "tbody", "tfoot"):
            self.flow(node.children, inner, sink)  # outside their parents: as plain blocks
        else:
            before = len(sink.paragraphs)
            self.flow(node.children, inner, sink)
            if inner.box is not None and inner.box_id == id(node):
                self.hold_together(sink.paragraphs[before:])

    def hold_together(self, paragraphs: list[Paragraph]) -> None:
        """A box's paragraphs stay on one page (each kept with the next, none split)."""
        for i, p in enumerate(paragraphs):
            p.paragraph_format.keep_together = True
            if i < len(paragraphs) - 1:
                p.paragraph_format.keep_with_next = True

    def paragraph(self, node: Node, ctx: Ctx, sink: _Sink, style: str | None = None) -> Paragraph:
        inner = self.enter(node, ctx)
        style = style or HEADINGS.get(node.tag) or inner.look.style
        if node.tag in HEADINGS:
            inner = replace(inner, look=Look())  # headings look as their Word style says
        self.separate(sink, inner)
        p = sink.paragraph()
        if style is not None:
            p.style = self.doc.styles[style]
        if sink.after_heading:  # a heading's first paragraph keeps the heading with what follows it
            p.paragraph_format.keep_with_next = True
        sink.after_heading = node.tag in HEADINGS
        self.paragraph_look(p, node, inner)
        self.box_paragraph(p, inner)
        if node.tag == "pre":
            self.preformatted(p, node, inner)
        else:
            self.runs(node, inner, p, at_start=True)
        return p

    def paragraph_look(self, p: Paragraph, node: Node, ctx: Ctx) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        fmt = p.paragraph_format
        if ctx.look.keep_with_next or node.tag in ("caption", "dt"):
            fmt.keep_with_next = True
        if "n" in node.classes:
            fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if ctx.in_table:
            fmt.space_after = Pt(2)
        if node.tag == "pre":
            ppr = p._p.get_or_add_pPr()
            _child(ppr, "w:shd", val="clear", color="auto", fill=TINT)
            fmt.left_indent = Pt(4)

    def separate(self, sink: _Sink, ctx: Ctx) -> None:
        """Two tables, or two boxes of one kind, touching would merge into one: put a thin line between."""
        key = f"box-{ctx.box_id}" if ctx.box is not None and not ctx.box.card else ""
        previous = sink.last
        sink.last = key
        if (previous == "table" and key != "table") or (
            previous.startswith("box-") and key and key != previous
        ):
            self.spacer(sink)

    def spacer(self, sink: _Sink) -> None:
        from docx.shared import Pt

        p = sink.container.add_paragraph() if sink.fresh is None else sink.paragraph()
        fmt = p.paragraph_format
        fmt.space_after = fmt.space_before = Pt(0)
        fmt.line_spacing = Pt(4)

    def box_paragraph(self, p: Paragraph, ctx: Ctx) -> None:
        box = ctx.box
        if box is None or box.card:
            return
        ppr = p._p.get_or_add_pPr()
        borders = _child(ppr, "w:pBdr")
        for side in ("top", "left", "bottom", "right"):
            colour, size = (box.left, box.left_size) if side == "left" else (box.border, 4)
            borders.append(_element(f"w:{side}", val="single", sz=str(size), space="4", color=colour))
        if box.fill:
            _child(ppr, "w:shd", val="clear", color="auto", fill=box.fill)
        from docx.shared import Pt

        p.paragraph_format.left_indent = Pt(6)
        p.paragraph_format.right_indent = Pt(4)

    def preformatted(self, p: Paragraph, node: Node, ctx: Ctx) -> None:
        lines = _raw_text(node).strip("\n").split("\n")
        for i, line in enumerate(lines):
            run = p.add_run(line)
            self.look(run, ctx)
            if i < len(lines) - 1:
                run.add_break()

    # inline content

    def runs(self, node: Node, ctx: Ctx, p: Paragraph, at_start: bool = False) -> bool:
        """Write ``node``'s inline content into ``p``; returns whether the paragraph is still empty."""
        empty = at_start
        for child in node.children:
            if _hidden(child):
                continue
            if not child.tag:
                text = re.sub(r"\s+", " ", child.text)
                if empty:
                    text = text.lstrip()
                if ctx.look.nowrap:
                    text = text.replace(" ", "\u00a0")
                if text:
                    self.look(p.add_run(text), ctx)
                    empty = False
                continue
            if child.tag == "br":
                p.add_run().add_break()
                continue
            if child.tag == "svg":
                self.inline_picture(child, p, ctx)
                empty = False
                continue
            inner = self.enter(child, ctx)
            look = inner.look
            for name in sorted(child.classes):
                if name in RUN:
                    extra = RUN[name]
                    if name == "cite" and ctx.classes & INLINE_CITE:
                        extra = replace(extra, newline=False)
                    look = replace(
                        extra.over(look),
                        prefix=look.prefix + extra.prefix,
                        suffix=extra.suffix or look.suffix,
                        newline=look.newline or extra.newline,
                    )
            inner = replace(inner, look=look)
            if look.newline and not empty:
                p.add_run().add_break()
                empty = True
            if look.prefix:
                self.look(p.add_run(look.prefix), inner)
                empty = False
            empty = self.runs(child, inner, p, empty) and not look.prefix
            if look.suffix:
                self.look(p.add_run(look.suffix), inner)
                empty = False
        return empty

    def look(self, run: Run, ctx: Ctx) -> None:
        from docx.shared import Pt

        look = ctx.look
        if look.bold is not None:
            run.bold = look.bold
        if look.italic is not None:
            run.italic = look.italic
        if look.caps:
            run.font.all_caps = True
        if look.color:
            run.font.color.rgb = _rgb(look.color)
        if look.size:
            run.font.size = Pt(look.size)
        rpr = run._r.get_or_add_rPr()
        if look.mono:
            _rfonts(rpr, MONO)
        if look.shade:
            _child(rpr, "w:shd", val="clear", color="auto", fill=look.shade)
        if ctx.lang and ctx.lang != self.lang:
            tag = LANG_TAGS.get(ctx.lang, ctx.lang)
            _child(rpr, "w:lang", val=tag)

    # lists

    def items(self, node: Node, ctx: Ctx, sink: _Sink) -> None:
        level = min(ctx.list_level, 1)
        ordered = node.tag == "ol"
        style = ("List Number" if ordered else "List Bullet") + (" 2" if level else "")
        num_id = self.restart(style) if ordered else None
        inner = replace(ctx, list_level=ctx.list_level + 1)
        for item in node.children:
            if item.tag != "li" or _hidden(item):
                continue
            first = Node("li", item.attrs, [c for c in item.children if _inline(c)])
            p = self.paragraph(first, inner, sink, style=style)
            if num_id is not None:
                numpr = _child(p._p.get_or_add_pPr(), "w:numPr")
                numpr.append(_element("w:ilvl", val="0"))
                numpr.append(_element("w:numId", val=str(num_id)))
            self.flow([c for c in item.children if not _inline(c)], inner, sink)

    def restart(self, style: str) -> int:
        """A new numbering for one ordered list, starting at 1, in the style's number format."""
        numbering = self.doc.part.numbering_part.element
        ppr = self.doc.styles[style].element.pPr
        style_num = int(ppr.numPr.numId.val)
        abstract = next(
            n.find(_qn("w:abstractNumId")).get(_qn("w:val"))
            for n in numbering.findall(_qn("w:num"))
            if int(n.get(_qn("w:numId"))) == style_num
        )
        new_id = 1 + max(int(n.get(_qn("w:numId"))) for n in numbering.findall(_qn("w:num")))
        num = _element("w:num", numId=str(new_id))
        num.append(_element("w:abstractNumId", val=abstract))
        override = _element("w:lvlOverride", ilvl="0")
        override.append(_element("w:startOverride", val="1"))
        num.append(override)
        numbering.append(num)
        return new_id

    # tables

    def table(self, node: Node, ctx: Ctx, sink: _Sink) -> None:
        caption = next((c for c in node.children if c.tag == "caption"), None)
        if caption is not None:
            self.paragraph(caption, ctx, sink)
        rows: list[tuple[bool, Node]] = []
        for part in node.children:
            if part.tag == "tr":
                rows.append((False, part))
            elif part.tag in ("thead", "tbody", "tfoot"):
                rows += [(part.tag == "thead", tr) for tr in part.children if tr.tag == "tr"]
        grid = [[c for c in tr.children if c.tag in ("td", "th")] for _, tr in rows]
        columns = max((sum(_span(c) for c in cells) for cells in grid), default=0)
        if columns == 0:
            return
        widths = _widths(grid, columns, ctx.width)
        self.separate_table(sink)
        table = sink.container.add_table(rows=0, cols=columns)
        self.grid(table, widths, borders=True)
        for (header, tr), cells in zip(rows, grid, strict=True):
            row = table.add_row()
            self.row_settings(row, header)
            at = 0
            for cell_node in cells:
                span = min(_span(cell_node), columns - at)
                if span <= 0:
                    break
                cell = row.cells[at]
                if span > 1:
                    cell = cell.merge(row.cells[at + span - 1])
                width = sum(widths[at : at + span])
                look = Look(bold=True, caps=True, color=MUTED, size=7.5) if header else Look()
                if cell_node.tag == "th" and not header:
                    look = Look(bold=True)
                inner = replace(
                    ctx, look=look.over(ctx.look), width=width - 2 * 108 * 635, in_table=True, box=None
                )
                inner = replace(inner, classes=inner.classes | set(tr.classes))
                self.cell(cell, cell_node, inner, header, "joint" in tr.classes and at == 0)
                at += span
        sink.last = "table"

    def separate_table(self, sink: _Sink) -> None:
        sink.after_heading = False
        if sink.last == "table" or (sink.fresh is None and sink.last.startswith("box-")):
            self.spacer(sink)
        if sink.fresh is not None:  # a cell's first paragraph would sit empty above the table
            sink.fresh = None

    def cell(self, cell: _Cell, node: Node, ctx: Ctx, header: bool, joint: bool) -> None:
        tcpr = cell._tc.get_or_add_tcPr()
        if header:
            _child(tcpr, "w:shd", val="clear", color="auto", fill=TINT)
        if joint:
            _child(tcpr, "w:tcBorders").append(
                _element("w:left", val="single", sz="24", space="0", color=JOINT)
            )
        cell_sink = _Sink(cell, fresh=cell.paragraphs[0])
        inner = self.enter(node, ctx)
        self.flow(node.children, inner, cell_sink)
        for p in cell_sink.paragraphs:
            if "n" in node.classes:
                from docx.enum.text import WD_ALIGN_PARAGRAPH

                p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if cell_sink.paragraphs:
            from docx.shared import Pt

            cell_sink.paragraphs[-1].paragraph_format.space_after = Pt(0)

    def grid(self, table: Table, widths: list[int], borders: bool, colour: str = "B8C3CF") -> None:
        from docx.shared import Emu

        table.autofit = False
        tblpr = table._tbl.tblPr
        _child(tblpr, "w:tblW", w=str(sum(widths) // 635), type="dxa")
        _child(tblpr, "w:tblLayout", type="fixed")
        edges = _child(tblpr, "w:tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            edges.append(
                _element(f"w:{side}", val="single" if borders else "nil", sz="4", space="0", color=colour)
            )
        margins = _child(tblpr, "w:tblCellMar")
        for side, size in (("top", 45), ("left", 108), ("bottom", 45), ("right", 108)):
            margins.append(_element(f"w:{side}", w=str(size), type="dxa"))
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Emu(width)

    def row_settings(self, row: Any, header: bool) -> None:
        trpr = row._tr.get_or_add_trPr()
        trpr.append(_element("w:cantSplit"))
        if header:
            trpr.append(_element("w:tblHeader"))
        for cell, column in zip(row.cells, row.table.columns, strict=True):
            cell.width = column.width

    def definitions(self, node: Node, ctx: Ctx, sink: _Sink) -> None:
        """A ``dl`` as a table of two columns: term, description (several terms or descriptions in one cell)."""
        pairs: list[tuple[list[Node], list[Node]]] = []
        for child in node.children:
            items = child.children if child.tag == "div" else [child]
            for item in items:
                if item.tag == "dt":
                    if not pairs or pairs[-1][1]:
                        pairs.append(([], []))
                    pairs[-1][0].append(item)
                elif item.tag == "dd":
                    if not pairs:
                        pairs.append(([], []))
                    pairs[-1][1].append(item)
        if not pairs:
            return
        widths = [int(ctx.width * 0.26), ctx.width - int(ctx.width * 0.26)]
        self.separate_table(sink)
        table = sink.container.add_table(rows=0, cols=2)
        self.grid(table, widths, borders=False)
        fill = ctx.box.fill if ctx.box is not None and not ctx.box.card else None
        fill = fill or (TINT if "facts" in node.classes else None)
        for terms, descriptions in pairs:
            row = table.add_row()
            self.row_settings(row, False)
            for cell, nodes, look in (
                (row.cells[0], terms, Look(bold=True, caps=True, color=MUTED, size=7.5)),
                (row.cells[1], descriptions, Look()),
            ):
                if fill:
                    _child(cell._tc.get_or_add_tcPr(), "w:shd", val="clear", color="auto", fill=fill)
                inner = replace(ctx, look=look.over(ctx.look), in_table=True, box=None, width=widths[1])
                cell_sink = _Sink(cell, fresh=cell.paragraphs[0])
                for n in nodes:
                    self.flow(n.children, self.enter(n, inner), cell_sink)
        sink.last = "table"

    # boxes and pictures

    def card(self, node: Node, ctx: Ctx, sink: _Sink) -> None:
        """A box of the page as a framed table of one row: its text, and its figure beside it."""
        from docx.shared import Emu

        assert ctx.box is not None
        figures = [c for c in node.children if c.tag == "figure" or c.tag == "svg"]
        text = [c for c in node.children if c not in figures]
        figure_w = 0
        if figures:
            svg = figures[0] if figures[0].tag == "svg" else figures[0].find("svg")
            size = _svg_size(svg) if svg is not None else None
            figure_w = min(int(ctx.width * 0.4), int(size[0] * EMU_PER_PX * 0.85)) if size else 0
        widths = [ctx.width - figure_w, figure_w] if figure_w else [ctx.width]
        self.separate_table(sink)
        table = sink.container.add_table(rows=0, cols=len(widths))
        self.grid(table, widths, borders=False)
        row = table.add_row()
        self.row_settings(row, False)
        box = ctx.box
        for i, cell in enumerate(row.cells):
            borders = _child(cell._tc.get_or_add_tcPr(), "w:tcBorders")
            for side in ("top", "left", "bottom", "right"):
                if (side == "left" and i > 0) or (side == "right" and i < len(row.cells) - 1):
                    borders.append(_element(f"w:{side}", val="nil"))
                    continue
                colour, eighths = (box.left, box.left_size) if side == "left" else (box.border, 6)
                borders.append(_element(f"w:{side}", val="single", sz=str(eighths), space="0", color=colour))
            _child(cell._tc.get_or_add_tcPr(), "w:vAlign", val="center")
        inner = replace(ctx, box=None, in_table=True)
        text_sink = _Sink(row.cells[0], fresh=row.cells[0].paragraphs[0])
        self.flow(text, replace(inner, width=widths[0] - 2 * 108 * 635), text_sink)
        if figures:
            fig_sink = _Sink(row.cells[1], fresh=row.cells[1].paragraphs[0])
            self.flow(figures, replace(inner, width=widths[1] - 2 * 108 * 635), fig_sink)
        for p in text_sink.paragraphs[-1:]:
            p.paragraph_format.space_after = Emu(0)
        sink.last = "table"

    def figure(self, svg: Node, caption: Node | None, ctx: Ctx, sink: _Sink) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        self.separate(sink, ctx)
        sink.after_heading = False
        p = sink.paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = caption is not None
        p.paragraph_format.keep_together = True
        self.inline_picture(svg, p, ctx)
        if caption is not None:
            self.paragraph(caption, ctx, sink, style="Caption")

    def inline_picture(self, svg: Node, p: Paragraph, ctx: Ctx) -> None:
        from docx.shared import Emu

        from kemitraan.render.raster import picture

        title, desc = _svg_text(svg.raw)
        alt = ". ".join(x for x in (title, desc) if x)
        drawn = picture(svg.raw)
        if drawn is None:  # not drawable: its description stands in
            run = p.add_run(alt or "[SVG]")
            run.italic = True
            return
        width = min(int(drawn.width * EMU_PER_PX), ctx.width)
        shape = p.add_run().add_picture(io.BytesIO(drawn.png), width=Emu(width))
        self.pictures += 1
        doc_pr = shape._inline.docPr
        from kemitraan.messages import t

        doc_pr.set("name", t("docx.chart", self.lang, n=self.pictures))
        doc_pr.set("descr", alt)
        if title:
            doc_pr.set("title", title)

    # the page footer

    def page_footer(self, colophon: list[Node], ctx: Ctx) -> None:
        """The colophon on the left of every page's footer, "page X of Y" on the right."""
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Emu

        from kemitraan.messages import template

        footer = self.doc.sections[0].footer
        p = footer.paragraphs[0]
        p.style = self.doc.styles["Footer"]
        p.paragraph_format.tab_stops.clear_all()
        p.paragraph_format.tab_stops.add_tab_stop(Emu(self.width), WD_TAB_ALIGNMENT.RIGHT)
        for node in colophon:
            self.runs(node, ctx, p, at_start=True)
        p.add_run("\t")
        sentence = template("docx.page", self.lang)
        for piece in re.split(r"(\{page\}|\{pages\})", sentence):
            if piece == "{page}":
                _field(p, "PAGE")
            elif piece == "{pages}":
                _field(p, "NUMPAGES")
            elif piece:
                p.add_run(piece)


def _field(p: Paragraph, instruction: str) -> None:
    field_el = _element("w:fldSimple", instr=f" {instruction} ")
    run = _element("w:r")
    text = _element("w:t")
    text.text = "1"
    run.append(text)
    field_el.append(run)
    p._p.append(field_el)


def _raw_text(node: Node) -> str:
    if not node.tag:
        return node.text
    return "".join(_raw_text(c) for c in node.children)


def _span(cell: Node) -> int:
    try:
        return max(1, min(int(cell.attrs.get("colspan", "1")), 64))
    except ValueError:
        return 1


def _widths(grid: list[list[Node]], columns: int, total: int) -> list[int]:
    """Column widths (EMU) from the text they hold: each column gets at least its longest word
    (up to 24 characters) and its padding; the rest of the width is shared in proportion to the
    rest of each column's longest text (up to a line's worth)."""
    char, padding = 2.1 * 36000, 4.5 * 36000  # 2.1 mm a character of 10 pt Arial capitals; 2 x 2.25 mm
    want = [1.0] * columns
    floor = [3.0] * columns
    for cells in grid:
        at = 0
        for cell in cells:
            span = _span(cell)
            if span == 1 and at < columns:
                text = cell.text_content()
                longest = max((len(w) for w in _words(cell)), default=0)
                floor[at] = max(floor[at], min(longest, 24.0))
                want[at] = max(want[at], min(len(text), 80.0) - floor[at] + 1)
            at += span
    minimum = [f * char + padding for f in floor]
    if sum(minimum) > total:
        minimum = [m * total / sum(minimum) for m in minimum]
    spare = total - sum(minimum)
    widths = [int(m + spare * w / sum(want)) for m, w in zip(minimum, want, strict=True)]
    widths[-1] += total - sum(widths)
    return widths


def _words(node: Node) -> Iterator[str]:
    """The words of ``node``'s text; the text of an element that does not wrap is one word."""
    if not node.tag:
        yield from node.text.split()
    elif node.classes & NOWRAP:
        yield node.text_content()
    else:
        for child in node.children:
            yield from _words(child)


_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title>", re.S)
_DESC = re.compile(r"<desc\b[^>]*>(.*?)</desc>", re.S)


def _svg_text(raw: str) -> tuple[str, str]:
    from html import unescape

    def clean(match: re.Match[str] | None) -> str:
        return " ".join(unescape(re.sub(r"<[^>]+>", "", match.group(1))).split()) if match else ""

    return clean(_TITLE.search(raw)), clean(_DESC.search(raw))


def _svg_size(svg: Node) -> tuple[float, float] | None:
    from kemitraan.render.raster import size_of

    return size_of(svg.raw)
