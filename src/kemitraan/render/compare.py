"""Comparisons as text: what changed between two assessments, and verdict counts per group.

Terminal output is drawn with rich; Markdown and HTML come from the templates
``compare.*.j2`` and ``groups.*.j2``; JSON is a dump of the model; the group counts are also
CSV (one row per group, UTF-8 with a byte-order mark for spreadsheets).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Literal

from kemitraan import formats
from kemitraan.messages import say
from kemitraan.messages import t as _t
from kemitraan.models.comparison import Comparison, GroupTable
from kemitraan.models.dump import dump_json
from kemitraan.output import held

__all__ = ["render_comparison", "render_groups"]


def _helpers(lang: str) -> dict[str, Callable[..., str]]:
    def t(key: str, **params: Any) -> str:
        return _t(key, lang, **params)

    def tx(text: Any) -> str:
        return say(text, lang)

    def level(value: str | None) -> str:
        return t(f"level.{value}") if value else "–"

    def joint(value: bool | None) -> str:
        return t("report.yes") if value is True else t("report.no") if value is False else t("report.unknown")

    def key(value: str | None) -> str:
        return t("groups.none") if value is None else value

    def share(n: int, total: int) -> str:
        return f"{round(100 * n / total)}%" if total else "–"

    return {"t": t, "tx": tx, "level": level, "joint": joint, "key": key, "share": share}


def _template(kind: str, name: str, **context: Any) -> str:
    from kemitraan.render.templating import environment

    env = environment("html" if kind == "html" else "md")
    return env.get_template(f"{name}.{kind}.j2").render(**context)


def _made(fmt: str, kind: Literal["comparison", "groups"]) -> formats.Table:
    """The registry's function that writes ``kind`` in ``fmt``."""
    make: formats.Table | None = getattr(formats.get(fmt), kind)
    if make is None:
        raise ValueError(f"{kind} is not written as {fmt!r}")
    return make


def render_comparison(c: Comparison, fmt: str, lang: str, *, color: bool = False, width: int = 100) -> str:
    """``compare A B``'s output in a format of the registry (:mod:`kemitraan.formats`).

    For example (terminal)::

    Comparison of 2019 and 2023 — Partnership ...
    • Notoatmodjo's partnership models: Model I: networking became Model II: joint program.
    • Joint phases in 2019: planning; in 2023: planning, implementation, evaluation.
    """
    return _made(fmt, "comparison")(c, lang, color=color, width=width)


def comparison_json(c: Comparison, lang: str, *, color: bool, width: int) -> str:
    return held(lambda: dump_json(c)) + "\n"


def comparison_md(c: Comparison, lang: str, *, color: bool, width: int) -> str:
    return _template("md", "compare", c=c, lang=lang, **_helpers(lang))


def comparison_html(c: Comparison, lang: str, *, color: bool, width: int) -> str:
    return _template("html", "compare", c=c, lang=lang, **_helpers(lang))


def comparison_terminal(c: Comparison, lang: str, *, color: bool, width: int) -> str:
    return _comparison_terminal(c, lang, color, width)


def _comparison_terminal(c: Comparison, lang: str, color: bool, width: int) -> str:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from kemitraan.render.terminal import string_console

    h = _helpers(lang)
    t, tx = h["t"], h["tx"]
    console, buffer = string_console(color, width, markup=False)
    head = Text(tx(c.title), style="bold")
    head.append(f"\n{c.before.label} ({c.before.file}) → {c.after.label} ({c.after.file})", style="dim")
    console.print(head)
    console.print()

    def bullets(lines: list[Any], style: str = "") -> None:
        grid = Table.grid(padding=(0, 1))  # wrapped lines stay under their own text
        grid.add_column(no_wrap=True)
        grid.add_column()
        for line in lines:
            grid.add_row(Text("•", style=style), Text(tx(line), style=style))
        console.print(grid)
        console.print()

    if c.warnings:
        console.print(Text(t("compare.warnings"), style="bold red"))
        bullets(c.warnings, "red")
    bullets(c.headline)

    def both(before: Any, after: Any, show: Callable[[Any], str]) -> Text:
        if before == after:
            return Text(show(before))
        return Text.assemble(show(before), " → ", (show(after), "bold yellow"))

    table = Table(title=t("compare.verdicts"), title_justify="left", box=box.SIMPLE_HEAVY)
    for name in (t("report.rubric"), c.before.label, c.after.label):
        table.add_column(name)
    for v in c.verdicts:
        after = Text(tx(v.after_label) if v.after_label else "–", style="bold yellow" if v.changed else "")
        table.add_row(tx(v.title), tx(v.before_label) if v.before_label else "–", after)
    console.print(table)

    if c.criteria:
        table = Table(title=t("compare.criteria"), title_justify="left", box=box.SIMPLE_HEAVY)
        for name in (t("report.rubric"), t("report.criterion"), c.before.label, c.after.label):
            table.add_column(name)
        for x in c.criteria:
            table.add_row(x.rubric, tx(x.label), h["joint"](x.before), h["joint"](x.after))
        console.print(table)
    else:
        console.print(t("compare.no_criteria"))
        console.print()

    for p in c.programs:
        title = f"{t('compare.participation')}: {p.name}"
        if p.status != "both":
            title += f" ({t('compare.status.' + p.status)})"
        table = Table(title=title, title_justify="left", box=box.SIMPLE_HEAVY)
        table.add_column(t("report.phase"))
        for lv in p.phases[0].levels if p.phases else []:
            table.add_column(lv.name)
        table.add_column(t("report.joint"))
        for ph in p.phases:
            cells = [both(lv.before, lv.after, h["level"]) for lv in ph.levels]
            table.add_row(t(f"phase.{ph.phase}"), *cells, both(ph.joint_before, ph.joint_after, h["joint"]))
        console.print(table)

    table = Table(title=t("compare.principles"), title_justify="left", box=box.SIMPLE_HEAVY)
    table.add_column(t("compare.principle"))
    table.add_column(c.before.label, justify="right")
    table.add_column(c.after.label, justify="right")
    for pc in c.principles:
        table.add_row(tx(pc.label), *(str(s) if s is not None else "–" for s in (pc.before, pc.after)))
    means = [_t("fmt.number", lang, value=m) if m is not None else "–" for m in (c.mean_before, c.mean_after)]
    table.add_row(Text(t("compare.mean_row"), style="bold"), *means)
    console.print(table)
    return buffer.getvalue()


def render_groups(g: GroupTable, fmt: str, lang: str, *, color: bool = False, width: int = 100) -> str:
    """``compare --by``'s table in a format of the registry (:mod:`kemitraan.formats`).

    For example (terminal), one table per rubric::

    Verdicts by regency
     Regency   Model I: networking   Model II: joint program   Insufficient evidence   Total
     Bintan             12 (60%)                  5 (25%)                  3 (15%)      20
    """
    return _made(fmt, "groups")(g, lang, color=color, width=width)


def groups_json(g: GroupTable, lang: str, *, color: bool, width: int) -> str:
    return held(lambda: dump_json(g)) + "\n"


def groups_csv(g: GroupTable, lang: str, *, color: bool, width: int) -> str:
    return _groups_csv(g)


def groups_md(g: GroupTable, lang: str, *, color: bool, width: int) -> str:
    return _template("md", "groups", g=g, lang=lang, **_helpers(lang))


def groups_html(g: GroupTable, lang: str, *, color: bool, width: int) -> str:
    return _template("html", "groups", g=g, lang=lang, **_helpers(lang))


def groups_terminal(g: GroupTable, lang: str, *, color: bool, width: int) -> str:
    return _groups_terminal(g, lang, color, width)


def _groups_terminal(g: GroupTable, lang: str, color: bool, width: int) -> str:
    from rich import box
    from rich.table import Table

    from kemitraan.render.terminal import string_console

    h = _helpers(lang)
    t, tx = h["t"], h["tx"]
    console, buffer = string_console(color, width, markup=False)
    by = t(f"groups.by.{g.by}")
    console.print(t("groups.title", by=by), style="bold")
    for r in g.rubrics:
        table = Table(title=tx(r.title), title_justify="left", box=box.SIMPLE_HEAVY)
        table.add_column(by.capitalize())
        for v in r.verdicts:
            table.add_column(tx(v.label), justify="right")
        table.add_column(t("groups.total"), justify="right")
        for grp in g.groups:
            counts = [grp.counts[r.id].get(v.id, 0) for v in r.verdicts]
            table.add_row(
                h["key"](grp.key), *(f"{n} ({h['share'](n, grp.files)})" for n in counts), str(grp.files)
            )
        console.print(table)
    if g.failed:
        console.print(t("groups.failed", failed=g.failed, n=g.failed), style="bold red")
    return buffer.getvalue()


def _groups_csv(g: GroupTable) -> str:
    """One row per group: the group, its number of files, then a count column per rubric and verdict.

    Written as the summary CSV is (:func:`kemitraan.summary.csv_line`): a cell with a comma,
    ``;``, a quote or a line end is quoted, and text that starts like a formula is defused.
    """
    from kemitraan.summary import csv_line

    lines = [csv_line([g.by, "files", *(f"{r.id}.{v.id}" for r in g.rubrics for v in r.verdicts)])]
    for grp in g.groups:
        counts = [grp.counts[r.id].get(v.id, 0) for r in g.rubrics for v in r.verdicts]
        lines.append(csv_line([grp.key, grp.files, *counts]))
    return "\ufeff" + "".join(lines)
