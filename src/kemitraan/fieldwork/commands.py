"""What the ``survey`` and ``evidence`` commands do, kept out of cli.py (which only parses options).

Each command first tells the run's write guard (:mod:`kemitraan.output`) what it reads, so
that nothing it writes (the form, the codebook, the partnership file edited in place)
replaces an input: a ``--into`` that is the export, the archive or the mapping is refused.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kemitraan.errors import UsageError, printable
from kemitraan.messages import err
from kemitraan.msg import Msg


def _note(key: str, **params: object) -> None:
    """A line on standard error; file names are shown with their control characters escaped."""
    sys.stderr.write(printable(err(key, **params), keep="\n") + "\n")


def survey_form(partnership: Path, output: Path, lang: str, rubric: list[str] | None) -> None:
    """Write the XLSForm questionnaire for a partnership file."""
    from kemitraan.fieldwork import xlsform
    from kemitraan.loader import load_partnership, load_rubrics, rubric_files
    from kemitraan.output import protect, write_atomic

    protect(partnership, *rubric_files(rubric or ()))
    langs = xlsform.parse_langs(lang)
    if output.suffix.lower() != ".xlsx":
        raise UsageError(err("form.not_xlsx", file=printable(str(output))))
    rubrics = load_rubrics(rubric)
    p, _, _ = load_partnership(partnership)
    form = xlsform.build(p, rubrics)
    write_atomic(output, xlsform.to_xlsx(form, langs))
    asked = sum(1 for q in form.survey if q.meaning)
    _note(
        "form.wrote",
        file=str(output),
        questions=Msg("count.questions", {"n": asked}),
        programs=Msg("count.programs", {"n": len(p.programs)}),
        partners=Msg("count.partners", {"n": len(p.partners)}),
        langs=", ".join(langs),
        partnership=str(partnership),
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
        _note("fw.line", line=line)


def evidence_import(
    qdpx: Path, into: Path, mapping: Path | None, dry_run: bool, rubric: list[str] | None
) -> None:
    """Coded selections of a REFI-QDA project into evidence quotes, showing the diff."""
    from kemitraan.fieldwork.qdpx import import_project
    from kemitraan.i18n import ui
    from kemitraan.loader import load_rubrics, rubric_files
    from kemitraan.messages import say
    from kemitraan.output import protect, run_inputs

    protect(qdpx, mapping, *rubric_files(rubric or ()))
    run_inputs().refuse(into)
    diff, summary, project = import_project(qdpx, into, mapping, load_rubrics(rubric), dry_run=dry_run)
    sys.stdout.write(diff)
    selections = Msg("count.selections", {"n": len(project.selections)})
    _note("qda.read", file=str(qdpx), project=project.name, selections=selections)
    quotes = Msg("count.quotes", {"n": summary.added})
    _note("qda.merged", file=str(into), quotes=quotes, duplicates=summary.duplicates)
    if summary.unmapped:
        codes = ", ".join(f"{name} ({count})" for name, count in sorted(summary.unmapped.items()))
        _note("qda.unmapped", codes=codes)
        _note("qda.unmapped.hint")
    for line in project.line_ends + project.refused:
        _note("fw.line", line=say(line, ui()))
    if project.skipped_sources:
        _note("qda.skipped_sources", sources=", ".join(project.skipped_sources))
    if dry_run:
        _note("fw.line", line=err("fw.ingest.dry_run"))


def evidence_codebook(
    partnership: Path, output: Path | None, rubric: list[str] | None, lang: str | None = None
) -> None:
    """Write (or list) the default codes as a REFI-QDA codebook, described in the language of
    the run (``--lang``, ``KEMITRAAN_LANG``, the locale), else in the file's, as a report is."""
    from kemitraan import __version__
    from kemitraan.fieldwork.qdpx import codebook, targets
    from kemitraan.i18n import choose
    from kemitraan.loader import load_partnership, load_rubrics, rubric_files
    from kemitraan.messages import say
    from kemitraan.output import protect, write_atomic

    protect(partnership, *rubric_files(rubric or ()))
    rubrics = load_rubrics(rubric)
    p, _, _ = load_partnership(partnership)
    language = choose(lang, p.language)
    if output is None:
        for target in targets(p, rubrics).values():
            alias = f"  ({say(Msg('qda.criterion'), language)})" if target.alias else ""
            sys.stdout.write(
                printable(f"{target.key}\t{say(target.label, language)}{alias}", keep="\t") + "\n"
            )
        return
    if output.suffix.lower() != ".qdc":
        raise UsageError(err("qda.not_qdc", file=printable(str(output))))
    write_atomic(output, codebook(p, rubrics, f"kemitraan {__version__}", language))
    _note("qda.wrote_codebook", file=str(output))
