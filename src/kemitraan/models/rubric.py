"""A rubric file: a published partnership model as data (criteria, verdicts, decision rules).

A rubric says *what* to read (criteria naming indicators from the fixed registry, with
parameters), *how to decide* (an ordered list of rules over criteria, evaluated in
three-valued logic), and *how to explain* (bilingual labels, descriptions, recommendations
and source citations with pages). See ``docs/rubrics.md`` for the format.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints, model_validator

from kemitraan.errors import Found, Loc, did_you_mean
from kemitraan.fast import private
from kemitraan.indicators.base import Params
from kemitraan.models.record import record
from kemitraan.msg import Msg, Refusal

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_-]*$", max_length=80)]


class _Model(BaseModel):
    # defer_build: see Expr below
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


_LANGUAGE = re.compile(r"[a-z]{2,3}(?:_[A-Z]{2})?")


class Text(BaseModel):
    """A text in several languages, language code -> text: Indonesian (``id``) and English
    (``en``) always (:data:`kemitraan.i18n.RUBRIC_LANGUAGES`), others as a rubric gives them
    (``ms: ...``).

    In a language the text does not give, it is the translation of its English in that
    language's rubric catalogue (``locale/<lang>/LC_MESSAGES/rubrics.mo``), else its English.
    """

    model_config = ConfigDict(extra="allow", frozen=True, defer_build=True)
    __pydantic_extra__: dict[str, Annotated[str, StringConstraints(min_length=1)]]

    id: Annotated[str, StringConstraints(min_length=1)]
    en: Annotated[str, StringConstraints(min_length=1)]

    @model_validator(mode="after")
    def _languages(self) -> Text:
        for code in self.__pydantic_extra__ or {}:
            if not _LANGUAGE.fullmatch(code):
                raise Refusal(Msg("rubric.text.language", {"code": code}))
        return self

    def in_language(self, lang: str) -> str:
        """The text in ``lang`` (see the class)."""
        if lang == "en":
            return self.en
        if lang == "id":
            return self.id
        extra = self.__pydantic_extra__ or {}
        if lang in extra:
            return extra[lang]
        from kemitraan.i18n import RUBRIC_DOMAIN, catalogue

        found = catalogue(lang, RUBRIC_DOMAIN)
        translated = found.text(" ".join(self.en.split())) if found is not None else None
        return translated or self.en

    def get(self, lang: str) -> str:
        """The text in ``lang`` (:meth:`in_language`)."""
        return self.in_language(lang)

    def languages(self) -> dict[str, str]:
        """Every language the text gives, code -> text (``id`` and ``en`` first)."""
        return {"id": self.id, "en": self.en, **(self.__pydantic_extra__ or {})}


class SourceRef(_Model):
    """A publication the rubric draws on."""

    id: Id
    author: str
    year: int | None = None
    title: str | None = None
    publisher: str | None = None
    citation: str
    """The full reference."""
    note: Text | None = None
    """For example how the source was read (a secondary citation), in both languages."""


class Cite(_Model):
    """A pointer to one of the rubric's sources, with the page."""

    source: Id
    page: str | None = None


class Operationalisation(_Model):
    """A rule that is kemitraan's own reading of the theory, not something its source says.

    ``rubrics show``, ``explain`` and every report show it as "operationalisation by kemitraan",
    with the note and the published applications it follows.
    """

    note: Text
    """What kemitraan decided, and why (for example a threshold the source does not give)."""
    follows: list[Cite] = []
    """Published applications that read the theory the same way, if any."""


Cites = Cite | list[Cite]
"""One pointer into the sources, or several (a criterion that draws on more than one)."""


def cite_list(cite: Cites | None) -> list[Cite]:
    if cite is None:
        return []
    return list(cite) if isinstance(cite, list) else [cite]


class AllOf(_Model):
    all: Annotated[list[Expr], Field(min_length=1)]


class AnyOf(_Model):
    any: Annotated[list[Expr], Field(min_length=1)]


class NotOf(_Model):
    not_: Expr = Field(alias="not")


Expr = str | AllOf | AnyOf | NotOf
"""A criterion id, ``always``, or ``{all: [...]}``, ``{any: [...]}``, ``{not: ...}``.

The rubric models build their validators when they first validate (``defer_build``), by then with
``Expr`` defined: a run that reads only bundled rubrics builds none (they come from the checked
snapshot, :mod:`kemitraan.loader.checked`), which saves about 10 ms at every start."""


class Criterion(_Model):
    """One thing the rubric reads from a partnership, through one indicator."""

    id: Id
    label: Text
    description: Text
    """What the criterion means, in the source's terms."""
    indicator: str
    """An indicator id from the fixed registry (see ``kemitraan rubrics show``)."""
    params: dict[str, Any] = {}
    """The indicator's parameters, checked against its schema."""
    scope: Literal["partnership", "program"] = "partnership"
    """``program``: read once per program (and met overall only when met in every program)."""
    cite: Cites | None = None
    """Where the source says what this criterion reads (one pointer, or a list)."""
    operationalisation: Operationalisation | None = None
    """Set when the criterion's rule is kemitraan's own reading, not the source's words."""
    recommendation: Text | None = None
    """What to do when this criterion stands between the partnership and the next class."""
    missing: Text | None = None
    """What evidence to gather when the criterion cannot be read."""

    _params: Params | None = PrivateAttr(None)

    @property
    def parsed_params(self) -> Params:
        params: Params | None = private(self, "_params")  # see kemitraan.fast
        assert params is not None, "rubric not checked"
        return params


def params_data(params: Params) -> dict[str, Any]:
    """An indicator's checked parameters as JSON data: what ``params.model_dump(mode="json")``
    gives, without building the model's serializer (about 1 ms per parameter model at every
    start). Every parameter schema holds JSON data only (text, numbers, true/false, none, and
    lists of them), so each value is written as it is, a list copied (tests/test_checked.py)."""
    return {
        name: list(v) if isinstance(v := getattr(params, name), list) else v
        for name in type(params).model_fields
    }


class Sign(_Model):
    """A criterion outcome that supports a verdict (it counts toward the verdict's support score)."""

    criterion: Id
    expect: bool = True
    weight: Annotated[float, Field(gt=0, allow_inf_nan=False)] = 1.0
    """How much this sign counts toward the verdict's support: a finite number above 0."""


class Verdict(_Model):
    """One class of the model."""

    id: Id
    label: Text
    description: Text
    cite: Cite | None = None
    signs: list[Sign] = []
    next: Id | None = None
    """The verdict recommendations lead to from this one, for a typology whose classes are not a
    ladder (default: the next verdict in the list)."""


class Rule(_Model):
    """The rubric decides with the first rule that holds."""

    verdict: Id
    when: Expr


class Rubric(_Model):
    """A partnership model as data (schema ``kemitraan-rubric/1``)."""

    schema_: Literal["kemitraan-rubric/1"] = Field(alias="schema")
    id: Id
    version: str
    title: Text
    description: Text
    theory: Text | None = None
    """A longer explanation of the model, for students."""
    sources: Annotated[list[SourceRef], Field(min_length=1)]
    cite: Cite | None = None
    """Where the model as a whole is defined."""
    per_program: bool = False
    """Give each program its own verdict too."""
    requires: list[Id] = []
    """Criteria whose missing facts are named first when the evidence is insufficient. They never
    refuse a verdict that the decision rules settle from the known facts."""
    criteria: Annotated[list[Criterion], Field(min_length=1)]
    verdicts: Annotated[list[Verdict], Field(min_length=1)]
    """From the lowest class to the highest: the next class is the next one in this list."""
    decision: Annotated[list[Rule], Field(min_length=1)]

    def criterion(self, criterion_id: str) -> Criterion:
        return next(c for c in self.criteria if c.id == criterion_id)

    def verdict(self, verdict_id: str) -> Verdict:
        return next(v for v in self.verdicts if v.id == verdict_id)

    def source(self, source_id: str) -> SourceRef:
        return next(s for s in self.sources if s.id == source_id)

    def citation(self, cite: Cites | None = None) -> str:
        """``Surname (year:page)`` for a pointer into the sources (default: the model's own);
        several pointers are joined with '; '."""
        if isinstance(cite, list):
            return "; ".join(self.citation(c) for c in cite)
        cite = cite or self.cite
        src = self.source(cite.source) if cite else self.sources[0]
        surname = src.author.split(",")[0].strip()
        first, *rest = src.author.split("&")
        if len(rest) == 1 and len([x for x in first.split(",") if x.strip()]) <= 2:  # two authors
            surname += " & " + rest[0].split(",")[0].strip()
        elif rest or src.author.count(",") > 2:
            surname += " et al."
        inner = "" if src.year is None else str(src.year)
        if cite and cite.page:
            inner = f"{inner}:{cite.page}" if inner else f"p. {cite.page}"
        return f"{surname} ({inner})" if inner else surname


@record(kw_only=False, slots=False)
class LoadedRubric:
    """A checked rubric with its provenance (the sha256 of its file, and where it came from)."""

    rubric: Rubric
    sha256: str
    origin: str


ALWAYS = "always"
INSUFFICIENT = "insufficient-evidence"
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def placeholders(text: str) -> set[str]:
    return set(_PLACEHOLDER.findall(text))


def expr_criteria(expr: Expr) -> list[str]:
    """Every criterion id an expression refers to, in order."""
    if isinstance(expr, str):
        return [] if expr == ALWAYS else [expr]
    if isinstance(expr, AllOf):
        return [c for e in expr.all for c in expr_criteria(e)]
    if isinstance(expr, AnyOf):
        return [c for e in expr.any for c in expr_criteria(e)]
    return expr_criteria(expr.not_)


def rubric_problems(r: Rubric) -> list[Found]:
    """Cross-references a schema cannot check; also parses each criterion's parameters."""
    from pydantic import ValidationError

    from kemitraan.indicators import INDICATORS

    problems: list[Found] = []
    criteria = {c.id: c for c in r.criteria}
    verdicts = {v.id for v in r.verdicts}
    sources = {s.id for s in r.sources}

    def unique(kind: str, ids: list[str]) -> None:
        seen: dict[str, int] = {}
        for i, x in enumerate(ids):
            if x in seen:
                problems.append(
                    ((kind, i, "id"), Msg("rubric.used_twice", {"id": x}), None, (kind, seen[x], "id"))
                )
            seen.setdefault(x, i)

    unique("criteria", [c.id for c in r.criteria])
    unique("verdicts", [v.id for v in r.verdicts])
    unique("sources", [s.id for s in r.sources])
    if INSUFFICIENT in verdicts:
        problems.append((("verdicts",), Msg("rubric.reserved", {"id": INSUFFICIENT}), None))

    def ref(loc: Loc, value: str, known: set[str] | dict[str, Any], what: str) -> None:
        if value not in known:
            problems.append((loc, Msg(f"rubric.not_a.{what}", {"id": value}), did_you_mean(value, known)))

    for i, c in enumerate(r.criteria):
        ind = INDICATORS.get(c.indicator)
        if ind is None:
            problems.append(
                (
                    ("criteria", i, "indicator"),
                    Msg("rubric.unknown_indicator", {"id": c.indicator, "known": ", ".join(INDICATORS)}),
                    did_you_mean(c.indicator, INDICATORS),
                )
            )
            continue
        if c.scope not in ind.scopes:
            problems.append(
                (
                    ("criteria", i, "scope"),
                    Msg(f"rubric.scope.{c.scope}", {"id": ind.id}),
                    None,
                )
            )
        try:
            c._params = ind.params.model_validate(c.params)
        except ValidationError as exc:
            from kemitraan.loader.problems import validation_problems

            for err, raw in zip(
                exc.errors(include_url=False), validation_problems(exc, ind.params, c.params), strict=False
            ):
                loc = ("criteria", i, "params", *raw.loc)
                if err["type"] == "extra_forbidden":
                    hint = did_you_mean(err["loc"][-1], ind.params.model_fields)
                    known = ", ".join(ind.params.model_fields)
                    problems.append((loc, Msg("rubric.unknown_parameter", {"known": known}), hint))
                else:
                    problems.append((loc, raw.message, raw.hint))
        provides = ind.provides | {"program"} if c.scope == "program" else ind.provides
        for field in ("recommendation", "missing"):
            text = getattr(c, field)
            for lang, words in text.languages().items() if text else ():
                for name in placeholders(words):
                    if name not in provides:
                        problems.append(
                            (
                                ("criteria", i, field, lang),
                                Msg("rubric.placeholder", {"name": "{" + name + "}"}),
                                Msg("hint.placeholder", {"names": ", ".join(sorted(provides))}),
                            )
                        )
        for j, one in enumerate(cite_list(c.cite)):
            where = (
                ("criteria", i, "cite", j, "source")
                if isinstance(c.cite, list)
                else ("criteria", i, "cite", "source")
            )
            ref(where, one.source, sources, "source")
        if c.operationalisation is not None:
            for j, one in enumerate(c.operationalisation.follows):
                ref(
                    ("criteria", i, "operationalisation", "follows", j, "source"),
                    one.source,
                    sources,
                    "source",
                )
    for i, v in enumerate(r.verdicts):
        for j, s in enumerate(v.signs):
            ref(("verdicts", i, "signs", j, "criterion"), s.criterion, criteria, "criterion")
        if v.cite:
            ref(("verdicts", i, "cite", "source"), v.cite.source, sources, "source")
        if v.next is not None:
            ref(("verdicts", i, "next"), v.next, verdicts, "verdict")
            if v.next == v.id:
                problems.append((("verdicts", i, "next"), "a verdict cannot lead to itself", None))
    for i, rule in enumerate(r.decision):
        ref(("decision", i, "verdict"), rule.verdict, verdicts, "verdict")
        for name in expr_criteria(rule.when):
            ref(("decision", i, "when"), name, criteria, "criterion")
    if r.decision[-1].when != ALWAYS:
        problems.append(
            (
                ("decision", len(r.decision) - 1, "when"),
                Msg("rubric.last_rule"),
                Msg("hint.last_rule"),
            )
        )
    for i, name in enumerate(r.requires):
        ref(("requires", i), name, criteria, "criterion")
    if r.cite:
        ref(("cite", "source"), r.cite.source, sources, "source")
    return problems
