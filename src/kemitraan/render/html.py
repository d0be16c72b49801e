"""The HTML report: one self-contained page (inline CSS and SVG, no script, no request).

The same content in the same order as the Markdown report, with pictures where people would
rather look than read. Jinja2 autoescapes everything the template prints; the charts escape
the text they draw (:mod:`kemitraan.render.charts`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from kemitraan.models.assessment import Assessment, RubricAssessment
from kemitraan.render import charts, command_for, context, environment, number


@dataclass(frozen=True)
class Charts:
    """What the template calls to draw (each returns inline SVG markup)."""

    a: Assessment
    lang: str

    def matrix(self) -> Markup:
        return charts.participation_matrix(self.a, self.lang)

    def scale(self, r: RubricAssessment, index: int) -> Markup:
        return charts.rubric_scale(r, self.lang, f"fig-scale-{index}")

    def principles(self, r: RubricAssessment | None) -> Markup:
        return charts.principle_chart(self.a.principles, r, self.lang, "fig-principles")

    def crosswalk(self) -> Markup:
        return charts.crosswalk_chart(self.a.crosswalk, self.lang) if self.a.crosswalk else Markup("")


def render_html(a: Assessment, lang: str, *, fmt: str = "html", template: Path | None = None) -> str:
    """For example::

    <!DOCTYPE html>
    <html lang="en">
    ... <p class="verdict">Model I: networking</p> ... <svg ... class="chart matrix" role="img" ...>

    ``fmt`` only changes the reproduce command printed in the report (``pdf`` for a PDF);
    ``template`` is a user's template file or folder (see :func:`environment`).
    """
    env = environment("html", template)
    report = env.get_template("report.html.j2")
    return report.render(
        **context(a, lang, fmt, command_for(a, fmt, lang)),
        num=lambda v, d=2: number(v, lang, d),
        charts=Charts(a, lang),
    )
