"""Every indicator's rule can be said in words, in both languages, for every bundled criterion."""

from __future__ import annotations

import re

import pytest

from kemitraan.indicators import INDICATORS, reads_in_words, rule_in_words
from kemitraan.loader import BUNDLED_RUBRICS, load_rubric
from kemitraan.messages import SOURCE, fmt
from kemitraan.models.rubric import Criterion

CRITERIA = [(name, c) for name in BUNDLED_RUBRICS for c in load_rubric(name).rubric.criteria]


def test_every_indicator_has_a_rule_and_what_it_reads() -> None:
    for ind in INDICATORS:
        assert f"rule.{ind}" in SOURCE and f"reads.{ind}" in SOURCE


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("rubric", "criterion"), CRITERIA, ids=[f"{r}:{c.id}" for r, c in CRITERIA])
def test_rule_of_every_bundled_criterion_is_filled_in(rubric: str, criterion: Criterion, lang: str) -> None:
    for msg in (
        rule_in_words(criterion.indicator, criterion.parsed_params),
        reads_in_words(criterion.indicator, criterion.parsed_params),
    ):
        text = fmt(msg, lang)
        assert not re.search(r"\{[a-z_]+\}", text), text


def test_rule_says_the_parameters() -> None:
    planning = next(c for r, c in CRITERIA if r == "notoatmodjo-2010" and c.id == "planning-joint")
    text = fmt(rule_in_words(planning.indicator, planning.parsed_params), "en")
    assert "every partner taking part in the program (at least two) is active or above in planning" in text
    assert fmt(reads_in_words(planning.indicator, planning.parsed_params), "id").startswith(
        "programs[*].planning.participation: peran tiap mitra dalam tahap perencanaan"
    )
    equity = next(c for r, c in CRITERIA if c.id == "equity-low")
    assert fmt(rule_in_words(equity.indicator, equity.parsed_params), "en").startswith(
        "Met when the score for Equity is at most 2;"
    )
