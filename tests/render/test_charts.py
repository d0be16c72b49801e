"""The SVG charts, read back as XML: what they draw is what the assessment says."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kemitraan.render.charts import (
    participation_matrix,
    principle_bands,
    principle_chart,
    rubric_scale,
    text_width,
    wrap,
)
from tests.conftest import assess_text
from tests.render.report_cases import EXAMPLES, ROOT, assessed

RICH = ROOT / "examples" / "over-time" / "mekar-2019.yaml"
"""An example with every level and every principle scored (the Benan study gives neither)."""

SVG = "{http://www.w3.org/2000/svg}"


def tree(markup: str) -> ET.Element:
    return ET.fromstring(str(markup))


def shapes(root: ET.Element, tag: str, cls: str) -> list[ET.Element]:
    return [e for e in root.iter(SVG + tag) if cls in e.get("class", "").split()]


def texts(root: ET.Element) -> list[str]:
    return ["".join(e.itertext()) for e in root.iter(SVG + "text")]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_matrix_has_one_cell_per_program_phase_and_partner(example: Path) -> None:
    a = assessed(example)
    root = tree(participation_matrix(a, "en"))
    cells = shapes(root, "rect", "cell")
    assert len(cells) == len(a.programs) * 3 * len(a.partners)
    expected = [
        f"lv-{cell.participation.get(p.id, 'none')}" if cell.participation else "lv-none"
        for prog in a.programs
        for p in a.partners
        for cell in prog.phases
    ]
    drawn = [next(c for c in e.get("class", "").split() if c.startswith("lv-")) for e in cells]
    assert drawn == expected
    joint = sum(cell.joint is True for prog in a.programs for cell in prog.phases)
    frames = [e for e in shapes(root, "rect", "joint-frame") if "swatch" not in e.get("class", "")]
    assert len(frames) == joint
    assert texts(root).count("✓ joint") == joint


def test_matrix_marks_planning_only_as_joint() -> None:
    root = tree(participation_matrix(assessed(RICH), "id"))
    assert texts(root).count("✓ bersama") == 1
    assert texts(root).count("✗ tidak bersama") == 2
    assert "Puskesmas Contoh" in texts(root)
    title = root.find(SVG + "title")
    desc = root.find(SVG + "desc")
    assert title is not None and title.text == "Matriks partisipasi: program × tahap × mitra"
    assert desc is not None and "perencanaan: Puskesmas Contoh: memimpin" in (desc.text or "")
    assert root.get("role") == "img"


def test_matrix_of_benan_marks_the_phases_the_study_calls_joint_or_not() -> None:
    root = tree(participation_matrix(assessed(EXAMPLES[0]), "id"))
    assert texts(root).count("✓ bersama") == 1
    assert texts(root).count("✗ tidak bersama") == 2


def test_scale_rings_the_verdict_and_shows_each_support() -> None:
    r = assessed(RICH).get("notoatmodjo-2010")
    assert r is not None
    root = tree(rubric_scale(r, "en", "x"))
    assert len(shapes(root, "circle", "chosen")) == 1
    assert len(shapes(root, "circle", "node")) == 3  # neither, Model I, Model II
    labels = texts(root)
    assert "0.50" in labels and "0.80" in labels and "0.25" in labels
    bars = shapes(root, "rect", "bar")
    heights = [float(b.get("height", 0)) for b in bars]
    assert heights[1] / heights[2] == pytest.approx(0.8 / 0.25, rel=0.01)
    chosen_bar = shapes(root, "rect", "chosen")
    assert chosen_bar == [bars[1]]  # Model I is the verdict and the second step


def test_scale_of_an_undecided_rubric_dashes_what_is_still_possible(tmp_path: Path) -> None:
    a = assess_text(
        """\
        schema: kemitraan/1
        id: thin
        title: Too little is known
        language: en
        partners: [{id: a, name: A}, {id: b, name: B}]
        """,
        tmp_path,
    )
    r = a.get("notoatmodjo-2010")
    assert r is not None and r.verdict == "insufficient-evidence"
    root = tree(rubric_scale(r, "en", "x"))
    assert shapes(root, "circle", "chosen") == []
    assert len(shapes(root, "circle", "possible")) == len(r.possible) >= 1
    assert "Dashed circles: verdicts still possible" in texts(root)


def test_principle_bands_come_from_the_rubric_thresholds() -> None:
    r = assessed(EXAMPLES[0]).get("principles")
    assert r is not None
    assert principle_bands(r) == [(0.0, 2.5, "weak"), (2.5, 3.5, "moderate"), (3.5, 5.0, "strong")]
    sulistiyani = assessed(EXAMPLES[0]).get("sulistiyani-2017")
    assert sulistiyani is not None and principle_bands(sulistiyani) == []


def test_principle_bars_are_proportional_to_the_scores() -> None:
    a = assessed(RICH)
    r = a.get("principles")
    assert r is not None
    root = tree(principle_chart(a.principles, r, "en", "p"))
    bars = shapes(root, "rect", "bar")
    known = [p.score for p in a.principles]
    assert None not in known and len(known) == 8
    scores = [s for s in known if s is not None]
    widths = [float(b.get("width", 0)) for b in bars]
    unit = widths[0] / scores[0]
    assert widths == pytest.approx([s * unit for s in scores])
    assert len(shapes(root, "rect", "band")) == 3
    assert len(shapes(root, "rect", "current")) == 1
    assert "mean 2.50" in texts(root)
    met = ["met" in b.get("class", "").split() for b in bars]
    assert met == [s >= 3 for s in scores]  # the rubric asks for at least 3


def test_unscored_principles_are_said_to_be_unscored(tmp_path: Path) -> None:
    a = assess_text(
        """\
        schema: kemitraan/1
        id: some
        title: Some principles scored
        language: en
        partners: [{id: a, name: A}]
        principles: {equity: {score: 4}, trust: {score: 2}, transparency: {score: 3}, commitment: {score: 3}}
        """,
        tmp_path,
    )
    root = tree(principle_chart(a.principles, a.get("principles"), "id", "p"))
    assert texts(root).count("belum diberi skor") == 4
    assert len(shapes(root, "rect", "bar")) == 4


def test_principle_chart_without_the_principles_rubric_has_no_bands() -> None:
    a = assessed(RICH)
    root = tree(principle_chart(a.principles, None, "en", "p"))
    assert shapes(root, "rect", "band") == []
    assert len(shapes(root, "rect", "bar")) == 8
    assert not [t for t in texts(root) if t.startswith("mean")]


@pytest.mark.parametrize(
    "text",
    [
        "Sosialisasi perlindungan anak ke pulau-pulau Kecamatan Katang Bidare",
        "short",
        "",
        "Averyveryverylongwordthatcannotbreak and more",
    ],
)
def test_wrap_keeps_every_word_in_order(text: str) -> None:
    lines = wrap(text, 120, 12)
    assert " ".join(lines).split() == text.split()
    for line in lines:
        assert text_width(line, 12) <= 120 or " " not in line


def test_text_width_grows_with_text_and_size() -> None:
    assert text_width("mmmm", 12) > text_width("iiii", 12)
    assert text_width("abc", 14) > text_width("abc", 12)
    assert text_width("abc", 12, bold=True) > text_width("abc", 12)
