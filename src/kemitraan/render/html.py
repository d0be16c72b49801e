"""The HTML report: one self-contained page (inline CSS and SVG, no script, no request).

The same content in the same order as the Markdown report, with pictures where people would
rather look than read. Jinja2 autoescapes everything the template prints; the charts escape
the text they draw (:mod:`kemitraan.render.charts`).
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from kemitraan.models.assessment import Assessment
from kemitraan.render import HtmlContext, charts, command_for, context, render_template


def charts_of(a: Assessment, lang: str) -> dict[str, Markup | list[Markup]]:
    """The report's pictures as inline SVG, made before the template runs (a template is
    given markup, never an object to call): the participation matrix, each rubric's scale
    (in the order of ``a.assessments``) and the principle scores."""
    return {
        "matrix": charts.participation_matrix(a, lang),
        "scales": [charts.rubric_scale(r, lang, f"fig-scale-{i}") for i, r in enumerate(a.assessments, 1)],
        "principles": charts.principle_chart(a.principles, a.get("principles"), lang, "fig-principles"),
    }


def render_html(a: Assessment, lang: str, *, fmt: str = "html", template: Path | None = None) -> str:
    """For example::

    <!DOCTYPE html>
    <html lang="en">
    ... <p class="verdict">Model I: networking</p> ... <svg ... class="chart matrix" role="img" ...>

    ``fmt`` only changes the reproduce command printed in the report (``pdf`` for a PDF);
    ``template`` is a user's template file or folder (see :func:`environment`).
    """
    data = HtmlContext(**context(a, lang, fmt, command_for(a, fmt, lang)), charts=charts_of(a, lang))
    return render_template("html", template, data)
