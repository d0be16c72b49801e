"""The rule engine: three-valued decisions, what it needs, and each rubric's classes on small cases."""

from __future__ import annotations

from pathlib import Path

import pytest

from kemitraan.engine import decide, evaluate, need
from kemitraan.indicators.base import Tri
from kemitraan.messages import say
from kemitraan.models.rubric import AllOf, AnyOf, Expr, NotOf
from tests.conftest import assess_text, verdicts

HEAD = """
schema: kemitraan/1
id: t
title: T
partners:
  - {id: a, name: A, understands_purpose: yes, benefits: [x], contributes: [y]}
  - {id: b, name: B, understands_purpose: yes, benefits: [x], contributes: [y]}
"""


def program(planning: str, implementation: str, evaluation: str, pid: str = "p") -> str:
    return f"""
  - id: {pid}
    name: Program {pid}
    planning: {{participation: {planning}}}
    implementation: {{participation: {implementation}}}
    evaluation: {{participation: {evaluation}}}
"""


JOINT = "{a: lead, b: active}"
ALONE = "{a: lead, b: informed}"


def case(tmp_path: Path, *programs: str, extra: str = "") -> dict[str, str]:
    text = HEAD + "programs:" + "".join(programs) + extra if programs else HEAD + extra
    return verdicts(assess_text(text, tmp_path))


# --- three-valued logic -------------------------------------------------------------------------

V = {"t": True, "f": False, "u": None}


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        (AllOf(all=["t", "t"]), True),
        (AllOf(all=["t", "u"]), None),
        (AllOf(all=["u", "f"]), False),
        (AnyOf(any=["f", "u"]), None),
        (AnyOf(any=["u", "t"]), True),
        (AnyOf(any=["f", "f"]), False),
        (NotOf.model_validate({"not": "u"}), None),
        (NotOf.model_validate({"not": "f"}), True),
        ("always", True),
    ],
)
def test_kleene_evaluation(expr: Expr, expected: bool | None) -> None:
    assert evaluate(expr, V) is expected


def test_need_picks_the_fewest_changes() -> None:
    values: dict[str, Tri] = {"a": False, "b": False, "c": True}
    assert need(AnyOf(any=["a", "b"]), True, values) == [("a", True)]
    assert need(AllOf(all=["a", "b", "c"]), True, values) == [("a", True), ("b", True)]
    assert need(AllOf(all=["a", "c"]), False, values) == []
    assert need("always", False, values) is None


def test_decide_stops_at_the_first_rule_that_holds_and_keeps_unknowns_possible() -> None:
    from kemitraan.loader import load_rubric

    rubric = load_rubric("notoatmodjo-2010").rubric
    base: dict[str, Tri] = {c.id: True for c in rubric.criteria}
    assert decide(rubric, base)[0] == "model-2"
    assert decide(rubric, {**base, "evaluation-joint": False})[0] == "model-1"
    verdict, possible, _ = decide(rubric, {**base, "vision-mission-joint": None})
    assert verdict is None and possible == ["model-2", "model-1"]
    # Unknown vision, but a phase known not to be joint: every path gives Model I.
    assert decide(rubric, {**base, "vision-mission-joint": None, "evaluation-joint": False})[0] == "model-1"


# --- Notoatmodjo ---------------------------------------------------------------------------------

VISION = "shared: {service: s, target: t, vision_mission: joint}\n"


def test_joint_in_every_phase_with_joint_vision_is_model_2(tmp_path: Path) -> None:
    assert case(tmp_path, program(JOINT, JOINT, JOINT), extra=VISION)["notoatmodjo-2010"] == "model-2"


def test_joint_planning_alone_is_model_1(tmp_path: Path) -> None:
    assert case(tmp_path, program(JOINT, ALONE, ALONE), extra=VISION)["notoatmodjo-2010"] == "model-1"


def test_joint_phases_without_joint_vision_is_model_1(tmp_path: Path) -> None:
    vision = VISION.replace("joint", "separate")
    assert case(tmp_path, program(JOINT, JOINT, JOINT), extra=vision)["notoatmodjo-2010"] == "model-1"


def test_joint_phases_with_unknown_vision_is_insufficient(tmp_path: Path) -> None:
    linked = "shared: {service: s}\n"
    result = assess_text(HEAD + "programs:" + program(JOINT, JOINT, JOINT) + linked, tmp_path)
    noto = result.get("notoatmodjo-2010")
    assert noto is not None and noto.verdict == "insufficient-evidence"
    assert noto.possible == ["model-2", "model-1"]
    assert [say(m, "en") for m in noto.missing] == [
        "Joint vision and mission (shared.vision_mission): unknown."
    ]


def test_model_2_needs_every_program_joint(tmp_path: Path) -> None:
    result = assess_text(
        HEAD + "programs:" + program(JOINT, JOINT, JOINT, "p1") + program(JOINT, ALONE, JOINT, "p2") + VISION,
        tmp_path,
    )
    noto = result.get("notoatmodjo-2010")
    assert noto is not None and noto.verdict == "model-1"
    assert [(p.program, p.verdict) for p in noto.programs] == [("p1", "model-2"), ("p2", "model-1")]
    implementation = next(c for c in noto.criteria if c.id == "implementation-joint")
    assert [r.met for r in implementation.programs] == [True, False]
    assert "1 of 2 programs" in say(implementation.detail, "en")


def test_no_programs_is_insufficient_evidence(tmp_path: Path) -> None:
    result = assess_text(HEAD, tmp_path)
    for rubric in ("notoatmodjo-2010", "sulistiyani-2017"):
        r = result.get(rubric)
        assert r is not None and r.verdict == "insufficient-evidence"
        assert any("No program is recorded" in say(m, "en") for m in r.missing)


def test_no_programs_but_a_separate_vision_and_a_link_is_model_1(tmp_path: Path) -> None:
    """Model II is impossible with a separate vision-mission, and the link makes a network."""
    result = assess_text(HEAD + VISION.replace("joint", "separate"), tmp_path)
    assert verdicts(result)["notoatmodjo-2010"] == "model-1"


def test_a_phase_without_participation_is_insufficient_evidence(tmp_path: Path) -> None:
    text = HEAD + "programs:" + program(JOINT, JOINT, "{}") + VISION
    noto = assess_text(text, tmp_path).get("notoatmodjo-2010")
    assert noto is not None and noto.verdict == "insufficient-evidence"
    assert noto.possible == ["model-2", "model-1"]
    assert [say(m, "en") for m in noto.missing] == ["No participation is recorded for evaluation."]


def test_unknown_participation_that_could_decide_is_not_guessed(tmp_path: Path) -> None:
    text = HEAD + "programs:" + program(JOINT, "{a: lead, b: unknown}", JOINT) + VISION
    assert verdicts(assess_text(text, tmp_path))["notoatmodjo-2010"] == "insufficient-evidence"


def test_an_unlisted_partner_is_unknown_not_absent(tmp_path: Path) -> None:
    text = HEAD + "programs:" + program(JOINT, JOINT, "{a: lead}") + VISION
    assert verdicts(assess_text(text, tmp_path))["notoatmodjo-2010"] == "insufficient-evidence"
    text = HEAD + "programs:" + program(JOINT, JOINT, "{a: lead, b: absent}") + VISION
    assert verdicts(assess_text(text, tmp_path))["notoatmodjo-2010"] == "model-1"


# --- Sulistiyani -----------------------------------------------------------------------------------

BALANCED = program(JOINT, JOINT, JOINT)


def test_dominance_is_pseudo_even_when_both_understand_and_benefit(tmp_path: Path) -> None:
    assert case(tmp_path, program(JOINT, ALONE, ALONE))["sulistiyani-2017"] == "pseudo"


def test_low_equity_is_pseudo(tmp_path: Path) -> None:
    assert (
        case(tmp_path, BALANCED, extra="principles: {equity: {score: 2}}\n")["sulistiyani-2017"] == "pseudo"
    )


def test_one_sided_contributions_are_pseudo(tmp_path: Path) -> None:
    text = HEAD.replace(
        "contributes: [y]}\n  - {id: b, name: B, understands_purpose: yes, benefits: [x], contributes: [y]}",
        "contributes: [y]}\n  - {id: b, name: B, understands_purpose: yes, benefits: [x], contributes: []}",
    )
    assert verdicts(assess_text(text + "programs:" + BALANCED, tmp_path))["sulistiyani-2017"] == "pseudo"


EQUAL = "principles: {equity: {score: 3}}\n"


def test_balanced_understood_and_beneficial_is_mutualism(tmp_path: Path) -> None:
    extra = "capacity_building: [{from: a, to: b, what: w}]\n" + EQUAL
    assert case(tmp_path, BALANCED, extra=extra)["sulistiyani-2017"] == "mutualism"


def test_capacity_built_both_ways_is_conjugation(tmp_path: Path) -> None:
    extra = "capacity_building: [{from: a, to: b, what: w}, {from: b, to: a, what: v}]\n" + EQUAL
    assert case(tmp_path, BALANCED, extra=extra)["sulistiyani-2017"] == "conjugation"


def test_unscored_equity_could_be_a_sign_of_imbalance(tmp_path: Path) -> None:
    extra = "capacity_building: [{from: a, to: b, what: w}]\n"
    r = assess_text(HEAD + "programs:" + BALANCED + extra, tmp_path).get("sulistiyani-2017")
    assert r is not None and r.verdict == "insufficient-evidence"
    assert set(r.possible) == {"pseudo", "mutualism"}
    assert any(rec.criterion == "equity-low" and rec.kind == "gather" for rec in r.recommendations)


def test_a_partner_that_does_not_understand_makes_it_pseudo(tmp_path: Path) -> None:
    text = HEAD.replace(
        "{id: b, name: B, understands_purpose: yes", "{id: b, name: B, understands_purpose: no"
    )
    extra = "capacity_building: []\n" + EQUAL
    assert (
        verdicts(assess_text(text + "programs:" + BALANCED + extra, tmp_path))["sulistiyani-2017"] == "pseudo"
    )


def test_unknown_understanding_is_insufficient_when_it_decides(tmp_path: Path) -> None:
    text = HEAD.replace(
        "{id: b, name: B, understands_purpose: yes", "{id: b, name: B, understands_purpose: unknown"
    )
    extra = "capacity_building: []\n" + EQUAL
    r = assess_text(text + "programs:" + BALANCED + extra, tmp_path).get("sulistiyani-2017")
    assert r is not None and r.verdict == "insufficient-evidence"
    assert set(r.possible) == {"mutualism", "pseudo"}


# --- principles --------------------------------------------------------------------------------------


NAMES = ("equity", "transparency", "mutual_benefit", "shared_vision_mission", "trust", "efficiency",
         "dialogic_communication", "commitment")  # fmt: skip


@pytest.mark.parametrize(
    ("scores", "band"),
    [
        ([4, 4, 4, 3, 4, 3, 4, 3], "strong"),  # mean 3.625
        ([3, 3, 3, 2, 3, 2, 3, 3], "moderate"),  # 2.75
        ([2, 2, 2, 2, 3, 2, 2, 3], "weak"),  # 2.25
        ([5, 5, 5, 5, 5, 5], "strong"),  # two unscored: the mean is 4 at the lowest
        ([3, 3, 3, 3, 3, 3], "insufficient-evidence"),  # two unscored: anywhere from 2.5 to 3.5
        ([1, 1, 1, 1, 1, 1], "weak"),  # at most 2
        ([5, 5, 5], "insufficient-evidence"),  # fewer than four scored
    ],
)
def test_principle_bands(tmp_path: Path, scores: list[int], band: str) -> None:
    given = ", ".join(f"{name}: {{score: {s}}}" for name, s in zip(NAMES, scores, strict=False))
    result = case(tmp_path, BALANCED, extra=f"principles: {{{given}}}\n")
    assert result["principles"] == band


def test_recommendations_lead_to_the_next_class(tmp_path: Path) -> None:
    result = assess_text(HEAD + "programs:" + program(JOINT, ALONE, JOINT) + VISION, tmp_path)
    noto = result.get("notoatmodjo-2010")
    assert noto is not None and noto.next_verdict == "model-2"
    assert [(r.criterion, r.kind) for r in noto.recommendations] == [("implementation-joint", "change")]
    assert "B" in say(noto.recommendations[0].text, "en")


def test_support_and_margin(tmp_path: Path) -> None:
    result = assess_text(HEAD + "programs:" + program(JOINT, ALONE, ALONE) + VISION, tmp_path)
    noto = result.get("notoatmodjo-2010")
    assert noto is not None
    support = {c.verdict: c.support for c in noto.candidates}
    # Model II signs: planning yes, implementation no, evaluation no, vision yes -> 2/4.
    assert support["model-2"] == pytest.approx(0.5)
    # Model I signs: the three phases not joint (2 of 3), vision not joint (no), linkage (yes) -> 3/5.
    assert support["model-1"] == pytest.approx(0.6)
    assert noto.margin == pytest.approx(0.1)
