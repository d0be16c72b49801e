"""``phase_joint``: one program's phase is joint when its partners take part in it together."""

from __future__ import annotations

from typing import Any, TypedDict

from kemitraan.errors import Loc
from kemitraan.indicators import wording
from kemitraan.indicators.base import Indicator, Params, Reading, Said, evidence_at, later, names
from kemitraan.indicators.participation import (
    PHASE_AT,
    RANK,
    Cell,
    MinPartners,
    levels_of,
    program_cells,
    who,
)
from kemitraan.models.partnership import Level, Partnership, PhaseName
from kemitraan.msg import Msg


class PhaseJointParams(Params):
    phase: PhaseName
    """The phase to read: planning, implementation or evaluation."""
    min_partners: MinPartners = "all"
    """Who must be engaged for the phase to count as joint: all (every partner taking part in the
    program, and at least two of them) or a number of partners."""
    min_level: Level = "active"
    """The lowest participation level that counts as engaged."""


class Detail(TypedDict):
    """What every reading says, and a recommendation may name."""

    phase: Msg
    inactive: list[str] | Msg
    """The program's partners not known to be engaged (below ``min_level``, or not known)."""
    who: Msg
    min_level: Msg
    engaged: int


def phase_joint(p: Partnership, params: PhaseJointParams, program: int | None) -> Reading:
    """Joint when every program partner (or ``min_partners``) takes part at ``min_level`` or above."""
    assert program is not None
    c = program_cells(p, program)[PHASE_AT[params.phase]]
    level = RANK[params.min_level]
    if not c.recorded:
        return later(None, None, lambda: _said(p, params, program, c, level))
    up = 0
    for r in c.ranks:
        if r is not None and r >= level:
            up += 1
    return later(c.joint(level, params.min_partners), up, lambda: _said(p, params, program, c, level))


def _said(p: Partnership, params: PhaseJointParams, program: int, c: Cell, level: int) -> Said:
    """The reading's message, evidence and facts (made when a report reads them)."""
    base = ("programs", program, params.phase)
    record = p.programs[program].phase(params.phase)
    evidence = evidence_at(base, record.evidence) if record else ()
    up, down, unknown = c.at_or_above(level)
    values = Detail(
        phase=Msg(f"phase.{params.phase}"),
        inactive=names(down + unknown) or Msg("word.none"),
        who=who(params.min_partners),
        min_level=Msg(f"level.{params.min_level}"),
        engaged=len(up),
    )
    if not c.recorded:
        return Msg("ind.phase_joint.missing", values), evidence, (base,)
    facts: list[Loc] = []
    if record is not None and record.participation:
        facts.append((*base, "participation"))
    if c.stated != "unknown":
        facts.append((*base, "joint"))
    given = any(r is not None for r in c.ranks)
    key = "ind.phase_joint.detail" if c.stated == "unknown" else "ind.phase_joint.detail_stated"
    worded: dict[str, Any] = {
        **values,
        "levels": levels_of(c) if given else Msg("ind.levels_not_given"),
        "stated": Msg(f"ind.stated_joint.{c.stated}") if c.stated != "unknown" else "",
        "n": len(up),
    }
    return Msg(key if given else "ind.phase_joint.stated_only", worded), evidence, tuple(facts)


def words(p: PhaseJointParams) -> dict[str, Any]:
    return {
        "phase": Msg(f"phase.{p.phase}"),
        "name": p.phase,
        "who": wording.who(p.min_partners),
        "min_level": wording.level(p.min_level),
    }


def code(params: PhaseJointParams, p: Partnership) -> str | None:
    """With one program, quotes on the criterion go under that program's phase."""
    return f"{p.programs[0].id}.{params.phase}" if len(p.programs) == 1 else None


INDICATOR = Indicator(
    "phase_joint",
    phase_joint,
    PhaseJointParams,
    ("program",),
    Detail,
    words,
    doc=(
        "`phase`; `min_partners` (`all`, or a number); `min_level` (`active`)",
        "every partner taking part in the program (at least two of them) takes part at `min_level`"
        " or above in the phase (or at least `min_partners` do, when a number is given). Where the"
        " levels cannot tell, the study's `joint: yes/no` for the phase is used. Unknown when neither"
        " decides.",
    ),
    code=code,
)
