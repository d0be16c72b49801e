"""The PDF report without a browser: what happens when Chromium is missing, and the date fix-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kemitraan.cli import app
from kemitraan.render.pdf import fix_dates
from tests.render.report_cases import EXAMPLES


@pytest.fixture
def no_chromium(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    monkeypatch.delenv("KEMITRAAN_CHROMIUM", raising=False)


def test_missing_chromium_names_what_to_install(no_chromium: None, tmp_path: Path) -> None:
    out = tmp_path / "benan.pdf"
    result = CliRunner().invoke(app, ["assess", str(EXAMPLES[0]), "-o", str(out)])
    assert result.exit_code == 2
    assert "needs headless Chromium, which was not found" in result.stderr
    assert "apt-get install chromium" in result.stderr
    assert "--format html" in result.stderr
    assert "Traceback" not in result.output
    assert not out.exists()


def test_a_wrong_chromium_setting_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KEMITRAAN_CHROMIUM", str(tmp_path / "no-such-browser"))
    result = CliRunner().invoke(app, ["assess", str(EXAMPLES[0]), "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 2
    assert "KEMITRAAN_CHROMIUM=" in result.stderr and "is not an executable" in result.stderr


def test_an_existing_report_survives_a_failed_print(no_chromium: None, tmp_path: Path) -> None:
    out = tmp_path / "benan.pdf"
    out.write_bytes(b"%PDF-1.4 the old report")
    result = CliRunner().invoke(app, ["assess", str(EXAMPLES[0]), "-o", str(out)])
    assert result.exit_code == 2
    assert out.read_bytes() == b"%PDF-1.4 the old report"


SAMPLE = (
    b"%PDF-1.4\n1 0 obj\n<</Creator (Chromium)\n/Producer (Skia/PDF m156)\n"
    b"/CreationDate (D:20261127212136+07'00')\n/ModDate (D:20261127212136+07'00')>>\nendobj\n"
)


def test_print_dates_are_blanked_without_changing_offsets() -> None:
    fixed = fix_dates(SAMPLE)
    assert len(fixed) == len(SAMPLE)
    assert b"CreationDate" not in fixed and b"ModDate" not in fixed
    assert b"2026" not in fixed
    assert fixed.index(b"endobj") == SAMPLE.index(b"endobj")


def test_print_dates_become_the_source_date() -> None:
    fixed = fix_dates(SAMPLE, "2023-11-14T22:13:20Z")
    assert len(fixed) == len(SAMPLE)
    assert b"/CreationDate (D:20231114221320+00'00')" in fixed
    assert b"/ModDate (D:20231114221320+00'00')" in fixed
    assert fixed.index(b"endobj") == SAMPLE.index(b"endobj")


def test_a_short_date_form_is_still_replaced() -> None:
    short = b"<</CreationDate (D:20261127212136Z)>>"
    fixed = fix_dates(short, "2023-11-14T22:13:20Z")
    assert fixed == b"<</CreationDate (D:20231114221320Z)>>"
