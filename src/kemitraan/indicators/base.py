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
from kemitraan.models.record import record
from kemitraan.msg import Msg

Tri = bool | None
"""Three-valued truth: True, False, or None for not known (Kleene logic)."""

Scope = Literal["partnership", "program"]


Said = tuple[Msg, tuple[tuple[Loc, Evidence], ...], tuple[Loc, ...]]
"""A reading's message, its evidence and the fact paths it read (what a report shows of it)."""


class Reading:
    """What an indicator found: whether its criterion is met and the value it measured, and
    what a report shows of it (:attr:`detail`, :attr:`evidence`, :attr:`facts`).

    ``Reading(met, value, detail, evidence, facts)`` is a reading with everything said;
    :func:`later` makes one whose detail, evidence and facts are worked out only when first
    read (a batch's summary row reads only ``met`` and ``value``). Either way it equals, prints
    and pickles as the reading with every field made.
    """

    __slots__ = ("_make", "_said", "met", "value")

    met: Tri
    value: float | int | str | None

    def __init__(
        self,
        met: Tri,
        value: float | int | str | None,
        detail: Msg,
        evidence: tuple[tuple[Loc, Evidence], ...] = (),
        facts: tuple[Loc, ...] = (),
    ) -> None:
        self.met = met
        self.value = value
        self._said: Said | None = (detail, evidence, facts)
        self._make: Callable[[], Said] | None = None

    def said(self) -> Said:
        """The detail, the evidence and the facts (made now when they were not yet)."""
        said = self._said
        if said is None:
            assert self._make is not None
            said = self._said = self._make()
            self._make = None
        return said

    @property
    def detail(self) -> Msg:
        return self.said()[0]

    @property
    def evidence(self) -> tuple[tuple[Loc, Evidence], ...]:
        return self.said()[1]

    @property
    def facts(self) -> tuple[Loc, ...]:
        return self.said()[2]

    @property
    def worded(self) -> bool:
        """Whether the detail, evidence and facts are made yet (for tests of the laziness)."""
        return self._said is not None

    def _fields(self) -> tuple[Any, ...]:
        return (self.met, self.value, *self.said())

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Reading:
            return NotImplemented
        assert isinstance(other, Reading)
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        met, value, detail, evidence, facts = self._fields()
        return f"Reading(met={met!r}, value={value!r}, detail={detail!r}, evidence={evidence!r}, facts={facts!r})"

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (to or from a worker) with every field made
        return (Reading, self._fields())


def later(met: Tri, value: float | int | str | None, make: Callable[[], Said]) -> Reading:
    """A reading whose detail, evidence and facts ``make()`` gives, the first time one is read.

    ``make`` reads only what does not change: the partnership, the parameters, the cells.
    """
    reading = Reading.__new__(Reading)
    reading.met = met
    reading.value = value
    reading._said = None
    reading._make = make
    return reading


_K = TypeVar("_K")
_V = TypeVar("_V")


def remember(memo: dict[_K, _V], key: _K, value: _V, most: int) -> _V:
    """``value``, kept in ``memo`` under ``key`` while the memo holds fewer than ``most`` answers:
    a memo keeps the first answers it sees (the common ones, in a batch) and no more, so that a
    batch's memory stays flat in the number of files."""
    if len(memo) < most:
        memo[key] = value
    return value


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


@record(kw_only=False, slots=False)
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
