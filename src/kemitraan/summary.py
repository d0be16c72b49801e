"""The summary of many assessments: one row per partnership file, written as CSV or JSON Lines.

The columns depend only on the rubrics in use, so every row of a run has the same ones:

* ``file``, then the partnership's ``id``, ``title``, ``language``, ``period_from``,
  ``period_to``, the place (``village`` ... ``code``), and how many ``partners`` and
  ``programs`` it records;
* for each rubric ``R``: ``R.verdict`` (a verdict id, or ``insufficient-evidence``),
  ``R.support`` (the support of that verdict, 0-1; empty when the evidence is insufficient),
  ``R.margin``, and ``R.support.V`` for every candidate verdict ``V``;
* ``principles.mean`` (the mean of the scored principles, two decimals), ``principles.scored``
  and each principle's score, ``principles.equity`` ...;
* ``error``: empty, or why the file could not be assessed (its other cells are then empty).

CSV is written as Excel and LibreOffice open it directly: UTF-8 with a byte-order mark,
commas, CRLF line ends, ``.`` as the decimal point, and an empty cell for a missing value.
A text cell that begins with ``=``, ``+``, ``-`` or ``@`` gets a leading ``'`` so that a
spreadsheet does not run it as a formula. JSON Lines has the same keys, with ``null`` for a
missing value and no byte-order mark.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kemitraan.engine import Outcome
    from kemitraan.models.partnership import Partnership
    from kemitraan.models.rubric import LoadedRubric

Value = str | int | float | None

PLACE = ("village", "district", "regency", "province", "country", "code")
_HEAD = ("file", "id", "title", "language", "period_from", "period_to", *PLACE, "partners", "programs")
KINDS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def principle_names() -> list[str]:
    from kemitraan.indicators.principles import ALL_PRINCIPLES

    return list(ALL_PRINCIPLES)


def columns(rubrics: Sequence[LoadedRubric]) -> list[str]:
    """The column names for a run with these rubrics, in order."""
    names = list(_HEAD)
    for loaded in rubrics:
        r = loaded.rubric
        names += [f"{r.id}.verdict", f"{r.id}.support", f"{r.id}.margin"]
        names += [f"{r.id}.support.{v.id}" for v in r.verdicts]
    names += ["principles.mean", "principles.scored"]
    names += [f"principles.{n}" for n in principle_names()]
    names.append("error")
    return names


def row(file: str, p: Partnership, outcomes: Sequence[Outcome]) -> list[Value]:
    """The summary row of one assessed partnership (values in the order of :func:`columns`)."""
    from kemitraan.indicators.principles import mean, scores

    place = p.place
    values: list[Value] = [
        file,
        p.id,
        p.title,
        p.language,
        p.period.from_ if p.period else None,
        p.period.to if p.period else None,
        *(getattr(place, name) if place else None for name in PLACE),
        len(p.partners),
        len(p.programs),
    ]
    for o in outcomes:
        chosen = next((c.support for c in o.candidates if c.verdict == o.verdict), None)
        values += [o.verdict, chosen, o.margin]
        values += [c.support for c in o.candidates]
    scored = scores(p)
    values += [mean(scored.values()), len(scored)]
    values += [scored.get(n) for n in principle_names()]
    values.append(None)
    return values


def failed_row(file: str, error: str, width: int) -> list[Value]:
    """The row of a file that could not be assessed: its name and the error, nothing else."""
    return [file, *([None] * (width - 2)), error]


def kind_of(path: Path) -> str | None:
    """``csv`` or ``jsonl`` from the file's extension (None when it is neither)."""
    return KINDS.get(path.suffix.lower())


class SummaryWriter:
    """Writes rows as they come, to an open binary file (see :func:`kemitraan.output.open_atomic`)."""

    def __init__(self, handle: IO[bytes], kind: str, names: list[str]) -> None:
        self.kind = kind
        self.names = names
        self.text = io.TextIOWrapper(handle, encoding="utf-8-sig" if kind == "csv" else "utf-8", newline="")
        self.csv = csv.writer(self.text, lineterminator="\r\n") if kind == "csv" else None
        if self.csv is not None:
            self.csv.writerow(names)

    def write(self, values: Sequence[Value]) -> None:
        if self.csv is not None:
            self.csv.writerow([cell(v) for v in values])
        else:
            self.text.write(json.dumps(dict(zip(self.names, values, strict=True)), ensure_ascii=False) + "\n")

    def close(self) -> None:
        """Flush the text into the binary file, leaving that file open for its owner."""
        self.text.flush()
        self.text.detach()


def cell(value: Any) -> Value:
    """A value as a CSV cell: empty for missing, and text a spreadsheet would run as a formula defused."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value  # type: ignore[no-any-return]
