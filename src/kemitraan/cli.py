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

RubricOption = Annotated[
    list[str] | None,
    typer.Option(
        "--rubric",
        "-r",
        help="Add a rubric, or replace the bundled one with the same id: a bundled name or a path to a YAML file. Repeatable.",
    ),
]


@app.command()
def assess(
    path: Annotated[Path, typer.Argument(help="The partnership file (YAML).", show_default=False)],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            "-f",
            help="terminal, md or json. Default: from the -o file's extension, else terminal.",
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the report to this file (atomically)."),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option("--lang", "-l", help="Report language: id or en. Default: the file's language."),
    ] = None,
    rubric: RubricOption = None,
    template: Annotated[
        Path | None,
        typer.Option(
            "--template",
            "-t",
            help="Your own report template (Jinja2, run in a sandbox) for md reports: a file, or a folder searched before the bundled templates.",
        ),
    ] = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
) -> None:
    """Assess a partnership file and report the verdict of each model, with its evidence."""

    def job() -> None:
        from kemitraan.render import EXTENSIONS, FORMATS

        _choice("--format", fmt, FORMATS)
        _choice("--lang", lang, LANGS)
        chosen = fmt or (EXTENSIONS.get(output.suffix.lower(), "terminal") if output else "terminal")
        if chosen == "html":
            _fail("kemitraan: --format html is not available yet; use terminal, md or json")

        from kemitraan.loader import load_rubrics, rubric_path
        from kemitraan.pipeline import assess_path
        from kemitraan.render import render

        rubrics = load_rubrics(rubric)
        assessment = assess_path(path, rubrics, max_bytes=max_size)
        language = lang or assessment.input.language
        if output is None:
            import shutil

            tty = sys.stdout.isatty()
            width = shutil.get_terminal_size((100, 24)).columns if tty else 100
            color = tty and chosen == "terminal"
            sys.stdout.write(
                render(assessment, chosen, language, color=color, width=width, template=template)
            )
            return
        from kemitraan.output import write_atomic

        inputs = [path, *(rubric_path(r) for r in rubric or ()), *([template] if template else [])]
        write_atomic(output, render(assessment, chosen, language, template=template), inputs=inputs)
        sys.stderr.write(f"kemitraan: wrote {output}\n")

    _run(job)


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
