"""``every_partner_benefits``: every partner names a benefit it gains from the partnership."""

from __future__ import annotations

from kemitraan.indicators.base import Asked, Indicator, NoParams, Reading, Tri, no_words
from kemitraan.indicators.facts import ListDetail, partner_lists
from kemitraan.models.partnership import Partnership


def _met(empty: bool, unknown: bool, filled: bool) -> Tri:
    return False if empty else None if unknown else True


def every_partner_benefits(p: Partnership, params: NoParams, program: int | None) -> Reading:
    """Met when every partner names a benefit; not met when any names none ([]); unknown if not recorded."""
    return partner_lists(p, "benefits", _met)


def asks(p: NoParams) -> tuple[Asked, ...]:
    return (Asked("partners.benefits"),)


INDICATOR = Indicator(
    "every_partner_benefits",
    every_partner_benefits,
    NoParams,
    ("partnership",),
    ListDetail,
    no_words,
    doc=("none", "every partner names a benefit; not met when any lists none (`[]`)"),
    asks=asks,
)
