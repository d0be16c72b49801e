"""The JSON Schema of the partnership file, generated from the pydantic model, in Indonesian or English.

Editors (VS Code's YAML extension and others built on yaml-language-server) read it through
the ``# yaml-language-server: $schema=...`` comment at the top of a partnership file, and then
check and complete the file as it is typed. The schema is the model's own
(``Partnership.model_json_schema``) with every description in the asked language, the meaning
of every allowed value (``enumDescriptions``), and partner-id maps written so that editors
reject a key that is not an id.

What a JSON Schema cannot say, and only ``kemitraan validate`` checks (see :data:`NOT_IN_SCHEMA`):
rules that compare two parts of a file, and the difference between ``2019`` and ``2019.0``.
"""

from __future__ import annotations

import json
import typing
from typing import Any

from pydantic import BaseModel

from kemitraan.models import words
from kemitraan.models.docstrings import attribute_docstrings
from kemitraan.models.partnership import Partnership

DIALECT = "https://json-schema.org/draft/2020-12/schema"

NOT_IN_SCHEMA: tuple[str, ...] = (
    "schema.rule.unique_ids",
    "schema.rule.partner_references",
    "schema.rule.period_order",
    "schema.rule.whole_numbers",
    "schema.rule.capacity_self",
    "schema.rule.stated_facts",
)
"""Catalog keys of the rules ``kemitraan validate`` applies that a JSON Schema cannot express."""

# Where the meaning of each allowed value lives in the message catalog, per field.
ENUM_TEXT: dict[str, str] = {
    "Partnership.language": "language.{}",
    "Partner.kind": "kind.{}",
    "Partner.understands_purpose": "value.{}",
    "Shared.vision_mission": "value.{}",
    "Shared.linked": "value.{}",
    "Phase.joint": "value.{}",
    "Balance.stated": "value.{}",
    "Phase.participation": "level.{}.help",
    "PhaseReport.participation": "level.{}.help",
    "PartnerReport.understands_purpose": "value.{}",
    "AgreementReport.form": "value.{}",
    "Agreement.form": "value.{}",
    "Constraint.kind": "constraint.{}",
    "Amount.per": "per.{}",
    "StatedFact.value": "value.{}",
    "ShareFact.value": "share.{}",
    "CommunicationFact.value": "value.{}",
    "DecisionFact.value": "value.{}",
    "StatedReport.value": "value.{}",
    "ShareReport.value": "share.{}",
    "CommunicationReport.value": "value.{}",
    "DecisionReport.value": "value.{}",
}


def models() -> dict[str, type[BaseModel]]:
    """Every model the partnership file is made of, by class name, from the top down."""
    found: dict[str, type[BaseModel]] = {}

    def walk(tp: Any) -> None:
        if isinstance(tp, type) and issubclass(tp, BaseModel):
            if tp.__name__ not in found:
                found[tp.__name__] = tp
                for field in tp.model_fields.values():
                    walk(field.annotation)
            return
        for arg in typing.get_args(tp):
            walk(arg)

    walk(Partnership)
    return found


def keys(model: type[BaseModel]) -> dict[str, str]:
    """The keys written in a file for a model (aliases), each mapped to its Python field name."""
    return {field.alias or name: name for name, field in model.model_fields.items()}


def description(model: type[BaseModel], key: str | None, lang: str) -> str:
    """A model's (``key`` None) or a field's description in ``lang``; empty when there is none.

    The English is the model's docstring, or the field's attribute docstring; another language
    is the catalogue's ``field.<Model>`` or ``field.<Model>.<key>`` (the English where it lacks one).
    """
    if key is None:
        english = " ".join((model.__doc__ or "").split())
    else:
        english = " ".join(attribute_docstrings(model).get(keys(model)[key], "").split())
    if lang == "en" or not english:
        return english
    from kemitraan.messages import translated

    name = model.__name__ if key is None else f"{model.__name__}.{key}"
    return translated(f"field.{name}", lang) or english


def _strip_titles(node: Any) -> None:
    """Drop pydantic's generated titles ("Vision Mission"): English-only and no help to a reader."""
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict):
            for sub in props.values():
                sub.pop("title", None)
        for value in node.values():
            _strip_titles(value)
    elif isinstance(node, list):
        for value in node:
            _strip_titles(value)


def _enum_of(prop: dict[str, Any]) -> dict[str, Any] | None:
    """The sub-schema that holds a property's ``enum`` (directly, in anyOf, or as map values)."""
    for candidate in (prop, prop.get("additionalProperties"), *prop.get("anyOf", ())):
        if isinstance(candidate, dict) and "enum" in candidate:
            return candidate
    return None


def _id_maps(node: Any) -> None:
    """``{pattern: value}`` maps become propertyNames + additionalProperties.

    Pydantic writes ``dict[Id, Level]`` as patternProperties, which lets a key that is not an
    id through; propertyNames rejects it, as ``kemitraan validate`` does, and editors then
    complete the values.
    """
    if isinstance(node, dict):
        patterns = node.get("patternProperties")
        if isinstance(patterns, dict) and len(patterns) == 1:
            (pattern, values), *_ = patterns.items()
            node.pop("patternProperties")
            node["propertyNames"] = {"pattern": pattern, **node.get("propertyNames", {})}
            node["additionalProperties"] = values
        for value in node.values():
            _id_maps(value)
    elif isinstance(node, list):
        for value in node:
            _id_maps(value)


def _meaning(template: str, value: str, vocabulary: str | None, lang: str) -> str:
    """What an allowed value means; an Indonesian word says which value it stands for (read in
    the enum's own vocabulary: ``sebagian`` is ``partly`` for an answer, ``some`` for a share)."""
    from kemitraan.messages import t

    canonical = words.canonical(vocabulary).get(value, value) if vocabulary else value
    meaning = t(template.format(canonical), lang)
    if canonical == value:
        return meaning
    if meaning == canonical:
        return t("schema.word.bare", lang, value=canonical)
    return t("schema.word", lang, value=canonical, meaning=meaning)


def json_schema(lang: str = "en") -> dict[str, Any]:
    """The partnership file's JSON Schema (draft 2020-12), described in ``lang`` ("id" or "en")."""
    from kemitraan.messages import t

    schema = Partnership.model_json_schema(by_alias=True, mode="validation")
    _strip_titles(schema)
    _id_maps(schema)
    defs: dict[str, Any] = schema.setdefault("$defs", {})
    for name, model in models().items():
        node = schema if model is Partnership else defs[name]
        node["description"] = description(model, None, lang)
        for key, prop in node.get("properties", {}).items():
            prop["description"] = description(model, key, lang)
            template = ENUM_TEXT.get(f"{name}.{key}")
            holder = _enum_of(prop)
            if template and holder is not None:
                vocabulary = words.vocabulary_of_enum(holder["enum"])
                holder["enumDescriptions"] = [_meaning(template, v, vocabulary, lang) for v in holder["enum"]]
    rules = " ".join(t(key, lang) for key in NOT_IN_SCHEMA)
    head = {"$schema": DIALECT, "title": "kemitraan/1", "$comment": t("schema.comment", lang, rules=rules)}
    schema.pop("title", None)
    return {**head, **schema}


def schema_text(lang: str = "en") -> str:
    """The schema as a file's text: stable key order, UTF-8, ending with a newline."""
    return json.dumps(json_schema(lang), indent=2, ensure_ascii=False) + "\n"
