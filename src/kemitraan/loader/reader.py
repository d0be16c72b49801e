"""Reading YAML files: the fast C loader with YAML 1.2 scalars, and errors located by line.

The valid path is one C-accelerated parse and one pydantic validation. Only when something
is wrong do we parse the text again into a node tree, to find the line and column of each
problem (so locating errors costs nothing on files without errors).

Scalars are read as YAML 1.2 (the core schema, as editors such as VS Code read them):
``yes``, ``no``, ``on`` and ``off`` stay strings, ``0123`` is the integer 123, and dates are
not converted. So ``understands_purpose: no`` means the answer "no", and a field that must be
text rejects a bare number with a hint to quote it, instead of silently changing it.

What a file can never do (each refused with a located message, see docs/bad-input.md):
carry a tag outside the core schema (``!!python/object``, ``!!binary``, ``!!set`` ...); repeat
a key; expand through aliases beyond the size limit, or refer to itself; hide control or
text-direction characters in its text. Checks that need a walk over the node tree run only
when the text could need them (an anchor and an alias; a backslash escape), so a plain file
pays for none of them.
"""

from __future__ import annotations

__all__ = [
    "DuplicateKeyError",
    "RefusedValue",
    "Yaml12Loader",
    "char_name",
    "check_expansion",
    "check_hidden",
    "check_non_specific_tags",
    "construct",
    "decode",
    "parse_yaml",
    "read_text",
    "walks_needed",
    "yaml_words",
]

import gc
import os
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, ClassVar

import yaml

from kemitraan import fast
from kemitraan.errors import InputError, Loc, Problem, Said
from kemitraan.limits import DEFAULT_MAX_BYTES
from kemitraan.msg import Msg

_BaseLoader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_CORE_TAGS = ("str", "int", "float", "bool", "null", "seq", "map")
"""The YAML 1.2 core schema: the only tags a file may use (explicitly or implicitly)."""


_TAG = "tag:yaml.org,2002:"
_STR, _MAP, _SEQ = _TAG + "str", _TAG + "map", _TAG + "seq"


class DuplicateKeyError(yaml.MarkedYAMLError):
    """Two equal keys in one mapping; PyYAML would silently keep the last."""


class RefusedValue(yaml.MarkedYAMLError):
    """Valid YAML that kemitraan will not read: a tag outside the core schema (``!!python/object``,
    ``!!binary``, ``!foo`` ...), a number that means something else than it seems."""

    def __init__(self, node: yaml.Node, problem: Msg, suggestion: Msg) -> None:
        super().__init__(None, None, problem.key, node.start_mark)
        self.said, self.suggestion = problem, suggestion


_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
"""``5.000``: five thousand in Indonesian, but 5.0 to YAML."""


class Yaml12Loader(_BaseLoader):  # type: ignore[misc]
    """PyYAML's (C) safe loader with the YAML 1.2 core schema, duplicate-key and tag errors."""

    yaml_implicit_resolvers: ClassVar[dict[str | None, list[tuple[str, re.Pattern[str]]]]] = {}
    yaml_constructors: ClassVar[dict[str | None, Any]] = {
        f"tag:yaml.org,2002:{tag}": yaml.constructor.SafeConstructor.yaml_constructors[
            f"tag:yaml.org,2002:{tag}"
        ]
        for tag in _CORE_TAGS
    }

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        if not isinstance(node, yaml.MappingNode):
            raise yaml.constructor.ConstructorError(
                None, None, f"expected a mapping node, but found {node.id}", node.start_mark
            )
        mapping: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                seen = key in mapping
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping",
                    node.start_mark,
                    "found an unhashable key (a list or mapping used as a key)",
                    key_node.start_mark,
                ) from None
            if seen:
                first = next(
                    k for k, _ in node.value if (c := self.construct_object(k, deep=deep)) is key or c == key
                )
                raise DuplicateKeyError(str(key), first.start_mark, str(key), key_node.start_mark)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_int_12(self, node: yaml.ScalarNode) -> int:
        text = self.construct_scalar(node).replace("_", "")
        try:
            if text.startswith(("0o", "+0o", "-0o")):
                return int(text.replace("0o", ""), 8)
            if text.startswith(("0x", "+0x", "-0x")):
                return int(text.replace("0x", ""), 16)
            return int(text, 10)
        except ValueError:  # Python refuses to convert more than 4300 digits
            raise RefusedValue(
                node, Msg("yaml.long_number", {"n": len(text)}), Msg("hint.long_number")
            ) from None

    def construct_yaml_float_12(self, node: yaml.ScalarNode) -> float:
        if _THOUSANDS.fullmatch(node.value):
            whole = node.value.replace(".", "")
            decimal = repr(float(node.value))
            raise RefusedValue(
                node,
                Msg("yaml.thousands", {"value": node.value, "whole": whole, "decimal": decimal}),
                Msg("hint.thousands", {"whole": whole, "decimal": decimal}),
            )
        value: float = yaml.constructor.SafeConstructor.construct_yaml_float(self, node)
        return value

    def construct_undefined_tag(self, node: yaml.Node) -> Any:
        tag = str(node.tag).replace("tag:yaml.org,2002:", "!!")
        raise RefusedValue(node, Msg("yaml.tag", {"tag": tag}), Msg("hint.tag"))


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", Yaml12Loader.construct_yaml_int_12)
Yaml12Loader.add_constructor("tag:yaml.org,2002:float", Yaml12Loader.construct_yaml_float_12)
Yaml12Loader.add_constructor(None, Yaml12Loader.construct_undefined_tag)
for _tag, _regexp, _first in (
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", "-+0123456789"),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        "-+0123456789.",
    ),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
):
    Yaml12Loader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_regexp), list(_first))

# The implicit resolvers by first character, as tuples (see Yaml12Loader.resolve).
_RESOLVERS: dict[str | None, tuple[tuple[str, re.Pattern[str]], ...]] = {
    first: tuple(resolvers) for first, resolvers in Yaml12Loader.yaml_implicit_resolvers.items()
}
assert None not in _RESOLVERS and not Yaml12Loader.yaml_path_resolvers
if fast.ON:  # PyYAML's resolve, without the path and wildcard resolvers we never register
    Yaml12Loader.resolve = fast.yaml_resolver(_RESOLVERS)
    fast.skip_path_resolvers(Yaml12Loader)


# --- bytes to text ----------------------------------------------------------------------------

_SAVE_AS_UTF8 = Msg("hint.save_utf8")
_NOT_TEXT = (
    (b"PK\x03\x04", "loader.kind.zip"),
    (b"%PDF", "loader.kind.pdf"),
    (b"\xd0\xcf\x11\xe0", "loader.kind.office"),
    (b"{\\rtf", "loader.kind.rtf"),
)
_WORD_SPACES = "\u00a0\u202f\u2007\u2028\u2029\u0085"
_AS_SPACE = str.maketrans(dict.fromkeys(_WORD_SPACES, " "))
"""Non-breaking spaces pasted from a word processor are read as the plain spaces they look
like; the line and paragraph separators (and NEL) that YAML 1.1 parsers take for line breaks
but YAML 1.2 and editors do not, as spaces too, so lines are counted as an editor counts them."""


def read_text(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, bytes]:
    """The file's text and raw bytes; size and encoding problems become a located error.

    At most ``max_bytes + 1`` bytes are read, so a huge file (or ``/dev/zero``) costs nothing.
    ``path`` may be a plain string: a batch passes the names it found as they are. Python
    3.11's ``pathlib`` interns every part of every path it parses; the strings die with their
    paths, but the interpreter's table of interned strings churns, and one process grew by
    2.8 to 3.0 MB over 30,000 files with a ``Path`` per file, 1.2 to 1.3 MB with strings.
    """
    file = os.fspath(path)
    try:
        with open(file, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            # A regular file is read whole (its size is known); anything else (a pipe, a device)
            # at most one byte past the limit, so /dev/zero costs nothing either.
            raw = handle.read() if 0 < size <= max_bytes else handle.read(max_bytes + 1)
    except FileNotFoundError:
        if any(c in file for c in "*?["):  # a pattern the shell passed on because nothing matched it
            problem = Problem(file, Msg("loader.no_match"), suggestion=Msg("hint.check_pattern"))
        else:
            problem = Problem(file, Msg("loader.no_file"), suggestion=Msg("hint.check_path"))
        raise InputError([problem]) from None
    except IsADirectoryError:
        raise InputError([Problem(file, Msg("loader.is_folder"))]) from None
    except OSError as exc:
        from kemitraan.output import reason

        raise InputError([Problem(file, Msg("loader.unreadable", {"reason": reason(exc)}))]) from None
    if len(raw) > max_bytes:
        raise InputError(
            [
                Problem(
                    file,
                    Msg("loader.too_large", {"size": Msg("fmt.size", {"value": max_bytes})}),
                    suggestion=Msg("hint.too_large"),
                )
            ]
        )
    return decode(raw, file), raw


def decode(raw: bytes, file: str) -> str:
    """UTF-8 text (a byte-order mark is dropped); any other encoding is a clear error."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError([_encoding_problem(raw, exc, file)]) from None
    if not text.isascii() and any(c in text for c in _WORD_SPACES):
        text = text.translate(_AS_SPACE)  # one character for one: lines and columns stay right
    return text


def _not_text(start: bytes, file: str) -> Problem | None:
    """A file that is a document of another kind (Word, PDF ...) saved under a YAML name."""
    for magic, what in _NOT_TEXT:
        if start.startswith(magic):
            return Problem(file, Msg(what), suggestion=Msg("hint.plain_yaml"))
    return None


def _encoding_problem(raw: bytes, exc: UnicodeDecodeError, file: str) -> Problem:
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return Problem(file, Msg("loader.utf32"), line=1, suggestion=_SAVE_AS_UTF8)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Problem(file, Msg("loader.utf16"), line=1, suggestion=_SAVE_AS_UTF8)
    binary = _not_text(raw, file)
    if binary is not None:
        return binary
    start = raw.rfind(b"\n", 0, exc.start) + 1
    line = raw.count(b"\n", 0, exc.start) + 1
    column = len(raw[start : exc.start].decode("utf-8", "replace")) + 1
    byte = raw[exc.start]
    as_latin = raw[exc.start : exc.start + 1].decode("cp1252", "replace")
    what = Msg("loader.not_utf8", {"byte": f"0x{byte:02x}"})
    if as_latin.isprintable() and as_latin != "\ufffd":
        what = Msg("loader.not_utf8.latin", {"byte": f"0x{byte:02x}", "char": as_latin})
    return Problem(file, what, line=line, column=column, suggestion=_SAVE_AS_UTF8)


# --- text to data -------------------------------------------------------------------------------


_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""Control characters (tab and newline are fine) and the text-direction overrides that can
make a published report read differently from what the file says ("Trojan source")."""
_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]")
_DIRECTION_CHARS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_ESCAPE = re.compile(r"\\[0abvfreNLPxuU]")
"""The double-quote escapes that can write a character other than a tab or a newline."""
_CHAR_NAMES = {0: "NULL", 7: "BELL", 8: "BACKSPACE", 0x0D: "CARRIAGE RETURN", 0x1B: "ESCAPE", 0x7F: "DELETE"}


def char_name(char: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``; ``U+001B ESCAPE``; ``U+0090``."""
    name = _CHAR_NAMES.get(ord(char)) or unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".rstrip()


class _Refused(Exception):
    """A node the file may not contain (internal: turned into a located Problem)."""

    def __init__(self, node: yaml.Node, message: Msg, suggestion: Msg) -> None:
        super().__init__(message.key)
        self.node, self.message, self.suggestion = node, message, suggestion


def construct(loader: Yaml12Loader, root: yaml.Node) -> Any:
    """The data of a composed document: ``loader.construct_document(root)``, through the fast
    constructor when the fast paths are on (:func:`kemitraan.fast.construct_yaml`; anything out
    of the ordinary, and every error, is left to PyYAML's constructor from the start)."""
    if fast.ON:
        try:
            return fast.construct_yaml(loader, root)
        except Exception:
            pass
    return loader.construct_document(root)


LARGE = 64 * 1024
"""Characters from which a file counts as large: its parse runs with the collector paused."""


@contextmanager
def _collector_paused(text: str) -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a large file is parsed (a fast path: not
    with ``KEMITRAAN_NO_FAST``; see :mod:`kemitraan.fast`).

    A parse creates a node and then a value for every scalar, list and mapping of the file, and
    none of them is garbage: each collection the allocations set off walks all that was made so
    far, so the time grew faster than the file (a 5 MB file parsed in more than twice the time
    with the collector on). The parse is bounded by the size limit and an alias may not refer to
    itself, so nothing it makes is a cycle to collect. The collector is switched on again after
    the parse, as it was (left alone when the caller had paused it).
    """
    if not fast.ON or len(text) < LARGE or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def parse_yaml(text: str, file: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Any:
    """Parse one YAML document (1.2 core schema) or raise a located :class:`InputError`.

    Aliases may not expand the document beyond ``max_bytes`` nor refer to themselves.
    """
    with _collector_paused(text):
        return _parse_yaml(text, file, max_bytes)


def _parse_yaml(text: str, file: str, max_bytes: int) -> Any:
    loader = Yaml12Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        aliases, hidden = walks_needed(text)
        if aliases:
            check_expansion(node, max_bytes)
        if hidden:
            check_hidden(node)
        if "! " in text or "!\t" in text or "!\n" in text or "!\r" in text:
            check_non_specific_tags(text, node)
        return construct(loader, node)
    except _Refused as exc:
        mark = exc.node.start_mark
        loc = _path_to(node, exc.node)
        raise InputError(
            [Problem(file, exc.message, mark.line + 1, mark.column + 1, loc, exc.suggestion)]
        ) from None
    except yaml.MarkedYAMLError as exc:
        raise InputError([_yaml_problem(exc, file, text)]) from None
    except yaml.reader.ReaderError as exc:
        raise InputError([_reader_problem(exc, file, text)]) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(file, Msg("yaml.invalid.other", {"error": str(exc)}))]) from None
    finally:
        loader.dispose()


def check_non_specific_tags(text: str, root: yaml.Node) -> None:
    """Refuse a value written with the non-specific tag ``!`` (``code: ! 0123``).

    The YAML specification makes such a value text ("0123"); libyaml, under PyYAML, reads it
    as if it were plain and untagged (the number 123), even when it is quoted. A fact that
    one reader takes as text and another as a number is refused rather than guessed. The
    composed nodes do not keep the tag, so the file's events are read again (only for files
    with a ``!`` before a space or a line end).
    """
    marks = set()
    try:
        for event in yaml.parse(text, Loader=yaml.CSafeLoader):
            if isinstance(event, yaml.ScalarEvent) and event.tag == "!" and event.start_mark:
                marks.add(event.start_mark.index)
    except yaml.YAMLError:  # the document was composed already; this cannot differ
        return
    if not marks:
        return
    for node in _nodes(root):
        if isinstance(node, yaml.ScalarNode) and node.start_mark.index in marks:
            raise _Refused(
                node,
                Msg("yaml.non_specific_tag", {"value": _written(text, node)}),
                Msg("hint.non_specific_tag", {"value": node.value}),
            )


def _written(text: str, node: yaml.Node) -> str:
    """A scalar as the file writes it, tag included (its first line)."""
    return text[node.start_mark.index : node.end_mark.index].split("\n", 1)[0].strip()


def walks_needed(text: str) -> tuple[bool, bool]:
    """Whether the text could hold (aliases, hidden characters): the cheap tests that decide
    whether :func:`check_expansion` and :func:`check_hidden` walk the node tree."""
    aliases = _starts_a_node(text, "&") and _starts_a_node(text, "*")
    # A control character can only be written with a backslash escape in double quotes (YAML
    # refuses a raw one); a direction mark can be typed.
    hidden = ("\\" in text and bool(_ESCAPE.search(text))) or _has_direction_marks(text)
    return aliases, hidden


def _starts_a_node(text: str, mark: str) -> bool:
    """Whether ``mark`` (``&`` or ``*``) begins an anchor or alias anywhere in ``text``.

    One does at the start of a line, after a space, or after a flow indicator or a JSON-style
    key's colon, and is followed by a name; so "R&D" or "Akhyary, & Hendrayady" are text. The
    few occurrences are looked at one by one (a regex for this would cost 200 us per file).
    """
    at = text.find(mark)
    while at >= 0:
        before = text[at - 1] if at else "\n"
        after = text[at + 1 : at + 2]
        if before in " \t\r\n[{,:" and after and after not in " \t\r\n,[]{}":
            return True
        at = text.find(mark, at + 1)
    return False


def _has_direction_marks(text: str) -> bool:
    # ``in`` per character is a memchr; a regex character class would cost 50 us per file.
    return not text.isascii() and any(c in text for c in _DIRECTION_CHARS)


def _nodes(root: yaml.Node) -> Iterator[yaml.Node]:
    """Every distinct node below ``root`` (an aliased one once), in file order."""
    todo, seen = [root], set()
    while todo:
        node = todo.pop()
        if id(node) not in seen:
            seen.add(id(node))
            yield node
            todo.extend(reversed(_children(node)))


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        children: list[yaml.Node] = node.value
        return children
    if isinstance(node, yaml.MappingNode):
        return [child for pair in node.value for child in pair]
    return []


def _path_to(root: yaml.Node, target: yaml.Node) -> Loc:
    """The path of the first place ``target`` is found (for a message; only on the error path)."""
    stack: list[tuple[yaml.Node, Loc]] = [(root, ())]
    seen: set[int] = set()
    while stack:
        node, loc = stack.pop()
        if node is target:
            return loc
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend((child, (*loc, i)) for i, child in enumerate(node.value))
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                step = str(key.value) if isinstance(key, yaml.ScalarNode) else "?"
                stack += [(key, (*loc, step)), (value, (*loc, step))]
    return ()


def check_expansion(root: yaml.Node, max_bytes: int) -> None:
    """Refuse aliases that expand the document beyond ``max_bytes``, or that contain themselves.

    The size of a node with its aliases expanded is computed once per distinct node (a
    post-order walk without recursion), so a "billion laughs" file is refused after a walk
    over its few dozen nodes, before anything is built from it.
    """
    scalar = yaml.ScalarNode
    sizes: dict[int, int] = {}
    open_: set[int] = set()
    stack: list[tuple[yaml.Node, list[yaml.Node] | None]] = [(root, None)]
    while stack:
        node, children = stack.pop()
        key = id(node)
        if children is not None:  # all its children are sized: size it
            open_.discard(key)
            size = 1 + sum([sizes[id(child)] for child in children])
            if size > max_bytes:
                raise _Refused(
                    node,
                    Msg("yaml.alias_bomb", {"size": Msg("fmt.size", {"value": max_bytes})}),
                    Msg("hint.alias_bomb"),
                )
            sizes[key] = size
        elif key in open_:
            raise _Refused(node, Msg("yaml.alias_loop"), Msg("hint.alias_loop"))
        elif key not in sizes:
            if type(node) is scalar:
                sizes[key] = len(node.value) + 1
                continue
            children = _children(node)
            open_.add(key)
            stack.append((node, children))
            for child in children:  # scalars (most nodes) are sized here, without a round trip
                if type(child) is scalar:
                    sizes[id(child)] = len(child.value) + 1
                elif id(child) not in sizes:
                    stack.append((child, None))


def check_hidden(root: yaml.Node) -> None:
    """Refuse control characters and text-direction overrides in any key or value."""
    scalar = yaml.ScalarNode
    search = _HIDDEN.search
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if type(node) is scalar:
            found = search(node.value)
            if found:
                raise _hidden_refused(node, found.group())
        elif id(node) not in seen:
            seen.add(id(node))
            for child in _children(node):
                if type(child) is not scalar:
                    stack.append(child)
                elif found := search(child.value):
                    raise _hidden_refused(child, found.group())


def _hidden_refused(node: yaml.Node, char: str) -> _Refused:
    if _DIRECTION.match(char):
        return _Refused(node, Msg("yaml.direction", {"char": char_name(char)}), Msg("hint.direction"))
    return _Refused(node, Msg("yaml.control_escape", {"char": char_name(char)}), Msg("hint.control_escape"))


def _reader_problem(exc: yaml.reader.ReaderError, file: str, text: str) -> Problem:
    """A character YAML does not allow anywhere in a file (the C reader gives a byte offset)."""
    data = text.encode("utf-8")
    offset = min(max(int(exc.position), 0), len(data))
    start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[start:offset].decode("utf-8", "replace")) + 1
    char = exc.character if isinstance(exc.character, str) else chr(int(exc.character))
    binary = _not_text(data[:8], file)
    if binary is not None:
        return binary
    if char == "\x00":
        return Problem(file, Msg("loader.nul"), line, column, suggestion=_SAVE_AS_UTF8)
    return Problem(
        file,
        Msg("yaml.control", {"char": char_name(char)}),
        line,
        column,
        suggestion=Msg("hint.control"),
    )


_SMART_QUOTES = "\u201c\u201d\u2018\u2019\u201e\u00ab\u00bb"


def _yaml_problem(exc: yaml.MarkedYAMLError, file: str, text: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    lines = text.splitlines()
    here = ""
    line_text = ""
    if mark is not None and mark.line < len(lines):
        line_text = lines[mark.line]
        here = line_text[mark.column : mark.column + 1]
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    if isinstance(exc, DuplicateKeyError):
        first = exc.context_mark.line + 1 if exc.context_mark else "?"
        return Problem(
            file,
            Msg("yaml.duplicate_key", {"key": str(exc.problem), "line": str(first)}),
            line=line,
            column=column,
            suggestion=Msg("hint.duplicate_key"),
        )
    if isinstance(exc, RefusedValue):
        return Problem(file, exc.said, line=line, column=column, suggestion=exc.suggestion)
    problem = exc.problem or ""
    suggestion: Msg | None = None
    if here == "\t" or "\t" in problem or "tab" in problem:
        suggestion = Msg("hint.yaml.tabs")
    elif any(q in line_text for q in _SMART_QUOTES):
        suggestion = Msg("hint.yaml.curly_quotes")
    elif "mapping values are not allowed" in problem:
        suggestion = Msg("hint.yaml.colon_in_value")
    elif "could not find expected ':'" in problem:
        suggestion = Msg("hint.yaml.expected_colon")
    elif "found character that cannot start any token" in problem:
        suggestion = Msg("hint.yaml.quote_value")
    elif "expected a single document" in f"{problem} {exc.context}":
        suggestion = Msg("hint.yaml.one_document")
    elif exc.context == "while scanning a quoted scalar" and exc.context_mark is not None:
        suggestion = Msg("hint.yaml.unclosed_quote", {"line": str(exc.context_mark.line + 1)})
    elif "unhashable key" in problem:
        suggestion = Msg("hint.yaml.key")
    elif "maximum nesting depth" in problem:
        suggestion = Msg("hint.yaml.nesting")
    said = yaml_words(problem) if problem else Msg("yaml.syntax_error")
    if exc.context:
        message = Msg("yaml.invalid.context", {"problem": said, "context": yaml_words(exc.context)})
    else:
        message = Msg("yaml.invalid", {"problem": said})
    return Problem(file, message, line=line, column=column, suggestion=suggestion)


_YAML_WORDS = {
    "mapping values are not allowed here": "yaml.problem.mapping_values",
    "mapping values are not allowed in this context": "yaml.problem.mapping_values.context",
    "could not find expected ':'": "yaml.problem.expected_colon",
    "found character that cannot start any token": "yaml.problem.bad_start",
    "found a tab character that violates indentation": "yaml.problem.tab",
    "found a tab character where an indentation space is expected": "yaml.problem.tab.space",
    "did not find expected key": "yaml.problem.expected_key",
    "did not find expected node content": "yaml.problem.expected_node",
    "did not find expected '-' indicator": "yaml.problem.expected_dash",
    "did not find expected ',' or ']'": "yaml.problem.expected_bracket",
    "did not find expected ',' or '}'": "yaml.problem.expected_brace",
    "found unexpected end of stream": "yaml.problem.end_of_stream",
    "found unknown escape character": "yaml.problem.unknown_escape",
    "found an unhashable key (a list or mapping used as a key)": "yaml.problem.unhashable",
    "but found another document": "yaml.problem.another_document",
    "expected a single document in the stream": "yaml.problem.single_document",
    "while scanning a simple key": "yaml.context.simple_key",
    "while scanning a quoted scalar": "yaml.context.quoted_scalar",
    "while scanning a plain scalar": "yaml.context.plain_scalar",
    "while scanning a block scalar": "yaml.context.block_scalar",
    "while parsing a block mapping": "yaml.context.block_mapping",
    "while parsing a block collection": "yaml.context.block_collection",
    "while parsing a flow mapping": "yaml.context.flow_mapping",
    "while parsing a flow sequence": "yaml.context.flow_sequence",
    "while parsing a block node": "yaml.context.block_node",
    "while parsing a flow node": "yaml.context.flow_node",
    "while constructing a mapping": "yaml.context.constructing_mapping",
    "while scanning an alias": "yaml.context.alias",
    "while scanning an anchor": "yaml.context.anchor",
    "while scanning a tag": "yaml.context.tag",
    "while scanning a directive": "yaml.context.directive",
}
"""PyYAML's (libyaml's) words for the problems people meet, by their English text; another
problem keeps PyYAML's English."""


def yaml_words(text: str) -> Said:
    """PyYAML's description of a problem, in the catalogue where kemitraan knows it."""
    key = _YAML_WORDS.get(text.strip())
    return Msg(key) if key else text
