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
    signed_at: tuple[tuple[int, ...], ...] = ()
    """For each verdict of :attr:`signs`: where in :attr:`signed` its signs' criteria are, each once."""
    sign_at: tuple[tuple[int, ...], ...] = ()
    """For each verdict of :attr:`signs`: where in :attr:`signed` each sign's criterion is."""
    keyed_at: tuple[tuple[int, bool], ...] = ()
    """For each of :attr:`keyed`: where in :attr:`reads` it is, and whether it is read per program."""
    named_at: tuple[tuple[int, bool], ...] = ()
    """For each of :attr:`named`: where in :attr:`reads` it is, and whether it is read per program."""
    signed_got: tuple[tuple[int, bool], ...] = ()
    """For each of :attr:`signed`: where in :attr:`reads` it is, and whether it is read per program."""
    decided: dict[tuple[Any, ...], Decided] = field(default_factory=dict, compare=False, repr=False)
    """What the readings decide, by the way they turned out: for each of :attr:`keyed`, its value
    (or, read per program, its :data:`Count`). The verdict, the rules' answer, the support and the
    margin depend on no more."""
    verdicts: dict[tuple[Tri, ...], tuple[str, tuple[str, ...], int | None]] = field(
        default_factory=dict, compare=False, repr=False
    )
    """On a miss of :attr:`decided`: the verdict, the verdicts still possible and the deciding rule,
    by the values of :attr:`named` (all they depend on: far fewer ways than :attr:`decided` has)."""
    supports: tuple[dict[tuple[Count, ...], Support], ...] = field(default=(), compare=False, repr=False)
    """On a miss of :attr:`decided`: each verdict's support, by the counts of its own signs'
    criteria (:attr:`signed_at`)."""
    shown: tuple[tuple[dict[Count, SignShown], ...], ...] = field(default=(), compare=False, repr=False)
    """On a miss of :attr:`supports`: for each verdict, each sign as shown, by its criterion's counts."""


def _plan(rubric: Rubric) -> Plan:
    signs = []
    for v in rubric.verdicts:
        mine = tuple((s.criterion, s.expect, s.weight) for s in v.signs)
        signs.append((v.id, mine, sum(w for _, _, w in mine)))
    named = tuple(dict.fromkeys(c for r in rubric.decision for c in expr_criteria(r.when)))
    signed = tuple(dict.fromkeys(c for _, mine, _ in signs for c, _, _ in mine))
    keys = set(named) | set(signed)
    at = {c.id: i for i, c in enumerate(rubric.criteria)}
    per = {c.id: c.scope != "partnership" for c in rubric.criteria}
    keyed = tuple((c.id, per[c.id]) for c in rubric.criteria if c.id in keys)
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
        keyed=keyed,
        signed_at=tuple(
            tuple(signed.index(c) for c in dict.fromkeys(c for c, _, _ in mine)) for _, mine, _ in signs
        ),
        sign_at=tuple(tuple(signed.index(c) for c, _, _ in mine) for _, mine, _ in signs),
        keyed_at=tuple((at[c], per[c]) for c, _ in keyed),
        named_at=tuple((at[c], per[c]) for c in named),
        signed_got=tuple((at[c], per[c]) for c in signed),
        supports=tuple({} for _ in signs),
        shown=tuple(tuple({} for _ in mine) for _, mine, _ in signs),
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
    """Read per program: in how many it is met, not met, and how many there are (a reading of the
    partnership counts as one: :data:`_ONE`)."""


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


def _support(rp: Plan, counts: Counts) -> tuple[Support, ...]:
    """Each verdict's support (:func:`_candidate`), remembered per verdict by its own signs' counts."""
    candidates = []
    for i, memo in enumerate(rp.supports):
        key = tuple([counts[k] for k in rp.signed_at[i]])
        found = memo.get(key)
        if found is None:
            found = remember(memo, key, _candidate(rp, i, counts), MAX_REMEMBERED)
        candidates.append(found)
    return tuple(candidates)


def _candidate(rp: Plan, i: int, counts: Counts) -> Support:
    """How far the facts show verdict ``i``'s signs, from the counts of their criteria."""
    verdict, verdict_signs, total = rp.signs[i]
    signs = []
    met = unknown = 0
    for (criterion, expect, weight), k, memo in zip(verdict_signs, rp.sign_at[i], rp.shown[i], strict=True):
        count = counts[k]
        sign = memo.get(count)
        if sign is None:
            true, false, n = count
            sign = SignShown(criterion, expect, weight, true / n if expect else false / n, true + false == n)
            sign = remember(memo, count, sign, MAX_REMEMBERED)
        signs.append(sign)
        met += sign.shown == 1
        unknown += not sign.known
    return Support(
        verdict=verdict,
        support=round(sum([x.weight * x.shown for x in signs]) / total, 4) if total else 0.0,
        signs_met=met,
        signs_unknown=unknown,
        signs_total=len(signs),
        signs=tuple(signs),
    )


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


SummaryCells = tuple[str | float | None, ...]
"""A rubric's cells of a summary row: the verdict, its support, the margin, each candidate's support."""


class Outcome:
    """A rubric's decision before it is put into words: all a summary row needs.

    The readings are kept as :func:`decide_rubric` made them; :attr:`reads`, :attr:`values` and
    :attr:`unmet_required` are made from them when first read (a batch's summary row reads none).
    """

    __slots__ = (
        "_got",
        "_plan",
        "_reads",
        "_values",
        "candidates",
        "loaded",
        "margin",
        "possible",
        "row",
        "rule",
        "verdict",
    )

    loaded: LoadedRubric
    verdict: str
    """A verdict id of the rubric, or ``insufficient-evidence``."""
    possible: list[str]
    rule: int | None
    """The index of the deciding rule (None when every path agrees, or undecided)."""
    candidates: list[Support]
    margin: float
    row: SummaryCells
    """The rubric's cells of a summary row: the verdict, its support, the margin and each
    candidate's support (see :func:`kemitraan.summary.row`)."""

    def __init__(
        self,
        loaded: LoadedRubric,
        got: Sequence[Reading | _Read],
        verdict: str,
        possible: list[str],
        rule: int | None,
        candidates: list[Support],
        margin: float,
        row: SummaryCells,
        rp: Plan | None = None,
    ) -> None:
        self.loaded = loaded
        self._got = got  # each criterion's reading, in the rubric's order (a _Read when per program)
        self._plan = plan(loaded.rubric) if rp is None else rp
        self._reads: dict[str, _Read] | None = None
        self._values: dict[str, Tri] | None = None
        self.verdict = verdict
        self.possible = possible
        self.rule = rule
        self.candidates = candidates
        self.margin = margin
        self.row = row

    @property
    def reads(self) -> dict[str, _Read]:
        """Each criterion's reading, by id."""
        reads = self._reads
        if reads is None:
            reads = self._reads = {
                cid: r if isinstance(r, _Read) else _Read(r, ())
                for (cid, _, _, _), r in zip(self._plan.reads, self._got, strict=True)
            }
        return reads

    @property
    def values(self) -> dict[str, Tri]:
        """Whether each criterion is met, by id (None: not known)."""
        values = self._values
        if values is None:
            values = self._values = {cid: r.overall.met for cid, r in self.reads.items()}
        return values

    @property
    def unmet_required(self) -> list[str]:
        """Criteria the rubric ``requires`` that are not met: named first among what is missing."""
        values = self.values
        return [c for c in self.loaded.rubric.requires if values[c] is not True]

    def reading(self, criterion_id: str) -> Reading:
        return self.reads[criterion_id].overall

    _FIELDS = (
        "loaded",
        "reads",
        "values",
        "verdict",
        "possible",
        "rule",
        "unmet_required",
        "candidates",
        "margin",
    )
    """What an outcome is equal by and shows (the summary-row cells follow from them)."""

    def _fields(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self._FIELDS])

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Outcome:
            return NotImplemented
        assert isinstance(other, Outcome)
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={v!r}" for n, v in zip(self._FIELDS, self._fields(), strict=True))
        return f"Outcome({shown})"


def decide_rubric(p: Partnership, loaded: LoadedRubric) -> Outcome:
    """Read every criterion and decide the verdict, its support and margin (no text yet).

    What follows from the criteria's readings alone (the verdict and the rules' answer, the
    support and the margin) is worked out once per rubric and way the readings turn out
    (:attr:`Plan.decided`): a batch's files share a few of them.
    """
    rp = plan(loaded.rubric)
    got: list[Any] = [
        _read(p, fn, params, True) if per_program else fn(p, params, None)
        for _, fn, params, per_program in rp.reads
    ]
    key = tuple([got[i].count if per_program else got[i].met for i, per_program in rp.keyed_at])
    found = rp.decided.get(key)
    if found is None:
        found = remember(rp.decided, key, _decided(rp, got), MAX_REMEMBERED)
    verdict, possible, rule, candidates, margin, row = found
    return Outcome(loaded, got, verdict, list(possible), rule, list(candidates), margin, row, rp)


Decided = tuple[str, tuple[str, ...], "int | None", tuple[Support, ...], float, "SummaryCells"]
"""A verdict, the verdicts still possible, the deciding rule, the candidates' support, the margin
and the rubric's cells of a summary row (:attr:`Outcome.row`)."""


def _decided(rp: Plan, got: Sequence[Any]) -> Decided:
    """What the readings decide (on a miss of :attr:`Plan.decided`)."""
    way = tuple([got[i].overall.met if per else got[i].met for i, per in rp.named_at])
    settled = rp.verdicts.get(way)
    if settled is None:
        values = {
            cid: r.overall.met if isinstance(r, _Read) else r.met
            for (cid, _, _, _), r in zip(rp.reads, got, strict=True)
        }
        decided, possible, rule = decide(rp.rubric, values)
        settled = (INSUFFICIENT if decided is None else decided, tuple(possible), rule)
        settled = remember(rp.verdicts, way, settled, MAX_REMEMBERED)
    verdict, possible_verdicts, rule = settled
    counts = tuple([got[i].count if per else _ONE[got[i].met] for i, per in rp.signed_got])
    candidates = _support(rp, counts)
    margin = _margin(candidates, verdict)
    chosen = next((c.support for c in candidates if c.verdict == verdict), None)
    row = (verdict, chosen, margin, *(c.support for c in candidates))
    return verdict, possible_verdicts, rule, candidates, margin, row


MAX_REMEMBERED = 128
"""Ways of a rubric's readings remembered at most in :attr:`Plan.decided` (and in each of its
other memos): the first ones seen
(the common ones, in a batch); any other is worked out each time. The bound keeps a batch's
memory flat in the number of files (each answer holds its candidates; 4,096 a rubric grew a
20,000-file batch's process by 15 MB): the memo is full within the first thousand files (the
largest process of a 20,000-file batch peaks at 46 MB against 45 MB for 1,000), at a cost of
about 0.02 ms a file against 4,096 (0.20 against 0.18 ms for the four default rubrics)."""
