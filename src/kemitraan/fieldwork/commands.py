"""What the ``survey`` and ``evidence`` commands do, kept out of cli.py (which only parses options).

Each command first tells the run's write guard (:mod:`kemitraan.output`) what it reads, so
that nothing it writes (the form, the codebook, the partnership file edited in place)
replaces an input: a ``--into`` that is the export, the archive or the mapping is refused.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kemitraan.errors import UsageError


def survey_form(partnership: Path, output: Path, lang: str, rubric: list[str] | None) -> None:
    """Write the XLSForm questionnaire for a partnership file."""
    from kemitraan.fieldwork import xlsform
    from kemitraan.loader import load_partnership, load_rubrics, rubric_files
    from kemitraan.output import protect, write_atomic

    protect(partnership, *rubric_files(rubric or ()))
    langs = xlsform.parse_langs(lang)
    if output.suffix.lower() != ".xlsx":
        raise UsageError(f"{output}: an XLSForm is an Excel file; give a name ending in .xlsx")
    rubrics = load_rubrics(rubric)
    p, _, _ = load_partnership(partnership)
    form = xlsform.build(p, rubrics)
    write_atomic(output, xlsform.to_xlsx(form, langs))
    asked = sum(1 for q in form.survey if q.meaning)
    sys.stderr.write(
        f"kemitraan: wrote {output} ({asked} questions; {len(p.programs)} programs, {len(p.partners)} partners;"
        f" languages {', '.join(langs)})\n"
        "Upload it to KoboToolbox (Deploy) or ODK Central (New form); then export the answers as CSV\n"
        f"and run: kemitraan survey ingest EXPORT.csv --into {partnership}\n"
    )


def survey_ingest(export: Path, into: Path, dry_run: bool, include_rejected: bool = False) -> None:
    """Merge a KoboToolbox / ODK Central export (CSV or XLSX) into a partnership file, showing the diff."""
    from kemitraan.fieldwork.ingest import describe, ingest
    from kemitraan.output import protect, run_inputs

    protect(export)
    run_inputs().refuse(into)
    diff, summary, parsed = ingest(export, into, dry_run=dry_run, include_rejected=include_rejected)
    sys.stdout.write(diff)
    for line in describe(summary, parsed, into, dry_run):
        sys.stderr.write(f"kemitraan: {line}\n")


def evidence_import(
    qdpx: Path, into: Path, mapping: Path | None, dry_run: bool, rubric: list[str] | None
) -> None:
    """Coded selections of a REFI-QDA project into evidence quotes, showing the diff."""
    from kemitraan.fieldwork.qdpx import import_project
    from kemitraan.loader import load_rubrics, rubric_files
    from kemitraan.output import protect, run_inputs

    protect(qdpx, mapping, *rubric_files(rubric or ()))
    run_inputs().refuse(into)
    diff, summary, project = import_project(qdpx, into, mapping, load_rubrics(rubric), dry_run=dry_run)
    sys.stdout.write(diff)
    say = sys.stderr.write
    say(f"kemitraan: {qdpx}: project '{project.name}', {len(project.selections)} coded selection(s)\n")
    say(f"kemitraan: {into}: {summary.added} quote(s) added, {summary.duplicates} already in the file\n")
    if summary.unmapped:
        codes = ", ".join(f"{name} ({count})" for name, count in sorted(summary.unmapped.items()))
        say(f"kemitraan: codes not mapped to the partnership file (left out): {codes}\n")
        say("kemitraan: name codes as in 'kemitraan evidence codebook', or give --mapping FILE\n")
    for line in project.line_ends + project.refused:
        say(f"kemitraan: {line}\n")
    if project.skipped_sources:
        say(
            f"kemitraan: sources whose text is outside the archive (left out): {', '.join(project.skipped_sources)}\n"
        )
    if dry_run:
        say("kemitraan: dry run: nothing written\n")


def evidence_codebook(partnership: Path, output: Path | None, rubric: list[str] | None) -> None:
    """Write (or list) the default codes as a REFI-QDA codebook."""
    from kemitraan import __version__
    from kemitraan.fieldwork.qdpx import codebook, targets
    from kemitraan.loader import load_partnership, load_rubrics, rubric_files
    from kemitraan.output import protect, write_atomic

    protect(partnership, *rubric_files(rubric or ()))
    rubrics = load_rubrics(rubric)
    p, _, _ = load_partnership(partnership)
    if output is None:
        for target in targets(p, rubrics).values():
            alias = "  (criterion)" if target.alias else ""
            sys.stdout.write(f"{target.key}\t{target.label.en}{alias}\n")
        return
    if output.suffix.lower() != ".qdc":
        raise UsageError(f"{output}: a REFI-QDA codebook is a .qdc file; give a name ending in .qdc")
    write_atomic(output, codebook(p, rubrics, f"kemitraan {__version__}"))
    sys.stderr.write(f"kemitraan: wrote {output}; import it into the QDA software before coding\n")
