"""How fast kemitraan is, against floors measured in the same run on the same machine.

    python benchmarks/bench.py --n 10000          # about a minute on two cores
    python benchmarks/bench.py --n 1000 --repeat 1

It generates N realistic, varied partnership files (benchmarks/generate.py, fixed seed) and
times, each as a ratio to its floor:

1. the floor of a batch: loading the same files with PyYAML's C loader, one process, nothing else;
   and, for reference, the same split over two processes (the least a batch can take on two cores,
   against the target's "under 45 s");
2. ``kemitraan assess DIR --summary out.csv`` with the default jobs (all cores), and with
   ``--jobs 1``; also on 1,000 files (N/10 below 10,000), to show that peak memory does not
   grow with N;
3. start-up: ``kemitraan assess examples/benan.yaml --format md`` and the same in the terminal
   format against the floor of issue 18, reading the file and validating it with its input
   models and nothing else (VALIDATE); ``kemitraan --version`` against
   ``python -c "import typer"``. References show where start-up goes: a Typer app with
   assess's options that does nothing, the import floor
   (``python -c "import typer, pydantic, yaml, jinja2, rich"``), the import floor plus
   ``from pydantic import BaseModel``, and the import floor plus the input models;
4. one file with 1,000 programs (Benan's program repeated) assessed to JSON, against the same
   file's C-loader load.

Issue 18's targets are printed beside each ratio (TARGETS).

Each command runs ``--repeat`` times (start-up ones ``--startup-repeat`` times), interleaved
with its floor, and the median is reported. Peak memory is the largest resident set of any
one process of the command and the largest total over the command's process tree, both
sampled every 20 ms from /proc on Linux (``wait4``'s figure elsewhere: on Linux it starts from
the parent's own peak, which holds the list of generated files). Run it on a quiet machine: the load average
before and after is printed, since other work on the machine skews every figure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

FLOOR = """
import os, sys, yaml
part, parts = (int(sys.argv[2]), int(sys.argv[3])) if len(sys.argv) > 3 else (0, 1)
n = i = 0
for folder, dirs, files in os.walk(sys.argv[1]):
    dirs.sort()
    for name in sorted(files):
        if name.endswith(('.yaml', '.yml')):
            if i % parts == part:
                with open(os.path.join(folder, name), encoding='utf-8') as handle:
                    yaml.load(handle.read(), Loader=yaml.CSafeLoader)
                n += 1
            i += 1
print(n)
"""
"""The floor of a batch: every file loaded with PyYAML's C loader, one process (or, given
``PART PARTS``, every PARTS-th file from the PART-th)."""

FLOOR_BOTH_CORES = f"""
import subprocess, sys
floor = {FLOOR!r}
children = [subprocess.Popen([sys.executable, '-c', floor, sys.argv[1], str(k), '2']) for k in range(2)]
sys.exit(max(child.wait() for child in children))
"""
"""The floor split over two processes, half the files each: what the batch floor takes on both
cores of this machine, the least any batch of these files could take here."""

SKELETON = """
from pathlib import Path
from typing import Annotated
import typer
app = typer.Typer()
@app.command()
def assess(
    paths: Annotated[list[Path], typer.Argument()],
    fmt: Annotated[str | None, typer.Option("--format")] = None,
    output: Annotated[Path | None, typer.Option("--output")] = None,
    lang: Annotated[str | None, typer.Option("--lang")] = None,
    rubric: Annotated[list[str] | None, typer.Option("--rubric")] = None,
    aggregate: Annotated[str, typer.Option("--aggregate")] = "median",
    summary: Annotated[Path | None, typer.Option("--summary")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", min=1)] = None,
) -> None:
    pass
@app.command()
def other() -> None:
    pass
app()
"""
"""A Typer app with the options of ``kemitraan assess`` that does nothing: what Typer alone costs."""

IMPORTS = "import typer, pydantic, yaml, jinja2, rich"
"""The start-up floor the issue sets. ``import pydantic`` is lazy: it does not load ``BaseModel``."""

PLUGINS_OFF = "import os; os.environ.setdefault('PYDANTIC_DISABLE_PLUGINS', '__all__')"

TARGETS = {
    "batch": 0.7,
    "batch --jobs 1": 1.15,
    "assess benan.yaml --format md": 1.15,
    "assess benan.yaml (terminal)": 1.35,
    "--version": 1.1,
    "one file, 1,000 programs": 1.6,
}
"""Issue 18's targets, each a ratio to its floor (see FLOORS in main)."""

UNDER_SECONDS = 45
"""Issue 18's batch target in seconds on its machine, besides the ratio (84,000 files)."""

VALIDATE = """
import os, sys
os.environ.setdefault('PYDANTIC_DISABLE_PLUGINS', '__all__')
import yaml
from kemitraan.models.partnership import Partnership
class Loader(yaml.CSafeLoader):  # YAML 1.2's plain scalars, as kemitraan reads them: yes is text
    yaml_implicit_resolvers = {
        k: [(tag, r) for tag, r in v if tag not in ('tag:yaml.org,2002:bool', 'tag:yaml.org,2002:timestamp')]
        for k, v in yaml.CSafeLoader.yaml_implicit_resolvers.items()
    }
with open(sys.argv[1], encoding='utf-8') as handle:
    Partnership.model_validate(yaml.load(handle.read(), Loader=Loader))
"""
"""The start-up floor of issue 18: read the file (PyYAML's C loader, with YAML 1.2's plain
scalars as kemitraan reads them) and validate it with its input models, nothing else."""

LOAD_ONE = """
import sys, yaml
with open(sys.argv[1], encoding='utf-8') as handle:
    yaml.load(handle.read(), Loader=yaml.CSafeLoader)
"""
"""The floor of a large file: the same file loaded with PyYAML's C loader."""


def big_file(path: Path, programs: int = 1000) -> None:
    """Benan with its one program repeated ``programs`` times (ids ``p0001`` ...), as YAML."""
    import copy

    import yaml

    class Loader(yaml.CSafeLoader):  # yes and no stay text, as kemitraan reads them
        yaml_implicit_resolvers = {
            k: [
                (tag, r)
                for tag, r in v
                if tag not in ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:timestamp")
            ]
            for k, v in yaml.CSafeLoader.yaml_implicit_resolvers.items()
        }

    data = yaml.load((ROOT / "examples" / "benan.yaml").read_text(encoding="utf-8"), Loader=Loader)
    first = data["programs"][0]
    data["programs"] = []
    for i in range(programs):
        program = copy.deepcopy(first)
        program["id"] = f"p{i + 1:04}"
        program["name"] = f"{first['name']} ({i + 1})"
        data["programs"].append(program)
    path.write_text(
        yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )


@dataclass
class Run:
    seconds: float
    max_rss_mb: float
    """The largest resident set of any one process of the command."""
    tree_rss_mb: float | None
    """The largest total resident set of the command's process tree (Linux), or None."""


def _tree_rss(pid: int) -> tuple[int, int]:
    """Resident bytes of ``pid`` and its descendants, from /proc: their total and the largest
    one's (0 when it has ended)."""
    total, largest, todo, page = 0, 0, [pid], os.sysconf("SC_PAGE_SIZE")
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/statm") as handle:
                rss = int(handle.read().split()[1]) * page
            total, largest = total + rss, max(largest, rss)
            with open(f"/proc/{p}/task/{p}/children") as handle:
                todo += [int(c) for c in handle.read().split()]
        except (OSError, ValueError):
            continue
    return total, largest


def measure(command: list[str], cwd: Path) -> Run:
    """Run a command to its end: wall time and peak memory."""
    sample = Path("/proc/self/statm").exists()
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0, 0]  # the whole tree's, and the largest process's
    done = threading.Event()

    def sampler() -> None:
        while not done.wait(0.02):
            total, largest = _tree_rss(proc.pid)
            peak[0], peak[1] = max(peak[0], total), max(peak[1], largest)

    thread = threading.Thread(target=sampler, daemon=True)
    if sample:
        thread.start()
    assert proc.stderr is not None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    done.set()
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"bench: {' '.join(command)} failed ({proc.returncode}):\n{err.decode()}")
    # wait4's ru_maxrss starts from this (parent) process's own peak on Linux, which holds the
    # generated file list: sampled from /proc where there is one, so a child reads as itself.
    rss = usage.ru_maxrss / 1024 if sys.platform != "darwin" else usage.ru_maxrss / 2**20
    if sample and peak[1]:
        rss = peak[1] / 2**20
    return Run(seconds, rss, peak[0] / 2**20 if sample else None)


def repeat(commands: dict[str, list[str]], times: int, cwd: Path) -> dict[str, list[Run]]:
    """Each command ``times`` times, interleaved, so that a change in load hits all alike."""
    runs: dict[str, list[Run]] = {name: [] for name in commands}
    for _ in range(times):
        for name, command in commands.items():
            runs[name].append(measure(command, cwd))
    return runs


def median(runs: list[Run]) -> Run:
    tree = [r.tree_rss_mb for r in runs if r.tree_rss_mb is not None]
    return Run(
        statistics.median(r.seconds for r in runs),
        max(r.max_rss_mb for r in runs),
        max(tree) if tree else None,
    )


def kemitraan_command() -> list[str]:
    script = Path(sys.executable).with_name("kemitraan")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kemitraan"]


def generate(n: int, out: Path, seed: int) -> None:
    """benchmarks/generate.py in its own process: this one stays small, since a child's peak
    memory as the kernel reports it includes its parent's size when it started."""
    command = [
        sys.executable,
        str(HERE / "generate.py"),
        "--n",
        str(n),
        "--seed",
        str(seed),
        "--out",
        str(out),
    ]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"


def compile_package() -> None:
    """Byte-compile kemitraan's modules, as ``pip install`` does for its dependencies.

    An editable install (``pip install -e``) leaves them as source, and where
    PYTHONDONTWRITEBYTECODE is set nothing ever caches their compiled form: every start-up
    would then compile kemitraan from source, which users of an installed copy never pay.
    """
    import compileall

    import kemitraan

    compileall.compile_dir(str(Path(kemitraan.__file__).parent), quiet=1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=10_000, help="how many partnership files (default 10000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each batch command (median)")
    parser.add_argument("--startup-repeat", type=int, default=20, help="runs of each start-up command")
    parser.add_argument(
        "--dir", type=Path, help="generate the files here and keep them (default: a temp dir)"
    )
    args = parser.parse_args()

    kemitraan = kemitraan_command()
    python = sys.executable
    compile_package()
    work = Path(tempfile.mkdtemp(prefix="kemitraan-bench-"))
    cases = args.dir or work / "cases"
    small = work / "cases-small"
    try:
        t0 = time.perf_counter()
        if not (cases / f".generated-{args.n}-{args.seed}").exists():
            shutil.rmtree(cases, ignore_errors=True)
            generate(args.n, cases, args.seed)
            (cases / f".generated-{args.n}-{args.seed}").touch()
        few = min(1000, max(1, args.n // 10))
        generate(few, small, args.seed)
        big = work / "big.yaml"
        big_file(big)
        size = sum(p.stat().st_size for p in cases.rglob("*.yaml"))
        print(
            f"{args.n} files, {size / args.n / 1024:.1f} KiB each on average, generated in "
            f"{time.perf_counter() - t0:.1f} s; {os.cpu_count()} cores; Python {sys.version.split()[0]}"
        )
        print(f"load average before: {load()}")
        summary = str(work / "summary.csv")
        batch = repeat(
            {
                "floor": [python, "-c", FLOOR, str(cases)],
                "floor, two processes": [python, "-c", FLOOR_BOTH_CORES, str(cases)],
                "batch": [*kemitraan, "assess", str(cases), "--summary", summary],
                "batch --jobs 1": [*kemitraan, "assess", str(cases), "--summary", summary, "--jobs", "1"],
            },
            args.repeat,
            work,
        )
        tenth = repeat(
            {"batch, fewer files": [*kemitraan, "assess", str(small), "--summary", summary]}, 1, work
        )
        benan = str(ROOT / "examples" / "benan.yaml")
        startup = repeat(
            {
                "import floor": [python, "-c", IMPORTS],
                "read + validate floor": [python, "-c", VALIDATE, benan],
                "floor + import jinja2": [python, "-c", "import jinja2\n" + VALIDATE, benan],
                "floor + import rich.console": [python, "-c", "import rich.console\n" + VALIDATE, benan],
                "assess benan.yaml --format md": [*kemitraan, "assess", benan, "--format", "md"],
                "assess benan.yaml (terminal)": [*kemitraan, "assess", benan],
                "typer app doing nothing": [python, "-c", SKELETON, "assess", benan, "--format", "md"],
                "pydantic BaseModel imported": [python, "-c", f"{IMPORTS}; from pydantic import BaseModel"],
                "input models only": [
                    python,
                    "-c",
                    f"{PLUGINS_OFF}; {IMPORTS}; import kemitraan.models.partnership",
                ],
                "typer floor": [python, "-c", "import typer"],
                "--version": [*kemitraan, "--version"],
            },
            args.startup_repeat,
            work,
        )
        large = repeat(
            {
                "C-loader load of the large file": [python, "-c", LOAD_ONE, str(big)],
                "read + validate the large file": [python, "-c", VALIDATE, str(big)],
                "one file, 1,000 programs": [*kemitraan, "assess", str(big), "--format", "json"],
            },
            max(1, args.repeat),
            work,
        )
        print(f"load average after:  {load()}\n")

        m = {name: median(runs) for name, runs in {**batch, **tenth, **startup, **large}.items()}
        floors = {
            "batch": "floor",
            "batch --jobs 1": "floor",
            "floor, two processes": "floor",
            "assess benan.yaml --format md": "read + validate floor",
            "assess benan.yaml (terminal)": "read + validate floor",
            "one file, 1,000 programs": "C-loader load of the large file",
            "read + validate the large file": "C-loader load of the large file",
            "--version": "typer floor",
            "typer app doing nothing": "import floor",
            "pydantic BaseModel imported": "import floor",
            "input models only": "import floor",
            "floor + import jinja2": "read + validate floor",
            "floor + import rich.console": "read + validate floor",
        }
        header = (
            f"{'measurement':34} {'median s':>9} {'ratio':>6} {'target':>7}  {'max RSS':>8} {'tree RSS':>9}"
        )
        print(header)
        print("-" * len(header))
        for name, run in m.items():
            ratio = target = ""
            if name in floors:
                value = run.seconds / m[floors[name]].seconds
                ratio = f"{value:.2f}"
                if name in TARGETS:
                    target = f"≤{TARGETS[name]} {'✓' if value <= TARGETS[name] else '✗'}"
            tree = f"{run.tree_rss_mb:.0f} MB" if run.tree_rss_mb is not None else "–"
            seconds = f"{run.seconds:.3f}" if run.seconds < 1 else f"{run.seconds:.2f}"
            print(f"{name:34} {seconds:>9} {ratio:>6} {target:>7}  {run.max_rss_mb:>5.0f} MB {tree:>9}")
        print(
            "\nreferences for start-up: 'pydantic BaseModel imported' is the import floor plus\n"
            "`from pydantic import BaseModel`; 'input models only' is the import floor plus the\n"
            "pydantic models that validate a partnership file (and nothing else kemitraan does);\n"
            "'floor + import jinja2' is the read + validate floor plus importing the template engine\n"
            "every report is written with (the least a report costs on this stack), and\n"
            "'floor + import rich.console' the same with what the terminal format draws with.\n"
            "'read + validate the large file' reads the large file as the start-up floor reads Benan\n"
            "(YAML 1.2 scalars, the input models): the least its assessment costs on this stack."
        )
        for name, reference in (
            ("assess benan.yaml --format md", "floor + import jinja2"),
            ("assess benan.yaml (terminal)", "floor + import rich.console"),
        ):
            print(f"{name} against '{reference}': {m[name].seconds / m[reference].seconds:.2f}")
        both = m["floor, two processes"].seconds
        print(
            f"\nbatch under {UNDER_SECONDS} s: the floor split over two processes takes {both:.1f} s "
            f"({'so the target is out of reach on this machine' if both >= UNDER_SECONDS else 'within reach'}); "
            f"the batch takes {m['batch'].seconds / both:.2f} of it"
        )
        whole, part = m["batch"], m["batch, fewer files"]
        print(
            f"\npeak memory, {args.n} files vs {few} files (default jobs): largest process "
            f"{whole.max_rss_mb:.0f} vs {part.max_rss_mb:.0f} MB (ratio {whole.max_rss_mb / part.max_rss_mb:.2f}, "
            f"target ≤1.05)"
            + (
                f", whole tree {whole.tree_rss_mb:.0f} vs {part.tree_rss_mb:.0f} MB"
                if whole.tree_rss_mb and part.tree_rss_mb
                else ""
            )
        )
        print(
            f"per file: floor {1000 * m['floor'].seconds / args.n:.3f} ms, --jobs 1 "
            f"{1000 * m['batch --jobs 1'].seconds / args.n:.3f} ms"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
