"""Writing a partnership file as commented YAML, for people who do not know YAML.

``kemitraan init`` turns a researcher's answers (or, with ``--blank``, placeholders) into a
file that passes ``kemitraan validate`` at once. The writer walks the pydantic model, so keys
come in the model's order, and explains fields with the same descriptions the editor schema
carries, in the chosen language. Text is quoted whenever YAML 1.2 (how kemitraan and editors
read it) or YAML 1.1 (how older tools read it) could take it for anything but that text.

A value of :class:`Unknown` stands for a question asked and not answered: it is written as a
commented-out line the user can fill in later, and the assessment reports it as missing.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass
from typing import Any

import yaml
from pydantic import BaseModel

from kemitraan.loader import Yaml12Loader
from kemitraan.models import words
from kemitraan.models.partnership import RELATION_FACTS, Partnership, Principles
from kemitraan.schema import description, json_schema, keys, models

WIDTH = 90
SCHEMA_FILE = "kemitraan.schema.json"


@dataclass(frozen=True)
class Unknown:
    """Asked and not known: written as ``# key: <example>`` so the user can fill it in later."""

    example: str = ""


_UNPRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ud800-\udfff\ufffe\uffff]")
"""Characters YAML does not allow as they are, or reads as line breaks: escaped as \\uXXXX."""
_PLAIN = re.compile(r"[A-Za-z0-9\u00c0-\uffff(][^:#\x00-\x1f\x7f-\x9f\u2028\u2029\"\\]*")
"""Text that may stand unquoted: no indicator first, no ': ' or ' #', no quotes or escapes."""


def scalar(value: Any) -> str:
    """A value as a YAML scalar that every YAML reader takes for exactly this value."""
    if isinstance(value, bool):
        raise TypeError("the partnership file has no true/false fields")
    if isinstance(value, int | float):
        return str(int(value)) if isinstance(value, float) and value.is_integer() else repr(value)
    text = str(value)
    if _PLAIN.fullmatch(text) and text == text.strip() and not text.endswith((",", "]", "}")):
        try:
            as12 = yaml.load(f"v: {text}", Loader=Yaml12Loader)
            as11 = yaml.safe_load(f"v: {text}")
        except yaml.YAMLError:
            as12 = as11 = None
        if as12 == {"v": text} and as11 == {"v": text}:
            return text
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


def _comment(text: str, indent: int) -> list[str]:
    pad = " " * indent + "# "
    return textwrap.wrap(text, width=WIDTH, initial_indent=pad, subsequent_indent=pad, break_on_hyphens=False)


class Writer:
    """Emits one partnership document; ``explain`` puts each field's description above it."""

    def __init__(self, lang: str, *, explain: bool) -> None:
        self.lang = lang
        self.explain = explain
        self.schema = json_schema(lang)
        self.models = models()

    def _prop(self, model: type[BaseModel], key: str) -> dict[str, Any]:
        node = self.schema if model is Partnership else self.schema["$defs"][model.__name__]
        prop: dict[str, Any] = node["properties"][key]
        return prop

    def _enum(self, model: type[BaseModel], key: str) -> tuple[list[str], list[str]] | None:
        prop = self._prop(model, key)
        for holder in (prop, prop.get("additionalProperties"), *prop.get("anyOf", ())):
            if isinstance(holder, dict) and "enumDescriptions" in holder:
                return list(holder["enum"]), list(holder["enumDescriptions"])
        return None

    def _child(self, model: type[BaseModel], key: str) -> type[BaseModel] | None:
        """The model a field's mapping (or each item of its list) is made of."""
        prop = self._prop(model, key)
        for holder in (prop, prop.get("items"), *prop.get("anyOf", ())):
            if isinstance(holder, dict):
                ref = holder.get("$ref") or (holder.get("items") or {}).get("$ref")
                if ref:
                    return self.models[ref.rsplit("/", 1)[-1]]
        return None

    def mapping(
        self, model: type[BaseModel], doc: dict[str, Any], indent: int, top: bool = False
    ) -> list[str]:
        out: list[str] = []
        pad = " " * indent
        for key in keys(model):
            if key not in doc or doc[key] is None:
                continue
            value = doc[key]
            if self.explain or top:
                if top and out:
                    out.append("")
                out += _comment(description(model, key, self.lang), indent)
            if isinstance(value, Unknown):
                from kemitraan.messages import t

                example = value.example or f"...   ({t('init.unknown_line', self.lang)})"
                out.append(f"{pad}# {key}: {example}")
                continue
            child = self._child(model, key)
            enum = self._enum(model, key)
            if isinstance(value, dict) and child is not None:
                inner = self.mapping(child, value, indent + 2)
                out += [f"{pad}{key}:", *inner] if inner else [f"{pad}{key}: {{}}"]
            elif isinstance(value, dict):  # partner id -> level
                out.append(f"{pad}{key}:" if value else f"{pad}{key}: {{}}")
                for name, level in value.items():
                    out.append(f"{pad}  {scalar(name)}: {level}{self._meaning(enum, level)}")
            elif isinstance(value, list):
                out += self._list(key, value, child, indent)
            else:
                shown = value if enum else scalar(value)
                out.append(f"{pad}{key}: {shown}{self._allowed(enum, value)}")
        return out

    def _list(self, key: str, items: list[Any], child: type[BaseModel] | None, indent: int) -> list[str]:
        pad = " " * indent
        if not items:
            return [f"{pad}{key}: []"]
        out = [f"{pad}{key}:"]
        for item in items:
            if child is None:
                out.append(f"{pad}  - {scalar(item)}")
                continue
            lines = self.mapping(child, item, indent + 4)
            first = next(i for i, line in enumerate(lines) if not line.lstrip().startswith("#"))
            # The first key's comment goes above the dash, where a reader looks for it.
            lines[:first] = [f"{pad}  {line.lstrip()}" for line in lines[:first]]
            lines[first] = f"{pad}  - {lines[first].lstrip()}"
            out += lines
        return out

    def _allowed(self, enum: tuple[list[str], list[str]] | None, value: Any) -> str:
        if enum is None:
            return ""
        vocabulary = words.vocabulary_of_enum(enum[0])
        values = words.words_in(vocabulary, self.lang) if vocabulary else enum[0]
        if len(values) > 6:  # a long list (partner kinds): the value's own meaning is enough
            return self._meaning(enum, value)
        return "  # " + " | ".join(values)

    def _meaning(self, enum: tuple[list[str], list[str]] | None, value: Any) -> str:
        if enum is None or value not in enum[0]:
            return ""
        vocabulary = words.vocabulary_of_enum(enum[0])
        canonical = words.canonical(vocabulary)[value] if vocabulary else value
        return f"  # {enum[1][enum[0].index(canonical)]}"


def render(doc: dict[str, Any], lang: str, header: list[str], *, explain: bool = False) -> str:
    """The file's text: the editor schema line, the header comments, then the commented data."""
    lines = [f"# yaml-language-server: $schema={SCHEMA_FILE}", "#"]
    for text in header:
        lines += _comment(text, 0) if text else ["#"]
    lines.append("")
    lines += Writer(lang, explain=explain).mapping(Partnership, doc, 0, top=True)
    return "\n".join(lines) + "\n"


def slug(text: str, fallback: str = "x") -> str:
    """An id made from a name: ``Pemerintah Desa Benan`` -> ``pemerintah-desa-benan``."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:48].strip("-")
    return out or fallback


def file_language(lang: str) -> str:
    """The ``language`` a file made in ``lang`` says: ``lang`` itself when the file format has it
    (``id``, ``en``), else English (``kemitraan/1`` names no other language)."""
    import typing

    allowed = typing.get_args(Partnership.model_fields["language"].annotation)
    return lang if lang in allowed else "en"


def partner_id(lang: str, n: str) -> str:
    """A placeholder partner id in ``lang`` (``mitra-a``, ``partner-a``), made safe as an id."""
    from kemitraan.messages import t

    return slug(t("init.blank.partner_id", lang, n=n), f"partner-{n}")


def blank_document(lang: str, file_id: str) -> dict[str, Any]:
    """A template with placeholders that already passes ``kemitraan validate``."""
    from kemitraan.messages import t

    def word(vocabulary: str, value: str) -> str:
        """A value as a file in ``lang`` writes it (``tidak diketahui`` in Indonesian)."""
        return dict(zip(words.VOCABULARIES[vocabulary], words.words_in(vocabulary, lang), strict=True))[value]

    unknown = word("understanding", "unknown")
    quote = Unknown('[{quote: "...", source: "..."}]')
    a, b = partner_id(lang, "a"), partner_id(lang, "b")
    partners = [
        {
            "id": partner_id(lang, x),
            "name": t("init.blank.partner", lang, n=x.upper()),
            "kind": word("partner", "other"),
            "contributes": Unknown("[...]"),
            "benefits": Unknown("[...]"),
            "understands_purpose": unknown,
            "evidence": quote,
        }
        for x in ("a", "b")
    ]
    phase = {
        "participation": {a: unknown, b: unknown},
        "joint": Unknown(" | ".join(words.words_in("stated", lang)[:2])),
        "evidence": quote,
    }
    return {
        "schema": "kemitraan/1",
        "id": file_id,
        "title": t("init.blank.title", lang),
        "language": file_language(lang),
        "period": Unknown("{from: 2020, to: 2023}"),
        "place": Unknown("{village: ..., district: ..., regency: ..., province: ...}"),
        "source": Unknown(
            '{citation: "...", method: ..., extent: ..., conclusions: [{rubric: ..., verdict: ..., quote: "...", where: ...}]}'
        ),
        "assessor": Unknown('"..."'),
        "assessed_on": Unknown("2024-05-01"),
        "partners": partners,
        "shared": {
            "service": Unknown(),
            "target": Unknown(),
            "characteristic": Unknown(),
            "vision_mission": unknown,
            "evidence": quote,
        },
        "programs": [
            {
                "id": "program-1",
                "name": t("init.blank.program", lang),
                "target": Unknown(),
                "planning": phase,
                "implementation": phase,
                "evaluation": phase,
            }
        ],
        "principles": {name: Unknown("{score: 1-5}") for name in Principles.model_fields},
        "agreement": {"form": unknown, "reference": Unknown()},
        "balance": Unknown(
            f"{{stated: {word('balance', 'balanced')} | {word('balance', 'unbalanced')}, dominant: ...,"
            ' evidence: [{quote: "...", source: "..."}]}'
        ),
        "relation": {name: {"value": unknown, "evidence": quote} for name in RELATION_FACTS},
        "capacity_building": Unknown(f"[{{from: {a}, to: {b}, what: ...}}]"),
        "constraints": Unknown(
            f"[{{kind: {word('constraint', 'budget')}, description: ..., solutions: [...]}}]"
        ),
        "notes": Unknown(),
    }
