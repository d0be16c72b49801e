"""``capacity_mutual``: the partners build each other's capacity (Sulistiyani's conjugation)."""

from __future__ import annotations

from typing import TypedDict

from kemitraan.indicators.base import (
    Asked,
    Indicator,
    Params,
    Reading,
    Said,
    detail,
    evidence_at,
    later,
    names,
    no_words,
)
from kemitraan.models.partnership import Partner, Partnership
from kemitraan.msg import Msg


class CapacityParams(Params):
    both_ways: bool = True
    """true: every partner both builds another's capacity and has its own built; false: some
    partner builds another's capacity."""


class Detail(TypedDict):
    """What every reading says, and a recommendation may name."""

    lacking: list[str] | Msg
    """The partners that do not both build and receive (unknown when capacity_building is not written)."""


def capacity_mutual(p: Partnership, params: CapacityParams, program: int | None) -> Reading:
    """Met when every partner both builds another's capacity and has its own built (with
    ``both_ways: false``, when some partner builds another's)."""
    if p.capacity_building is None:
        return later(None, None, _unknown)
    givers = {c.from_ for c in p.capacity_building}
    receivers = {c.to for c in p.capacity_building}
    lacking = [x for x in p.partners if x.id not in givers or x.id not in receivers]
    met = not lacking if params.both_ways else bool(p.capacity_building)
    return later(met, len(p.partners) - len(lacking), lambda: _said(p, params, lacking))


def _unknown() -> Said:
    unknown = Detail(lacking=Msg("word.unknown"))
    return detail("ind.capacity.unknown", unknown), (), (("capacity_building",),)


def _said(p: Partnership, params: CapacityParams, lacking: list[Partner]) -> Said:
    building = p.capacity_building or []
    flows = [
        Msg("fmt.flow", {"from": _name(p, c.from_), "to": _name(p, c.to), "what": c.what}) for c in building
    ]
    message = detail(
        "ind.capacity.detail" if params.both_ways else "ind.capacity.detail_any",
        Detail(lacking=names(lacking) or Msg("word.none")),
        flows=flows or Msg("word.none"),
    )
    evidence = tuple(
        e for i, c in enumerate(building) for e in evidence_at(("capacity_building", i), c.evidence)
    )
    return message, evidence, (("capacity_building",),)


def _name(p: Partnership, partner_id: str) -> str:
    partner = p.partner(partner_id)
    return partner.name if partner else partner_id


def variant(p: CapacityParams) -> str:
    return "" if p.both_ways else ".any"


def asks(p: CapacityParams) -> tuple[Asked, ...]:
    return (Asked("capacity_building"),)


INDICATOR = Indicator(
    "capacity_mutual",
    capacity_mutual,
    CapacityParams,
    ("partnership",),
    Detail,
    no_words,
    doc=(
        "`both_ways` (`true`)",
        "every partner both builds another's capacity and has its own built; with `both_ways:"
        " false`, some partner builds another's (not met for `[]`)",
    ),
    variant=variant,
    asks=asks,
)
