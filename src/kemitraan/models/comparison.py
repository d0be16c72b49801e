"""What ``kemitraan compare`` finds: the changes between two assessments, or verdicts per group.

Like the assessment, every text a person reads is a :data:`~kemitraan.models.assessment.Said`,
written in both languages in the JSON (``--format json``), so that it is the same whatever
``--lang`` says. Schemas:
``kemitraan-comparison/1`` (two files) and ``kemitraan-groups/1`` (``--by``).
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from kemitraan.models.assessment import Said, Tool


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Side(_Model):
    """One of the two assessed files."""

    file: str
    id: str
    title: str
    period: str | None
    place: str | None
    label: str
    """How the report names this side: its period when the two differ ("2019"), else its file name."""


class VerdictChange(_Model):
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


class CriterionChange(_Model):
    rubric: str
    criterion: str
    label: Said
    before: bool | None
    after: bool | None
    detail_before: Said
    detail_after: Said


class LevelChange(_Model):
    partner: str
    name: str
    before: str | None
    """The level before (null: not recorded, or the partner is not in that file)."""
    after: str | None


class PhaseChange(_Model):
    phase: Literal["planning", "implementation", "evaluation"]
    joint_before: bool | None
    joint_after: bool | None
    levels: list[LevelChange]
    changed: bool
    """Whether the phase's joint reading or any partner's level differs."""


class ProgramChange(_Model):
    program: str
    name: str
    status: Literal["both", "added", "removed"]
    phases: list[PhaseChange]
    joint_before: list[str]
    """The phases that were joint before (empty for an added program)."""
    joint_after: list[str]


class PrincipleChange(_Model):
    principle: str
    label: Said
    before: int | None
    after: int | None


class Comparison(_Model):
    """Two assessments of (usually) one partnership: what changed from ``before`` to ``after``."""

    schema_: Literal["kemitraan-comparison/1"] = Field("kemitraan-comparison/1", alias="schema")
    tool: Tool
    before: Side
    after: Side
    title: Said
    """The comparison's title, naming both sides."""
    warnings: list[Said] = []
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


class VerdictColumn(_Model):
    id: str
    label: Said


class RubricColumns(_Model):
    id: str
    title: Said
    verdicts: list[VerdictColumn]
    """The rubric's verdicts, lowest first, then ``insufficient-evidence``."""


class Group(_Model):
    key: str | None
    """The group's value (null: not recorded in the files)."""
    files: int
    counts: dict[str, dict[str, int]]
    """Rubric id -> verdict id -> number of files."""


class GroupTable(_Model):
    """Verdict counts per group of files (``kemitraan compare FOLDER --by regency``)."""

    schema_: Literal["kemitraan-groups/1"] = Field("kemitraan-groups/1", alias="schema")
    tool: Tool
    by: str
    rubrics: list[RubricColumns]
    groups: list[Group]
    failed: int
    """Files that could not be assessed (not counted in any group)."""
