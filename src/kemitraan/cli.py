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

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from kemitraan import fast, i18n, runner
from kemitraan.choices import (
    AGGREGATES,
    COMPARISON_FORMATS,
    FORMATS,
    GROUP_BY,
    GROUP_FORMATS,
    SURVEY_LANGS,
)
from kemitraan.entry import main, write_version
from kemitraan.framework import HELP, Command, Group
from kemitraan.limits import DEFAULT_MAX_BYTES, parse_size
from kemitraan.runner import aggregate as _aggregate
from kemitraan.runner import choice as _choice
from kemitraan.runner import emit as _emit
from kemitraan.runner import fail as _fail
from kemitraan.runner import report_format
from kemitraan.runner import report_lang as _report_lang
from kemitraan.runner import run as _run
from kemitraan.runner import say as _say

__all__ = ["app", "app_for", "main"]


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


def _version(value: bool) -> None:
    if value:
        raise typer.Exit(write_version())


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
    runner.begin(debug, lang)


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
    args = runner.Assess(
        paths=paths,
        fmt=fmt,
        output=output,
        lang=lang,
        rubric=rubric,
        only=only,
        aggregate=aggregate,
        template=template,
        max_size=max_size,
        summary=summary,
        jobs=jobs,
    )
    raise typer.Exit(runner.assess(args))


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
                debug=runner.state["debug"],
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
            from kemitraan.errors import EXIT_BAD_INPUT

            raise SystemExit(EXIT_BAD_INPUT)

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
    chosen = i18n.chosen(lang or runner.state.get("lang"))

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
        rubrics = load_rubrics(rubric, only)
        fast.spare_the_collector()
        e = explain_file(path, rubrics, how)
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


if __name__ == "__main__":  # pragma: no cover
    main()
