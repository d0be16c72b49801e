"""Pieces of the sentences that say an indicator's rule and what it reads, from its parameters.

Each indicator module's ``words`` fills its ``rule.<id>`` and ``reads.<id>`` sentences (in the
message catalogue) with these; ``kemitraan rubrics show`` and ``kemitraan explain`` print them,
so that a student or an examiner can check the tool's reasoning without reading Python.
"""

from __future__ import annotations

from collections.abc import Sequence

from kemitraan.msg import Msg


def phases(names: Sequence[str]) -> Msg:
    return Msg("fmt.list", {"items": [Msg(f"phase.{p}") for p in names]})


def level(name: str) -> Msg:
    return Msg(f"level.{name}")


def percent(share: float) -> Msg:
    return Msg("fmt.percent", {"value": share})


def values(items: Sequence[str]) -> str:
    return " | ".join(items) if items else "-"


def who(min_partners: object) -> Msg:
    if min_partners == "all":
        return Msg("rule.who.all")
    return Msg("rule.who.count", {"count": min_partners})
