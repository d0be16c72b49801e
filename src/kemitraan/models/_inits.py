"""The ``__init__`` of every output record (see :mod:`kemitraan.models.record`).

Written by ``python -m kemitraan.models.record``; do not edit: tests/test_record.py fails when
it is out of date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kemitraan.models.record import FACTORY

_set = object.__setattr__


def init_assessment_Tool(
    self: Any,
    *,
    name: Any,
    version: Any,
) -> None:
    _set(self, "name", name)
    _set(self, "version", version)


def init_assessment_InputInfo(
    self: Any,
    *,
    file: Any,
    sha256: Any,
    id: Any,
    title: Any,
    language: Any,
    period: Any,
    place: Any,
    citation: Any,
    method: Any,
    assessor: Any = None,
    assessed_on: Any = None,
) -> None:
    _set(self, "file", file)
    _set(self, "sha256", sha256)
    _set(self, "id", id)
    _set(self, "title", title)
    _set(self, "language", language)
    _set(self, "period", period)
    _set(self, "place", place)
    _set(self, "citation", citation)
    _set(self, "method", method)
    _set(self, "assessor", assessor)
    _set(self, "assessed_on", assessed_on)


def init_assessment_EvidenceRef(
    self: Any,
    *,
    quote: Any,
    source: Any,
    informant: Any,
    path: Any,
    position: Any = None,
) -> None:
    _set(self, "quote", quote)
    _set(self, "source", source)
    _set(self, "informant", informant)
    _set(self, "path", path)
    _set(self, "position", position)


def init_assessment_ProgramReading(
    self: Any,
    *,
    program: Any,
    met: Any,
    value: Any,
    detail: Any,
) -> None:
    _set(self, "program", program)
    _set(self, "met", met)
    _set(self, "value", value)
    _set(self, "detail", detail)


def init_assessment_OperationalisationInfo(
    self: Any,
    *,
    note: Any,
    follows: Any = FACTORY,
) -> None:
    _set(self, "note", note)
    _set(self, "follows", [] if follows is FACTORY else follows)


def init_assessment_OperationalisationNote(
    self: Any,
    *,
    note: Any,
    follows: Any = FACTORY,
    criteria: Any,
    labels: Any,
) -> None:
    _set(self, "note", note)
    _set(self, "follows", [] if follows is FACTORY else follows)
    _set(self, "criteria", criteria)
    _set(self, "labels", labels)


def init_assessment_CriterionResult(
    self: Any,
    *,
    id: Any,
    label: Any,
    description: Any,
    citation: Any,
    indicator: Any,
    params: Any,
    scope: Any,
    met: Any,
    value: Any,
    detail: Any,
    evidence: Any,
    facts: Any,
    programs: Any,
    operationalisation: Any = None,
) -> None:
    _set(self, "id", id)
    _set(self, "label", label)
    _set(self, "description", description)
    _set(self, "citation", citation)
    _set(self, "indicator", indicator)
    _set(self, "params", params)
    _set(self, "scope", scope)
    _set(self, "met", met)
    _set(self, "value", value)
    _set(self, "detail", detail)
    _set(self, "evidence", evidence)
    _set(self, "facts", facts)
    _set(self, "programs", programs)
    _set(self, "operationalisation", operationalisation)


def init_assessment_SignReading(
    self: Any,
    *,
    criterion: Any,
    label: Any,
    expect: Any,
    weight: Any,
    shown: Any,
    known: Any,
) -> None:
    _set(self, "criterion", criterion)
    _set(self, "label", label)
    _set(self, "expect", expect)
    _set(self, "weight", weight)
    _set(self, "shown", shown)
    _set(self, "known", known)


def init_assessment_Candidate(
    self: Any,
    *,
    verdict: Any,
    label: Any,
    support: Any,
    signs_met: Any,
    signs_unknown: Any,
    signs_total: Any,
    signs_known: Any = 0,
    weight_shown: Any = 0.0,
    weight_total: Any = 0.0,
    signs: Any = FACTORY,
    shown: Any = None,
) -> None:
    _set(self, "verdict", verdict)
    _set(self, "label", label)
    _set(self, "support", support)
    _set(self, "signs_met", signs_met)
    _set(self, "signs_unknown", signs_unknown)
    _set(self, "signs_total", signs_total)
    _set(self, "signs_known", signs_known)
    _set(self, "weight_shown", weight_shown)
    _set(self, "weight_total", weight_total)
    _set(self, "signs", [] if signs is FACTORY else signs)
    _set(self, "shown", shown)


def init_assessment_ProgramVerdict(
    self: Any,
    *,
    program: Any,
    name: Any,
    verdict: Any,
    label: Any,
) -> None:
    _set(self, "program", program)
    _set(self, "name", name)
    _set(self, "verdict", verdict)
    _set(self, "label", label)


def init_assessment_Recommendation(
    self: Any,
    *,
    criterion: Any,
    toward: Any,
    kind: Any,
    text: Any,
) -> None:
    _set(self, "criterion", criterion)
    _set(self, "toward", toward)
    _set(self, "kind", kind)
    _set(self, "text", text)


def init_assessment_SourceInfo(
    self: Any,
    *,
    citation: Any,
    note: Any,
) -> None:
    _set(self, "citation", citation)
    _set(self, "note", note)


def init_assessment_RubricRef(
    self: Any,
    *,
    id: Any,
    version: Any,
    sha256: Any,
    title: Any,
    citation: Any,
    origin: Any,
    description: Any,
    theory: Any,
    sources: Any,
) -> None:
    _set(self, "id", id)
    _set(self, "version", version)
    _set(self, "sha256", sha256)
    _set(self, "title", title)
    _set(self, "citation", citation)
    _set(self, "origin", origin)
    _set(self, "description", description)
    _set(self, "theory", theory)
    _set(self, "sources", sources)


def init_assessment_RubricAssessment(
    self: Any,
    *,
    rubric: Any,
    verdict: Any,
    label: Any,
    description: Any,
    reason: Any,
    possible: Any,
    missing: Any,
    candidates: Any,
    margin: Any,
    criteria: Any,
    programs: Any,
    recommendations: Any,
    next_verdict: Any,
    tied_with: Any = FACTORY,
    rests_on_rule: Any = False,
    support_note: Any = None,
    found: Any = None,
    operationalisations: Any = FACTORY,
) -> None:
    _set(self, "rubric", rubric)
    _set(self, "verdict", verdict)
    _set(self, "label", label)
    _set(self, "description", description)
    _set(self, "reason", reason)
    _set(self, "possible", possible)
    _set(self, "missing", missing)
    _set(self, "candidates", candidates)
    _set(self, "margin", margin)
    _set(self, "criteria", criteria)
    _set(self, "programs", programs)
    _set(self, "recommendations", recommendations)
    _set(self, "next_verdict", next_verdict)
    _set(self, "tied_with", [] if tied_with is FACTORY else tied_with)
    _set(self, "rests_on_rule", rests_on_rule)
    _set(self, "support_note", support_note)
    _set(self, "found", found)
    _set(self, "operationalisations", [] if operationalisations is FACTORY else operationalisations)


def init_assessment_PhaseCell(
    self: Any,
    *,
    phase: Any,
    participation: Any,
    joint: Any,
    stated: Any = 'unknown',
) -> None:
    _set(self, "phase", phase)
    _set(self, "participation", participation)
    _set(self, "joint", joint)
    _set(self, "stated", stated)


def init_assessment_ProgramInfo(
    self: Any,
    *,
    id: Any,
    name: Any,
    target: Any,
    phases: Any,
    partners: Any = FACTORY,
) -> None:
    _set(self, "id", id)
    _set(self, "name", name)
    _set(self, "target", target)
    _set(self, "phases", phases)
    _set(self, "partners", [] if partners is FACTORY else partners)


def init_assessment_StudyComparison(
    self: Any,
    *,
    rubric: Any,
    study_verdict: Any,
    study_label: Any,
    quote: Any,
    where: Any,
    verdict: Any,
    outcome: Any,
    sentence: Any,
    why: Any,
) -> None:
    _set(self, "rubric", rubric)
    _set(self, "study_verdict", study_verdict)
    _set(self, "study_label", study_label)
    _set(self, "quote", quote)
    _set(self, "where", where)
    _set(self, "verdict", verdict)
    _set(self, "outcome", outcome)
    _set(self, "sentence", sentence)
    _set(self, "why", why)


def init_assessment_PartnerInfo(
    self: Any,
    *,
    id: Any,
    name: Any,
    kind: Any,
) -> None:
    _set(self, "id", id)
    _set(self, "name", name)
    _set(self, "kind", kind)


def init_assessment_PrincipleInfo(
    self: Any,
    *,
    id: Any,
    label: Any,
    score: Any,
    evidence: Any,
) -> None:
    _set(self, "id", id)
    _set(self, "label", label)
    _set(self, "score", score)
    _set(self, "evidence", evidence)


def init_assessment_ConstraintInfo(
    self: Any,
    *,
    kind: Any,
    label: Any,
    description: Any,
    amount: Any,
    solutions: Any,
    evidence: Any,
) -> None:
    _set(self, "kind", kind)
    _set(self, "label", label)
    _set(self, "description", description)
    _set(self, "amount", amount)
    _set(self, "solutions", solutions)
    _set(self, "evidence", evidence)


def init_assessment_InformantInfo(
    self: Any,
    *,
    informant: Any,
    partner: Any,
    role: Any,
    answers: Any,
) -> None:
    _set(self, "informant", informant)
    _set(self, "partner", partner)
    _set(self, "role", role)
    _set(self, "answers", answers)


def init_assessment_AnswerValue(
    self: Any,
    *,
    informant: Any,
    partner: Any,
    value: Any,
) -> None:
    _set(self, "informant", informant)
    _set(self, "partner", partner)
    _set(self, "value", value)


def init_assessment_PerspectiveInfo(
    self: Any,
    *,
    side: Any,
    n: Any,
    median: Any,
    shown: Any,
) -> None:
    _set(self, "side", side)
    _set(self, "n", n)
    _set(self, "median", median)
    _set(self, "shown", shown)


def init_assessment_ItemAgreement(
    self: Any,
    *,
    kind: Any,
    path: Any,
    label: Any,
    n: Any,
    answers: Any,
    median: Any,
    minimum: Any,
    spread: Any,
    written: Any,
    used: Any,
    used_shown: Any,
    source: Any,
    disagreement: Any,
    perspectives: Any = FACTORY,
    perspective_gap: Any = False,
    shown: Any,
) -> None:
    _set(self, "kind", kind)
    _set(self, "path", path)
    _set(self, "label", label)
    _set(self, "n", n)
    _set(self, "answers", answers)
    _set(self, "median", median)
    _set(self, "minimum", minimum)
    _set(self, "spread", spread)
    _set(self, "written", written)
    _set(self, "used", used)
    _set(self, "used_shown", used_shown)
    _set(self, "source", source)
    _set(self, "disagreement", disagreement)
    _set(self, "perspectives", [] if perspectives is FACTORY else perspectives)
    _set(self, "perspective_gap", perspective_gap)
    _set(self, "shown", shown)


def init_assessment_AlphaInfo(
    self: Any,
    *,
    block: Any,
    label: Any,
    alpha: Any,
    units: Any,
    pairable: Any,
    informants: Any,
    reading: Any,
) -> None:
    _set(self, "block", block)
    _set(self, "label", label)
    _set(self, "alpha", alpha)
    _set(self, "units", units)
    _set(self, "pairable", pairable)
    _set(self, "informants", informants)
    _set(self, "reading", reading)


def init_assessment_VerdictSensitivity(
    self: Any,
    *,
    rubric: Any,
    verdict: Any,
    other_aggregate: Any,
    other_verdict: Any,
    changes: Any,
    hinges_on: Any,
    note: Any,
) -> None:
    _set(self, "rubric", rubric)
    _set(self, "verdict", verdict)
    _set(self, "other_aggregate", other_aggregate)
    _set(self, "other_verdict", other_verdict)
    _set(self, "changes", changes)
    _set(self, "hinges_on", hinges_on)
    _set(self, "note", note)


def init_assessment_FieldworkInfo(
    self: Any,
    *,
    aggregate: Any,
    informants: Any,
    items: Any,
    alpha: Any,
    verdicts: Any,
) -> None:
    _set(self, "aggregate", aggregate)
    _set(self, "informants", informants)
    _set(self, "items", items)
    _set(self, "alpha", alpha)
    _set(self, "verdicts", verdicts)


def init_assessment_CrosswalkStep(
    self: Any,
    *,
    verdict: Any,
    label: Any,
    position: Any,
    state: Any,
) -> None:
    _set(self, "verdict", verdict)
    _set(self, "label", label)
    _set(self, "position", position)
    _set(self, "state", state)


def init_assessment_CrosswalkRow(
    self: Any,
    *,
    rubric: Any,
    title: Any,
    name: Any,
    citation: Any,
    verdict: Any,
    label: Any,
    on_scale: Any,
    position: Any,
    low: Any,
    high: Any,
    where: Any,
    opt_in: Any,
    steps: Any,
) -> None:
    _set(self, "rubric", rubric)
    _set(self, "title", title)
    _set(self, "name", name)
    _set(self, "citation", citation)
    _set(self, "verdict", verdict)
    _set(self, "label", label)
    _set(self, "on_scale", on_scale)
    _set(self, "position", position)
    _set(self, "low", low)
    _set(self, "high", high)
    _set(self, "where", where)
    _set(self, "opt_in", opt_in)
    _set(self, "steps", steps)


def init_assessment_CrosswalkNote(
    self: Any,
    *,
    id: Any,
    rubrics: Any,
    text: Any,
    operationalisation: Any,
) -> None:
    _set(self, "id", id)
    _set(self, "rubrics", rubrics)
    _set(self, "text", text)
    _set(self, "operationalisation", operationalisation)


def init_assessment_Crosswalk(
    self: Any,
    *,
    scale: Any,
    rows: Any,
    summary: Any,
    notes: Any,
    sources: Any = FACTORY,
    not_run: Any,
    add: Any,
) -> None:
    _set(self, "scale", scale)
    _set(self, "rows", rows)
    _set(self, "summary", summary)
    _set(self, "notes", notes)
    _set(self, "sources", [] if sources is FACTORY else sources)
    _set(self, "not_run", not_run)
    _set(self, "add", add)


def init_assessment_Assessment(
    self: Any,
    *,
    schema_: Any = 'kemitraan-assessment/1',
    tool: Any,
    generated_at: Any,
    input: Any,
    partners: Any,
    programs: Any,
    principles: Any,
    assessments: Any,
    constraints: Any,
    fieldwork: Any = None,
    conclusions: Any = FACTORY,
    crosswalk: Any = None,
) -> None:
    _set(self, "schema_", schema_)
    _set(self, "tool", tool)
    _set(self, "generated_at", generated_at)
    _set(self, "input", input)
    _set(self, "partners", partners)
    _set(self, "programs", programs)
    _set(self, "principles", principles)
    _set(self, "assessments", assessments)
    _set(self, "constraints", constraints)
    _set(self, "fieldwork", fieldwork)
    _set(self, "conclusions", [] if conclusions is FACTORY else conclusions)
    _set(self, "crosswalk", crosswalk)


def init_comparison_Side(
    self: Any,
    *,
    file: Any,
    id: Any,
    title: Any,
    period: Any,
    place: Any,
    label: Any,
) -> None:
    _set(self, "file", file)
    _set(self, "id", id)
    _set(self, "title", title)
    _set(self, "period", period)
    _set(self, "place", place)
    _set(self, "label", label)


def init_comparison_VerdictChange(
    self: Any,
    *,
    rubric: Any,
    title: Any,
    before: Any,
    before_label: Any,
    after: Any,
    after_label: Any,
    support_before: Any,
    support_after: Any,
    changed: Any,
) -> None:
    _set(self, "rubric", rubric)
    _set(self, "title", title)
    _set(self, "before", before)
    _set(self, "before_label", before_label)
    _set(self, "after", after)
    _set(self, "after_label", after_label)
    _set(self, "support_before", support_before)
    _set(self, "support_after", support_after)
    _set(self, "changed", changed)


def init_comparison_CriterionChange(
    self: Any,
    *,
    rubric: Any,
    criterion: Any,
    label: Any,
    before: Any,
    after: Any,
    detail_before: Any,
    detail_after: Any,
) -> None:
    _set(self, "rubric", rubric)
    _set(self, "criterion", criterion)
    _set(self, "label", label)
    _set(self, "before", before)
    _set(self, "after", after)
    _set(self, "detail_before", detail_before)
    _set(self, "detail_after", detail_after)


def init_comparison_LevelChange(
    self: Any,
    *,
    partner: Any,
    name: Any,
    before: Any,
    after: Any,
) -> None:
    _set(self, "partner", partner)
    _set(self, "name", name)
    _set(self, "before", before)
    _set(self, "after", after)


def init_comparison_PhaseChange(
    self: Any,
    *,
    phase: Any,
    joint_before: Any,
    joint_after: Any,
    levels: Any,
    changed: Any,
) -> None:
    _set(self, "phase", phase)
    _set(self, "joint_before", joint_before)
    _set(self, "joint_after", joint_after)
    _set(self, "levels", levels)
    _set(self, "changed", changed)


def init_comparison_ProgramChange(
    self: Any,
    *,
    program: Any,
    name: Any,
    status: Any,
    phases: Any,
    joint_before: Any,
    joint_after: Any,
) -> None:
    _set(self, "program", program)
    _set(self, "name", name)
    _set(self, "status", status)
    _set(self, "phases", phases)
    _set(self, "joint_before", joint_before)
    _set(self, "joint_after", joint_after)


def init_comparison_PrincipleChange(
    self: Any,
    *,
    principle: Any,
    label: Any,
    before: Any,
    after: Any,
) -> None:
    _set(self, "principle", principle)
    _set(self, "label", label)
    _set(self, "before", before)
    _set(self, "after", after)


def init_comparison_Comparison(
    self: Any,
    *,
    schema_: Any = 'kemitraan-comparison/1',
    tool: Any,
    before: Any,
    after: Any,
    title: Any,
    warnings: Any = FACTORY,
    headline: Any,
    verdicts: Any,
    criteria: Any,
    programs: Any,
    principles: Any,
    mean_before: Any,
    mean_after: Any,
) -> None:
    _set(self, "schema_", schema_)
    _set(self, "tool", tool)
    _set(self, "before", before)
    _set(self, "after", after)
    _set(self, "title", title)
    _set(self, "warnings", [] if warnings is FACTORY else warnings)
    _set(self, "headline", headline)
    _set(self, "verdicts", verdicts)
    _set(self, "criteria", criteria)
    _set(self, "programs", programs)
    _set(self, "principles", principles)
    _set(self, "mean_before", mean_before)
    _set(self, "mean_after", mean_after)


def init_comparison_VerdictColumn(
    self: Any,
    *,
    id: Any,
    label: Any,
) -> None:
    _set(self, "id", id)
    _set(self, "label", label)


def init_comparison_RubricColumns(
    self: Any,
    *,
    id: Any,
    title: Any,
    verdicts: Any,
) -> None:
    _set(self, "id", id)
    _set(self, "title", title)
    _set(self, "verdicts", verdicts)


def init_comparison_Group(
    self: Any,
    *,
    key: Any,
    files: Any,
    counts: Any,
) -> None:
    _set(self, "key", key)
    _set(self, "files", files)
    _set(self, "counts", counts)


def init_comparison_GroupTable(
    self: Any,
    *,
    schema_: Any = 'kemitraan-groups/1',
    tool: Any,
    by: Any,
    rubrics: Any,
    groups: Any,
    failed: Any,
) -> None:
    _set(self, "schema_", schema_)
    _set(self, "tool", tool)
    _set(self, "by", by)
    _set(self, "rubrics", rubrics)
    _set(self, "groups", groups)
    _set(self, "failed", failed)


INITS: dict[str, tuple[tuple[tuple[str, str], ...], Callable[..., None]]] = {
    "kemitraan.models.assessment.Tool": (
        (('name', ''), ('version', '')),
        init_assessment_Tool,
    ),
    "kemitraan.models.assessment.InputInfo": (
        (('file', ''), ('sha256', ''), ('id', ''), ('title', ''), ('language', ''), ('period', ''), ('place', ''), ('citation', ''), ('method', ''), ('assessor', '=None'), ('assessed_on', '=None')),
        init_assessment_InputInfo,
    ),
    "kemitraan.models.assessment.EvidenceRef": (
        (('quote', ''), ('source', ''), ('informant', ''), ('path', ''), ('position', '=None')),
        init_assessment_EvidenceRef,
    ),
    "kemitraan.models.assessment.ProgramReading": (
        (('program', ''), ('met', ''), ('value', ''), ('detail', '')),
        init_assessment_ProgramReading,
    ),
    "kemitraan.models.assessment.OperationalisationInfo": (
        (('note', ''), ('follows', 'factory:list')),
        init_assessment_OperationalisationInfo,
    ),
    "kemitraan.models.assessment.OperationalisationNote": (
        (('note', ''), ('follows', 'factory:list'), ('criteria', ''), ('labels', '')),
        init_assessment_OperationalisationNote,
    ),
    "kemitraan.models.assessment.CriterionResult": (
        (('id', ''), ('label', ''), ('description', ''), ('citation', ''), ('indicator', ''), ('params', ''), ('scope', ''), ('met', ''), ('value', ''), ('detail', ''), ('evidence', ''), ('facts', ''), ('programs', ''), ('operationalisation', '=None')),
        init_assessment_CriterionResult,
    ),
    "kemitraan.models.assessment.SignReading": (
        (('criterion', ''), ('label', ''), ('expect', ''), ('weight', ''), ('shown', ''), ('known', '')),
        init_assessment_SignReading,
    ),
    "kemitraan.models.assessment.Candidate": (
        (('verdict', ''), ('label', ''), ('support', ''), ('signs_met', ''), ('signs_unknown', ''), ('signs_total', ''), ('signs_known', '=0'), ('weight_shown', '=0.0'), ('weight_total', '=0.0'), ('signs', 'factory:list'), ('shown', '=None')),
        init_assessment_Candidate,
    ),
    "kemitraan.models.assessment.ProgramVerdict": (
        (('program', ''), ('name', ''), ('verdict', ''), ('label', '')),
        init_assessment_ProgramVerdict,
    ),
    "kemitraan.models.assessment.Recommendation": (
        (('criterion', ''), ('toward', ''), ('kind', ''), ('text', '')),
        init_assessment_Recommendation,
    ),
    "kemitraan.models.assessment.SourceInfo": (
        (('citation', ''), ('note', '')),
        init_assessment_SourceInfo,
    ),
    "kemitraan.models.assessment.RubricRef": (
        (('id', ''), ('version', ''), ('sha256', ''), ('title', ''), ('citation', ''), ('origin', ''), ('description', ''), ('theory', ''), ('sources', '')),
        init_assessment_RubricRef,
    ),
    "kemitraan.models.assessment.RubricAssessment": (
        (('rubric', ''), ('verdict', ''), ('label', ''), ('description', ''), ('reason', ''), ('possible', ''), ('missing', ''), ('candidates', ''), ('margin', ''), ('criteria', ''), ('programs', ''), ('recommendations', ''), ('next_verdict', ''), ('tied_with', 'factory:list'), ('rests_on_rule', '=False'), ('support_note', '=None'), ('found', '=None'), ('operationalisations', 'factory:list')),
        init_assessment_RubricAssessment,
    ),
    "kemitraan.models.assessment.PhaseCell": (
        (('phase', ''), ('participation', ''), ('joint', ''), ('stated', "='unknown'")),
        init_assessment_PhaseCell,
    ),
    "kemitraan.models.assessment.ProgramInfo": (
        (('id', ''), ('name', ''), ('target', ''), ('phases', ''), ('partners', 'factory:list')),
        init_assessment_ProgramInfo,
    ),
    "kemitraan.models.assessment.StudyComparison": (
        (('rubric', ''), ('study_verdict', ''), ('study_label', ''), ('quote', ''), ('where', ''), ('verdict', ''), ('outcome', ''), ('sentence', ''), ('why', '')),
        init_assessment_StudyComparison,
    ),
    "kemitraan.models.assessment.PartnerInfo": (
        (('id', ''), ('name', ''), ('kind', '')),
        init_assessment_PartnerInfo,
    ),
    "kemitraan.models.assessment.PrincipleInfo": (
        (('id', ''), ('label', ''), ('score', ''), ('evidence', '')),
        init_assessment_PrincipleInfo,
    ),
    "kemitraan.models.assessment.ConstraintInfo": (
        (('kind', ''), ('label', ''), ('description', ''), ('amount', ''), ('solutions', ''), ('evidence', '')),
        init_assessment_ConstraintInfo,
    ),
    "kemitraan.models.assessment.InformantInfo": (
        (('informant', ''), ('partner', ''), ('role', ''), ('answers', '')),
        init_assessment_InformantInfo,
    ),
    "kemitraan.models.assessment.AnswerValue": (
        (('informant', ''), ('partner', ''), ('value', '')),
        init_assessment_AnswerValue,
    ),
    "kemitraan.models.assessment.PerspectiveInfo": (
        (('side', ''), ('n', ''), ('median', ''), ('shown', '')),
        init_assessment_PerspectiveInfo,
    ),
    "kemitraan.models.assessment.ItemAgreement": (
        (('kind', ''), ('path', ''), ('label', ''), ('n', ''), ('answers', ''), ('median', ''), ('minimum', ''), ('spread', ''), ('written', ''), ('used', ''), ('used_shown', ''), ('source', ''), ('disagreement', ''), ('perspectives', 'factory:list'), ('perspective_gap', '=False'), ('shown', '')),
        init_assessment_ItemAgreement,
    ),
    "kemitraan.models.assessment.AlphaInfo": (
        (('block', ''), ('label', ''), ('alpha', ''), ('units', ''), ('pairable', ''), ('informants', ''), ('reading', '')),
        init_assessment_AlphaInfo,
    ),
    "kemitraan.models.assessment.VerdictSensitivity": (
        (('rubric', ''), ('verdict', ''), ('other_aggregate', ''), ('other_verdict', ''), ('changes', ''), ('hinges_on', ''), ('note', '')),
        init_assessment_VerdictSensitivity,
    ),
    "kemitraan.models.assessment.FieldworkInfo": (
        (('aggregate', ''), ('informants', ''), ('items', ''), ('alpha', ''), ('verdicts', '')),
        init_assessment_FieldworkInfo,
    ),
    "kemitraan.models.assessment.CrosswalkStep": (
        (('verdict', ''), ('label', ''), ('position', ''), ('state', '')),
        init_assessment_CrosswalkStep,
    ),
    "kemitraan.models.assessment.CrosswalkRow": (
        (('rubric', ''), ('title', ''), ('name', ''), ('citation', ''), ('verdict', ''), ('label', ''), ('on_scale', ''), ('position', ''), ('low', ''), ('high', ''), ('where', ''), ('opt_in', ''), ('steps', '')),
        init_assessment_CrosswalkRow,
    ),
    "kemitraan.models.assessment.CrosswalkNote": (
        (('id', ''), ('rubrics', ''), ('text', ''), ('operationalisation', '')),
        init_assessment_CrosswalkNote,
    ),
    "kemitraan.models.assessment.Crosswalk": (
        (('scale', ''), ('rows', ''), ('summary', ''), ('notes', ''), ('sources', 'factory:list'), ('not_run', ''), ('add', '')),
        init_assessment_Crosswalk,
    ),
    "kemitraan.models.assessment.Assessment": (
        (('schema_', "='kemitraan-assessment/1'"), ('tool', ''), ('generated_at', ''), ('input', ''), ('partners', ''), ('programs', ''), ('principles', ''), ('assessments', ''), ('constraints', ''), ('fieldwork', '=None'), ('conclusions', 'factory:list'), ('crosswalk', '=None')),
        init_assessment_Assessment,
    ),
    "kemitraan.models.comparison.Side": (
        (('file', ''), ('id', ''), ('title', ''), ('period', ''), ('place', ''), ('label', '')),
        init_comparison_Side,
    ),
    "kemitraan.models.comparison.VerdictChange": (
        (('rubric', ''), ('title', ''), ('before', ''), ('before_label', ''), ('after', ''), ('after_label', ''), ('support_before', ''), ('support_after', ''), ('changed', '')),
        init_comparison_VerdictChange,
    ),
    "kemitraan.models.comparison.CriterionChange": (
        (('rubric', ''), ('criterion', ''), ('label', ''), ('before', ''), ('after', ''), ('detail_before', ''), ('detail_after', '')),
        init_comparison_CriterionChange,
    ),
    "kemitraan.models.comparison.LevelChange": (
        (('partner', ''), ('name', ''), ('before', ''), ('after', '')),
        init_comparison_LevelChange,
    ),
    "kemitraan.models.comparison.PhaseChange": (
        (('phase', ''), ('joint_before', ''), ('joint_after', ''), ('levels', ''), ('changed', '')),
        init_comparison_PhaseChange,
    ),
    "kemitraan.models.comparison.ProgramChange": (
        (('program', ''), ('name', ''), ('status', ''), ('phases', ''), ('joint_before', ''), ('joint_after', '')),
        init_comparison_ProgramChange,
    ),
    "kemitraan.models.comparison.PrincipleChange": (
        (('principle', ''), ('label', ''), ('before', ''), ('after', '')),
        init_comparison_PrincipleChange,
    ),
    "kemitraan.models.comparison.Comparison": (
        (('schema_', "='kemitraan-comparison/1'"), ('tool', ''), ('before', ''), ('after', ''), ('title', ''), ('warnings', 'factory:list'), ('headline', ''), ('verdicts', ''), ('criteria', ''), ('programs', ''), ('principles', ''), ('mean_before', ''), ('mean_after', '')),
        init_comparison_Comparison,
    ),
    "kemitraan.models.comparison.VerdictColumn": (
        (('id', ''), ('label', '')),
        init_comparison_VerdictColumn,
    ),
    "kemitraan.models.comparison.RubricColumns": (
        (('id', ''), ('title', ''), ('verdicts', '')),
        init_comparison_RubricColumns,
    ),
    "kemitraan.models.comparison.Group": (
        (('key', ''), ('files', ''), ('counts', '')),
        init_comparison_Group,
    ),
    "kemitraan.models.comparison.GroupTable": (
        (('schema_', "='kemitraan-groups/1'"), ('tool', ''), ('by', ''), ('rubrics', ''), ('groups', ''), ('failed', '')),
        init_comparison_GroupTable,
    ),
}
