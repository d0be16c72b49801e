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


LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "KEMITRAAN_LANG", "KEMITRAAN_LOCALE_PATH")


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch):
    """Every test starts in the C locale with no language asked for (so that a report is in its
    file's language, as on a machine without a locale), the bundled catalogues only, and no
    ``KEMITRAAN_DEBUG`` (``kemitraan --debug`` sets it for the processes it starts)."""
    from kemitraan import i18n, messages

    monkeypatch.setenv("LANG", "C.UTF-8")
    for name in (*LANGUAGE_VARIABLES, "KEMITRAAN_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    messages.refresh()
    i18n.use(i18n.SOURCE_LANGUAGE)
    yield
    messages.refresh()
    i18n.use(i18n.SOURCE_LANGUAGE)


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
