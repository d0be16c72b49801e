"""Comparing assessments: two versions of one partnership, or verdict counts per group of files.

``compare(before, after)`` is the longitudinal view evaluators ask for ("in 2019 only
planning was joint; in 2023 implementation too"): it matches rubrics, criteria, programs,
partners and principles by id and records what changed. ``count_groups`` tallies the
verdicts of many files per place (or year, language, folder), from the same summary rows a
batch run writes, so it streams as a batch does. Both are pure: no printing, no files.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kemitraan.models import comparison as out
from kemitraan.models.assessment import Assessment, PhaseCell, ProgramInfo, Tool
from kemitraan.models.rubric import INSUFFICIENT, LoadedRubric
from kemitraan.msg import Msg

if TYPE_CHECKING:
    from kemitraan.models.assessment import Said
    from kemitraan.tally import Result

BY: dict[str, str | None] = {
    "village": "village",
    "district": "district",
    "regency": "regency",
    "province": "province",
    "country": "country",
    "language": "language",
    "from": "period_from",
    "to": "period_to",
    "folder": None,
}
"""What ``--by`` may group on, and the summary column it reads (``folder``: the file's folder)."""


# --- two files ----------------------------------------------------------------------------------


def _labels(a: Assessment, b: Assessment) -> tuple[str, str]:
    for x, y in ((a.input.period, b.input.period), (a.input.file, b.input.file), (a.input.id, b.input.id)):
        if x and y and x != y:
            return x, y
    return "A", "B"


def _title(a: Assessment, b: Assessment, label_a: str, label_b: str) -> Msg:
    """The title names both sides: their periods (or files) when they share a title, else both titles."""
    if a.input.title == b.input.title:
        return Msg("compare.heading.same", {"title": a.input.title, "before": label_a, "after": label_b})
    return Msg("compare.heading", {"before": a.input.title, "after": b.input.title})


def _warnings(a: Assessment, b: Assessment) -> list[Said]:
    """Signs that the two files describe two partnerships, not one at two times."""
    found: list[Said] = []
    if a.input.id != b.input.id:
        found.append(Msg("compare.warn.id", {"before": a.input.id, "after": b.input.id}))
    partners_a = {p.id: p.name for p in a.partners}
    partners_b = {p.id: p.name for p in b.partners}
    if partners_a.keys() != partners_b.keys():
        none = Msg("word.none")
        only_a = [n for pid, n in partners_a.items() if pid not in partners_b]
        only_b = [n for pid, n in partners_b.items() if pid not in partners_a]
        found.append(
            Msg(
                "compare.warn.partners",
                {"before": only_a or none, "after": only_b or none},
            )
        )
    return found


def _side(a: Assessment, label: str) -> out.Side:
    i = a.input
    return out.Side(file=i.file, id=i.id, title=i.title, period=i.period, place=i.place, label=label)


def _support(a: Assessment, rubric_id: str) -> float | None:
    r = a.get(rubric_id)
    if r is None:
        return None
    return next((c.support for c in r.candidates if c.verdict == r.verdict), None)


def _phase_names(cells: Iterable[PhaseCell]) -> list[str]:
    return [c.phase for c in cells if c.joint is True]


def _phase_change(
    cell_a: PhaseCell | None, cell_b: PhaseCell | None, partners: dict[str, str]
) -> out.PhaseChange:
    levels = [
        out.LevelChange(
            partner=pid,
            name=name,
            before=cell_a.participation.get(pid) if cell_a else None,
            after=cell_b.participation.get(pid) if cell_b else None,
        )
        for pid, name in partners.items()
    ]
    joint_a = cell_a.joint if cell_a else None
    joint_b = cell_b.joint if cell_b else None
    phase = (cell_b or cell_a).phase  # type: ignore[union-attr]
    changed = joint_a != joint_b or any(x.before != x.after for x in levels)
    return out.PhaseChange(
        phase=phase, joint_before=joint_a, joint_after=joint_b, levels=levels, changed=changed
    )


def _program_change(
    a: ProgramInfo | None, b: ProgramInfo | None, partners: dict[str, str]
) -> out.ProgramChange:
    either = b or a
    assert either is not None
    phases_a = {c.phase: c for c in a.phases} if a else {}
    phases_b = {c.phase: c for c in b.phases} if b else {}
    order = list(dict.fromkeys([*phases_a, *phases_b]))
    return out.ProgramChange(
        program=either.id,
        name=either.name,
        status="both" if a and b else "added" if b else "removed",
        phases=[_phase_change(phases_a.get(p), phases_b.get(p), partners) for p in order],
        joint_before=_phase_names(a.phases) if a else [],
        joint_after=_phase_names(b.phases) if b else [],
    )


def _phases_text(phases: list[str]) -> Msg:
    return Msg("fmt.list", {"items": [Msg(f"phase.{p}") for p in phases]}) if phases else Msg("word.none")


def compare(a: Assessment, b: Assessment) -> out.Comparison:
    """What changed from assessment ``a`` (before) to ``b`` (after)."""
    from kemitraan import __version__
    from kemitraan.indicators.principles import mean

    label_a, label_b = _labels(a, b)
    headline: list[Said] = []

    verdicts = []
    rubric_ids = list(
        dict.fromkeys([r.rubric.id for r in a.assessments] + [r.rubric.id for r in b.assessments])
    )
    for rid in rubric_ids:
        ra, rb = a.get(rid), b.get(rid)
        either = rb or ra
        assert either is not None
        change = out.VerdictChange(
            rubric=rid,
            title=either.rubric.title,
            before=ra.verdict if ra else None,
            before_label=ra.label if ra else None,
            after=rb.verdict if rb else None,
            after_label=rb.label if rb else None,
            support_before=_support(a, rid),
            support_after=_support(b, rid),
            changed=(ra.verdict if ra else None) != (rb.verdict if rb else None),
        )
        verdicts.append(change)
        if ra and rb:
            headline.append(
                Msg(
                    "compare.verdict.changed" if change.changed else "compare.verdict.same",
                    {"rubric": either.rubric.title, "before": ra.label, "after": rb.label},
                )
            )

    criteria = []
    for rid in rubric_ids:
        ra, rb = a.get(rid), b.get(rid)
        if ra is None or rb is None:
            continue
        after = {c.id: c for c in rb.criteria}
        for ca in ra.criteria:
            cb = after.get(ca.id)
            if cb is not None and ca.met != cb.met:
                criteria.append(
                    out.CriterionChange(
                        rubric=rid,
                        criterion=ca.id,
                        label=cb.label,
                        before=ca.met,
                        after=cb.met,
                        detail_before=ca.detail,
                        detail_after=cb.detail,
                    )
                )

    partners = {p.id: p.name for p in a.partners} | {p.id: p.name for p in b.partners}
    programs_a = {p.id: p for p in a.programs}
    programs_b = {p.id: p for p in b.programs}
    programs = [
        _program_change(programs_a.get(pid), programs_b.get(pid), partners)
        for pid in dict.fromkeys([*programs_a, *programs_b])
    ]
    several = len(programs) > 1
    for p in programs:
        params: dict[str, object] = {"program": p.name, "before": label_a, "after": label_b}
        if p.status == "both":
            params |= {
                "phases_before": _phases_text(p.joint_before),
                "phases_after": _phases_text(p.joint_after),
            }
            headline.append(Msg("compare.joint.program" if several else "compare.joint", params))
        else:
            headline.append(Msg(f"compare.program.{p.status}", params))

    scores_b = {x.id: x for x in b.principles}
    principles = [
        out.PrincipleChange(
            principle=x.id,
            label=x.label,
            before=x.score,
            after=scores_b[x.id].score if x.id in scores_b else None,
        )
        for x in a.principles
    ]
    mean_a = mean(x.before for x in principles if x.before is not None)
    mean_b = mean(x.after for x in principles if x.after is not None)
    if mean_a is not None and mean_b is not None:
        headline.append(
            Msg(
                "compare.mean",
                {
                    "before": label_a,
                    "after": label_b,
                    "mean_before": Msg("fmt.number", {"value": mean_a}),
                    "mean_after": Msg("fmt.number", {"value": mean_b}),
                },
            )
        )
    return out.Comparison(
        tool=Tool(name="kemitraan", version=__version__),
        before=_side(a, label_a),
        after=_side(b, label_b),
        title=_title(a, b, label_a, label_b),
        warnings=_warnings(a, b),
        headline=headline,
        verdicts=verdicts,
        criteria=criteria,
        programs=programs,
        principles=principles,
        mean_before=mean_a,
        mean_after=mean_b,
    )


# --- many files, per group ------------------------------------------------------------------------


def _key(value: object) -> tuple[bool, float, str]:
    """Groups sorted by value (numbers as numbers), those without a value last."""
    if value is None:
        return (True, 0.0, "")
    text = str(value)
    try:
        return (False, float(text), text)
    except ValueError:
        return (False, float("inf"), text)


def count_groups(
    results: Iterable[Result], by: str, rubrics: Sequence[LoadedRubric], columns: list[str]
) -> out.GroupTable:
    """Verdict counts per group; a file that could not be assessed counts in no group."""
    from kemitraan import __version__
    from kemitraan.tally import VerdictCounter

    column = BY[by]
    at_key = columns.index(column) if column is not None else None
    verdicts = VerdictCounter(rubrics, columns)
    files: Counter[str | None] = Counter()
    counts: dict[str | None, dict[str, Counter[str]]] = {}
    failed = 0
    for result in results:
        if result.row is None:
            failed += 1
            continue
        value = result.row[at_key] if at_key is not None else Path(result.file).parent.as_posix()
        key = None if value is None else str(value)
        files[key] += 1
        if key not in counts:
            counts[key] = verdicts.empty()
        verdicts.add(counts[key], result.row)
    insufficient = out.VerdictColumn(id=INSUFFICIENT, label=Msg("verdict.insufficient"))
    return out.GroupTable(
        tool=Tool(name="kemitraan", version=__version__),
        by=by,
        rubrics=[
            out.RubricColumns(
                id=r.rubric.id,
                title=r.rubric.title,
                verdicts=[out.VerdictColumn(id=v.id, label=v.label) for v in r.rubric.verdicts]
                + [insufficient],
            )
            for r in rubrics
        ],
        groups=[
            out.Group(key=key, files=files[key], counts={rid: dict(c) for rid, c in counts[key].items()})
            for key in sorted(files, key=_key)
        ],
        failed=failed,
    )
