"""The one result every renderer reads; its JSON dump is the documented output contract.

Every text a person reads is a :data:`Said`: a sentence of the catalogue still to be put into
words (:class:`~kemitraan.msg.Msg`), or a rubric's text in several languages. Renderers put it
into the report's language (:func:`kemitraan.messages.say`); the JSON dump writes it as an
object with ``id`` and ``en``, so the JSON is the same whatever ``--lang`` says.
Field order here is the order in the JSON. Schema: ``kemitraan-assessment/1``.

The records are plain frozen dataclasses, built by the engine and read by the renderers:
importing them imports no pydantic (they validate nothing a person wrote). One function,
:func:`kemitraan.models.dump.dump`, writes them as the JSON contract and the templates' data.
"""

from __future__ import annotations

import sys
import typing
from dataclasses import field
from typing import TYPE_CHECKING, Any, Literal

from kemitraan.kinds import Aggregate
from kemitraan.messages import both, say
from kemitraan.models.record import record
from kemitraan.msg import Msg

if TYPE_CHECKING:
    from typing import TypeAlias

    from kemitraan.models.rubric import Text


def _words(value: Msg | Text, context: dict[str, Any] | None) -> dict[str, str]:
    """``{"id": ..., "en": ...}``, and the report's language too when a template asks for
    another (``context={"lang": "ms"}``); only the report's language for a bundled template,
    which reads no other (``context={"lang": "en", "only": True}``)."""
    context = context or {}
    lang = context.get("lang")
    if isinstance(lang, str) and context.get("only"):
        return {lang: say(value, lang)}
    out = both(value)
    if isinstance(lang, str) and lang not in out:
        out[lang] = say(value, lang)
    return out


if TYPE_CHECKING:
    Said: TypeAlias = Msg | Text
    """A text for people: written as ``{"id": ..., "en": ...}`` in the JSON; ``|tx`` in a template.

    Only a name for type checkers: the models are plain dataclasses (importing them imports no
    pydantic), so the rubric's :class:`~kemitraan.models.rubric.Text` is not imported to run
    them; :func:`field_types` resolves it when someone asks."""


def field_types(cls: type) -> dict[str, Any]:
    """A record's fields and their types, resolved (``Said`` as ``Msg | Text``). It imports the
    rubric models for ``Text``: only what reads the types (the template reference, the JSON
    dump's plan) asks."""
    from kemitraan.models.rubric import Text

    names = {**vars(sys.modules[cls.__module__]), "Text": Text, "Said": Msg | Text}
    return typing.get_type_hints(cls, names)


@record
class Tool:
    name: str
    """The tool that made the assessment: ``kemitraan``."""
    version: str
    """Its version, printed in every report."""


@record
class InputInfo:
    """The assessed file: its name (not its folder, so reports do not depend on where they ran)."""

    file: str
    """The file name, without its folder (control characters shown as escapes)."""
    sha256: str
    """The sha256 of the file's bytes, so the report can be traced to exactly what it read."""
    id: str
    """The partnership's ``id``."""
    title: str
    """The partnership's ``title``."""
    language: str
    """The language of the evidence (``id`` or ``en``), the default report language."""
    period: str | None
    """The period as people read it (``2019-2023``); none when the file gives none."""
    place: str | None
    """The place as people read it (village, district, regency, province); none when not given."""
    citation: str | None
    """The study the facts come from (``source.citation``), when given."""
    method: str | None
    """How the facts were gathered (``source.method``), when given."""
    assessor: str | None = None
    """Who made the assessment, as the file says (null: not recorded)."""
    assessed_on: str | None = None
    """When the assessment was made, YYYY-MM-DD, as the file says (null: not recorded)."""


@record
class EvidenceRef:
    quote: str
    """The words quoted, as the file writes them."""
    source: str | None
    """Where the quote comes from (a document, an interview), when given."""
    informant: str | None
    """Who said it, when given."""
    path: str
    """Where in the input file the quote is written, e.g. ``programs[0].planning.evidence[0]``."""
    position: str | None = None
    """Where in the source the quote is (a page, or a character range from a QDA project)."""


@record
class ProgramReading:
    """A program-scope criterion's reading in one program."""

    program: str
    """The program's id."""
    met: bool | None
    """True, false, or none when the facts it needs are not known."""
    value: float | int | str | None
    """What the criterion measured in this program (a count, a share, a level)."""
    detail: Said
    """The reading in words."""


@record
class OperationalisationInfo:
    """A criterion whose rule is kemitraan's own reading of the theory, not its source's words."""

    note: Said
    follows: list[str] = field(default_factory=list)
    """Published applications that read the theory the same way (as citations)."""


@record
class OperationalisationNote:
    """One operationalisation note of a rubric, once, with the criteria that carry it."""

    note: Said
    follows: list[str] = field(default_factory=list)
    criteria: list[str]
    """The ids of the criteria it marks."""
    labels: list[Said]
    """Their labels, in the rubric's order."""


@record
class CriterionResult:
    id: str
    """The criterion's id in its rubric."""
    label: Said
    """The criterion's name."""
    description: Said
    """What the criterion means."""
    citation: str | None
    """Its source and page (``Notoatmodjo (2010:253)``), when the rubric cites one."""
    indicator: str
    """The indicator that read it (``phase_joint``, ``choice``, ...)."""
    params: dict[str, Any]
    """The indicator's parameters as applied, defaults filled in (e.g. ``{"at_least": 3.5, ...}``)."""
    scope: Literal["partnership", "program"]
    """``partnership``: read once; ``program``: read for each program (see ``programs``)."""
    met: bool | None
    """True, False, or null when the facts it needs are not known."""
    value: float | int | str | None
    """What the indicator measured (a count, a share, a mean, a level)."""
    detail: Said
    """The reading in words, with the facts it rests on."""
    evidence: list[EvidenceRef]
    """The evidence quotes written where the criterion read its facts."""
    facts: list[str]
    """Paths of the input fields the criterion read."""
    programs: list[ProgramReading]
    """For a program-scope criterion, its reading in each program."""
    operationalisation: OperationalisationInfo | None = None
    """Set when the rule is kemitraan's operationalisation (shown as such in every report)."""


@record
class SignReading:
    """One sign of a candidate verdict and how far the facts show it."""

    criterion: str
    """The criterion the sign reads."""
    label: Said
    """The criterion's name."""
    expect: bool
    """The criterion outcome the sign looks for (met, or not met)."""
    weight: float
    """The sign's weight in the candidate's support."""
    shown: float
    """The share of readings (programs, for a program criterion) in which the facts show the sign."""
    known: bool
    """Every reading of the criterion is known (none unknown)."""


@record
class Candidate:
    verdict: str
    """A verdict id of the rubric."""
    label: Said
    """The verdict's name."""
    support: float
    """Weighted share of the verdict's signs that the facts show (0-1): ``weight_shown / weight_total``."""
    signs_met: int
    """Signs the facts show in full."""
    signs_unknown: int
    """Signs the facts cannot yet tell (some reading unknown)."""
    signs_total: int
    """How many signs the verdict has."""
    signs_known: int = 0
    """Signs whose every reading is known (shown or not)."""
    weight_shown: float = 0.0
    """The weights of the signs shown (a program sign counts as its share of programs)."""
    weight_total: float = 0.0
    """The weights of all the verdict's signs."""
    signs: list[SignReading] = field(default_factory=list)
    """Each sign of the verdict, as the facts show it."""
    shown: Said | None = None
    """The support in words: signs shown / known / total, with the weights."""


@record
class ProgramVerdict:
    program: str
    """The program's id."""
    name: str
    """The program's name."""
    verdict: str
    """The program's own verdict id."""
    label: Said
    """That verdict's name."""


@record
class Recommendation:
    criterion: str
    """The criterion that stands in the way."""
    toward: str
    """The verdict this step leads to."""
    kind: Literal["change", "gather"]
    """``change``: the facts must change; ``gather``: evidence is missing."""
    text: Said
    """What to do, in words."""


@record
class SourceInfo:
    citation: str
    """The publication, as in a reference list."""
    note: Said | None
    """How the rubric read it (``Read as cited in ...``), when it says."""


@record
class RubricRef:
    id: str
    """The rubric's id (``notoatmodjo-2010``)."""
    version: str
    """The rubric's version."""
    sha256: str
    """The sha256 of the rubric file."""
    title: Said
    """The model's name."""
    citation: str | None
    """Where the model as a whole is defined (``Notoatmodjo (2010:253)``)."""
    origin: str
    """``bundled`` or the file name of a user's rubric."""
    description: Said
    """The model in a sentence or two."""
    theory: Said | None
    """The model explained for students, when the rubric gives it."""
    sources: list[SourceInfo]
    """The publications the rubric draws on."""


@record
class RubricAssessment:
    rubric: RubricRef
    """The rubric that decided."""
    verdict: str
    """A verdict id of the rubric, or ``insufficient-evidence``."""
    label: Said
    """The verdict's name."""
    description: Said
    """What the verdict means."""
    reason: Said
    """Why this verdict: the rule that decided it, or what is missing."""
    possible: list[str]
    """When the evidence is insufficient: the verdicts the facts still allow."""
    missing: list[Said]
    """What evidence is missing, when the facts do not suffice."""
    candidates: list[Candidate]
    """Every verdict of the rubric with its support."""
    margin: float
    """Support of the best candidate minus that of the second best."""
    criteria: list[CriterionResult]
    """Every criterion, as read from the facts."""
    programs: list[ProgramVerdict]
    """Each program's own verdict (rubrics that decide per program)."""
    recommendations: list[Recommendation]
    """What to change, or find out, to reach the next verdict."""
    next_verdict: str | None
    """The verdict the recommendations lead to; none at the top."""
    tied_with: list[str] = field(default_factory=list)
    """Other candidates whose support equals the verdict's."""
    rests_on_rule: bool = False
    """The verdict's support is not above every other candidate's: the decision rule, not the
    support, gives it (a defining sign, such as one partner dominating, decides)."""
    support_note: Said | None = None
    """Ties and a verdict resting on the decision rule, said in words."""
    found: Said | None = None
    """What the facts show of the verdict's signs, in words (what this partnership did)."""
    operationalisations: list[OperationalisationNote] = field(default_factory=list)
    """The rubric's operationalisation notes, each once, with the criteria it marks."""


@record
class PhaseCell:
    phase: Literal["planning", "implementation", "evaluation"]
    """The phase."""
    participation: dict[str, str]
    """Partner id -> level, for every partner taking part in the program (``unknown`` where the
    file does not give it); empty if the file gives no levels for this phase."""
    joint: bool | None
    """Whether the phase is joint (every partner of the program active or leading), from the
    levels or, when they cannot tell, from what the study states."""
    stated: Literal["yes", "no", "unknown"] = "unknown"
    """What the study states about the phase's jointness (``joint:`` in the file)."""


@record
class ProgramInfo:
    id: str
    """The program's id."""
    name: str
    """The program's name."""
    target: str | None
    """Whom the program serves, when given."""
    phases: list[PhaseCell]
    """Planning, implementation and evaluation, in that order."""
    partners: list[str] = field(default_factory=list)
    """The ids of the partners taking part in the program."""


@record
class StudyComparison:
    """The study's own conclusion beside kemitraan's verdict from the recorded facts."""

    rubric: str
    """The rubric the study's conclusion is about (its id)."""
    study_verdict: str
    """The study's verdict, as a verdict id of the rubric."""
    study_label: str | None
    """The study's own words for its verdict, when the file gives them."""
    quote: str
    """The study's conclusion, verbatim."""
    where: str | None
    """Where in the study the conclusion stands."""
    verdict: str | None
    """kemitraan's verdict for that rubric (null: kemitraan has no such rubric)."""
    outcome: Literal["agree", "differ", "undecided", "not-assessed"]
    """agree / differ / undecided (kemitraan cannot decide from the facts) / not-assessed."""
    sentence: Said
    """"The study concluded X; from the recorded facts kemitraan finds Y: agree", in words."""
    why: Said
    """Why they agree or differ: kemitraan's reason, or what is missing."""


@record
class PartnerInfo:
    id: str
    """The partner's id."""
    name: str
    """The partner's name."""
    kind: str
    """What kind of organisation it is (``village-government``, ``ngo``, ...): ``("kind." ~ p.kind)|t`` names it."""


@record
class PrincipleInfo:
    """A principle as the input file scores it (null score: not scored)."""

    id: str
    """The principle's id (``equity``, ``trust``, ...)."""
    label: Said
    """The principle's name."""
    score: int | None
    """The score, 1-5."""
    evidence: list[EvidenceRef]
    """The evidence quotes written with the score."""


@record
class ConstraintInfo:
    kind: str
    """The kind of constraint (``budget``, ``staff``, ...)."""
    label: Said
    """The kind in words."""
    description: str
    """The constraint, as the file describes it."""
    amount: Said | None
    """An amount of money, written for people (``Rp 5.000.000 per year``), when given."""
    solutions: list[str]
    """The solutions the file records; an empty list when none."""
    evidence: list[EvidenceRef]
    """The evidence quotes written with the constraint."""


@record
class InformantInfo:
    """An informant whose answers the assessment read."""

    informant: str
    """The informant's code (or the submission id)."""
    partner: str | None
    """The partner id the informant belongs to (null: outside the partners)."""
    role: str | None
    """The informant's role, when given."""
    answers: int
    """How many answers of this informant the assessment read."""


@record
class AnswerValue:
    informant: str
    """Who answered."""
    partner: str | None
    """The partner the informant belongs to (none: outside the partners)."""
    value: int | str
    """The answer as written in the file (a score, a level, yes/partly/no ...)."""


@record
class PerspectiveInfo:
    """How one side saw a partner's participation: its own informants, or everyone else's."""

    side: Literal["own", "others"]
    """``own``: the partner's own informants; ``others``: everyone else."""
    n: int
    """How many informants on this side answered."""
    median: str
    """Their median answer."""
    shown: Said
    """The median for people, in both languages."""


@record
class ItemAgreement:
    """How the informants answered one question, and the value the assessment used."""

    kind: Literal["principle", "participation", "understanding", "benefits", "agreement", "relation"]
    """What the question is about."""
    path: str
    """The field the answers are about, e.g. ``principles.equity.score``."""
    label: Said
    """The question in words."""
    n: int
    """Informants who answered (``unknown`` / don't know left out)."""
    answers: list[AnswerValue]
    """Each informant's answer."""
    median: int | str | None
    """The (low) median of the answers."""
    minimum: int | str | None
    """The lowest answer."""
    spread: int
    """The range of the answers in steps of the scale."""
    written: int | str | None
    """The value written in the file, which always wins over the informants; null if none."""
    used: int | str | None
    """The value the assessment used (written, or the informants' median or minimum)."""
    used_shown: Said
    """The used value for people, in both languages."""
    source: Literal["written", "informants", "none"]
    """Where the used value comes from: ``written`` in the file, the ``informants``, or ``none``."""
    disagreement: bool
    """Answers two or more steps apart (or spanning a short scale's ends)."""
    perspectives: list[PerspectiveInfo] = field(default_factory=list)
    """For participation: the partner's own informants against the others (Frey's comparison)."""
    perspective_gap: bool = False
    """The two sides' medians are two or more levels apart."""
    shown: Said
    """A one-line summary for people: the answers, median and range."""


@record
class AlphaInfo:
    """Krippendorff's alpha (ordinal) over one block of questions."""

    block: Literal["principles", "participation"]
    """The block of questions."""
    label: Said
    """The block in words."""
    alpha: float | None
    """Null when there are not enough pairable answers (or all answers are the same)."""
    units: int
    """Questions answered by at least two informants."""
    pairable: int
    """Answers to those questions."""
    informants: int
    """Informants who answered in the block."""
    reading: Said
    """What the alpha means, in words."""


@record
class VerdictSensitivity:
    """Whether a rubric's verdict depends on how answers are aggregated, or on one informant."""

    rubric: str
    """The rubric's id."""
    verdict: str
    """Its verdict under the aggregation used."""
    other_aggregate: Aggregate
    """The other way of aggregating answers."""
    other_verdict: str
    """The verdict under the other aggregation."""
    changes: bool
    """The verdict differs under the other aggregation."""
    hinges_on: list[str]
    """Informants without whose answers the verdict would change."""
    note: Said
    """All of that in a sentence."""


@record
class FieldworkInfo:
    """Many informants: agreement between them and how robust each verdict is to their answers."""

    aggregate: Aggregate
    """How several informants' answers become one value: the (low) median, or the minimum."""
    informants: list[InformantInfo]
    """Every informant whose answers were read."""
    items: list[ItemAgreement]
    """Every question some informant answered, with the answers and the value used."""
    alpha: list[AlphaInfo]
    """Krippendorff's alpha for each block of questions."""
    verdicts: list[VerdictSensitivity]
    """For each rubric, how robust its verdict is to the informants' answers."""


@record
class CrosswalkStep:
    """One verdict of a typology, where it stands on the common scale."""

    verdict: str
    label: Said
    position: float | None
    """Its place on kemitraan's common scale of working together (0 to 4); null for a typology
    beside the scale."""
    state: Literal["verdict", "possible", "other"]
    """The partnership's verdict, one the facts still allow (when undecided), or another."""


@record
class CrosswalkRow:
    """Where the partnership stands on one typology that ran."""

    rubric: str
    title: Said
    name: Said
    """A short name for the typology (its title when kemitraan has none)."""
    citation: str | None
    verdict: str
    label: Said
    on_scale: bool
    """The typology's verdicts have places on the common scale (it is a ladder of working together)."""
    position: float | None
    """The verdict's place on the common scale; null when undecided or beside the scale."""
    low: float | None
    """When undecided: the lowest and highest places the verdicts still possible have."""
    high: float | None
    where: Said
    """Where it stands, in words ("step 1: ..."; "steps 2 to 4 still possible"; "beside the scale ...")."""
    opt_in: bool
    """A bundled typology that runs only when asked for (``--rubric`` or ``--only``)."""
    steps: list[CrosswalkStep]


@record
class CrosswalkNote:
    """A cited note on how two or more of the typologies that ran line up, or where they disagree."""

    id: str
    rubrics: list[str]
    """The typologies it speaks of."""
    text: Said
    operationalisation: bool
    """The alignment is kemitraan's reading of the definitions it cites."""


@record
class Crosswalk:
    """The typologies that ran, side by side on one common scale of working together."""

    scale: list[Said]
    """The common scale's steps 0 to 4, in words (kemitraan's scale, after Himmelman's definitions)."""
    rows: list[CrosswalkRow]
    summary: Said
    """Where the ladders place this partnership: agreeing, differing, or undecided, in words."""
    notes: list[CrosswalkNote]
    sources: list[str] = field(default_factory=list)
    """References the notes cite whose typologies did not run (those that ran list theirs under
    the theory cited)."""
    not_run: list[str]
    """Bundled typologies that did not run here."""
    add: Said | None
    """How to run them (``--rubric NAME``); null when every bundled typology ran."""


@record
class Assessment:
    schema_: Literal["kemitraan-assessment/1"] = "kemitraan-assessment/1"
    """The version of this format: ``kemitraan-assessment/1``."""
    tool: Tool
    """The tool and version that made it."""
    generated_at: str | None
    """Only when SOURCE_DATE_EPOCH is set, so that output is reproducible byte for byte."""
    input: InputInfo
    """The assessed file."""
    partners: list[PartnerInfo]
    """The partners, in the file's order."""
    programs: list[ProgramInfo]
    """The programs, with who took part how in each phase."""
    principles: list[PrincipleInfo]
    """The principles of partnership, as the file scores them."""
    assessments: list[RubricAssessment]
    """One verdict per rubric, with its reasons and recommendations."""
    constraints: list[ConstraintInfo]
    """The constraints and their solutions, as the file records them."""
    fieldwork: FieldworkInfo | None = None
    """Present when the file holds informants' answers (ratings or reports)."""
    conclusions: list[StudyComparison] = field(default_factory=list)
    """The study's own conclusions (``source.conclusions``) beside kemitraan's verdicts."""
    crosswalk: Crosswalk | None = None
    """Every typology that ran, side by side on one common scale, with notes on how they line up."""

    def get(self, rubric_id: str) -> RubricAssessment | None:
        return next((a for a in self.assessments if a.rubric.id == rubric_id), None)
