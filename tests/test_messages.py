"""The catalog: every sentence exists in Indonesian and English, and code uses only keys it has."""

from __future__ import annotations

import re
from pathlib import Path

from kemitraan.messages import M, placeholders_of
from kemitraan.models.partnership import LEVELS, PHASES, ConstraintKind, PartnerKind, Principles

SRC = Path(__file__).resolve().parents[1] / "src" / "kemitraan"
TEMPLATES = Path(__file__).resolve().parents[1] / "templates"


def test_every_key_has_both_languages_with_the_same_placeholders() -> None:
    for key, (indonesian, english) in M.items():
        assert indonesian.strip() and english.strip(), key
        assert placeholders_of(indonesian) == placeholders_of(english), key


def test_every_literal_key_used_in_code_and_templates_exists() -> None:
    used: set[str] = set()
    for path in [*SRC.rglob("*.py"), *TEMPLATES.glob("*.j2")]:
        text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)  # not comments
        used |= set(re.findall(r'Msg\(\s*"([a-z_.]+)"', text))
        used |= set(re.findall(r'\bt\(\s*"([a-z_.]+)"', text))
        used |= set(re.findall(r'\berr\(\s*"([a-z_.]+)"', text))
        if path.suffix == ".j2":
            used |= set(re.findall(r'"([a-z_.]+)"\s*\|\s*t\b', text))  # a template's "key"|t
        used |= set(re.findall(r"\btr?\(\s*'([a-z_.]+)'", text))
    assert used, "the scan found nothing"
    missing = sorted(k for k in used if k not in M and not k.endswith("."))  # "level." ~ x: checked below
    assert missing == []


def test_every_enumerated_value_has_a_label() -> None:
    from typing import get_args

    keys = [f"level.{x}" for x in (*LEVELS, "unknown")]
    keys += [f"phase.{x}" for x in PHASES]
    keys += [f"principle.{x}" for x in Principles.model_fields]
    keys += [f"constraint.{x}" for x in get_args(ConstraintKind)]
    keys += [f"kind.{x}" for x in get_args(PartnerKind)]
    assert [k for k in keys if k not in M] == []
