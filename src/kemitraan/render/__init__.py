"""Renderers: one small function per format, each returning a string (bytes for PDF and Word); the CLI writes it.

Which function makes which format is the registry's (:mod:`kemitraan.formats`); what the
renderers share (the one Jinja2 environment, the template context, numbers and dates in words)
is :mod:`kemitraan.render.templating`, re-exported here. The submodules import from
``templating``, never from this package, so that nothing imports in a circle.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kemitraan.render.templating import (
    Context,
    HtmlContext,
    check_template,
    command_for,
    context,
    date_text,
    environment,
    evidence_groups,
    md_escape,
    md_fence,
    number,
    render_template,
    rubric_options,
    template_errors,
    template_problem,
)

if TYPE_CHECKING:
    from kemitraan.models.assessment import Assessment

__all__ = [
    "Context",
    "HtmlContext",
    "check_template",
    "command_for",
    "context",
    "date_text",
    "environment",
    "evidence_groups",
    "md_escape",
    "md_fence",
    "number",
    "render",
    "render_template",
    "rubric_options",
    "template_errors",
    "template_problem",
]


def render(
    a: Assessment,
    fmt: str,
    lang: str,
    *,
    color: bool = False,
    width: int = 100,
    template: Path | None = None,
) -> str | bytes:
    """The report in one format and language (bytes for ``pdf`` and ``docx``, text for the others).

    ``template``: a user's report template (file or folder) for md, html, pdf and docx.
    """
    from kemitraan import formats

    entry = formats.get(fmt)
    if template is not None and not entry.templated:
        from kemitraan.errors import UsageError
        from kemitraan.messages import err

        raise UsageError(err("cli.template_format", format=fmt))
    if entry.report is None:
        raise ValueError(f"assess does not write {fmt!r}")
    return entry.report(a, lang, color=color, width=width, template=template)
