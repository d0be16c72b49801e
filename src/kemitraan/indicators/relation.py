"""Stated relation facts that the recorded levels contradict (refused when a file is loaded).

How ``subordination`` reads the relation is in indicators/subordination.py.
"""

from __future__ import annotations

from kemitraan.errors import Found, Loc
from kemitraan.indicators.dominance import dominance
from kemitraan.indicators.participation import DominanceParams, cell
from kemitraan.models.partnership import PHASES, Partnership


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
