"""Pydantic's validation errors put into sentences a person can act on (one per problem, in the catalogue).

Each :class:`RawProblem` names the path of the field, what was expected and a hint; :mod:`kemitraan.loader.locate`
then finds its line and column in the text.
"""

from __future__ import annotations

__all__ = [
    "MAX_PROBLEMS",
    "RawProblem",
    "validation_problems",
]

import re
import unicodedata
from typing import Any, NamedTuple

from pydantic import BaseModel, ValidationError

from kemitraan.errors import Loc, Said, did_you_mean
from kemitraan.loader.reader import _SMART_QUOTES, char_name
from kemitraan.msg import Msg, Refusal


class RawProblem(NamedTuple):
    """A problem before it is located in the text."""

    loc: Loc
    message: Said
    hint: Said | None
    point: str
    """Where to point: "value", "key", or "parent" (for a missing key)."""
    also: Loc | None = None
    """Another path the message refers to (a duplicate's first use): its line is added."""
    expected: Msg | None = None
    """Set when YAML read a plain scalar as a number or boolean where ``expected`` (text, one
    of some words) is wanted: the message then quotes the value as the file writes it
    (``0123``), not only as YAML read it (123)."""
    value: Any = None
    """The value as YAML read it."""


MAX_PROBLEMS = 50
"""At most this many problems are reported for one file (then a count of the rest)."""


def _describe(value: Any) -> Said:
    if value is None:
        return Msg("describe.empty")
    if isinstance(value, bool):
        return Msg("describe.boolean", {"value": str(value).lower()})
    if isinstance(value, int | float):
        text = repr(value)
        if len(text) <= 30:
            return Msg("describe.number", {"value": text})
        return Msg("describe.long_number", {"n": len(text)})
    if isinstance(value, str):
        return f"'{value}'" if len(value) <= 60 else f"'{value[:57]}...'"
    if isinstance(value, dict):
        return Msg("describe.mapping")
    if isinstance(value, list):
        return Msg("describe.list")
    return type(value).__name__


def _field_names(model: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


def _model_at(model: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The pydantic model class that validates the mapping at ``loc`` (None if not a model)."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = next((f for n, f in current.model_fields.items() if (f.alias or n) == part), None)
            if field is None:
                return None
            current = field.annotation
        elif getattr(current, "__origin__", None) in (list, dict):
            current = current.__args__[-1]
        else:
            return None
    current = _unwrap(current)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _unwrap(tp: Any) -> Any:
    """Strip Optional/Annotated wrappers down to one concrete type where there is one."""
    while True:
        args = getattr(tp, "__args__", None)
        metadata = getattr(tp, "__metadata__", None)
        if metadata is not None:
            tp = tp.__origin__
            continue
        if args and type(tp).__name__ in ("UnionType", "_UnionGenericAlias"):
            concrete = [a for a in args if a is not type(None)]
            if len(concrete) == 1:
                tp = concrete[0]
                continue
            models = [a for a in concrete if isinstance(a, type) and issubclass(a, BaseModel)]
            return models[0] if len(models) == 1 else tp
        return tp


_BOUNDS = {"ge": "expect.bound.ge", "le": "expect.bound.le", "gt": "expect.bound.gt", "lt": "expect.bound.lt"}
_TYPE_TAGS = frozenset({"str", "int", "float", "bool", "none", "list", "dict"})


def _clean_loc(raw: tuple[Any, ...], data: Any) -> tuple[Loc, bool, bool]:
    """The path as the file writes it: pydantic's union-member tags (``constrained-float``,
    ``AllOf``, ``function-after[...]``) and ``[key]`` markers dropped.

    Returns (path, whether a union tag was dropped, whether the error is about a dict key).
    """
    loc: list[str | int] = []
    current = data
    tagged = at_key = False
    for part in raw:
        in_data = (isinstance(current, dict) and part in current) or (
            isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        )
        if in_data:
            current = current[part]
        elif isinstance(part, str) and part == "[key]":
            at_key = True
            continue
        elif isinstance(part, str) and (
            "[" in part or part in _TYPE_TAGS or part.startswith("constrained-") or part[:1].isupper()
        ):
            tagged = True
            continue
        else:
            current = None
        loc.append(part if isinstance(part, int) else str(part))
    return tuple(loc), tagged, at_key


def _id_hint(value: str) -> Msg:
    """How to turn a rejected id into a valid one, naming any character that does not belong."""
    ascii_ = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9_.-]+", "-", ascii_).strip("-.").lower()
    example = Msg("hint.id.example", {"slug": slug}) if slug else Msg("hint.id.letters")
    if any(q in value for q in _SMART_QUOTES):
        return Msg("hint.id.curly_quotes", {"example": example})
    hidden = next((c for c in value if unicodedata.category(c) in ("Cf", "Cc", "Zs") and c != " "), None)
    if hidden is not None:
        return Msg("hint.id.invisible", {"char": char_name(hidden), "example": example})
    return example


_SEPARATED = re.compile(r"\d{1,3}(?:([.,' ])\d{3})(?:\1\d{3})*")
"""5.000.000, 5,000,000, 5 000 000: a whole number with thousands separators."""


def _number_hint(value: Any) -> Msg | None:
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _SEPARATED.fullmatch(text):
        return Msg("hint.number.separators", {"number": re.sub(r"[^0-9]", "", text)})
    if re.fullmatch(r"[-+]?\d+(?:\.\d+)?", text):
        return Msg("hint.number.quotes")
    return None


def validation_problems(exc: ValidationError, model: type[BaseModel], data: Any) -> list[RawProblem]:
    """One sentence per pydantic error, with the expectation and a suggestion."""
    from kemitraan.models import words

    out: list[RawProblem] = []
    seen: set[tuple[Loc, str]] = set()
    alternatives: set[Loc] = set()
    for err in exc.errors(include_url=False):
        loc, tagged, at_key = _clean_loc(err["loc"], data)
        if tagged:  # one member of a union (float | int ...): the first one's message is enough
            if loc in alternatives:
                continue
            alternatives.add(loc)
        kind = err["type"]
        value = err.get("input")
        ctx = err.get("ctx", {})
        point = "key" if at_key else "value"
        hint: Said | None = None
        expected: Msg | None = None
        got = _describe(value)
        message: Said
        if kind == "extra_forbidden":
            parent = _model_at(model, loc[:-1])
            names = _field_names(parent) if parent else []
            message = Msg("expect.unknown_key", {"key": str(loc[-1])})
            if names:
                message = Msg("expect.unknown_key.allowed", {"key": str(loc[-1]), "names": ", ".join(names)})
            hint = did_you_mean(loc[-1], names)
            if loc[-1] == "<<":
                message = Msg("expect.merge_key")
                hint = Msg("hint.merge_key")
            point = "key"
        elif kind == "missing":
            message = Msg("expect.missing", {"key": str(loc[-1])})
            hint = Msg("hint.missing", {"key": str(loc[-1])})
            point = "parent"
        elif kind == "invalid_key":
            loc = loc[:-1]
            message = Msg("expect.key_text", {"value": got})
            hint = Msg("hint.quote_key")
        elif kind == "literal_error":
            choices = [
                e.strip()
                for e in str(ctx.get("expected", "")).replace("'", "").replace(" or ", ",").split(",")
            ]
            vocabulary = words.vocabulary_of(choices)
            shown: Msg | str = (
                Msg("fmt.vocabulary", {"vocabulary": vocabulary}) if vocabulary else ", ".join(choices)
            )
            accepted = list(words.canonical(vocabulary)) if vocabulary else choices
            message = Msg("expect.one_of", {"words": shown, "value": got})
            hint = did_you_mean(value, accepted)
            if isinstance(value, bool):
                expected = Msg("expect.phrase.one_of", {"words": shown})
                word = ("yes" if value else "no") if {"yes", "no"} <= set(choices) else None
                hint = (
                    Msg("hint.did_you_mean", {"word": word})
                    if word
                    else Msg("hint.one_of_words", {"words": shown})
                )
        elif kind == "string_type" and isinstance(value, int | float | bool):
            message = Msg("expect.text", {"value": got})
            expected = Msg("expect.phrase.text")
            hint = Msg("hint.quote_value")
        elif kind == "string_type":
            message = Msg("expect.text", {"value": got})
        elif kind == "string_pattern_mismatch" and loc and loc[-1] == "currency":
            message = Msg("expect.currency", {"value": got})
        elif kind == "string_pattern_mismatch":
            wide = "A-Z" in str(ctx.get("pattern", "A-Z"))
            message = Msg("expect.id" if wide else "expect.id.lower", {"value": got})
            if isinstance(value, str):
                hint = _id_hint(value)
        elif kind == "string_too_short":
            message = Msg("expect.some_text")
        elif kind == "string_too_long":
            message = Msg("expect.too_long", {"max": str(ctx.get("max_length")), "n": len(str(value))})
        elif kind in ("int_type", "int_from_float", "int_parsing"):
            message = Msg("expect.whole_number", {"value": got})
            hint = _number_hint(value)
        elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
            bounds = [Msg(_BOUNDS[k], {"bound": str(v)}) for k, v in ctx.items() if k in _BOUNDS]
            message = Msg("expect.bounded", {"bounds": Msg("fmt.and", {"items": bounds}), "value": got})
        elif kind == "finite_number":
            message = Msg("expect.finite", {"value": got})
        elif kind in ("model_type", "model_attributes_type", "dict_type"):
            message = Msg("expect.mapping", {"value": got})
            parent = _model_at(model, loc)
            if parent is not None:
                hint = Msg("hint.keys_here", {"keys": ", ".join(_field_names(parent))})
        elif kind == "list_type":
            message = Msg("expect.list", {"value": got})
            if isinstance(value, str):
                hint = Msg("hint.as_list", {"value": value})
        elif kind == "too_short":
            n = int(ctx.get("min_length", 1))
            message = Msg("expect.items", {"n": n, "got": len(value) if isinstance(value, list) else 0})
        elif kind in ("float_type", "float_parsing"):
            message = Msg("expect.number", {"value": got})
            hint = _number_hint(value)
        elif kind == "value_error":
            error = ctx.get("error")
            message = (
                error.msg if isinstance(error, Refusal) else str(error if error is not None else err["msg"])
            )
        else:  # a check kemitraan does not word itself: pydantic's English, and the value
            message = Msg("expect.other", {"error": f"{err['msg'][0].lower()}{err['msg'][1:]}", "value": got})
        key = (loc, repr(message))
        if key not in seen:
            seen.add(key)
            out.append(RawProblem(loc, message, hint, point, expected=expected, value=value))
    return out
