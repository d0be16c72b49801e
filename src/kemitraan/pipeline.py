"""File in, assessment out: the steps every command shares (read, validate, assess).

Kept apart from the CLI so that batch runs and tests use the very same path.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kemitraan.limits import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kemitraan.choices import Aggregate
    from kemitraan.engine import InputMeta
    from kemitraan.models.assessment import Assessment
    from kemitraan.models.partnership import Partnership
    from kemitraan.models.rubric import LoadedRubric


def generated_at() -> str | None:
    """A timestamp only when SOURCE_DATE_EPOCH asks for one (reproducible builds convention)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return datetime.fromtimestamp(int(epoch), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    except (ValueError, OverflowError, OSError):
        return None


def read_partnership(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Partnership, bytes]:
    """Read and validate one partnership file: the partnership and the file's bytes (raises InputError).

    ``max_bytes`` is the input size limit (``--max-size``).
    """
    from kemitraan.loader import load_partnership

    partnership, _, raw = load_partnership(path, max_bytes=max_bytes)
    return partnership, raw


def input_meta(name: str, raw: bytes) -> InputMeta:
    """What an assessment records about its input: the file name and the sha256 of its bytes.

    A control character in the name (a terminal escape, a direction override) is shown as an
    escape (``\\x1b``), in every report: a file name drives neither a terminal nor a page.
    """
    from kemitraan.engine import InputMeta
    from kemitraan.errors import printable

    return InputMeta(file=printable(name), sha256=hashlib.sha256(raw).hexdigest())


def aggregate_informants(partnership: Partnership, how: Aggregate = "median") -> Partnership:
    """The step that turns several informants' answers into one set of facts (``--aggregate``).

    A file without informants' answers is returned as it is (the same object, so a caller can tell
    that no aggregation happened); otherwise each value the file leaves out is filled from the
    answers, by their median or their minimum (:func:`kemitraan.fieldwork.aggregate.effective`).
    """
    from kemitraan.models.partnership import answers

    if not answers(partnership):
        return partnership
    from kemitraan.fieldwork.aggregate import effective

    return effective(partnership, how)


def with_fieldwork(
    assessment: Assessment, partnership: Partnership, rubrics: Sequence[LoadedRubric], how: Aggregate
) -> Assessment:
    """The step after the engine when informants answered: the fieldwork section added to the assessment.

    It reports the informants' agreement and tests each verdict under the other aggregation and
    without each informant in turn (each test is one more run of the engine's decisions).
    """
    from kemitraan.engine import assess_rubric
    from kemitraan.fieldwork.aggregate import fieldwork_info

    info = fieldwork_info(
        partnership,
        rubrics,
        {r.rubric.id: r.verdict for r in assessment.assessments},
        how,
        lambda q, loaded: assess_rubric(q, loaded).verdict,
    )
    return dataclasses.replace(assessment, fieldwork=info) if info is not None else assessment


def assess_path(
    path: Path,
    rubrics: list[LoadedRubric],
    aggregate: Aggregate = "median",
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Assessment:
    """Read, validate and assess one partnership file (raises InputError on bad input).

    ``aggregate`` (median or min) says how several informants' answers become one value;
    ``max_bytes`` is the input size limit (``--max-size``).
    """
    partnership, raw = read_partnership(path, max_bytes=max_bytes)
    return assess_loaded(partnership, raw, path.name, rubrics, aggregate)


def assess_loaded(
    partnership: Partnership,
    raw: bytes,
    name: str,
    rubrics: Sequence[LoadedRubric],
    aggregate: Aggregate = "median",
) -> Assessment:
    """Assess a partnership already read from a file called ``name`` whose bytes are ``raw``.

    The steps: :func:`aggregate_informants`, the engine, then :func:`with_fieldwork` when the
    file holds informants' answers.
    """
    from kemitraan import __version__
    from kemitraan.engine import assess

    meta = input_meta(name, raw)
    read = aggregate_informants(partnership, aggregate)
    assessment = assess(read, rubrics, meta, version=__version__, generated_at=generated_at())
    if read is partnership:
        return assessment
    return with_fieldwork(assessment, partnership, rubrics, aggregate)
