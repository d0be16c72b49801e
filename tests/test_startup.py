"""What a single run does at start-up (issue 18): the work it spares itself, checked by what it leaves behind, not by timings."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import IO

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


def _main(args: list[str], report: str, before: str = "") -> str:
    """A script that runs ``kemitraan ARGS`` in its process (after ``before``), its output
    swallowed, then prints ``report``."""
    return f"""
import gc, io, sys
{before}
from kemitraan.cli import main
sys.argv = ["kemitraan", *{args!r}]
out = sys.stdout
sys.stdout = io.StringIO()
try:
    main()
except SystemExit as exc:
    assert not exc.code, exc.code
sys.stdout = out
print({report})
"""


COLLECTOR = "gc.get_freeze_count() > 0, gc.get_threshold()[0]"


@pytest.mark.parametrize(
    "args", [["assess", BENAN, "--format", "md"], ["explain", BENAN]], ids=["assess", "explain"]
)
def test_a_single_file_spares_the_collector_as_a_batch_does(args: list[str]) -> None:
    assert _run(_main(args, COLLECTOR)) == "True 5000"


WHILE_DRAWN = """
import kemitraan.render
seen = []
draw = kemitraan.render.render
def render(*args, **kwargs):
    seen.append(gc.isenabled())
    return draw(*args, **kwargs)
kemitraan.render.render = render
"""
"""Records whether the collector is on while the report is drawn."""


def test_a_single_assessment_pauses_the_collector_while_it_reports() -> None:
    # it leaves no cycle to collect (tests/test_batch.py): collections would only walk what lives;
    # on again after, for whoever runs kemitraan in their own process
    md = ["assess", BENAN, "--format", "md"]
    assert _run(_main(md, "seen, gc.isenabled()", before=WHILE_DRAWN)) == "[False] True"
    assert _run(_main(md, "seen, gc.isenabled()", before=WHILE_DRAWN), off=True) == "[True] True"


def test_a_collector_paused_by_the_caller_stays_paused() -> None:
    import gc

    from kemitraan import fast

    was = gc.isenabled()
    gc.disable()
    try:
        with fast.collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_with_the_fast_paths_off_the_collector_keeps_its_defaults() -> None:
    assert _run(_main(["assess", BENAN, "--format", "md"], COLLECTOR), off=True) == "False 700"


def _kemitraan(
    args: list[str], *, off: bool, stdout: int | IO[bytes] = subprocess.PIPE
) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k != "KEMITRAAN_NO_FAST"}
    if off:
        env["KEMITRAAN_NO_FAST"] = "1"
    return subprocess.run(
        [sys.executable, "-m", "kemitraan", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=env,
        check=False,
    )


@pytest.mark.parametrize("off", [False, True], ids=["fast", "through-typer"])
def test_version_alone_prints_what_typer_prints(off: bool) -> None:
    from kemitraan import __version__

    done = _kemitraan(["--version"], off=off)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"kemitraan {__version__}\n".encode(), b"")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("off", [False, True], ids=["fast", "through-typer"])
def test_version_on_a_full_disk_says_so_without_a_traceback(off: bool) -> None:
    with open("/dev/full", "wb") as full:
        done = _kemitraan(["--version"], off=off, stdout=full)
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr and b"standard output" in done.stderr


VERSION_IMPORTS = """
import io, sys
sys.argv = ["kemitraan", "--version"]
out, sys.stdout = sys.stdout, io.StringIO()
from kemitraan.entry import main
main()
sys.stdout = out
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in ("kemitraan", "pydantic", "yaml", "jinja2", "rich", "typer"))))
"""


def test_version_imports_only_the_entry_point() -> None:
    """``kemitraan --version`` costs little more than starting Python: the console script's
    module (:mod:`kemitraan.entry`) answers it before any app is built; no Typer, no models, no
    YAML, no templates, not even the errors module: only the record maker its one record is made
    with, from code compiled ahead (:mod:`kemitraan.models.record`)."""
    loaded = set(_run(VERSION_IMPORTS).split())
    assert loaded == {
        "kemitraan",
        "kemitraan.entry",
        "kemitraan.fast",
        "kemitraan.models",
        "kemitraan.models.record",
        "kemitraan.models._inits",
    }, sorted(loaded)


def test_the_typer_app_still_imports_only_what_its_options_are_built_from() -> None:
    """Importing the Typer app (for every command but the common ``assess FILE``) loads no models,
    no YAML, no templates: the leaf modules the app's options are built from, and nothing else."""
    code = "import kemitraan.cli, sys; print(' '.join(m for m in sys.modules if m.startswith('kemitraan')))"
    loaded = set(_run(code).split())
    assert loaded <= {
        "kemitraan",
        "kemitraan.choices",
        "kemitraan.cli",
        "kemitraan.entry",
        "kemitraan.fast",
        "kemitraan.formats",  # the renderer registry's names (no renderer imported)
        "kemitraan.framework",
        "kemitraan.i18n",
        "kemitraan.kinds",
        "kemitraan.limits",
        "kemitraan.runner",
        "kemitraan.models",  # the record maker, and the records' code compiled ahead
        "kemitraan.models.record",
        "kemitraan.models._inits",
    }, sorted(loaded)


MD_IMPORTS = """
import io, sys
sys.argv = ["kemitraan", "assess", {path!r}, "--format", "md"]
out, sys.stdout = sys.stdout, io.StringIO()
from kemitraan.entry import main
try:
    main()
except SystemExit as exc:
    assert not exc.code, exc.code
report, sys.stdout = sys.stdout.getvalue(), out
assert report.startswith("---\\npagetitle: ") and "## 8. " in report, report[:200]
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] in ("jinja2", "markupsafe", "rich"))) or "none")
"""


@pytest.mark.parametrize("off", [False, True], ids=["fast", "through-typer"])
def test_the_markdown_report_imports_no_jinja(off: bool) -> None:
    """``assess FILE --format md`` draws the bundled report in plain Python (:mod:`kemitraan.render.mddraw`):
    neither Jinja (nor its markupsafe) nor rich is imported."""
    assert _run(MD_IMPORTS.format(path=BENAN), off=off) == "none"


def test_the_collector_is_on_again_after_an_assessment_in_process(tmp_path: Path) -> None:
    import gc

    from tests.conftest import run

    bad = tmp_path / "bad.yaml"
    bad.write_text("partnership: [\n", encoding="utf-8")
    assert gc.isenabled()
    assert run("assess", BENAN, "--format", "md").code == 0
    assert gc.isenabled()
    assert run("assess", bad).code == 2  # refused inside the pause
    assert gc.isenabled()
