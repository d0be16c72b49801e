"""`kemitraan rubrics show`: every criterion with its meaning, what it reads, its rule and source."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kemitraan.cli import app
from kemitraan.loader import BUNDLED_RUBRICS, bundled_dir, load_rubric
from kemitraan.render.rubric_text import render_rubric

runner = CliRunner()


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", BUNDLED_RUBRICS)
def test_every_criterion_is_shown_with_meaning_source_and_rule(name: str, lang: str) -> None:
    loaded = load_rubric(name)
    text = render_rubric(loaded, lang)
    r = loaded.rubric
    flat = " ".join(text.split())
    for c in r.criteria:
        assert f"{c.id}: {c.label.get(lang)}" in text
        assert " ".join(c.description.get(lang).split()) in flat
        if c.cite:
            assert r.citation(c.cite) in text
    for v in r.verdicts:
        assert f"{v.id}: {v.label.get(lang)}" in text
    for s in r.sources:
        assert " ".join(s.citation.split()) in flat


def test_notoatmodjo_in_english_reads_as_expected() -> None:
    text = render_rubric(load_rubric("notoatmodjo-2010"), "en")
    lines = text.splitlines()
    assert lines[0] == "notoatmodjo-2010 version 2.1: Notoatmodjo's partnership models (Model I and Model II)"
    assert lines[1] == "Model's source: Notoatmodjo (2010:253)"
    i = lines.index("  planning-joint: Joint planning")
    assert (
        lines[i + 3] == "    Reads      programs[*].planning.participation: each partner's level in planning;"
    )
    assert lines[i + 5].startswith(
        "    Rule       Per program: met when every partner taking part in the program (at least"
    )
    flat = " ".join(text.split())
    assert (
        "1. Model II: joint program (model-2) when all of (Joint planning (planning-joint), "
        "Joint implementation (implementation-joint)," in flat
    )
    assert "2. Model I: networking (model-1) when Linked by a shared service" in flat
    assert "3. otherwise: Neither a network nor a joint program (neither)" in flat
    assert "Note operationalisation by kemitraan: Notoatmodjo: activities are" in flat
    assert "Before any verdict" not in flat  # no gate refuses a verdict the facts settle


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("name", BUNDLED_RUBRICS)
def test_every_operationalisation_is_shown_as_such(name: str, lang: str) -> None:
    loaded = load_rubric(name)
    flat = " ".join(render_rubric(loaded, lang).split())
    marked = [c for c in loaded.rubric.criteria if c.operationalisation is not None]
    assert marked, "every bundled rubric has at least one rule of kemitraan's own"
    label = "operasionalisasi oleh kemitraan" if lang == "id" else "operationalisation by kemitraan"
    for c in marked:
        assert c.operationalisation is not None
        note = " ".join(c.operationalisation.note.get(lang).split())
        assert f"{label}: {note}" in flat


def test_lines_fit_the_width() -> None:
    text = render_rubric(load_rubric("sulistiyani-2017"), "id", width=72)
    long = [line for line in text.splitlines() if len(line) > 72 and " " in line.strip()]
    assert long == []


def test_rubrics_still_lists_without_a_subcommand() -> None:
    plain = runner.invoke(app, ["rubrics"])
    listed = runner.invoke(app, ["rubrics", "list"])
    assert plain.exit_code == listed.exit_code == 0
    assert plain.stdout == listed.stdout
    assert plain.stdout.startswith("notoatmodjo-2010  v2.1  Notoatmodjo's partnership models")
    assert runner.invoke(app, ["rubrics", "--lang", "id"]).stdout.startswith(
        "notoatmodjo-2010  v2.1  Model kemitraan Notoatmodjo"
    )


def test_show_prints_the_rubric() -> None:
    result = runner.invoke(app, ["rubrics", "show", "notoatmodjo-2010", "--lang", "id"])
    assert result.exit_code == 0
    assert result.stdout == render_rubric(load_rubric("notoatmodjo-2010"), "id")


def test_show_reads_a_rubric_file(tmp_path: Path) -> None:
    copy = tmp_path / "mine.yaml"
    copy.write_text(
        (bundled_dir("rubrics") / "principles.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    result = runner.invoke(app, ["rubrics", "show", str(copy)])
    assert result.exit_code == 0
    assert result.stdout.startswith("principles version")


def test_show_an_unknown_rubric_is_a_clear_error() -> None:
    result = runner.invoke(app, ["rubrics", "show", "notoatmojo-2010"])
    assert result.exit_code == 2
    assert "no bundled rubric of that name" in result.stderr
    assert "did you mean 'notoatmodjo-2010'?" in result.stderr
