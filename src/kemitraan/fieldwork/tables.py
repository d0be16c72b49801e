"""The rows of a survey export, CSV or XLSX, read as a stream with the line each row starts on.

CSV: UTF-8 with or without a byte-order mark, or UTF-16 (with a byte-order mark, or little-
or big-endian without one, as some spreadsheets save "Unicode text"); the separator is the
one of ``;``, ``,`` or tab the header row uses most. XLSX: the first sheet, read with
openpyxl in read-only mode after the archive passed the bounds of
:mod:`kemitraan.fieldwork.archive`; numbers are read as they are written (``4``, not
``4.0``) and dates as ISO 8601. Neither is ever held whole in memory: an export may hold at
most :data:`MAX_ROWS` rows, and reading stops at the first row past it.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kemitraan.errors import InputError, Problem, UsageError
from kemitraan.msg import Msg

MAX_BYTES = 50 * 1024 * 1024
"""A CSV export of this questionnaire is about 1-2 KB per submission."""
MAX_ROWS = 5_000
"""Submissions one export may hold. 5,000 answered questionnaires would add about 5-10 MB to
the partnership file, past its own limit (5 MiB by default): more is not a partnership's
fieldwork but a mistake (or an attack)."""

Row = tuple[int, list[str]]
"""(the line, or sheet row, the row starts on; its cells as text)."""

_SAVE = Msg("hint.fw.save_csv")
_NOT_EXPORTS = (
    (b"%PDF", "fw.table.pdf"),
    (b"\xd0\xcf\x11\xe0", "fw.table.office"),
    (b"{\\rtf", "fw.table.rtf"),
)


@dataclass(frozen=True)
class Table:
    kind: str
    """``csv`` or ``xlsx``."""
    header: list[str]
    rows: Iterator[Row]
    """The rows after the header, as they are read (each at most once)."""


@contextlib.contextmanager
def open_table(path: Path) -> Iterator[Table]:
    """The export's header and a stream of its rows (raises :class:`InputError` when unreadable)."""
    file = str(path)
    try:
        handle = path.open("rb")
    except FileNotFoundError:
        raise InputError([Problem(file, Msg("loader.no_file"), suggestion=Msg("hint.check_path"))]) from None
    except IsADirectoryError:
        raise InputError([Problem(file, Msg("loader.is_folder"))]) from None
    except OSError as exc:
        from kemitraan.output import reason

        raise InputError([Problem(file, Msg("loader.unreadable", {"reason": reason(exc)}))]) from None
    with handle:
        head = handle.read(8192)
        handle.seek(0)
        size = path.stat().st_size if path.is_file() else 0
        if size > MAX_BYTES:
            raise InputError(
                [
                    Problem(
                        file,
                        Msg("fw.table.too_large", {"size": Msg("fmt.size", {"value": MAX_BYTES})}),
                        suggestion=Msg("hint.fw.only_this_form"),
                    )
                ]
            )
        if head.startswith(b"PK\x03\x04"):
            with _xlsx(path, file) as table:
                yield table
            return
        for magic, what in _NOT_EXPORTS:
            if head.startswith(magic):
                raise InputError([Problem(file, Msg(what), suggestion=Msg("hint.fw.csv_or_xlsx"))])
        encoding = _encoding(head, file)
        text = io.TextIOWrapper(handle, encoding=encoding, newline="")
        yield _csv(text, head, encoding, file)


def _encoding(head: bytes, file: str) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[: len(head) - len(head) % 2]
    if b"\x00" in sample:
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        # Latin text in UTF-16 has a zero byte beside nearly every character
        if odd * 3 > len(sample) // 2 and even == 0:
            return "utf-16-le"
        if even * 3 > len(sample) // 2 and odd == 0:
            return "utf-16-be"
        raise InputError([Problem(file, Msg("fw.table.zero_bytes"), line=1, suggestion=_SAVE)])
    return "utf-8"


def _csv(text: IO[str], head: bytes, encoding: str, file: str) -> Table:
    reader = csv.reader(text, delimiter=_delimiter(head, encoding))
    rows = _numbered(reader, file, encoding)
    first = next(rows, None)
    if first is None or not any(cell.strip() for cell in first[1]):
        raise InputError([Problem(file, Msg("fw.table.empty"), line=1)])
    return Table("csv", [cell.strip() for cell in first[1]], rows)


def _delimiter(head: bytes, encoding: str) -> str:
    first = head.decode(encoding, errors="ignore").lstrip("\ufeff").split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] else ","


def _numbered(reader: Any, file: str, encoding: str) -> Iterator[Row]:
    """Each record with the line it starts on (a quoted cell may run over several lines)."""
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except UnicodeDecodeError as exc:
            raise InputError([_undecodable(file, encoding, exc)]) from None
        except csv.Error as exc:
            message: Msg | str = str(exc)
            if "NUL" in str(exc):
                message = Msg("fw.table.nul")
            raise InputError([Problem(file, Msg("fw.table.csv", {"error": message}), line=line)]) from None
        yield line, cells
        line = reader.line_num + 1


def _undecodable(file: str, encoding: str, exc: UnicodeDecodeError) -> Problem:
    """Where the first byte that is not text in ``encoding`` is (the decoder reads ahead in blocks)."""
    with open(file, "rb") as handle:
        raw = handle.read(MAX_BYTES)
    try:
        raw.decode(encoding)
    except UnicodeDecodeError as first:
        exc = first
    byte = exc.object[exc.start]
    line = exc.object.count(b"\n", 0, exc.start) + 1
    name = "UTF-8" if encoding.startswith("utf-8") else encoding.upper()
    what = Msg("fw.table.not_text", {"encoding": name, "byte": f"0x{byte:02x}"})
    as_latin = bytes([byte]).decode("cp1252", errors="replace")
    if byte >= 0x80 and as_latin.isprintable() and as_latin != "\ufffd":
        what = Msg("fw.table.not_text.latin", {"encoding": name, "byte": f"0x{byte:02x}", "char": as_latin})
    return Problem(file, what, line=line, suggestion=_SAVE)


@contextlib.contextmanager
def _xlsx(path: Path, file: str) -> Iterator[Table]:
    from kemitraan.fieldwork.archive import open_checked

    try:
        import openpyxl
    except ImportError:
        from kemitraan.messages import err

        raise UsageError(err("fw.extra.xlsx")) from None
    with open_checked(path, Msg("fw.table.not_xlsx"), Msg("hint.fw.again_xlsx")) as archive:
        if "xl/workbook.xml" not in archive.namelist():
            raise InputError(
                [Problem(file, Msg("fw.table.zip_not_excel"), suggestion=Msg("hint.fw.csv_or_xlsx"))]
            )
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged workbook
        raise InputError([Problem(file, Msg("fw.table.xlsx", {"error": str(exc)}))]) from None
    try:
        if not workbook.worksheets:
            raise InputError([Problem(file, Msg("fw.table.no_sheet"))])
        sheet = workbook.worksheets[0]
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()  # never trust the size a workbook claims
        rows = (
            (number, [_cell(v) for v in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        )
        first = next(rows, None)
        if first is None or not any(cell.strip() for cell in first[1]):
            raise InputError([Problem(file, Msg("fw.table.empty"), line=1)])
        yield Table("xlsx", [cell.strip() for cell in first[1]], rows)
    finally:
        workbook.close()


def _cell(value: Any) -> str:
    """A spreadsheet cell as the text a CSV export would hold."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return str(value)
