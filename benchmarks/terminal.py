"""What the terminal report costs, in process: importing its renderer, its first drawing, and later ones.

    python benchmarks/terminal.py                         # this tree's src against itself
    python benchmarks/terminal.py OLD/src NEW/src --runs 25

Each run is a fresh process that assesses ``examples/benan.yaml`` (the work before the report,
not timed), then times ``import kemitraan.render.terminal``, the first ``render_terminal`` call
and the median of ``--steady`` later calls (100 columns, no colour: a piped ``kemitraan assess``).
The sources given run alternately, ``--runs`` processes each, and the medians over the runs are
printed, so two trees compare on the same machine at the same moment.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, statistics, sys, time
from pathlib import Path
from kemitraan.loader import load_rubrics
from kemitraan.pipeline import assess_path
a = assess_path(Path(sys.argv[1]), load_rubrics(None))
lang, width, color, steady = sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1", int(sys.argv[5])
t0 = time.perf_counter()
from kemitraan.render.terminal import render_terminal
t1 = time.perf_counter()
render_terminal(a, lang, color=color, width=width)
t2 = time.perf_counter()
times = []
for _ in range(steady):
    s = time.perf_counter()
    render_terminal(a, lang, color=color, width=width)
    times.append(time.perf_counter() - s)
print(json.dumps({"import": t1 - t0, "first": t2 - t1, "steady": statistics.median(times)}))
"""


def run(src: str, args: argparse.Namespace) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": src}
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            CHILD,
            str(ROOT / "examples" / "benan.yaml"),
            args.lang,
            str(args.width),
            "1" if args.color else "0",
            str(args.steady),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("src", nargs="*", default=[str(ROOT / "src")])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--steady", type=int, default=20)
    parser.add_argument("--lang", default="id")
    parser.add_argument("--width", type=int, default=100)
    parser.add_argument("--color", action="store_true")
    args = parser.parse_args()
    samples: dict[str, list[dict[str, float]]] = {src: [] for src in args.src}
    for _ in range(args.runs):
        for src in args.src:
            samples[src].append(run(src, args))
    for src, runs in samples.items():
        medians = {
            key: statistics.median(r[key] for r in runs) * 1000 for key in ("import", "first", "steady")
        }
        print(
            f"{src}: import {medians['import']:.1f} ms · first render {medians['first']:.1f} ms · "
            f"steady render {medians['steady']:.1f} ms (medians of {len(runs)} runs)"
        )


if __name__ == "__main__":
    main()
