"""``phases_recorded``: every program records every phase (levels or a stated jointness)."""

from __future__ import annotations

from typing import Any, TypedDict

from kemitraan.indicators import wording
from kemitraan.indicators.base import Indicator, Params, Reading, Said, detail, later
from kemitraan.indicators.participation import cell
from kemitraan.models.partnership import PHASES, Partnership, PhaseName
from kemitraan.msg import Msg


class PhasesRecordedParams(Params):
    phases: list[PhaseName] = list(PHASES)
    """The phases every program must record participation (or a stated jointness) for."""


class Detail(TypedDict):
    """What every reading says, and a recommendation may name."""

    missing: list[Msg] | Msg
    """The program phases not recorded (with no program: every phase of a program to come)."""
    total: int
    """The program phases that should be recorded (0 with no program)."""


def phases_recorded(p: Partnership, params: PhasesRecordedParams, program: int | None) -> Reading:
    """Met when there is at least one program and each records every phase (levels or jointness)."""
    if not p.programs:
        # before issue 16 this reading carried neither value, and "{missing} of {total}" was printed as is
        none = Detail(missing=Msg("ind.phases_recorded.every_phase"), total=0)
        return later(
            False, 0, lambda: (detail("ind.phases_recorded.no_programs", none), (), (("programs",),))
        )
    missing = sum(
        1 for i in range(len(p.programs)) for phase in params.phases if not cell(p, i, phase).recorded
    )
    total = len(p.programs) * len(params.phases)
    return later(not missing, total - missing, lambda: _said(p, params))


def _said(p: Partnership, params: PhasesRecordedParams) -> Said:
    missing: list[Msg] = []
    for i, prog in enumerate(p.programs):
        for phase in params.phases:
            if not cell(p, i, phase).recorded:
                missing.append(
                    Msg("fmt.program_phase", {"program": prog.name, "phase": Msg(f"phase.{phase}")})
                )
    total = len(p.programs) * len(params.phases)
    values = Detail(missing=missing or Msg("word.none"), total=total)
    message = (
        detail("ind.phases_recorded.missing", values, recorded=total - len(missing), n=total)
        if missing
        else detail("ind.phases_recorded.ok", values, n=total)
    )
    return message, (), (("programs",),)


def words(p: PhasesRecordedParams) -> dict[str, Any]:
    return {"phases": wording.phases(p.phases)}


INDICATOR = Indicator(
    "phases_recorded",
    phases_recorded,
    PhasesRecordedParams,
    ("partnership",),
    Detail,
    words,
    doc=(
        "`phases` (all three)",
        "there is at least one program and each records every phase (levels or `joint`)",
    ),
)
