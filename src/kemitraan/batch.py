"""Many partnership files at once: find them, assess them in parallel, stream the results.

Scale is the point: a province may hold thousands of village partnerships, Indonesia about
84,000. So files are found lazily (``os.walk``, sorted), handed to worker processes in small
chunks with only a few chunks in flight, and the results come back in input order as small
summary rows: nothing grows with the number of files except what is written to disk. Each
worker loads the rubrics once. A file that cannot be assessed is a :class:`Result` with its
error; it never stops the others.

The same file gives the same report as ``kemitraan assess FILE -o REPORT`` would: the worker
runs the very same steps (:func:`kemitraan.pipeline.read_partnership`, the engine, the
renderer, :func:`kemitraan.output.write_atomic`).
"""

from __future__ import annotations

import os
import signal
import stat
import sys
import traceback
from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TextIO

from kemitraan import fast
from kemitraan.errors import KemitraanError, Problem
from kemitraan.limits import DEFAULT_MAX_BYTES
from kemitraan.msg import Msg
from kemitraan.tally import Result, Tally

if TYPE_CHECKING:
    import multiprocessing.pool
    from multiprocessing.pool import AsyncResult

    from kemitraan.choices import Aggregate
    from kemitraan.models.comparison import GroupTable
    from kemitraan.models.rubric import LoadedRubric
    from kemitraan.output import Inputs

YAML_SUFFIXES = (".yaml", ".yml")


# --- finding the files --------------------------------------------------------------------------


class Source(NamedTuple):
    """One partnership file to assess, and where its report goes (relative to the output folder).

    Plain strings: thousands of these go to the workers, and a ``Path`` takes twenty times
    longer to pickle.
    """

    file: str
    report: str | None

    @property
    def path(self) -> Path:
        return Path(self.file)


def _is_partnership_file(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(YAML_SUFFIXES)


def _stem(name: str) -> str:
    """``PurePath(name).stem`` without a PurePath (Python 3.11's interns every name it parses,
    see :func:`kemitraan.loader.reader.read_text`): the name without its last suffix."""
    i = name.rfind(".")
    return name[:i] if 0 < i < len(name) - 1 else name


def report_names(names: Sequence[str], ext: str) -> dict[str, str]:
    """The report file name for each input file name of one folder.

    ``benan.yaml`` -> ``benan.md``; but when two inputs share a stem (``benan.yaml`` and
    ``benan.yml``), or a report would take an input's own name, the whole input name is kept
    (``benan.yaml.md``), so that reports never collide with each other or with an input.
    """
    stems = Counter(_stem(n) for n in names)
    taken = set(names)
    out = {}
    for name in names:
        stem = _stem(name)
        candidate = stem + ext
        out[name] = name + ext if stems[stem] > 1 or candidate in taken else candidate
    return out


def discover(args: Sequence[Path], ext: str | None = None) -> Iterator[Source | Problem | Skipped]:
    """Every partnership file the arguments name, in a fixed order, each with its report path.

    A file is taken as given; a folder is searched, sorted, for ``*.yaml`` and ``*.yml``
    (hidden files and folders are skipped, and so, with a note, are named pipes, sockets and
    devices: :class:`Skipped`). Report paths mirror the files' folders below the arguments'
    common folder, with the report extension ``ext``. A path that does not exist is a
    :class:`Problem`, and the search goes on.
    """
    existing = [a for a in args if a.exists()]
    roots = [os.path.abspath(a if a.is_dir() else a.parent) for a in existing]
    try:
        base = os.path.commonpath(roots) if roots else ""
    except ValueError:  # different drives (Windows): reports go flat into the output folder
        base = ""
    seen: set[str] | None = set() if len(args) > 1 else None
    loose: dict[str, list[str]] = {}
    for arg in args:
        if not arg.exists() and any(c in str(arg) for c in "*?["):  # a pattern the shell left as it was
            yield Problem(str(arg), Msg("loader.no_match"), suggestion=Msg("hint.check_pattern"))
        elif not arg.exists():
            yield Problem(str(arg), Msg("batch.no_path"), suggestion=Msg("hint.check_path"))
        elif arg.is_dir():
            yield from _walk(arg, base, ext, seen)
        else:
            loose.setdefault(os.path.abspath(arg.parent), []).append(str(arg))
    for folder, files in loose.items():
        yield from _sources(folder, [os.path.basename(f) for f in files], files, base, ext, seen)


def require_files(args: Sequence[Path]) -> None:
    """A usage error when the arguments name no partnership file at all (an empty folder, a
    folder of other files): a run that assesses nothing must not look like a success.

    A path that does not exist counts as named: it is reported as an error of its own.
    The search stops at the first file found.
    """
    if any(not isinstance(found, Skipped) for found in discover(args)):  # stops at the first
        return
    from kemitraan.errors import UsageError
    from kemitraan.messages import err

    raise UsageError(err("batch.no_files", paths=", ".join(str(a) for a in args)))


class Skipped(NamedTuple):
    """A file in a searched folder that has a partnership file's name but is not a regular
    file (a named pipe, a socket, a device): reading it could wait for ever, so it is left out."""

    file: str
    kind: str
    """``fifo``, ``socket`` or ``device``."""


def _kind(mode: int) -> str:
    return "fifo" if stat.S_ISFIFO(mode) else "socket" if stat.S_ISSOCK(mode) else "device"


def _walk(top: Path, base: str, ext: str | None, seen: set[str] | None) -> Iterator[Source | Skipped]:
    """A folder's partnership files, sorted, then its sub-folders' (as ``os.walk`` goes, top down).

    Hidden files and folders are skipped; symlinked folders are not followed. A file reached
    through a symlink, or with other hard links, is added to the run's write guard, so that
    no output replaces it under its other name.

    Of each folder only the names are held (sorted) while its files are assessed, not the
    listing's entries with their stat results: a folder of 3,500 files held 3.6 MB that way,
    which made a batch's first process larger the more files each folder has.
    """
    from kemitraan.output import run_inputs

    guard = run_inputs()
    pending = [str(top)]
    while pending:
        folder = pending.pop()
        names: list[str] = []
        subfolders: list[str] = []
        links: set[str] = set()
        try:
            with os.scandir(folder) as it:
                for entry in it:
                    name = entry.name
                    if name.startswith("."):
                        continue
                    if _is_dir(entry):
                        if not entry.is_symlink():
                            subfolders.append(name)
                    elif name.lower().endswith(YAML_SUFFIXES):
                        names.append(name)
                        if entry.is_symlink():
                            links.add(name)
        except OSError:  # as os.walk: a folder that cannot be read is passed over
            continue
        names.sort()
        chosen: list[str] = []
        for name in names:
            path = os.path.join(folder, name)
            try:
                info = os.stat(path)
            except OSError:  # a dangling symlink: the loader says "no such file"
                chosen.append(name)
                continue
            if not stat.S_ISREG(info.st_mode):
                yield Skipped(path, _kind(info.st_mode))
                continue
            if name in links or info.st_nlink > 1:
                guard.add_found(path, info)
            chosen.append(name)
        del names
        if chosen:
            paths = (os.path.join(folder, name) for name in chosen)
            yield from _sources(os.path.abspath(folder), chosen, paths, base, ext, seen)
        subfolders.sort()
        pending.extend(os.path.join(folder, name) for name in reversed(subfolders))


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _sources(
    folder: str,
    names: list[str],
    files: Iterable[str],
    base: str,
    ext: str | None,
    seen: set[str] | None,
) -> Iterator[Source]:
    """The sources of one folder's files: ``files`` (paths) and ``names`` (their names), in the same order."""
    reports = report_names(names, ext) if ext is not None else {}
    relative = os.path.relpath(folder, base) if base else ""
    relative = "" if relative == os.curdir else relative
    for name, f in zip(names, files, strict=True):
        if seen is not None:
            key = os.path.realpath(f)
            if key in seen:
                continue
            seen.add(key)
        report = os.path.join(relative, reports[name]) if ext is not None else None
        yield Source(f, report)


# --- assessing one file, in a worker ------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Spec:
    """What to do with each file (sent to the workers with each chunk of files; it is small)."""

    rubrics: tuple[str, ...]
    """The ``--rubric`` options, so that a worker started fresh can load the same rubrics."""
    out_dir: str | None = None
    """Write a report for each file below this folder (None: no reports)."""
    fmt: str = "md"
    lang: str | None = None
    """The report language (None: each file's own)."""
    aggregate: Aggregate = "median"
    """How several informants' answers become one value (median or min)."""
    template: str | None = None
    """A user's report template (``--template``), a file or folder."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """The input size limit (``--max-size``)."""
    debug: bool = False
    ui: str = "en"
    """The language of the run's messages (a worker started afresh learns it from here)."""
    only: tuple[str, ...] | None = None
    """The ``--only`` bundled rubrics (None: the default ones)."""


_loaded: dict[tuple[tuple[str, ...], tuple[str, ...] | None], list[LoadedRubric]] = {}


def rubrics_for(refs: tuple[str, ...], only: tuple[str, ...] | None = None) -> list[LoadedRubric]:
    """The rubrics for these ``--rubric`` (and ``--only``) options, loaded once per process.

    A forked worker inherits the parent's (which loaded them first, to report a bad rubric
    before anything starts); a spawned worker loads them itself.
    """
    if (refs, only) not in _loaded:
        from kemitraan.loader import load_rubrics

        _loaded[refs, only] = load_rubrics(list(refs), only)
    return _loaded[refs, only]


def assess_one(spec: Spec, source: Source) -> Result:
    """Assess one file: its summary row, and its report written when the spec asks for one."""
    from kemitraan import __version__
    from kemitraan.engine import decide_rubric, report
    from kemitraan.pipeline import (
        aggregate_informants,
        generated_at,
        input_meta,
        read_partnership,
        with_fieldwork,
    )
    from kemitraan.summary import row

    file = source.file
    try:
        rubrics = rubrics_for(spec.rubrics, spec.only)
        partnership, raw = read_partnership(file, max_bytes=spec.max_bytes)  # a str: see read_text
        read = aggregate_informants(partnership, spec.aggregate)
        outcomes = [decide_rubric(read, r) for r in rubrics]
        if spec.out_dir is not None and source.report is not None:
            from kemitraan.output import write_atomic
            from kemitraan.render import render

            meta = input_meta(os.path.basename(file), raw)
            # the decisions are taken: only put them into words (the steps of pipeline.assess_loaded)
            assessment = report(read, outcomes, meta, version=__version__, generated_at=generated_at())
            if read is not partnership:  # several informants: the fieldwork section
                assessment = with_fieldwork(assessment, partnership, rubrics, spec.aggregate)
            # plain strings, not Paths: Python 3.11's pathlib interns every part of every path it
            # parses, and that churn grows a long batch's process (see loader.reader.read_text)
            target = os.path.join(spec.out_dir, source.report)
            folder = os.path.dirname(target)
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError as exc:
                from kemitraan.messages import err
                from kemitraan.output import reason

                return Result(file, None, err("batch.mkdir", folder=folder, reason=reason(exc)))
            template = Path(spec.template) if spec.template else None
            text = render(assessment, spec.fmt, spec.lang or assessment.input.language, template=template)
            _orphaned()
            write_atomic(target, text, durable=False)
        return Result(file, row(file, read, outcomes))
    except KemitraanError as exc:
        return Result(file, None, str(exc))
    except Exception as exc:
        detail = traceback.format_exc() if spec.debug else f"{type(exc).__name__}: {exc}"
        from kemitraan.messages import err

        return Result(file, None, err("batch.internal", file=file, error=detail.rstrip()), internal=True)


_parent: int | None = None
"""In a worker process: the process id of the run that started it."""


def _init_worker(spec: Spec, guard: Inputs, parent: int) -> None:
    global _parent
    from kemitraan.output import new_run

    _parent = parent
    from kemitraan.i18n import use

    use(spec.ui)
    # Ctrl-C reaches every process of the terminal's group: let only the parent handle it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # The pool terminates its workers (SIGTERM) when the run is interrupted or fails, and the
    # kernel sends the same when the parent dies without a word (SIGKILL): the worker then
    # leaves by an exception, so that its temporary report and PDF folder are removed.
    signal.signal(signal.SIGTERM, _terminated)
    _die_with_parent(parent)
    new_run(guard)  # a worker started afresh ("spawn") gets the run's inputs too
    rubrics_for(spec.rubrics, spec.only)
    _keep_browser(spec)
    fast.spare_the_collector()  # again, for a worker started afresh ("spawn")


def _die_with_parent(parent: int) -> None:
    """Have the kernel send SIGTERM to this worker when the run's process ends (Linux); the
    check before each report (:func:`_orphaned`) covers other systems."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent was gone before the request took effect
        os.kill(os.getpid(), signal.SIGTERM)


def _orphaned() -> None:
    """Leave, writing nothing more, when the run that started this worker is gone."""
    if _parent is not None and os.getppid() != _parent:
        raise SystemExit(128 + signal.SIGTERM)


def _keep_browser(spec: Spec) -> bool:
    """PDF reports: one Chromium per process for the whole run, not one per report."""
    from kemitraan.formats import get

    if not get(spec.fmt).browser or spec.out_dir is None:
        return False
    from kemitraan.render.chromium import keep_browser

    keep_browser()
    return True


def _terminated(signum: int, frame: object) -> None:
    from kemitraan.output import deferred

    if deferred(signum):  # a temporary file is being made: leave as soon as it is known
        return
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # one way out, not interrupted by another
    from kemitraan.render.chromium import kill_kept

    kill_kept()
    raise SystemExit(128 + signum)  # unwinds through every finally: temporary files go


def _assess_chunk(spec: Spec, chunk: list[Source]) -> list[Result]:
    return [assess_one(spec, s) for s in chunk]


# --- running many ------------------------------------------------------------------------------


def usable_cores() -> int:
    """All the cores this process may use."""
    if hasattr(os, "process_cpu_count"):  # Python 3.13+
        return int(os.process_cpu_count() or 1)
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def load_average() -> float | None:
    """How many other processes are running or waiting for a core right now, None where it is
    not known.

    On Linux: the runnable count of ``/proc/loadavg`` (its fourth field, ``running/total``),
    read three times 10 ms apart, the median, less this process. Not the one-minute load
    average: it lags, so a batch started right after another read the first one's workers as
    other work and ran in one process on an idle machine (1.9 times the floor instead of 1.3).
    Elsewhere None: every core is used, as before.
    """
    import statistics
    import time

    counts: list[int] = []
    for attempt in range(3):
        try:
            with open("/proc/loadavg", encoding="ascii") as handle:
                counts.append(int(handle.read().split()[3].split("/")[0]))
        except (OSError, ValueError, IndexError):
            return None
        if attempt < 2:
            time.sleep(0.01)
    return max(0.0, statistics.median(counts) - 1)


def jobs_for(cores: int, load: float | None) -> int:
    """How many processes to assess with, given the usable cores and the machine's load.

    The cores other work keeps busy are left to it: a worker sharing a core with another
    program spends its time waiting, and the pool's own overhead (sending files and results
    between processes) then makes it slower than one process. So: one process when at most one
    core is free, else the free cores (rounded, at least two), at most all of them. An unknown load counts
    as none. This is kemitraan's own rule, measured on a two-core machine (docs/batch.md).
    """
    if load is None:
        return max(1, cores)
    free = cores - max(0.0, load)
    if free <= 1:
        return 1
    return max(2, min(cores, round(free)))


def default_jobs() -> int:
    """The number of processes when ``--jobs`` is not given (:func:`jobs_for` now)."""
    return jobs_for(usable_cores(), load_average())


def run(
    spec: Spec, sources: Iterable[Source | Problem | Skipped], jobs: int, chunk: int = 32
) -> Iterator[Result]:
    """Assess every source, in ``jobs`` processes, yielding results in the sources' order.

    At most a few chunks per worker are in flight, so neither the files waiting nor the
    results waiting to be read grow with the number of files. The worker processes start
    here, before the caller starts any thread of its own (a progress bar): forking a process
    that runs threads is unsafe. Tunes this process's garbage collector for a long run
    (:func:`kemitraan.fast.spare_the_collector`).
    """
    from kemitraan.output import run_inputs

    rubrics_for(spec.rubrics, spec.only)  # a bad --rubric fails here, before any worker starts
    fast.spare_the_collector()
    if jobs <= 1:
        _keep_browser(spec)
        return (assess_one(spec, s) if isinstance(s, Source) else _settled(s) for s in sources)
    import multiprocessing

    pool = multiprocessing.get_context(start_method()).Pool(
        jobs, initializer=_init_worker, initargs=(spec, run_inputs(), os.getpid())
    )
    return _parallel(pool, spec, sources, jobs, chunk)


def start_method() -> str:
    """``fork`` on Linux (workers share the parent's loaded rubrics, at no cost); ``spawn``
    elsewhere, where forking is unsafe or missing (workers load the rubrics once each)."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


def _parallel(
    pool: multiprocessing.pool.Pool,
    spec: Spec,
    sources: Iterable[Source | Problem | Skipped],
    jobs: int,
    chunk: int,
) -> Iterator[Result]:
    pending: deque[AsyncResult[list[Result]] | list[Result]] = deque()
    try:
        for batch in _chunks(sources, chunk):
            if not isinstance(batch, list):
                pending.append([_settled(batch)])
            else:
                pending.append(pool.apply_async(_assess_chunk, (spec, batch)))
            while len(pending) > jobs * 4:
                yield from _take(pending.popleft())
        while pending:
            yield from _take(pending.popleft())
        pool.close()
        pool.join()
    finally:
        pool.terminate()


def _take(item: AsyncResult[list[Result]] | list[Result]) -> list[Result]:
    return item if isinstance(item, list) else item.get()


def _chunks(
    sources: Iterable[Source | Problem | Skipped], size: int
) -> Iterator[list[Source] | Problem | Skipped]:
    chunk: list[Source] = []
    for source in sources:
        if not isinstance(source, Source):
            if chunk:
                yield chunk
                chunk = []
            yield source
            continue
        chunk.append(source)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _settled(item: Problem | Skipped) -> Result:
    """The result of a path that is not assessed: a missing path (an error) or a skipped file (a note)."""
    if isinstance(item, Skipped):
        from kemitraan.errors import printable
        from kemitraan.messages import err

        return Result(item.file, None, note=err(f"batch.skipped.{item.kind}", file=printable(item.file)))
    return Result(item.file, None, str(item))


# --- progress -------------------------------------------------------------------------------


def count_sources(args: Sequence[Path]) -> int:
    """How many files :func:`discover` will yield (a cheap first pass, for the progress bar)."""
    return sum(1 for _ in discover(args))


def with_progress(results: Iterable[Result], total: int, stream: TextIO) -> Iterator[Result]:
    """The results, with a rich progress bar on ``stream`` (a terminal); errors printed above it."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from kemitraan.errors import printable

    console = Console(file=stream, highlight=False)
    columns = (TextColumn("kemitraan"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("", total=total)
        for result in results:
            message = result.error or result.note
            if message is not None:
                progress.console.print(
                    printable(message, keep="\n"), markup=False, highlight=False, soft_wrap=True
                )
            yield result
            progress.advance(task)


# --- the command ------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Options:
    """``kemitraan assess`` with several files or a folder."""

    paths: list[Path]
    rubrics: tuple[str, ...] = ()
    out_dir: Path | None = None
    fmt: str | None = None
    lang: str | None = None
    summary: Path | None = None
    jobs: int | None = None
    aggregate: Aggregate = "median"
    template: Path | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    debug: bool = False
    only: tuple[str, ...] | None = None
    """``--only``: the bundled rubrics to run instead of the default ones."""


def report_extension(fmt: str) -> str:
    """The file extension of a report format (its entry's first, in :mod:`kemitraan.formats`)."""
    from kemitraan.formats import get

    return get(fmt).extension


def _check(opts: Options) -> None:
    from kemitraan.errors import UsageError
    from kemitraan.formats import EXTENSIONS
    from kemitraan.messages import err
    from kemitraan.summary import kind_of

    if opts.template is not None:
        from kemitraan.render import check_template

        check_template(opts.template)  # once, not for every file
    if opts.summary is not None and kind_of(opts.summary) is None:
        raise UsageError(err("batch.summary_kind", file=str(opts.summary)))
    if opts.out_dir is None:
        if opts.fmt is not None:
            raise UsageError(err("batch.format_needs_folder"))
        return
    if opts.out_dir.exists() and not opts.out_dir.is_dir():
        raise UsageError(err("batch.out_is_file", folder=str(opts.out_dir)))
    if not opts.out_dir.exists() and opts.out_dir.suffix.lower() in EXTENSIONS:
        raise UsageError(err("batch.out_looks_like_file", folder=str(opts.out_dir)))


def _writable_folder(folder: Path) -> None:
    """Make the report folder (when missing) and check, once, that reports can be written in it:
    a read-only disk or a folder without write permission is one clear error, not one per file."""
    import tempfile

    from kemitraan.errors import OutputError
    from kemitraan.messages import err
    from kemitraan.output import reason, uninterrupted

    try:
        folder.mkdir(parents=True, exist_ok=True)
        with uninterrupted():  # the probe is gone before an interrupt is acted on
            fd, probe = tempfile.mkstemp(prefix=".kemitraan-", suffix=".tmp", dir=folder)
            os.close(fd)
            os.unlink(probe)
    except OSError as exc:
        raise OutputError(err("batch.out_dir_failed", folder=str(folder), reason=reason(exc))) from None


def _protect(opts: Options) -> None:
    """Tell the run's write guard every input the options name (see :mod:`kemitraan.output`)."""
    from kemitraan.loader import rubric_files
    from kemitraan.output import protect, protect_template

    protect(*opts.paths, *rubric_files(opts.rubrics))
    protect_template(opts.template)


def stream(opts: Options, spec: Spec, tally: Tally, err: TextIO, ext: str | None = None) -> Iterator[Result]:
    """The results of every file the options name, counted in ``tally``.

    On a terminal a progress bar is drawn on ``err``; each error (and each note on a file left
    out) is printed to ``err`` as it comes, in the order of the files. Files left out are not
    yielded.
    """
    from kemitraan.errors import printable

    tty = err.isatty()
    results = run(spec, discover(opts.paths, ext), opts.jobs or default_jobs())
    if tty:
        results = with_progress(results, count_sources(opts.paths), err)
    for result in results:
        tally.add(result)
        message = result.error or result.note
        if message is not None and not tty:
            err.write(printable(message, keep="\n") + "\n")
        if result.note is None:
            yield result


def assess_many(opts: Options, err: TextIO) -> int:
    """Assess every file the options name; write reports and the summary; print the tally.

    Returns the exit code: 0 when every file was assessed, 2 when some could not be (each is
    listed with its error, and every other file is still done), 1 after an internal error.
    """
    from contextlib import ExitStack

    from kemitraan.i18n import choose, ui
    from kemitraan.messages import err as said
    from kemitraan.output import open_atomic
    from kemitraan.render.batch import render_tally
    from kemitraan.summary import SummaryWriter, columns, dictionary, failed_row, kind_of, write_dictionary

    _check(opts)
    require_files(opts.paths)
    _protect(opts)
    rubrics = rubrics_for(opts.rubrics, opts.only)
    names = columns(rubrics)
    fmt = opts.fmt or "md"
    out_dir = str(opts.out_dir) if opts.out_dir else None
    template = str(opts.template) if opts.template else None
    lang = choose(opts.lang)  # the summary's and the tally's: no file's language applies
    spec = Spec(
        rubrics=opts.rubrics,
        out_dir=out_dir,
        fmt=fmt,
        lang=opts.lang,
        aggregate=opts.aggregate,
        template=template,
        max_bytes=opts.max_bytes,
        debug=opts.debug,
        ui=ui(),
        only=opts.only,
    )
    if opts.out_dir is not None:
        _writable_folder(opts.out_dir)
    tally = Tally(rubrics, names)
    with ExitStack() as stack:
        writer = None
        if opts.summary is not None:
            handle = stack.enter_context(open_atomic(opts.summary))
            variables = dictionary(rubrics, lang)
            writer = SummaryWriter(handle, kind_of(opts.summary) or "csv", names, variables, lang)
        for result in stream(opts, spec, tally, err, report_extension(fmt) if opts.out_dir else None):
            if writer is not None:
                writer.write(result.row or failed_row(result.file, result.error or "", len(names)))
        if writer is not None:
            writer.close()
    from kemitraan.errors import printable

    if opts.summary is not None:
        err.write(printable(said("cli.wrote", file=str(opts.summary))) + "\n")
        beside = write_dictionary(opts.summary, variables, lang, opts.paths)
        if beside is not None:
            err.write(printable(said("batch.wrote_dictionary", file=str(beside))) + "\n")
    if opts.out_dir is not None:
        line = said("batch.wrote_reports", n=tally.assessed, folder=str(opts.out_dir))
        err.write(printable(line) + "\n")
    err.write(render_tally(tally, lang, color=err.isatty()))
    return tally.exit_code


def count_by(opts: Options, by: str, err: TextIO) -> tuple[GroupTable, int]:
    """Verdict counts per group (``kemitraan compare FOLDER --by regency``) and the exit code."""
    from kemitraan.compare import count_groups
    from kemitraan.i18n import ui
    from kemitraan.summary import columns

    require_files(opts.paths)
    _protect(opts)
    rubrics = rubrics_for(opts.rubrics, opts.only)
    names = columns(rubrics)
    tally = Tally(rubrics, names)
    spec = Spec(
        rubrics=opts.rubrics,
        aggregate=opts.aggregate,
        max_bytes=opts.max_bytes,
        debug=opts.debug,
        ui=ui(),
        only=opts.only,
    )
    table = count_groups(stream(opts, spec, tally, err), by, rubrics, names)
    return table, tally.exit_code
