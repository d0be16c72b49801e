"""Every help text of the command line, in one place (English for now).

Keys are ``command`` (what the command does), ``command.option`` (one option or argument)
and ``EXAMPLES[command]`` (lines a user can copy). A paragraph is one line of text: the help
formatter wraps it to the terminal, so no sentence is broken in the middle. A later issue
moves these texts into the translator catalogues with the rest; nothing here is built from
fragments.
"""

from __future__ import annotations

H: dict[str, str] = {
    "app": (
        "Assess partnerships between organisations against published models (Notoatmodjo 2010, "
        "Sulistiyani 2017, principles of partnership), with evidence-cited, reproducible reports in "
        "Indonesian or English."
    ),
    "app.more": "Run kemitraan COMMAND --help for what a command does, its options and examples.",
    "app.version": "Show the version and exit.",
    "app.debug": "Show Python tracebacks for internal errors.",
    # shared options
    "rubric": (
        "Add a rubric, or replace the bundled one with the same id: a bundled name (for example "
        "himmelman-2002 or frey-2006, which do not run by default) or a path to a YAML file. Repeatable."
    ),
    "only": (
        "Run only these bundled rubrics instead of the default ones, separated by commas (for example "
        "notoatmodjo-2010,sulistiyani-2017); --rubric still adds. Repeatable."
    ),
    "max_size": (
        "Refuse partnership files larger than this (and files whose YAML aliases would expand "
        "beyond it), for example 500k or 20M. Default: {default}."
    ),
    "aggregate": (
        "How several informants' answers become one value: median, or min (the conservative reading)."
    ),
    # assess
    "assess": "Assess partnership files and report the verdict of each model, with its evidence.",
    "assess.more": (
        "One file: the report goes to the terminal, or to the -o file. Several files or a folder: "
        "one report per file below the -o folder, a --summary table, and the verdict counts at the end."
    ),
    "assess.paths": "Partnership files (YAML), or folders to search for *.yaml and *.yml.",
    "assess.format": (
        "The report format. Default: from the -o file's extension, else terminal; md for the reports "
        "of several files. pdf needs headless Chromium; docx needs the docx extra (pip install "
        "'kemitraan[docx]')."
    ),
    "assess.output": (
        "Write the report to this file (atomically). With several files or a folder: the folder for "
        "the reports, one per file."
    ),
    "assess.lang": "The report language. Default: the file's language.",
    "assess.template": (
        "Your own report template (Jinja2, run in a sandbox) for md, html, pdf or docx: a file, or a "
        "folder searched before the bundled templates."
    ),
    "assess.summary": (
        "Write one row per partnership to this .csv file (opens in Excel and LibreOffice) or .jsonl file."
    ),
    "assess.jobs": "How many files to assess at once, 1 or more. Default: all cores.",
    # compare
    "compare": (
        "Compare two assessments of a partnership (what changed), or count verdicts per group (--by)."
    ),
    "compare.more": (
        "Two versions of one partnership, say 2019 and 2023, give the longitudinal view: verdicts, "
        "criteria, participation in each phase and principle scores, before and after."
    ),
    "compare.paths": "Two partnership files, before and after. With --by: files and folders to count.",
    "compare.by": (
        "Count the verdicts per group: one of {choices} (a place, the language, the first or last "
        "year, or the file's folder)."
    ),
    "compare.format": (
        "The format of the comparison (csv only with --by). Default: from the -o file's extension, "
        "else terminal."
    ),
    "compare.output": "Write the comparison to this file (atomically).",
    "compare.lang": "The language. Default: the first file's language; with --by, English.",
    "compare.jobs": "With --by: how many files to assess at once, 1 or more. Default: all cores.",
    # validate
    "validate": "Check partnership files (and any --rubric files) without assessing them.",
    "validate.more": (
        "Each problem is one line, file:line:column: field: what was expected but what was found; "
        "the exit code is 2 when any file has a problem, 0 when every file is valid."
    ),
    "validate.paths": "Partnership files (YAML), or folders to search for *.yaml and *.yml.",
    # rubrics
    "rubrics": "List the rubrics kemitraan knows (the default), or show one criterion by criterion.",
    "rubrics.more": "A rubric is one model: its verdicts, its criteria and the sources they cite.",
    "rubrics.list": "List the rubrics kemitraan knows, with their verdicts and sources.",
    "rubrics.list.more": "The bundled rubrics, and any --rubric file, each with its version.",
    "rubrics.show": "Explain a rubric: each criterion's meaning, what it reads, its rule, its source and page.",
    "rubrics.show.more": (
        "For each criterion: what it means, which fields of the partnership file it reads, its rule "
        "in words with the rubric's parameters, and its source with the page; then the verdicts and "
        "the decision rules in order."
    ),
    "rubrics.name": "A bundled rubric (see kemitraan rubrics) or a rubric file.",
    "rubrics.lang": "The language of the labels and descriptions.",
    # init
    "init": (
        "Write a partnership file by answering plain questions (or, with --blank, a commented template)."
    ),
    "init.more": (
        "Press Enter for anything you do not know: it is written as unknown, and the assessment "
        "reports it as missing evidence instead of guessing. An existing file is overwritten only if "
        "you say yes."
    ),
    "init.path": "The partnership file to write.",
    "init.lang": "The language of the questions and of the file. Default: asked.",
    "init.blank": "Write a commented template to fill in by hand; no questions.",
    # explain
    "explain": "Explain each verdict: fact (with its line) -> criterion -> rule -> result -> verdict.",
    "explain.more": (
        "For each verdict: the facts each criterion read with their line numbers, the rule, the "
        "result, and the decision rules tried until one held."
    ),
    "explain.path": "The partnership file (YAML).",
    "explain.lang": "The language of the explanation. Default: the file's language.",
    "explain.output": "Write the explanation to this file (atomically).",
    # schema
    "schema": "Print the JSON Schema of the partnership file, for editors that check and complete YAML.",
    "schema.more": (
        "Editors such as VS Code with the YAML extension use it to check and complete a partnership "
        "file as you type."
    ),
    "schema.output": "Write the schema to this file (atomically) instead of printing it.",
    "schema.lang": "The language of the descriptions.",
    # survey
    "survey": "Questionnaires for KoboToolbox / ODK Collect, and their answers into a partnership file.",
    "survey.more": "These commands need the fieldwork extra: pip install 'kemitraan[fieldwork]'.",
    "survey.form": (
        "Write an XLSForm questionnaire (KoboToolbox, ODK Collect) from the partnership and the rubrics."
    ),
    "survey.form.more": (
        "A skeleton partnership file with its partners and programs is enough: the questions name them."
    ),
    "survey.form.path": "The partnership file: its programs and partners.",
    "survey.form.output": "The XLSForm to write (.xlsx).",
    "survey.form.lang": "The label languages, the first the default.",
    "survey.ingest": "Add the answers of a survey export to a partnership file (comments and key order kept).",
    "survey.ingest.more": (
        "Answers already in the file are skipped, so an export can be ingested again after new answers "
        "arrive. The change is shown as a diff; --dry-run writes nothing."
    ),
    "survey.ingest.export": "A KoboToolbox or ODK Central export (CSV or XLSX).",
    "survey.ingest.include_rejected": (
        "Also take in submissions rejected in ODK Central or not approved in KoboToolbox."
    ),
    "survey.ingest.into": "The partnership file to add the answers to (edited in place).",
    "dry_run": "Show the diff; write nothing.",
    # evidence
    "evidence": "Coded interviews from QDA software (REFI-QDA .qdpx) as evidence quotes.",
    "evidence.more": "These commands need the fieldwork extra: pip install 'kemitraan[fieldwork]'.",
    "evidence.import": "Add the coded quotes of a QDA project to a partnership file, with source and position.",
    "evidence.import.more": (
        "A coded selection whose code names a place in the file (as evidence codebook lists them) "
        "becomes an evidence quote there, with its source document and position."
    ),
    "evidence.import.qdpx": "A REFI-QDA project (.qdpx).",
    "evidence.import.into": "The partnership file to add the quotes to (edited in place).",
    "evidence.import.mapping": (
        "A YAML file 'codes: {QDA code name: target}'. Default: code names as in the codebook."
    ),
    "evidence.codebook": (
        "Write the codes kemitraan understands as a REFI-QDA codebook (.qdc) for the QDA software."
    ),
    "evidence.codebook.more": "Load the codebook into the QDA software before coding the interviews.",
    "evidence.codebook.path": "The partnership file.",
    "evidence.codebook.output": "The codebook to write (.qdc). Without it: list the codes.",
}

EXAMPLES: dict[str, tuple[str, ...]] = {
    "app": (
        "kemitraan assess examples/benan.yaml",
        "kemitraan assess examples/benan.yaml --lang en -o benan.docx",
        "kemitraan init desa.yaml",
    ),
    "assess": (
        "kemitraan assess examples/benan.yaml --lang en",
        "kemitraan assess examples/benan.yaml -o benan.docx",
        "kemitraan assess cases/ --format html -o reports/ --summary summary.csv",
    ),
    "compare": (
        "kemitraan compare examples/over-time/mekar-2019.yaml examples/over-time/mekar-2023.yaml",
        "kemitraan compare cases/ --by regency -o counts.csv",
    ),
    "validate": ("kemitraan validate desa.yaml", "kemitraan validate cases/"),
    "rubrics": ("kemitraan rubrics", "kemitraan rubrics show sulistiyani-2017 --lang id"),
    "rubrics.list": ("kemitraan rubrics list --lang id",),
    "rubrics.show": ("kemitraan rubrics show notoatmodjo-2010", "kemitraan rubrics show my-rubric.yaml"),
    "init": ("kemitraan init desa.yaml --lang id", "kemitraan init --blank desa.yaml"),
    "explain": ("kemitraan explain examples/benan.yaml --lang en", "kemitraan explain desa.yaml -o why.txt"),
    "schema": ("kemitraan schema -o kemitraan.schema.json", "kemitraan schema --lang id"),
    "survey": ("kemitraan survey form benan.yaml -o kuesioner.xlsx",),
    "survey.form": ("kemitraan survey form benan.yaml -o kuesioner.xlsx --lang id,en",),
    "survey.ingest": (
        "kemitraan survey ingest export.csv --into benan.yaml --dry-run",
        "kemitraan survey ingest export.csv --into benan.yaml",
    ),
    "evidence": ("kemitraan evidence codebook benan.yaml -o kemitraan.qdc",),
    "evidence.import": (
        "kemitraan evidence import project.qdpx --into benan.yaml --dry-run",
        "kemitraan evidence import project.qdpx --into benan.yaml --mapping map.yaml",
    ),
    "evidence.codebook": ("kemitraan evidence codebook benan.yaml -o kemitraan.qdc",),
}

EXAMPLES_HEADING = "Examples:"


def command_help(name: str) -> str:
    """A command's help: what it does, more about it, and its examples (one paragraph each).

    Every command with examples has a ``.more`` paragraph: Typer strips the indentation that
    all the lines after the first share, which would take the examples' indentation when they
    came straight after the first paragraph.
    """
    parts = [H[name]]
    if f"{name}.more" in H:
        parts.append(H[f"{name}.more"])
    if name in EXAMPLES:
        parts.append("\n".join([EXAMPLES_HEADING, *(f"  {line}" for line in EXAMPLES[name])]))
    return "\n\n".join(parts)
