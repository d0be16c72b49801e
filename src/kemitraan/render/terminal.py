"""The terminal summary: a verdict panel per model, the participation matrix, criteria, advice."""

from __future__ import annotations

import io
import re
from collections.abc import Callable

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text as RichText

from kemitraan.messages import say
from kemitraan.messages import t as _t
from kemitraan.models.assessment import Assessment, CriterionResult, RubricAssessment
from kemitraan.models.rubric import INSUFFICIENT
from kemitraan.render.templating import date_text, number

_LEVEL_STYLE = {
    "lead": "bold green",
    "active": "green",
    "consulted": "yellow",
    "informed": "dim yellow",
    "absent": "red",
    "unknown": "magenta",
}


def _mark(met: bool | None) -> RichText:
    if met is True:
        return RichText("✔", style="green")
    if met is False:
        return RichText("✘", style="red")
    return RichText("?", style="magenta")


def string_console(color: bool, width: int, *, markup: bool = True) -> tuple[Console, io.StringIO]:
    """A rich console that draws into a string (with colour codes only when ``color``).

    ``markup=False``: text is never read as rich markup (``[bold]``, ``[link=...]``), whoever
    wrote it; every renderer here passes it, and styles its own words with rich ``Text``.
    """
    buffer = io.StringIO()
    console = Console(
        file=buffer,
        markup=markup,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
    )
    return console, buffer


def render_terminal(a: Assessment, lang: str, *, color: bool = False, width: int = 100) -> str:
    """A rich rendering, for example::

    ╭─ Model kemitraan Notoatmodjo (Model I dan Model II) ─╮
    │ Model I: jejaring kerja   dukungan 0,6 · selisih 0,35 │
    """
    console, buffer = string_console(color, width, markup=False)

    def t(key: str, **params: object) -> str:
        return _t(key, lang, **params)

    head = RichText(a.input.title, style="bold")
    meta = [x for x in (a.input.place, a.input.period) if x]
    if meta:
        head.append("\n" + " · ".join(meta), style="dim")
    by = [
        t(key, value=value)
        for key, value in (
            ("term.assessor", a.input.assessor),
            ("term.assessed_on", date_text(a.input.assessed_on, lang) if a.input.assessed_on else None),
        )
        if value
    ]
    if by:
        head.append("\n" + " · ".join(by), style="dim")
    console.print(head)
    console.print()

    for r in a.assessments:
        console.print(_verdict_panel(r, lang, t, width))
    if a.conclusions:
        console.print(RichText(t("report.study"), style="bold underline"))
        for study in a.conclusions:
            line = RichText(say(study.sentence, lang), style="bold")
            where = f" ({study.where})" if study.where else ""
            line.append(f"\n  “{study.quote}”{where}", style="dim")
            line.append(f"\n  {t('report.study.why')}: {say(study.why, lang)}")
            console.print(line)
        console.print()
    if a.crosswalk is not None:
        for part in _crosswalk(a, lang, t):
            console.print(part)
        console.print()

    console.print(_matrix(a, lang, t))
    if a.fieldwork is not None:
        from kemitraan.render.fieldwork import agreement_table

        console.print(agreement_table(a, lang, t))
    for r in a.assessments:
        console.print(_criteria(r, lang, t))

    if a.constraints:
        table = Table(title=t("report.constraints"), box=box.SIMPLE_HEAVY, title_justify="left", expand=True)
        amounts, amount_width = _amount_lines(
            [say(c.amount, lang) if c.amount else "–" for c in a.constraints], width
        )
        table.add_column(t("report.constraint"), ratio=2)
        table.add_column(t("report.amount"), width=amount_width, no_wrap=True)
        table.add_column(t("report.solutions"), ratio=3)
        for c, amount in zip(a.constraints, amounts, strict=True):
            table.add_row(
                RichText.assemble((say(c.label, lang), "bold"), f": {c.description}"),
                amount,
                "\n".join(f"• {s}" for s in c.solutions) or t("report.no_solutions"),
            )
        console.print(table)

    console.print(RichText(t("report.recommendations"), style="bold underline"))
    for r in a.assessments:
        target = next((say(c.label, lang) for c in r.candidates if c.verdict == r.next_verdict), None)
        heading = RichText(f"{say(r.rubric.title, lang)}: {say(r.label, lang)}", style="bold")
        if target:
            heading.append(f" → {target}", style="bold cyan")
        console.print(heading)
        steps = Table.grid(padding=(0, 1))
        steps.add_column(justify="right", width=4)
        steps.add_column()
        if not r.recommendations:
            steps.add_row(
                "", t("report.top") if r.verdict != INSUFFICIENT else t("report.no_recommendations")
            )
        for i, rec in enumerate(r.recommendations, 1):
            line = RichText(say(rec.text, lang))
            line.append(f" ({t('report.kind.' + rec.kind)})", style="dim")
            steps.add_row(f"{i}.", line)
        console.print(steps)
    console.print()
    console.print(
        RichText(
            t(
                "report.reproduce.text",
                tool=a.tool.name,
                version=a.tool.version,
                file=a.input.file,
                sha=a.input.sha256[:12] + "…",
            ),
            style="dim",
        )
    )
    return buffer.getvalue()


Translate = Callable[..., str]


def _amount_lines(amounts: list[str], width: int) -> tuple[list[str], int]:
    """The amounts wrapped by kemitraan itself (rich would break "Rp 5.000.000" after "Rp"), and
    the column width: the widest amount up to 22 characters, never less than its widest money."""
    import textwrap

    bound = [keep_amounts(x) for x in amounts]
    unbreakable = max((len(w) for x in bound for w in x.split(" ")), default=1)
    column = min(max(unbreakable, min(max(len(x) for x in bound), 22)), max(width // 3, unbreakable))
    lines = [
        "\n".join(textwrap.wrap(x, column, break_long_words=False)).replace("\u00a0", " ") for x in bound
    ]
    return lines, column


def keep_amounts(text: str) -> str:
    """Money and its currency bound by a no-break space, which :mod:`textwrap` does not break at."""
    return _AMOUNT.sub(lambda m: m.group(1) + "\u00a0" + m.group(2), text)


_AMOUNT = re.compile(r"\b(Rp\.?|IDR|USD|EUR|US\$|\$)\s+(\d)")


def decisive(r: RubricAssessment, lang: str) -> list[CriterionResult]:
    """The criteria the verdict's reason names (the rules ruled out and the one that held, in
    the engine's words "criterion: yes/no"), in the rubric's order."""
    reason = say(r.reason, lang)
    return [c for c in r.criteria if f"{say(c.label, lang)}: " in reason]


def key_quotes(r: RubricAssessment, lang: str, tr: Translate) -> list[str]:
    """The first evidence quote of each decisive criterion that has one, with its source."""
    lines = []
    for c in decisive(r, lang):
        if not c.evidence:
            continue
        e = c.evidence[0]
        key = "term.key_quote" if e.source else "term.key_quote.unsourced"
        lines.append(tr(key, criterion=say(c.label, lang), quote=e.quote, source=e.source or ""))
    return lines


def _verdict_panel(r: RubricAssessment, lang: str, tr: Translate, width: int) -> Panel:
    insufficient = r.verdict == INSUFFICIENT
    title = RichText(say(r.label, lang), style="bold magenta" if insufficient else "bold cyan")
    chosen = next((c for c in r.candidates if c.verdict == r.verdict), None)
    if chosen is not None:
        title.append(
            f"   {tr('report.support').lower()} {number(chosen.support, lang)} · {tr('report.margin').lower()} {number(r.margin, lang)}",
            style="dim",
        )
    heading = " · ".join(x for x in (say(r.rubric.title, lang), r.rubric.citation) if x)
    fits = cell_len(heading) + 6 <= width  # "╭─ " ... " ─╮"
    body: list[RichText | Table] = [] if fits else [RichText(heading, style="bold")]
    body.append(title)
    if r.found is not None:
        body.append(RichText(say(r.found, lang)))
    body.append(RichText(say(r.reason, lang)))
    if r.support_note is not None:
        body.append(RichText(say(r.support_note, lang), style="yellow"))
    if r.missing:
        body.append(
            RichText(
                tr("report.missing") + ": " + " ".join(say(m, lang) for m in r.missing),
                style="magenta",
            )
        )
    quotes = key_quotes(r, lang, tr)
    if quotes:
        body.append(RichText(tr("term.key_evidence") + ":", style="bold"))
        bullets = Table.grid(padding=(0, 1))  # wrapped lines stay under their own text
        bullets.add_column(no_wrap=True)
        bullets.add_column()
        for q in quotes:
            bullets.add_row("•", RichText(q, style="italic"))
        body.append(bullets)
    scores = " · ".join(
        f"{say(c.label, lang)} {number(c.support, lang)}" + (f" ({say(c.shown, lang)})" if c.shown else "")
        for c in r.candidates
    )
    body.append(RichText(f"{tr('report.candidates')}: {scores}", style="dim"))
    if len(r.programs) > 1:
        body.append(RichText("; ".join(f"{p.name}: {say(p.label, lang)}" for p in r.programs), style="dim"))
    return Panel(
        Group(*body),
        title=RichText(heading) if fits else None,
        title_align="left",
        border_style="magenta" if insufficient else "cyan",
    )


def _crosswalk(a: Assessment, lang: str, tr: Translate) -> list[Table | RichText]:
    """The typologies side by side: a table, where the ladders place the partnership, the notes."""
    cw = a.crosswalk
    assert cw is not None
    table = Table(title=tr("crosswalk.title"), box=box.SIMPLE_HEAVY, title_justify="left", expand=True)
    table.add_column(tr("crosswalk.typology"), ratio=3)
    table.add_column(tr("report.verdict"), ratio=2)
    table.add_column(tr("crosswalk.where"), ratio=3)
    for row in cw.rows:
        name = RichText(say(row.name, lang)[:1].upper() + say(row.name, lang)[1:], style="bold")
        if row.citation:
            name.append(f"\n{row.citation}", style="dim")
        if row.opt_in:
            name.append(f" ({tr('crosswalk.opt_in')})", style="dim")
        verdict = RichText(say(row.label, lang), style="magenta" if row.verdict == INSUFFICIENT else "cyan")
        table.add_row(name, verdict, RichText(say(row.where, lang)))
    parts: list[Table | RichText] = [table, RichText(say(cw.summary, lang))]
    if cw.notes:
        parts.append(RichText(tr("crosswalk.notes"), style="bold"))
        for n in cw.notes:
            line = RichText(f"• {say(n.text, lang)}")
            if n.operationalisation:
                line.append(f" ({tr('report.operationalisation')})", style="dim")
            parts.append(line)
        if cw.sources:
            parts.append(RichText(f"{tr('crosswalk.sources')}: " + "; ".join(cw.sources), style="dim"))
    if cw.add is not None:
        parts.append(RichText(say(cw.add, lang), style="dim"))
    return parts


def _matrix(a: Assessment, lang: str, tr: Translate) -> Table:
    table = Table(
        title=tr("report.participation"),
        box=box.SIMPLE_HEAVY,
        title_justify="left",
        caption=tr("report.participation.note"),
        caption_justify="left",
    )
    multi = len(a.programs) > 1
    if multi:
        table.add_column(tr("report.program"))
    table.add_column(tr("report.phase"))
    for p in a.partners:
        table.add_column(p.name)
    table.add_column(tr("report.joint"), justify="center")
    for prog in a.programs:
        for i, cell in enumerate(prog.phases):
            row: list[str | RichText] = [prog.name if i == 0 else ""] if multi else []
            row.append(tr(f"phase.{cell.phase}"))
            for p in a.partners:
                level = cell.participation.get(p.id)
                if p.id not in prog.partners:
                    row.append(RichText(tr("report.not_in_program"), style="dim"))
                elif level:
                    row.append(RichText(tr(f"level.{level}"), style=_LEVEL_STYLE[level]))
                else:
                    row.append(RichText(tr("report.not_recorded"), style="dim"))
            joint = _mark(cell.joint)
            if cell.stated != "unknown":
                joint.append(f" ({tr('report.stated')}: {tr('value.' + cell.stated)})", style="dim")
            row.append(joint)
            table.add_row(*row)
    return table


def _criteria(r: RubricAssessment, lang: str, tr: Translate) -> Table:
    table = Table(
        title=f"{tr('report.criteria')}: {say(r.rubric.title, lang)}",
        box=box.SIMPLE,
        title_justify="left",
        expand=True,
    )
    table.add_column("", width=1)
    table.add_column(tr("report.criterion"), ratio=2)
    table.add_column(tr("report.detail"), ratio=5)
    for c in r.criteria:
        label = RichText(say(c.label, lang))
        if c.operationalisation is not None:
            label.append(f"\n({tr('report.operationalisation')})", style="dim")
        table.add_row(_mark(c.met), label, say(c.detail, lang))
    return table
