"""A message whose values are made only when read (:class:`kemitraan.msg.Later`)."""

from __future__ import annotations

import pickle
from pathlib import Path

from kemitraan.msg import Later, Msg

ROOT = Path(__file__).resolve().parent.parent


def test_the_values_are_made_once_and_only_when_read() -> None:
    calls: list[int] = []

    def make() -> dict[str, object]:
        calls.append(1)
        return {"n": 2, "who": "Desa"}

    later = Later(make)
    msg = Msg("k", later)
    assert calls == []
    assert msg.params["n"] == 2 and dict(msg.params) == {"n": 2, "who": "Desa"} and len(later) == 2
    assert calls == [1]


def test_it_equals_and_pickles_as_the_plain_values() -> None:
    msg = Msg("k", Later(lambda: {"a": 1}))
    assert msg == Msg("k", {"a": 1}) and Msg("k", {"a": 1}) == msg
    assert msg != Msg("k", {"a": 2})
    again = pickle.loads(pickle.dumps(msg))
    assert again == Msg("k", {"a": 1}) and type(again.params) is dict


def test_deciding_leaves_the_phase_readings_unworded() -> None:
    """The phase readings (and every other) are now made whole only when read: see test_engine_lazy.py."""
    from kemitraan.engine import decide_rubric
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import read_partnership

    benan, _ = read_partnership(ROOT / "examples" / "benan.yaml")
    (rubric,) = load_rubrics(None, ("notoatmodjo-2010",))
    outcome = decide_rubric(benan, rubric)
    phase_reads = [r for read in outcome.reads.values() for r in read.per_program]
    assert phase_reads and not any(r.worded for r in phase_reads)
