"""Indicators as modules: the registry is built from them, their ``provides`` is their Detail's
fields and every reading carries them, and no module outside indicators/ names an indicator."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest

from kemitraan.indicators import BUNDLED, INDICATORS, register
from kemitraan.indicators.base import Indicator
from kemitraan.loader import BUNDLED_RUBRICS, load_partnership, load_rubric
from tests.conftest import EXAMPLES, run, write

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "kemitraan"
CRITERIA = [c for name in BUNDLED_RUBRICS for c in load_rubric(name).rubric.criteria]


def test_the_registry_is_the_bundled_modules_in_order() -> None:
    assert [m.INDICATOR.id for m in BUNDLED] == list(INDICATORS)
    for module in BUNDLED:
        ind = module.INDICATOR
        assert isinstance(ind, Indicator)
        # the module is named after the indicator: one file holds everything about it
        assert module.__name__ == f"kemitraan.indicators.{ind.id}"
        assert ind.fn.__module__ in (module.__name__, "kemitraan.indicators.facts")


def test_provides_is_the_detail_fields() -> None:
    for ind in INDICATORS.values():
        assert ind.provides == frozenset(typing.get_type_hints(ind.detail)), ind.id


def test_registering_an_id_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="registered twice"):
        register(INDICATORS["choice"])


NO_PROGRAMS = """
    schema: kemitraan/1
    id: none
    title: Tanpa program
    partners:
      - {id: a, name: A}
      - {id: b, name: B}
"""

BARE = """
    schema: kemitraan/1
    id: bare
    title: Program tanpa catatan
    partners:
      - {id: a, name: A, benefits: [uang], contributes: []}
      - {id: b, name: B}
    programs:
      - {id: p, name: P}
    capacity_building: []
    principles:
      equity: {score: 2}
"""


def _partnerships(tmp_path: Path) -> list[object]:
    files = sorted(EXAMPLES.glob("*.yaml")) + sorted((EXAMPLES / "over-time").glob("*.yaml"))
    files += [write(tmp_path, NO_PROGRAMS, "none.yaml"), write(tmp_path, BARE, "bare.yaml")]
    return [load_partnership(f)[0] for f in files]


def test_every_reading_carries_what_its_indicator_provides(tmp_path: Path) -> None:
    """A recommendation may name any field of the Detail, whatever the facts: so every reading's
    message carries all of them (phases_recorded's reading of a file without programs did not)."""
    seen: set[str] = set()
    for p in _partnerships(tmp_path):
        for c in CRITERIA:
            ind = INDICATORS[c.indicator]
            programs = range(len(p.programs)) if c.scope == "program" else [None]  # type: ignore[attr-defined]
            for program in programs:
                reading = ind.fn(p, c.parsed_params, program)
                missing = ind.provides - set(reading.detail.params)
                assert not missing, (c.id, reading.detail.key, missing)
                seen.add(reading.detail.key)
    # the readings that once lacked them were among those read
    assert {"ind.phase_joint.missing", "ind.principle_score.missing", "ind.capacity.unknown"} <= seen


def test_phases_recorded_of_a_file_without_programs_fills_its_placeholders(tmp_path: Path) -> None:
    text = (ROOT / "tests" / "indicators" / "toy_rubric.yaml").read_text(encoding="utf-8")
    text = text.replace("indicator: toy_partners", "indicator: phases_recorded").replace(
        "params: {at_least: 2}", "params: {}"
    )
    text = text.replace("{partners} of {at_least}", "{missing} ({total})")
    text = text.replace("{partners} dari {at_least}", "{missing} ({total})")
    rubric = tmp_path / "recorded.yaml"
    rubric.write_text(text, encoding="utf-8")
    result = run("assess", write(tmp_path, NO_PROGRAMS), "--rubric", rubric, "--lang", "en", "-f", "md")
    assert result.code == 0, result.err
    assert "{missing}" not in result.out and "{total}" not in result.out
    assert "every phase of a program (no program is recorded yet) (0)" in result.out


IDS = sorted(INDICATORS)
QUOTED = re.compile("[\"'](" + "|".join(IDS) + ")[\"']")
COMPARED = re.compile(r"\bindicator\s*(==|!=|\bin\b|\bnot in\b)")


def test_no_module_outside_indicators_compares_indicator_ids() -> None:
    """Only indicators/ knows the ids: the others ask an indicator's hooks (asks, code, chart)."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if path.is_relative_to(SRC / "indicators"):
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if QUOTED.search(line) or COMPARED.search(line):
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()}")
    assert not found, "\n".join(found)


def test_the_grep_would_find_a_comparison() -> None:
    assert COMPARED.search('if c.indicator == "principle_mean":')
    assert QUOTED.search('if c.indicator == "principle_mean":')
    assert QUOTED.search("lambda c: c.indicator in ('choice', 'x')")
    assert not QUOTED.search('Msg("rule.choice")')
