"""How a command's work runs, with no command-line framework: errors to messages and exit codes,
where the text goes, and the work of ``kemitraan assess``.

Both ways into ``assess`` call the same code here: the Typer app (:mod:`kemitraan.cli`) and the
recogniser of the common single-file case (:mod:`kemitraan.entry`), which spares a run the
import of Typer and its parsing. Nothing here imports Typer, pydantic, rich or jinja2 at module
level; an exit is a :class:`SystemExit` with the code (Typer and Click let it through as it is).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from kemitraan import fast, i18n
from kemitraan.choices import AGGREGATES, FORMATS, Aggregate
from kemitraan.limits import DEFAULT_MAX_BYTES
from kemitraan.models.record import record

if TYPE_CHECKING:
    from kemitraan.models.rubric import LoadedRubric

T = TypeVar("T")

state: dict[str, Any] = {"debug": False, "lang": None}
"""The options of ``kemitraan`` itself for this run: ``--debug`` and ``--lang``."""


def begin(debug: bool, lang: str | None) -> None:
    """Keep ``kemitraan``'s own options (``--debug`` or ``KEMITRAAN_DEBUG``, and ``--lang``)."""
    state["debug"] = debug or os.environ.get("KEMITRAAN_DEBUG", "") not in ("", "0")
    state["lang"] = lang


def fail(message: str, code: int | None = None) -> NoReturn:
    """Write the message to standard error and end the run (exit code 2 unless another is given)."""
    from kemitraan.errors import EXIT_BAD_INPUT, printable

    code = EXIT_BAD_INPUT if code is None else code

    sys.stderr.write(printable(message.rstrip("\n"), keep="\n") + "\n")
    raise SystemExit(code)


def say(key: str, **params: object) -> str:
    """A sentence from the catalogue, in the language of the run."""
    from kemitraan.messages import err

    return err(key, **params)


def run(job: Callable[[], T]) -> T:
    """Run a command's work; turn errors into a message and an exit code (tracebacks only with --debug).

    The run starts with a write guard that knows no inputs yet (the command adds its own), and
    ends by flushing standard output, so that a full disk or a closed pipe is reported here.
    """
    from kemitraan.errors import EXIT_BROKEN_PIPE, EXIT_INTERNAL, EXIT_INTERRUPTED, KemitraanError
    from kemitraan.output import new_run

    new_run()
    try:
        result = job()
        sys.stdout.flush()
        return result
    except KemitraanError as exc:
        fail(str(exc), exc.exit_code)
    except KeyboardInterrupt as exc:
        signum = getattr(exc, "signum", signal.SIGINT)
        if signum == signal.SIGINT:
            fail(say("cli.interrupted"), EXIT_INTERRUPTED)
        fail(say("cli.terminated"), 128 + signum)
    except BrokenPipeError:  # a closed pipe (| head) ends quietly, as if by SIGPIPE
        from kemitraan.entry import quiet_stdout

        quiet_stdout()
        raise SystemExit(EXIT_BROKEN_PIPE) from None
    except Exception as exc:
        if state["debug"]:
            raise
        fail(say("cli.internal", error=f"{type(exc).__name__}: {exc}"), EXIT_INTERNAL)


def choice(option: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    """The value of an option with a fixed set of values; a usage error listing them otherwise."""
    if value is not None and value not in choices:
        fail(say("cli.bad_choice", option=option, choices=", ".join(choices), value=value))
    return value


def aggregate(value: str) -> Aggregate:
    """``--aggregate`` as its type: one of :data:`~kemitraan.choices.AGGREGATES`, else a usage error."""
    choice("--aggregate", value, AGGREGATES)
    return next(how for how in AGGREGATES if how == value)


def report_lang(lang: str | None, file_language: str | None = None) -> str:
    """The language of a report: ``--lang`` (this command's, or ``kemitraan --lang``), then
    ``KEMITRAAN_LANG``, the locale, the file's language, English."""
    return i18n.choose(lang or state.get("lang"), file_language)


def report_format(output: Path, formats: tuple[str, ...]) -> str:
    """The format an -o file's name asks for; a usage error listing the formats when it asks for none.

    A device or pipe without an extension (``-o /dev/stdout``) gets the terminal text.
    """
    from kemitraan.formats import extensions

    known = extensions(formats)
    listed = ", ".join(known)
    ext = output.suffix.lower()
    if ext in known:
        return known[ext]
    if not ext and "terminal" in formats and _is_stream(output):
        return "terminal"
    key = "cli.format.unknown_extension" if ext else "cli.format.no_extension"
    fail(say(key, file=output, ext=ext, formats=", ".join(formats), extensions=listed))


def _is_stream(path: Path) -> bool:
    import stat

    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def terminal_width(tty: bool) -> int:
    """The width to draw terminal text at: ``COLUMNS`` when set (also when piped or written to a
    file), else the terminal's, else 100; never below 40."""
    import shutil

    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(40, int(columns))
    return max(40, shutil.get_terminal_size((100, 24)).columns) if tty else 100


def emit(text: Callable[[bool, int], str | bytes], fmt: str, output: Path | None) -> None:
    """Print the text (in colour on a terminal), or write it to the -o file atomically (never
    over an input of the run: see :mod:`kemitraan.output`)."""
    if output is None:
        tty = sys.stdout.isatty()
        content = text(tty and fmt == "terminal", terminal_width(tty))
        if isinstance(content, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(content)
        else:
            sys.stdout.write(content)
        return
    from kemitraan.errors import printable
    from kemitraan.output import run_inputs, write_atomic

    run_inputs().refuse(output)  # before the work of rendering, not only before the write
    write_atomic(output, text(False, terminal_width(False)))
    sys.stderr.write(printable(say("cli.wrote", file=str(output))) + "\n")


@record(kw_only=False, slots=False)
class Assess:
    """What ``kemitraan assess`` was asked to do: its arguments, as the command line gives them."""

    paths: list[Path]
    fmt: str | None = None
    output: Path | None = None
    lang: str | None = None
    rubric: list[str] | None = None
    only: list[str] | None = None
    aggregate: str = "median"
    template: Path | None = None
    max_size: int = DEFAULT_MAX_BYTES
    summary: Path | None = None
    jobs: int | None = None


def assess(a: Assess) -> int:
    """``kemitraan assess``: one file reported, or a batch (several paths, a folder, ``--summary``);
    the exit code."""
    return run(lambda: _assess(a))


def _assess(a: Assess) -> int:
    from kemitraan.formats import BINARY

    how = aggregate(a.aggregate)
    choice("--format", a.fmt, FORMATS)
    refs = tuple(a.rubric or ())
    chosen_lang = i18n.chosen(a.lang or state.get("lang"))
    if len(a.paths) > 1 or a.paths[0].is_dir() or a.summary is not None:
        from kemitraan.batch import Options, assess_many

        batch = Options(
            paths=a.paths,
            rubrics=refs,
            out_dir=a.output,
            fmt=a.fmt,
            lang=chosen_lang,
            summary=a.summary,
            jobs=a.jobs,
            aggregate=how,
            template=a.template,
            max_bytes=a.max_size,
            debug=state["debug"],
            only=tuple(a.only) if a.only is not None else None,
        )
        return assess_many(batch, sys.stderr)
    path = a.paths[0]
    chosen = a.fmt or (report_format(a.output, FORMATS) if a.output else "terminal")
    if chosen in BINARY and a.output is None and sys.stdout.isatty():
        fail(say("cli.format.binary", format=chosen))

    from kemitraan.loader import load_rubrics, rubric_files
    from kemitraan.output import protect, protect_template

    protect(path, *rubric_files(refs))
    protect_template(a.template)
    rubrics = load_rubrics(a.rubric, a.only)
    # in a function of its own: its data is freed as it returns, before the collector is on again
    with fast.collector_paused():
        _report(a, path, rubrics, how, chosen)
    return 0


def _report(a: Assess, path: Path, rubrics: list[LoadedRubric], how: Aggregate, chosen: str) -> None:
    """One file assessed and its report written (``kemitraan assess FILE``)."""
    from kemitraan.pipeline import assess_path
    from kemitraan.render import render

    assessment = assess_path(path, rubrics, how, max_bytes=a.max_size)
    language = report_lang(a.lang, assessment.input.language)
    template = a.template
    emit(
        lambda color, width: render(
            assessment, chosen, language, color=color, width=width, template=template
        ),
        chosen,
        a.output,
    )
