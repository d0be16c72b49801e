"""``principle_score``: one principle's 1-5 score against a bound."""

from __future__ import annotations

from typing import Any, TypedDict

from pydantic import Field, model_validator

from kemitraan.indicators.base import (
    Asked,
    Chart,
    Indicator,
    Params,
    Reading,
    Said,
    detail,
    evidence_at,
    later,
)
from kemitraan.indicators.principles import all_scores, score_of
from kemitraan.models.partnership import Partnership, PrincipleName, PrincipleScore
from kemitraan.msg import Msg, Refusal


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


class Detail(TypedDict):
    """What every reading says, and a recommendation may name."""

    principle: Msg
    score: int | Msg
    """The score given (unknown when the principle is not scored)."""


def principle_score(p: Partnership, params: PrincipleScoreParams, program: int | None) -> Reading:
    """Compare one principle's score with a bound; unknown when it is not scored."""
    name = params.principle
    score = all_scores(p).get(name)  # the scores given, worked out once per partnership
    if score is None:
        return later(None, None, lambda: _said(params, None))
    at_least = params.at_least
    met = score >= at_least if at_least is not None else score <= (params.at_most or 0)
    return later(met, score, lambda: _said(params, score_of(p, name)))


def _said(params: PrincipleScoreParams, record: PrincipleScore | None) -> Said:
    loc = ("principles", params.principle)
    principle = Msg(f"principle.{params.principle}")
    if record is None or record.score is None:
        missing = Detail(principle=principle, score=Msg("word.unknown"))
        return detail("ind.principle_score.missing", missing), (), (loc,)
    if params.at_least is not None:
        bound = Msg("fmt.at_least", {"value": params.at_least})
    else:
        bound = Msg("fmt.at_most", {"value": params.at_most})
    message = detail(
        "ind.principle_score.detail", Detail(principle=principle, score=record.score), bound=bound
    )
    return message, evidence_at(loc, record.evidence), ((*loc, "score"),)


def words(p: PrincipleScoreParams) -> dict[str, Any]:
    bound = (
        Msg("fmt.at_least", {"value": p.at_least})
        if p.at_least is not None
        else Msg("fmt.at_most", {"value": p.at_most})
    )
    return {"principle": Msg(f"principle.{p.principle}"), "bound": bound, "name": p.principle}


def asks(p: PrincipleScoreParams) -> tuple[Asked, ...]:
    return (Asked(f"principles.{p.principle}.score"),)


def code(params: PrincipleScoreParams, p: Partnership) -> str | None:
    return f"principle.{params.principle}"


INDICATOR = Indicator(
    "principle_score",
    principle_score,
    PrincipleScoreParams,
    ("partnership",),
    Detail,
    words,
    doc=(
        "`principle`; `at_least` or `at_most`",
        "the principle's 1-5 score is within the bound; unknown when it is not scored",
    ),
    asks=asks,
    code=code,
    chart=Chart.SCORE,
)
