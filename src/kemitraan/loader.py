"""Reading YAML files: the fast C loader with YAML 1.2 scalars, and errors located by line.

The valid path is one C-accelerated parse and one pydantic validation. Only when something
is wrong do we parse the text again into a node tree, to find the line and column of each
problem (so locating errors costs nothing on files without errors).

Scalars are read as YAML 1.2 (the core schema, as editors such as VS Code read them):
``yes``, ``no``, ``on`` and ``off`` stay strings, ``0123`` is the integer 123, and dates are
not converted. So ``understands_purpose: no`` means the answer "no", and a field that must be
text rejects a bare number with a hint to quote it, instead of silently changing it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from kemitraan.errors import InputError, Loc, Problem, did_you_mean, format_loc

_BaseLoader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

M = TypeVar("M", bound=BaseModel)


_TAG = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL, _MAP, _SEQ = (
    _TAG + name for name in ("str", "int", "float", "bool", "null", "map", "seq")
)


class DuplicateKeyError(yaml.MarkedYAMLError):
    """Two equal keys in one mapping; PyYAML would silently keep the last."""


class Yaml12Loader(_BaseLoader):  # type: ignore[misc]
    """PyYAML's (C) safe loader with the YAML 1.2 core schema and duplicate-key errors."""

    yaml_implicit_resolvers: ClassVar[dict[str | None, list[tuple[str, re.Pattern[str]]]]] = {}

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
                first = next(k for k, _ in node.value if self.construct_object(k, deep=deep) == key)
                raise DuplicateKeyError(str(key), first.start_mark, str(key), key_node.start_mark)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        """The tag of a node: PyYAML's ``resolve`` without path and wildcard resolvers (we have
        none), which it spends most of its time checking for; it runs for every node."""
        if kind is yaml.ScalarNode:
            if implicit[0]:
                for tag, regexp in _RESOLVERS.get(value[:1], ()):
                    if regexp.match(value):
                        return tag
            return _STR
        return _SEQ if kind is yaml.SequenceNode else _MAP

    def construct_yaml_int_12(self, node: yaml.ScalarNode) -> int:
        text = self.construct_scalar(node).replace("_", "")
        if text.startswith(("0o", "+0o", "-0o")):
            return int(text.replace("0o", ""), 8)
        if text.startswith(("0x", "+0x", "-0x")):
            return int(text.replace("0x", ""), 16)
        return int(text, 10)


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", Yaml12Loader.construct_yaml_int_12)
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


def read_text(path: Path) -> tuple[str, bytes]:
    """The file's text and raw bytes; encoding problems become a located error."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError([Problem(str(path), "no such file", suggestion="check the path")]) from None
    except IsADirectoryError:
        raise InputError([Problem(str(path), "is a folder, not a file")]) from None
    except OSError as exc:
        raise InputError([Problem(str(path), f"cannot be read: {exc.strerror}")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        hint = "save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)"
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
            what = "is UTF-16 encoded"
        else:
            what = f"is not UTF-8 (byte 0x{raw[exc.start]:02x} cannot be read)"
        raise InputError([Problem(str(path), what, line=line, suggestion=hint)]) from None
    return text, raw


class _Unusual(Exception):
    """Raised by the fast constructor for anything but plain data; PyYAML's own path takes over."""


def _construct_plain(loader: Yaml12Loader, root: yaml.Node) -> Any:
    """The data of a composed document, built without PyYAML's generic (and slow) constructor.

    It handles what partnership files contain (mappings, sequences and the core-schema
    scalars) exactly as :class:`Yaml12Loader` would, sharing the objects of aliased nodes as
    PyYAML does. Anything else (other tags, duplicate or unhashable keys, recursive aliases,
    very deep nesting) raises :class:`_Unusual`, so that PyYAML's constructor builds the
    document, or reports the problem, exactly as before. This is about 40% of the time of
    loading a file (measured with benchmarks/bench.py).
    """
    scalar_node, sequence_node, mapping_node = yaml.ScalarNode, yaml.SequenceNode, yaml.MappingNode
    built: dict[int, Any] = {}
    building: set[int] = set()

    def build(node: yaml.Node) -> Any:
        kind, tag = node.__class__, node.tag
        if kind is scalar_node:
            if tag == _STR:
                return node.value
            if tag == _INT:
                return loader.construct_yaml_int_12(node)  # type: ignore[arg-type]
            if tag == _NULL:
                return None
            if tag == _BOOL:
                return loader.bool_values[node.value.lower()]
            if tag == _FLOAT:
                return loader.construct_yaml_float(node)
            raise _Unusual
        key = id(node)
        if key in built:
            return built[key]
        if key in building:
            raise _Unusual
        building.add(key)
        result: Any
        if kind is mapping_node and tag == _MAP:
            result = {}
            for key_node, value_node in node.value:
                name = build(key_node)
                try:
                    seen = name in result
                except TypeError:
                    raise _Unusual from None
                if seen:
                    raise _Unusual
                result[name] = build(value_node)
        elif kind is sequence_node and tag == _SEQ:
            result = [build(item) for item in node.value]
        else:
            raise _Unusual
        building.discard(key)
        built[key] = result
        return result

    try:
        return build(root)
    except RecursionError:
        raise _Unusual from None


def _load(text: str) -> Any:
    """``yaml.load(text, Loader=Yaml12Loader)``, with the fast constructor for plain data."""
    loader = Yaml12Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        try:
            return _construct_plain(loader, node)
        except _Unusual:
            return loader.construct_document(node)
    finally:
        loader.dispose()


def parse_yaml(text: str, file: str) -> Any:
    """Parse one YAML document (1.2 core schema) or raise a located :class:`InputError`."""
    try:
        return _load(text)
    except yaml.MarkedYAMLError as exc:
        raise InputError([_yaml_problem(exc, file, text)]) from None
    except yaml.YAMLError as exc:
        raise InputError([Problem(file, f"is not valid YAML: {exc}")]) from None


def _yaml_problem(exc: yaml.MarkedYAMLError, file: str, text: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    lines = text.splitlines()
    here = ""
    if mark is not None and mark.line < len(lines):
        here = lines[mark.line][mark.column : mark.column + 1]
    if isinstance(exc, DuplicateKeyError):
        first = exc.context_mark.line + 1 if exc.context_mark else "?"
        return Problem(
            file,
            f"duplicate key '{exc.problem}': it is also at line {first}, and YAML would"
            " silently keep only the last one",
            line=mark.line + 1 if mark else None,
            column=mark.column + 1 if mark else None,
            suggestion="keep one of them, or merge their contents",
        )
    problem = exc.problem or "syntax error"
    suggestion = None
    if here == "\t" or "\t" in problem or "tab" in problem:
        suggestion = "YAML does not allow tabs for indentation; indent with spaces"
    elif "mapping values are not allowed" in problem:
        suggestion = "a value that contains ': ' must be put in quotes"
    elif "could not find expected ':'" in problem:
        suggestion = "check the indentation and the ':' after each key on this or the line before"
    elif "found character that cannot start any token" in problem:
        suggestion = "put the value in quotes"
    elif "could not determine a constructor" in problem:
        problem = f"{problem.split(' for the tag ')[0]}: tags such as '!!python/object' are not allowed"
        suggestion = "remove the tag; kemitraan reads plain data only"
    context = f" ({exc.context})" if exc.context else ""
    return Problem(
        file,
        f"invalid YAML: {problem}{context}",
        line=mark.line + 1 if mark else None,
        column=mark.column + 1 if mark else None,
        suggestion=suggestion,
    )


def load_model(
    model: type[M],
    path: Path,
    *,
    check: Callable[[M], list[tuple[Loc, str, str | None]]] | None = None,
) -> tuple[M, str, bytes]:
    """Read, parse and validate a YAML file as ``model``; returns (model, text, raw bytes).

    ``check`` adds cross-field problems (located by path) after the model validated.
    Every problem in the file is collected and raised at once as an :class:`InputError`.
    """
    file = str(path)
    text, raw = read_text(path)
    data = parse_yaml(text, file)
    if not isinstance(data, dict):
        kind = "empty" if data is None else f"a {type(data).__name__}"
        raise InputError(
            [
                Problem(
                    file,
                    f"expected a mapping of fields (key: value lines) at the top, but the file is {kind}",
                    line=1,
                    column=1,
                    suggestion="start from an example: kemitraan init --blank, or examples/benan.yaml",
                )
            ]
        )
    try:
        obj = model.model_validate(data)
    except ValidationError as exc:
        raise InputError(locate(validation_problems(exc, model, data), text, file)) from None
    if check is not None:
        found = check(obj)
        if found:
            raise InputError(locate([(loc, msg, hint, "key") for loc, msg, hint in found], text, file))
    return obj, text, raw


# --- turning pydantic errors into sentences --------------------------------------------

RawProblem = tuple[Loc, str, str | None, str]
"""(path, message, suggestion, where to point: "value", "key", or "parent" for a missing key)."""


def _describe(value: Any) -> str:
    if value is None:
        return "nothing (empty)"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"'{value}'" if len(value) <= 60 else f"'{value[:57]}...'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
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


def validation_problems(exc: ValidationError, model: type[BaseModel], data: Any) -> list[RawProblem]:
    """One sentence per pydantic error, with the expectation and a suggestion."""
    out: list[RawProblem] = []
    seen: set[tuple[Loc, str]] = set()
    for err in exc.errors(include_url=False):
        loc: Loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and "[" in p))
        kind = err["type"]
        value = err.get("input")
        ctx = err.get("ctx", {})
        point = "value"
        hint: str | None = None
        if kind == "extra_forbidden":
            parent = _model_at(model, loc[:-1])
            names = _field_names(parent) if parent else []
            message = f"unknown key '{loc[-1]}'"
            if names:
                message += f" (allowed here: {', '.join(names)})"
            hint = did_you_mean(loc[-1], names)
            point = "key"
        elif kind == "missing":
            message = f"required field '{loc[-1]}' is missing"
            hint = f"add '{loc[-1]}:' here"
            point = "parent"
        elif kind == "literal_error":
            choices = [
                e.strip()
                for e in str(ctx.get("expected", "")).replace("'", "").replace(" or ", ",").split(",")
            ]
            message = f"expected one of {', '.join(choices)} but got {_describe(value)}"
            hint = did_you_mean(value, choices)
            if isinstance(value, bool):
                hint = "write the word as it should be read, for example yes or no"
        elif kind in ("string_type",) and isinstance(value, int | float) and not isinstance(value, bool):
            message = f"expected text but got {_describe(value)}"
            hint = "put the value in quotes to keep it exactly as written (for example '0123')"
        elif kind == "string_pattern_mismatch" and loc and loc[-1] == "currency":
            message = f"expected a three-letter currency code (IDR, USD ...) but got {_describe(value)}"
        elif kind == "string_pattern_mismatch":
            message = (
                f"expected an id of letters, digits, '-', '_' or '.' (no spaces) but got {_describe(value)}"
            )
            if isinstance(value, str):
                hint = f"for example '{re.sub(r'[^A-Za-z0-9_.-]+', '-', value).strip('-').lower()}'"
        elif kind == "string_too_short":
            message = "expected some text but the value is empty"
        elif kind in ("int_type", "int_from_float", "int_parsing"):
            message = f"expected a whole number but got {_describe(value)}"
            if isinstance(value, str) and value.strip().isdigit():
                hint = "remove the quotes around the number"
        elif kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
            bounds = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in ctx.items())
            message = f"expected a value {bounds} but got {_describe(value)}"
        elif kind in ("model_type", "model_attributes_type", "dict_type"):
            message = f"expected a mapping (key: value lines) but got {_describe(value)}"
            parent = _model_at(model, loc)
            if parent is not None:
                hint = f"keys here: {', '.join(_field_names(parent))}"
        elif kind == "list_type":
            message = f"expected a list (lines starting with '- ') but got {_describe(value)}"
            if isinstance(value, str):
                hint = f"write it as a list: [{value}]"
        elif kind == "too_short":
            message = f"expected at least {ctx.get('min_length', 1)} item(s) but got {len(value) if isinstance(value, list) else 0}"
        elif kind in ("float_type", "float_parsing"):
            message = f"expected a number but got {_describe(value)}"
        elif kind == "value_error":
            message = str(ctx.get("error", err["msg"]))
        else:
            message = f"{err['msg'][0].lower()}{err['msg'][1:]} (got {_describe(value)})"
        key = (loc, message)
        if key not in seen:
            seen.add(key)
            out.append((loc, message, hint, point))
    return out


# --- locating problems in the text ----------------------------------------------------------


def locate(raw: list[RawProblem], text: str, file: str) -> list[Problem]:
    """Attach line and column to each problem by walking the YAML node tree once."""
    try:
        root = yaml.compose(text, Loader=Yaml12Loader)
    except yaml.YAMLError:
        root = None
    problems = []
    for loc, message, hint, point in raw:
        path = loc[:-1] if point == "parent" else loc
        node = _find(root, path, point == "key") if root is not None else None
        line = node.start_mark.line + 1 if node is not None else None
        column = node.start_mark.column + 1 if node is not None else None
        problems.append(Problem(file, message, line, column, loc, hint))
    return problems


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


def line_of(text: str, loc: Loc) -> int | None:
    """The 1-based line where ``loc`` is written in ``text`` (for explanations and errors)."""
    try:
        root = yaml.compose(text, Loader=Yaml12Loader)
    except yaml.YAMLError:
        return None
    node = _find(root, loc) if root is not None else None
    return node.start_mark.line + 1 if node is not None else None


def lines_of(text: str, locs: list[Loc]) -> list[int | None]:
    """The 1-based line of each path in ``text``, or None where the file does not write it.

    Unlike :func:`line_of` (which points at the nearest existing parent, as an error should),
    a path the file leaves out gets None: an explanation must not cite a line for a fact that
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


__all__ = [
    "InputError",
    "Yaml12Loader",
    "format_loc",
    "line_of",
    "lines_of",
    "load_model",
    "locate",
    "parse_yaml",
    "read_text",
]


# --- partnership and rubric files -------------------------------------------------------------


def load_partnership(path: Path) -> tuple[Any, str, bytes]:
    """A validated :class:`~kemitraan.models.partnership.Partnership`, its text and its bytes."""
    from kemitraan.models.partnership import Partnership, reference_problems

    return load_model(Partnership, path, check=reference_problems)


def bundled_dir(name: str) -> Path:
    """A data folder shipped with the package (``rubrics`` or ``templates``).

    In an installed wheel it sits inside the package; in a source checkout, at the top level.
    """
    from importlib.resources import files

    inside = Path(str(files("kemitraan"))) / name
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[2] / name


def bundled_rubric_names() -> list[str]:
    return sorted(p.stem for p in bundled_dir("rubrics").glob("*.yaml"))


DEFAULT_RUBRICS = ("notoatmodjo-2010", "sulistiyani-2017", "principles")


def rubric_path(ref: str) -> Path:
    """``notoatmodjo-2010`` -> the bundled file; a value with a '/' or ending in .yaml is a path."""
    if "/" in ref or "\\" in ref or ref.endswith((".yaml", ".yml")):
        return Path(ref)
    path = bundled_dir("rubrics") / f"{ref}.yaml"
    if not path.is_file():
        known = bundled_rubric_names()
        raise InputError(
            [
                Problem(
                    ref,
                    f"no bundled rubric of that name (bundled: {', '.join(known)})",
                    suggestion=did_you_mean(ref, known) or "give a path to a rubric file",
                )
            ]
        )
    return path


def load_rubric(ref: str) -> Any:
    """A checked rubric (:class:`~kemitraan.engine.LoadedRubric`) from a short name or a path."""
    import hashlib

    from kemitraan.models.rubric import LoadedRubric, Rubric, rubric_problems

    path = rubric_path(ref)
    bundled = path.parent == bundled_dir("rubrics")
    rubric, _, raw = load_model(Rubric, path, check=rubric_problems)
    return LoadedRubric(rubric, hashlib.sha256(raw).hexdigest(), "bundled" if bundled else path.name)


def load_rubrics(extra: list[str] | None = None) -> list[Any]:
    """The bundled default rubrics, with each ``--rubric`` added, or replacing one of the same id."""
    rubrics = {r.rubric.id: r for r in (load_rubric(name) for name in DEFAULT_RUBRICS)}
    problems: list[Problem] = []
    for ref in extra or []:
        try:
            loaded = load_rubric(ref)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        rubrics[loaded.rubric.id] = loaded
    if problems:
        raise InputError(problems)
    return list(rubrics.values())
