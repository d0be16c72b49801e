"""What came of each file of a run, and the counting of verdicts: shared by batch, compare and their renderers.

:class:`Result` is one file's outcome (its summary row, or why it has none); :class:`VerdictCounter`
counts the verdicts of summary rows, once for a whole run (:class:`Tally`, the table a batch run
ends with) or once per group (``kemitraan compare FOLDER --by regency``). This module sits below
:mod:`kemitraan.batch`, :mod:`kemitraan.compare` and :mod:`kemitraan.render.batch`, and imports none
of them, so that the orchestrator, the comparison and the renderer do not import each other for
their types.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from kemitraan.models.rubric import LoadedRubric
    from kemitraan.summary import Value

__all__ = ["Result", "Tally", "VerdictCounter"]


class Result(NamedTuple):
    """What came of one file: its summary row, or why it could not be assessed."""

    file: str
    row: list[Value] | None
    error: str | None = None
    internal: bool = False
    """The error is a bug in kemitraan (exit code 1), not a problem with the file."""
    note: str | None = None
    """The file was left out, and why (not a partnership file: no error, no summary row)."""


class VerdictCounter:
    """Where each rubric's verdict sits in a summary row, and how to count the verdicts of rows."""

    def __init__(self, rubrics: Sequence[LoadedRubric], columns: Sequence[str]) -> None:
        self.at = {r.rubric.id: list(columns).index(f"{r.rubric.id}.verdict") for r in rubrics}

    def empty(self) -> dict[str, Counter[str]]:
        """A fresh count per rubric (no verdict yet)."""
        return {rubric_id: Counter() for rubric_id in self.at}

    def add(self, counts: dict[str, Counter[str]], row: Sequence[Value]) -> None:
        """Count the verdicts of one assessed file's summary row into ``counts``."""
        for rubric_id, at in self.at.items():
            counts[rubric_id][str(row[at])] += 1


@dataclass
class Tally:
    """Counts per rubric and verdict, and the files that failed (the names of the first few)."""

    rubrics: list[LoadedRubric]
    columns: list[str]
    assessed: int = 0
    failed: int = 0
    internal: int = 0
    skipped: int = 0
    """Files left out with a note (named pipes, sockets, devices with a partnership file's name)."""
    keep: int = 20
    """How many failed file names to keep for the final table (all are counted)."""
    counts: dict[str, Counter[str]] = field(init=False)
    failed_files: list[str] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self._counter = VerdictCounter(self.rubrics, self.columns)
        self.counts = self._counter.empty()

    def add(self, result: Result) -> None:
        if result.note is not None:
            self.skipped += 1
            return
        if result.row is None:
            self.failed += 1
            self.internal += result.internal
            if len(self.failed_files) < self.keep:
                from kemitraan.errors import printable

                self.failed_files.append(printable(result.file))
            return
        self.assessed += 1
        self._counter.add(self.counts, result.row)

    @property
    def exit_code(self) -> int:
        from kemitraan.errors import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK

        return EXIT_INTERNAL if self.internal else EXIT_BAD_INPUT if self.failed else EXIT_OK
