"""Compiled templates kept between runs: private, optional, and never changing a report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kemitraan import fast
from kemitraan.fast import bytecode_cache as _bytecode_cache
from tests.conftest import EXAMPLES

needs_fast = pytest.mark.skipif(not fast.ON, reason="KEMITRAAN_NO_FAST: the fast path under test is off")


@needs_fast
def test_the_cache_is_a_private_folder_in_the_users_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("KEMITRAAN_NO_CACHE", raising=False)
    cache = _bytecode_cache("md")
    folder = tmp_path / "kemitraan" / "templates-md"
    assert cache is not None and folder.is_dir()
    assert folder.stat().st_mode & 0o777 == 0o700


def test_no_cache_when_asked_or_when_the_folder_is_not_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("KEMITRAAN_NO_CACHE", "1")
    assert _bytecode_cache("md") is None
    monkeypatch.delenv("KEMITRAAN_NO_CACHE")
    shared = tmp_path / "kemitraan" / "templates-html"
    shared.mkdir(parents=True)
    shared.chmod(0o777)
    assert _bytecode_cache("html") is None


def _report(cache: Path, *extra: str) -> bytes:
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    env.pop("KEMITRAAN_NO_CACHE", None)
    for pair in extra:
        key, value = pair.split("=")
        env[key] = value
    # the bundled report is drawn without Jinja (render/mddraw.py): a comparison is still a template
    before, after = (EXAMPLES / "over-time" / f"mekar-{year}.yaml" for year in (2019, 2023))
    command = [sys.executable, "-m", "kemitraan", "compare", str(before), str(after), "-f", "md"]
    return subprocess.run(command, env=env, capture_output=True, check=True).stdout


@needs_fast
def test_reports_are_the_same_with_a_cold_warm_or_broken_cache(tmp_path: Path) -> None:
    without = _report(tmp_path, "KEMITRAAN_NO_CACHE=1")
    assert not (tmp_path / "kemitraan").exists()
    assert _report(tmp_path) == without  # compiles and keeps the template
    (kept,) = (tmp_path / "kemitraan" / "templates-md").iterdir()
    assert _report(tmp_path) == without  # reads it back
    kept.write_bytes(b"not bytecode")
    assert _report(tmp_path) == without  # a broken file is compiled again
