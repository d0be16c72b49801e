"""Many files at once: finding them, naming reports, partial failure, parallel runs, progress."""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kemitraan.batch import Source, discover, report_extension, report_names
from kemitraan.errors import Problem
from tests.conftest import EXAMPLES, run, sha
from tests.fieldwork.test_aggregate import HEAD, PROGRAM

if TYPE_CHECKING:
    from kemitraan.engine import LoadedRubric, Outcome
    from kemitraan.models.partnership import Partnership

BROKEN = "schema: kemitraan/1\nid: broken\ntitle: Broken\npartners:\n  - id: a\n    nam: A\n"


def cases(tmp_path: Path) -> Path:
    """cases/lingga/benan.yaml, cases/contoh/benan.yaml (same name, two folders), cases/contoh/bumdes.yaml."""
    root = tmp_path / "cases"
    for folder, name, example in (
        ("lingga", "benan.yaml", "benan.yaml"),
        ("contoh", "benan.yaml", "posyandu-illustrative.yaml"),
        ("contoh", "bumdes.yaml", "bumdes-illustrative.yaml"),
    ):
        (root / folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(EXAMPLES / example, root / folder / name)
    return root


def files_below(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["benan.yaml"], {"benan.yaml": "benan.md"}),
        (["a.yaml", "b.yml"], {"a.yaml": "a.md", "b.yml": "b.md"}),
        (["x.yaml", "x.yml"], {"x.yaml": "x.yaml.md", "x.yml": "x.yml.md"}),
        (["x.yaml", "x.md"], {"x.yaml": "x.yaml.md", "x.md": "x.md.md"}),  # x.md is an input
        (["notes.md.yaml"], {"notes.md.yaml": "notes.md.md"}),
    ],
)
def test_report_names_never_collide(names: list[str], expected: dict[str, str]) -> None:
    assert report_names(names, ".md") == expected
    assert not set(expected.values()) & set(names)


@pytest.mark.parametrize(
    "name", ["a.yaml", "a.b.yml", ".yaml", "..yaml", "...a", "a.", "a..yaml", "x", "a...b"]
)
def test_report_names_take_the_stem_pathlib_takes(name: str) -> None:
    from pathlib import PurePath

    from kemitraan.batch import _stem

    assert _stem(name) == PurePath(name).stem


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="pathlib interns path parts up to Python 3.11")
@pytest.mark.parametrize("reports", [False, True])
def test_a_batch_builds_no_path_object_per_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, reports: bool
) -> None:
    """Python 3.11's pathlib interns every part of every path it parses; a batch that read each
    file by a Path grew by about 1.2 MB more over 28,000 files (the interned table churning).
    So a batch reads each file, and writes its report, by plain strings."""
    import pathlib

    from kemitraan.batch import Spec, assess_one

    parsed: list[str] = []
    parse_args = pathlib.PurePath._parse_args.__func__  # type: ignore[attr-defined]

    def recording(cls: type, args: tuple[object, ...]) -> object:
        parsed.extend(str(a) for a in args)
        return parse_args(cls, args)

    stem = "village" + os.urandom(6).hex()
    folder = tmp_path / "regency"
    folder.mkdir()
    shutil.copyfile(EXAMPLES / "benan.yaml", folder / f"{stem}.yaml")
    out = tmp_path / "out"
    spec = Spec(rubrics=(), out_dir=str(out) if reports else None)
    source = Source(os.path.join(str(folder), f"{stem}.yaml"), os.path.join("regency", f"{stem}.md"))
    assess_one(spec, source)  # the rubrics loaded, the caches warm: what every later file meets
    monkeypatch.setattr(pathlib.PurePath, "_parse_args", classmethod(recording))
    result = assess_one(spec, source)
    monkeypatch.undo()
    assert result.error is None
    assert (out / "regency" / f"{stem}.md").is_file() == reports
    assert not [a for a in parsed if stem in a]


def test_discover_holds_a_folders_names_not_its_listing(tmp_path: Path) -> None:
    """While a folder's files are assessed, discovery holds their names, sorted, and nothing
    more for each: not the listing's entries with their stat results (about 1 KB a file, which
    made a batch of 3,500-file folders 3.6 MB larger than one of small folders)."""
    import tracemalloc

    folder = tmp_path / "regency"
    folder.mkdir()
    for k in range(2000):
        (folder / f"village-{k:05d}.yaml").touch()
    tracemalloc.start()
    try:
        found = discover([folder])
        first = next(found)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(first, Source) and first.file.endswith("village-00000.yaml")
    assert held < 2000 * 200, f"{held / 2000:.0f} bytes a file"
    assert len(list(found)) == 1999


def test_discover_walks_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    root = cases(tmp_path)
    (root / ".git").mkdir()
    (root / ".git" / "x.yaml").write_text("a: 1\n")
    (root / "contoh" / ".draft.yaml").write_text("a: 1\n")
    (root / "contoh" / "notes.txt").write_text("not a partnership\n")
    found = list(discover([root], ".md"))
    assert [(s.path.relative_to(root).as_posix(), str(s.report)) for s in found if isinstance(s, Source)] == [
        ("contoh/benan.yaml", "contoh/benan.md"),
        ("contoh/bumdes.yaml", "contoh/bumdes.md"),
        ("lingga/benan.yaml", "lingga/benan.md"),
    ]


def test_discover_reports_a_missing_path_and_goes_on(tmp_path: Path) -> None:
    root = cases(tmp_path)
    found = list(discover([tmp_path / "nope.yaml", root / "lingga"]))
    assert isinstance(found[0], Problem) and "no such file" in str(found[0])
    assert [s.path.name for s in found[1:] if isinstance(s, Source)] == ["benan.yaml"]


def test_discover_takes_each_file_once(tmp_path: Path) -> None:
    root = cases(tmp_path)
    found = list(discover([root, root / "lingga" / "benan.yaml", root / "lingga"]))
    assert len(found) == 3


def test_folder_gives_one_report_per_file_in_mirrored_folders(tmp_path: Path) -> None:
    root, out = cases(tmp_path), tmp_path / "reports"
    result = run("assess", root, "-o", out)
    assert result.code == 0, result.err
    assert files_below(out) == ["contoh/benan.md", "contoh/bumdes.md", "lingga/benan.md"]
    assert result.out == ""
    assert "3 of 3 files assessed" in result.err


def test_a_batch_report_is_byte_identical_to_the_single_file_report(tmp_path: Path) -> None:
    root, out = cases(tmp_path), tmp_path / "reports"
    assert run("assess", root, "-o", out, "-f", "json", "--lang", "en").code == 0
    for rel in ("lingga/benan", "contoh/bumdes"):
        single = tmp_path / "single.json"
        assert run("assess", root / f"{rel}.yaml", "-o", single, "--lang", "en").code == 0
        assert (out / f"{rel}.json").read_bytes() == single.read_bytes()


def test_files_given_one_by_one_share_their_folder(tmp_path: Path) -> None:
    root, out = cases(tmp_path), tmp_path / "reports"
    files = sorted((root / "contoh").glob("*.yaml"))
    assert run("assess", *files, "-o", out, "--format", "terminal").code == 0
    assert files_below(out) == ["benan.txt", "bumdes.txt"]


def test_one_bad_file_never_stops_the_others(tmp_path: Path) -> None:
    root, out = cases(tmp_path), tmp_path / "reports"
    (root / "contoh" / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    (root / "lingga" / "syntax.yml").write_text("id: [unclosed\n", encoding="utf-8")
    result = run("assess", root, "-o", out, "--summary", tmp_path / "s.csv", "--jobs", "2")
    assert result.code == 2
    assert files_below(out) == ["contoh/benan.md", "contoh/bumdes.md", "lingga/benan.md"]
    broken = str(root / "contoh" / "broken.yaml")
    assert f"{broken}:5:5: partners[0].name: required field 'name' is missing" in result.err
    assert f"{root / 'lingga' / 'syntax.yml'}:2:1: invalid YAML" in result.err
    assert "2 files could not be assessed" in result.err
    assert f"Files that failed: {broken}, {root / 'lingga' / 'syntax.yml'}" in result.err
    with (tmp_path / "s.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(Path(r["file"]).name, bool(r["error"])) for r in rows] == [
        ("benan.yaml", False),
        ("broken.yaml", True),
        ("bumdes.yaml", False),
        ("benan.yaml", False),
        ("syntax.yml", True),
    ]


def test_a_missing_path_is_an_error_but_the_rest_is_done(tmp_path: Path) -> None:
    root, out = cases(tmp_path), tmp_path / "reports"
    result = run("assess", tmp_path / "nope.yaml", root / "lingga", "-o", out)
    assert result.code == 2 and "nope.yaml: no such file or folder" in result.err
    assert files_below(out) == ["benan.md"]


def test_internal_error_in_one_file_exits_1_after_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kemitraan.engine

    real = kemitraan.engine.decide_rubric

    def flaky(p: Partnership, loaded: LoadedRubric) -> Outcome:
        if p.id == "benan-p2tp2a":
            raise RuntimeError("boom")
        return real(p, loaded)

    monkeypatch.setattr(kemitraan.engine, "decide_rubric", flaky)
    root, out = cases(tmp_path), tmp_path / "reports"
    result = run("assess", root, "-o", out, "--jobs", "1")
    assert result.code == 1
    assert "internal error: RuntimeError: boom" in result.err and "--debug" in result.err
    assert files_below(out) == ["contoh/benan.md", "contoh/bumdes.md"]


def test_inputs_are_never_overwritten(tmp_path: Path) -> None:
    root = tmp_path / "cases"
    root.mkdir()
    yaml_text = (EXAMPLES / "benan.yaml").read_bytes()
    (root / "p.yaml").write_bytes(yaml_text)
    (root / "p.json").write_bytes(yaml_text)  # JSON-named, but YAML inside: an input all the same
    before = {p.name: sha(p) for p in root.iterdir()}
    result = run("assess", root / "p.yaml", root / "p.json", "-o", root, "-f", "json")
    assert result.code == 0, result.err
    assert {p.name: sha(p) for p in root.iterdir() if p.name in before} == before
    assert sorted(p.name for p in root.iterdir()) == ["p.json", "p.json.json", "p.yaml", "p.yaml.json"]


def test_reports_next_to_the_inputs_leave_them_alone(tmp_path: Path) -> None:
    root = cases(tmp_path)
    before = {p: sha(p) for p in root.rglob("*.yaml")}
    assert run("assess", root, "-o", root).code == 0
    assert {p: sha(p) for p in root.rglob("*.yaml")} == before
    assert (root / "lingga" / "benan.md").is_file()


def test_jobs_do_not_change_the_output(tmp_path: Path) -> None:
    root = cases(tmp_path)
    (root / "contoh" / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"reports-{jobs}"
        summary = tmp_path / f"summary-{jobs}.jsonl"
        result = run("assess", root, "-o", out, "--summary", summary, "--jobs", jobs)
        assert result.code == 2
        messages = [line for line in result.err.splitlines() if "kemitraan: wrote" not in line]
        outputs.append(({p: sha(out / p) for p in files_below(out)}, summary.read_bytes(), messages))
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/reports.md"], "-o is a folder for the reports"),
        (["--summary", "{tmp}/summary.xls"], "ending in .csv, .jsonl, .xlsx, .sav (SPSS) or .dta (Stata)"),
        (["--format", "md"], "give -o FOLDER"),
        (["--jobs", "0"], "--jobs"),
    ],
)
def test_batch_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    result = run("assess", cases(tmp_path), *[a.format(tmp=tmp_path) for a in args])
    assert result.code == 2 and message in result.err
    assert not (tmp_path / "reports.md").exists()


def test_output_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "reports"
    target.write_text("mine\n")
    result = run("assess", cases(tmp_path), "-o", target)
    assert result.code == 2 and "-o is a folder" in result.err
    assert target.read_text() == "mine\n"


def test_end_table_counts_verdicts_in_the_chosen_language(tmp_path: Path) -> None:
    result = run("assess", cases(tmp_path), "--lang", "id")
    assert result.code == 0
    assert "3 dari 3 berkas dinilai" in result.err
    line = next(x for x in result.err.splitlines() if "Model I: jejaring kerja" in x)
    assert line.split()[-2:] == ["2", "67%"]  # benan and the BUMDes example


@pytest.mark.parametrize(
    "extra",
    [[], ["-o", "{tmp}/reports"], ["--summary", "{tmp}/s.csv"], ["-f", "html", "-o", "{tmp}/reports"]],
)
def test_a_folder_without_partnership_files_is_an_error(tmp_path: Path, extra: list[str]) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "notes.txt").write_text("not a partnership file", encoding="utf-8")
    result = run("assess", cases, *(a.format(tmp=tmp_path) for a in extra))
    assert result.code == 2
    assert result.err == (
        f"kemitraan: {cases}: no partnership files (*.yaml, *.yml) in it; "
        "give partnership files or a folder that holds them\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cases"]  # no report folder, no summary


def test_several_empty_folders_are_named_and_the_language_follows_lang(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    result = run("assess", tmp_path / "a", tmp_path / "b", "--lang", "id")
    assert result.code == 2
    assert result.err.startswith(f"kemitraan: {tmp_path / 'a'}, {tmp_path / 'b'}: tidak ada berkas kemitraan")


def test_compare_by_over_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    result = run("compare", tmp_path, "--by", "regency")
    assert result.code == 2 and "no partnership files" in result.err


def test_validate_takes_folders_as_assess_does(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    (cases / "lingga").mkdir(parents=True)
    (cases / "lingga" / "benan.yaml").write_bytes((EXAMPLES / "benan.yaml").read_bytes())
    (cases / "broken.yml").write_text("schema: kemitraan/1\nid: x\n", encoding="utf-8")
    (cases / "readme.txt").write_text("not read", encoding="utf-8")
    result = run("validate", cases)
    assert result.code == 2
    assert result.out == f"{cases / 'lingga' / 'benan.yaml'}: ok (benan-p2tp2a: 2 partners, 1 program)\n"
    assert str(cases / "broken.yml") in result.err and "readme" not in result.err + result.out
    assert run("validate", cases / "lingga").code == 0
    empty = run("validate", tmp_path / "cases" / "lingga" / "..", tmp_path / "nothing-here")
    assert empty.code == 2


def test_validate_of_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    result = run("validate", tmp_path)
    assert result.code == 2 and "no partnership files (*.yaml, *.yml)" in result.err


def test_single_file_keeps_printing_its_report() -> None:
    result = run("assess", EXAMPLES / "benan.yaml", "-f", "md")
    assert result.code == 0 and "\n# Kemitraan P2TP2A" in result.out.split("\n\n", 1)[0]


def _stderr_of(args: list[str], tty: bool, cwd: Path) -> bytes:
    """Run the CLI in a child process, its stderr a terminal (a pseudo-terminal) or a pipe."""
    command = [sys.executable, "-m", "kemitraan", *args]
    if not tty:
        return subprocess.run(command, cwd=cwd, capture_output=True, check=False).stderr
    import pty

    leader, follower = pty.openpty()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait()
    os.close(leader)
    return b"".join(chunks)


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    root = cases(tmp_path)
    on_tty = _stderr_of(["assess", str(root), "--jobs", "1"], tty=True, cwd=tmp_path)
    piped = _stderr_of(["assess", str(root), "--jobs", "1"], tty=False, cwd=tmp_path)
    assert b"3/3" in on_tty and b"\x1b[" in on_tty  # the bar's count, drawn with terminal codes
    assert b"3/3" not in piped and b"\x1b[" not in piped
    assert b"3 of 3 files assessed" in piped


FIELDWORK = (
    HEAD.lstrip()
    + PROGRAM
    + "principles:\n  equity: {ratings: [{informant: K1, score: 4}, {informant: K2, score: 2}, {informant: K3, score: 3}]}\n"
)


@pytest.mark.parametrize("aggregate", ["median", "min"])
def test_informants_answers_are_aggregated_as_for_a_single_file(tmp_path: Path, aggregate: str) -> None:
    root = tmp_path / "cases"
    root.mkdir()
    (root / "t.yaml").write_text(FIELDWORK, encoding="utf-8")
    shutil.copyfile(EXAMPLES / "benan.yaml", root / "benan.yaml")
    out, summary = tmp_path / "reports", tmp_path / "s.jsonl"
    result = run("assess", root, "-o", out, "-f", "json", "--summary", summary, "--aggregate", aggregate)
    assert result.code == 0, result.err
    single = tmp_path / "single.json"
    assert run("assess", root / "t.yaml", "-o", single, "--aggregate", aggregate).code == 0
    assert (out / "t.json").read_bytes() == single.read_bytes()
    data = json.loads(single.read_text(encoding="utf-8"))
    rows = {r["id"]: r for r in map(json.loads, summary.read_text(encoding="utf-8").splitlines())}
    assert rows["t"]["score_equity"] == (3 if aggregate == "median" else 2)
    for a in data["assessments"]:
        assert rows["t"][a["rubric"]["id"].replace("-", "_") + "_verdict"] == a["verdict"]


def test_workers_started_by_spawn_give_the_same_results(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS and Windows start workers afresh ("spawn"): everything they get must survive pickling."""
    import io

    import kemitraan.batch as batch

    root = cases(tmp_path)
    (root / "contoh" / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    summaries = []
    for method in ("fork", "spawn"):
        monkeypatch.setattr(batch, "start_method", lambda method=method: method)
        target = tmp_path / f"{method}.jsonl"
        options = batch.Options(paths=[root], summary=target, jobs=2)
        assert batch.assess_many(options, io.StringIO()) == 2
        summaries.append(target.read_bytes())
    assert summaries[0] == summaries[1]


def test_a_report_folder_that_cannot_be_made_fails_that_file_only(tmp_path: Path) -> None:
    root, out = cases(tmp_path), tmp_path / "reports"
    out.mkdir()
    (out / "lingga").write_text("a file where a folder should be\n")
    result = run("assess", root, "-o", out)
    assert result.code == 2
    assert f"{out / 'lingga'}: cannot make the folder" in result.err
    assert files_below(out) == ["contoh/benan.md", "contoh/bumdes.md", "lingga"]


def test_a_pattern_that_matches_nothing_says_so(tmp_path: Path) -> None:
    pattern = tmp_path / "cases" / "*.yaml"  # as a shell passes a pattern that matched no file
    result = run("assess", pattern, tmp_path / "also-missing")
    assert result.code == 2
    assert f"{pattern}: no file matches this pattern; check the folder and the pattern" in result.err
    assert f"{tmp_path / 'also-missing'}: no such file or folder" in result.err


def test_one_pattern_that_matches_nothing_says_so(tmp_path: Path) -> None:
    pattern = tmp_path / "*.yaml"
    result = run("assess", pattern)
    assert (result.code, result.err) == (
        2,
        f"{pattern}: no file matches this pattern; check the folder and the pattern\n",
    )


@pytest.mark.parametrize("fmt", [None, "md", "json"])
def test_assessing_a_file_leaves_no_cycle_for_the_collector(tmp_path: Path, fmt: str | None) -> None:
    """A batch's file, summary row and report (Markdown and JSON, drawn without Jinja) are freed
    by reference counting as soon as they are done: nothing waits for the cyclic collector, whose
    every collection walks what is alive. (An HTML report is Jinja's: its macros make cycles.)"""
    from kemitraan.batch import Spec, assess_one
    from tests.test_fast import cyclic_garbage

    root = tmp_path / "cases"
    shutil.copytree(EXAMPLES, root)
    for path in (EXAMPLES.parent / "tests" / "data").glob("*.yaml"):
        shutil.copyfile(path, root / path.name)
    (root / "informants.yaml").write_text(FIELDWORK, encoding="utf-8")  # the fieldwork section too
    spec = Spec(rubrics=(), out_dir=str(tmp_path / "out") if fmt else None, fmt=fmt or "md")
    sources = [s for s in discover([root], report_extension(fmt) if fmt else None) if isinstance(s, Source)]
    assert len(sources) == 8
    for source in sources:  # the first run of each file loads and compiles what lives on
        assert assess_one(spec, source).row is not None

    def again() -> None:
        for source in sources:
            assess_one(spec, source)

    assert cyclic_garbage(again) == []
