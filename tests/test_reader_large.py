"""Large files: their parse runs with the garbage collector paused, and gives the same data."""

from __future__ import annotations

import gc

import pytest

from kemitraan import fast
from kemitraan.errors import InputError
from kemitraan.loader import reader

LARGE_TEXT = "programs:\n" + "".join(f"  - id: p{i}\n    name: Program {i}\n" for i in range(5000))


def _seen_during_parse(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    seen: list[bool] = []
    real = reader._parse_yaml

    def spy(text: str, file: str, max_bytes: int) -> object:
        seen.append(gc.isenabled())
        return real(text, file, max_bytes)

    monkeypatch.setattr(reader, "_parse_yaml", spy)
    return seen


def test_a_large_file_is_parsed_with_the_collector_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(LARGE_TEXT) >= reader.LARGE
    seen = _seen_during_parse(monkeypatch)
    data = reader.parse_yaml(LARGE_TEXT, "big.yaml")
    assert seen == [False] and gc.isenabled()
    assert len(data["programs"]) == 5000 and data["programs"][4999] == {"id": "p4999", "name": "Program 4999"}


def test_a_small_file_leaves_the_collector_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = _seen_during_parse(monkeypatch)
    reader.parse_yaml("id: small\n", "small.yaml")
    assert seen == [True]


def test_the_collector_is_back_after_a_refused_file() -> None:
    with pytest.raises(InputError):
        reader.parse_yaml(LARGE_TEXT + "  - [unclosed\n", "big.yaml")
    assert gc.isenabled()


def test_a_paused_collector_stays_paused(monkeypatch: pytest.MonkeyPatch) -> None:
    gc.disable()
    try:
        reader.parse_yaml(LARGE_TEXT, "big.yaml")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_without_the_fast_paths_the_collector_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fast, "ON", False)
    seen = _seen_during_parse(monkeypatch)
    paused = reader.parse_yaml(LARGE_TEXT, "big.yaml")
    assert seen == [True]
    monkeypatch.setattr(fast, "ON", True)
    assert reader.parse_yaml(LARGE_TEXT, "big.yaml") == paused
