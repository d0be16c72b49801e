"""Attribute docstrings read from a model's source, only when someone asks for them.

The models document each field with a docstring under it (mkdocs' habit). pydantic can copy
those into the fields itself (``use_attribute_docstrings``), but it parses every model's
source at import, on every run of every command: a fifth of kemitraan's start-up. Only the
JSON Schema and the commented blank template need them, so they read them here instead.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from functools import cache


@cache
def attribute_docstrings(cls: type) -> dict[str, str]:
    """``{field name: its docstring}``, a subclass's own docstring winning over its bases'."""
    found: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if klass.__module__.startswith("kemitraan."):
            found.update(_own(klass))
    return found


def _own(cls: type) -> dict[str, str]:
    """The docstrings of the fields one class body annotates."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):  # no source (a frozen app, an interactive class)
        return {}
    body = ast.parse(source).body[0]
    found: dict[str, str] = {}
    if not isinstance(body, ast.ClassDef):
        return found
    for node, following in zip(body.body, body.body[1:], strict=False):
        if (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            found[node.target.id] = inspect.cleandoc(following.value.value)
    return found
