"""kemitraan compare: what changed between two files, and verdict counts per group."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import EXAMPLES, run, write

OVER_TIME = EXAMPLES / "over-time"
BEFORE, AFTER = OVER_TIME / "mekar-2019.yaml", OVER_TIME / "mekar-2023.yaml"


def comparison(*extra: str) -> dict[str, Any]:
    result = run("compare", BEFORE, AFTER, "--format", "json", *extra)
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert isinstance(data, dict)
    return data


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        ("en", "Joint phases in 2019: planning; in 2023: planning, implementation."),
        ("id", "Tahap yang dikerjakan bersama pada 2019: perencanaan; pada 2023: perencanaan, pelaksanaan."),
    ],
)
def test_the_longitudinal_view_in_both_languages(lang: str, sentence: str) -> None:
    result = run("compare", BEFORE, AFTER, "--lang", lang)
    assert result.code == 0, result.err
    assert sentence in result.out
    assert "2019 (mekar-2019.yaml) → 2023 (mekar-2023.yaml)" in result.out


def test_verdict_changes() -> None:
    c = comparison()
    assert [(v["rubric"], v["before"], v["after"], v["changed"]) for v in c["verdicts"]] == [
        ("notoatmodjo-2010", "model-1", "model-1", False),
        ("sulistiyani-2017", "pseudo", "mutualism", True),
        ("sulistiyani-union", "insufficient-evidence", "insufficient-evidence", False),
        ("principles", "moderate", "strong", True),
    ]
    assert c["schema"] == "kemitraan-comparison/1"
    assert (c["before"]["label"], c["after"]["label"]) == ("2019", "2023")


def test_only_changed_criteria_are_listed() -> None:
    changed = {(x["rubric"], x["criterion"]): (x["before"], x["after"]) for x in comparison()["criteria"]}
    assert changed[("notoatmodjo-2010", "implementation-joint")] == (False, True)
    assert ("notoatmodjo-2010", "planning-joint") not in changed  # joint in both years
    assert all(before != after for before, after in changed.values())


def test_participation_by_phase_and_partner() -> None:
    (program,) = comparison()["programs"]
    assert program["status"] == "both"
    assert (program["joint_before"], program["joint_after"]) == (["planning"], ["planning", "implementation"])
    phases = {p["phase"]: p for p in program["phases"]}
    assert not phases["planning"]["changed"]
    implementation = {x["partner"]: (x["before"], x["after"]) for x in phases["implementation"]["levels"]}
    assert implementation == {"puskesmas": ("lead", "active"), "desa": ("informed", "lead")}
    assert (phases["implementation"]["joint_before"], phases["implementation"]["joint_after"]) == (
        False,
        True,
    )


def test_principle_scores_and_means() -> None:
    c = comparison()
    scores = {p["principle"]: (p["before"], p["after"]) for p in c["principles"]}
    assert scores["equity"] == (2, 3) and scores["efficiency"] == (3, 3)
    assert (c["mean_before"], c["mean_after"]) == (2.5, 3.5)


def test_programs_added_and_removed(tmp_path: Path) -> None:
    head = "schema: kemitraan/1\nid: p\ntitle: P\npartners: [{id: a, name: A}, {id: b, name: B}]\n"
    a = write(
        tmp_path, head + "programs: [{id: old, name: Old, planning: {participation: {a: lead}}}]\n", "a.yaml"
    )
    b = write(
        tmp_path, head + "programs: [{id: new, name: New, planning: {participation: {a: lead}}}]\n", "b.yaml"
    )
    result = run("compare", a, b, "--lang", "en", "-f", "md")
    assert result.code == 0, result.err
    assert "- Old: no longer run in b.yaml." in result.out
    assert "- New: a new program in b.yaml." in result.out
    assert "### New (new)" in result.out


def test_a_file_compared_with_itself_changes_nothing() -> None:
    result = run("compare", EXAMPLES / "benan.yaml", EXAMPLES / "benan.yaml", "--lang", "en", "-f", "md")
    assert result.code == 0
    assert "still Model I: networking" in result.out
    assert "No criterion changed." in result.out
    assert "**changed**" not in result.out


@pytest.mark.parametrize(
    ("fmt", "start"), [("md", "# Perbandingan"), ("html", "<!DOCTYPE html>"), ("json", "{")]
)
def test_formats_and_output_file(tmp_path: Path, fmt: str, start: str) -> None:
    target = tmp_path / f"c.{fmt}"
    result = run("compare", BEFORE, AFTER, "-o", target)
    assert result.code == 0 and result.out == "" and f"wrote {target}" in result.err
    assert target.read_text(encoding="utf-8").startswith(start)


def test_html_escapes_what_the_files_say(tmp_path: Path) -> None:
    head = "schema: kemitraan/1\nid: p\npartners: [{id: a, name: '<script>x</script>'}]\n"
    a = write(tmp_path, head + "title: '<b>T</b>'\n", "a.yaml")
    result = run("compare", a, a, "-f", "html")
    assert result.code == 0, result.err
    assert "<b>T</b>" not in result.out and "&lt;b&gt;T&lt;/b&gt;" in result.out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{before}"], "give two partnership files"),
        (["{before}", "{before}", "{after}"], "give two partnership files"),
        (["{before}", "{after}", "--format", "csv"], "--format: expected one of"),
        (["{before}", "--by", "island"], "--by: expected one of"),
        (["{before}", "{after}", "-o", "{tmp}/c.csv"], "no report format has the extension '.csv'"),
    ],
)
def test_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    filled = [a.format(before=BEFORE, after=AFTER, tmp=tmp_path) for a in args]
    result = run("compare", *filled)
    assert result.code == 2 and message in result.err


def test_a_bad_file_is_a_located_error(tmp_path: Path) -> None:
    bad = write(tmp_path, "schema: kemitraan/1\nid: x\n", "bad.yaml")
    result = run("compare", BEFORE, bad)
    assert result.code == 2 and f"{bad}" in result.err and "required field" in result.err


# --- per group -------------------------------------------------------------------------------------


def grouped_cases(tmp_path: Path) -> Path:
    root = tmp_path / "cases"
    root.mkdir()
    text = (EXAMPLES / "benan.yaml").read_text(encoding="utf-8")
    for i, regency in enumerate(["Lingga", "Bintan", "Lingga"]):
        (root / f"b{i}.yaml").write_text(
            text.replace("regency: Lingga", f"regency: {regency}"), encoding="utf-8"
        )
    shutil.copyfile(EXAMPLES / "posyandu-illustrative.yaml", root / "posyandu.yaml")  # regency: Contoh
    (root / "nowhere.yaml").write_text(text.replace("  regency: Lingga\n", ""), encoding="utf-8")
    return root


def test_verdict_counts_per_regency(tmp_path: Path) -> None:
    result = run("compare", grouped_cases(tmp_path), "--by", "regency", "-f", "json")
    assert result.code == 0, result.err
    g = json.loads(result.out)
    assert g["schema"] == "kemitraan-groups/1" and g["by"] == "regency"
    assert [(x["key"], x["files"]) for x in g["groups"]] == [
        ("Bintan", 1),
        ("Contoh", 1),
        ("Lingga", 2),
        (None, 1),  # not recorded: last
    ]
    lingga = g["groups"][2]["counts"]
    assert lingga["notoatmodjo-2010"] == {"model-1": 2}
    assert g["groups"][1]["counts"]["notoatmodjo-2010"] == {"model-2": 1}


def test_group_table_as_csv_for_spreadsheets(tmp_path: Path) -> None:
    result = run("compare", grouped_cases(tmp_path), "--by", "regency", "-f", "csv")
    assert result.code == 0
    assert result.out.startswith("\ufeffregency,files,notoatmodjo-2010.neither,notoatmodjo-2010.model-1,")
    rows = list(csv.DictReader(io.StringIO(result.out.lstrip("\ufeff"), newline="")))
    assert [(r["regency"], int(r["files"]), int(r["notoatmodjo-2010.model-1"])) for r in rows] == [
        ("Bintan", 1, 1),
        ("Contoh", 1, 0),
        ("Lingga", 2, 2),
        ("", 1, 1),
    ]


@pytest.mark.parametrize(
    ("lang", "title", "none"),
    [
        ("en", "# Verdicts by regency", "(not recorded)"),
        ("id", "# Hasil per kabupaten/kota", "(tidak tercatat)"),
    ],
)
def test_group_table_in_markdown(tmp_path: Path, lang: str, title: str, none: str) -> None:
    result = run("compare", grouped_cases(tmp_path), "--by", "regency", "-f", "md", "--lang", lang)
    assert result.code == 0
    assert result.out.startswith(title)
    assert "| Lingga | 0 (0%) | 2 (100%) | 0 (0%) | 0 (0%) | 2 |" in result.out  # neither, I, II, ?
    assert f"| {none} |" in result.out


def test_group_table_terminal_and_html(tmp_path: Path) -> None:
    root = grouped_cases(tmp_path)
    terminal = run("compare", root, "--by", "province", "--jobs", "2")
    assert terminal.code == 0 and "Verdicts by province" in terminal.out and "Kepulauan Riau" in terminal.out
    html = run("compare", root, "--by", "folder", "-f", "html")
    assert html.code == 0 and html.out.startswith("<!DOCTYPE html>") and root.as_posix() in html.out


def test_failed_files_are_listed_and_not_counted(tmp_path: Path) -> None:
    root = grouped_cases(tmp_path)
    (root / "broken.yaml").write_text("schema: kemitraan/1\nid: [\n", encoding="utf-8")
    result = run("compare", root, "--by", "regency", "-f", "md")
    assert result.code == 2
    assert f"{root / 'broken.yaml'}:3:1: invalid YAML" in result.err
    assert "1 file could not be assessed and is not counted." in result.out
    assert sum(int(x) for x in __import__("re").findall(r"\| (\d+) \|\n", result.out)) >= 5


def test_names_from_files_are_never_read_as_terminal_markup(tmp_path: Path) -> None:
    head = "schema: kemitraan/1\nid: p\ntitle: '[bold red]T[/]'\npartners: [{id: a, name: '[link=http://x]A[/link]'}]\n"
    program = "programs: [{id: x, name: '[blink]X[/]', planning: {participation: {a: lead}}}]\n"
    a = write(tmp_path, head + program + "place: {regency: '[reverse]R[/]'}\n", "a.yaml")
    two = run("compare", a, a, "--lang", "en")
    assert two.code == 0, two.err
    for text in ("[bold red]T[/]", "[link=http://x]A[/link]", "[blink]X[/]"):
        assert text in two.out
    grouped = run("compare", tmp_path, "--by", "regency")
    assert grouped.code == 0 and "[reverse]R[/]" in grouped.out
    batch = run("assess", tmp_path, "-o", tmp_path / "out")
    assert batch.code == 0 and "\x1b" not in batch.err


# --- two files that may not be one partnership ----------------------------------------------------

BENAN = EXAMPLES / "benan.yaml"


def test_two_different_partnerships_are_warned_about() -> None:
    result = run("compare", BENAN, AFTER, "--lang", "en")
    assert result.code == 0
    assert result.err.splitlines() == [
        "kemitraan: warning: The two files have different ids: benan-p2tp2a and mekar-posyandu-illustrative.",
        "kemitraan: warning: The partners differ: only in the first file: Pusat Pelayanan Terpadu Pemberdayaan Perempuan dan Anak"
        " (P2TP2A),"
        " Pemerintah Desa Benan; only in the second: Puskesmas Contoh, Pemerintah Desa Mekar.",
    ]
    assert "The two files may not be the same partnership" in result.out
    data = json.loads(run("compare", BENAN, AFTER, "-f", "json").out)
    assert len(data["warnings"]) == 2 and set(data["warnings"][0]) == {"id", "en"}
    for fmt in ("md", "html"):
        text = run("compare", BENAN, AFTER, "-f", fmt, "--lang", "id").out
        assert "Kedua berkas mungkin bukan kemitraan yang sama" in text
        assert "Kedua berkas memiliki id yang berbeda: benan-p2tp2a dan mekar-posyandu-illustrative." in text


def test_a_partner_who_joins_is_warned_about_even_with_the_same_id(tmp_path: Path) -> None:
    later = tmp_path / "later.yaml"
    text = AFTER.read_text(encoding="utf-8")
    later.write_text(
        text.replace("partners:\n", "partners:\n  - {id: ngo, name: Yayasan Baru, kind: ngo}\n", 1),
        encoding="utf-8",
    )
    result = run("compare", AFTER, later, "--lang", "en")
    assert result.code == 0, result.err
    assert result.err == (
        "kemitraan: warning: The partners differ: only in the first file: none; only in the second: Yayasan Baru.\n"
    )


def test_one_partnership_over_time_gets_no_warning() -> None:
    result = run("compare", BEFORE, AFTER)
    assert result.code == 0 and result.err == ""
    assert json.loads(run("compare", BEFORE, AFTER, "-f", "json").out)["warnings"] == []


@pytest.mark.parametrize(
    ("before", "after", "lang", "title"),
    [
        (
            BEFORE,
            AFTER,
            "id",
            "Perbandingan 2019 dan 2023 — Ilustrasi: Puskesmas dan Pemerintah Desa Mekar dalam posyandu balita",
        ),
        (
            BEFORE,
            AFTER,
            "en",
            "Comparison of 2019 and 2023 — Ilustrasi: Puskesmas dan Pemerintah Desa Mekar dalam posyandu balita",
        ),
        (
            BENAN,
            AFTER,
            "en",
            "Comparison of Kemitraan P2TP2A dengan Pemerintah Desa Benan dalam pemberdayaan dan perlindungan anak with Ilustrasi: Puskesmas dan Pemerintah Desa Mekar dalam posyandu balita",
        ),
    ],
)
def test_the_title_names_both_sides(before: Path, after: Path, lang: str, title: str) -> None:
    md = run("compare", before, after, "-f", "md", "--lang", lang).out
    assert md.splitlines()[0] == f"# {title}"
    assert "Perbandingan: Ilustrasi" not in md and "Comparison: " not in md
    html = run("compare", before, after, "-f", "html", "--lang", lang).out
    assert f"<title>{title}</title>" in html.replace("&#39;", "'")
    terminal = run("compare", before, after, "--lang", lang).out
    assert " ".join(terminal.split()).startswith(title)


@pytest.mark.parametrize("args", [[str(BEFORE), str(AFTER)], [str(EXAMPLES), "--by", "regency"]])
def test_compare_and_group_pages_share_the_reports_style_sheet(args: list[str]) -> None:
    from kemitraan.loader import bundled_dir

    html = run("compare", *args, "-f", "html", "-j", "1").out
    css = (bundled_dir("templates") / "report.css").read_text(encoding="utf-8")
    assert css.strip() in html
    assert 'class="masthead"' in html and 'class="data"' in html and 'class="table-scroll"' in html
    assert "Content-Security-Policy" in html
