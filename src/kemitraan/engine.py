"""assess(partnership, rubrics) -> Assessment. Pure: no I/O, no printing.

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

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from kemitraan import crosswalk, messages
from kemitraan.errors import Loc, format_loc
from kemitraan.indicators import INDICATORS, Reading, Tri, all3, any3
from kemitraan.indicators.base import evidence_at
from kemitraan.indicators.participation import cell
from kemitraan.models import assessment as out
from kemitraan.models.partnership import LEVELS, PHASES, Evidence, Partnership, Principles
from kemitraan.models.rubric import (
    ALWAYS,
    INSUFFICIENT,
    AllOf,
    AnyOf,
    Criterion,
    Expr,
    LoadedRubric,
    NotOf,
    Rubric,
    Text,
    expr_criteria,
)
from kemitraan.msg import Msg


@dataclass(frozen=True)
class InputMeta:
    file: str
    sha256: str


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


def _first(rubric: Rubric, values: dict[str, Tri]) -> str:
    """The verdict of the first rule that holds when every criterion is known."""
    return next(r.verdict for r in rubric.decision if evaluate(r.when, values))


def possible_verdicts(rubric: Rubric, values: dict[str, Tri]) -> list[str]:
    """Every verdict some way of filling in the unknown criteria gives, in the rubric's rule order.

    Criteria are treated as independent facts: each unknown one could be met or not.
    """
    unknown = list(
        dict.fromkeys(c for r in rubric.decision for c in expr_criteria(r.when) if values[c] is None)
    )
    order = list(dict.fromkeys(r.verdict for r in rubric.decision))
    if len(unknown) > MAX_UNKNOWN_CRITERIA:
        found: set[str] = set()
        for rule in rubric.decision:
            result = evaluate(rule.when, values)
            if result is not False:
                found.add(rule.verdict)
            if result is True:
                break
    else:
        found = {
            _first(rubric, {**values, **dict(zip(unknown, way, strict=True))})
            for way in itertools.product((True, False), repeat=len(unknown))
        }
    return [v for v in order if v in found]


def decide(rubric: Rubric, values: dict[str, Tri]) -> tuple[str | None, list[str], int | None]:
    """(verdict or None, verdicts still possible, index of the deciding rule).

    The deciding rule is the first that holds with every earlier one known not to; None when the
    verdict is settled only because every way the unknown criteria could turn out agrees.
    """
    possible = possible_verdicts(rubric, values)
    if len(possible) != 1:
        return None, possible, None
    decided_by = None
    for i, rule in enumerate(rubric.decision):
        result = evaluate(rule.when, values)
        if result is None:
            break
        if result:
            decided_by = i
            break
    return possible[0], possible, decided_by


# --- reading criteria -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Read:
    overall: Reading
    per_program: tuple[Reading, ...]


def _read(p: Partnership, c: Criterion) -> _Read:
    ind = INDICATORS[c.indicator]
    params = c.parsed_params
    if c.scope == "partnership":
        return _Read(ind.fn(p, params, None), ())
    per = tuple(ind.fn(p, params, i) for i in range(len(p.programs)))
    if not per:
        return _Read(Reading(None, None, Msg("engine.no_programs"), (), (("programs",),)), ())
    met = all3(r.met for r in per)
    count = sum(r.met is True for r in per)
    failing = [p.programs[i].name for i, r in enumerate(per) if r.met is not True]
    detail = (
        per[0].detail
        if len(per) == 1
        else Msg(
            "engine.programs_met",
            {"met": count, "total": len(per), "n": len(per), "failing": failing or Msg("word.none")},
        )
    )
    evidence = tuple(e for r in per for e in r.evidence)
    facts = tuple(f for r in per for f in r.facts)
    return _Read(Reading(met, count, detail, evidence, facts), per)


def _label(rubric: Rubric, verdict: str) -> Text | Msg:
    if verdict == INSUFFICIENT:
        return Msg("verdict.insufficient")
    return rubric.verdict(verdict).label


class SignShown(NamedTuple):
    """One sign of a candidate: how far the facts show it (a tuple: made for every sign of
    every rubric of every file)."""

    criterion: str
    expect: bool
    weight: float
    shown: float
    known: bool


@dataclass(frozen=True)
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


def _support(rubric: Rubric, reads: dict[str, _Read]) -> list[Support]:
    # criterion -> (readings, met, not met, all known)
    tallies: dict[str, tuple[int, int, int, bool]] = {}
    for cid, r in reads.items():
        found = [x.met for x in r.per_program] or [r.overall.met]
        true, false = found.count(True), found.count(False)
        tallies[cid] = (len(found), true, false, true + false == len(found))
    candidates = []
    for v in rubric.verdicts:
        signs = []
        for s in v.signs:
            n, true, false, known = tallies[s.criterion]
            signs.append(SignShown(s.criterion, s.expect, s.weight, (true if s.expect else false) / n, known))
        total = sum(x.weight for x in signs)
        candidates.append(
            Support(
                verdict=v.id,
                support=round(sum(x.weight * x.shown for x in signs) / total, 4) if total else 0.0,
                signs_met=sum(x.shown == 1 for x in signs),
                signs_unknown=sum(not x.known for x in signs),
                signs_total=len(signs),
                signs=tuple(signs),
            )
        )
    return candidates


def _margin(candidates: list[Support], verdict: str) -> float:
    """The verdict's support minus the best other candidate's (top two when undecided).

    Negative when a defining sign decided against the weight of the other signs.
    """
    ranked = sorted(candidates, key=lambda c: -c.support)
    if len(ranked) < 2:
        return ranked[0].support if ranked else 0.0
    chosen = next((c for c in ranked if c.verdict == verdict), ranked[0])
    best_other = next(c for c in ranked if c is not chosen)
    return round(chosen.support - best_other.support, 4)


def _clause(rubric: Rubric, needs: Need, values: dict[str, Tri]) -> list[Msg]:
    return [
        Msg(
            "fmt.criterion_value",
            {"criterion": rubric.criterion(c).label, "value": Msg(_truth(values[c]))},
        )
        for c, _ in needs
    ]


def _truth(value: Tri) -> str:
    return "truth.unknown" if value is None else "truth.yes" if value else "truth.no"


def _atoms(expr: Expr, polarity: bool = True) -> list[tuple[str, bool]]:
    if isinstance(expr, str):
        return [] if expr == ALWAYS else [(expr, polarity)]
    if isinstance(expr, NotOf):
        return _atoms(expr.not_, not polarity)
    children = expr.all if isinstance(expr, AllOf) else expr.any
    return [a for c in children for a in _atoms(c, polarity)]


def _reason(rubric: Rubric, verdict: str, rule: int, values: dict[str, Tri]) -> Msg:
    parts: list[Msg] = []
    for earlier in rubric.decision[:rule]:
        blockers = need(earlier.when, True, values) or []
        parts.append(
            Msg(
                "reason.ruled_out",
                {
                    "verdict": _label(rubric, earlier.verdict),
                    "because": _clause(rubric, blockers, values),
                },
            )
        )
    deciding = rubric.decision[rule]
    if deciding.when == ALWAYS:
        parts.append(Msg("reason.otherwise", {"verdict": _label(rubric, verdict)}))
    else:
        holding = [(c, pol) for c, pol in _atoms(deciding.when) if values[c] is pol]
        parts.append(
            Msg(
                "reason.holds",
                {"verdict": _label(rubric, verdict), "because": _clause(rubric, holding, values)},
            )
        )
    return messages.sentences(parts)


def _recommend(rubric: Rubric, verdict: str, values: dict[str, Tri]) -> tuple[str | None, Need]:
    """The next verdict up and the criterion outcomes needed to reach it."""
    order = [v.id for v in rubric.verdicts]
    if verdict not in order:
        return None, []
    chosen = rubric.verdict(verdict).next
    if chosen is None and order.index(verdict) + 1 >= len(order):
        return None, []
    target = chosen or order[order.index(verdict) + 1]
    rank = order.index(target)
    best: Need | None = None
    for i, rule in enumerate(rubric.decision):
        if rule.verdict != target:
            continue
        needed: Need | None = need(rule.when, True, values)
        for earlier in rubric.decision[:i]:
            if needed is None:
                break
            if order.index(earlier.verdict) < rank:
                blocked = need(earlier.when, False, values)
                needed = None if blocked is None else needed + [x for x in blocked if x not in needed]
        if needed is not None and (best is None or len(needed) < len(best)):
            best = needed
    return target, best or []


def _recommendations(
    rubric: Rubric, target: str, needed: Need, reads: dict[str, _Read], p: Partnership
) -> list[out.Recommendation]:
    recs = []
    for criterion_id, _ in needed:
        c = rubric.criterion(criterion_id)
        r = reads[criterion_id]
        targets: list[tuple[Reading, str | None]]
        if r.per_program:
            targets = [
                (x, p.programs[i].name)
                for i, x in enumerate(r.per_program)
                if x.met is not _goal(needed, c.id)
            ]
        else:
            targets = [(r.overall, None)]
        for reading, program in targets:
            gather = reading.met is None
            template = c.missing if gather else c.recommendation
            params = dict(reading.detail.params)
            if program is not None:
                params["program"] = program
            if template is not None:
                text = messages.fill(template, params)
            else:
                key = "engine.gather" if gather else "engine.change"
                text = Msg(key, {"criterion": c.label, **({"program": program} if program else {})})
            recs.append(
                out.Recommendation(
                    criterion=c.id, toward=target, kind="gather" if gather else "change", text=text
                )
            )
    return recs


def _once(messages_: Iterable[Msg]) -> list[Msg]:
    """Each message once, in order: two criteria that cannot be read for the same reason (two
    bands of one mean, say) name it once."""
    out: list[Msg] = []
    for m in messages_:
        if m not in out:
            out.append(m)
    return out


def _goal(needed: Need, criterion_id: str) -> bool:
    return next(goal for c, goal in needed if c == criterion_id)


def _evidence(pairs: Iterable[tuple[Loc, Evidence]]) -> list[out.EvidenceRef]:
    """Quotes with the path where each is written in the input file."""
    return [
        out.EvidenceRef(
            quote=e.quote, source=e.source, informant=e.informant, path=format_loc(loc), position=e.position
        )
        for loc, e in pairs
    ]


@dataclass(frozen=True)
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
    """Read every criterion and decide the verdict, its support and margin (no text yet)."""
    rubric = loaded.rubric
    reads = {c.id: _read(p, c) for c in rubric.criteria}
    values = {cid: r.overall.met for cid, r in reads.items()}
    unmet_required = [c for c in rubric.requires if values[c] is not True]
    decided, possible, rule = decide(rubric, values)
    verdict = INSUFFICIENT if decided is None else decided
    candidates = _support(rubric, reads)
    return Outcome(
        loaded,
        reads,
        values,
        verdict,
        possible,
        rule,
        unmet_required,
        candidates,
        _margin(candidates, verdict),
    )


def assess_rubric(p: Partnership, loaded: LoadedRubric) -> out.RubricAssessment:
    return explain(p, decide_rubric(p, loaded))


def explain(p: Partnership, o: Outcome) -> out.RubricAssessment:
    """The decision in words: the reason, what is missing, criteria details and recommendations."""
    rubric, reads, values, verdict, possible = o.loaded.rubric, o.reads, o.values, o.verdict, o.possible
    missing: list[Msg] = []
    next_verdict: str | None = None
    needed: Need = []
    if verdict == INSUFFICIENT:
        unknown = [
            *o.unmet_required,
            *(c for r in rubric.decision for c, _ in _atoms(r.when) if values[c] is None),
        ]
        unknown = list(dict.fromkeys(unknown))  # what the rubric requires first, then the open criteria
        missing = _once(reads[c].overall.detail for c in unknown)
        reason = Msg(
            "reason.insufficient",
            {
                "possible": [_label(rubric, v) for v in possible],
                "missing": [rubric.criterion(c).label for c in unknown],
            },
        )
        needed = [(c, True) for c in unknown]
    else:
        if o.rule is None:  # decided although some earlier rule was unknown: every path agrees
            reason = Msg("reason.all_paths", {"verdict": _label(rubric, verdict)})
        else:
            reason = _reason(rubric, verdict, o.rule, values)
        next_verdict, needed = _recommend(rubric, verdict, values)
    needed.sort(key=lambda n: values[n[0]] is None)  # what to change first, then what to find out
    recommendations = _recommendations(rubric, next_verdict or INSUFFICIENT, needed, reads, p)

    candidates = [_candidate(rubric, c) for c in o.candidates]
    tied, rests = _ties(o.candidates, verdict)

    programs: list[out.ProgramVerdict] = []
    if rubric.per_program:
        for i, prog in enumerate(p.programs):
            local = dict(values)
            local.update({cid: r.per_program[i].met for cid, r in reads.items() if r.per_program})
            v, _, _ = decide(rubric, local)
            programs.append(
                out.ProgramVerdict(
                    program=prog.id,
                    name=prog.name,
                    verdict=v or INSUFFICIENT,
                    label=_label(rubric, v or INSUFFICIENT),
                )
            )

    criteria = [_criterion(rubric, c, reads[c.id], p) for c in rubric.criteria]
    return out.RubricAssessment(
        rubric=out.RubricRef(
            id=rubric.id,
            version=rubric.version,
            sha256=o.loaded.sha256,
            title=rubric.title,
            citation=rubric.citation(),
            origin=o.loaded.origin,
            description=rubric.description,
            theory=rubric.theory,
            sources=[out.SourceInfo(citation=s.citation, note=s.note) for s in rubric.sources],
        ),
        verdict=verdict,
        label=_label(rubric, verdict),
        description=rubric.verdict(verdict).description
        if verdict != INSUFFICIENT
        else Msg("verdict.insufficient.description"),
        reason=reason,
        possible=possible if verdict == INSUFFICIENT else [verdict],
        missing=missing,
        candidates=candidates,
        margin=o.margin,
        criteria=criteria,
        programs=programs,
        recommendations=recommendations,
        next_verdict=next_verdict,
        tied_with=tied,
        rests_on_rule=rests,
        support_note=_support_note(rubric, o, tied, rests),
        found=_found(rubric, verdict, reads) if verdict != INSUFFICIENT else None,
        operationalisations=_operationalisations(criteria),
    )


def _operationalisations(criteria: Sequence[out.CriterionResult]) -> list[out.OperationalisationNote]:
    """Each note once (several criteria may share one), in the rubric's order."""
    notes: dict[str, out.OperationalisationNote] = {}
    for c in criteria:
        op = c.operationalisation
        if op is None:
            continue
        key = op.note.en if isinstance(op.note, Text) else repr(op.note)
        seen = notes.get(key)
        if seen is None:
            notes[key] = out.OperationalisationNote(
                note=op.note, follows=op.follows, criteria=[c.id], labels=[c.label]
            )
        else:
            notes[key] = seen.model_copy(
                update={"criteria": [*seen.criteria, c.id], "labels": [*seen.labels, c.label]}
            )
    return list(notes.values())


def _criterion(rubric: Rubric, c: Criterion, r: _Read, p: Partnership) -> out.CriterionResult:
    op = c.operationalisation
    return out.CriterionResult(
        id=c.id,
        label=c.label,
        description=c.description,
        citation=rubric.citation(c.cite) if c.cite else None,
        indicator=c.indicator,
        params=c.parsed_params.model_dump(mode="json"),
        scope=c.scope,
        met=r.overall.met,
        value=r.overall.value,
        detail=r.overall.detail,
        evidence=_evidence(r.overall.evidence),
        facts=[format_loc(f) for f in r.overall.facts],
        programs=[
            out.ProgramReading(
                program=p.programs[i].id,
                met=x.met,
                value=x.value,
                detail=x.detail,
            )
            for i, x in enumerate(r.per_program)
        ],
        operationalisation=None
        if op is None
        else out.OperationalisationInfo(note=op.note, follows=[rubric.citation(f) for f in op.follows]),
    )


def _candidate(rubric: Rubric, c: Support) -> out.Candidate:
    known = c.signs_total - c.signs_unknown
    return out.Candidate(
        verdict=c.verdict,
        label=rubric.verdict(c.verdict).label,
        support=c.support,
        signs_met=c.signs_met,
        signs_unknown=c.signs_unknown,
        signs_total=c.signs_total,
        signs_known=known,
        weight_shown=c.weight_shown,
        weight_total=c.weight_total,
        signs=[
            out.SignReading(
                criterion=s.criterion,
                label=rubric.criterion(s.criterion).label,
                expect=s.expect,
                weight=s.weight,
                shown=round(s.shown, 4),
                known=s.known,
            )
            for s in c.signs
        ],
        shown=(
            Msg(
                "support.shown",
                {
                    "met": c.signs_met,
                    "known": known,
                    "total": c.signs_total,
                    "n": c.signs_total,
                    "weight_shown": Msg("fmt.number", {"value": c.weight_shown}),
                    "weight_total": Msg("fmt.number", {"value": c.weight_total}),
                },
            )
        ),
    )


def _ties(candidates: Sequence[Support], verdict: str) -> tuple[list[str], bool]:
    """The other candidates with the verdict's support, and whether any has as much or more."""
    chosen = next((c for c in candidates if c.verdict == verdict), None)
    if chosen is None:
        return [], False
    others = [c for c in candidates if c is not chosen]
    tied = [c.verdict for c in others if c.support == chosen.support]
    return tied, any(c.support >= chosen.support for c in others)


def _support_note(rubric: Rubric, o: Outcome, tied: list[str], rests: bool) -> Msg | None:
    """Said in words when the verdict is not the best-supported candidate, or shares that place."""
    if o.verdict == INSUFFICIENT or not (tied or rests):
        return None
    chosen = next(c for c in o.candidates if c.verdict == o.verdict)
    best = max((c for c in o.candidates if c is not chosen), key=lambda c: c.support)
    label = _label(rubric, o.verdict)
    support = Msg("fmt.number", {"value": chosen.support})
    if best.support > chosen.support:
        head = Msg(
            "support.lower",
            {
                "verdict": label,
                "other": _label(rubric, best.verdict),
                "support": support,
                "other_support": Msg("fmt.number", {"value": best.support}),
            },
        )
    else:
        head = Msg(
            "support.tied",
            {"verdict": label, "others": [_label(rubric, v) for v in tied], "support": support},
        )
    return messages.sentences([head, Msg("support.rests_on_rule", {"verdict": label})])


def _found(rubric: Rubric, verdict: str, reads: dict[str, _Read]) -> Msg:
    """What the facts show of the verdict's signs: each sign's criterion and its reading."""
    parts: list[Msg] = []
    for s in rubric.verdict(verdict).signs:
        r = reads[s.criterion]
        value: Msg
        if len(r.per_program) > 1:
            met = sum(x.met is True for x in r.per_program)
            value = Msg("found.programs", {"met": met, "total": len(r.per_program), "n": len(r.per_program)})
        else:
            value = Msg(_truth(r.overall.met))
        parts.append(
            Msg("fmt.criterion_value", {"criterion": rubric.criterion(s.criterion).label, "value": value})
        )
    return Msg("found.signs", {"signs": parts})


def _matrix(p: Partnership) -> list[out.ProgramInfo]:
    programs = []
    for i, prog in enumerate(p.programs):
        cells = []
        for phase in PHASES:
            record = prog.phase(phase)
            c = cell(p, i, phase)
            participation = (
                {x.id: "unknown" if r is None else LEVELS[r] for x, r in zip(c.members, c.ranks, strict=True)}
                if record is not None and record.participation
                else {}
            )
            cells.append(
                out.PhaseCell(
                    phase=phase,
                    participation=participation,
                    joint=c.joint() if c.recorded else None,
                    stated=c.stated,
                )
            )
        programs.append(
            out.ProgramInfo(
                id=prog.id,
                name=prog.name,
                target=prog.target,
                phases=cells,
                partners=[x.id for x in c.members] if p.programs else [],
            )
        )
    return programs


def _principles(p: Partnership) -> list[out.PrincipleInfo]:
    result = []
    for name in Principles.model_fields:
        record = getattr(p.principles, name) if p.principles is not None else None
        result.append(
            out.PrincipleInfo(
                id=name,
                label=Msg(f"principle.{name}"),
                score=record.score if record is not None else None,
                evidence=_evidence(evidence_at(("principles", name), record.evidence if record else ())),
            )
        )
    return result


def _constraints(p: Partnership) -> list[out.ConstraintInfo]:
    result = []
    for i, c in enumerate(p.constraints):
        amount = None
        if c.amount is not None:
            amount = Msg(
                "fmt.amount",
                {
                    "money": Msg("fmt.money", {"value": c.amount.value, "currency": c.amount.currency}),
                    "per": Msg(f"per.{c.amount.per}") if c.amount.per else "",
                },
            )
        result.append(
            out.ConstraintInfo(
                kind=c.kind,
                label=Msg(f"constraint.{c.kind}"),
                description=c.description,
                amount=amount,
                solutions=list(c.solutions),
                evidence=_evidence(evidence_at(("constraints", i), c.evidence)),
            )
        )
    return result


def _period(p: Partnership) -> str | None:
    if p.period is None:
        return None
    if p.period.to is None:
        return f"{p.period.from_}-"
    return str(p.period.from_) if p.period.to == p.period.from_ else f"{p.period.from_}-{p.period.to}"


def _place(p: Partnership) -> str | None:
    if p.place is None:
        return None
    parts = [p.place.village, p.place.district, p.place.regency, p.place.province, p.place.country]
    return ", ".join(x for x in parts if x) or None


def assess(
    p: Partnership,
    rubrics: Sequence[LoadedRubric],
    meta: InputMeta,
    *,
    version: str,
    generated_at: str | None = None,
) -> out.Assessment:
    """Apply every rubric to the partnership; the result is all any renderer needs."""
    return report(p, [decide_rubric(p, r) for r in rubrics], meta, version=version, generated_at=generated_at)


def report(
    p: Partnership,
    outcomes: Sequence[Outcome],
    meta: InputMeta,
    *,
    version: str,
    generated_at: str | None = None,
) -> out.Assessment:
    """The assessment from decisions already taken (:func:`decide_rubric`), put into words."""
    return out.Assessment(
        tool=out.Tool(name="kemitraan", version=version),
        generated_at=generated_at,
        input=out.InputInfo(
            file=meta.file,
            sha256=meta.sha256,
            id=p.id,
            title=p.title,
            language=p.language,
            period=_period(p),
            place=_place(p),
            citation=p.source.citation if p.source else None,
            method=p.source.method if p.source else None,
            assessor=p.assessor,
            assessed_on=p.assessed_on,
        ),
        partners=[out.PartnerInfo(id=x.id, name=x.name, kind=x.kind) for x in p.partners],
        programs=_matrix(p),
        principles=_principles(p),
        assessments=(assessments := [explain(p, o) for o in outcomes]),
        constraints=_constraints(p),
        conclusions=_conclusions(p, assessments),
        crosswalk=crosswalk.build(assessments),
    )


def _conclusions(p: Partnership, assessments: Sequence[out.RubricAssessment]) -> list[out.StudyComparison]:
    """The study's own conclusions beside kemitraan's verdicts.

    Only here, after every verdict is decided, is ``source.conclusions`` read: a study's
    conclusion never decides a verdict.
    """
    result = []
    for c in p.source.conclusions if p.source else ():
        a = next((x for x in assessments if x.rubric.id == c.rubric), None)
        verdicts = {v.verdict: v.label for v in a.candidates} if a is not None else {}
        study: Msg | str
        if c.verdict in verdicts:
            study = Msg("study.verdict", {"verdict": verdicts[c.verdict], "words": c.label or c.verdict})
        else:
            study = c.label or c.verdict
        kemitraan_verdict = a.verdict if a is not None else None
        if a is None or c.verdict not in verdicts:
            outcome = "not-assessed"
            known: Msg | list[Text | Msg] = Msg("word.none") if a is None else list(verdicts.values())
            sentence = Msg(
                "study.not_assessed" if a is None else "study.not_a_verdict",
                {"study": study, "rubric": c.rubric, "verdicts": known},
            )
            why_text: Msg | Text = Msg(
                "study.why.no_rubric" if a is None else "study.why.other_typology", {"rubric": c.rubric}
            )
        elif a.verdict == INSUFFICIENT:
            outcome = "undecided"
            still = c.verdict in a.possible
            sentence = Msg("study.undecided", {"study": study, "possible": [verdicts[v] for v in a.possible]})
            first = Msg("study.why.still" if still else "study.why.not_still", {"study": study})
            why_text = messages.sentences([first, a.reason])
        else:
            outcome = "agree" if a.verdict == c.verdict else "differ"
            sentence = Msg(f"study.{outcome}", {"study": study, "found": a.label})
            why_text = a.reason
        result.append(
            out.StudyComparison(
                rubric=c.rubric,
                study_verdict=c.verdict,
                study_label=c.label,
                quote=c.quote,
                where=c.where,
                verdict=kemitraan_verdict,
                outcome=outcome,
                sentence=sentence,
                why=why_text,
            )
        )
    return result


__all__ = [
    "LEVELS",
    "InputMeta",
    "LoadedRubric",
    "Outcome",
    "assess",
    "decide",
    "decide_rubric",
    "evaluate",
    "explain",
    "need",
    "report",
]
