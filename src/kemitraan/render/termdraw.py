"""The terminal report's drawing, without rich: the same bytes rich 15 draws, at a fraction of the cost.

The report (:mod:`kemitraan.render.terminal`) describes what it shows as a few plain blocks: styled
:class:`Text`, :class:`Panel` (a rounded box with a title), :class:`Table` (rich's ``Table``, or
its borderless ``Table.grid``) and :class:`Blank`. This module lays them out the way rich does
(rich's word wrapping, its column widths, its padding, the segments it writes its colour codes
around) for the subset of rich the report uses, and nothing more. :func:`draws` says whether it can
draw a report: text made only of characters one cell wide, with no control characters and no tabs
(anything else, rich draws: its tables of character widths are rich's alone). The test
``tests/render/test_terminal_draw.py`` compares both drawings over every example.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from math import ceil
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from rich.text import Text as RichText

Justify = Literal["default", "left", "center", "right"]
Overflow = Literal["fold", "ellipsis"]

# The characters drawn here one cell wide: the ranges rich itself counts as one cell without its
# width table (rich.cells._SINGLE_CELL_UNICODE_RANGES), and the few punctuation marks and symbols
# the report and its catalogues use (checked against rich by the tests).
_RANGES = ((0x20, 0x7E), (0xA0, 0xAC), (0xAE, 0x2FF), (0x370, 0x482), (0x2500, 0x25FC))
_EXTRA = "‐‑‒–—―‘’‚“”„•…‰′″‹›€→←↑↓⇒✓✔✕✗✘"
ONE_CELL = frozenset([chr(c) for lo, hi in _RANGES for c in range(lo, hi + 1)] + list(_EXTRA)) | {"\n"}
_one_cell = ONE_CELL.issuperset

_ATTRIBUTES = {"bold": 1, "dim": 2, "italic": 4, "underline": 8}
_COLOURS = {"red": "31", "green": "32", "yellow": "33", "magenta": "35", "cyan": "36"}
_THEME = {"table.title": "italic", "table.caption": "italic dim", "table.header": "bold", "none": ""}

StyleKey = tuple[int, str | None]
"""A style: its attributes (bits: bold, dim, italic, underline) and its colour's code."""
NULL: StyleKey = (0, None)


@functools.cache
def style_key(style: str) -> StyleKey:
    """The style a rich style name (``"bold cyan"``, ``"table.title"``) stands for."""
    bits, colour = 0, None
    for word in _THEME.get(style, style).split():
        if word in _ATTRIBUTES:
            bits |= _ATTRIBUTES[word]
        else:
            colour = _COLOURS[word]
    return bits, colour


def combine(a: StyleKey, b: StyleKey) -> StyleKey:
    """``a + b`` as rich adds styles: the attributes of both, ``b``'s colour if it has one."""
    return a[0] | b[0], b[1] if b[1] is not None else a[1]


def codes(style: StyleKey) -> str:
    """The SGR parameters rich writes for a style (attributes in order, then the colour)."""
    bits, colour = style
    out = [str(n) for n, bit in ((1, 1), (2, 2), (3, 4), (4, 8)) if bits & bit]
    if colour is not None:
        out.append(colour)
    return ";".join(out)


class Text:
    """A rich ``Text`` as the report builds it: a first string and its style, then appended pieces.

    Kept as the pieces themselves so that rich is given exactly what it always was
    (:meth:`to_rich`), and the spans are worked out here the way rich works them out.
    """

    __slots__ = ("parts", "style")

    def __init__(self, text: str = "", style: str = "") -> None:
        self.parts: list[tuple[str, str]] = [(text, "")]
        self.style = style

    def append(self, text: str, style: str = "") -> Text:
        self.parts.append((text, style))
        return self

    @classmethod
    def assemble(cls, *parts: str | tuple[str, str]) -> Text:
        text = cls()
        for part in parts:
            if isinstance(part, str):
                text.append(part)
            else:
                text.append(*part)
        return text

    @property
    def plain(self) -> str:
        return "".join(p for p, _ in self.parts)

    def line(self) -> _Line:
        """The working copy the layout cuts up (rich's plain text and spans)."""
        spans: list[tuple[int, int, str]] = []
        offset = len(self.parts[0][0])
        for piece, style in self.parts[1:]:
            if style and piece:
                spans.append((offset, offset + len(piece), style))
            offset += len(piece)
        return _Line(self.plain, self.style, spans)

    def to_rich(self) -> RichText:
        from rich.text import Text as RichText

        text = RichText(self.parts[0][0], style=self.style)
        for piece, style in self.parts[1:]:
            text.append(piece, style=style or None)
        return text


Cell = Text | str


@dataclass
class Column:
    header: str = ""
    justify: Literal["left", "center", "right"] = "left"
    width: int | None = None
    ratio: int | None = None
    no_wrap: bool = False


@dataclass
class Table:
    """A rich ``Table`` (``box`` "simple" or "simple_heavy"), or a ``Table.grid`` (``box=None``)."""

    columns: list[Column]
    rows: list[list[Cell]] = field(default_factory=list)
    box: Literal["simple", "simple_heavy"] | None = None
    title: str | None = None
    caption: str | None = None
    expand: bool = False

    def add_row(self, *cells: Cell) -> None:
        self.rows.append(list(cells))


@dataclass
class Panel:
    """A rich ``Panel``: rounded, expanded, padding (0, 1), the title on the left."""

    body: list[Text | Table]
    title: Text | None
    border_style: str


@dataclass
class Blank:
    """``console.print()``."""


Block = Text | Table | Panel | Blank


def cell_len(text: str) -> int:
    """How many cells ``text`` takes in a terminal (rich's count, for which rich is imported only
    when a character is not one of :data:`ONE_CELL`)."""
    if _one_cell(text):
        return len(text)
    from rich.cells import cell_len as rich_cell_len

    return rich_cell_len(text)


def draws(blocks: Iterable[Block]) -> bool:
    """Whether :func:`draw` draws these blocks as rich would (only one-cell characters, no tabs)."""
    return all(_one_cell(s) for s in _strings(blocks))


def _strings(blocks: Iterable[Block]) -> Iterable[str]:
    for block in blocks:
        if isinstance(block, Text):
            yield block.plain
        elif isinstance(block, Panel):
            if block.title is not None:
                yield block.title.plain
            yield from _strings(block.body)
        elif isinstance(block, Table):
            yield from (c.header for c in block.columns)
            yield from (x for x in (block.title, block.caption) if x)
            for row in block.rows:
                yield from (c if isinstance(c, str) else c.plain for c in row)


# ---------------------------------------------------------------------------------------------
# rich's Text, the few methods the layout needs (rich/text.py), on plain strings and span lists


class _Line:
    __slots__ = ("plain", "spans", "style")

    def __init__(self, plain: str, style: str = "", spans: list[tuple[int, int, str]] | None = None) -> None:
        self.plain = plain
        self.style = style
        self.spans = spans if spans is not None else []

    def set_plain(self, new: str) -> None:
        if new != self.plain:
            shorter = len(new) < len(self.plain)
            self.plain = new
            if shorter:
                end = len(new)
                self.spans = [(s, min(e, end), st) for s, e, st in self.spans if s < end]

    def divide(self, offsets: list[int]) -> list[_Line]:
        if not offsets:
            return [_Line(self.plain, self.style, list(self.spans))]
        text = self.plain
        bounds = [0, *offsets, len(text)]
        ranges = list(pairwise(bounds))
        lines = [_Line(text[a:b], self.style) for a, b in ranges]
        for s, e, st in self.spans:
            for line, (a, b) in zip(lines, ranges, strict=True):
                new_start, new_end = max(0, s - a), min(e - a, b - a)
                if new_end > new_start:
                    line.spans.append((new_start, new_end, st))
        return lines

    def split_lines(self) -> list[_Line]:
        """``split("\\n", allow_blank=True)``."""
        text = self.plain
        if "\n" not in text:
            return [_Line(text, self.style, list(self.spans))]
        offsets = []
        for m in re.finditer("\n", text):
            offsets += [m.start(), m.end()]
        return [line for line in self.divide(offsets) if line.plain != "\n"]

    def right_crop(self, amount: int) -> None:
        end = len(self.plain) - amount
        self.spans = [(s, e if e < end else min(end, e), st) for s, e, st in self.spans if s < end]
        self.plain = self.plain[:-amount]

    def rstrip_end(self, size: int) -> None:
        if len(self.plain) > size:
            excess = len(self.plain) - size
            m = _TRAILING_SPACE.search(self.plain)
            if m is not None:
                self.right_crop(min(len(m.group(0)), excess))

    def truncate(self, width: int, overflow: Overflow, pad: bool = False) -> None:
        length = len(self.plain)
        if length > width:
            self.set_plain(self.plain[: width - 1] + "…" if overflow == "ellipsis" else self.plain[:width])
        if pad and length < width:
            self.plain += " " * (width - length)

    def pad_left(self, count: int) -> None:
        if count:
            self.plain = " " * count + self.plain
            self.spans = [(s + count, e + count, st) for s, e, st in self.spans]

    def segments(self) -> list[tuple[str, StyleKey]]:
        """rich's ``Text.render`` of this line, as joined into its paragraph (its style a span)."""
        text = self.plain
        spans = ([(0, len(text), self.style)] if self.style else []) + self.spans
        if not spans:
            return [(text, NULL)] if text else []
        cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
        keys = [style_key(st) for _, _, st in spans]
        out = []
        for a, b in pairwise(cuts):
            key = NULL
            for (s, e, _), k in zip(spans, keys, strict=True):
                if s <= a < e:
                    key = combine(key, k)
            out.append((text[a:b], key))
        return out


_TRAILING_SPACE = re.compile(r"\s+$")
_WORD = re.compile(r"\s*\S+\s*")


def _divide_line(text: str, width: int, fold: bool) -> list[int]:
    """rich's ``_wrap.divide_line``, for text whose characters are one cell wide."""
    if len(text.rstrip()) <= width:
        return []  # every word fits on the one line (what the loop below would find)
    breaks: list[int] = []
    offset = 0
    for m in _WORD.finditer(text):
        start, word = m.start(), m.group(0)
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            if fold:
                chunks = [word[i : i + width] for i in range(0, len(word), width)]
                for i, chunk in enumerate(chunks):
                    if start:
                        breaks.append(start)
                    if i == len(chunks) - 1:
                        offset = len(chunk)
                    else:
                        start += len(chunk)
            else:
                if start:
                    breaks.append(start)
                offset = len(word)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def wrap(text: _Line, width: int, justify: Justify, overflow: Overflow, no_wrap: bool = False) -> list[_Line]:
    """rich's ``Text.wrap``."""
    lines: list[_Line] = []
    for line in text.split_lines():
        if no_wrap:
            new = [line]
        else:
            new = line.divide(_divide_line(line.plain, width, overflow == "fold"))
            for x in new:
                x.rstrip_end(width)
        if justify == "left":
            for x in new:
                x.truncate(width, overflow, pad=True)
        elif justify == "center":
            for x in new:
                x.set_plain(x.plain.rstrip())
                x.truncate(width, overflow)
                x.pad_left((width - len(x.plain)) // 2)
                x.plain += " " * (width - len(x.plain))
        elif justify == "right":
            for x in new:
                x.set_plain(x.plain.rstrip())
                x.truncate(width, overflow)
                x.pad_left(width - len(x.plain))
        for x in new:
            x.truncate(width, overflow)
        lines.extend(new)
    return lines


Segments = list[tuple[str, StyleKey]]


def _styled(segments: Segments, style: StyleKey) -> Segments:
    """``Segment.apply_style``: ``style`` under each segment's own."""
    if style == NULL:
        return segments
    return [(t, combine(style, k)) for t, k in segments]


def _width(segments: Segments) -> int:
    return sum(len(t) for t, _ in segments)


def _padded(segments: Segments, width: int, style: StyleKey) -> Segments:
    """``Segment.adjust_line_length`` with ``pad=True`` (lines here never exceed ``width``)."""
    short = width - _width(segments)
    return [*segments, (" " * short, style)] if short > 0 else segments


def _text_lines(
    cell: Cell, width: int, justify: Justify, overflow: Overflow, no_wrap: bool = False
) -> list[Segments]:
    line = cell.line() if isinstance(cell, Text) else _Line(cell)
    return [x.segments() for x in wrap(line, width, justify, overflow, no_wrap)]


# ---------------------------------------------------------------------------------------------
# rich's Table (rich/table.py) and its arithmetic (rich/_ratio.py)


def _ratio_reduce(total: int, ratios: list[int], maximums: list[int], values: list[int]) -> list[int]:
    ratios = [r if m else 0 for r, m in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    out = []
    for ratio, maximum, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            distributed = min(maximum, round(ratio * remaining / total_ratio))
            out.append(value - distributed)
            remaining -= distributed
            total_ratio -= ratio
        else:
            out.append(value)
    return out


def _ratio_distribute(total: int, ratios: list[int], minimums: list[int] | None = None) -> list[int]:
    if minimums:
        ratios = [r if m else 0 for r, m in zip(ratios, minimums, strict=True)]
    total_ratio = sum(ratios)
    remaining = total
    out = []
    for ratio, minimum in zip(ratios, minimums or [0] * len(ratios), strict=True):
        distributed = max(minimum, ceil(ratio * remaining / total_ratio)) if total_ratio > 0 else remaining
        out.append(distributed)
        total_ratio -= ratio
        remaining -= distributed
    return out


def _collapse(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            top = max(w for w, ok in zip(widths, wrapable, strict=True) if ok)
            second = max(w if ok and w != top else 0 for w, ok in zip(widths, wrapable, strict=True))
            ratios = [1 if (w == top and ok) else 0 for w, ok in zip(widths, wrapable, strict=True)]
            if not any(ratios) or not top - second:
                break
            widths = _ratio_reduce(excess, ratios, [min(excess, top - second)] * len(widths), widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def _measure_text(cell: Cell, max_width: int) -> tuple[int, int]:
    """``Measurement.get`` of a text at ``max_width``."""
    if max_width < 1:
        return 0, 0
    text = cell if isinstance(cell, str) else cell.plain
    lines = text.splitlines()
    longest = max((len(x) for x in lines), default=0)
    words = text.split()
    shortest = max((len(w) for w in words), default=longest)
    lo, hi = min(max(0, shortest), longest), longest
    lo, hi = max(0, lo), max(0, max(lo, hi))
    lo, hi = min(lo, max_width), min(hi, max_width)
    if hi < 1:
        return 0, 0
    lo = min(max(0, lo), hi)
    return max(0, lo), max(0, max(lo, hi))


class _Layout:
    """One table's padding and widths, as rich works them out."""

    def __init__(self, table: Table) -> None:
        self.t = table
        self.grid = table.box is None
        self.n = len(table.columns)

    def padding(self, index: int) -> tuple[int, int]:
        """(left, right) padding of a column's cells: (1, 1) in a table; in a grid (rich's
        ``collapse_padding`` and no ``pad_edge``) no left padding, and none right of the last."""
        if self.grid:
            return 0, 0 if index == self.n - 1 else 1
        return 1, 1

    def padding_width(self, index: int) -> int:
        """rich's ``Table._get_padding_width`` (the same as :meth:`padding` here)."""
        return sum(self.padding(index))

    def cells(self, index: int) -> list[Cell]:
        column = self.t.columns[index]
        body = [row[index] for row in self.t.rows]
        return body if self.grid else [column.header, *body]

    def measure(self, index: int, max_width: int) -> tuple[int, int]:
        if max_width < 1:
            return 0, 0
        column = self.t.columns[index]
        pad = self.padding_width(index)
        if column.width is not None:
            w = column.width + pad
            return min(w, max_width), min(w, max_width)
        left, right = self.padding(index)
        extra = left + right
        lows, highs = [], []
        for cell in self.cells(index):
            if max_width - extra < 1:
                lo, hi = max_width, max_width
            else:
                lo, hi = _measure_text(cell, max_width - extra)
                lo, hi = min(lo + extra, max_width), min(hi + extra, max_width)
            # Measurement.get of the padded cell: normalize, then with_maximum(max_width)
            lo, hi = min(max(0, lo), hi), hi
            lo, hi = max(0, lo), max(0, max(lo, hi))
            lo, hi = min(lo, max_width), min(hi, max_width)
            if hi < 1:
                lo, hi = 0, 0
            else:
                lo = min(max(0, lo), hi)
                lo, hi = max(0, lo), max(0, max(lo, hi))
            lows.append(lo)
            highs.append(hi)
        lo, hi = (max(lows) if lows else 1), (max(highs) if highs else max_width)
        return min(lo, max_width), min(hi, max_width)

    @property
    def extra_width(self) -> int:
        return 0 if self.grid else 2 + self.n - 1

    def widths(self, max_width: int) -> list[int]:
        columns = self.t.columns
        ranges = [self.measure(i, max_width) for i in range(self.n)]
        widths = [hi or 1 for _, hi in ranges]
        if self.t.expand:
            flexible = [c.ratio is not None for c in columns]
            ratios = [c.ratio or 0 for c, f in zip(columns, flexible, strict=True) if f]
            if any(ratios):
                fixed = [0 if f else hi for (_, hi), f in zip(ranges, flexible, strict=True)]
                minimum = [
                    (c.width or 1) + self.padding_width(i) for i, c in enumerate(columns) if flexible[i]
                ]
                flex = iter(_ratio_distribute(max_width - sum(fixed), ratios, minimum))
                for i in range(self.n):
                    if flexible[i]:
                        widths[i] = fixed[i] + next(flex)
        table_width = sum(widths)
        if table_width > max_width:
            widths = _collapse(widths, [c.width is None and not c.no_wrap for c in columns], max_width)
            table_width = sum(widths)
            if table_width > max_width:
                widths = _ratio_reduce(table_width - max_width, [1] * len(widths), widths, widths)
                table_width = sum(widths)
            widths = [self.measure(i, w)[1] or 0 for i, w in enumerate(widths)]
        if table_width < max_width and self.t.expand:
            widths = [
                w + p for w, p in zip(widths, _ratio_distribute(max_width - table_width, widths), strict=True)
            ]
        return widths


def _cell_lines(layout: _Layout, index: int, cell: Cell, width: int, style: StyleKey) -> list[Segments]:
    """``render_lines`` of a padded cell at its column's width, ``style`` applied."""
    column = layout.t.columns[index]
    left, right = layout.padding(index)
    inner = width - left - right
    lines = _text_lines(cell, inner, column.justify, "ellipsis", column.no_wrap)
    out = []
    for line in lines:
        segs: Segments = [(" " * left, NULL)] if left else []
        segs += _padded(line, inner, NULL)
        if right:
            segs.append((" " * right, NULL))
        out.append(_styled(segs, style))
    return out


_RULE = {"simple": "─", "simple_heavy": "━"}


class CannotDraw(Exception):
    """A layout rich draws in ways not copied here: a column or panel with no room for its text."""


def _table(table: Table, max_width: int) -> list[Segments]:
    layout = _Layout(table)
    widths = layout.widths(max_width - layout.extra_width)
    if any(w - sum(layout.padding(i)) < 1 for i, w in enumerate(widths)):
        raise CannotDraw
    table_width = sum(widths) + layout.extra_width
    out: list[Segments] = []
    if table.title:
        out += _text_lines(Text(table.title, "table.title"), table_width, "left", "fold")
    rows: list[tuple[bool, list[Cell]]] = [(False, row) for row in table.rows]
    if not layout.grid:
        rows.insert(0, (True, [c.header for c in table.columns]))
        out.append([(" " * table_width, NULL)])
    bold = style_key("table.header")
    for header, row in rows:
        style = bold if header else NULL
        cells = [
            _cell_lines(layout, i, c, w, style) for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        height = max(len(c) for c in cells)
        for i, c in enumerate(cells):
            blank = [(" " * widths[i], style)]
            if header:
                cells[i] = [blank] * (height - len(c)) + c
            else:
                cells[i] = c + [blank] * (height - len(c))
        for n in range(height):
            line: Segments = [] if layout.grid else [(" ", NULL)]
            for i, c in enumerate(cells):
                line += c[n]
                if not layout.grid and i < len(cells) - 1:
                    line.append((" ", NULL))
            if not layout.grid:
                line.append((" ", NULL))
            out.append(line)
        if header:
            assert table.box is not None
            rule = _RULE[table.box]
            out.append([(" " + rule.join(rule * w for w in widths) + " ", NULL)])
    if not layout.grid:
        out.append([(" " * table_width, NULL)])
    if table.caption:
        out += _text_lines(Text(table.caption, "table.caption"), table_width, "left", "fold")
    return out


# ---------------------------------------------------------------------------------------------
# rich's Panel (rich/panel.py), a Group in it


def _panel(panel: Panel, width: int) -> list[Segments]:
    border = style_key(panel.border_style)
    inner = width - 4
    if inner < 1 or (panel.title is not None and len(panel.title.plain) + 2 > inner):
        raise CannotDraw
    out: list[Segments] = []
    if panel.title is None:
        out.append([("╭" + "─" * (width - 2) + "╮", border)])
    else:
        title = panel.title.line()
        title.plain = " " + title.plain.replace("\n", " ") + " "
        title.spans = [(0, len(title.plain), panel.border_style)] + [
            (s + 1, e + 1, st) for s, e, st in title.spans
        ]
        title.truncate(inner, "fold")
        if title.style:  # rich stylizes the title with its own style again, over the others
            title.spans.append((0, len(title.plain), title.style))
        excess = inner - len(title.plain)
        segs = title.segments()
        if excess:
            segs.append(("─" * excess, border))
        out.append([("╭─", border), *segs, ("─╮", border)])
    for block in panel.body:
        lines = (
            _table(block, inner) if isinstance(block, Table) else _text_lines(block, inner, "default", "fold")
        )
        for line in lines:
            out.append([("│", border), (" ", NULL), *_padded(line, inner, NULL), (" ", NULL), ("│", border)])
    out.append([("╰" + "─" * (width - 2) + "╯", border)])
    return out


def draw(blocks: Sequence[Block], width: int, color: bool) -> str:
    """The blocks as rich's ``Console.print`` of each writes them (see :func:`draws`).

    Raises :class:`CannotDraw` for a layout too narrow for its text (rich draws those).
    """
    if width < 1:
        raise CannotDraw
    lines: list[Segments] = []
    for block in blocks:
        if isinstance(block, Blank):
            lines.append([])
        elif isinstance(block, Text):
            lines += _text_lines(block, width, "default", "fold")
        elif isinstance(block, Panel):
            lines += _panel(block, width)
        else:
            lines += _table(block, width)
    if not color:
        return "".join("".join(t for t, _ in line) + "\n" for line in lines)
    out = []
    for line in lines:
        for text, style in line:
            if not text:
                continue
            sgr = codes(style)
            out.append(f"\x1b[{sgr}m{text}\x1b[0m" if sgr else text)
        out.append("\n")
    return "".join(out)
