"""The command line: parse options, call the pipeline, print, and map errors to exit codes.

No domain logic lives here. Heavy modules (pydantic models, the engine, jinja2, rich) are
imported inside the commands that need them, so ``kemitraan --version`` costs little more
than importing Typer.

Every word is the run's language (:mod:`kemitraan.i18n`): ``--lang`` (every command has it,
and so has ``kemitraan`` itself), then ``KEMITRAAN_LANG``, then the locale, then, for a
report, the file's ``language``, then English. Help texts are catalogue keys put into words
when they are shown, by :mod:`kemitraan.framework`, which also says Typer's own words.
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer

from kemitraan import __version__, fast, i18n
from kemitraan.choices import (
    AGGREGATES,
    COMPARISON_FORMATS,
    FORMATS,
    GROUP_BY,
    GROUP_FORMATS,
    SURVEY_LANGS,
    Aggregate,
)
from kemitraan.errors import (
    EXIT_BAD_INPUT,
    EXIT_BROKEN_PIPE,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    KemitraanError,
)
from kemitraan.framework import HELP, Command, Group
from kemitraan.limits import DEFAULT_MAX_BYTES, parse_size


def _h(key: str) -> str:
    """An option's help: its catalogue key, put into words when the help is shown."""
    return HELP + key


def _cmd(name: str) -> str:
    """A command's help (what it does, more about it, its examples), put into words when shown."""
    return HELP + name


CONTEXT = {"help_option_names": ["-h", "--help"]}

app = typer.Typer(
    name="kemitraan",
    cls=Group,
    help=_cmd("app"),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings=CONTEXT,
)

_state: dict[str, Any] = {"debug": False, "lang": None}
T = TypeVar("T")


def _plain_types() -> None:
    """Show in help what a user types, not Python's types.

    Typer 0.2x prints a type column of Python names (``<bool>`` for a flag, ``<list[Path]>``,
    ``<int range> [x>=1]``) and ``{paths}...`` in the usage line. Every option here has a
    metavar saying what to write (``FILE``, ``[id|en]``); a flag has none; an argument's name
    is its metavar. A no-op where Typer's classes are not as expected (the help tests notice).
    """
    try:
        from typer import core
    except ImportError:  # pragma: no cover
        return
    parameter = getattr(core, "_TyperParameter", None)
    option = getattr(core, "TyperOption", None)
    argument = getattr(core, "TyperArgument", None)
    if parameter is None or option is None or argument is None:  # pragma: no cover
        return

    def display_type_rich(self: Any, ctx: Any) -> str | None:
        if getattr(self, "is_flag", False) or getattr(self, "param_type_name", "") == "argument":
            return None
        return str(self.metavar) if self.metavar is not None else None

    def usage_name(self: Any) -> str:
        name = str(self.display_name_raw)
        many = "..." if self.nargs != 1 and not name.endswith("...") else ""
        return (name if self.required else f"[{name}]") + many

    for cls in (parameter, option, argument):
        if "display_type_rich" in vars(cls):
            cls.display_type_rich = display_type_rich
    if "_usage_display_name" in vars(argument):
        argument._usage_display_name = usage_name


_plain_types()


def _fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    from kemitraan.errors import printable

    sys.stderr.write(printable(message.rstrip("\n"), keep="\n") + "\n")
    raise typer.Exit(code)


def _say(key: str, **params: object) -> str:
    """A sentence from the catalogue, in the language of the run."""
    from kemitraan.messages import err

    return err(key, **params)


def _run(job: Callable[[], T]) -> T:
    """Run a command's work; turn errors into a message and an exit code (tracebacks only with --debug).

    The run starts with a write guard that knows no inputs yet (the command adds its own), and
    ends by flushing standard output, so that a full disk or a closed pipe is reported here.
    """
    from kemitraan.output import new_run

    new_run()
    try:
        result = job()
        sys.stdout.flush()
        return result
    except KemitraanError as exc:
        _fail(str(exc), exc.exit_code)
    except KeyboardInterrupt as exc:
        from kemitraan.messages import err

        signum = getattr(exc, "signum", signal.SIGINT)
        if signum == signal.SIGINT:
            _fail(err("cli.interrupted"), EXIT_INTERRUPTED)
        _fail(err("cli.terminated"), 128 + signum)
    except typer.Exit:
        raise
    except BrokenPipeError:  # a closed pipe (| head) ends quietly, as if by SIGPIPE
        _quiet_stdout()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except Exception as exc:
        if _state["debug"]:
            raise
        _fail(_say("cli.internal", error=f"{type(exc).__name__}: {exc}"), EXIT_INTERNAL)


def _quiet_stdout() -> None:
    """Point standard output at /dev/null, so that the flush at exit finds nothing to complain about."""
    import contextlib

    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"kemitraan {__version__}\n")
        raise typer.Exit()


def _language(value: str | None) -> str | None:
    """``--lang``: one of the languages kemitraan has a catalogue for (checked as it is parsed)."""
    if value is not None and not i18n.known(value):
        raise typer.BadParameter(_say("cli.choice", choices=", ".join(i18n.languages()), value=value))
    return value


def _lang_completes(incomplete: str) -> list[str]:
    return [c for c in i18n.languages() if c.startswith(incomplete)]


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help=_h("app.version")),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help=_h("app.debug"))] = False,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            "-l",
            metavar="[id|en]",
            callback=_language,
            autocompletion=_lang_completes,
            help=_h("lang"),
        ),
    ] = None,
) -> None:
    _state["debug"] = debug or os.environ.get("KEMITRAAN_DEBUG", "") not in ("", "0")
    _state["lang"] = lang


def _choice(option: str, value: str | None, choices: tuple[str, ...]) -> str | None:
    if value is not None and value not in choices:
        _fail(_say("cli.bad_choice", option=option, choices=", ".join(choices), value=value))
    return value


def _aggregate(value: str) -> Aggregate:
    """``--aggregate`` as its type: one of :data:`~kemitraan.choices.AGGREGATES`, else a usage error."""
    _choice("--aggregate", value, AGGREGATES)
    return next(how for how in AGGREGATES if how == value)


def _report_lang(lang: str | None, file_language: str | None = None) -> str:
    """The language of a report: ``--lang`` (this command's, or ``kemitraan --lang``), then
    ``KEMITRAAN_LANG``, the locale, the file's language, English."""
    return i18n.choose(lang or _state.get("lang"), file_language)


def _completes(choices: tuple[str, ...]) -> Callable[[str], list[str]]:
    """Shell completion for an option with a fixed set of values."""
    return lambda incomplete: [c for c in choices if c.startswith(incomplete)]


def _one_of(choices: tuple[str, ...]) -> str:
    """The metavar that lists an option's values: ``[md|html]``."""
    return "[" + "|".join(choices) + "]"


def _size(text: str | int) -> int:
    if isinstance(text, int):  # the default
        return text
    try:
        return parse_size(text)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None


def _jobs(text: str | int | None) -> int | None:
    """``--jobs``: a whole number, 1 or more."""
    if text is None or isinstance(text, int):
        return text
    if not text.strip().isdigit() or int(text) < 1:
        raise typer.BadParameter(_say("cli.jobs", value=text))
    return int(text)


def _rubric_names(incomplete: str) -> list[str]:
    from kemitraan.loader import bundled_rubric_names

    return [n for n in bundled_rubric_names() if n.startswith(incomplete)]


MaxSizeOption = Annotated[
    int,
    typer.Option("--max-size", parser=_size, metavar="SIZE", help=_h("max_size"), show_default=False),
]


def _pick(*names: str, choices: tuple[str, ...], key: str) -> Any:
    """An option with a fixed set of values: listed in its help, offered by shell completion."""
    return typer.Option(*names, metavar=_one_of(choices), autocompletion=_completes(choices), help=_h(key))


AggregateOption = Annotated[str, _pick("--aggregate", choices=AGGREGATES, key="aggregate")]

RubricOption = Annotated[
    list[str] | None,
    typer.Option("--rubric", "-r", metavar="RUBRIC", help=_h("rubric")),
]

OnlyOption = Annotated[
    list[str] | None,
    typer.Option("--only", metavar="NAMES", help=_h("only")),
]


def _lang_option(key: str) -> Any:
    return typer.Option(
        "--lang",
        "-l",
        metavar="[id|en]",
        callback=_language,
        autocompletion=_lang_completes,
        help=_h(key),
    )


LangOption = Annotated[str | None, _lang_option("messages.lang")]
"""``--lang`` of a command that writes no report: the language of its messages."""


def _jobs_option(key: str) -> Any:
    return typer.Option("--jobs", "-j", metavar="N", parser=_jobs, help=_h(key))


def _paths_argument(key: str) -> Any:
    return typer.Argument(metavar="PATH...", help=_h(key), show_default=False)


def report_format(output: Path, formats: tuple[str, ...]) -> str:
    """The format an -o file's name asks for; a usage error listing the formats when it asks for none.

    A device or pipe without an extension (``-o /dev/stdout``) gets the terminal text.
    """
    from kemitraan.formats import extensions

    known = extensions(formats)
    listed = ", ".join(known)
    ext = output.suffix.lower()
    if ext in known:
        return known[ext]
    if not ext and "terminal" in formats and _is_stream(output):
        return "terminal"
    key = "cli.format.unknown_extension" if ext else "cli.format.no_extension"
    _fail(_say(key, file=output, ext=ext, formats=", ".join(formats), extensions=listed))


def _is_stream(path: Path) -> bool:
    import stat

    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


@app.command(cls=Command, help=_cmd("assess"))
def assess(
    paths: Annotated[list[Path], _paths_argument("assess.paths")],
    fmt: Annotated[str | None, _pick("--format", "-f", choices=FORMATS, key="assess.format")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=_h("assess.output"))
    ] = None,
    lang: Annotated[str | None, _lang_option("assess.lang")] = None,
    rubric: RubricOption = None,
    only: OnlyOption = None,
    aggregate: AggregateOption = "median",
    template: Annotated[
        Path | None, typer.Option("--template", "-t", metavar="TEMPLATE", help=_h("assess.template"))
    ] = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    summary: Annotated[
        Path | None, typer.Option("--summary", "-s", metavar="FILE", help=_h("assess.summary"))
    ] = None,
    jobs: Annotated[int | None, _jobs_option("assess.jobs")] = None,
) -> None:
    def job() -> int:
        from kemitraan.formats import BINARY

        how = _aggregate(aggregate)
        _choice("--format", fmt, FORMATS)
        refs = tuple(rubric or ())
        chosen_lang = i18n.chosen(lang or _state.get("lang"))
        if len(paths) > 1 or paths[0].is_dir() or summary is not None:
            from kemitraan.batch import Options, assess_many

            batch = Options(
                paths=paths,
                rubrics=refs,
                out_dir=output,
                fmt=fmt,
                lang=chosen_lang,
                summary=summary,
                jobs=jobs,
                aggregate=how,
                template=template,
                max_bytes=max_size,
                debug=_state["debug"],
                only=tuple(only) if only is not None else None,
            )
            return assess_many(batch, sys.stderr)
        path = paths[0]
        chosen = fmt or (report_format(output, FORMATS) if output else "terminal")
        if chosen in BINARY and output is None and sys.stdout.isatty():
            _fail(_say("cli.format.binary", format=chosen))

        from kemitraan.loader import load_rubrics, rubric_files
        from kemitraan.output import protect, protect_template
        from kemitraan.pipeline import assess_path
        from kemitraan.render import render

        protect(path, *rubric_files(refs))
        protect_template(template)
        assessment = assess_path(path, load_rubrics(rubric, only), how, max_bytes=max_size)
        language = _report_lang(lang, assessment.input.language)
        _emit(
            lambda color, width: render(
                assessment, chosen, language, color=color, width=width, template=template
            ),
            chosen,
            output,
        )
        return 0

    raise typer.Exit(_run(job))


def terminal_width(tty: bool) -> int:
    """The width to draw terminal text at: ``COLUMNS`` when set (also when piped or written to a
    file), else the terminal's, else 100; never below 40."""
    import shutil

    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return max(40, int(columns))
    return max(40, shutil.get_terminal_size((100, 24)).columns) if tty else 100


def _emit(text: Callable[[bool, int], str | bytes], fmt: str, output: Path | None) -> None:
    """Print the text (in colour on a terminal), or write it to the -o file atomically (never
    over an input of the run: see :mod:`kemitraan.output`)."""
    if output is None:
        tty = sys.stdout.isatty()
        content = text(tty and fmt == "terminal", terminal_width(tty))
        if isinstance(content, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(content)
        else:
            sys.stdout.write(content)
        return
    from kemitraan.errors import printable
    from kemitraan.output import run_inputs, write_atomic

    run_inputs().refuse(output)  # before the work of rendering, not only before the write
    write_atomic(output, text(False, terminal_width(False)))
    sys.stderr.write(printable(_say("cli.wrote", file=str(output))) + "\n")


@app.command(cls=Command, help=_cmd("compare"))
def compare(
    paths: Annotated[list[Path], _paths_argument("compare.paths")],
    by: Annotated[
        str | None,
        typer.Option("--by", metavar="GROUP", autocompletion=_completes(GROUP_BY), help=_h("compare.by")),
    ] = None,
    fmt: Annotated[str | None, _pick("--format", "-f", choices=GROUP_FORMATS, key="compare.format")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=_h("compare.output"))
    ] = None,
    lang: Annotated[str | None, _lang_option("compare.lang")] = None,
    rubric: RubricOption = None,
    only: OnlyOption = None,
    jobs: Annotated[int | None, _jobs_option("compare.jobs")] = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
) -> None:
    formats = GROUP_FORMATS if by else COMPARISON_FORMATS
    _choice("--by", by, GROUP_BY)
    _choice("--format", fmt, formats)
    if fmt is None:
        fmt = report_format(output, formats) if output else "terminal"
    if by is None and len(paths) != 2:
        _fail(_say("cli.compare.two"))

    def job() -> int:
        from kemitraan.batch import Options, count_by
        from kemitraan.compare import compare as compare_two
        from kemitraan.loader import load_rubrics, rubric_files
        from kemitraan.messages import say
        from kemitraan.output import protect, run_inputs
        from kemitraan.pipeline import assess_path
        from kemitraan.render.compare import render_comparison, render_groups

        protect(*paths, *rubric_files(rubric or ()))
        if output is not None:
            run_inputs().refuse(output)  # before the work, as well as before the write
        if by is not None:
            options = Options(
                paths=paths,
                rubrics=tuple(rubric or ()),
                jobs=jobs,
                max_bytes=max_size,
                debug=_state["debug"],
                only=tuple(only) if only is not None else None,
            )
            table, code = count_by(options, by, sys.stderr)
            language = _report_lang(lang)
            _emit(
                lambda color, width: render_groups(table, fmt, language, color=color, width=width),
                fmt,
                output,
            )
            return code
        rubrics = load_rubrics(rubric, only)
        before, after = (assess_path(p, rubrics, max_bytes=max_size) for p in paths)
        c = compare_two(before, after)
        language = _report_lang(lang, before.input.language)
        for warning in c.warnings:
            sys.stderr.write(_say("compare.warning", warning=say(warning, i18n.ui())) + "\n")
        _emit(
            lambda color, width: render_comparison(c, fmt, language, color=color, width=width),
            fmt,
            output,
        )
        return 0

    raise typer.Exit(_run(job))


@app.command(cls=Command, help=_cmd("validate"))
def validate(
    paths: Annotated[list[Path], _paths_argument("validate.paths")],
    rubric: RubricOption = None,
    max_size: MaxSizeOption = DEFAULT_MAX_BYTES,
    lang: LangOption = None,
) -> None:
    def job() -> None:
        from kemitraan.batch import Skipped, discover, require_files
        from kemitraan.errors import InputError, Problem, printable
        from kemitraan.loader import load_partnership, load_rubrics
        from kemitraan.msg import Msg

        load_rubrics(rubric)
        require_files(paths)
        failed = 0
        for source in discover(paths):
            if isinstance(source, Problem):
                failed += 1
                sys.stderr.write(str(source) + "\n")
                continue
            if isinstance(source, Skipped):
                sys.stderr.write(_say(f"batch.skipped.{source.kind}", file=printable(source.file)) + "\n")
                continue
            try:
                p, _, _ = load_partnership(source.path, max_bytes=max_size)
            except InputError as exc:
                failed += 1
                sys.stderr.write(str(exc) + "\n")
                continue
            partners = Msg("count.partners", {"n": len(p.partners)})
            programs = Msg("count.programs", {"n": len(p.programs)})
            line = _say("validate.ok", file=source.file, id=p.id, partners=partners, programs=programs)
            sys.stdout.write(printable(line) + "\n")
        if failed:
            raise typer.Exit(EXIT_BAD_INPUT)

    _run(job)


rubrics_app = typer.Typer(cls=Group, help=_cmd("rubrics"), context_settings=CONTEXT)
app.add_typer(rubrics_app, name="rubrics")
RubricsLangOption = Annotated[str | None, _lang_option("rubrics.lang")]


def _list_rubrics(rubric: list[str] | None, lang: str | None) -> None:
    language = _report_lang(lang)

    def job() -> None:
        from kemitraan.loader import BUNDLED_RUBRICS, DEFAULT_RUBRICS, load_rubrics
        from kemitraan.messages import say, t

        for loaded in load_rubrics(rubric, BUNDLED_RUBRICS):
            r = loaded.rubric
            origin = "" if loaded.origin == "bundled" else f"  [{loaded.origin}]"
            if loaded.origin == "bundled" and r.id not in DEFAULT_RUBRICS:
                origin = f"  [{t('rubrics.opt_in', language, id=r.id)}]"
            sys.stdout.write(f"{r.id}  v{r.version}  {say(r.title, language)}{origin}\n")
            verdicts = ", ".join(f"{v.id} ({say(v.label, language)})" for v in r.verdicts)
            sys.stdout.write("    " + _say("rubrics.verdicts", verdicts=verdicts) + "\n")
            for s in r.sources:
                sys.stdout.write(
                    "    " + _say("rubrics.source", citation=" ".join(s.citation.split())) + "\n"
                )

    _run(job)


@rubrics_app.callback(invoke_without_command=True)
def rubrics_(ctx: typer.Context, rubric: RubricOption = None, lang: RubricsLangOption = None) -> None:
    if ctx.invoked_subcommand is None:
        _list_rubrics(rubric, lang)


@rubrics_app.command("list", cls=Command, help=_cmd("rubrics.list"))
def rubrics_list(rubric: RubricOption = None, lang: RubricsLangOption = None) -> None:
    _list_rubrics(rubric, lang)


@rubrics_app.command("show", cls=Command, help=_cmd("rubrics.show"))
def rubrics_show(
    name: Annotated[
        str,
        typer.Argument(
            metavar="RUBRIC", autocompletion=_rubric_names, help=_h("rubrics.name"), show_default=False
        ),
    ],
    lang: RubricsLangOption = None,
) -> None:
    language = _report_lang(lang)

    def job() -> None:
        from kemitraan.loader import load_rubric
        from kemitraan.render.rubric_text import render_rubric

        sys.stdout.write(render_rubric(load_rubric(name), language))

    _run(job)


@app.command(cls=Command, help=_cmd("init"))
def init(
    path: Annotated[Path, typer.Argument(metavar="FILE", help=_h("init.path"), show_default=True)] = Path(
        "partner.yaml"
    ),
    lang: Annotated[str | None, _lang_option("init.lang")] = None,
    blank: Annotated[bool, typer.Option("--blank", help=_h("init.blank"))] = False,
) -> None:
    chosen = i18n.chosen(lang or _state.get("lang"))

    def job() -> None:
        from kemitraan.interview import TerminalConsole, run_init

        run_init(path, chosen, blank, TerminalConsole())

    _run(job)


@app.command(cls=Command, help=_cmd("explain"))
def explain(
    path: Annotated[Path, typer.Argument(metavar="FILE", help=_h("explain.path"), show_default=False)],
    lang: Annotated[str | None, _lang_option("explain.lang")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=_h("explain.output"))
    ] = None,
    rubric: RubricOption = None,
    only: OnlyOption = None,
    aggregate: AggregateOption = "median",
) -> None:
    how = _aggregate(aggregate)

    def job() -> None:
        from kemitraan.explain import explain_file
        from kemitraan.loader import load_rubrics, rubric_files
        from kemitraan.output import protect
        from kemitraan.render.explanation import render_explanation

        protect(path, *rubric_files(rubric or ()))
        e = explain_file(path, load_rubrics(rubric, only), how)
        text = render_explanation(e, _report_lang(lang, e.assessment.input.language))
        _emit(lambda color, width: text, "text", output)

    _run(job)


@app.command(cls=Command, help=_cmd("schema"))
def schema(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=_h("schema.output"))
    ] = None,
    lang: Annotated[str | None, _lang_option("schema.lang")] = None,
) -> None:
    language = _report_lang(lang)

    def job() -> None:
        from kemitraan.schema import schema_text

        text = schema_text(language)
        _emit(lambda color, width: text, "json", output)

    _run(job)


survey_app = typer.Typer(cls=Group, help=_cmd("survey"), no_args_is_help=True, context_settings=CONTEXT)
app.add_typer(survey_app, name="survey")


@survey_app.callback()
def survey_(lang: LangOption = None) -> None:
    """``kemitraan survey --lang en --help``: the language is read before the command runs."""


def _form_langs(value: str) -> str:
    """``survey form --lang``: languages with catalogues, separated by commas (``id,en``)."""
    langs = [x.strip() for x in value.split(",")]
    if not all(i18n.known(x) for x in langs) or len(set(langs)) != len(langs):
        raise typer.BadParameter(_say("cli.form_langs", langs=", ".join(i18n.languages()), value=value))
    return ",".join(langs)


@survey_app.command("form", cls=Command, help=_cmd("survey.form"))
def survey_form(
    path: Annotated[Path, typer.Argument(metavar="FILE", help=_h("survey.form.path"), show_default=False)],
    output: Annotated[
        Path, typer.Option("--output", "-o", metavar="FILE", help=_h("survey.form.output"))
    ] = Path("kuesioner.xlsx"),
    lang: Annotated[
        str,
        typer.Option(
            "--lang",
            "-l",
            metavar=_one_of(SURVEY_LANGS),
            autocompletion=_completes(SURVEY_LANGS),
            callback=_form_langs,
            help=_h("survey.form.lang"),
        ),
    ] = "id,en",
    rubric: RubricOption = None,
) -> None:
    from kemitraan.fieldwork.commands import survey_form as job

    _run(lambda: job(path, output, lang, rubric))


@survey_app.command("ingest", cls=Command, help=_cmd("survey.ingest"))
def survey_ingest(
    export: Annotated[
        Path, typer.Argument(metavar="EXPORT", help=_h("survey.ingest.export"), show_default=False)
    ],
    into: Annotated[Path, typer.Option("--into", metavar="FILE", help=_h("survey.ingest.into"))],
    dry_run: Annotated[bool, typer.Option("--dry-run", help=_h("dry_run"))] = False,
    include_rejected: Annotated[
        bool, typer.Option("--include-rejected", help=_h("survey.ingest.include_rejected"))
    ] = False,
    lang: LangOption = None,
) -> None:
    from kemitraan.fieldwork.commands import survey_ingest as job

    _run(lambda: job(export, into, dry_run, include_rejected))


evidence_app = typer.Typer(cls=Group, help=_cmd("evidence"), no_args_is_help=True, context_settings=CONTEXT)
app.add_typer(evidence_app, name="evidence")


@evidence_app.callback()
def evidence_(lang: LangOption = None) -> None:
    """``kemitraan evidence --lang en --help``: the language is read before the command runs."""


@evidence_app.command("import", cls=Command, help=_cmd("evidence.import"))
def evidence_import(
    qdpx: Annotated[
        Path, typer.Argument(metavar="QDPX", help=_h("evidence.import.qdpx"), show_default=False)
    ],
    into: Annotated[Path, typer.Option("--into", metavar="FILE", help=_h("evidence.import.into"))],
    mapping: Annotated[
        Path | None, typer.Option("--mapping", metavar="FILE", help=_h("evidence.import.mapping"))
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help=_h("dry_run"))] = False,
    rubric: RubricOption = None,
    lang: LangOption = None,
) -> None:
    from kemitraan.fieldwork.commands import evidence_import as job

    _run(lambda: job(qdpx, into, mapping, dry_run, rubric))


@evidence_app.command("codebook", cls=Command, help=_cmd("evidence.codebook"))
def evidence_codebook(
    path: Annotated[
        Path, typer.Argument(metavar="FILE", help=_h("evidence.codebook.path"), show_default=False)
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help=_h("evidence.codebook.output"))
    ] = None,
    rubric: RubricOption = None,
    lang: LangOption = None,
) -> None:
    from kemitraan.fieldwork.commands import evidence_codebook as job

    _run(lambda: job(path, output, rubric, lang))


def app_for(args: list[str]) -> typer.Typer:
    """The app to run for these arguments: with only the invoked command registered when the fast
    paths are on (:func:`kemitraan.fast.lean_app`), else, or should Typer's registry ever change
    shape, the whole app."""
    if not fast.ON:
        return app
    try:
        return fast.lean_app(app, _command_name(args), args)
    except Exception:  # an optimisation must never stop the command line
        return app


def _command_name(args: list[str]) -> str | None:
    """The command the arguments name: the first that is not an option of ``kemitraan`` itself
    (nor the value of its ``--lang``)."""
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in ("--lang", "-l"):
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


class _GuardedStdout:
    """Standard output that turns a failed write (a full disk, a device error) into a clear
    message and exit code 2 instead of a traceback; a closed pipe is left to :func:`_run`."""

    def __init__(self, stream: object) -> None:
        self._stream = stream

    def write(self, text: object) -> object:
        try:
            return self._stream.write(text)  # type: ignore[attr-defined]
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _stdout_error(exc) from None

    def flush(self) -> None:
        try:
            self._stream.flush()  # type: ignore[attr-defined]
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise _stdout_error(exc) from None

    @property
    def buffer(self) -> object:
        return _GuardedStdout(self._stream.buffer)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _stdout_error(exc: OSError) -> KemitraanError:
    from kemitraan.errors import OutputError
    from kemitraan.messages import err
    from kemitraan.output import reason

    return OutputError(err("output.stdout_failed", reason=reason(exc)))


class Terminated(KeyboardInterrupt):
    """The process was asked to stop by a signal other than Ctrl-C (SIGTERM, SIGHUP).

    Raised from the signal handler, so that every ``finally`` and ``with`` on the way out runs:
    temporary files are removed, worker processes and browsers are stopped. A subclass of
    KeyboardInterrupt, so that no ``except Exception`` swallows it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, frame: object) -> None:
    from kemitraan.output import deferred

    if deferred(signum):  # a temporary file is being made: stop as soon as it is known
        return
    for name in ("SIGTERM", "SIGHUP"):  # the way out must not be interrupted by the next one
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_IGN)
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise Terminated(signum)


def _debug_first(args: list[str]) -> list[str]:
    """``--debug`` anywhere before ``--`` moves to the front, where the app's own option reads it
    (``kemitraan assess x.yaml --debug`` works as ``kemitraan --debug assess x.yaml``)."""
    end = args.index("--") if "--" in args else len(args)
    if "--debug" not in args[:end]:
        return args
    return ["--debug", *(a for a in args[:end] if a != "--debug"), *args[end:]]


def main() -> None:
    """Console-script entry point."""
    # kemitraan uses no pydantic plugins; looking for them scans every installed package's
    # entry points (about 13 ms, a tenth of start-up). A user who sets the variable decides.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    # Ctrl-C, SIGTERM and SIGHUP stop the run by an exception, so that everything on the way
    # out is cleaned up; a signal the caller ignores (nohup, a background job) stays ignored.
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _stop)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name) and signal.getsignal(getattr(signal, name)) == signal.SIG_DFL:
            signal.signal(getattr(signal, name), _stop)
    if not isinstance(sys.stdout, _GuardedStdout) and sys.stdout is not None:
        sys.stdout = _GuardedStdout(sys.stdout)
    args = _debug_first(sys.argv[1:])
    if args[:1] == ["--debug"]:  # for the processes the run starts (template children, workers)
        os.environ["KEMITRAAN_DEBUG"] = "1"
    app_for(args)(args=args)


if __name__ == "__main__":  # pragma: no cover
    main()
