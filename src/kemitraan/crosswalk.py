"""The crosswalk: every typology that ran, side by side, on one common scale of working together.

The common scale is kemitraan's. Its steps follow Himmelman's nested definitions (0 no working
link, 1 information exchanged, 2 activities altered, 3 resources shared, 4 the capacity of
another enhanced: working as one), and the verdicts of each ladder of working together
(Notoatmodjo's models, Himmelman's continuum, Frey et al.'s levels) have a place on it by what
they ask (:data:`POSITIONS`). Sulistiyani's two typologies and the principles judge other things
(balance and benefit, how the parties stand to each other, the principles' scores): they sit
beside the scale. Cited notes (:data:`NOTES`) say how the typologies that ran line up and where
they disagree. Everything here is data for the renderers; the engine builds it after every
verdict is decided, from the assessments alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from kemitraan import messages
from kemitraan.models import assessment as out
from kemitraan.models.record import record
from kemitraan.models.rubric import INSUFFICIENT
from kemitraan.msg import Msg

STEPS = 5
"""The common scale's steps, 0 to 4."""

POSITIONS: dict[str, dict[str, float]] = {
    "notoatmodjo-2010": {"neither": 0, "model-1": 1, "model-2": 3.5},
    "himmelman-2002": {"none": 0, "networking": 1, "coordinating": 2, "cooperating": 3, "collaborating": 4},
    "frey-2006": {"networking": 1, "cooperation": 2, "coordination": 3, "coalition": 3.5, "collaboration": 4},
}
"""Each ladder's verdicts on the common scale (a rubric of one's own with a bundled id and the
same verdict ids is placed likewise; any other sits beside the scale)."""

LADDERS = frozenset(POSITIONS)


@record(kw_only=False, slots=False)
class Note:
    """A note shown when every rubric in ``needs`` ran and, if ``any_of`` is given, one of those."""

    key: str
    needs: frozenset[str]
    any_of: frozenset[str] = frozenset()
    operationalisation: bool = True
    cites: frozenset[str] = frozenset()
    """Rubrics whose sources the note cites besides those in ``needs`` (listed in full when they
    did not run, so that every citation in a report has its reference)."""

    def applies(self, ran: set[str]) -> bool:
        return self.needs <= ran and (not self.any_of or bool(self.any_of & ran))

    def rubrics(self, ran: set[str]) -> list[str]:
        return sorted(self.needs | (self.any_of & ran))


_OTHERS = frozenset({"himmelman-2002", "frey-2006"})
_ALL_LADDERS = frozenset({"notoatmodjo-2010", "himmelman-2002", "frey-2006"})

NOTES: tuple[Note, ...] = (
    Note("crosswalk.note.model1", frozenset({"notoatmodjo-2010"}), _OTHERS, cites=_OTHERS),
    Note("crosswalk.note.model2", frozenset({"notoatmodjo-2010"}), _OTHERS, cites=_OTHERS),
    Note("crosswalk.note.order", frozenset({"himmelman-2002", "frey-2006"})),
    Note("crosswalk.note.balance", frozenset({"sulistiyani-2017"}), _ALL_LADDERS),
    Note("crosswalk.note.standing", frozenset({"sulistiyani-union"}), _ALL_LADDERS),
    Note(
        "crosswalk.note.two_families",
        frozenset({"sulistiyani-2017", "sulistiyani-union"}),
        operationalisation=False,
    ),
    Note("crosswalk.note.capacity", frozenset({"sulistiyani-2017", "himmelman-2002"})),
)
"""How the typologies line up, each note with the typologies it speaks of (texts in messages.py)."""

SCALE_CITES = frozenset({"himmelman-2002"})
"""The common scale follows Himmelman's definitions: its note cites him."""

CITATIONS: dict[str, str] = {
    "himmelman-2002": "Himmelman, A. T. (2002). Collaboration for a Change.",
    "frey-2006": (
        "Frey, Lohmeier, Lee, & Tollefson (2006). Measuring Collaboration Among Grant Partners. "
        "American Journal of Evaluation, 27(3), 383-392. doi:10.1177/1098214006290356"
    ),
}
"""The references a note may cite when their rubric did not run (as the rubric files give them;
tests/test_crosswalk.py keeps the two the same)."""


def _step(position: float) -> Msg:
    """A place on the scale in words: a step, or between two steps."""
    if float(position).is_integer():
        n = int(position)
        return Msg("crosswalk.where.step", {"step": n, "label": Msg(f"crosswalk.step.{n}")})
    low, high = int(position), int(position) + 1
    return Msg(
        "crosswalk.where.between",
        {
            "low": low,
            "high": high,
            "low_label": Msg(f"crosswalk.step.{low}"),
            "high_label": Msg(f"crosswalk.step.{high}"),
        },
    )


def _row(r: out.RubricAssessment, opt_in: bool) -> out.CrosswalkRow:
    places = POSITIONS.get(r.rubric.id, {})
    on_scale = bool(places) and all(c.verdict in places for c in r.candidates)
    undecided = r.verdict == INSUFFICIENT
    steps = [
        out.CrosswalkStep(
            verdict=c.verdict,
            label=c.label,
            position=places[c.verdict] if on_scale else None,
            state="verdict"
            if c.verdict == r.verdict
            else "possible"
            if undecided and c.verdict in r.possible
            else "other",
        )
        for c in r.candidates
    ]
    position = low = high = None
    where: Msg
    if not on_scale:
        key = f"crosswalk.where.beside.{r.rubric.id}"
        where = Msg(key if key in messages.SOURCE else "crosswalk.where.beside")
    elif not undecided:
        position = places[r.verdict]
        where = _step(position)
    else:
        still = [places[v] for v in r.possible if v in places]
        low, high = min(still), max(still)
        where = Msg(
            "crosswalk.where.range" if low != high else "crosswalk.where.range_one",
            {"low": Msg("fmt.number", {"value": low}), "high": Msg("fmt.number", {"value": high})},
        )
    short = f"crosswalk.name.{r.rubric.id}"
    return out.CrosswalkRow(
        rubric=r.rubric.id,
        title=r.rubric.title,
        name=Msg(short) if short in messages.SOURCE else r.rubric.title,
        citation=r.rubric.citation,
        verdict=r.verdict,
        label=r.label,
        on_scale=on_scale,
        position=position,
        low=low,
        high=high,
        where=where,
        opt_in=opt_in,
        steps=steps,
    )


def _summary(rows: Sequence[out.CrosswalkRow]) -> Msg:
    ladders = [r for r in rows if r.on_scale]
    decided = [r for r in ladders if r.position is not None]

    def item(r: out.CrosswalkRow) -> Msg:
        if r.position is None:
            return Msg("crosswalk.item_undecided", {"rubric": r.citation or r.rubric, "where": r.where})
        return Msg("crosswalk.item", {"rubric": r.citation or r.rubric, "verdict": r.label, "where": r.where})

    if not ladders:
        return Msg("crosswalk.summary.no_ladder")
    if not decided:
        return Msg("crosswalk.summary.undecided", {"items": [item(r) for r in ladders]})
    if len(decided) == 1:
        others = [item(r) for r in ladders if r.position is None]
        key = "crosswalk.summary.one_of" if others else "crosswalk.summary.one"
        return Msg(key, {"item": item(decided[0]), "others": others})
    agree = len({r.position for r in decided}) == 1
    return Msg(
        "crosswalk.summary.agree" if agree else "crosswalk.summary.differ",
        {"items": [item(r) for r in decided]},
    )


def build(assessments: Sequence[out.RubricAssessment]) -> out.Crosswalk:
    """The crosswalk of the rubrics that ran (in the order they ran)."""
    from kemitraan.loader import BUNDLED_RUBRICS, OPT_IN_RUBRICS

    ran = {r.rubric.id for r in assessments}
    rows = [_row(r, r.rubric.origin == "bundled" and r.rubric.id in OPT_IN_RUBRICS) for r in assessments]
    notes = [
        out.CrosswalkNote(
            id=n.key.removeprefix("crosswalk.note."),
            rubrics=n.rubrics(ran),
            text=Msg(n.key),
            operationalisation=n.operationalisation,
        )
        for n in NOTES
        if n.applies(ran)
    ]
    cited = {x for n in NOTES if n.applies(ran) for x in n.cites}
    if any(r.on_scale for r in rows):
        cited |= SCALE_CITES
        notes.insert(
            0,
            out.CrosswalkNote(
                id="scale",
                rubrics=sorted(ran & LADDERS),
                text=Msg("crosswalk.note.scale"),
                operationalisation=True,
            ),
        )
    not_run = [name for name in BUNDLED_RUBRICS if name not in ran]
    add = None
    if not_run:
        named = [Msg("crosswalk.named", {"id": n, "name": Msg(f"crosswalk.name.{n}")}) for n in not_run]
        example = next((n for n in not_run if n in OPT_IN_RUBRICS), not_run[0])
        add = Msg("crosswalk.add", {"names": named, "example": example})
    return out.Crosswalk(
        scale=[Msg(f"crosswalk.step.{i}") for i in range(STEPS)],
        rows=rows,
        summary=_summary(rows),
        notes=notes,
        sources=[CITATIONS[x] for x in sorted(cited - ran) if x in CITATIONS],
        not_run=not_run,
        add=add,
    )


__all__ = ["LADDERS", "NOTES", "POSITIONS", "build"]
