"""The questionnaire: a valid XLSForm built from the partnership and the rubrics' own text."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run, write

openpyxl = pytest.importorskip("openpyxl")
pyxform = pytest.importorskip("pyxform.xls2xform")


def sheet(path: Path, name: str) -> list[dict[str, str]]:
    wb = openpyxl.load_workbook(path)
    rows = [[c if c is not None else "" for c in r] for r in wb[name].iter_rows(values_only=True)]
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def form(tmp_path: Path, *args: str, source: Path = EXAMPLES / "benan.yaml") -> Path:
    target = tmp_path / "k.xlsx"
    result = run("survey", "form", source, "-o", target, *args)
    assert result.code == 0, result.err
    return target


def test_pyxform_converts_it_without_warnings(tmp_path: Path) -> None:
    target = form(tmp_path)
    result = pyxform.convert(xlsform=target, validate=False)
    assert result.warnings == []
    assert "<h:title>Kuesioner kemitraan: Kemitraan P2TP2A" in result.xform
    assert 'lang="Indonesian (id)" default="true()"' in result.xform
    assert 'lang="English (en)"' in result.xform


def test_labels_in_both_languages_and_the_settings(tmp_path: Path) -> None:
    target = form(tmp_path, "--lang", "id,en")
    survey = sheet(target, "survey")
    assert {"label::Indonesian (id)", "label::English (en)", "hint::English (en)"} <= set(survey[0])
    settings = sheet(target, "settings")[0]
    assert settings["form_id"] == "kemitraan_benan_p2tp2a"
    assert settings["default_language"] == "Indonesian (id)"
    only_en = sheet(form(tmp_path, "--lang", "en"), "survey")
    assert "label::Indonesian (id)" not in only_en[0]


def test_a_participation_question_per_program_phase_and_partner(tmp_path: Path) -> None:
    names = [r["name"] for r in sheet(form(tmp_path), "survey") if r["type"] == "select_one level"]
    assert names == [
        f"{phase}_sosialisasi__{partner}"
        for phase in ("planning", "implementation", "evaluation")
        for partner in ("p2tp2a", "desa_benan")
    ]
    choices = sheet(form(tmp_path), "choices")
    assert [c["name"] for c in choices if c["list_name"] == "level"] == [
        "absent", "informed", "consulted", "active", "lead", "unknown",
    ]  # fmt: skip
    assert [c["name"] for c in choices if c["list_name"] == "org"] == ["p2tp2a", "desa-benan", "other_org"]


def test_principle_questions_use_the_rubrics_own_text(tmp_path: Path) -> None:
    rows = {r["name"]: r for r in sheet(form(tmp_path), "survey")}
    equity = rows["score_equity"]
    assert equity["label::English (en)"] == "Equity"
    assert equity["hint::English (en)"].startswith("The parties feel equal")
    assert equity["required"] == "yes"
    assert rows["comment_equity"]["required"] == ""


def test_a_custom_rubric_gets_its_own_questions(tmp_path: Path) -> None:
    from kemitraan.loader import bundled_dir

    text = (bundled_dir("rubrics") / "principles.yaml").read_text(encoding="utf-8")
    custom = text.replace("en: Equity}", "en: Parity between the partners}")  # same id: replaces it
    rubric = write(tmp_path, custom, "mine.yaml")
    rows = {r["name"]: r for r in sheet(form(tmp_path, "--rubric", str(rubric)), "survey")}
    assert rows["score_equity"]["label::English (en)"] == "Parity between the partners"


def test_same_input_gives_the_same_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    first = form(tmp_path).read_bytes()
    assert form(tmp_path).read_bytes() == first
    core = zipfile.ZipFile(io.BytesIO(first)).read("docProps/core.xml").decode()
    assert core.count(">2000-01-01T00:00:00Z<") == 2  # created and modified: no clock in the file
    assert {i.date_time for i in zipfile.ZipFile(io.BytesIO(first)).infolist()} == {(1980, 1, 1, 0, 0, 0)}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    core = zipfile.ZipFile(io.BytesIO(form(tmp_path).read_bytes())).read("docProps/core.xml").decode()
    assert core.count(">2023-11-14T22:13:20Z<") == 2


def test_a_program_id_starting_with_a_digit_still_gives_valid_names(tmp_path: Path) -> None:
    source = write(
        tmp_path,
        """
        schema: kemitraan/1
        id: x
        title: X
        partners: [{id: a, name: A}, {id: b.c, name: B}]
        programs: [{id: "2024-posyandu", name: Posyandu}]
        """,
    )
    result = pyxform.convert(
        xlsform=io.BytesIO(form(tmp_path, source=source).read_bytes()), file_type=".xlsx"
    )
    assert "planning_2024_posyandu__b_c" in result.xform


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--lang", "fr"), "--lang: expected id, en or id,en but got 'fr'"),
        (("-o", "k.csv"), "give a name ending in .xlsx"),
    ],
)
def test_bad_options_are_clear_errors(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = run("survey", "form", EXAMPLES / "benan.yaml", *args)
    assert result.code == 2 and message in result.err
