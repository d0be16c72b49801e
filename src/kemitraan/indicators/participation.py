"""Who took part how in each program's planning, implementation and evaluation: the cells that the
participation indicators (phase_joint, joint_phase_share, phases_recorded, dominance) read, and
the stated facts the levels contradict (refused when a file is loaded).

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
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import Field, model_validator

from kemitraan.errors import Found, Loc
from kemitraan.indicators.base import Params, Tri, any3, bounds, remember
from kemitraan.models.partnership import (
    LEVELS,
    PHASES,
    Level,
    Partner,
    Partnership,
    PhaseName,
    Stated,
)
from kemitraan.msg import Msg, Refusal

RANK = {level: i for i, level in enumerate(LEVELS)}
_RANK_OR_NONE: dict[str, int | None] = {**RANK, "unknown": None}
INFORMED = RANK["informed"]
ACTIVE = RANK["active"]
MAX_UNKNOWN = 8
"""A cell with more partners of unknown level than this is read as not known at all (the ways
they could turn out grow as 3 to this power); a sound reading, never a guess."""

MinPartners = Literal["all"] | Annotated[int, Field(ge=1)]


@dataclass(slots=True)
class Cell:
    """One program's phase: each program partner's level rank (None: not known) and the study's word."""

    program: int
    phase: PhaseName
    members: tuple[Partner, ...]
    ranks: tuple[int | None, ...]
    stated: Stated
    recorded: bool
    """The file records levels or a stated jointness for this phase."""
    _worlds: dict[int, list[tuple[int, ...]] | None] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    """The ways of :meth:`worlds`, worked out once per level (several readings ask the same cell);
    made when first asked (most cells' answers are remembered by kind, see :meth:`joint`)."""

    def levels_only(self) -> Cell:
        """The same cell without the study's statement (to check the two agree)."""
        return Cell(self.program, self.phase, self.members, self.ranks, "unknown", self.recorded)

    def worlds(self, level: int) -> list[tuple[int, ...]] | None:
        """Every way the unknown levels could be (see :meth:`_ways`), worked out once per level."""
        known = self._worlds
        if known is None:
            known = self._worlds = {}
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
        key = (self.ranks, self.stated, level, min_partners)
        found = _joint_answers.get(key, _NOT_YET)
        if found is _NOT_YET:
            found = remember(_joint_answers, key, self._joint(level, min_partners), MAX_ANSWERS)
        return found  # type: ignore[return-value]

    def _joint(self, level: int, min_partners: MinPartners) -> Tri:
        if min_partners == "all":
            if len(self.members) < 2:
                return False
            if None not in self.ranks:
                return min(self.ranks) >= level  # type: ignore[type-var,operator]
            return self.holds(level, lambda w: all(r >= level for r in w))
        need = min_partners
        return self.holds(level, lambda w: sum(r >= level for r in w) >= need)

    def dominated_by(self, k: int, level: int = ACTIVE) -> Tri:
        """Member ``k`` alone at ``level`` or above, the others below it and one of them present."""
        return self.dominated(level)[k]

    def dominated(self, level: int = ACTIVE) -> tuple[Tri, ...]:
        """For each member, :meth:`dominated_by` (asked once per way a cell can be, and level)."""
        return self.dominance(level)[0]

    def dominance(self, level: int = ACTIVE) -> Dominated:
        """:meth:`dominated`, and where in it the members are that are dominated (True) and that
        could be (not False): what :func:`shares` counts."""
        key = (self.ranks, self.stated, level)
        found = _dominated_answers.get(key)
        if found is None:
            answers = tuple(self._dominated_by(k, level) for k in range(len(self.ranks)))
            true_at = tuple(k for k, d in enumerate(answers) if d is True)
            open_at = tuple(k for k, d in enumerate(answers) if d is not False)
            found = remember(_dominated_answers, key, (answers, true_at, open_at), MAX_ANSWERS)
        return found

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


_NOT_YET = object()
_joint_answers: dict[tuple[Any, ...], Tri] = {}
"""What :meth:`Cell.joint` answered, by the cell's ranks and statement and the question: the
answer depends on no more, and the cells of a batch's files are of a few kinds."""
Dominated = tuple[tuple[Tri, ...], tuple[int, ...], tuple[int, ...]]
"""For each member of a cell, whether it dominates it; where the ones that do are; where the
ones that could are (see :meth:`Cell.dominance`)."""
_dominated_answers: dict[tuple[Any, ...], Dominated] = {}
"""What :meth:`Cell.dominance` answered, in the same way."""
MAX_ANSWERS = 512
"""Answers remembered at most in each: the first ones seen; any other is worked out each time
(the benchmark's first 1,000 files have about 480 kinds of cell, its 20,000 about 820: the
common ones come first, and a bound reached early keeps a batch's memory flat)."""


ProgramCells = tuple[Cell, Cell, Cell]
"""A program's cells, in the order of :data:`PHASES`."""
PHASE_AT: dict[str, int] = {phase: i for i, phase in enumerate(PHASES)}

_cells: tuple[Partnership | None, dict[int, ProgramCells], dict[Any, Any]] = (None, {}, {})
"""The cells of the partnership read last (by program), and readings worked out from them.
Several criteria (of several rubrics) read the same cells, and a partnership is immutable, so
they are worked out once."""


def _entry(p: Partnership) -> tuple[Partnership | None, dict[int, ProgramCells], dict[Any, Any]]:
    global _cells
    entry = _cells  # one read: another thread may replace it, never change its contents
    if entry[0] is not p:
        entry = _cells = (p, {}, {})
    return entry


def memo(p: Partnership) -> dict[Any, Any]:
    """A place for what is worked out from the partnership read last (kept until the next one is read)."""
    entry = _cells
    return (entry if entry[0] is p else _entry(p))[2]


def cell(p: Partnership, program: int, phase: PhaseName) -> Cell:
    """The cell for one program and phase (every level unknown when the file records nothing)."""
    return program_cells(p, program)[PHASE_AT[phase]]


def program_cells(p: Partnership, program: int) -> ProgramCells:
    """The cells of every phase of a program, in the order of :data:`PHASES` (made once)."""
    entry = _cells
    known = (entry if entry[0] is p else _entry(p))[1]
    found = known.get(program)
    if found is None:
        found = known[program] = _program_cells(p, program)
    return found


def _program_cells(p: Partnership, program: int) -> ProgramCells:
    """The cells of every phase of a program (its members found once)."""
    of = p.programs[program]
    members = p.members(program)
    ids = [x.id for x in members]
    none = (None,) * len(ids)  # not recorded: every level unknown
    made = []
    for phase in PHASES:
        record = getattr(of, phase)
        if record is None:
            made.append(Cell(program, phase, members, none, "unknown", False))
            continue
        participation = record.participation
        stated: Stated = record.joint
        if participation:
            get = participation.get
            ranks = tuple([_RANK_OR_NONE[get(i, "unknown")] for i in ids])
        else:
            ranks = none
        made.append(Cell(program, phase, members, ranks, stated, bool(participation) or stated != "unknown"))
    planning, implementation, evaluation = made
    return planning, implementation, evaluation


def levels_of(c: Cell) -> list[Msg]:
    return [
        Msg(
            "fmt.partner_level",
            {"partner": x.name, "level": Msg("level.unknown" if r is None else f"level.{LEVELS[r]}")},
        )
        for x, r in zip(c.members, c.ranks, strict=True)
    ]


def who(min_partners: MinPartners) -> Msg:
    if min_partners == "all":
        return Msg("ind.who.all")
    return Msg("ind.who.count", {"count": min_partners})


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
        cells = program_cells(p, i)
        ids = [x.id for x in cells[0].members]  # a program's cells share its members
        for c in cells:
            total += 1
            _, true_at, open_at = c.dominance(level)
            if open_at:  # some member dominates the cell, or could
                for k in true_at:
                    low[ids[k]] += 1
                for k in open_at:
                    high[ids[k]] += 1
                possible.append(c)
    return Shares(total, low, high, tuple(possible))


def levels_dominance(p: Partnership, params: DominanceParams, programs: Iterable[int]) -> tuple[Tri, Shares]:
    """Whether, by the levels alone, one partner dominates: the same partner over the threshold."""
    s = shares(p, RANK[params.min_level], programs)
    total = s.total
    if total == 0:
        return None, s
    low, high = s.low, s.high
    return any3([params.reaches(low[x.id] / total, high[x.id] / total) for x in p.partners]), s


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
