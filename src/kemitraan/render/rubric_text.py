"""A rubric explained in plain text, for ``kemitraan rubrics show``: how a student learns the theory.

For example (``--lang en``)::

    notoatmodjo-2010 version 2.1: Notoatmodjo's partnership models (Model I and Model II)
    Model's source: Notoatmodjo (2010:253)
    ...
    Criteria

      planning-joint: Joint planning
        Means      The program is planned together; every partner taking part in it is
                   active or leads in planning.
        Reads      programs[*].planning.participation: each partner's level in planning; ...
        Rule       Per program: met when every partner taking part in the program (at least
                   two) is active or above in planning; ...
        Source     Notoatmodjo (2010:253)
        Note       operationalisation by kemitraan: Notoatmodjo: activities are "planned, ...
"""

from __future__ import annotations

import textwrap

from kemitraan.indicators import reads_in_words, rule_in_words
from kemitraan.messages import fmt, say, t
from kemitraan.models.rubric import ALWAYS, AllOf, AnyOf, Criterion, Expr, LoadedRubric, Rubric, Sign
from kemitraan.msg import Msg

LABEL = 11
"""Width of the label column of a criterion's facts."""


def named(rubric: Rubric, criterion_id: str) -> Msg:
    """A criterion by its name, its id after it in brackets: ``Joint planning (planning-joint)``."""
    return Msg("fmt.named", {"label": rubric.criterion(criterion_id).label, "id": criterion_id})


def expr_words(expr: Expr, rubric: Rubric) -> Msg:
    """A decision expression in words: ``all of (Joint planning (planning-joint), ...)``."""
    if isinstance(expr, str):
        return Msg("expr.always") if expr == ALWAYS else named(rubric, expr)
    if isinstance(expr, AllOf):
        return Msg(
            "expr.all", {"items": Msg("fmt.list", {"items": [expr_words(e, rubric) for e in expr.all]})}
        )
    if isinstance(expr, AnyOf):
        return Msg(
            "expr.any", {"items": Msg("fmt.list", {"items": [expr_words(e, rubric) for e in expr.any]})}
        )
    return Msg("expr.not", {"item": expr_words(expr.not_, rubric)})


def sign_words(sign: Sign, rubric: Rubric) -> Msg:
    words = Msg("sign.met" if sign.expect else "sign.unmet", {"criterion": named(rubric, sign.criterion)})
    if sign.weight != 1:
        return Msg("sign.weight", {"sign": words, "weight": sign.weight})
    return words


def rule_words(rubric: Rubric, when: Expr, verdict_id: str, lang: str) -> str:
    """One decision rule in a sentence: ``model-2 (Model II: joint program) when all of (...)``."""
    verdict = Msg("fmt.named", {"label": rubric.verdict(verdict_id).label, "id": verdict_id})
    if when == ALWAYS:
        return t("show.otherwise", lang, verdict=verdict)
    return t("show.when", lang, verdict=verdict, expr=expr_words(when, rubric))


def decision_lines(rubric: Rubric, lang: str) -> list[str]:
    """The rubric's decision rules, one numbered sentence each, in order."""
    return [f"{i}. {rule_words(rubric, r.when, r.verdict, lang)}" for i, r in enumerate(rubric.decision, 1)]


def criterion_rule(c: Criterion, lang: str) -> str:
    """The criterion's indicator rule in words, with the program-scope rule when it applies."""
    text = fmt(rule_in_words(c.indicator, c.parsed_params), lang)
    if c.scope == "program":
        text += " " + t("rule.scope_program", lang)
    return text


def operationalisation_words(r: Rubric, c: Criterion, lang: str) -> str:
    """ "operationalisation by kemitraan: <note>", with the published applications it follows."""
    op = c.operationalisation
    assert op is not None
    text = t("show.operationalisation.text", lang, note=say(op.note, lang))
    if op.follows:
        text += " " + t("show.follows", lang, sources="; ".join(r.citation(f) for f in op.follows))
    return text


def criterion_reads(c: Criterion, lang: str) -> str:
    return fmt(reads_in_words(c.indicator, c.parsed_params), lang)


def field(label: str, text: str, width: int, indent: int = 4) -> list[str]:
    """``label`` in a column, ``text`` wrapped beside it."""
    pad = " " * indent
    return textwrap.wrap(
        text,
        width=width,
        initial_indent=f"{pad}{label:<{LABEL}}",
        subsequent_indent=pad + " " * LABEL,
        break_on_hyphens=False,
    ) or [f"{pad}{label}"]


def para(text: str, width: int, indent: int = 2) -> list[str]:
    pad = " " * indent
    return textwrap.wrap(
        " ".join(text.split()), width=width, initial_indent=pad, subsequent_indent=pad, break_on_hyphens=False
    )


def flow(value: object) -> str:
    """A parameter as it is written in a rubric file: ``[joint, partly]``, ``0.5``."""
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return str(value)


def render_rubric(loaded: LoadedRubric, lang: str, width: int = 88) -> str:
    """Every criterion (what it means, what it reads, its rule, its source), verdicts and decision."""
    r = loaded.rubric
    out = para(t("show.title", lang, id=r.id, version=r.version, title=say(r.title, lang)), width, 0)
    out += para(t("show.model_source", lang, citation=r.citation()), width, 0)
    out += ["", *para(say(r.description, lang), width, 0)]
    if r.theory:
        out += ["", t("show.theory", lang), *para(say(r.theory, lang), width)]
    out += ["", t("show.sources", lang)]
    for s in r.sources:
        note = f" {say(s.note, lang)}" if s.note else ""
        out += para(f"[{s.id}] {s.citation}{note}", width)
    out += ["", t("show.criteria", lang)]
    for c in r.criteria:
        out += ["", f"  {c.id}: {say(c.label, lang)}"]
        out += field(t("show.means", lang), say(c.description, lang), width)
        out += field(t("show.reads", lang), criterion_reads(c, lang), width)
        out += field(t("show.rule", lang), criterion_rule(c, lang), width)
        source = r.citation(c.cite) if c.cite else t("show.no_source", lang)
        out += field(t("show.source", lang), source, width)
        if c.operationalisation is not None:
            out += field(t("show.operationalisation", lang), operationalisation_words(r, c, lang), width)
        params = ", ".join(f"{k}: {flow(v)}" for k, v in c.params.items())
        out += field(
            t("show.indicator", lang), f"{c.indicator}" + (f" {{{params}}}" if params else ""), width
        )
    out += ["", t("show.verdicts", lang)]
    for v in r.verdicts:
        cite = f" ({r.citation(v.cite)})" if v.cite else ""
        out += ["", f"  {v.id}: {say(v.label, lang)}{cite}"]
        out += para(say(v.description, lang), width, 4)
        if v.signs:
            signs = "; ".join(fmt(sign_words(s, r), lang) for s in v.signs)
            out += field(t("show.signs", lang), signs, width)
    out += ["", t("show.decision", lang)]
    if r.requires:
        out += para(t("show.requires", lang, criteria=", ".join(r.requires)), width)
    for line in decision_lines(r, lang):
        out += textwrap.wrap(
            line, width=width, initial_indent="  ", subsequent_indent="     ", break_on_hyphens=False
        )
    if r.per_program:
        out += para(t("show.per_program", lang), width)
    out += para(t("show.three_valued", lang), width)
    return "\n".join(out) + "\n"
