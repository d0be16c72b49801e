"""Render every example in every format and language into one folder, to diff before and after a change.

    python tools/render_all.py OUT            # then, after the change: python tools/render_all.py OUT2
    diff -r OUT OUT2                          # must print nothing for a change that keeps outputs

What it writes (stable names, so two runs diff file by file):

* ``assess`` of each example in ``examples/`` (and ``examples/over-time/``) as terminal (80 and 120
  columns, no colour), md, html, json and docx, in Indonesian and English; pdf for benan only (slow);
* ``explain`` and ``validate`` of each example in both languages;
* ``compare`` of the two over-time files (terminal, md, html, json) and ``compare --by regency`` (csv,
  md) of the examples folder;
* ``batch``: ``assess examples -o DIR --summary summary.csv`` and the reports it writes;
* ``rubrics``, ``rubrics show`` of each bundled rubric, ``schema``, ``--help`` of every command and
  subcommand, in both languages.

Two runs on an unchanged tree give identical folders, wherever the tree and OUT are:

* the examples are given by their path relative to the project (the commands run in it), so that a
  report, a summary or a message that names its input reads the same in every worktree;
* the folder OUT is written ``OUT`` in what a command prints (``wrote OUT/assess/benan.en.md``);
* each run gets a new, empty cache folder (``XDG_CACHE_HOME``), so that compiled templates left by
  an earlier version are not what is measured;
* a .docx is a zip archive: its parts are extracted (``name.docx.d/``) so that ``diff -r`` compares
  their text (the archive is kept too); a PDF's bytes carry Chromium's creation date, so only its text
  (``pdftotext -layout``) is kept.

A command that writes to stderr or exits non-zero leaves ``NAME.stderr`` beside its output, with its
exit status on the last line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = "examples"
LANGS = ("id", "en")
FORMATS = ("md", "html", "json", "docx")
HELP = (
    "",
    "assess",
    "compare",
    "validate",
    "rubrics",
    "init",
    "explain",
    "schema",
    "survey",
    "survey form",
    "survey ingest",
    "evidence",
    "evidence import",
    "evidence codebook",
)


class Runner:
    """Runs ``python -m kemitraan`` in the project, with a fixed environment, into the folder ``out``."""

    def __init__(self, out: Path, cache: Path) -> None:
        self.out = out
        self.env = {
            **os.environ,
            "NO_COLOR": "1",
            "TERM": "dumb",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "XDG_CACHE_HOME": str(cache),
        }
        for name in ("KEMITRAAN_LANG", "LANGUAGE", "LC_MESSAGES", "FORCE_COLOR", "KEMITRAAN_LOCALE_PATH"):
            self.env.pop(name, None)

    def hide(self, data: bytes) -> bytes:
        """The folder OUT (absolute and as given) written ``OUT``, so that two runs diff clean."""
        for form in {str(self.out.resolve()), str(self.out)}:
            data = data.replace(form.encode(), b"OUT")
        return data

    def __call__(self, args: list[str], name: str, columns: int = 100) -> None:
        env = {**self.env, "COLUMNS": str(columns)}
        done = subprocess.run(
            [sys.executable, "-m", "kemitraan", *args], capture_output=True, env=env, cwd=ROOT, check=False
        )
        target = self.out / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(self.hide(done.stdout))
        if done.stderr or done.returncode:
            report = self.hide(done.stderr) + f"\n[exit {done.returncode}]\n".encode()
            target.with_name(target.name + ".stderr").write_bytes(report)

    def path(self, name: str) -> Path:
        """Where a command writes the file ``name`` (absolute: the commands run in the project)."""
        target = (self.out / name).resolve()
        target.parent.mkdir(parents=True, exist_ok=True)
        return target


def unzip(path: Path) -> None:
    if not path.exists():
        return
    with zipfile.ZipFile(path) as z:
        for name in sorted(z.namelist()):
            target = path.with_name(path.name + ".d") / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(z.read(name))


def pdf_text(path: Path) -> None:
    if not path.exists():
        return
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=False)
    path.with_name(path.name + ".txt").write_bytes(text.stdout)
    path.unlink()


def examples() -> list[str]:
    folder = ROOT / EXAMPLES
    found = sorted(folder.glob("*.yaml")) + sorted((folder / "over-time").glob("*.yaml"))
    return [p.relative_to(ROOT).as_posix() for p in found]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    cache = Path(tempfile.mkdtemp(prefix="kemitraan-render-all-"))
    try:
        render(Runner(out, cache))
    finally:
        shutil.rmtree(cache, ignore_errors=True)


def render(run: Runner) -> None:
    files = examples()
    for f in files:
        stem = Path(f).stem
        for lang in LANGS:
            for cols in (80, 120):
                run(["assess", f, "--lang", lang], f"assess/{stem}.{lang}.{cols}.txt", cols)
            for fmt in (*FORMATS, *(("pdf",) if stem == "benan" else ())):
                target = run.path(f"assess/{stem}.{lang}.{fmt}")
                run(["assess", f, "--lang", lang, "-o", str(target)], f"assess/{stem}.{lang}.{fmt}.out")
                if fmt == "docx":
                    unzip(target)
                if fmt == "pdf":
                    pdf_text(target)
            run(["explain", f, "--lang", lang], f"explain/{stem}.{lang}.txt")
            run(["validate", f, "--lang", lang], f"validate/{stem}.{lang}.txt")
    before, after = (f for f in files if f.startswith(f"{EXAMPLES}/over-time/"))
    for lang in LANGS:
        run(["compare", before, after, "--lang", lang], f"compare/over-time.{lang}.txt")
        for fmt in ("md", "html", "json"):
            run(["compare", before, after, "--lang", lang, "-f", fmt], f"compare/over-time.{lang}.{fmt}")
        for fmt in ("csv", "md"):
            by = ["compare", EXAMPLES, "--by", "regency", "--lang", lang, "-f", fmt]
            run(by, f"compare/by-regency.{lang}.{fmt}")
    reports, summary = run.path("batch/reports"), run.path("batch/summary.csv")
    run(["assess", EXAMPLES, "-o", str(reports), "--summary", str(summary)], "batch/stdout.txt")
    run(["rubrics"], "rubrics/list.txt")
    listing = (run.out / "rubrics" / "list.txt").read_text(encoding="utf-8")
    names = [line.split()[0] for line in listing.splitlines() if line and not line.startswith(" ")]
    for lang in LANGS:
        run(["rubrics", "--lang", lang], f"rubrics/list.{lang}.txt")
        for name in names:
            run(["rubrics", "show", name, "--lang", lang], f"rubrics/{name}.{lang}.txt")
        for command in HELP:
            words = command.split()
            run([*words, "--help", "--lang", lang], f"help/{'-'.join(words) or 'kemitraan'}.{lang}.txt")
    run(["schema"], "schema.json")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]))
