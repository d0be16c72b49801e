"""The bundled rubrics' checked snapshot (kemitraan.loader.checked): current, and the same rubrics, field for field."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from kemitraan import fast
from kemitraan.loader import BUNDLED_RUBRICS, load_model, load_rubric, rubric_path
from kemitraan.loader.checked import SNAPSHOT, from_snapshot, snapshot_text
from kemitraan.models.rubric import Rubric, rubric_problems

fast_only = pytest.mark.skipif(not fast.ON, reason="the fast paths are off (KEMITRAAN_NO_FAST)")


def same(a: Any, b: Any, where: str = "rubric") -> None:
    """``a`` and ``b`` are equal field for field: the same types (1.0 is not 1), the same fields
    set, the same extra keys in the same order, the same private attributes."""
    assert type(a) is type(b), f"{where}: {type(a).__name__} against {type(b).__name__}"
    if isinstance(a, BaseModel):
        assert a.model_fields_set == b.model_fields_set, f"{where}: fields set"
        for name in type(a).model_fields:
            same(getattr(a, name), getattr(b, name), f"{where}.{name}")
        same(a.__pydantic_extra__, b.__pydantic_extra__, f"{where} (extra)")
        same(a.__pydantic_private__, b.__pydantic_private__, f"{where} (private)")
    elif isinstance(a, dict):
        assert list(a) == list(b), f"{where}: keys {list(a)} against {list(b)}"
        for key in a:
            same(a[key], b[key], f"{where}[{key!r}]")
    elif isinstance(a, list | tuple):
        assert len(a) == len(b), f"{where}: {len(a)} items against {len(b)}"
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{where}[{i}]")
    else:
        assert a == b, f"{where}: {a!r} against {b!r}"


def test_snapshot_is_current() -> None:
    assert SNAPSHOT.read_text(encoding="utf-8") == snapshot_text(), (
        "a bundled rubric changed: run python -m kemitraan.loader.checked"
    )


@pytest.mark.parametrize("name", BUNDLED_RUBRICS)
def test_snapshot_gives_what_reading_and_checking_the_yaml_gives(name: str) -> None:
    path = rubric_path(name)
    validated, _, raw = load_model(Rubric, path, check=rubric_problems)
    from_data = from_snapshot(name, hashlib.sha256(raw).hexdigest())
    assert from_data is not None
    same(from_data, validated)
    for fast_c, slow_c in zip(from_data.criteria, validated.criteria, strict=True):
        same(fast_c.parsed_params, slow_c.parsed_params, f"{name}: {fast_c.id} params")


@fast_only
def test_bundled_rubrics_load_from_the_snapshot(monkeypatch: pytest.MonkeyPatch) -> None:
    import kemitraan.loader as loader

    def no_yaml(*args: object, **kwargs: object) -> object:
        raise AssertionError("a bundled rubric was read from its YAML")

    monkeypatch.setattr(loader, "load_model", no_yaml)
    loaded = load_rubric("notoatmodjo-2010")
    assert loaded.origin == "bundled"
    assert loaded.sha256 == hashlib.sha256(rubric_path("notoatmodjo-2010").read_bytes()).hexdigest()


def test_other_bytes_are_not_taken_from_the_snapshot() -> None:
    assert from_snapshot("notoatmodjo-2010", "0" * 64) is None
    assert from_snapshot("no-such-rubric", "0" * 64) is None


def test_a_rubric_file_with_other_bytes_is_read_and_checked(tmp_path: Any) -> None:
    """A copy of a bundled rubric elsewhere, edited, is a rubric file like any other."""
    text = rubric_path("notoatmodjo-2010").read_text(encoding="utf-8")
    copy = tmp_path / "notoatmodjo-2010.yaml"
    copy.write_text(text.replace('version: "2.1"', 'version: "2.1-edited"', 1), encoding="utf-8")
    loaded = load_rubric(str(copy))
    assert loaded.rubric.version == "2.1-edited"
    assert loaded.origin == "notoatmodjo-2010.yaml"


@pytest.mark.parametrize("name", BUNDLED_RUBRICS)
def test_params_data_is_what_pydantic_writes(name: str) -> None:
    """``params_data`` gives each criterion's parameters as ``model_dump(mode="json")`` does, the
    same types and key order (the report's ``params``), without pydantic's serializer."""
    from kemitraan.models.rubric import params_data

    validated, _, _ = load_model(Rubric, rubric_path(name), check=rubric_problems)
    for criterion in validated.criteria:
        ours, theirs = params_data(criterion.parsed_params), criterion.parsed_params.model_dump(mode="json")
        same(ours, theirs, f"{name}: {criterion.id}")
        for key, value in ours.items():
            if isinstance(value, list):
                assert value is not getattr(criterion.parsed_params, key)  # a copy, not the model's own


@fast_only
def test_a_run_on_bundled_rubrics_builds_no_rubric_validator() -> None:
    """The bundled rubrics come from the snapshot, so no rubric or parameter model builds its
    validator or serializer (``defer_build``): that is the start-up time they save."""
    import subprocess
    import sys

    code = (
        "import pydantic\n"
        "from pathlib import Path\n"
        "from kemitraan.loader import load_rubrics\n"
        "from kemitraan.pipeline import assess_path\n"
        "from kemitraan.render import render\n"
        "import kemitraan.models.rubric as r\n"
        "from kemitraan.indicators import INDICATORS\n"
        "a = assess_path(Path(__import__('sys').argv[1]), load_rubrics(None, None), 'median')\n"
        "render(a, 'json', 'id')\n"
        "models = [v for v in vars(r).values() if isinstance(v, type) and issubclass(v, pydantic.BaseModel)]\n"
        "models += [i.params for i in INDICATORS.values()]\n"
        "print(sorted({m.__name__ for m in models if m.__pydantic_complete__}))\n"
    )
    benan = Path(__file__).resolve().parents[1] / "examples" / "benan.yaml"
    out = subprocess.run([sys.executable, "-c", code, str(benan)], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
