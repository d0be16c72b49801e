"""The reference study and the illustrative examples give the verdicts their facts support."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run

EXPECTED = {
    # The study applies only Notoatmodjo's models and scores no principle: the other
    # rubrics are decided from its facts alone, and they do not suffice.
    "benan.yaml": {
        "notoatmodjo-2010": "model-1",
        "sulistiyani-2017": "insufficient-evidence",
        "sulistiyani-union": "insufficient-evidence",
        "principles": "insufficient-evidence",
    },
    "posyandu-illustrative.yaml": {
        "notoatmodjo-2010": "model-2",
        "sulistiyani-2017": "conjugation",
        "sulistiyani-union": "linear-collaborative",
        "principles": "strong",
    },
    "bumdes-illustrative.yaml": {
        "notoatmodjo-2010": "model-1",
        "sulistiyani-2017": "mutualism",
        "sulistiyani-union": "linear-collaborative",
        "principles": "moderate",
    },
}


def test_every_example_is_covered() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.yaml")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_verdicts(name: str) -> None:
    result = run("assess", EXAMPLES / name, "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert {a["rubric"]["id"]: a["verdict"] for a in data["assessments"]} == EXPECTED[name]


def test_illustrative_examples_say_so() -> None:
    for name in EXPECTED:
        if "illustrative" in name:
            text = (EXAMPLES / name).read_text(encoding="utf-8")
            assert "ILLUSTRATIVE EXAMPLE, NOT RESEARCH DATA" in text


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("fmt", ["terminal", "md", "json"])
def test_benan_is_model_1_in_every_format_and_language(fmt: str, lang: str) -> None:
    result = run("assess", EXAMPLES / "benan.yaml", "--format", fmt, "--lang", lang)
    assert result.code == 0, result.err
    if fmt == "json":
        data = json.loads(result.out)
        noto = next(a for a in data["assessments"] if a["rubric"]["id"] == "notoatmodjo-2010")
        assert noto["verdict"] == "model-1"
    else:
        label = "Model I: jejaring kerja" if lang == "id" else "Model I: networking"
        assert label in result.out
        assert ("Model II: program bersama" if lang == "id" else "Model II: joint program") in result.out


def test_benan_records_only_what_the_study_says() -> None:
    """No invented facts: no period, no benefits, no levels, no scores, no informant stand-ins."""
    import yaml

    data = yaml.safe_load((EXAMPLES / "benan.yaml").read_text(encoding="utf-8"))
    assert "period" not in data
    assert all("benefits" not in x and x["understands_purpose"] == "unknown" for x in data["partners"])
    for phase in ("planning", "implementation", "evaluation"):
        assert "participation" not in data["programs"][0][phase]
        for e in data["programs"][0][phase]["evidence"]:
            assert e.get("informant") in (None, "beberapa informan")
            assert e["position"]
    assert all("score" not in x for x in data["principles"].values())
    assert data["source"]["conclusions"][0]["verdict"] == "model-1"


def test_benan_agrees_with_the_study() -> None:
    data = json.loads(run("assess", EXAMPLES / "benan.yaml", "--format", "json").out)
    [study] = data["conclusions"]
    assert study["outcome"] == "agree"
    assert study["sentence"]["en"].startswith("The study concluded Model I: networking (“Model I”)")


def test_benan_model_1_because_joint_work_stops_after_planning() -> None:
    data = json.loads(run("assess", EXAMPLES / "benan.yaml", "--format", "json").out)
    noto = next(a for a in data["assessments"] if a["rubric"]["id"] == "notoatmodjo-2010")
    met = {c["id"]: c["met"] for c in noto["criteria"]}
    assert met["planning-joint"] is True
    assert met["implementation-joint"] is False
    assert met["evaluation-joint"] is False
    assert "Joint implementation: no" in noto["reason"]["en"]
    assert "Pelaksanaan bersama: tidak" in noto["reason"]["id"]
    # The distance still to go: one of three phases is joint.
    share = next(c for c in noto["criteria"] if c["id"] == "joint-phase-share")
    assert share["value"] == pytest.approx(1 / 3, abs=1e-3)
    # What would move it to Model II: joint implementation and evaluation.
    assert [r["criterion"] for r in noto["recommendations"] if r["kind"] == "change"] == [
        "implementation-joint",
        "evaluation-joint",
    ]
    assert noto["next_verdict"] == "model-2"


def test_benan_verdict_does_not_come_from_a_label(tmp_path: Path) -> None:
    """Making implementation and evaluation joint (and the vision joint) turns Benan into Model II."""
    text = (EXAMPLES / "benan.yaml").read_text(encoding="utf-8")
    assert text.count("      joint: no\n") == 2
    text = text.replace("      joint: no\n", "      joint: yes\n")
    text = text.replace("vision_mission: unknown", "vision_mission: joint")
    path = tmp_path / "benan-joint.yaml"
    path.write_text(text, encoding="utf-8")
    data = json.loads(run("assess", path, "--format", "json").out)
    assert data["assessments"][0]["verdict"] == "model-2"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_benan_reports_the_budget_constraint_and_its_solution(lang: str) -> None:
    out = run("assess", EXAMPLES / "benan.yaml", "--format", "md", "--lang", lang).out
    assert ("Rp 5.000.000 per tahun" if lang == "id" else "IDR 5,000,000 per year") in out
    assert "Membuat laporan kepada pemerintah kabupaten untuk menambah anggaran kegiatan" in out
    assert "Sapitri" in out
