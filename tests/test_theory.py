"""Issue 11, point by point: each way the rules used to stray from the theory, as its own small case.

The theory is the seed study's (Sapitri, Akhyary & Hendrayady 2023): Notoatmodjo (2010:253)
Model I and II, Sulistiyani (2017:130) pseudo, mutualism and conjugation, the principles
(Notoatmodjo 2010:244-245; Sigit). Each test names the point of the issue it pins down.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest

from kemitraan.engine import decide_rubric
from kemitraan.loader import load_rubric, load_rubrics, parse_yaml
from kemitraan.messages import say
from kemitraan.models.partnership import Partnership
from tests.conftest import EXAMPLES, assess_text, run, verdicts, write

PARTNERS = """
schema: kemitraan/1
id: t
title: T
language: en
partners:
  - {id: a, name: A, understands_purpose: yes, benefits: [x], contributes: [y]}
  - {id: b, name: B, understands_purpose: yes, benefits: [x], contributes: [y]}
"""
BALANCED_FACTS = "principles: {equity: {score: 3}}\ncapacity_building: [{from: a, to: b, what: w}]\n"
"""Everything mutualism needs apart from the participation: equity 3, capacity built one way."""


def phases(planning: str, implementation: str, evaluation: str, pid: str = "p", extra: str = "") -> str:
    return textwrap.indent(
        f"- id: {pid}\n  name: Program {pid}\n{extra}"
        f"  planning: {{participation: {planning}}}\n"
        f"  implementation: {{participation: {implementation}}}\n"
        f"  evaluation: {{participation: {evaluation}}}\n",
        "  ",
    )


def case(tmp_path: Path, *programs: str, extra: str = "", head: str = PARTNERS) -> dict[str, str]:
    text = head + ("programs:\n" + "".join(programs) if programs else "") + extra
    return verdicts(assess_text(text, tmp_path))


def sulistiyani(tmp_path: Path, *programs: str, extra: str = BALANCED_FACTS) -> str:
    return case(tmp_path, *programs, extra=extra)["sulistiyani-2017"]


# --- 1. Unknown read as known ---------------------------------------------------------------------


def test_1_a_partner_unknown_in_every_phase_is_not_read_as_not_dominated(tmp_path: Path) -> None:
    everywhere = "{a: lead, b: unknown}"
    result = case(tmp_path, phases(everywhere, everywhere, everywhere), extra=BALANCED_FACTS)
    assert result["sulistiyani-2017"] == "insufficient-evidence"  # b could be only informed: pseudo
    assert result["notoatmodjo-2010"] == "insufficient-evidence"  # as Notoatmodjo always said


def test_1_forgetting_one_level_never_turns_pseudo_into_mutualism(tmp_path: Path) -> None:
    dominated = "{a: lead, b: informed}"
    assert sulistiyani(tmp_path, phases("{a: lead, b: active}", dominated, dominated)) == "pseudo"
    forgot = sulistiyani(tmp_path, phases("{a: lead, b: active}", dominated, "{a: lead}"))
    assert forgot == "insufficient-evidence"  # never a confident mutualism


# --- 2. Working alone is not domination -----------------------------------------------------------


def test_2_networking_each_partner_running_its_own_program_is_not_domination(tmp_path: Path) -> None:
    own_a = phases("{a: lead, b: absent}", "{a: lead, b: absent}", "{a: lead, b: absent}", "pa")
    own_b = phases("{a: absent, b: lead}", "{a: absent, b: lead}", "{a: absent, b: lead}", "pb")
    result = case(tmp_path, own_a, own_b, extra=BALANCED_FACTS + "shared: {target: anak}\n")
    assert result["sulistiyani-2017"] == "mutualism"
    assert result["notoatmodjo-2010"] == "model-1"  # a network linked by its target


def test_2_networking_written_with_each_programs_partners(tmp_path: Path) -> None:
    own_a = phases("{a: lead}", "{a: lead}", "{a: lead}", "pa", extra="  partners: [a]\n")
    own_b = phases("{b: lead}", "{b: lead}", "{b: lead}", "pb", extra="  partners: [b]\n")
    result = case(tmp_path, own_a, own_b, extra=BALANCED_FACTS + "shared: {target: anak}\n")
    assert (result["sulistiyani-2017"], result["notoatmodjo-2010"]) == ("mutualism", "model-1")


def test_2_alternating_leadership_is_not_domination(tmp_path: Path) -> None:
    program = phases("{a: lead, b: consulted}", "{a: consulted, b: lead}", "{a: active, b: active}")
    assert sulistiyani(tmp_path, program) == "mutualism"


def test_2_alternating_over_two_programs_is_not_domination(tmp_path: Path) -> None:
    """Each partner leads one program while the other is consulted: half each, neither more than half."""
    a_leads = "{a: lead, b: consulted}"
    b_leads = "{a: consulted, b: lead}"
    programs = (phases(a_leads, a_leads, a_leads, "pa"), phases(b_leads, b_leads, b_leads, "pb"))
    assert sulistiyani(tmp_path, *programs) == "mutualism"


def test_2_the_same_partner_carrying_most_phases_while_the_other_looks_on_dominates(tmp_path: Path) -> None:
    program = phases("{a: lead, b: active}", "{a: lead, b: informed}", "{a: lead, b: consulted}")
    assert sulistiyani(tmp_path, program) == "pseudo"


def test_2_the_detail_names_each_partner_once(tmp_path: Path) -> None:
    """`explain` used to say "only one partner is active (A, B); the others ... (B, A)"."""
    program = phases("{a: lead, b: informed}", "{a: informed, b: lead}", "{a: active, b: active}")
    r = assess_text(PARTNERS + "programs:\n" + program + BALANCED_FACTS, tmp_path).get("sulistiyani-2017")
    assert r is not None
    detail = say(next(c for c in r.criteria if c.id == "one-partner-dominates").detail, "en")
    assert "A: 1 (33%); B: 1 (33%)" in detail


# --- 3. Gates that refused settled verdicts ---------------------------------------------------------

NO_PHASES = PARTNERS  # no programs at all: nothing about who did what


@pytest.mark.parametrize(
    ("change", "why"),
    [
        ("principles: {equity: {score: 1}}\n", "equity scored 1"),
        ("UNDERSTANDS_NO", "a partner does not understand the purpose"),
        ("CONTRIBUTES_NOTHING", "a partner contributes nothing"),
    ],
)
def test_3_a_fact_that_settles_pseudo_settles_it_without_any_phase(
    tmp_path: Path, change: str, why: str
) -> None:
    head = PARTNERS
    extra = ""
    if change == "UNDERSTANDS_NO":
        head = PARTNERS.replace(
            "{id: b, name: B, understands_purpose: yes", "{id: b, name: B, understands_purpose: no"
        )
    elif change == "CONTRIBUTES_NOTHING":
        head = PARTNERS.replace("benefits: [x], contributes: [y]}\n", "benefits: [x], contributes: []}\n", 1)
    else:
        extra = change
    assert case(tmp_path, extra=extra, head=head)["sulistiyani-2017"] == "pseudo", why


def test_3_a_phase_known_not_joint_settles_model_1_whatever_the_missing_phase(tmp_path: Path) -> None:
    program = phases("{a: lead, b: active}", "{a: lead, b: informed}", "{}")
    result = assess_text(PARTNERS + "programs:\n" + program + "shared: {service: s}\n", tmp_path)
    noto = result.get("notoatmodjo-2010")
    assert noto is not None and noto.verdict == "model-1"
    assert noto.possible == ["model-1"]
    assert [p.verdict for p in noto.programs] == ["model-1"]


def test_3_requires_in_a_rubric_of_ones_own_never_refuses_a_settled_verdict(tmp_path: Path) -> None:
    source = (Path(__file__).resolve().parents[1] / "rubrics" / "sulistiyani-2017.yaml").read_text(
        encoding="utf-8"
    )
    gate = """  - id: phases-recorded
    label: {id: Tahap tercatat, en: Phases recorded}
    description: {id: Setiap tahap tercatat., en: Every phase is recorded.}
    indicator: phases_recorded
"""
    source = source.replace("criteria:\n", "requires: [phases-recorded]\ncriteria:\n" + gate, 1)
    rubric = tmp_path / "gated.yaml"
    rubric.write_text(source, encoding="utf-8")
    path = write(tmp_path, PARTNERS + "principles: {equity: {score: 1}}\n")
    data = json.loads(run("assess", path, "--rubric", rubric, "-f", "json").out)
    gated = next(a for a in data["assessments"] if a["rubric"]["id"] == "sulistiyani-2017")
    assert gated["rubric"]["origin"] == "gated.yaml" and gated["verdict"] == "pseudo"
    thin = write(tmp_path, PARTNERS, "thin.yaml")
    data = json.loads(run("assess", thin, "--rubric", rubric, "-f", "json").out)
    gated = next(a for a in data["assessments"] if a["rubric"]["id"] == "sulistiyani-2017")
    assert gated["verdict"] == "insufficient-evidence"
    assert gated["missing"][0]["en"] == "No program is recorded."  # what it requires is named first


def test_3_the_possible_list_never_contradicts_the_per_program_verdicts(tmp_path: Path) -> None:
    one = phases("{a: lead, b: active}", "{a: lead, b: active}", "{a: lead, b: active}", "p1")
    two = phases("{a: lead, b: active}", "{a: lead, b: unknown}", "{a: lead, b: active}", "p2")
    result = assess_text(
        PARTNERS + "programs:\n" + one + two + "shared: {service: s, vision_mission: joint}\n", tmp_path
    )
    noto = result.get("notoatmodjo-2010")
    assert noto is not None and noto.verdict == "insufficient-evidence"
    per_program = {p.program: p.verdict for p in noto.programs}
    assert per_program == {"p1": "model-2", "p2": "insufficient-evidence"}
    assert set(noto.possible) == {"model-2", "model-1"}  # what p2 may still be, with p1 Model II


# --- 4. Joint with three or more partners -------------------------------------------------------------

THREE = PARTNERS + "  - {id: c, name: C, understands_purpose: yes, benefits: [x], contributes: [y]}\n"
VISION = "shared: {service: s, vision_mission: joint}\n"


def test_4_a_partner_only_ever_informed_makes_the_program_not_joint(tmp_path: Path) -> None:
    levels = "{a: lead, b: active, c: informed}"
    assert (
        case(tmp_path, phases(levels, levels, levels), extra=VISION, head=THREE)["notoatmodjo-2010"]
        == "model-1"
    )


def test_4_every_partner_active_is_joint(tmp_path: Path) -> None:
    levels = "{a: lead, b: active, c: active}"
    assert (
        case(tmp_path, phases(levels, levels, levels), extra=VISION, head=THREE)["notoatmodjo-2010"]
        == "model-2"
    )


def test_4_a_program_of_two_of_the_three_partners_is_joint_when_both_are_active(tmp_path: Path) -> None:
    levels = "{a: lead, b: active}"
    program = phases(levels, levels, levels, extra="  partners: [a, b]\n")
    assert case(tmp_path, program, extra=VISION, head=THREE)["notoatmodjo-2010"] == "model-2"


def test_4_who_must_be_engaged_is_a_rubric_parameter(tmp_path: Path) -> None:
    source = (Path(__file__).resolve().parents[1] / "rubrics" / "notoatmodjo-2010.yaml").read_text(
        encoding="utf-8"
    )
    for phase in ("planning", "implementation", "evaluation"):
        source = source.replace(f"params: {{phase: {phase}}}", f"params: {{phase: {phase}, min_partners: 2}}")
    rubric = tmp_path / "any-two.yaml"
    rubric.write_text(source, encoding="utf-8")
    levels = "{a: lead, b: active, c: informed}"
    path = write(tmp_path, THREE + "programs:\n" + phases(levels, levels, levels) + VISION)
    data = json.loads(run("assess", path, "--rubric", rubric, "-f", "json").out)
    assert data["assessments"][0]["verdict"] == "model-2"  # the old reading: any two partners


# --- 5. Model I is a network, not a leftover ----------------------------------------------------------


def test_5_without_a_recorded_link_the_tool_cannot_say_model_1(tmp_path: Path) -> None:
    program = phases("{a: lead, b: active}", "{a: lead, b: informed}", "{a: lead, b: informed}")
    result = assess_text(PARTNERS + "programs:\n" + program, tmp_path).get("notoatmodjo-2010")
    assert result is not None and result.verdict == "insufficient-evidence"
    assert result.possible == ["model-1", "neither"]


def test_5_a_link_known_absent_is_neither_model(tmp_path: Path) -> None:
    program = phases("{a: lead, b: active}", "{a: lead, b: informed}", "{a: lead, b: informed}")
    assert case(tmp_path, program, extra="shared: {linked: no}\n")["notoatmodjo-2010"] == "neither"


@pytest.mark.parametrize("field", ["service: s", "target: t", "characteristic: c", "linked: yes"])
def test_5_any_shared_service_target_or_characteristic_links_the_network(tmp_path: Path, field: str) -> None:
    program = phases("{a: lead, b: active}", "{a: lead, b: informed}", "{a: lead, b: informed}")
    assert case(tmp_path, program, extra=f"shared: {{{field}}}\n")["notoatmodjo-2010"] == "model-1"


def test_5_model_1_is_described_without_contradicting_the_matrix() -> None:
    out = run("assess", EXAMPLES / "benan.yaml", "-f", "md", "--lang", "en").out
    assert "Each partner plans, implements and evaluates its own program" not in out
    assert "but the program is not planned, implemented and evaluated together by every partner" in out
    assert "What the facts show: Joint planning: yes; Joint implementation: no; Joint evaluation: no" in out


# --- 6. Capacity built for oneself --------------------------------------------------------------------


def test_6_a_partner_cannot_build_its_own_capacity(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        PARTNERS + "capacity_building:\n  - {from: a, to: b, what: w}\n  - {from: b, to: b, what: v}\n",
    )
    result = run("validate", path)
    assert result.code == 2
    assert result.err.startswith(f"{path}:10:")
    assert "capacity_building[1].to: 'b' is also the partner that builds the capacity" in result.err


# --- 7. Citations that say more than the source ---------------------------------------------------------

SEED_PAGES = {"notoatmodjo-2010": {"253", "244-245"}, "sulistiyani-2017": {"130"}}
"""The only pages of Notoatmodjo and Sulistiyani the seed study gives."""


@pytest.mark.parametrize("name", ["notoatmodjo-2010", "sulistiyani-2017", "principles"])
def test_7_every_page_cited_is_one_the_seed_gives(name: str) -> None:
    from kemitraan.models.rubric import cite_list

    rubric = load_rubric(name).rubric
    cites = [rubric.cite, *(x for c in rubric.criteria for x in cite_list(c.cite))]
    cites += [v.cite for v in rubric.verdicts]
    for cite in cites:
        if cite is not None and cite.source in SEED_PAGES:
            assert cite.page in SEED_PAGES[cite.source], (name, cite)


def test_7_the_written_agreement_sign_is_kemitraans_not_sulistiyanis() -> None:
    rubric = load_rubric("sulistiyani-2017").rubric
    agreement = rubric.criterion("written-agreement")
    assert agreement.cite is None and agreement.operationalisation is not None


def test_7_the_non_material_sense_of_mutual_benefit_is_herlianas() -> None:
    from kemitraan.models.rubric import cite_list

    rubric = load_rubric("principles").rubric
    sources = [c.source for c in cite_list(rubric.criterion("mutual_benefit").cite)]
    assert sources == ["notoatmodjo-2010", "herliana-2016"]


@pytest.mark.parametrize(
    ("rubric", "criterion"),
    [
        ("sulistiyani-2017", "one-partner-dominates"),  # the dominance share
        ("sulistiyani-2017", "equity-low"),  # equity <= 2 as imbalance
        ("sulistiyani-2017", "written-agreement"),
        ("principles", "mean-strong"),  # the bands and their minimum of scored principles
        ("principles", "mean-moderate"),
    ],
)
def test_7_kemitraans_operationalisations_are_marked(rubric: str, criterion: str) -> None:
    assert load_rubric(rubric).rubric.criterion(criterion).operationalisation is not None


@pytest.mark.parametrize("fmt", ["terminal", "md", "html", "json"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_7_every_report_says_operationalisation_by_kemitraan(fmt: str, lang: str) -> None:
    out = run("assess", EXAMPLES / "bumdes-illustrative.yaml", "-f", fmt, "--lang", lang).out
    if fmt == "json":
        data = json.loads(out)
        marked = [c for a in data["assessments"] for c in a["criteria"] if c["operationalisation"]]
        assert {c["id"] for c in marked} >= {"one-partner-dominates", "equity-low", "mean-strong"}
        return
    words = "operasionalisasi oleh kemitraan" if lang == "id" else "operationalisation by kemitraan"
    assert words in " ".join(out.split()).lower()


def test_7_an_operationalisation_names_the_published_application_it_follows() -> None:
    out = " ".join(
        run("assess", EXAMPLES / "bumdes-illustrative.yaml", "-f", "md", "--lang", "en").out.split()
    )
    assert "never in the decision. (following Putri & Rodiyah (2016))" in out
    assert "is read beside the levels. (following Hani & Astuti (2022))" in out


def test_7_explain_says_operationalisation_by_kemitraan() -> None:
    out = run("explain", EXAMPLES / "bumdes-illustrative.yaml", "--lang", "en").out
    assert "one-partner-dominates: One party dominates (not balanced) · Sulistiyani (2017:130) ·" in out
    assert "note       operationalisation by kemitraan: Sulistiyani calls a pseudo partnership" in out


# --- 8. Support numbers that contradict their caption ------------------------------------------------


def test_8_support_is_shown_as_signs_shown_known_and_total_with_weights(tmp_path: Path) -> None:
    out = run("assess", EXAMPLES / "over-time" / "mekar-2019.yaml", "-f", "md", "--lang", "en").out
    # pseudo: one-partner-dominates (weight 3) not shown; equity-low shown; contributions not;
    # understands not (partly: shown for "not met"); agreement verbal (shown)
    assert "Pseudo partnership 0.43 (3 of 5 signs shown, 5 known; weight 3 of 7)" in out


def test_8_a_verdict_below_another_in_support_says_it_rests_on_the_decision_rule() -> None:
    out = " ".join(
        run("assess", EXAMPLES / "over-time" / "mekar-2019.yaml", "-f", "md", "--lang", "en").out.split()
    )
    assert (
        "Pseudo partnership has less support (0.43) than Mutualism partnership (0.57). The verdict"
        " Pseudo partnership rests on the decision rule, not on the support"
    ) in out


def test_8_a_tie_is_said_in_words_on_a_small_case(tmp_path: Path) -> None:
    from kemitraan.engine.decision import Support
    from kemitraan.engine.words import _support_note, _ties

    rubric = load_rubric("sulistiyani-2017")
    candidates = [
        Support("pseudo", 0.43, 1, 2, 5),
        Support("mutualism", 0.43, 3, 2, 5),
        Support("conjugation", 0.3, 3, 3, 6),
    ]
    tied, rests = _ties(candidates, "pseudo")
    assert (tied, rests) == (["mutualism"], True)

    outcome = SimpleNamespace(verdict="pseudo", candidates=candidates)
    note = _support_note(rubric.rubric, outcome, tied, rests)  # type: ignore[arg-type]  # a stand-in: reads only these two
    assert note is not None
    assert say(note, "en") == (
        "Pseudo partnership and Mutualism partnership have the same support (0.43). The verdict Pseudo"
        " partnership rests on the decision rule, not on the support: a defining sign (see the reason) decides it."
    )


# --- New facts: a stated jointness, a stated balance, the study's own conclusion ------------------------


def test_a_stated_jointness_decides_when_the_levels_are_not_given(tmp_path: Path) -> None:
    program = "  - id: p\n    name: P\n    planning: {joint: yes}\n    implementation: {joint: yes}\n    evaluation: {joint: yes}\n"
    assert case(tmp_path, program, extra=VISION)["notoatmodjo-2010"] == "model-2"


def test_given_levels_win_over_a_stated_jointness_they_leave_open(tmp_path: Path) -> None:
    program = "  - id: p\n    name: P\n    planning: {joint: no, participation: {a: lead}}\n"
    a = assess_text(PARTNERS + "programs:\n" + program, tmp_path).get("notoatmodjo-2010")
    assert a is not None
    planning = next(c for c in a.criteria if c.id == "planning-joint")
    assert planning.met is False  # the levels leave it open; the study says not joint


def test_a_stated_jointness_the_levels_contradict_is_a_located_error(tmp_path: Path) -> None:
    program = "  - id: p\n    name: P\n    planning:\n      joint: yes\n      participation: {a: lead, b: informed}\n"
    path = write(tmp_path, PARTNERS + "programs:\n" + program)
    result = run("validate", path)
    assert result.code == 2
    assert (
        "programs[0].planning.joint: says yes but the participation levels make this phase not joint"
        in result.err
    )
    assert result.err.startswith(f"{path}:12:")


def test_a_stated_dominance_is_read_beside_the_levels(tmp_path: Path) -> None:
    assert sulistiyani(tmp_path, extra=BALANCED_FACTS + "balance: {dominant: a}\n") == "pseudo"
    assert sulistiyani(tmp_path, extra=BALANCED_FACTS + "balance: {stated: unbalanced}\n") == "pseudo"
    assert sulistiyani(tmp_path, extra=BALANCED_FACTS + "balance: {stated: balanced}\n") == "mutualism"


def test_a_single_recorded_phase_cannot_decide_dominance(tmp_path: Path) -> None:
    program = "  - id: p\n    name: P\n    implementation: {participation: {a: lead, b: informed}}\n"
    assert sulistiyani(tmp_path, program) == "insufficient-evidence"  # two phases unknown, not left out


def test_a_stated_balance_the_levels_contradict_is_a_located_error(tmp_path: Path) -> None:
    dominated = "{a: lead, b: informed}"
    path = write(
        tmp_path,
        PARTNERS + "balance: {stated: balanced}\nprograms:\n" + phases(dominated, dominated, dominated),
    )
    result = run("validate", path)
    assert (
        result.code == 2
        and "balance.stated: the study's statement disagrees with the participation levels" in result.err
    )


def test_the_study_conclusion_is_never_read_to_decide(tmp_path: Path) -> None:
    text = (EXAMPLES / "benan.yaml").read_text(encoding="utf-8")
    other = text.replace("      verdict: model-1\n", "      verdict: model-2\n")
    assert other != text
    rubrics = load_rubrics()
    first = Partnership.model_validate(parse_yaml(text, "a.yaml"))
    second = Partnership.model_validate(parse_yaml(other, "b.yaml"))
    for r in rubrics:
        one, two = decide_rubric(first, r), decide_rubric(second, r)
        assert (one.verdict, one.possible, one.values, one.candidates) == (
            two.verdict,
            two.possible,
            two.values,
            two.candidates,
        )
    changed = write(tmp_path, other, "benan.yaml")
    data = json.loads(run("assess", changed, "-f", "json").out)
    assert data["assessments"][0]["verdict"] == "model-1"
    assert data["conclusions"][0]["outcome"] == "differ"
    assert data["conclusions"][0]["sentence"]["en"] == (
        "The study concluded Model II: joint program (“Model I”); from the recorded facts kemitraan finds"
        " Model I: networking: differ."
    )


@pytest.mark.parametrize(
    ("rubric", "verdict", "outcome"),
    [
        ("notoatmodjo-2010", "model-1", "agree"),
        ("notoatmodjo-2010", "model-2", "differ"),
        ("sulistiyani-2017", "mutualism", "undecided"),
        ("sulistiyani-2017", "linear-collaborative", "not-assessed"),
        ("mujiyadi-2011", "linear", "not-assessed"),
    ],
)
def test_each_report_says_agree_differ_or_undecided(
    tmp_path: Path, rubric: str, verdict: str, outcome: str
) -> None:
    text = (EXAMPLES / "benan.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "    - rubric: notoatmodjo-2010\n      verdict: model-1\n",
        f"    - rubric: {rubric}\n      verdict: {verdict}\n",
    )
    path = write(tmp_path, text, "benan.yaml")
    data = json.loads(run("assess", path, "-f", "json").out)
    assert data["conclusions"][0]["outcome"] == outcome
    words = {"agree": "agree", "differ": "differ", "undecided": "undecided", "not-assessed": "not assessed"}[
        outcome
    ]
    for fmt in ("terminal", "md", "html"):
        out = run("assess", path, "-f", fmt, "--lang", "en").out
        assert f": {words}." in " ".join(out.split()), fmt
