"""The reasoning behind each verdict, step by step: fact -> criterion -> score -> verdict.

``kemitraan explain`` is how a thesis examiner checks the tool: for every criterion, the
facts it read (with the line where the input file writes each one, and the value written
there), the rule that turned them into a result, and then the decision rules, in order, that
turned the results into the verdict. This module gathers that as data; the text is made by
:func:`kemitraan.render.explanation.render_explanation`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from kemitraan.choices import Aggregate
from kemitraan.errors import Loc
from kemitraan.indicators.base import Tri
from kemitraan.models.assessment import Assessment
from kemitraan.models.partnership import Answer
from kemitraan.models.rubric import Expr, LoadedRubric, Rubric

SHOWN = 72
"""The longest a fact's value is shown before it is cut with '…'."""


@dataclass(frozen=True)
class Fact:
    """One field of the input file that a criterion read."""

    path: str
    """``programs[0].planning.participation``."""
    line: int | None
    """Where the file writes it; None when the file leaves it out."""
    value: str
    """The value as written, compact (``{p2tp2a: lead, desa-benan: active}``); when the
    informants' answers fill it, the value they give together."""
    answers: tuple[Answered, ...] = ()
    """The informants' answers the value was drawn from, when the file leaves it out or
    writes it as not known (``unknown``, an empty participation)."""
    written: str = ""
    """With ``answers`` and a ``line``: what the file writes there (``unknown``)."""


@dataclass(frozen=True)
class Answered:
    """One informant's answer to the question a fact asks."""

    informant: str
    line: int | None
    value: str


@dataclass(frozen=True)
class Step:
    """One decision rule tried, in the rubric's order."""

    verdict: str
    when: Expr
    outcome: Tri
    """True: the rule holds; False: it does not; None: unknown (it might hold)."""


@dataclass(frozen=True)
class Explanation:
    file: str
    assessment: Assessment
    rubrics: dict[str, Rubric]
    facts: dict[str, Fact]
    """Every fact path and evidence path the assessment cites, with its line."""
    steps: dict[str, list[Step]]
    """Per rubric id: the decision rules tried, up to the first that holds (all if none does)."""
    required: dict[str, list[tuple[str, Tri]]]
    """Per rubric id: each criterion the rubric ``requires`` (named first among what is missing)
    and whether it is met; such criteria never refuse a verdict the rules settle."""
    aggregate: Aggregate = "median"
    """How several informants' answers became one value (median or min)."""


def _compact(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        inner = ", ".join(
            f"{k}: {_compact(v)}" if not isinstance(v, dict | list) else f"{k}: …" for k, v in value.items()
        )
        return "{" + inner + "}"
    if isinstance(value, list):
        if all(not isinstance(v, dict | list) for v in value):
            return "[" + ", ".join(_compact(v) for v in value) + "]"
        return f"[{len(value)} × {{…}}]"
    return str(value)


def shown(value: Any) -> str:
    """A value as a reader would write it, cut to :data:`SHOWN` characters."""
    text = _compact(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def _at(data: Any, loc: tuple[str | int, ...]) -> Any:
    """The value at ``loc`` in the file's data or in a validated model (mapping keys, list
    items, model fields), or None where there is none."""
    for part in loc:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list):
            data = data[part] if isinstance(part, int) and 0 <= part < len(data) else None
        elif isinstance(data, BaseModel) and isinstance(part, str):
            data = getattr(data, part, None)
        else:
            return None
    return data


def trace(rubric: Rubric, values: dict[str, Tri]) -> list[Step]:
    """The decision rules in order with their outcome, up to the first that holds."""
    from kemitraan.engine import evaluate

    steps = []
    for rule in rubric.decision:
        outcome = evaluate(rule.when, values)
        steps.append(Step(rule.verdict, rule.when, outcome))
        if outcome is True:
            break
    return steps


def _answers_for(
    found: Sequence[tuple[Loc, Answer]], lines: Sequence[int | None], wanted: dict[str, Loc]
) -> dict[str, list[Answered]]:
    """The informants' answers (``found``, at ``lines``) to the question each fact asks.

    An answer sits in a ``reports`` or ``ratings`` list beside the field it answers
    (``principles.equity.ratings[0].score`` answers ``principles.equity.score``).
    """
    out: dict[str, list[Answered]] = {}
    for path, loc in wanted.items():
        owner, name = loc[:-1], loc[-1]
        for (at, answer), line in zip(found, lines, strict=True):
            if at[:-2] == owner and isinstance(name, str) and hasattr(answer, name):
                value = getattr(answer, name)
                if value is not None and value != "unknown":
                    out.setdefault(path, []).append(Answered(answer.informant, line, shown(value)))
    return out


def explain_file(path: Path, rubrics: Sequence[LoadedRubric], aggregate: Aggregate = "median") -> Explanation:
    """Read, validate and assess ``path``, and gather the chain behind every verdict.

    ``aggregate`` (median or min) says how several informants' answers become one value, as
    for ``kemitraan assess``.
    """
    from kemitraan.errors import parse_loc
    from kemitraan.loader import load_partnership, parse_yaml
    from kemitraan.loader.locate import lines_of
    from kemitraan.models.partnership import answers
    from kemitraan.pipeline import aggregate_informants, assess_loaded

    partnership, text, raw = load_partnership(path)
    a = assess_loaded(partnership, raw, path.name, rubrics, aggregate)
    paths = list(
        dict.fromkeys(
            p for r in a.assessments for c in r.criteria for p in (*c.facts, *(e.path for e in c.evidence))
        )
    )
    data = parse_yaml(text, str(path))
    locs = [parse_loc(p) for p in paths]
    found = answers(partnership)
    every_line = lines_of(text, [*locs, *(loc for loc, _ in found)])  # one parse for both
    lines = every_line[: len(locs)]
    answered = _answers_for(found, every_line[len(locs) :], dict(zip(paths, locs, strict=True)))
    read = aggregate_informants(partnership, aggregate) if answered else partnership
    facts = {}
    for p, loc, line in zip(paths, locs, lines, strict=True):
        written = shown(_at(data, loc)) if line is not None else ""
        value = _at(read, loc)
        if p in answered and value != _at(partnership, loc):  # the informants' answers filled it
            facts[p] = Fact(p, line, shown(value), tuple(answered[p]), written)
        else:
            facts[p] = Fact(p, line, written)
    by_id = {r.rubric.id: r.rubric for r in rubrics}
    steps: dict[str, list[Step]] = {}
    required: dict[str, list[tuple[str, Tri]]] = {}
    for r in a.assessments:
        rubric = by_id[r.rubric.id]
        values = {c.id: c.met for c in r.criteria}
        required[rubric.id] = [(c, values[c]) for c in rubric.requires]
        steps[rubric.id] = trace(rubric, values)
    return Explanation(a.input.file, a, by_id, facts, steps, required, aggregate)


__all__ = ["Explanation", "Fact", "Step", "explain_file", "shown", "trace"]
