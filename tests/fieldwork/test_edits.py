"""Submissions keep their identity across edits and reviews: replaced in place, never counted twice."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run, sha
from tests.fieldwork.exports import central_csv, kobo_csv, uuid
from tests.fieldwork.test_ingest import ANSWERS

pytest.importorskip("openpyxl")
pytest.importorskip("ruamel.yaml")


def ingest(source: Path, tmp_path: Path, raw: bytes, *args: str, name: str = "export.csv") -> Any:
    export = tmp_path / name
    export.write_bytes(raw)
    result = run("survey", "ingest", export, "--into", source, *args)
    assert result.code == 0, result.err
    return result


def equity(source: Path) -> list[tuple[str, int]]:
    data = json.loads(run("assess", source, "-f", "json").out)
    item = next(i for i in data["fieldwork"]["items"] if i["path"] == "principles.equity.score")
    return [(a["informant"], a["value"]) for a in item["answers"]]


def informants(source: Path) -> list[str]:
    data = json.loads(run("assess", source, "-f", "json").out)
    return [i["informant"] for i in data["fieldwork"]["informants"]]


EDITED = dict(ANSWERS[0], score_equity="2", comment_equity="Sebenarnya belum setara")


def test_a_central_submission_edited_after_ingest_replaces_its_answers(
    fieldwork: tuple[Path, Path], tmp_path: Path
) -> None:
    source, form = fieldwork
    ingest(source, tmp_path, central_csv(form, ANSWERS))
    assert equity(source)[0] == ("K-01", 4)
    # KEY stays the original instance id; meta-instanceID is the new version's
    edited: list[dict[str, Any]] = [
        dict(EDITED, _version="e0000001-0000-4000-8000-000000000001", _root=uuid(1), _edits=1),
        *ANSWERS[1:],
    ]
    result = ingest(source, tmp_path, central_csv(form, edited), name="export-2.csv")
    assert (
        "0 submissions added" in result.err
        and "1 changed" in result.err
        and "2 already in the file" in result.err
    )
    assert (
        "-      - {informant: K-01, partner: puskesmas, role: bidan, submitted: '2024-05-01T08:11:30Z',"
        in result.out
    )
    assert (
        "+      - {informant: K-01, partner: puskesmas, role: bidan, submitted: '2024-05-01T08:11:30Z',"
        in result.out
    )
    assert "score: 2, comment: Sebenarnya belum setara}" in result.out
    assert equity(source) == [("K-01", 2), ("K-02", 3), (f"uuid:{uuid(3)}", 2)]  # in place, not added
    assert informants(source).count("K-01") == 1
    text = source.read_text(encoding="utf-8")
    assert text.count(f"submission: 'uuid:{uuid(1)}'") == 9  # every answer kept its identity
    assert text.count(f"source: 'export-2.csv, uuid:{uuid(1)}'") == 1  # and its capacity evidence
    before = sha(source)
    again = ingest(source, tmp_path, central_csv(form, edited), name="export-3.csv")
    assert again.out == "" and "3 already in the file" in again.err and sha(source) == before


def test_edited_again_between_ingests_is_still_the_same_submission(
    fieldwork: tuple[Path, Path], tmp_path: Path
) -> None:
    source, form = fieldwork
    v2 = dict(ANSWERS[0], _version="e2", _root=uuid(1), _edits=1)
    ingest(source, tmp_path, central_csv(form, [v2]))
    v4 = dict(EDITED, _version="e4", _root=uuid(1), _deprecated="e3", _edits=3)
    result = ingest(source, tmp_path, central_csv(form, [v4], deprecated_column=True), name="later.csv")
    assert "1 changed" in result.err
    assert equity(source) == [("K-01", 2)]


def test_a_kobo_edit_is_found_by_its_root_uuid(fieldwork: tuple[Path, Path], tmp_path: Path) -> None:
    source, form = fieldwork
    ingest(source, tmp_path, kobo_csv(form, ANSWERS))
    # KoboToolbox gives the edit a new _uuid and keeps the first one in meta/rootUuid
    edited = [dict(EDITED, _version="e0000001-0000-4000-8000-000000000001", _root=uuid(1)), *ANSWERS[1:]]
    result = ingest(source, tmp_path, kobo_csv(form, edited), name="kobo-2.csv")
    assert "1 changed" in result.err
    assert equity(source)[0] == ("K-01", 2) and informants(source).count("K-01") == 1


def test_an_edit_the_export_cannot_link_is_left_out_not_counted_twice(
    fieldwork: tuple[Path, Path], tmp_path: Path
) -> None:
    source, form = fieldwork
    ingest(source, tmp_path, kobo_csv(form, ANSWERS, root_uuid=False))
    # an older KoboToolbox export: the edit has a new _uuid and nothing that names the first one
    edited = [
        dict(
            EDITED,
            _version="e0000001-0000-4000-8000-000000000001",
            _root="e0000001-0000-4000-8000-000000000001",
        ),
        *ANSWERS[1:],
    ]
    result = ingest(source, tmp_path, kobo_csv(form, edited, root_uuid=False), name="old-kobo.csv")
    assert "0 submissions added" in result.err
    assert (
        "left out uuid:e0000001-0000-4000-8000-000000000001: informant K-01 already answered in submission"
        f" uuid:{uuid(1)}" in result.err
    )
    assert informants(source).count("K-01") == 1 and equity(source)[0] == ("K-01", 4)


def test_the_same_informant_twice_in_one_export_is_taken_once(
    fieldwork: tuple[Path, Path], tmp_path: Path
) -> None:
    source, form = fieldwork
    twice = [ANSWERS[0], dict(ANSWERS[0], score_equity="1")]
    result = ingest(source, tmp_path, central_csv(form, twice))
    assert "1 submission added" in result.err and f"left out uuid:{uuid(2)}: informant K-01" in result.err
    assert equity(source) == [("K-01", 4)]


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda form, a: central_csv(form, a), "rejected in ODK Central"),
        (lambda form, a: kobo_csv(form, a), "not approved in KoboToolbox"),
    ],
    ids=["central", "kobo"],
)
def test_rejected_submissions_are_left_out_and_listed_unless_asked_for(
    fieldwork: tuple[Path, Path], tmp_path: Path, make: Any, why: str
) -> None:
    source, form = fieldwork
    review = {"_review": "rejected", "_validation": "validation_status_not_approved"}
    given = [
        ANSWERS[0],
        dict(ANSWERS[1], **review),
        dict(ANSWERS[2], _validation="validation_status_approved"),
    ]
    result = ingest(source, tmp_path, make(form, given))
    assert "2 submissions added" in result.err
    assert f"left out uuid:{uuid(2)}: {why}" in result.err and "--include-rejected" in result.err
    assert "K-02" not in informants(source)
    again = ingest(source, tmp_path, make(form, given), "--include-rejected", name="again.csv")
    assert "1 submission added" in again.err and "K-02" in informants(source)


def test_a_submission_rejected_after_it_was_ingested_leaves_the_file(
    fieldwork: tuple[Path, Path], tmp_path: Path
) -> None:
    source, form = fieldwork
    ingest(source, tmp_path, central_csv(form, ANSWERS))
    later = [ANSWERS[0], dict(ANSWERS[1], _review="rejected"), ANSWERS[2]]
    result = ingest(source, tmp_path, central_csv(form, later), name="reviewed.csv")
    assert "1 submission rejected since it was ingested: its answers were removed" in result.err
    assert "K-02" not in informants(source) and "K-02" not in source.read_text(encoding="utf-8")
    assert "-      - {informant: K-02" in result.out
    data = json.loads(run("assess", source, "-f", "json").out)
    assert len(data["fieldwork"]["informants"]) == 2
