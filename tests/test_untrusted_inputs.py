"""Untrusted rubrics, folders and outputs: every mistake is exit 2 with a located message, nothing hangs.

Each attack of issue 12 that is not about templates, interrupts or the write guard, with the
files it needs made by the test.
"""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
from pathlib import Path
from typing import IO, Any

import pytest

from tests.conftest import EXAMPLES, ROOT, run

BENAN = EXAMPLES / "benan.yaml"
NOTOATMODJO = ROOT / "rubrics" / "notoatmodjo-2010.yaml"
PRINCIPLES = ROOT / "rubrics" / "principles.yaml"


def kemitraan(
    *args: str | Path,
    capture_output: bool = True,
    stdout: int | IO[Any] | None = None,
    stderr: int | IO[Any] | None = None,
) -> subprocess.CompletedProcess[str]:
    """The real command line, in its own process (for what CliRunner cannot show: devices, pipes)."""
    return subprocess.run(
        [sys.executable, "-m", "kemitraan", *map(str, args)],
        capture_output=capture_output,
        stdout=stdout,
        stderr=stderr,
        text=True,
        timeout=120,
    )


# --- rubrics ----------------------------------------------------------------------------------


def edited_rubric(tmp_path: Path, source: Path, old: str, new: str) -> Path:
    text = source.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "mine.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


SMALL_RUBRIC = """\
schema: kemitraan-rubric/1
id: small
version: "1"
title: {id: Kecil, en: Small}
description: {id: Rubrik kecil., en: A small rubric.}
sources:
  - {id: s, author: S, citation: "S. (2020). A source."}
criteria:
  - id: vm
    label: {id: Visi-misi, en: Vision and mission}
    description: {id: Visi-misi bersama., en: A joint vision and mission.}
    indicator: choice
    params: {path: shared.vision_mission, met: [joint], unmet: [partly, separate]}
  - id: linked
    label: {id: Terhubung, en: Linked}
    description: {id: Ada layanan atau sasaran bersama., en: A shared service or target.}
    indicator: any_present
    params: {paths: [shared.service, shared.target]}
verdicts:
  - {id: low, label: {id: Rendah, en: Low}, description: {id: Rendah., en: Low.}, signs: [{criterion: vm}]}
  - {id: high, label: {id: Tinggi, en: High}, description: {id: Tinggi., en: High.}, signs: [{criterion: linked, weight: 2}]}
decision:
  - {verdict: high, when: {all: [vm, linked]}}
  - {verdict: low, when: always}
"""
CHOICE = "params: {path: shared.vision_mission, met: [joint], unmet: [partly, separate]}"
ANY = "params: {paths: [shared.service, shared.target]}"


def small_rubric(tmp_path: Path, old: str, new: str) -> tuple[Path, int]:
    """The small rubric with ``old`` replaced by ``new``, and the line the replacement is on."""
    assert old in SMALL_RUBRIC
    line = SMALL_RUBRIC[: SMALL_RUBRIC.index(old)].count("\n") + 1
    path = tmp_path / "mine.yaml"
    path.write_text(SMALL_RUBRIC.replace(old, new, 1), encoding="utf-8")
    return path, line


def test_the_small_rubric_is_valid(tmp_path: Path) -> None:
    path, _ = small_rubric(tmp_path, CHOICE, CHOICE)
    assert run("validate", BENAN, "--rubric", path).code == 0


@pytest.mark.parametrize("weight", [".inf", "-.inf", ".nan", ".NaN"])
def test_a_sign_weight_must_be_a_finite_number(tmp_path: Path, weight: str) -> None:
    rubric, line = small_rubric(tmp_path, "weight: 2}", f"weight: {weight}}}")
    r = run("assess", BENAN, "--rubric", rubric)
    number = {".inf": "inf", "-.inf": "-inf"}.get(weight, "nan")
    column = SMALL_RUBRIC.splitlines()[line - 1].index("weight: 2") + 9
    assert (r.code, r.out) == (2, "")
    assert r.err == (
        f"{rubric}:{line}:{column}: verdicts[1].signs[0].weight: expected a finite number but got the number {number}\n"
    )


@pytest.mark.parametrize(
    ("old", "new", "where", "message"),
    [
        (
            CHOICE,
            "params: {path: partners.name, met: [x], unmet: [y]}",
            "criteria[0].params.path",
            "'partners.name' runs into 'partners', which holds several values (a list or a mapping)",
        ),
        (
            CHOICE,
            "params: {path: programs, met: [x], unmet: [y]}",
            "criteria[0].params.path",
            "'programs' holds several values (a list or a mapping)",
        ),
        (
            ANY,
            "params: {paths: [shared.service, programs.planning.participation]}",
            "criteria[1].params.paths",
            "'programs.planning.participation' runs into 'programs', which holds several values",
        ),
        (
            ANY,
            "params: {paths: [shared.evidence]}",
            "criteria[1].params.paths",
            "'shared.evidence' holds several values (a list or a mapping)",
        ),
        (
            ANY,
            "params: {paths: [shared]}",
            "criteria[1].params.paths",
            "'shared' is a group of fields",
        ),
    ],
)
def test_a_choice_or_any_present_path_must_name_one_value(
    tmp_path: Path, old: str, new: str, where: str, message: str
) -> None:
    rubric, line = small_rubric(tmp_path, old, new)
    column = SMALL_RUBRIC.splitlines()[line - 1].index("params") + 10
    for command in (("assess", BENAN, "--rubric", rubric), ("validate", BENAN, "--rubric", rubric)):
        r = run(*command)
        assert (r.code, r.out) == (2, "")
        assert r.err.startswith(f"{rubric}:{line}:{column}: {where}: {message}")
        assert "internal error" not in r.err


def test_the_bundled_rubrics_paths_still_load() -> None:
    r = run("rubrics")
    assert r.code == 0 and "notoatmodjo-2010" in r.out


# --- folders ----------------------------------------------------------------------------------


def folder_with(tmp_path: Path, kind: str) -> Path:
    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copyfile(BENAN, cases / "benan.yaml")
    odd = cases / "odd.yaml"
    if kind == "fifo":
        os.mkfifo(odd)
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        os.chdir(cases)  # a socket's path must be short
        server.bind("odd.yaml")
    else:
        try:
            os.mknod(odd, stat.S_IFCHR | 0o600, os.makedev(1, 5))  # like /dev/zero
        except PermissionError:
            pytest.skip("making a device needs root")
    return cases


@pytest.mark.parametrize(
    ("kind", "what"), [("fifo", "a named pipe"), ("socket", "a socket"), ("device", "a device")]
)
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_non_regular_files_in_a_folder_are_skipped_with_a_note(
    tmp_path: Path, kind: str, what: str, jobs: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    cases = folder_with(tmp_path, kind)
    summary = tmp_path / "s.csv"
    r = kemitraan("assess", cases, "--summary", summary, "-o", tmp_path / "reports", "--jobs", jobs)
    assert r.returncode == 0, r.stderr
    note = f"kemitraan: {cases / 'odd.yaml'}: skipped: not a regular file ({what})"
    assert r.stderr.splitlines()[0].startswith(note)
    assert "1 of 1 file assessed" in r.stderr
    assert [p.name for p in (tmp_path / "reports").iterdir()] == ["benan.md"]
    assert len(summary.read_text(encoding="utf-8-sig").splitlines()) == 2  # header and benan


def test_a_folder_with_a_fifo_does_not_hang_compare(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    cases = folder_with(tmp_path, "fifo")
    r = kemitraan("compare", cases, "--by", "regency", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert "skipped: not a regular file (a named pipe)" in r.stderr


# --- outputs ----------------------------------------------------------------------------------


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("fmt", ["terminal", "md", "json", "pdf"])
def test_standard_output_on_a_full_disk_is_exit_2(fmt: str) -> None:
    if fmt == "pdf" and shutil.which("chromium") is None:
        pytest.skip("needs Chromium")
    with open("/dev/full", "w") as full:
        r = kemitraan("assess", BENAN, "-f", fmt, stdout=full, stderr=subprocess.PIPE, capture_output=False)
    assert (r.returncode, r.stderr) == (2, "standard output: cannot write: the disk is full\n")


@pytest.mark.parametrize("command", [("assess", BENAN), ("schema",), ("rubrics", "show", "principles")])
def test_a_closed_pipe_ends_quietly(command: tuple[str | Path, ...]) -> None:
    read, write = os.pipe()
    os.close(read)  # as `| head` that has already gone
    try:
        r = kemitraan(*command, stdout=write, stderr=subprocess.PIPE, capture_output=False)
    finally:
        os.close(write)
    assert (r.returncode, r.stderr) == (141, "")


def read_only_mount(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run ``command`` with a read-only file system mounted on ``folder`` (a private mount namespace)."""
    if shutil.which("unshare") is None:
        pytest.skip("needs unshare (util-linux)")
    probe = subprocess.run(
        ["unshare", "-rm", "true"], capture_output=True, text=True, check=False, timeout=30
    )
    if probe.returncode != 0:
        pytest.skip(f"cannot make a mount namespace here: {probe.stderr.strip()}")
    script = 'mount -t tmpfs -o ro tmpfs "$1" && shift && exec "$@"'
    return subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", str(folder), *command],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("where", ["the folder", "a sub-folder of it"])
def test_a_report_folder_on_a_read_only_file_system_is_exit_2(tmp_path: Path, where: str) -> None:
    readonly = tmp_path / "ro"
    readonly.mkdir()
    out = readonly if where == "the folder" else readonly / "reports"
    r = read_only_mount(readonly, sys.executable, "-m", "kemitraan", "assess", str(EXAMPLES), "-o", str(out))
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr == (
        f"-o {out}: cannot write reports in this folder: the file system is read-only; nothing was written\n"
    )


def test_a_single_report_on_a_read_only_file_system_is_exit_2(tmp_path: Path) -> None:
    readonly = tmp_path / "ro"
    readonly.mkdir()
    target = readonly / "benan.md"
    r = read_only_mount(readonly, sys.executable, "-m", "kemitraan", "assess", str(BENAN), "-o", str(target))
    assert (r.returncode, r.stderr) == (
        2,
        f"{target}: cannot write the report: the file system is read-only; nothing was written\n",
    )


# --- the terminal -----------------------------------------------------------------------------

MARKUP = {
    "link": "[link=https://evil.example/]click me[/link]",
    "blink": "[blink]blinking[/blink]",
    "style": "[bold red on white]loud[/]",
}


def marked_up(tmp_path: Path) -> tuple[Path, Path]:
    """A partnership whose names, and a rubric whose title, are rich markup."""
    text = BENAN.read_text(encoding="utf-8")

    def replace(old: str, new: str) -> None:
        nonlocal text
        assert old in text, old
        text = text.replace(old, new, 1)

    replace(
        "name: Pusat Pelayanan Terpadu Pemberdayaan Perempuan dan Anak (P2TP2A)", f"name: '{MARKUP['link']}'"
    )
    replace("name: Pemerintah Desa Benan", f"name: '{MARKUP['blink']}'")
    program = "name: Sosialisasi ke semua pulau di seputaran Kecamatan Katang Bidare"
    replace(program, f"name: '{MARKUP['style']} {program[6:]}'")
    replace("    solutions:", f"    solutions:\n      - '{MARKUP['link']}'")
    partner = tmp_path / "p.yaml"
    partner.write_text(text, encoding="utf-8")
    title = "Prinsip-prinsip kemitraan (Notoatmodjo; Sigit)"
    rubric = edited_rubric(tmp_path, PRINCIPLES, f"  id: {title}", f"  id: '{MARKUP['blink']} {title}'")
    return partner, rubric


@pytest.mark.parametrize("lang", ["id", "en"])
def test_names_and_titles_from_files_are_never_rich_markup(tmp_path: Path, lang: str) -> None:
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import assess_path
    from kemitraan.render.terminal import render_terminal

    partner, rubric = marked_up(tmp_path)
    a = assess_path(partner, load_rubrics([str(rubric)]))
    for color in (True, False):
        text = render_terminal(a, lang, color=color, width=200)
        assert "\x1b]8;" not in text  # an OSC-8 hyperlink
        assert "\x1b[5m" not in text  # blink
        plain = render_terminal(a, lang, color=False, width=400)
        for markup in MARKUP.values():
            assert markup in plain
    if lang == "id":
        assert f"{MARKUP['blink']} Prinsip-prinsip" in plain


def test_names_in_a_fieldwork_table_are_never_rich_markup(tmp_path: Path) -> None:
    from tests.fieldwork.test_aggregate import HEAD, PROGRAM

    partner = tmp_path / "p.yaml"
    partner.write_text(
        (HEAD + PROGRAM).replace("{id: a, name: Org A}", f"{{id: a, name: '{MARKUP['link']}'}}"),
        encoding="utf-8",
    )
    r = run("assess", partner)
    assert r.code == 0
    assert MARKUP["link"] in r.out


def test_a_comparison_shows_markup_as_text(tmp_path: Path) -> None:
    from kemitraan.compare import compare
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import assess_path
    from kemitraan.render.compare import render_comparison

    partner, _ = marked_up(tmp_path)
    title = "title: Kemitraan P2TP2A dengan Pemerintah Desa Benan dalam pemberdayaan dan perlindungan anak"
    text = partner.read_text(encoding="utf-8").replace(title, f"title: '{MARKUP['link']} {title[7:]}'", 1)
    partner.write_text(text, encoding="utf-8")
    a = assess_path(partner, load_rubrics())
    shown = render_comparison(compare(a, a), "terminal", "en", color=True, width=300)
    assert "\x1b]8;" not in shown and "\x1b[5m" not in shown
    assert MARKUP["link"] in shown


def test_the_cli_prints_markup_as_text_in_every_terminal_view(tmp_path: Path) -> None:
    partner, rubric = marked_up(tmp_path)
    other = tmp_path / "q.yaml"
    shutil.copyfile(partner, other)
    for args in (
        ("assess", partner, "--rubric", rubric),
        ("compare", partner, other),
        ("compare", partner, other, "--by", "regency", "--jobs", "1"),
        ("explain", partner),
        ("rubrics", "--rubric", rubric, "--lang", "id"),
    ):
        r = run(*args)
        assert r.code == 0, (args, r.err)
        assert "\x1b" not in r.out + r.err
    assert MARKUP["blink"] in run("rubrics", "--rubric", rubric, "--lang", "id").out


EVIL = "evil\x1b[31m\u202ename.yaml"
SHOWN = "evil\\x1b[31m\\u202ename.yaml"


def test_control_characters_in_a_file_name_are_shown_escaped(tmp_path: Path) -> None:
    partner = tmp_path / EVIL
    shutil.copyfile(BENAN, partner)
    for fmt in ("terminal", "md", "html", "json"):
        r = run("assess", partner, "-f", fmt)
        assert r.code == 0
        assert "\x1b" not in r.out and "\u202e" not in r.out
        assert SHOWN in r.out.replace("\\\\", "\\")  # JSON writes the backslash twice
    r = run("explain", partner)
    assert (r.code, "\x1b" in r.out, SHOWN in r.out) == (0, False, True)
    r = run("validate", partner)
    assert r.out == f"{tmp_path}/{SHOWN}: ok (benan-p2tp2a: 2 partners, 1 program)\n"
    partner.write_text("schema: kemitraan/1\nid: x\n", encoding="utf-8")
    for command in ("assess", "validate"):
        r = run(command, partner)
        assert r.code == 2
        assert "\x1b" not in r.err and r.err.startswith(f"{tmp_path}/{SHOWN}:")


def test_control_characters_in_file_names_are_escaped_in_a_batch(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / EVIL).write_text("schema: kemitraan/1\nid: x\n", encoding="utf-8")
    shutil.copyfile(BENAN, cases / "good\x07.yaml")
    out = tmp_path / "out\x1b[2J"
    r = run("assess", cases, "-o", out, "--jobs", "1")
    assert r.code == 2
    assert "\x1b" not in r.err and "\x07" not in r.err
    assert f"{cases}/{SHOWN}:" in r.err
    assert "wrote 1 report below " + str(tmp_path) + "/out\\x1b[2J" in r.err
    (report,) = (out).iterdir()
    assert "\x07" not in report.read_text(encoding="utf-8") and "good\\x07.yaml" in report.read_text()


# --- --debug ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["assess", "x.yaml", "--debug"], ["--debug", "assess", "x.yaml"]),
        (["--debug", "assess", "x.yaml"], ["--debug", "assess", "x.yaml"]),
        (["assess", "--debug", "x.yaml", "--debug"], ["--debug", "assess", "x.yaml"]),
        (["assess", "x.yaml"], ["assess", "x.yaml"]),
        (["assess", "--", "--debug"], ["assess", "--", "--debug"]),  # a file called --debug
    ],
)
def test_debug_may_follow_any_command(args: list[str], expected: list[str]) -> None:
    from kemitraan.entry import _debug_first

    assert _debug_first(args) == expected


def test_debug_after_the_command_shows_the_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import kemitraan.pipeline
    from kemitraan import cli

    def bug(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug in kemitraan")

    monkeypatch.setattr(kemitraan.pipeline, "assess_path", bug)
    monkeypatch.delenv("KEMITRAAN_DEBUG", raising=False)
    monkeypatch.setattr(sys, "argv", ["kemitraan", "assess", str(BENAN)])
    with pytest.raises(SystemExit) as exit_:
        cli.main()
    assert exit_.value.code == 1
    assert "internal error: RuntimeError: a bug in kemitraan" in capsys.readouterr().err
    for argv, env in ((["assess", str(BENAN), "--debug"], None), (["assess", str(BENAN)], "1")):
        if env:
            monkeypatch.setenv("KEMITRAAN_DEBUG", env)
        monkeypatch.setattr(sys, "argv", ["kemitraan", *argv])
        with pytest.raises(RuntimeError, match="a bug in kemitraan"):
            cli.main()


def test_debug_after_the_command_is_accepted_by_the_real_command_line() -> None:
    r = kemitraan("assess", BENAN, "-f", "json", "--debug")
    assert r.returncode == 0 and '"verdict": "model-1"' in r.stdout
