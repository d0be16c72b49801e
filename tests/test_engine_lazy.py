"""What the engine works out only when read, or once per rubric (issue 18): the same as eager."""

from __future__ import annotations

import pickle
from pathlib import Path

from kemitraan.engine.decision import Outcome
from kemitraan.indicators.base import Reading, later
from kemitraan.msg import Msg

ROOT = Path(__file__).resolve().parent.parent


def test_a_later_reading_is_said_once_and_only_when_read() -> None:
    calls: list[int] = []

    def said() -> tuple[Msg, tuple[()], tuple[tuple[str, ...], ...]]:
        calls.append(1)
        return Msg("k", {"n": 1}), (), (("programs",),)

    reading = later(True, 2, said)
    assert reading.met is True and reading.value == 2 and calls == [] and not reading.worded
    assert (
        reading.detail == Msg("k", {"n": 1}) and reading.facts == (("programs",),) and reading.evidence == ()
    )
    assert calls == [1] and reading.worded


def test_a_later_reading_equals_prints_and_pickles_as_the_eager_one() -> None:
    eager = Reading(None, "x", Msg("k", {"a": 1}), (), (("a", 0),))
    lazy = later(None, "x", lambda: (Msg("k", {"a": 1}), (), (("a", 0),)))
    assert lazy == eager and eager == lazy and repr(lazy) == repr(eager)
    assert lazy != Reading(None, "x", Msg("k", {"a": 2}), (), (("a", 0),))
    assert lazy != Reading(False, "x", Msg("k", {"a": 1}), (), (("a", 0),))
    again = pickle.loads(pickle.dumps(lazy))
    assert again == eager and again.worded


def _outcomes(rubrics: list[str]) -> list[Outcome]:
    from kemitraan.engine import decide_rubric
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import read_partnership

    loaded = load_rubrics(None, rubrics)
    found = []
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        p, _ = read_partnership(path)
        found += [decide_rubric(p, r) for r in loaded]
    return found


def test_what_is_remembered_per_rubric_is_what_a_fresh_decision_gives() -> None:
    from kemitraan.engine import decision

    rubrics = ["notoatmodjo-2010", "sulistiyani-2017", "principles", "frey-2006", "himmelman-2002"]
    first = _outcomes(rubrics)  # the plans remember what they decide
    remembered = _outcomes(rubrics)
    decision._plans.clear()
    fresh = _outcomes(rubrics)
    assert remembered == fresh == first
    for a, b in zip(remembered, fresh, strict=True):
        assert a.possible is not b.possible and a.candidates is not b.candidates


def test_what_is_remembered_is_bounded() -> None:
    from kemitraan.engine.decision import MAX_REMEMBERED
    from kemitraan.indicators.base import remember

    memo: dict[int, int] = {}
    for i in range(MAX_REMEMBERED + 5):
        assert remember(memo, i, -i, MAX_REMEMBERED) == -i  # the answer, remembered or not
    assert list(memo) == list(range(MAX_REMEMBERED))  # the first ones seen, and no more


def test_deciding_leaves_the_readings_unsaid() -> None:
    outcomes = _outcomes(["notoatmodjo-2010", "sulistiyani-2017", "principles"])
    readings = [r for o in outcomes for read in o.reads.values() for r in (read.overall, *read.per_program)]
    assert readings and not any(r.worded for r in readings)


def test_the_cells_answers_remembered_by_kind_are_each_cells_own() -> None:
    import itertools

    from kemitraan.indicators import participation
    from kemitraan.indicators.participation import ACTIVE, RANK, Cell

    members = tuple(object() for _ in range(3))
    ranks_of = [None, *RANK.values()]
    for n in (1, 2, 3):
        for ranks in itertools.product(ranks_of, repeat=n):
            for stated in ("unknown", "yes", "no"):
                for level in (ACTIVE, RANK["lead"]):
                    c = Cell(0, "planning", members[:n], ranks, stated, True)  # type: ignore[arg-type]
                    twin = Cell(1, "evaluation", members[:n], ranks, stated, False)  # type: ignore[arg-type]
                    for question in ("all", 1, 2):
                        expected = c._joint(level, question)
                        assert c.joint(level, question) == expected == twin.joint(level, question)
                    mine = tuple(c._dominated_by(k, level) for k in range(n))
                    assert c.dominated(level) == mine == twin.dominated(level)
    assert participation._joint_answers and participation._dominated_answers
