"""Bad input: one clear, located message per problem, exit code 2, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run, write

GOOD = """
schema: kemitraan/1
id: t
title: T
partners:
  - id: a
    name: A
    understands_purpose: no
  - id: b
    name: B
programs:
  - id: p
    name: P
    planning:
      participation: {a: lead, b: active}
"""


def errors(tmp_path: Path, text: str) -> list[str]:
    result = run("validate", write(tmp_path, text))
    assert result.code == 2, result.out
    assert "Traceback" not in result.err
    return result.err.strip().splitlines()


def test_valid_file_passes(tmp_path: Path) -> None:
    result = run("validate", write(tmp_path, GOOD))
    assert result.code == 0
    assert "ok (t: 2 partners, 1 program)" in result.out


def test_yes_and_no_are_words_as_in_yaml_1_2(tmp_path: Path) -> None:
    from kemitraan.loader import load_partnership

    p, _, _ = load_partnership(write(tmp_path, GOOD))
    assert p.partners[0].understands_purpose == "no"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "participation: {a: lead, b: active}",
            "participation: {a: lead, b: activ}",
            "p.yaml:14:35: programs[0].planning.participation.b: expected one of absent, informed, consulted, "
            "active, lead, unknown (or in Indonesian: tidak terlibat, diberi tahu, dikonsultasikan, aktif, memimpin, "
            "tidak diketahui) but got 'activ'; did you mean 'active'?",
        ),
        (
            "    planning:",
            "    planing:",
            "p.yaml:13:5: programs[0].planing: unknown key 'planing' (allowed here: id, name, partners, target, description, "
            "planning, implementation, evaluation); did you mean 'planning'?",
        ),
        (
            "participation: {a: lead, b: active}",
            "participation: {a: lead, c: active}",
            "p.yaml:14:32: programs[0].planning.participation.c: 'c' is not a partner id (partners are: a, b)",
        ),
        (
            "title: T\n",
            "",
            "p.yaml:1:1: title: required field 'title' is missing; add 'title:' here",
        ),
        (
            "id: t\n",
            "id: 0123\n",
            "p.yaml:2:5: id: expected text but got 0123, which YAML reads as the number 123; put it in quotes "
            'to keep it exactly as written: "0123"',
        ),
        (
            "    understands_purpose: no",
            "    understands_purpose: maybe",
            "p.yaml:7:26: partners[0].understands_purpose: expected one of yes, partly, no, unknown (or in "
            "Indonesian: ya, sebagian, tidak, tidak diketahui) but got 'maybe'",
        ),
        (
            "    understands_purpose: no",
            "    understands_purpose: true",
            "p.yaml:7:26: partners[0].understands_purpose: expected one of yes, partly, no, unknown (or in "
            "Indonesian: ya, sebagian, tidak, tidak diketahui) but got the boolean true; did you mean 'yes'?",
        ),
    ],
)
def test_one_located_message_per_problem(tmp_path: Path, old: str, new: str, expected: str) -> None:
    text = GOOD.replace(old, new, 1)
    lines = errors(tmp_path, text)
    assert [line.replace(str(tmp_path) + "/", "") for line in lines] == [expected]


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = GOOD.replace("name: A", "name: A\n    colour: red").replace("planning:", "evalution:")
    lines = errors(tmp_path, text)
    assert len(lines) == 2
    assert "unknown key 'colour'" in lines[0]
    assert "did you mean 'evaluation'?" in lines[1]


def test_duplicate_keys_name_both_lines(tmp_path: Path) -> None:
    text = GOOD + "    planning:\n      participation: {a: lead}\n"
    (line,) = errors(tmp_path, text)
    assert "p.yaml:15:5:" in line and "duplicate key 'planning'" in line and "line 13" in line


def test_duplicate_partner_ids(tmp_path: Path) -> None:
    first, second = errors(tmp_path, GOOD.replace("  - id: b\n", "  - id: a\n"))
    assert "p.yaml:8:5: partners[1].id: partner id 'a' is already used by partners[0]" in first
    assert "programs[0].planning.participation.b: 'b' is not a partner id (partners are: a)" in second


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("a: [1, 2\n", "invalid YAML"),
        ("- just\n- a list\n", "expected a mapping of fields"),
        ("", "the file is empty"),
        (
            "a: !!python/object/apply:os.system ['true']\n",
            "the tag '!!python/object/apply:os.system' is not allowed",
        ),
        ("schema: kemitraan/1\nid: t\n\ttitle: T\n", "indent with spaces"),
    ],
)
def test_not_a_partnership_file(tmp_path: Path, text: str, fragment: str) -> None:
    (line,) = errors(tmp_path, text)
    assert fragment in line


def test_missing_file_and_wrong_encoding(tmp_path: Path) -> None:
    result = run("assess", tmp_path / "nope.yaml")
    assert result.code == 2 and "no such file" in result.err
    path = tmp_path / "utf16.yaml"
    path.write_text(GOOD, encoding="utf-16")
    result = run("assess", path)
    assert result.code == 2 and "UTF-16" in result.err and "UTF-8" in result.err


def test_errors_do_not_print_tracebacks_and_assess_exits_2(tmp_path: Path) -> None:
    result = run("assess", write(tmp_path, GOOD.replace("lead", "leader")))
    assert result.code == 2
    assert result.out == ""
    assert "Traceback" not in result.err and "did you mean 'lead'?" in result.err


def test_validate_every_example() -> None:
    result = run("validate", *sorted(EXAMPLES.glob("*.yaml")))
    assert result.code == 0, result.err
    assert result.out.count(": ok (") == 3
