"""Writing reports without ever destroying a user's work.

A report is written to a temporary file in the target folder and renamed over the target, so
an interrupted run leaves the old report or none, never half of one; an input file is never
a valid target.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from kemitraan.errors import UsageError


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and a.samefile(b))
    except OSError:
        return False


def write_atomic(
    target: Path, content: str | bytes, *, inputs: Iterable[Path] = (), durable: bool = True
) -> None:
    """Write ``content`` (text as UTF-8, or bytes as they are) to ``target`` atomically.

    Refuses to overwrite an input file. ``durable=False`` skips the flush to disk (``fsync``),
    which costs about as much as assessing a file: a batch run writing thousands of reports
    still never leaves half a report, only (after a power cut) perhaps an empty one.
    """
    with open_atomic(target, inputs=inputs, durable=durable) as handle:
        handle.write(content.encode("utf-8") if isinstance(content, str) else content)


@contextlib.contextmanager
def open_atomic(target: Path, *, inputs: Iterable[Path] = (), durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file that becomes ``target`` only when the ``with`` block ends without error.

    For output written piece by piece (a summary of many files): until then it is a
    temporary file next to the target, removed if anything goes wrong, so the old file (or
    none) stays. Refuses to write over an input file, as :func:`write_atomic` does. A device
    or pipe named by -o (``/dev/stdout``) is written through: there is nothing to replace.
    """
    for source in inputs:
        if _same(target, source):
            raise UsageError(
                f"{target}: this is an input file; refusing to write a report over it (choose another -o)"
            )
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise UsageError(f"{target}: {folder} {what} (create the folder first, or choose another -o)")
    if target.is_dir():
        raise UsageError(f"{target}: is a folder; give a file name for the report")
    if target.exists() and not target.is_file():
        try:
            with target.open("wb") as through:
                yield through
        except OSError as exc:
            raise _cannot_write(target, exc) from None
        return
    fd = -1
    tmp = ""
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        if target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
        tmp = ""
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp:
            with contextlib.suppress(OSError):
                os.unlink(tmp)


_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the file system is read-only",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.ENOTDIR: "part of the path is not a folder",
}


def _cannot_write(target: Path, exc: OSError) -> UsageError:
    reason = _REASONS.get(exc.errno or 0, exc.strerror or str(exc))
    return UsageError(f"{target}: cannot write the report: {reason}; nothing was written")
