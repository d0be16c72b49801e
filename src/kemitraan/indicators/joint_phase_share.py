"""``joint_phase_share``: the share of program phases that are joint (the distance still to go)."""

from __future__ import annotations

from typing import Any, TypedDict

from pydantic import Field

from kemitraan.indicators import wording
from kemitraan.indicators.base import Indicator, Params, Reading, Said, bounds, detail, later
from kemitraan.indicators.participation import PHASE_AT, RANK, MinPartners, program_cells
from kemitraan.models.partnership import PHASES, Level, Partnership, PhaseName
from kemitraan.msg import Msg


class PhaseShareParams(Params):
    phases: list[PhaseName] = list(PHASES)
    """The phases that count."""
    min_partners: MinPartners = "all"
    """Who must be engaged for a phase to count as joint (as for phase_joint)."""
    min_level: Level = "active"
    at_least: float = Field(1.0, ge=0, le=1)
    """The share of joint phase-cells at which the criterion is met."""


class Detail(TypedDict):
    """What every reading says, and a recommendation may name."""

    joint: int
    total: int
    share: Msg
    """The share of joint cells (unknown when there is no program)."""
    unknown: int


def joint_phase_share(p: Partnership, params: PhaseShareParams, program: int | None) -> Reading:
    """The share of program x phase cells that are joint: the distance still to go to a joint program."""
    programs = [program] if program is not None else range(len(p.programs))
    joint = unknown = total = 0
    level = RANK[params.min_level]
    min_partners = params.min_partners
    at = [PHASE_AT[phase] for phase in params.phases]
    for i in programs:
        cells = program_cells(p, i)
        for k in at:
            total += 1
            verdict = cells[k].joint(level, min_partners)
            if verdict is True:
                joint += 1
            elif verdict is None:
                unknown += 1
    if total == 0:
        none = Detail(joint=0, total=0, share=Msg("word.unknown"), unknown=0)
        return later(None, None, lambda: (detail("ind.joint_phase_share.none", none), (), ()))
    share = round(joint / total, 4)

    def said() -> Said:
        values = Detail(joint=joint, total=total, share=Msg("fmt.percent", {"value": share}), unknown=unknown)
        facts = tuple(("programs", i, phase) for i in programs for phase in params.phases)
        return detail("ind.joint_phase_share.detail", values, n=total), (), facts

    return later(bounds(joint / total, (joint + unknown) / total, params.at_least), share, said)


def words(p: PhaseShareParams) -> dict[str, Any]:
    return {
        "phases": wording.phases(p.phases),
        "who": wording.who(p.min_partners),
        "min_level": wording.level(p.min_level),
        "at_least": wording.percent(p.at_least),
    }


INDICATOR = Indicator(
    "joint_phase_share",
    joint_phase_share,
    PhaseShareParams,
    ("partnership", "program"),
    Detail,
    words,
    doc=(
        "`phases` (all three); `min_partners`; `min_level`; `at_least` (1.0)",
        "the share of program x phase cells that are joint reaches `at_least`",
    ),
)
