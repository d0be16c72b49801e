"""Reading partnership and rubric files: each read, parsed, validated and checked, every problem located.

The package is split by job:

* :mod:`kemitraan.loader.reader`: bytes to text to data, a hardened YAML 1.2 reader (the C loader;
  what a file may never do is refused with a located message);
* :mod:`kemitraan.loader.problems`: pydantic's validation errors put into sentences;
* :mod:`kemitraan.loader.locate`: the line and column of each problem (a second parse, only when
  something is wrong, so a valid file pays nothing for it);
* :mod:`kemitraan.loader.bundled`: the rubrics and templates shipped with the package;
* this module: :func:`load_model` and the typed loaders built on it.

The valid path is one C-accelerated parse and one pydantic validation. The error path (problems,
locate) is imported only when a file has a problem.
"""

from __future__ import annotations

__all__ = [
    "BUNDLED_RUBRICS",
    "DEFAULT_RUBRICS",
    "OPT_IN_RUBRICS",
    "InputError",
    "Yaml12Loader",
    "bundled_dir",
    "bundled_rubric_names",
    "format_loc",
    "load_model",
    "load_partnership",
    "load_rubric",
    "load_rubrics",
    "parse_only",
    "parse_yaml",
    "read_text",
    "rubric_files",
    "rubric_path",
]

import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, TypeVar

from pydantic import BaseModel, ValidationError

from kemitraan import fast
from kemitraan.errors import Found, InputError, Problem, format_loc
from kemitraan.limits import DEFAULT_MAX_BYTES
from kemitraan.loader.bundled import (
    BUNDLED_RUBRICS,
    DEFAULT_RUBRICS,
    OPT_IN_RUBRICS,
    bundled_dir,
    bundled_rubric_names,
    parse_only,
    rubric_files,
    rubric_path,
)
from kemitraan.loader.reader import Yaml12Loader, parse_yaml, read_text
from kemitraan.msg import Msg

if TYPE_CHECKING:
    from kemitraan.models.partnership import Partnership
    from kemitraan.models.rubric import LoadedRubric

M = TypeVar("M", bound=BaseModel)


def load_model(
    model: type[M],
    path: str | os.PathLike[str],
    *,
    check: Callable[[M], Sequence[Found]] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> tuple[M, str, bytes]:
    """Read, parse and validate a YAML file as ``model``; returns (model, text, raw bytes).

    ``check`` adds cross-field problems (located by path) after the model validated; when a
    problem names a second path (a duplicate's first use), that path's line is added to it.
    Every problem in the file is collected and raised at once as an :class:`InputError`.
    """
    file = os.fspath(path)
    text, raw = read_text(file, max_bytes=max_bytes)
    data = parse_yaml(text, file, max_bytes=max_bytes)
    if not isinstance(data, dict):
        from kemitraan.loader.problems import _describe

        kind = Msg("describe.empty_file") if data is None else _describe(data)
        raise InputError(
            [
                Problem(
                    file,
                    Msg("loader.top", {"kind": kind}),
                    line=1,
                    column=1,
                    suggestion=Msg("hint.start_from_example"),
                )
            ]
        )
    try:
        obj = model.model_validate(data)
    except ValidationError as exc:
        from kemitraan.loader.locate import locate
        from kemitraan.loader.problems import validation_problems

        raise InputError(locate(validation_problems(exc, model, data), text, file)) from None
    if check is not None:
        found = check(obj)
        if found:
            from kemitraan.loader.locate import locate
            from kemitraan.loader.problems import RawProblem

            raw_problems = [RawProblem(f[0], f[1], f[2], "key", f[3] if len(f) == 4 else None) for f in found]
            raise InputError(locate(raw_problems, text, file))
    return obj, text, raw


def load_partnership(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> tuple[Partnership, str, bytes]:
    """A validated :class:`~kemitraan.models.partnership.Partnership`, its text and its bytes."""
    from kemitraan.models.partnership import Partnership, reference_problems

    return load_model(Partnership, path, check=reference_problems, max_bytes=max_bytes)


def load_rubric(ref: str) -> LoadedRubric:
    """A checked rubric (:class:`~kemitraan.models.rubric.LoadedRubric`) from a short name or a path."""
    import hashlib

    from kemitraan.models.rubric import LoadedRubric, Rubric, rubric_problems

    path = rubric_path(ref)
    bundled = path.parent == bundled_dir("rubrics")
    if bundled and fast.ON:  # checked when the package was made: see kemitraan.loader.checked
        from kemitraan.loader.checked import from_snapshot

        raw = read_text(path)[1]
        sha256 = hashlib.sha256(raw).hexdigest()
        checked = from_snapshot(path.stem, sha256)
        if checked is not None:
            return LoadedRubric(checked, sha256, "bundled")
    rubric, _, raw = load_model(Rubric, path, check=rubric_problems)
    from kemitraan.errors import printable

    origin = "bundled" if bundled else printable(path.name)  # shown in reports and the terminal
    return LoadedRubric(rubric, hashlib.sha256(raw).hexdigest(), origin)


def load_rubrics(
    extra: list[str] | None = None, only: list[str] | tuple[str, ...] | None = None
) -> list[LoadedRubric]:
    """The bundled rubrics to run, with each ``--rubric`` added, or replacing one of the same id.

    ``only`` (``--only``): run these bundled rubrics instead of the default ones; they run in the
    bundled order (``BUNDLED_RUBRICS``), whatever order they are named in.
    """
    chosen = parse_only(only)
    names = DEFAULT_RUBRICS if chosen is None else tuple(n for n in BUNDLED_RUBRICS if n in chosen)
    rubrics = {r.rubric.id: r for r in (load_rubric(name) for name in names)}
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
