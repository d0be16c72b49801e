"""Indicators that read who took part how in each program's planning, implementation and evaluation."""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import Field

from kemitraan.errors import Loc
from kemitraan.indicators.base import Msg, Params, Reading, Tri, bounds, evidence_at, names
from kemitraan.models.partnership import LEVELS, PHASES, Evidence, Level, Partner, Partnership, PhaseName

_RANK = {level: i for i, level in enumerate(LEVELS)}


@dataclass(frozen=True)
class Cell:
    """One program's phase: which partners were engaged (at or above a level), not, or unknown."""

    program: int
    phase: PhaseName
    engaged: tuple[Partner, ...]
    not_engaged: tuple[Partner, ...]
    unknown: tuple[Partner, ...]

    @property
    def recorded(self) -> bool:
        return bool(self.engaged or self.not_engaged or self.unknown)

    def joint(self, min_partners: int) -> Tri:
        """At least ``min_partners`` engaged (None when the unknown ones could decide it)."""
        return bounds(len(self.engaged), len(self.engaged) + len(self.unknown), min_partners)

    def dominated(self) -> Tri:
        """Exactly one partner engaged while every other is known not to be."""
        if len(self.engaged) >= 2:
            return False
        if len(self.engaged) == 1:
            return False if self.unknown else len(self.not_engaged) >= 1
        return None if self.unknown else False


_cells: tuple[Partnership | None, dict[tuple[int, str, str], Cell | None]] = (None, {})
"""The cells of the partnership read last. Several criteria read the same cells, and a
partnership is immutable, so they are worked out once (a tenth of the engine's time)."""


def cell(p: Partnership, program: int, phase: PhaseName, min_level: Level) -> Cell | None:
    """The cell for one program and phase; None when the file records no participation there."""
    global _cells
    entry = _cells  # one read: another thread may replace it, never change its contents
    if entry[0] is not p:
        entry = _cells = (p, {})
    known = entry[1]
    key = (program, phase, min_level)
    if key not in known:
        known[key] = _cell(p, program, phase, min_level)
    return known[key]


def _cell(p: Partnership, program: int, phase: PhaseName, min_level: Level) -> Cell | None:
    record = p.programs[program].phase(phase)
    if record is None or not record.participation:
        return None
    threshold = _RANK[min_level]
    engaged, not_engaged, unknown = [], [], []
    for partner in p.partners:
        level = record.participation.get(partner.id, "absent")
        if level == "unknown":
            unknown.append(partner)
        elif _RANK[level] >= threshold:
            engaged.append(partner)
        else:
            not_engaged.append(partner)
    return Cell(program, phase, tuple(engaged), tuple(not_engaged), tuple(unknown))


def _levels(p: Partnership, program: int, phase: PhaseName) -> list[Msg]:
    record = p.programs[program].phase(phase)
    participation = record.participation if record else {}
    return [
        Msg(
            "fmt.partner_level",
            {
                "partner": partner.name,
                "level": Msg(f"level.{participation.get(partner.id, 'absent')}"),
            },
        )
        for partner in p.partners
    ]


class PhaseJointParams(Params):
    phase: PhaseName
    """The phase to read: planning, implementation or evaluation."""
    min_partners: int = Field(2, ge=1)
    """How many partners must be engaged for the phase to count as joint."""
    min_level: Level = "active"
    """The lowest participation level that counts as engaged."""


def phase_joint(p: Partnership, params: PhaseJointParams, program: int | None) -> Reading:
    """Joint when at least ``min_partners`` partners take part at ``min_level`` or above."""
    assert program is not None
    base = ("programs", program, params.phase)
    c = cell(p, program, params.phase, params.min_level)
    record = p.programs[program].phase(params.phase)
    evidence = evidence_at(base, record.evidence) if record else ()
    phase = Msg(f"phase.{params.phase}")
    if c is None:
        return Reading(None, None, Msg("ind.phase_joint.missing", {"phase": phase}), evidence, (base,))
    met = c.joint(params.min_partners)
    detail = Msg(
        "ind.phase_joint.detail",
        {
            "phase": phase,
            "levels": _levels(p, program, params.phase),
            "engaged": len(c.engaged),
            "min_partners": params.min_partners,
            "min_level": Msg(f"level.{params.min_level}"),
            "inactive": names(c.not_engaged + c.unknown) or Msg("word.none"),
        },
    )
    return Reading(met, len(c.engaged), detail, evidence, ((*base, "participation"),))


class PhaseShareParams(Params):
    phases: list[PhaseName] = list(PHASES)
    """The phases that count."""
    min_partners: int = Field(2, ge=1)
    min_level: Level = "active"
    at_least: float = Field(1.0, ge=0, le=1)
    """The share of joint phase-cells at which the criterion is met."""


def joint_phase_share(p: Partnership, params: PhaseShareParams, program: int | None) -> Reading:
    """The share of program x phase cells that are joint: the distance still to go to a joint program."""
    programs = [program] if program is not None else range(len(p.programs))
    joint = unknown = total = 0
    facts = []
    for i in programs:
        for phase in params.phases:
            total += 1
            c = cell(p, i, phase, params.min_level)
            facts.append(("programs", i, phase))
            verdict = c.joint(params.min_partners) if c else None
            joint += verdict is True
            unknown += verdict is None
    if total == 0:
        return Reading(None, None, Msg("ind.joint_phase_share.none"))
    share = round(joint / total, 4)
    met = bounds(joint / total, (joint + unknown) / total, params.at_least)
    detail = Msg(
        "ind.joint_phase_share.detail",
        {
            "joint": joint,
            "total": total,
            "unknown": unknown,
            "share": Msg("fmt.percent", {"value": share}),
        },
    )
    return Reading(met, share, detail, (), tuple(facts))


class PhasesRecordedParams(Params):
    phases: list[PhaseName] = list(PHASES)
    """The phases every program must record participation for."""


def phases_recorded(p: Partnership, params: PhasesRecordedParams, program: int | None) -> Reading:
    """Met when there is at least one program and each records participation in every phase."""
    missing: list[Msg] = []
    for prog in p.programs:
        for phase in params.phases:
            record = prog.phase(phase)
            if record is None or not record.participation:
                missing.append(
                    Msg("fmt.program_phase", {"program": prog.name, "phase": Msg(f"phase.{phase}")})
                )
    if not p.programs:
        return Reading(False, 0, Msg("ind.phases_recorded.no_programs"), (), (("programs",),))
    total = len(p.programs) * len(params.phases)
    detail = (
        Msg(
            "ind.phases_recorded.missing",
            {"missing": missing, "recorded": total - len(missing), "total": total},
        )
        if missing
        else Msg("ind.phases_recorded.ok", {"total": total})
    )
    return Reading(not missing, total - len(missing), detail, (), (("programs",),))


class DominanceParams(Params):
    min_share: float = Field(0.5, gt=0, le=1)
    """The share of recorded phase-cells one partner must dominate for the criterion to be met."""
    min_level: Level = "active"
    """The lowest level that counts as taking an active part."""


def dominance(p: Partnership, params: DominanceParams, program: int | None) -> Reading:
    """Met when, in at least ``min_share`` of recorded phase-cells, one partner alone is engaged."""
    dominated = unknown = total = 0
    leaders: dict[str, Partner] = {}
    sidelined: dict[str, Partner] = {}
    facts: list[Loc] = []
    evidence: list[tuple[Loc, Evidence]] = []
    programs = [program] if program is not None else range(len(p.programs))
    for i in programs:
        for phase in PHASES:
            c = cell(p, i, phase, params.min_level)
            if c is None:
                continue
            total += 1
            facts.append(("programs", i, phase, "participation"))
            d = c.dominated()
            if d:
                dominated += 1
                leaders.update((x.id, x) for x in c.engaged)
                sidelined.update((x.id, x) for x in c.not_engaged)
                record = p.programs[i].phase(phase)
                if record is not None:
                    evidence.extend(evidence_at(("programs", i, phase), record.evidence))
            unknown += d is None
    if total == 0:
        return Reading(None, None, Msg("ind.dominance.none"))
    share = round(dominated / total, 4)
    met = bounds(dominated / total, (dominated + unknown) / total, params.min_share)
    detail = Msg(
        "ind.dominance.detail",
        {
            "dominated": dominated,
            "total": total,
            "share": Msg("fmt.percent", {"value": share}),
            "dominant": names(leaders.values()) or Msg("word.none"),
            "sidelined": names(sidelined.values()) or Msg("word.none"),
        },
    )
    return Reading(met, share, detail, tuple(evidence), tuple(facts))
