"""Exports from other people: bounded, located, never losing an update, never writing through a link."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import run, sha
from tests.fieldwork.exports import central_csv, kobo_csv, uuid
from tests.fieldwork.test_ingest import ANSWERS

pytest.importorskip("openpyxl")
pytest.importorskip("ruamel.yaml")


def test_a_million_row_export_stops_at_the_bound_fast(fieldwork: tuple[Path, Path], tmp_path: Path) -> None:
    source, _ = fieldwork
    export = tmp_path / "huge.csv"
    with export.open("w", encoding="utf-8") as handle:
        handle.write("SubmissionDate,respondent-organisation,principles-score_equity,KEY\n")
        handle.writelines(f",puskesmas,4,uuid:{i}\n" for i in range(1_000_000))
    before = sha(source)
    start = time.monotonic()
    result = run("survey", "ingest", export, "--into", source, "--dry-run")
    assert time.monotonic() - start < 30
    assert (
        result.code == 2 and "holds more than 5,000 submissions; kemitraan reads at most 5,000" in result.err
    )
    assert f"{export}:5002:" in result.err and "Traceback" not in result.err
    assert sha(source) == before


def test_answers_that_would_outgrow_a_partnership_file_are_refused(
    fieldwork: tuple[Path, Path], tmp_path: Path
) -> None:
    source, form = fieldwork
    long = "x" * 30_000
    given = [
        dict(ANSWERS[0], informant=f"K-{i}", comment_equity=long, _version=uuid(i) + f"{i}")
        for i in range(200)
    ]
    export = tmp_path / "big.csv"
    export.write_bytes(central_csv(form, given))
    before = sha(source)
    result = run("survey", "ingest", export, "--into", source)
    assert (
        result.code == 2 and "over the limit of 5 MiB for a partnership file; nothing written" in result.err
    )
    assert sha(source) == before


@pytest.mark.parametrize("char", ["\x1b", "\u202e", "\x07"])
def test_a_control_character_in_a_cell_is_reported_at_the_csv_line_and_column(
    fieldwork: tuple[Path, Path], tmp_path: Path, char: str
) -> None:
    source, form = fieldwork
    given = [ANSWERS[0], dict(ANSWERS[1], comment_equity=f"baris satu\nbaris {char}dua")]
    export = tmp_path / "c.csv"
    export.write_bytes(kobo_csv(form, given))
    result = run("survey", "ingest", export, "--into", source)
    assert result.code == 2, result.err
    # the header is line 1, the first submission line 2; the second starts on line 3 and its cell runs onto 4
    assert result.err.startswith(
        f"{export}:4: column 'principles/comment_equity': holds the control character U+"
    )
    assert "Traceback" not in result.err


def test_a_utf16le_export_without_bom_is_recognised(fieldwork: tuple[Path, Path], tmp_path: Path) -> None:
    source, form = fieldwork
    export = tmp_path / "u16.csv"
    export.write_bytes(kobo_csv(form, ANSWERS).decode().encode("utf-16-le"))
    result = run("survey", "ingest", export, "--into", source)
    assert result.code == 0 and "3 submissions added" in result.err


def test_a_latin1_export_is_a_clear_message(fieldwork: tuple[Path, Path], tmp_path: Path) -> None:
    source, form = fieldwork
    export = tmp_path / "l1.csv"
    export.write_bytes(kobo_csv(form, [dict(ANSWERS[0], role="kepala désa")]).decode().encode("latin-1"))
    result = run("survey", "ingest", export, "--into", source)
    assert result.code == 2 and f"{export}:2: is not UTF-8 text: the byte 0xe9 cannot be read" in result.err


@pytest.mark.parametrize("text", ["? apa benar", ": ya", "?x", "- daftar", "a: b # c"])
def test_text_that_yaml_would_misread_is_quoted(
    fieldwork: tuple[Path, Path], tmp_path: Path, text: str
) -> None:
    from kemitraan.loader import load_partnership

    source, form = fieldwork
    export = tmp_path / "q.csv"
    export.write_bytes(kobo_csv(form, [dict(ANSWERS[0], comment_equity=text, benefits=text)]))
    result = run("survey", "ingest", export, "--into", source)
    assert result.code == 0, result.err
    p, _, _ = load_partnership(source)
    assert p.principles is not None and p.principles.equity is not None
    assert p.principles.equity.ratings[0].comment == text
    assert p.partners[0].reports[0].benefits == [text]


def test_into_through_a_symlink_writes_its_target(fieldwork: tuple[Path, Path], tmp_path: Path) -> None:
    source, form = fieldwork
    link = tmp_path / "link.yaml"
    link.symlink_to(source)
    export = tmp_path / "e.csv"
    export.write_bytes(central_csv(form, ANSWERS))
    result = run("survey", "ingest", export, "--into", link)
    assert result.code == 0, result.err
    assert link.is_symlink() and os.readlink(link) == str(source)
    assert "submission: 'uuid:" in source.read_text(encoding="utf-8")


CONCURRENT = """
import sys
from kemitraan.cli import main
sys.argv = ["kemitraan", "survey", "ingest", sys.argv[1], "--into", sys.argv[2]]
main()
"""


def test_concurrent_ingests_into_one_file_keep_every_submission(
    fieldwork: tuple[Path, Path], tmp_path: Path
) -> None:
    from kemitraan.loader import load_partnership

    source, form = fieldwork
    pristine = source.read_bytes()
    exports = []
    for i in range(4):
        given = [dict(ANSWERS[0], informant=f"P-{i}", _version=f"{i:08d}-1111-4111-8111-111111111111")]
        path = tmp_path / f"e{i}.csv"
        path.write_bytes(central_csv(form, given))
        exports.append(path)
    script = tmp_path / "ingest.py"
    script.write_text(CONCURRENT, encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for trial in range(8):
        source.write_bytes(pristine)
        procs = [
            subprocess.Popen(
                [sys.executable, str(script), str(e), str(source)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for e in exports
        ]
        outcomes = [(p.wait(timeout=120), p.stderr.read().decode() if p.stderr else "") for p in procs]
        assert all(code == 0 for code, _ in outcomes), outcomes
        p, _, _ = load_partnership(source)
        assert p.principles is not None and p.principles.equity is not None
        codes = sorted({r.informant for r in p.principles.equity.ratings})
        assert codes == ["P-0", "P-1", "P-2", "P-3"], f"trial {trial}: {codes}"
