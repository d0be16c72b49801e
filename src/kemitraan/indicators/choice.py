"""``choice``: a named field of the partnership file holds a value that meets the criterion."""

from __future__ import annotations

from typing import Any, TypedDict

from pydantic import field_validator

from kemitraan.errors import Loc
from kemitraan.indicators import wording
from kemitraan.indicators.base import Asked, Indicator, Params, Reading, Said, detail, evidence_at, later
from kemitraan.indicators.facts import field_path, joint_phases, read_path
from kemitraan.models.partnership import Partnership, PhaseName
from kemitraan.models.words import VALUES
from kemitraan.msg import Msg


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
        return field_path(value)


class Detail(TypedDict):
    """What every reading says, and a recommendation may name."""

    field: Msg
    value: Msg | str
    """The field's value as written (unknown when it is not)."""


def choice(p: Partnership, params: ChoiceParams, program: int | None) -> Reading:
    """Met when the field holds one of ``met``; not met for ``unmet``; unknown otherwise. With
    ``or_joint``, a field that says neither is met when one of those phases is joint."""
    value, holder, loc = read_path(p, params.path)
    met = True if value in params.met else False if value in params.unmet else None
    joint = joint_phases(p, params.or_joint) if params.or_joint else []
    if met is None and joint:
        met = True

    def said() -> Said:
        evidence = evidence_at(loc[:-1], getattr(holder, "evidence", ()) or ())
        shown: Msg | str = Msg("word.unknown") if value is None else str(value)
        if value in VALUES:
            shown = Msg(f"value.{value}")
        values = Detail(field=Msg("fmt.path", {"path": params.path}), value=shown)
        message = detail("ind.choice.detail", values)
        facts: tuple[Loc, ...] = (loc,)
        if params.or_joint:
            for i, ph in joint:
                record = p.programs[i].phase(ph)
                evidence += evidence_at(("programs", i, ph), record.evidence if record else ())
            facts += tuple(("programs", i, ph) for i, ph in joint)
            found = [
                Msg("fmt.program_phase", {"program": p.programs[i].name, "phase": Msg(f"phase.{ph}")})
                for i, ph in joint
            ]
            message = detail(
                "ind.choice.detail_joint",
                values,
                phases=[Msg(f"phase.{ph}") for ph in params.or_joint],
                joint=found or Msg("word.none"),
            )
        return message, evidence, facts

    return later(met, value, said)


def words(p: ChoiceParams) -> dict[str, Any]:
    return {
        "path": p.path,
        "met": wording.values(p.met),
        "unmet": wording.values(p.unmet),
        "phases": [Msg(f"phase.{x}") for x in p.or_joint],
    }


def variant(p: ChoiceParams) -> str:
    return ".or_joint" if p.or_joint else ""


def asks(p: ChoiceParams) -> tuple[Asked, ...]:
    return (Asked(p.path),)


def code(params: ChoiceParams, p: Partnership) -> str | None:
    """Quotes go under the relation fact, the shared ground or the agreement the field is in."""
    head = params.path.split(".")[0]
    if head == "relation":
        return ".".join(params.path.split(".")[:2])
    return head if head in ("shared", "agreement") else None


INDICATOR = Indicator(
    "choice",
    choice,
    ChoiceParams,
    ("partnership",),
    Detail,
    words,
    doc=(
        "`path` (a dotted field path, e.g. `shared.vision_mission`); `met`; `unmet`; `or_joint`"
        " (phases, none by default)",
        "the field holds a value in `met`; not met for `unmet`; unknown otherwise. With `or_joint`, a"
        " field that says neither is met when some program phase among those is joint",
    ),
    variant=variant,
    asks=asks,
    code=code,
)
