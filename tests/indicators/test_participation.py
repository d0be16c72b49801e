"""The participation cells: worked out once per partnership, and read exactly.

A cell's readings (joint, dominated by one partner) must be exactly what trying every level an
unknown partner could have gives: True when every way agrees it holds, False when none, unknown
otherwise. The brute force below tries all five levels; the cell itself only one per class.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from hypothesis import given, settings
from hypothesis import strategies as st

from kemitraan.indicators.participation import ACTIVE, INFORMED, RANK, Cell, cell
from kemitraan.models.partnership import LEVELS, Partner, Partnership, StatedName


def partnership(level: str) -> Partnership:
    return Partnership.model_validate(
        {
            "schema": "kemitraan/1",
            "id": f"p-{level}",
            "title": "P",
            "partners": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
            "programs": [{"id": "x", "name": "X", "planning": {"participation": {"a": "lead", "b": level}}}],
        }
    )


def test_each_partnership_gets_its_own_cells() -> None:
    active, informed = partnership("active"), partnership("informed")
    for _ in range(3):  # alternately, as the fieldwork robustness check reads them
        assert cell(active, 0, "planning").joint() is True
        assert cell(informed, 0, "planning").joint() is False
    evaluation = cell(active, 0, "evaluation")
    assert not evaluation.recorded and evaluation.ranks == (None, None)  # not recorded: every level unknown
    assert evaluation.joint() is None


def test_an_unlisted_partner_is_unknown_not_absent() -> None:
    p = Partnership.model_validate(
        {
            "schema": "kemitraan/1",
            "id": "p",
            "title": "P",
            "partners": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
            "programs": [{"id": "x", "name": "X", "planning": {"participation": {"a": "lead"}}}],
        }
    )
    c = cell(p, 0, "planning")
    assert c.ranks == (RANK["lead"], None)
    assert c.joint() is None  # b could be active


def truth(values: set[bool]) -> bool | None:
    return values.pop() if len(values) == 1 else None


def brute(
    ranks: tuple[int | None, ...], stated: StatedName, test: Callable[[tuple[int, ...]], bool]
) -> bool | None:
    found = set()
    for way in itertools.product(*[(r,) if r is not None else range(5) for r in ranks]):
        is_joint = len(way) >= 2 and all(r >= ACTIVE for r in way)
        if (stated == "yes" and not is_joint) or (stated == "no" and is_joint):
            continue
        found.add(test(way))
    return truth(found) if found else None


LEVEL = st.sampled_from([None, *range(5)])


@settings(max_examples=400, deadline=None)
@given(
    ranks=st.lists(LEVEL, min_size=1, max_size=4).map(tuple),
    stated=st.sampled_from(["yes", "no", "unknown"]),
    level=st.sampled_from(range(5)),
    count=st.integers(1, 4),
)
def test_cell_readings_are_exact(
    ranks: tuple[int | None, ...], stated: StatedName, level: int, count: int
) -> None:
    members = tuple(Partner(id=f"p{i}", name=f"P{i}") for i in range(len(ranks)))
    c = Cell(0, "planning", members, ranks, stated, True)
    if brute(ranks, stated, lambda w: True) is None:
        return  # the statement contradicts the levels: such a file is refused when it is loaded
    expected_all = False if len(ranks) < 2 else brute(ranks, stated, lambda w: all(r >= level for r in w))
    assert c.joint(level, "all") == expected_all
    assert c.joint(level, count) == brute(ranks, stated, lambda w: sum(r >= level for r in w) >= count)
    for k in range(len(ranks)):

        def dominated(w: tuple[int, ...], k: int = k) -> bool:
            others = w[:k] + w[k + 1 :]
            return w[k] >= level and all(r < level for r in others) and any(r >= INFORMED for r in others)

        assert c.dominated_by(k, level) == brute(ranks, stated, dominated)


def test_too_many_unknown_partners_is_unknown_never_a_guess() -> None:
    members = tuple(Partner(id=f"p{i}", name=f"P{i}") for i in range(12))
    c = Cell(0, "planning", members, (RANK["absent"], *(None,) * 11), "unknown", True)
    assert c.joint() is None  # exactly False, but beyond the bound the cell says unknown, soundly
    assert LEVELS[0] == "absent"
