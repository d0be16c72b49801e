"""The HTML pages on a phone (400 px) and a desktop (1280 px), in headless Chromium.

Every report, comparison and group page, in both languages: the page never scrolls sideways,
no text is clipped (an element that hides its overflow holds all of its text), and a table
too wide for the screen scrolls inside its own box with its header row visible. Skipped only
when Chromium is not installed.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kemitraan.compare import compare
from kemitraan.render.chromium import Browser, Page
from kemitraan.render.compare import render_comparison
from kemitraan.render.html import render_html
from tests.conftest import run
from tests.render.report_cases import EXAMPLES, LANGS, ROOT, assessed, needs_chromium

pytestmark = needs_chromium

WIDTHS = (400, 1280)

LAYOUT = """(() => {
  const root = document.documentElement;
  const width = root.clientWidth;
  const found = {page: [root.scrollWidth, width], outside: [], clipped: [], boxes: []};
  const name = el => el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined && el.className ? '.' + el.className.split(' ').join('.') : '');
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('svg, .visually-hidden') || !el.checkVisibility()) continue;
    const style = getComputedStyle(el);
    const scrolls = ['auto', 'scroll'].includes(style.overflowX);
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > width + 0.5 && !el.parentElement.closest('.table-scroll, pre')) {
      found.outside.push(name(el) + ' ' + Math.round(r.right) + ' ' + (el.innerText || '').slice(0, 40));
    }
    if (!scrolls && style.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1) {
      found.clipped.push(name(el) + ' ' + (el.innerText || '').slice(0, 40));
    }
  }
  for (const box of document.querySelectorAll('.table-scroll')) {
    const head = box.querySelector('thead');
    found.boxes.push({wide: box.scrollWidth > box.clientWidth + 1,
                      scrolls: ['auto', 'scroll'].includes(getComputedStyle(box).overflowX),
                      head: head ? head.checkVisibility() && head.getBoundingClientRect().height > 0 : null});
  }
  return found;
})()"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with Browser(timeout=60) as b:
        yield b


def at_width(browser: Browser, width: int) -> Page:
    page = browser.new_page(width=width, height=900)
    page.call(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600},
    )
    return page


def layout(browser: Browser, path: Path, width: int) -> dict[str, Any]:
    page = at_width(browser, width)
    try:
        page.open(path.as_uri())
        found: dict[str, Any] = page.evaluate(LAYOUT)
    finally:
        page.close()
    return found


def pages(folder: Path) -> list[Path]:
    """Every kind of HTML page kemitraan writes, in both languages."""
    out = []
    for lang in LANGS:
        for example in EXAMPLES:
            path = folder / f"{example.stem}-{lang}.html"
            path.write_text(render_html(assessed(example), lang), encoding="utf-8")
            out.append(path)
        over_time = sorted((ROOT / "examples" / "over-time").glob("*.yaml"))
        path = folder / f"compare-{lang}.html"
        c = compare(assessed(over_time[0]), assessed(over_time[1]))
        path.write_text(render_comparison(c, "html", lang), encoding="utf-8")
        out.append(path)
        path = folder / f"compare-different-{lang}.html"
        c = compare(assessed(EXAMPLES[0]), assessed(EXAMPLES[1]))
        path.write_text(render_comparison(c, "html", lang), encoding="utf-8")
        out.append(path)
        path = folder / f"groups-{lang}.html"
        result = run("compare", ROOT / "examples", "--by", "regency", "-f", "html", "--lang", lang, "-j", "1")
        assert result.code == 0, result.err
        path.write_text(result.out, encoding="utf-8")
        out.append(path)
    return out


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return pages(tmp_path_factory.mktemp("layout"))


@pytest.mark.parametrize("width", WIDTHS)
def test_no_page_scrolls_sideways_or_clips_text(browser: Browser, written: list[Path], width: int) -> None:
    problems = {}
    for path in written:
        found = layout(browser, path, width)
        scroll, client = found["page"]
        bad = {
            "page scrolls sideways": [scroll, client] if scroll > client else [],
            "beyond the right edge": found["outside"],
            "clipped": found["clipped"],
            "wide table that does not scroll": [b for b in found["boxes"] if b["wide"] and not b["scrolls"]],
            "table header hidden": [b for b in found["boxes"] if b["head"] is False],
        }
        bad = {k: v for k, v in bad.items() if v}
        if bad:
            problems[path.name] = bad
    assert problems == {}, json.dumps(problems, ensure_ascii=False, indent=1)[:3000]


def test_the_check_sees_a_page_that_scrolls_and_clips(browser: Browser, tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width, initial-scale=1">'
        "</head><body><table><tr><td>SELISIH_KETERANGAN_" + "X" * 80 + "</td></tr></table>"
        '<p style="width: 60px; overflow: hidden; white-space: nowrap">Keterangan yang terpotong</p>'
        "</body></html>",
        encoding="utf-8",
    )
    found = layout(browser, bad, 400)
    assert found["page"][0] > found["page"][1]
    assert found["outside"] and found["clipped"]


def test_a_wide_table_scrolls_in_its_own_box_with_its_header(browser: Browser, tmp_path: Path) -> None:
    """Eight partners make the participation table wider than a phone: it scrolls, the page does not."""
    partners = "".join(
        f"  - {{id: p{i}, name: Organisasi Mitra Nomor {i} Kabupaten, kind: ngo}}\n" for i in range(8)
    )
    levels = ", ".join(f"p{i}: active" for i in range(8))
    text = (
        "schema: kemitraan/1\nid: wide\ntitle: Wide\nlanguage: en\npartners:\n" + partners
        + f"programs:\n  - id: x\n    name: X\n    planning: {{participation: {{{levels}}}}}\n"
    )  # fmt: skip
    source = tmp_path / "wide.yaml"
    source.write_text(text, encoding="utf-8")
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import assess_path

    path = tmp_path / "wide.html"
    path.write_text(render_html(assess_path(source, load_rubrics()), "en"), encoding="utf-8")
    found = layout(browser, path, 400)
    assert found["page"][0] == found["page"][1] == 400
    wide = [b for b in found["boxes"] if b["wide"]]
    assert wide and all(b["scrolls"] and b["head"] for b in wide)
