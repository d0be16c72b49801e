"""The Markdown report tells pandoc its page title and language: a standalone conversion warns of nothing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run, write

pytestmark = pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_standalone_html_has_the_title_and_no_warning(tmp_path: Path, lang: str) -> None:
    report = tmp_path / "r.md"
    assert run("assess", EXAMPLES / "benan.yaml", "-o", report, "--lang", lang).code == 0
    done = subprocess.run(
        ["pandoc", "--from", "gfm", "--to", "html", "--standalone", "--fail-if-warnings", str(report)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "<title>Kemitraan P2TP2A dengan Pemerintah Desa Benan" in done.stdout
    assert f'lang="{lang}"' in done.stdout
    assert done.stdout.count("<h1") == 1  # the title is not shown twice


def test_a_title_with_quotes_and_markup_stays_text(tmp_path: Path) -> None:
    source = write(
        tmp_path,
        """
        schema: kemitraan/1
        id: x
        title: 'Kemitraan "A" <b>B</b> *C* --- D: E'
        partners: [{id: a, name: A}]
        """,
    )
    report = tmp_path / "r.md"
    assert run("assess", source, "-o", report).code == 0
    done = subprocess.run(
        ["pandoc", "--from", "gfm", "--to", "html", "--standalone", str(report)],
        capture_output=True,
        text=True,
        check=True,
    )
    title = done.stdout.split("<title>", 1)[1].split("</title>", 1)[0]
    assert title == 'Kemitraan "A" &lt;b&gt;B&lt;/b&gt; *C* --- D: E'
