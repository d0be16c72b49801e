"""Issue 17: Sulistiyani's second typology, Himmelman's continuum and Frey et al.'s levels.

Every verdict of each new rubric, and insufficient evidence, as its own small case; the facts
they read (``relation``) and the readings they share with the existing rubrics (a joint phase, a
stated balance, dominance by the levels); the stated facts a file may not contradict.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from kemitraan.engine import InputMeta, assess
from kemitraan.errors import InputError
from kemitraan.loader import BUNDLED_RUBRICS, load_partnership, load_rubrics
from kemitraan.models.assessment import Assessment, RubricAssessment
from tests.conftest import run, write

RUBRICS = load_rubrics(only=BUNDLED_RUBRICS)

HEAD = """
schema: kemitraan/1
id: t
title: T
language: en
partners:
  - {id: a, name: A}
  - {id: b, name: B}
"""


def assessed(tmp_path: Path, body: str = "", head: str = HEAD) -> Assessment:
    path = write(tmp_path, head + textwrap.dedent(body))
    p, _, _ = load_partnership(path)
    return assess(p, RUBRICS, InputMeta(path.name, "0" * 64), version="test")


def rubric(tmp_path: Path, rubric_id: str, body: str = "", head: str = HEAD) -> RubricAssessment:
    found = assessed(tmp_path, body, head).get(rubric_id)
    assert found is not None
    return found


def verdict(tmp_path: Path, rubric_id: str, body: str = "", head: str = HEAD) -> str:
    return rubric(tmp_path, rubric_id, body, head).verdict


def refused(tmp_path: Path, body: str, head: str = HEAD) -> str:
    with pytest.raises(InputError) as info:
        load_partnership(write(tmp_path, head + textwrap.dedent(body)))
    return str(info.value)


def relation(**facts: str) -> str:
    """``relation:`` with each fact's value, quoted (so that yes and no stay words)."""
    return "relation:\n" + "".join(f'  {name}: {{value: "{value}"}}\n' for name, value in facts.items())


PROGRAM = """
programs:
  - id: g
    name: G
    planning: {{participation: {planning}}}
    implementation: {{participation: {implementation}}}
    evaluation: {{participation: {evaluation}}}
"""


def program(planning: str = "{}", implementation: str = "{}", evaluation: str = "{}") -> str:
    return PROGRAM.format(planning=planning, implementation=implementation, evaluation=evaluation)


JOINT = "{a: active, b: lead}"
ALONE = "{a: lead, b: informed}"

# --- Sulistiyani's second typology (sulistiyani-union) ------------------------------------------------

S2 = "sulistiyani-union"


@pytest.mark.parametrize(
    ("body", "why"),
    [
        (relation(subordinated="yes"), "the study states a party is subordinated"),
        ("balance: {stated: unbalanced}\n", "the study states the partnership is not balanced"),
        ("balance: {dominant: a}\n", "the study names the party that dominates"),
        (program(ALONE, ALONE, ALONE), "the same partner carries every phase while the other looks on"),
    ],
)
def test_subordinate_union(tmp_path: Path, body: str, why: str) -> None:
    assert verdict(tmp_path, S2, body) == "subordinate-union", why


def test_subordinate_union_whatever_the_parties_standing_and_vision(tmp_path: Path) -> None:
    body = relation(subordinated="yes", similar="yes") + "shared: {vision_mission: joint}\n"
    assert verdict(tmp_path, S2, body) == "subordinate-union"


def test_linear_union_alike_and_resting_on_no_shared_vision(tmp_path: Path) -> None:
    body = relation(subordinated="no", similar="yes") + "shared: {vision_mission: separate}\n"
    assert verdict(tmp_path, S2, body) == "linear-union"


@pytest.mark.parametrize(
    "body",
    [
        relation(subordinated="no") + "shared: {vision_mission: joint}\n",
        relation(subordinated="no") + "shared: {vision_mission: partly}\n",  # complementary
        relation(subordinated="no", similar="yes") + "shared: {vision_mission: joint}\n",
        relation(subordinated="no", similar="no") + "shared: {vision_mission: separate}\n",
        "balance: {stated: balanced}\nshared: {vision_mission: joint}\n",  # as Kalistania states it
    ],
)
def test_linear_collaborative(tmp_path: Path, body: str) -> None:
    assert verdict(tmp_path, S2, body) == "linear-collaborative"


@pytest.mark.parametrize(
    ("body", "possible"),
    [
        ("", ["subordinate-union", "linear-union", "linear-collaborative"]),
        (
            relation(similar="no") + "shared: {vision_mission: joint}\n",
            ["subordinate-union", "linear-collaborative"],
        ),
        (relation(subordinated="no", similar="yes"), ["linear-union", "linear-collaborative"]),
        (
            relation(subordinated="no") + "shared: {vision_mission: separate}\n",
            ["linear-union", "linear-collaborative"],
        ),
        # a level not known could make the one partner dominate: subordination is not settled
        (
            program(ALONE, "{a: lead}", "{a: lead}"),
            ["subordinate-union", "linear-union", "linear-collaborative"],
        ),
    ],
)
def test_sulistiyani_union_insufficient_evidence(tmp_path: Path, body: str, possible: list[str]) -> None:
    r = rubric(tmp_path, S2, body)
    assert r.verdict == "insufficient-evidence"
    assert r.possible == possible


def test_equal_roles_is_a_sign_never_a_decision(tmp_path: Path) -> None:
    with_roles = rubric(tmp_path, S2, relation(equal_roles="yes"))
    assert with_roles.verdict == "insufficient-evidence"
    support = {c.verdict: c.support for c in with_roles.candidates}
    assert support["linear-collaborative"] > 0 and support["subordinate-union"] == 0


def test_from_subordinate_union_the_recommendations_aim_at_ending_the_subordination(tmp_path: Path) -> None:
    r = rubric(tmp_path, S2, relation(subordinated="yes", similar="yes"))
    assert r.next_verdict == "linear-collaborative"  # not "become alike" (linear union)
    assert r.recommendations[0].criterion == "subordinated"
    assert "similar-standing" not in [x.criterion for x in r.recommendations]


def test_a_stated_subordination_may_not_contradict_the_dominance(tmp_path: Path) -> None:
    message = refused(tmp_path, program(ALONE, ALONE, ALONE) + relation(subordinated="no"))
    assert "relation.subordinated.value" in message and "one party dominates" in message
    message = refused(tmp_path, "balance: {stated: balanced}\n" + relation(subordinated="yes"))
    assert "relation.subordinated.value" in message and "balanced" in message


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", ["menyatakan tidak, tetapi satu pihak mendominasi", "saling bertukar informasi", "perbaiki"]),
        ("en", ["says no but one party dominates", "exchange information", "correct the"]),
    ],
)
def test_the_contradicted_relation_facts_are_said_in_the_language_of_the_run(
    tmp_path: Path, lang: str, said: list[str]
) -> None:
    # planning joint (so the partners exchange information), the other phases carried by a alone
    body = program(JOINT, ALONE, ALONE) + relation(subordinated="no", information="no")
    result = run("validate", write(tmp_path, HEAD + textwrap.dedent(body)), "--lang", lang)
    assert result.code == 2
    for words in said:
        assert words in result.err, result.err


def test_subordinated_yes_beside_levels_without_dominance_is_allowed(tmp_path: Path) -> None:
    """Status and power can subordinate a party whose participation the levels do not show it."""
    assert (
        verdict(tmp_path, S2, program(JOINT, JOINT, JOINT) + relation(subordinated="yes"))
        == "subordinate-union"
    )


# --- Himmelman's continuum (himmelman-2002) -----------------------------------------------------------

H = "himmelman-2002"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (relation(information="no"), "none"),
        (relation(information="yes", activities="no"), "networking"),
        (relation(information="yes", activities="yes", resources="none"), "coordinating"),
        (
            relation(information="yes", activities="yes", resources="some") + "capacity_building: []\n",
            "cooperating",
        ),
        (
            relation(information="yes", activities="yes", resources="full")
            + "capacity_building: [{from: a, to: b, what: w}]\n",
            "collaborating",
        ),
    ],
)
def test_every_himmelman_strategy(tmp_path: Path, body: str, expected: str) -> None:
    assert verdict(tmp_path, H, body) == expected


def test_himmelman_insufficient_evidence(tmp_path: Path) -> None:
    r = rubric(tmp_path, H, relation(information="yes", activities="yes"))
    assert r.verdict == "insufficient-evidence"
    assert r.possible == ["collaborating", "cooperating", "coordinating"]
    assert rubric(tmp_path, H).possible == [
        "collaborating",
        "cooperating",
        "coordinating",
        "networking",
        "none",
    ]


def test_a_joint_phase_shows_information_exchanged_and_activities_altered(tmp_path: Path) -> None:
    r = rubric(tmp_path, H, program(JOINT, ALONE, ALONE) + relation(resources="none"))
    assert r.verdict == "coordinating"
    joint_evaluation = rubric(tmp_path, H, program(ALONE, ALONE, JOINT) + relation(resources="none"))
    assert joint_evaluation.verdict == "insufficient-evidence"  # evaluating together: information only
    assert joint_evaluation.possible == ["coordinating", "networking"]


def test_stated_information_or_activities_may_not_contradict_a_joint_phase(tmp_path: Path) -> None:
    assert "relation.information.value" in refused(tmp_path, program(JOINT) + relation(information="no"))
    assert "relation.activities.value" in refused(tmp_path, program(JOINT) + relation(activities="no"))
    # a joint evaluation does not say the partners altered their activities
    assessed(tmp_path, program(ALONE, ALONE, JOINT) + relation(activities="no"))


def test_himmelmans_capacity_is_of_another_one_way_enough(tmp_path: Path) -> None:
    base = relation(information="yes", activities="yes", resources="some")
    one_way = rubric(tmp_path, H, base + "capacity_building: [{from: a, to: b, what: w}]\n")
    assert one_way.verdict == "collaborating"
    sign = next(c for c in one_way.criteria if c.id == "capacity-both-ways")
    assert sign.met is False  # the reciprocity Schmelzer names is a sign only


# --- Frey et al.'s Levels of Collaboration (frey-2006) ------------------------------------------------

F = "frey-2006"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (relation(communication="infrequent"), "networking"),
        (relation(information="yes", communication="formal"), "cooperation"),
        (
            relation(information="yes", communication="frequent", resources="some", decisions="some-shared"),
            "coordination",
        ),
        (
            relation(
                information="yes", communication="prioritised", resources="some", decisions="all-members"
            ),
            "coalition",
        ),
        (
            relation(communication="frequent", decisions="consensus") + "principles: {trust: {score: 5}}\n",
            "collaboration",
        ),
    ],
)
def test_every_frey_level(tmp_path: Path, body: str, expected: str) -> None:
    assert verdict(tmp_path, F, body) == expected


def test_frey_insufficient_evidence(tmp_path: Path) -> None:
    assert rubric(tmp_path, F).possible == [
        "collaboration",
        "coalition",
        "coordination",
        "cooperation",
        "networking",
    ]
    r = rubric(tmp_path, F, relation(communication="frequent", decisions="consensus"))
    assert r.verdict == "insufficient-evidence"  # mutual trust not known: collaboration or lower
    assert r.possible[0] == "collaboration" and "coalition" not in r.possible  # not prioritised


def test_consensus_without_mutual_trust_is_not_collaboration(tmp_path: Path) -> None:
    body = relation(information="yes", communication="frequent", decisions="consensus", resources="some")
    assert verdict(tmp_path, F, body + "principles: {trust: {score: 3}}\n") == "coordination"


def test_joint_planning_shows_some_decisions_shared(tmp_path: Path) -> None:
    body = program(JOINT, ALONE, ALONE) + relation(communication="frequent", resources="some")
    r = rubric(tmp_path, F, body)
    decisions = next(c for c in r.criteria if c.id == "decisions-shared")
    assert decisions.met is True and "programs[0].planning" in decisions.facts
    assert "relation.decisions.value" in refused(tmp_path, program(JOINT) + relation(decisions="independent"))


def test_the_ladders_order_coordination_and_cooperation_differently(tmp_path: Path) -> None:
    """The same facts: Himmelman's second step is coordinating, Frey's is cooperation."""
    body = relation(information="yes", activities="yes", resources="none", communication="formal")
    a = assessed(tmp_path, body)
    assert (a.get(H).verdict, a.get(F).verdict) == ("coordinating", "cooperation")  # type: ignore[union-attr]


# --- the relation facts in the file ---------------------------------------------------------------------


def test_each_relation_fact_carries_its_own_evidence(tmp_path: Path) -> None:
    body = """
    relation:
      similar:
        value: "no"
        evidence: [{quote: Status dan kekuatan berbeda., source: S, position: Abstrak}]
      communication:
        value: frequent
        evidence: [{quote: Rapat setiap bulan., source: S}]
    """
    a = assessed(tmp_path, body)
    similar = next(c for c in a.get(S2).criteria if c.id == "similar-standing")  # type: ignore[union-attr]
    assert [e.quote for e in similar.evidence] == ["Status dan kekuatan berbeda."]
    assert similar.evidence[0].path == "relation.similar.evidence[0]"
    frequent = next(c for c in a.get(F).criteria if c.id == "communication-frequent")  # type: ignore[union-attr]
    assert [e.quote for e in frequent.evidence] == ["Rapat setiap bulan."]


def test_a_value_outside_a_facts_scale_is_a_located_error(tmp_path: Path) -> None:
    path = write(tmp_path, HEAD + "relation:\n  resources: {value: lots}\n")
    result = run("validate", path)
    assert result.code == 2
    assert "p.yaml:9:22: relation.resources.value: expected one of none, some, full, unknown" in result.err


def test_rubrics_show_and_explain_know_the_new_rubrics(tmp_path: Path) -> None:
    for name in (S2, H, F):
        shown = run("rubrics", "show", name)
        assert shown.code == 0 and "Criteria" in shown.out and "operationalisation by kemitraan" in shown.out
    path = write(tmp_path, HEAD + relation(subordinated="yes"))
    explained = run("explain", path, "--only", f"{S2},{H},{F}", "--lang", "en")
    assert explained.code == 0, explained.err
    assert "relation.subordinated.value = yes" in explained.out
    assert "Subordinate union of partnership" in explained.out
    assert "Frey et al.'s Levels of Collaboration" in explained.out


GIVEN_PAGES = {"sulistiyani-2017": {"130"}, "meisiska": {"72", "74"}}
"""The only pages the sources of the new rubrics give (the others give none)."""


@pytest.mark.parametrize("name", [S2, H, F])
def test_a_page_is_cited_only_where_a_source_gives_it(name: str) -> None:
    from kemitraan.loader import load_rubric
    from kemitraan.models.rubric import cite_list

    r = load_rubric(name).rubric
    cites = [r.cite, *(x for c in r.criteria for x in cite_list(c.cite)), *(v.cite for v in r.verdicts)]
    cites += [f for c in r.criteria if c.operationalisation for f in c.operationalisation.follows]
    for cite in cites:
        if cite is not None and cite.page is not None:
            assert cite.page in GIVEN_PAGES.get(cite.source, set()), (name, cite)
    assert all(c.cite is not None or c.operationalisation is not None for c in r.criteria)
