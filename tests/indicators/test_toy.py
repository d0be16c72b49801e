"""The worked example of docs/contributing/indicators.md: a toy indicator from a module outside
the package, registered the way the bundled ones are, used by a custom rubric."""

from __future__ import annotations

import ast
import importlib
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kemitraan import messages
from kemitraan.indicators import INDICATORS, register
from tests.conftest import EXAMPLES, run

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "contributing" / "indicators.md"
RUBRIC = Path(__file__).with_name("toy_rubric.yaml")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.S)


@pytest.fixture
def toy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The guide's module, written to a temporary folder on sys.path, imported and registered;
    the guide's sentences in the English source. The registry is restored afterwards."""
    module, scratch = _blocks("python")[:2]
    (tmp_path / "toy_partners.py").write_text(module, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    sentences = ast.literal_eval(scratch.split("=", 1)[1].strip())
    for key, (_indonesian, english) in sentences.items():
        monkeypatch.setitem(messages.SOURCE, key, english)
    saved = dict(INDICATORS)
    try:
        toy = importlib.import_module("toy_partners")
        register(toy.INDICATOR)
        yield toy
    finally:
        INDICATORS.clear()
        INDICATORS.update(saved)
        sys.modules.pop("toy_partners", None)


def test_a_custom_rubric_uses_the_toy_indicator(toy: object) -> None:
    result = run("assess", EXAMPLES / "benan.yaml", "--rubric", RUBRIC, "-f", "json")
    assert result.code == 0, result.err
    (assessment,) = [a for a in json.loads(result.out)["assessments"] if a["rubric"]["id"] == "toy"]
    (criterion,) = assessment["criteria"]
    assert (criterion["indicator"], criterion["met"], assessment["verdict"]) == ("toy_partners", True, "many")


def test_the_toy_reads_too_few_partners_and_fills_the_recommendation(toy: object, tmp_path: Path) -> None:
    rubric = tmp_path / "toy.yaml"
    rubric.write_text(
        RUBRIC.read_text(encoding="utf-8").replace("at_least: 2}", "at_least: 9}"), encoding="utf-8"
    )
    result = run("assess", EXAMPLES / "benan.yaml", "--rubric", rubric, "--lang", "en", "-f", "md")
    assert result.code == 0, result.err
    assert "Add partners: 2 of 9." in result.out
    assert "The file names 2 partners; the criterion asks for at least 9." in result.out


def test_the_toy_rule_is_said_in_words(toy: object) -> None:
    result = run("rubrics", "show", RUBRIC, "--lang", "en")
    assert result.code == 0, result.err
    assert "Met when the file names at least 2 partners." in result.out


def test_a_recommendation_naming_an_unknown_placeholder_is_refused_at_its_line(
    toy: object, tmp_path: Path
) -> None:
    text = RUBRIC.read_text(encoding="utf-8").replace("{partners} of {at_least}", "{partners} of {wanted}")
    rubric = tmp_path / "toy.yaml"
    rubric.write_text(text, encoding="utf-8")
    line = next(n for n, x in enumerate(text.splitlines(), 1) if "{wanted}" in x)
    result = run("assess", EXAMPLES / "benan.yaml", "--rubric", rubric, "--lang", "en")
    assert result.code == 2
    assert f"toy.yaml:{line}:" in result.err
    assert "unknown placeholder '{wanted}'" in result.err and "at_least, partners" in result.err
    assert "Traceback" not in result.err


def test_without_registering_it_the_rubric_is_refused(tmp_path: Path) -> None:
    assert "toy_partners" not in INDICATORS
    result = run("assess", EXAMPLES / "benan.yaml", "--rubric", RUBRIC, "--lang", "en")
    assert result.code == 2 and "toy_rubric.yaml:" in result.err and "toy_partners" in result.err


def test_the_toy_gets_its_row_in_the_docs_table(toy: object) -> None:
    from kemitraan.indicators.table import table

    row = table().splitlines()[-1]
    assert row == (
        "| `toy_partners` | partnership | `at_least` (2) | the file names at least `at_least` partners"
        " | `partners`, `at_least` |"
    )
