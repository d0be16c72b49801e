"""The console script: what every run does first, and ``kemitraan assess FILE`` without Typer.

:func:`main` guards standard output, turns signals into exceptions and moves ``--debug`` to the
front; ``kemitraan --version`` alone is answered here. Then the common case of one file
(``assess FILE`` with the options that case takes, see :func:`recognise`) goes straight to the
work of the command (:func:`kemitraan.runner.assess`, the same code the Typer app calls),
sparing the run the import of Typer and the app (some 17 ms) and Typer's parsing of the
options (some 7 ms). Everything else, and anything out of the ordinary in that case (help, a
typo, a value that is not one of an option's, ``--``), goes to the Typer app, so every message
about the command line stays Typer's. With ``KEMITRAAN_NO_FAST=1`` every run goes to the app.

This module imports nothing heavy (no Typer, pydantic, rich or jinja2): it is imported at every start.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kemitraan import __version__, fast
from kemitraan.models.record import record

if TYPE_CHECKING:
    from kemitraan.errors import KemitraanError
    from kemitraan.runner import Assess


class _GuardedStdout:
    """Standard output that turns a failed write (a full disk, a device error) into a clear
    message and exit code 2 instead of a traceback; a closed pipe is left to
    :func:`kemitraan.runner.run`."""

    def __init__(self, stream: object) -> None:
        self._stream = stream

    def write(self, text: object) -> object:
        try:
            return self._stream.write(text)  # type: ignore[attr-defined]
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _stdout_error(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()  # type: ignore[attr-defined]
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _stdout_error(exc) from None

    @property
    def buffer(self) -> object:
        return _GuardedStdout(self._stream.buffer)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _stdout_error(exc: OSError) -> KemitraanError:
    from kemitraan.errors import OutputError
    from kemitraan.messages import err
    from kemitraan.output import reason

    return OutputError(err("output.stdout_failed", reason=reason(exc)))


def quiet_stdout() -> None:
    """Point standard output at /dev/null, so that the flush at exit finds nothing to complain about."""
    import contextlib

    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def write_version() -> int:
    """Print ``kemitraan VERSION``; the exit code (a closed pipe or a full disk is reported as
    for every command, never by a traceback)."""
    try:
        sys.stdout.write(f"kemitraan {__version__}\n")
        sys.stdout.flush()
    except BrokenPipeError:
        from kemitraan.errors import EXIT_BROKEN_PIPE

        quiet_stdout()
        return EXIT_BROKEN_PIPE
    except Exception as exc:
        from kemitraan.errors import KemitraanError, printable

        if not isinstance(exc, KemitraanError):  # standard output failed (see _GuardedStdout)
            raise
        sys.stderr.write(printable(str(exc)) + "\n")
        return exc.exit_code
    return 0


class Terminated(KeyboardInterrupt):
    """The process was asked to stop by a signal other than Ctrl-C (SIGTERM, SIGHUP).

    Raised from the signal handler, so that every ``finally`` and ``with`` on the way out runs:
    temporary files are removed, worker processes and browsers are stopped. A subclass of
    KeyboardInterrupt, so that no ``except Exception`` swallows it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, frame: object) -> None:
    from kemitraan.output import deferred

    if deferred(signum):  # a temporary file is being made: stop as soon as it is known
        return
    for name in ("SIGTERM", "SIGHUP"):  # the way out must not be interrupted by the next one
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Terminated(signum)


def _debug_first(args: list[str]) -> list[str]:
    """``--debug`` anywhere before ``--`` moves to the front, where the app's own option reads it
    (``kemitraan assess x.yaml --debug`` works as ``kemitraan --debug assess x.yaml``)."""
    end = args.index("--") if "--" in args else len(args)
    if "--debug" not in args[:end]:
        return args
    return ["--debug", *(a for a in args[:end] if a != "--debug"), *args[end:]]


# --- assess FILE without Typer ------------------------------------------------------------------

_ASSESS_OPTIONS = {
    "--format": "fmt",
    "-f": "fmt",
    "--output": "output",
    "-o": "output",
    "--lang": "lang",
    "-l": "lang",
    "--rubric": "rubric",
    "-r": "rubric",
    "--only": "only",
    "--aggregate": "aggregate",
    "--template": "template",
    "-t": "template",
    "--max-size": "max_size",
}
"""The options of ``assess`` the recogniser takes (each with a value), and the parameter each sets."""

_MANY = ("rubric", "only")
_ROOT_OPTIONS = {"--lang": "lang", "-l": "lang"}
"""``kemitraan``'s own options (before ``assess``) that take a value; ``--debug`` is first if given."""


@record(kw_only=False, slots=False)
class Recognised:
    """A command line of the common case: ``kemitraan``'s own options and what ``assess`` was asked."""

    debug: bool
    lang: str | None
    assess: Assess


def _option(args: Sequence[str], i: int, known: dict[str, str]) -> tuple[str | None, str | None, int]:
    """The parameter the option at ``args[i]`` sets (None: not one of ``known``), its value
    (None: missing, empty or starting with ``-``), and where the next argument is."""
    arg = args[i]
    if arg.startswith("--") and "=" in arg:
        name, value = arg.split("=", 1)
        nxt = i + 1
    elif i + 1 < len(args):
        name, value, nxt = arg, args[i + 1], i + 2
    else:
        name, value, nxt = arg, "", i + 1
    if not value or value.startswith("-"):
        return known.get(name), None, nxt
    return known.get(name), value, nxt


def recognise(args: Sequence[str]) -> Recognised | None:
    """What Typer would call ``assess`` with, for ``[--debug] [--lang L] assess PATH [options]``
    naming one path that is not a folder; None for anything else or out of the ordinary.

    Strict on purpose: a repeated option other than ``--rubric``/``--only`` is taken as Click
    takes it (the last one), but an unknown option, a missing or empty value, a value starting
    with ``-``, a value that is not one of its option's, ``--``, help, ``--summary``,
    ``--jobs``, several paths, a folder or shell completion all return None, so that the Typer
    app runs and says what it says about them.
    """
    from pathlib import Path

    from kemitraan import i18n
    from kemitraan.choices import AGGREGATES, FORMATS
    from kemitraan.limits import parse_size
    from kemitraan.runner import Assess

    if any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
        return None
    debug = args[:1] == ["--debug"]
    i = 1 if debug else 0
    root_lang: str | None = None
    while i < len(args) and args[i] != "assess":
        key, value, i = _option(args, i, _ROOT_OPTIONS)
        if key is None or value is None or not i18n.known(value):
            return None
        root_lang = value
    if i == len(args):
        return None
    i += 1
    found: dict[str, Any] = {}
    paths: list[str] = []
    while i < len(args):
        if not args[i].startswith("-"):
            paths.append(args[i])
            i += 1
            continue
        key, value, i = _option(args, i, _ASSESS_OPTIONS)
        if key is None or value is None:
            return None
        if key in _MANY:
            found.setdefault(key, []).append(value)
        else:
            found[key] = value
    if len(paths) != 1 or os.path.isdir(paths[0]):
        return None
    if found.get("fmt", FORMATS[0]) not in FORMATS or found.get("aggregate", AGGREGATES[0]) not in AGGREGATES:
        return None
    if "lang" in found and not i18n.known(found["lang"]):
        return None
    for key in ("output", "template"):
        if key in found:
            found[key] = Path(found[key])
    if "max_size" in found:
        try:
            found["max_size"] = parse_size(found["max_size"])
        except ValueError:
            return None
    return Recognised(debug, root_lang, Assess(paths=[Path(paths[0])], **found))


def _assess_alone(args: list[str], found: Recognised) -> int:
    """Run ``assess`` as the Typer app would for these arguments; the exit code."""
    from kemitraan import i18n, runner

    i18n.use(i18n.choose(i18n.lang_in(args)))  # as the app's root group does before parsing
    runner.begin(found.debug, found.lang)  # as the app's own options do
    return runner.assess(found.assess)


def _recognised(args: list[str]) -> Recognised | None:
    if not fast.ON:
        return None
    try:
        return recognise(args)
    except Exception:  # an optimisation must never stop the command line
        return None


def main() -> None:
    """Console-script entry point."""
    # kemitraan uses no pydantic plugins; looking for them scans every installed package's
    # entry points (about 13 ms, a tenth of start-up). A user who sets the variable decides.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # Ctrl-C, SIGTERM and SIGHUP stop the run by an exception, so that everything on the way
    # out is cleaned up; a signal the caller ignores (nohup, a background job) stays ignored.
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _stop)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name) and signal.getsignal(getattr(signal, name)) == signal.SIG_DFL:
            signal.signal(getattr(signal, name), _stop)
    if not isinstance(sys.stdout, _GuardedStdout) and sys.stdout is not None:
        sys.stdout = _GuardedStdout(sys.stdout)
    args = _debug_first(sys.argv[1:])
    if (
        args == ["--version"] and fast.ON
    ):  # what Typer would print, without building the app to parse one flag
        code = write_version()
        if code:
            raise SystemExit(code)
        return
    if args[:1] == ["--debug"]:  # for the processes the run starts (template children, workers)
        os.environ["KEMITRAAN_DEBUG"] = "1"
    found = _recognised(args)
    if found is not None:
        try:
            code = _assess_alone(args, found)
        except KeyboardInterrupt as stop:  # before the run's own handling began (while importing)
            signum = getattr(stop, "signum", signal.SIGINT)
            code = 130 if signum == signal.SIGINT else 128 + signum
        raise SystemExit(code)
    from kemitraan.cli import app_for

    app_for(args)(args=args)


if __name__ == "__main__":  # pragma: no cover
    main()
