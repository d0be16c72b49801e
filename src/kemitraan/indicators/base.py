"""What every indicator returns, and the three-valued logic they share.

An indicator reads facts from a partnership and returns a :class:`Reading`: whether its
criterion is met (``True``, ``False``, or ``None`` when the facts are not known), the value it
measured, a message explaining it, and the evidence and fact paths it read. The engine, not
the indicator, adds the criterion id, its label and its source citation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

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

    model_config = ConfigDict(extra="forbid", frozen=True)


IndicatorFn = Callable[[Partnership, Any, "int | None"], Reading]


@dataclass(frozen=True)
class Indicator:
    """An entry of the registry: the function, its parameter schema and where it applies."""

    id: str
    fn: IndicatorFn
    params: type[Params]
    scopes: tuple[Scope, ...]
    provides: frozenset[str]
    """Names a rubric's recommendation text may use as ``{placeholders}``."""


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
