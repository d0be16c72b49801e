"""The README as a newcomer follows it: two set-up commands that CI runs as written, every link
of it to a file of the repository valid, and every documented ``kemitraan`` command (in the
README, the pages of docs/ and CONTRIBUTING.md) a real command with real options."""

from __future__ import annotations

import re
import shlex

import pytest
from typer.testing import CliRunner

from kemitraan.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CI_RUN = ROOT / ".ci" / "run"
DOCUMENTS = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").rglob("*.md"))]
"""Where commands are documented: the README, the contributor guide and every page of the site."""
BLOCKS = [
    block
    for document in DOCUMENTS
    if document.is_file()
    for block in re.findall(r"```sh\n(.*?)```", document.read_text(encoding="utf-8"), flags=re.S)
]


def two_commands() -> list[str]:
    section = README.split("## Two commands", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, flags=re.S)
    return [b.strip() for b in blocks]


def test_there_are_exactly_two_one_line_commands() -> None:
    commands = two_commands()
    assert len(commands) == 2 and all("\n" not in c for c in commands)


@pytest.mark.skipif(
    not CI_RUN.is_file(), reason="not a clone of the repository (.ci/run is not in the sdist)"
)
def test_ci_runs_both_commands_as_written() -> None:
    lines = [line.strip() for line in CI_RUN.read_text(encoding="utf-8").splitlines()]
    for command in two_commands():
        assert command in lines, command


def test_the_first_command_leaves_a_working_kemitraan() -> None:
    """The virtual environment is activated before the bare ``kemitraan``, and the README says
    how to get it back in a new terminal (or to call it by its path)."""
    first = two_commands()[0]
    assert first.index(". .venv/bin/activate") < first.index("&& kemitraan assess")
    assert "In a new terminal, activate the environment again" in README
    assert "`.venv/bin/kemitraan`" in README


def test_commands_are_gathered_from_every_document() -> None:
    """The parametrised test below sees the commands of the pages of docs/ too, not only the README's."""
    lines = documented()
    assert any(line.startswith("kemitraan survey ") for line in lines)  # docs/fieldwork.md
    assert any(line.startswith("kemitraan compare ") for line in lines)  # docs/batch.md
    assert len(BLOCKS) > len(re.findall(r"```sh\n(.*?)```", README, flags=re.S))


def test_every_link_of_the_readme_to_a_file_is_valid() -> None:
    links = re.findall(r"\]\(([^)\s]+)\)", README)
    anchors = {_anchor(h) for h in re.findall(r"(?m)^#+ (.*)$", README)}
    assert links
    for link in links:
        if "://" in link:
            continue
        path, _, anchor = link.partition("#")
        if path:
            assert (ROOT / path).exists(), link
        else:
            assert anchor in anchors, link


def _anchor(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def documented() -> list[str]:
    out = []
    for block in BLOCKS:
        for line in block.splitlines():
            command = line.split("  #")[0].strip()
            if command.startswith("kemitraan "):
                out.append(command)
    return out


@pytest.mark.parametrize("line", documented())
def test_every_documented_command_exists_with_its_options(line: str) -> None:
    args = shlex.split(line)[1:]
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.output
    assert "No such option" not in result.output and "No such command" not in result.output


def test_the_word_report_is_documented_beside_the_others() -> None:
    assert "## HTML, PDF and Word reports" in README
    assert "kemitraan assess examples/benan.yaml --format docx -o benan.docx" in README
    assert "(docs/benan-word.png)" in README
