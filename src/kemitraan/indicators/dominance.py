"""``dominance``: the same partner carries the program phases alone while the others look on."""

from __future__ import annotations

from typing import Any, TypedDict

from kemitraan.errors import Loc
from kemitraan.indicators import wording
from kemitraan.indicators.base import Indicator, Reading, Said, Tri, detail, evidence_at, later, names
from kemitraan.indicators.participation import DominanceParams, Shares, levels_dominance, memo
from kemitraan.models.partnership import Evidence, Partnership
from kemitraan.msg import Msg

Params = DominanceParams


class Detail(TypedDict):
    """What every reading says, and a recommendation may name."""

    dominant: list[str] | Msg
    """The partners who dominate, or could (the one the study names, when it names one)."""
    sidelined: list[str] | Msg
    """The other partners."""
    threshold: Msg
    total: int
    """The program phases counted (unrecorded ones included)."""


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
    study states the partnership is not balanced; not met when neither can be.

    Read once per partnership, parameters and program (``subordination`` reads it too).
    """
    known = memo(p)
    key = ("dominance", id(params), program)  # by identity: a rubric's parameters live as long as it
    found: tuple[DominanceParams, Reading] | None = known.get(key)
    if found is None or found[0] is not params:
        found = known[key] = (params, _dominance(p, params, program))
    return found[1]


def _dominance(p: Partnership, params: DominanceParams, program: int | None) -> Reading:
    programs = [program] if program is not None else range(len(p.programs))
    levels_met, s = levels_dominance(p, params, programs)
    stated = p.balance.reading if p.balance is not None and program is None else None
    if s.total == 0 and stated is None:
        return later(None, None, lambda: _said(p, params, program, s, stated))
    # The levels decide when they can; what the study states fills in when they cannot. The two
    # agree for the bundled reading (a file where they do not is refused when it is loaded).
    met = levels_met if levels_met is not None else stated
    value = max([s.low[x.id] / s.total for x in p.partners], default=0.0) if s.total else None
    return later(
        met, None if value is None else round(value, 4), lambda: _said(p, params, program, s, stated)
    )


def _said(p: Partnership, params: DominanceParams, program: int | None, s: Shares, stated: Tri) -> Said:
    facts: list[Loc] = [("programs", c.program, c.phase) for c in s.cells]
    evidence: list[tuple[Loc, Evidence]] = []
    for c in s.cells:
        record = p.programs[c.program].phase(c.phase)
        if record is not None:
            evidence.extend(evidence_at(("programs", c.program, c.phase), record.evidence))
    if stated is not None and p.balance is not None:
        facts.append(("balance",))
        evidence.extend(evidence_at(("balance",), p.balance.evidence))
    could = [
        x
        for x in p.partners
        if s.total and params.reaches(s.low[x.id] / s.total, s.high[x.id] / s.total) is not False
    ]
    if stated is True and p.balance is not None and p.balance.dominant is not None:
        named = p.partner(p.balance.dominant)
        could = [named] if named is not None else could
    values = Detail(
        dominant=names(could) or Msg("word.none"),
        sidelined=names(x for x in p.partners if x not in could) or Msg("word.none"),
        threshold=_threshold(params),
        total=s.total,
    )
    if s.total == 0 and stated is None:
        return detail("ind.dominance.none", values), (), (("programs",),)
    each = [
        Msg("fmt.partner_level", {"partner": x.name, "level": _range(s.low[x.id], s.high[x.id], s.total)})
        for x in p.partners
        if s.total
    ]
    message = detail(
        "ind.dominance.detail",
        values,
        n=s.total,
        min_level=Msg(f"level.{params.min_level}"),
        each=each or Msg("word.none"),
        stated=_stated_balance(p) if program is None else Msg("ind.balance.unknown"),
    )
    return message, tuple(evidence), tuple(facts)


def _stated_balance(p: Partnership) -> Msg:
    b = p.balance
    if b is None or b.reading is None:
        return Msg("ind.balance.unknown")
    if b.dominant is not None:
        named = p.partner(b.dominant)
        return Msg("ind.balance.dominant", {"partner": named.name if named else b.dominant})
    return Msg(f"ind.balance.{b.stated}")


def words(p: DominanceParams) -> dict[str, Any]:
    return {"threshold": _threshold(p), "min_level": wording.level(p.min_level)}


INDICATOR = Indicator(
    "dominance",
    dominance,
    DominanceParams,
    ("partnership", "program"),
    Detail,
    words,
    doc=(
        "`more_than` (0.5) or `min_share`; `min_level` (`active`)",
        "the same partner dominates more than `more_than` (or at least `min_share`) of all program"
        " phases, unrecorded ones counted as unknown; or the study states the partnership is not"
        " balanced (`balance`)",
    ),
)
