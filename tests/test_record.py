"""The records made by :func:`kemitraan.models.record.record` behave as the standard
``@dataclass(frozen=True, ...)`` classes they stand for, and ``models/_inits.py`` is current."""

from __future__ import annotations

import copy
import dataclasses
import importlib
import inspect
import os
import pickle
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kemitraan.models import _inits, record
from kemitraan.msg import Msg

MODULES = [importlib.import_module(name) for name in (*record.OUTPUT_MODULES, *record.OTHER_MODULES)]
RECORDS = [
    value
    for module in MODULES
    for value in vars(module).values()
    if isinstance(value, type)
    and value.__module__ == module.__name__
    and "__record_names__" in value.__dict__
]


def test_inits_file_is_current() -> None:
    path = Path(record.__file__).with_name("_inits.py")
    assert path.read_text(encoding="utf-8") == record.inits_text(), (
        "models/_inits.py is out of date: run python -m kemitraan.models.record"
    )


def test_every_record_is_made_from_compiled_code() -> None:
    assert len(RECORDS) == len(_inits.INITS) >= 50
    shapes = {r.__dict__["__record_shape__"] for r in RECORDS}
    assert shapes == {(True, True), (False, False), (True, False), (False, True)}
    for cls in RECORDS:
        assert cls.__dict__["__init__"] is _inits.INITS[record.key(cls)][1], cls.__name__
        assert isinstance(cls.__dict__["__dataclass_fields__"], record._Fields), cls.__name__


def _standard_twin(cls: type) -> type:
    """The class as the standard decorator makes it, from the same annotations and defaults."""
    fields = dataclasses.fields(cls)
    body: dict[str, Any] = {"__annotations__": dict(cls.__annotations__), "__module__": cls.__module__}
    for f in fields:
        if f.default_factory is not dataclasses.MISSING:
            body[f.name] = dataclasses.field(default_factory=f.default_factory)
        elif f.default is not dataclasses.MISSING:
            body[f.name] = f.default
    twin = type(cls.__name__, (), body)
    twin.__qualname__ = cls.__qualname__
    kw_only, slots = cls.__dict__["__record_shape__"]
    return dataclasses.dataclass(frozen=True, slots=slots, kw_only=kw_only)(twin)


def _values(cls: type, salt: str) -> dict[str, Any]:
    """A value for every field (a string, a list holding a string, a Msg: nothing is validated)."""
    out: dict[str, Any] = {}
    for i, f in enumerate(dataclasses.fields(cls)):
        out[f.name] = [f"{salt}{i}"] if i % 3 == 1 else Msg(f"k.{salt}{i}") if i % 3 == 2 else f"{salt}{i}"
    return out


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_record_behaves_as_the_standard_dataclass(cls: type) -> None:
    twin = _standard_twin(cls)
    ours = inspect.signature(cls)
    theirs = inspect.signature(twin)
    assert [(p.name, p.kind, repr(p.default)) for p in ours.parameters.values()] == [
        (p.name, p.kind, repr(p.default)) for p in theirs.parameters.values()
    ]
    assert [f.name for f in dataclasses.fields(cls)] == [f.name for f in dataclasses.fields(twin)]
    assert [(f.default, f.default_factory) for f in dataclasses.fields(cls)] == [
        (f.default, f.default_factory) for f in dataclasses.fields(twin)
    ]
    assert record.names(cls) == tuple(f.name for f in dataclasses.fields(twin))
    assert dataclasses.is_dataclass(cls)
    assert cls.__dict__.get("__slots__") == twin.__dict__.get("__slots__")
    assert cls.__match_args__ == twin.__match_args__  # type: ignore[attr-defined]
    for f in dataclasses.fields(twin):  # a default kept on the class, as the standard one keeps it
        assert repr(cls.__dict__.get(f.name)) == repr(twin.__dict__.get(f.name)), f.name

    values = _values(cls, "a")
    a, b = cls(**values), twin(**values)
    assert repr(a) == repr(b)
    assert a == cls(**values) and a != cls(**_values(cls, "b"))
    assert a != b  # another class, as with two dataclasses
    assert hasattr(a, "__dict__") == hasattr(b, "__dict__")
    hashable = {k: tuple(v) if isinstance(v, list) else str(v) for k, v in values.items()}
    assert hash(cls(**hashable)) == hash(twin(**hashable))
    if any(isinstance(v, list) for v in values.values()):  # a list inside: unhashable, as theirs
        with pytest.raises(TypeError):
            hash(a)
        with pytest.raises(TypeError):
            hash(b)
    name = record.names(cls)[0]
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot assign to field"):
        setattr(a, name, "x")
    with pytest.raises(dataclasses.FrozenInstanceError, match="cannot delete field"):
        delattr(a, name)
    assert pickle.loads(pickle.dumps(a)) == a
    assert copy.deepcopy(a) == a and copy.copy(a) == a
    changed = dataclasses.replace(a, **{name: "other"})
    assert getattr(changed, name) == "other" and type(changed) is cls
    assert dataclasses.asdict(a) == dataclasses.asdict(b)


@pytest.mark.parametrize("cls", RECORDS, ids=lambda c: c.__name__)
def test_defaults_are_made_as_the_standard_init_makes_them(cls: type) -> None:
    required = {
        f.name: "x"
        for f in dataclasses.fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    }
    ours, theirs = cls(**required), _standard_twin(cls)(**required)
    assert repr(ours) == repr(theirs)
    for f in dataclasses.fields(cls):
        if f.default_factory is not dataclasses.MISSING:  # a new list for every record
            assert getattr(ours, f.name) is not getattr(cls(**required), f.name)
    with pytest.raises(TypeError):
        cls(unknown_field=1, **required)
    kw_only = cls.__dict__["__record_shape__"][0]
    values = list(_values(cls, "p").values())
    if kw_only and values:
        with pytest.raises(TypeError):
            cls(*values)
    elif values:  # positional, as the standard one: the same record
        assert repr(cls(*values)) == repr(_standard_twin(cls)(*values))
        with pytest.raises(TypeError):
            cls(*values, "one too many")


def test_a_record_edited_without_writing_inits_again_is_still_right() -> None:
    """A class whose fields are not those ``_inits`` was written for gets the standard class."""

    class Tool:  # same module and name as assessment.Tool, one more field
        __annotations__ = {"name": "str", "version": "str", "extra": "int"}
        extra = 0

    Tool.__module__ = "kemitraan.models.assessment"
    Tool.__qualname__ = "Tool"
    made: Any = record.record(Tool)
    assert made.__dict__["__init__"] is not _inits.INITS[record.key(made)][1]
    assert repr(made(name="k", version="1")) == "Tool(name='k', version='1', extra=0)"
    assert "__dataclass_params__" in made.__dict__  # the standard decorator's own class


def test_a_field_the_shared_code_cannot_make_gets_the_standard_class() -> None:
    class Odd:
        __annotations__ = {"items": "list[str]"}
        items: list[str] = dataclasses.field(default_factory=list, repr=False)

    made: Any = record.record(Odd)
    assert "__dataclass_params__" in made.__dict__
    assert repr(made()) == "test_a_field_the_shared_code_cannot_make_gets_the_standard_class.<locals>.Odd()"


def test_without_fast_paths_every_record_is_a_standard_dataclass() -> None:
    code = (
        "import kemitraan.models.assessment as a, kemitraan.models.comparison as c\n"
        "print(all('__dataclass_params__' in v.__dict__ for m in (a, c) for v in vars(m).values()"
        " if isinstance(v, type) and v.__module__ == m.__name__ and '__record_names__' in v.__dict__))"
    )
    env = {**os.environ, "KEMITRAAN_NO_FAST": "1"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert result.stdout.strip() == "True"
