"""The terminal's view of many informants: their agreement, alpha, and how robust each verdict is."""

from __future__ import annotations

from collections.abc import Callable

from rich import box
from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text as RichText

from kemitraan.messages import say
from kemitraan.models.assessment import Assessment


def agreement_table(a: Assessment, lang: str, t: Callable[..., str]) -> Group:
    """For example::

    Kesepakatan antarinforman
     Pertanyaan                 Jawaban                               Dipakai     Catatan
     Kesetaraan                 3 jawaban: 2 ×1; 3 ×1; 4 ×1; median 3  3           tidak sepakat (rentang ≥ 2)
    """
    fw = a.fieldwork
    assert fw is not None
    table = Table(
        title=t("fw.report.title"),
        box=box.SIMPLE_HEAVY,
        title_justify="left",
        caption=t(
            "fw.report.intro",
            informants=len(fw.informants),
            n=len(fw.informants),
            aggregate=t(f"fw.aggregate.{fw.aggregate}"),
        ),
        caption_justify="left",
        expand=True,
    )
    table.add_column(t("fw.report.question"), ratio=3)
    table.add_column(t("fw.report.answers"), ratio=4)
    table.add_column(t("fw.report.used"), ratio=2)
    table.add_column(t("fw.report.flags"), ratio=3)
    for item in fw.items:
        flags: list[str] = []
        if item.disagreement:
            flags.append(t("fw.report.disagreement"))
        if item.perspective_gap:
            own, others = say(item.perspectives[0].shown, lang), say(item.perspectives[1].shown, lang)
            flags.append(t("fw.report.gap", own=own, others=others))
        source = t("fw.report.written") if item.source == "written" else t("fw.report.from_informants")
        table.add_row(
            say(item.label, lang),
            say(item.shown, lang),
            RichText.assemble(say(item.used_shown, lang), " ", (f"({source})", "dim")),
            RichText("; ".join(flags), style="yellow") if flags else "",
        )
    lines: list[Table | RichText | Padding] = [table]
    lines.append(RichText(t("fw.report.alpha"), style="bold"))
    for x in fw.alpha:
        counts = t(
            "fw.report.alpha_counts",
            units=t("count.questions", n=x.units),
            pairable=t("count.answers", n=x.pairable),
            informants=t("count.informants", n=x.informants),
        )
        lines.append(
            Padding(RichText(f"{say(x.label, lang)}: {say(x.reading, lang)} ({counts})"), (0, 0, 0, 2))
        )
    lines.append(RichText(t("fw.report.verdicts"), style="bold"))
    for v in fw.verdicts:
        r = a.get(v.rubric)
        title = say(r.rubric.title, lang) if r else v.rubric
        style = "bold yellow" if v.hinges_on or v.changes else ""
        lines.append(Padding(RichText(f"{title}: {say(v.note, lang)}", style=style), (0, 0, 0, 2)))
    lines.append(RichText(""))
    return Group(*lines)
