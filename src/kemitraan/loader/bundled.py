"""The data shipped with the package: the bundled rubrics (short names, which run by default) and templates."""

from __future__ import annotations

__all__ = [
    "BUNDLED_RUBRICS",
    "DEFAULT_RUBRICS",
    "OPT_IN_RUBRICS",
    "bundled_dir",
    "bundled_rubric_names",
    "parse_only",
    "rubric_files",
    "rubric_path",
]

import functools
from collections.abc import Iterable
from pathlib import Path

from kemitraan.errors import InputError, Problem, did_you_mean
from kemitraan.msg import Msg


@functools.cache
def bundled_dir(name: str) -> Path:
    """A data folder shipped with the package (``rubrics`` or ``templates``).

    In an installed wheel it sits inside the package; in a source checkout, at the top level.
    The package is a folder (what ``importlib.resources.files("kemitraan")`` gives for it, without
    importing importlib.resources at every start); the answer is kept for the run.
    """
    package = Path(__file__).resolve().parents[1]
    inside = package / name
    if inside.is_dir():
        return inside
    return package.parents[1] / name


def bundled_rubric_names() -> list[str]:
    return sorted(p.stem for p in bundled_dir("rubrics").glob("*.yaml"))


DEFAULT_RUBRICS = ("notoatmodjo-2010", "sulistiyani-2017", "sulistiyani-union", "principles")
"""The bundled rubrics every command runs unless ``--only`` says otherwise: the models a
Notoatmodjo or Sulistiyani user expects (both of Sulistiyani's typologies, since the studies that
apply her use both), and the principles."""
OPT_IN_RUBRICS = ("himmelman-2002", "frey-2006")
"""Bundled, but run only when asked for (``--rubric NAME`` or ``--only``): the collaboration
ladders evaluators elsewhere use, which Indonesian studies rarely give the facts for."""
BUNDLED_RUBRICS = (*DEFAULT_RUBRICS, *OPT_IN_RUBRICS)
"""Every bundled rubric, in the order reports list them."""


def parse_only(values: list[str] | tuple[str, ...] | None) -> tuple[str, ...] | None:
    """``--only a,b --only c`` -> ("a", "b", "c") (None: the option was not given).

    Each name must be a bundled rubric; a misspelt one is an error with a suggestion.
    """
    if values is None:
        return None
    names = [part.strip() for value in values for part in value.split(",")]
    problems = []
    for name in names:
        if name not in BUNDLED_RUBRICS:
            problems.append(
                Problem(
                    "--only",
                    f"'{name}' is not a bundled rubric (bundled: {', '.join(BUNDLED_RUBRICS)})"
                    if name
                    else f"an empty rubric name (bundled: {', '.join(BUNDLED_RUBRICS)})",
                    suggestion=did_you_mean(name, BUNDLED_RUBRICS)
                    or "give bundled rubric names separated by commas; add a rubric file with --rubric",
                )
            )
    if problems:
        raise InputError(problems)
    return tuple(dict.fromkeys(names))


def _is_rubric_file(ref: str) -> bool:
    return "/" in ref or "\\" in ref or ref.endswith((".yaml", ".yml"))


def rubric_files(refs: Iterable[str]) -> list[Path]:
    """The ``--rubric`` values that name files (not bundled rubrics), as paths."""
    return [Path(ref) for ref in refs if _is_rubric_file(ref)]


def rubric_path(ref: str) -> Path:
    """``notoatmodjo-2010`` -> the bundled file; a value with a '/' or ending in .yaml is a path."""
    if _is_rubric_file(ref):
        return Path(ref)
    path = bundled_dir("rubrics") / f"{ref}.yaml"
    if not path.is_file():
        known = bundled_rubric_names()
        raise InputError(
            [
                Problem(
                    ref,
                    Msg("loader.no_rubric", {"known": ", ".join(known)}),
                    suggestion=did_you_mean(ref, known) or Msg("hint.rubric_path"),
                )
            ]
        )
    return path
