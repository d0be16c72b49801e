"""What the loader's safety checks cost per file, against PyYAML's C loader doing nothing else.

    python benchmarks/loader_checks.py [--repeat 2000]

For each example file it times (best of 5 rounds, microseconds per file):
  floor    yaml.load(text, Loader=yaml.CSafeLoader)
  parse    kemitraan.loader.parse_yaml (YAML 1.2 scalars, duplicate keys, tags, alias and
           control-character checks)
  load     kemitraan.loader.load_partnership (read, decode, parse, validate)
The figures in the README's "Bad input" section come from this script.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from kemitraan.loader import load_partnership, parse_yaml

ROOT = Path(__file__).resolve().parents[1]


def best(fn: Callable[[], object], repeat: int, rounds: int = 5) -> float:
    """Microseconds per call, best of ``rounds``."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeat):
            fn()
        times.append((time.perf_counter() - start) / repeat * 1e6)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args()
    print(f"{'file':<32} {'bytes':>6} {'floor':>8} {'parse':>8} {'load':>8}  parse-floor")
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        floor = best(lambda t=text: yaml.load(t, Loader=yaml.CSafeLoader), args.repeat)
        parse = best(lambda t=text, f=str(path): parse_yaml(t, f), args.repeat)
        load = best(lambda p=path: load_partnership(p), args.repeat)
        print(
            f"{path.name:<32} {len(text.encode()):>6} {floor:>7.1f}u {parse:>7.1f}u {load:>7.1f}u"
            f"  {parse - floor:+.1f}u ({parse / floor:.2f}x)"
        )


if __name__ == "__main__":
    main()
