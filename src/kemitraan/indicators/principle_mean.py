"""``principle_mean``: the mean of the principles' 1-5 scores against a threshold."""

from __future__ import annotations

from typing import Any, TypedDict

from pydantic import Field

from kemitraan.indicators.base import Asked, Chart, Indicator, Params, Reading, Said, bounds, detail, later
from kemitraan.indicators.principles import ALL_PRINCIPLES, all_mean, all_scores, mean, scores
from kemitraan.models.partnership import Partnership, PrincipleName
from kemitraan.msg import Msg


class PrincipleMeanParams(Params):
    principles: list[PrincipleName] = ALL_PRINCIPLES
    """The principles averaged."""
    at_least: float = Field(ge=1, le=5)
    """Met when the mean is at least this."""
    min_scored: int = Field(3, ge=1)
    """Fewer scored principles than this, and the mean is unknown."""


class Detail(TypedDict):
    """What every reading says, and a recommendation may name."""

    mean: Msg
    """The mean of the scores given (unknown when none is)."""
    lowest: list[Msg] | Msg
    """The principles with the lowest score (none when none is scored)."""
    scored: int


def principle_mean(p: Partnership, params: PrincipleMeanParams, program: int | None) -> Reading:
    """The mean of the principles against a threshold; unknown with too few scores.

    An unscored principle could score anything from 1 to 5, so the criterion is met (or not)
    only when it is whatever the unscored ones turn out to be: removing a low score never
    turns into a higher band, it turns into "not known".
    """
    names = params.principles
    if names == ALL_PRINCIPLES:  # the default: worked out once per partnership
        scored, average = all_scores(p), all_mean(p)
    else:
        scored = scores(p, names)
        average = mean(scored.values())
    if average is None or len(scored) < params.min_scored:
        return later(None, None, lambda: _said(params, scored, average))
    total = len(params.principles)
    unscored = total - len(scored)
    lowest_mean = (sum(scored.values()) + 1 * unscored) / total
    highest_mean = (sum(scored.values()) + 5 * unscored) / total
    met = bounds(lowest_mean, highest_mean, params.at_least)
    return later(met, average, lambda: _said(params, scored, average))


def _said(params: PrincipleMeanParams, scored: dict[str, int], average: float | None) -> Said:
    facts = tuple(("principles", n, "score") for n in scored)
    low = min(scored.values(), default=None)
    values = Detail(
        mean=Msg("word.unknown") if average is None else Msg("fmt.number", {"value": average}),
        lowest=[Msg(f"principle.{n}") for n, s in scored.items() if s == low] or Msg("word.none"),
        scored=len(scored),
    )
    if average is None or len(scored) < params.min_scored:
        message = detail("ind.principle_mean.too_few", values, n=len(scored), min_scored=params.min_scored)
        return message, (), facts or (("principles",),)
    total = len(params.principles)
    unscored = total - len(scored)
    lowest_mean = (sum(scored.values()) + 1 * unscored) / total
    highest_mean = (sum(scored.values()) + 5 * unscored) / total
    more: dict[str, Any] = {
        "total": total,
        "n": total,
        "at_least": Msg("fmt.number", {"value": params.at_least}),
        "low": low,
    }
    if unscored:
        more["unscored"] = [Msg(f"principle.{n}") for n in params.principles if n not in scored]
        more["range"] = Msg(
            "fmt.range",
            {
                "low": Msg("fmt.number", {"value": round(lowest_mean, 2)}),
                "high": Msg("fmt.number", {"value": round(highest_mean, 2)}),
            },
        )
    message = detail(
        "ind.principle_mean.partial" if unscored else "ind.principle_mean.detail", values, **more
    )
    return message, (), facts


def words(p: PrincipleMeanParams) -> dict[str, Any]:
    return {
        "principles": [Msg(f"principle.{n}") for n in p.principles],
        "at_least": Msg("fmt.number", {"value": p.at_least}),
        "min_scored": p.min_scored,
    }


def asks(p: PrincipleMeanParams) -> tuple[Asked, ...]:
    # the mean reads every principle it averages; its words are not a question's
    return tuple(Asked(f"principles.{n}.score", words=False) for n in p.principles)


INDICATOR = Indicator(
    "principle_mean",
    principle_mean,
    PrincipleMeanParams,
    ("partnership",),
    Detail,
    words,
    doc=(
        "`principles` (all eight); `at_least`; `min_scored` (3)",
        "the mean of all the listed principles reaches `at_least` whatever the unscored ones score"
        " (1 to 5); not met when it cannot; unknown when the unscored ones could decide it, or with"
        " fewer than `min_scored` scores",
    ),
    asks=asks,
    chart=Chart.MEAN,
)
