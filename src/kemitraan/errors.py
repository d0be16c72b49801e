"""Errors the library raises, and the one place that formats a problem for a person to read.

Every problem a user can fix is reported as ``file:line:col: field.path: what was expected
but what was found; a suggestion``. The CLI prints them and exits with code 2; only an
unexpected failure (a bug) exits with 1. A problem's words are a :class:`~kemitraan.msg.Msg`,
put into the run's language when the problem is printed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence

from kemitraan.models.record import record
from kemitraan.msg import Msg

# Exit codes, defined once; only the CLI exits.
EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130
"""Ctrl-C (SIGINT); a run ended by another signal exits with 128 + its number (SIGTERM: 143)."""
EXIT_BROKEN_PIPE = 141
"""Standard output was a pipe that closed early (``| head``): the code of a process ended by
SIGPIPE, and no message, as other command-line tools end."""

Loc = tuple[str | int, ...]

Said = Msg | str
"""Words for a person: a catalogue message, or text that is no sentence (a library's own words)."""

Found = tuple[Loc, Said, Said | None] | tuple[Loc, Said, Said | None, Loc]
"""A problem a cross-field check found, before it is located in the text: (path, message,
suggestion[, another path the message refers to, such as a duplicate's first use, whose line
is then added to the message])."""


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""Control characters (terminal escape codes among them), line and paragraph separators, and
the text-direction overrides that make text read differently from what it is."""


def printable(text: str, keep: str = "") -> str:
    """``text`` with its control characters shown as escapes (``\\x1b``, ``\\u202e``), so that a
    file name cannot drive the terminal or reorder a report. ``keep``: characters left as they
    are (``"\\n"`` for a message of several lines)."""
    if text.isprintable() or not _UNPRINTABLE.search(text):
        return text

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if char in keep:
            return char
        code = ord(char)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNPRINTABLE.sub(escape, text)


def format_loc(loc: Loc) -> str:
    """``('programs', 0, 'planning')`` -> ``programs[0].planning``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def parse_loc(path: str) -> Loc:
    """``programs[0].planning`` -> ``('programs', 0, 'planning')`` (the inverse of :func:`format_loc`)."""
    loc: list[str | int] = []
    for part in path.split("."):
        name, *indexes = part.split("[")
        if name:
            loc.append(name)
        loc.extend(int(i.rstrip("]")) for i in indexes)
    return tuple(loc)


@record(kw_only=False, slots=False)
class Problem:
    """One thing wrong with one input file, located as precisely as we can."""

    file: str
    message: Said
    line: int | None = None
    column: int | None = None
    loc: Loc = ()
    suggestion: Said | None = None

    def __str__(self) -> str:
        from kemitraan.i18n import ui

        return self.text(ui())

    def text(self, lang: str) -> str:
        """The problem as one line, in ``lang``."""
        from kemitraan.messages import say

        where = printable(self.file)
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        field = f" {format_loc(self.loc)}:" if self.loc else ""
        text = f"{where}:{field} {say(self.message, lang)}"
        if self.suggestion:
            text += f"; {say(self.suggestion, lang)}"
        return text


class KemitraanError(Exception):
    """Base class of every error the tool reports to a user (exit code 2)."""

    exit_code = EXIT_BAD_INPUT


class InputError(KemitraanError):
    """One or more problems with an input file (partnership or rubric)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(*self.problems)

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class UsageError(KemitraanError):
    """A bad combination of command-line options or an unusable output path."""


class OutputError(KemitraanError):
    """An output cannot be written (a full disk, a read-only file system, a device error)."""


class BrowserError(KemitraanError):
    """Headless Chromium, needed to print a PDF, is not installed, would not start or failed."""


def did_you_mean(word: object, choices: Iterable[str]) -> Msg | None:
    """A ``did you mean 'x'?`` hint, or None when nothing is close."""
    if not isinstance(word, str):
        word = str(word)
    matches = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    if not matches:
        # Case or separator slips ("Lead", "vision-mission") are the commonest typo.
        folded = {c.lower().replace("-", "_"): c for c in choices}
        hit = folded.get(word.lower().replace("-", "_"))
        matches = [hit] if hit else []
    return Msg("hint.did_you_mean", {"word": matches[0]}) if matches else None
