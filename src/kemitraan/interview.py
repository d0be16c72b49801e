"""``kemitraan init``: the guided questions a researcher answers after fieldwork, in plain words.

Each answer is checked as it is given (with the partnership model's own types, so what the
interview accepts, ``kemitraan validate`` accepts) and asked again with the reason when it is
wrong. Pressing Enter skips what is not known: choices become ``unknown`` and other fields a
commented-out line, which the assessment reports as missing evidence. The answers become a
document for :mod:`kemitraan.scaffold`; nothing here writes files.
"""

from __future__ import annotations

import re
import tempfile
import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pydantic import TypeAdapter, ValidationError
from typer import Abort

from kemitraan.errors import EXIT_INTERRUPTED, KemitraanError, UsageError
from kemitraan.loader import load_partnership
from kemitraan.messages import t, template
from kemitraan.models import words
from kemitraan.models.partnership import (
    LEVELS,
    PHASES,
    RELATION_FACTS,
    Id,
    Principles,
)
from kemitraan.scaffold import Unknown, file_language, slug

T = TypeVar("T")

NONE_WORDS = {"-", "none", "nothing", "tidak ada", "tidak", "kosong"}
"""Answers that mean an empty list (nothing), as opposed to Enter (not known); the language's own
word for *none* (``value.none``) too."""
YES_WORDS = {"y", "yes", "ya", "iya"}
NO_WORDS = {"n", "no", "t", "tidak", "tdk", "g", "gak", "nggak"}


class Console(Protocol):
    """Where questions go and answers come from (a terminal, or a test's scripted input)."""

    def ask(self, question: str) -> str: ...

    def say(self, text: str) -> None: ...


class TerminalConsole:
    """Questions on the terminal (or a pipe); answers from standard input."""

    def ask(self, question: str) -> str:
        import typer

        answer: str = typer.prompt(question, default="", show_default=False)
        return answer

    def say(self, text: str) -> None:
        import typer

        typer.echo(text)


class Invalid(ValueError):
    """An answer that cannot be used; its message says why, in the interview's language."""


def literal_values(tp: Any) -> list[str]:
    return list(getattr(tp, "__args__", ()))


def relation_values(name: str) -> list[str]:
    """A relation fact's known values, in the order the file format lists them (``unknown`` left out)."""
    import typing

    from kemitraan.models.partnership import Relation

    fact = next(a for a in typing.get_args(Relation.model_fields[name].annotation) if a is not type(None))
    return [v for v in literal_values(fact.model_fields["value"].annotation) if v != "unknown"]


class Interview:
    """Asks the questions in ``lang`` and builds the partnership document from the answers."""

    def __init__(self, console: Console, lang: str) -> None:
        self.io = console
        self.lang = lang

    # --- asking ---------------------------------------------------------------------------

    def t(self, key: str, **params: Any) -> str:
        return t(key, self.lang, **params)

    def ask(
        self,
        key: str,
        check: Callable[[str], T],
        *,
        default: str = "",
        hint: str = "skip",
        **params: Any,
    ) -> T:
        """Ask until ``check`` accepts the answer (Enter gives ``default``)."""
        question = self.t(f"init.q.{key}", **params)
        if default:
            question += f" [{default}]"
        elif hint:
            question += f" ({self.t(f'init.hint.{hint}')})"
        while True:
            answer = self.io.ask(question).strip() or default
            try:
                return check(answer)
            except Invalid as exc:
                self.io.say(self.t("init.invalid", reason=str(exc)))

    def text(
        self, key: str, *, required: bool = False, default: str = "", hint: str | None = None, **params: Any
    ) -> str:
        def check(answer: str) -> str:
            if required and not answer:
                raise Invalid(self.t("init.err.required"))
            return answer

        if hint is None:
            hint = "required" if required else "skip"
        return self.ask(key, check, default=default, hint=hint, **params)

    def choose(
        self,
        key: str,
        values: Sequence[str],
        labels: Sequence[str],
        *,
        default: str,
        aliases: dict[str, str] | None = None,
        **params: Any,
    ) -> str:
        """One of ``values``, by number, by value, by its label, or by an alias (the other language's label)."""
        for i, (value, label) in enumerate(zip(values, labels, strict=True), 1):
            shown = value if label.lower() == value.lower() else f"{value}: {label}"
            self.io.say(f"  {i}. {shown}")
        words = {**(aliases or {}), **{label.lower(): v for v, label in zip(values, labels, strict=True)}}

        def check(answer: str) -> str:
            word = answer.lower()
            if word.isdigit() and 1 <= int(word) <= len(values):
                return values[int(word) - 1]
            if word in values:
                return word
            if word in words:
                return words[word]
            raise Invalid(self.t("init.err.choice", count=str(len(values)), values=", ".join(values)))

        return self.ask(key, check, default=default, hint="", **params)

    def catalog_choice(
        self, key: str, values: Sequence[str], prefix: str, *, default: str, **params: Any
    ) -> str:
        """A choice whose labels are catalog entries; the label in any language is understood."""
        from kemitraan.i18n import languages

        labels = [template(f"{prefix}{v}", self.lang) for v in values]
        aliases = {template(f"{prefix}{v}", lang).lower(): v for v in values for lang in languages()}
        return self.choose(key, values, labels, default=default, aliases=aliases, **params)

    def word_choice(self, key: str, vocabulary: str, *, default: str, **params: Any) -> str:
        """One value of a vocabulary of the file format (:mod:`kemitraan.models.words`), shown and
        written in the words of the interview's language (``ya``, ``aktif`` in Indonesian); any
        word the file format accepts, any label, or its number is understood."""
        from kemitraan.i18n import languages

        canonical = list(words.VOCABULARIES[vocabulary])
        written = dict(zip(canonical, words.words_in(vocabulary, self.lang), strict=True))
        prefix = words.LABELS[vocabulary].removesuffix("{}")
        labels = [template(f"{prefix}{v}", self.lang) for v in canonical]
        aliases = {w: written[v] for w, v in words.canonical(vocabulary).items()}
        aliases |= {
            template(f"{prefix}{v}", lang).lower(): written[v] for v in canonical for lang in languages()
        }
        shown = [written[v] for v in canonical]
        return self.choose(key, shown, labels, default=written[default], aliases=aliases, **params)

    def items(self, key: str, **params: Any) -> list[str] | Unknown:
        """A list given on one line, separated by commas; Enter = not known; '-' = nothing."""

        nothing = NONE_WORDS | {template("value.none", self.lang).lower()}

        def check(answer: str) -> list[str] | Unknown:
            if not answer:
                return Unknown()
            if answer.lower() in nothing:
                return []
            return [part.strip() for part in answer.split(",") if part.strip()]

        return self.ask(key, check, hint="items", **params)

    def year(self, key: str, *, after: int | None = None) -> int | None:
        def check(answer: str) -> int | None:
            if not answer:
                return None
            if not re.fullmatch(r"\d{4}", answer) or not 1900 <= int(answer) <= 2200:
                raise Invalid(self.t("init.err.year"))
            if after is not None and int(answer) < after:
                raise Invalid(self.t("init.err.year_order", first=str(after)))
            return int(answer)

        return self.ask(key, check)

    def ident(self, key: str, name: str, taken: Sequence[str]) -> str:
        adapter: TypeAdapter[str] = TypeAdapter(Id)

        def check(answer: str) -> str:
            try:
                adapter.validate_python(answer)
            except ValidationError:
                raise Invalid(self.t("init.err.id")) from None
            if answer in taken:
                raise Invalid(self.t("init.err.id_taken", id=answer))
            return answer

        default = slug(name, fallback=f"x{len(taken) + 1}")
        while default in taken:
            default += "-2"
        return self.ask(key, check, default=default, hint="")

    def amount(self, key: str) -> int | float | None:
        def check(answer: str) -> int | float | None:
            if not answer:
                return None
            text = re.sub(r"(?i)^rp\.?\s*", "", answer).replace(" ", "")
            if re.fullmatch(r"\d{1,3}([.,]\d{3})+", text):
                return int(re.sub(r"[.,]", "", text))
            if re.fullmatch(r"\d+", text):
                return int(text)
            if re.fullmatch(r"\d+[.,]\d+", text):
                return float(text.replace(",", "."))
            raise Invalid(self.t("init.err.amount"))

        return self.ask(key, check)

    def score(self, key: str, **params: Any) -> int | None:
        def check(answer: str) -> int | None:
            if not answer:
                return None
            if answer in {"1", "2", "3", "4", "5"}:
                return int(answer)
            raise Invalid(self.t("init.err.score"))

        return self.ask(key, check, **params)

    def yes(self, key: str, *, default: bool = False, **params: Any) -> bool:
        yes_words = YES_WORDS | {self.t("init.yes").lower()}
        no_words = NO_WORDS | {self.t("init.no").lower()}

        def check(answer: str) -> bool:
            word = answer.lower()
            if word in yes_words:
                return True
            if word in no_words:
                return False
            raise Invalid(self.t("init.err.yes_no"))

        return self.ask(key, check, default=self.t("init.yes" if default else "init.no"), hint="", **params)

    def evidence(self, key: str, **params: Any) -> list[dict[str, str]]:
        """An optional quote with its source, as an evidence list (empty when skipped)."""
        quote = self.text(key, hint="", **params)
        if not quote:
            return []
        source = self.text("source", hint="")
        return [{"quote": quote, **({"source": source} if source else {})}]

    def section(self, key: str) -> None:
        self.io.say("")
        self.io.say(self.t(f"init.section.{key}"))

    # --- the questions ----------------------------------------------------------------------

    def run(self, file_id: str) -> dict[str, Any]:
        """Every question in turn; returns the partnership document."""
        for line in textwrap.wrap(self.t("init.intro"), width=80):
            self.io.say(line)
        partners = self.partners()
        names = [p["name"] for p in partners]
        default_title = self.t("init.default_title", first=names[0], second=names[1])
        doc: dict[str, Any] = {"schema": "kemitraan/1", "id": file_id}
        self.section("about")
        doc["title"] = self.text("title", required=True, default=default_title)
        doc["language"] = file_language(self.lang)
        first = self.year("period_from")
        last = self.year("period_to", after=first) if first is not None else None
        doc["period"] = (
            {"from": first, **({"to": last} if last else {})} if first else Unknown("{from: 2020, to: 2023}")
        )
        place = {k: self.text(f"place_{k}") for k in ("village", "district", "regency", "province")}
        doc["place"] = {k: v for k, v in place.items() if v} or None
        source: dict[str, Any] = {k: self.text(f"source_{k}") for k in ("citation", "method")}
        if source["citation"]:  # encoding a study: its own conclusion, which kemitraan never reads to decide
            conclusion = self.conclusion()
            if conclusion:
                source["conclusions"] = [conclusion]
        doc["source"] = {k: v for k, v in source.items() if v} or None
        doc["partners"] = partners
        doc["shared"] = self.shared()
        doc["programs"] = self.programs(partners)
        doc["principles"] = self.principles()
        self.section("agreement")
        form = self.word_choice("agreement", "agreement", default="unknown")
        reference = (
            self.text("agreement_reference") if words.canonical("agreement")[form] == "written" else ""
        )
        doc["agreement"] = {"form": form, **({"reference": reference} if reference else {})}
        doc["balance"] = self.balance(partners)
        doc["relation"] = self.relation()
        doc["capacity_building"] = self.capacity(partners)
        doc["constraints"] = self.constraints()
        return doc

    def partners(self) -> list[dict[str, Any]]:
        self.section("partners")
        partners: list[dict[str, Any]] = []
        while True:
            n = len(partners) + 1
            key = "partner_name_required" if n <= 2 else "partner_name"
            name = self.text(key, required=n <= 2, hint="required" if n <= 2 else "", n=str(n))
            if not name:
                return partners
            partner_id = self.ident("partner_id", name, [p["id"] for p in partners])
            partner: dict[str, Any] = {"id": partner_id, "name": name}
            partner["kind"] = self.word_choice("partner_kind", "partner", default="other", name=name)
            partner["contributes"] = self.items("contributes", name=name)
            partner["benefits"] = self.items("benefits", name=name)
            partner["understands_purpose"] = self.word_choice(
                "understands", "understanding", default="unknown", name=name
            )
            partner["evidence"] = self.evidence("partner_quote", name=name) or None
            partners.append(partner)

    def shared(self) -> dict[str, Any]:
        self.section("shared")
        service, target = self.text("service"), self.text("target")
        # Notoatmodjo's network is linked by a service, a target "atau karakteristik lainnya".
        characteristic = "" if service or target else self.text("characteristic")
        vision = self.word_choice("vision_mission", "vision_mission", default="unknown")
        return {
            "service": service or Unknown(),
            "target": target or Unknown(),
            **({"characteristic": characteristic} if characteristic else {}),
            "vision_mission": vision,
            "evidence": self.evidence("shared_quote") or None,
        }

    def programs(self, partners: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self.section("programs")
        levels = [*LEVELS, "unknown"]
        written = dict(zip(levels, words.words_in("level", self.lang), strict=True))
        for i, level in enumerate(levels, 1):
            label = self.t(f"level.{level}")
            word = written[level]
            shown = word if label.lower() == word.lower() else f"{word}: {label}"
            self.io.say(f"  {i}. {shown} — {self.t(f'level.{level}.help')}")
        programs: list[dict[str, Any]] = []
        while True:
            n = len(programs) + 1
            name = self.text("program_name", hint="", n=str(n))
            if not name:
                return programs
            program: dict[str, Any] = {"id": self.ident("program_id", name, [p["id"] for p in programs])}
            program["name"] = name
            program["target"] = self.text("program_target", name=name) or None
            for phase in PHASES:
                participation = {}
                for partner in partners:
                    participation[partner["id"]] = self.level(phase, partner["name"], levels)
                record: dict[str, Any] = {"participation": participation}
                if all(level == written["unknown"] for level in participation.values()):
                    # No level known: what the evidence says of the phase as a whole (a study's
                    # "solid only in planning"), never turned into levels.
                    joint = self.word_choice(
                        "joint", "stated", default="unknown", phase=self.t(f"phase.{phase}")
                    )
                    if words.canonical("stated")[joint] != "unknown":
                        record["joint"] = joint
                record["evidence"] = self.evidence("phase_quote", phase=self.t(f"phase.{phase}")) or None
                program[phase] = record
            programs.append(program)

    def balance(self, partners: list[dict[str, Any]]) -> dict[str, Any] | None:
        """What the evidence states about the balance between the parties (None: nothing)."""
        self.section("balance")
        stated = self.word_choice("balance", "balance", default="unknown")
        if words.canonical("balance")[stated] == "unknown":
            return None
        out: dict[str, Any] = {"stated": stated}
        if words.canonical("balance")[stated] == "unbalanced":
            ids = ["-", *(p["id"] for p in partners)]
            names = [self.t("init.not_said"), *(p["name"] for p in partners)]
            dominant = self.choose("dominant", ids, names, default="-")
            if dominant != "-":
                out["dominant"] = dominant
        evidence = self.evidence("balance_quote")
        if evidence:
            out["evidence"] = evidence
        return out

    def relation(self) -> dict[str, Any] | None:
        """What the evidence states about how the organisations stand to each other and work
        together, each fact with an optional quote (None: nothing known)."""
        self.section("relation")
        out: dict[str, Any] = {}
        if not self.yes("relation_any"):
            return None
        for name in RELATION_FACTS:
            values = relation_values(name)
            prefix = "share." if name in ("resources", "risks") else "value."
            value = self.catalog_choice(f"relation_{name}", [*values, "unknown"], prefix, default="unknown")
            if value == "unknown":
                continue
            entry: dict[str, Any] = {"value": value}
            evidence = self.evidence("relation_quote")
            if evidence:
                entry["evidence"] = evidence
            out[name] = entry
        return out or None

    def conclusion(self) -> dict[str, Any] | None:
        """The study's own verdict with the sentence that states it (None when skipped)."""
        from kemitraan.loader import BUNDLED_RUBRICS, load_rubric

        names = ["-", *BUNDLED_RUBRICS]
        rubrics = {name: load_rubric(name).rubric for name in BUNDLED_RUBRICS}
        labels = [self.t("init.not_said"), *(rubrics[n].title.get(self.lang) for n in BUNDLED_RUBRICS)]
        chosen = self.choose("conclusion_rubric", names, labels, default="-")
        if chosen == "-":
            return None
        rubric = rubrics[chosen]
        verdict = self.choose(
            "conclusion_verdict",
            [v.id for v in rubric.verdicts],
            [v.label.get(self.lang) for v in rubric.verdicts],
            default=rubric.verdicts[0].id,
        )
        quote = self.text("conclusion_quote", required=True)
        where = self.text("conclusion_where")
        return {"rubric": chosen, "verdict": verdict, "quote": quote, **({"where": where} if where else {})}

    def level(self, phase: str, partner: str, levels: list[str]) -> str:
        """A partner's level in a phase, as the file writes it in the interview's language."""
        from kemitraan.i18n import languages

        written = dict(zip(levels, words.words_in("level", self.lang), strict=True))
        known = {w: written[v] for w, v in words.canonical("level").items()}
        known |= {template(f"level.{v}", lang).lower(): written[v] for v in levels for lang in languages()}

        def check(answer: str) -> str:
            word = answer.lower()
            if not word:
                return written["unknown"]
            if word.isdigit() and 1 <= int(word) <= len(levels):
                return written[levels[int(word) - 1]]
            if word in known:
                return known[word]
            shown = ", ".join(written.values())
            raise Invalid(self.t("init.err.choice", count=str(len(levels)), values=shown))

        return self.ask("level", check, hint="unknown", phase=self.t(f"phase.{phase}"), partner=partner)

    def principles(self) -> dict[str, Any]:
        self.section("principles")
        out: dict[str, Any] = {}
        for name in Principles.model_fields:
            label = self.t(f"principle.{name}")
            score = self.score("principle", principle=label)
            if score is None:
                out[name] = Unknown("{score: 1-5}")
                continue
            entry: dict[str, Any] = {"score": score}
            evidence = self.evidence("principle_quote", principle=label)
            if evidence:
                entry["evidence"] = evidence
            out[name] = entry
        return out

    def capacity(self, partners: list[dict[str, Any]]) -> list[dict[str, Any]] | Unknown:
        self.section("capacity")
        answer = self.catalog_choice("capacity", ["yes", "no", "unknown"], "value.", default="unknown")
        if answer == "unknown":
            return Unknown("[{from: ..., to: ..., what: ...}]")
        if answer == "no":
            return []
        ids = [p["id"] for p in partners]
        names = [p["name"] for p in partners]
        flows: list[dict[str, Any]] = []
        while True:
            giver = self.choose("capacity_from", ids, names, default=ids[0])
            others = [i for i in ids if i != giver]
            receiver = self.choose(
                "capacity_to", others, [names[ids.index(i)] for i in others], default=others[0]
            )
            what = self.text("capacity_what", required=True)
            flows.append({"from": giver, "to": receiver, "what": what})
            if not self.yes("capacity_more"):
                return flows

    def constraints(self) -> list[dict[str, Any]]:
        self.section("constraints")
        out: list[dict[str, Any]] = []
        while self.yes("constraint_any" if not out else "constraint_more"):
            kind = self.word_choice("constraint_kind", "constraint", default="other")
            entry: dict[str, Any] = {
                "kind": kind,
                "description": self.text("constraint_description", required=True),
            }
            money = (
                self.amount("constraint_amount") if words.canonical("constraint")[kind] == "budget" else None
            )
            if money is not None:
                per = self.word_choice("constraint_per", "per", default="year")
                entry["amount"] = {"value": money, "currency": "IDR", "per": per}
            solutions: list[str] = []
            while solution := self.text("solution", hint="", n=str(len(solutions) + 1)):
                solutions.append(solution)
            entry["solutions"] = solutions
            out.append(entry)
        return out


# --- kemitraan init ---------------------------------------------------------------------------


class Stopped(KemitraanError):
    """The user stopped the questions (Ctrl-C, or the input ended): nothing was written."""

    exit_code = EXIT_INTERRUPTED


def _header(kind: str, file: str, lang: str) -> list[str]:
    return [
        t(f"init.header.{kind}", lang),
        "",
        t("init.header.next", lang, file=file),
        "",
        t("init.header.unknown", lang),
        t("init.header.editor", lang),
    ]


def check_text(text: str, file: str) -> None:
    """Fail loudly (a bug) if what init writes would not pass ``kemitraan validate``."""
    from kemitraan.errors import InputError

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / file
        path.write_text(text, encoding="utf-8")
        try:
            load_partnership(path)
        except InputError as exc:
            raise RuntimeError(f"kemitraan init produced an invalid file:\n{exc}") from None


def run_init(target: Path, lang: str | None, blank: bool, console: Console) -> None:
    """Ask (unless ``blank``), then write ``target`` and, when absent, the editor schema beside it."""
    from kemitraan.output import write_atomic
    from kemitraan.scaffold import SCHEMA_FILE, blank_document, render
    from kemitraan.schema import schema_text

    try:
        if lang is None:
            lang = (
                "id"
                if blank
                else Interview(console, "en").choose("lang", ["id", "en"], ["id", "en"], default="id")
            )
        interview = Interview(console, lang)
        existed = target.exists()
        if existed and not interview.yes("overwrite", file=str(target)):
            raise UsageError(t("init.kept", lang, file=str(target)))
        file_id = slug(target.stem, fallback="kemitraan")
        doc = blank_document(lang, file_id) if blank else interview.run(file_id)
        if not existed and target.exists() and not interview.yes("overwrite", file=str(target)):
            raise UsageError(t("init.kept", lang, file=str(target)))
    except Abort:
        raise Stopped(t("init.stopped", lang or "en")) from None
    text = render(doc, lang, _header("blank" if blank else "guided", target.name, lang), explain=blank)
    check_text(text, target.name)
    write_atomic(target, text)
    console.say(t("init.done", lang, file=str(target)))
    schema_path = target.parent / SCHEMA_FILE
    if not schema_path.exists():
        write_atomic(schema_path, schema_text(lang))
        console.say(t("init.schema_written", lang, file=str(schema_path)))
    elif schema_path.read_text(encoding="utf-8", errors="replace") != schema_text(lang):
        console.say(t("init.schema_kept", lang, file=str(schema_path), code=lang))
