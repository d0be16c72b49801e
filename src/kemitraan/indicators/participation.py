"""Indicators that read who took part how in each program's planning, implementation and evaluation.

A *cell* is one program's phase. It holds each program partner's level (or not known) and what
the study states about the phase's jointness. Every reading of a cell is three-valued and exact:
kemitraan goes through every way the unknown levels could turn out (consistent with what the
study states) and answers True or False only when all of them agree. An unrecorded phase is a
cell in which every level is unknown: it is never left out of a count or a share.

Definitions (see docs/rubrics.md):

* **taking part in the program**: the partners the program lists in ``partners``, or every
  partner of the partnership when it lists none;
* **joint** (Notoatmodjo's Model II, "setiap mitra memiliki tanggung jawab yang lebih besar
  terhadap program bersama"): by default every partner taking part in the program is active or
  leads (``min_partners: all``); a rubric may ask for a number instead;
* **dominated by D**: D is the only partner of the program at the engaged level while every
  other is known to be below it, and at least one other is present but passive (informed or
  consulted). A partner absent from a phase is not dominated in it, so a partner doing its own
  program alone (networking) dominates no one.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from kemitraan.errors import Found, Loc
from kemitraan.indicators.base import Params, Reading, Tri, any3, bounds, evidence_at, names
from kemitraan.models.partnership import (
    LEVELS,
    PHASES,
    Evidence,
    Level,
    Partner,
    Partnership,
    PhaseName,
    Stated,
)
from kemitraan.msg import Msg, Refusal

RANK = {level: i for i, level in enumerate(LEVELS)}
INFORMED = RANK["informed"]
ACTIVE = RANK["active"]
MAX_UNKNOWN = 8
"""A cell with more partners of unknown level than this is read as not known at all (the ways
they could turn out grow as 3 to this power); a sound reading, never a guess."""

MinPartners = Literal["all"] | Annotated[int, Field(ge=1)]


@dataclass(frozen=True)
class Cell:
    """One program's phase: each program partner's level rank (None: not known) and the study's word."""

    program: int
    phase: PhaseName
    members: tuple[Partner, ...]
    ranks: tuple[int | None, ...]
    stated: Stated
    recorded: bool
    """The file records levels or a stated jointness for this phase."""
    _worlds: dict[int, list[tuple[int, ...]] | None] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """The ways of :meth:`worlds`, worked out once per level (several readings ask the same cell)."""
    _answers: dict[tuple[str, int, MinPartners], Tri] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """What :meth:`joint` and :meth:`dominated_by` answered, by question (each asked once)."""

    def levels_only(self) -> Cell:
        """The same cell without the study's statement (to check the two agree)."""
        return replace(self, stated="unknown")

    def worlds(self, level: int) -> list[tuple[int, ...]] | None:
        """Every way the unknown levels could be (see :meth:`_ways`), worked out once per level."""
        known = self._worlds
        if level not in known:
            known[level] = self._ways(level)
        return known[level]

    def _ways(self, level: int) -> list[tuple[int, ...]] | None:
        """Every way the unknown levels could be, one rank per class that matters for ``level``.

        The classes are cut at informed, active and ``level``: nothing a reading asks depends on
        more. ``joint: yes`` keeps only ranks at active or above, ``joint: no`` only the ways in
        which some partner is below active. None when there are too many unknown partners.
        """
        unknown = sum(r is None for r in self.ranks)
        if unknown > MAX_UNKNOWN:
            return None
        several = len(self.ranks) >= 2
        if self.stated == "yes" and not several:
            return []  # a phase of one partner cannot be joint (refused when the file is loaded)
        cuts = sorted({0, INFORMED, ACTIVE, level})
        options = [
            (r,) if r is not None else tuple(c for c in cuts if self.stated != "yes" or c >= ACTIVE)
            for r in self.ranks
        ]
        found = itertools.product(*options)
        if self.stated == "no" and several:
            return [w for w in found if any(r < ACTIVE for r in w)]
        return list(found)

    def holds(self, level: int, test: Callable[[tuple[int, ...]], bool]) -> Tri:
        """True when ``test`` holds whichever way the unknowns turn out, False when it never does."""
        if None not in self.ranks:  # every level known: one way only (the common case)
            return test(self.ranks)  # type: ignore[arg-type]
        worlds = self.worlds(level)
        if not worlds:  # too many unknowns, or facts that contradict each other (refused on loading)
            return None
        first = test(worlds[0])
        for w in worlds:  # stops at the first way that disagrees
            if test(w) != first:
                return None
        return first

    def joint(self, level: int = ACTIVE, min_partners: MinPartners = "all") -> Tri:
        """Joint: every program partner (or at least ``min_partners``) at ``level`` or above."""
        key = ("joint", level, min_partners)
        answers = self._answers
        if key not in answers:
            answers[key] = self._joint(level, min_partners)
        return answers[key]

    def _joint(self, level: int, min_partners: MinPartners) -> Tri:
        if min_partners == "all":
            if len(self.members) < 2:
                return False
            return self.holds(level, lambda w: all(r >= level for r in w))
        need = min_partners
        return self.holds(level, lambda w: sum(r >= level for r in w) >= need)

    def dominated_by(self, k: int, level: int = ACTIVE) -> Tri:
        """Member ``k`` alone at ``level`` or above, the others below it and one of them present."""
        key = ("dominated", level, k)
        answers = self._answers
        if key not in answers:
            answers[key] = self._dominated_by(k, level)
        return answers[key]

    def _dominated_by(self, k: int, level: int) -> Tri:
        def test(w: tuple[int, ...]) -> bool:
            others = w[:k] + w[k + 1 :]
            return w[k] >= level and all(r < level for r in others) and any(r >= INFORMED for r in others)

        return self.holds(level, test)

    def at_or_above(self, level: int) -> tuple[list[Partner], list[Partner], list[Partner]]:
        """The members known to be at ``level`` or above, known to be below it, and not known."""
        up: list[Partner] = []
        down: list[Partner] = []
        unknown: list[Partner] = []
        for partner, r in zip(self.members, self.ranks, strict=True):
            (unknown if r is None else up if r >= level else down).append(partner)
        return up, down, unknown


_cells: tuple[Partnership | None, dict[tuple[int, str], Cell], dict[Any, Any]] = (None, {}, {})
"""The cells of the partnership read last, and readings worked out from them. Several criteria
(of several rubrics) read the same cells, and a partnership is immutable, so they are worked out
once."""


def _entry(p: Partnership) -> tuple[Partnership | None, dict[tuple[int, str], Cell], dict[Any, Any]]:
    global _cells
    entry = _cells  # one read: another thread may replace it, never change its contents
    if entry[0] is not p:
        entry = _cells = (p, {}, {})
    return entry


def memo(p: Partnership) -> dict[Any, Any]:
    """A place for what is worked out from the partnership read last (kept until the next one is read)."""
    return _entry(p)[2]


def cell(p: Partnership, program: int, phase: PhaseName) -> Cell:
    """The cell for one program and phase (every level unknown when the file records nothing)."""
    known = _entry(p)[1]
    key = (program, phase)
    if key not in known:
        known[key] = _cell(p, program, phase)
    return known[key]


def _cell(p: Partnership, program: int, phase: PhaseName) -> Cell:
    record = p.programs[program].phase(phase)
    members = p.members(program)
    participation = record.participation if record is not None else {}
    stated: Stated = record.joint if record is not None else "unknown"
    ranks = tuple(
        None if (level := participation.get(x.id, "unknown")) == "unknown" else RANK[level] for x in members
    )
    return Cell(program, phase, members, ranks, stated, bool(participation) or stated != "unknown")


def _levels(c: Cell) -> list[Msg]:
    return [
        Msg(
            "fmt.partner_level",
            {"partner": x.name, "level": Msg("level.unknown" if r is None else f"level.{LEVELS[r]}")},
        )
        for x, r in zip(c.members, c.ranks, strict=True)
    ]


def _who(min_partners: MinPartners) -> Msg:
    if min_partners == "all":
        return Msg("ind.who.all")
    return Msg("ind.who.count", {"count": min_partners})


class PhaseJointParams(Params):
    phase: PhaseName
    """The phase to read: planning, implementation or evaluation."""
    min_partners: MinPartners = "all"
    """Who must be engaged for the phase to count as joint: all (every partner taking part in the
    program, and at least two of them) or a number of partners."""
    min_level: Level = "active"
    """The lowest participation level that counts as engaged."""


def phase_joint(p: Partnership, params: PhaseJointParams, program: int | None) -> Reading:
    """Joint when every program partner (or ``min_partners``) takes part at ``min_level`` or above."""
    assert program is not None
    base = ("programs", program, params.phase)
    c = cell(p, program, params.phase)
    record = p.programs[program].phase(params.phase)
    evidence = evidence_at(base, record.evidence) if record else ()
    phase = Msg(f"phase.{params.phase}")
    if not c.recorded:
        return Reading(None, None, Msg("ind.phase_joint.missing", {"phase": phase}), evidence, (base,))
    level = RANK[params.min_level]
    met = c.joint(level, params.min_partners)
    up, down, unknown = c.at_or_above(level)
    facts: list[Loc] = []
    if record is not None and record.participation:
        facts.append((*base, "participation"))
    if c.stated != "unknown":
        facts.append((*base, "joint"))
    given = any(r is not None for r in c.ranks)
    key = "ind.phase_joint.detail" if c.stated == "unknown" else "ind.phase_joint.detail_stated"
    detail = Msg(
        key if given else "ind.phase_joint.stated_only",
        {
            "phase": phase,
            "levels": _levels(c) if given else Msg("ind.levels_not_given"),
            "stated": Msg(f"ind.stated_joint.{c.stated}") if c.stated != "unknown" else "",
            "engaged": len(up),
            "n": len(up),
            "who": _who(params.min_partners),
            "min_level": Msg(f"level.{params.min_level}"),
            "inactive": names(down + unknown) or Msg("word.none"),
        },
    )
    return Reading(met, len(up), detail, evidence, tuple(facts))


class PhaseShareParams(Params):
    phases: list[PhaseName] = list(PHASES)
    """The phases that count."""
    min_partners: MinPartners = "all"
    """Who must be engaged for a phase to count as joint (as for phase_joint)."""
    min_level: Level = "active"
    at_least: float = Field(1.0, ge=0, le=1)
    """The share of joint phase-cells at which the criterion is met."""


def joint_phase_share(p: Partnership, params: PhaseShareParams, program: int | None) -> Reading:
    """The share of program x phase cells that are joint: the distance still to go to a joint program."""
    programs = [program] if program is not None else range(len(p.programs))
    joint = unknown = total = 0
    facts = []
    level = RANK[params.min_level]
    for i in programs:
        for phase in params.phases:
            total += 1
            facts.append(("programs", i, phase))
            verdict = cell(p, i, phase).joint(level, params.min_partners)
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
            "n": total,
            "unknown": unknown,
            "share": Msg("fmt.percent", {"value": share}),
        },
    )
    return Reading(met, share, detail, (), tuple(facts))


class PhasesRecordedParams(Params):
    phases: list[PhaseName] = list(PHASES)
    """The phases every program must record participation (or a stated jointness) for."""


def phases_recorded(p: Partnership, params: PhasesRecordedParams, program: int | None) -> Reading:
    """Met when there is at least one program and each records every phase (levels or jointness)."""
    missing: list[Msg] = []
    for i, prog in enumerate(p.programs):
        for phase in params.phases:
            if not cell(p, i, phase).recorded:
                missing.append(
                    Msg("fmt.program_phase", {"program": prog.name, "phase": Msg(f"phase.{phase}")})
                )
    if not p.programs:
        return Reading(False, 0, Msg("ind.phases_recorded.no_programs"), (), (("programs",),))
    total = len(p.programs) * len(params.phases)
    detail = (
        Msg(
            "ind.phases_recorded.missing",
            {"missing": missing, "recorded": total - len(missing), "total": total, "n": total},
        )
        if missing
        else Msg("ind.phases_recorded.ok", {"total": total, "n": total})
    )
    return Reading(not missing, total - len(missing), detail, (), (("programs",),))


class DominanceParams(Params):
    more_than: float | None = Field(None, ge=0, lt=1)
    """The share of all program phases (recorded or not) the same partner must dominate, more
    than this (default 0.5: more than half; at most one partner can)."""
    min_share: float | None = Field(None, gt=0, le=1)
    """Instead of more_than: the share the same partner must dominate, at least this."""
    min_level: Level = "active"
    """The lowest level that counts as carrying the work."""

    @model_validator(mode="after")
    def _one_threshold(self) -> DominanceParams:
        if self.more_than is not None and self.min_share is not None:
            raise Refusal(Msg("rubric.one_threshold"))
        return self

    def reaches(self, low: float, high: float) -> Tri:
        """Whether a share known to lie between ``low`` and ``high`` reaches the threshold."""
        if self.min_share is not None:
            return bounds(low, high, self.min_share)
        above = 0.5 if self.more_than is None else self.more_than
        return True if low > above else False if high <= above else None


@dataclass(frozen=True)
class Shares:
    """How many of the program phases each partner is known to dominate, and could dominate."""

    total: int
    low: dict[str, int]
    high: dict[str, int]
    cells: tuple[Cell, ...]
    """The cells some partner could dominate."""


def shares(p: Partnership, level: int, programs: Iterable[int]) -> Shares:
    """Each partner's dominated phases over every phase of the programs (unrecorded ones included)."""
    low = {x.id: 0 for x in p.partners}
    high = dict(low)
    total = 0
    possible: list[Cell] = []
    for i in programs:
        for phase in PHASES:
            c = cell(p, i, phase)
            total += 1
            if None not in c.ranks:  # every level known: at most the one engaged partner dominates
                engaged = [k for k, r in enumerate(c.ranks) if r >= level]  # type: ignore[operator]
                if len(engaged) == 1 and c.dominated_by(engaged[0], level):
                    partner_id = c.members[engaged[0]].id
                    low[partner_id] += 1
                    high[partner_id] += 1
                    possible.append(c)
                continue
            could = False
            for k, member in enumerate(c.members):
                d = c.dominated_by(k, level)
                low[member.id] += d is True
                high[member.id] += d is not False
                could = could or d is not False
            if could:
                possible.append(c)
    return Shares(total, low, high, tuple(possible))


def levels_dominance(p: Partnership, params: DominanceParams, programs: Iterable[int]) -> tuple[Tri, Shares]:
    """Whether, by the levels alone, one partner dominates: the same partner over the threshold."""
    s = shares(p, RANK[params.min_level], programs)
    if s.total == 0:
        return None, s
    met = any3(params.reaches(s.low[x.id] / s.total, s.high[x.id] / s.total) for x in p.partners)
    return met, s


def _range(low: int, high: int, total: int) -> Msg:
    if low == high:
        return Msg("ind.dominance.count", {"count": low, "share": Msg("fmt.percent", {"value": low / total})})
    return Msg(
        "ind.dominance.count_range",
        {
            "low": low,
            "high": high,
            "low_share": Msg("fmt.percent", {"value": low / total}),
            "high_share": Msg("fmt.percent", {"value": high / total}),
        },
    )


def _threshold(params: DominanceParams) -> Msg:
    if params.min_share is not None:
        return Msg("fmt.at_least", {"value": Msg("fmt.percent", {"value": params.min_share})})
    above = 0.5 if params.more_than is None else params.more_than
    return Msg("fmt.more_than", {"value": Msg("fmt.percent", {"value": above})})


def dominance(p: Partnership, params: DominanceParams, program: int | None) -> Reading:
    """Met when the same partner dominates more than the threshold of all program phases, or the
    study states the partnership is not balanced; not met when neither can be."""
    programs = [program] if program is not None else range(len(p.programs))
    levels_met, s = levels_dominance(p, params, programs)
    stated = p.balance.reading if p.balance is not None and program is None else None
    facts: list[Loc] = [("programs", c.program, c.phase) for c in s.cells]
    evidence: list[tuple[Loc, Evidence]] = []
    for c in s.cells:
        record = p.programs[c.program].phase(c.phase)
        if record is not None:
            evidence.extend(evidence_at(("programs", c.program, c.phase), record.evidence))
    if stated is not None and p.balance is not None:
        facts.append(("balance",))
        evidence.extend(evidence_at(("balance",), p.balance.evidence))
    if s.total == 0 and stated is None:
        return Reading(None, None, Msg("ind.dominance.none"), (), (("programs",),))
    # The levels decide when they can; what the study states fills in when they cannot. The two
    # agree for the bundled reading (a file where they do not is refused when it is loaded).
    met = levels_met if levels_met is not None else stated
    could = [
        x
        for x in p.partners
        if s.total and params.reaches(s.low[x.id] / s.total, s.high[x.id] / s.total) is not False
    ]
    if stated is True and p.balance is not None and p.balance.dominant is not None:
        named = p.partner(p.balance.dominant)
        could = [named] if named is not None else could
    each = [
        Msg("fmt.partner_level", {"partner": x.name, "level": _range(s.low[x.id], s.high[x.id], s.total)})
        for x in p.partners
        if s.total
    ]
    detail = Msg(
        "ind.dominance.detail",
        {
            "total": s.total,
            "n": s.total,
            "threshold": _threshold(params),
            "min_level": Msg(f"level.{params.min_level}"),
            "each": each or Msg("word.none"),
            "stated": _stated_balance(p) if program is None else Msg("ind.balance.unknown"),
            "dominant": names(could) or Msg("word.none"),
            "sidelined": names(x for x in p.partners if x not in could) or Msg("word.none"),
        },
    )
    value = max((s.low[x.id] / s.total for x in p.partners), default=0.0) if s.total else None
    return Reading(met, None if value is None else round(value, 4), detail, tuple(evidence), tuple(facts))


def _stated_balance(p: Partnership) -> Msg:
    b = p.balance
    if b is None or b.reading is None:
        return Msg("ind.balance.unknown")
    if b.dominant is not None:
        named = p.partner(b.dominant)
        return Msg("ind.balance.dominant", {"partner": named.name if named else b.dominant})
    return Msg(f"ind.balance.{b.stated}")


# --- facts that contradict each other (refused when a file is loaded) ---------------------------


def consistency_problems(p: Partnership) -> list[Found]:
    """Stated facts that the recorded levels contradict, each at its own path.

    A phase's ``joint`` must agree with its levels (under the file format's meaning: every
    partner of the program active or leading); a stated balance or dominance must agree with
    what the levels show under the bundled reading of dominance (more than half of the program
    phases). ``joint: yes`` needs a program of at least two partners.
    """
    problems: list[Found] = []
    for i, program in enumerate(p.programs):
        for phase in PHASES:
            record = program.phase(phase)
            if record is None or record.joint == "unknown":
                continue
            c = cell(p, i, phase)
            loc: Loc = ("programs", i, phase, "joint")
            if record.joint == "yes" and len(c.members) < 2:
                problems.append((loc, Msg("model.joint_one_partner"), None))
                continue
            by_levels = c.levels_only().joint()
            if by_levels is not None and by_levels != (record.joint == "yes"):
                key = "model.joint_levels.not_joint" if by_levels is False else "model.joint_levels.joint"
                problems.append(
                    (
                        loc,
                        Msg(key, {"said": record.joint}),
                        Msg("hint.joint_levels"),
                        (*loc[:-1], "participation"),
                    )
                )
    if problems or p.balance is None or p.balance.reading is None:
        return problems
    b = p.balance
    default = DominanceParams()
    by_levels, s = levels_dominance(p, default, range(len(p.programs)))
    where: Loc = ("balance", "dominant") if b.dominant is not None else ("balance", "stated")
    if b.dominant is not None and b.stated == "balanced":
        problems.append((("balance", "stated"), Msg("model.balanced_dominant"), None))
    elif by_levels is not None and by_levels != b.reading:
        key = "model.balance_levels.dominates" if by_levels else "model.balance_levels.none"
        problems.append((where, Msg(key), Msg("hint.balance_levels")))
    elif (
        b.dominant is not None
        and s.total
        and p.partner(b.dominant) is not None
        and default.reaches(s.low[b.dominant] / s.total, s.high[b.dominant] / s.total) is False
    ):
        problems.append(
            (
                ("balance", "dominant"),
                Msg("model.cannot_dominate", {"id": b.dominant, "at_most": s.high[b.dominant], "n": s.total}),
                Msg("hint.balance_levels"),
            )
        )
    return problems
