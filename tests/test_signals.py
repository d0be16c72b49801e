"""Interrupts, with real signals to real processes: nothing left behind, no traceback, workers die
with their parent, exit codes 130 (SIGINT) and 143 (SIGTERM)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES

BENAN = EXAMPLES / "benan.yaml"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="needs headless Chromium")
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


@pytest.fixture
def tmpdir_short() -> Iterator[Path]:
    """A short TMPDIR of the run's own (Chromium's socket path must stay short), to see what is left in it."""
    folder = Path(tempfile.mkdtemp(prefix="k12s", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def cases(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir()
    for i in range(n):
        shutil.copyfile(BENAN, folder / f"c{i:05}.yaml")
    return folder


def start(tmpdir: Path, *args: str | Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "TMPDIR": str(tmpdir), "KEMITRAAN_NO_CACHE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "kemitraan", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )


def descendants(pid: int) -> set[int]:
    """Every living process below ``pid`` (its workers, their browsers)."""
    found: set[int] = set()
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            tasks = os.listdir(f"/proc/{current}/task")
        except FileNotFoundError:
            continue
        for task in tasks:
            try:
                children = Path(f"/proc/{current}/task/{task}/children").read_text().split()
            except OSError:
                continue
            for child in map(int, children):
                if child not in found:
                    found.add(child)
                    pending.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in ("Z", "X")


def wait_for(condition: Callable[[], bool], timeout: float = 90.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("timed out waiting")
        time.sleep(0.02)


def count(folder: Path, suffix: str) -> int:
    return sum(1 for p in folder.rglob(f"*{suffix}")) if folder.exists() else 0


def leftovers(*folders: Path) -> list[str]:
    """Temporary files and folders kemitraan makes: hidden reports and summaries, print and profile folders."""
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            name = path.name
            if name.endswith(".tmp") or name.startswith(("kemitraan-print-", "kemitraan-chromium-")):
                found.append(str(path))
    return found


def stop(process: subprocess.Popen[bytes], signum: int) -> tuple[int, str]:
    process.send_signal(signum)
    try:
        _, err = process.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        raise
    return process.returncode, err.decode("utf-8", "replace")


@pytest.mark.parametrize(
    ("signum", "code", "message"),
    [(signal.SIGINT, 130, "kemitraan: interrupted\n"), (signal.SIGTERM, 143, "kemitraan: terminated\n")],
    ids=["SIGINT", "SIGTERM"],
)
def test_a_batch_stopped_by_a_signal_leaves_nothing_behind(
    tmp_path: Path, tmpdir_short: Path, signum: int, code: int, message: str
) -> None:
    folder = cases(tmp_path, 3000)
    reports = tmp_path / "reports"
    process = start(
        tmpdir_short, "assess", folder, "-o", reports, "--summary", tmp_path / "s.csv", "--jobs", "2"
    )
    wait_for(lambda: count(reports, ".md") >= 50)
    workers = descendants(process.pid)
    assert workers, "the batch runs in worker processes"
    returncode, err = stop(process, signum)
    assert (returncode, err) == (code, message)
    wait_for(lambda: not any(alive(w) for w in workers), timeout=10)
    written = count(reports, ".md")
    time.sleep(1)
    assert count(reports, ".md") == written  # nobody goes on writing
    assert leftovers(tmp_path, tmpdir_short) == []
    assert not (tmp_path / "s.csv").exists()


def test_workers_die_with_a_parent_that_is_killed(tmp_path: Path, tmpdir_short: Path) -> None:
    folder = cases(tmp_path, 3000)
    reports = tmp_path / "reports"
    process = start(tmpdir_short, "assess", folder, "-o", reports, "--jobs", "2")
    wait_for(lambda: count(reports, ".md") >= 50)
    workers = descendants(process.pid)
    process.kill()  # SIGKILL: the parent cannot say a word to its workers
    process.wait(timeout=30)  # not communicate(): the workers hold its stderr open
    at_death = count(reports, ".md")
    wait_for(lambda: not any(alive(w) for w in workers), timeout=10)
    assert b"Traceback" not in process.communicate(timeout=30)[1]
    # At most the report each of the two workers was writing at that moment: the chunks of
    # files already sent to them are not done (they were, some hundred reports, before).
    assert count(reports, ".md") - at_death <= 2
    assert leftovers(reports) == []


@needs_chromium
@pytest.mark.parametrize("how", ["SIGTERM", "SIGKILL"])
def test_a_pdf_batch_stopped_leaves_no_browser_and_no_print_folder(
    tmp_path: Path, tmpdir_short: Path, how: str
) -> None:
    folder = cases(tmp_path, 40)
    reports = tmp_path / "reports"
    process = start(tmpdir_short, "assess", folder, "-f", "pdf", "-o", reports, "--jobs", "2")
    wait_for(lambda: count(reports, ".pdf") >= 2, timeout=180)
    below = descendants(process.pid)
    assert len(below) > 2, "workers and their browsers"
    if how == "SIGTERM":
        returncode, err = stop(process, signal.SIGTERM)
        assert (returncode, err) == (143, "kemitraan: terminated\n")
    else:
        process.kill()
        process.wait(timeout=30)
    at_death = count(reports, ".pdf")
    wait_for(lambda: not any(alive(p) for p in below), timeout=20)
    assert b"Traceback" not in process.communicate(timeout=30)[1]
    assert count(reports, ".pdf") - at_death <= (0 if how == "SIGTERM" else 2)
    wait_for(lambda: leftovers(reports, tmpdir_short) == [], timeout=10)


@needs_chromium
def test_a_single_pdf_stopped_while_printing_leaves_nothing(tmp_path: Path, tmpdir_short: Path) -> None:
    out = tmp_path / "r.pdf"
    process = start(tmpdir_short, "assess", BENAN, "-o", out)
    wait_for(lambda: any(p.name.startswith("kemitraan-print-") for p in tmpdir_short.iterdir()), timeout=60)
    below = descendants(process.pid)
    returncode, err = stop(process, signal.SIGTERM)
    assert (returncode, err) == (143, "kemitraan: terminated\n")
    wait_for(lambda: not any(alive(p) for p in below), timeout=20)
    assert leftovers(tmp_path, tmpdir_short) == []
    assert not out.exists()


def test_a_template_rendering_in_its_child_is_stopped_with_the_run(
    tmp_path: Path, tmpdir_short: Path
) -> None:
    mine = tmp_path / "slow.md.j2"
    mine.write_text("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}")
    process = start(tmpdir_short, "assess", BENAN, "-t", mine, "-o", tmp_path / "r.md")
    wait_for(lambda: len(descendants(process.pid)) >= 1, timeout=60)
    below = descendants(process.pid)
    returncode, err = stop(process, signal.SIGINT)
    assert (returncode, err) == (130, "kemitraan: interrupted\n")
    wait_for(lambda: not any(alive(p) for p in below), timeout=10)
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("dump", ["json", "template data"])
def test_a_signal_during_a_dump_is_raised_not_swallowed_by_pydantic(
    dump: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """pydantic-core turns an exception raised inside a serializer function (the one that puts
    every text into both languages) into a PydanticSerializationError: an interrupt arriving
    then was swallowed as one failed report, and a batch worker went on with SIGTERM ignored
    and hung the run. The handlers are held off during a dump, so the interrupt comes out as
    itself when the dump ends."""
    from kemitraan import entry
    from kemitraan.loader import load_rubrics
    from kemitraan.messages import both as real  # the function kemitraan.models.assessment imports
    from kemitraan.models import assessment
    from kemitraan.pipeline import assess_path
    from kemitraan.render.json import render_json
    from kemitraan.render.templating import template_data

    a = assess_path(BENAN, load_rubrics())
    sent: list[int] = []

    def both(v: object) -> dict[str, str]:
        if not sent:  # the signal arrives while pydantic is serialising
            sent.append(signal.SIGUSR1)
            os.kill(os.getpid(), signal.SIGUSR1)
        return real(v)

    monkeypatch.setattr(assessment, "both", both)
    saved = {s: signal.getsignal(s) for s in (signal.SIGUSR1, signal.SIGTERM, signal.SIGHUP)}
    signal.signal(signal.SIGUSR1, entry._stop)
    try:
        with pytest.raises(entry.Terminated):
            render_json(a) if dump == "json" else template_data(a, "id")
    finally:
        for s, handler in saved.items():
            signal.signal(s, handler)
    assert sent
