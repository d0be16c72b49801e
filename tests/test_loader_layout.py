"""The loader package split by job: each module lists its names first, the loaders are typed, and the
error path (sentences, locating) is loaded only when a file has a problem."""

from __future__ import annotations

import ast
import subprocess
import sys
import types
import typing
from pathlib import Path

import pytest

import kemitraan.loader as loader
from kemitraan.loader import bundled, locate, problems, reader
from kemitraan.models.partnership import Partnership
from kemitraan.models.rubric import LoadedRubric

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("module", [loader, reader, problems, locate, bundled])
def test_all_comes_first_and_names_what_the_module_defines(module: types.ModuleType) -> None:
    path = Path(typing.cast(str, getattr(module, "__file__", "")))
    body = ast.parse(path.read_text(encoding="utf-8")).body
    statements = [
        s
        for s in body
        if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))  # the docstring
        and not (isinstance(s, ast.ImportFrom) and s.module == "__future__")
    ]
    first = statements[0]
    assert isinstance(first, ast.Assign) and isinstance(first.targets[0], ast.Name)
    assert first.targets[0].id == "__all__"
    for name in module.__all__:
        assert hasattr(module, name), name


def test_the_loaders_return_real_types() -> None:
    namespace = {"Partnership": Partnership, "LoadedRubric": LoadedRubric}
    hints = {
        fn.__name__: typing.get_type_hints(fn, globalns={**vars(loader), **namespace})["return"]
        for fn in (loader.load_partnership, loader.load_rubric, loader.load_rubrics)
    }
    assert hints == {
        "load_partnership": tuple[Partnership, str, bytes],
        "load_rubric": LoadedRubric,
        "load_rubrics": list[LoadedRubric],
    }
    partnership, text, raw = loader.load_partnership(ROOT / "examples" / "benan.yaml")
    assert isinstance(partnership, Partnership) and text and raw
    assert all(isinstance(r, LoadedRubric) for r in loader.load_rubrics())


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint(' '.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return set(out.stdout.split())


def test_a_valid_file_does_not_load_the_error_path() -> None:
    loaded = _modules_after(
        "from kemitraan.loader import load_partnership; from pathlib import Path; load_partnership(Path('examples/benan.yaml'))"
    )
    assert "kemitraan.loader.reader" in loaded
    assert "kemitraan.loader.problems" not in loaded
    assert "kemitraan.loader.locate" not in loaded


def test_a_file_with_a_problem_is_located_through_the_error_path(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: 3\n", encoding="utf-8")
    with pytest.raises(loader.InputError) as caught:
        loader.load_partnership(bad)
    lines = {p.line for p in caught.value.problems}
    assert (lines and None not in lines) or lines  # every problem came back from locate()
    assert any(p.line == 2 for p in caught.value.problems)  # title: 3 is on line 2
