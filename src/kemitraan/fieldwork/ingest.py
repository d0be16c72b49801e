"""Reading a KoboToolbox or ODK Central CSV export of the questionnaire into the partnership file.

Columns are found by name, never by position: a question ``name`` in group ``g`` is the column
``g/name`` (KoboToolbox, ``;``-separated), ``g-name`` (ODK Central, ``,``-separated) or ``name``
(an export without group names). Metadata columns (``_id``, ``_uuid``, ``SubmissionDate``,
``meta-instanceID``, ``start`` ...) are ignored, except the submission id and time, which every
answer keeps. A submission already in the file is skipped, so ingesting an export again adds
nothing. Every problem in the export is reported at once, by line and column, and then nothing
is written.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kemitraan.errors import InputError, Problem
from kemitraan.fieldwork.xlsform import NO_PARTNER, OTHER_ORG, Question, questions
from kemitraan.models.partnership import LEVELS, Partnership, Principles, answers

MAX_BYTES = 50 * 1024 * 1024

METADATA = {
    # KoboToolbox
    "start", "end", "today", "deviceid", "username", "phonenumber", "simserial", "subscriberid",
    "audit", "__version__", "_version_", "_id", "_uuid", "_submission_time", "_validation_status",
    "_notes", "_status", "_submitted_by", "_tags", "_index", "_attachments", "_geolocation",
    # ODK Central
    "submissiondate", "key", "submitterid", "submittername", "attachmentspresent",
    "attachmentsexpected", "status", "reviewstate", "edits", "formversion", "instanceid",
}  # fmt: skip
ID_COLUMNS = ("meta/instanceID", "meta-instanceID", "instanceID", "KEY", "_uuid")
TIME_COLUMNS = ("_submission_time", "SubmissionDate", "end")

CHOICES: dict[str, tuple[str, ...]] = {
    "participation": (*LEVELS, "unknown"),
    "score": ("1", "2", "3", "4", "5"),
    "understands": ("yes", "partly", "no", "unknown"),
    "gains": ("yes", "no", "unknown"),
    "agreement": ("written", "verbal", "none", "unknown"),
}


@dataclass
class Submission:
    """One respondent's answers, keyed by what each question means."""

    line: int
    submission: str
    submitted: str | None
    values: dict[tuple[str, ...], str] = field(default_factory=dict)

    def get(self, *meaning: str) -> str | None:
        value = self.values.get(meaning, "").strip()
        return value or None


@dataclass(frozen=True)
class Export:
    file: str
    flavour: str
    """``KoboToolbox``, ``ODK Central`` or ``CSV`` (a plain export without group names)."""
    columns: dict[str, Question]
    ignored: tuple[str, ...]
    """Columns that are neither questions of the form nor metadata."""
    submissions: tuple[Submission, ...]


def _is_metadata(column: str) -> bool:
    low = column.lower()
    return (
        low in METADATA
        or column.startswith("_")
        or low.startswith(("meta/", "meta-", "formhub/", "formhub-"))
        or "/_" in column
    )


def read(path: Path, p: Partnership) -> Export:
    """Parse an export (raises :class:`InputError` listing every problem)."""
    from kemitraan.loader import read_text

    file = str(path)
    if path.is_file() and path.stat().st_size > MAX_BYTES:
        raise InputError(
            [Problem(file, f"is larger than {MAX_BYTES // (1024 * 1024)} MB; is it a survey export?")]
        )
    text, _ = read_text(path, max_bytes=MAX_BYTES)
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise InputError([Problem(file, f"is not a readable CSV file: {exc}")]) from None
    if not rows or not any(rows[0]):
        raise InputError([Problem(file, "is empty; expected a header row of question names", line=1)])
    header = rows[0]
    qs = [q for q in questions(p, list(Principles.model_fields)) if q.meaning]
    columns: dict[str, Question] = {}
    flavour = "CSV"
    for column in header:
        for q in qs:
            if column == q.name or (
                q.group and (column.endswith(f"{q.group}/{q.name}") or column.endswith(f"{q.group}-{q.name}"))
            ):
                columns[column] = q
                if column != q.name:
                    flavour = "KoboToolbox" if "/" in column else "ODK Central"
                break
    ignored = tuple(
        c for c in header if c not in columns and not _is_metadata(c) and not _split_choice(c, columns)
    )
    if not columns:
        hint = (
            "export the answers with XML values and headers (KoboToolbox: Downloads, 'XML values and headers';"
            " ODK Central: the CSV download), from the form made by 'kemitraan survey form' for this file"
        )
        raise InputError(
            [Problem(file, "no column matches a question of the questionnaire", line=1, suggestion=hint)]
        )
    id_column = next((c for c in ID_COLUMNS if c in header), None)
    time_column = next((c for c in TIME_COLUMNS if c in header), None)
    problems: list[Problem] = []
    submissions = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            problems.append(
                Problem(file, f"has {len(row)} cells but the header has {len(header)}", line=number)
            )
            continue
        cells = dict(zip(header, row, strict=True))
        sid = cells.get(id_column, "").strip() if id_column else ""
        if id_column == "_uuid" and sid:
            sid = f"uuid:{sid}"
        sub = Submission(
            number,
            sid or f"row-{number}",
            cells.get(time_column, "").strip() or None if time_column else None,
        )
        for column, q in columns.items():
            value = cells[column].strip()
            problem = _check(q, value, p)
            if problem:
                problems.append(Problem(file, f"column '{column}': {problem}", line=number))
            sub.values[q.meaning] = value
        submissions.append(sub)
    if problems:
        raise InputError(problems)
    return Export(file, flavour, columns, ignored, tuple(submissions))


def _split_choice(column: str, columns: dict[str, Question]) -> bool:
    """KoboToolbox's one-column-per-choice view of a select_multiple (``.../capacity_from/p2tp2a``)."""
    return any(column.startswith(known + "/") for known in columns)


def _check(q: Question, value: str, p: Partnership) -> str | None:
    if not value:
        return None
    kind = q.meaning[0]
    if kind == "organisation":
        allowed = [x.id for x in p.partners] + [OTHER_ORG]
    elif kind == "capacity_from":
        allowed = [x.id for x in p.partners] + [NO_PARTNER]
        bad = [v for v in value.split() if v not in allowed]
        return f"expected partner ids ({', '.join(allowed)}) but got {', '.join(bad)}" if bad else None
    elif kind in CHOICES:
        allowed = list(CHOICES[kind])
    else:
        return None
    if value in allowed:
        return None
    hint = " (the export seems to hold labels; download it with XML values)" if " " in value else ""
    return f"expected one of {', '.join(allowed)} but got '{value}'{hint}"


# --- merging into the partnership file --------------------------------------------------------


@dataclass
class Summary:
    added: int = 0
    skipped: int = 0
    answers: int = 0
    lines: list[str] = field(default_factory=list)


def merge(doc: Any, p: Partnership, export: Export, source: str) -> Summary:
    """Add every new submission's answers to the round-trip document ``doc`` (in place)."""
    from kemitraan.fieldwork import yamledit as y

    seen = {a.submission for _, a in answers(p) if a.submission}
    seen |= {e.source for _, e in _capacity_evidence(p)}
    summary = Summary()
    partner_index = {x.id: i for i, x in enumerate(p.partners)}
    program_index = {x.id: i for i, x in enumerate(p.programs)}
    for sub in export.submissions:
        if sub.submission in seen:
            summary.skipped += 1
            continue
        seen.add(sub.submission)
        summary.added += 1
        organisation = sub.get("organisation")
        partner = organisation if organisation in partner_index else None
        who = {
            "informant": sub.get("informant") or sub.submission,
            "partner": partner,
            "organisation": sub.get("organisation_other") if organisation == OTHER_ORG else None,
            "role": sub.get("role"),
            "submitted": sub.submitted,
            "submission": sub.submission,
        }
        phases: dict[tuple[str, str], dict[str, str]] = {}
        for meaning, value in sub.values.items():
            if meaning[0] == "participation" and value:
                phases.setdefault((meaning[1], meaning[2]), {})[meaning[3]] = value
        for (program, phase), levels in phases.items():
            ordered = {x.id: levels[x.id] for x in p.partners if x.id in levels}
            node = y.child(y.child(doc["programs"], program_index[program]), phase)
            y.seq(node, "reports").append(y.flow({**who, "participation": y.flow(ordered)}))
            summary.answers += 1
        for principle in Principles.model_fields:
            score = sub.get("score", principle)
            if score is None:
                continue
            node = y.child(y.child(doc, "principles"), principle)
            rating = {**who, "score": int(score), "comment": sub.get("comment", principle)}
            y.seq(node, "ratings").append(y.flow(rating))
            summary.answers += 1
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
            node = y.child(doc["partners"], partner_index[partner])
            y.seq(node, "reports").append(y.flow(report))
            summary.answers += 1
        form = sub.get("agreement")
        if form and form != "unknown":
            y.seq(y.child(doc, "agreement"), "reports").append(y.flow({**who, "form": form}))
            summary.answers += 1
        builders = [
            x for x in (sub.get("capacity_from") or "").split() if x in partner_index and x != partner
        ]
        if partner is not None and builders:
            summary.answers += 1
            for builder in builders:
                _add_capacity(doc, builder, partner, sub, str(who["informant"]), source, p)
    return summary


def _capacity_evidence(p: Partnership) -> list[tuple[int, Any]]:
    return [(i, e) for i, c in enumerate(p.capacity_building or ()) for e in c.evidence if e.source]


def unnamed(p: Partnership, key: str) -> str:
    """A placeholder for an answer given without words, in the file's language."""
    from kemitraan.messages import t

    return t(key, p.language)


def _add_capacity(
    doc: Any, builder: str, receiver: str, sub: Submission, informant: str, source: str, p: Partnership
) -> None:
    """A capacity-building flow reported by an informant, with the answer as its evidence."""
    from kemitraan.fieldwork import yamledit as y

    what = sub.get("capacity_what") or unnamed(p, "fw.unnamed.capacity")
    evidence = y.flow({"quote": what, "source": f"{source}, {sub.submission}", "informant": informant})
    flows = y.seq(doc, "capacity_building")
    for entry in flows:
        if entry.get("from") == builder and entry.get("to") == receiver:
            y.seq(y.block(entry), "evidence").append(evidence)
            return
    from ruamel.yaml.comments import CommentedMap

    entry = CommentedMap([("from", builder), ("to", receiver), ("what", what)])
    y.seq(entry, "evidence").append(evidence)
    flows.append(entry)


def ingest(export_path: Path, into: Path, *, dry_run: bool = False) -> tuple[str, Summary, Export]:
    """Merge an export into a partnership file; returns (diff, summary, export). Writes atomically."""
    from kemitraan.fieldwork import yamledit
    from kemitraan.loader import load_partnership

    p, text, raw = load_partnership(into)
    export = read(export_path, p)
    doc = yamledit.load(text)
    summary = merge(doc, p, export, export_path.name)
    changes = yamledit.write_back(doc, text, raw, into, export_path, dry_run=dry_run) if summary.added else ""
    return changes, summary, export


def describe(summary: Summary, export: Export, into: Path, dry_run: bool) -> Sequence[str]:
    lines = [
        f"{export.file}: {export.flavour} export, {len(export.submissions)} submission(s),"
        f" {len(export.columns)} question column(s)",
        f"{into}: {summary.added} submission(s) added ({summary.answers} answers),"
        f" {summary.skipped} already in the file",
    ]
    if export.ignored:
        lines.append(
            f"ignored {len(export.ignored)} column(s) that are not in the questionnaire: {', '.join(export.ignored)}"
        )
    if dry_run:
        lines.append("dry run: nothing written")
    return lines
