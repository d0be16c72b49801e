"""The terminal summary: a verdict panel per model, the participation matrix, criteria, advice.

The report is described as blocks (:mod:`kemitraan.render.termdraw`): text, panels and tables.
:func:`kemitraan.render.termdraw.draw` draws them as rich would, without importing rich; rich
draws what that cannot (a character wider than one cell, the fieldwork section).
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from kemitraan.messages import say
from kemitraan.messages import t as _t
from kemitraan.models.assessment import Assessment, CriterionResult, RubricAssessment
from kemitraan.models.rubric import INSUFFICIENT
from kemitraan.render.templating import date_text, number
from kemitraan.render.termdraw import (
    Blank,
    Block,
    CannotDraw,
    Cell,
    Column,
    Panel,
    Table,
    Text,
    cell_len,
    draw,
    draws,
)

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

_LEVEL_STYLE = {
    "lead": "bold green",
    "active": "green",
    "consulted": "yellow",
    "informed": "dim yellow",
    "absent": "red",
    "unknown": "magenta",
}


def _mark(met: bool | None) -> Text:
    if met is True:
        return Text("✔", style="green")
    if met is False:
        return Text("✘", style="red")
    return Text("?", style="magenta")


def string_console(color: bool, width: int, *, markup: bool = True) -> tuple[Console, io.StringIO]:
    """A rich console that draws into a string (with colour codes only when ``color``).

    ``markup=False``: text is never read as rich markup (``[bold]``, ``[link=...]``), whoever
    wrote it; every renderer here passes it, and styles its own words with rich ``Text``.
    """
    from rich.console import Console

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


class _Fieldwork:
    """Where the informants' agreement goes (drawn by rich: :mod:`kemitraan.render.fieldwork`)."""


def render_terminal(a: Assessment, lang: str, *, color: bool = False, width: int = 100) -> str:
    """The report for a terminal, for example::

    ╭─ Model kemitraan Notoatmodjo (Model I dan Model II) ─╮
    │ Model I: jejaring kerja   dukungan 0,6 · selisih 0,35 │
    """
    blocks = report_blocks(a, lang, width)
    drawable = [b for b in blocks if not isinstance(b, _Fieldwork)]
    if len(drawable) == len(blocks) and draws(drawable):
        with contextlib.suppress(CannotDraw):
            return draw(drawable, width, color)
    return draw_with_rich(a, lang, blocks, width, color)


def draw_with_rich(
    a: Assessment, lang: str, blocks: list[Block | _Fieldwork], width: int, color: bool
) -> str:
    """The blocks drawn by rich (what :func:`kemitraan.render.termdraw.draw` draws byte for byte)."""
    console, buffer = string_console(color, width, markup=False)
    for block in blocks:
        if isinstance(block, Blank):
            console.print()
        elif isinstance(block, _Fieldwork):
            from kemitraan.render.fieldwork import agreement_table

            console.print(agreement_table(a, lang, lambda key, **params: _t(key, lang, **params)))
        else:
            console.print(_rich(block))
    return buffer.getvalue()


def _rich(block: Block) -> RenderableType:
    """The rich renderable a block stands for."""
    from rich import box
    from rich.console import Group
    from rich.panel import Panel as RichPanel
    from rich.table import Table as RichTable

    if isinstance(block, Text):
        return block.to_rich()
    if isinstance(block, Panel):
        return RichPanel(
            Group(*(_rich(b) for b in block.body)),
            title=block.title.to_rich() if block.title is not None else None,
            title_align="left",
            border_style=block.border_style,
        )
    assert isinstance(block, Table)
    if block.box is None:
        table = RichTable.grid(padding=(0, 1), expand=block.expand)
    else:
        table = RichTable(
            title=block.title,
            box=box.SIMPLE_HEAVY if block.box == "simple_heavy" else box.SIMPLE,
            title_justify="left",
            caption=block.caption,
            caption_justify="left",
            expand=block.expand,
        )
    for c in block.columns:
        table.add_column(c.header, justify=c.justify, width=c.width, ratio=c.ratio, no_wrap=c.no_wrap)
    for row in block.rows:
        table.add_row(*(x if isinstance(x, str) else x.to_rich() for x in row))
    return table


def report_blocks(a: Assessment, lang: str, width: int) -> list[Block | _Fieldwork]:
    """What the report shows, in order, as blocks to draw at ``width`` columns."""
    out: list[Block | _Fieldwork] = []

    def t(key: str, **params: object) -> str:
        return _t(key, lang, **params)

    head = Text(a.input.title, style="bold")
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
    out += [head, Blank()]

    for r in a.assessments:
        out.append(_verdict_panel(r, lang, t, width))
    if a.conclusions:
        out.append(Text(t("report.study"), style="bold underline"))
        for study in a.conclusions:
            line = Text(say(study.sentence, lang), style="bold")
            where = f" ({study.where})" if study.where else ""
            line.append(f"\n  “{study.quote}”{where}", style="dim")
            line.append(f"\n  {t('report.study.why')}: {say(study.why, lang)}")
            out.append(line)
        out.append(Blank())
    if a.crosswalk is not None:
        out += _crosswalk(a, lang, t)
        out.append(Blank())

    out.append(_matrix(a, lang, t))
    if a.fieldwork is not None:
        out.append(_Fieldwork())
    for r in a.assessments:
        out.append(_criteria(r, lang, t))

    if a.constraints:
        amounts, amount_width = _amount_lines(
            [say(c.amount, lang) if c.amount else "–" for c in a.constraints], width
        )
        table = Table(
            [
                Column(t("report.constraint"), ratio=2),
                Column(t("report.amount"), width=amount_width, no_wrap=True),
                Column(t("report.solutions"), ratio=3),
            ],
            box="simple_heavy",
            title=t("report.constraints"),
            expand=True,
        )
        for c, amount in zip(a.constraints, amounts, strict=True):
            table.add_row(
                Text.assemble((say(c.label, lang), "bold"), f": {c.description}"),
                amount,
                "\n".join(f"• {s}" for s in c.solutions) or t("report.no_solutions"),
            )
        out.append(table)

    out.append(Text(t("report.recommendations"), style="bold underline"))
    for r in a.assessments:
        target = next((say(c.label, lang) for c in r.candidates if c.verdict == r.next_verdict), None)
        heading = Text(f"{say(r.rubric.title, lang)}: {say(r.label, lang)}", style="bold")
        if target:
            heading.append(f" → {target}", style="bold cyan")
        out.append(heading)
        steps = Table([Column(justify="right", width=4), Column()])
        if not r.recommendations:
            steps.add_row(
                "", t("report.top") if r.verdict != INSUFFICIENT else t("report.no_recommendations")
            )
        for i, rec in enumerate(r.recommendations, 1):
            line = Text(say(rec.text, lang))
            line.append(f" ({t('report.kind.' + rec.kind)})", style="dim")
            steps.add_row(f"{i}.", line)
        out.append(steps)
    out.append(Blank())
    out.append(
        Text(
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
    return out


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
    title = Text(say(r.label, lang), style="bold magenta" if insufficient else "bold cyan")
    chosen = next((c for c in r.candidates if c.verdict == r.verdict), None)
    if chosen is not None:
        title.append(
            f"   {tr('report.support').lower()} {number(chosen.support, lang)} · {tr('report.margin').lower()} {number(r.margin, lang)}",
            style="dim",
        )
    heading = " · ".join(x for x in (say(r.rubric.title, lang), r.rubric.citation) if x)
    fits = cell_len(heading) + 6 <= width  # "╭─ " ... " ─╮"
    body: list[Text | Table] = [] if fits else [Text(heading, style="bold")]
    body.append(title)
    if r.found is not None:
        body.append(Text(say(r.found, lang)))
    body.append(Text(say(r.reason, lang)))
    if r.support_note is not None:
        body.append(Text(say(r.support_note, lang), style="yellow"))
    if r.missing:
        body.append(
            Text(
                tr("report.missing") + ": " + " ".join(say(m, lang) for m in r.missing),
                style="magenta",
            )
        )
    quotes = key_quotes(r, lang, tr)
    if quotes:
        body.append(Text(tr("term.key_evidence") + ":", style="bold"))
        bullets = Table([Column(no_wrap=True), Column()])  # wrapped lines stay under their own text
        for q in quotes:
            bullets.add_row("•", Text(q, style="italic"))
        body.append(bullets)
    scores = " · ".join(
        f"{say(c.label, lang)} {number(c.support, lang)}" + (f" ({say(c.shown, lang)})" if c.shown else "")
        for c in r.candidates
    )
    body.append(Text(f"{tr('report.candidates')}: {scores}", style="dim"))
    if len(r.programs) > 1:
        body.append(Text("; ".join(f"{p.name}: {say(p.label, lang)}" for p in r.programs), style="dim"))
    return Panel(body, Text(heading) if fits else None, "magenta" if insufficient else "cyan")


def _crosswalk(a: Assessment, lang: str, tr: Translate) -> list[Block]:
    """The typologies side by side: a table, where the ladders place the partnership, the notes."""
    cw = a.crosswalk
    assert cw is not None
    table = Table(
        [
            Column(tr("crosswalk.typology"), ratio=3),
            Column(tr("report.verdict"), ratio=2),
            Column(tr("crosswalk.where"), ratio=3),
        ],
        box="simple_heavy",
        title=tr("crosswalk.title"),
        expand=True,
    )
    for row in cw.rows:
        name = Text(say(row.name, lang)[:1].upper() + say(row.name, lang)[1:], style="bold")
        if row.citation:
            name.append(f"\n{row.citation}", style="dim")
        if row.opt_in:
            name.append(f" ({tr('crosswalk.opt_in')})", style="dim")
        verdict = Text(say(row.label, lang), style="magenta" if row.verdict == INSUFFICIENT else "cyan")
        table.add_row(name, verdict, Text(say(row.where, lang)))
    parts: list[Block] = [table, Text(say(cw.summary, lang))]
    if cw.notes:
        parts.append(Text(tr("crosswalk.notes"), style="bold"))
        for n in cw.notes:
            line = Text(f"• {say(n.text, lang)}")
            if n.operationalisation:
                line.append(f" ({tr('report.operationalisation')})", style="dim")
            parts.append(line)
        if cw.sources:
            parts.append(Text(f"{tr('crosswalk.sources')}: " + "; ".join(cw.sources), style="dim"))
    if cw.add is not None:
        parts.append(Text(say(cw.add, lang), style="dim"))
    return parts


def _matrix(a: Assessment, lang: str, tr: Translate) -> Table:
    multi = len(a.programs) > 1
    columns = [Column(tr("report.program"))] if multi else []
    columns += [Column(tr("report.phase")), *(Column(p.name) for p in a.partners)]
    columns.append(Column(tr("report.joint"), justify="center"))
    table = Table(
        columns,
        box="simple_heavy",
        title=tr("report.participation"),
        caption=tr("report.participation.note"),
    )
    for prog in a.programs:
        for i, cell in enumerate(prog.phases):
            row: list[Cell] = [prog.name if i == 0 else ""] if multi else []
            row.append(tr(f"phase.{cell.phase}"))
            for p in a.partners:
                level = cell.participation.get(p.id)
                if p.id not in prog.partners:
                    row.append(Text(tr("report.not_in_program"), style="dim"))
                elif level:
                    row.append(Text(tr(f"level.{level}"), style=_LEVEL_STYLE[level]))
                else:
                    row.append(Text(tr("report.not_recorded"), style="dim"))
            joint = _mark(cell.joint)
            if cell.stated != "unknown":
                joint.append(f" ({tr('report.stated')}: {tr('value.' + cell.stated)})", style="dim")
            row.append(joint)
            table.add_row(*row)
    return table


def _criteria(r: RubricAssessment, lang: str, tr: Translate) -> Table:
    table = Table(
        [Column("", width=1), Column(tr("report.criterion"), ratio=2), Column(tr("report.detail"), ratio=5)],
        box="simple",
        title=f"{tr('report.criteria')}: {say(r.rubric.title, lang)}",
        expand=True,
    )
    for c in r.criteria:
        label = Text(say(c.label, lang))
        if c.operationalisation is not None:
            label.append(f"\n({tr('report.operationalisation')})", style="dim")
        table.add_row(_mark(c.met), label, say(c.detail, lang))
    return table
