"""The summary file: one typed row per partnership, as CSV (for spreadsheets) and JSON Lines."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

from kemitraan.loader import load_rubrics
from kemitraan.pipeline import assess_path
from kemitraan.summary import columns, variable, variables
from tests.conftest import EXAMPLES, run

NUMBER_COLUMNS = ("period_from", "period_to", "partners", "programs", "principles_mean", "principles_scored")


def summary_of(tmp_path: Path, name: str, *extra: str) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir(exist_ok=True)
    for example in EXAMPLES.glob("*.yaml"):
        shutil.copyfile(example, folder / example.name)
    target = tmp_path / name
    result = run("assess", folder, "--summary", target, *extra)
    assert result.code == 0, result.err
    assert f"wrote {target}" in result.err
    return target


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_opens_in_spreadsheets_utf8_with_bom_and_crlf(tmp_path: Path) -> None:
    raw = summary_of(tmp_path, "s.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbffile,id,title,")
    assert raw.count(b"\r\n") == 4 and b"\n" not in raw.replace(b"\r\n", b"")


def test_csv_has_one_row_per_partnership_with_every_column(tmp_path: Path) -> None:
    rows = read_csv(summary_of(tmp_path, "s.csv"))
    assert list(rows[0]) == variables(columns(load_rubrics()))
    assert [r["id"] for r in rows] == [
        "benan-p2tp2a",
        "bumdes-nelayan-illustrative",
        "sukamaju-stunting-illustrative",
    ]
    benan = rows[0]
    assert (benan["village"], benan["regency"], benan["period_from"], benan["period_to"]) == (
        "Benan",
        "Lingga",
        "",  # the study gives no period
        "",
    )
    assert benan["notoatmodjo_2010_verdict"] == "model-1"
    assert benan["error"] == ""


def test_csv_numbers_parse_as_numbers_and_missing_values_are_empty(tmp_path: Path) -> None:
    rows = read_csv(summary_of(tmp_path, "s.csv"))
    numeric = [c for c in rows[0] if c in NUMBER_COLUMNS or "_sup" in c or c.endswith("_margin")]
    numeric += [c for c in rows[0] if c.startswith("score_")]
    for r in rows:
        for column in numeric:
            assert r[column] == "" or float(r[column]) == float(r[column]), (column, r[column])
        for column in ("partners", "programs", "principles_scored"):
            assert r[column].isdigit()


def test_what_is_not_known_is_an_empty_cell(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "p.yaml").write_text(
        "schema: kemitraan/1\nid: p\ntitle: Tanpa skor\npartners: [{id: a, name: A}, {id: b, name: B}]\n",
        encoding="utf-8",
    )
    assert run("assess", folder, "--summary", tmp_path / "s.csv").code == 0
    (row,) = read_csv(tmp_path / "s.csv")
    assert row["principles_verdict"] == "insufficient-evidence"
    assert (row["principles_support"], row["principles_mean"], row["principles_scored"]) == ("", "", "0")
    assert (row["village"], row["period_from"], row["score_equity"]) == ("", "", "")
    assert row["programs"] == "0" and row["partners"] == "2"


def test_summary_values_are_those_of_the_full_assessment(tmp_path: Path) -> None:
    rows = read_csv(summary_of(tmp_path, "s.csv"))
    rubrics = load_rubrics()
    for r in rows:
        a = assess_path(tmp_path / "cases" / Path(r["file"]).name, rubrics)
        for ra in a.assessments:
            rid = ra.rubric.id
            assert r[variable(f"{rid}.verdict")] == ra.verdict
            assert float(r[variable(f"{rid}.margin")]) == ra.margin
            for c in ra.candidates:
                assert float(r[variable(f"{rid}.support.{c.verdict}")]) == c.support
        scores = {p.id: p.score for p in a.principles}
        assert {k: r[f"score_{k}"] for k in scores} == {
            k: "" if v is None else str(v) for k, v in scores.items()
        }
        principles = a.get("principles")
        assert principles is not None
        strong = next(c for c in principles.criteria if c.id == "mean-strong")
        assert (float(r["principles_mean"]) if r["principles_mean"] else None) == strong.value


def test_jsonl_has_the_same_keys_with_typed_values(tmp_path: Path) -> None:
    target = summary_of(tmp_path, "s.jsonl")
    raw = target.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = [json.loads(line) for line in raw.decode("utf-8").splitlines()]
    assert len(rows) == 3 and list(rows[0]) == variables(columns(load_rubrics()))
    benan, bumdes = rows[0], rows[1]
    assert benan["period_from"] is None and isinstance(benan["notoatmodjo_2010_support"], float)
    assert benan["partners"] == 2 and benan["error"] is None
    assert benan["principles_mean"] is None and benan["score_equity"] is None  # the study scores none
    assert bumdes["period_from"] == 2021
    assert isinstance(bumdes["principles_mean"], float) and bumdes["score_equity"] == 4


def test_csv_and_jsonl_agree(tmp_path: Path) -> None:
    csv_rows = read_csv(summary_of(tmp_path, "s.csv"))
    json_rows = [json.loads(x) for x in summary_of(tmp_path, "s.jsonl").read_text("utf-8").splitlines()]
    for c, j in zip(csv_rows, json_rows, strict=True):
        assert c == {k: "" if v is None else str(v) for k, v in j.items()}


def test_text_that_a_spreadsheet_would_run_as_a_formula_is_defused(tmp_path: Path) -> None:
    folder = tmp_path / "cases"
    folder.mkdir()
    text = (EXAMPLES / "benan.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "title: Kemitraan P2TP2A dengan Pemerintah Desa Benan dalam pemberdayaan dan perlindungan anak",
        "title: '=HYPERLINK(\"http://example.org\")'",
    )
    (folder / "p.yaml").write_text(text, encoding="utf-8")
    assert run("assess", folder, "--summary", tmp_path / "s.csv").code == 0
    assert run("assess", folder, "--summary", tmp_path / "s.jsonl").code == 0
    assert read_csv(tmp_path / "s.csv")[0]["title"] == '\'=HYPERLINK("http://example.org")'
    assert json.loads((tmp_path / "s.jsonl").read_text("utf-8"))["title"].startswith("=HYPERLINK")


def test_single_file_with_summary_writes_one_row(tmp_path: Path) -> None:
    target = tmp_path / "one.csv"
    result = run("assess", EXAMPLES / "benan.yaml", "--summary", target)
    assert result.code == 0 and result.out == ""
    assert [r["id"] for r in read_csv(target)] == ["benan-p2tp2a"]


def test_a_failed_run_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "s.csv"
    (tmp_path / "bad.yaml").write_text("schema: kemitraan/1\n", encoding="utf-8")
    result = run("assess", tmp_path / "bad.yaml", "--summary", target)
    assert result.code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "s.csv", "s.dictionary.csv"]
    assert read_csv(target)[0]["error"].startswith(str(tmp_path / "bad.yaml"))
