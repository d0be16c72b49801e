"""Project hygiene: the version written once, the tools pinned, the dependencies bounded."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata

from packaging.requirements import Requirement
from packaging.version import Version

import kemitraan
from tests.conftest import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
BOUNDED = ("typer", "click", "pydantic", "pyyaml", "jinja2", "rich")
"""The dependencies whose internals the fast paths touch."""


def _requirements(names: list[str]) -> dict[str, Requirement]:
    found = {}
    for line in names:
        requirement = Requirement(line)
        found[requirement.name.lower()] = requirement
    return found


def test_the_version_is_written_once() -> None:
    project = PYPROJECT["project"]
    assert "version" not in project and "version" in project["dynamic"]
    assert PYPROJECT["tool"]["hatch"]["version"]["path"] == "src/kemitraan/__init__.py"
    source = (ROOT / "src" / "kemitraan" / "__init__.py").read_text(encoding="utf-8")
    assert len(re.findall(r"__version__\s*=", source)) == 1
    assert metadata.version("kemitraan") == kemitraan.__version__


def test_ruff_and_mypy_are_pinned_to_what_is_installed() -> None:
    test = _requirements(PYPROJECT["project"]["optional-dependencies"]["test"])
    for tool in ("ruff", "mypy"):
        (spec,) = test[tool].specifier
        assert spec.operator == "==", tool
        assert spec.version == metadata.version(tool), tool


def test_the_dependencies_whose_internals_are_touched_have_upper_bounds() -> None:
    deps = _requirements(PYPROJECT["project"]["dependencies"])
    for name in BOUNDED:
        assert name in deps, name
        assert any(s.operator in ("<", "<=", "==", "~=") for s in deps[name].specifier), name


def test_ci_tests_with_constrained_versions_within_the_bounds() -> None:
    deps = _requirements(PYPROJECT["project"]["dependencies"])
    lines = (ROOT / ".ci" / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pins = {r.name.lower(): r for r in map(Requirement, (x for x in lines if x and not x.startswith("#")))}
    for name in BOUNDED:
        (spec,) = pins[name].specifier
        assert spec.operator == "==", name
        assert deps[name].specifier.contains(Version(spec.version)), (name, spec.version)
    assert 'export PIP_CONSTRAINT="$root/.ci/constraints.txt"' in (ROOT / ".ci" / "run").read_text(
        encoding="utf-8"
    )
