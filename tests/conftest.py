"""Shared test helpers: run the CLI in-process, and assess inline YAML."""

from __future__ import annotations

import hashlib
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@dataclass
class Run:
    code: int
    out: str
    err: str


def run(*args: str | Path, input: str | None = None) -> Run:
    """``kemitraan ARGS`` in-process; stdout and stderr apart."""
    from kemitraan.cli import app

    result = CliRunner().invoke(app, [str(a) for a in args], input=input)
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def cli():
    return run


def write(tmp_path: Path, text: str, name: str = "p.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def assess_text(text: str, tmp_path: Path):
    """The Assessment of an inline partnership file (dedented)."""
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import assess_path

    return assess_path(write(tmp_path, text), load_rubrics())


def verdicts(assessment) -> dict[str, str]:
    return {a.rubric.id: a.verdict for a in assessment.assessments}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
