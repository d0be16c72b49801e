"""The import graph of ``src/kemitraan``: no circle among the imports a module makes when it is loaded.

The graph is read from the source with :mod:`ast` (nothing is imported). An import at module level,
including one under ``if TYPE_CHECKING:`` (a circle of types is still a circle for a reader and for
mypy), is an edge of the module graph; an import inside a function is listed separately: it runs
only when the function is called, so it is allowed to point upstream (the CLI and the lazy imports
that keep start-up short use it), but it is reported by :func:`function_imports` for a reader.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = "kemitraan"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted((SRC / PACKAGE).rglob("*.py"))}


def _targets(node: ast.Import | ast.ImportFrom, here: str, is_package: bool, known: set[str]) -> set[str]:
    """The package's modules an import statement loads (``from a import b`` loads ``a.b`` when it is a module)."""
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            parts = here.split(".")
            if not is_package:
                parts.pop()
            parts = parts[: len(parts) - (node.level - 1)]
            base = ".".join([*parts, base] if base else parts)
        names = [base] + [f"{base}.{alias.name}" for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        # ``from a import b``: the module a.b when there is one, else the names come from a itself
        module = names[0]
        subs = {n for n in names[1:] if n in known}
        wanted = subs if len(subs) == len(names) - 1 else subs | {module}
    else:
        wanted = set(names)
    # Importing a.b also loads the package a first; that edge is Python's, not the writer's, and a
    # package's __init__ importing its own submodules is the usual way to build a registry: left out.
    return {n for n in wanted if n in known and n != here}


def graphs() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Module-level edges and function-level edges, each ``module -> modules it imports``."""
    modules = _modules()
    known = set(modules)
    top: dict[str, set[str]] = {m: set() for m in modules}
    inner: dict[str, set[str]] = {m: set() for m in modules}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_package = path.name == "__init__.py"

        def visit(node: ast.AST, in_function: bool, name: str = name, is_package: bool = is_package) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.Import | ast.ImportFrom):
                    edges = inner if in_function else top
                    edges[name] |= _targets(child, name, is_package, known)
                nested = in_function or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda)
                visit(child, nested)

        visit(tree, False)
    # a package's own __init__ is loaded before any of its submodules: that is an edge too,
    # but not one the submodule wrote; it is left out so that a circle names what someone wrote.
    return top, inner


def circles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan), each sorted, as a cycle to show."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []
    counter = 0

    def connect(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(edges):
        if v not in index:
            connect(v)
    return sorted(groups)


def test_the_walker_finds_a_circle() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert circles({"a": {"b"}, "b": set()}) == []


def test_the_walker_reads_relative_and_from_imports(tmp_path: Path) -> None:
    known = {"kemitraan", "kemitraan.render", "kemitraan.render.batch", "kemitraan.msg"}
    node = ast.parse("from . import batch").body[0]
    assert isinstance(node, ast.ImportFrom)
    assert _targets(node, "kemitraan.render", True, known) == {"kemitraan.render.batch"}
    node = ast.parse("from ..msg import Msg").body[0]
    assert isinstance(node, ast.ImportFrom)
    assert _targets(node, "kemitraan.render.batch", False, known) == {"kemitraan.msg"}


def test_the_graph_sees_the_package() -> None:
    top, inner = graphs()
    assert "kemitraan.batch" in top and "kemitraan.cli" in inner
    assert "kemitraan.tally" in top["kemitraan.render.batch"]  # under TYPE_CHECKING: still module level
    assert "kemitraan.batch" in inner["kemitraan.cli"]  # inside the commands: function level only
    assert "kemitraan.batch" not in top["kemitraan.cli"]


def test_no_circle_among_module_level_imports() -> None:
    top, _ = graphs()
    found = circles(top)
    assert found == [], "import circles at module level:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_the_batch_summary_and_compare_modules_do_not_import_each_other_at_all() -> None:
    """The circle issue 16 named (batch <-> compare <-> render.batch), through function-level imports too."""
    top, inner = graphs()
    both = {m: top[m] | inner[m] for m in top}
    assert "kemitraan.batch" not in both["kemitraan.compare"]
    assert "kemitraan.batch" not in both["kemitraan.render.batch"]
    assert not [c for c in circles(both) if {"kemitraan.batch", "kemitraan.compare"} <= set(c)]


@pytest.mark.parametrize("module", ["kemitraan.tally"])
def test_shared_types_sit_downstream_of_nothing_that_uses_them(module: str) -> None:
    top, inner = graphs()
    users = {"kemitraan.batch", "kemitraan.compare", "kemitraan.render.batch"}
    assert not (top[module] | inner[module]) & users
