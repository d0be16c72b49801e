"""`kemitraan init` in a real terminal: tmux types the answers, as a person would.

CliRunner feeds answers through a pipe; this drives the command through a pseudo-terminal, where
prompts, echo and line editing behave as for a user. Skips when tmux is not installed
(.ci/run installs it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kemitraan.loader import load_partnership

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Tmux:
    def __init__(self, socket: str) -> None:
        self.socket = socket

    def run(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=True)
        return done.stdout

    def screen(self) -> str:
        return self.run("capture-pane", "-p", "-J", "-S", "-200", "-t", "s")

    def wait_for(self, text: str, timeout: float = 20) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} did not appear; the screen shows:\n{self.screen()}")

    def type(self, answer: str) -> None:
        if answer:
            self.run("send-keys", "-t", "s", "-l", answer)
        self.run("send-keys", "-t", "s", "Enter")


@pytest.fixture
def tmux(tmp_path: Path) -> Iterator[Tmux]:
    session = Tmux(f"kemitraan-test-{os.getpid()}")
    env = f"PYTHONPATH={os.pathsep.join(sys.path)}"
    command = (
        f"cd {tmp_path} && env {env} {sys.executable} -m kemitraan init desa.yaml --lang en; echo EXIT=$?"
    )
    session.run("new-session", "-d", "-s", "s", "-x", "160", "-y", "50", command + "; sleep 60")
    try:
        yield session
    finally:
        subprocess.run(["tmux", "-L", session.socket, "kill-server"], capture_output=True, check=False)


def test_init_answered_in_a_terminal(tmux: Tmux, tmp_path: Path) -> None:
    tmux.wait_for("Name of partner 1 (required):")
    for answer in ("P2TP2A", "", "1", "staff", "", "yes", ""):
        tmux.type(answer)
    tmux.wait_for("Name of partner 2 (required):")
    for answer in ("Desa Benan", "", "2", "", "", "", "", ""):
        tmux.type(answer)
    tmux.wait_for("Title of the partnership [Partnership of P2TP2A and Desa Benan]:")
    for answer in ("", "20x9", "2019", "", "", "", "", "", "", "", "child protection", "children", "", ""):
        tmux.type(answer)
    screen = tmux.wait_for("Name of program 1 (Enter when done):")
    assert "Cannot use that: write the year with 4 digits" in screen
    assert "4. active — shared in deciding and doing the work" in screen
    for answer in (
        "Sosialisasi",
        "",
        "",
        "lead",
        "active",
        "",
        "lead",
        "informed",
        "",
        "lead",
        "absent",
        "",
        "",
    ):
        tmux.type(answer)
    tmux.wait_for("Equity: score 1-5")
    for answer in (
        "3",
        "",
        *[""] * 7,
        "",
        "",
        "no",
        "no",
        "no",
    ):  # ..., agreement, balance, relation, capacity, constraints
        tmux.type(answer)
    screen = tmux.wait_for("EXIT=")
    assert "EXIT=0" in screen, screen
    assert "Wrote desa.yaml. Next: kemitraan validate desa.yaml" in screen
    p, _, _ = load_partnership(tmp_path / "desa.yaml")
    assert p.programs[0].implementation and p.programs[0].implementation.participation == {
        "p2tp2a": "lead",
        "desa-benan": "informed",
    }
    assert p.period is not None and p.period.from_ == 2019
