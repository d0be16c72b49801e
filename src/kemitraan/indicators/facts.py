"""Indicators that read the partners' own facts, the shared ground, and named fields."""

from __future__ import annotations

from types import UnionType
from typing import Any, Union

from pydantic import BaseModel, field_validator

from kemitraan.errors import Loc
from kemitraan.indicators.base import Params, Reading, evidence_at, names
from kemitraan.models.partnership import PHASES, Evidence, Partnership, PhaseName, Understanding
from kemitraan.models.words import VALUES
from kemitraan.msg import Msg, Refusal


def _field_path(path: str) -> str:
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
    holder: Any = None
    value: Any = p
    for part in path.split("."):
        if value is None:
            return None, None, tuple(path.split("."))
        holder, value = value, getattr(value, part)
    return value, holder, tuple(path.split("."))


class ChoiceParams(Params):
    path: str
    """A dotted path to a field of the partnership file, for example shared.vision_mission."""
    met: list[str]
    """Values that meet the criterion."""
    unmet: list[str]
    """Values that do not; any other value (or a missing one) is unknown."""
    or_joint: list[PhaseName] = []
    """Phases in which a joint program phase also meets the criterion when the field does not say
    (for example: partners who plan together exchange information). Empty: the field alone."""

    @field_validator("path")
    @classmethod
    def _known_field(cls, value: str) -> str:
        return _field_path(value)


def joint_phases(
    p: Partnership, phases: list[PhaseName] | tuple[PhaseName, ...]
) -> list[tuple[int, PhaseName]]:
    """The program phases (among ``phases``) known to be joint, in file order."""
    from kemitraan.indicators.participation import cell

    return [
        (i, ph) for i in range(len(p.programs)) for ph in PHASES if ph in phases and cell(p, i, ph).joint()
    ]


def choice(p: Partnership, params: ChoiceParams, program: int | None) -> Reading:
    """Met when the field holds one of ``met``; not met for ``unmet``; unknown otherwise. With
    ``or_joint``, a field that says neither is met when one of those phases is joint."""
    value, holder, loc = read_path(p, params.path)
    evidence = evidence_at(loc[:-1], getattr(holder, "evidence", ()) or ())
    met = True if value in params.met else False if value in params.unmet else None
    shown: Msg | str = Msg("word.unknown") if value is None else str(value)
    if value in VALUES:
        shown = Msg(f"value.{value}")
    detail = Msg("ind.choice.detail", {"field": Msg("fmt.path", {"path": params.path}), "value": shown})
    facts: tuple[Loc, ...] = (loc,)
    if params.or_joint:
        joint = joint_phases(p, params.or_joint)
        if met is None and joint:
            met = True
        for i, ph in joint:
            record = p.programs[i].phase(ph)
            evidence += evidence_at(("programs", i, ph), record.evidence if record else ())
        facts += tuple(("programs", i, ph) for i, ph in joint)
        found = [
            Msg("fmt.program_phase", {"program": p.programs[i].name, "phase": Msg(f"phase.{ph}")})
            for i, ph in joint
        ]
        detail = Msg(
            "ind.choice.detail_joint",
            {
                "field": Msg("fmt.path", {"path": params.path}),
                "value": shown,
                "phases": [Msg(f"phase.{ph}") for ph in params.or_joint],
                "joint": found or Msg("word.none"),
            },
        )
    return Reading(met, value, detail, evidence, facts)


class AnyPresentParams(Params):
    paths: list[str]
    """Dotted paths to text fields; the criterion is met when any of them is filled in."""

    @field_validator("paths")
    @classmethod
    def _known_fields(cls, value: list[str]) -> list[str]:
        return [_field_path(x) for x in value]


def any_present(p: Partnership, params: AnyPresentParams, program: int | None) -> Reading:
    """Met when any of the fields is filled in; unknown (not false) when none is."""
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
    if found:
        return Reading(
            True, len(found), Msg("ind.any_present.found", {"found": found}), evidence, tuple(facts)
        )
    return Reading(
        None, 0, Msg("ind.any_present.none", {"fields": ", ".join(params.paths)}), (), tuple(facts)
    )


class NoParams(Params):
    pass


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


class UnderstandsParams(Params):
    accept: list[Understanding] = ["yes"]
    """Answers that count as understanding the partnership's purpose."""


def every_partner_understands(p: Partnership, params: UnderstandsParams, program: int | None) -> Reading:
    """Met when every partner understands the purpose; not met when any does not (fully)."""
    lacking = [
        x
        for x in p.partners
        if x.understands_purpose not in params.accept and x.understands_purpose != "unknown"
    ]
    unknown = [x for x in p.partners if x.understands_purpose == "unknown" and "unknown" not in params.accept]
    met = False if lacking else None if unknown else True
    evidence = tuple(e for i, x in enumerate(p.partners) for e in evidence_at(("partners", i), x.evidence))
    levels = [
        Msg("fmt.partner_level", {"partner": x.name, "level": Msg(f"value.{x.understands_purpose}")})
        for x in p.partners
    ]
    detail = Msg(
        "ind.understands.detail",
        {
            "levels": levels,
            "lacking": names(lacking) or Msg("word.none"),
            "unknown": names(unknown) or Msg("word.none"),
        },
    )
    facts = tuple(("partners", i, "understands_purpose") for i in range(len(p.partners)))
    return Reading(met, len(p.partners) - len(lacking) - len(unknown), detail, evidence, facts)


def _lists(p: Partnership, attr: str, program: int | None) -> Reading:
    empty = [x for x in p.partners if getattr(x, attr) == []]
    unknown = [x for x in p.partners if getattr(x, attr) is None]
    filled = [x for x in p.partners if getattr(x, attr)]
    facts = tuple(("partners", i, attr) for i in range(len(p.partners)))
    evidence = tuple(e for i, x in enumerate(p.partners) for e in evidence_at(("partners", i), x.evidence))
    items = [Msg("fmt.partner_items", {"partner": x.name, "items": getattr(x, attr)}) for x in filled]
    detail = Msg(
        f"ind.{attr}.detail",
        {
            "items": items or Msg("word.none"),
            "empty": names(empty) or Msg("word.none"),
            "unknown": names(unknown) or Msg("word.none"),
        },
    )
    if attr == "benefits":
        met = False if empty else None if unknown else True
    else:  # one-sided contributions: someone gives while someone else gives nothing
        met = True if (empty and filled) else None if unknown else False
    return Reading(met, len(filled), detail, evidence, facts)


def every_partner_benefits(p: Partnership, params: NoParams, program: int | None) -> Reading:
    """Met when every partner names a benefit; not met when any names none ([]); unknown if not recorded."""
    return _lists(p, "benefits", program)


def contributions_one_sided(p: Partnership, params: NoParams, program: int | None) -> Reading:
    """Met when some partners contribute while another contributes nothing ([])."""
    return _lists(p, "contributes", program)


class CapacityParams(Params):
    both_ways: bool = True
    """true: every partner both builds another's capacity and has its own built; false: some
    partner builds another's capacity."""


def capacity_mutual(p: Partnership, params: CapacityParams, program: int | None) -> Reading:
    """Met when every partner both builds another's capacity and has its own built (with
    ``both_ways: false``, when some partner builds another's)."""
    if p.capacity_building is None:
        return Reading(None, None, Msg("ind.capacity.unknown"), (), (("capacity_building",),))
    givers = {c.from_ for c in p.capacity_building}
    receivers = {c.to for c in p.capacity_building}
    lacking = [x for x in p.partners if x.id not in givers or x.id not in receivers]
    flows = [
        Msg("fmt.flow", {"from": _name(p, c.from_), "to": _name(p, c.to), "what": c.what})
        for c in p.capacity_building
    ]
    detail = Msg(
        "ind.capacity.detail" if params.both_ways else "ind.capacity.detail_any",
        {"flows": flows or Msg("word.none"), "lacking": names(lacking) or Msg("word.none")},
    )
    evidence = tuple(
        e
        for i, c in enumerate(p.capacity_building)
        for e in evidence_at(("capacity_building", i), c.evidence)
    )
    met = not lacking if params.both_ways else bool(p.capacity_building)
    return Reading(met, len(p.partners) - len(lacking), detail, evidence, (("capacity_building",),))


def _name(p: Partnership, partner_id: str) -> str:
    partner = p.partner(partner_id)
    return partner.name if partner else partner_id
