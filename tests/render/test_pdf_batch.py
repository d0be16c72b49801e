"""PDF reports in a batch: one Chromium per process for the whole run, cleaned up however it ends."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from kemitraan.cli import app
from kemitraan.errors import BrowserError
from kemitraan.render import chromium
from tests.conftest import EXAMPLES

try:
    chromium.find_chromium()
    MISSING = ""
except BrowserError:
    MISSING = "headless Chromium is not installed (Debian/Ubuntu: apt-get install chromium)"

pytestmark = pytest.mark.skipif(bool(MISSING), reason=MISSING)

NAMES = ("benan.yaml", "posyandu-illustrative.yaml", "bumdes-illustrative.yaml")


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir()
    for name in NAMES:
        shutil.copy(EXAMPLES / name, folder / name)
    return folder


@pytest.fixture
def fresh_chromium_state() -> Iterator[None]:
    """The test process must not keep a browser (or the setting) after the test."""
    yield
    chromium._drop_kept()
    chromium._keep = False


def test_a_pdf_batch_starts_one_browser_and_prints_every_report(
    cases: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_chromium_state: None
) -> None:
    starts: list[int] = []
    start = chromium.Browser._start

    def counted(self: chromium.Browser) -> None:
        starts.append(1)
        start(self)

    monkeypatch.setattr(chromium.Browser, "_start", counted)
    out = tmp_path / "reports"
    result = CliRunner().invoke(app, ["assess", str(cases), "-f", "pdf", "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert len(starts) == 1
    texts = {
        p.name: " ".join(" ".join((page.extract_text() or "") for page in PdfReader(p).pages).split())
        for p in sorted(out.glob("*.pdf"))
    }
    assert set(texts) == {n.replace(".yaml", ".pdf") for n in NAMES}
    assert "Model I: jejaring kerja" in texts["benan.pdf"]
    assert "Model II: program bersama" in texts["posyandu-illustrative.pdf"]
    kept = chromium._kept
    assert kept is not None and kept._handlers == {} and not kept._sessions, "closed tabs are forgotten"
    assert all(e.get("sessionId") is None for e in kept._events) and len(kept._events) < 5


def test_a_kept_browser_prints_the_same_bytes_as_a_fresh_one(
    tmp_path: Path, fresh_chromium_state: None
) -> None:
    html = (
        "<!doctype html><html><head><style>@page { size: A4 }</style></head>"
        "<body><h1>Kemitraan</h1><p>Model I</p></body></html>"
    )
    from kemitraan.render.pdf import fix_dates

    fresh = fix_dates(chromium.print_pdf(html))
    chromium.keep_browser()
    first, second = (fix_dates(chromium.print_pdf(html)) for _ in range(2))
    assert fresh == first == second


def _profiles(folder: Path) -> list[Path]:
    return sorted(folder.glob("kemitraan-chromium-*"))


def test_an_interrupted_pdf_batch_leaves_no_browser_or_profile_behind(cases: Path, tmp_path: Path) -> None:
    for i in range(6):  # enough work that the run is still going when it is interrupted
        shutil.copy(EXAMPLES / "benan.yaml", cases / f"copy-{i}.yaml")
    temp = tmp_path / "tmp"  # the browsers' profiles are made here
    temp.mkdir()
    out = tmp_path / "reports"
    env = {**os.environ, "TMPDIR": str(temp)}
    command = [
        sys.executable,
        "-m",
        "kemitraan",
        "assess",
        str(cases),
        "-f",
        "pdf",
        "-o",
        str(out),
        "--jobs",
        "2",
    ]
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while not list(out.glob("*.pdf")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, f"the run ended before it could be interrupted: {proc.communicate()[1]!r}"
    assert _profiles(temp), "the workers' browsers are running"
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C: the terminal signals the whole process group
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    deadline = time.monotonic() + 10
    while _profiles(temp) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _profiles(temp) == []
    ps = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True, check=True).stdout
    assert str(temp) not in ps, "no Chromium of the run is left running"


def test_chromium_starts_with_a_temporary_folder_too_long_for_its_socket(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    long = tmp_path / ("t" * 80)
    long.mkdir()
    monkeypatch.setenv("TMPDIR", str(long))
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    assert len(tempfile.gettempdir()) > 100
    pdf = chromium.print_pdf("<!doctype html><p>Kemitraan</p>")
    assert pdf.startswith(b"%PDF-")
