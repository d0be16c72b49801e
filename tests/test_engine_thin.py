"""A valid file that says too little is assessed as insufficient-evidence, naming what is
missing: never rejected, never guessed (through the command line, as a user runs it)."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from kemitraan.cli import app

HEAD = """\
schema: kemitraan/1
id: thin
title: Thin
partners: [{id: a, name: A}, {id: b, name: B}]
"""


def assess(tmp_path: Path, body: str) -> dict[str, dict[str, Any]]:
    path = tmp_path / "thin.yaml"
    path.write_text(HEAD + textwrap.dedent(body), encoding="utf-8")
    result = CliRunner().invoke(app, ["assess", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    return {a["rubric"]["id"]: a for a in json.loads(result.stdout)["assessments"]}


def missing(a: dict[str, Any]) -> list[str]:
    return [m["en"] for m in a["missing"]]


def test_no_programs(tmp_path: Path) -> None:
    result = assess(tmp_path, "")
    assert {r: a["verdict"] for r, a in result.items()} == {
        "notoatmodjo-2010": "insufficient-evidence",
        "sulistiyani-2017": "insufficient-evidence",
        "sulistiyani-union": "insufficient-evidence",
        "principles": "insufficient-evidence",
    }
    assert missing(result["notoatmodjo-2010"]) == [  # each reason once, though three criteria give it
        "No program is recorded.",
        "Joint vision and mission (shared.vision_mission): unknown.",
        "No shared service, target or other characteristic is recorded"
        " (shared.service, shared.target, shared.characteristic).",
    ]
    assert result["notoatmodjo-2010"]["possible"] == ["model-2", "model-1", "neither"]
    assert missing(result["principles"]) == ["Only 0 principles scored; at least 4 needed."]


@pytest.mark.parametrize("phase", ["evaluation: {}", "evaluation: {participation: {}}", ""])
def test_a_phase_without_participation(tmp_path: Path, phase: str) -> None:
    result = assess(
        tmp_path,
        f"""\
        programs:
          - id: p
            name: Posyandu
            planning: {{participation: {{a: lead, b: active}}}}
            implementation: {{participation: {{a: lead, b: active}}}}
            {phase}
        shared: {{vision_mission: joint, service: posyandu}}
        """,
    )
    notoatmodjo = result["notoatmodjo-2010"]
    assert notoatmodjo["verdict"] == "insufficient-evidence"
    assert notoatmodjo["possible"] == ["model-2", "model-1"]
    assert missing(notoatmodjo) == ["No participation is recorded for evaluation."]
    assert [p["verdict"] for p in notoatmodjo["programs"]] == ["insufficient-evidence"]
    assert result["sulistiyani-2017"]["verdict"] == "insufficient-evidence"


def test_every_level_unknown(tmp_path: Path) -> None:
    result = assess(
        tmp_path,
        """\
        programs:
          - id: p
            name: P
            planning: {participation: {a: unknown, b: unknown}}
            implementation: {participation: {a: unknown, b: unknown}}
            evaluation: {participation: {a: unknown, b: unknown}}
        shared: {vision_mission: joint}
        """,
    )
    assert result["notoatmodjo-2010"]["verdict"] == "insufficient-evidence"
    assert result["notoatmodjo-2010"]["possible"] == ["model-2", "model-1", "neither"]


@pytest.mark.parametrize("scored", [0, 1, 3])
def test_too_few_principles_scored(tmp_path: Path, scored: int) -> None:
    names = ["equity", "trust", "commitment"][:scored]
    body = "principles:\n" + "".join(f"  {name}: {{score: 5}}\n" for name in names) if names else ""
    principles = assess(tmp_path, body)["principles"]
    assert principles["verdict"] == "insufficient-evidence"
    noun = "principle" if scored == 1 else "principles"
    assert missing(principles) == [f"Only {scored} {noun} scored; at least 4 needed."]
