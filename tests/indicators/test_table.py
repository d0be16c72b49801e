"""docs/rubrics.md's table of indicators is made from the modules and is current."""

from __future__ import annotations

from kemitraan.indicators import INDICATORS
from kemitraan.indicators.table import committed, table
from tests.conftest import ROOT

DOC = ROOT / "docs" / "rubrics.md"


def test_the_table_in_the_docs_is_current() -> None:
    assert committed(DOC) == table(), "regenerate it: python -m kemitraan.indicators.table docs/rubrics.md"


def test_the_table_has_a_row_per_indicator_with_its_detail_fields() -> None:
    rows = [line for line in table().splitlines()[2:]]
    assert [row.split(" | ")[0] for row in rows] == [f"| `{i}`" for i in INDICATORS]
    recorded = next(row for row in rows if row.startswith("| `phases_recorded`"))
    assert recorded.endswith("| `missing`, `total` |")
    assert next(row for row in rows if row.startswith("| `network_link`")).endswith("| none |")
