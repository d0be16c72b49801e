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

The snapshot keeps each rubric as the checked models were: every object tagged with its model
(``"$": "Criterion"``), only the fields that were set, a criterion's parsed parameters under
``"$params"``. A start builds them with ``model_construct`` (no validation: the data passed it
when the snapshot was made), so no rubric or parameter model builds its validator at all
(they are ``defer_build``): about 10 ms of every start, against the 0.6-0.9 ms pydantic-core took
to validate the data once the validators were built. A tag names one of a fixed list of models;
nothing in the file is executed. tests/test_checked.py proves that what this gives equals,
field for field (types, fields set, extra keys, private attributes), what reading and checking
the YAML gives, and that ``checked.json`` is current. After editing a bundled rubric, run
``python -m kemitraan.loader.checked`` (the test says so when it is due).

A fast path (:mod:`kemitraan.fast`): with ``KEMITRAAN_NO_FAST=1`` every rubric is read from its YAML.
"""

from __future__ import annotations

__all__ = ["SNAPSHOT", "from_snapshot", "snapshot_text"]

import functools
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pydantic import BaseModel

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


@functools.cache
def _classes() -> dict[str, type[BaseModel]]:
    """The models a snapshot may name: the rubric's, and every indicator's parameters (by class name)."""
    from kemitraan.indicators import INDICATORS
    from kemitraan.models import rubric as r

    models: list[type[BaseModel]] = [
        r.Rubric, r.Text, r.SourceRef, r.Cite, r.Operationalisation, r.AllOf, r.AnyOf, r.NotOf,
        r.Criterion, r.Sign, r.Verdict, r.Rule,
        *(ind.params for ind in INDICATORS.values()),
    ]  # fmt: skip
    return {m.__name__: m for m in models}


def _build(node: Any, classes: dict[str, type[BaseModel]]) -> Any:
    """A snapshot's node as the model it was written from: a ``{"$": Model, ...}`` object through
    ``Model.model_construct`` with exactly the fields that were set (the defaults of the others
    filled by pydantic, as validation fills them), its extra keys from ``"$extra"``, a criterion's
    parsed parameters from ``"$params"``; lists and plain objects as they are."""
    if isinstance(node, list):
        return [_build(item, classes) for item in node]
    if not isinstance(node, dict):
        return node
    tag = node.get("$")
    if tag is None:
        return {k: _build(v, classes) for k, v in node.items()}
    values = {k: _build(v, classes) for k, v in node.items() if not k.startswith("$")}
    values.update(node.get("$extra", {}))
    made = classes[tag].model_construct(**values)
    if "$params" in node:
        made._params = _build(node["$params"], classes)  # type: ignore[attr-defined]
    return made


def from_snapshot(name: str, sha256: str) -> Rubric | None:
    """The bundled rubric ``name`` from the snapshot, its criteria's parameters parsed; None
    when the snapshot has no entry for exactly these bytes (``sha256`` of the YAML file)."""
    from kemitraan.models.rubric import Rubric

    entry = _snapshot().get(name)
    if not isinstance(entry, dict) or entry.get("sha256") != sha256:
        return None
    made = _build(entry["rubric"], _classes())
    return made if isinstance(made, Rubric) else None


def _tree(value: Any) -> Any:
    """A checked model as the snapshot keeps it (see :func:`_build`): plain JSON data."""
    from pydantic import BaseModel

    from kemitraan.models.rubric import Criterion

    if isinstance(value, BaseModel):
        node: dict[str, Any] = {"$": type(value).__name__}
        for field in type(value).model_fields:
            if field in value.model_fields_set:
                node[field] = _tree(getattr(value, field))
        if value.__pydantic_extra__:
            node["$extra"] = _tree(value.__pydantic_extra__)
        if isinstance(value, Criterion):
            node["$params"] = _tree(value.parsed_params)
        return node
    if isinstance(value, list):
        return [_tree(item) for item in value]
    if isinstance(value, dict):
        if any(not isinstance(k, str) or k.startswith("$") for k in value):  # pragma: no cover
            raise ValueError(f"a key the snapshot cannot keep, in {list(value)}")
        return {k: _tree(v) for k, v in value.items()}
    if value is None or type(value) in (str, int, float, bool):
        return value
    raise ValueError(f"a value the snapshot cannot keep: {value!r}")  # pragma: no cover - a tuple, a set


def snapshot_text() -> str:
    """``checked.json`` as it should be: every bundled rubric read and checked from its YAML
    (an invalid one raises, so a snapshot is never made of a rubric that fails its checks)."""
    import hashlib

    from kemitraan.loader import BUNDLED_RUBRICS, load_model, rubric_path
    from kemitraan.models.rubric import Rubric, rubric_problems

    entries: dict[str, Any] = {}
    for name in BUNDLED_RUBRICS:
        path = rubric_path(name)
        rubric, _, raw = load_model(Rubric, path, check=rubric_problems)
        data = _tree(rubric)
        if json.loads(json.dumps(data)) != data:  # pragma: no cover - a key or value JSON cannot keep
            raise ValueError(f"{name}: its data does not survive JSON")
        entries[name] = {"sha256": hashlib.sha256(raw).hexdigest(), "rubric": data}
    return json.dumps(entries, ensure_ascii=False, indent=1) + "\n"


if __name__ == "__main__":
    SNAPSHOT.write_text(snapshot_text(), encoding="utf-8")
    print(f"wrote {SNAPSHOT}")
