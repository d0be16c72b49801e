"""The partnership file: the input contract, as pydantic models (the single source of truth).

Field names and values follow the ``kemitraan/1`` contract. Rules a reader of a file
should know:

* ``unknown`` (or leaving a field out) means *not known*; the assessment reports it as
  missing evidence instead of guessing. An empty list (``benefits: []``) means *none*.
* A phase's ``participation`` gives each partner's level. A partner of the program it does not
  list is *not known* (an unknown is never read as a fact): write ``absent`` for a partner
  that took no part.
* A study that states only whether a phase was done jointly records ``joint: yes | no`` on the
  phase; given levels decide, and must agree with it. Likewise ``balance`` records what a study
  states about the balance between the parties (who dominates), beside the levels.
* Cross-references (partner ids used in ``participation``, ``capacity_building``, a program's
  ``partners`` and ``balance.dominant``) and contradictions between stated and recorded facts
  are checked by :func:`reference_problems`, which reports each at its own path.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, model_validator
from pydantic.json_schema import WithJsonSchema

from kemitraan.errors import Found, Loc, did_you_mean
from kemitraan.models import words
from kemitraan.msg import Msg, Refusal

LevelName = Literal["absent", "informed", "consulted", "active", "lead", "unknown"]
"""How a partner took part in a phase, from least to most (``unknown``: not known)."""

LEVELS: tuple[str, ...] = ("absent", "informed", "consulted", "active", "lead")
"""The ordered participation levels (``unknown`` is not on the scale)."""

UnderstandingName = Literal["yes", "partly", "no", "unknown"]
VisionMissionName = Literal["joint", "partly", "separate", "unknown"]
AgreementFormName = Literal["written", "verbal", "none", "unknown"]
StatedName = Literal["yes", "no", "unknown"]
"""A fact a study states in words (``yes``/``no``), or ``unknown`` when it does not say."""
BalanceStatedName = Literal["balanced", "unbalanced", "unknown"]
ShareName = Literal["none", "some", "full", "unknown"]
"""How far the partners share something (resources, risks): none, some, full, or unknown."""
SHARES: tuple[str, ...] = ("none", "some", "full")
CommunicationName = Literal["infrequent", "formal", "frequent", "prioritised", "unknown"]
"""How the partners communicate, after Frey et al.'s levels: little or none, formalised, frequent,
frequent and prioritised (``unknown``: not known)."""
COMMUNICATIONS: tuple[str, ...] = ("infrequent", "formal", "frequent", "prioritised")
DecisionsName = Literal["independent", "some-shared", "all-members", "consensus", "unknown"]
"""How the partners decide, after Frey et al.'s levels: each on its own, some decisions shared,
every member takes part, by consensus (``unknown``: not known)."""
DECISIONS: tuple[str, ...] = ("independent", "some-shared", "all-members", "consensus")
ConstraintKindName = Literal["budget", "staff", "coordination", "communication", "geography", "other"]
PartnerKindName = Literal[
    "service-unit",
    "village-government",
    "district-government",
    "regency-government",
    "provincial-government",
    "central-government",
    "ngo",
    "community",
    "private",
    "school",
    "university",
    "health",
    "religious",
    "media",
    "other",
]
PerName = Literal["year", "month", "week", "day", "program", "once"]


def _words(vocabulary: str) -> tuple[BeforeValidator, WithJsonSchema]:
    """A value of a fixed list, written in English or Indonesian (:mod:`kemitraan.models.words`)."""
    return (
        BeforeValidator(words.normaliser(vocabulary)),
        WithJsonSchema({"type": "string", "enum": list(words.canonical(vocabulary))}),
    )


Level = Annotated[LevelName, *_words("level")]
Understanding = Annotated[UnderstandingName, *_words("understanding")]
VisionMission = Annotated[VisionMissionName, *_words("vision_mission")]
AgreementForm = Annotated[AgreementFormName, *_words("agreement")]
Stated = Annotated[StatedName, *_words("stated")]
BalanceStated = Annotated[BalanceStatedName, *_words("balance")]
Share = Annotated[ShareName, *_words("share")]
Communication = Annotated[CommunicationName, *_words("communication")]
Decisions = Annotated[DecisionsName, *_words("decisions")]
ConstraintKind = Annotated[ConstraintKindName, *_words("constraint")]
PartnerKind = Annotated[PartnerKindName, *_words("partner")]
Per = Annotated[PerName, *_words("per")]
PhaseName = Literal["planning", "implementation", "evaluation"]
PHASES: tuple[PhaseName, ...] = ("planning", "implementation", "evaluation")
PrincipleName = Literal[
    "equity",
    "transparency",
    "mutual_benefit",
    "shared_vision_mission",
    "trust",
    "efficiency",
    "dialogic_communication",
    "commitment",
]

Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", max_length=80)]
Text = Annotated[str, StringConstraints(min_length=1)]
Year = Annotated[int, Field(strict=True, ge=1900, le=2200)]
IsoDate = Annotated[
    str,
    StringConstraints(
        pattern=(
            r"^(19|20|21)\d\d-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])"
            r"|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2\d))$"
        )
    ),
    Field(json_schema_extra={"format": "date"}),
]
"""A date as YYYY-MM-DD (YAML 1.2 reads 2024-05-01 as this text); no 31 April, no 30 February."""
Score = Annotated[int, Field(strict=True, ge=1, le=5)]


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        populate_by_name=False,
    )


class Evidence(_Model):
    """A quote from the field (interview, document, observation) and where it comes from."""

    quote: Text
    """The words as recorded, in the file's language."""
    source: str | None = None
    """Where the quote is found: a publication with section or page, a transcript, a document."""
    informant: str | None = None
    """Who said it (a role or a code, not necessarily a name)."""
    note: str | None = None
    """The researcher's comment on the quote."""
    position: str | None = None
    """Where in the source the quote is: a page, a paragraph, or a character range (``char 120-245``)."""


EvidenceList = list[Evidence]


class Answer(_Model):
    """One informant's answer from fieldwork (a survey submission or an interview), with who and when.

    Written by ``kemitraan survey ingest`` (or by hand). Several informants per partner are the
    normal case; the assessment aggregates their answers (see :mod:`kemitraan.fieldwork.agreement`).
    """

    informant: Text
    """Who answered: the respondent's code, or the survey submission id when no code was given."""
    partner: Id | None = None
    """The partner the informant belongs to (a partner id); leave out for someone outside the partners."""
    organisation: str | None = None
    """The informant's organisation when it is not one of the partners."""
    role: str | None = None
    """The informant's role or position (for example: kepala desa, anggota)."""
    submitted: str | None = None
    """When the answer was submitted (as the survey export gives it, ISO 8601)."""
    submission: str | None = None
    """The survey submission id (for example ``uuid:...``); ingesting the same export twice adds nothing."""
    comment: str | None = None
    """The informant's own words on this question."""


class Rating(Answer):
    """One informant's 1-5 rating of a principle."""

    score: Score
    """1 (very weak) to 5 (very strong)."""


class PhaseReport(Answer):
    """One informant's account of who took part how in a phase (as Frey's scale asks each partner)."""

    participation: dict[Id, Level]
    """Partner id -> level as this informant saw it (``unknown``: the informant did not know)."""


class PartnerReport(Answer):
    """One informant's answers about a partner (usually the informant's own organisation)."""

    understands_purpose: Understanding = "unknown"
    """Whether the partner understands what the partnership is for."""
    benefits: list[Text] | None = None
    """What the partner gains, in the informant's words; [] = nothing; leave out when not asked."""


class AgreementReport(Answer):
    """One informant's account of the form of the partnership agreement."""

    form: AgreementForm = "unknown"
    """written, verbal, none, or unknown (the informant did not know)."""


_YEARS = re.compile(r"(\d{4})(?:\s*([-–—])\s*(\d{4})?)?")
"""``2019``, ``2019-2023`` (also with an en or em dash, as word processors write it), ``2019-``."""
_YEAR_TEXT = r"(?:19\d{2}|2[01]\d{2}|2200)"
YEARS_PATTERN = rf"^\s*{_YEAR_TEXT}(?:\s*[-–—]\s*{_YEAR_TEXT}?)?\s*$"
"""The same, with the years 1900-2200 only, for the JSON Schema (editors)."""


def _period_schema(schema: dict[str, Any]) -> None:
    """Editors accept what ``kemitraan validate`` does: a range of years as text, or one year."""
    schema["anyOf"][1:1] = [
        {"type": "integer", "minimum": 1900, "maximum": 2200},
        {"type": "string", "pattern": YEARS_PATTERN},
    ]


class Period(_Model):
    """The years the partnership (or the study of it) covers.

    Also written as a range: 2019-2023, 2019- (still running) or 2019 (that year only), as the
    reports print it.
    """

    from_: Year = Field(alias="from")
    """First year."""
    to: Year | None = None
    """Last year (leave out when still running)."""

    @model_validator(mode="before")
    @classmethod
    def _from_range(cls, value: Any) -> Any:
        if isinstance(value, int) and not isinstance(value, bool):
            return {"from": value, "to": value}
        if not isinstance(value, str):
            return value
        match = _YEARS.fullmatch(value.strip())
        if match is None:
            raise Refusal(Msg("model.period.range", {"value": value}))
        first, dash, last = match.groups()
        return {"from": int(first), "to": int(last) if last else None if dash else int(first)}

    @model_validator(mode="after")
    def _ordered(self) -> Period:
        if self.to is not None and self.to < self.from_:
            raise Refusal(Msg("model.period.order", {"to": str(self.to), "from": str(self.from_)}))
        return self


class Place(_Model):
    """Where the partnership works. Codes are text: write them in quotes ("0123")."""

    village: str | None = None
    """Desa or kelurahan."""
    district: str | None = None
    """Kecamatan (district)."""
    regency: str | None = None
    """Kabupaten or kota (regency or city)."""
    province: str | None = None
    """Provinsi."""
    country: str | None = None
    """Country (leave out for Indonesia if you like)."""
    code: str | None = None
    """An official area code (for example the BPS/Kemendagri village code), as text."""


class Conclusion(_Model):
    """What the study itself concluded with one model: kemitraan never reads it to decide.

    Reports put it beside kemitraan's own verdict from the recorded facts (agree, differ or
    undecided), which is what a student reproducing a study needs.
    """

    rubric: Id
    """The rubric whose model the study applied (``notoatmodjo-2010``, ``sulistiyani-2017``,
    ``principles``), or the id of a typology kemitraan has no rubric for."""
    verdict: Id
    """The study's verdict as a verdict id of that rubric (``model-1``, ``pseudo`` ...)."""
    label: str | None = None
    """The study's own words for its verdict (``Model I``, ``linear collaborative of partnership``)."""
    quote: Text
    """The sentence in which the study states its conclusion, verbatim."""
    where: str | None = None
    """Where the study states it: a section, page or paragraph."""
    note: str | None = None
    """The encoder's remark on the conclusion (for example that the study gives several types at once)."""


class Source(_Model):
    """The study or fieldwork the file encodes."""

    citation: str | None = None
    """A full reference, as it would appear in a bibliography."""
    method: str | None = None
    """How the facts were gathered (for example: deskriptif kualitatif; wawancara)."""
    url: str | None = None
    """A link to the study or data, if there is one."""
    doi: str | None = None
    """The study's DOI, for example 10.1234/abcd."""
    extent: str | None = None
    """How much of the study the facts were read from: the full text, the abstract only, some sections."""
    conclusions: list[Conclusion] = []
    """The study's own conclusions, one per model it applied; never read to decide a verdict."""


class Partner(_Model):
    """An organisation taking part in the partnership."""

    id: Id
    """A short identifier used elsewhere in the file (participation, capacity building)."""
    name: Text
    """The organisation's name as it should appear in reports."""
    kind: PartnerKind = "other"
    """What sort of organisation it is."""
    contributes: list[Text] | None = None
    """What it brings (staff, funds, venue, approval ...). Leave out when not known; [] = nothing."""
    benefits: list[Text] | None = None
    """What it gains from the partnership. Leave out when not known; [] = nothing."""
    understands_purpose: Understanding = "unknown"
    """Whether it understands what the partnership is for (Sulistiyani's test of pseudo partnership)."""
    evidence: EvidenceList = []
    """Quotes about this partner's role, understanding or benefits."""
    reports: list[PartnerReport] = []
    """Informants' answers about this partner; they fill ``understands_purpose`` and ``benefits``
    when those are not written (``unknown`` / left out). A written value always wins."""


class Shared(_Model):
    """What links the partners (Notoatmodjo: a shared service, target or other characteristic)."""

    service: str | None = None
    """The service both partners provide or support."""
    target: str | None = None
    """The group both partners serve."""
    characteristic: str | None = None
    """Another characteristic the partners share that links them (Notoatmodjo's 'karakteristik lainnya')."""
    linked: Stated = "unknown"
    """Whether a shared service, target or other characteristic links the partners at all: a
    filled-in service, target or characteristic already says yes; write no only when the study
    finds nothing that links them."""
    vision_mission: VisionMission = "unknown"
    """Whether the partners hold a joint vision and mission."""
    evidence: EvidenceList = []
    """Quotes about the shared service, target or vision and mission."""


class Phase(_Model):
    """One phase of a program: who took part and how, with the evidence for it."""

    participation: dict[Id, Level] = {}
    """Partner id -> level (absent, informed, consulted, active, lead, unknown). A partner of the
    program not listed is not known: write absent for one that took no part."""
    joint: Stated = "unknown"
    """Whether the phase was done jointly, as the study states it: yes = every partner taking
    part in the program was active or led; no = at least one was not. When the levels decide it
    they win, and must agree with what is written here."""
    evidence: EvidenceList = []
    """Quotes showing who took part in this phase, and how."""
    reports: list[PhaseReport] = []
    """Informants' accounts of this phase. When ``participation`` is empty they give it (each
    partner's level aggregated over the informants); a written ``participation`` always wins."""


class Program(_Model):
    """One program or activity the partnership runs."""

    id: Id
    """A short identifier for the program (letters, digits, '-', '_' or '.')."""
    name: Text
    """The program's name as it should appear in reports."""
    partners: list[Id] | None = None
    """The partners taking part in this program (leave out when every partner does); a partner
    not listed here has no part in this program's phases."""
    target: str | None = None
    """Who the program serves."""
    description: str | None = None
    """What the program does, in a sentence or two."""
    planning: Phase | None = None
    """Planning (perencanaan): who took part and how."""
    implementation: Phase | None = None
    """Implementation (pelaksanaan): who took part and how."""
    evaluation: Phase | None = None
    """Evaluation (evaluasi): who took part and how."""

    def phase(self, name: str) -> Phase | None:
        """The named phase, or None when the file does not record it."""
        phase: Phase | None = getattr(self, name)
        return phase


class PrincipleScore(_Model):
    """A principle scored 1-5 by the researcher from the evidence (leave score out if not known)."""

    score: Score | None = None
    """1 (very weak) to 5 (very strong)."""
    evidence: EvidenceList = []
    """Quotes that justify the score."""
    note: str | None = None
    """The researcher's reasoning for the score."""
    ratings: list[Rating] = []
    """Informants' 1-5 ratings. When ``score`` is left out they give it (aggregated: median or
    minimum, see ``kemitraan assess --aggregate``); a written ``score`` always wins."""


class Principles(_Model):
    """Notoatmodjo's (2010:244-245) and Sigit's principles of partnership, each scored 1-5."""

    equity: PrincipleScore | None = None
    """Equity (kesetaraan; Notoatmodjo): no partner controls another."""
    transparency: PrincipleScore | None = None
    """Transparency (keterbukaan; Notoatmodjo): partners know each other's resources and limits."""
    mutual_benefit: PrincipleScore | None = None
    """Mutual benefit (saling menguntungkan; Notoatmodjo, Sigit): every partner gains."""
    shared_vision_mission: PrincipleScore | None = None
    """Shared vision and mission (kesamaan visi-misi; Sigit)."""
    trust: PrincipleScore | None = None
    """Trust (kepercayaan; Sigit)."""
    efficiency: PrincipleScore | None = None
    """Efficiency and effectiveness (efisiensi dan efektivitas; Sigit)."""
    dialogic_communication: PrincipleScore | None = None
    """Dialogic communication (komunikasi dialogis; Sigit): two-way, not orders."""
    commitment: PrincipleScore | None = None
    """Strong commitment (komitmen yang kuat; Sigit)."""


class Agreement(_Model):
    """The form of the partnership agreement."""

    form: AgreementForm = "unknown"
    """written (an MoU or contract), verbal, none, or unknown."""
    reference: str | None = None
    """For example the MoU number and date."""
    evidence: EvidenceList = []
    """Quotes about the agreement."""
    reports: list[AgreementReport] = []
    """Informants' accounts of the agreement's form; they give ``form`` when it is ``unknown``."""


class Balance(_Model):
    """What the study states about the balance between the parties (Sulistiyani's pseudo
    partnership 'tidak benar-benar berjalan seimbang'), beside the participation levels."""

    stated: BalanceStated = "unknown"
    """balanced, unbalanced, or unknown (the study does not say)."""
    dominant: Id | None = None
    """The partner the study says dominates the partnership (which makes it unbalanced)."""
    evidence: EvidenceList = []
    """The study's words about the balance or the dominance."""

    @property
    def reading(self) -> bool | None:
        """True: stated unbalanced (or a dominant party named); False: stated balanced; None: not stated."""
        if self.dominant is not None or self.stated == "unbalanced":
            return True
        return False if self.stated == "balanced" else None


class StatedReport(Answer):
    """One informant's yes or no to a question about how the partners stand to each other."""

    value: Stated = "unknown"
    """yes, no, or unknown (the informant did not know)."""


class ShareReport(Answer):
    """One informant's account of how far the partners share something."""

    value: Share = "unknown"
    """none, some, full, or unknown (the informant did not know)."""


class CommunicationReport(Answer):
    """One informant's account of how the partners communicate."""

    value: Communication = "unknown"
    """infrequent, formal, frequent, prioritised, or unknown (the informant did not know)."""


class DecisionReport(Answer):
    """One informant's account of how the partners decide."""

    value: Decisions = "unknown"
    """independent, some-shared, all-members, consensus, or unknown (the informant did not know)."""


class StatedFact(_Model):
    """A fact a study states as yes or no, with its evidence (and informants' answers)."""

    value: Stated = "unknown"
    """yes, no, or unknown (not known)."""
    evidence: EvidenceList = []
    """Quotes that show it, with their places."""
    reports: list[StatedReport] = []
    """Informants' answers; they give ``value`` when it is ``unknown``. A written value always wins."""


class ShareFact(_Model):
    """How far the partners share something, with its evidence (and informants' answers)."""

    value: Share = "unknown"
    """none (each keeps its own), some (part is shared), full (shared in full), or unknown."""
    evidence: EvidenceList = []
    """Quotes that show it, with their places."""
    reports: list[ShareReport] = []
    """Informants' answers; they give ``value`` when it is ``unknown``. A written value always wins."""


class CommunicationFact(_Model):
    """How the partners communicate, with its evidence (and informants' answers)."""

    value: Communication = "unknown"
    """infrequent (little or none), formal (formalised, not frequent), frequent, prioritised
    (frequent and put first), or unknown."""
    evidence: EvidenceList = []
    """Quotes that show it, with their places."""
    reports: list[CommunicationReport] = []
    """Informants' answers; they give ``value`` when it is ``unknown``. A written value always wins."""


class DecisionFact(_Model):
    """How the partners take decisions, with its evidence (and informants' answers)."""

    value: Decisions = "unknown"
    """independent (each decides on its own), some-shared (some decisions taken together),
    all-members (every member takes part in deciding), consensus (every decision by consensus),
    or unknown."""
    evidence: EvidenceList = []
    """Quotes that show it, with their places."""
    reports: list[DecisionReport] = []
    """Informants' answers; they give ``value`` when it is ``unknown``. A written value always wins."""


class Relation(_Model):
    """How the organisations stand to each other and work together: the facts Sulistiyani's
    relation between organisations, Himmelman's continuum and Frey et al.'s levels read. Each
    fact is optional and carries its own evidence; leave out what the study does not say."""

    similar: StatedFact | None = None
    """Whether the partners are relatively alike in status, size and power (Sulistiyani: the
    linear union's 'persamaan secara relatif'; no = they differ)."""
    subordinated: StatedFact | None = None
    """Whether one partner is subordinated to another in the partnership (Sulistiyani's linear
    types are 'tidak saling tersubordinasi')."""
    equal_roles: StatedFact | None = None
    """Whether roles, functions and responsibilities are shared equally between the partners."""
    information: StatedFact | None = None
    """Whether the partners exchange information about their activities and goals (Himmelman's
    networking; Frey et al.'s cooperation)."""
    activities: StatedFact | None = None
    """Whether the partners adjust their activities to one another for a common purpose
    (Himmelman's 'altering activities')."""
    resources: ShareFact | None = None
    """How far the partners share resources (staff, funds, venues, equipment)."""
    risks: ShareFact | None = None
    """How far the partners share the risks (and rewards) of the work."""
    communication: CommunicationFact | None = None
    """How the partners communicate: how often, and how formally (Frey et al.)."""
    decisions: DecisionFact | None = None
    """How the partners take decisions about the common work (Frey et al.)."""

    def fact(self, name: str) -> StatedFact | ShareFact | CommunicationFact | DecisionFact | None:
        """The named fact, or None when the file does not record it."""
        found: StatedFact | ShareFact | CommunicationFact | DecisionFact | None = getattr(self, name)
        return found


RELATION_FACTS: tuple[str, ...] = (
    "similar",
    "subordinated",
    "equal_roles",
    "information",
    "activities",
    "resources",
    "risks",
    "communication",
    "decisions",
)
"""The facts of ``relation``, in the file's order."""
RELATION_SCALES: dict[str, tuple[str, ...]] = {
    "similar": ("no", "yes"),
    "subordinated": ("yes", "no"),
    "equal_roles": ("no", "yes"),
    "information": ("no", "yes"),
    "activities": ("no", "yes"),
    "resources": SHARES,
    "risks": SHARES,
    "communication": COMMUNICATIONS,
    "decisions": DECISIONS,
}
"""Each fact's known values from the least to the most of working together (for aggregating
informants' answers: the minimum is the conservative reading)."""


class CapacityBuilding(_Model):
    """One partner building another's capacity (Sulistiyani's conjugation)."""

    from_: Id = Field(alias="from")
    """The partner that builds capacity."""
    to: Id
    """The partner whose capacity is built."""
    what: Text
    """What was learned or strengthened."""
    evidence: EvidenceList = []
    """Quotes showing the capacity building."""


class Amount(_Model):
    """A sum of money."""

    value: (
        Annotated[float, Field(strict=True, ge=0, allow_inf_nan=False)]
        | Annotated[int, Field(strict=True, ge=0)]
    )
    """The amount, a number without separators (5000000, not 5.000.000)."""
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = "IDR"
    """ISO 4217 code."""
    per: Per | None = None
    """How often: year, month, week, day, program or once."""


class Constraint(_Model):
    """Something that holds the partnership back (kendala), with the solutions tried or proposed."""

    kind: ConstraintKind
    """What sort of constraint: budget, staff, coordination, communication, geography or other."""
    description: Text
    """The constraint in a sentence, in the file's language."""
    amount: Amount | None = None
    """The sum of money involved, when the constraint is about money."""
    solutions: list[Text] = []
    """Solutions tried or proposed, one per item ([] = none known)."""
    evidence: EvidenceList = []
    """Quotes about the constraint and its solutions."""


class Partnership(_Model):
    """A partnership between organisations, described for assessment (schema ``kemitraan/1``)."""

    schema_: Literal["kemitraan/1"] = Field(alias="schema")
    """The file format and its version: always ``kemitraan/1``."""
    id: Id
    """A short identifier for this partnership (used in summaries and comparisons)."""
    title: Text
    """A title for the partnership, as it should appear in reports."""
    language: Literal["id", "en"] = "id"
    """Language of the evidence text; also the default report language."""
    period: Period | None = Field(None, json_schema_extra=_period_schema)
    """The years the partnership (or its study) covers: from and to, or a range such as 2019-2023."""
    place: Place | None = None
    """Where the partnership works."""
    source: Source | None = None
    """The study or fieldwork the facts come from."""
    assessor: Text | None = None
    """Who made this assessment: a name, or names and an institution (shown on every report)."""
    assessed_on: IsoDate | None = None
    """When the assessment was made, as YYYY-MM-DD (shown on every report; reports carry no other date)."""
    partners: Annotated[list[Partner], Field(min_length=1)]
    """The organisations taking part (at least one; a partnership usually has two or more)."""
    shared: Shared | None = None
    """What links the partners: a shared service, target, and vision and mission."""
    programs: list[Program] = []
    """The programs or activities the partners run, each with its planning, implementation and evaluation."""
    principles: Principles | None = None
    """The principles of partnership, each scored 1-5 from the evidence; leave out what you cannot score."""
    agreement: Agreement | None = None
    """The form of the partnership agreement (written, verbal, none)."""
    balance: Balance | None = None
    """What the study states about the balance between the parties: balanced, or who dominates."""
    relation: Relation | None = None
    """How the organisations stand to each other and work together (status, subordination, roles,
    information, activities, resources, risks, communication, decisions), each with its evidence."""
    capacity_building: list[CapacityBuilding] | None = None
    """Who built whose capacity. Leave out when not known; [] = none."""
    constraints: list[Constraint] = []
    """What holds the partnership back (kendala), with solutions."""
    notes: str | None = None
    """Free notes; not used by the assessment."""

    def partner(self, partner_id: str) -> Partner | None:
        for partner in self.partners:
            if partner.id == partner_id:
                return partner
        return None

    def members(self, program: int) -> tuple[Partner, ...]:
        """The partners taking part in a program: those it lists, or every partner."""
        listed = self.programs[program].partners
        if listed is None:
            return tuple(self.partners)
        return tuple(x for x in self.partners if x.id in listed)


def reference_problems(p: Partnership) -> list[Found]:
    """Every duplicate id and dangling partner reference, as (path, message, suggestion[, other])."""
    problems: list[Found] = []
    ids: dict[str, int] = {}
    for i, partner in enumerate(p.partners):
        if partner.id in ids:
            problems.append(
                (
                    ("partners", i, "id"),
                    Msg("model.partner_twice", {"id": partner.id, "at": f"partners[{ids[partner.id]}]"}),
                    Msg("hint.partner_twice"),
                    ("partners", ids[partner.id], "id"),
                )
            )
        ids.setdefault(partner.id, i)

    def check(loc: Loc, ref: str) -> None:
        if ref not in ids:
            hint = did_you_mean(ref, ids)
            known = ", ".join(ids)
            problems.append((loc, Msg("model.not_a_partner", {"id": ref, "known": known}), hint))

    program_ids: dict[str, int] = {}
    for i, program in enumerate(p.programs):
        if program.id in program_ids:
            problems.append(
                (
                    ("programs", i, "id"),
                    Msg(
                        "model.program_twice",
                        {"id": program.id, "at": f"programs[{program_ids[program.id]}]"},
                    ),
                    Msg("hint.program_twice"),
                    ("programs", program_ids[program.id], "id"),
                )
            )
        program_ids.setdefault(program.id, i)
        listed: set[str] | None = None
        if program.partners is not None:
            listed = set()
            for j, ref in enumerate(program.partners):
                check(("programs", i, "partners", j), ref)
                if ref in listed:
                    problems.append(
                        (
                            ("programs", i, "partners", j),
                            Msg("model.listed_twice", {"id": ref}),
                            Msg("hint.listed_twice"),
                        )
                    )
                listed.add(ref)
        for name in PHASES:
            phase = program.phase(name)
            if phase is not None:
                for ref in phase.participation:
                    check(("programs", i, name, "participation", ref), ref)
                    if listed is not None and ref in ids and ref not in listed:
                        problems.append(
                            (
                                ("programs", i, name, "participation", ref),
                                Msg(
                                    "model.not_in_program",
                                    {"id": ref, "partners": ", ".join(program.partners or ())},
                                ),
                                Msg("hint.not_in_program"),
                            )
                        )
    for i, item in enumerate(p.capacity_building or ()):
        check(("capacity_building", i, "from"), item.from_)
        check(("capacity_building", i, "to"), item.to)
        if item.from_ == item.to:
            problems.append(
                (
                    ("capacity_building", i, "to"),
                    Msg("model.capacity_self", {"id": item.to}),
                    Msg("hint.capacity_self"),
                )
            )
    if p.balance is not None and p.balance.dominant is not None:
        check(("balance", "dominant"), p.balance.dominant)
    if p.shared is not None and p.shared.linked == "no":
        for field in ("service", "target", "characteristic"):
            if getattr(p.shared, field):
                problems.append(
                    (
                        ("shared", "linked"),
                        Msg("model.linked_no", {"field": f"shared.{field}"}),
                        Msg("hint.linked_no"),
                        ("shared", field),
                    )
                )
    for loc, answer in answers(p):
        if answer.partner is not None:
            check((*loc, "partner"), answer.partner)
        if isinstance(answer, PhaseReport):
            for ref in answer.participation:
                check((*loc, "participation", ref), ref)
    if not problems:  # stated facts against the levels, once every reference is sound
        from kemitraan.indicators.participation import consistency_problems

        problems += consistency_problems(p)
    if not problems:  # the relation's stated facts against the levels and the balance
        from kemitraan.indicators.relation import relation_problems

        problems += relation_problems(p)
    return problems


def answers(p: Partnership) -> list[tuple[Loc, Answer]]:
    """Every informant answer in the file, with its path (in file order)."""
    found: list[tuple[Loc, Answer]] = []
    for i, partner in enumerate(p.partners):
        found += [(("partners", i, "reports", j), a) for j, a in enumerate(partner.reports)]
    for i, program in enumerate(p.programs):
        for name in PHASES:
            phase = program.phase(name)
            if phase is not None:
                found += [(("programs", i, name, "reports", j), a) for j, a in enumerate(phase.reports)]
    for principle in Principles.model_fields:
        record = getattr(p.principles, principle) if p.principles is not None else None
        if record is not None:
            found += [(("principles", principle, "ratings", j), a) for j, a in enumerate(record.ratings)]
    if p.agreement is not None:
        found += [(("agreement", "reports", j), a) for j, a in enumerate(p.agreement.reports)]
    for fact_name in RELATION_FACTS:
        fact = p.relation.fact(fact_name) if p.relation is not None else None
        if fact is not None:
            found += [(("relation", fact_name, "reports", j), a) for j, a in enumerate(fact.reports)]
    return found
