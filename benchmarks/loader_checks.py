"""What the loader's safety checks cost per file, against PyYAML's C loader doing nothing else.

    python benchmarks/loader_checks.py [--repeat 2000]

For each example file (and the hostile corpus's non-ASCII one) it prints, in microseconds per
file (best of 7 rounds):
  floor    yaml.load(text, Loader=yaml.CSafeLoader): PyYAML's C parser, nothing else
  load     kemitraan.loader.load_partnership: read, decode, parse, check, validate
  checks   what the safety checks add on the way: decoding with the encoding and space checks
           (over a bare UTF-8 decode), and the text tests that decide whether a node walk is
           needed (walks_needed)
  walks    the alias and hidden-character walks over the node tree, for a file that needs
           them (they run only when the text has an anchor and an alias, or a backslash escape
           in double quotes, or a direction mark)
The figures in docs/bad-input.md come from this script.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from kemitraan.limits import DEFAULT_MAX_BYTES
from kemitraan.loader import load_partnership
from kemitraan.loader.reader import Yaml12Loader, check_expansion, check_hidden, decode, walks_needed

ROOT = Path(__file__).resolve().parents[1]


def best(fn: Callable[[], object], repeat: int, rounds: int = 7) -> float:
    """Microseconds per call, best of ``rounds``."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeat):
            fn()
        times.append((time.perf_counter() - start) / repeat * 1e6)
    return min(times)


def measure(path: Path, repeat: int) -> tuple[float, float, float, float]:
    """(floor, load, checks, walks) in microseconds per file."""
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    node = yaml.compose(text, Loader=Yaml12Loader)
    floor = best(lambda: yaml.load(text, Loader=yaml.CSafeLoader), repeat // 10)
    load = best(lambda: load_partnership(path), repeat // 10)
    decoding = best(lambda: decode(raw, "x"), repeat) - best(lambda: raw.decode("utf-8-sig"), repeat)
    checks = decoding + best(lambda: walks_needed(text), repeat)
    walks = best(lambda: (check_expansion(node, DEFAULT_MAX_BYTES), check_hidden(node)), repeat // 10)
    return floor, load, checks, walks


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args()
    files = [
        *sorted((ROOT / "examples").glob("*.yaml")),
        ROOT / "tests" / "hostile" / "non-ascii-everywhere.yaml",
    ]
    print(f"{'file':<30} {'bytes':>6} {'floor':>8} {'load':>8} {'checks':>7} {'walks':>7}  checks/floor")
    for path in files:
        floor, load, checks, walks = measure(path, args.repeat)
        print(
            f"{path.name:<30} {path.stat().st_size:>6} {floor:>7.1f}u {load:>7.1f}u {checks:>6.2f}u {walks:>6.1f}u"
            f"  {checks / floor:.2%}"
        )


if __name__ == "__main__":
    main()
