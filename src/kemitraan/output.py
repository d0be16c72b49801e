"""Writing reports without ever destroying a user's work.

A report is written to a temporary file in the target folder and renamed over the target, so
an interrupted run leaves the old report or none, never half of one. One write guard,
:class:`Inputs`, knows every input of the run (partnership files and folders, rubrics,
templates, survey exports, mappings, QDA projects); every write goes through it, so no
output ever replaces an input, whatever spelling, symlink or hard link names it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO, TypeVar

from kemitraan.errors import UsageError
from kemitraan.msg import Msg

PARTNERSHIP_SUFFIXES = (".yaml", ".yml")
"""The files a folder of partnership files holds (what ``kemitraan assess FOLDER`` reads)."""


class Inputs:
    """Every file a run reads, so that nothing it writes can replace one of them.

    A file is known by its real path (any spelling, any symlink to it) and by its identity on
    disk (device and inode: a hard link, or another spelling on a case-insensitive disk). A
    folder of partnership files protects every existing ``*.yaml`` / ``*.yml`` below it; a
    template folder, every file below it. Symlinked and hard-linked files found inside an
    input folder are added one by one as the folder is searched (:meth:`add_found`).
    """

    def __init__(self) -> None:
        self._real: set[str] = set()
        self._ids: set[tuple[int, int]] = set()
        self._trees: list[tuple[str, tuple[str, ...] | None]] = []

    def add(self, path: Path | str, *, every_file: bool = False) -> None:
        """An input file, or a folder of inputs: its partnership files, or with ``every_file``
        (a template folder) everything in it. A path that does not exist yet protects nothing."""
        real = os.path.realpath(path)
        try:
            info = os.stat(real)
        except OSError:
            return
        if stat.S_ISDIR(info.st_mode):
            self._trees.append((real, None if every_file else PARTNERSHIP_SUFFIXES))
            return
        self._real.add(real)
        self._ids.add((info.st_dev, info.st_ino))

    def add_found(self, path: str, info: os.stat_result) -> None:
        """A file found inside an input folder through a symlink or with other hard links."""
        self._real.add(os.path.realpath(path))
        self._ids.add((info.st_dev, info.st_ino))

    def names(self, target: str | os.PathLike[str]) -> bool:
        """Whether writing ``target`` would replace (or write into) one of the inputs."""
        real = os.path.realpath(target)
        if real in self._real:
            return True
        try:
            info = os.stat(real)
        except OSError:
            return False  # nothing there yet: it cannot be an input
        if (info.st_dev, info.st_ino) in self._ids:
            return True
        for tree, suffixes in self._trees:
            if real.startswith(tree.rstrip(os.sep) + os.sep) and (
                suffixes is None or real.lower().endswith(suffixes)
            ):
                return True
        return False

    def refuse(self, target: str | os.PathLike[str], extra: Iterable[Path] = ()) -> None:
        """Raise a :class:`UsageError` when ``target`` is an input of the run (or one of ``extra``)."""
        more = Inputs()
        for path in extra:
            more.add(path)
        if self.names(target) or more.names(target):
            raise UsageError(_input_message(target))


def _input_message(target: str | os.PathLike[str]) -> str:
    from kemitraan.messages import err

    return err("output.is_input", target=str(target))


_run = Inputs()


def run_inputs() -> Inputs:
    """The inputs of the run in progress (one command: one run, one process and its workers)."""
    return _run


def new_run(guard: Inputs | None = None) -> Inputs:
    """Start a run that knows no inputs yet (or those of ``guard``, in a worker process)."""
    global _run
    _run = guard if guard is not None else Inputs()
    return _run


def protect(*paths: Path | str | None) -> None:
    """Add inputs to the run's guard: files, or folders of partnership files (``None`` is skipped)."""
    for path in paths:
        if path is not None:
            _run.add(path)


def protect_template(template: Path | str | None) -> None:
    """Add a ``--template`` to the run's guard: the file, or every file in the folder."""
    if template is not None:
        _run.add(template, every_file=True)


_holding = 0
_deferred: list[int] = []


@contextlib.contextmanager
def uninterrupted() -> Iterator[None]:
    """Hold kemitraan's own signal handlers off while a temporary file or folder (or a browser)
    is made and recorded, so that the cleanup on the way out knows of it; a signal that comes
    meanwhile (SIGINT, SIGTERM) is acted on as soon as the block ends. Only for short steps."""
    global _holding
    _holding += 1
    try:
        yield
    finally:
        _holding -= 1
        if not _holding and _deferred:
            signum = _deferred[0]
            _deferred.clear()
            handler = signal.getsignal(signum)
            if callable(handler):
                handler(signum, None)


T = TypeVar("T")


def held(call: Callable[[], T]) -> T:
    """``call()`` with kemitraan's signal handlers held off (:func:`uninterrupted`) until it ends.

    For pydantic's dumps of the assessment: pydantic-core turns any exception raised inside a
    serializer function (``Said``'s runs Python for every text) into a
    ``PydanticSerializationError``, so a Ctrl-C or SIGTERM arriving during a dump would be
    swallowed as one failed report, and a batch worker would go on with its way out already
    taken (its SIGTERM ignored) and hang the run. Held off, the signal is acted on as the dump
    ends, by an exception nothing converts."""
    with uninterrupted():
        return call()


def deferred(signum: int) -> bool:
    """For a signal handler: True when :func:`uninterrupted` holds it off (it runs again at the end)."""
    if _holding:
        _deferred.append(signum)
        return True
    return False


def write_atomic(
    target: str | os.PathLike[str], content: str | bytes, *, inputs: Iterable[Path] = (), durable: bool = True
) -> None:
    """Write ``content`` (text as UTF-8, or bytes as they are) to ``target`` atomically.

    Refuses to overwrite an input of the run (:func:`run_inputs`) or one of ``inputs``. ``durable=False`` skips the flush to disk (``fsync``),
    which costs about as much as assessing a file: a batch run writing thousands of reports
    still never leaves half a report, only (after a power cut) perhaps an empty one.
    """
    with open_atomic(target, inputs=inputs, durable=durable) as handle:
        handle.write(content.encode("utf-8") if isinstance(content, str) else content)


@contextlib.contextmanager
def open_atomic(
    target: str | os.PathLike[str], *, inputs: Iterable[Path] = (), durable: bool = True
) -> Iterator[BinaryIO]:
    """A binary file that becomes ``target`` only when the ``with`` block ends without error.

    For output written piece by piece (a summary of many files): until then it is a
    temporary file next to the target, removed if anything goes wrong, so the old file (or
    none) stays. Refuses to write over an input, as :func:`write_atomic` does, both when it
    opens and again just before the rename (an input folder may have been searched meanwhile).
    A device or pipe named by -o (``/dev/stdout``) is written through: there is nothing to
    replace.

    ``target`` may be a plain string, as a batch passes each report's name (see
    :func:`kemitraan.loader.reader.read_text` for why).
    """
    inputs = list(inputs)
    target = os.fspath(target)
    _run.refuse(target, inputs)
    folder = os.path.dirname(target) or "."
    if not os.path.isdir(folder):
        key = "output.not_a_folder" if os.path.exists(folder) else "output.no_folder"
        raise UsageError(_err(key, target=target, folder=folder))
    if os.path.isdir(target):
        raise UsageError(_err("output.is_folder", target=target))
    if os.path.exists(target) and not os.path.isfile(target):
        try:
            with open(target, "wb") as through:
                yield through
        except OSError as exc:
            raise _cannot_write(target, exc) from None
        return
    fd = -1
    tmp = ""
    try:
        with uninterrupted():  # an interrupt now would leave a temporary file nobody knows of
            fd, tmp = tempfile.mkstemp(prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            fd = -1
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        _run.refuse(target, inputs)
        if os.path.exists(target):
            with contextlib.suppress(OSError):
                os.chmod(tmp, os.stat(target).st_mode & 0o777)
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
    errno.ENOSPC: "reason.disk_full",
    errno.EDQUOT: "reason.quota",
    errno.EACCES: "reason.permission",
    errno.EPERM: "reason.permission",
    errno.EROFS: "reason.read_only",
    errno.ENAMETOOLONG: "reason.name_too_long",
    errno.ENOTDIR: "reason.not_a_folder",
    errno.ENOENT: "reason.missing",
    errno.EISDIR: "reason.is_folder",
}


def reason(exc: OSError) -> Msg | str:
    """Why reading or writing failed, in a few words (``the disk is full``); the system's own
    words for a reason kemitraan does not know."""
    key = _REASONS.get(exc.errno or 0)
    return Msg(key) if key else str(exc.strerror or exc)


def _err(key: str, **params: object) -> str:
    from kemitraan.messages import err

    return err(key, **params)


def _cannot_write(target: str | os.PathLike[str], exc: OSError) -> UsageError:
    return UsageError(_err("output.cannot_write", target=str(target), reason=reason(exc)))
