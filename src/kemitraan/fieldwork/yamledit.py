"""Editing a partnership file in place: comments, key order, quoting and layout kept (ruamel.yaml).

ruamel.yaml reads YAML 1.2 by default, as kemitraan's own loader does, so ``yes`` stays a word.
The indentation is taken from the file, so that only the added lines show in the diff.
"""

from __future__ import annotations

import contextlib
import difflib
import io
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kemitraan.errors import InputError, Problem, UsageError
from kemitraan.msg import Msg


def _err(key: str, **params: object) -> str:
    from kemitraan.messages import err

    return err(key, **params)


def _yaml(text: str) -> Any:
    try:
        from ruamel.yaml import YAML
    except ImportError:
        raise UsageError(_err("fw.extra.edit")) from None
    yaml = YAML()  # round-trip
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap the user's lines
    mapping, offset = _indent(text)
    yaml.indent(mapping=mapping, sequence=mapping + offset, offset=offset)
    return yaml


def _indent(text: str) -> tuple[int, int]:
    """(mapping indent, offset of '- ' under its key), guessed from the file; (2, 2) by default."""
    mapping = offset = None
    lines = [x for x in text.splitlines() if x.strip() and not x.lstrip().startswith("#")]
    for before, line in itertools.pairwise(lines):
        if not re.match(r"^\s*[^\s#-][^:]*:\s*$", before):
            continue
        outer = len(before) - len(before.lstrip())
        inner = len(line) - len(line.lstrip())
        if line.lstrip().startswith("- "):
            offset = inner - outer if offset is None else offset
        elif mapping is None and inner > outer:
            mapping = inner - outer
        if mapping is not None and offset is not None:
            break
    return mapping or 2, offset if offset is not None else 2


def load(text: str) -> Any:
    """The document as ruamel's round-trip structures (CommentedMap / CommentedSeq)."""
    return _yaml(text).load(text)


def dump(doc: Any, original: str) -> str:
    from ruamel.yaml.error import CommentMark
    from ruamel.yaml.tokens import CommentToken

    while _PENDING:
        items, rest = _PENDING.pop()
        if items:
            items.ca.items[len(items) - 1] = [CommentToken("\n" + rest, CommentMark(0), None), None]
    buffer = io.StringIO()
    _yaml(original).dump(doc, buffer)
    return buffer.getvalue()


_NOT_PLAIN = re.compile(r"""[:?#,\[\]{}&*!|>'"%@`\\~]|^[\s-]|\s$""")
"""Text that may not survive as a plain scalar in a flow mapping (``{comment: ? apa}`` is not
YAML, nor is ``: ya``); ruamel.yaml quotes some of it, not all, so any of it is quoted here."""


def scalar(value: Any) -> Any:
    """``value``, quoted when as plain text it could read back as something else (or not at all)."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

    if isinstance(value, list):
        return [scalar(v) for v in value]
    if not isinstance(value, str) or type(value) is not str or not _NOT_PLAIN.search(value):
        return value
    if "\n" in value or "\t" in value or "\r" in value:
        return DoubleQuotedScalarString(value)
    return SingleQuotedScalarString(value)


def flow(mapping: dict[str, Any]) -> Any:
    """A mapping written on one line (``{informant: K-01, score: 4}``); None values left out.

    Text values are quoted where a plain scalar would not read back the same (see :func:`scalar`).
    """
    from ruamel.yaml.comments import CommentedMap

    node = CommentedMap((k, scalar(v)) for k, v in mapping.items() if v is not None)
    node.fa.set_flow_style()
    return node


def block(node: Any) -> Any:
    """Make a flow mapping (``{score: 3}``) a block one, so that lists can be added under it."""
    if hasattr(node, "fa"):
        node.fa.set_block_style()
    return node


def child(parent: Any, key: str | int) -> Any:
    """``parent[key]`` as a block mapping, created (empty) when missing or null."""
    from ruamel.yaml.comments import CommentedMap

    if isinstance(key, int):
        node = parent[key]
        if hasattr(node, "fa") and node.fa.flow_style() and node:
            # an end-of-line comment after a one-line list item moves to its first key's line
            token = parent.ca.items.pop(key, None)
            if token and token[0] is not None:
                node.ca.items[next(iter(node))] = [None, None, token[0], None]
        return block(node)
    if parent.get(key) is None:
        parent[key] = CommentedMap()
    return block(parent[key])


_PENDING: list[tuple[Any, str]] = []
"""Blank lines and comments that followed a mapping's last entry, to go after a list added to it."""


def _take_trailing(node: Any) -> str | None:
    """Detach the blank lines (and comment lines) after the last entry of ``node``.

    ruamel.yaml keeps them on the deepest last scalar; an end-of-line comment stays where it is.
    """
    holder: Any = None
    index: Any = None
    current: Any = node
    while isinstance(current, dict | list) and current:
        last = list(current)[-1] if isinstance(current, dict) else len(current) - 1
        slot = 2 if isinstance(current, dict) else 0
        token = current.ca.items.get(last, [None] * 4)[slot] if hasattr(current, "ca") else None
        if token is not None:
            holder, index = getattr(current, "ca").items[last], slot  # noqa: B009
            break
        current = current[last]
    if holder is None:
        return None
    value: str = holder[index].value
    first, _, rest = value.partition("\n")
    if not rest:
        return None
    if first.strip():
        holder[index].value = first + "\n"
    else:
        holder[index] = None
    return rest


def seq(parent: Any, key: str) -> Any:
    """``parent[key]`` as a block list, created when missing (the parent's trailing blank lines
    and comments move below it, so the new list sits with its parent)."""
    from ruamel.yaml.comments import CommentedSeq

    if parent.get(key) is None:
        rest = _take_trailing(parent)
        parent[key] = CommentedSeq()
        if rest:
            _PENDING.append((parent[key], rest))
    node = parent[key]
    if hasattr(node, "fa"):
        node.fa.set_block_style()
    return node


def diff(before: str, after: str, name: str) -> str:
    """A unified diff of the file, as ``git diff`` shows it."""
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{name}", f"b/{name}"
        )
    )


def real_target(path: Path) -> Path:
    """The file a partnership path names: a symbolic link's target, so the link stays a link."""
    import os

    return Path(os.path.realpath(path)) if path.is_symlink() else path


def _lock_path(target: Path) -> Path:
    """Where the lock of a partnership file lives: the user's cache folder, not beside the file."""
    import hashlib
    import os
    import tempfile

    key = hashlib.sha256(os.path.realpath(target).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    for folder in (
        Path(base) / "kemitraan" / "locks",
        Path(tempfile.gettempdir()) / f"kemitraan-locks-{os.getuid()}",
    ):
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError:
            continue
        if os.access(folder, os.W_OK):
            return folder / f"{key}.lock"
    raise UsageError(_err("fw.lock.none", target=str(target)))


@contextlib.contextmanager
def locked(target: Path, timeout: float = 120.0) -> Iterator[None]:
    """Hold the partnership file's lock from reading it to writing it back.

    Two ``survey ingest`` (or ``evidence import``) runs into one file then follow each other,
    and the second reads what the first wrote; with the check in :func:`write_back` (the file
    unchanged since it was read) no update is ever lost, even to an editor saving meanwhile.
    """
    try:
        from filelock import FileLock, Timeout
    except ImportError:
        raise UsageError(_err("fw.extra.edit")) from None
    lock = FileLock(str(_lock_path(target)), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise UsageError(_err("fw.lock.busy", target=str(target), seconds=f"{timeout:.0f}")) from None
    try:
        yield
    finally:
        lock.release()


def write_back(
    doc: Any, text: str, raw: bytes, into: Path, source: Path, *, dry_run: bool, name: str | None = None
) -> str:
    """Dump the edited ``doc``, check it, and (unless ``dry_run``) write it over ``into`` atomically.

    ``text`` and ``raw`` are the file as it was read; the file is not written when it changed on
    disk meanwhile, when the edit would not load as a valid partnership file, nor when it would
    be larger than a partnership file may be. Returns the diff (empty when nothing changed),
    labelled with ``name`` (default: the file's name).
    """
    from kemitraan.limits import DEFAULT_MAX_BYTES
    from kemitraan.output import write_atomic

    new = dump(doc, text)
    if new != text:
        size = len(new.encode("utf-8"))
        if size > DEFAULT_MAX_BYTES:
            raise InputError(
                [
                    Problem(
                        str(source),
                        Msg(
                            "fw.edit.too_large",
                            {
                                "file": str(into),
                                "size": Msg("fmt.size", {"value": size}),
                                "limit": Msg("fmt.size", {"value": DEFAULT_MAX_BYTES}),
                            },
                        ),
                        suggestion=Msg("hint.fw.fewer"),
                    )
                ]
            )
        _check_result(new, into)
        if not dry_run:
            if into.read_bytes() != raw:
                raise InputError([Problem(str(into), Msg("fw.edit.changed"))])
            write_atomic(into, new, inputs=[source])
    return diff(text, new, name or into.name)


def _check_result(text: str, into: Path) -> None:
    """The edited file must load as a valid partnership file; otherwise nothing is written."""
    from pydantic import ValidationError

    from kemitraan.loader import parse_yaml
    from kemitraan.models.partnership import Partnership, reference_problems

    try:
        p = Partnership.model_validate(parse_yaml(text, str(into)))
    except ValidationError as exc:  # a bug in the merge, not the user's fault
        raise RuntimeError(f"the merged file would not be valid: {exc}") from None
    problems = reference_problems(p)
    if problems:
        raise RuntimeError(f"the merged file would not be valid: {problems}")
