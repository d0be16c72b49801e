"""Fixtures for the report tests."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from kemitraan.loader import load_rubrics
from kemitraan.models.assessment import Assessment
from kemitraan.pipeline import assess_path


@pytest.fixture
def assess_yaml(tmp_path: Path) -> Callable[..., Assessment]:
    """Assess a partnership written inline (dedented), as the CLI would."""

    def run(text: str, name: str = "case.yaml") -> Assessment:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return assess_path(path, load_rubrics(None))

    return run
