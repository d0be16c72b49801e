"""The command line: parse options, call the pipeline, print, and map errors to exit codes.

No domain logic lives here. Heavy modules (pydantic models, the engine, jinja2, rich) are
imported inside the commands that need them, so ``kemitraan --version`` costs little more
than importing Typer.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer

from kemitraan import __version__
from kemitraan.errors import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED, KemitraanError
from kemitraan.limits import DEFAULT_MAX_BYTES, format_size, parse_size

app = typer.Typer(
    name="kemitraan",
    help=(
        "Assess partnerships between organisations against published models "
        "(Notoatmodjo 2010, Sulistiyani 2017, principles of partnership), with evidence-cited, "
        "reproducible reports in Indonesian or English."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

_state = {"debug": False}
T = TypeVar("T")

LANGS = ("id", "en")
AGGREGATES = ("median", "min")


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    sys.stderr.write(message.rstrip("\n") + "\n")
    raise typer.Exit(code)


def _run(job: Callable[[], T]) -> T:
    """Run a command's work; turn errors into a message and an exit code (tracebacks only with --debug)."""
    try:
        return job()
    except KemitraanError as exc:
        _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt:
        _fail("kemitraan: interrupted", EXIT_INTERRUPTED)
    except (typer.Exit, BrokenPipeError):  # a closed pipe (| head) ends quietly, as Typer does
        raise
    except Exception as exc:
        if _state["debug"]:
            raise
        _fail(
            f"kemitraan: internal error: {type(exc).__name__}: {exc}\n"
            "This is a bug in kemitraan. Rerun with --debug for the details and report it.",
            EXIT_INTERNAL,
        )


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"kemitraan {__version__}\n")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
    debug: Annotated[
        bool, typer.Option("--debug", help="Show Python tracebacks for internal errors.")
    ] = False,
) -> None:
    _state["debug"] = debug


def _choice(option: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    if value is not None and value not in choices:
        _fail(f"kemitraan: {option}: expected one of {', '.join(choices)} but got '{value}'")
    return value


def _size(text: str | int) -> int:
    if isinstance(text, int):  # the default
        return text
    try:
        return parse_size(text)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


MaxSizeOption = Annotated[
    int,
    typer.Option(
        "--max-size",
        parser=_size,
        metavar="SIZE",
        help=f"Refuse partnership files larger than this (and files whose YAML aliases would expand beyond it), for example 500k or 20M. Default: {format_size(DEFAULT_MAX_BYTES)}.",
        show_default=False,
    ),
]

AggregateOption = Annotated[
    str,
    typer.Option(
        "--aggregate",
        help="How several informants' answers become one value: median, or min (the conservative reading).",
    ),
]

RubricOption = Annotated[
    list[str] | None,
    typer.Option(
        "--rubric",
        "-r",
        help="Add a rubric, or replace the bundled one with the same id: a bundled name (for example himmelman-2002 or frey-2006, which do not run by default) or a path to a YAML file. Repeatable.",
    ),
]

OnlyOption = Annotated[
    list[str] | None,
    typer.Option(
        "--only",
        help="Run only these bundled rubrics instead of the default ones, separated by commas (for example notoatmodjo-2010,sulistiyani-2017); --rubric still adds. Repeatable.",
        metavar="NAMES",
    ),
]


@app.command()
def assess(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Partnership files (YAML), or folders to search for *.yaml and *.yml.", show_default=False
        ),
    ],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help=(
                "terminal, md, json, html or pdf (pdf needs headless Chromium). "
                "Default: from the -o file's extension, else terminal; md for the reports of several files."
            ),
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write the report to this file (atomically). With several files or a folder: the folder for the reports, one per file.",
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", "-l", help="Report language: id or en. Default: the file's language."),
    ] = None,
    rubric: RubricOption = None,
    only: OnlyOption = None,
    aggregate: AggregateOption = "median",
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            "-t",
            help="Your own report template (Jinja2, run in a sandbox) for md, html or pdf: a file, or a folder searched before the bundled templates.",
        ),
    ] = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    summary: Annotated[
        Path | None,
        typer.Option(
            "--summary",
            "-s",
            help="Write one row per partnership to this .csv file (opens in Excel and LibreOffice) or .jsonl file.",
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="How many files to assess at once. Default: all cores."),
    ] = None,
) -> None:
    """Assess partnership files and report the verdict of each model, with its evidence.

    One file: the report goes to the terminal, or to the -o file. Several files or a folder:
    one report per file below the -o folder, a --summary table, and the verdict counts at the end.
    """

    def job() -> int:
        from kemitraan.render import EXTENSIONS, FORMATS

        _choice("--aggregate", aggregate, AGGREGATES)
        _choice("--format", fmt, FORMATS)
        _choice("--lang", lang, LANGS)
        refs = tuple(rubric or ())
        if len(paths) > 1 or paths[0].is_dir() or summary is not None:
            from kemitraan.batch import Options, assess_many

            batch = Options(
                paths,
                refs,
                output,
                fmt,
                lang,
                summary,
                jobs,
                aggregate,
                template,
                max_size,
                _state["debug"],
                tuple(only) if only is not None else None,
            )
            return assess_many(batch, sys.stderr)
        path = paths[0]
        chosen = fmt or (EXTENSIONS.get(output.suffix.lower(), "terminal") if output else "terminal")
        if chosen == "pdf" and output is None and sys.stdout.isatty():
            _fail("kemitraan: --format pdf writes a binary file; give -o FILE.pdf (or redirect the output)")

        from kemitraan.loader import load_rubrics, rubric_path
        from kemitraan.pipeline import assess_path
        from kemitraan.render import render

        assessment = assess_path(path, load_rubrics(rubric, only), aggregate, max_bytes=max_size)
        language = lang or assessment.input.language
        inputs = [path, *(rubric_path(r) for r in refs), *([template] if template else [])]
        _emit(
            lambda color, width: render(
                assessment, chosen, language, color=color, width=width, template=template
            ),
            chosen,
            output,
            inputs,
        )
        return 0

    raise typer.Exit(_run(job))


def _emit(
    text: Callable[[bool, int], str | bytes], fmt: str, output: Path | None, inputs: list[Path]
) -> None:
    """Print the text (in colour on a terminal), or write it to the -o file atomically."""
    if output is None:
        import shutil

        tty = sys.stdout.isatty()
        width = shutil.get_terminal_size((100, 24)).columns if tty else 100
        content = text(tty and fmt == "terminal", width)
        if isinstance(content, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(content)
        else:
            sys.stdout.write(content)
        return
    from kemitraan.output import write_atomic

    write_atomic(output, text(False, 100), inputs=inputs)
    sys.stderr.write(f"kemitraan: wrote {output}\n")


@app.command()
def compare(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Two partnership files, before and after. With --by: files and folders to count.",
            show_default=False,
        ),
    ],
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            help="Count the verdicts per group: village, district, regency, province, country, language, from, to (the years) or folder.",
        ),
    ] = None,
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="terminal, md, html or json; with --by also csv. Default: from the -o file's extension, else terminal.",
        ),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the comparison to this file (atomically).")
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", "-l", help="id or en. Default: the first file's language; with --by, English."
        ),
    ] = None,
    rubric: RubricOption = None,
    only: OnlyOption = None,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="With --by: how many files to assess at once. Default: all cores."
        ),
    ] = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
) -> None:
    """Compare two assessments of a partnership (what changed), or count verdicts per group (--by).

    Two versions of one partnership, say 2019 and 2023, give the longitudinal view: verdicts,
    criteria, participation in each phase and principle scores, before and after.
    """
    from kemitraan.compare import BY
    from kemitraan.render import EXTENSIONS
    from kemitraan.render.compare import COMPARISON_FORMATS, GROUP_FORMATS

    formats = GROUP_FORMATS if by else COMPARISON_FORMATS
    _choice("--by", by, tuple(BY))
    _choice("--format", fmt, formats)
    _choice("--lang", lang, LANGS)
    if fmt is None:
        fmt = ({**EXTENSIONS, ".csv": "csv"}.get(output.suffix.lower(), "terminal")) if output else "terminal"
        _choice("--format (from the -o file's extension)", fmt, formats)
    if by is None and len(paths) != 2:
        _fail(
            "kemitraan compare: give two partnership files (before and after), "
            "or files and folders with --by (for example --by regency)"
        )

    def job() -> int:
        from kemitraan.batch import Options, count_by
        from kemitraan.compare import compare as compare_two
        from kemitraan.loader import load_rubrics
        from kemitraan.pipeline import assess_path
        from kemitraan.render.compare import render_comparison, render_groups

        if by is not None:
            options = Options(
                paths,
                tuple(rubric or ()),
                jobs=jobs,
                max_bytes=max_size,
                debug=_state["debug"],
                only=tuple(only) if only is not None else None,
            )
            table, code = count_by(options, by, sys.stderr)
            _emit(
                lambda color, width: render_groups(table, fmt, lang or "en", color=color, width=width),
                fmt,
                output,
                paths,
            )
            return code
        rubrics = load_rubrics(rubric, only)
        before, after = (assess_path(p, rubrics, max_bytes=max_size) for p in paths)
        c = compare_two(before, after)
        language = lang or before.input.language
        _emit(
            lambda color, width: render_comparison(c, fmt, language, color=color, width=width),
            fmt,
            output,
            paths,
        )
        return 0

    raise typer.Exit(_run(job))


@app.command()
def validate(
    paths: Annotated[list[Path], typer.Argument(help="Partnership files to check.", show_default=False)],
    rubric: RubricOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
) -> None:
    """Check partnership files (and any --rubric files) without assessing them."""

    def job() -> None:
        from kemitraan.errors import InputError
        from kemitraan.loader import load_partnership, load_rubrics

        load_rubrics(rubric)
        failed = 0
        for path in paths:
            try:
                p, _, _ = load_partnership(path, max_bytes=max_size)
            except InputError as exc:
                failed += 1
                sys.stderr.write(str(exc) + "\n")
                continue
            partners, programs = len(p.partners), len(p.programs)
            sys.stdout.write(
                f"{path}: ok ({p.id}: {partners} partner{'s' * (partners != 1)},"
                f" {programs} program{'s' * (programs != 1)})\n"
            )
        if failed:
            raise typer.Exit(EXIT_BAD_INPUT)

    _run(job)


rubrics_app = typer.Typer(
    help="List the rubrics kemitraan knows (the default), or show one criterion by criterion.",
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(rubrics_app, name="rubrics")
LangOption = Annotated[str, typer.Option("--lang", "-l", help="id or en.")]


def _list_rubrics(rubric: list[str] | None, lang: str) -> None:
    _choice("--lang", lang, LANGS)

    def job() -> None:
        from kemitraan.loader import BUNDLED_RUBRICS, DEFAULT_RUBRICS, load_rubrics
        from kemitraan.messages import t

        for loaded in load_rubrics(rubric, BUNDLED_RUBRICS):
            r = loaded.rubric
            origin = "" if loaded.origin == "bundled" else f"  [{loaded.origin}]"
            if loaded.origin == "bundled" and r.id not in DEFAULT_RUBRICS:
                origin = f"  [{t('rubrics.opt_in', lang, id=r.id)}]"
            sys.stdout.write(f"{r.id}  v{r.version}  {r.title.get(lang)}{origin}\n")
            verdicts = ", ".join(f"{v.id} ({v.label.get(lang)})" for v in r.verdicts)
            sys.stdout.write(f"    verdicts: {verdicts}\n")
            for s in r.sources:
                sys.stdout.write(f"    source: {' '.join(s.citation.split())}\n")

    _run(job)


@rubrics_app.callback(invoke_without_command=True)
def rubrics_(ctx: typer.Context, rubric: RubricOption = None, lang: LangOption = "en") -> None:
    """List the rubrics kemitraan knows, with their verdicts and sources (or: rubrics show NAME)."""
    if ctx.invoked_subcommand is None:
        _list_rubrics(rubric, lang)


@rubrics_app.command("list")
def rubrics_list(rubric: RubricOption = None, lang: LangOption = "en") -> None:
    """List the rubrics kemitraan knows, with their verdicts and sources."""
    _list_rubrics(rubric, lang)


@rubrics_app.command("show")
def rubrics_show(
    name: Annotated[
        str,
        typer.Argument(help="A bundled rubric (see kemitraan rubrics) or a rubric file.", show_default=False),
    ],
    lang: LangOption = "en",
) -> None:
    """Explain a rubric: each criterion's meaning, what it reads, its rule, its source and page."""
    _choice("--lang", lang, LANGS)

    def job() -> None:
        from kemitraan.loader import load_rubric
        from kemitraan.render.rubric_text import render_rubric

        sys.stdout.write(render_rubric(load_rubric(name), lang))

    _run(job)


@app.command()
def init(
    path: Annotated[Path, typer.Argument(help="The partnership file to write.", show_default=True)] = Path(
        "partner.yaml"
    ),
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", "-l", help="Language of the questions and the file: id or en. Default: asked."
        ),
    ] = None,
    blank: Annotated[
        bool, typer.Option("--blank", help="Write a commented template to fill in by hand; no questions.")
    ] = False,
) -> None:
    """Write a partnership file by answering plain questions (or, with --blank, a commented template)."""
    _choice("--lang", lang, LANGS)

    def job() -> None:
        from kemitraan.interview import TerminalConsole, run_init

        run_init(path, lang, blank, TerminalConsole())

    _run(job)


@app.command()
def explain(
    path: Annotated[Path, typer.Argument(help="The partnership file (YAML).", show_default=False)],
    lang: Annotated[
        str | None,
        typer.Option("--lang", "-l", help="id or en. Default: the file's language."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the explanation to this file (atomically)."),
    ] = None,
    rubric: RubricOption = None,
    only: OnlyOption = None,
    aggregate: AggregateOption = "median",
) -> None:
    """Explain each verdict: fact (with its line) -> criterion -> rule -> result -> verdict."""
    _choice("--lang", lang, LANGS)
    _choice("--aggregate", aggregate, AGGREGATES)

    def job() -> None:
        from kemitraan.explain import explain_file
        from kemitraan.loader import load_rubrics
        from kemitraan.render.explanation import render_explanation

        e = explain_file(path, load_rubrics(rubric, only), aggregate)
        text = render_explanation(e, lang or e.assessment.input.language)
        _emit(lambda color, width: text, "text", output, [path])

    _run(job)


@app.command()
def schema(
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Write the schema to this file (atomically) instead of printing it."
        ),
    ] = None,
    lang: Annotated[str, typer.Option("--lang", "-l", help="Language of the descriptions: id or en.")] = "en",
) -> None:
    """Print the JSON Schema of the partnership file, for editors that check and complete YAML."""
    _choice("--lang", lang, LANGS)

    def job() -> None:
        from kemitraan.schema import schema_text

        text = schema_text(lang)
        _emit(lambda color, width: text, "json", output, [])

    _run(job)


survey_app = typer.Typer(
    help="Questionnaires for KoboToolbox / ODK Collect, and their answers into a partnership file.",
    no_args_is_help=True,
)
app.add_typer(survey_app, name="survey")


@survey_app.command("form")
def survey_form(
    path: Annotated[
        Path, typer.Argument(help="The partnership file: its programs and partners.", show_default=False)
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="The XLSForm to write (.xlsx).")] = Path(
        "kuesioner.xlsx"
    ),
    lang: Annotated[
        str, typer.Option("--lang", "-l", help="Label languages, the first the default: id, en or id,en.")
    ] = "id,en",
    rubric: RubricOption = None,
) -> None:
    """Write an XLSForm questionnaire (KoboToolbox, ODK Collect) from the partnership and the rubrics."""
    from kemitraan.fieldwork.commands import survey_form as job

    _run(lambda: job(path, output, lang, rubric))


@survey_app.command("ingest")
def survey_ingest(
    export: Annotated[
        Path,
        typer.Argument(help="A KoboToolbox or ODK Central export (CSV or XLSX).", show_default=False),
    ],
    into: Annotated[
        Path, typer.Option("--into", help="The partnership file to add the answers to (edited in place).")
    ],
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show the diff; write nothing.")] = False,
    include_rejected: Annotated[
        bool,
        typer.Option(
            "--include-rejected",
            help="Also take in submissions rejected in ODK Central or not approved in KoboToolbox.",
        ),
    ] = False,
) -> None:
    """Add the answers of a survey export to a partnership file (comments and key order kept)."""
    from kemitraan.fieldwork.commands import survey_ingest as job

    _run(lambda: job(export, into, dry_run, include_rejected))


evidence_app = typer.Typer(
    help="Coded interviews from QDA software (REFI-QDA .qdpx) as evidence quotes.", no_args_is_help=True
)
app.add_typer(evidence_app, name="evidence")


@evidence_app.command("import")
def evidence_import(
    qdpx: Annotated[Path, typer.Argument(help="A REFI-QDA project (.qdpx).", show_default=False)],
    into: Annotated[
        Path, typer.Option("--into", help="The partnership file to add the quotes to (edited in place).")
    ],
    mapping: Annotated[
        Path | None,
        typer.Option(
            "--mapping",
            help="YAML file 'codes: {QDA code name: target}'. Default: code names as in the codebook.",
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show the diff; write nothing.")] = False,
    rubric: RubricOption = None,
) -> None:
    """Add the coded quotes of a QDA project to a partnership file, with source and position."""
    from kemitraan.fieldwork.commands import evidence_import as job

    _run(lambda: job(qdpx, into, mapping, dry_run, rubric))


@evidence_app.command("codebook")
def evidence_codebook(
    path: Annotated[Path, typer.Argument(help="The partnership file.", show_default=False)],
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="The codebook to write (.qdc). Without it: list the codes."),
    ] = None,
    rubric: RubricOption = None,
) -> None:
    """Write the codes kemitraan understands as a REFI-QDA codebook (.qdc) for the QDA software."""
    from kemitraan.fieldwork.commands import evidence_codebook as job

    _run(lambda: job(path, output, rubric))


def app_for(args: list[str]) -> typer.Typer:
    """:func:`_lean_app`, or the whole app should Typer's registry ever change shape."""
    try:
        return _lean_app(args)
    except Exception:  # an optimisation must never stop the command line
        return app


def _lean_app(args: list[str]) -> typer.Typer:
    """The app to run for these arguments: ``app`` with only the invoked command registered.

    Typer turns the signature of every registered command into options before it parses
    anything (about 10 ms for kemitraan's nine commands, more than a command like
    ``--version`` does itself). The command a user names is the only one that can run, so
    the others are left out. Help that lists the commands (``kemitraan``, ``--help``) and
    anything not naming a known command (a typo gets Typer's "No such command") use the
    whole app, as do shell completions, which Typer reads from the environment.
    """
    import copy

    from typer.main import get_command_name

    name = next((arg for arg in args if not arg.startswith("-")), None)
    if name is None:
        if not args or {"-h", "--help", "--install-completion", "--show-completion"} & set(args):
            return app
    elif any(key.startswith("_") and key.endswith("_COMPLETE") for key in os.environ):
        return app
    commands = [
        info
        for info in app.registered_commands
        if info.callback is not None and name == (info.name or get_command_name(info.callback.__name__))
    ]
    groups = [info for info in app.registered_groups if name is not None and info.name == name]
    if name is not None and not commands and not groups:
        return app
    lean = copy.copy(app)
    lean.registered_commands = commands
    lean.registered_groups = groups
    return lean


def main() -> None:
    """Console-script entry point."""
    # kemitraan uses no pydantic plugins; looking for them scans every installed package's
    # entry points (about 13 ms, a tenth of start-up). A user who sets the variable decides.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    app_for(sys.argv[1:])()


if __name__ == "__main__":  # pragma: no cover
    main()
