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
        (("--lang", "fr"), "each one of id, en, but got 'fr'"),
        (("-o", "k.csv"), "give a name ending in .xlsx"),
    ],
)
def test_bad_options_are_clear_errors(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    result = run("survey", "form", EXAMPLES / "benan.yaml", *args)
    assert result.code == 2 and message in result.err


def test_odk_validate_accepts_it_where_java_is_installed(tmp_path: Path) -> None:
    import shutil

    if shutil.which("java") is None:
        pytest.skip("Java is not installed: ODK Validate (bundled with pyxform) needs it")
    result = pyxform.convert(xlsform=form(tmp_path), validate=True)
    assert result.warnings == []


def test_a_rating_can_be_answered_dont_know(tmp_path: Path) -> None:
    choices = sheet(form(tmp_path), "choices")
    scores = [(c["name"], c["label::English (en)"]) for c in choices if c["list_name"] == "score"]
    assert scores[-1] == ("unknown", "Don't know") and [n for n, _ in scores[:5]] == ["1", "2", "3", "4", "5"]
    rows = {r["name"]: r for r in sheet(form(tmp_path), "survey")}
    assert "!= 'unknown'" in rows["comment_equity"]["relevant"]  # no comment asked on a "don't know"


def test_none_stands_alone_and_ones_own_organisation_is_not_a_builder(tmp_path: Path) -> None:
    rows = {r["name"]: r for r in sheet(form(tmp_path), "survey")}
    capacity = rows["capacity_from"]
    assert (
        "count-selected(.) > 1" in capacity["constraint"]
        and "selected(., ${organisation})" in capacity["constraint"]
    )
    assert capacity["constraint_message::Indonesian (id)"] and capacity["constraint_message::English (en)"]


def test_respondents_outside_the_partnership_skip_the_own_organisation_questions(tmp_path: Path) -> None:
    rows = sheet(form(tmp_path), "survey")
    own = next(r for r in rows if r["type"] == "begin_group" and r["name"] == "own_org")
    assert own["relevant"] == "${organisation} != '' and ${organisation} != 'other_org'"


def test_each_phase_note_shares_the_screen_of_its_questions(tmp_path: Path) -> None:
    rows = sheet(form(tmp_path), "survey")
    for i, r in enumerate(rows):
        if r["type"] == "note":
            begin = rows[i - 1]
            assert begin["type"] == "begin_group" and begin["appearance"] == "field-list", r["name"]
            assert r["name"] == f"{begin['name']}_note"


def test_submissions_are_listed_by_respondent_and_organisation(tmp_path: Path) -> None:
    settings = sheet(form(tmp_path), "settings")[0]
    assert settings["instance_name"] == "concat(${informant}, ' - ', ${organisation})"
    result = pyxform.convert(xlsform=form(tmp_path), validate=False)
    assert "<instanceName/>" in result.xform


def test_a_partner_named_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    import zipfile

    source = write(
        tmp_path,
        """
        schema: kemitraan/1
        id: x
        title: X
        partners: [{id: a, name: '=HYPERLINK("http://example.org","klik")'}, {id: b, name: '+62 B'}]
        programs: [{id: p, name: '@SUM(A1)'}]
        """,
    )
    target = form(tmp_path, source=source)
    with zipfile.ZipFile(target) as z:
        sheets = [z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/")]
    assert not any("<f>" in s or "<f " in s for s in sheets)
    names = [c["label::English (en)"] for c in sheet(target, "choices") if c["list_name"] == "org"]
    assert names[0] == '=HYPERLINK("http://example.org","klik")'
