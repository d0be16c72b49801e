"""The engine split by job: deciding comes first and knows nothing of words or report sections."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.test_imports import graphs

ENGINE = Path(__file__).resolve().parents[1] / "src" / "kemitraan" / "engine"


def test_no_function_in_the_engine_is_called_explain() -> None:
    """``explain`` is the command and its module; the engine's words are ``in_words``."""
    named = {
        node.name
        for path in ENGINE.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.FunctionDef)
    }
    assert "explain" not in named and "in_words" in named


def test_decide_then_words_then_sections() -> None:
    top, inner = graphs()
    reach = {m: top[m] | inner[m] for m in top}
    assert not reach["kemitraan.engine.decision"] & {"kemitraan.engine.words", "kemitraan.engine.sections"}
    assert "kemitraan.engine.sections" not in reach["kemitraan.engine.words"]
    assert "kemitraan.engine.decision" in reach["kemitraan.engine.words"]
    assert {"kemitraan.engine.decision", "kemitraan.engine.words"} <= reach["kemitraan.engine.sections"]


def test_the_package_gives_the_same_functions_as_its_modules() -> None:
    import kemitraan.engine as engine
    from kemitraan.engine import decision, sections, words

    assert engine.decide_rubric is decision.decide_rubric
    assert engine.in_words is words.in_words
    assert engine.assess is sections.assess and engine.report is sections.report
