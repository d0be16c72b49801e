"""Deciding: each criterion read by its indicator, the verdict, its support and margin (no words yet). Pure.

How a rubric is applied (documented in docs/rubrics.md):

1. Every criterion is read by its indicator. A ``program``-scope criterion is read once per
   program; overall it is met only when met in every program (three-valued AND; with no
   programs it is unknown, never vacuously true).
2. ``decision`` rules are tried in order, for every way the unknown criteria could turn out:
   the verdicts some way gives are the possible ones. If exactly one verdict is possible, it is
   the verdict (even with gaps in the facts); otherwise the verdict is
   ``insufficient-evidence`` with the possible ones listed. ``requires`` never refuses a
   verdict the rules settle: its criteria are only named first among what is missing.
3. Support: for each verdict, the weighted share of its signs the facts show (a program-scope
   sign counts as the share of programs where it shows). The margin is best minus second best;
   ties and a verdict that rests on the decision rule rather than on the support are said.
4. Recommendations: what would have to change (or be found out) to reach the next verdict in
   the rubric's list: lower-ranked rules tried earlier must fail, and the target's rule must hold.
"""

from __future__ import annotations

from kemitraan.models.record import record

__all__ = [
    "MAX_UNKNOWN_CRITERIA",
    "Need",
    "Outcome",
    "Plan",
    "SignShown",
    "Support",
    "decide",
    "decide_rubric",
    "evaluate",
    "need",
    "plan",
    "possible_verdicts",
]

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from kemitraan.indicators import INDICATORS, Reading, Tri, all3, any3
from kemitraan.indicators.base import IndicatorFn, Said, later, remember
from kemitraan.models.partnership import Partnership
from kemitraan.models.rubric import (
    ALWAYS,
    INSUFFICIENT,
    AllOf,
    AnyOf,
    Expr,
    LoadedRubric,
    NotOf,
    Rubric,
    expr_criteria,
)
from kemitraan.msg import Msg

# --- three-valued evaluation of decision rules ------------------------------------------------


def evaluate(expr: Expr, values: dict[str, Tri]) -> Tri:
    if isinstance(expr, str):
        return True if expr == ALWAYS else values[expr]
    if isinstance(expr, AllOf):
        return all3(evaluate(e, values) for e in expr.all)
    if isinstance(expr, AnyOf):
        return any3(evaluate(e, values) for e in expr.any)
    inner = evaluate(expr.not_, values)
    return None if inner is None else not inner


Need = list[tuple[str, bool]]


def need(expr: Expr, target: bool, values: dict[str, Tri]) -> Need | None:
    """The fewest criterion outcomes that must change for ``expr`` to become ``target``.

    None when impossible (``always`` cannot become false). Ties go to the first alternative.
    """
    if isinstance(expr, str):
        if expr == ALWAYS:
            return [] if target else None
        return [] if values[expr] is target else [(expr, target)]
    if isinstance(expr, NotOf):
        return need(expr.not_, not target, values)
    children = expr.all if isinstance(expr, AllOf) else expr.any
    every = isinstance(expr, AllOf) == target  # all->True and any->False need every child
    options = [need(c, target, values) for c in children]
    if every:
        if any(o is None for o in options):
            return None
        merged: Need = []
        for o in options:
            merged.extend(x for x in o or [] if x not in merged)
        return merged
    possible = [o for o in options if o is not None]
    return min(possible, key=len) if possible else None


MAX_UNKNOWN_CRITERIA = 10
"""Beyond this many unknown criteria in the decision rules, the possible verdicts are found by
reading the rules once in Kleene logic (a superset of the exact answer: never a guess). It bounds
the work a rubric of one's own can cause per program; the bundled rubrics have at most six."""


Test = Callable[[dict[str, Tri]], Tri]
"""An expression compiled once per rubric: the same three-valued answer as :func:`evaluate`."""


def _compile(expr: Expr) -> Test:
    if isinstance(expr, str):
        if expr == ALWAYS:
            return lambda values: True
        return lambda values: values[expr]
    if isinstance(expr, NotOf):
        inner = _compile(expr.not_)

        def negated(values: dict[str, Tri]) -> Tri:
            found = inner(values)
            return None if found is None else not found

        return negated
    parts = tuple(_compile(e) for e in (expr.all if isinstance(expr, AllOf) else expr.any))
    settles: Tri = not isinstance(expr, AllOf)  # the value that settles it: False for all, True for any

    def kleene(values: dict[str, Tri]) -> Tri:
        result: Tri = not settles
        for part in parts:
            found = part(values)
            if found is settles:
                return settles
            if found is None:
                result = None
        return result

    return kleene


Decided = tuple[str, tuple[str, ...], "int | None", tuple["Support", ...], float]
"""A verdict, the verdicts still possible, the deciding rule, the candidates' support and the margin."""


@dataclass(frozen=True)
class Plan:
    """What applying a rubric needs that no partnership changes, worked out once per rubric."""

    rubric: Rubric
    reads: tuple[tuple[str, IndicatorFn[Any], Any, bool], ...]
    """Each criterion: its id, indicator function, parsed parameters, and whether it is read per program."""
    rules: tuple[tuple[str, Test], ...]
    """Each decision rule: its verdict and its compiled condition."""
    named: tuple[str, ...]
    """The criteria the decision rules name, in order, each once."""
    order: tuple[str, ...]
    """The verdicts of the rules, in order, each once."""
    signs: tuple[tuple[str, tuple[tuple[str, bool, float], ...], float], ...]
    """Each verdict: its id, its signs (criterion, expect, weight) and their total weight."""
    signed: tuple[str, ...]
    """The criteria some sign names, each once."""
    requires: tuple[str, ...] = ()
    """The criteria the rubric ``requires``."""
    keyed: tuple[tuple[str, bool], ...] = ()
    """The criteria the rules or the signs name, each once, and whether each is read per program:
    what :attr:`decided` is keyed by."""
    decided: dict[tuple[Any, ...], Decided] = field(default_factory=dict, compare=False, repr=False)
    """What the readings decide, by the way they turned out: for each of :attr:`keyed`, its value
    (or, read per program, its :data:`Count`). The verdict, the rules' answer, the support and the
    margin depend on no more."""


def _plan(rubric: Rubric) -> Plan:
    signs = []
    for v in rubric.verdicts:
        mine = tuple((s.criterion, s.expect, s.weight) for s in v.signs)
        signs.append((v.id, mine, sum(w for _, _, w in mine)))
    named = tuple(dict.fromkeys(c for r in rubric.decision for c in expr_criteria(r.when)))
    signed = tuple(dict.fromkeys(c for _, mine, _ in signs for c, _, _ in mine))
    return Plan(
        rubric=rubric,
        reads=tuple(
            (c.id, INDICATORS[c.indicator].fn, c.parsed_params, c.scope != "partnership")
            for c in rubric.criteria
        ),
        rules=tuple((r.verdict, _compile(r.when)) for r in rubric.decision),
        named=named,
        order=tuple(dict.fromkeys(r.verdict for r in rubric.decision)),
        signs=tuple(signs),
        signed=signed,
        requires=tuple(rubric.requires),
        keyed=tuple(
            (c.id, c.scope != "partnership")
            for c in rubric.criteria
            if c.id in set(named) or c.id in set(signed)
        ),
    )


_plans: dict[int, Plan] = {}
"""The plans of the rubrics seen, by the rubric's identity (a rubric is immutable)."""
MAX_PLANS = 256
"""Plans kept at most (a long-running program that builds rubrics does not grow without end)."""


def plan(rubric: Rubric) -> Plan:
    """The rubric's :class:`Plan`, worked out the first time the rubric is applied."""
    found = _plans.get(id(rubric))
    if found is None or found.rubric is not rubric:
        if len(_plans) >= MAX_PLANS:
            _plans.clear()
        found = _plans[id(rubric)] = _plan(rubric)
    return found


def _first(rules: tuple[tuple[str, Test], ...], values: dict[str, Tri]) -> str:
    """The verdict of the first rule that holds when every criterion is known."""
    return next(verdict for verdict, test in rules if test(values))


def possible_verdicts(rubric: Rubric, values: dict[str, Tri]) -> list[str]:
    """Every verdict some way of filling in the unknown criteria gives, in the rubric's rule order.

    Criteria are treated as independent facts: each unknown one could be met or not.
    """
    rp = plan(rubric)
    unknown = [c for c in rp.named if values[c] is None]
    found: set[str] = set()
    if len(unknown) > MAX_UNKNOWN_CRITERIA:
        for verdict, test in rp.rules:
            result = test(values)
            if result is not False:
                found.add(verdict)
            if result is True:
                break
    elif not unknown:
        found.add(_first(rp.rules, values))
    else:
        way_values = dict(values)  # one dict, filled in with each way in turn
        for way in itertools.product((True, False), repeat=len(unknown)):
            way_values.update(zip(unknown, way, strict=True))
            found.add(_first(rp.rules, way_values))
    return [v for v in rp.order if v in found]


def decide(rubric: Rubric, values: dict[str, Tri]) -> tuple[str | None, list[str], int | None]:
    """(verdict or None, verdicts still possible, index of the deciding rule).

    The deciding rule is the first that holds with every earlier one known not to; None when the
    verdict is settled only because every way the unknown criteria could turn out agrees.
    """
    possible = possible_verdicts(rubric, values)
    if len(possible) != 1:
        return None, possible, None
    decided_by = None
    for i, (_, test) in enumerate(plan(rubric).rules):
        result = test(values)
        if result is None:
            break
        if result:
            decided_by = i
            break
    return possible[0], possible, decided_by


# --- reading criteria -------------------------------------------------------------------------


@dataclass(slots=True)
class _Read:
    overall: Reading
    per_program: tuple[Reading, ...]
    count: Count | None = None
    """Read per program: in how many it is met, not met, and how many there are (see :func:`_counts`)."""


Count = tuple[int, int, int]


_NO_PROGRAMS = ("programs",)
_ONE: dict[Tri, Count] = {True: (1, 0, 1), False: (0, 1, 1), None: (0, 0, 1)}
_NONE_KNOWN = _ONE[None]


def _read(p: Partnership, fn: IndicatorFn[Any], params: Any, per_program: bool) -> _Read:
    if not per_program:
        return _Read(fn(p, params, None), ())
    n = len(p.programs)
    if not n:
        return _Read(
            later(None, None, lambda: (Msg("engine.no_programs"), (), (_NO_PROGRAMS,))), (), _NONE_KNOWN
        )
    per = tuple([fn(p, params, i) for i in range(n)])
    if n == 1:
        (only,) = per
        return _Read(later(only.met, int(only.met is True), only.said), per, _ONE[only.met])
    met: Tri = True
    count = false = 0
    for r in per:
        found = r.met
        if found is True:
            count += 1
        elif found is False:
            false += 1
            met = False
        elif met is True:
            met = None

    def said() -> Said:
        failing = [p.programs[i].name for i, r in enumerate(per) if r.met is not True]
        detail = Msg(
            "engine.programs_met",
            {"met": count, "total": n, "n": n, "failing": failing or Msg("word.none")},
        )
        evidence = tuple(e for r in per for e in r.evidence)
        facts = tuple(f for r in per for f in r.facts)
        return detail, evidence, facts

    return _Read(later(met, count, said), per, (count, false, n))


class SignShown(NamedTuple):
    """One sign of a candidate: how far the facts show it (a tuple: made for every sign of
    every rubric of every file)."""

    criterion: str
    expect: bool
    weight: float
    shown: float
    known: bool


@record(kw_only=False, slots=False)
class Support:
    """How far the facts show one candidate verdict's signs (see :class:`out.Candidate`)."""

    verdict: str
    support: float
    signs_met: int
    signs_unknown: int
    signs_total: int
    signs: tuple[SignShown, ...] = ()

    @property
    def weight_shown(self) -> float:
        return round(sum(s.weight * s.shown for s in self.signs), 4)

    @property
    def weight_total(self) -> float:
        return round(sum(s.weight for s in self.signs), 4)


Counts = tuple[Count, ...]
"""For each criterion some sign names (:attr:`Plan.signed`): the programs (or the one reading)
where it is met, where it is not, and how many there are. All the support depends on."""


def _counts(r: _Read) -> Count:
    """The counts a per-program reading carries (:func:`_read` makes them); one reading's otherwise."""
    return r.count if r.count is not None else _ONE[r.overall.met]


def _support(rp: Plan, counts: Counts) -> tuple[Support, ...]:
    # criterion -> (share met, share not met, all known), for the criteria some sign names
    shares: dict[str, tuple[float, float, bool]] = {
        cid: (true / n, false / n, true + false == n)
        for cid, (true, false, n) in zip(rp.signed, counts, strict=True)
    }
    candidates = []
    for verdict, verdict_signs, total in rp.signs:
        signs = []
        met = unknown = 0
        for criterion, expect, weight in verdict_signs:
            if_met, if_not, known = shares[criterion]
            shown = if_met if expect else if_not
            signs.append(SignShown(criterion, expect, weight, shown, known))
            met += shown == 1
            unknown += not known
        candidates.append(
            Support(
                verdict=verdict,
                support=round(sum([x.weight * x.shown for x in signs]) / total, 4) if total else 0.0,
                signs_met=met,
                signs_unknown=unknown,
                signs_total=len(signs),
                signs=tuple(signs),
            )
        )
    return tuple(candidates)


def _margin(candidates: Sequence[Support], verdict: str) -> float:
    """The verdict's support minus the best other candidate's (top two when undecided).

    Negative when a defining sign decided against the weight of the other signs.
    """
    ranked = sorted(candidates, key=lambda c: -c.support)
    if len(ranked) < 2:
        return ranked[0].support if ranked else 0.0
    chosen = next((c for c in ranked if c.verdict == verdict), ranked[0])
    best_other = next(c for c in ranked if c is not chosen)
    return round(chosen.support - best_other.support, 4)


@dataclass(slots=True)
class Outcome:
    """A rubric's decision before it is put into words: all a summary row needs."""

    loaded: LoadedRubric
    reads: dict[str, _Read]
    values: dict[str, Tri]
    verdict: str
    """A verdict id of the rubric, or ``insufficient-evidence``."""
    possible: list[str]
    rule: int | None
    """The index of the deciding rule (None when every path agrees, or undecided)."""
    unmet_required: list[str]
    """Criteria the rubric ``requires`` that are not met: named first among what is missing."""
    candidates: list[Support]
    margin: float

    def reading(self, criterion_id: str) -> Reading:
        return self.reads[criterion_id].overall


def decide_rubric(p: Partnership, loaded: LoadedRubric) -> Outcome:
    """Read every criterion and decide the verdict, its support and margin (no text yet).

    What follows from the criteria's readings alone (the verdict and the rules' answer, the
    support and the margin) is worked out once per rubric and way the readings turn out
    (:attr:`Plan.decided`): a batch's files share a few of them.
    """
    rubric = loaded.rubric
    rp = plan(rubric)
    reads: dict[str, _Read] = {}
    values: dict[str, Tri] = {}
    for cid, fn, params, per_program in rp.reads:
        r = _read(p, fn, params, per_program) if per_program else _Read(fn(p, params, None), ())
        reads[cid] = r
        values[cid] = r.overall.met
    unmet_required = [c for c in rp.requires if values[c] is not True]
    key = tuple([reads[c].count if per else values[c] for c, per in rp.keyed])
    found = rp.decided.get(key)
    if found is None:
        decided, possible, rule = decide(rubric, values)
        verdict = INSUFFICIENT if decided is None else decided
        candidates = _support(rp, tuple([_counts(reads[c]) for c in rp.signed]))
        found = remember(
            rp.decided,
            key,
            (verdict, tuple(possible), rule, candidates, _margin(candidates, verdict)),
            MAX_REMEMBERED,
        )
    verdict, possible_verdicts, rule, candidates, margin = found
    return Outcome(
        loaded,
        reads,
        values,
        verdict,
        list(possible_verdicts),
        rule,
        unmet_required,
        list(candidates),
        margin,
    )


MAX_REMEMBERED = 128
"""Ways of a rubric's readings remembered at most in :attr:`Plan.decided`: the first ones seen
(the common ones, in a batch); any other is worked out each time. The bound keeps a batch's
memory flat in the number of files (each answer holds its candidates; 4,096 a rubric grew a
20,000-file batch's process by 15 MB): the memo is full within the first thousand files (the
largest process of a 20,000-file batch peaks at 46 MB against 45 MB for 1,000), at a cost of
about 0.02 ms a file against 4,096 (0.20 against 0.18 ms for the four default rubrics)."""
