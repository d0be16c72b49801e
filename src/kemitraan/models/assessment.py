"""The one result every renderer reads; its JSON dump is the documented output contract.

Every text a person reads is carried in both languages (a :class:`Text` with ``id`` and
``en``), so the JSON is the same whatever ``--lang`` says and renderers only pick a language.
Field order here is the order in the JSON. Schema: ``kemitraan-assessment/1``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from kemitraan.models.rubric import Text


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Tool(_Model):
    name: str
    version: str


class InputInfo(_Model):
    """The assessed file: its name (not its folder, so reports do not depend on where they ran)."""

    file: str
    sha256: str
    id: str
    title: str
    language: str
    period: str | None
    place: str | None
    citation: str | None
    method: str | None


class EvidenceRef(_Model):
    quote: str
    source: str | None
    informant: str | None
    path: str
    """Where in the input file the quote is written, e.g. ``programs[0].planning.evidence[0]``."""
    position: str | None = None
    """Where in the source the quote is (a page, or a character range from a QDA project)."""


class ProgramReading(_Model):
    """A program-scope criterion's reading in one program."""

    program: str
    met: bool | None
    value: float | int | str | None
    detail: Text


class OperationalisationInfo(_Model):
    """A criterion whose rule is kemitraan's own reading of the theory, not its source's words."""

    note: Text
    follows: list[str] = []
    """Published applications that read the theory the same way (as citations)."""


class OperationalisationNote(_Model):
    """One operationalisation note of a rubric, once, with the criteria that carry it."""

    note: Text
    follows: list[str] = []
    criteria: list[str]
    """The ids of the criteria it marks."""
    labels: list[Text]
    """Their labels, in the rubric's order."""


class CriterionResult(_Model):
    id: str
    label: Text
    description: Text
    citation: str | None
    indicator: str
    params: dict[str, Any]
    """The indicator's parameters as applied, defaults filled in (e.g. ``{"at_least": 3.5, ...}``)."""
    scope: Literal["partnership", "program"]
    met: bool | None
    """True, False, or null when the facts it needs are not known."""
    value: float | int | str | None
    detail: Text
    evidence: list[EvidenceRef]
    facts: list[str]
    """Paths of the input fields the criterion read."""
    programs: list[ProgramReading]
    operationalisation: OperationalisationInfo | None = None
    """Set when the rule is kemitraan's operationalisation (shown as such in every report)."""


class SignReading(_Model):
    """One sign of a candidate verdict and how far the facts show it."""

    criterion: str
    label: Text
    expect: bool
    """The criterion outcome the sign looks for (met, or not met)."""
    weight: float
    shown: float
    """The share of readings (programs, for a program criterion) in which the facts show the sign."""
    known: bool
    """Every reading of the criterion is known (none unknown)."""


class Candidate(_Model):
    verdict: str
    label: Text
    support: float
    """Weighted share of the verdict's signs that the facts show (0-1): ``weight_shown / weight_total``."""
    signs_met: int
    """Signs the facts show in full."""
    signs_unknown: int
    """Signs the facts cannot yet tell (some reading unknown)."""
    signs_total: int
    signs_known: int = 0
    """Signs whose every reading is known (shown or not)."""
    weight_shown: float = 0.0
    """The weights of the signs shown (a program sign counts as its share of programs)."""
    weight_total: float = 0.0
    signs: list[SignReading] = []
    shown: Text | None = None
    """The support in words: signs shown / known / total, with the weights."""


class ProgramVerdict(_Model):
    program: str
    name: str
    verdict: str
    label: Text


class Recommendation(_Model):
    criterion: str
    toward: str
    """The verdict this step leads to."""
    kind: Literal["change", "gather"]
    """``change``: the facts must change; ``gather``: evidence is missing."""
    text: Text


class SourceInfo(_Model):
    citation: str
    note: Text | None


class RubricRef(_Model):
    id: str
    version: str
    sha256: str
    title: Text
    citation: str | None
    origin: str
    """``bundled`` or the file name of a user's rubric."""
    description: Text
    theory: Text | None
    sources: list[SourceInfo]


class RubricAssessment(_Model):
    rubric: RubricRef
    verdict: str
    """A verdict id of the rubric, or ``insufficient-evidence``."""
    label: Text
    description: Text
    reason: Text
    """Why this verdict: the rule that decided it, or what is missing."""
    possible: list[str]
    """When the evidence is insufficient: the verdicts the facts still allow."""
    missing: list[Text]
    candidates: list[Candidate]
    margin: float
    """Support of the best candidate minus that of the second best."""
    criteria: list[CriterionResult]
    programs: list[ProgramVerdict]
    recommendations: list[Recommendation]
    next_verdict: str | None
    tied_with: list[str] = []
    """Other candidates whose support equals the verdict's."""
    rests_on_rule: bool = False
    """The verdict's support is not above every other candidate's: the decision rule, not the
    support, gives it (a defining sign, such as one partner dominating, decides)."""
    support_note: Text | None = None
    """Ties and a verdict resting on the decision rule, said in words."""
    found: Text | None = None
    """What the facts show of the verdict's signs, in words (what this partnership did)."""
    operationalisations: list[OperationalisationNote] = []
    """The rubric's operationalisation notes, each once, with the criteria it marks."""


class PhaseCell(_Model):
    phase: Literal["planning", "implementation", "evaluation"]
    participation: dict[str, str]
    """Partner id -> level, for every partner taking part in the program (``unknown`` where the
    file does not give it); empty if the file gives no levels for this phase."""
    joint: bool | None
    """Whether the phase is joint (every partner of the program active or leading), from the
    levels or, when they cannot tell, from what the study states."""
    stated: Literal["yes", "no", "unknown"] = "unknown"
    """What the study states about the phase's jointness (``joint:`` in the file)."""


class ProgramInfo(_Model):
    id: str
    name: str
    target: str | None
    phases: list[PhaseCell]
    partners: list[str] = []
    """The ids of the partners taking part in the program."""


class StudyComparison(_Model):
    """The study's own conclusion beside kemitraan's verdict from the recorded facts."""

    rubric: str
    study_verdict: str
    study_label: str | None
    quote: str
    where: str | None
    verdict: str | None
    """kemitraan's verdict for that rubric (null: kemitraan has no such rubric)."""
    outcome: Literal["agree", "differ", "undecided", "not-assessed"]
    """agree / differ / undecided (kemitraan cannot decide from the facts) / not-assessed."""
    sentence: Text
    """"The study concluded X; from the recorded facts kemitraan finds Y: agree", in words."""
    why: Text
    """Why they agree or differ: kemitraan's reason, or what is missing."""


class PartnerInfo(_Model):
    id: str
    name: str
    kind: str


class PrincipleInfo(_Model):
    """A principle as the input file scores it (null score: not scored)."""

    id: str
    label: Text
    score: int | None
    evidence: list[EvidenceRef]


class ConstraintInfo(_Model):
    kind: str
    label: Text
    description: str
    amount: Text | None
    solutions: list[str]
    evidence: list[EvidenceRef]


class InformantInfo(_Model):
    """An informant whose answers the assessment read."""

    informant: str
    partner: str | None
    """The partner id the informant belongs to (null: outside the partners)."""
    role: str | None
    answers: int


class AnswerValue(_Model):
    informant: str
    partner: str | None
    value: int | str
    """The answer as written in the file (a score, a level, yes/partly/no ...)."""


class PerspectiveInfo(_Model):
    """How one side saw a partner's participation: its own informants, or everyone else's."""

    side: Literal["own", "others"]
    n: int
    median: str
    shown: Text
    """The median for people, in both languages."""


class ItemAgreement(_Model):
    """How the informants answered one question, and the value the assessment used."""

    kind: Literal["principle", "participation", "understanding", "benefits", "agreement", "relation"]
    path: str
    """The field the answers are about, e.g. ``principles.equity.score``."""
    label: Text
    n: int
    """Informants who answered (``unknown`` / don't know left out)."""
    answers: list[AnswerValue]
    median: int | str | None
    minimum: int | str | None
    spread: int
    """The range of the answers in steps of the scale."""
    written: int | str | None
    """The value written in the file, which always wins over the informants; null if none."""
    used: int | str | None
    """The value the assessment used (written, or the informants' median or minimum)."""
    used_shown: Text
    """The used value for people, in both languages."""
    source: Literal["written", "informants", "none"]
    disagreement: bool
    """Answers two or more steps apart (or spanning a short scale's ends)."""
    perspectives: list[PerspectiveInfo] = []
    """For participation: the partner's own informants against the others (Frey's comparison)."""
    perspective_gap: bool = False
    """The two sides' medians are two or more levels apart."""
    shown: Text
    """A one-line summary for people: the answers, median and range."""


class AlphaInfo(_Model):
    """Krippendorff's alpha (ordinal) over one block of questions."""

    block: Literal["principles", "participation"]
    label: Text
    alpha: float | None
    """Null when there are not enough pairable answers (or all answers are the same)."""
    units: int
    """Questions answered by at least two informants."""
    pairable: int
    """Answers to those questions."""
    informants: int
    reading: Text


class VerdictSensitivity(_Model):
    """Whether a rubric's verdict depends on how answers are aggregated, or on one informant."""

    rubric: str
    verdict: str
    other_aggregate: Literal["median", "min"]
    other_verdict: str
    changes: bool
    """The verdict differs under the other aggregation."""
    hinges_on: list[str]
    """Informants without whose answers the verdict would change."""
    note: Text


class FieldworkInfo(_Model):
    """Many informants: agreement between them and how robust each verdict is to their answers."""

    aggregate: Literal["median", "min"]
    """How several informants' answers become one value: the (low) median, or the minimum."""
    informants: list[InformantInfo]
    items: list[ItemAgreement]
    alpha: list[AlphaInfo]
    verdicts: list[VerdictSensitivity]


class CrosswalkStep(_Model):
    """One verdict of a typology, where it stands on the common scale."""

    verdict: str
    label: Text
    position: float | None
    """Its place on kemitraan's common scale of working together (0 to 4); null for a typology
    beside the scale."""
    state: Literal["verdict", "possible", "other"]
    """The partnership's verdict, one the facts still allow (when undecided), or another."""


class CrosswalkRow(_Model):
    """Where the partnership stands on one typology that ran."""

    rubric: str
    title: Text
    name: Text
    """A short name for the typology (its title when kemitraan has none)."""
    citation: str | None
    verdict: str
    label: Text
    on_scale: bool
    """The typology's verdicts have places on the common scale (it is a ladder of working together)."""
    position: float | None
    """The verdict's place on the common scale; null when undecided or beside the scale."""
    low: float | None
    """When undecided: the lowest and highest places the verdicts still possible have."""
    high: float | None
    where: Text
    """Where it stands, in words ("step 1: ..."; "steps 2 to 4 still possible"; "beside the scale ...")."""
    opt_in: bool
    """A bundled typology that runs only when asked for (``--rubric`` or ``--only``)."""
    steps: list[CrosswalkStep]


class CrosswalkNote(_Model):
    """A cited note on how two or more of the typologies that ran line up, or where they disagree."""

    id: str
    rubrics: list[str]
    """The typologies it speaks of."""
    text: Text
    operationalisation: bool
    """The alignment is kemitraan's reading of the definitions it cites."""


class Crosswalk(_Model):
    """The typologies that ran, side by side on one common scale of working together."""

    scale: list[Text]
    """The common scale's steps 0 to 4, in words (kemitraan's scale, after Himmelman's definitions)."""
    rows: list[CrosswalkRow]
    summary: Text
    """Where the ladders place this partnership: agreeing, differing, or undecided, in words."""
    notes: list[CrosswalkNote]
    sources: list[str] = []
    """References the notes cite whose typologies did not run (those that ran list theirs under
    the theory cited)."""
    not_run: list[str]
    """Bundled typologies that did not run here."""
    add: Text | None
    """How to run them (``--rubric NAME``); null when every bundled typology ran."""


class Assessment(_Model):
    schema_: Literal["kemitraan-assessment/1"] = Field("kemitraan-assessment/1", alias="schema")
    tool: Tool
    generated_at: str | None
    """Only when SOURCE_DATE_EPOCH is set, so that output is reproducible byte for byte."""
    input: InputInfo
    partners: list[PartnerInfo]
    programs: list[ProgramInfo]
    principles: list[PrincipleInfo]
    assessments: list[RubricAssessment]
    constraints: list[ConstraintInfo]
    fieldwork: FieldworkInfo | None = None
    """Present when the file holds informants' answers (ratings or reports)."""
    conclusions: list[StudyComparison] = []
    """The study's own conclusions (``source.conclusions``) beside kemitraan's verdicts."""
    crosswalk: Crosswalk | None = None
    """Every typology that ran, side by side on one common scale, with notes on how they line up."""

    def get(self, rubric_id: str) -> RubricAssessment | None:
        return next((a for a in self.assessments if a.rubric.id == rubric_id), None)
