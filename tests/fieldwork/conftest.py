"""Fixtures shared by the fieldwork tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run, write


@pytest.fixture
def fieldwork(tmp_path: Path) -> tuple[Path, Path]:
    """(the partnership file of ``test_ingest.SKELETON``, its questionnaire)."""
    from tests.fieldwork.test_ingest import SKELETON

    source = write(tmp_path, SKELETON, "contoh.yaml")
    form = tmp_path / "kuesioner.xlsx"
    assert run("survey", "form", source, "-o", form).code == 0
    return source, form
