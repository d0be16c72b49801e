"""The engine's memos give what working everything out afresh gives (issue 18), over many varied files.

``benchmarks/generate.py`` makes the files (a batch's variety: one to four programs, every
participation pattern, unknown and unrecorded facts). Each file is decided with the memos warm
(every answer of a kind seen before is remembered: most decisions are hits) and with every memo
off (``MAX_REMEMBERED`` and ``MAX_ANSWERS`` at 0: every decision worked out anew); the outcomes,
the summary rows and the full JSON reports must be the same.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kemitraan.engine import decide_rubric, decision, report
from kemitraan.indicators import participation
from kemitraan.loader import load_rubrics
from kemitraan.models.partnership import Partnership
from kemitraan.pipeline import aggregate_informants, input_meta, read_partnership
from kemitraan.render import render
from kemitraan.summary import Value, row

ROOT = Path(__file__).resolve().parent.parent
RUBRICS = [
    "notoatmodjo-2010",
    "sulistiyani-2017",
    "principles",
    "frey-2006",
    "himmelman-2002",
    "sulistiyani-union",
]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[Partnership, bytes]]:
    spec = importlib.util.spec_from_file_location("generate", ROOT / "benchmarks" / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    paths = module.generate(160, tmp_path_factory.mktemp("generated"), seed=18)
    found = []
    for path in paths:
        p, raw = read_partnership(path)
        found.append((aggregate_informants(p), raw))
    return found


def _forget() -> None:
    decision._plans.clear()
    participation._joint_answers.clear()
    participation._dominated_answers.clear()


def _decide(files: list[tuple[Partnership, bytes]]) -> list[tuple[list[decision.Outcome], list[Value], str]]:
    loaded = load_rubrics(None, RUBRICS)
    found = []
    for i, (p, raw) in enumerate(files):
        outcomes = [decide_rubric(p, r) for r in loaded]
        summary = row("f", p, outcomes)
        if i % 4 == 0:  # a report of every fourth file (they are slower to make than to decide)
            assessment = report(p, outcomes, input_meta(f"{i}.yaml", raw), version="0", generated_at=None)
            text = render(assessment, "json", "en")
            assert isinstance(text, str)
        else:
            text = ""
        found.append((outcomes, summary, text))
    return found


def test_remembered_decisions_are_fresh_decisions(
    generated: list[tuple[Partnership, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    _forget()
    _decide(generated)  # the memos fill up with the kinds seen first
    warm = _decide(generated)
    hits = sum(len(plan.decided) for plan in decision._plans.values())
    assert hits and participation._joint_answers  # something was remembered
    monkeypatch.setattr(decision, "MAX_REMEMBERED", 0)
    monkeypatch.setattr(participation, "MAX_ANSWERS", 0)
    _forget()
    cold = _decide(generated)
    assert not any(plan.decided or plan.verdicts for plan in decision._plans.values())
    assert (
        not participation._joint_answers and not participation._dominated_answers
    )  # nothing was remembered: every answer worked out afresh
    assert len(warm) == len(cold) == len(generated)
    for (outcomes, summary, text), (fresh, fresh_summary, fresh_text) in zip(warm, cold, strict=True):
        assert outcomes == fresh
        assert summary == fresh_summary
        assert text == fresh_text
    _forget()


def test_the_memos_hold_the_first_answers_and_no_more(generated: list[tuple[Partnership, bytes]]) -> None:
    _forget()
    _decide(generated)
    for plan in decision._plans.values():
        assert len(plan.decided) <= decision.MAX_REMEMBERED
        assert len(plan.verdicts) <= decision.MAX_REMEMBERED
        assert all(len(memo) <= decision.MAX_REMEMBERED for memo in plan.supports)
        assert all(len(memo) <= decision.MAX_REMEMBERED for shown in plan.shown for memo in shown)
    assert len(participation._joint_answers) <= participation.MAX_ANSWERS
    assert len(participation._dominated_answers) <= participation.MAX_ANSWERS
