"""The one serialiser of the output records (:mod:`kemitraan.models.assessment`, :mod:`.comparison`).

The records are plain frozen dataclasses, so that importing them costs nothing; this module
writes them as the JSON contract says, byte for byte as the pydantic models they replace did:

* the keys in field order, a field whose name ends in ``_`` without it (``schema_`` -> ``schema``);
* every text for people (a :class:`~kemitraan.msg.Msg` or a rubric's ``Text``) as
  ``{"id": ..., "en": ...}`` through :func:`kemitraan.models.assessment._words`;
* a field typed ``float`` (or ``float | None``) holding a whole number written as a float
  (``1.0``), and in a union with ``float`` (``float | int | str | None``) an int kept an int
  but a bool a float, as pydantic's validation coerced them; the plan of each record type is
  read from its type hints once, when it is first dumped;
* JSON written by pydantic-core's writer, as the models' ``model_dump_json`` did.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from kemitraan.msg import Msg

if TYPE_CHECKING:
    from kemitraan.models.rubric import Text

_Coerce = Callable[[Any], Any] | None
_Plan = tuple[tuple[str, str, _Coerce, bool], ...]
_PLANS: dict[type, _Plan] = {}
_SCALARS = (str, int, float, bool, type(None))


def json_key(name: str) -> str:
    """The key a record's field is written under: its name, without a trailing ``_`` (``schema_``)."""
    return name.removesuffix("_")


def _to_float(value: Any) -> Any:
    """A field typed ``float``: a whole number (or a bool) as pydantic's validation made it."""
    return float(value) if type(value) in (int, bool) else value


def _bool_to_float(value: Any) -> Any:
    """A union with ``float`` and ``int``: an int stays an int, a bool becomes a float."""
    return float(value) if type(value) is bool else value


def _bool_to_int(value: Any) -> Any:
    """A field typed ``int`` (alone or with ``str``): a bool becomes an int."""
    return int(value) if type(value) is bool else value


def _coercion(tp: Any) -> _Coerce:
    """How pydantic's validation changed a number given to a field of type ``tp``."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        options = {a for a in typing.get_args(tp) if a is not type(None)}
    else:
        options = {tp}
    if float in options:
        return _to_float if not options & {int, str} else _bool_to_float
    if int in options and bool not in options:
        return _bool_to_int
    return None


def _scalar(tp: Any) -> bool:
    """A field of type ``tp`` holds a string, a number, a bool or none: written as it is."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return all(_scalar(a) for a in typing.get_args(tp))
    return tp in _SCALARS or typing.get_origin(tp) is typing.Literal


_COERCIONS: dict[str, _Coerce] = {
    "": None,
    "float": _to_float,
    "bool_to_float": _bool_to_float,
    "bool_to_int": _bool_to_int,
}


def written_plan(cls: type) -> tuple[tuple[str, bool], ...]:
    """``(coercion, scalar)`` for each field of a record type, the coercion by its name in
    :data:`_COERCIONS`, read from the type hints: what ``models/_inits.py`` keeps for each record,
    so that a run does not evaluate the records' type hints (about 5 ms)."""
    from kemitraan.models.assessment import field_types
    from kemitraan.models.record import names

    hints = field_types(cls)
    name_of = {f: n for n, f in _COERCIONS.items()}
    return tuple((name_of[_coercion(hints[name])], _scalar(hints[name])) for name in names(cls))


def _plan(cls: type) -> _Plan:
    """``(attribute, key, coercion, scalar)`` for each field of a record type, in order."""
    plan = _PLANS.get(cls)
    if plan is None:
        from kemitraan.models.record import names

        kept = cls.__dict__.get("__record_plan__") or written_plan(cls)
        plan = tuple(
            (name, json_key(name), _COERCIONS[coerce], scalar)
            for name, (coerce, scalar) in zip(names(cls), kept, strict=True)
        )
        _PLANS[cls] = plan
    return plan


def _text_type() -> type[Text]:
    """The rubric's text in several languages (a pydantic model: imported when first dumped)."""
    from kemitraan.models.rubric import Text

    return Text


def dump(obj: Any, context: dict[str, Any] | None = None) -> Any:
    """A record (or a list or mapping of them) as plain data: dicts, lists, strings, numbers.

    ``context`` is :func:`~kemitraan.models.assessment._words`'s (the report's language for a
    template); none for the JSON contract, which writes each text in Indonesian and English.
    """
    from kemitraan.models.assessment import _words

    text = _text_type()

    def walk(value: Any) -> Any:
        kind = type(value)
        if kind in (str, int, float, bool) or value is None:
            return value
        if kind is Msg or kind is text:
            return _words(value, context)
        if kind in (list, tuple):
            return [walk(v) for v in value]
        plan = _PLANS.get(kind)
        if plan is not None or hasattr(kind, "__record_names__") or dataclasses.is_dataclass(kind):
            out = {}
            for name, key, coerce, scalar in plan or _plan(kind):
                item = getattr(value, name)
                if coerce is not None:
                    item = coerce(item)
                out[key] = item if scalar else walk(item)
            return out
        if isinstance(value, Mapping):
            return {k: walk(v) for k, v in value.items()}
        if isinstance(value, text):
            return _words(value, context)
        raise TypeError(f"cannot dump a {kind.__name__}")  # a programming error, never a user's

    try:
        return walk(obj)
    finally:
        # ``walk`` refers to itself through its closure; unbound, no cycle is left to collect
        walk = None  # type: ignore[assignment]


def dump_json(obj: Any) -> str:
    """The JSON contract: :func:`dump` written as pydantic wrote it (an indent of two, non-ASCII
    characters as they are, NaN and infinities as ``null``), by pydantic-core's own writer: the
    same bytes (its floats are serde's, ``1e-7`` where Python writes ``1e-07``), ten times as
    fast as :mod:`json` with an indent. pydantic-core is loaded already: the input was validated."""
    from pydantic_core import to_json

    return to_json(dump(obj), indent=2, inf_nan_mode="null").decode()
