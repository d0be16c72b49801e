"""The summary of many assessments: one row per partnership file, for spreadsheets and statistics.

The columns depend only on the rubrics in use, so every row of a run has the same ones. Each
has an internal key (``notoatmodjo-2010.verdict``, used inside kemitraan) and a variable name
valid in SPSS, Stata and R alike (``notoatmodjo_2010_verdict``: letters, digits and ``_``,
starting with a letter, at most 32 characters), which is what every file carries:

* ``file``, then the partnership's ``id``, ``title``, ``language``, ``period_from``,
  ``period_to``, the place (``village`` ... ``code``), and how many ``partners`` and
  ``programs`` it records;
* for each rubric ``R``: ``R_verdict`` (a verdict id, or ``insufficient-evidence``),
  ``R_support`` (the support of that verdict, 0-1; empty when the evidence is insufficient),
  ``R_margin``, and ``R_sup_V`` for every candidate verdict ``V``;
* ``principles_mean`` (the mean of the scored principles, two decimals), ``principles_scored``
  and each principle's score, ``score_equity`` ... (named as in the questionnaire);
* ``error``: empty, or why the file could not be assessed (its other cells are then empty).

Formats, by the file's extension:

* ``.csv``: as Excel and LibreOffice open it: UTF-8 with a byte-order mark, commas, CRLF line
  ends, ``.`` as the decimal point, an empty cell for a missing value; a cell holding a comma,
  ``;``, a quote or a line end is quoted (a spreadsheet importing with ``;`` as Indonesian
  Excel does never splits a cell), and text that begins with ``=``, ``+``, ``-``, ``@``, a tab
  or a carriage return gets a leading ``'`` so that no spreadsheet runs it as a formula.
* ``.jsonl``: the same names, ``null`` for a missing value, no byte-order mark.
* ``.xlsx``: a sheet of the rows (every text a text cell, never a formula) and a sheet with the
  data dictionary; no encoding or separator to choose.
* ``.sav`` (SPSS) and ``.dta`` (Stata), through pyreadstat: variable labels, and verdicts and
  principle scores as numbers with value labels.

Beside a CSV or JSON Lines summary a data dictionary is written (``NAME.dictionary.csv``): each
variable's label, type and values, in the report language.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kemitraan.engine import Outcome
    from kemitraan.models.partnership import Partnership
    from kemitraan.models.rubric import LoadedRubric

Value = str | int | float | None

PLACE = ("village", "district", "regency", "province", "country", "code")
_HEAD = ("file", "id", "title", "language", "period_from", "period_to", *PLACE, "partners", "programs")
KINDS = {".csv": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl", ".xlsx": "xlsx", ".sav": "sav", ".dta": "dta"}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")
_place = attrgetter(*PLACE)
_NO_PLACE = (None,) * len(PLACE)


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
    from kemitraan.indicators.principles import ALL_PRINCIPLES, all_mean, all_scores

    place = p.place
    values: list[Value] = [
        file,
        p.id,
        p.title,
        p.language,
        p.period.from_ if p.period else None,
        p.period.to if p.period else None,
        *(_place(place) if place else _NO_PLACE),
        len(p.partners),
        len(p.programs),
    ]
    for o in outcomes:
        values += o.row  # the verdict, its support, the margin, each candidate's support
    scored = all_scores(p)
    values += [all_mean(p), len(scored)]
    values += [scored.get(n) for n in ALL_PRINCIPLES]
    values.append(None)
    return values


_RESERVED = {
    # SPSS
    "all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with",
    # Stata
    "_all", "_b", "byte", "_coef", "_cons", "double", "float", "if", "in", "int", "long", "_n", "_pi",
    "_pred", "_rc", "_skip", "str", "strl", "using",
    # R
    "else", "repeat", "while", "function", "for", "next", "break", "true", "false", "null", "inf",
    "nan", "na",
}  # fmt: skip
MAX_NAME = 32
"""Stata's limit (SPSS allows 64, R any)."""


def variable(key: str) -> str:
    """A column key as a variable name SPSS, Stata and R all accept.

    ``notoatmodjo-2010.verdict`` -> ``notoatmodjo_2010_verdict``; ``R.support.V`` ->
    ``R_sup_V``; a principle's score ``principles.equity`` -> ``score_equity`` (as the
    questionnaire names it). A name over 32 characters (31 for a variable with value labels,
    whose label set Stata files name after it) is cut and ends in a short hash of the whole
    key, so it stays unique.
    """
    import hashlib

    parts = key.split(".")
    labelled = key.endswith(".verdict")
    if len(parts) == 3 and parts[1] == "support":
        parts[1] = "sup"
    if (
        len(parts) == 2
        and parts[0] == "principles"
        and parts[1] not in ("mean", "scored", "verdict", "support", "margin")
    ):
        parts[0] = "score"
        labelled = True
    name = re.sub(r"[^a-z0-9]+", "_", "_".join(parts).lower()).strip("_") or "v"
    if not name[0].isalpha():
        name = "v_" + name
    if name in _RESERVED:
        name += "_"
    limit = MAX_NAME - 1 if labelled else MAX_NAME
    if len(name) > limit:
        name = name[: limit - 7].rstrip("_") + "_" + hashlib.sha1(key.encode()).hexdigest()[:6]
    return name


def variables(keys: Sequence[str]) -> list[str]:
    """The variable names of these column keys, unique (a clash gets ``_2``, ``_3`` ...)."""
    out: list[str] = []
    for key in keys:
        name = variable(key)
        base, n = name, 2
        while name in out:
            suffix = f"_{n}"
            name = base[: MAX_NAME - len(suffix)] + suffix
            n += 1
        out.append(name)
    return out


@dataclass(frozen=True)
class Variable:
    """One column of the summary as a statistics package sees it."""

    key: str
    name: str
    label: str
    kind: str
    """``text``, ``integer``, ``number`` or ``code`` (an integer with value labels in .sav/.dta)."""
    values: tuple[tuple[Any, str], ...] = ()
    """(value as CSV and JSON Lines hold it, its label); for a ``code``: the ids, coded 1, 2, ..."""


_INTEGER = {"period_from", "period_to", "partners", "programs", "principles.scored"}


def dictionary(rubrics: Sequence[LoadedRubric], lang: str) -> list[Variable]:
    """Every column (in the order of :func:`columns`) with its variable name, label and values, in ``lang``."""
    from kemitraan.messages import say, t

    found: list[tuple[str, str, str, tuple[tuple[Any, str], ...]]] = []
    for key in _HEAD:
        found.append((key, t(f"summary.var.{key}", lang), "integer" if key in _INTEGER else "text", ()))
    for loaded in rubrics:
        r = loaded.rubric
        title = say(r.title, lang)
        verdicts = tuple((v.id, say(v.label, lang)) for v in r.verdicts)
        verdicts += (("insufficient-evidence", t("verdict.insufficient", lang)),)
        found.append((f"{r.id}.verdict", t("summary.var.verdict", lang, rubric=title), "code", verdicts))
        for what in ("support", "margin"):
            found.append((f"{r.id}.{what}", t(f"summary.var.{what}", lang, rubric=title), "number", ()))
        for v in r.verdicts:
            label = t("summary.var.candidate", lang, rubric=title, verdict=say(v.label, lang))
            found.append((f"{r.id}.support.{v.id}", label, "number", ()))
    found.append(("principles.mean", t("summary.var.mean", lang), "number", ()))
    found.append(("principles.scored", t("summary.var.scored", lang), "integer", ()))
    scores = tuple((n, t(f"form.choice.score.{n}", lang)) for n in range(1, 6))
    for name in principle_names():
        label = t("summary.var.principle", lang, principle=t(f"principle.{name}", lang))
        found.append((f"principles.{name}", label, "integer", scores))
    found.append(("error", t("summary.var.error", lang), "text", ()))
    names = variables([key for key, _, _, _ in found])
    return [
        Variable(key, name, label, kind, values)
        for (key, label, kind, values), name in zip(found, names, strict=True)
    ]


def dictionary_rows(variables_: Sequence[Variable], lang: str) -> list[list[str]]:
    """The data dictionary as a table (header first), as the .dictionary.csv and the xlsx sheet hold it."""
    from kemitraan.messages import t

    head = [t(f"summary.dict.{k}", lang) for k in ("variable", "label", "type", "values", "column")]
    rows = [head]
    for v in variables_:
        if v.kind == "code":
            values = "; ".join(f"{i} = {vid} = {label}" for i, (vid, label) in enumerate(v.values, start=1))
        else:
            values = "; ".join(f"{value} = {label}" for value, label in v.values)
        rows.append([v.name, v.label, t(f"summary.type.{v.kind}", lang), values, v.key])
    return rows


def failed_row(file: str, error: str, width: int) -> list[Value]:
    """The row of a file that could not be assessed: its name and the error, nothing else."""
    return [file, *([None] * (width - 2)), error]


def kind_of(path: Path) -> str | None:
    """``csv`` or ``jsonl`` from the file's extension (None when it is neither)."""
    return KINDS.get(path.suffix.lower())


def dictionary_path(summary: Path) -> Path:
    """Where the data dictionary of a CSV or JSON Lines summary goes: ``NAME.dictionary.csv``."""
    return summary.with_name(f"{summary.stem}.dictionary.csv")


def write_dictionary(
    summary: Path, variables_: Sequence[Variable], lang: str, inputs: Sequence[Path]
) -> Path | None:
    """Write the data dictionary beside a CSV or JSON Lines summary (the other formats hold it)."""
    from kemitraan.output import write_atomic

    if kind_of(summary) not in ("csv", "jsonl") or not summary.is_file():
        return None
    target = dictionary_path(summary)
    text = "\ufeff" + "".join(csv_line(row) for row in dictionary_rows(variables_, lang))
    write_atomic(target, text, inputs=[*inputs, summary])
    return target


class SummaryWriter:
    """Writes rows as they come, to an open binary file (see :func:`kemitraan.output.open_atomic`).

    CSV and JSON Lines are streamed; .xlsx rows are streamed into a write-only workbook; .sav
    and .dta rows are kept (one small row per file) and written when the run ends.
    """

    def __init__(
        self,
        handle: IO[bytes],
        kind: str,
        names: list[str],
        dictionary: Sequence[Variable] = (),
        lang: str = "id",
    ) -> None:
        self.handle = handle
        self.kind = kind
        self.keys = names
        self.names = variables(names)
        self.dictionary = list(dictionary)
        self.lang = lang
        self.rows: list[Sequence[Value]] = []
        self.text: io.TextIOWrapper | None = None
        if kind in ("csv", "jsonl"):
            self.text = io.TextIOWrapper(
                handle, encoding="utf-8-sig" if kind == "csv" else "utf-8", newline=""
            )
        if kind == "csv":
            self.text.write(csv_line(self.names))  # type: ignore[union-attr]
        elif kind == "xlsx":
            self.book, self.sheet = _workbook(self.names)

    def write(self, values: Sequence[Value]) -> None:
        if self.kind == "csv":
            self.text.write(csv_line(values))  # type: ignore[union-attr]
        elif self.kind == "jsonl":
            record = dict(zip(self.names, values, strict=True))
            self.text.write(json.dumps(record, ensure_ascii=False) + "\n")  # type: ignore[union-attr]
        elif self.kind == "xlsx":
            self.sheet.append([_text_cell(self.sheet, v) for v in values])
        else:
            self.rows.append(values)

    def close(self) -> None:
        """Finish the file, leaving the binary file open for its owner."""
        if self.text is not None:
            self.text.flush()
            self.text.detach()
        elif self.kind == "xlsx":
            sheet = self.book.create_sheet("dictionary")
            for row in dictionary_rows(self.dictionary, self.lang):
                sheet.append([_text_cell(sheet, v) for v in row])
            buffer = io.BytesIO()
            self.book.save(buffer)
            from kemitraan.fieldwork.xlsform import normalise_zip

            self.handle.write(normalise_zip(buffer.getvalue()))
        else:
            self.handle.write(statistics_file(self.kind, self.dictionary, self.rows, self.lang))


def _workbook(names: list[str]) -> tuple[Any, Any]:
    try:
        from openpyxl import Workbook
    except ImportError:
        from kemitraan.errors import UsageError
        from kemitraan.messages import err

        raise UsageError(err("summary.extra", kind="xlsx")) from None
    import datetime

    book = Workbook(write_only=True)
    book.properties.created = book.properties.modified = datetime.datetime(2000, 1, 1)
    book.properties.creator = "kemitraan"
    sheet = book.create_sheet("summary")
    sheet.append([_text_cell(sheet, n) for n in names])
    return book, sheet


def _text_cell(sheet: Any, value: Any) -> Any:
    """A value for a write-only sheet; text is always a text cell, never a formula."""
    if not isinstance(value, str):
        return value
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    cell.data_type = "s"
    return cell


def statistics_file(
    kind: str, dictionary: Sequence[Variable], rows: Sequence[Sequence[Value]], lang: str
) -> bytes:
    """The rows as an SPSS (.sav) or Stata (.dta) file with variable and value labels.

    Verdicts become codes 1, 2, ... (in the rubric's order, ``insufficient-evidence`` last) with
    their labels; principle scores keep their value and get the labels of the questionnaire.
    The file's creation time is fixed (``SOURCE_DATE_EPOCH`` when set), so that the same rows
    give the same bytes.
    """
    try:
        import pandas as pd
        import pyreadstat
    except ImportError:
        from kemitraan.errors import UsageError
        from kemitraan.messages import err

        raise UsageError(err("summary.extra", kind=kind)) from None
    import os
    import tempfile

    from kemitraan.messages import t

    data: dict[str, list[Any]] = {}
    value_labels: dict[str, dict[Any, str]] = {}
    labels: list[str | None] = []
    for i, v in enumerate(dictionary):
        column = [row[i] for row in rows]
        if v.kind == "code":
            codes = {vid: n for n, (vid, _) in enumerate(v.values, start=1)}
            data[v.name] = [float(codes[x]) if x in codes else float("nan") for x in column]
            value_labels[v.name] = {float(n): label for n, (_, label) in enumerate(v.values, start=1)}
        elif v.kind in ("integer", "number"):
            data[v.name] = [float(x) if isinstance(x, int | float) else float("nan") for x in column]
            if v.values:
                value_labels[v.name] = {float(value): label for value, label in v.values}
        else:
            data[v.name] = ["" if x is None else str(x) for x in column]
        labels.append(v.label[:80] if kind == "dta" else v.label)
    frame = pd.DataFrame(data, columns=[v.name for v in dictionary])
    with tempfile.TemporaryDirectory(prefix="kemitraan-summary-") as folder:
        path = os.path.join(folder, f"summary.{kind}")
        if kind == "sav":
            pyreadstat.write_sav(
                frame,
                path,
                file_label=t("summary.file_label", lang),
                column_labels=labels,
                variable_value_labels=value_labels,
            )
        else:
            pyreadstat.write_dta(
                frame,
                path,
                file_label=t("summary.file_label", lang)[:80],
                column_labels=labels,
                variable_value_labels=value_labels,
                version=15,
            )
        with open(path, "rb") as handle:
            raw = handle.read()
    return _fixed_time(kind, raw)


def _fixed_time(kind: str, raw: bytes) -> bytes:
    """Replace the creation time ReadStat stamps into the file by a fixed one."""
    import datetime

    from kemitraan.pipeline import generated_at

    stamp = generated_at()
    moment = (
        datetime.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        if stamp
        else datetime.datetime(2000, 1, 1)
    )
    if kind == "sav":
        # the header record: creation date (9 bytes, "dd Mon yy") and time (8, "hh:mm:ss") at 92
        fixed = moment.strftime("%d %b %y").encode("ascii") + moment.strftime("%H:%M:%S").encode("ascii")
        return raw[:92] + fixed + raw[109:]
    # Stata 118+: <timestamp> then a length byte and "dd Mon yyyy hh:mm"
    text = moment.strftime("%d %b %Y %H:%M").encode("ascii")
    return re.sub(
        rb"<timestamp>.[^<]*</timestamp>",
        b"<timestamp>" + bytes([len(text)]) + text + b"</timestamp>",
        raw,
        count=1,
        flags=re.S,
    )


_QUOTE = re.compile(r'[",;\r\n\t]')
_SPLIT_FORMULA = re.compile(r"([;\t])(?=[=+\-@])")


def csv_line(values: Sequence[Any], separator: str = ",") -> str:
    """One CSV record (CRLF-terminated) that no spreadsheet splits wrongly or runs as a formula.

    A cell is quoted when it holds the separator, ``;`` (the list separator of Indonesian
    Excel), a quote, a tab or a line end; text that starts like a formula gets a leading ``'``,
    and so does text after a ``;`` or a tab inside a cell, since a spreadsheet that splits at
    ``;`` does not see the quotes of a cell in the middle of a line
    (``Kemitraan;=1+1;`` is written ``"Kemitraan;'=1+1;"``).
    """
    out = []
    for value in values:
        if value is None:
            out.append("")
            continue
        if not isinstance(value, str):
            out.append(str(value))
            continue
        text = _SPLIT_FORMULA.sub(r"\1'", str(cell(value)))
        if separator in text or _QUOTE.search(text):
            text = '"' + text.replace('"', '""') + '"'
        out.append(text)
    return separator.join(out) + "\r\n"


def cell(value: Any) -> Value:
    """A value as a CSV cell: empty for missing, and text a spreadsheet would run as a formula defused."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value  # type: ignore[no-any-return]
