"""The default number of worker processes: the free cores, one process when at most one is free.

The decision is a function of the usable cores and the machine's load, tested here with made-up
loads (never with timings).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from kemitraan import batch
from kemitraan.batch import jobs_for
from tests.conftest import EXAMPLES, run


@pytest.mark.parametrize(
    ("cores", "load", "jobs"),
    [
        (2, 0.0, 2),  # a quiet machine: every core
        (2, 0.5, 2),  # one and a half cores free: still worth two processes
        (2, 1.0, 1),  # one core free: one process, no pool
        (2, 1.7, 1),
        (2, 3.4, 1),  # busier than its cores
        (1, 0.0, 1),
        (4, 0.0, 4),
        (4, 1.4, 3),  # 2.6 cores free
        (4, 2.6, 2),  # 1.4 free: more than one, so two
        (4, 3.0, 1),  # one free: one process
        (4, 2.4, 2),
        (8, 0.2, 8),  # never more than the cores
        (2, None, 2),  # the load is not known: every core
        (2, -1.0, 2),  # a nonsensical load counts as none
    ],
)
def test_jobs_follow_the_free_cores(cores: int, load: float | None, jobs: int) -> None:
    assert jobs_for(cores, load) == jobs


def test_default_jobs_reads_the_cores_and_the_load(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(batch, "usable_cores", lambda: 2)
    monkeypatch.setattr(batch, "load_average", lambda: 1.5)
    assert batch.default_jobs() == 1
    monkeypatch.setattr(batch, "load_average", lambda: 0.1)
    assert batch.default_jobs() == 2


def _jobs_used(monkeypatch: pytest.MonkeyPatch, load: float, *args: Any) -> list[int]:
    used: list[int] = []
    real = batch.run

    def spy(spec: batch.Spec, sources: Any, jobs: int, chunk: int = 32) -> Iterator[Any]:
        used.append(jobs)
        return real(spec, sources, jobs, chunk)

    monkeypatch.setattr(batch, "run", spy)
    monkeypatch.setattr(batch, "usable_cores", lambda: 2)
    monkeypatch.setattr(batch, "load_average", lambda: load)
    result = run("assess", EXAMPLES, *args)
    assert result.code == 0, result.err
    return used


def test_a_busy_machine_gets_one_process_unless_jobs_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _jobs_used(monkeypatch, 1.8) == [1]
    assert _jobs_used(monkeypatch, 0.2) == [2]
    assert _jobs_used(monkeypatch, 1.8, "--jobs", "2") == [2]


def test_load_average_is_a_number_or_none() -> None:
    load = batch.load_average()
    assert load is None or load >= 0
    assert batch.usable_cores() >= 1


def test_the_load_is_the_runnable_count_now_not_the_lagging_average(monkeypatch: pytest.MonkeyPatch) -> None:
    """/proc/loadavg's fourth field counts the processes running or waiting now (this one too);
    its first, the one-minute average, still counts a batch that has just ended."""
    import builtins
    import io

    real_open = builtins.open

    def fake_open(file: object, *args: object, **kwargs: object) -> object:
        if file == "/proc/loadavg":
            return io.StringIO("1.98 1.50 0.90 3/120 4242\n")
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", fake_open)
    assert batch.load_average() == 2  # three runnable, less this process; not 1.98
