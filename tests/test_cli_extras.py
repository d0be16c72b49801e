"""What the command line offers besides the commands: shell completion, and a cheap start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kemitraan.cli import app

runner = CliRunner()


def test_shell_completion_is_offered() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "--install-completion" in result.stdout and "--show-completion" in result.stdout


def test_completion_script_for_bash() -> None:
    script = Path(sys.executable).parent / "kemitraan"
    if not script.exists():
        pytest.skip("the kemitraan console script is not installed next to this Python")
    result = subprocess.run(
        [str(script), "--show-completion", "bash"],
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "complete -o default -F _kemitraan_completion kemitraan" in result.stdout


def test_new_commands_are_listed() -> None:
    out = runner.invoke(app, ["--help"]).stdout
    for command in ("init", "schema", "explain", "rubrics"):
        assert command in out


def test_version_does_not_import_the_heavy_modules() -> None:
    code = (
        "import sys; from kemitraan.cli import app\n"
        "heavy = [m for m in ('pydantic', 'yaml', 'jinja2', 'kemitraan.interview', 'kemitraan.schema', "
        "'kemitraan.explain') if m in sys.modules]\n"
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
