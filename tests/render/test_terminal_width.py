"""The terminal report at 80 columns: nothing cut, amounts whole, COLUMNS obeyed, key quotes shown.

In-process at fixed widths for every example and language, through pipes with COLUMNS set, and
in a real 80-column terminal (tmux), as a person at a laptop would see it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rich.cells import cell_len

from kemitraan.messages import say
from kemitraan.render.terminal import decisive, key_quotes, render_terminal
from tests.render.report_cases import EXAMPLES, LANGS, assessed

CASES = [(example, lang) for example in EXAMPLES for lang in LANGS]


def ids(case: tuple[Path, str]) -> str:
    return f"{case[0].stem}-{case[1]}"


def joined(text: str) -> str:
    """The text with the panels' borders and the line breaks taken out, so wrapped words join up."""
    return " ".join(" ".join(line.strip("│╭╮╰╯─ ").split()) for line in text.splitlines())


@pytest.mark.parametrize("width", [80, 60])
@pytest.mark.parametrize("case", CASES, ids=ids)
def test_every_line_fits_and_no_title_is_cut(case: tuple[Path, str], width: int) -> None:
    example, lang = case
    a = assessed(example)
    text = render_terminal(a, lang, width=width)
    assert max(cell_len(line) for line in text.splitlines()) <= width
    flat = joined(text)
    for r in a.assessments:
        heading = " · ".join(x for x in (say(r.rubric.title, lang), r.rubric.citation) if x)
        assert heading in flat, heading
    for line in text.splitlines():
        if line.startswith("╭─ "):  # a panel title is only ever a whole heading
            title = line.removeprefix("╭─ ").rstrip("─╮").strip()
            assert any(
                title == " · ".join(x for x in (say(r.rubric.title, lang), r.rubric.citation) if x)
                for r in a.assessments
            )


@pytest.mark.parametrize("width", [80, 100])
@pytest.mark.parametrize("case", CASES, ids=ids)
def test_amounts_are_never_broken(case: tuple[Path, str], width: int) -> None:
    example, lang = case
    a = assessed(example)
    text = render_terminal(a, lang, width=width)
    for c in a.constraints:
        if c.amount:
            money = " ".join(say(c.amount, lang).split()[:2])  # "Rp 5.000.000", "IDR 1,500,000"
            assert any(money in line for line in text.splitlines()), money


def test_the_benan_budget_reads_whole_at_80_columns() -> None:
    text = render_terminal(assessed(EXAMPLES[0]), "id", width=80)
    assert any("Rp 5.000.000 per tahun" in line for line in text.splitlines())
    assert "Model kemitraan Sulistiyani (semu, mutualistik, konjugasi) · Sulistiyani (2017:130)" in joined(
        text
    )


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_each_decisive_criterion_shows_its_key_quote(case: tuple[Path, str]) -> None:
    example, lang = case
    a = assessed(example)
    flat = joined(render_terminal(a, lang, width=100))
    shown = 0
    for r in a.assessments:
        for c in decisive(r, lang):
            if c.evidence:
                assert " ".join(c.evidence[0].quote.split()) in flat
                shown += 1
        assert len(key_quotes(r, lang, lambda key, **kw: key)) == sum(
            1 for c in decisive(r, lang) if c.evidence
        )
    if example.stem == "benan":
        assert shown >= 3


def test_decisive_criteria_are_those_the_reason_names() -> None:
    r = assessed(EXAMPLES[0]).get("notoatmodjo-2010")
    assert r is not None
    names = [say(c.label, "en") for c in decisive(r, "en")]
    assert names == [
        "Joint implementation",
        "Joint evaluation",
        "Joint vision and mission",
        "Linked by a shared service, target or other characteristic",
    ]


def _kemitraan(*args: str, columns: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    if columns is not None:
        env["COLUMNS"] = columns
    done = subprocess.run(
        [sys.executable, "-m", "kemitraan", *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def test_piped_output_follows_columns() -> None:
    benan = str(EXAMPLES[0])
    narrow = _kemitraan("assess", benan, columns="72")
    assert max(cell_len(line) for line in narrow.splitlines()) <= 72
    assert max(cell_len(line) for line in narrow.splitlines()) > 60
    wide = _kemitraan("assess", benan, columns=None)
    assert max(cell_len(line) for line in wide.splitlines()) == 100  # no COLUMNS, not a terminal


@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_in_an_80_column_terminal(tmp_path: Path) -> None:
    socket = f"kemitraan-width-{os.getpid()}"
    env = f"PYTHONPATH={os.pathsep.join(sys.path)}"
    command = (
        f"env -u COLUMNS {env} {sys.executable} -m kemitraan assess {EXAMPLES[0]}; echo EXIT=$?; sleep 60"
    )
    tmux = ["tmux", "-L", socket]
    subprocess.run([*tmux, "new-session", "-d", "-s", "s", "-x", "80", "-y", "200", command], check=True)
    try:
        screen = ""
        end = time.monotonic() + 30
        while time.monotonic() < end and "EXIT=" not in screen:
            time.sleep(0.2)
            screen = subprocess.run(
                [*tmux, "capture-pane", "-p", "-S", "-300", "-t", "s"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        assert "EXIT=0" in screen, screen
        lines = screen.splitlines()
        assert max(cell_len(line) for line in lines) <= 80
        assert any("Rp 5.000.000 per tahun" in line for line in lines)
        assert "(2─╮" not in screen
        assert "Sulistiyani (semu, mutualistik, konjugasi) · Sulistiyani (2017:130)" in joined(screen)
        assert "Bukti utama:" in screen
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True, check=False)
