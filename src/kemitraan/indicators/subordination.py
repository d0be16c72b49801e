"""``subordination``: one organisation is subordinated to another (Sulistiyani's subordinate union).

A partner is *subordinated* (Sulistiyani's linear types are "tidak saling tersubordinasi") when
the study says so (``relation.subordinated``), or when the partnership is not balanced: one party
dominates, read as for Sulistiyani's pseudo partnership (the levels, or the study's ``balance``).
It is not when the study says it is not, or states the partnership is balanced. Reading dominance
and a stated balance as (no) subordination is kemitraan's operationalisation (docs/rubrics.md).
"""

from __future__ import annotations

from kemitraan.errors import Loc
from kemitraan.indicators import dominance
from kemitraan.indicators.base import Asked, Indicator, NoDetail, Reading, Said, Tri, evidence_at, later
from kemitraan.indicators.participation import DominanceParams
from kemitraan.models.partnership import Partnership
from kemitraan.msg import Msg


def subordination(p: Partnership, params: DominanceParams, program: int | None) -> Reading:
    """Met when the study states a partner is subordinated, or one party dominates; not met when
    the study states none is, or that the partnership is balanced; unknown otherwise."""
    stated = p.relation.subordinated if p.relation is not None else None
    said = stated.value if stated is not None else "unknown"
    dominated = dominance.dominance(p, params, None)
    balanced = p.balance is not None and p.balance.reading is False
    met: Tri
    if said == "yes" or dominated.met is True:
        met = True
    elif said == "no" or balanced:
        met = False
    else:
        met = None

    def worded() -> Said:
        evidence = (
            evidence_at(("relation", "subordinated"), stated.evidence if stated else ()) + dominated.evidence
        )
        facts: tuple[Loc, ...] = (("relation", "subordinated", "value"), *dominated.facts)
        detail = Msg(
            "ind.subordination.detail",
            {"stated": Msg(f"value.{said}"), "dominance": dominated.detail},
        )
        return detail, evidence, facts

    return later(met, said, worded)


def asks(p: DominanceParams) -> tuple[Asked, ...]:
    return (Asked("relation.subordinated.value"),)


def code(params: DominanceParams, p: Partnership) -> str | None:
    return "relation.subordinated"


INDICATOR = Indicator(
    "subordination",
    subordination,
    DominanceParams,
    ("partnership",),
    NoDetail,
    dominance.words,
    doc=(
        "as `dominance`",
        "the study states a party is subordinated (`relation.subordinated: yes`), or one party"
        " dominates (as `dominance` reads it); not met when the study states none is, or that the"
        " partnership is balanced",
    ),
    asks=asks,
    code=code,
)
