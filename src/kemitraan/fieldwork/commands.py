"""What the ``survey`` and ``evidence`` commands do, kept out of cli.py (which only parses options)."""

from __future__ import annotations

import sys
from pathlib import Path

from kemitraan.errors import UsageError


def survey_form(partnership: Path, output: Path, lang: str, rubric: list[str] | None) -> None:
    """Write the XLSForm questionnaire for a partnership file."""
    from kemitraan.fieldwork import xlsform
    from kemitraan.loader import load_partnership, load_rubrics
    from kemitraan.output import write_atomic

    langs = xlsform.parse_langs(lang)
    if output.suffix.lower() != ".xlsx":
        raise UsageError(f"{output}: an XLSForm is an Excel file; give a name ending in .xlsx")
    rubrics = load_rubrics(rubric)
    p, _, _ = load_partnership(partnership)
    form = xlsform.build(p, rubrics)
    write_atomic(output, xlsform.to_xlsx(form, langs), inputs=[partnership])
    asked = sum(1 for q in form.survey if q.meaning)
    sys.stderr.write(
        f"kemitraan: wrote {output} ({asked} questions; {len(p.programs)} programs, {len(p.partners)} partners;"
        f" languages {', '.join(langs)})\n"
        "Upload it to KoboToolbox (Deploy) or ODK Central (New form); then export the answers as CSV\n"
        f"and run: kemitraan survey ingest EXPORT.csv --into {partnership}\n"
    )


def survey_ingest(export: Path, into: Path, dry_run: bool) -> None:
    """Merge a KoboToolbox / ODK Central CSV export into a partnership file, showing the diff."""
    from kemitraan.fieldwork.ingest import describe, ingest

    diff, summary, parsed = ingest(export, into, dry_run=dry_run)
    sys.stdout.write(diff)
    for line in describe(summary, parsed, into, dry_run):
        sys.stderr.write(f"kemitraan: {line}\n")
