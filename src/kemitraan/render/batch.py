"""The table at the end of a batch run: how many files got each verdict, and which failed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kemitraan.messages import say, value
from kemitraan.messages import t as _t

if TYPE_CHECKING:
    from kemitraan.tally import Tally

INSUFFICIENT = "insufficient-evidence"


def render_tally(tally: Tally, lang: str, *, color: bool = False, width: int = 100) -> str:
    """For example::

    Assessment summary: 298 of 300 files assessed
     Model                     Verdict                    Files   Share
     Notoatmodjo's model ...   Model I: networking          201     67%
                               Model II: joint program       52     17%
    2 file(s) could not be assessed (their errors are above)
    Files that failed: cases/a.yaml, cases/b.yaml
    """
    from rich import box
    from rich.table import Table

    from kemitraan.render.terminal import string_console

    def t(key: str, **params: object) -> str:
        return _t(key, lang, **params)

    console, buffer = string_console(color, width, markup=False)
    total = tally.assessed + tally.failed
    if total == 0:
        console.print(t("batch.none"))
        return buffer.getvalue()
    table = Table(
        title=f"{t('batch.title')}: {t('batch.assessed', assessed=tally.assessed, total=total, n=total)}",
        title_justify="left",
        box=box.SIMPLE_HEAVY,
    )
    table.add_column(t("report.rubric"))
    table.add_column(t("report.verdict"))
    table.add_column(t("batch.files"), justify="right")
    table.add_column(t("batch.share"), justify="right")
    for loaded in tally.rubrics:
        r = loaded.rubric
        counts = tally.counts[r.id]
        labels = [(v.id, say(v.label, lang)) for v in r.verdicts]
        labels.append((INSUFFICIENT, t("verdict.insufficient")))
        for i, (verdict, label) in enumerate(labels):
            n = counts.get(verdict, 0)
            share = f"{round(100 * n / tally.assessed)}%" if tally.assessed else "–"
            table.add_row(
                say(r.title, lang) if i == 0 else "",
                label,
                value(n, lang),
                share,
                end_section=i == len(labels) - 1,
            )
    console.print(table)
    if tally.failed:
        failed = t("batch.failed", failed=tally.failed, n=tally.failed)
        console.print(failed, style="bold red", markup=False, soft_wrap=True)
        shown = ", ".join(tally.failed_files)
        if tally.failed > len(tally.failed_files):
            shown += " " + t("batch.more", count=tally.failed - len(tally.failed_files))
        console.print(f"{t('batch.failed_files')}: {shown}", markup=False, soft_wrap=True)
    return buffer.getvalue()
