"""What ``kemitraan assess examples/benan.yaml --format md`` costs against issue 18's floor, paired.

    python benchmarks/markdown.py                         # this tree's src
    python benchmarks/markdown.py OLD/src NEW/src --runs 20

Each round runs the floor (``VALIDATE`` of benchmarks/bench.py: read the file and validate it
with its input models, nothing else), ``floor + import jinja2``, then the Markdown report with
each source tree given (``PYTHONPATH``), in turn; the medians over the rounds are printed with
their ratio to the floor, wall time and processor time (user and system, which the machine's
other work sways less), so that the trees compare on the same machine at the same moment.
Compile each tree first (``python -m compileall -q src``): without byte code, a run compiles.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench import VALIDATE

ROOT = Path(__file__).resolve().parents[1]
BENAN = str(ROOT / "examples" / "benan.yaml")


def seconds(command: list[str], src: str) -> tuple[float, float]:
    """The wall time of a run, and the processor time it took (user and system: less swayed by
    the machine's other work than the wall time)."""
    env = {**os.environ, "PYTHONPATH": src}
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed")
    return wall, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("src", nargs="*", default=[str(ROOT / "src")])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    python, first = sys.executable, args.src[0]
    commands: dict[str, tuple[list[str], str]] = {
        "floor": ([python, "-c", VALIDATE, BENAN], first),
        "floor + import jinja2": ([python, "-c", "import jinja2\n" + VALIDATE, BENAN], first),
    }
    for src in args.src:
        commands[f"md {src}"] = ([python, "-m", "kemitraan", "assess", BENAN, "--format", "md"], src)
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, (command, src) in commands.items():
            runs[name].append(seconds(command, src))
    floor = [statistics.median(r[k] for r in runs["floor"]) for k in (0, 1)]
    print(f"{'medians of ' + str(args.runs) + ' runs':<40} {'wall':>9} {'ratio':>6}  {'cpu':>9} {'ratio':>6}")
    for name, times in runs.items():
        wall, cpu = (statistics.median(r[k] for r in times) for k in (0, 1))
        print(
            f"{name:<40} {wall * 1000:6.1f} ms {wall / floor[0]:5.2f}x  {cpu * 1000:6.1f} ms {cpu / floor[1]:5.2f}x"
        )


if __name__ == "__main__":
    main()
