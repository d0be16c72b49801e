"""The help a newcomer reads: examples for every command, values listed, no Python types, completion."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kemitraan.choices import AGGREGATES, FORMATS, GROUP_BY, GROUP_FORMATS, LANGS
from kemitraan.cli import app
from kemitraan.helptext import EXAMPLES
from kemitraan.messages import SOURCE

EXAMPLES_HEADING = str(SOURCE["help.examples"])
H = {k.removeprefix("help."): str(v) for k, v in SOURCE.items() if k.startswith("help.")}

COMMANDS = [
    [],
    ["assess"],
    ["compare"],
    ["validate"],
    ["rubrics"],
    ["rubrics", "list"],
    ["rubrics", "show"],
    ["init"],
    ["explain"],
    ["schema"],
    ["survey"],
    ["survey", "form"],
    ["survey", "ingest"],
    ["evidence"],
    ["evidence", "import"],
    ["evidence", "codebook"],
]


def help_of(args: list[str], columns: int = 100) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": str(columns), "TERM": "dumb"})
    assert result.exit_code == 0, result.output
    return result.stdout


PYTHON_TYPES = re.compile(r"<(?:bool|str|int|float|path|list|Path)\b[^>]*>|\brange>|\[x[<>]=")


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a) or "kemitraan")
def test_help_shows_no_python_types_and_has_examples(args: list[str]) -> None:
    text = help_of(args)
    assert not PYTHON_TYPES.search(text), PYTHON_TYPES.search(text)
    usage = next(line for line in text.splitlines() if "Usage:" in line)
    assert "{" not in usage and "......" not in usage, usage
    lines = text.splitlines()
    at = next(i for i, line in enumerate(lines) if line.strip() == EXAMPLES_HEADING)
    expected = EXAMPLES[".".join(args) or "app"]
    examples = [line.strip() for line in lines[at + 1 :] if line.strip()][: len(expected)]
    assert examples == list(expected)
    assert all(line.startswith("   kemitraan ") for line in lines[at + 1 : at + 1 + len(examples)])


def test_the_checks_above_can_fail() -> None:
    assert PYTHON_TYPES.search("--jobs  -j  <int range> [x>=1]")
    assert PYTHON_TYPES.search("--version  <bool>") and PYTHON_TYPES.search("paths...  <list[Path]>")


@pytest.mark.parametrize(
    ("args", "option", "values"),
    [
        (["assess"], "--format", FORMATS),
        (["assess"], "--lang", LANGS),
        (["assess"], "--aggregate", AGGREGATES),
        (["compare"], "--format", GROUP_FORMATS),
        (["explain"], "--aggregate", AGGREGATES),
        (["schema"], "--lang", LANGS),
        (["rubrics", "show"], "--lang", LANGS),
    ],
)
def test_allowed_values_are_listed_as_choices(args: list[str], option: str, values: tuple[str, ...]) -> None:
    row = next(line for line in help_of(args, 200).splitlines() if line.startswith(f"│ {option} "))
    assert "[" + "|".join(values) + "]" in row


def test_the_groups_of_compare_by_are_listed() -> None:
    text = " ".join(help_of(["compare"], 200).split())
    assert "one of " + ", ".join(GROUP_BY) in text


def test_every_help_text_is_whole_paragraphs() -> None:
    """A text with a line break in it would show a sentence broken mid-line ("Several files or / a folder")."""
    for key, text in H.items():
        assert "\n" not in text, key
        assert text == " ".join(text.split()), key


@pytest.mark.parametrize("columns", [80, 100, 140])
def test_help_sentences_are_wrapped_not_broken(columns: int) -> None:
    text = help_of(["assess"], columns)
    joined = " ".join(" ".join(line.strip("│ ").split()) for line in text.splitlines())
    assert " ".join(H["assess.more"].split()) in joined
    assert "Default: 5\u00a0MiB" in text


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_example_names_real_commands_and_options(name: str) -> None:
    """Each example parses: its command exists and every option in it is one the command takes."""
    for line in EXAMPLES[name]:
        args = shlex.split(line)[1:]
        result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "100"})
        assert result.exit_code == 0, (line, result.output)
        assert "No such option" not in result.output and "No such command" not in result.output


def complete(words: str) -> list[str]:
    """What bash completion offers after ``words`` (the last word is the one being completed)."""
    parts = words.split(" ")
    env = {
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(parts) - 1),
        "_KEMITRAAN_COMPLETE": "complete_bash",
        "PATH": "/usr/bin:/bin",
    }
    code = "from kemitraan.cli import app; app(prog_name='kemitraan')"
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    return proc.stdout.split()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("kemitraan assess x.yaml --format ", list(FORMATS)),
        ("kemitraan assess x.yaml -f d", ["docx"]),
        ("kemitraan assess x.yaml --lang ", list(LANGS)),
        ("kemitraan assess x.yaml --aggregate ", list(AGGREGATES)),
        ("kemitraan compare cases/ --by re", ["regency"]),
        ("kemitraan compare a.yaml b.yaml --format ", list(GROUP_FORMATS)),
        ("kemitraan explain x.yaml --lang e", ["en"]),
        ("kemitraan init --lang ", list(LANGS)),
        ("kemitraan schema --lang ", list(LANGS)),
        ("kemitraan rubrics show s", ["sulistiyani-2017", "sulistiyani-union"]),
        ("kemitraan survey form x.yaml --lang id", ["id,en", "id"]),
    ],
)
def test_options_with_fixed_values_complete_them(words: str, expected: list[str]) -> None:
    assert complete(words) == expected
