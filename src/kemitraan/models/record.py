"""kemitraan's record classes: frozen classes, as ``@dataclass(frozen=True, slots=..., kw_only=...)``
makes them, without making code at every start.

The standard decorator writes each class's ``__init__``, ``__eq__``, ``__repr__``, ``__hash__``,
``__setattr__`` and ``__delattr__`` as source text and compiles it when the module is imported:
for the 43 output records of :mod:`kemitraan.models.assessment` and :mod:`.comparison` that was
about 25 ms of every run (a tenth of ``assess FILE``'s start-up on a two-core machine), and about
0.8 ms more for each small record of a module every run imports (:data:`OTHER_MODULES`).
:func:`record` makes the same classes from code that is already compiled:

* ``__init__`` comes from :mod:`kemitraan.models._inits`, written by ``python -m
  kemitraan.models.record`` from the classes themselves and loaded from its bytecode like any
  module (tests/test_record.py fails when it is out of date); for an output record it also keeps
  the plan its JSON is written by (:mod:`kemitraan.models.dump`), so that a run does not
  evaluate the records' type hints;
* ``__eq__``, ``__hash__``, ``__repr__``, frozen ``__setattr__``/``__delattr__`` and pickling are
  one set of functions shared by every record, which read the class's field names;
* ``__dataclass_fields__`` (what :func:`dataclasses.fields`, :func:`~dataclasses.replace` and
  :func:`~dataclasses.is_dataclass` read) is made by the standard decorator, from the class as
  written, the first time something asks for it; :func:`names` gives the field names without it.

``@record`` is slotted and keyword-only (the output records); ``@record(kw_only=False,
slots=False)`` is a plain frozen dataclass. A class whose ``__init__`` is missing from ``_inits``
or was written for other fields or another shape (a record edited and the file not written
again), a field the shared code does not make (a ``field()`` with options other than a
``default_factory`` of ``list`` or ``dict``; a default other than ``None``, a bool, a number, a
string, or an empty tuple or frozenset), or a run with ``KEMITRAAN_NO_FAST=1``
(:mod:`kemitraan.fast`) gets the standard decorator's class instead. tests/test_record.py checks
that both makers give classes that behave the same: signature, equality, hash, repr,
frozenness, pickling, ``fields``, ``replace``. Records are final: a subclass of one is not
supported (none is made).
"""

from __future__ import annotations

__all__ = ["names", "record"]

import dataclasses
import inspect  # loaded already: dataclasses imports it
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, cast, dataclass_transform, overload

T = TypeVar("T")

_set = object.__setattr__


class _Factory:
    """The default of a field made by a factory, as the standard ``__init__`` shows it."""

    def __repr__(self) -> str:
        return "<factory>"


FACTORY = _Factory()
"""The default a generated ``__init__`` gives a field made by ``list()`` or ``dict()``."""
_FACTORIES: dict[Any, str] = {list: "list", dict: "dict"}
_LITERALS = (type(None), bool, int, float, str)

Spec = tuple[tuple[str, str, str], ...]
"""Each field as ``(name, default, type)``: the default ``""`` (none), ``"=" + repr(value)``, or
``"factory:list"``; the type as written (a string: the modules use postponed annotations)."""


def spec(cls: type) -> Spec | None:
    """The fields of a class as written (before :func:`record`), or None when the shared code
    cannot make one of them (then the standard decorator does)."""
    out = []
    for name, written in inspect.get_annotations(cls).items():
        if not isinstance(written, str):
            return None
        value = cls.__dict__.get(name, dataclasses.MISSING)
        if value is dataclasses.MISSING:
            out.append((name, "", written))
        elif isinstance(value, dataclasses.Field):
            plain = dataclasses.field(default_factory=value.default_factory)
            if value.default_factory not in _FACTORIES or repr(value) != repr(plain):
                return None  # a field() with options of its own
            out.append((name, "factory:" + _FACTORIES[value.default_factory], written))
        elif type(value) in _LITERALS or (type(value) in (tuple, frozenset) and not value):
            out.append((name, "=" + repr(value), written))
        else:
            return None
    return tuple(out)


def key(cls: type) -> str:
    return f"{cls.__module__}.{cls.__qualname__}"


def names(cls: type) -> tuple[str, ...]:
    """A record's field names, in order (also for a class the standard decorator made)."""
    found: tuple[str, ...] | None = cls.__dict__.get("__record_names__")
    if found is None:
        found = tuple(f.name for f in dataclasses.fields(cls))
    return found


def _standard(cls: type[T], fields: Spec | None, shape: tuple[bool, bool]) -> type[T]:
    kw_only, slots = shape
    made: Any = dataclasses.dataclass(frozen=True, slots=slots, kw_only=kw_only)(cls)
    made.__record_names__ = tuple(f.name for f in dataclasses.fields(made))
    made.__record_spec__ = fields
    made.__record_shape__ = shape
    return cast("type[T]", made)


def _key_of(field_names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The values a record is compared and hashed by, as a tuple (as the standard ``__eq__``)."""
    if len(field_names) > 1:
        return attrgetter(*field_names)
    return lambda self: tuple(getattr(self, name) for name in field_names)


class _Fields:
    """``__dataclass_fields__`` of a record, made by the standard decorator when first read."""

    def __init__(self, annotations: dict[str, Any], defaults: dict[str, Any]) -> None:
        self.annotations = annotations
        self.defaults = defaults
        self.made: dict[str, dataclasses.Field[Any]] | None = None

    def __get__(self, obj: object, owner: type) -> dict[str, dataclasses.Field[Any]]:
        if self.made is None:
            body = {"__annotations__": self.annotations, "__module__": owner.__module__, **self.defaults}
            twin: Any = type(owner.__name__, (), body)
            twin.__qualname__ = owner.__qualname__
            self.made = dataclasses.dataclass(frozen=True, kw_only=True)(twin).__dataclass_fields__
        return self.made


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        get = self.__record_key__
        return get(self) == get(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(self.__record_key__(self))


def _repr(self: Any) -> str:
    fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__record_names__)
    return f"{self.__class__.__qualname__}({fields})"


def _setattr(self: Any, name: str, value: Any) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _delattr(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")


def _getstate(self: Any) -> list[Any]:
    return [getattr(self, name) for name in self.__record_names__]


def _setstate(self: Any, state: list[Any]) -> None:
    for name, value in zip(self.__record_names__, state, strict=True):
        _set(self, name, value)


_SHARED: dict[str, Callable[..., Any]] = {
    "__eq__": _eq,
    "__hash__": _hash,
    "__repr__": _repr,
    "__setattr__": _setattr,
    "__delattr__": _delattr,
    "__getstate__": _getstate,
    "__setstate__": _setstate,
}


@overload
def record(cls: type[T], /) -> type[T]: ...
@overload
def record(*, kw_only: bool = True, slots: bool = True) -> Callable[[type[T]], type[T]]: ...


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(dataclasses.field,))
def record(
    cls: type[T] | None = None, /, *, kw_only: bool = True, slots: bool = True
) -> type[T] | Callable[[type[T]], type[T]]:
    """A frozen record class, as ``@dataclass(frozen=True, slots=slots, kw_only=kw_only)`` makes
    it (see the module): ``@record`` (slotted, keyword-only), or ``@record(kw_only=False,
    slots=False)`` for the plain frozen dataclasses the rest of kemitraan uses."""
    if cls is None:
        return lambda made: _record(made, kw_only, slots)
    return _record(cls, kw_only, slots)


def _record(cls: type[T], kw_only: bool, slots: bool) -> type[T]:
    from kemitraan import fast

    fields = spec(cls)
    shape = (kw_only, slots)
    if not fast.ON or fields is None or any(name in cls.__dict__ for name in _SHARED):
        return _standard(cls, fields, shape)
    try:
        from kemitraan.models._inits import INITS
    except ImportError:  # not written yet (python -m kemitraan.models.record writes it)
        return _standard(cls, fields, shape)
    found = INITS.get(key(cls))
    if found is None or found[0] != (shape, fields):
        return _standard(cls, fields, shape)
    field_names = tuple(name for name, _, _ in fields)
    defaults = {name: cls.__dict__[name] for name, default, _ in fields if default}
    init = found[1]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    added = {
        **_SHARED,
        "__init__": init,
        "__match_args__": () if kw_only else field_names,
        "__record_names__": field_names,
        "__record_spec__": fields,
        "__record_shape__": shape,
        "__record_plan__": found[2],
        "__record_key__": _key_of(field_names),
        "__dataclass_fields__": _Fields(dict(inspect.get_annotations(cls)), defaults),
    }
    if not slots:  # the class itself, as the standard decorator keeps it: a default stays a class attribute
        for name, value in added.items():
            type.__setattr__(cls, name, value)
        for name, default, _ in fields:
            if default.startswith("factory:"):
                type.__delattr__(cls, name)
        return cls
    body = {k: v for k, v in cls.__dict__.items() if k not in field_names}
    body.pop("__dict__", None)
    body.pop("__weakref__", None)
    body.update(added, __slots__=field_names)
    maker: Any = type(cls)
    made = maker(cls.__name__, cls.__bases__, body)
    made.__qualname__ = cls.__qualname__
    return cast("type[T]", made)


def _init_name(cls: type) -> str:
    return "init_" + key(cls).removeprefix("kemitraan.").replace(".", "_")


def init_source(cls: type, fields: Spec, kw_only: bool) -> str:
    """The ``__init__`` of a record in ``_inits``, as the standard decorator would write it."""
    name = _init_name(cls)
    params = "".join(
        f"    {field}: Any{'' if not default else ' = FACTORY' if default.startswith('factory:') else ' = ' + default[1:]},\n"
        for field, default, _ in fields
    )
    lines = []
    for field, default, _ in fields:
        if default.startswith("factory:"):
            made = "[]" if default == "factory:list" else "{}"
            value = f"{made} if {field} is FACTORY else {field}"
        else:
            value = field
        lines.append(f'    _set(self, "{field}", {value})\n')
    body = "".join(lines) or "    pass\n"
    star = "    *,\n" if kw_only else ""
    return f"def {name}(\n    self: Any,\n{star}{params}) -> None:\n{body}"


OUTPUT_MODULES = ("kemitraan.models.assessment", "kemitraan.models.comparison")
"""The output records: each with the plan its JSON is written by (:mod:`kemitraan.models.dump`)."""
OTHER_MODULES = (
    "kemitraan.entry",
    "kemitraan.errors",
    "kemitraan.i18n",
    "kemitraan.messages",
    "kemitraan.formats",
    "kemitraan.runner",
    "kemitraan.crosswalk",
    "kemitraan.models.rubric",
    "kemitraan.msg",
    "kemitraan.indicators.base",
    "kemitraan.engine.decision",
    "kemitraan.engine.sections",
)
"""Modules every run imports, whose small records (``@record(kw_only=False, slots=False)``) are
made here too."""


def inits_text(modules: tuple[str, ...] = OUTPUT_MODULES + OTHER_MODULES) -> str:
    """``_inits.py`` as it should be: the ``__init__`` of every record of ``modules``."""
    import importlib

    classes = []
    for module_name in modules:
        module = importlib.import_module(module_name)
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and value.__module__ == module_name
                and value.__dict__.get("__record_spec__")
            ):
                classes.append(value)
    out = [
        '"""The ``__init__`` of every output record, and how its JSON is written (see\n:mod:`kemitraan.models.record` and :mod:`kemitraan.models.dump`).\n\n'
        "Written by ``python -m kemitraan.models.record``; do not edit: tests/test_record.py fails when\n"
        'it is out of date."""\n\n'
        "from __future__ import annotations\n\n"
        "from collections.abc import Callable\n"
        "from typing import Any\n\n"
        "from kemitraan.models.record import FACTORY\n\n"
        "_set = object.__setattr__\n\n"
    ]
    from kemitraan.models.dump import written_plan

    entries = []
    for cls in classes:
        fields, shape = cls.__dict__["__record_spec__"], cls.__dict__["__record_shape__"]
        out.append("\n" + init_source(cls, fields, kw_only=shape[0]) + "\n")
        plan = written_plan(cls) if cls.__module__ in OUTPUT_MODULES else ()
        entries.append(
            f'    "{key(cls)}": (\n        {(shape, fields)!r},\n        {_init_name(cls)},\n        {plan!r},\n    ),\n'
        )
    out.append(
        "\nINITS: dict[\n"
        "    str,\n"
        "    tuple[\n"
        "        tuple[tuple[bool, bool], tuple[tuple[str, str, str], ...]],\n"
        "        Callable[..., None],\n"
        "        tuple[tuple[str, bool], ...],\n"
        "    ],\n"
        "] = {\n" + "".join(entries) + "}\n"
    )
    return "".join(out)


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).with_name("_inits.py")
    target.write_text(inits_text(), encoding="utf-8")
    print(f"wrote {target}")
