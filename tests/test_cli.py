"""The command line: options, output files, exit codes, and the installed entry points."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from kemitraan import __version__, fast
from tests.conftest import EXAMPLES, run

if TYPE_CHECKING:
    import typer

needs_fast = pytest.mark.skipif(not fast.ON, reason="KEMITRAAN_NO_FAST: the fast path under test is off")


def test_version() -> None:
    result = run("--version")
    assert result.code == 0 and result.out == f"kemitraan {__version__}\n"


def test_python_dash_m_is_the_same_cli(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "kemitraan", "assess", str(EXAMPLES / "benan.yaml"), "--format", "json"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["assessments"][0]["verdict"] == "model-1"


@pytest.mark.parametrize(
    ("name", "start"), [("r.md", '---\npagetitle: "Kemitraan'), ("r.json", "{"), ("r.txt", "Kemitraan")]
)
def test_output_format_follows_the_extension(tmp_path: Path, name: str, start: str) -> None:
    target = tmp_path / name
    result = run("assess", EXAMPLES / "benan.yaml", "-o", target)
    assert result.code == 0 and result.out == ""
    assert f"wrote {target}" in result.err
    assert target.read_text(encoding="utf-8").startswith(start)


def test_lang_defaults_to_the_files_language() -> None:
    assert "Model I: jejaring kerja" in run("assess", EXAMPLES / "benan.yaml", "-f", "md").out
    bumdes = run("assess", EXAMPLES / "bumdes-illustrative.yaml", "-f", "md").out
    assert "Model I: networking" in bumdes


def test_refuses_to_write_over_the_input(tmp_path: Path) -> None:
    source = tmp_path / "benan.yaml"
    source.write_bytes((EXAMPLES / "benan.yaml").read_bytes())
    before = source.read_bytes()
    result = run("assess", source, "-o", source, "-f", "md")
    assert result.code == 2 and "input file" in result.err
    assert source.read_bytes() == before


def test_missing_output_folder_is_a_clear_error(tmp_path: Path) -> None:
    result = run("assess", EXAMPLES / "benan.yaml", "-o", tmp_path / "nope" / "r.md")
    assert result.code == 2 and "does not exist" in result.err


def test_existing_report_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "r.md"
    target.write_text("old report\n", encoding="utf-8")
    assert run("assess", EXAMPLES / "benan.yaml", "-o", target).code == 0
    assert target.read_text(encoding="utf-8").startswith('---\npagetitle: "Kemitraan')
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]  # no temporary file left behind


@pytest.mark.parametrize(
    ("option", "value", "said"),
    [
        ("--format", "rtf", "--format: expected one of"),
        ("--lang", "fr", "'--lang' / '-l': expected one of id, en"),
    ],
)
def test_bad_option_values(option: str, value: str, said: str) -> None:
    result = run("assess", EXAMPLES / "benan.yaml", option, value)
    assert result.code == 2 and said in result.err


def test_internal_errors_exit_1_with_a_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    import kemitraan.engine

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(kemitraan.engine, "assess", boom)
    result = run("assess", EXAMPLES / "benan.yaml")
    assert result.code == 1
    assert "internal error: RuntimeError: kaboom" in result.err and "--debug" in result.err
    assert "Traceback" not in result.err


def _help(target: typer.Typer, args: list[str]) -> str:
    from typer.testing import CliRunner

    result = CliRunner().invoke(target, args)
    assert result.exit_code == 0, result.output
    return result.stdout


def _names() -> list[str]:
    from typer.core import TyperGroup
    from typer.main import get_command

    from kemitraan.cli import app

    group = get_command(app)
    assert isinstance(group, TyperGroup)
    return sorted(group.commands)


@needs_fast
@pytest.mark.parametrize("name", _names())
def test_the_entry_point_builds_only_the_invoked_command_with_the_same_help(name: str) -> None:
    from typer.core import TyperGroup
    from typer.main import get_command

    from kemitraan.cli import app, app_for

    lean = app_for([name, "--help"])
    group = get_command(lean)
    assert isinstance(group, TyperGroup)
    assert list(group.commands) == [name]
    assert _help(lean, [name, "--help"]) == _help(app, [name, "--help"])


@pytest.mark.parametrize(
    "args", [[], ["--help"], ["-h"], ["asess", "x.yaml"], ["--debug", "--help"], ["--show-completion"]]
)
def test_the_entry_point_keeps_every_command_where_they_are_listed_or_none_is_named(args: list[str]) -> None:
    from kemitraan.cli import app, app_for

    assert app_for(args) is app


def test_the_entry_point_keeps_every_command_for_shell_completion(monkeypatch: pytest.MonkeyPatch) -> None:
    from kemitraan.cli import app, app_for

    monkeypatch.setenv("_KEMITRAAN_COMPLETE", "complete_bash")
    assert app_for(["assess"]) is app


def test_global_options_before_the_command_still_work_with_the_lean_app() -> None:
    from typer.testing import CliRunner

    from kemitraan.cli import app_for

    args = ["--debug", "assess", str(EXAMPLES / "benan.yaml"), "-f", "json"]
    result = CliRunner().invoke(app_for(args), args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["assessments"][0]["verdict"] == "model-1"
    version = CliRunner().invoke(app_for(["--version"]), ["--version"])
    assert version.exit_code == 0 and version.stdout == f"kemitraan {__version__}\n"


def test_the_entry_point_falls_back_to_the_whole_app(monkeypatch: pytest.MonkeyPatch) -> None:
    import kemitraan.cli as cli

    monkeypatch.setattr(cli.app, "registered_commands", None)  # a Typer whose registry changed shape
    assert cli.app_for(["assess", "x.yaml"]) is cli.app
