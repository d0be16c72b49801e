"""Render the terminal report of every partnership file we have, in every variant, into one folder.

    PYTHONPATH=/work/main/src python benchmarks/terminal_corpus.py BEFORE
    PYTHONPATH=$PWD/src       python benchmarks/terminal_corpus.py AFTER
    diff -r BEFORE AFTER                     # must print nothing for a change that keeps the output

The files: ``examples/`` (and ``examples/over-time/``), ``tests/data/``, every file of
``tests/hostile/`` that assesses, and Mekar 2019 with some facts left to informants (so that the
fieldwork section is drawn). Each is rendered through :func:`kemitraan.render.render` in both
languages, at widths 40, 60, 80, 100 and 132, with and without colour, with the default rubrics
and with the opt-in ones (himmelman-2002, frey-2006) added: one file per variant, named
``STEM.RUBRICS.LANG.WIDTH.COLOR.txt``. The files are read from this script's project, whichever
sources render them, so two runs with different ``PYTHONPATH`` diff file by file.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("id", "en")
WIDTHS = (40, 60, 80, 100, 132)
OPT_IN = ["himmelman-2002", "frey-2006"]


def files(scratch: Path) -> list[tuple[str, Path]]:
    """(a stable name, the path) of every partnership file of the corpus."""
    found = [
        *sorted((ROOT / "examples").glob("*.yaml")),
        *sorted((ROOT / "examples" / "over-time").glob("*.yaml")),
        *sorted((ROOT / "tests" / "data").glob("*.yaml")),
    ]
    named = [(p.stem, p) for p in found]
    named += [(f"hostile-{p.stem}", p) for p in sorted((ROOT / "tests" / "hostile").glob("*.yaml"))]
    sys.path.insert(0, str(ROOT))  # the tests' Mekar with facts left to informants, not a copy of it
    from tests.test_explain import _from_informants

    named.append(("informants", _from_informants(scratch)))
    return named


def main(out: Path) -> int:
    from kemitraan.errors import InputError
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import assess_path
    from kemitraan.render import render

    out.mkdir(parents=True, exist_ok=True)
    rubric_sets = {"default": load_rubrics(None), "opt-in": load_rubrics(OPT_IN, None)}
    written = 0
    with tempfile.TemporaryDirectory() as scratch:
        for stem, path in files(Path(scratch)):
            for set_name, rubrics in rubric_sets.items():
                try:
                    a = assess_path(path, rubrics)
                except InputError:
                    continue  # a hostile file that is refused: nothing to draw
                for lang in LANGS:
                    for width in WIDTHS:
                        for color in (False, True):
                            text = render(a, "terminal", lang, color=color, width=width)
                            assert isinstance(text, str)
                            name = f"{stem}.{set_name}.{lang}.{width}.{'color' if color else 'plain'}.txt"
                            (out / name).write_text(text, encoding="utf-8", newline="")
                            written += 1
    print(f"{written} reports written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    raise SystemExit(main(Path(sys.argv[1])))
