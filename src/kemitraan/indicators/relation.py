"""Stated relation facts that the recorded levels contradict (refused when a file is loaded).

How ``subordination`` reads the relation is in indicators/subordination.py.
"""

from __future__ import annotations

from kemitraan.errors import Found, Loc
from kemitraan.indicators.dominance import dominance
from kemitraan.indicators.participation import DominanceParams, cell
from kemitraan.models.partnership import PHASES, Partnership
from kemitraan.msg import Msg


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
                        Msg("model.relation.subordinated_no"),
                        Msg("hint.relation.levels_balance"),
                    )
                )
        elif p.balance is not None and p.balance.reading is False:
            problems.append(
                (
                    loc,
                    Msg("model.relation.subordinated_yes"),
                    Msg("hint.relation.balance"),
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
                    Msg(f"model.relation.{name}_no", {"phase": f"programs[{i}].{ph}"}),
                    Msg("hint.relation.phase"),
                    ("programs", i, ph),
                )
            )
    planned = [i for i, ph in joint if ph == "planning"]
    if r.decisions is not None and r.decisions.value == "independent" and planned:
        problems.append(
            (
                ("relation", "decisions", "value"),
                Msg("model.relation.decisions_independent", {"program": f"programs[{planned[0]}]"}),
                Msg("hint.relation.phase"),
                ("programs", planned[0], "planning"),
            )
        )
    return problems
