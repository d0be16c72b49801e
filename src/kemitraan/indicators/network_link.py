"""``network_link``: a shared service, target or other characteristic links the partners."""

from __future__ import annotations

from kemitraan.errors import Loc
from kemitraan.indicators.base import Indicator, NoDetail, NoParams, Reading, evidence_at, no_words
from kemitraan.models.partnership import Partnership
from kemitraan.msg import Msg

LINK_FIELDS = ("service", "target", "characteristic")


def network_link(p: Partnership, params: NoParams, program: int | None) -> Reading:
    """Met when a shared service, target or other characteristic links the partners (or the study
    says they are linked); not met when the study says nothing links them; unknown otherwise."""
    shared = p.shared
    facts: tuple[Loc, ...] = tuple(("shared", name) for name in (*LINK_FIELDS, "linked"))
    if shared is None:
        return Reading(None, 0, Msg("ind.network_link.none"), (), facts)
    found = [
        Msg("fmt.field_value", {"field": Msg("fmt.path", {"path": f"shared.{name}"}), "value": value})
        for name in LINK_FIELDS
        if (value := getattr(shared, name))
    ]
    evidence = evidence_at(("shared",), shared.evidence)
    if found:
        return Reading(True, len(found), Msg("ind.network_link.found", {"found": found}), evidence, facts)
    if shared.linked != "unknown":
        met = shared.linked == "yes"
        return Reading(met, int(met), Msg(f"ind.network_link.stated_{shared.linked}"), evidence, facts)
    return Reading(None, 0, Msg("ind.network_link.none"), evidence, facts)


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
