"""Indicators that read the researcher's 1-5 scores of the principles of partnership."""

from __future__ import annotations

from collections.abc import Iterable

from pydantic import Field, model_validator

from kemitraan.indicators.base import Params, Reading, bounds, evidence_at
from kemitraan.models.partnership import Partnership, PrincipleName, Principles, PrincipleScore
from kemitraan.msg import Msg, Refusal

ALL_PRINCIPLES: list[PrincipleName] = list(Principles.model_fields)  # type: ignore[arg-type]


def _score(p: Partnership, name: str) -> PrincipleScore | None:
    return getattr(p.principles, name) if p.principles is not None else None


class PrincipleScoreParams(Params):
    principle: PrincipleName
    at_least: int | None = Field(None, ge=1, le=5)
    """Met when the score is at least this."""
    at_most: int | None = Field(None, ge=1, le=5)
    """Met when the score is at most this."""

    @model_validator(mode="after")
    def _one_bound(self) -> PrincipleScoreParams:
        if (self.at_least is None) == (self.at_most is None):
            raise Refusal(Msg("rubric.one_bound"))
        return self


def principle_score(p: Partnership, params: PrincipleScoreParams, program: int | None) -> Reading:
    """Compare one principle's score with a bound; unknown when it is not scored."""
    record = _score(p, params.principle)
    loc = ("principles", params.principle)
    principle = Msg(f"principle.{params.principle}")
    if record is None or record.score is None:
        return Reading(None, None, Msg("ind.principle_score.missing", {"principle": principle}), (), (loc,))
    score = record.score
    if params.at_least is not None:
        met, bound = score >= params.at_least, Msg("fmt.at_least", {"value": params.at_least})
    else:
        met, bound = score <= (params.at_most or 0), Msg("fmt.at_most", {"value": params.at_most})
    detail = Msg("ind.principle_score.detail", {"principle": principle, "score": score, "bound": bound})
    return Reading(met, score, detail, evidence_at(loc, record.evidence), ((*loc, "score"),))


class PrincipleMeanParams(Params):
    principles: list[PrincipleName] = ALL_PRINCIPLES
    """The principles averaged."""
    at_least: float = Field(ge=1, le=5)
    """Met when the mean is at least this."""
    min_scored: int = Field(3, ge=1)
    """Fewer scored principles than this, and the mean is unknown."""


def scores(p: Partnership, names: Iterable[str] = ALL_PRINCIPLES) -> dict[str, int]:
    """The scores given, by principle, in the order of ``names`` (unscored ones left out)."""
    return {n: r.score for n in names if (r := _score(p, n)) is not None and r.score is not None}


def mean(values: Iterable[int]) -> float | None:
    """The mean of the scores, to two decimals (None when there are none)."""
    values = list(values)
    return round(sum(values) / len(values), 2) if values else None


def principle_mean(p: Partnership, params: PrincipleMeanParams, program: int | None) -> Reading:
    """The mean of the principles against a threshold; unknown with too few scores.

    An unscored principle could score anything from 1 to 5, so the criterion is met (or not)
    only when it is whatever the unscored ones turn out to be: removing a low score never
    turns into a higher band, it turns into "not known".
    """
    scored = scores(p, params.principles)
    facts = tuple(("principles", n, "score") for n in scored)
    average = mean(scored.values())
    if average is None or len(scored) < params.min_scored:
        detail = Msg(
            "ind.principle_mean.too_few",
            {"scored": len(scored), "n": len(scored), "min_scored": params.min_scored},
        )
        return Reading(None, None, detail, (), facts or (("principles",),))
    total = len(params.principles)
    unscored = total - len(scored)
    lowest_mean = (sum(scored.values()) + 1 * unscored) / total
    highest_mean = (sum(scored.values()) + 5 * unscored) / total
    low = min(scored.values())
    lowest = [Msg(f"principle.{n}") for n, s in scored.items() if s == low]
    values = {
        "mean": Msg("fmt.number", {"value": average}),
        "scored": len(scored),
        "total": total,
        "n": total,
        "at_least": Msg("fmt.number", {"value": params.at_least}),
        "lowest": lowest,
        "low": low,
    }
    if unscored:
        values["unscored"] = [Msg(f"principle.{n}") for n in params.principles if n not in scored]
        values["range"] = Msg(
            "fmt.range",
            {
                "low": Msg("fmt.number", {"value": round(lowest_mean, 2)}),
                "high": Msg("fmt.number", {"value": round(highest_mean, 2)}),
            },
        )
    detail = Msg("ind.principle_mean.partial" if unscored else "ind.principle_mean.detail", values)
    return Reading(bounds(lowest_mean, highest_mean, params.at_least), average, detail, (), facts)
