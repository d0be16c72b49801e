"""``kemitraan assess FILE`` without Typer (issue 18): the recogniser reads a command line as Typer
does or leaves it to Typer, and the run it starts is the Typer path's, byte for byte."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kemitraan import runner
from kemitraan.entry import Recognised, _debug_first, recognise

ROOT = Path(__file__).resolve().parents[1]
BENAN = "examples/benan.yaml"

FAST = [
    ["assess", BENAN],
    ["assess", BENAN, "--format", "md"],
    ["assess", BENAN, "-f", "json"],
    ["assess", BENAN, "--format=html"],
    ["assess", "-f", "md", BENAN],  # options before the path
    ["assess", BENAN, "-f", "md", "-f", "json"],  # the last one counts, as in Click
    ["assess", BENAN, "--output", "out.md"],
    ["assess", BENAN, "-o", "out.html", "--output=out.json"],
    ["assess", BENAN, "--lang", "id"],
    ["assess", BENAN, "-l", "en"],
    ["assess", BENAN, "--lang=en"],
    ["assess", BENAN, "--rubric", "notoatmodjo-2010"],
    ["assess", BENAN, "-r", "notoatmodjo-2010", "-r", "sulistiyani-2017", "--rubric=x.yaml"],
    ["assess", BENAN, "--only", "notoatmodjo-2010"],
    ["assess", BENAN, "--only", "a", "--only=b"],
    ["assess", BENAN, "--aggregate", "median"],
    ["assess", BENAN, "--aggregate=min"],
    ["assess", BENAN, "--template", "mine.md.j2", "-f", "md"],
    ["assess", BENAN, "-t", "mine.html.j2"],
    ["assess", BENAN, "--max-size", "1M"],
    ["assess", BENAN, "--max-size=500k"],
    ["--lang", "id", "assess", BENAN],
    ["-l", "en", "assess", BENAN, "-l", "id"],
    ["--lang=en", "assess", BENAN, "-f", "md"],
    ["--debug", "assess", BENAN],
    ["assess", BENAN, "--debug", "-f", "md"],  # --debug moves to the front
    ["assess", "no-such-file.yaml"],  # a missing file is the command's to report
]

TO_TYPER = [
    ["assess", BENAN, "--summary", "s.csv"],
    ["assess", BENAN, "-s", "s.csv"],
    ["assess", BENAN, "--jobs", "2"],
    ["assess", BENAN, BENAN],  # several paths: a batch
    ["assess", "examples"],  # a folder: a batch
    ["assess"],
    ["assess", BENAN, "--help"],
    ["assess", BENAN, "-h"],
    ["assess", "--", BENAN],
    ["assess", BENAN, "--format"],  # a value missing
    ["assess", BENAN, "--format", "pdf2"],  # not one of the formats
    ["assess", BENAN, "--format="],
    ["assess", BENAN, "-o", "-"],  # a value that starts with -
    ["assess", BENAN, "--lang", "xx"],
    ["--lang", "xx", "assess", BENAN],
    ["assess", BENAN, "--aggregate", "mean"],
    ["assess", BENAN, "--max-size", "lots"],
    ["assess", BENAN, "--colour"],  # unknown
    ["assess", BENAN, "-fmd"],  # a short option with its value attached
    ["assess", BENAN, "-f=md"],
    ["assess", BENAN, "--form", "md"],  # not an abbreviation Click knows
    ["--version", "assess", BENAN],
    ["-lid", "assess", BENAN],
    ["validate", BENAN],
    ["asses", BENAN],
    [],
]


def typer_call(args: list[str], monkeypatch: pytest.MonkeyPatch) -> Recognised | None:
    """What the Typer app calls the work of ``assess`` with for these arguments (None: it does not)."""
    from kemitraan.cli import app

    calls: list[Recognised] = []

    def capture(a: runner.Assess) -> int:
        calls.append(Recognised(runner.state["debug"], runner.state["lang"], a))
        return 0

    monkeypatch.setattr(runner, "assess", capture)
    monkeypatch.delenv("KEMITRAAN_DEBUG", raising=False)
    with contextlib.suppress(SystemExit, Exception):  # a usage error: no call
        app(args=args, prog_name="kemitraan", standalone_mode=False)
    return calls[0] if calls else None


@pytest.mark.parametrize("args", FAST, ids=" ".join)
def test_the_recogniser_reads_what_typer_reads(
    args: list[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("KEMITRAAN_DEBUG", raising=False)
    args = _debug_first(args)
    found = recognise(args)
    assert found is not None
    assert found == typer_call(args, monkeypatch)


@pytest.mark.parametrize("args", TO_TYPER, ids=lambda a: " ".join(a) or "nothing")
def test_anything_else_is_left_to_typer(args: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    assert recognise(_debug_first(args)) is None


def test_shell_completion_is_left_to_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("_KEMITRAAN_COMPLETE", "complete_bash")
    assert recognise(["assess", BENAN]) is None


def kemitraan(args: list[str], *, off: bool, importtime: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("KEMITRAAN_NO_FAST", "KEMITRAAN_DEBUG")}
    env["KEMITRAAN_LANG"] = "en"
    if off:
        env["KEMITRAAN_NO_FAST"] = "1"
    python = [sys.executable, "-X", "importtime"] if importtime else [sys.executable]
    return subprocess.run(
        [*python, "-m", "kemitraan", *args], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )


def imported(stderr: str) -> set[str]:
    """The modules ``python -X importtime`` says were imported."""
    return {line.rsplit("|", 1)[1].strip() for line in stderr.splitlines() if line.startswith("import time:")}


def test_a_single_file_is_assessed_without_typer_and_writes_what_typer_writes(tmp_path: Path) -> None:
    fast, plain = tmp_path / "fast.md", tmp_path / "plain.md"
    on = kemitraan(["assess", BENAN, "--format", "md", "-o", str(fast)], off=False, importtime=True)
    off = kemitraan(["assess", BENAN, "--format", "md", "-o", str(plain)], off=True, importtime=True)
    assert on.returncode == off.returncode == 0, on.stderr + off.stderr
    heavy = {"typer", "kemitraan.cli", "kemitraan.framework"}
    assert not heavy & imported(on.stderr)
    assert heavy <= imported(off.stderr)  # the check can fail: the Typer path does import them
    assert fast.read_bytes() == plain.read_bytes() and fast.stat().st_size > 1000


@pytest.mark.parametrize("fmt", ["json", "terminal"])
def test_standard_output_is_the_same_on_both_paths(fmt: str) -> None:
    on, off = (kemitraan(["assess", BENAN, "-f", fmt], off=x) for x in (False, True))
    assert (on.returncode, on.stdout, on.stderr) == (off.returncode, off.stdout, off.stderr)
    assert on.returncode == 0 and on.stdout


def test_a_missing_file_fails_the_same_on_both_paths() -> None:
    on, off = (kemitraan(["assess", "no-such-file.yaml", "-f", "md"], off=x) for x in (False, True))
    assert (on.returncode, on.stdout, on.stderr) == (off.returncode, off.stdout, off.stderr)
    assert on.returncode == 2 and "no-such-file.yaml" in on.stderr and "Traceback" not in on.stderr


def test_an_invalid_file_fails_the_same_on_both_paths(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\npartners: [\n", encoding="utf-8")
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text("id: x\npartners: 3\n", encoding="utf-8")
    for path in (bad, wrong):
        on, off = (kemitraan(["assess", str(path)], off=x) for x in (False, True))
        assert (on.returncode, on.stdout, on.stderr) == (off.returncode, off.stdout, off.stderr)
        assert on.returncode == 2 and path.name in on.stderr and "Traceback" not in on.stderr


def test_a_bad_choice_found_by_the_command_fails_the_same_on_both_paths() -> None:
    """``--format bogus`` goes to Typer; the message is the command's, the same either way."""
    on, off = (kemitraan(["assess", BENAN, "--format", "bogus"], off=x) for x in (False, True))
    assert (on.returncode, on.stderr) == (off.returncode, off.stderr)
    assert on.returncode == 2 and "bogus" in on.stderr


@pytest.mark.parametrize(("stop", "code"), [(KeyboardInterrupt(), 130), ("term", 128 + 15)])
def test_a_stop_before_the_run_begins_exits_quietly_with_its_code(
    stop: object, code: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kemitraan import entry

    def interrupted(args: list[str], found: Recognised) -> int:
        raise entry.Terminated(15) if stop == "term" else KeyboardInterrupt

    monkeypatch.setattr(entry, "_assess_alone", interrupted)
    monkeypatch.setattr(sys, "argv", ["kemitraan", "assess", "examples/benan.yaml", "--format", "md"])
    monkeypatch.setattr("signal.signal", lambda *a: None)  # leave the test run's handlers alone
    with pytest.raises(SystemExit) as exit_:
        entry.main()
    assert exit_.value.code == code
    assert "Traceback" not in capsys.readouterr().err
