"""Test helper: survey exports in KoboToolbox's and ODK Central's CSV shapes, built from a form.

Column names come from the XLSForm's own survey sheet (group paths included), as the two
services name them; metadata columns are those the services add.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

KOBO_META_BEFORE = ["start", "end", "today", "deviceid"]
KOBO_META_AFTER = [
    "__version__", "meta/instanceID", "_id", "_uuid", "_submission_time", "_validation_status",
    "_notes", "_status", "_submitted_by", "_tags", "_index",
]  # fmt: skip
ODK_META_BEFORE = ["SubmissionDate"]
ODK_META_AFTER = [
    "meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
    "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion",
]  # fmt: skip


def form_columns(xlsx: Path) -> list[tuple[str, str]]:
    """(group path, name) of every question in the form, in order."""
    import openpyxl

    sheet = openpyxl.load_workbook(xlsx)["survey"]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    groups: list[str] = []
    out = []
    for row in rows[1:]:
        kind, name = row[header.index("type")], row[header.index("name")]
        if kind == "begin_group":
            groups.append(str(name))
        elif kind == "end_group":
            groups.pop()
        elif kind != "note":
            out.append(("/".join(groups), str(name)))
    return out


def export(xlsx: Path, answers: list[dict[str, str]], shape: str) -> str:
    """The CSV text of ``answers`` (question name -> value) in ``kobo`` or ``odk`` shape."""
    columns = form_columns(xlsx)
    if shape == "kobo":
        names = [f"{g}/{n}" if g else n for g, n in columns]
        header = KOBO_META_BEFORE + names + KOBO_META_AFTER
        delimiter = ";"
    else:
        names = [f"{g.replace('/', '-')}-{n}" if g else n for g, n in columns]
        header = ODK_META_BEFORE + names + ODK_META_AFTER
        delimiter = ","
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for i, given in enumerate(answers, 1):
        uuid = f"0000000{i}-aaaa-4bbb-8ccc-dddddddddddd"
        time = f"2024-05-0{i}T08:1{i}:30"
        meta = {
            "start": time, "end": time, "today": "2024-05-01", "deviceid": "collect:x",
            "__version__": "v1", "meta/instanceID": f"uuid:{uuid}", "_id": str(100 + i), "_uuid": uuid,
            "_submission_time": time, "_validation_status": "", "_notes": "", "_status": "submitted_via_web",
            "_submitted_by": "", "_tags": "", "_index": str(i),
            "SubmissionDate": time + ".000Z", "meta-instanceID": f"uuid:{uuid}", "KEY": f"uuid:{uuid}",
            "SubmitterID": "5", "SubmitterName": "enumerator", "AttachmentsPresent": "0",
            "AttachmentsExpected": "0", "Status": "", "ReviewState": "", "DeviceID": "", "Edits": "0",
            "FormVersion": "v1",
        }  # fmt: skip
        by_name = dict(zip(names, [n for _, n in columns], strict=True))
        writer.writerow([given.get(by_name[c], "") if c in by_name else meta.get(c, "") for c in header])
    return buffer.getvalue()
