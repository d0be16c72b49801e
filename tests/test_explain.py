"""`kemitraan explain`: fact (with its line) -> criterion -> rule -> result -> verdict."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kemitraan.cli import app
from kemitraan.errors import parse_loc
from kemitraan.explain import explain_file, shown
from kemitraan.loader import load_rubrics
from kemitraan.models.rubric import INSUFFICIENT, LoadedRubric
from kemitraan.render.explanation import render_explanation

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
BENAN = ROOT / "examples" / "benan.yaml"
BENAN_LINES = BENAN.read_text(encoding="utf-8").splitlines()
PLANNING_JOINT = BENAN_LINES.index("      joint: yes") + 1
"""The line of programs[0].planning.joint (the study's "solid ... perencanaan program saja")."""
IMPLEMENTATION_JOINT = BENAN_LINES.index("      joint: no") + 1
FIRST_PLANNING_QUOTE = PLANNING_JOINT + 2
MEKAR = ROOT / "examples" / "over-time" / "mekar-2019.yaml"
"""An example with every level and every score written (the Benan study gives neither)."""
runner = CliRunner()


@pytest.fixture(scope="module")
def rubrics() -> list[LoadedRubric]:
    return load_rubrics()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_cited_line_writes_that_fact(path: Path, rubrics: list[LoadedRubric]) -> None:
    lines = path.read_text(encoding="utf-8").splitlines()
    e = explain_file(path, rubrics)
    assert e.facts
    for fact in e.facts.values():
        if fact.line is None:
            continue
        last = parse_loc(fact.path)[-1]
        written = lines[fact.line - 1]
        if isinstance(last, int):
            assert written.lstrip().startswith("-"), (fact, written)
        else:
            assert f"{last}:" in written, (fact, written)


def test_benan_facts_and_lines() -> None:
    e = explain_file(BENAN, load_rubrics())
    planning = e.facts["programs[0].planning.joint"]
    assert (planning.line, planning.value) == (PLANNING_JOINT, "yes")
    assert "programs[0].planning.participation" not in e.facts  # the study gives no levels
    assert e.facts["shared.vision_mission"].value == "unknown"
    absent = e.facts["capacity_building"]
    assert (absent.line, absent.value) == (None, "")


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_decision_trace_ends_in_the_verdict(path: Path, rubrics: list[LoadedRubric]) -> None:
    e = explain_file(path, rubrics)
    for r in e.assessment.assessments:
        steps = e.steps[r.rubric.id]
        if r.verdict == INSUFFICIENT:
            assert not steps or steps[-1].outcome is not True or len({s.verdict for s in steps}) > 1
            continue
        assert steps[-1].outcome is True
        assert steps[-1].verdict == r.verdict
        assert all(s.outcome is not True for s in steps[:-1])


def test_benan_notoatmodjo_trace() -> None:
    e = explain_file(BENAN, load_rubrics())
    steps = e.steps["notoatmodjo-2010"]
    assert [(s.verdict, s.outcome) for s in steps] == [("model-2", False), ("model-1", True)]
    assert e.required["notoatmodjo-2010"] == []  # no gate: nothing refuses a verdict the facts settle


def test_english_explanation_of_benan_reads_as_expected() -> None:
    text = render_explanation(explain_file(BENAN, load_rubrics()), "en")
    flat = " ".join(text.split())
    for expected in (
        "Verdict: Model I: networking",
        "planning-joint: Joint planning · Notoatmodjo (2010:253) · operationalisation by kemitraan",
        f"fact line {PLANNING_JOINT}: programs[0].planning.joint = yes",
        f"fact line {IMPLEMENTATION_JOINT}: programs[0].implementation.joint = no",
        "rule Per program: met when every partner taking part in the program (at least two) is active"
        " or above in planning",
        "note operationalisation by kemitraan: Notoatmodjo: activities are",
        "result met: no. In implementation: no partner's level is recorded. The study states this"
        " phase was not done jointly.",
        "fact capacity_building: not written in the file",
        "Rule 1: Model II: joint program (model-2) when all of (Joint planning (planning-joint), Joint"
        " implementation (implementation-joint), Joint evaluation (evaluation-joint), Joint vision and"
        " mission (vision-mission-joint)) → does not hold",
        "Rule 2: Model I: networking (model-1) when Linked by a shared service, target or other"
        " characteristic (linked-by-service-or-target) → holds",
        "So: Model I: networking.",
        f"evidence line {FIRST_PLANNING_QUOTE}: “Bentuk kerjasama yang solid dapat dilihat pada saat perencanaan",
        "The study's conclusion: The study concluded Model I: networking (“Model I”); from the recorded"
        " facts kemitraan finds Model I: networking: agree.",
        "Trying every way the unknown criteria could turn out, the verdicts still possible: Pseudo"
        " partnership, Conjugation partnership, Mutualism partnership",
    ):
        assert expected in flat, expected


def test_indonesian_explanation_speaks_indonesian() -> None:
    text = render_explanation(explain_file(BENAN, load_rubrics()), "id")
    flat = " ".join(text.split())
    assert "Hasil: Model I: jejaring kerja" in flat
    assert f"fakta baris {PLANNING_JOINT}: programs[0].planning.joint = yes" in flat
    assert "→ tidak berlaku" in flat and "→ berlaku" in flat
    assert "Rule 1" not in text and "Verdict:" not in text


def test_a_thin_file_is_traced_to_insufficient_evidence(tmp_path: Path) -> None:
    path = tmp_path / "thin.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            schema: kemitraan/1
            id: thin
            title: Thin
            partners: [{id: a, name: A}, {id: b, name: B}]
            programs: [{id: p, name: P}]
            """
        ),
        encoding="utf-8",
    )
    e = explain_file(path, load_rubrics())
    assert [s.outcome for s in e.steps["notoatmodjo-2010"]] == [None, None, True]
    flat = " ".join(render_explanation(e, "en").split())
    assert (
        "Trying every way the unknown criteria could turn out, the verdicts still possible: Model II:"
        " joint program, Model I: networking, Neither a network nor a joint program"
    ) in flat
    assert "So: Insufficient evidence." in flat
    assert "fact programs[0].planning: not written in the file" in flat


def test_long_values_are_cut() -> None:
    assert shown("x" * 200).endswith("…") and len(shown("x" * 200)) == 72
    assert shown({"a": [1, 2], "b": "c"}) == "{a: …, b: c}"
    assert shown([{"a": 1}, {"b": 2}]) == "[2 × {…}]"
    assert shown(None) == "null"


def test_explain_command_in_both_languages() -> None:
    en = runner.invoke(app, ["explain", str(BENAN), "--lang", "en"])
    default = runner.invoke(app, ["explain", str(BENAN)])
    assert en.exit_code == default.exit_code == 0
    assert "Verdict: Model I: networking" in en.stdout
    assert "Hasil: Model I: jejaring kerja" in default.stdout  # the file's language is id
    assert runner.invoke(app, ["explain", str(BENAN), "--lang", "en"]).stdout == en.stdout


def test_explain_writes_a_file_but_never_over_its_input(tmp_path: Path) -> None:
    out = tmp_path / "why.txt"
    assert runner.invoke(app, ["explain", str(BENAN), "-o", str(out)]).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("Penjelasan: benan.yaml")
    copy = tmp_path / "benan.yaml"
    copy.write_bytes(BENAN.read_bytes())
    refused = runner.invoke(app, ["explain", str(copy), "-o", str(copy)])
    assert refused.exit_code == 2
    assert copy.read_bytes() == BENAN.read_bytes()


def test_explain_a_bad_file_is_a_located_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("schema: kemitraan/1\nid: x\ntitle: T\npartners: [{id: a, name: A, kind: ngoo}]\n")
    result = runner.invoke(app, ["explain", str(path)])
    assert result.exit_code == 2
    assert f"{path}:4:" in result.stderr and "did you mean 'ngo'?" in result.stderr


def _from_informants(tmp_path: Path) -> Path:
    """Mekar 2019 with the equity score, the village's understanding and implementation left to informants."""
    text = MEKAR.read_text(encoding="utf-8")
    replacements = {
        "  equity: {score: 2}\n": (
            "  equity:\n    ratings:\n"
            "      - {informant: K-01, partner: desa, score: 4}\n"
            "      - {informant: K-02, partner: puskesmas, score: 2}\n"
            "      - {informant: K-03, partner: puskesmas, score: 3}\n"
        ),
        "    understands_purpose: partly\n": (
            "    reports:\n"
            "      - {informant: K-01, understands_purpose: yes}\n"
            "      - {informant: K-02, understands_purpose: no}\n"
            "      - {informant: K-03, understands_purpose: yes}\n"
        ),
        "      participation: {puskesmas: lead, desa: informed}\n": (
            "      reports:\n"
            "        - {informant: K-01, participation: {puskesmas: lead, desa: active}}\n"
            "        - {informant: K-02, participation: {puskesmas: lead, desa: informed}}\n"
        ),
    }
    for old, new in replacements.items():
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    path = tmp_path / "informants.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_fact_the_informants_give_shows_their_answers_and_lines(tmp_path: Path) -> None:
    path = _from_informants(tmp_path)
    lines = path.read_text(encoding="utf-8").splitlines()
    e = explain_file(path, load_rubrics())
    equity = e.facts["principles.equity.score"]
    assert (equity.line, equity.value) == (None, "3")  # the median of 4, 2, 3
    assert [(a.informant, a.value) for a in equity.answers] == [("K-01", "4"), ("K-02", "2"), ("K-03", "3")]
    for a in equity.answers:
        assert a.line is not None and f"informant: {a.informant}" in lines[a.line - 1]
    understands = e.facts["partners[1].understands_purpose"]
    assert (understands.value, [a.value for a in understands.answers]) == ("yes", ["yes", "no", "yes"])
    implementation = e.facts["programs[0].implementation.participation"]
    assert implementation.value == "{puskesmas: lead, desa: informed}"  # the lower median of two
    assert [a.informant for a in implementation.answers] == ["K-01", "K-02"]
    assert e.facts["capacity_building"].answers == ()  # nobody answers it: still just missing

    text = render_explanation(e, "en", width=400)
    assert (
        "principles.equity.score = 3: not written in the file; the median of the informants' answers: "
        f"K-01 (line {equity.answers[0].line}): 4;"
    ) in text


def test_explain_aggregates_as_assess_does(tmp_path: Path) -> None:
    path = _from_informants(tmp_path)
    result = runner.invoke(app, ["explain", str(path), "--lang", "en", "--aggregate", "min"])
    assert result.exit_code == 0, result.output
    assert "principles.equity.score = 2: not written in the file; the minimum of" in " ".join(
        result.stdout.split()
    )
    e = explain_file(path, load_rubrics(), "min")
    assert e.facts["partners[1].understands_purpose"].value == "no"


def test_a_fact_written_as_unknown_and_answered_by_informants_says_both(tmp_path: Path) -> None:
    text = MEKAR.read_text(encoding="utf-8").replace(
        "    understands_purpose: partly\n",
        "    understands_purpose: unknown\n"
        "    reports:\n"
        "      - {informant: K-01, understands_purpose: yes}\n"
        "      - {informant: K-02, understands_purpose: partly}\n",
    )
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    fact = explain_file(path, load_rubrics()).facts["partners[1].understands_purpose"]
    assert fact.line is not None
    assert text.splitlines()[fact.line - 1].strip() == "understands_purpose: unknown"
    assert (fact.written, fact.value) == ("unknown", "partly")  # the lower median of yes and partly
    sentence = " ".join(render_explanation(explain_file(path, load_rubrics()), "en").split())
    assert (
        f"partners[1].understands_purpose = partly: line {fact.line} says unknown; "
        "the median of the informants' answers: K-01 (line"
    ) in sentence
