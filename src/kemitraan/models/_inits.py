"""The ``__init__`` of every output record, and how its JSON is written (see
:mod:`kemitraan.models.record` and :mod:`kemitraan.models.dump`).

Written by ``python -m kemitraan.models.record``; do not edit: tests/test_record.py fails when
it is out of date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kemitraan.models.record import FACTORY

_set = object.__setattr__


def init_models_assessment_Tool(
    self: Any,
    *,
    name: Any,
    version: Any,
) -> None:
    _set(self, "name", name)
    _set(self, "version", version)


def init_models_assessment_InputInfo(
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


def init_models_assessment_EvidenceRef(
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


def init_models_assessment_ProgramReading(
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


def init_models_assessment_OperationalisationInfo(
    self: Any,
    *,
    note: Any,
    follows: Any = FACTORY,
) -> None:
    _set(self, "note", note)
    _set(self, "follows", [] if follows is FACTORY else follows)


def init_models_assessment_OperationalisationNote(
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


def init_models_assessment_CriterionResult(
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


def init_models_assessment_SignReading(
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


def init_models_assessment_Candidate(
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


def init_models_assessment_ProgramVerdict(
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


def init_models_assessment_Recommendation(
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


def init_models_assessment_SourceInfo(
    self: Any,
    *,
    citation: Any,
    note: Any,
) -> None:
    _set(self, "citation", citation)
    _set(self, "note", note)


def init_models_assessment_RubricRef(
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


def init_models_assessment_RubricAssessment(
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


def init_models_assessment_PhaseCell(
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


def init_models_assessment_ProgramInfo(
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


def init_models_assessment_StudyComparison(
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


def init_models_assessment_PartnerInfo(
    self: Any,
    *,
    id: Any,
    name: Any,
    kind: Any,
) -> None:
    _set(self, "id", id)
    _set(self, "name", name)
    _set(self, "kind", kind)


def init_models_assessment_PrincipleInfo(
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


def init_models_assessment_ConstraintInfo(
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


def init_models_assessment_InformantInfo(
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


def init_models_assessment_AnswerValue(
    self: Any,
    *,
    informant: Any,
    partner: Any,
    value: Any,
) -> None:
    _set(self, "informant", informant)
    _set(self, "partner", partner)
    _set(self, "value", value)


def init_models_assessment_PerspectiveInfo(
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


def init_models_assessment_ItemAgreement(
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


def init_models_assessment_AlphaInfo(
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


def init_models_assessment_VerdictSensitivity(
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


def init_models_assessment_FieldworkInfo(
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


def init_models_assessment_CrosswalkStep(
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


def init_models_assessment_CrosswalkRow(
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


def init_models_assessment_CrosswalkNote(
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


def init_models_assessment_Crosswalk(
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


def init_models_assessment_Assessment(
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


def init_models_comparison_Side(
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


def init_models_comparison_VerdictChange(
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


def init_models_comparison_CriterionChange(
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


def init_models_comparison_LevelChange(
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


def init_models_comparison_PhaseChange(
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


def init_models_comparison_ProgramChange(
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


def init_models_comparison_PrincipleChange(
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


def init_models_comparison_Comparison(
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


def init_models_comparison_VerdictColumn(
    self: Any,
    *,
    id: Any,
    label: Any,
) -> None:
    _set(self, "id", id)
    _set(self, "label", label)


def init_models_comparison_RubricColumns(
    self: Any,
    *,
    id: Any,
    title: Any,
    verdicts: Any,
) -> None:
    _set(self, "id", id)
    _set(self, "title", title)
    _set(self, "verdicts", verdicts)


def init_models_comparison_Group(
    self: Any,
    *,
    key: Any,
    files: Any,
    counts: Any,
) -> None:
    _set(self, "key", key)
    _set(self, "files", files)
    _set(self, "counts", counts)


def init_models_comparison_GroupTable(
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


def init_entry_Recognised(
    self: Any,
    debug: Any,
    lang: Any,
    assess: Any,
) -> None:
    _set(self, "debug", debug)
    _set(self, "lang", lang)
    _set(self, "assess", assess)


def init_errors_Problem(
    self: Any,
    file: Any,
    message: Any,
    line: Any = None,
    column: Any = None,
    loc: Any = (),
    suggestion: Any = None,
) -> None:
    _set(self, "file", file)
    _set(self, "message", message)
    _set(self, "line", line)
    _set(self, "column", column)
    _set(self, "loc", loc)
    _set(self, "suggestion", suggestion)


def init_i18n_Catalogue(
    self: Any,
    lang: Any,
    messages: Any = FACTORY,
    plural_forms: Any = '',
) -> None:
    _set(self, "lang", lang)
    _set(self, "messages", {} if messages is FACTORY else messages)
    _set(self, "plural_forms", plural_forms)


def init_messages_Words(
    self: Any,
    decimal: Any,
    group: Any,
    rupiah: Any,
    months: Any,
) -> None:
    _set(self, "decimal", decimal)
    _set(self, "group", group)
    _set(self, "rupiah", rupiah)
    _set(self, "months", months)


def init_formats_Format(
    self: Any,
    *,
    name: Any,
    extensions: Any = (),
    binary: Any = False,
    templated: Any = False,
    browser: Any = False,
    report: Any = None,
    comparison: Any = None,
    groups: Any = None,
) -> None:
    _set(self, "name", name)
    _set(self, "extensions", extensions)
    _set(self, "binary", binary)
    _set(self, "templated", templated)
    _set(self, "browser", browser)
    _set(self, "report", report)
    _set(self, "comparison", comparison)
    _set(self, "groups", groups)


def init_runner_Assess(
    self: Any,
    paths: Any,
    fmt: Any = None,
    output: Any = None,
    lang: Any = None,
    rubric: Any = None,
    only: Any = None,
    aggregate: Any = 'median',
    template: Any = None,
    max_size: Any = 5242880,
    summary: Any = None,
    jobs: Any = None,
) -> None:
    _set(self, "paths", paths)
    _set(self, "fmt", fmt)
    _set(self, "output", output)
    _set(self, "lang", lang)
    _set(self, "rubric", rubric)
    _set(self, "only", only)
    _set(self, "aggregate", aggregate)
    _set(self, "template", template)
    _set(self, "max_size", max_size)
    _set(self, "summary", summary)
    _set(self, "jobs", jobs)


def init_crosswalk_Note(
    self: Any,
    key: Any,
    needs: Any,
    any_of: Any = frozenset(),
    operationalisation: Any = True,
    cites: Any = frozenset(),
) -> None:
    _set(self, "key", key)
    _set(self, "needs", needs)
    _set(self, "any_of", any_of)
    _set(self, "operationalisation", operationalisation)
    _set(self, "cites", cites)


def init_models_rubric_LoadedRubric(
    self: Any,
    rubric: Any,
    sha256: Any,
    origin: Any,
) -> None:
    _set(self, "rubric", rubric)
    _set(self, "sha256", sha256)
    _set(self, "origin", origin)


def init_msg_Msg(
    self: Any,
    key: Any,
    params: Any = FACTORY,
) -> None:
    _set(self, "key", key)
    _set(self, "params", {} if params is FACTORY else params)


def init_indicators_base_Asked(
    self: Any,
    path: Any,
    words: Any = True,
) -> None:
    _set(self, "path", path)
    _set(self, "words", words)


def init_engine_decision_Support(
    self: Any,
    verdict: Any,
    support: Any,
    signs_met: Any,
    signs_unknown: Any,
    signs_total: Any,
    signs: Any = (),
) -> None:
    _set(self, "verdict", verdict)
    _set(self, "support", support)
    _set(self, "signs_met", signs_met)
    _set(self, "signs_unknown", signs_unknown)
    _set(self, "signs_total", signs_total)
    _set(self, "signs", signs)


def init_engine_sections_InputMeta(
    self: Any,
    file: Any,
    sha256: Any,
) -> None:
    _set(self, "file", file)
    _set(self, "sha256", sha256)


INITS: dict[
    str,
    tuple[
        tuple[tuple[bool, bool], tuple[tuple[str, str, str], ...]],
        Callable[..., None],
        tuple[tuple[str, bool], ...],
    ],
] = {
    "kemitraan.models.assessment.Tool": (
        ((True, True), (('name', '', 'str'), ('version', '', 'str'))),
        init_models_assessment_Tool,
        (('', True), ('', True)),
    ),
    "kemitraan.models.assessment.InputInfo": (
        ((True, True), (('file', '', 'str'), ('sha256', '', 'str'), ('id', '', 'str'), ('title', '', 'str'), ('language', '', 'str'), ('period', '', 'str | None'), ('place', '', 'str | None'), ('citation', '', 'str | None'), ('method', '', 'str | None'), ('assessor', '=None', 'str | None'), ('assessed_on', '=None', 'str | None'))),
        init_models_assessment_InputInfo,
        (('', True), ('', True), ('', True), ('', True), ('', True), ('', True), ('', True), ('', True), ('', True), ('', True), ('', True)),
    ),
    "kemitraan.models.assessment.EvidenceRef": (
        ((True, True), (('quote', '', 'str'), ('source', '', 'str | None'), ('informant', '', 'str | None'), ('path', '', 'str'), ('position', '=None', 'str | None'))),
        init_models_assessment_EvidenceRef,
        (('', True), ('', True), ('', True), ('', True), ('', True)),
    ),
    "kemitraan.models.assessment.ProgramReading": (
        ((True, True), (('program', '', 'str'), ('met', '', 'bool | None'), ('value', '', 'float | int | str | None'), ('detail', '', 'Said'))),
        init_models_assessment_ProgramReading,
        (('', True), ('', True), ('bool_to_float', True), ('', False)),
    ),
    "kemitraan.models.assessment.OperationalisationInfo": (
        ((True, True), (('note', '', 'Said'), ('follows', 'factory:list', 'list[str]'))),
        init_models_assessment_OperationalisationInfo,
        (('', False), ('', False)),
    ),
    "kemitraan.models.assessment.OperationalisationNote": (
        ((True, True), (('note', '', 'Said'), ('follows', 'factory:list', 'list[str]'), ('criteria', '', 'list[str]'), ('labels', '', 'list[Said]'))),
        init_models_assessment_OperationalisationNote,
        (('', False), ('', False), ('', False), ('', False)),
    ),
    "kemitraan.models.assessment.CriterionResult": (
        ((True, True), (('id', '', 'str'), ('label', '', 'Said'), ('description', '', 'Said'), ('citation', '', 'str | None'), ('indicator', '', 'str'), ('params', '', 'dict[str, Any]'), ('scope', '', "Literal['partnership', 'program']"), ('met', '', 'bool | None'), ('value', '', 'float | int | str | None'), ('detail', '', 'Said'), ('evidence', '', 'list[EvidenceRef]'), ('facts', '', 'list[str]'), ('programs', '', 'list[ProgramReading]'), ('operationalisation', '=None', 'OperationalisationInfo | None'))),
        init_models_assessment_CriterionResult,
        (('', True), ('', False), ('', False), ('', True), ('', True), ('', False), ('', True), ('', True), ('bool_to_float', True), ('', False), ('', False), ('', False), ('', False), ('', False)),
    ),
    "kemitraan.models.assessment.SignReading": (
        ((True, True), (('criterion', '', 'str'), ('label', '', 'Said'), ('expect', '', 'bool'), ('weight', '', 'float'), ('shown', '', 'float'), ('known', '', 'bool'))),
        init_models_assessment_SignReading,
        (('', True), ('', False), ('', True), ('float', True), ('float', True), ('', True)),
    ),
    "kemitraan.models.assessment.Candidate": (
        ((True, True), (('verdict', '', 'str'), ('label', '', 'Said'), ('support', '', 'float'), ('signs_met', '', 'int'), ('signs_unknown', '', 'int'), ('signs_total', '', 'int'), ('signs_known', '=0', 'int'), ('weight_shown', '=0.0', 'float'), ('weight_total', '=0.0', 'float'), ('signs', 'factory:list', 'list[SignReading]'), ('shown', '=None', 'Said | None'))),
        init_models_assessment_Candidate,
        (('', True), ('', False), ('float', True), ('bool_to_int', True), ('bool_to_int', True), ('bool_to_int', True), ('bool_to_int', True), ('float', True), ('float', True), ('', False), ('', False)),
    ),
    "kemitraan.models.assessment.ProgramVerdict": (
        ((True, True), (('program', '', 'str'), ('name', '', 'str'), ('verdict', '', 'str'), ('label', '', 'Said'))),
        init_models_assessment_ProgramVerdict,
        (('', True), ('', True), ('', True), ('', False)),
    ),
    "kemitraan.models.assessment.Recommendation": (
        ((True, True), (('criterion', '', 'str'), ('toward', '', 'str'), ('kind', '', "Literal['change', 'gather']"), ('text', '', 'Said'))),
        init_models_assessment_Recommendation,
        (('', True), ('', True), ('', True), ('', False)),
    ),
    "kemitraan.models.assessment.SourceInfo": (
        ((True, True), (('citation', '', 'str'), ('note', '', 'Said | None'))),
        init_models_assessment_SourceInfo,
        (('', True), ('', False)),
    ),
    "kemitraan.models.assessment.RubricRef": (
        ((True, True), (('id', '', 'str'), ('version', '', 'str'), ('sha256', '', 'str'), ('title', '', 'Said'), ('citation', '', 'str | None'), ('origin', '', 'str'), ('description', '', 'Said'), ('theory', '', 'Said | None'), ('sources', '', 'list[SourceInfo]'))),
        init_models_assessment_RubricRef,
        (('', True), ('', True), ('', True), ('', False), ('', True), ('', True), ('', False), ('', False), ('', False)),
    ),
    "kemitraan.models.assessment.RubricAssessment": (
        ((True, True), (('rubric', '', 'RubricRef'), ('verdict', '', 'str'), ('label', '', 'Said'), ('description', '', 'Said'), ('reason', '', 'Said'), ('possible', '', 'list[str]'), ('missing', '', 'list[Said]'), ('candidates', '', 'list[Candidate]'), ('margin', '', 'float'), ('criteria', '', 'list[CriterionResult]'), ('programs', '', 'list[ProgramVerdict]'), ('recommendations', '', 'list[Recommendation]'), ('next_verdict', '', 'str | None'), ('tied_with', 'factory:list', 'list[str]'), ('rests_on_rule', '=False', 'bool'), ('support_note', '=None', 'Said | None'), ('found', '=None', 'Said | None'), ('operationalisations', 'factory:list', 'list[OperationalisationNote]'))),
        init_models_assessment_RubricAssessment,
        (('', False), ('', True), ('', False), ('', False), ('', False), ('', False), ('', False), ('', False), ('float', True), ('', False), ('', False), ('', False), ('', True), ('', False), ('', True), ('', False), ('', False), ('', False)),
    ),
    "kemitraan.models.assessment.PhaseCell": (
        ((True, True), (('phase', '', "Literal['planning', 'implementation', 'evaluation']"), ('participation', '', 'dict[str, str]'), ('joint', '', 'bool | None'), ('stated', "='unknown'", "Literal['yes', 'no', 'unknown']"))),
        init_models_assessment_PhaseCell,
        (('', True), ('', False), ('', True), ('', True)),
    ),
    "kemitraan.models.assessment.ProgramInfo": (
        ((True, True), (('id', '', 'str'), ('name', '', 'str'), ('target', '', 'str | None'), ('phases', '', 'list[PhaseCell]'), ('partners', 'factory:list', 'list[str]'))),
        init_models_assessment_ProgramInfo,
        (('', True), ('', True), ('', True), ('', False), ('', False)),
    ),
    "kemitraan.models.assessment.StudyComparison": (
        ((True, True), (('rubric', '', 'str'), ('study_verdict', '', 'str'), ('study_label', '', 'str | None'), ('quote', '', 'str'), ('where', '', 'str | None'), ('verdict', '', 'str | None'), ('outcome', '', "Literal['agree', 'differ', 'undecided', 'not-assessed']"), ('sentence', '', 'Said'), ('why', '', 'Said'))),
        init_models_assessment_StudyComparison,
        (('', True), ('', True), ('', True), ('', True), ('', True), ('', True), ('', True), ('', False), ('', False)),
    ),
    "kemitraan.models.assessment.PartnerInfo": (
        ((True, True), (('id', '', 'str'), ('name', '', 'str'), ('kind', '', 'str'))),
        init_models_assessment_PartnerInfo,
        (('', True), ('', True), ('', True)),
    ),
    "kemitraan.models.assessment.PrincipleInfo": (
        ((True, True), (('id', '', 'str'), ('label', '', 'Said'), ('score', '', 'int | None'), ('evidence', '', 'list[EvidenceRef]'))),
        init_models_assessment_PrincipleInfo,
        (('', True), ('', False), ('bool_to_int', True), ('', False)),
    ),
    "kemitraan.models.assessment.ConstraintInfo": (
        ((True, True), (('kind', '', 'str'), ('label', '', 'Said'), ('description', '', 'str'), ('amount', '', 'Said | None'), ('solutions', '', 'list[str]'), ('evidence', '', 'list[EvidenceRef]'))),
        init_models_assessment_ConstraintInfo,
        (('', True), ('', False), ('', True), ('', False), ('', False), ('', False)),
    ),
    "kemitraan.models.assessment.InformantInfo": (
        ((True, True), (('informant', '', 'str'), ('partner', '', 'str | None'), ('role', '', 'str | None'), ('answers', '', 'int'))),
        init_models_assessment_InformantInfo,
        (('', True), ('', True), ('', True), ('bool_to_int', True)),
    ),
    "kemitraan.models.assessment.AnswerValue": (
        ((True, True), (('informant', '', 'str'), ('partner', '', 'str | None'), ('value', '', 'int | str'))),
        init_models_assessment_AnswerValue,
        (('', True), ('', True), ('bool_to_int', True)),
    ),
    "kemitraan.models.assessment.PerspectiveInfo": (
        ((True, True), (('side', '', "Literal['own', 'others']"), ('n', '', 'int'), ('median', '', 'str'), ('shown', '', 'Said'))),
        init_models_assessment_PerspectiveInfo,
        (('', True), ('bool_to_int', True), ('', True), ('', False)),
    ),
    "kemitraan.models.assessment.ItemAgreement": (
        ((True, True), (('kind', '', "Literal['principle', 'participation', 'understanding', 'benefits', 'agreement', 'relation']"), ('path', '', 'str'), ('label', '', 'Said'), ('n', '', 'int'), ('answers', '', 'list[AnswerValue]'), ('median', '', 'int | str | None'), ('minimum', '', 'int | str | None'), ('spread', '', 'int'), ('written', '', 'int | str | None'), ('used', '', 'int | str | None'), ('used_shown', '', 'Said'), ('source', '', "Literal['written', 'informants', 'none']"), ('disagreement', '', 'bool'), ('perspectives', 'factory:list', 'list[PerspectiveInfo]'), ('perspective_gap', '=False', 'bool'), ('shown', '', 'Said'))),
        init_models_assessment_ItemAgreement,
        (('', True), ('', True), ('', False), ('bool_to_int', True), ('', False), ('bool_to_int', True), ('bool_to_int', True), ('bool_to_int', True), ('bool_to_int', True), ('bool_to_int', True), ('', False), ('', True), ('', True), ('', False), ('', True), ('', False)),
    ),
    "kemitraan.models.assessment.AlphaInfo": (
        ((True, True), (('block', '', "Literal['principles', 'participation']"), ('label', '', 'Said'), ('alpha', '', 'float | None'), ('units', '', 'int'), ('pairable', '', 'int'), ('informants', '', 'int'), ('reading', '', 'Said'))),
        init_models_assessment_AlphaInfo,
        (('', True), ('', False), ('float', True), ('bool_to_int', True), ('bool_to_int', True), ('bool_to_int', True), ('', False)),
    ),
    "kemitraan.models.assessment.VerdictSensitivity": (
        ((True, True), (('rubric', '', 'str'), ('verdict', '', 'str'), ('other_aggregate', '', 'Aggregate'), ('other_verdict', '', 'str'), ('changes', '', 'bool'), ('hinges_on', '', 'list[str]'), ('note', '', 'Said'))),
        init_models_assessment_VerdictSensitivity,
        (('', True), ('', True), ('', True), ('', True), ('', True), ('', False), ('', False)),
    ),
    "kemitraan.models.assessment.FieldworkInfo": (
        ((True, True), (('aggregate', '', 'Aggregate'), ('informants', '', 'list[InformantInfo]'), ('items', '', 'list[ItemAgreement]'), ('alpha', '', 'list[AlphaInfo]'), ('verdicts', '', 'list[VerdictSensitivity]'))),
        init_models_assessment_FieldworkInfo,
        (('', True), ('', False), ('', False), ('', False), ('', False)),
    ),
    "kemitraan.models.assessment.CrosswalkStep": (
        ((True, True), (('verdict', '', 'str'), ('label', '', 'Said'), ('position', '', 'float | None'), ('state', '', "Literal['verdict', 'possible', 'other']"))),
        init_models_assessment_CrosswalkStep,
        (('', True), ('', False), ('float', True), ('', True)),
    ),
    "kemitraan.models.assessment.CrosswalkRow": (
        ((True, True), (('rubric', '', 'str'), ('title', '', 'Said'), ('name', '', 'Said'), ('citation', '', 'str | None'), ('verdict', '', 'str'), ('label', '', 'Said'), ('on_scale', '', 'bool'), ('position', '', 'float | None'), ('low', '', 'float | None'), ('high', '', 'float | None'), ('where', '', 'Said'), ('opt_in', '', 'bool'), ('steps', '', 'list[CrosswalkStep]'))),
        init_models_assessment_CrosswalkRow,
        (('', True), ('', False), ('', False), ('', True), ('', True), ('', False), ('', True), ('float', True), ('float', True), ('float', True), ('', False), ('', True), ('', False)),
    ),
    "kemitraan.models.assessment.CrosswalkNote": (
        ((True, True), (('id', '', 'str'), ('rubrics', '', 'list[str]'), ('text', '', 'Said'), ('operationalisation', '', 'bool'))),
        init_models_assessment_CrosswalkNote,
        (('', True), ('', False), ('', False), ('', True)),
    ),
    "kemitraan.models.assessment.Crosswalk": (
        ((True, True), (('scale', '', 'list[Said]'), ('rows', '', 'list[CrosswalkRow]'), ('summary', '', 'Said'), ('notes', '', 'list[CrosswalkNote]'), ('sources', 'factory:list', 'list[str]'), ('not_run', '', 'list[str]'), ('add', '', 'Said | None'))),
        init_models_assessment_Crosswalk,
        (('', False), ('', False), ('', False), ('', False), ('', False), ('', False), ('', False)),
    ),
    "kemitraan.models.assessment.Assessment": (
        ((True, True), (('schema_', "='kemitraan-assessment/1'", "Literal['kemitraan-assessment/1']"), ('tool', '', 'Tool'), ('generated_at', '', 'str | None'), ('input', '', 'InputInfo'), ('partners', '', 'list[PartnerInfo]'), ('programs', '', 'list[ProgramInfo]'), ('principles', '', 'list[PrincipleInfo]'), ('assessments', '', 'list[RubricAssessment]'), ('constraints', '', 'list[ConstraintInfo]'), ('fieldwork', '=None', 'FieldworkInfo | None'), ('conclusions', 'factory:list', 'list[StudyComparison]'), ('crosswalk', '=None', 'Crosswalk | None'))),
        init_models_assessment_Assessment,
        (('', True), ('', False), ('', True), ('', False), ('', False), ('', False), ('', False), ('', False), ('', False), ('', False), ('', False), ('', False)),
    ),
    "kemitraan.models.comparison.Side": (
        ((True, True), (('file', '', 'str'), ('id', '', 'str'), ('title', '', 'str'), ('period', '', 'str | None'), ('place', '', 'str | None'), ('label', '', 'str'))),
        init_models_comparison_Side,
        (('', True), ('', True), ('', True), ('', True), ('', True), ('', True)),
    ),
    "kemitraan.models.comparison.VerdictChange": (
        ((True, True), (('rubric', '', 'str'), ('title', '', 'Said'), ('before', '', 'str | None'), ('before_label', '', 'Said | None'), ('after', '', 'str | None'), ('after_label', '', 'Said | None'), ('support_before', '', 'float | None'), ('support_after', '', 'float | None'), ('changed', '', 'bool'))),
        init_models_comparison_VerdictChange,
        (('', True), ('', False), ('', True), ('', False), ('', True), ('', False), ('float', True), ('float', True), ('', True)),
    ),
    "kemitraan.models.comparison.CriterionChange": (
        ((True, True), (('rubric', '', 'str'), ('criterion', '', 'str'), ('label', '', 'Said'), ('before', '', 'bool | None'), ('after', '', 'bool | None'), ('detail_before', '', 'Said'), ('detail_after', '', 'Said'))),
        init_models_comparison_CriterionChange,
        (('', True), ('', True), ('', False), ('', True), ('', True), ('', False), ('', False)),
    ),
    "kemitraan.models.comparison.LevelChange": (
        ((True, True), (('partner', '', 'str'), ('name', '', 'str'), ('before', '', 'str | None'), ('after', '', 'str | None'))),
        init_models_comparison_LevelChange,
        (('', True), ('', True), ('', True), ('', True)),
    ),
    "kemitraan.models.comparison.PhaseChange": (
        ((True, True), (('phase', '', "Literal['planning', 'implementation', 'evaluation']"), ('joint_before', '', 'bool | None'), ('joint_after', '', 'bool | None'), ('levels', '', 'list[LevelChange]'), ('changed', '', 'bool'))),
        init_models_comparison_PhaseChange,
        (('', True), ('', True), ('', True), ('', False), ('', True)),
    ),
    "kemitraan.models.comparison.ProgramChange": (
        ((True, True), (('program', '', 'str'), ('name', '', 'str'), ('status', '', "Literal['both', 'added', 'removed']"), ('phases', '', 'list[PhaseChange]'), ('joint_before', '', 'list[str]'), ('joint_after', '', 'list[str]'))),
        init_models_comparison_ProgramChange,
        (('', True), ('', True), ('', True), ('', False), ('', False), ('', False)),
    ),
    "kemitraan.models.comparison.PrincipleChange": (
        ((True, True), (('principle', '', 'str'), ('label', '', 'Said'), ('before', '', 'int | None'), ('after', '', 'int | None'))),
        init_models_comparison_PrincipleChange,
        (('', True), ('', False), ('bool_to_int', True), ('bool_to_int', True)),
    ),
    "kemitraan.models.comparison.Comparison": (
        ((True, True), (('schema_', "='kemitraan-comparison/1'", "Literal['kemitraan-comparison/1']"), ('tool', '', 'Tool'), ('before', '', 'Side'), ('after', '', 'Side'), ('title', '', 'Said'), ('warnings', 'factory:list', 'list[Said]'), ('headline', '', 'list[Said]'), ('verdicts', '', 'list[VerdictChange]'), ('criteria', '', 'list[CriterionChange]'), ('programs', '', 'list[ProgramChange]'), ('principles', '', 'list[PrincipleChange]'), ('mean_before', '', 'float | None'), ('mean_after', '', 'float | None'))),
        init_models_comparison_Comparison,
        (('', True), ('', False), ('', False), ('', False), ('', False), ('', False), ('', False), ('', False), ('', False), ('', False), ('', False), ('float', True), ('float', True)),
    ),
    "kemitraan.models.comparison.VerdictColumn": (
        ((True, True), (('id', '', 'str'), ('label', '', 'Said'))),
        init_models_comparison_VerdictColumn,
        (('', True), ('', False)),
    ),
    "kemitraan.models.comparison.RubricColumns": (
        ((True, True), (('id', '', 'str'), ('title', '', 'Said'), ('verdicts', '', 'list[VerdictColumn]'))),
        init_models_comparison_RubricColumns,
        (('', True), ('', False), ('', False)),
    ),
    "kemitraan.models.comparison.Group": (
        ((True, True), (('key', '', 'str | None'), ('files', '', 'int'), ('counts', '', 'dict[str, dict[str, int]]'))),
        init_models_comparison_Group,
        (('', True), ('bool_to_int', True), ('', False)),
    ),
    "kemitraan.models.comparison.GroupTable": (
        ((True, True), (('schema_', "='kemitraan-groups/1'", "Literal['kemitraan-groups/1']"), ('tool', '', 'Tool'), ('by', '', 'str'), ('rubrics', '', 'list[RubricColumns]'), ('groups', '', 'list[Group]'), ('failed', '', 'int'))),
        init_models_comparison_GroupTable,
        (('', True), ('', False), ('', True), ('', False), ('', False), ('bool_to_int', True)),
    ),
    "kemitraan.entry.Recognised": (
        ((False, False), (('debug', '', 'bool'), ('lang', '', 'str | None'), ('assess', '', 'Assess'))),
        init_entry_Recognised,
        (),
    ),
    "kemitraan.errors.Problem": (
        ((False, False), (('file', '', 'str'), ('message', '', 'Said'), ('line', '=None', 'int | None'), ('column', '=None', 'int | None'), ('loc', '=()', 'Loc'), ('suggestion', '=None', 'Said | None'))),
        init_errors_Problem,
        (),
    ),
    "kemitraan.i18n.Catalogue": (
        ((False, False), (('lang', '', 'str'), ('messages', 'factory:dict', 'Mapping[str, str | tuple[str, ...]]'), ('plural_forms', "=''", 'str'))),
        init_i18n_Catalogue,
        (),
    ),
    "kemitraan.messages.Words": (
        ((False, False), (('decimal', '', 'str'), ('group', '', 'str'), ('rupiah', '', 'str'), ('months', '', 'tuple[str, ...]'))),
        init_messages_Words,
        (),
    ),
    "kemitraan.formats.Format": (
        ((True, False), (('name', '', 'str'), ('extensions', '=()', 'tuple[str, ...]'), ('binary', '=False', 'bool'), ('templated', '=False', 'bool'), ('browser', '=False', 'bool'), ('report', '=None', 'Report | None'), ('comparison', '=None', 'Table | None'), ('groups', '=None', 'Table | None'))),
        init_formats_Format,
        (),
    ),
    "kemitraan.runner.Assess": (
        ((False, False), (('paths', '', 'list[Path]'), ('fmt', '=None', 'str | None'), ('output', '=None', 'Path | None'), ('lang', '=None', 'str | None'), ('rubric', '=None', 'list[str] | None'), ('only', '=None', 'list[str] | None'), ('aggregate', "='median'", 'str'), ('template', '=None', 'Path | None'), ('max_size', '=5242880', 'int'), ('summary', '=None', 'Path | None'), ('jobs', '=None', 'int | None'))),
        init_runner_Assess,
        (),
    ),
    "kemitraan.crosswalk.Note": (
        ((False, False), (('key', '', 'str'), ('needs', '', 'frozenset[str]'), ('any_of', '=frozenset()', 'frozenset[str]'), ('operationalisation', '=True', 'bool'), ('cites', '=frozenset()', 'frozenset[str]'))),
        init_crosswalk_Note,
        (),
    ),
    "kemitraan.models.rubric.LoadedRubric": (
        ((False, False), (('rubric', '', 'Rubric'), ('sha256', '', 'str'), ('origin', '', 'str'))),
        init_models_rubric_LoadedRubric,
        (),
    ),
    "kemitraan.msg.Msg": (
        ((False, True), (('key', '', 'str'), ('params', 'factory:dict', 'Mapping[str, Any]'))),
        init_msg_Msg,
        (),
    ),
    "kemitraan.indicators.base.Asked": (
        ((False, False), (('path', '', 'str'), ('words', '=True', 'bool'))),
        init_indicators_base_Asked,
        (),
    ),
    "kemitraan.engine.decision.Support": (
        ((False, False), (('verdict', '', 'str'), ('support', '', 'float'), ('signs_met', '', 'int'), ('signs_unknown', '', 'int'), ('signs_total', '', 'int'), ('signs', '=()', 'tuple[SignShown, ...]'))),
        init_engine_decision_Support,
        (),
    ),
    "kemitraan.engine.sections.InputMeta": (
        ((False, False), (('file', '', 'str'), ('sha256', '', 'str'))),
        init_engine_sections_InputMeta,
        (),
    ),
}
