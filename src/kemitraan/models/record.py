"""The output records' class maker: frozen, slotted, keyword-only classes, as
``@dataclass(frozen=True, slots=True, kw_only=True)`` makes them, without making code at every start.

The standard decorator writes each class's ``__init__``, ``__eq__``, ``__repr__``, ``__hash__``,
``__setattr__`` and ``__delattr__`` as source text and compiles it when the module is imported:
for the 43 records of :mod:`kemitraan.models.assessment` and :mod:`.comparison` that was about
25 ms of every run (a tenth of ``assess FILE``'s start-up on a two-core machine), to build
records a run makes a few dozen of. :func:`record` makes the same classes from code that is
already compiled:

* ``__init__`` comes from :mod:`kemitraan.models._inits`, written by ``python -m
  kemitraan.models.record`` from the classes themselves and loaded from its bytecode like any
  module (tests/test_record.py fails when it is out of date);
* ``__eq__``, ``__hash__``, ``__repr__``, frozen ``__setattr__``/``__delattr__`` and pickling are
  one set of functions shared by every record, which read the class's field names;
* ``__dataclass_fields__`` (what :func:`dataclasses.fields`, :func:`~dataclasses.replace` and
  :func:`~dataclasses.is_dataclass` read) is made by the standard decorator, from the class as
  written, the first time something asks for it; :func:`names` gives the field names without it.

A class whose ``__init__`` is missing from ``_inits`` or was written for other fields (a record
edited and the file not written again), a field the shared code does not make (a ``field()`` with
options other than a ``default_factory`` of ``list`` or ``dict``, a default other than ``None``,
a bool, a number or a string), or a run with ``KEMITRAAN_NO_FAST=1`` (:mod:`kemitraan.fast`) gets
the standard decorator's class instead. tests/test_record.py checks that both makers give classes
that behave the same: signature, equality, hash, repr, frozenness, pickling, ``fields``,
``replace``. Records are final: a subclass of one is not supported (none is made).
"""

from __future__ import annotations

__all__ = ["names", "record"]

import dataclasses
import inspect  # loaded already: dataclasses imports it
from collections.abc import Callable
from operator import attrgetter
from typing import Any, TypeVar, cast, dataclass_transform

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
        elif type(value) in _LITERALS:
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


def _standard(cls: type[T], fields: Spec | None) -> type[T]:
    made: Any = dataclasses.dataclass(frozen=True, slots=True, kw_only=True)(cls)
    made.__record_names__ = tuple(f.name for f in dataclasses.fields(made))
    made.__record_spec__ = fields
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


@dataclass_transform(frozen_default=True, kw_only_default=True, field_specifiers=(dataclasses.field,))
def record(cls: type[T]) -> type[T]:
    """A frozen, slotted, keyword-only record class, as the standard decorator makes it (see the module)."""
    from kemitraan import fast

    fields = spec(cls)
    if not fast.ON or fields is None or any(name in cls.__dict__ for name in _SHARED):
        return _standard(cls, fields)
    try:
        from kemitraan.models._inits import INITS
    except ImportError:  # not written yet (python -m kemitraan.models.record writes it)
        return _standard(cls, fields)
    found = INITS.get(key(cls))
    if found is None or found[0] != fields:
        return _standard(cls, fields)
    field_names = tuple(name for name, _, _ in fields)
    body = {k: v for k, v in cls.__dict__.items() if k not in field_names}
    body.pop("__dict__", None)
    body.pop("__weakref__", None)
    defaults = {name: cls.__dict__[name] for name, default, _ in fields if default}
    body.update(_SHARED)
    init = found[1]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    body.update(
        __slots__=field_names,
        __init__=init,
        __match_args__=(),
        __record_names__=field_names,
        __record_spec__=fields,
        __record_plan__=found[2],
        __record_key__=_key_of(field_names),
        __dataclass_fields__=_Fields(dict(inspect.get_annotations(cls)), defaults),
    )
    maker: Any = type(cls)
    made = maker(cls.__name__, cls.__bases__, body)
    made.__qualname__ = cls.__qualname__
    return cast("type[T]", made)


def init_source(cls: type, fields: Spec) -> str:
    """The ``__init__`` of a record in ``_inits``, as the standard decorator would write it."""
    name = "init_" + key(cls).removeprefix("kemitraan.models.").replace(".", "_")
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
    return f"def {name}(\n    self: Any,\n    *,\n{params}) -> None:\n{body}"


def inits_text(
    modules: tuple[str, ...] = ("kemitraan.models.assessment", "kemitraan.models.comparison"),
) -> str:
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
        fields = cls.__dict__["__record_spec__"]
        out.append("\n" + init_source(cls, fields) + "\n")
        name = "init_" + key(cls).removeprefix("kemitraan.models.").replace(".", "_")
        plan = written_plan(cls)
        entries.append(
            f'    "{key(cls)}": (\n        {fields!r},\n        {name},\n        {plan!r},\n    ),\n'
        )
    out.append(
        "\nINITS: dict[\n"
        "    str, tuple[tuple[tuple[str, str, str], ...], Callable[..., None], tuple[tuple[str, bool], ...]]\n"
        "] = {\n" + "".join(entries) + "}\n"
    )
    return "".join(out)


if __name__ == "__main__":
    from pathlib import Path

    target = Path(__file__).with_name("_inits.py")
    target.write_text(inits_text(), encoding="utf-8")
    print(f"wrote {target}")
