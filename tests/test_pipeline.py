"""The shared steps of every command (kemitraan.pipeline), the one ``Aggregate`` type, keyword-only option bundles."""

from __future__ import annotations

import ast
import dataclasses
import typing
from pathlib import Path

import pytest

from kemitraan import pipeline
from kemitraan.batch import Options, Spec
from kemitraan.choices import AGGREGATES, Aggregate
from kemitraan.loader import load_partnership, load_rubrics
from tests.conftest import EXAMPLES, run, write
from tests.fieldwork.test_aggregate import HEAD, PROGRAM

SRC = Path(__file__).resolve().parents[1] / "src" / "kemitraan"


def test_a_file_without_informants_is_not_aggregated() -> None:
    partnership, _, _ = load_partnership(EXAMPLES / "benan.yaml")
    assert pipeline.aggregate_informants(partnership, "min") is partnership


@pytest.mark.parametrize("how", AGGREGATES)
def test_the_steps_make_the_assessment_with_its_fieldwork_section(tmp_path: Path, how: Aggregate) -> None:
    from kemitraan import __version__
    from kemitraan.engine import assess

    path = write(tmp_path, HEAD + PROGRAM)
    partnership, _, raw = load_partnership(path)
    rubrics = load_rubrics()
    read = pipeline.aggregate_informants(partnership, how)
    assert read is not partnership
    by_engine = assess(read, rubrics, pipeline.input_meta(path.name, raw), version=__version__)
    assert by_engine.fieldwork is None  # the engine knows nothing of informants
    stepped = pipeline.with_fieldwork(by_engine, partnership, rubrics, how)
    assert stepped.fieldwork is not None and stepped.fieldwork.aggregate == how
    whole = pipeline.assess_path(path, rubrics, how)
    assert dataclasses.replace(stepped, generated_at=None) == dataclasses.replace(whole, generated_at=None)


def test_fieldwork_aggregate_holds_no_second_assess_and_does_not_import_the_engine() -> None:
    tree = ast.parse((SRC / "fieldwork" / "aggregate.py").read_text(encoding="utf-8"))
    functions = {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)}
    assert "assess" not in functions
    imported = {
        (n.module or "") if isinstance(n, ast.ImportFrom) else a.name
        for n in ast.walk(tree)
        if isinstance(n, ast.Import | ast.ImportFrom)
        for a in n.names
    }
    assert not {m for m in imported if m == "kemitraan.engine" or m.startswith("kemitraan.engine.")}
    assert not [
        n
        for n in ast.walk(tree)
        if isinstance(n, ast.ImportFrom)
        and n.module == "kemitraan"
        and any(a.name == "engine" for a in n.names)
    ]


def test_the_aggregate_literal_is_written_once() -> None:
    written = [
        str(path.relative_to(SRC))
        for path in sorted(SRC.rglob("*.py"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if 'Literal["median", "min"]' in line
    ]
    assert written == ["kinds.py"]
    assert typing.get_args(Aggregate) == AGGREGATES == ("median", "min")


def test_an_unknown_aggregate_is_a_usage_error(tmp_path: Path) -> None:
    result = run("assess", EXAMPLES / "benan.yaml", "--aggregate", "max")
    assert result.code == 2
    assert "--aggregate" in result.err and "median, min" in result.err


@pytest.mark.parametrize("bundle", [Options, Spec])
def test_option_bundles_are_keyword_only_and_frozen(bundle: type) -> None:
    params = bundle.__dataclass_params__  # type: ignore[attr-defined]  # set by @dataclass, not in typeshed
    assert params.frozen
    assert all(f.kw_only for f in dataclasses.fields(bundle))
    with pytest.raises(TypeError):
        bundle([Path(".")])  # positionally: refused
