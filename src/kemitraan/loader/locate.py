"""Finding the line and column of a problem in a YAML text (a second parse into a node tree, only when something is wrong)."""

from __future__ import annotations

__all__ = [
    "lines_of",
    "locate",
]

from collections.abc import Sequence

import yaml

from kemitraan.errors import Loc, Problem, Said
from kemitraan.loader.problems import MAX_PROBLEMS, RawProblem, _describe
from kemitraan.loader.reader import Yaml12Loader
from kemitraan.msg import Msg


def locate(
    raw: Sequence[RawProblem | tuple[Loc, Said, Said | None, str]], text: str, file: str
) -> list[Problem]:
    """Attach line and column to each problem by walking the YAML node tree once.

    A problem is a :class:`RawProblem` or a plain (path, message, suggestion, point) tuple.
    At most :data:`MAX_PROBLEMS` are located and reported, then a count of the rest.
    """
    try:
        root = yaml.compose(text, Loader=Yaml12Loader)
    except yaml.YAMLError:
        root = None
    problems = []
    for p in (RawProblem(*item) for item in raw[:MAX_PROBLEMS]):
        path = p.loc[:-1] if p.point == "parent" else p.loc
        node = _find(root, path, p.point == "key") if root is not None else None
        line = node.start_mark.line + 1 if node is not None else None
        column = node.start_mark.column + 1 if node is not None else None
        message, hint = p.message, p.hint
        if p.expected is not None and isinstance(node, yaml.ScalarNode) and not node.style:
            message, hint = _as_written(p, p.expected, node.value)
        if p.also is not None and root is not None:
            other = _find(root, p.also, True)
            if other is not None:
                message = Msg("loader.also_at", {"message": message, "line": str(other.start_mark.line + 1)})
        problems.append(Problem(file, message, line, column, p.loc, hint))
    if len(raw) > MAX_PROBLEMS:
        problems.append(
            Problem(
                file, Msg("loader.more", {"n": len(raw) - MAX_PROBLEMS}), suggestion=Msg("hint.fix_these")
            )
        )
    return problems


def _as_written(p: RawProblem, expected: Msg, written: str) -> tuple[Msg, Said | None]:
    """Describe a value YAML re-typed by what the file says (``0123``), then what YAML made of it."""
    read_as = _describe(p.value)
    if written in (repr(p.value), str(p.value).lower()):
        message = Msg("expect.as_read", {"expected": expected, "value": read_as})
    else:
        message = Msg("expect.as_written", {"expected": expected, "written": written, "value": read_as})
    if expected.key == "expect.phrase.text":
        return message, Msg("hint.quote_as_written", {"value": written})
    return message, p.hint


def _find(node: yaml.Node, loc: Loc, at_key: bool = False) -> yaml.Node | None:
    """The deepest node along ``loc`` (the key node for the last step when ``at_key``)."""
    for i, part in enumerate(loc):
        last = i == len(loc) - 1
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(part):
                    if last and at_key:
                        return key_node
                    node = value_node
                    break
            else:
                return node
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
        else:
            return node
    return node


def lines_of(text: str, locs: list[Loc]) -> list[int | None]:
    """The 1-based line of each path in ``text``, or None where the file does not write it.

    Unlike :func:`locate` (which points an error at the nearest existing parent), a path the
    file leaves out gets None: an explanation must not cite a line for a fact that
    is not there. The text is parsed once for all paths.
    """
    try:
        root = yaml.compose(text, Loader=Yaml12Loader)
    except yaml.YAMLError:
        root = None
    lines: list[int | None] = []
    for loc in locs:
        node, at = root, root
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                pair = next(
                    (
                        (k, v)
                        for k, v in node.value
                        if isinstance(k, yaml.ScalarNode) and k.value == str(part)
                    ),
                    None,
                )
                # A key's line, not its value's: a block list or mapping starts on the next line.
                at, node = pair if pair else (None, None)
            elif (
                isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value)
            ):
                at = node = node.value[part]
            else:
                at = node = None
            if node is None:
                break
        lines.append(at.start_mark.line + 1 if at is not None else None)
    return lines
