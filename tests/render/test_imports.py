"""The renderers import in one direction: the submodules from ``render.templating``, the package
from ``templating`` only; no module-level import circle among kemitraan.render's modules."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "kemitraan" / "render"


def _name(path: Path) -> str:
    return "kemitraan.render" if path.name == "__init__.py" else f"kemitraan.render.{path.stem}"


MODULES = {_name(p): p for p in sorted(PACKAGE.glob("*.py"))}


def module_level_imports(path: Path) -> set[str]:
    """The kemitraan.render modules ``path`` imports at module level (not inside functions).

    ``from kemitraan.render import x`` imports the package and, when x is a submodule, x too;
    importing ``kemitraan.render.x`` imports the package first.
    """
    found: set[str] = set()
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.If):  # TYPE_CHECKING blocks are not run
            continue
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        for name in names:
            if name in MODULES:
                found.add(name)
                if name != "kemitraan.render":
                    found.add("kemitraan.render")
    found.discard(_name(path))
    return found


GRAPH = {name: module_level_imports(path) for name, path in MODULES.items()}


def _cycle() -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(GRAPH[node]):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(GRAPH):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_import_circle_among_the_renderers() -> None:
    assert _cycle() is None, " -> ".join(_cycle() or [])


def test_the_package_imports_only_templating() -> None:
    assert GRAPH["kemitraan.render"] == {"kemitraan.render.templating"}


def test_the_walk_would_find_a_circle() -> None:
    before = GRAPH["kemitraan.render"]
    GRAPH["kemitraan.render"] = before | {"kemitraan.render.html"}
    try:
        assert _cycle() is not None  # html imports the package (for charts) at module level
    finally:
        GRAPH["kemitraan.render"] = before
