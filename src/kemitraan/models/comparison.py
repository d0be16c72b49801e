"""What ``kemitraan compare`` finds: the changes between two assessments, or verdicts per group.

Like the assessment, every text a person reads is a :data:`~kemitraan.models.assessment.Said`,
written in both languages in the JSON (``--format json``), so that it is the same whatever
``--lang`` says. Schemas:
``kemitraan-comparison/1`` (two files) and ``kemitraan-groups/1`` (``--by``).
"""

from __future__ import annotations

from dataclasses import field
from typing import TYPE_CHECKING, Literal

from kemitraan.models.assessment import Tool
from kemitraan.models.record import record

if TYPE_CHECKING:
    from kemitraan.models.assessment import Said


@record
class Side:
    """One of the two assessed files."""

    file: str
    id: str
    title: str
    period: str | None
    place: str | None
    label: str
    """How the report names this side: its period when the two differ ("2019"), else its file name."""


@record
class VerdictChange:
    rubric: str
    title: Said
    before: str | None
    """The verdict id before (null: the rubric did not assess that file)."""
    before_label: Said | None
    after: str | None
    after_label: Said | None
    support_before: float | None
    support_after: float | None
    changed: bool


@record
class CriterionChange:
    rubric: str
    criterion: str
    label: Said
    before: bool | None
    after: bool | None
    detail_before: Said
    detail_after: Said


@record
class LevelChange:
    partner: str
    name: str
    before: str | None
    """The level before (null: not recorded, or the partner is not in that file)."""
    after: str | None


@record
class PhaseChange:
    phase: Literal["planning", "implementation", "evaluation"]
    joint_before: bool | None
    joint_after: bool | None
    levels: list[LevelChange]
    changed: bool
    """Whether the phase's joint reading or any partner's level differs."""


@record
class ProgramChange:
    program: str
    name: str
    status: Literal["both", "added", "removed"]
    phases: list[PhaseChange]
    joint_before: list[str]
    """The phases that were joint before (empty for an added program)."""
    joint_after: list[str]


@record
class PrincipleChange:
    principle: str
    label: Said
    before: int | None
    after: int | None


@record
class Comparison:
    """Two assessments of (usually) one partnership: what changed from ``before`` to ``after``."""

    schema_: Literal["kemitraan-comparison/1"] = "kemitraan-comparison/1"
    tool: Tool
    before: Side
    after: Side
    title: Said
    """The comparison's title, naming both sides."""
    warnings: list[Said] = field(default_factory=list)
    """Why the two files may not be the same partnership (other ids, other partners); empty when they are."""
    headline: list[Said]
    """The changes in a few sentences: verdicts, then the joint phases of each program."""
    verdicts: list[VerdictChange]
    criteria: list[CriterionChange]
    """Only the criteria whose reading changed."""
    programs: list[ProgramChange]
    principles: list[PrincipleChange]
    mean_before: float | None
    mean_after: float | None


@record
class VerdictColumn:
    id: str
    label: Said


@record
class RubricColumns:
    id: str
    title: Said
    verdicts: list[VerdictColumn]
    """The rubric's verdicts, lowest first, then ``insufficient-evidence``."""


@record
class Group:
    key: str | None
    """The group's value (null: not recorded in the files)."""
    files: int
    counts: dict[str, dict[str, int]]
    """Rubric id -> verdict id -> number of files."""


@record
class GroupTable:
    """Verdict counts per group of files (``kemitraan compare FOLDER --by regency``)."""

    schema_: Literal["kemitraan-groups/1"] = "kemitraan-groups/1"
    tool: Tool
    by: str
    rubrics: list[RubricColumns]
    groups: list[Group]
    failed: int
    """Files that could not be assessed (not counted in any group)."""
