"""The fixed, documented set of functions a rubric criterion may call, in one explicit registry.

A rubric names an indicator by id and gives it parameters; the parameters are validated
against the indicator's own schema, so a typo in a rubric is a clear error. Nothing a rubric
file says is ever evaluated as code: this dict is the whole of what a rubric can ask for.
"""

from __future__ import annotations

from kemitraan.indicators import facts, participation, principles, relation
from kemitraan.indicators.base import Indicator, Reading, Scope, Tri, all3, any3
from kemitraan.msg import Msg

_P: tuple[Scope, ...] = ("partnership",)
_PP: tuple[Scope, ...] = ("partnership", "program")

INDICATORS: dict[str, Indicator] = {
    ind.id: ind
    for ind in (
        Indicator(
            "phase_joint",
            participation.phase_joint,
            participation.PhaseJointParams,
            ("program",),
            frozenset({"phase", "inactive", "who", "min_level", "engaged"}),
        ),
        Indicator(
            "joint_phase_share",
            participation.joint_phase_share,
            participation.PhaseShareParams,
            _PP,
            frozenset({"joint", "total", "share", "unknown"}),
        ),
        Indicator(
            "phases_recorded",
            participation.phases_recorded,
            participation.PhasesRecordedParams,
            _P,
            frozenset({"missing", "total"}),
        ),
        Indicator(
            "dominance",
            participation.dominance,
            participation.DominanceParams,
            _PP,
            frozenset({"dominant", "sidelined", "threshold", "total"}),
        ),
        Indicator("choice", facts.choice, facts.ChoiceParams, _P, frozenset({"field", "value"})),
        Indicator("any_present", facts.any_present, facts.AnyPresentParams, _P, frozenset({"fields"})),
        Indicator("network_link", facts.network_link, facts.NoParams, _P, frozenset()),
        Indicator(
            "every_partner_understands",
            facts.every_partner_understands,
            facts.UnderstandsParams,
            _P,
            frozenset({"lacking", "unknown"}),
        ),
        Indicator(
            "every_partner_benefits",
            facts.every_partner_benefits,
            facts.NoParams,
            _P,
            frozenset({"empty", "unknown"}),
        ),
        Indicator(
            "contributions_one_sided",
            facts.contributions_one_sided,
            facts.NoParams,
            _P,
            frozenset({"empty", "unknown"}),
        ),
        Indicator("capacity_mutual", facts.capacity_mutual, facts.CapacityParams, _P, frozenset({"lacking"})),
        Indicator(
            "subordination",
            relation.subordination,
            participation.DominanceParams,
            _P,
            frozenset(),
        ),
        Indicator(
            "principle_score",
            principles.principle_score,
            principles.PrincipleScoreParams,
            _P,
            frozenset({"principle", "score"}),
        ),
        Indicator(
            "principle_mean",
            principles.principle_mean,
            principles.PrincipleMeanParams,
            _P,
            frozenset({"mean", "lowest", "scored"}),
        ),
    )
}

__all__ = ["INDICATORS", "Indicator", "Msg", "Reading", "Tri", "all3", "any3"]
