"""The questionnaire as an XLSForm (survey, choices, settings) for KoboToolbox and ODK Collect.

Its questions are built from the partnership file (programs, partners) and the rubrics' own
text (criterion labels and descriptions), so a custom rubric gets its own questionnaire. The
ideas follow the established partnership instruments (each member rates the partnership, as
Wilder's and Nuffield's do; each partner's level of participation is reported by every
partner, as Frey's Levels of Collaboration scale does), never their wording.

Question names are stable: they are derived from ids only (never from labels or order), and
:func:`questions` is also what ``survey ingest`` uses to read an export back.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kemitraan import messages
from kemitraan.errors import UsageError
from kemitraan.indicators import Asked, asks
from kemitraan.models.partnership import LEVELS, PHASES, RELATION_FACTS, Partnership, Principles
from kemitraan.models.rubric import LoadedRubric, Text
from kemitraan.msg import Msg

Label = Msg | Text | str
"""A label, hint or title of the form: said in each of the form's languages."""


def language_name(lang: str) -> str:
    """How an XLSForm names a language in its column headers: ``Indonesian (id)``, ``English (en)``
    (the English name, as KoboToolbox and ODK list them; the code alone for a language without one)."""
    key = f"language.{lang}"
    name = messages.template(key, "en") if key in messages.SOURCE else lang
    return f"{name} ({lang})"


INSTANCE_NAME = "concat(${informant}, ' - ', ${organisation})"
"""How KoboToolbox and ODK Central list a submission: the respondent's code and organisation."""
OTHER_ORG = "other_org"
NO_PARTNER = "no_partner"


@dataclass(frozen=True)
class Question:
    """One row of the survey sheet, and what its answer means for the partnership file."""

    type: str
    name: str
    label: Label | None
    meaning: tuple[str, ...] = ()
    """("participation", program, phase, partner), ("score", principle), ("comment", principle),
    ("informant",), ("organisation",), ("organisation_other",), ("role",), ("understands",),
    ("gains",), ("benefits",), ("capacity_from",), ("capacity_what",), ("agreement",),
    ("relation", fact);
    empty for group rows."""
    hint: Label | None = None
    required: bool = False
    relevant: str | None = None
    appearance: str | None = None
    group: str | None = None
    """The name of the group the question sits in (for the export's column prefixes)."""
    constraint: str | None = None
    constraint_message: Label | None = None


@dataclass(frozen=True)
class Form:
    """A whole questionnaire: survey rows, choice lists and settings."""

    survey: tuple[Question, ...]
    choices: tuple[tuple[str, str, Label], ...]
    """(list name, choice name, label)."""
    title: Label
    form_id: str


def _t(key: str, **params: Any) -> Msg:
    return Msg(key, params)


def _criterion_text(rubrics: Sequence[LoadedRubric], test: Any) -> Label | None:
    """The description of the first criterion (in rubric order) that ``test`` accepts."""
    for loaded in rubrics:
        for c in loaded.rubric.criteria:
            if test(c):
                return c.description
    return None


def _safe(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9_]", "_", value)


def _asked(c: Any) -> tuple[Asked, ...]:
    """The facts a criterion reads, as its indicator's questionnaire hook says."""
    return asks(c.indicator, c.parsed_params)


def _worded_by(path: str) -> Any:
    """A test for the criteria whose words may word the question of the fact at ``path``."""
    return lambda c: any(a.path == path and a.words for a in _asked(c))


def asked_principles(rubrics: Sequence[LoadedRubric]) -> list[str]:
    """The principles some rubric reads, in the order of the partnership file's contract."""
    wanted: set[str] = set()
    for loaded in rubrics:
        for c in loaded.rubric.criteria:
            for a in _asked(c):
                parts = a.path.split(".")
                if parts[0] == "principles" and len(parts) == 3 and parts[2] == "score":
                    wanted.add(parts[1])
    return [name for name in Principles.model_fields if name in wanted]


def asked_relation(rubrics: Sequence[LoadedRubric]) -> list[str]:
    """The relation facts some rubric reads (``relation.<fact>.value``), in the file's order."""
    wanted: set[str] = set()
    for loaded in rubrics:
        for c in loaded.rubric.criteria:
            for a in _asked(c):
                if a.path.startswith("relation."):
                    wanted.add(a.path.split(".")[1])
    return [name for name in RELATION_FACTS if name in wanted]


RELATION_LISTS = {
    "similar": "yesno",
    "subordinated": "yesno",
    "equal_roles": "yesno",
    "information": "yesno",
    "activities": "yesno",
    "resources": "share",
    "risks": "share",
    "communication": "communication",
    "decisions": "decisions",
}
"""The choice list each relation fact's question uses."""


def _relation_hint(rubrics: Sequence[LoadedRubric], fact: str) -> Label | None:
    """The description of the first criterion that reads the fact (the rubric's own words)."""
    return _criterion_text(rubrics, _worded_by(f"relation.{fact}.value"))


def questions(
    p: Partnership,
    principles: Sequence[str],
    rubrics: Sequence[LoadedRubric] = (),
    relation: Sequence[str] = (),
) -> tuple[Question, ...]:
    """The survey rows for a partnership (labels and hints from ``rubrics`` when given), asking
    for these ``principles`` and ``relation`` facts."""
    rows: list[Question] = []

    def group(
        name: str,
        label: Label,
        inner: list[Question],
        appearance: str | None = None,
        relevant: str | None = None,
    ) -> None:
        rows.append(Question("begin_group", name, label, appearance=appearance, relevant=relevant))
        rows.extend(dataclasses.replace(q, group=name) for q in inner)
        rows.append(Question("end_group", name, None))

    group(
        "respondent",
        _t("form.group.respondent"),
        [
            Question("text", "informant", _t("form.informant"), ("informant",), _t("form.informant.hint")),
            Question(
                "select_one org", "organisation", _t("form.organisation"), ("organisation",), required=True
            ),
            Question(
                "text",
                "organisation_other",
                _t("form.organisation_other"),
                ("organisation_other",),
                relevant=f"${{organisation}} = '{OTHER_ORG}'",
            ),
            Question("text", "role", _t("form.role"), ("role",)),
        ],
        "field-list",
    )
    for program in p.programs:
        for phase in PHASES:
            name = f"{phase}_{_safe(program.id)}"
            label: Label = _t("form.group.phase", program=program.name, phase=Msg(f"phase.{phase}"))
            # the note and the partners' levels share one screen (a field-list)
            inner = [
                Question(
                    "note",
                    f"{name}_note",
                    _t("form.phase.note", phase=Msg(f"phase.{phase}")),
                    hint=_t("form.phase.note.levels"),
                ),
                *(
                    Question(
                        "select_one level",
                        f"{name}__{_safe(partner.id)}",
                        partner.name,
                        ("participation", program.id, phase, partner.id),
                    )
                    for partner in p.partners
                ),
            ]
            group(name, label, inner, "field-list")
    scored: list[Question] = []
    for principle in principles:
        # the criterion that states the principle positively (at_least), not a sign of its lack
        candidates = sorted(
            (
                c
                for loaded in rubrics
                for c in loaded.rubric.criteria
                if _worded_by(f"principles.{principle}.score")(c)
            ),
            key=lambda c: getattr(c.parsed_params, "at_least", None) is None,
        )
        criterion = candidates[0] if candidates else None
        label = criterion.label if criterion else _t(f"principle.{principle}")
        hint = criterion.description if criterion else None
        scored.append(
            Question(
                "select_one score", f"score_{principle}", label, ("score", principle), hint, required=True
            )
        )
        scored.append(
            Question(
                "text",
                f"comment_{principle}",
                _t("form.comment", principle=label),
                ("comment", principle),
                relevant=f"${{score_{principle}}} != '' and ${{score_{principle}}} != 'unknown'",
            )
        )
    if scored:
        group("principles", _t("form.group.principles"), scored)
    own_org = [
        Question(
            "select_one understanding",
            "understands_purpose",
            _t("form.understands"),
            ("understands",),
            _criterion_text(rubrics, _worded_by("partners.understands_purpose")),
        ),
        Question(
            "select_one yesno",
            "gains",
            _t("form.gains"),
            ("gains",),
            _criterion_text(rubrics, _worded_by("partners.benefits")),
        ),
        Question("text", "benefits", _t("form.benefits"), ("benefits",), relevant="${gains} = 'yes'"),
        Question(
            "select_multiple partner",
            "capacity_from",
            _t("form.capacity_from"),
            ("capacity_from",),
            _criterion_text(rubrics, _worded_by("capacity_building")),
            # "none" stands alone, and one's own organisation did not build its own capacity
            constraint=(
                f"not(selected(., '{NO_PARTNER}') and count-selected(.) > 1)"
                " and not(selected(., ${organisation}))"
            ),
            constraint_message=_t("form.capacity_from.constraint"),
        ),
        Question(
            "text",
            "capacity_what",
            _t("form.capacity_what"),
            ("capacity_what",),
            relevant=f"${{capacity_from}} != '' and not(selected(${{capacity_from}}, '{NO_PARTNER}'))",
        ),
        Question(
            "select_one agreement",
            "agreement_form",
            _t("form.agreement"),
            ("agreement",),
            _criterion_text(rubrics, _worded_by("agreement.form")),
        ),
    ]
    # only a partner's own people answer for it: someone from outside skips these questions
    group(
        "own_org",
        _t("form.group.own_org"),
        own_org,
        relevant=f"${{organisation}} != '' and ${{organisation}} != '{OTHER_ORG}'",
    )
    related = [
        Question(
            f"select_one {RELATION_LISTS[fact]}",
            f"relation_{fact}",
            _t(f"form.relation.{fact}"),
            ("relation", fact),
            _relation_hint(rubrics, fact),
        )
        for fact in relation
    ]
    if related:
        group("relation", _t("form.group.relation"), related)
    names = [q.name for q in rows if q.type != "end_group"]
    clashes = sorted({n for n in names if names.count(n) > 1})
    if clashes:
        raise UsageError(messages.err("form.clash", id=p.id, names=", ".join(clashes)))
    return tuple(rows)


def choices(p: Partnership) -> tuple[tuple[str, str, Label], ...]:
    rows: list[tuple[str, str, Label]] = []
    for partner in p.partners:
        rows.append(("org", partner.id, partner.name))
    rows.append(("org", OTHER_ORG, _t("form.choice.other_org")))
    for level in LEVELS:
        label = _t("form.choice.level", level=Msg(f"level.{level}"), help=Msg(f"level.{level}.help"))
        rows.append(("level", level, label))
    rows.append(("level", "unknown", _t("form.choice.unknown")))
    for score in range(1, 6):
        rows.append(("score", str(score), _t(f"form.choice.score.{score}")))
    rows.append(("score", "unknown", _t("form.choice.unknown")))  # never force a guess
    for value in ("yes", "partly", "no", "unknown"):
        rows.append(("understanding", value, _t(f"form.choice.{value}")))
    for value in ("yes", "no", "unknown"):
        rows.append(("yesno", value, _t(f"form.choice.{value}")))
    for partner in p.partners:
        rows.append(("partner", partner.id, partner.name))
    rows.append(("partner", NO_PARTNER, _t("form.choice.no_partner")))
    for value in ("written", "verbal", "none", "unknown"):
        rows.append(("agreement", value, _t(f"form.choice.agreement.{value}")))
    for value in ("none", "some", "full"):
        rows.append(("share", value, _t(f"share.{value}")))
    rows.append(("share", "unknown", _t("form.choice.unknown")))
    for value in ("infrequent", "formal", "frequent", "prioritised"):
        rows.append(("communication", value, _t(f"value.{value}")))
    rows.append(("communication", "unknown", _t("form.choice.unknown")))
    for value in ("independent", "some-shared", "all-members", "consensus"):
        rows.append(("decisions", value, _t(f"value.{value}")))
    rows.append(("decisions", "unknown", _t("form.choice.unknown")))
    return tuple(rows)


def build(p: Partnership, rubrics: Sequence[LoadedRubric]) -> Form:
    """The questionnaire for a partnership, with the principles the rubrics read."""
    for partner in p.partners:
        if partner.id in (OTHER_ORG, NO_PARTNER):
            raise UsageError(messages.err("form.reserved", id=p.id, partner=partner.id))
    return Form(
        survey=questions(p, asked_principles(rubrics), rubrics, asked_relation(rubrics)),
        choices=choices(p),
        title=_t("form.title", title=p.title),
        form_id="kemitraan_" + _safe(p.id),
    )


def sheets(form: Form, langs: Sequence[str]) -> dict[str, list[list[str]]]:
    """The three sheets as rows of cells (the first row is the header)."""
    say = messages.say
    columns = [f"label::{language_name(x)}" for x in langs]
    hints = [f"hint::{language_name(x)}" for x in langs]
    messages_ = [f"constraint_message::{language_name(x)}" for x in langs]
    survey = [
        ["type", "name", *columns, *hints, "required", "relevant", "appearance", "constraint", *messages_]
    ]
    for q in form.survey:
        survey.append(
            [
                q.type,
                q.name,
                *[say(q.label, x) for x in langs],
                *[say(q.hint, x) for x in langs],
                "yes" if q.required else "",
                q.relevant or "",
                q.appearance or "",
                q.constraint or "",
                *[say(q.constraint_message, x) for x in langs],
            ]
        )
    choice_rows = [["list_name", "name", *columns]]
    choice_rows += [
        [list_name, name, *[say(label, x) for x in langs]] for list_name, name, label in form.choices
    ]
    content = repr((survey, choice_rows)).encode("utf-8")
    version = hashlib.sha256(content).hexdigest()[:10]
    settings = [
        ["form_title", "form_id", "version", "default_language", "instance_name"],
        [say(form.title, langs[0]), form.form_id, version, language_name(langs[0]), INSTANCE_NAME],
    ]
    return {"survey": survey, "choices": choice_rows, "settings": settings}


def to_xlsx(form: Form, langs: Sequence[str]) -> bytes:
    """The XLSForm as .xlsx bytes, byte-identical for the same form (fixed zip and file dates)."""
    try:
        from openpyxl import Workbook
    except ImportError:
        raise UsageError(messages.err("fw.extra.form")) from None
    import datetime

    wb = Workbook()
    default = wb.active
    if default is not None:
        wb.remove(default)
    for title, rows in sheets(form, langs).items():
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = ws.cell(row=r, column=c, value=value)
                if isinstance(value, str) and value:
                    cell.data_type = "s"  # text, never a formula: a partner may be called '=HYPERLINK(...)'
    fixed = datetime.datetime(2000, 1, 1)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "kemitraan"
    buffer = io.BytesIO()
    wb.save(buffer)
    return normalise_zip(buffer.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """The same zip with every entry dated 1980-01-01, so equal content gives equal bytes.

    openpyxl stamps the workbook's *modified* time on saving; it becomes 2000-01-01, or the
    time SOURCE_DATE_EPOCH gives (the reproducible-builds convention).
    """
    from kemitraan.pipeline import generated_at

    stamp = generated_at() or "2000-01-01T00:00:00Z"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = re.sub(
                    r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                    rf"\g<1>{stamp}\g<2>",
                    content.decode(),
                )
                content = text.encode()
            dst.writestr(fixed, content)
    return out.getvalue()


def parse_langs(value: str) -> list[str]:
    """``id,en`` -> ["id", "en"]; the first is the form's default language."""
    from kemitraan.i18n import known, languages

    langs = [x.strip() for x in value.split(",") if x.strip()]
    if not langs or not all(known(x) for x in langs) or len(set(langs)) != len(langs):
        raise UsageError(messages.err("cli.form_langs", langs=", ".join(languages()), value=value))
    return langs
