"""Many informants: written values win, answers fill the gaps, agreement and robustness are reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kemitraan.kinds import Aggregate
from kemitraan.messages import say
from kemitraan.models.assessment import Assessment, ItemAgreement, PrincipleInfo
from tests.conftest import EXAMPLES, run, verdicts, write

HEAD = """
schema: kemitraan/1
id: t
title: T
partners:
  - {id: a, name: Org A}
  - {id: b, name: Org B}
shared: {service: x, vision_mission: joint}
"""

PROGRAM = """
programs:
  - id: p1
    name: P1
    planning:
      reports:
        - {informant: K1, partner: a, participation: {a: lead, b: active}}
        - {informant: K2, partner: b, participation: {a: lead, b: active}}
        - {informant: K3, partner: b, participation: {a: active, b: informed}}
    implementation: {participation: {a: lead, b: active}}
    evaluation:
      participation: {a: lead, b: active}
      reports:
        - {informant: K1, partner: a, participation: {a: lead}}
"""


def assess(tmp_path: Path, body: str, aggregate: Aggregate = "median") -> Assessment:
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import assess_path

    return assess_path(write(tmp_path, HEAD + body), load_rubrics(), aggregate)


def principle(a: Assessment, name: str) -> PrincipleInfo:
    return next(p for p in a.principles if p.id == name)


def item(a: Assessment, path: str) -> ItemAgreement:
    assert a.fieldwork is not None
    return next(i for i in a.fieldwork.items if i.path == path)


@pytest.mark.parametrize(
    ("body", "aggregate", "score", "source"),
    [
        (
            "{ratings: [{informant: K1, score: 4}, {informant: K2, score: 2}, {informant: K3, score: 3}]}",
            "median",
            3,
            "informants",
        ),
        (
            "{ratings: [{informant: K1, score: 4}, {informant: K2, score: 2}, {informant: K3, score: 3}]}",
            "min",
            2,
            "informants",
        ),
        ("{ratings: [{informant: K1, score: 4}, {informant: K2, score: 3}]}", "median", 3, "informants"),
        ("{score: 5, ratings: [{informant: K1, score: 1}, {informant: K2, score: 2}]}", "min", 5, "written"),
    ],
    ids=["median", "minimum", "low median of an even count", "a written score wins"],
)
def test_ratings_fill_a_missing_score(
    tmp_path: Path, body: str, aggregate: Aggregate, score: int, source: str
) -> None:
    a = assess(tmp_path, f"principles:\n  equity: {body}\n", aggregate)
    assert principle(a, "equity").score == score
    assert item(a, "principles.equity.score").source == source
    assert item(a, "principles.equity.score").used == score


def test_reports_fill_an_empty_phase_and_a_written_one_wins(tmp_path: Path) -> None:
    a = assess(tmp_path, PROGRAM)
    planning, _, evaluation = a.programs[0].phases
    assert planning.participation == {"a": "lead", "b": "active"}  # medians of the three reports
    assert evaluation.participation == {"a": "lead", "b": "active"}  # written: K1's report does not change it
    # K1 did not list b in evaluation: as in a phase, an unlisted partner took no part
    assert item(a, "programs[0].evaluation.participation.b").answers[0].value == "absent"
    assert item(a, "programs[0].evaluation.participation.b").source == "written"


def test_minimum_reads_the_least_participation(tmp_path: Path) -> None:
    a = assess(tmp_path, PROGRAM, "min")
    assert a.programs[0].phases[0].participation == {"a": "active", "b": "informed"}


def test_unknown_answers_are_left_out(tmp_path: Path) -> None:
    body = """
programs:
  - id: p1
    name: P1
    planning:
      reports:
        - {informant: K1, participation: {a: unknown, b: active}}
        - {informant: K2, participation: {a: unknown, b: lead}}
"""
    a = assess(tmp_path, body)
    assert a.programs[0].phases[0].participation == {"a": "unknown", "b": "active"}
    assert item(a, "programs[0].planning.participation.a").n == 0


def test_disagreement_and_the_partners_own_view_against_the_others(tmp_path: Path) -> None:
    a = assess(tmp_path, PROGRAM)
    b = item(a, "programs[0].planning.participation.b")
    assert (b.spread, b.disagreement, b.perspective_gap) == (2, True, True)
    assert [(p.side, p.median) for p in b.perspectives] == [("own", "informed"), ("others", "active")]
    a_cell = item(a, "programs[0].planning.participation.a")
    assert (a_cell.spread, a_cell.disagreement, a_cell.perspective_gap) == (1, False, False)


def test_partner_and_agreement_reports_fill_unknown_facts(tmp_path: Path) -> None:
    body = """
agreement:
  form: unknown
  reports:
    - {informant: K1, form: written}
    - {informant: K2, form: verbal}
    - {informant: K3, form: unknown}
"""
    text = HEAD.replace(
        "  - {id: b, name: Org B}",
        "  - id: b\n    name: Org B\n    reports:\n"
        "      - {informant: K2, partner: b, understands_purpose: partly, benefits: [training]}\n"
        "      - {informant: K3, partner: b, understands_purpose: yes, benefits: []}\n",
    )
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import assess_path

    cases: tuple[tuple[Aggregate, str, str, str], ...] = (
        ("median", "partly", "no", "verbal"),
        ("min", "partly", "no", "verbal"),
    )
    for aggregate, understands, benefits, form in cases:
        a = assess_path(write(tmp_path, text + body), load_rubrics(), aggregate)
        assert item(a, "partners[1].understands_purpose").used == understands
        assert item(a, "partners[1].benefits").used == benefits  # one of two names none: low median
        assert item(a, "agreement.form").used == form
        assert item(a, "agreement.form").n == 2  # "unknown" is not an answer


def test_alpha_is_reported_per_block(tmp_path: Path) -> None:
    body = """
principles:
  equity: {ratings: [{informant: K1, score: 4}, {informant: K2, score: 4}]}
  trust: {ratings: [{informant: K1, score: 2}, {informant: K2, score: 2}]}
  commitment: {ratings: [{informant: K1, score: 3}, {informant: K2, score: 3}]}
"""
    a = assess(tmp_path, body)
    assert a.fieldwork is not None
    principles, participation = a.fieldwork.alpha
    assert (principles.alpha, principles.units, principles.pairable, principles.informants) == (1.0, 3, 6, 2)
    assert participation.alpha is None and participation.units == 0
    assert "0.800" in say(principles.reading, "en")


def test_verdict_under_the_other_aggregation_and_the_informant_it_hinges_on(tmp_path: Path) -> None:
    three = "{ratings: [{informant: K1, score: 4}, {informant: K2, score: 4}, {informant: K3, score: 1}]}"
    two = "{ratings: [{informant: K1, score: 4}, {informant: K2, score: 4}]}"
    body = f"""
principles:
  equity: {three}
  trust: {three}
  transparency: {three}
  mutual_benefit: {two}
  shared_vision_mission: {two}
  efficiency: {two}
  dialogic_communication: {two}
  commitment: {two}
"""
    a = assess(tmp_path, body)
    assert verdicts(a)["principles"] == "strong"
    assert a.fieldwork is not None
    v = next(x for x in a.fieldwork.verdicts if x.rubric == "principles")
    assert (v.other_aggregate, v.other_verdict, v.changes) == ("min", "moderate", True)
    # median: every principle 4 (strong); min: three principles 1, the mean 2.875 (moderate).
    # Without K1 (or K2) the low median of 4 and 1 is 1 for three principles: moderate again;
    # without K3 every answer is 4, so K3 alone changes nothing
    assert v.hinges_on == ["K1", "K2"]
    assert "hinges on one informant" in say(v.note, "en")
    md = run("assess", tmp_path / "p.yaml", "-f", "md", "--lang", "en").out
    assert "(**hinges on one informant**)" in md and "would change the verdict to Moderate principles" in md


def test_aggregate_option(tmp_path: Path) -> None:
    write(tmp_path, HEAD + PROGRAM)
    median = json.loads(run("assess", tmp_path / "p.yaml", "-f", "json").out)
    minimum = json.loads(run("assess", tmp_path / "p.yaml", "-f", "json", "--aggregate", "min").out)
    assert (median["fieldwork"]["aggregate"], minimum["fieldwork"]["aggregate"]) == ("median", "min")
    assert median["programs"][0]["phases"][0]["participation"]["b"] == "active"
    assert minimum["programs"][0]["phases"][0]["participation"]["b"] == "informed"
    bad = run("assess", tmp_path / "p.yaml", "--aggregate", "mean")
    assert bad.code == 2 and "--aggregate: expected one of median, min but got 'mean'" in bad.err


def test_a_file_without_answers_has_no_fieldwork_section() -> None:
    data = json.loads(run("assess", EXAMPLES / "benan.yaml", "-f", "json").out)
    assert data["fieldwork"] is None


def test_an_answer_naming_an_unknown_partner_is_a_located_error(tmp_path: Path) -> None:
    write(tmp_path, HEAD + "principles:\n  equity: {ratings: [{informant: K1, partner: c, score: 3}]}\n")
    result = run("validate", tmp_path / "p.yaml")
    assert result.code == 2
    assert "principles.equity.ratings[0].partner: 'c' is not a partner id" in result.err


def test_terminal_shows_the_agreement_table(tmp_path: Path) -> None:
    write(tmp_path, HEAD + PROGRAM)
    out = run("assess", tmp_path / "p.yaml", "--lang", "en").out
    assert "Agreement between informants" in out and "Krippendorff's alpha (ordinal)" in out
    assert "informants disagree" in out and "own informants: informed" in " ".join(out.split())
