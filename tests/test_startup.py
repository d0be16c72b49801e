"""What a single run does at start-up (issue 18): the work it spares itself, checked by what it leaves behind, not by timings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENAN = str(ROOT / "examples" / "benan.yaml")


def _run(code: str, *, off: bool = False) -> str:
    env = {k: v for k, v in os.environ.items() if k != "KEMITRAAN_NO_FAST"}
    if off:
        env["KEMITRAAN_NO_FAST"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]


COLLECTOR = """
import gc, io, sys
from kemitraan.cli import main
sys.argv = ["kemitraan", *{args!r}]
out = sys.stdout
sys.stdout = io.StringIO()
try:
    main()
except SystemExit as exc:
    assert not exc.code, exc.code
sys.stdout = out
print(gc.get_freeze_count() > 0, gc.get_threshold()[0])
"""


@pytest.mark.parametrize(
    "args", [["assess", BENAN, "--format", "md"], ["explain", BENAN]], ids=["assess", "explain"]
)
def test_a_single_file_spares_the_collector_as_a_batch_does(args: list[str]) -> None:
    assert _run(COLLECTOR.format(args=args)) == "True 5000"


def test_with_the_fast_paths_off_the_collector_keeps_its_defaults() -> None:
    assert _run(COLLECTOR.format(args=["assess", BENAN, "--format", "md"]), off=True) == "False 700"
