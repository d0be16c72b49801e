"""The Word report, read back with python-docx: its structure, its pictures, its page, its bytes.

And, where LibreOffice is installed, converted to PDF as a reader would open it: the pages
hold the verdicts, every heading has text after it on its page, and the footer numbers the
pages.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from pypdf import PdfReader

from kemitraan.messages import say
from kemitraan.render.docx import html_to_docx, properties, render_docx
from kemitraan.render.html import render_html
from kemitraan.render.markdown import render_markdown
from tests.conftest import assess_text, run
from tests.render.report_cases import EXAMPLES, HOSTILE, LANGS, assessed

CASES = [(example, lang) for example in EXAMPLES for lang in LANGS]


def ids(case: tuple[Path, str]) -> str:
    return f"{case[0].stem}-{case[1]}"


_rendered: dict[tuple[Path, str], bytes] = {}


def word(example: Path, lang: str) -> bytes:
    if (example, lang) not in _rendered:
        _rendered[(example, lang)] = render_docx(assessed(example), lang)
    return _rendered[(example, lang)]


def opened(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def body_paragraphs(doc: Document) -> list[Paragraph]:
    """Every paragraph of the body in order, those in tables included."""
    return [Paragraph(el, doc._body) for el in doc.element.body.iter(qn("w:p"))]


def styled(doc: Document, style: str) -> list[str]:
    return [p.text for p in body_paragraphs(doc) if p.style is not None and p.style.name == style]


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_the_title_is_in_words_title_style(case: tuple[Path, str]) -> None:
    example, lang = case
    doc = opened(word(example, lang))
    assert styled(doc, "Title") == [assessed(example).input.title]
    assert doc.core_properties.title == assessed(example).input.title


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_the_sections_are_the_markdown_reports(case: tuple[Path, str]) -> None:
    """Heading 1 is each numbered section, in order, exactly as the Markdown report has them."""
    example, lang = case
    doc = opened(word(example, lang))
    sections = re.findall(r"^## (.+)$", render_markdown(assessed(example), lang), flags=re.M)
    assert styled(doc, "Heading 1") == sections
    subsections = styled(doc, "Heading 2")
    for r in assessed(example).assessments:
        label = say(r.label, lang)
        assert any(label in h for h in subsections), label
    text = "\n".join(p.text for p in body_paragraphs(doc))
    for r in assessed(example).assessments:
        for c in r.criteria:
            assert say(c.label, lang) in text
        for e in r.criteria[0].evidence:
            assert e.quote in text


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_tables_are_bordered_with_header_rows_that_repeat(case: tuple[Path, str]) -> None:
    example, lang = case
    doc = opened(word(example, lang))
    tables = [Table(el, doc._body) for el in doc.element.body.iter(qn("w:tbl"))]
    data = [t for t in tables if t._tbl.find(qn("w:tr")) is not None and _header_rows(t)]
    html = render_html(assessed(example), lang)
    assert len(data) == html.count('<table class="data')
    for table in data:
        borders = table._tbl.tblPr.find(qn("w:tblBorders"))
        assert borders is not None
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            assert borders.find(qn(f"w:{side}")).get(qn("w:val")) == "single", side
        rows = table._tbl.findall(qn("w:tr"))
        assert _header_rows(table) == 1
        assert rows[0].find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
        assert all(r.find(qn("w:trPr")).find(qn("w:cantSplit")) is not None for r in rows)


def _header_rows(table: Table) -> int:
    rows = table._tbl.findall(qn("w:tr"))
    return sum(
        1
        for r in rows
        if r.find(qn("w:trPr")) is not None and r.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
    )


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_charts_are_pictures_with_alt_text_and_captions(case: tuple[Path, str]) -> None:
    example, lang = case
    data = word(example, lang)
    doc = opened(data)
    a = assessed(example)
    shapes = doc.inline_shapes
    # a scale per rubric, the matrix, the principles, and the crosswalk of the typologies
    assert len(shapes) == len(a.assessments) + 2 + (a.crosswalk is not None)
    descriptions = [s._inline.docPr.get("descr") for s in shapes]
    assert all(d and len(d) > 40 for d in descriptions)
    matrix = next(d for d in descriptions if a.programs[0].name in d)
    levels_given = any(cell.participation for prog in a.programs for cell in prog.phases)
    assert not levels_given or all(p.name in matrix for p in a.partners)
    page = doc.sections[0]
    assert page.page_width is not None and page.left_margin is not None and page.right_margin is not None
    for shape in shapes:
        assert 0 < shape.width <= page.page_width - page.left_margin - page.right_margin
    captions = styled(doc, "Caption")
    matrix_caption = {"id": "Warna menunjukkan", "en": "Colour shows"}[lang]
    assert any(c.startswith(matrix_caption) for c in captions)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        media = [n for n in z.namelist() if n.startswith("word/media/")]
        assert media and all(z.read(n).startswith(b"\x89PNG") for n in media)


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_the_page_is_a4_with_numbered_pages_in_the_report_language(case: tuple[Path, str]) -> None:
    example, lang = case
    doc = opened(word(example, lang))
    section = doc.sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    footer = section.footer._element
    instructions = [f.get(qn("w:instr")).strip() for f in footer.iter(qn("w:fldSimple"))]
    assert instructions == ["PAGE", "NUMPAGES"]
    words = "".join(t.text for t in footer.iter(qn("w:t")))
    assert {"id": "Halaman", "en": "Page"}[lang] in words and assessed(example).input.file in words
    default_lang = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert default_lang.find(qn("w:lang")).get(qn("w:val")) == {"id": "id-ID", "en": "en-GB"}[lang]
    assert doc.core_properties.language == {"id": "id-ID", "en": "en-GB"}[lang]


def test_evidence_quotes_carry_the_language_of_the_evidence() -> None:
    benan = next(e for e in EXAMPLES if e.stem == "benan")
    doc = opened(word(benan, "en"))  # an English report of Indonesian evidence
    quote = assessed(benan).assessments[0].criteria[1].evidence[0].quote
    runs = [r for p in body_paragraphs(doc) for r in p.runs if quote in r.text]
    assert runs
    rpr = runs[0]._r.rPr
    assert rpr is not None and rpr.find(qn("w:lang")).get(qn("w:val")) == "id-ID"


def _num_id(p: Paragraph) -> int:
    """The numbering a list paragraph uses (``w:pPr/w:numPr/w:numId``)."""
    ppr = p._p.pPr
    assert ppr is not None
    num_pr: Any = ppr.numPr  # python-docx types this attribute as its ZeroOrOne descriptor, not the element
    num_id: int = num_pr.numId.val
    return num_id


def test_ordered_lists_start_at_one_each() -> None:
    benan = next(e for e in EXAMPLES if e.stem == "benan")
    doc = opened(word(benan, "en"))
    numbered = [p for p in body_paragraphs(doc) if p.style is not None and p.style.name == "List Number"]
    ids_ = [_num_id(p) for p in numbered]
    assert len(set(ids_)) == len([r for r in assessed(benan).assessments if r.recommendations])
    numbering = doc.part.numbering_part.element
    for num_id in set(ids_):
        num = next(n for n in numbering.findall(qn("w:num")) if int(n.get(qn("w:numId"))) == num_id)
        assert num.find(qn("w:lvlOverride")).find(qn("w:startOverride")).get(qn("w:val")) == "1"


@pytest.mark.parametrize("case", CASES[:2], ids=ids)
def test_the_same_input_gives_the_same_bytes(case: tuple[Path, str]) -> None:
    example, lang = case
    first = render_docx(assessed(example), lang)
    assert render_docx(assessed(example), lang) == first
    with zipfile.ZipFile(io.BytesIO(first)) as z:
        assert {info.date_time for info in z.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = z.read("docProps/core.xml").decode()
    assert "dcterms:created" not in core  # no assessment date recorded: no date at all
    assert "python-docx" not in core


def test_text_from_the_file_stays_text(tmp_path: Path) -> None:
    data = render_docx(assess_text(HOSTILE, tmp_path), "en")
    doc = opened(data)
    text = "\n".join(p.text for p in body_paragraphs(doc))
    assert "<script>alert(1)</script>" in text
    assert "</blockquote><script>alert(5)</script>" in text
    assert "{{ 7*7 }} {% raw %}" in text
    assert styled(doc, "Title") == ["<img src=x onerror=alert(2)> & co"]


def test_an_svg_that_refers_outside_itself_is_not_drawn() -> None:
    page = (
        '<html lang="en"><body><h1>T</h1><figure><svg xmlns="http://www.w3.org/2000/svg" '
        'viewBox="0 0 10 10" width="10" height="10"><title>A chart</title><desc>Its words.</desc>'
        '<image href="file:///etc/passwd" width="10" height="10"/></svg></figure></body></html>'
    )
    doc = opened(html_to_docx(page, "en", properties(assessed(EXAMPLES[0]), "en")))
    assert len(doc.inline_shapes) == 0
    assert "A chart. Its words." in [p.text for p in body_paragraphs(doc)]


def test_the_cli_writes_docx_from_the_extension(tmp_path: Path) -> None:
    out = tmp_path / "benan.docx"
    result = run("assess", EXAMPLES[0], "-o", out)
    assert result.code == 0 and f"wrote {out}" in result.err
    assert out.read_bytes()[:4] == b"PK\x03\x04"
    assert styled(opened(out.read_bytes()), "Title") == [assessed(EXAMPLES[0]).input.title]


def test_a_batch_writes_word_reports(tmp_path: Path) -> None:
    result = run("assess", EXAMPLES[0], EXAMPLES[1], "-f", "docx", "-o", tmp_path / "reports", "--jobs", "1")
    assert result.code == 0, result.err
    written = sorted(p.name for p in (tmp_path / "reports").iterdir())
    assert written == [f"{EXAMPLES[0].stem}.docx", f"{EXAMPLES[1].stem}.docx"]
    single = tmp_path / "one.docx"
    run("assess", EXAMPLES[0], "-f", "docx", "-o", single)
    assert (tmp_path / "reports" / f"{EXAMPLES[0].stem}.docx").read_bytes() == single.read_bytes()


@pytest.mark.parametrize("name", ["report.rtf", "report.doc", "report"])
def test_an_output_name_that_names_no_format_is_a_usage_error(tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    result = run("assess", EXAMPLES[0], "-o", out)
    assert result.code == 2 and not out.exists()
    assert "terminal, md, json, html, pdf, docx" in result.err
    assert ".docx" in result.err and ".md" in result.err
    assert run("assess", EXAMPLES[0], "-o", out, "--format", "md").code == 0


def test_without_the_extra_the_message_names_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "docx", None)  # import docx fails, as when it is not installed
    out = tmp_path / "r.docx"
    result = run("assess", EXAMPLES[0], "-o", out, "--lang", "en")
    assert result.code == 2 and not out.exists()
    assert result.err == "kemitraan: --format docx needs the 'docx' extra: pip install 'kemitraan[docx]'\n"
    indonesian = run("assess", EXAMPLES[0], "-o", out, "--lang", "id")
    assert "memerlukan paket tambahan 'docx'" in indonesian.err


# --- as a reader opens it: LibreOffice ------------------------------------------------------------

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def as_pdf(data: bytes, folder: Path) -> PdfReader:
    source = folder / "report.docx"
    source.write_bytes(data)
    profile = folder / "profile"
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return PdfReader(folder / "report.pdf")


@pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice is not installed (apt-get install libreoffice-writer)"
)
@pytest.mark.parametrize("lang", LANGS)
def test_libreoffice_opens_it_with_numbered_pages_and_no_stranded_heading(lang: str, tmp_path: Path) -> None:
    benan = next(e for e in EXAMPLES if e.stem == "benan")
    a = assessed(benan)
    reader = as_pdf(word(benan, lang), tmp_path)
    pages = [" ".join((p.extract_text() or "").split()) for p in reader.pages]
    assert len(pages) >= 4
    for r in a.assessments:
        assert say(r.label, lang) in pages[0]
    page_word = {"id": "Halaman", "en": "Page"}[lang]
    of = {"id": "dari", "en": "of"}[lang]
    for number, text in enumerate(pages, 1):
        assert f"{page_word} {number} {of} {len(pages)}" in text
    headings = styled(opened(word(benan, lang)), "Heading 1") + styled(opened(word(benan, lang)), "Heading 2")
    footer = re.compile(r"kemitraan \S+ · .*$")
    for text in pages:
        body = footer.sub("", text).strip()
        for heading in headings:
            if body.endswith(heading):
                pytest.fail(f"the heading {heading!r} is the last thing on its page")


@pytest.mark.parametrize(
    "inside",
    [
        '<image href="file:///etc/passwd" width="10" height="10"/>',
        '<use href="#a"/>',
        '<rect width="10" height="10" style="fill: url(file:///x)"/>',
        "<style>@import url(http://example.invalid/x.css);</style>",
    ],
)
def test_no_svg_that_reads_anything_else_is_drawn(inside: str) -> None:
    from kemitraan.render.raster import drawable

    svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10">{inside}</svg>'
    assert not drawable(svg)
    entity = '<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    assert not drawable(entity + svg.replace(inside, "<text>&x;</text>"))
    assert not drawable('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100000 100000"></svg>')
    assert drawable(svg.replace(inside, '<rect width="5" height="5" class="bar"/>'))


def test_an_insufficient_verdict_is_in_the_unknown_colour(tmp_path: Path) -> None:
    from kemitraan.render.docx import UNKNOWN

    hostile = Path(__file__).resolve().parents[1] / "hostile" / "all-unknown.yaml"
    a = assess_text(hostile.read_text(encoding="utf-8"), tmp_path)
    assert any(r.verdict == "insufficient-evidence" for r in a.assessments)
    doc = opened(render_docx(a, "en"))
    label = next(say(r.label, "en") for r in a.assessments if r.verdict == "insufficient-evidence")
    runs = [r for p in body_paragraphs(doc) for r in p.runs if r.text == label]
    assert runs and all(str(r.font.color.rgb) == UNKNOWN for r in runs[:1])


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_properties_come_in_the_schemas_order(case: tuple[Path, str]) -> None:
    """Word refuses a document whose paragraph, run, table or cell properties are out of the
    order WordprocessingML's schema gives them (or repeated)."""
    from lxml import etree

    from kemitraan.render.docx import ORDER

    example, lang = case
    problems = []
    with zipfile.ZipFile(io.BytesIO(word(example, lang))) as z:
        for part in ("word/document.xml", "word/styles.xml", "word/footer1.xml"):
            if part not in z.namelist():
                continue
            root = etree.fromstring(z.read(part))
            for name, order in ORDER.items():
                for holder in root.iter(qn(f"w:{name}")):
                    seen = [etree.QName(c).localname for c in holder]
                    known = [order.index(n) for n in seen if n in order]
                    if known != sorted(known) or len(set(seen)) != len(seen):
                        problems.append(f"{part}: {name}: {seen}")
    assert problems == []
