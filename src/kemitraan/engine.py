"""assess(partnership, rubrics) -> Assessment. Pure: no I/O, no printing.

How a rubric is applied (documented in docs/rubrics.md):

1. Every criterion is read by its indicator. A ``program``-scope criterion is read once per
   program; overall it is met only when met in every program (three-valued AND; with no
   programs it is unknown, never vacuously true).
2. ``requires``: any required criterion that is not met makes the verdict
   ``insufficient-evidence``, naming what is missing.
3. ``decision`` rules are tried in order under Kleene logic. A rule that holds stops the
   search; a rule that is *unknown* might hold, so its verdict stays possible and the search
   goes on. If exactly one verdict is possible, it is the verdict (even with gaps in the
   facts); otherwise the verdict is ``insufficient-evidence`` with the possible ones listed.
4. Support: for each verdict, the weighted share of its signs the facts show (a program-scope
   sign counts as the share of programs where it shows). The margin is best minus second best.
5. Recommendations: what would have to change (or be found out) to reach the next verdict in
   the rubric's list: lower-ranked rules tried earlier must fail, and the target's rule must hold.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from kemitraan import messages
from kemitraan.errors import Loc, format_loc
from kemitraan.indicators import INDICATORS, Msg, Reading, Tri, all3, any3
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
)


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


def decide(rubric: Rubric, values: dict[str, Tri]) -> tuple[str | None, list[str], int | None]:
    """(verdict or None, verdicts still possible, index of the deciding rule)."""
    possible: list[str] = []
    decided_by = None
    for i, rule in enumerate(rubric.decision):
        result = evaluate(rule.when, values)
        if result is False:
            continue
        if rule.verdict not in possible:
            possible.append(rule.verdict)
        if result:
            decided_by = i
            break
    if len(possible) == 1:
        return possible[0], possible, decided_by
    return None, possible, None


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
            {"met": count, "total": len(per), "failing": failing or Msg("word.none")},
        )
    )
    evidence = tuple(e for r in per for e in r.evidence)
    facts = tuple(f for r in per for f in r.facts)
    return _Read(Reading(met, count, detail, evidence, facts), per)


def _label(rubric: Rubric, verdict: str) -> Text:
    if verdict == INSUFFICIENT:
        return messages.text(Msg("verdict.insufficient"))
    return rubric.verdict(verdict).label


@dataclass(frozen=True)
class Support:
    """How far the facts show one candidate verdict's signs (see :class:`out.Candidate`)."""

    verdict: str
    support: float
    signs_met: int
    signs_unknown: int
    signs_total: int


def _support(rubric: Rubric, reads: dict[str, _Read]) -> list[Support]:
    tallies: dict[str, tuple[int, int, int]] = {}  # criterion -> (outcomes, true, false)
    for cid, r in reads.items():
        outcomes = [x.met for x in r.per_program] or [r.overall.met]
        tallies[cid] = (len(outcomes), sum(o is True for o in outcomes), sum(o is False for o in outcomes))
    candidates = []
    for v in rubric.verdicts:
        total = sum(s.weight for s in v.signs)
        score = 0.0
        met = unknown = 0
        for s in v.signs:
            r = reads[s.criterion]
            n, true, false = tallies[s.criterion]
            share = (true if s.expect else false) / n
            score += s.weight * share
            met += r.overall.met is s.expect or (bool(r.per_program) and share == 1)
            unknown += true + false < n
        candidates.append(
            Support(
                verdict=v.id,
                support=round(score / total, 4) if total else 0.0,
                signs_met=met,
                signs_unknown=unknown,
                signs_total=len(v.signs),
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


def _reason(rubric: Rubric, verdict: str, rule: int, values: dict[str, Tri]) -> Text:
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
    return messages.join_text(parts)


def _recommend(rubric: Rubric, verdict: str, values: dict[str, Tri]) -> tuple[str | None, Need]:
    """The next verdict up and the criterion outcomes needed to reach it."""
    order = [v.id for v in rubric.verdicts]
    if verdict not in order or order.index(verdict) + 1 >= len(order):
        return None, []
    target = order[order.index(verdict) + 1]
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
                text = messages.text(
                    Msg(key, {"criterion": c.label, **({"program": program} if program else {})})
                )
            recs.append(
                out.Recommendation(
                    criterion=c.id, toward=target, kind="gather" if gather else "change", text=text
                )
            )
    return recs


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
    rule: int | None = None
    if unmet_required:
        verdict, possible = INSUFFICIENT, [v.id for v in rubric.verdicts]
    else:
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
    unmet_required = o.unmet_required
    missing: list[Text] = []
    next_verdict: str | None = None
    needed: Need = []
    if unmet_required:
        missing = [messages.text(reads[c].overall.detail) for c in unmet_required]
        reason = messages.text(
            Msg("reason.required", {"missing": [rubric.criterion(c).label for c in unmet_required]})
        )
        needed = [(c, True) for c in unmet_required]
        next_verdict = None
    elif verdict == INSUFFICIENT:
        unknown = [
            c
            for r in rubric.decision
            for c in dict.fromkeys(_c for _c, _ in _atoms(r.when))
            if values[c] is None
        ]
        unknown = list(dict.fromkeys(unknown))
        missing = [messages.text(reads[c].overall.detail) for c in unknown]
        reason = messages.text(
            Msg(
                "reason.insufficient",
                {
                    "possible": [_label(rubric, v) for v in possible],
                    "missing": [rubric.criterion(c).label for c in unknown],
                },
            )
        )
        needed = [(c, True) for c in unknown]
    else:
        if o.rule is None:  # decided although some earlier rule was unknown: every path agrees
            reason = messages.text(Msg("reason.all_paths", {"verdict": _label(rubric, verdict)}))
        else:
            reason = _reason(rubric, verdict, o.rule, values)
        next_verdict, needed = _recommend(rubric, verdict, values)
    needed.sort(key=lambda n: values[n[0]] is None)  # what to change first, then what to find out
    recommendations = _recommendations(rubric, next_verdict or INSUFFICIENT, needed, reads, p)

    candidates = [
        out.Candidate(
            verdict=c.verdict,
            label=rubric.verdict(c.verdict).label,
            support=c.support,
            signs_met=c.signs_met,
            signs_unknown=c.signs_unknown,
            signs_total=c.signs_total,
        )
        for c in o.candidates
    ]
    margin = o.margin

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

    criteria = [
        out.CriterionResult(
            id=c.id,
            label=c.label,
            description=c.description,
            citation=rubric.citation(c.cite),
            indicator=c.indicator,
            params=c.parsed_params.model_dump(mode="json"),
            scope=c.scope,
            met=reads[c.id].overall.met,
            value=reads[c.id].overall.value,
            detail=messages.text(reads[c.id].overall.detail),
            evidence=_evidence(reads[c.id].overall.evidence),
            facts=[format_loc(f) for f in reads[c.id].overall.facts],
            programs=[
                out.ProgramReading(
                    program=p.programs[i].id,
                    met=r.met,
                    value=r.value,
                    detail=messages.text(r.detail),
                )
                for i, r in enumerate(reads[c.id].per_program)
            ],
        )
        for c in rubric.criteria
    ]
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
        else messages.text(Msg("verdict.insufficient.description")),
        reason=reason,
        possible=possible if verdict == INSUFFICIENT else [verdict],
        missing=missing,
        candidates=candidates,
        margin=margin,
        criteria=criteria,
        programs=programs,
        recommendations=recommendations,
        next_verdict=next_verdict,
    )


def _matrix(p: Partnership) -> list[out.ProgramInfo]:
    programs = []
    for i, prog in enumerate(p.programs):
        cells = []
        for phase in PHASES:
            record = prog.phase(phase)
            recorded = record is not None and bool(record.participation)
            participation = (
                {x.id: record.participation.get(x.id, "absent") for x in p.partners}
                if record and recorded
                else {}
            )
            c = cell(p, i, phase, "active")
            cells.append(
                out.PhaseCell(phase=phase, participation=participation, joint=c.joint(2) if c else None)
            )
        programs.append(out.ProgramInfo(id=prog.id, name=prog.name, target=prog.target, phases=cells))
    return programs


def _principles(p: Partnership) -> list[out.PrincipleInfo]:
    result = []
    for name in Principles.model_fields:
        record = getattr(p.principles, name) if p.principles is not None else None
        result.append(
            out.PrincipleInfo(
                id=name,
                label=messages.text(Msg(f"principle.{name}")),
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
            amount = messages.text(
                Msg(
                    "fmt.amount",
                    {
                        "money": Msg("fmt.money", {"value": c.amount.value, "currency": c.amount.currency}),
                        "per": Msg(f"per.{c.amount.per}") if c.amount.per else "",
                    },
                )
            )
        result.append(
            out.ConstraintInfo(
                kind=c.kind,
                label=messages.text(Msg(f"constraint.{c.kind}")),
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
        assessments=[explain(p, o) for o in outcomes],
        constraints=_constraints(p),
    )


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
