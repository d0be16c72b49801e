"""The JSON report: a dump of the assessment model, the documented output contract."""

from __future__ import annotations

from kemitraan.models.assessment import Assessment


def render_json(a: Assessment) -> str:
    """``{"schema": "kemitraan-assessment/1", "tool": {...}, "assessments": [...]}`` + newline.

    Every human text is a ``{"id": ..., "en": ...}`` object, so the output does not depend
    on the report language.
    """
    from kemitraan.models.dump import dump_json
    from kemitraan.output import held

    return held(lambda: dump_json(a)) + "\n"
