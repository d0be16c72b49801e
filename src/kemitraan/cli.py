"""The command line: parse options, call the pipeline, print, and map errors to exit codes.

No domain logic lives here. Heavy modules (pydantic models, the engine, jinja2, rich) are
imported inside the commands that need them, so ``kemitraan --version`` costs little more
than importing Typer.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer

from kemitraan import __version__
from kemitraan.errors import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED, KemitraanError

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
    except typer.Exit:
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


RubricOption = Annotated[
    list[str] | None,
    typer.Option(
        "--rubric",
        "-r",
        help="Add a rubric, or replace the bundled one with the same id: a bundled name or a path to a YAML file. Repeatable.",
    ),
]


def _available(fmt: str | None) -> None:
    if fmt == "html":
        _fail("kemitraan: --format html is not available yet; use terminal, md or json")


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
            help="terminal, md or json. Default: from the -o file's extension, else terminal; md for the reports of several files.",
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
    from kemitraan.render import EXTENSIONS, FORMATS

    _choice("--format", fmt, FORMATS)
    _choice("--lang", lang, LANGS)
    if len(paths) > 1 or paths[0].is_dir() or summary is not None:
        from kemitraan.batch import Options, assess_many

        _available(fmt or "md")
        options = Options(paths, tuple(rubric or ()), output, fmt, lang, summary, jobs, _state["debug"])
        raise typer.Exit(_run(lambda: assess_many(options, sys.stderr)))
    path = paths[0]
    if fmt is None:
        fmt = EXTENSIONS.get(output.suffix.lower(), "terminal") if output else "terminal"
    _available(fmt)

    def job() -> None:
        from kemitraan.loader import load_rubrics
        from kemitraan.pipeline import assess_path
        from kemitraan.render import render

        assessment = assess_path(path, load_rubrics(rubric))
        language = lang or assessment.input.language
        _emit(
            lambda color, width: render(assessment, fmt, language, color=color, width=width),
            fmt,
            output,
            [path],
        )

    _run(job)


def _emit(text: Callable[[bool, int], str], fmt: str, output: Path | None, inputs: list[Path]) -> None:
    """Print the text (in colour on a terminal), or write it to the -o file atomically."""
    if output is None:
        import shutil

        tty = sys.stdout.isatty()
        width = shutil.get_terminal_size((100, 24)).columns if tty else 100
        sys.stdout.write(text(tty and fmt == "terminal", width))
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
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="With --by: how many files to assess at once. Default: all cores."
        ),
    ] = None,
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
            options = Options(paths, tuple(rubric or ()), jobs=jobs, debug=_state["debug"])
            table, code = count_by(options, by, sys.stderr)
            _emit(
                lambda color, width: render_groups(table, fmt, lang or "en", color=color, width=width),
                fmt,
                output,
                paths,
            )
            return code
        rubrics = load_rubrics(rubric)
        before, after = (assess_path(p, rubrics) for p in paths)
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
) -> None:
    """Check partnership files (and any --rubric files) without assessing them."""

    def job() -> None:
        from kemitraan.errors import InputError
        from kemitraan.loader import load_partnership, load_rubrics

        load_rubrics(rubric)
        failed = 0
        for path in paths:
            try:
                p, _, _ = load_partnership(path)
            except InputError as exc:
                failed += 1
                sys.stderr.write(str(exc) + "\n")
                continue
            sys.stdout.write(f"{path}: ok ({p.id}: {len(p.partners)} partners, {len(p.programs)} programs)\n")
        if failed:
            raise typer.Exit(EXIT_BAD_INPUT)

    _run(job)


@app.command("rubrics")
def rubrics_(
    rubric: RubricOption = None,
    lang: Annotated[str, typer.Option("--lang", "-l", help="id or en.")] = "en",
) -> None:
    """List the rubrics kemitraan knows, with their verdicts and sources."""
    _choice("--lang", lang, LANGS)

    def job() -> None:
        from kemitraan.loader import load_rubrics

        for loaded in load_rubrics(rubric):
            r = loaded.rubric
            origin = "" if loaded.origin == "bundled" else f"  [{loaded.origin}]"
            sys.stdout.write(f"{r.id}  v{r.version}  {r.title.get(lang)}{origin}\n")
            verdicts = ", ".join(f"{v.id} ({v.label.get(lang)})" for v in r.verdicts)
            sys.stdout.write(f"    verdicts: {verdicts}\n")
            for s in r.sources:
                sys.stdout.write(f"    source: {' '.join(s.citation.split())}\n")

    _run(job)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
