"""The participation cells several criteria share: worked out once per partnership, never mixed up."""

from __future__ import annotations

from kemitraan.indicators.participation import cell
from kemitraan.models.partnership import Partnership


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


def joint(p: Partnership) -> bool | None:
    c = cell(p, 0, "planning", "active")
    return c.joint(2) if c is not None else None


def test_each_partnership_gets_its_own_cells() -> None:
    active, informed = partnership("active"), partnership("informed")
    for _ in range(3):  # alternately, as the fieldwork robustness check reads them
        assert joint(active) is True
        assert joint(informed) is False
    assert cell(active, 0, "evaluation", "active") is None  # not recorded
