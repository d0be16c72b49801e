"""Large files: time against the number of programs, and the peak memory of a 5 MB file.

    python benchmarks/large.py                       # 250, 500, 1,000 and 2,000 programs
    python benchmarks/large.py --programs 1000 --repeat 5

Each file is Benan with its one program repeated (``bench.big_file``). For each size,
``kemitraan assess FILE --format json -o OUT`` runs interleaved with its floor, the same file
loaded with PyYAML's C loader in a fresh process (``bench.LOAD_ONE``), ``--repeat`` times; the
medians are reported with their ratio (issue 18's target for 1,000 programs: at most 1.6) and
the time per program, which stays flat when the time is linear in the file. A reference runs
the same assess with the cyclic garbage collector off for the whole process ("no gc"). Peak memory is the
largest resident set of the process (``wait4``), for the assess and for its floor; the largest
file's is also given against its parsed size, the memory the C loader's data takes once loaded
(``tracemalloc``, in a process of its own): issue 18's target is at most 2.5 times a 5 MB file's
parsed size. Two references in the same run show what that target is up against: the C loader's
own peak as a multiple of the parsed size, and the peak of an assess of a 7 KB file (Benan), what
the interpreter and the libraries take before any large file is read.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from bench import LOAD_ONE, ROOT, big_file, kemitraan_command, load, repeat  # noqa: E402

NO_COLLECTOR = """
import gc, sys
gc.disable()
from kemitraan.entry import main
sys.argv = ['kemitraan', *sys.argv[1:]]
main()
"""
"""A reference: the same assess with Python's cyclic garbage collector off for the whole run (what
sparing the collector on the single-file path could bring at most; a single assessment now pauses
it while it assesses and reports, ``fast.collector_paused``, so the two should take the same time)."""

PARSED = """
import sys, tracemalloc, yaml
text = open(sys.argv[1], encoding='utf-8').read()
tracemalloc.start()
data = yaml.load(text, Loader=yaml.CSafeLoader)
print(tracemalloc.get_traced_memory()[0])
"""
"""The memory the parsed data of a file takes (its Python objects, once the loader is done)."""


def assess_args(path: Path, out: Path) -> list[str]:
    return ["assess", str(path), "--format", "json", "-o", str(out)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--programs", type=int, nargs="+", default=[250, 500, 1000, 2000])
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kemitraan-large-"))
    print(f"load average before: {load()}")
    head = ("programs", "size", "assess", "floor", "ratio", "ms/prog", "peak", "floor", "no gc", "ratio")
    print(" ".join(f"{h:>8}" for h in head))
    largest = None
    for n in args.programs:
        path = tmp / f"big{n}.yaml"
        big_file(path, n)
        commands = {
            "assess": [
                *kemitraan_command(),
                "assess",
                str(path),
                "--format",
                "json",
                "-o",
                str(tmp / "out.json"),
            ],
            "floor": [sys.executable, "-c", LOAD_ONE, str(path)],
            "no collector": [sys.executable, "-c", NO_COLLECTOR, *assess_args(path, tmp / "ref.json")],
        }
        runs = repeat(commands, args.repeat, ROOT)
        seconds = {name: statistics.median(r.seconds for r in rs) for name, rs in runs.items()}
        peak = {name: max(r.max_rss_mb for r in rs) for name, rs in runs.items()}
        size = path.stat().st_size / 2**20
        print(
            f"{n:>8} {size:>6.2f}MB {seconds['assess']:>7.3f}s {seconds['floor']:>7.3f}s"
            f" {seconds['assess'] / seconds['floor']:>8.2f} {seconds['assess'] / n * 1000:>8.3f}"
            f" {peak['assess']:>6.0f}MB {peak['floor']:>6.0f}MB"
            f" {seconds['no collector']:>7.3f}s {seconds['no collector'] / seconds['floor']:>8.2f}"
        )
        largest = (n, path, size, peak)
    assert largest is not None
    n, path, size, peak = largest
    done = subprocess.run(
        [sys.executable, "-c", PARSED, str(path)], capture_output=True, check=True, text=True
    )
    parsed = int(done.stdout) / 2**20
    small = repeat(
        {"small": [*kemitraan_command(), *assess_args(ROOT / "examples" / "benan.yaml", tmp / "small.json")]},
        args.repeat,
        ROOT,
    )
    base = max(r.max_rss_mb for r in small["small"])
    print(
        f"{n} programs ({size:.1f} MB): parsed size {parsed:.0f} MB; assess peak {peak['assess']:.0f} MB ="
        f" {peak['assess'] / parsed:.1f}x the parsed size, {peak['assess'] / peak['floor']:.2f}x the C loader's"
        f" peak (target: at most 2.5x the parsed size of a 5 MB file)\n"
        f"references: the C loader's load alone peaks at {peak['floor']:.0f} MB ="
        f" {peak['floor'] / parsed:.1f}x the parsed size; an assess of examples/benan.yaml (7 KB: the"
        f" interpreter and the libraries, before any large file) at {base:.0f} MB = {base / parsed:.1f}x"
    )
    print(f"load average after: {load()}")


if __name__ == "__main__":
    main()
