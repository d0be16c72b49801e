"""The engine's time per file, against reading and validating the same file (the floor).

    python benchmarks/engine.py --n 300              # generates the files (benchmarks/generate.py)
    python benchmarks/engine.py --cases DIR --repeat 7

In one process, over the same N generated files: the floor is kemitraan's own read of each file
(bytes, YAML, the input models and the file's checks: ``pipeline.read_partnership``); the engine
is :func:`kemitraan.engine.decide_rubric` for each rubric of a set, alone and with the summary
row (what a batch run does with a file once it is read). The two are interleaved ``--repeat`` times and the
median of each is reported, in milliseconds per file and as a ratio to the floor. Rubric sets:
the three of issue 18's figures (notoatmodjo-2010, sulistiyani-2017, principles) and the four
default ones. The collector is spared as in a batch run (``fast.spare_the_collector``).

    python benchmarks/engine.py --against /work/main/src --rounds 5

Before and after on the same run: each round runs this benchmark once with ``--against``'s
sources first on ``PYTHONPATH`` (before), then with this tree's ``src`` (after), in separate
processes over the same files; the median over the rounds of each figure is reported, with the
ratio after/before.

``--clock cpu`` times by the process's CPU time instead of the wall clock: on a machine shared
with other work, a process waiting for a core is not counted (the loops are single-threaded, so
on an idle machine the two agree).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kemitraan.models.rubric import LoadedRubric

HERE = Path(__file__).resolve().parent

SETS: dict[str, tuple[str, ...] | None] = {
    "three (issue 18)": ("notoatmodjo-2010", "sulistiyani-2017", "principles"),
    "four defaults": None,
}
"""Each set as ``--only`` names it (None: the default rubrics)."""
TARGET_MS = 0.1
"""Issue 18's target for the three rubrics: at most 0.1 ms of engine per file on this machine."""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=300, help="files to generate (when --cases is not given)")
    ap.add_argument("--cases", type=Path, help="a folder of partnership files to read instead")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--against", type=Path, help="a src folder to compare with (the before)")
    ap.add_argument("--rounds", type=int, default=5, help="with --against: before/after runs, interleaved")
    ap.add_argument(
        "--clock", choices=("wall", "cpu"), default="wall", help="wall clock, or the process's CPU time"
    )
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)  # one run's figures, for --against
    args = ap.parse_args()
    if args.cases is None:
        tmp = tempfile.mkdtemp(prefix="kemitraan-engine-")
        args.cases = Path(tmp)
        subprocess.run(
            [sys.executable, str(HERE / "generate.py"), "--n", str(args.n), "--out", tmp],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    if args.against is not None:
        against(args.against.resolve(), args.cases, args.repeat, args.rounds, args.clock)
        return
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    from kemitraan import fast
    from kemitraan.batch import rubrics_for
    from kemitraan.engine import decide_rubric
    from kemitraan.pipeline import aggregate_informants, read_partnership
    from kemitraan.summary import row

    files = sorted(Path(folder, name) for folder, _, names in os.walk(args.cases) for name in names)
    files = [f for f in files if f.suffix in (".yaml", ".yml")]
    sets = {name: rubrics_for((), only) for name, only in SETS.items()}
    parts = [aggregate_informants(read_partnership(f)[0]) for f in files]
    fast.spare_the_collector()

    def floor() -> float:
        start = clock()
        for f in files:
            read_partnership(f)
        return clock() - start

    def engine(rubrics: list[LoadedRubric]) -> float:
        start = clock()
        for p in parts:
            [decide_rubric(p, r) for r in rubrics]
        return clock() - start

    def with_row(rubrics: list[LoadedRubric]) -> float:
        start = clock()
        for p in parts:
            row("f", p, [decide_rubric(p, r) for r in rubrics])
        return clock() - start

    times: dict[str, list[float]] = {"floor": []}
    for _ in range(args.repeat):
        times["floor"].append(floor())
        for name, rubrics in sets.items():
            times.setdefault(name, []).append(engine(rubrics))
            times.setdefault(name + " + summary row", []).append(with_row(rubrics))
    per = {name: statistics.median(t) / len(files) * 1000 for name, t in times.items()}
    if args.json:
        print(json.dumps(per))
        return
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{len(files)} files, median of {args.repeat}, {args.clock} clock, load average {load:.2f}")
    print(f"{'floor: read + validate':<42} {per['floor']:7.3f} ms/file")
    for name in times:
        if name == "floor":
            continue
        ratio = per[name] / per["floor"]
        target = f"  (target {TARGET_MS} ms)" if name == "three (issue 18)" else ""
        print(f"{'engine, ' + name:<42} {per[name]:7.3f} ms/file  {ratio:5.2f} of the floor{target}")


def against(before: Path, cases: Path, repeat: int, rounds: int, clock: str = "wall") -> None:
    """Run the benchmark with ``before``'s sources and with this tree's, interleaved, ``rounds`` times."""
    after = HERE.parent / "src"
    found: dict[str, dict[str, list[float]]] = {"before": {}, "after": {}}
    for _ in range(rounds):
        for label, src in (("before", before), ("after", after)):
            env = {**os.environ, "PYTHONPATH": str(src)}
            command = [sys.executable, __file__, "--cases", str(cases), "--repeat", str(repeat), "--json"]
            command += ["--clock", clock]
            run = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
            for name, ms in json.loads(run.stdout.splitlines()[-1]).items():
                found[label].setdefault(name, []).append(ms)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"before: {before}\nafter:  {after}\nmedian of {rounds} rounds, {clock} clock, load average {load:.2f}"
    )
    print(f"{'':42} {'before':>8} {'after':>8}  after/before  (ms/file; x floor)")
    floors = {label: statistics.median(found[label]["floor"]) for label in found}
    for name in found["after"]:
        b, a = (statistics.median(found[label][name]) for label in ("before", "after"))
        shown = "floor: read + validate" if name == "floor" else "engine, " + name
        ratios = "" if name == "floor" else f"  ({b / floors['before']:.2f} -> {a / floors['after']:.2f})"
        print(f"{shown:<42} {b:8.3f} {a:8.3f}  {a / b:12.2f}{ratios}")


if __name__ == "__main__":
    main()
