"""Putting a decision into words: the reason, what is missing, each criterion, the candidates and the recommendations.

:func:`in_words` turns an :class:`~kemitraan.engine.decision.Outcome` into the rubric's part of the
assessment (message keys and values; the renderers put them into a language). Pure.
"""

from __future__ import annotations

__all__ = [
    "assess_rubric",
    "in_words",
]

from collections.abc import Iterable, Sequence

from kemitraan import messages
from kemitraan.engine.decision import Need, Outcome, Support, _Read, decide, decide_rubric, need
from kemitraan.errors import Loc, format_loc
from kemitraan.indicators import Reading, Tri
from kemitraan.indicators.participation import memo
from kemitraan.models import assessment as out
from kemitraan.models.partnership import Evidence, Partnership
from kemitraan.models.rubric import (
    ALWAYS,
    INSUFFICIENT,
    AllOf,
    Criterion,
    Expr,
    LoadedRubric,
    NotOf,
    Rubric,
    Text,
    params_data,
)
from kemitraan.msg import Msg


def _label(rubric: Rubric, verdict: str) -> Text | Msg:
    if verdict == INSUFFICIENT:
        return Msg("verdict.insufficient")
    return rubric.verdict(verdict).label


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


def _once(messages_: Iterable[Msg]) -> list[Msg | Text]:
    """Each message once, in order: two criteria that cannot be read for the same reason (two
    bands of one mean, say) name it once."""
    out: list[Msg | Text] = []
    for m in messages_:
        if m not in out:
            out.append(m)
    return out


def _goal(needed: Need, criterion_id: str) -> bool:
    return next(goal for c, goal in needed if c == criterion_id)


def _evidence(
    pairs: Iterable[tuple[Loc, Evidence]], shared: dict[Loc, out.EvidenceRef] | None = None
) -> list[out.EvidenceRef]:
    """Quotes with the path where each is written in the input file.

    With ``shared`` (the partnership's, see :func:`_shared`), a quote that several criteria
    cite is one object in every list that cites it (the same path means the same quote).
    """
    if shared is None:
        return [_ref(loc, e) for loc, e in pairs]
    refs = []
    for loc, e in pairs:
        ref = shared.get(loc)
        if ref is None:
            ref = shared[loc] = _ref(loc, e)
        refs.append(ref)
    return refs


def _ref(loc: Loc, e: Evidence) -> out.EvidenceRef:
    return out.EvidenceRef(
        quote=e.quote, source=e.source, informant=e.informant, path=format_loc(loc), position=e.position
    )


def _shared(p: Partnership) -> tuple[dict[Loc, out.EvidenceRef], dict[Loc, str]]:
    """The evidence references and fact paths already made for this partnership's criteria.

    Criteria of several rubrics cite the same quotes and facts (every rubric that reads the
    phases, dominance read again for subordination); each is made once, which halves the
    work and the memory of a report on a file with many programs.
    """
    known = memo(p)
    found: tuple[dict[Loc, out.EvidenceRef], dict[Loc, str]] | None = known.get("words")
    if found is None:
        found = known["words"] = ({}, {})
    return found


def _paths(locs: Iterable[Loc], shared: dict[Loc, str]) -> list[str]:
    paths = []
    for loc in locs:
        path = shared.get(loc)
        if path is None:
            path = shared[loc] = format_loc(loc)
        paths.append(path)
    return paths


def assess_rubric(p: Partnership, loaded: LoadedRubric) -> out.RubricAssessment:
    return in_words(p, decide_rubric(p, loaded))


def in_words(p: Partnership, o: Outcome) -> out.RubricAssessment:
    """The decision in words: the reason, what is missing, criteria details and recommendations."""
    rubric, reads, values, verdict, possible = o.loaded.rubric, o.reads, o.values, o.verdict, o.possible
    missing: list[out.Said] = []
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
            notes[key] = out.OperationalisationNote(
                note=seen.note,
                follows=seen.follows,
                criteria=[*seen.criteria, c.id],
                labels=[*seen.labels, c.label],
            )
    return list(notes.values())


def _criterion(rubric: Rubric, c: Criterion, r: _Read, p: Partnership) -> out.CriterionResult:
    op = c.operationalisation
    refs, paths = _shared(p)
    return out.CriterionResult(
        id=c.id,
        label=c.label,
        description=c.description,
        citation=rubric.citation(c.cite) if c.cite else None,
        indicator=c.indicator,
        params=params_data(c.parsed_params),
        scope=c.scope,
        met=r.overall.met,
        value=r.overall.value,
        detail=r.overall.detail,
        evidence=_evidence(r.overall.evidence, refs),
        facts=_paths(r.overall.facts, paths),
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
