"""Opening a zip archive from someone else (a .qdpx project, an .xlsx export) within fixed bounds.

The archive is never unpacked to disk. Before any entry is read, its size on disk, the number
of entries, each entry's size, their total and each entry's compression ratio are checked, and
entry names that would leave the archive are refused; one problem is enough to refuse it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from kemitraan.errors import InputError, Problem, printable
from kemitraan.msg import Msg

MAX_ARCHIVE = 200 * 1024 * 1024
"""Size of the archive file itself."""
MAX_ENTRY = 50 * 1024 * 1024
"""Size of one entry once expanded."""
MAX_TOTAL = 500 * 1024 * 1024
"""All entries together, expanded."""
MAX_ENTRIES = 10_000
MAX_RATIO = 200
"""How many times an entry over 1 MiB may expand (a zip bomb expands by thousands)."""


def _mb(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def bad(file: str, message: Msg, suggestion: Msg | None = None) -> InputError:
    return InputError([Problem(file, message, suggestion=suggestion)])


def safe_name(name: str) -> bool:
    """An entry name that stays inside the archive (no absolute path, drive or ``..``)."""
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return bool(parts) and not name.startswith(("/", "\\")) and ".." not in parts and ":" not in parts[0]


def open_checked(path: Path, not_zip: Msg, suggestion: Msg) -> zipfile.ZipFile:
    """The archive, opened after every bound was checked (raises :class:`InputError` otherwise).

    ``not_zip`` and ``suggestion`` say what the file should have been when it is no zip at all.
    """
    file = str(path)
    if not path.is_file():
        raise bad(file, Msg("loader.no_file"), Msg("hint.check_path"))
    if path.stat().st_size > MAX_ARCHIVE:
        raise bad(file, Msg("fw.zip.too_large", {"size": _mb(MAX_ARCHIVE)}))
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise bad(file, not_zip, suggestion) from None
    try:
        check(archive, file)
    except InputError:
        archive.close()
        raise
    return archive


def check(archive: zipfile.ZipFile, file: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise bad(file, Msg("fw.zip.entries", {"n": len(infos), "max": MAX_ENTRIES}))
    total = 0
    for info in infos:
        if not safe_name(info.filename):
            raise bad(file, Msg("fw.zip.unsafe", {"name": printable(info.filename)}))
        total += info.file_size
        if info.file_size > MAX_ENTRY:
            raise bad(
                file,
                Msg("fw.zip.entry_too_large", {"name": printable(info.filename), "size": _mb(MAX_ENTRY)}),
            )
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise bad(file, Msg("fw.zip.bomb", {"name": printable(info.filename), "n": ratio}))
    if total > MAX_TOTAL:
        raise bad(file, Msg("fw.zip.total", {"size": _mb(total)}))


def read_member(archive: zipfile.ZipFile, name: str, file: str) -> bytes:
    """One entry's bytes, never more than :data:`MAX_ENTRY` whatever its header claims."""
    with archive.open(name) as handle:
        data = handle.read(MAX_ENTRY + 1)
    if len(data) > MAX_ENTRY:
        raise bad(file, Msg("fw.zip.entry_too_large", {"name": printable(name), "size": _mb(MAX_ENTRY)}))
    return data
