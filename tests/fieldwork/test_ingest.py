"""Survey exports into the partnership file: the round trip form -> CSV -> ingest -> assess."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run, sha, write
from tests.fieldwork.exports import export

pytest.importorskip("openpyxl")
pytest.importorskip("ruamel.yaml")

SKELETON = """
# Fieldwork in Desa Contoh: the facts come from the survey.
schema: kemitraan/1
id: contoh
title: Kemitraan Puskesmas dan Desa Contoh
partners:
  - {id: puskesmas, name: Puskesmas Contoh}   # the health centre
  - {id: desa, name: Pemerintah Desa Contoh}
shared: {service: posyandu, vision_mission: joint}
programs:
  - id: posyandu
    name: Posyandu balita

principles: {}
"""

ANSWERS = [
    {
        "informant": "K-01", "organisation": "puskesmas", "role": "bidan",
        "planning_posyandu__puskesmas": "lead", "planning_posyandu__desa": "active",
        "implementation_posyandu__puskesmas": "lead", "implementation_posyandu__desa": "active",
        "evaluation_posyandu__puskesmas": "lead", "evaluation_posyandu__desa": "consulted",
        "score_equity": "4", "comment_equity": "Kami memutuskan bersama", "score_transparency": "4",
        "score_trust": "4", "score_commitment": "5", "understands_purpose": "yes", "gains": "yes",
        "benefits": "data balita lengkap", "capacity_from": "desa", "capacity_what": "kader aktif",
        "agreement_form": "written",
    },
    {
        "informant": "K-02", "organisation": "desa", "role": "kepala desa",
        "planning_posyandu__puskesmas": "lead", "planning_posyandu__desa": "active",
        "implementation_posyandu__puskesmas": "active", "implementation_posyandu__desa": "lead",
        "evaluation_posyandu__puskesmas": "lead", "evaluation_posyandu__desa": "informed",
        "score_equity": "3", "score_transparency": "4", "score_trust": "4", "score_commitment": "4",
        "understands_purpose": "yes", "gains": "yes", "benefits": "angka stunting turun",
        "capacity_from": "puskesmas", "capacity_what": "pelatihan kader", "agreement_form": "written",
    },
    {
        "organisation": "desa", "role": "kader",
        "planning_posyandu__puskesmas": "lead", "planning_posyandu__desa": "unknown",
        "evaluation_posyandu__puskesmas": "lead", "evaluation_posyandu__desa": "absent",
        "score_equity": "2", "score_transparency": "3", "score_trust": "4", "score_commitment": "4",
        "understands_purpose": "partly", "gains": "no", "agreement_form": "unknown",
    },
]  # fmt: skip


@pytest.mark.parametrize("shape", ["kobo", "odk"])
def test_round_trip_form_export_ingest_assess(
    fieldwork: tuple[Path, Path], shape: str, tmp_path: Path
) -> None:
    source, form = fieldwork
    csv = tmp_path / "export.csv"
    csv.write_text(export(form, ANSWERS, shape), encoding="utf-8")
    result = run("survey", "ingest", csv, "--into", source)
    assert result.code == 0, result.err
    flavour = "KoboToolbox" if shape == "kobo" else "ODK Central"
    assert f"{flavour} CSV export" in result.err and "3 submissions," in result.err
    assert "3 submissions added" in result.err and "ignored" not in result.err
    assert result.out.startswith("--- a/contoh.yaml\n+++ b/contoh.yaml\n")

    data = json.loads(run("assess", source, "-f", "json").out)
    fw = data["fieldwork"]
    assert [i["informant"] for i in fw["informants"]][:2] == ["K-01", "K-02"]
    assert fw["informants"][2]["informant"] == "uuid:00000003-aaaa-4bbb-8ccc-dddddddddddd"
    # participation from the reports: planning joint, evaluation not (desa: consulted, informed, absent)
    phases = data["programs"][0]["phases"]
    assert phases[0]["participation"] == {"puskesmas": "lead", "desa": "active"}
    assert phases[2]["participation"] == {"puskesmas": "lead", "desa": "informed"}
    items = {i["path"]: i for i in fw["items"]}
    equity = items["principles.equity.score"]
    assert (equity["median"], equity["minimum"], equity["spread"], equity["disagreement"]) == (3, 2, 2, True)
    assert equity["answers"][0] == {"informant": "K-01", "partner": "puskesmas", "value": 4}
    evaluation_desa = items["programs[0].evaluation.participation.desa"]
    assert evaluation_desa["perspective_gap"] is True  # desa's own informants: absent; puskesmas: consulted
    assert {a["block"]: a["alpha"] is not None for a in fw["alpha"]} == {
        "principles": True,
        "participation": True,
    }
    verdicts = {a["rubric"]["id"]: a["verdict"] for a in data["assessments"]}
    assert verdicts["notoatmodjo-2010"] == "model-1"
    # the comment on the first line and the one after a partner survive
    text = source.read_text(encoding="utf-8")
    assert text.startswith("# Fieldwork in Desa Contoh: the facts come from the survey.\n")
    assert re.search(r"\n  - id: puskesmas +# the health centre\n", text)
    assert "submitted: '2024-05-01T08:11:30" in text and "comment: Kami memutuskan bersama" in text


def test_ingesting_the_same_export_again_adds_nothing(fieldwork: tuple[Path, Path], tmp_path: Path) -> None:
    source, form = fieldwork
    csv = tmp_path / "export.csv"
    csv.write_text(export(form, ANSWERS, "kobo"), encoding="utf-8")
    assert run("survey", "ingest", csv, "--into", source).code == 0
    before = sha(source)
    again = run("survey", "ingest", csv, "--into", source)
    assert again.code == 0 and again.out == "" and "3 already in the file" in again.err
    assert sha(source) == before


def test_dry_run_shows_the_diff_and_writes_nothing(fieldwork: tuple[Path, Path], tmp_path: Path) -> None:
    source, form = fieldwork
    csv = tmp_path / "export.csv"
    csv.write_text(export(form, ANSWERS[:1], "odk"), encoding="utf-8")
    before = sha(source)
    result = run("survey", "ingest", csv, "--into", source, "--dry-run")
    assert result.code == 0 and "+      - {informant: K-01" in result.out and "dry run" in result.err
    assert sha(source) == before


def test_every_bad_cell_is_reported_and_nothing_is_written(
    fieldwork: tuple[Path, Path], tmp_path: Path
) -> None:
    source, form = fieldwork
    bad = [dict(ANSWERS[0], score_equity="7"), dict(ANSWERS[1], planning_posyandu__desa="Aktif sekali")]
    csv = tmp_path / "export.csv"
    csv.write_text(export(form, bad, "kobo"), encoding="utf-8")
    before = sha(source)
    result = run("survey", "ingest", csv, "--into", source)
    assert result.code == 2
    lines = result.err.splitlines()
    assert (
        lines[0]
        == f"{csv}:2: column 'principles/score_equity': expected one of 1, 2, 3, 4, 5, unknown but got '7'"
    )
    assert lines[1].startswith(
        f"{csv}:3: column 'planning_posyandu/planning_posyandu__desa': expected one of"
    )
    assert "download it with XML values" in lines[1]
    assert sha(source) == before


def test_an_export_with_labels_as_headers_is_explained(fieldwork: tuple[Path, Path], tmp_path: Path) -> None:
    source, _ = fieldwork
    csv = write(tmp_path, "Organisasi Anda;Jabatan atau peran Anda\nPuskesmas;bidan\n", "labels.csv")
    result = run("survey", "ingest", csv, "--into", source)
    assert result.code == 2 and "no column matches a question" in result.err and "XML values" in result.err


def test_the_export_is_never_the_target(fieldwork: tuple[Path, Path]) -> None:
    source, _ = fieldwork
    result = run("survey", "ingest", source, "--into", source)
    assert result.code == 2


def test_columns_are_found_by_name_not_position(fieldwork: tuple[Path, Path], tmp_path: Path) -> None:
    source, form = fieldwork
    text = export(form, ANSWERS[:1], "kobo")
    header, row = (line.split(";") for line in text.strip().split("\r\n"))
    order = list(reversed(range(len(header))))
    shuffled = ";".join(header[i] for i in order) + "\n" + ";".join(row[i] for i in order) + "\n"
    csv = tmp_path / "shuffled.csv"
    csv.write_text(shuffled, encoding="utf-8")
    assert run("survey", "ingest", csv, "--into", source).code == 0
    data = json.loads(run("assess", source, "-f", "json").out)
    assert data["programs"][0]["phases"][0]["participation"] == {"puskesmas": "lead", "desa": "active"}


def test_indentation_of_the_users_file_is_kept(tmp_path: Path) -> None:
    from kemitraan.fieldwork import yamledit

    for example in sorted(EXAMPLES.glob("*.yaml")):
        text = example.read_text(encoding="utf-8")
        assert yamledit.dump(yamledit.load(text), text) == text, example.name


@pytest.mark.parametrize("lang", ["id", "en"])
def test_html_report_shows_the_informants_agreement(
    fieldwork: tuple[Path, Path], tmp_path: Path, lang: str
) -> None:
    from markupsafe import escape

    from kemitraan.messages import t as text

    def t(key: str, lang: str) -> str:
        return str(escape(text(key, lang)))

    source, form = fieldwork
    csv = tmp_path / "export.csv"
    csv.write_text(export(form, ANSWERS, "kobo"), encoding="utf-8")
    assert run("survey", "ingest", csv, "--into", source).code == 0
    html = run("assess", source, "-f", "html", "--lang", lang).out
    assert t("fw.report.title", lang) in html and t("fw.report.alpha", lang) in html
    assert t("fw.report.disagreement", lang) in html  # equity: 4, 3, 2
    assert "K-01 (puskesmas, bidan)" in html
    assert html.count('class="fieldwork-verdicts"') == 1


def test_relation_answers_round_trip_and_decide(tmp_path: Path) -> None:
    """The facts Sulistiyani's second typology and Frey's levels read are asked, ingested, aggregated."""
    source = write(tmp_path, SKELETON, "contoh.yaml")
    form = tmp_path / "kuesioner.xlsx"
    made = run("survey", "form", source, "-o", form, "--rubric", "frey-2006")
    assert made.code == 0, made.err
    answers = [
        {"informant": "K-01", "organisation": "puskesmas", "relation_subordinated": "no",
         "relation_communication": "frequent", "relation_decisions": "consensus", "relation_resources": "some"},
        {"informant": "K-02", "organisation": "desa", "relation_subordinated": "no",
         "relation_communication": "prioritised", "relation_decisions": "all-members",
         "relation_resources": "unknown"},
    ]  # fmt: skip
    csv = tmp_path / "export.csv"
    csv.write_text(export(form, answers, "kobo"), encoding="utf-8")
    result = run("survey", "ingest", csv, "--into", source)
    assert result.code == 0, result.err
    assert "ignored" not in result.err
    text = source.read_text(encoding="utf-8")
    assert "relation:" in text and "subordinated:" in text and "value: consensus" in text
    data = json.loads(run("assess", source, "-f", "json", "--rubric", "frey-2006").out)
    by_id = {a["rubric"]["id"]: a for a in data["assessments"]}
    # not subordinated, a joint vision and mission: linear collaborative
    assert by_id["sulistiyani-union"]["verdict"] == "linear-collaborative"
    items = {i["path"]: i for i in data["fieldwork"]["items"]}
    decisions = items["relation.decisions.value"]
    assert (decisions["median"], decisions["minimum"], decisions["used"]) == (
        "all-members",
        "all-members",
        "all-members",
    )
    assert items["relation.resources.value"]["n"] == 1  # "don't know" is not an answer
    again = run("survey", "ingest", csv, "--into", source)  # the same export again adds nothing
    assert again.code == 0 and source.read_text(encoding="utf-8") == text
