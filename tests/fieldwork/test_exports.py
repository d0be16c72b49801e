"""Every layout KoboToolbox and ODK Central export for the questionnaire reads to the same answers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run, sha, write
from tests.fieldwork.exports import central_csv, kobo_csv, kobo_xlsx
from tests.fieldwork.test_ingest import ANSWERS

pytest.importorskip("openpyxl")
pytest.importorskip("ruamel.yaml")


def facts(source: Path) -> dict[str, Any]:
    """What the assessment reads from the ingested answers (a layout must not change any of it)."""
    from kemitraan.loader import load_partnership

    data = json.loads(run("assess", source, "-f", "json").out)
    fw = data["fieldwork"]
    p, _, _ = load_partnership(source)
    return {
        "informants": [i["informant"] for i in fw["informants"]],
        "items": {i["path"]: [a["value"] for a in i["answers"]] for i in fw["items"]},
        "participation": [ph["participation"] for ph in data["programs"][0]["phases"]],
        "capacity": [
            (c.from_, c.to, c.what, [e.quote for e in c.evidence]) for c in p.capacity_building or ()
        ],
    }


def ingest(source: Path, export: Path, *args: str) -> Any:
    result = run("survey", "ingest", export, "--into", source, *args)
    assert result.code == 0, result.err
    return result


@pytest.fixture
def reference(fieldwork: tuple[Path, Path], tmp_path: Path) -> dict[str, Any]:
    """The facts from KoboToolbox's default CSV layout."""
    source, form = fieldwork
    copy = tmp_path / "reference.yaml"
    copy.write_bytes(source.read_bytes())
    export = tmp_path / "reference.csv"
    export.write_bytes(kobo_csv(form, ANSWERS))
    ingest(copy, export)
    return facts(copy)


LAYOUTS = {
    "kobo, groups in headers, '/'": lambda form: kobo_csv(form, ANSWERS),
    "kobo, group separator '.'": lambda form: kobo_csv(form, ANSWERS, group_sep="."),
    "kobo, group separator '%'": lambda form: kobo_csv(form, ANSWERS, group_sep="%"),
    "kobo, group separator ' > '": lambda form: kobo_csv(form, ANSWERS, group_sep=" > "),
    "kobo, no groups in headers": lambda form: kobo_csv(form, ANSWERS, hierarchy=False),
    "kobo, no groups, separator '.'": lambda form: kobo_csv(form, ANSWERS, hierarchy=False, group_sep="."),
    "kobo, multiple choices as 1/0 columns only": lambda form: kobo_csv(form, ANSWERS, multiple="details"),
    "kobo, '.', 1/0 columns only": lambda form: kobo_csv(form, ANSWERS, group_sep=".", multiple="details"),
    "kobo, multiple choices as one column only": lambda form: kobo_csv(form, ANSWERS, multiple="summary"),
    "kobo, before meta/rootUuid": lambda form: kobo_csv(form, ANSWERS, root_uuid=False),
    "central": lambda form: central_csv(form, ANSWERS),
    "central, split select multiples": lambda form: central_csv(form, ANSWERS, split=True),
    "central, no group names": lambda form: central_csv(form, ANSWERS, group_paths=False),
    "central, no group names, split": lambda form: central_csv(form, ANSWERS, group_paths=False, split=True),
    "central, UTF-16LE without BOM": lambda form: central_csv(form, ANSWERS).decode().encode("utf-16-le"),
    "central, UTF-16 with BOM": lambda form: central_csv(form, ANSWERS).decode().encode("utf-16"),
    "kobo, UTF-8 with BOM": lambda form: b"\xef\xbb\xbf" + kobo_csv(form, ANSWERS),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_every_csv_layout_gives_the_same_facts(
    fieldwork: tuple[Path, Path], tmp_path: Path, reference: dict[str, Any], layout: str
) -> None:
    source, form = fieldwork
    export = tmp_path / "export.csv"
    export.write_bytes(LAYOUTS[layout](form))
    result = ingest(source, export)
    assert "3 submissions added" in result.err
    assert "ignored" not in result.err, result.err  # no question left behind, no note listed as unknown
    assert facts(source) == reference


def test_the_multiple_choices_in_1_0_columns_are_not_dropped(
    fieldwork: tuple[Path, Path], tmp_path: Path
) -> None:
    source, form = fieldwork
    export = tmp_path / "details.csv"
    export.write_bytes(kobo_csv(form, ANSWERS, group_sep=".", multiple="details"))
    result = ingest(source, export)
    assert "groups separated by '.'" in result.err and "multiple choices as 1/0 columns" in result.err
    text = source.read_text(encoding="utf-8")
    assert "- from: desa\n    to: puskesmas\n    what: kader aktif" in text
    assert "- from: puskesmas\n    to: desa\n    what: pelatihan kader" in text


@pytest.mark.parametrize("as_text", [True, False], ids=["numbers as text", "numbers as numbers"])
def test_kobo_xlsx_export_is_ingested(
    fieldwork: tuple[Path, Path], tmp_path: Path, reference: dict[str, Any], as_text: bool
) -> None:
    source, form = fieldwork
    export = kobo_xlsx(form, ANSWERS, tmp_path / "export.xlsx", as_text=as_text)
    result = ingest(source, export)
    assert "KoboToolbox XLSX export" in result.err and "YAML" not in result.err
    assert facts(source) == reference
    assert "submitted: '2024-05-01T08:11:30Z'" in source.read_text(encoding="utf-8")


def test_kobo_xlsx_with_1_0_columns_and_a_dot(
    fieldwork: tuple[Path, Path], tmp_path: Path, reference: dict[str, Any]
) -> None:
    source, form = fieldwork
    export = kobo_xlsx(form, ANSWERS, tmp_path / "e.xlsx", as_text=False, group_sep=".", multiple="details")
    ingest(source, export)
    assert facts(source) == reference


def test_an_export_with_labels_is_still_refused(fieldwork: tuple[Path, Path], tmp_path: Path) -> None:
    source, _ = fieldwork
    export = write(
        tmp_path, '"Organisasi Anda";"Jabatan atau peran Anda"\r\n"Puskesmas";"bidan"\r\n', "l.csv"
    )
    result = run("survey", "ingest", export, "--into", source)
    assert result.code == 2 and "XML values and headers" in result.err


def test_submission_times_are_written_in_one_form(fieldwork: tuple[Path, Path], tmp_path: Path) -> None:
    source, form = fieldwork
    kobo = tmp_path / "kobo.csv"
    kobo.write_bytes(kobo_csv(form, [ANSWERS[0]]))
    central = tmp_path / "central.csv"
    central.write_bytes(central_csv(form, [dict(ANSWERS[1], _version="e2", _time="2024-05-02T09:12:30")]))
    ingest(source, kobo)
    ingest(source, central)
    text = source.read_text(encoding="utf-8")
    assert "submitted: '2024-05-01T08:11:30Z'" in text  # Kobo: UTC without a zone
    assert "submitted: '2024-05-02T09:12:30Z'" in text  # Central: milliseconds and Z
    assert ".000Z" not in text


def test_the_ignored_columns_note_names_only_foreign_columns(
    fieldwork: tuple[Path, Path], tmp_path: Path
) -> None:
    source, form = fieldwork
    raw = central_csv(form, ANSWERS[:1]).decode()
    header, row = raw.rstrip("\n").split("\n")
    export = tmp_path / "extra.csv"
    export.write_text(f"{header},respondent-hobby\n{row},catur\n", encoding="utf-8")
    result = ingest(source, export)
    ignored = [line for line in result.err.splitlines() if line.startswith("kemitraan: ignored")]
    assert ignored == ["kemitraan: ignored 1 column that is not in the questionnaire: respondent-hobby"]


def test_an_xlsx_that_is_not_an_export_is_a_clear_error(fieldwork: tuple[Path, Path], tmp_path: Path) -> None:
    import zipfile

    source, _ = fieldwork
    before = sha(source)
    bogus = tmp_path / "x.xlsx"
    with zipfile.ZipFile(bogus, "w") as z:
        z.writestr("hello.txt", "hi")
    result = run("survey", "ingest", bogus, "--into", source)
    assert result.code == 2 and "not an Excel workbook" in result.err and "YAML" not in result.err
    assert sha(source) == before
