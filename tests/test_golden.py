"""Whole reports compared with golden files; the same input always gives byte-identical output.

To accept an intended change: ``KEMITRAAN_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and
review the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run

GOLDEN = Path(__file__).parent / "golden"
CASES = [("md", "id"), ("md", "en"), ("json", "id")]


@pytest.mark.parametrize(("fmt", "lang"), CASES)
def test_benan_report_matches_golden(fmt: str, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    result = run("assess", EXAMPLES / "benan.yaml", "--format", fmt, "--lang", lang)
    assert result.code == 0, result.err
    golden = GOLDEN / f"benan.{lang}.{fmt}"
    if os.environ.get("KEMITRAAN_UPDATE_GOLDEN"):
        golden.write_text(result.out, encoding="utf-8")
    assert result.out == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["terminal", "md", "json"])
def test_reports_are_byte_identical_across_runs(fmt: str, tmp_path: Path) -> None:
    first = run("assess", EXAMPLES / "benan.yaml", "--format", fmt, "-o", tmp_path / "a.out")
    second = run("assess", EXAMPLES / "benan.yaml", "--format", fmt, "-o", tmp_path / "b.out")
    assert first.code == second.code == 0
    assert (tmp_path / "a.out").read_bytes() == (tmp_path / "b.out").read_bytes()


def test_json_is_the_same_in_both_languages() -> None:
    assert (
        run("assess", EXAMPLES / "benan.yaml", "-f", "json", "--lang", "id").out
        == run("assess", EXAMPLES / "benan.yaml", "-f", "json", "--lang", "en").out
    )


def test_timestamp_only_with_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert '"generated_at": null' in run("assess", EXAMPLES / "benan.yaml", "-f", "json").out
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert (
        '"generated_at": "2023-11-14T22:13:20Z"' in run("assess", EXAMPLES / "benan.yaml", "-f", "json").out
    )


def test_json_carries_provenance(tmp_path: Path) -> None:
    import hashlib
    import json

    from kemitraan import __version__
    from kemitraan.loader import bundled_dir

    data = json.loads(run("assess", EXAMPLES / "benan.yaml", "-f", "json").out)
    assert data["tool"] == {"name": "kemitraan", "version": __version__}
    assert data["input"]["sha256"] == hashlib.sha256((EXAMPLES / "benan.yaml").read_bytes()).hexdigest()
    for a in data["assessments"]:
        raw = (bundled_dir("rubrics") / f"{a['rubric']['id']}.yaml").read_bytes()
        assert a["rubric"]["sha256"] == hashlib.sha256(raw).hexdigest()
        assert a["rubric"]["version"]
