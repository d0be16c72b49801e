"""Each indicator's rule in words, with a criterion's parameters filled in, and what it reads.

``kemitraan rubrics show`` and ``kemitraan explain`` use these so that a student or an examiner
can check the tool's reasoning without reading Python. The sentences are in the message
catalog (``rule.<indicator>`` and ``reads.<indicator>``); this module only fills them from the
parameters. ``tests/indicators/test_rules.py`` fails when an indicator in the registry has no
sentence here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kemitraan.indicators.base import Params
from kemitraan.msg import Msg


def _phases(phases: list[str]) -> Msg:
    return Msg("fmt.list", {"items": [Msg(f"phase.{p}") for p in phases]})


def _level(level: str) -> Msg:
    return Msg(f"level.{level}")


def _pct(share: float) -> Msg:
    return Msg("fmt.percent", {"value": share})


def _values(values: list[str]) -> str:
    return " | ".join(values) if values else "-"


def _who(min_partners: Any) -> Msg:
    if min_partners == "all":
        return Msg("rule.who.all")
    return Msg("rule.who.count", {"count": min_partners})


def _phase_joint(p: Any) -> dict[str, Any]:
    return {
        "phase": Msg(f"phase.{p.phase}"),
        "name": p.phase,
        "who": _who(p.min_partners),
        "min_level": _level(p.min_level),
    }


def _share(p: Any) -> dict[str, Any]:
    return {
        "phases": _phases(p.phases),
        "who": _who(p.min_partners),
        "min_level": _level(p.min_level),
        "at_least": _pct(p.at_least),
    }


def _dominance(p: Any) -> dict[str, Any]:
    if p.min_share is not None:
        threshold = Msg("fmt.at_least", {"value": _pct(p.min_share)})
    else:
        threshold = Msg("fmt.more_than", {"value": _pct(0.5 if p.more_than is None else p.more_than)})
    return {"threshold": threshold, "min_level": _level(p.min_level)}


def _principle_score(p: Any) -> dict[str, Any]:
    bound = (
        Msg("fmt.at_least", {"value": p.at_least})
        if p.at_least is not None
        else Msg("fmt.at_most", {"value": p.at_most})
    )
    return {"principle": Msg(f"principle.{p.principle}"), "bound": bound, "name": p.principle}


def _principle_mean(p: Any) -> dict[str, Any]:
    return {
        "principles": [Msg(f"principle.{n}") for n in p.principles],
        "at_least": Msg("fmt.number", {"value": p.at_least}),
        "min_scored": p.min_scored,
    }


_PARAMS: dict[str, Callable[[Any], dict[str, Any]]] = {
    "phase_joint": _phase_joint,
    "joint_phase_share": _share,
    "phases_recorded": lambda p: {"phases": _phases(p.phases)},
    "dominance": _dominance,
    "choice": lambda p: {
        "path": p.path,
        "met": _values(p.met),
        "unmet": _values(p.unmet),
        "phases": [Msg(f"phase.{x}") for x in p.or_joint],
    },
    "subordination": _dominance,
    "any_present": lambda p: {"paths": ", ".join(p.paths)},
    "network_link": lambda p: {},
    "every_partner_understands": lambda p: {"accept": _values(list(p.accept))},
    "every_partner_benefits": lambda p: {},
    "contributions_one_sided": lambda p: {},
    "capacity_mutual": lambda p: {},
    "principle_score": _principle_score,
    "principle_mean": _principle_mean,
}
"""Indicator id -> the placeholders its ``rule.*`` and ``reads.*`` sentences take."""


_VARIANTS: dict[str, Callable[[Any], str]] = {
    "choice": lambda p: ".or_joint" if p.or_joint else "",
    "capacity_mutual": lambda p: "" if p.both_ways else ".any",
}
"""Indicators whose sentences read differently with some parameters: the key's suffix."""


def _key(kind: str, indicator: str, params: Params) -> str:
    suffix = _VARIANTS[indicator](params) if indicator in _VARIANTS else ""
    return f"{kind}.{indicator}{suffix}"


def rule(indicator: str, params: Params) -> Msg:
    """The indicator's decision rule in words, for these parameters."""
    return Msg(_key("rule", indicator, params), _PARAMS[indicator](params))


def reads(indicator: str, params: Params) -> Msg:
    """The fields of the partnership file the indicator reads, for these parameters."""
    return Msg(_key("reads", indicator, params), _PARAMS[indicator](params))


__all__ = ["reads", "rule"]
