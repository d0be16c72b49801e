"""What several indicators share in reading the partnership file: named fields and partners' lists."""

from __future__ import annotations

from collections.abc import Callable
from types import UnionType
from typing import Any, TypedDict, Union

from pydantic import BaseModel

from kemitraan.errors import Loc
from kemitraan.indicators.base import Reading, Said, Tri, detail, evidence_at, later, names, remember
from kemitraan.models.partnership import PHASES, Partnership, PhaseName
from kemitraan.msg import Msg, Refusal


def field_path(path: str) -> str:
    """Check that a dotted path names one value of the partnership file, through nested fields.

    A path may not run into a list or a mapping (``partners.name``: the partners are many, so
    there is no one name to read), nor end at a group of fields (``shared``).
    """
    model: Any = Partnership
    parts = path.split(".")
    for i, part in enumerate(parts):
        fields = getattr(model, "model_fields", None)
        if fields is None or part not in fields:
            if fields:
                raise Refusal(
                    Msg("rubric.path.not_a_field", {"part": part, "path": path, "known": ", ".join(fields)})
                )
            raise Refusal(Msg("rubric.path.not_a_mapping", {"part": part, "path": path}))
        shape, model = _shape(fields[part].annotation)
        where = ".".join(parts[: i + 1])
        if shape == "many" and where == path:
            raise Refusal(Msg("rubric.path.many", {"path": path}))
        if shape == "many":
            raise Refusal(Msg("rubric.path.runs_into", {"path": path, "where": where}))
        if shape == "group" and i == len(parts) - 1:
            first = next(iter(model.model_fields))
            fields = ", ".join(model.model_fields)
            raise Refusal(
                Msg("rubric.path.group", {"path": path, "fields": fields, "example": f"{path}.{first}"})
            )
    return path


def _shape(annotation: Any) -> tuple[str, Any]:
    """``("many", None)`` for a list or mapping, ``("group", Model)`` for nested fields, else ``("one", None)``."""
    from typing import get_args, get_origin

    options = get_args(annotation) if get_origin(annotation) in (Union, UnionType) else (annotation,)
    for option in options:
        if get_origin(option) in (list, dict, tuple, set) or option in (list, dict, tuple, set):
            return "many", None
        if isinstance(option, type) and issubclass(option, BaseModel):
            return "group", option
    return "one", None


def read_path(p: Partnership, path: str) -> tuple[Any, Any, Loc]:
    """(value, the object holding it, its location) for a dotted path; None where absent."""
    loc = _locs.get(path)
    if loc is None:
        loc = remember(_locs, path, tuple(path.split(".")), MAX_PATHS)
    holder: Any = None
    value: Any = p
    for part in loc:
        if value is None:
            return None, None, loc
        holder, value = value, getattr(value, part)
    return value, holder, loc


_locs: dict[str, tuple[str, ...]] = {}
"""Each dotted path read, split (a rubric's paths are read for every file)."""
MAX_PATHS = 256
"""Paths kept split at most (the rubrics in use name a few)."""


def joint_phases(
    p: Partnership, phases: list[PhaseName] | tuple[PhaseName, ...]
) -> list[tuple[int, PhaseName]]:
    """The program phases (among ``phases``) known to be joint, in file order."""
    from kemitraan.indicators.participation import cell

    return [
        (i, ph) for i in range(len(p.programs)) for ph in PHASES if ph in phases and cell(p, i, ph).joint()
    ]


class ListDetail(TypedDict):
    """What every reading of a partner's list (benefits, contributions) says, and a
    recommendation may name."""

    empty: list[str] | Msg
    """The partners whose list is empty ([])."""
    unknown: list[str] | Msg
    """The partners whose list is not recorded."""


def partner_lists(p: Partnership, attr: str, decide: Callable[[bool, bool, bool], Tri]) -> Reading:
    """Read each partner's list ``attr``; ``decide(some empty, some unknown, some filled)`` is met."""
    empty = unknown = filled = 0
    for x in p.partners:
        items = getattr(x, attr)
        if items is None:
            unknown += 1
        elif items:
            filled += 1
        elif items == []:
            empty += 1
    return later(decide(bool(empty), bool(unknown), bool(filled)), filled, lambda: _lists_said(p, attr))


def _lists_said(p: Partnership, attr: str) -> Said:
    empty = [x for x in p.partners if getattr(x, attr) == []]
    unknown = [x for x in p.partners if getattr(x, attr) is None]
    filled = [x for x in p.partners if getattr(x, attr)]
    facts = tuple(("partners", i, attr) for i in range(len(p.partners)))
    evidence = tuple(e for i, x in enumerate(p.partners) for e in evidence_at(("partners", i), x.evidence))
    items = [Msg("fmt.partner_items", {"partner": x.name, "items": getattr(x, attr)}) for x in filled]
    values = ListDetail(empty=names(empty) or Msg("word.none"), unknown=names(unknown) or Msg("word.none"))
    message = detail(f"ind.{attr}.detail", values, items=items or Msg("word.none"))
    return message, evidence, facts
