"""A sentence still to be written in someone's language: a catalogue key and its typed values.

A leaf module (it imports nothing of kemitraan), so that the models, the indicators and the
engine can say *what* to tell a person without deciding *in which language*: only the
renderers, the command line and the JSON dump put a :class:`Msg` into words
(:func:`kemitraan.messages.fmt`, with the catalogues of :mod:`kemitraan.i18n`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import field
from typing import Any

from kemitraan.models.record import record


@record(kw_only=False)
class Msg:
    """A catalogue key and the values of its ``{placeholders}``.

    A value may be text, a number, a bool, another :class:`Msg`, a rubric's text in several
    languages, or a list of those (joined with commas, or semicolons for a list of messages).
    A plural message (one whose English has a singular and a plural) takes its count from
    the value ``n``.
    """

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)


class Later(Mapping[str, Any]):
    """A message's values worked out only when someone reads them (a report, a recommendation).

    An indicator's reading carries a sentence with its facts (who was engaged, at what level);
    a batch's summary row reads only whether the criterion is met, so the values are made the
    first time they are asked for, once, from the partnership (which does not change).
    """

    __slots__ = ("_made", "_make")

    def __init__(self, make: Callable[[], Mapping[str, Any]]) -> None:
        self._make: Callable[[], Mapping[str, Any]] | None = make
        self._made: Mapping[str, Any] | None = None

    def _values(self) -> Mapping[str, Any]:
        made = self._made
        if made is None:
            assert self._make is not None
            made = self._made = self._make()
            self._make = None
        return made

    def __getitem__(self, key: str) -> Any:
        return self._values()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __len__(self) -> int:
        return len(self._values())

    def __repr__(self) -> str:
        return repr(dict(self._values()))

    def __reduce__(self) -> tuple[Any, ...]:  # pickled (to or from a worker) as the plain values
        return (dict, (dict(self._values()),))


class Refusal(ValueError):
    """A :class:`ValueError` whose reason is a :class:`Msg` (raised in model validators, so that
    the loader can say it in the reader's language)."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.key)
        self.msg = msg

    def __str__(self) -> str:
        from kemitraan.messages import err  # only when someone prints it: no import circle at load

        return err(self.msg.key, **self.msg.params)


def said(key: str, **params: Any) -> Msg:
    """``said("loader.no_file", file=name)``: a :class:`Msg` with keyword values."""
    return Msg(key, params)
