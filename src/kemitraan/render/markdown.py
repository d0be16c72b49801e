"""The Markdown report: reads like the results section of a paper (GitHub tables, pandoc-clean)."""

from __future__ import annotations

from pathlib import Path

from kemitraan.models.assessment import Assessment
from kemitraan.render.templating import command_for, context, render_template


def render_markdown(a: Assessment, lang: str, template: Path | None = None) -> str:
    """``template``: a user's template file or folder (see :func:`environment`). For example::

    # Kemitraan P2TP2A dengan Pemerintah Desa Benan ...
    ## 1. Ringkasan
    | Model | Hasil | Dukungan | Selisih |
    | Model kemitraan Notoatmodjo ... | **Model I: jejaring kerja** | 0,6 | 0,35 |

    Without a template of the user's, the bundled ``report.md.j2`` is drawn in plain Python
    (:mod:`kemitraan.render.mddraw`, the same bytes, without importing Jinja); with one, Jinja
    renders it, in the sandbox and a bounded child process.
    """
    data = context(a, lang, "md", command_for(a, "md", lang), bundled=template is None)
    if template is None:
        from kemitraan.render.mddraw import draw

        return draw(data)
    return render_template("md", template, data)
