"""Reading a KoboToolbox or ODK Central export of the questionnaire into the partnership file.

**Layouts.** Columns are found by name, never by position. A question ``name`` in group ``g``
is the column ``g<sep>name``, where ``<sep>`` is whatever the export put between group and
question: KoboToolbox writes its *group separator* (``/`` by default, any text the user
chooses) when *include groups in headers* is on, and the bare ``name`` when it is off; ODK
Central writes ``g-name``, or ``name`` with *remove group names*. The separator is found from
the form's own group names, not from a list. A select_multiple may be one column of choice
names (``p2tp2a desa``), one 1/0 column per choice (KoboToolbox's *details*, Central's *split
select multiples*: ``capacity_from/p2tp2a``), or both; the 1/0 columns are read when the
summary column is missing. CSV (``;`` or ``,``, UTF-8 or UTF-16) and XLSX are read, streamed
(see :mod:`kemitraan.fieldwork.tables`). Export with *XML values and headers*: labels are
refused with a message saying so.

**Identity.** A submission keeps its identity across edits: ODK Central's ``KEY`` is the
original instance id and stays when a submission is edited (``meta-instanceID`` changes);
KoboToolbox's ``meta/rootUuid`` does the same (``_uuid`` changes with each edit, and an edit
names the version it replaces in ``meta/deprecatedID``). The file stores that identity as each
answer's ``submission``. A submission already in the file with the same answers is skipped; one
whose answers changed (an edit) replaces its earlier answers in place, so the diff shows the
change; an informant code already answered by another submission that the export does not link
to it is left out and listed, never counted twice.

**Review.** Submissions rejected in ODK Central (``ReviewState`` ``rejected``) or not approved in
KoboToolbox (``_validation_status``) are left out and listed, and their earlier answers leave
the file; ``--include-rejected`` takes them in.

Metadata columns (``_id``, ``_uuid``, ``SubmissionDate``, ``meta-instanceID``, ``start`` ...) are
otherwise ignored; the submission time is written in one form, UTC (``2024-05-01T08:11:30Z``).
Every problem in the export is reported at once (at most 50), by line and column, and then
nothing is written.
"""

from __future__ import annotations

import datetime
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kemitraan.errors import InputError, Problem
from kemitraan.fieldwork.xlsform import NO_PARTNER, OTHER_ORG, Question, questions
from kemitraan.models.partnership import LEVELS, PHASES, RELATION_FACTS, Partnership, Principles, answers
from kemitraan.msg import Msg

MAX_PROBLEMS = 50

METADATA = {
    # KoboToolbox
    "start", "end", "today", "deviceid", "username", "phonenumber", "simserial", "subscriberid",
    "audit", "__version__", "_version_", "_id", "_uuid", "_submission_time", "_validation_status",
    "_notes", "_status", "_submitted_by", "_tags", "_index", "_attachments", "_geolocation",
    # ODK Central
    "submissiondate", "key", "submitterid", "submittername", "attachmentspresent",
    "attachmentsexpected", "status", "reviewstate", "edits", "formversion", "instanceid",
    "instancename", "deprecatedid", "rootuuid",
}  # fmt: skip

CHOICES: dict[str, tuple[str, ...]] = {
    "participation": (*LEVELS, "unknown"),
    "score": ("1", "2", "3", "4", "5", "unknown"),
    "understands": ("yes", "partly", "no", "unknown"),
    "gains": ("yes", "no", "unknown"),
    "agreement": ("written", "verbal", "none", "unknown"),
}
REJECTED = {
    # ODK Central's ReviewState, KoboToolbox's _validation_status (XML value, then label)
    "rejected": "fw.ingest.rejected",
    "validation_status_not_approved": "fw.ingest.not_approved",
    "not approved": "fw.ingest.not_approved",
}
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")

Meaning = tuple[str, ...]


@dataclass
class Submission:
    """One respondent's answers, keyed by what each question means."""

    line: int
    submission: str
    """The identity the file keeps: the original instance id (Central ``KEY``, Kobo
    ``meta/rootUuid``), else this version's instance id, else ``row-N``."""
    links: frozenset[str]
    """Every id this submission may already be in the file under (itself, the version it was
    edited from, the original)."""
    submitted: str | None
    review: str | None = None
    """Why it is left out unless asked for (rejected, not approved), or None."""
    values: dict[Meaning, str] = field(default_factory=dict)

    def get(self, *meaning: str) -> str | None:
        value = self.values.get(meaning, "").strip()
        return value or None


@dataclass(frozen=True)
class Export:
    file: str
    flavour: str
    """``KoboToolbox``, ``ODK Central`` or ``CSV`` (a plain export without their metadata)."""
    kind: str
    """``csv`` or ``xlsx``."""
    separator: str | None
    """What stands between a group's name and a question's (None: no group names)."""
    multiple: str
    """How the select_multiple was exported: ``one column``, ``1/0 columns``, ``both`` or ``absent``."""
    columns: dict[str, Question]
    ignored: tuple[str, ...]
    """Columns that are neither questions of the form nor metadata."""
    submissions: tuple[Submission, ...]


# --- reading ----------------------------------------------------------------------------------


def _is_metadata(column: str, separator: str | None) -> bool:
    low = column.lower()
    prefixes = ["meta/", "meta-", "formhub/", "formhub-"]
    if separator:
        prefixes += [f"meta{separator}".lower(), f"formhub{separator}".lower()]
    return low in METADATA or column.startswith("_") or low.startswith(tuple(prefixes)) or "/_" in column


def _separator(header: Sequence[str], qs: Sequence[Question]) -> str | None:
    """The text between group and question names that matches most columns (None: bare names)."""
    votes: Counter[str | None] = Counter()
    columns = set(header)
    for q in qs:
        if q.name in columns:
            votes[None] += 1
        if not q.group:
            continue
        for column in header:
            if (
                len(column) > len(q.group) + len(q.name)
                and column.startswith(q.group)
                and column.endswith(q.name)
            ):
                between = column[len(q.group) : len(column) - len(q.name)]
                if not any(c.isalnum() for c in between):
                    votes[between] += 1
    if not votes:
        return None
    return votes.most_common(1)[0][0]


def _name(q: Question, separator: str | None) -> str:
    return f"{q.group}{separator}{q.name}" if separator and q.group else q.name


def _details(header: Sequence[str], base: str, choices: Sequence[str]) -> dict[str, str]:
    """The 1/0 columns of a select_multiple (column -> choice), whatever stands between."""
    found: dict[str, tuple[str, str]] = {}
    longest_first = sorted(choices, key=len, reverse=True)
    for column in header:
        if column == base or not column.startswith(base):
            continue
        rest = column[len(base) :]
        for choice in longest_first:
            if len(rest) > len(choice) and rest.endswith(choice):
                between = rest[: -len(choice)]
                if not any(c.isalnum() for c in between):
                    found[column] = (choice, between)
                break
    if not found:
        return {}
    usual = Counter(between for _, between in found.values()).most_common(1)[0][0]
    return {column: choice for column, (choice, between) in found.items() if between == usual}


def _first(header: set[str], *names: str) -> str | None:
    return next((n for n in names if n and n in header), None)


def _uuid(value: str) -> str:
    value = value.strip()
    return f"uuid:{value}" if _UUID.match(value) else value


def when(value: str | None) -> str | None:
    """A submission time in one form: UTC to the second (``2024-05-01T08:11:30Z``).

    KoboToolbox writes ``_submission_time`` in UTC without a zone, ODK Central
    ``SubmissionDate`` with milliseconds and ``Z``; a time with an offset is converted.
    Text that is not a time is kept as it is.
    """
    if not value:
        return None
    try:
        moment = datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        return value.strip()
    if moment.tzinfo is not None:
        moment = moment.astimezone(datetime.UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0).isoformat() + "Z"


def read(path: Path, p: Partnership) -> Export:
    """Parse an export (raises :class:`InputError` listing every problem)."""
    from kemitraan.fieldwork.tables import MAX_ROWS, open_table

    file = str(path)
    form = questions(p, list(Principles.model_fields), relation=RELATION_FACTS)
    qs = [q for q in form if q.meaning]
    notes = [q for q in form if q.type == "note"]
    with open_table(path) as table:
        header = table.header
        separator = _separator(header, qs)
        present = set(header)
        columns = {_name(q, separator): q for q in qs if _name(q, separator) in present}
        multi = next((q for q in qs if q.type.startswith("select_multiple")), None)
        details: dict[str, str] = {}
        if multi is not None:
            details = _details(header, _name(multi, separator), [x.id for x in p.partners] + [NO_PARTNER])
        if not columns and not details:
            raise InputError(
                [Problem(file, Msg("fw.ingest.no_columns"), line=1, suggestion=Msg("hint.fw.xml_values"))]
            )
        known = set(columns) | set(details) | {_name(q, separator) for q in notes} | {q.name for q in notes}
        ignored = tuple(c for c in header if c and c not in known and not _is_metadata(c, separator))
        if multi is not None:
            has_base = _name(multi, separator) in columns
            multiple = (
                "both"
                if has_base and details
                else "one column"
                if has_base
                else "1/0 columns"
                if details
                else "absent"
            )
        else:
            multiple = "absent"
        flavour = (
            "ODK Central"
            if {"KEY", "SubmissionDate"} & present
            else "KoboToolbox"
            if {"_uuid", "_submission_time"} & present
            else "CSV"
        )
        sep = separator or ""
        ids = {
            name: _first(present, f"meta/{name}", f"meta-{name}", f"meta{sep}{name}" if sep else "", name)
            for name in ("instanceID", "deprecatedID", "rootUuid")
        }
        root_column = "KEY" if flavour == "ODK Central" and "KEY" in present else ids["rootUuid"]
        time_column = _first(present, "_submission_time", "SubmissionDate", "end")
        review_column = _first(present, "ReviewState", "_validation_status")
        problems: list[Problem] = []
        submissions: list[Submission] = []
        index = {name: i for i, name in enumerate(header)}
        first_row = True
        for number, row in table.rows:
            if not any(cell.strip() for cell in row):
                continue
            if first_row and all(c.strip().startswith("#") for c in row if c.strip()):
                first_row = False
                continue  # KoboToolbox's row of HXL tags under the header
            first_row = False
            if len(submissions) >= MAX_ROWS:
                raise InputError(
                    [
                        Problem(
                            file,
                            Msg("fw.ingest.too_many", {"n": MAX_ROWS}),
                            line=number,
                            suggestion=Msg("hint.fw.filter"),
                        )
                    ]
                )
            if len(row) < len(header) and table.kind == "xlsx":
                row = row + [""] * (len(header) - len(row))
            if len(row) != len(header) and not (table.kind == "xlsx" and not any(row[len(header) :])):
                problems.append(
                    Problem(file, Msg("fw.ingest.cells", {"n": len(row), "header": len(header)}), line=number)
                )
                if len(problems) >= MAX_PROBLEMS:
                    break
                continue
            sub = _submission(number, row, index, root_column, ids, time_column, review_column)
            for column, q in columns.items():
                value = row[index[column]].strip()
                problem = _hidden(value, column) or _check(q, value, p)
                if problem:
                    message = Msg("fw.ingest.column", {"column": column, "problem": problem})
                    problems.append(Problem(file, message, line=_line(number, value)))
                sub.values[q.meaning] = value
            if multi is not None and details:
                problem = _from_details(sub, multi, details, row, index)
                if problem:
                    problems.append(Problem(file, problem, line=number))
            submissions.append(sub)
            if len(problems) >= MAX_PROBLEMS:
                break
    if problems:
        raise InputError(problems[:MAX_PROBLEMS])
    return Export(file, flavour, table.kind, separator, multiple, columns, ignored, tuple(submissions))


def _submission(
    number: int,
    row: list[str],
    index: dict[str, int],
    root_column: str | None,
    ids: dict[str, str | None],
    time_column: str | None,
    review_column: str | None,
) -> Submission:
    def cell(column: str | None) -> str:
        return row[index[column]].strip() if column else ""

    version = _uuid(cell(ids["instanceID"]) or cell("_uuid" if "_uuid" in index else None))
    root = _uuid(cell(root_column))
    deprecated = _uuid(cell(ids["deprecatedID"]))
    identity = root or version or f"row-{number}"
    review = REJECTED.get(cell(review_column).lower())
    links = frozenset(x for x in (identity, version, root, deprecated) if x)
    return Submission(number, identity, links, when(cell(time_column)), review)


def _line(number: int, value: str) -> int:
    """The line of the first hidden character in a cell that runs over several lines."""
    match = _HIDDEN.search(value)
    return number + value[: match.start()].count("\n") if match else number


def _hidden(value: str, column: str) -> Msg | None:
    from kemitraan.loader.reader import char_name

    match = _HIDDEN.search(value)
    if match is None:
        return None
    return Msg("fw.ingest.control", {"char": char_name(match.group())})


def _from_details(
    sub: Submission, q: Question, details: dict[str, str], row: list[str], index: dict[str, int]
) -> Msg | None:
    """Fill a select_multiple from its 1/0 columns (or check them against its summary column)."""
    chosen: list[str] = []
    answered = False
    for column, choice in details.items():
        value = row[index[column]].strip()
        if value in ("1", "true", "TRUE", "True"):
            chosen.append(choice)
            answered = True
        elif value in ("0", "false", "FALSE", "False"):
            answered = True
        elif value:
            return Msg(
                "fw.ingest.column", {"column": column, "problem": Msg("fw.ingest.one_zero", {"value": value})}
            )
    summary = sub.values.get(q.meaning, "").strip()
    if q.meaning in sub.values and summary:
        if answered and set(summary.split()) != set(chosen):
            return Msg("fw.ingest.disagree", {"answer": summary, "chosen": chosen or Msg("word.none")})
        return None
    if answered:
        sub.values[q.meaning] = " ".join(chosen)
    return None


def _check(q: Question, value: str, p: Partnership) -> Msg | None:
    if not value:
        return None
    kind = q.meaning[0]
    if kind == "organisation":
        allowed = [x.id for x in p.partners] + [OTHER_ORG]
    elif kind == "capacity_from":
        allowed = [x.id for x in p.partners] + [NO_PARTNER]
        bad = [v for v in value.split() if v not in allowed]
        return (
            Msg("fw.ingest.partner_ids", {"allowed": ", ".join(allowed), "value": ", ".join(bad)})
            if bad
            else None
        )
    elif kind in CHOICES:
        allowed = list(CHOICES[kind])
    elif kind == "relation":
        from kemitraan.interview import relation_values

        allowed = [*relation_values(q.meaning[1]), "unknown"]
    else:
        return None
    if value in allowed:
        return None
    key = "fw.ingest.choice.labels" if " " in value else "fw.ingest.choice"
    return Msg(key, {"allowed": ", ".join(allowed), "value": value})


# --- what a submission says, as records of the partnership file -------------------------------


@dataclass(frozen=True)
class Record:
    """One answer as it is written into the file: where, and its fields."""

    place: tuple[str, ...]
    """("phase", program, phase), ("principle", name), ("partner", id), ("agreement",),
    ("relation", fact) or ("capacity", builder, receiver)."""
    data: dict[str, Any]

    def key(self) -> str:
        """What identifies the answer's content (the submission time and id left out)."""
        data = {k: v for k, v in self.data.items() if k not in ("submitted", "submission", "source")}
        return json.dumps([self.place, data], sort_keys=True, ensure_ascii=False)


@dataclass
class Summary:
    added: int = 0
    changed: int = 0
    skipped: int = 0
    withdrawn: int = 0
    rejected: int = 0
    answers: int = 0
    left_out: list[tuple[str, str]] = field(default_factory=list)
    """(submission, why) for each submission not taken in."""
    notes: list[str] = field(default_factory=list)
    """Answers taken in only in part, and why."""


def records(sub: Submission, p: Partnership, notes: list[str] | None = None) -> list[Record]:
    """What one submission adds to the file, in the order it is written."""
    partner_ids = [x.id for x in p.partners]
    organisation = sub.get("organisation")
    partner = organisation if organisation in partner_ids else None
    informant = sub.get("informant") or sub.submission
    who = {
        "informant": informant,
        "partner": partner,
        "organisation": sub.get("organisation_other") if organisation == OTHER_ORG else None,
        "role": sub.get("role"),
        "submitted": sub.submitted,
        "submission": sub.submission,
    }
    out: list[Record] = []

    def add(place: tuple[str, ...], data: dict[str, Any]) -> None:
        out.append(Record(place, {k: v for k, v in data.items() if v is not None}))

    phases: dict[tuple[str, str], dict[str, str]] = {}
    for meaning, value in sub.values.items():
        if meaning[0] == "participation" and value.strip():
            phases.setdefault((meaning[1], meaning[2]), {})[meaning[3]] = value.strip()
    for program in p.programs:
        for phase in PHASES:
            levels = phases.get((program.id, phase))
            if levels:
                ordered = {x: levels[x] for x in partner_ids if x in levels}
                add(("phase", program.id, phase), {**who, "participation": ordered})
    for principle in Principles.model_fields:
        score = sub.get("score", principle)
        if score is None or score == "unknown":
            continue  # "don't know" is not a rating
        add(("principle", principle), {**who, "score": int(score), "comment": sub.get("comment", principle)})
    understands = sub.get("understands")
    gains = sub.get("gains")
    if partner is not None and (understands not in (None, "unknown") or gains in ("yes", "no")):
        report: dict[str, Any] = {
            **who,
            "understands_purpose": understands if understands != "unknown" else None,
        }
        if gains == "yes":
            report["benefits"] = [sub.get("benefits") or unnamed(p, "fw.unnamed.benefit")]
        elif gains == "no":
            report["benefits"] = []
        add(("partner", partner), report)
    form = sub.get("agreement")
    if form and form != "unknown":
        add(("agreement",), {**who, "form": form})
    for fact in RELATION_FACTS:
        said = sub.get("relation", fact)
        if said and said != "unknown":  # "don't know" is not an answer
            add(("relation", fact), {**who, "value": said})
    named = (sub.get("capacity_from") or "").split()
    if partner is not None and notes is not None:
        if partner in named:
            notes.append(say("fw.ingest.own_builder", informant=informant))
        if NO_PARTNER in named and len(named) > 1:
            notes.append(say("fw.ingest.none_and_partners", informant=informant))
    builders = [x for x in named if x in partner_ids and x != partner]
    if partner is not None:
        what = sub.get("capacity_what") or unnamed(p, "fw.unnamed.capacity")
        for builder in builders:
            add(("capacity", builder, partner), {"quote": what, "informant": informant})
    return out


def existing(p: Partnership, ids: Iterable[str]) -> list[Record]:
    """The records already in the file under any of these submission ids."""
    wanted = set(ids)
    out: list[Record] = []

    def dump(answer: Any) -> dict[str, Any]:
        return dict(answer.model_dump(mode="json", by_alias=True, exclude_unset=True, exclude_none=True))

    for loc, answer in answers(p):
        if answer.submission not in wanted:
            continue
        if loc[0] == "programs":
            place: tuple[str, ...] = ("phase", p.programs[int(loc[1])].id, str(loc[2]))
        elif loc[0] == "principles":
            place = ("principle", str(loc[1]))
        elif loc[0] == "partners":
            place = ("partner", p.partners[int(loc[1])].id)
        elif loc[0] == "relation":
            place = ("relation", str(loc[1]))
        else:
            place = ("agreement",)
        out.append(Record(place, dump(answer)))
    for flow in p.capacity_building or ():
        for e in flow.evidence:
            if e.source and any(e.source.endswith(f", {x}") for x in wanted):
                out.append(
                    Record(("capacity", flow.from_, flow.to), {"quote": e.quote, "informant": e.informant})
                )
    return out


def unnamed(p: Partnership, key: str) -> str:
    """A placeholder for an answer given without words, in the file's language."""
    from kemitraan.messages import t

    return t(key, p.language)


# --- merging into the partnership file --------------------------------------------------------


class _Editor:
    """Adds and replaces records in the round-trip document, in place."""

    def __init__(self, doc: Any, p: Partnership, source: str) -> None:
        self.doc = doc
        self.p = p
        self.source = source
        self.partner_index = {x.id: i for i, x in enumerate(p.partners)}
        self.program_index = {x.id: i for i, x in enumerate(p.programs)}
        self.slots: dict[int, int] = {}
        """id(list) -> where the next record of the submission being replaced goes."""
        self.emptied: list[tuple[Any, Any]] = []

    def _lists(self) -> Iterable[tuple[Any, Any, str]]:
        """(parent, list, what) for every list of answers in the document."""
        doc = self.doc
        for program in doc.get("programs") or ():
            for phase in PHASES:
                node: Any = program.get(phase) if hasattr(program, "get") else None
                if hasattr(node, "get") and node.get("reports"):
                    yield node, node["reports"], "reports"
        principles = doc.get("principles")
        if hasattr(principles, "get"):
            for name in Principles.model_fields:
                node = principles.get(name)
                if hasattr(node, "get") and node.get("ratings"):
                    yield node, node["ratings"], "ratings"
        for partner in doc.get("partners") or ():
            if hasattr(partner, "get") and partner.get("reports"):
                yield partner, partner["reports"], "reports"
        agreement = doc.get("agreement")
        if hasattr(agreement, "get") and agreement.get("reports"):
            yield agreement, agreement["reports"], "reports"
        relation = doc.get("relation")
        if hasattr(relation, "get"):
            for fact in RELATION_FACTS:
                node = relation.get(fact)
                if hasattr(node, "get") and node.get("reports"):
                    yield node, node["reports"], "reports"
        for flow in doc.get("capacity_building") or ():
            if hasattr(flow, "get") and flow.get("evidence"):
                yield flow, flow["evidence"], "evidence"

    def remove(self, ids: frozenset[str]) -> None:
        """Take out every answer of these submissions, remembering where each list had them."""
        self.slots = {}
        for parent, items, key in list(self._lists()):
            doomed = [i for i, item in enumerate(items) if self._belongs(item, key, ids)]
            if not doomed:
                continue
            for i in reversed(doomed):
                del items[i]
            self.slots[id(items)] = doomed[0]
            if not items:
                self.emptied.append((parent, key))

    @staticmethod
    def _belongs(item: Any, key: str, ids: frozenset[str]) -> bool:
        if not hasattr(item, "get"):
            return False
        if key == "evidence":
            source = str(item.get("source") or "")
            return any(source.endswith(f", {x}") for x in ids)
        return item.get("submission") in ids

    def _put(self, items: Any, node: Any) -> None:
        slot = self.slots.get(id(items))
        if slot is None:
            items.append(node)
        else:
            items.insert(slot, node)
            self.slots[id(items)] = slot + 1

    def add(self, record: Record, submission: str) -> None:
        from kemitraan.fieldwork import yamledit as y

        kind = record.place[0]
        if kind == "phase":
            program = y.child(self.doc["programs"], self.program_index[record.place[1]])
            node = y.child(program, record.place[2])
            data = dict(record.data)
            data["participation"] = y.flow(data["participation"])
            self._put(y.seq(node, "reports"), y.flow(data))
        elif kind == "principle":
            node = y.child(y.child(self.doc, "principles"), record.place[1])
            self._put(y.seq(node, "ratings"), y.flow(record.data))
        elif kind == "partner":
            node = y.child(self.doc["partners"], self.partner_index[record.place[1]])
            self._put(y.seq(node, "reports"), y.flow(record.data))
        elif kind == "agreement":
            self._put(y.seq(y.child(self.doc, "agreement"), "reports"), y.flow(record.data))
        elif kind == "relation":
            node = y.child(y.child(self.doc, "relation"), record.place[1])
            self._put(y.seq(node, "reports"), y.flow(record.data))
        else:
            self._capacity(record, submission)

    def _capacity(self, record: Record, submission: str) -> None:
        """A capacity-building flow reported by an informant, with the answer as its evidence."""
        from ruamel.yaml.comments import CommentedMap

        from kemitraan.fieldwork import yamledit as y

        _, builder, receiver = record.place
        what = record.data["quote"]
        evidence = y.flow(
            {
                "quote": what,
                "source": f"{self.source}, {submission}",
                "informant": record.data.get("informant"),
            }
        )
        flows = y.seq(self.doc, "capacity_building")
        for entry in flows:
            if entry.get("from") == builder and entry.get("to") == receiver:
                self._put(y.seq(y.block(entry), "evidence"), evidence)
                return
        entry = CommentedMap([("from", builder), ("to", receiver), ("what", what)])
        y.seq(entry, "evidence").append(evidence)
        flows.append(entry)

    def tidy(self) -> None:
        """Remove the lists (and capacity flows) that were emptied and stayed empty."""
        for parent, key in self.emptied:
            if key in parent and not parent[key]:
                del parent[key]
        flows = self.doc.get("capacity_building")
        if flows:
            for i in reversed(range(len(flows))):
                entry = flows[i]
                if (
                    hasattr(entry, "get")
                    and not entry.get("evidence")
                    and set(entry) <= {"from", "to", "what"}
                ):
                    del flows[i]
            if not flows:
                del self.doc["capacity_building"]


def merge(
    doc: Any, p: Partnership, export: Export, source: str, *, include_rejected: bool = False
) -> Summary:
    """Add new submissions, replace edited ones, withdraw rejected ones (in ``doc``, in place)."""
    summary = Summary()
    editor = _Editor(doc, p, source)
    in_file: dict[str, set[str]] = {}
    """informant code -> the submissions it answered in, as the file has them."""
    for _, a in answers(p):
        if a.submission:
            in_file.setdefault(a.informant, set()).add(a.submission)
    stored = {s for subs in in_file.values() for s in subs}
    stored |= {
        e.source.rsplit(", ", 1)[-1]
        for flow in p.capacity_building or ()
        for e in flow.evidence
        if e.source and ", " in e.source
    }
    seen: dict[str, str] = {}
    """submission -> informant code, for this export."""
    codes: dict[str, str] = {}
    """informant code -> submission, for this export."""
    for sub in export.submissions:
        linked = sub.links & stored
        if sub.submission in seen:
            summary.left_out.append((sub.submission, say("fw.ingest.twice", line=str(sub.line))))
            continue
        seen[sub.submission] = sub.get("informant") or ""
        if sub.review and not include_rejected:
            if linked:
                editor.remove(linked)
                summary.withdrawn += 1
            summary.left_out.append((sub.submission, say(sub.review)))
            summary.rejected += 1
            continue
        code = sub.get("informant")
        if code:
            earlier = in_file.get(code, set()) - sub.links
            other = codes.get(code)
            if (earlier and not linked) or (other and other != sub.submission):
                where = ", ".join(sorted(earlier)) if earlier else other
                summary.left_out.append(
                    (sub.submission, say("fw.ingest.informant_again", code=code, where=where))
                )
                continue
            codes[code] = sub.submission
        new = records(sub, p, summary.notes)
        if linked:
            old = existing(p, linked)
            if sorted(r.key() for r in old) == sorted(r.key() for r in new):
                summary.skipped += 1
                continue
            editor.remove(linked)
            summary.changed += 1
        else:
            summary.added += 1
        for record in new:
            editor.add(record, sub.submission)
        summary.answers += len({r.place[0] if r.place[0] == "capacity" else r.place for r in new})
    editor.tidy()
    return summary


def ingest(
    export_path: Path, into: Path, *, dry_run: bool = False, include_rejected: bool = False
) -> tuple[str, Summary, Export]:
    """Merge an export into a partnership file; returns (diff, summary, export). Writes atomically.

    The file is locked from reading to writing, so two ingests into it at once never lose an
    update; ``into`` may be a symbolic link, and then its target is written.
    """
    from kemitraan.fieldwork import yamledit
    from kemitraan.loader import load_partnership

    target = yamledit.real_target(into)
    with yamledit.locked(target):
        p, text, raw = load_partnership(target)
        export = read(export_path, p)
        doc = yamledit.load(text)
        summary = merge(doc, p, export, export_path.name, include_rejected=include_rejected)
        changed = summary.added or summary.changed or summary.withdrawn
        changes = (
            yamledit.write_back(doc, text, raw, target, export_path, dry_run=dry_run, name=into.name)
            if changed
            else ""
        )
    return changes, summary, export


def say(key: str, **params: Any) -> str:
    """A sentence of the command line, in the run's language."""
    from kemitraan.messages import err

    return err(key, **params)


def describe(summary: Summary, export: Export, into: Path, dry_run: bool) -> Sequence[str]:
    from kemitraan.errors import printable

    layout = say("fw.ingest.layout", flavour=export.flavour, kind=export.kind.upper())
    if export.separator:
        layout = say("fw.ingest.layout.separator", layout=layout, separator=export.separator)
    if export.multiple not in ("absent", "one column"):
        multiple = say(
            "fw.ingest.multiple.columns" if export.multiple == "1/0 columns" else "fw.ingest.multiple.both"
        )
        layout = say("fw.ingest.layout.multiple", layout=layout, multiple=multiple)
    lines = [
        say(
            "fw.ingest.read",
            file=printable(export.file),
            layout=layout,
            submissions=Msg("count.submissions", {"n": len(export.submissions)}),
            columns=Msg("count.question_columns", {"n": len(export.columns)}),
        ),
        say(
            "fw.ingest.merged",
            into=printable(str(into)),
            added=Msg("count.submissions", {"n": summary.added}),
            changed=summary.changed,
            skipped=summary.skipped,
            answers=Msg("count.answers", {"n": summary.answers}),
        ),
    ]
    if summary.withdrawn:
        lines.append(say("fw.ingest.withdrawn", n=summary.withdrawn))
    lines += [say("fw.ingest.left_out", submission=sid, why=why) for sid, why in summary.left_out]
    if summary.rejected:
        lines.append(say("fw.ingest.include_rejected"))
    lines += summary.notes
    if export.ignored:
        ignored = printable(", ".join(export.ignored))
        lines.append(say("fw.ingest.ignored", n=len(export.ignored), columns=ignored))
    if dry_run:
        lines.append(say("fw.ingest.dry_run"))
    return lines
