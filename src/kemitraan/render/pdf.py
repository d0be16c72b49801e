"""The PDF report: the HTML report printed by headless Chromium, made reproducible.

Chromium's PDF writer stamps the time of printing into the document information
(``/CreationDate`` and ``/ModDate``); nothing else in its output varies from run to run. Those
two entries are rewritten in place, to the assessment's ``generated_at`` (set only when
``SOURCE_DATE_EPOCH`` is), else blanked out, with the same number of bytes so the cross-reference offsets stay valid. The same
input then gives a byte-identical PDF with the same Chromium and fonts (another Chromium
version or other installed fonts lay the page out differently).
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from kemitraan.models.assessment import Assessment
from kemitraan.render.chromium import print_pdf
from kemitraan.render.html import render_html

_DATE_ENTRY = re.compile(rb"/(CreationDate|ModDate)\s*\(D:[0-9]{4,14}(?:Z|[+-][0-9]{2}'?[0-9]{2}'?)?\)")


def _pdf_date(stamp: str | None) -> bytes | None:
    if not stamp:
        return None
    try:
        moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return None
    return moment.strftime("D:%Y%m%d%H%M%S").encode("ascii")


def fix_dates(pdf: bytes, stamp: str | None = None) -> bytes:
    """Replace the print time in ``pdf`` by ``stamp`` (``2024-01-31T12:00:00Z``, UTC), or by blanks.

    The replacement has exactly the length of the original entry (padded with spaces, which
    PDF treats as nothing), so the file's byte offsets do not move.
    """
    date = _pdf_date(stamp)

    def replace(match: re.Match[bytes]) -> bytes:
        size = len(match.group(0))
        if date is None:
            return b" " * size
        for suffix in (b"+00'00'", b"Z", b""):
            entry = b"/" + match.group(1) + b" (" + date + suffix + b")"
            if len(entry) <= size:
                return entry.ljust(size)
        return b" " * size

    return _DATE_ENTRY.sub(replace, pdf)


def render_pdf(a: Assessment, lang: str, *, template: Path | None = None) -> bytes:
    """The HTML report printed on A4, e.g. ``%PDF-1.4 ... /Title (Kemitraan P2TP2A ...)``.

    ``template``: a user's HTML report template (see :func:`kemitraan.render.templating.environment`).
    """
    pdf = print_pdf(render_html(a, lang, fmt="pdf", template=template))
    return fix_dates(pdf, a.generated_at)
