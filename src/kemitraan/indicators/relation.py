"""How the organisations stand to each other: subordination, and stated relation facts that the
recorded levels contradict.

A partner is *subordinated* (Sulistiyani's subordinate union; her linear types are "tidak saling
tersubordinasi") when the study says so (``relation.subordinated``), or when the partnership is
not balanced: one party dominates, read as for Sulistiyani's pseudo partnership (the levels, or
the study's ``balance``). It is not when the study says it is not, or states the partnership is
balanced. Reading dominance and a stated balance as (no) subordination is kemitraan's
operationalisation (docs/rubrics.md).
"""

from __future__ import annotations

from kemitraan.errors import Found, Loc
from kemitraan.indicators.base import Reading, Tri, evidence_at
from kemitraan.indicators.participation import DominanceParams, cell, dominance
from kemitraan.models.partnership import PHASES, Partnership
from kemitraan.msg import Msg


def subordination(p: Partnership, params: DominanceParams, program: int | None) -> Reading:
    """Met when the study states a partner is subordinated, or one party dominates; not met when
    the study states none is, or that the partnership is balanced; unknown otherwise."""
    stated = p.relation.subordinated if p.relation is not None else None
    said = stated.value if stated is not None else "unknown"
    dominated = dominance(p, params, None)
    balanced = p.balance is not None and p.balance.reading is False
    met: Tri
    if said == "yes" or dominated.met is True:
        met = True
    elif said == "no" or balanced:
        met = False
    else:
        met = None
    evidence = (
        evidence_at(("relation", "subordinated"), stated.evidence if stated else ()) + dominated.evidence
    )
    facts: tuple[Loc, ...] = (("relation", "subordinated", "value"), *dominated.facts)
    detail = Msg(
        "ind.subordination.detail",
        {"stated": Msg(f"value.{said}"), "dominance": dominated.detail},
    )
    return Reading(met, said, detail, evidence, facts)


def relation_problems(p: Partnership) -> list[Found]:
    """Stated relation facts that the recorded levels or the stated balance contradict.

    Under the bundled reading: ``subordinated: no`` beside one party dominating (or a stated
    imbalance), ``subordinated: yes`` beside a stated balance, ``information: no`` beside a joint
    program phase, ``activities: no`` beside joint planning or implementation, and
    ``decisions: independent`` beside joint planning.
    """
    r = p.relation
    if r is None:
        return []
    problems: list[Found] = []
    if r.subordinated is not None and r.subordinated.value != "unknown":
        loc: Loc = ("relation", "subordinated", "value")
        if r.subordinated.value == "no":
            dominated = dominance(p, DominanceParams(), None).met
            if dominated is True:
                problems.append(
                    (
                        loc,
                        "says no but one party dominates the partnership (by the participation levels,"
                        " or as the study's balance states)",
                        "correct the levels, the balance or this statement, so that they agree",
                    )
                )
        elif p.balance is not None and p.balance.reading is False:
            problems.append(
                (
                    loc,
                    "says yes but balance.stated says the partnership is balanced",
                    "correct the balance or this statement, so that they agree",
                    ("balance", "stated"),
                )
            )
    joint = [(i, ph) for i in range(len(p.programs)) for ph in PHASES if cell(p, i, ph).joint()]
    for name, phases in (("information", PHASES), ("activities", ("planning", "implementation"))):
        fact = r.fact(name)
        shown = [(i, ph) for i, ph in joint if ph in phases]
        if fact is not None and fact.value == "no" and shown:
            i, ph = shown[0]
            problems.append(
                (
                    ("relation", name, "value"),
                    f"says no but programs[{i}].{ph} is joint (every partner of the program active or"
                    " leading), and partners who work a phase together "
                    + ("exchange information" if name == "information" else "adjust their activities"),
                    "correct the phase or this statement, so that they agree",
                    ("programs", i, ph),
                )
            )
    planned = [i for i, ph in joint if ph == "planning"]
    if r.decisions is not None and r.decisions.value == "independent" and planned:
        problems.append(
            (
                ("relation", "decisions", "value"),
                f"says independent but the planning of programs[{planned[0]}] is joint (every partner"
                " of the program active or leading in deciding)",
                "correct the phase or this statement, so that they agree",
                ("programs", planned[0], "planning"),
            )
        )
    return problems
