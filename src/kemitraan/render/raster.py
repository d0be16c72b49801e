"""The report's SVG charts as PNG pictures, for a format that cannot hold SVG (the Word document).

Drawn by resvg (the ``resvg-py`` package of the ``docx`` extra): a renderer of its own, with no
system library and no browser, that gives the same pixels for the same SVG and fonts on every
run. The charts name classes; their colours are the chart rules of ``report.css`` with the
stylesheet's custom properties (``var(--accent)``) filled in, so the palette still lives in one
place.

An SVG is drawn only when it can read nothing but itself: one that refers to anything
(``href``, ``url(...)``, ``@import``, an ``<image>``, a DOCTYPE with entities; a user's template
could write one) or is larger than :data:`MAX_PIXELS` is not drawn, and the document shows its
text description instead.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

ZOOM = 3.0
"""Pixels per SVG unit: a 680-unit chart becomes 2040 pixels, about 290 dpi at its printed width."""
MAX_PIXELS = 40_000_000
_REFERS = re.compile(
    r"href|url\s*\(|@import|<!(?:DOCTYPE|ENTITY)|<\?xml-stylesheet|<\s*(?:image|foreignObject|use|script)\b",
    re.IGNORECASE,
)
_CHART_RULE = re.compile(r"^\s*(?:\.chart|\.scale|\.principles)(?![\w-])")
_SIZE = re.compile(r'<svg\b[^>]*?\bviewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"', re.I)
FONT = "'Segoe UI', 'Noto Sans', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif"


@dataclass(frozen=True)
class Picture:
    png: bytes
    width: float
    """The chart's width in CSS pixels (1/96 inch), as the HTML report shows it."""
    height: float


def chart_stylesheet(css: str) -> str:
    """The chart rules of the report's stylesheet, with every ``var(--name)`` replaced by its value."""
    root = re.search(r":root\s*\{([^}]*)\}", css)
    values = dict(re.findall(r"(--[\w-]+)\s*:\s*([^;]+);", root.group(1))) if root else {}
    rules = [
        f"{selector.strip()} {{{body.strip()}}}"
        for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", re.sub(r"/\*.*?\*/", "", css, flags=re.S))
        if _CHART_RULE.match(selector)
    ]
    sheet = "\n".join([f"text {{ font-family: {FONT}; }}", *rules])
    return re.sub(r"var\((--[\w-]+)\)", lambda m: values.get(m.group(1), "#000"), sheet)


@functools.lru_cache(maxsize=1)
def _bundled_stylesheet() -> str:
    from kemitraan.loader import bundled_dir

    return chart_stylesheet((bundled_dir("templates") / "report.css").read_text(encoding="utf-8"))


def size_of(svg: str) -> tuple[float, float] | None:
    match = _SIZE.search(svg)
    return (float(match.group(1)), float(match.group(2))) if match else None


def drawable(svg: str) -> bool:
    """Whether the SVG refers to nothing outside itself and is small enough to draw."""
    size = size_of(svg)
    if size is None or _REFERS.search(svg):
        return False
    width, height = size
    return width > 0 and height > 0 and width * height * ZOOM * ZOOM <= MAX_PIXELS


def picture(svg: str) -> Picture | None:
    """The SVG drawn as PNG on white (None when it may not or cannot be drawn)."""
    import resvg_py

    if not drawable(svg):
        return None
    size = size_of(svg)
    assert size is not None
    try:
        png = resvg_py.svg_to_bytes(
            svg_string=svg, style_sheet=_bundled_stylesheet(), zoom=ZOOM, background="#ffffff"
        )
    except ValueError:
        return None
    return Picture(bytes(png), *size)
