"""Test helper: survey exports in exactly the layouts KoboToolbox and ODK Central write, from a form.

KoboToolbox (kpi + formpack): ``Export.to_csv`` quotes every cell with ``"`` and separates them
with ``;``; kpi ends each line with CRLF and writes UTF-8 without a byte-order mark. The
columns are the form's fields in order (notes included), each named ``name``, or the group
path joined by the *group separator* when *include groups in headers* is on; a select_multiple
is its summary column and/or one column per choice (``label + group_sep + choice``, ``1``/``0``,
empty when unanswered); then kpi's copy fields ``_id``, ``_uuid``, ``_submission_time`` (UTC,
no zone), ``_validation_status`` (``validation_status_approved`` ... as an XML value),
``_notes``, ``_status``, ``_submitted_by``, ``__version__``, ``_tags``, ``meta/rootUuid`` (since
2025) and ``_index``. The XLSX export is the same table written by xlsxwriter in constant-memory
mode, numbers as numbers unless *store numbers as text* is on.

ODK Central (``lib/data/briefcase.js``): ``SubmissionDate`` (ISO, milliseconds, ``Z``), the
form's fields in instance order (group path joined by ``-``, or the bare name with
``groupPaths=false``; ``meta-instanceID`` and ``meta-instanceName`` last, as pyxform puts ``meta`` at the end), a
select_multiple's ``/choice`` 1/0 columns with ``splitSelectMultiples=true``, then ``KEY`` (the
submission's original instance id), ``SubmitterID``, ``SubmitterName``, ``AttachmentsPresent``,
``AttachmentsExpected``, ``Status``, ``ReviewState``, ``DeviceID``, ``Edits``, ``FormVersion``;
csv-stringify quotes a cell only when it must and ends lines with LF.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

KOBO_COPY = [
    "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by",
    "__version__", "_tags",
]  # fmt: skip
CENTRAL_AFTER = [
    "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent", "AttachmentsExpected", "Status",
    "ReviewState", "DeviceID", "Edits", "FormVersion",
]  # fmt: skip


@dataclass(frozen=True)
class Field:
    groups: tuple[str, ...]
    name: str
    type: str
    choices: tuple[str, ...] = ()


def fields(xlsx: Path) -> list[Field]:
    """Every field of the form (notes included, groups not), in order."""
    import openpyxl

    wb = openpyxl.load_workbook(xlsx)
    rows = list(wb["survey"].iter_rows(values_only=True))
    header = list(rows[0])
    choices: dict[str, list[str]] = {}
    crow = list(wb["choices"].iter_rows(values_only=True))
    for r in crow[1:]:
        choices.setdefault(str(r[0]), []).append(str(r[1]))
    groups: list[str] = []
    out = []
    for row in rows[1:]:
        kind, name = str(row[header.index("type")]), str(row[header.index("name")])
        if kind == "begin_group":
            groups.append(name)
        elif kind == "end_group":
            groups.pop()
        else:
            listed = tuple(choices[kind.split()[1]]) if kind.startswith("select_multiple") else ()
            out.append(Field(tuple(groups), name, kind.split()[0], listed))
    return out


def uuid(i: int) -> str:
    return f"0000000{i}-aaaa-4bbb-8ccc-dddddddddddd"


def _meta(i: int, given: dict[str, Any]) -> dict[str, str]:
    """What the services know of submission ``i``: its ids, time, review."""
    version = given.get("_version", uuid(i))
    return {
        "version": version,
        "root": given.get("_root", version),
        "deprecated": given.get("_deprecated", ""),
        "time": given.get("_time", f"2024-05-0{i}T08:1{i}:30"),
        "review": given.get("_review", ""),
        "validation": given.get("_validation", ""),
        "edits": str(given.get("_edits", 0)),
    }


def _kobo_table(
    xlsx: Path,
    answers: list[dict[str, Any]],
    *,
    hierarchy: bool = True,
    group_sep: str = "/",
    multiple: str = "both",
    root_uuid: bool = True,
) -> tuple[list[str], list[list[str]]]:
    header: list[str] = []
    for f in fields(xlsx):
        label = group_sep.join((*f.groups, f.name)) if hierarchy else f.name
        if f.type == "select_multiple":
            if multiple in ("both", "summary"):
                header.append(label)
            if multiple in ("both", "details"):
                header += [f"{label}{group_sep}{c}" for c in f.choices]
        else:
            header.append(label)
    header += KOBO_COPY + (["meta/rootUuid"] if root_uuid else []) + ["_index"]
    rows = []
    for i, given in enumerate(answers, 1):
        m = _meta(i, given)
        row: list[str] = []
        for f in fields(xlsx):
            value = str(given.get(f.name, ""))
            if f.type == "select_multiple":
                if multiple in ("both", "summary"):
                    row.append(value)
                if multiple in ("both", "details"):
                    chosen = value.split()
                    row += [("1" if c in chosen else "0") if value else "" for c in f.choices]
            else:
                row.append(value)
        copy = {
            "_id": str(100 + i), "_uuid": m["version"], "_submission_time": m["time"],
            "_validation_status": m["validation"], "_notes": "", "_status": "submitted_via_web",
            "_submitted_by": "", "__version__": "vQbEPBkJ6x9", "_tags": "",
        }  # fmt: skip
        row += [copy[c] for c in KOBO_COPY]
        if root_uuid:
            row.append(f"uuid:{m['root']}")
        row.append(str(i))
        rows.append(row)
    return header, rows


def kobo_csv(xlsx: Path, answers: list[dict[str, Any]], **options: Any) -> bytes:
    """The bytes of KoboToolbox's CSV export (see the module docstring for the options)."""
    header, rows = _kobo_table(xlsx, answers, **options)

    def line(cells: list[str]) -> str:
        return '"' + '";"'.join(c.replace('"', '""') for c in cells) + '"'

    return "".join(line(r) + "\r\n" for r in [header, *rows]).encode("utf-8")


def kobo_xlsx(
    xlsx: Path, answers: list[dict[str, Any]], target: Path, *, as_text: bool = True, **options: Any
) -> Path:
    """KoboToolbox's XLSX export, written by xlsxwriter as formpack writes it."""
    import xlsxwriter

    header, rows = _kobo_table(xlsx, answers, **options)
    book = xlsxwriter.Workbook(
        str(target), {"constant_memory": True, "default_date_format": "yyyy-mm-dd", "remove_timezone": True}
    )
    sheet = book.add_worksheet("Kuesioner kemitraan")
    for c, value in enumerate(header):
        sheet.write(0, c, value)
    for r, row in enumerate(rows, 1):
        for c, value in enumerate(row):
            name = header[c]
            cell: Any = value
            if name in ("_id", "_index"):
                cell = int(value)  # formpack's IdCopyField and _index are numbers even as text
            elif not as_text and value.isdigit():
                cell = int(value)
            elif not as_text and name == "_submission_time":
                import datetime

                cell = datetime.datetime.fromisoformat(value)
            sheet.write(r, c, cell)
    book.close()
    return target


def central_csv(
    xlsx: Path,
    answers: list[dict[str, Any]],
    *,
    group_paths: bool = True,
    split: bool = False,
    deprecated_column: bool = False,
) -> bytes:
    """The bytes of ODK Central's CSV export (``groupPaths``, ``splitSelectMultiples``)."""
    form = fields(xlsx)
    meta = [Field(("meta",), "instanceID", "text")]
    if deprecated_column:
        meta.append(Field(("meta",), "deprecatedID", "text"))
    meta.append(Field(("meta",), "instanceName", "text"))  # the form's instance_name
    header = ["SubmissionDate"]
    for f in form + meta:
        base = "-".join((*f.groups, f.name)) if group_paths else f.name
        header.append(base)
        if f.type == "select_multiple" and split:
            header += [f"{base}/{c}" for c in f.choices]
    header += CENTRAL_AFTER
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    for i, given in enumerate(answers, 1):
        m = _meta(i, given)
        row = [m["time"] + ".000Z"]
        for f in form:
            value = str(given.get(f.name, ""))
            row.append(value)
            if f.type == "select_multiple" and split:
                row += ["1" if c in value.split() else "0" for c in f.choices]
        row.append(f"uuid:{m['version']}")
        if deprecated_column:
            row.append(f"uuid:{m['deprecated']}" if m["deprecated"] else "")
        row.append(f"{given.get('informant', '')} - {given.get('organisation', '')}")
        row += [f"uuid:{m['root']}", "5", "enumerator", "0", "0", "", m["review"], "", m["edits"], "v1"]
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8")


def export(xlsx: Path, answers: list[dict[str, Any]], shape: str) -> str:
    """The CSV text of ``answers`` in ``kobo`` or ``odk`` shape (the services' defaults)."""
    raw = kobo_csv(xlsx, answers) if shape == "kobo" else central_csv(xlsx, answers)
    return raw.decode("utf-8")
