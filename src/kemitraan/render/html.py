"""The HTML report: one self-contained page (inline CSS and SVG, no script, no request).

The same content in the same order as the Markdown report, with pictures where people would
rather look than read. Jinja2 autoescapes everything the template prints; the charts escape
the text they draw (:mod:`kemitraan.render.charts`).
"""

from __future__ import annotations

import re
from pathlib import Path

from markupsafe import Markup

from kemitraan.models.assessment import Assessment
from kemitraan.render import charts
from kemitraan.render.templating import HtmlContext, command_for, context, render_template


def charts_of(a: Assessment, lang: str) -> dict[str, Markup | list[Markup]]:
    """The report's pictures as inline SVG, made before the template runs (a template is
    given markup, never an object to call): the participation matrix, each rubric's scale
    (in the order of ``a.assessments``), the principle scores and the crosswalk of the
    typologies (empty when there is none)."""
    return {
        "matrix": charts.participation_matrix(a, lang),
        "scales": [charts.rubric_scale(r, lang, f"fig-scale-{i}") for i, r in enumerate(a.assessments, 1)],
        "principles": charts.principle_chart(a.principles, a.get("principles"), lang, "fig-principles"),
        "crosswalk": charts.crosswalk_chart(a.crosswalk, lang) if a.crosswalk else Markup(""),
    }


CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
"""The page's Content-Security-Policy: no script, no request; inline CSS and data: images only.
The bundled template writes it in its head; a user's template gets it put first (:func:`with_csp`)."""
CSP_META = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
_DOCTYPE = re.compile(r"\A\ufeff?\s*<!doctype[^>]*>\n?", re.IGNORECASE)


def with_csp(html: str) -> str:
    """``html`` with the Content-Security-Policy as its first element (after the doctype), so
    that it holds for everything a user's template writes, wherever the page is opened; a
    policy of the template's own can only forbid more (browsers apply every policy)."""
    doctype = _DOCTYPE.match(html)
    at = doctype.end() if doctype else 0
    return html[:at] + CSP_META + "\n" + html[at:]


def render_html(a: Assessment, lang: str, *, fmt: str = "html", template: Path | None = None) -> str:
    """For example::

    <!DOCTYPE html>
    <html lang="en">
    ... <p class="verdict">Model I: networking</p> ... <svg ... class="chart matrix" role="img" ...>

    ``fmt`` only changes the reproduce command printed in the report (``pdf`` for a PDF);
    ``template`` is a user's template file or folder (see :func:`environment`).
    """
    data = HtmlContext(**context(a, lang, fmt, command_for(a, fmt, lang)), charts=charts_of(a, lang))
    html = render_template("html", template, data)
    return html if template is None else with_csp(html)
