"""The report's sections around the verdicts: the input, the partners, the participation matrix, the
principles, the constraints and the study comparisons; :func:`assess` and :func:`report` build the whole
:class:`~kemitraan.models.assessment.Assessment`. Pure.
"""

from __future__ import annotations

from kemitraan.models.record import record

__all__ = [
    "InputMeta",
    "assess",
    "report",
]

from collections.abc import Sequence
from typing import Literal

from kemitraan import crosswalk, messages
from kemitraan.engine.decision import Outcome, decide_rubric
from kemitraan.engine.words import _evidence, in_words
from kemitraan.indicators.base import evidence_at
from kemitraan.indicators.participation import cell
from kemitraan.models import assessment as out
from kemitraan.models.partnership import LEVELS, PHASES, Partnership, Principles
from kemitraan.models.rubric import (
    INSUFFICIENT,
    LoadedRubric,
    Text,
)
from kemitraan.msg import Msg


@record(kw_only=False, slots=False)
class InputMeta:
    file: str
    sha256: str


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
        assessments=(assessments := [in_words(p, o) for o in outcomes]),
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
            outcome: Literal["agree", "differ", "undecided", "not-assessed"] = "not-assessed"
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
