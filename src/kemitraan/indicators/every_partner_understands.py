"""``every_partner_understands``: every partner understands what the partnership is for."""

from __future__ import annotations

from typing import Any, TypedDict

from kemitraan.indicators import wording
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
)
from kemitraan.models.partnership import Partnership, Understanding
from kemitraan.msg import Msg


class UnderstandsParams(Params):
    accept: list[Understanding] = ["yes"]
    """Answers that count as understanding the partnership's purpose."""


class Detail(TypedDict):
    """What every reading says, and a recommendation may name."""

    lacking: list[str] | Msg
    """The partners known not to understand (fully)."""
    unknown: list[str] | Msg
    """The partners whose understanding is not recorded."""


def every_partner_understands(p: Partnership, params: UnderstandsParams, program: int | None) -> Reading:
    """Met when every partner understands the purpose; not met when any does not (fully)."""
    accept = params.accept
    lacking = unknown = 0
    for x in p.partners:
        said = x.understands_purpose
        if said == "unknown":
            if "unknown" not in accept:
                unknown += 1
        elif said not in accept:
            lacking += 1
    met = False if lacking else None if unknown else True
    return later(met, len(p.partners) - lacking - unknown, lambda: _said(p, params))


def _said(p: Partnership, params: UnderstandsParams) -> Said:
    lacking = [
        x
        for x in p.partners
        if x.understands_purpose not in params.accept and x.understands_purpose != "unknown"
    ]
    unknown = [x for x in p.partners if x.understands_purpose == "unknown" and "unknown" not in params.accept]
    evidence = tuple(e for i, x in enumerate(p.partners) for e in evidence_at(("partners", i), x.evidence))
    levels = [
        Msg("fmt.partner_level", {"partner": x.name, "level": Msg(f"value.{x.understands_purpose}")})
        for x in p.partners
    ]
    values = Detail(lacking=names(lacking) or Msg("word.none"), unknown=names(unknown) or Msg("word.none"))
    message = detail("ind.understands.detail", values, levels=levels)
    facts = tuple(("partners", i, "understands_purpose") for i in range(len(p.partners)))
    return message, evidence, facts


def words(p: UnderstandsParams) -> dict[str, Any]:
    return {"accept": wording.values(list(p.accept))}


def asks(p: UnderstandsParams) -> tuple[Asked, ...]:
    return (Asked("partners.understands_purpose"),)


INDICATOR = Indicator(
    "every_partner_understands",
    every_partner_understands,
    UnderstandsParams,
    ("partnership",),
    Detail,
    words,
    doc=(
        "`accept` (`[yes]`)",
        "every partner's `understands_purpose` is accepted; not met when any is `partly` or `no`",
    ),
    asks=asks,
)
