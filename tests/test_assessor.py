"""Who assessed a partnership and when: written in the file, shown on every report, kept in the JSON."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest

from kemitraan.render import render
from tests.conftest import assess_text, run, write

BASE = """\
schema: kemitraan/1
id: x
title: Kemitraan contoh
language: id
{extra}partners:
  - {{id: a, name: Desa A}}
  - {{id: b, name: Puskesmas B}}
programs:
  - id: p
    name: Program P
    planning: {{participation: {{a: lead, b: active}}}}
"""

WITH = BASE.format(extra="assessor: Tim Evaluasi Kabupaten Lingga\nassessed_on: 2024-05-01\n")
WITHOUT = BASE.format(extra="")


@pytest.mark.parametrize(
    ("lang", "who", "when"),
    [("id", "Penilai", "1 Mei 2024"), ("en", "Assessed by", "1 May 2024")],
)
def test_every_report_shows_who_and_when(tmp_path: Path, lang: str, who: str, when: str) -> None:
    a = assess_text(WITH, tmp_path)
    md = str(render(a, "md", lang))
    assert f"- **{who}:** Tim Evaluasi Kabupaten Lingga" in md
    assert when in md.split("## 1.")[0]  # on the cover, before the first section
    html = str(render(a, "html", lang))
    cover = html.split("</header>")[0]
    assert "Tim Evaluasi Kabupaten Lingga" in cover and f'<time datetime="2024-05-01">{when}</time>' in cover
    terminal = str(render(a, "terminal", lang)).split("╭")[0]
    assert "Tim Evaluasi Kabupaten Lingga" in terminal and when in terminal
    word = render(a, "docx", lang)
    assert isinstance(word, bytes)
    doc = docx.Document(io.BytesIO(word))
    first_page = " ".join(cell.text for table in doc.tables[:1] for row in table.rows for cell in row.cells)
    assert "Tim Evaluasi Kabupaten Lingga" in first_page and when in first_page
    assert doc.core_properties.author == "Tim Evaluasi Kabupaten Lingga"
    assert (
        doc.core_properties.created is not None
        and doc.core_properties.created.date().isoformat() == "2024-05-01"
    )


def test_the_json_carries_them_and_null_when_not_recorded(tmp_path: Path) -> None:
    data = json.loads(str(render(assess_text(WITH, tmp_path), "json", "en")))
    assert (data["input"]["assessor"], data["input"]["assessed_on"]) == (
        "Tim Evaluasi Kabupaten Lingga",
        "2024-05-01",
    )
    empty = json.loads(str(render(assess_text(WITHOUT, tmp_path), "json", "en")))
    assert (empty["input"]["assessor"], empty["input"]["assessed_on"]) == (None, None)


def test_reports_without_them_say_nothing_of_them(tmp_path: Path) -> None:
    a = assess_text(WITHOUT, tmp_path)
    for fmt in ("md", "html", "terminal"):
        text = str(render(a, fmt, "en"))
        assert "Assessed by" not in text and "Assessed on" not in text


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2024-05-01", True),
        ("2024-02-29", True),
        ("2024-02-30", False),
        ("2024-04-31", False),
        ("2024-13-01", False),
        ("2024-5-1", False),
        ("01-05-2024", False),
        ('"2024-05-01"', True),
    ],
)
def test_the_date_is_checked(tmp_path: Path, value: str, ok: bool) -> None:
    path = write(tmp_path, BASE.format(extra=f"assessed_on: {value}\n"))
    result = run("validate", path)
    assert (result.code == 0) is ok, result.err
    if not ok:
        assert f"{path}:5:" in result.err and "assessed_on" in result.err


def test_an_empty_assessor_is_refused(tmp_path: Path) -> None:
    result = run("validate", write(tmp_path, BASE.format(extra="assessor: ''\n")))
    assert result.code == 2 and "assessor" in result.err


def test_the_blank_template_offers_both_and_still_validates(tmp_path: Path) -> None:
    target = tmp_path / "desa.yaml"
    assert run("init", "--blank", target, "--lang", "en").code == 0
    text = target.read_text(encoding="utf-8")
    assert "# assessor: " in text and "# assessed_on: 2024-05-01" in text
    assert run("validate", target).code == 0
    filled = text.replace("# assessor: ", "assessor: ").replace(
        "# assessed_on: 2024-05-01", "assessed_on: 2024-05-01"
    )
    target.write_text(filled, encoding="utf-8")
    assert run("validate", target).code == 0
