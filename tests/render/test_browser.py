"""The HTML and PDF reports in a real browser: Debian's headless Chromium, driven over DevTools.

For every example in both languages: no console errors, no request leaves the file, the
verdicts and the participation matrix are visible in the rendered page (not merely present
in the source), a screenshot is not blank, and ``--format pdf`` gives a valid PDF whose text
holds the verdicts. Skipped, with the reason, only when Chromium is not installed; CI
installs it (.ci/run).
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from typer.testing import CliRunner

from kemitraan.cli import app
from kemitraan.errors import BrowserError
from kemitraan.messages import say
from kemitraan.render.chromium import Browser, Page, find_chromium
from kemitraan.render.html import render_html
from tests.conftest import assess_text
from tests.render.report_cases import EXAMPLES, HOSTILE, LANGS, assessed

try:
    CHROMIUM: str | None = find_chromium()
    MISSING = ""
except BrowserError:
    CHROMIUM = None
    MISSING = "headless Chromium is not installed (Debian/Ubuntu: apt-get install chromium)"

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason=MISSING)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with Browser(timeout=60) as b:
        yield b


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    p = browser.new_page(width=1000, height=1400)
    yield p
    p.close()


def problems(page: Page) -> list[str]:
    """Console errors and warnings, uncaught exceptions and browser log errors, as text."""
    found = []
    for e in page.events("Runtime.consoleAPICalled"):
        if e["params"]["type"] in ("error", "warning", "assert"):
            found.append("console: " + " ".join(str(a.get("value", a)) for a in e["params"]["args"]))
    for e in page.events("Runtime.exceptionThrown"):
        found.append("exception: " + json.dumps(e["params"]["exceptionDetails"])[:300])
    for e in page.events("Log.entryAdded"):
        if e["params"]["entry"]["level"] in ("error", "warning"):
            found.append(f"log: {e['params']['entry']['text']} {e['params']['entry'].get('url', '')}")
    return found


def requests(page: Page) -> list[str]:
    return [e["params"]["request"]["url"] for e in page.events("Network.requestWillBeSent")]


def blank(png: bytes) -> bool:
    """True when a screenshot shows (almost) nothing: one colour, or nearly all background."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    small = image.resize((image.width // 4, image.height // 4))
    colours = small.getcolors(maxcolors=1 << 20) or []
    background = max(colours)[0] if colours else 0
    return len(colours) < 16 or background > 0.97 * small.width * small.height


VISIBLE = """(sel) => Array.from(document.querySelectorAll(sel)).map(el => {
  const r = el.getBoundingClientRect();
  return {text: el.innerText, visible: el.checkVisibility({opacityProperty: true, visibilityProperty: true})
          && r.width > 0 && r.height > 0, width: r.width, height: r.height};
})"""


def visible(page: Page, selector: str) -> list[dict[str, Any]]:
    """Each element's text, visibility and size, as the page's script gives them (JSON)."""
    result: list[dict[str, Any]] = page.evaluate(f"({VISIBLE})({json.dumps(selector)})")
    return result


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], Path]:
    folder = tmp_path_factory.mktemp("html")
    out = {}
    for example in EXAMPLES:
        for lang in LANGS:
            path = folder / f"{example.stem}-{lang}.html"
            path.write_text(render_html(assessed(example), lang), encoding="utf-8")
            out[(example.stem, lang)] = path
    return out


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_report_in_chromium(
    example: Path, lang: str, page: Page, reports: dict[tuple[str, str], Path]
) -> None:
    url = reports[(example.stem, lang)].as_uri()
    page.open(url)
    a = assessed(example)

    assert problems(page) == []
    assert requests(page) == [url], "the report asked for something besides itself"
    assert page.evaluate("document.documentElement.lang") == lang

    verdicts = visible(page, ".verdict-card .verdict")
    assert [v["text"] for v in verdicts] == [say(r.label, lang) for r in a.assessments]
    assert all(v["visible"] for v in verdicts)
    body = page.evaluate("document.body.innerText")  # innerText holds only rendered text
    for r in a.assessments:
        assert say(r.label, lang) in body

    (matrix,) = visible(page, "svg.matrix")
    assert matrix["visible"] and float(matrix["width"]) > 400 and float(matrix["height"]) > 150
    cells = visible(page, "svg.matrix rect.cell")
    assert len(cells) == len(a.programs) * 3 * len(a.partners)
    assert all(c["visible"] for c in cells)
    matrix_text = page.evaluate("document.querySelector('svg.matrix').textContent")
    for p in a.partners:  # a long name is wrapped over lines, whose text runs on without spaces
        assert "".join(p.name.split()) in "".join(matrix_text.split())
    tables = visible(page, "table.matrix-table")
    assert len(tables) == len(a.programs) and all(t["visible"] for t in tables)

    assert not blank(page.screenshot())


def test_harness_sees_requests_console_errors_and_blank_pages(page: Page, tmp_path: Path) -> None:
    """The checks above can fail: a page that fetches and logs is caught, and so is an empty one."""
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html><body><img src="http://example.invalid/x.png">'
        "<script>console.error('boom')</script></body></html>",
        encoding="utf-8",
    )
    page.open(bad.as_uri())
    assert "http://example.invalid/x.png" in requests(page)
    assert any("boom" in p for p in problems(page))
    assert blank(page.screenshot())


def test_printing_refuses_every_request_off_the_machine(page: Page, tmp_path: Path) -> None:
    bad = tmp_path / "fetches.html"
    bad.write_text(
        '<!DOCTYPE html><html><body><p>x</p><img src="https://example.invalid/y.png"></body></html>',
        encoding="utf-8",
    )
    page.block_network(bad.as_uri())
    page.open(bad.as_uri())
    assert page.blocked == ["https://example.invalid/y.png"]
    assert page.pdf().startswith(b"%PDF-")


def test_hostile_names_show_as_text_and_run_nothing(page: Page, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    path.write_text(render_html(assess_text(HOSTILE, tmp_path), "en"), encoding="utf-8")
    page.open(path.as_uri())
    assert page.events("Page.javascriptDialogOpening") == []
    assert page.evaluate("document.querySelectorAll('script, img, iframe, a').length") == 0
    body = page.evaluate("document.body.innerText")
    assert "<script>alert(1)</script>" in body
    assert "</blockquote><script>alert(5)</script>" in body
    assert problems(page) == []
    assert requests(page) == [path.as_uri()]


def pdf_text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_pdf_holds_the_verdicts(example: Path, lang: str, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    result = CliRunner().invoke(
        app, ["assess", str(example), "--format", "pdf", "--lang", lang, "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) >= 3
    assert reader.metadata is not None and reader.metadata.title is not None
    assert assessed(example).input.title in reader.metadata.title
    first_page = " ".join((reader.pages[0].extract_text() or "").split())
    # The verdicts come first: the first card on the first page, every card by the second (four
    # default typologies do not all fit under the masthead of an A4 page).
    first_pages = " ".join(" ".join((x.extract_text() or "").split()) for x in reader.pages[:2])
    text = pdf_text(data)
    assessments = assessed(example).assessments
    assert say(assessments[0].label, lang) in first_page
    for r in assessments:
        label = say(r.label, lang)
        assert label in first_pages, f"{label!r} is not on the first two pages"
        assert label in text
    heading = {"id": "Matriks partisipasi", "en": "Participation matrix"}[lang]
    assert heading in text


def test_pdf_is_byte_identical_and_dated_only_by_source_date_epoch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = CliRunner()
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    for out in (first, second):  # the format comes from the .pdf extension
        assert runner.invoke(app, ["assess", str(EXAMPLES[0]), "-o", str(out)]).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    assert b"/CreationDate" not in first.read_bytes()

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    dated = tmp_path / "dated.pdf"
    assert runner.invoke(app, ["assess", str(EXAMPLES[0]), "-o", str(dated)]).exit_code == 0
    meta = PdfReader(dated).metadata
    assert meta is not None and meta.creation_date is not None
    assert meta.creation_date.strftime("%Y%m%d%H%M%S") == "20231114221320"
    assert re.search(rb"/ModDate \(D:20231114221320", dated.read_bytes())


def test_pdf_to_standard_output() -> None:
    result = CliRunner().invoke(app, ["assess", str(EXAMPLES[0]), "--format", "pdf"])
    assert result.exit_code == 0
    assert result.stdout_bytes.startswith(b"%PDF-")
