"""The researcher's 1-5 scores of the principles of partnership, as the indicators (and the
summaries) read them."""

from __future__ import annotations

from collections.abc import Iterable

from kemitraan.models.partnership import Partnership, PrincipleName, Principles, PrincipleScore

ALL_PRINCIPLES: list[PrincipleName] = list(Principles.model_fields)  # type: ignore[arg-type]


def score_of(p: Partnership, name: str) -> PrincipleScore | None:
    return getattr(p.principles, name) if p.principles is not None else None


def scores(p: Partnership, names: Iterable[str] = ALL_PRINCIPLES) -> dict[str, int]:
    """The scores given, by principle, in the order of ``names`` (unscored ones left out)."""
    return {n: r.score for n in names if (r := score_of(p, n)) is not None and r.score is not None}


def mean(values: Iterable[int]) -> float | None:
    """The mean of the scores, to two decimals (None when there are none)."""
    values = list(values)
    return round(sum(values) / len(values), 2) if values else None
