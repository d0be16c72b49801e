"""Render a user's template in a child process with a time and a memory limit.

A template is a small program: two nested loops, ``{{ 'a' * 10**10 }}`` or a filter such as
``|center(10**10)`` can take hours or gigabytes. So a user's template is rendered in a child
process (``fork``: it starts in a millisecond or two with everything already loaded and the
templates already compiled) under ``RLIMIT_CPU`` and ``RLIMIT_AS``; the parent waits with a
wall-clock deadline as well, kills the child when it passes, and reads at most
:data:`~kemitraan.limits.TEMPLATE_OUTPUT_BYTES` of report. A bound that is hit is a clear
error naming it (exit code 2), never a hung or swapping machine.

The bundled templates do not go through here: they are kemitraan's own, their work grows
only with the partnership file (itself bounded by ``--max-size``), and a batch renders
thousands of them, where a process per report would nearly double the run (a Markdown
report of the Benan file costs 4.6 ms of processor time in a batch; a child process about
4 ms more, measured with 300 files and ``--jobs 1``). A user's template pays that price.

Results come back as bytes: the report, or an error as JSON. Nothing from the child is
unpickled, so a child that misbehaved could not reach the parent.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import sys
import time
import traceback
from collections.abc import Callable

from kemitraan.errors import InputError, KemitraanError, Problem
from kemitraan.limits import TEMPLATE_MEMORY, TEMPLATE_OUTPUT_BYTES, TEMPLATE_SECONDS
from kemitraan.msg import Msg

_OK, _FAILED = b"R", b"E"
_NO_ROOM = 70
"""The child's exit status when it could not even send its result (out of memory)."""


class _OutOfTime(BaseException):
    """Raised in the child when its CPU time runs out (SIGXCPU)."""


def available() -> bool:
    """Whether child processes with resource limits can be used (Linux and other Unix)."""
    try:
        import resource  # noqa: F401
    except ImportError:
        return False
    return hasattr(os, "fork")


def render_bounded(
    job: Callable[[], str],
    where: str,
    *,
    locate: Callable[[BaseException], Problem | None],
    seconds: float | None = None,
    memory: int | None = None,
    output: int | None = None,
    debug: bool = False,
) -> str:
    """``job()`` (rendering a user's template) in a child process within the bounds.

    ``where`` names the template for messages about the bounds; ``locate`` turns an error of
    the template into a located problem (None: not the template's doing, a bug). The bounds
    default to :mod:`kemitraan.limits` (read at call time, so tests can lower them).
    """
    seconds = TEMPLATE_SECONDS if seconds is None else seconds
    memory = TEMPLATE_MEMORY if memory is None else memory
    output = TEMPLATE_OUTPUT_BYTES if output is None else output
    read_end, write_end = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: render, send, and leave without running any exit handler
        code = 0
        try:
            os.close(read_end)
            _child(job, write_end, locate, seconds, memory, output, debug)
        except BaseException:
            code = _NO_ROOM
        finally:
            os._exit(code)
    os.close(write_end)
    try:
        data, killed = _collect(read_end, seconds, output)  # killed: the bound it passed
    except BaseException:  # interrupted (Ctrl-C, SIGTERM): the child goes too
        _kill(pid)
        raise
    finally:
        os.close(read_end)
    if killed:
        _kill(pid)
    status = _wait(pid)
    return _result(data, killed, status, where, seconds, memory, output)


def _child(
    job: Callable[[], str],
    out: int,
    locate: Callable[[BaseException], Problem | None],
    seconds: float,
    memory: int,
    output: int,
    debug: bool,
) -> None:
    import resource

    for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGPIPE"):
        if hasattr(signal, name):  # the parent decides about interrupts; the child just ends
            signal.signal(getattr(signal, name), signal.SIG_DFL)

    def out_of_time(signum: int, frame: object) -> None:
        raise _OutOfTime

    signal.signal(signal.SIGXCPU, out_of_time)
    cpu = max(1, int(seconds + 0.999))
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))  # the hard limit kills
    with contextlib.suppress(ValueError, OSError):
        limit = _address_space() + memory
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        text = job().encode("utf-8")
        if len(text) > output:
            message: dict[str, object] = {"bound": "output"}
        else:
            _send(out, _OK + text)
            return
    except _OutOfTime:
        message = {"bound": "time"}
    except MemoryError:
        message = {"bound": "memory"}
    except RecursionError:
        message = {"bound": "depth"}
    except KemitraanError as exc:
        problems = getattr(exc, "problems", None)
        message = {"error": str(exc), "code": exc.exit_code}
        if problems:
            message["problems"] = [_plain(p) for p in problems]
    except BaseException as exc:
        problem = locate(exc)
        if problem is not None:
            message = {"problems": [_plain(problem)]}
        else:
            detail = traceback.format_exc() if debug else f"{type(exc).__name__}: {exc}"
            message = {"crash": detail.rstrip()}
    _send(out, _FAILED + json.dumps(message, default=str).encode("utf-8"))


def _plain(problem: Problem) -> dict[str, object]:
    """A problem as JSON can carry it: its words put into the run's language here, in the child."""
    from kemitraan.i18n import ui
    from kemitraan.messages import say

    lang = ui()
    suggestion = say(problem.suggestion, lang) if problem.suggestion is not None else None
    return {**problem.__dict__, "message": say(problem.message, lang), "suggestion": suggestion}


def _send(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.close(fd)


def _address_space() -> int:
    """The child's address space now (``RLIMIT_AS`` counts it all, shared pages included)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _collect(fd: int, seconds: float, output: int) -> tuple[bytes, str | None]:
    """Everything the child sends (at most ``output`` bytes and a little), and whether it must
    be killed: it sent too much, or passed the wall-clock deadline, a backstop for a child that
    waits rather than computes (CPU time, the real bound, does not pass then) or that a busy
    machine holds back."""
    deadline = time.monotonic() + 3 * seconds + 5
    chunks: list[bytes] = []
    size = 0
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return b"", "time"
        ready, _, _ = select.select([fd], [], [], left)
        if not ready:
            continue
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            return b"".join(chunks), None
        size += len(chunk)
        if size > output + (1 << 16):  # more than any report the bound allows
            return b"", "output"
        chunks.append(chunk)


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    _wait(pid)


def _wait(pid: int) -> int:
    """The child's wait status (0 when it was already reaped)."""
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return 0


def _result(
    data: bytes, killed: str | None, status: int, where: str, seconds: float, memory: int, output: int
) -> str:
    if data.startswith(_OK) and not killed:
        return data[1:].decode("utf-8")
    if data.startswith(_FAILED) and not killed:
        message = json.loads(data[1:].decode("utf-8"))
        if "problems" in message:
            raise InputError([Problem(**{**p, "loc": tuple(p["loc"])}) for p in message["problems"]])
        if "error" in message:
            error = KemitraanError(message["error"])
            error.exit_code = int(message.get("code", 2))
            raise error
        if "crash" in message:
            raise RuntimeError(f"rendering the template failed: {message['crash']}")  # a bug: English
        bound = str(message["bound"])
    elif killed:
        bound = killed
    elif os.WIFSIGNALED(status) and os.WTERMSIG(status) in (signal.SIGKILL, signal.SIGXCPU):
        bound = "time"  # the CPU time's hard limit, or the deadline
    elif os.WIFEXITED(status) and os.WEXITSTATUS(status) == _NO_ROOM:
        bound = "memory"  # too little memory left even to say so
    else:
        raise RuntimeError(f"rendering the template failed: the child process ended with status {status}")
    sizes = {
        "seconds": f"{seconds:g}",
        "memory": Msg("fmt.size", {"value": memory}),
        "output": Msg("fmt.size", {"value": output}),
    }
    raise InputError([Problem(where, Msg(f"template.bound.{bound}", sizes))])
