"""Typer's and Click's own words in kemitraan's language: help, usage line, section titles, errors.

Typer (with the Click it vendors) writes a few words of its own: ``Usage:``, ``[OPTIONS]``,
the titles of the help panels, ``[default: ...]``, the help of ``--help`` and of the completion
options, ``Try 'kemitraan assess -h' for help.`` and its errors about options and arguments
(``No such option``, ``Missing argument``, ``Got unexpected extra argument``). They are
catalogue entries (``cli.*``) here like every other sentence. The commands are built with the
classes :class:`Command` and :class:`Group`, which put their help, metavars and usage line
into words only when they are shown (so ``kemitraan --version`` reads no catalogue), and the
root group, whose :meth:`Group.main` chooses the language of the run before anything is
parsed (``--lang`` on the command line, then :func:`kemitraan.i18n.choose`), and writes the
framework's errors itself.

This leans on Typer's internals (its ``rich_utils`` constants, ``TyperCommand``,
``TyperGroup``, the vendored ``_click`` exceptions); ``tests/test_framework_words.py`` runs
every one of these paths in two languages and fails if an upgrade of Typer breaks one. An
error this module does not recognise keeps Typer's English words rather than failing.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from typing import Any

from typer import Abort, core
from typer._click import exceptions as clicks

from kemitraan import i18n

HELP = "help."
"""A help text that starts with this is a catalogue key (``help.assess.format``)."""

METAVARS = frozenset(
    {"FILE", "PATH...", "RUBRIC", "NAMES", "TEMPLATE", "SIZE", "N", "GROUP", "EXPORT", "QDPX"}
)
"""Metavars that are words (``FILE``), said in the language (``BERKAS``); a metavar that lists
values (``[md|html]``) stays as it is."""

_TYPER_HELP = {
    "--install-completion": "cli.install_completion",
    "--show-completion": "cli.show_completion",
}


def _t(key: str, **params: Any) -> str:
    from kemitraan.messages import t

    return t(key, i18n.ui(), **params)


def _markup(text: str) -> str:
    """Text shown by Typer's rich help: ``[`` starts no markup (``kemitraan[docx]`` is text)."""
    return text.replace("[", "\\[")


def help_values() -> dict[str, str]:
    """The values some help texts name (the size limit, the groups, the languages)."""
    from kemitraan.choices import GROUP_BY
    from kemitraan.limits import DEFAULT_MAX_BYTES
    from kemitraan.messages import size

    return {
        "default": size(DEFAULT_MAX_BYTES, i18n.ui()).replace(" ", "\u00a0"),
        "choices": ", ".join(GROUP_BY),
        "langs": ", ".join(i18n.languages()),
    }


def panel_words() -> None:
    """Typer's fixed strings (help panel titles, defaults, the error panel) in the run's language.
    Typer's ``rich_utils`` (rich, markdown-it: about 60 ms) is imported only here, for help and
    errors, never on a run's way to its work."""
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = _t("cli.panel.arguments")
    rich_utils.OPTIONS_PANEL_TITLE = _t("cli.panel.options")
    rich_utils.COMMANDS_PANEL_TITLE = _t("cli.panel.commands")
    rich_utils.ERRORS_PANEL_TITLE = _t("cli.panel.error")
    rich_utils.DEFAULT_STRING = "[" + _t("cli.default", value="{}") + "]"
    rich_utils.REQUIRED_LONG_STRING = "[" + _t("cli.required") + "]"
    rich_utils.ABORTED_TEXT = _t("cli.aborted")
    command = "[blue]'{command_path} {help_option}'[/]"
    rich_utils.RICH_HELP = _markup(_t("cli.try_help", command="\0")).replace("\0", command)


def localise(command: core.TyperCommand | core.TyperGroup) -> None:
    """A command's help, metavars and usage words in the run's language (once per language)."""
    lang = i18n.ui()
    if command.__dict__.get("_kemitraan_lang") == lang:
        return
    from kemitraan.helptext import command_help

    command.__dict__["_kemitraan_lang"] = lang
    key = command.__dict__.setdefault("_kemitraan_help", command.help)
    if isinstance(key, str) and key.startswith(HELP):
        command.help = _markup(command_help(key[len(HELP) :], lang))
    command.options_metavar = _t("cli.options_metavar")
    if isinstance(command, core.TyperGroup):
        command.subcommand_metavar = _t("cli.command_metavar")
        for sub in command.commands.values():
            if isinstance(sub, core.TyperCommand | core.TyperGroup):
                localise(sub)
    ctx = command.context_class(command, **command.context_settings)
    values = help_values()
    help_option = command.get_help_option(ctx)
    for param in [*command.params, *([help_option] if help_option is not None else [])]:
        original = param.__dict__.setdefault("_kemitraan_help", getattr(param, "help", None))
        name = next((o for o in getattr(param, "opts", ()) if o.startswith("--")), "")
        said: str | None = None
        if param is help_option:
            said = _t("cli.help_option")
        elif name in _TYPER_HELP:
            said = _t(_TYPER_HELP[name])
        elif isinstance(original, str) and original.startswith(HELP):
            said = _markup(_t(original, **values))
        if said is not None:
            setattr(param, "help", said)  # noqa: B010 (every parameter class of Typer has one)
        metavar = param.__dict__.setdefault("_kemitraan_metavar", param.metavar)
        if metavar in METAVARS:
            param.metavar = _t(f"cli.metavar.{str(metavar).rstrip('.').lower()}")
        elif name == "--lang" and metavar and "," not in metavar and str(metavar).startswith("["):
            param.metavar = "[" + "|".join(i18n.languages()) + "]"


class _Words:
    """What :class:`Command` and :class:`Group` add to Typer's: words in the run's language."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        localise(self)  # type: ignore[arg-type]
        panel_words()
        super().format_help(ctx, formatter)  # type: ignore[misc]

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        localise(self)  # type: ignore[arg-type]
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=_t("cli.usage") + " ")


class Command(_Words, core.TyperCommand):
    """A command whose help and usage are written in the run's language."""


class Group(_Words, core.TyperGroup):
    """A group of commands (the app, ``rubrics``, ``survey``, ``evidence``) in the run's language.

    As the root of the command line, it chooses the language of the run from the arguments
    before parsing them, and writes the errors about options and arguments itself.
    """

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        args = list(sys.argv[1:] if args is None else args)
        i18n.use(i18n.choose(i18n.lang_in(args)))
        if any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ):
            localise(self)  # completions show the options' help
        try:
            result = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except clicks.ClickException as exc:
            if not standalone_mode:
                raise
            show(exc)
            sys.exit(exc.exit_code)
        except Abort:
            if not standalone_mode:
                raise
            panel_words()
            from typer import rich_utils

            rich_utils.rich_abort_error()
            sys.exit(1)
        if not standalone_mode:
            return result
        sys.exit(result if isinstance(result, int) else 0)


def show(exc: clicks.ClickException) -> None:
    """A framework error as Typer shows it (usage line, where to find help, the error in a
    panel), in the run's language."""
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        localise(ctx.command)
    panel_words()
    said = clicks.UsageError(message(exc), ctx) if ctx is not None else clicks.ClickException(message(exc))
    from typer import rich_utils

    rich_utils.rich_format_error(said)


_REQUIRES = re.compile(r"Option '(?P<option>.+)' requires (?:an argument|(?P<n>\d+) arguments)\.")
_NO_VALUE = re.compile(r"Option '(?P<option>.+)' does not take a value\.")
_EXTRA = re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.*)\)")
_NO_COMMAND = re.compile(r"No such command '(?P<name>.*)'\.?(?: Did you mean (?P<close>.*)\?)?")


def message(exc: clicks.ClickException) -> str:
    """The error's sentence in the run's language (Typer's English for one not known here)."""
    if isinstance(exc, clicks.NoSuchOption):
        text = _t("cli.no_such_option", option=exc.option_name)
        if exc.possibilities:
            text += " " + _t("cli.possible_options", options=", ".join(sorted(exc.possibilities)))
        return text
    if isinstance(exc, clicks.MissingParameter):
        kind = exc.param_type or (exc.param.param_type_name if exc.param is not None else "parameter")
        name = exc.param.get_error_hint() if exc.param is not None else ""
        key = f"cli.missing.{kind}" if kind in ("argument", "option") else "cli.missing.parameter"
        return _t(key, name=name)
    if isinstance(exc, clicks.BadParameter):
        hint: Sequence[str] | str | None = exc.param_hint
        if hint is None and exc.param is not None:
            hint = exc.param.get_error_hint()
        if hint is None:
            return _t("cli.invalid_value.bare", reason=exc.message)
        names = hint if isinstance(hint, str) else " / ".join(hint)
        return _t("cli.invalid_value", name=names, reason=exc.message)
    text = exc.message
    if found := _REQUIRES.fullmatch(text):
        return _t("cli.requires_argument", option=found["option"], n=int(found["n"] or 1))
    if found := _NO_VALUE.fullmatch(text):
        return _t("cli.takes_no_value", option=found["option"])
    if found := _EXTRA.fullmatch(text):
        extra = found["args"]
        return _t("cli.extra_arguments", args=extra, n=len(extra.split()))
    if found := _NO_COMMAND.fullmatch(text):
        said = _t("cli.no_such_command", name=found["name"])
        if found["close"]:
            said += " " + _t("cli.did_you_mean_command", names=found["close"])
        return said
    return text
