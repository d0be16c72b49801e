"""``contributions_one_sided``: some partners contribute while another contributes nothing."""

from __future__ import annotations

from kemitraan.indicators.base import Indicator, NoParams, Reading, Tri, no_words
from kemitraan.indicators.facts import ListDetail, partner_lists
from kemitraan.models.partnership import Partnership


def _met(empty: bool, unknown: bool, filled: bool) -> Tri:
    # one-sided: someone gives while someone else gives nothing
    return True if (empty and filled) else None if unknown else False


def contributions_one_sided(p: Partnership, params: NoParams, program: int | None) -> Reading:
    """Met when some partners contribute while another contributes nothing ([])."""
    return partner_lists(p, "contributes", _met)


INDICATOR = Indicator(
    "contributions_one_sided",
    contributions_one_sided,
    NoParams,
    ("partnership",),
    ListDetail,
    no_words,
    doc=("none", "some partners contribute while another lists nothing (`[]`)"),
)
