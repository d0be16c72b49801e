"""Compiled templates kept between runs: private, optional, and never changing a report."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kemitraan.render.templating import _bytecode_cache
from tests.conftest import EXAMPLES


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
    command = [sys.executable, "-m", "kemitraan", "assess", str(EXAMPLES / "benan.yaml"), "-f", "md"]
    return subprocess.run(command, env=env, capture_output=True, check=True).stdout


def test_reports_are_the_same_with_a_cold_warm_or_broken_cache(tmp_path: Path) -> None:
    without = _report(tmp_path, "KEMITRAAN_NO_CACHE=1")
    assert not (tmp_path / "kemitraan").exists()
    assert _report(tmp_path) == without  # compiles and keeps the template
    (kept,) = (tmp_path / "kemitraan" / "templates-md").iterdir()
    assert _report(tmp_path) == without  # reads it back
    kept.write_bytes(b"not bytecode")
    assert _report(tmp_path) == without  # a broken file is compiled again
