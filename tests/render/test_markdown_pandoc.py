"""The Markdown report converts cleanly with pandoc (GitHub-flavoured Markdown in, HTML out)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run

pytestmark = pytest.mark.skipif(
    shutil.which("pandoc") is None, reason="pandoc is not installed (apt-get install pandoc)"
)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_markdown_report_converts_cleanly_with_pandoc(tmp_path: Path, name: str, lang: str) -> None:
    report = tmp_path / "report.md"
    assert run("assess", EXAMPLES / name, "-o", report, "--lang", lang).code == 0
    html = subprocess.run(
        ["pandoc", "--from", "gfm", "--to", "html", "--fail-if-warnings", str(report)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert html.returncode == 0, html.stderr
    # Every Markdown table became an HTML table: the summary, one per rubric's criteria, the
    # participation matrix of each program, the principles, the reproduction table.
    tables = report.read_text(encoding="utf-8").count("\n| --- |")
    assert tables >= 6 and html.stdout.count("<table>") == tables
