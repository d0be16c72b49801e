"""The terminal report drawn without rich (render/termdraw.py) is byte for byte what rich draws.

Over the examples (every language, several widths, with and without colour, with the opt-in
rubrics too), over random text, tables and panels, and for what only rich may draw (characters
wider than one cell, the fieldwork section).
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

from kemitraan.loader import load_rubrics
from kemitraan.pipeline import assess_path
from kemitraan.render import termdraw
from kemitraan.render.termdraw import Blank, Block, CannotDraw, Column, Panel, Table, Text, draw, draws
from kemitraan.render.terminal import _Fieldwork, _rich, draw_with_rich, render_terminal, report_blocks
from tests.render.report_cases import ROOT

FILES = [
    *sorted((ROOT / "examples").glob("*.yaml")),
    *sorted((ROOT / "examples" / "over-time").glob("*.yaml")),
    *sorted((ROOT / "tests" / "data").glob("*.yaml")),
]
OPT_IN = ["himmelman-2002", "frey-2006"]


def by_rich(blocks: list[Block], width: int, color: bool) -> str:
    from kemitraan.render.terminal import string_console

    console, buffer = string_console(color, width, markup=False)
    for block in blocks:
        if isinstance(block, Blank):
            console.print()
        else:
            console.print(_rich(block))
    return buffer.getvalue()


@pytest.mark.parametrize("rubrics", ["default", "opt-in"])
@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_every_example_draws_as_rich_draws_it(path: Path, rubrics: str) -> None:
    a = assess_path(path, load_rubrics(OPT_IN if rubrics == "opt-in" else None, None))
    for lang in ("id", "en"):
        for width in (40, 57, 80, 132):
            blocks = report_blocks(a, lang, width)
            drawable = [b for b in blocks if not isinstance(b, _Fieldwork)]
            assert len(drawable) == len(blocks) and draws(drawable)
            for color in (False, True):
                fast = render_terminal(a, lang, color=color, width=width)
                assert fast == draw(drawable, width, color)
                assert fast == draw_with_rich(a, lang, blocks, width, color), (lang, width, color)


def test_every_one_cell_character_is_one_cell_for_rich() -> None:
    assert [c for c in termdraw.ONE_CELL - {"\n"} if cell_len(c) != 1] == []


WORDS = [
    "a",
    "kemitraan",
    "Rp 5.000.000",
    "Pemberdayaan",
    "pelaksanaan,",
    "x" * 23,
    "“kutipan”",
    "–",
    "·",
    "✔",
    "(operasionalisasi)",
    "implementation",
    "  ",
    "\n",
    "é",
]
STYLES = ["", "bold", "dim", "italic", "bold cyan", "dim yellow", "green", "magenta", "bold underline"]


def random_text(rng: random.Random, words: int) -> Text:
    text = Text(" ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 3))), style=rng.choice(STYLES))
    while words > 0:
        n = rng.randint(1, 4)
        words -= n
        sep = rng.choice([" ", "", "\n", " "])
        text.append(sep + " ".join(rng.choice(WORDS) for _ in range(n)), style=rng.choice(STYLES))
    return text


def random_cell(rng: random.Random) -> Text | str:
    if rng.random() < 0.3:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 6)))
    return random_text(rng, rng.randint(0, 10))


def random_table(rng: random.Random) -> Table:
    grid = rng.random() < 0.3
    n = rng.randint(1, 4)
    columns = []
    for _ in range(n):
        kind = rng.random()
        columns.append(
            Column(
                " ".join(rng.choice(WORDS) for _ in range(rng.randint(0, 3))),
                justify=rng.choice(["left", "left", "center", "right"]),
                width=rng.randint(1, 6) if kind < 0.2 else None,
                ratio=rng.randint(1, 5) if 0.2 <= kind < 0.6 else None,
                no_wrap=rng.random() < 0.15,
            )
        )
    table = Table(
        columns,
        box=None if grid else rng.choice(["simple", "simple_heavy"]),
        title=None if grid or rng.random() < 0.5 else random_text(rng, 4).plain,
        caption=None if grid or rng.random() < 0.6 else random_text(rng, 8).plain,
        expand=rng.random() < 0.5,
    )
    for _ in range(rng.randint(0, 4)):
        table.add_row(*(random_cell(rng) for _ in range(n)))
    return table


def random_blocks(rng: random.Random) -> list[Block]:
    blocks: list[Block] = []
    for _ in range(rng.randint(1, 5)):
        kind = rng.random()
        if kind < 0.35:
            blocks.append(random_text(rng, rng.randint(0, 30)))
        elif kind < 0.65:
            blocks.append(random_table(rng))
        elif kind < 0.9:
            body: list[Text | Table] = [
                random_text(rng, rng.randint(0, 20)) if rng.random() < 0.7 else random_table(rng)
                for _ in range(rng.randint(1, 4))
            ]
            title = random_text(rng, 3) if rng.random() < 0.6 else None
            blocks.append(Panel(body, title, rng.choice(["cyan", "magenta"])))
        else:
            blocks.append(Blank())
    return blocks


DRAWN: list[int] = []


@pytest.mark.parametrize("seed", range(80))
def test_random_blocks_draw_as_rich_draws_them(seed: int) -> None:
    rng = random.Random(seed)
    blocks = random_blocks(rng)
    for width in (rng.randint(12, 40), rng.randint(41, 140)):
        for color in (False, True):
            try:
                fast = draw(blocks, width, color)
            except CannotDraw:
                continue  # a column or a panel with no room for its text: rich draws it
            assert fast == by_rich(blocks, width, color), (seed, width, color)
            DRAWN.append(seed)


def test_most_random_blocks_are_drawn_without_rich() -> None:
    assert len(DRAWN) > 200, "run with the random tests"


def test_wide_and_control_characters_are_left_to_rich(tmp_path: Path) -> None:
    for text in ("作業", "a\tb", "x\x07y", "line\u2028separator", "🌱"):
        assert not draws([Text(text)])
    path = ROOT / "tests" / "hostile" / "non-ascii-everywhere.yaml"
    a = assess_path(path, load_rubrics(None))
    blocks = report_blocks(a, "en", 80)
    assert not draws([b for b in blocks if not isinstance(b, _Fieldwork)])
    assert render_terminal(a, "en", color=True, width=80) == draw_with_rich(a, "en", blocks, 80, True)


def test_the_report_draws_without_importing_rich() -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kemitraan.loader import load_rubrics\n"
        "from kemitraan.pipeline import assess_path\n"
        "from kemitraan.render.terminal import render_terminal\n"
        f"a = assess_path(Path({str(FILES[0])!r}), load_rubrics(None))\n"
        "text = render_terminal(a, 'id', color=True, width=80)\n"
        "assert text.count('\\n') > 100\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": ":".join(sys.path)},
    )
    assert done.stdout.strip() == "[]"
