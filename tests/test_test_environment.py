"""The test run's own environment (tests/conftest.py): its cache folder and the guard on Chromium."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT, run


def test_the_cache_folder_is_the_test_runs_not_the_users(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    cache = Path(os.environ["XDG_CACHE_HOME"])
    assert tmp_path_factory.getbasetemp() in cache.parents
    result = run("assess", EXAMPLES / "benan.yaml", "-o", tmp_path / "benan.html")
    assert result.code == 0, result.err
    assert (cache / "kemitraan" / "templates-html").is_dir()


def test_a_test_that_starts_chromium_without_the_browser_marker_fails(tmp_path: Path) -> None:
    """The guard of tests/conftest.py, run on a test file of its own: the unmarked test that prints
    a PDF fails, naming the marker; Chromium itself is never started."""
    shutil.copy(ROOT / "tests" / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text(
        "[pytest]\naddopts = --strict-markers\nmarkers =\n    browser: b\n    slow: s\n", encoding="utf-8"
    )
    (tmp_path / "test_unmarked.py").write_text(
        "from typer.testing import CliRunner\n"
        "from kemitraan.cli import app\n\n"
        "def test_prints_a_pdf(tmp_path):\n"
        f"    CliRunner().invoke(app, ['assess', {str(EXAMPLES / 'benan.yaml')!r}, '-o', str(tmp_path / 'b.pdf')])\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "test_prints_a_pdf started Chromium: mark it browser" in done.stdout
