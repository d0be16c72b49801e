"""The bundled rubrics as checked data: parsed and checked once, when the package is made, not at every start.

Reading the four default rubrics cost about 5.5 ms at every start, most of it PyYAML parsing
92 KB of YAML (4 ms), then validation (0.7 ms) and the cross-reference checks (0.4 ms). Here
each bundled rubric's parsed data is kept as JSON (``checked.json`` beside this module, plain
data: nothing in it is executed or unpickled) with the sha256 of the YAML file it was read
from. A start reads the YAML file's bytes (its sha256 is in every report anyway); when they
are the bytes the snapshot was made from, the rubric is built from the snapshot's data, which
the C JSON parser reads about 15 times faster than YAML, and the cross-reference checks are not
run again (they passed when the snapshot was made). A rubric file whose bytes differ (an edited
installed copy) is read and checked from its YAML as any other rubric file.

The data is still given to pydantic (``Rubric.model_validate``): building the models in Python
without validation (``model_construct``, or setting each model's ``__dict__``) was measured at
1.1-2.1 ms for the four rubrics, slower than pydantic-core's validation of the same data
(0.6-0.9 ms). tests/test_checked.py proves that what this gives equals, field for field, what
reading and checking the YAML gives, and that ``checked.json`` is current. After editing a
bundled rubric, run ``python -m kemitraan.loader.checked`` (the test says so when it is due).

A fast path (:mod:`kemitraan.fast`): with ``KEMITRAAN_NO_FAST=1`` every rubric is read from its YAML.
"""

from __future__ import annotations

__all__ = ["SNAPSHOT", "from_snapshot", "snapshot_text"]

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kemitraan.models.rubric import Rubric

SNAPSHOT = Path(__file__).with_name("checked.json")
"""The checked data of every bundled rubric: ``{name: {"sha256": ..., "rubric": data}}``."""


@functools.cache
def _snapshot() -> dict[str, Any]:
    try:
        data = json.loads(SNAPSHOT.read_bytes())
    except (OSError, ValueError):
        return {}  # no snapshot (a partial install): every rubric is read from its YAML
    return data if isinstance(data, dict) else {}


def from_snapshot(name: str, sha256: str) -> Rubric | None:
    """The bundled rubric ``name`` from the snapshot, its criteria's parameters parsed; None
    when the snapshot has no entry for exactly these bytes (``sha256`` of the YAML file)."""
    entry = _snapshot().get(name)
    if not isinstance(entry, dict) or entry.get("sha256") != sha256:
        return None
    from kemitraan.indicators import INDICATORS
    from kemitraan.models.rubric import Rubric

    rubric = Rubric.model_validate(entry["rubric"])
    for criterion in rubric.criteria:
        criterion._params = INDICATORS[criterion.indicator].params.model_validate(criterion.params)
    return rubric


def snapshot_text() -> str:
    """``checked.json`` as it should be: every bundled rubric read and checked from its YAML
    (an invalid one raises, so a snapshot is never made of a rubric that fails its checks)."""
    import hashlib

    from kemitraan.loader import BUNDLED_RUBRICS, load_model, rubric_path
    from kemitraan.loader.reader import parse_yaml
    from kemitraan.models.rubric import Rubric, rubric_problems

    entries: dict[str, Any] = {}
    for name in BUNDLED_RUBRICS:
        path = rubric_path(name)
        _, text, raw = load_model(Rubric, path, check=rubric_problems)
        data = parse_yaml(text, str(path))
        if json.loads(json.dumps(data)) != data:  # pragma: no cover - a key or value JSON cannot keep
            raise ValueError(f"{name}: its data does not survive JSON")
        entries[name] = {"sha256": hashlib.sha256(raw).hexdigest(), "rubric": data}
    return json.dumps(entries, ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    SNAPSHOT.write_text(snapshot_text(), encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
