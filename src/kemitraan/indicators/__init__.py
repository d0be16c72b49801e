"""The fixed, documented set of functions a rubric criterion may call, in one explicit registry.

Each indicator is one module of this package (``phase_joint.py``, ``choice.py``, ...) that holds
everything about it: its function, its ``Params``, the ``Detail`` its readings carry (whose
fields are the ``{placeholders}`` a rubric's recommendation may use), the values of its rule and
reads sentences, and its hooks for the questionnaire, the QDA codebook and the report's chart.
It declares all of that as one :class:`~kemitraan.indicators.base.Indicator` named
``INDICATOR``; :data:`BUNDLED` lists the modules, and :func:`register` puts each in
:data:`INDICATORS` (docs/contributing/indicators.md shows how to add one).

A rubric names an indicator by id and gives it parameters; the parameters are validated
against the indicator's own schema, so a typo in a rubric is a clear error. Nothing a rubric
file says is ever evaluated as code, and no module is imported because a file names it: this
registry is the whole of what a rubric can ask for.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from kemitraan.indicators import (
    any_present,
    capacity_mutual,
    choice,
    contributions_one_sided,
    dominance,
    every_partner_benefits,
    every_partner_understands,
    joint_phase_share,
    network_link,
    phase_joint,
    phases_recorded,
    principle_mean,
    principle_score,
    subordination,
)
from kemitraan.indicators.base import Asked, Chart, Indicator, Params, Reading, Tri, all3, any3
from kemitraan.msg import Msg

BUNDLED: tuple[ModuleType, ...] = (
    phase_joint,
    joint_phase_share,
    phases_recorded,
    dominance,
    choice,
    any_present,
    network_link,
    every_partner_understands,
    every_partner_benefits,
    contributions_one_sided,
    capacity_mutual,
    subordination,
    principle_score,
    principle_mean,
)
"""The bundled indicator modules, in the order docs/rubrics.md lists them."""

INDICATORS: dict[str, Indicator[Any]] = {}
"""Indicator id -> its declaration (filled by :func:`register`)."""


def register(indicator: Indicator[Any]) -> Indicator[Any]:
    """Add an indicator to the registry (a module's ``INDICATOR``); an id used twice is an error."""
    if indicator.id in INDICATORS:
        raise ValueError(f"indicator {indicator.id!r} is registered twice")
    INDICATORS[indicator.id] = indicator
    return indicator


for _module in BUNDLED:
    register(_module.INDICATOR)


def asks(indicator: str, params: Params) -> tuple[Asked, ...]:
    """The facts a criterion of this indicator reads, for the questionnaire (none if unknown)."""
    ind = INDICATORS.get(indicator)
    return ind.asks(params) if ind is not None else ()


def chart(indicator: str) -> Chart | None:
    """What the principle chart may draw from a criterion of this indicator."""
    ind = INDICATORS.get(indicator)
    return ind.chart if ind is not None else None


def rule_in_words(indicator: str, params: Params) -> Msg:
    """The indicator's decision rule in words, for these parameters."""
    return INDICATORS[indicator].rule(params)


def reads_in_words(indicator: str, params: Params) -> Msg:
    """The fields of the partnership file the indicator reads, for these parameters."""
    return INDICATORS[indicator].reads(params)


__all__ = [
    "BUNDLED",
    "INDICATORS",
    "Asked",
    "Chart",
    "Indicator",
    "Msg",
    "Reading",
    "Tri",
    "all3",
    "any3",
    "asks",
    "chart",
    "reads_in_words",
    "register",
    "rule_in_words",
]
