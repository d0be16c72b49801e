"""``kemitraan explain`` as plain text: for each verdict, the chain fact -> criterion -> score -> verdict.

For example (``examples/benan.yaml``, ``--lang en``)::

    ━━ Notoatmodjo's partnership models (Model I and Model II) · Notoatmodjo (2010:253)
    Verdict: Model I: networking

    Facts → criteria

      planning-joint: Joint planning · Notoatmodjo (2010:253) · operationalisation by kemitraan
        fact       line 99: programs[0].planning.joint = yes
        evidence   line 101: “Bentuk kerjasama yang solid dapat dilihat pada saat perencanaan progr…”
                   (Sapitri, Akhyary & Hendrayady 2023)
        rule       Per program: met when every partner taking part in the program (at least two) ...
        note       operationalisation by kemitraan: Notoatmodjo: activities are "planned, ...
        result     met: yes. In planning: no partner's level is recorded. The study states ...

    Criteria → verdict
      Rule 1: model-2 (Model II: joint program) when all of (...) → does not hold
      Rule 2: model-1 (Model I: networking) when linked-by-service-or-target → holds
      So: Model I: networking. Model II: joint program: not met (...). Model I: networking, ...
      The study's conclusion: The study concluded Model I: networking (“Model I”); ... agree.
"""

from __future__ import annotations

from kemitraan.explain import Explanation, Fact
from kemitraan.indicators.base import Tri
from kemitraan.messages import say, t, value
from kemitraan.models.assessment import CriterionResult, EvidenceRef, RubricAssessment
from kemitraan.models.rubric import Rubric
from kemitraan.msg import Msg
from kemitraan.render.rubric_text import (
    criterion_reads,
    criterion_rule,
    field,
    operationalisation_words,
    para,
    rule_words,
)

QUOTE = 70
"""The longest an evidence quote is shown before it is cut with '…'."""


def _truth(met: Tri) -> Msg:
    return Msg("truth.unknown" if met is None else "truth.yes" if met else "truth.no")


def _fact(fact: Fact, how: str, lang: str) -> str:
    if fact.answers:
        answers = "; ".join(
            t("explain.answer", lang, informant=a.informant, line=str(a.line or "?"), value=a.value)
            for a in fact.answers
        )
        where = (
            Msg("explain.unwritten")
            if fact.line is None
            else Msg("explain.written_as", {"line": str(fact.line), "value": fact.written})
        )
        how_words = Msg(f"fw.aggregate.{how}")
        return t(
            "explain.from_informants",
            lang,
            path=fact.path,
            value=fact.value,
            where=where,
            how=how_words,
            answers=answers,
        )
    if fact.line is None:
        return t("explain.not_written", lang, path=fact.path)
    return t("explain.at_line", lang, line=str(fact.line), path=fact.path, value=fact.value)


def _quote(e: EvidenceRef, facts: dict[str, Fact], lang: str) -> str:
    quote = " ".join(e.quote.split())
    if len(quote) > QUOTE:
        quote = quote[: QUOTE - 1] + "…"
    line = facts[e.path].line
    return t(
        "explain.quote",
        lang,
        line=str(line) if line is not None else "?",
        quote=quote,
        source=e.source or Msg("explain.no_source"),
    )


def _result(c: CriterionResult, lang: str) -> str:
    detail = say(c.detail, lang)
    # A number the criterion measured; a program-scope criterion's overall value only counts
    # the programs where it is met, and a text value is already in the detail.
    numeric = isinstance(c.value, int | float) and not isinstance(c.value, bool)
    if not numeric or c.scope == "program":
        return t("explain.met", lang, met=_truth(c.met), detail=detail)
    shown = value(c.value, lang)
    return t("explain.met_value", lang, met=_truth(c.met), value=shown, detail=detail)


def _criterion(rubric: Rubric, c: CriterionResult, e: Explanation, lang: str, width: int) -> list[str]:
    criterion = rubric.criterion(c.id)
    cite = f" · {c.citation}" if c.citation else ""
    if c.operationalisation is not None:
        cite += f" · {t('report.operationalisation', lang)}"
    out = ["", f"  {c.id}: {say(c.label, lang)}{cite}"]
    for path in c.facts:
        out += field(t("explain.fact", lang), _fact(e.facts[path], e.aggregate, lang), width)
    if not c.facts:
        out += field(t("explain.fact", lang), criterion_reads(criterion, lang), width)
    for ev in c.evidence:
        out += field(t("explain.evidence", lang), _quote(ev, e.facts, lang), width)
    out += field(t("explain.rule", lang), criterion_rule(criterion, lang), width)
    if criterion.operationalisation is not None:
        out += field(
            t("explain.operationalisation", lang), operationalisation_words(rubric, criterion, lang), width
        )
    out += field(t("explain.result", lang), _result(c, lang), width)
    if len(c.programs) > 1:
        for reading in c.programs:
            text = t(
                "explain.program_met",
                lang,
                program=reading.program,
                met=_truth(reading.met),
                detail=say(reading.detail, lang),
            )
            out += field(t("explain.program", lang), text, width)
    return out


def _decision(rubric: Rubric, r: RubricAssessment, e: Explanation, lang: str, width: int) -> list[str]:
    out = ["", t("explain.criteria_to_verdict", lang)]
    for criterion, met in e.required[rubric.id]:
        out += para(t("explain.requires", lang, criterion=criterion, met=_truth(met)), width)
    outcomes = {True: "explain.holds", False: "explain.fails", None: "explain.might"}
    for n, step in enumerate(e.steps[rubric.id], 1):
        sentence = t(
            "explain.step",
            lang,
            n=str(n),
            rule=rule_words(rubric, step.when, step.verdict, lang),
            outcome=Msg(outcomes[step.outcome]),
        )
        out += para(sentence, width)
    if any(step.outcome is None for step in e.steps[rubric.id]):
        possible = ", ".join(
            say(rubric.verdict(v).label, lang) for v in r.possible if v != "insufficient-evidence"
        )
        out += para(t("explain.possible", lang, possible=possible), width)
    candidates = "; ".join(
        f"{say(c.label, lang)} {value(c.support, lang)}" + (f" ({say(c.shown, lang)})" if c.shown else "")
        for c in r.candidates
    )
    out += para(t("explain.support", lang, candidates=candidates), width)
    if r.support_note is not None:
        out += para(say(r.support_note, lang), width)
    out += para(t("explain.conclusion", lang, verdict=say(r.label, lang), reason=say(r.reason, lang)), width)
    for c in e.assessment.conclusions:
        if c.rubric == rubric.id:
            out += para(t("explain.study", lang, sentence=say(c.sentence, lang), why=say(c.why, lang)), width)
    if r.programs:
        programs = "; ".join(f"{p.name}: {say(p.label, lang)}" for p in r.programs)
        out += para(t("explain.programs", lang, programs=programs), width)
    return out


def render_explanation(e: Explanation, lang: str, width: int = 100) -> str:
    """The whole chain for every rubric, as text."""
    a = e.assessment
    out = para(t("explain.title", lang, file=e.file, title=a.input.title), width, 0)
    out += para(t("explain.intro", lang, file=e.file), width, 0)
    for r in a.assessments:
        rubric = e.rubrics[r.rubric.id]
        out += ["", f"━━ {say(r.rubric.title, lang)} · {r.rubric.citation}"]
        out.append(t("explain.verdict", lang, verdict=say(r.label, lang)))
        out += ["", t("explain.facts_to_criteria", lang)]
        for c in r.criteria:
            out += _criterion(rubric, c, e, lang, width)
        out += _decision(rubric, r, e, lang, width)
    return "\n".join(out) + "\n"
