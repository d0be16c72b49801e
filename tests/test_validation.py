"""The validation table (docs/validation.md) is what validation/table.py prints now, and every
encoded study is a faithful file: valid, its conclusion recorded, every quote with its place."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from kemitraan.loader import load_partnership, parse_yaml

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "validation.md"


def table() -> ModuleType:
    spec = importlib.util.spec_from_file_location("validation_table", ROOT / "validation" / "table.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


STUDIES = table().studies()


def test_the_doc_holds_the_current_table() -> None:
    t = table()
    doc = DOC.read_text(encoding="utf-8")
    assert t.refreshed(doc, t.table(t.rows())) == doc, (
        "run: python validation/table.py --write docs/validation.md"
    )
    assert t.main(["--check", str(DOC)]) == 0


def test_there_are_studies_and_each_conclusion_is_a_row() -> None:
    rows = table().rows()
    assert len(STUDIES) >= 8
    assert {r["outcome"] for r in rows} <= {"agree", "differ", "undecided", "not-assessed"}
    benan = [r for r in rows if r["path"].name == "benan.yaml"]
    assert [(r["rubric"], r["outcome"]) for r in benan] == [("notoatmodjo-2010", "agree")]


def evidence(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        here = [node] if "quote" in node and "source" in node else []
        return here + [e for v in node.values() for e in evidence(v)]
    if isinstance(node, list):
        return [e for v in node for e in evidence(v)]
    return []


@pytest.mark.parametrize("path", STUDIES, ids=lambda p: p.stem)
def test_every_study_is_valid_cites_itself_and_places_every_quote(path: Path) -> None:
    partnership, text, _ = load_partnership(path)
    assert partnership.source is not None and partnership.source.citation
    assert partnership.source.extent, "say how much of the study was read"
    assert partnership.source.conclusions, "record the study's own conclusion"
    for c in partnership.source.conclusions:
        assert c.quote and c.where
    quotes = evidence(parse_yaml(text, path.name))
    assert quotes
    for e in quotes:
        assert e.get("position"), f"{path.name}: a quote without its place: {e['quote'][:60]}"


def test_every_quote_is_word_for_word_in_its_studys_research_note() -> None:
    notes = ROOT / "validation" / "notes"
    assert {p.stem for p in STUDIES[1:]} <= {p.stem for p in notes.glob("*.md")}
    assert table().quotes_problems(notes) == []


def test_the_quote_check_finds_a_quote_that_is_not_in_the_note(tmp_path: Path) -> None:
    notes = ROOT / "validation" / "notes"
    for note in notes.glob("*.md"):
        (tmp_path / note.name).write_text(note.read_text(encoding="utf-8"), encoding="utf-8")
    first = STUDIES[1]
    note = tmp_path / f"{first.stem}.md"
    text = parse_yaml(first.read_text(encoding="utf-8"), first.name)
    quote = next(iter(_quotes(text)))
    note.write_text(note.read_text(encoding="utf-8").replace(quote.split()[0], "XXXX"), encoding="utf-8")
    assert any(first.name in p for p in table().quotes_problems(tmp_path))


def _quotes(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [v for k, v in node.items() if k == "quote"] + [q for v in node.values() for q in _quotes(v)]
    if isinstance(node, list):
        return [q for v in node for q in _quotes(v)]
    return []
