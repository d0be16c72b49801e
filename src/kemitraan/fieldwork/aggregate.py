"""Many informants, one set of facts: aggregate their answers, measure agreement, test the verdicts.

How answers combine with what the file says (documented in the README, "From fieldwork to
report"):

* **A written value always wins.** ``score``, a phase's ``participation``, ``understands_purpose``,
  ``benefits`` and ``agreement.form`` written in the file are used as they are; the informants'
  answers are still shown, with their agreement, next to them.
* **Answers fill what is not written**: a missing ``score``, an empty ``participation``, an
  ``unknown`` understanding or agreement form, benefits left out.
* **Aggregation** (``--aggregate``): ``median`` (the default) takes the low median of the answers,
  ``min`` the lowest answer: the conservative reading, as the EU "Lisbon" partnership toolbox
  lowers a shared score while disagreement is unresolved. ``unknown`` answers are left out.
  In a phase report a partner the informant did not list took no part (``absent``), as in a
  phase's ``participation``.

The verdicts are then tested: once under the other aggregation, and once without each
informant's answers in turn, so that a verdict that hinges on one informant is labelled as such.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from kemitraan import messages
from kemitraan.choices import Aggregate
from kemitraan.fieldwork.agreement import RELIABLE, TENTATIVE, alpha, disagree, median_low, pairable_count
from kemitraan.models import assessment as out
from kemitraan.models.partnership import (
    LEVELS,
    PHASES,
    RELATION_FACTS,
    RELATION_SCALES,
    Answer,
    Partnership,
    Principles,
    answers,
)
from kemitraan.models.rubric import LoadedRubric
from kemitraan.msg import Msg

SCORES: tuple[int, ...] = (1, 2, 3, 4, 5)
UNDERSTANDING: tuple[str, ...] = ("no", "partly", "yes")
AGREEMENT_FORMS: tuple[str, ...] = ("none", "verbal", "written")
BENEFIT: tuple[str, ...] = ("no", "yes")
"""Whether an informant names a benefit (``yes``) or says the partner gains nothing (``no``)."""


@dataclass
class _Item:
    """One question's answers while they are being gathered."""

    kind: Literal["principle", "participation", "understanding", "benefits", "agreement", "relation"]
    path: str
    label: Msg
    scale: tuple[Any, ...]
    written: Any
    answers: list[tuple[Answer, Any]] = field(default_factory=list)
    subject: str | None = None
    """For participation: the partner whose participation is reported; for a relation fact, the fact."""

    @property
    def ranks(self) -> list[int]:
        return [self.scale.index(v) for _, v in self.answers]

    def combined(self, how: Aggregate) -> Any:
        ranks = self.ranks
        if not ranks:
            return None
        return self.scale[median_low(ranks) if how == "median" else min(ranks)]


def _show(item: _Item, value: Any) -> Msg | int | str:
    if value is None:
        return Msg("word.none")
    if item.kind == "principle":
        return int(value)
    if item.kind == "participation":
        return Msg(f"level.{value}")
    if item.kind == "relation" and item.subject in ("resources", "risks"):
        return Msg(f"share.{value}")
    return Msg(f"value.{value}")


def _text(value: Msg | int | str) -> Msg:
    return value if isinstance(value, Msg) else Msg("fmt.number", {"value": value})


def _gather(p: Partnership) -> list[_Item]:
    """Every question some informant answered, in file order."""
    items: list[_Item] = []
    for i, partner in enumerate(p.partners):
        if not partner.reports:
            continue
        understands = _Item(
            "understanding",
            f"partners[{i}].understands_purpose",
            Msg("fw.item.understanding", {"partner": partner.name}),
            UNDERSTANDING,
            None if partner.understands_purpose == "unknown" else partner.understands_purpose,
        )
        benefits = _Item(
            "benefits",
            f"partners[{i}].benefits",
            Msg("fw.item.benefits", {"partner": partner.name}),
            BENEFIT,
            None if partner.benefits is None else ("yes" if partner.benefits else "no"),
        )
        for r in partner.reports:
            if r.understands_purpose != "unknown":
                understands.answers.append((r, r.understands_purpose))
            if r.benefits is not None:
                benefits.answers.append((r, "yes" if r.benefits else "no"))
        items += [x for x in (understands, benefits) if x.answers]
    for i, program in enumerate(p.programs):
        for phase_name in PHASES:
            phase = program.phase(phase_name)
            if phase is None or not phase.reports:
                continue
            for partner in p.partners:
                item = _Item(
                    "participation",
                    f"programs[{i}].{phase_name}.participation.{partner.id}",
                    Msg(
                        "fw.item.participation",
                        {
                            "program": program.name,
                            "phase": Msg(f"phase.{phase_name}"),
                            "partner": partner.name,
                        },
                    ),
                    LEVELS,
                    phase.participation.get(partner.id, "absent") if phase.participation else None,
                    subject=partner.id,
                )
                for report in phase.reports:
                    level = report.participation.get(partner.id, "absent")
                    if level != "unknown":
                        item.answers.append((report, level))
                items.append(item)
    for name in Principles.model_fields:
        record = getattr(p.principles, name) if p.principles is not None else None
        if record is None or not record.ratings:
            continue
        item = _Item(
            "principle",
            f"principles.{name}.score",
            Msg(f"principle.{name}"),
            SCORES,
            record.score,
            [(r, r.score) for r in record.ratings],
        )
        items.append(item)
    if p.agreement is not None and p.agreement.reports:
        item = _Item(
            "agreement",
            "agreement.form",
            Msg("fw.item.agreement"),
            AGREEMENT_FORMS,
            None if p.agreement.form == "unknown" else p.agreement.form,
            [(r, r.form) for r in p.agreement.reports if r.form != "unknown"],
        )
        if item.answers:
            items.append(item)
    for name in RELATION_FACTS:
        fact = p.relation.fact(name) if p.relation is not None else None
        if fact is None or not fact.reports:
            continue
        item = _Item(
            "relation",
            f"relation.{name}.value",
            Msg("fw.item.relation", {"fact": Msg(f"relation.{name}")}),
            RELATION_SCALES[name],
            None if fact.value == "unknown" else fact.value,
            [(r, r.value) for r in fact.reports if r.value != "unknown"],
            subject=name,
        )
        if item.answers:
            items.append(item)
    return items


def effective(p: Partnership, how: Aggregate) -> Partnership:
    """The partnership as the engine should read it: written values, and answers where none is written."""
    partners = []
    for partner in p.partners:
        update: dict[str, Any] = {}
        if partner.reports:
            understood = [
                r.understands_purpose for r in partner.reports if r.understands_purpose != "unknown"
            ]
            if partner.understands_purpose == "unknown" and understood:
                ranks = [UNDERSTANDING.index(v) for v in understood]
                update["understands_purpose"] = UNDERSTANDING[_combine(ranks, how)]
            named = [r.benefits for r in partner.reports if r.benefits is not None]
            if partner.benefits is None and named:
                gains = _combine([1 if b else 0 for b in named], how)
                update["benefits"] = list(dict.fromkeys(x for b in named for x in b)) if gains else []
        partners.append(partner.model_copy(update=update) if update else partner)
    programs = []
    for program in p.programs:
        update = {}
        for phase_name in PHASES:
            phase = program.phase(phase_name)
            if phase is None or not phase.reports or phase.participation:
                continue
            participation: dict[str, str] = {}
            for partner in p.partners:
                levels = [r.participation.get(partner.id, "absent") for r in phase.reports]
                ranks = [LEVELS.index(v) for v in levels if v != "unknown"]
                participation[partner.id] = LEVELS[_combine(ranks, how)] if ranks else "unknown"
            update[phase_name] = phase.model_copy(update={"participation": participation})
        programs.append(program.model_copy(update=update) if update else program)
    principles = p.principles
    if principles is not None:
        scored = {}
        for name in Principles.model_fields:
            record = getattr(principles, name)
            if record is not None and record.score is None and record.ratings:
                ranks = [r.score - 1 for r in record.ratings]
                scored[name] = record.model_copy(update={"score": SCORES[_combine(ranks, how)]})
        if scored:
            principles = principles.model_copy(update=scored)
    agreement = p.agreement
    if agreement is not None and agreement.form == "unknown":
        forms = [AGREEMENT_FORMS.index(r.form) for r in agreement.reports if r.form != "unknown"]
        if forms:
            agreement = agreement.model_copy(update={"form": AGREEMENT_FORMS[_combine(forms, how)]})
    relation = p.relation
    if relation is not None:
        filled: dict[str, Any] = {}
        for name in RELATION_FACTS:
            fact = relation.fact(name)
            if fact is None or fact.value != "unknown":
                continue
            scale = RELATION_SCALES[name]
            ranks = [scale.index(r.value) for r in fact.reports if r.value != "unknown"]
            if ranks:
                filled[name] = fact.model_copy(update={"value": scale[_combine(ranks, how)]})
        if filled:
            relation = relation.model_copy(update=filled)
    return _rebuilt(p, partners, programs, principles, agreement, relation)


def _rebuilt(
    p: Partnership, partners: Any, programs: Any, principles: Any, agreement: Any, relation: Any
) -> Partnership:
    """The partnership with the parts that hold informants' answers replaced."""
    update = {
        "partners": partners,
        "programs": programs,
        "principles": principles,
        "agreement": agreement,
        "relation": relation,
    }
    return p.model_copy(update=update)


def _combine(ranks: Sequence[int], how: Aggregate) -> int:
    return median_low(ranks) if how == "median" else min(ranks)


def without(p: Partnership, informant: str) -> Partnership:
    """The partnership with every answer of one informant removed."""

    def keep(items: Sequence[Answer]) -> list[Any]:
        return [a for a in items if a.informant != informant]

    partners = [x.model_copy(update={"reports": keep(x.reports)}) for x in p.partners]
    programs = []
    for program in p.programs:
        update: dict[str, Any] = {
            name: phase.model_copy(update={"reports": keep(phase.reports)})
            for name in PHASES
            if (phase := program.phase(name)) is not None
        }
        programs.append(program.model_copy(update=update))
    principles = p.principles
    if principles is not None:
        principles = principles.model_copy(
            update={
                name: record.model_copy(update={"ratings": keep(record.ratings)})
                for name in Principles.model_fields
                if (record := getattr(principles, name)) is not None
            }
        )
    agreement = p.agreement
    if agreement is not None:
        agreement = agreement.model_copy(update={"reports": keep(agreement.reports)})
    relation = p.relation
    if relation is not None:
        relation = relation.model_copy(
            update={
                name: fact.model_copy(update={"reports": keep(fact.reports)})
                for name in RELATION_FACTS
                if (fact := relation.fact(name)) is not None
            }
        )
    return _rebuilt(p, partners, programs, principles, agreement, relation)


# --- what the report shows --------------------------------------------------------------------


def _item_info(item: _Item, how: Aggregate) -> out.ItemAgreement:
    ranks = item.ranks
    median = item.combined("median")
    minimum = item.combined("min")
    used = item.written if item.written is not None else item.combined(how)
    source: Literal["written", "informants", "none"] = (
        "written" if item.written is not None else "informants" if ranks else "none"
    )
    perspectives: list[out.PerspectiveInfo] = []
    gap = False
    if item.kind == "participation":
        own = [item.scale.index(v) for a, v in item.answers if a.partner == item.subject]
        others = [item.scale.index(v) for a, v in item.answers if a.partner != item.subject]
        sides: tuple[tuple[Literal["own", "others"], list[int]], ...] = (("own", own), ("others", others))
        for side, ranks_ in sides:
            if ranks_:
                perspectives.append(
                    out.PerspectiveInfo(
                        side=side,
                        n=len(ranks_),
                        median=str(item.scale[median_low(ranks_)]),
                        shown=_text(_show(item, item.scale[median_low(ranks_)])),
                    )
                )
        gap = bool(own and others and abs(median_low(own) - median_low(others)) >= 2)
    counts: dict[Any, int] = {}
    for _, v in item.answers:
        counts[v] = counts.get(v, 0) + 1
    tally = [
        Msg("fw.count", {"value": _show(item, v), "count": counts[v]}) for v in item.scale if v in counts
    ]
    steps = len(item.scale) - 1
    shown = Msg(
        "fw.shown",
        {
            "n": len(ranks),
            "tally": tally or Msg("word.none"),
            "median": _show(item, median),
            "spread": max(ranks) - min(ranks) if ranks else 0,
        },
    )
    return out.ItemAgreement(
        kind=item.kind,
        path=item.path,
        label=item.label,
        n=len(ranks),
        answers=[out.AnswerValue(informant=a.informant, partner=a.partner, value=v) for a, v in item.answers],
        median=median,
        minimum=minimum,
        spread=max(ranks) - min(ranks) if ranks else 0,
        written=item.written,
        used=used,
        used_shown=_text(_show(item, used)),
        source=source,
        disagreement=disagree(ranks, steps),
        perspectives=perspectives,
        perspective_gap=gap,
        shown=shown,
    )


def _alpha(items: list[_Item], kind: Literal["principle", "participation"]) -> out.AlphaInfo:
    block: Literal["principles", "participation"] = "principles" if kind == "principle" else "participation"
    chosen = [i for i in items if i.kind == kind]
    units = [[float(r) for r in i.ranks] for i in chosen]
    informants = len({a.informant for i in chosen for a, _ in i.answers})
    n_units, n_values = pairable_count(units)
    value = alpha(units, "ordinal") if n_units >= 2 else None
    if value is None:
        reason = "fw.alpha.too_few" if n_units < 2 else "fw.alpha.undefined"
        reading = Msg(reason, {"units": n_units, "n": n_units})
    else:
        band = "reliable" if value >= RELIABLE else "tentative" if value >= TENTATIVE else "low"
        reading = Msg(f"fw.alpha.{band}", {"alpha": Msg("fmt.fixed", {"value": value, "decimals": 3})})
    return out.AlphaInfo(
        block=block,
        label=Msg(f"fw.block.{block}"),
        alpha=round(value, 4) if value is not None else None,
        units=n_units,
        pairable=n_values,
        informants=informants,
        reading=reading,
    )


def _informants(p: Partnership) -> list[out.InformantInfo]:
    seen: dict[str, list[Answer]] = {}
    for _, a in answers(p):
        seen.setdefault(a.informant, []).append(a)
    return [
        out.InformantInfo(
            informant=name,
            partner=next((a.partner for a in given if a.partner), None),
            role=next((a.role for a in given if a.role), None),
            answers=len(given),
        )
        for name, given in seen.items()
    ]


VerdictOf = Callable[[Partnership, LoadedRubric], str]


def sensitivity(
    p: Partnership,
    rubrics: Sequence[LoadedRubric],
    chosen: dict[str, str],
    how: Aggregate,
    verdict_of: VerdictOf,
) -> list[out.VerdictSensitivity]:
    """Each rubric's verdict under the other aggregation, and the informants it hinges on."""
    other: Aggregate = "min" if how == "median" else "median"
    other_p = effective(p, other)
    names = list(dict.fromkeys(a.informant for _, a in answers(p)))
    dropped = {name: effective(without(p, name), how) for name in names}
    result = []
    for loaded in rubrics:
        rid = loaded.rubric.id
        verdict = chosen[rid]
        other_verdict = verdict_of(other_p, loaded)
        hinges = [name for name, q in dropped.items() if verdict_of(q, loaded) != verdict]
        if len(hinges) == 1:
            key = "fw.verdict.hinges_one"
        elif hinges:
            key = "fw.verdict.hinges_each"
        else:
            key = "fw.verdict.robust"
        parts = [
            Msg(
                "fw.verdict.changes" if other_verdict != verdict else "fw.verdict.same",
                {"aggregate": Msg(f"fw.aggregate.{other}"), "verdict": _verdict_label(loaded, other_verdict)},
            ),
            Msg(key, {"informants": hinges}),
        ]
        result.append(
            out.VerdictSensitivity(
                rubric=rid,
                verdict=verdict,
                other_aggregate=other,
                other_verdict=other_verdict,
                changes=other_verdict != verdict,
                hinges_on=hinges,
                note=messages.sentences(parts),
            )
        )
    return result


def _verdict_label(loaded: LoadedRubric, verdict: str) -> Any:
    if verdict == "insufficient-evidence":
        return Msg("verdict.insufficient")
    return loaded.rubric.verdict(verdict).label


def fieldwork_info(
    p: Partnership,
    rubrics: Sequence[LoadedRubric],
    chosen: dict[str, str],
    how: Aggregate,
    verdict_of: VerdictOf,
) -> out.FieldworkInfo | None:
    """The fieldwork section of the assessment; None when the file holds no informants' answers."""
    if not answers(p):
        return None
    items = _gather(p)
    return out.FieldworkInfo(
        aggregate=how,
        informants=_informants(p),
        items=[_item_info(i, how) for i in items],
        alpha=[_alpha(items, "principle"), _alpha(items, "participation")],
        verdicts=sensitivity(p, rubrics, chosen, how, verdict_of),
    )
