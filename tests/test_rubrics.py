"""Rubric files: the bundled ones validate; a broken one gets located errors; none can run code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel

from kemitraan.loader import bundled_dir, bundled_rubric_names, load_rubric
from kemitraan.models.rubric import Text, placeholders
from tests.conftest import EXAMPLES, run

RUBRICS = bundled_dir("rubrics")


def _texts(value: object) -> list[Text]:
    """Every bilingual text anywhere in a rubric, found by walking its fields."""
    if isinstance(value, Text):
        return [value]
    if isinstance(value, BaseModel):
        return [t for name in type(value).model_fields for t in _texts(getattr(value, name))]
    if isinstance(value, (list, tuple)):
        return [t for item in value for t in _texts(item)]
    return []


@pytest.mark.parametrize("name", bundled_rubric_names())
def test_bundled_rubric_is_valid_and_bilingual(name: str) -> None:
    rubric = load_rubric(name).rubric
    texts = _texts(rubric)
    notes = [s.note for s in rubric.sources if s.note]
    assert rubric.title in texts and all(c.label in texts for c in rubric.criteria)
    assert notes and all(note in texts for note in notes)
    for text in texts:
        assert text.id.strip() and text.en.strip()
        assert text.id != text.en, text
        assert placeholders(text.id) == placeholders(text.en), text
    assert rubric.sources and all(s.citation for s in rubric.sources)


def test_bundled_rubrics_cite_their_pages() -> None:
    cites = {name: load_rubric(name).rubric.citation() for name in bundled_rubric_names()}
    assert cites["notoatmodjo-2010"] == "Notoatmodjo (2010:253)"
    assert cites["sulistiyani-2017"] == "Sulistiyani (2017:130)"
    assert cites["principles"] == "Notoatmodjo (2010:244-245)"


def test_rubrics_command_lists_them_with_sources() -> None:
    result = run("rubrics")
    assert result.code == 0
    for name in ("notoatmodjo-2010", "sulistiyani-2017", "principles"):
        assert name in result.out
    assert "Sulistiyani, A. T. (2017). Kemitraan dan Model-Model Pemberdayaan" in result.out


def broken(tmp_path: Path, old: str, new: str) -> Path:
    text = (RUBRICS / "notoatmodjo-2010.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "custom.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "indicator: phase_joint",
            "indicator: os.system",
            "criteria[0].indicator: unknown indicator 'os.system'",
        ),
        ("params: {phase: planning}", "params: {phase: planing}", "criteria[0].params.phase:"),
        (
            "params: {phase: planning}",
            "params: {phase: planning, min_partner: 3}",
            "did you mean 'min_partners'?",
        ),
        (
            "    when: {all: [planning-joint,",
            "    when: {all: [planing-joint,",
            "'planing-joint' is not a criterion",
        ),
        ("    when: always", "    when: planning-joint", "the last rule must be 'when: always'"),
        (
            "    note:\n      id: Dibaca melalui kutipan dalam Sapitri, Akhyary & Hendrayady (2023).\n      en:",
            "    note:",
            "sources[0].note:",
        ),
        ("{program}: draw up", "{programme}: draw up", "unknown placeholder '{programme}'"),
        (
            "params: {path: shared.vision_mission,",
            "params: {path: shared.__class__,",
            "is not a field of the partnership",
        ),
    ],
)
def test_broken_rubric_gets_a_located_error(tmp_path: Path, old: str, new: str, message: str) -> None:
    result = run("assess", EXAMPLES / "benan.yaml", "--rubric", broken(tmp_path, old, new))
    assert result.code == 2
    assert "custom.yaml:" in result.err and message in result.err
    assert "Traceback" not in result.err


def test_rubric_text_is_never_run_as_code(tmp_path: Path) -> None:
    """Code-like text in a rubric is only ever shown as text."""
    payload = "{{ 7*7 }} __import__('os').system('touch pwned') ${HOME}"
    path = broken(tmp_path, "en: Joint planning}", f'en: "{payload}"}}')
    path = path.rename(tmp_path / "custom2.yaml")
    text = path.read_text(encoding="utf-8").replace("\nid: notoatmodjo-2010\n", "\nid: custom-noto\n")
    path.write_text(text, encoding="utf-8")
    result = run("assess", EXAMPLES / "benan.yaml", "--rubric", path, "--format", "md", "--lang", "en")
    assert result.code == 0, result.err
    assert "{{ 7\\*7 }}" in result.out and "49" not in result.out.split("## 2.")[0]
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()


def test_custom_rubric_replaces_the_bundled_one_with_its_id(tmp_path: Path) -> None:
    path = broken(
        tmp_path, "params: {phase: implementation}", "params: {phase: implementation, min_level: informed}"
    )
    mekar = EXAMPLES / "over-time" / "mekar-2019.yaml"  # implementation: puskesmas lead, desa informed
    result = run("assess", mekar, "--rubric", path, "--format", "json")
    data = json.loads(result.out)
    noto = [a for a in data["assessments"] if a["rubric"]["id"] == "notoatmodjo-2010"]
    assert len(noto) == 1 and noto[0]["rubric"]["origin"] == "custom.yaml"
    impl = next(c for c in noto[0]["criteria"] if c["id"] == "implementation-joint")
    assert impl["met"] is True  # "informed" now counts as taking part
    assert "--rubric custom.yaml" in run("assess", EXAMPLES / "benan.yaml", "--rubric", path, "-f", "md").out


def test_unknown_bundled_name_suggests_one() -> None:
    result = run("assess", EXAMPLES / "benan.yaml", "--rubric", "notoatmodjo")
    assert result.code == 2 and "did you mean 'notoatmodjo-2010'?" in result.err
