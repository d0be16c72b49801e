"""Every file of tests/hostile/ through validate and assess, as its README table says:
exit 2 with a located message, or exit 0 with the Notoatmodjo verdict; never a traceback."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kemitraan.cli import app

CORPUS = Path(__file__).resolve().parent / "hostile"
ROW = re.compile(r"^\| `(?P<file>[^`]+)` \| (?P<exit>[02]) \| (?P<where>[^|]+?) \| (?P<what>[^|]+) \|$")
TABLE = {
    m["file"]: (int(m["exit"]), m["where"], m["what"])
    for m in map(ROW.match, (CORPUS / "README.md").read_text(encoding="utf-8").splitlines())
    if m
}


def test_every_file_has_a_row_and_every_row_a_file() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.name != "README.md"}
    assert files == set(TABLE)


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    assert "Traceback" not in result.stdout + result.stderr
    assert result.exit_code in (0, 2), result.stderr
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("name", sorted(TABLE))
def test_corpus_file(name: str) -> None:
    exit_code, where, _ = TABLE[name]
    path = str(CORPUS / name)
    outcomes = [
        invoke("validate", path),
        *(invoke("assess", path, "--format", f) for f in ("terminal", "md", "json")),
    ]
    assert [code for code, _, _ in outcomes] == [exit_code] * 4
    if exit_code == 2:
        prefix = f"{path}: " if where == "-" else f"{path}:{where}: "
        for _, out, err in outcomes:
            assert out == ""
            assert err.startswith(prefix), err
    else:
        assessments = {a["rubric"]["id"]: a for a in json.loads(outcomes[-1][1])["assessments"]}
        notoatmodjo = assessments["notoatmodjo-2010"]
        assert notoatmodjo["verdict"] == where
        if where == "insufficient-evidence":
            assert notoatmodjo["missing"], "says what is missing"
