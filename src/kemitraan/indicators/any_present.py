"""``any_present``: any of some text fields of the partnership file is filled in."""

from __future__ import annotations

from typing import Any, TypedDict

from pydantic import field_validator

from kemitraan.errors import Loc
from kemitraan.indicators.base import Indicator, Params, Reading, Said, detail, evidence_at, later
from kemitraan.indicators.facts import field_path, read_path
from kemitraan.models.partnership import Evidence, Partnership
from kemitraan.msg import Msg


class AnyPresentParams(Params):
    paths: list[str]
    """Dotted paths to text fields; the criterion is met when any of them is filled in."""

    @field_validator("paths")
    @classmethod
    def _known_fields(cls, value: list[str]) -> list[str]:
        return [field_path(x) for x in value]


class Detail(TypedDict):
    """What every reading says, and a recommendation may name."""

    fields: str
    """The fields read, as the rubric names them."""


def any_present(p: Partnership, params: AnyPresentParams, program: int | None) -> Reading:
    """Met when any of the fields is filled in; unknown (not false) when none is."""
    found = sum(1 for path in params.paths if read_path(p, path)[0])
    return later(True if found else None, found, lambda: _said(p, params))


def _said(p: Partnership, params: AnyPresentParams) -> Said:
    found: list[Msg] = []
    evidence: tuple[tuple[Loc, Evidence], ...] = ()
    facts: list[Loc] = []
    for path in params.paths:
        value, holder, loc = read_path(p, path)
        facts.append(loc)
        if value:
            found.append(
                Msg("fmt.field_value", {"field": Msg("fmt.path", {"path": path}), "value": str(value)})
            )
            evidence = evidence or evidence_at(loc[:-1], getattr(holder, "evidence", ()) or ())
    values = Detail(fields=", ".join(params.paths))
    if found:
        return detail("ind.any_present.found", values, found=found), evidence, tuple(facts)
    return detail("ind.any_present.none", values), (), tuple(facts)


def words(p: AnyPresentParams) -> dict[str, Any]:
    return {"paths": ", ".join(p.paths)}


INDICATOR = Indicator(
    "any_present",
    any_present,
    AnyPresentParams,
    ("partnership",),
    Detail,
    words,
    doc=("`paths`", "any of the text fields is filled in (unknown, not false, when none is)"),
)
