"""The researcher's 1-5 scores of the principles of partnership, as the indicators (and the
summaries) read them."""

from __future__ import annotations

from collections.abc import Iterable

from kemitraan.indicators.participation import memo
from kemitraan.models.partnership import Partnership, PrincipleName, Principles, PrincipleScore

ALL_PRINCIPLES: list[PrincipleName] = list(Principles.model_fields)  # type: ignore[arg-type]


def score_of(p: Partnership, name: str) -> PrincipleScore | None:
    return getattr(p.principles, name) if p.principles is not None else None


def scores(p: Partnership, names: Iterable[str] = ALL_PRINCIPLES) -> dict[str, int]:
    """The scores given, by principle, in the order of ``names`` (unscored ones left out).

    Every principle's (the default) is worked out once per partnership (several criteria and the
    summary row read it): the dict is shared, and no reader changes it.
    """
    if names is ALL_PRINCIPLES:
        return all_scores(p)
    return {n: r.score for n in names if (r := score_of(p, n)) is not None and r.score is not None}


def all_scores(p: Partnership) -> dict[str, int]:
    """Every principle's score given, in the order of :data:`ALL_PRINCIPLES` (made once per
    partnership, shared: not to be changed)."""
    known = memo(p)
    found: dict[str, int] | None = known.get(_SCORES)
    if found is None:
        given = p.principles
        found = known[_SCORES] = (
            {}
            if given is None
            else {
                n: r.score
                for n in ALL_PRINCIPLES
                if (r := getattr(given, n)) is not None and r.score is not None
            }
        )
    return found


def all_mean(p: Partnership) -> float | None:
    """The mean of every principle's score given (:func:`mean` of :func:`all_scores`), once per partnership."""
    known = memo(p)
    if _MEAN not in known:
        known[_MEAN] = mean(all_scores(p).values())
    found: float | None = known[_MEAN]
    return found


_SCORES = "principles.scores"
"""The key of :func:`all_scores` in the partnership's memo."""
_MEAN = "principles.mean"
"""The key of :func:`all_mean` in the partnership's memo."""


def mean(values: Iterable[int]) -> float | None:
    """The mean of the scores, to two decimals (None when there are none)."""
    values = list(values)
    return round(sum(values) / len(values), 2) if values else None
