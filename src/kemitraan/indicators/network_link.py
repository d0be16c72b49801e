"""``network_link``: a shared service, target or other characteristic links the partners."""

from __future__ import annotations

from kemitraan.errors import Loc
from kemitraan.indicators.base import (
    Indicator,
    NoDetail,
    NoParams,
    Reading,
    Said,
    Tri,
    evidence_at,
    later,
    no_words,
)
from kemitraan.models.partnership import Partnership, Shared
from kemitraan.msg import Msg

LINK_FIELDS = ("service", "target", "characteristic")
FACTS: tuple[Loc, ...] = tuple(("shared", name) for name in (*LINK_FIELDS, "linked"))


def network_link(p: Partnership, params: NoParams, program: int | None) -> Reading:
    """Met when a shared service, target or other characteristic links the partners (or the study
    says they are linked); not met when the study says nothing links them; unknown otherwise."""
    shared = p.shared
    if shared is None:
        return later(None, 0, lambda: (Msg("ind.network_link.none"), (), FACTS))
    found = sum(1 for name in LINK_FIELDS if getattr(shared, name))
    if found:
        met: Tri = True
        value = found
    elif shared.linked != "unknown":
        met = shared.linked == "yes"
        value = int(met)
    else:
        met, value = None, 0
    return later(met, value, lambda: _said(shared))


def _said(shared: Shared) -> Said:
    evidence = evidence_at(("shared",), shared.evidence)
    found = [
        Msg("fmt.field_value", {"field": Msg("fmt.path", {"path": f"shared.{name}"}), "value": value})
        for name in LINK_FIELDS
        if (value := getattr(shared, name))
    ]
    if found:
        return Msg("ind.network_link.found", {"found": found}), evidence, FACTS
    if shared.linked != "unknown":
        return Msg(f"ind.network_link.stated_{shared.linked}"), evidence, FACTS
    return Msg("ind.network_link.none"), evidence, FACTS


INDICATOR = Indicator(
    "network_link",
    network_link,
    NoParams,
    ("partnership",),
    NoDetail,
    no_words,
    doc=(
        "none",
        "a shared service, target or other characteristic is recorded, or `shared.linked: yes`; not"
        " met for `shared.linked: no`",
    ),
)
