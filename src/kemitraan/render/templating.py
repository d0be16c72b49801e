"""What the renderers share: the one Jinja2 environment, the template context, and the words
(numbers, dates, Markdown escaping, the command that makes a report again).

The Jinja2 environment is built here and only here: the user's template (a folder, or one
file) first, the bundled ``templates/`` second; undefined names are errors; autoescape for
HTML only; the template context is :class:`Context`, plain data (see
``docs/templates.md``). A user's template runs in a sandbox (:mod:`kemitraan.render.sandbox`)
that lets it read the data and call nothing but its own macros and the filters, and in a
child process bounded in time and memory (:mod:`kemitraan.render.bounded`); its mistakes
are reported as located input errors (exit code 2).
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, TypedDict

from kemitraan import fast
from kemitraan.msg import Msg

if TYPE_CHECKING:
    import jinja2

    from kemitraan.errors import Problem
    from kemitraan.models.assessment import Assessment


class Context(TypedDict):
    """What every report template receives: plain data only (``docs/templates.md``)."""

    a: dict[str, Any]
    """The assessment, as its JSON output (``--format json``) has it."""
    lang: str
    """The report's language: ``id`` or ``en``."""
    fmt: str
    """The report's format: ``md``, ``html`` or ``pdf``."""
    command: str
    """The command that makes this report again."""


class HtmlContext(Context):
    """What an HTML (and PDF) report template receives besides :class:`Context`."""

    charts: dict[str, Any]
    """The pictures, as inline SVG: ``matrix``, ``scales`` (one per rubric, in the order of
    ``a.assessments``) and ``principles``."""


_MD_SPECIAL = re.compile(r"[\\`*_\[\]|#~$]|<|>|&(?=#?[A-Za-z0-9]+;)")
_MD_ENTITIES = {"<": "&lt;", ">": "&gt;", "&": "&amp;"}
_MD_BLOCK_START = re.compile(r"^(?:([-+=])(?=\s|$|[-+=])|\d{1,9}(?=[.)](?:\s|$)))")
"""What would start a list, a heading underline or a numbered list if a value began a line."""


def md_escape(value: Any) -> str:
    """Text from an input file, made inert in Markdown: no tables broken, no links, HTML,
    emphasis, math or entities, and no list or heading started (GitHub, CommonMark, pandoc).

    Line breaks become spaces, so a value stays inside its table cell or list item.
    """
    text = " ".join(str(value).split())
    text = _MD_SPECIAL.sub(lambda m: _MD_ENTITIES.get(m.group(), "\\" + m.group()), text)
    match = _MD_BLOCK_START.match(text)
    if match:  # "- x" would be a list, "1. x" a numbered one, "---" a rule: escape the marker
        at = 0 if match.group(1) else match.end()
        text = text[:at] + "\\" + text[at:]
    return text


def md_fence(code: str) -> str:
    """A code fence longer than any run of backticks in ``code`` (so a file name cannot end it)."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    return "`" * max(3, longest + 1)


def number(value: Any, lang: str, decimals: int = 2) -> str:
    """A score with a fixed number of decimals in the report language ("0,60" / "0.60")."""
    from kemitraan.messages import fixed

    return fixed(value, lang, decimals)


def date_text(value: Any, lang: str) -> str:
    """A YYYY-MM-DD date in words of the report language: ``1 Mei 2024`` / ``1 May 2024``."""
    from kemitraan.messages import date

    return date(value, lang)


def evidence_groups(r: dict[str, Any]) -> list[tuple[dict[str, Any], list[dict[str, str]]]]:
    """Each quote a rubric's criteria read, once, with the labels of the criteria that read it
    (the template filter ``r|evidence_groups``)."""
    groups: dict[str, tuple[dict[str, Any], list[dict[str, str]]]] = {}
    for c in r["criteria"]:
        for e in c["evidence"]:
            entry = groups.setdefault(e["path"], (e, []))
            if c["label"] not in entry[1]:
                entry[1].append(c["label"])
    return list(groups.values())


def _translate(context: Any, key: str, **params: Any) -> str:
    from kemitraan.messages import t

    return t(key, context["lang"], **params)


def _pick(context: Any, text: Any) -> str:
    """A text record in the report's language (``r.label|tx``); '' for none."""
    return "" if text is None else str(text[context["lang"]])


@functools.lru_cache(maxsize=8)
def environment(kind: Literal["md", "html"], template: Path | None = None) -> jinja2.Environment:
    """The Jinja2 environment for a report kind (HTML escapes everything it prints).

    ``template`` is a user's ``--template``: a folder searched before the bundled templates
    (so it may override ``report.md.j2`` or any part), or one file that becomes the report
    template ``report.<kind>.j2`` (and is the only file of its folder). Bundled templates
    stay reachable as ``bundled/<name>``. With a user's template the environment is the
    sandbox, and its templates are compiled here, once, before anything renders.

    Built once per process, kind and template, so that a batch run compiles each template
    once. The filters ``t``, ``tx`` and ``num`` read the report language from the context.
    """
    import jinja2

    from kemitraan.loader import bundled_dir
    from kemitraan.render.data import Missing, TrustedEnvironment

    bundled = jinja2.FileSystemLoader(str(bundled_dir("templates")))
    loaders: list[jinja2.BaseLoader] = []
    cls: type[jinja2.Environment] = TrustedEnvironment
    user = None
    if template is not None:
        from kemitraan.render.sandbox import Sandbox, user_loader

        check_template(template)
        user = user_loader(template, kind)
        loaders.append(user)
        cls = Sandbox
    loaders += [bundled, jinja2.PrefixLoader({"bundled": bundled})]
    env = cls(
        loader=jinja2.ChoiceLoader(loaders),
        bytecode_cache=fast.bytecode_cache(kind) if template is None else None,
        undefined=Missing,
        autoescape=kind == "html",
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = md_escape
    env.filters["num"] = jinja2.pass_context(lambda ctx, v, d=2: number(v, ctx["lang"], d))
    env.filters["fence"] = md_fence
    env.filters["date"] = jinja2.pass_context(lambda ctx, v: date_text(v, ctx["lang"]))
    env.filters["t"] = jinja2.pass_context(_translate)
    env.filters["tx"] = jinja2.pass_context(_pick)
    env.filters["evidence_groups"] = evidence_groups
    if user is not None:
        from kemitraan.render.sandbox import Sandbox, referenced

        assert isinstance(env, Sandbox)
        env.runtime_only()
        env.user_templates = user.served
        entry = f"report.{kind}.j2"
        with template_errors(template, env):
            env.get_template(entry)  # a mistake in it is reported now
        for name in referenced(env, entry)[1:]:  # theirs when they are used, with the line
            with contextlib.suppress(Exception):
                env.get_template(name)
    return env


def check_template(template: Path) -> None:
    """A ``--template`` that does not exist is an error, not a silent fall-back to the bundled report."""
    if not template.exists():
        from kemitraan.errors import InputError, Problem
        from kemitraan.messages import err

        raise InputError([Problem(str(template), err("template.missing"))])


@contextmanager
def template_errors(template: Path | None, env: jinja2.Environment | None = None) -> Iterator[None]:
    """Report a user's template mistakes (syntax, undefined names, what the sandbox forbids, a
    runtime error in an expression) as located input errors; the bundled templates' own
    errors stay bugs (exit code 1)."""
    if template is None:
        yield
        return
    try:
        yield
    except Exception as exc:
        problem = template_problem(exc, template, env)
        if problem is None:
            raise
        from kemitraan.errors import InputError

        raise InputError([problem]) from None


def template_problem(exc: BaseException, template: Path, env: Any) -> Problem | None:
    """The located problem a user's template caused, or None when the error is not the
    template's doing (a bug in kemitraan)."""
    import jinja2
    from jinja2.exceptions import SecurityError

    from kemitraan.errors import Problem
    from kemitraan.render.sandbox import Refused

    served: set[str] = getattr(env, "user_templates", set())
    where = _template_frame(exc, served)
    if isinstance(exc, jinja2.TemplateSyntaxError):
        file = exc.filename or str(template)
        return Problem(file, Msg("template.syntax", {"error": str(exc.message)}), exc.lineno)
    file, line = where or (str(template), None)
    if isinstance(exc, Refused):
        return Problem(file, str(exc), line)
    if isinstance(exc, jinja2.TemplateNotFound):
        return Problem(
            file, Msg("template.not_found", {"name": str(exc.name)}), line, suggestion=_TEMPLATE_HINT
        )
    if isinstance(exc, UnicodeDecodeError):
        return Problem(str(template), Msg("template.not_utf8"))
    if isinstance(exc, OSError):
        from kemitraan.output import reason

        return Problem(exc.filename or str(template), Msg("template.unreadable", {"reason": reason(exc)}))
    if isinstance(exc, MemoryError):
        from kemitraan.limits import TEMPLATE_MEMORY

        memory = Msg("fmt.size", {"value": TEMPLATE_MEMORY})
        return Problem(file, Msg("template.bound.memory", {"memory": memory}), line)
    if where is None:
        return None
    if isinstance(exc, SecurityError):
        return Problem(where[0], Msg("template.not_allowed", {"error": str(exc)}), where[1])
    if isinstance(exc, RecursionError):
        return Problem(where[0], Msg("template.bound.depth"), where[1])
    return Problem(where[0], Msg("template.error", {"error": str(exc)}), where[1])


_TEMPLATE_HINT = Msg("hint.template")


def _template_frame(exc: BaseException, served: set[str]) -> tuple[str, int] | None:
    """The innermost place in the user's templates where ``exc`` was raised (Jinja2 rewrites
    tracebacks so that template lines show as frames of the template file)."""
    found = None
    tb = exc.__traceback__
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name in served:
            found = (name, tb.tb_lineno)
        tb = tb.tb_next
    return found


def template_data(a: Assessment, lang: str, *, every_language: bool = True) -> dict[str, Any]:
    """The assessment as a template reads it: its JSON contract, as plain Python data.

    The same fields, names and order as ``--format json``; every text for people is a record
    ``{"id": ..., "en": ...}``, with the report's language too when it is another
    (``|tx`` picks the report's language). ``every_language=False`` (for kemitraan's own
    templates, which read texts only through ``|tx``): each record holds the report's language
    alone, so that no text is put into a language the report does not show.
    """
    from kemitraan.models.dump import dump
    from kemitraan.output import held

    context: dict[str, Any] = {"lang": lang} if every_language else {"lang": lang, "only": True}
    data: dict[str, Any] = held(lambda: dump(a, context))
    return data


def context(a: Assessment, lang: str, fmt: str, command: str, *, bundled: bool = False) -> Context:
    """The plain data every report template receives (:class:`Context`); for a bundled
    template (``bundled``), each text in the report's language only (see ``template_data``)."""
    data = template_data(a, lang, every_language=not bundled)
    return Context(a=data, lang=lang, fmt=fmt, command=command)


def render_template(kind: Literal["md", "html"], template: Path | None, context: Mapping[str, Any]) -> str:
    """The report template of ``kind`` rendered with ``context``: in this process for the
    bundled templates, in a bounded child process for a user's (:mod:`kemitraan.render.bounded`)."""
    env = environment(kind, template)
    name = f"report.{kind}.j2"
    if template is None:
        return env.get_template(name).render(context)
    from kemitraan.render import bounded

    with template_errors(template, env):
        report = env.get_template(name)
        if not bounded.available():
            return report.render(context)
        return bounded.render_bounded(
            lambda: report.render(context),
            str(template),
            locate=lambda exc: template_problem(exc, template, env),
            debug=_debug(),
        )


def _debug() -> bool:
    import os

    return os.environ.get("KEMITRAAN_DEBUG", "") not in ("", "0")


def rubric_options(a: Assessment) -> str:
    """The options that run the same rubrics in the same order: none for the default ones,
    ``--only`` for another choice of bundled ones, then ``--rubric`` for each one added (a bundled
    name, or the file of a rubric of one's own, which may also replace a bundled one in place)."""
    import shlex

    from kemitraan.loader import BUNDLED_RUBRICS, DEFAULT_RUBRICS

    ids = [r.rubric.id for r in a.assessments]
    # The bundled choice comes first, in the bundled order; what follows was added with --rubric.
    k = 0
    while k < len(ids) and ids[k] in BUNDLED_RUBRICS:
        if k and BUNDLED_RUBRICS.index(ids[k]) < BUNDLED_RUBRICS.index(ids[k - 1]):
            break
        k += 1
    head = ids[:k]
    if tuple(head[: len(DEFAULT_RUBRICS)]) == DEFAULT_RUBRICS:
        options = [f"--rubric {name}" for name in head[len(DEFAULT_RUBRICS) :]]
    else:
        options = [f"--only {','.join(head)}"]
    for i, r in enumerate(a.assessments):
        if r.rubric.origin != "bundled":
            options.append(f"--rubric {shlex.quote(r.rubric.origin)}")
        elif i >= k:
            options.append(f"--rubric {r.rubric.id}")
    return "".join(f" {o}" for o in options)


def command_for(a: Assessment, fmt: str, lang: str) -> str:
    """The command that reproduces a report (the default rubrics need no option)."""
    import shlex

    return f"kemitraan assess {shlex.quote(a.input.file)} --format {fmt} --lang {lang}{rubric_options(a)}"
