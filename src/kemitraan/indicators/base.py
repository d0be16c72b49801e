"""What every indicator returns, and the three-valued logic they share.

An indicator reads facts from a partnership and returns a :class:`Reading`: whether its
criterion is met (``True``, ``False``, or ``None`` when the facts are not known), the value it
measured, a message explaining it, and the evidence and fact paths it read. The engine, not
the indicator, adds the criterion id, its label and its source citation.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypedDict, TypeVar

from pydantic import BaseModel, ConfigDict

from kemitraan.errors import Loc
from kemitraan.models.partnership import Evidence, Partner, Partnership
from kemitraan.msg import Msg

Tri = bool | None
"""Three-valued truth: True, False, or None for not known (Kleene logic)."""

Scope = Literal["partnership", "program"]


@dataclass(frozen=True)
class Reading:
    """What an indicator found."""

    met: Tri
    value: float | int | str | None
    detail: Msg
    evidence: tuple[tuple[Loc, Evidence], ...] = ()
    facts: tuple[Loc, ...] = ()


class Params(BaseModel):
    """Base of every indicator's parameter schema: unknown parameters are errors."""

    # built when first validating: the bundled rubrics' parameters come checked from their snapshot
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


P = TypeVar("P", bound=Params)

IndicatorFn = Callable[[Partnership, P, "int | None"], Reading]
"""An indicator's function: the partnership, its parameters, and the program it reads (None: all)."""


class Chart(enum.Enum):
    """What the report's principle chart may draw from a criterion of an indicator."""

    MEAN = "mean"
    """The criterion reads the mean of the principles (its value) against ``at_least`` (a band)."""
    SCORE = "score"
    """The criterion reads one principle's score (its ``principle`` parameter)."""


@dataclass(frozen=True)
class Asked:
    """A fact of the partnership file that a criterion reads, for the questionnaire to ask."""

    path: str
    """A dotted path of the partnership file: ``principles.trust.score``, ``relation.similar.value``,
    ``partners.benefits``, ``agreement.form``."""
    words: bool = True
    """The criterion's label and description may word the question (False: it only reads it, as
    a mean reads every principle it averages)."""


def no_words(params: Any) -> dict[str, Any]:
    """The values of the sentences of an indicator whose rule takes no parameter."""
    return {}


def _no_variant(params: Any) -> str:
    return ""


def _asks_nothing(params: Any) -> tuple[Asked, ...]:
    return ()


def _no_code(params: Any, p: Partnership) -> str | None:
    return None


@dataclass(frozen=True)
class Indicator(Generic[P]):
    """Everything about one indicator, declared by its module as ``INDICATOR``.

    The engine calls :attr:`fn`; a rubric's parameters are validated against :attr:`params`; a
    rubric's ``{placeholders}`` are checked against :attr:`provides`, which is the fields of
    :attr:`detail` (a ``TypedDict`` every reading's message carries), so it cannot drift from
    what the function gives.
    """

    id: str
    fn: IndicatorFn[P]
    params: type[P]
    scopes: tuple[Scope, ...]
    detail: type[Mapping[str, Any]]
    """A ``TypedDict``: the values every reading's message carries, which a recommendation may use."""
    words: Callable[[P], Mapping[str, Any]]
    """The values of the ``rule.<id>`` and ``reads.<id>`` sentences for these parameters."""
    doc: tuple[str, str]
    """For docs/rubrics.md's table (Markdown, English): the parameters, and when it is met."""
    variant: Callable[[P], str] = _no_variant
    """The suffix of the sentences' keys for parameters that read differently (``.or_joint``)."""
    asks: Callable[[P], tuple[Asked, ...]] = _asks_nothing
    """The questionnaire's hook (fieldwork/xlsform.py): the facts a criterion reads."""
    code: Callable[[P, Partnership], str | None] = _no_code
    """The QDA codebook's hook (fieldwork/qdpx.py): the code a criterion's quotes go under."""
    chart: Chart | None = None
    """The report's principle chart hook (render/charts.py)."""

    @property
    def provides(self) -> frozenset[str]:
        """Names a rubric's recommendation text may use as ``{placeholders}``: the detail's fields."""
        return frozenset(getattr(self.detail, "__required_keys__", frozenset()))

    def rule(self, params: P) -> Msg:
        """The decision rule in words, for these parameters."""
        return Msg(f"rule.{self.id}{self.variant(params)}", self.words(params))

    def reads(self, params: P) -> Msg:
        """The fields of the partnership file the indicator reads, for these parameters."""
        return Msg(f"reads.{self.id}{self.variant(params)}", self.words(params))


def detail(key: str, values: Mapping[str, Any], **more: Any) -> Msg:
    """A reading's message: its ``Detail`` values, and any more its sentence takes."""
    return Msg(key, {**values, **more} if more else values)


def all3(values: Iterable[Tri]) -> Tri:
    """Kleene AND: False if any is False, else None if any is None, else True."""
    result: Tri = True
    for v in values:
        if v is False:
            return False
        if v is None:
            result = None
    return result


def any3(values: Iterable[Tri]) -> Tri:
    """Kleene OR: True if any is True, else None if any is None, else False."""
    result: Tri = False
    for v in values:
        if v is True:
            return True
        if v is None:
            result = None
    return result


def bounds(low: float, high: float, threshold: float) -> Tri:
    """Met when even the lowest reading reaches ``threshold``; unknown when only the highest does."""
    if low >= threshold:
        return True
    if high < threshold:
        return False
    return None


def names(partners: Iterable[Partner]) -> list[str]:
    return [p.name for p in partners]


def evidence_at(base: Loc, items: Iterable[Evidence]) -> tuple[tuple[Loc, Evidence], ...]:
    return tuple(((*base, "evidence", i), e) for i, e in enumerate(items))


class NoParams(Params):
    """The parameters of an indicator that takes none."""


class NoDetail(TypedDict):
    """The detail of an indicator whose readings provide no placeholder."""
