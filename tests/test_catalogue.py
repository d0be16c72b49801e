"""The catalogues: every sentence is in English and in every catalogue, and code uses only keys it has.

The English source is :data:`kemitraan.messages.SOURCE`; a language is a gettext catalogue in
``src/kemitraan/locale`` (see ``tools/catalogue.py``). These tests fail when a key is used but
not there, there but used nowhere, untranslated or obsolete in a catalogue, when a translation
loses a placeholder, when a plural message is sent without its count ``n``, when a compiled
catalogue is not current, when numbers and dates are not written as CLDR writes them, and when
code writes a sentence for a person without the catalogue (naming the file, line and string).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

import pytest

from kemitraan.messages import DIRECTIVES, SOURCE, placeholders_of
from kemitraan.models.partnership import LEVELS, PHASES, ConstraintKindName, PartnerKindName, Principles

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "kemitraan"
TEMPLATES = ROOT / "templates"
sys.path.insert(0, str(ROOT / "tools"))

import catalogue  # noqa: E402  (tools/catalogue.py)

KEY = re.compile(r"[a-z][a-z0-9_]*(?:\.[A-Za-z0-9_-]+)+")


def _sources() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"))) for path in sorted(SRC.rglob("*.py"))]


def _template_keys() -> set[str]:
    found: set[str] = set()
    for path in [*TEMPLATES.glob("*.j2"), ROOT / "docs" / "templates" / "ringkasan.md.j2"]:
        text = re.sub(r"\{#.*?#\}", "", path.read_text(encoding="utf-8"), flags=re.S)
        found |= set(re.findall(r'"([a-z_.]+)"\s*\|\s*t\b', text))
        found |= set(re.findall(r"\bt\(\s*'([a-z_.]+)'", text))
        found |= {f"{prefix}*" for prefix in re.findall(r'\(\s*"([a-z_.]+\.)"\s*~', text)}
    return found


BY_CALL = {"_h": ("help.",), "_cmd": ("help.", "help.{}.more")}
"""Keys the command line names through a helper (``_h("assess.format")`` -> ``help.assess.format``)."""
ASKED = {
    "ask",
    "text",
    "choose",
    "word_choice",
    "catalog_choice",
    "items",
    "year",
    "ident",
    "amount",
    "score",
    "yes",
    "evidence",
}
"""The interview's questions: ``self.text("title")`` asks ``init.q.title``."""
TOO_BROAD = ("help.", "init.q.")
"""Families too broad to count as a use: their keys are counted at their call sites instead."""


def used_keys() -> set[str]:
    """Every key the code and the templates name: string constants that look like keys, and the
    families that f-strings build (``f"level.{x}"`` -> ``level.*``)."""
    found = _template_keys()
    for _, tree in _sources():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = (
                    node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                )
                arg = node.args[0].value
                if isinstance(arg, str) and name in BY_CALL:
                    for pattern in BY_CALL[name]:
                        found.add(pattern.format(arg) if "{}" in pattern else pattern + arg)
                elif isinstance(arg, str) and name in ASKED and isinstance(node.func, ast.Attribute):
                    found.add(f"init.q.{arg}")
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                value = node.value
                if "{}" in value and KEY.fullmatch(value.replace("{}", "x")):
                    found.add(value.replace("{}", "*"))  # a family as a format: "value.{}", "level.{}.help"
                elif KEY.fullmatch(value):
                    found.add(value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                head = node.values[0]
                if isinstance(head, ast.Constant) and isinstance(head.value, str) and "." in head.value:
                    prefix = head.value
                    tail = node.values[-1]
                    suffix = (
                        tail.value
                        if isinstance(tail, ast.Constant)
                        and isinstance(tail.value, str)
                        and len(node.values) > 2
                        else ""
                    )
                    if re.fullmatch(r"[a-z_.]+\.", prefix) and prefix not in TOO_BROAD:
                        found.add(f"{prefix}*{suffix}")
    return found


def _covered(key: str, used: set[str]) -> bool:
    if key in used:
        return True
    return any(
        "*" in pattern and re.fullmatch(re.escape(pattern).replace(r"\*", ".+"), key) for pattern in used
    )


def test_every_key_of_the_source_is_used() -> None:
    used = used_keys()
    unused = sorted(k for k in SOURCE if not _covered(k, used))
    assert unused == [], "keys in messages.SOURCE that no code or template names"


def test_every_key_the_code_names_is_in_the_source() -> None:
    """A string passed to a message function (Msg, t, err, template ...) is a key of the source."""
    calls = {"Msg", "t", "err", "_err", "_say", "_t", "template", "said", "say", "_note", "translated"}
    missing = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            first = node.args[0]
            if name in calls and isinstance(first, ast.Constant) and isinstance(first.value, str):
                key = first.value
                known = key in SOURCE or key in DIRECTIVES or key.startswith("field.")
                if KEY.fullmatch(key) and not known:
                    missing.append(f"{path.relative_to(ROOT)}:{node.lineno}: {key}")
    for key in _template_keys():
        if not key.endswith("*") and key not in SOURCE:
            missing.append(f"templates: {key}")
    assert missing == []


def test_the_scans_above_can_fail() -> None:
    assert not _covered("no.such.key", used_keys())
    assert _covered("level.absent", {"level.*"}) and not _covered("level", {"level.*"})


def test_every_plural_message_is_given_its_count() -> None:
    """A plural (English singular and plural) takes its count from ``n``: every call naming one passes it."""
    plurals = {k for k, v in SOURCE.items() if isinstance(v, tuple)}
    assert plurals, "no plural messages: the test would be empty"
    missing = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and first.value in plurals):
                continue
            keywords = {k.arg for k in node.keywords}
            given = "n" in keywords or any(
                isinstance(a, ast.Dict)
                and any(isinstance(k, ast.Constant) and k.value == "n" for k in a.keys)
                for a in node.args[1:]
            )
            if not given:
                missing.append(f"{path.relative_to(ROOT)}:{node.lineno}: {first.value}")
    assert missing == []


def test_english_plurals_have_two_forms_with_the_same_placeholders() -> None:
    for key, english in SOURCE.items():
        if isinstance(english, tuple):
            assert len(english) == 2, key
            assert placeholders_of(english[0]) - {"n"} == placeholders_of(english[1]) - {"n"}, key


def test_the_catalogues_are_current() -> None:
    """The .pot is what the source gives, every .po is in step with it, every .mo compiled from its .po."""
    assert catalogue.stale() == [], "run: python tools/catalogue.py update"


@pytest.mark.parametrize("lang", catalogue.languages())
def test_every_entry_is_translated(lang: str) -> None:
    assert catalogue.untranslated(lang) == []


@pytest.mark.parametrize("lang", catalogue.languages())
def test_translations_keep_the_placeholders(lang: str) -> None:
    cat = catalogue.read(catalogue.LOCALE / lang / "LC_MESSAGES" / "kemitraan.po", lang)
    wrong = []
    for message in cat:
        if not message.id:
            continue
        assert message.string is not None
        ids = (message.id,) if isinstance(message.id, str) else tuple(message.id)
        strings = (message.string,) if isinstance(message.string, str) else tuple(message.string)
        expected = placeholders_of(ids[-1])
        for form in strings:
            got = placeholders_of(form)
            if got - {"n"} != expected - {"n"} or not got <= expected:
                wrong.append(f"{message.context}: {sorted(got)} instead of {sorted(expected)}")
    assert wrong == []


@pytest.mark.parametrize("lang", catalogue.languages())
def test_numbers_money_and_dates_are_written_as_cldr_writes_them(lang: str) -> None:
    from babel import Locale

    from kemitraan.i18n import locale_entries

    cat = catalogue.read(catalogue.LOCALE / lang / "LC_MESSAGES" / "kemitraan.po", lang)
    ours = {m.context: m.string for m in cat if m.context in locale_entries(Locale.parse("en"))}
    assert ours == locale_entries(Locale.parse(lang))


def test_the_english_number_and_date_words_are_cldr_s() -> None:
    from babel import Locale

    from kemitraan.i18n import locale_entries

    assert {k: SOURCE[k] for k in locale_entries(Locale.parse("en"))} == locale_entries(Locale.parse("en"))


def test_money_and_numbers_as_before() -> None:
    from kemitraan.messages import date, fixed, money, number

    assert money(5000000, "IDR", "id") == "Rp 5.000.000"
    assert money(5000000, "IDR", "en") == "IDR 5,000,000"
    assert money(1500, "USD", "id") == "USD 1.500"
    assert number(2.75, "id") == "2,75" and number(2.75, "en") == "2.75"
    assert fixed(0.6, "id") == "0,60" and fixed(None, "en") == "–"
    assert date("2024-05-01", "id") == "1 Mei 2024" and date("2024-05-01", "en") == "1 May 2024"


def test_every_enumerated_value_has_a_label() -> None:
    from typing import get_args

    keys = [f"level.{x}" for x in (*LEVELS, "unknown")]
    keys += [f"level.{x}.help" for x in (*LEVELS, "unknown")]
    keys += [f"phase.{x}" for x in PHASES]
    keys += [f"principle.{x}" for x in Principles.model_fields]
    keys += [f"constraint.{x}" for x in get_args(ConstraintKindName)]
    keys += [f"kind.{x}" for x in get_args(PartnerKindName)]
    assert [k for k in keys if k not in SOURCE] == []


def test_every_word_of_the_file_format_has_a_label() -> None:
    from kemitraan.models import words

    for name, values in words.VOCABULARIES.items():
        for value in values:
            assert words.LABELS[name].format(value) in SOURCE, (name, value)


# --- no sentence outside the catalogue --------------------------------------------------------

SINKS = {
    "Problem",
    "InputError",
    "UsageError",
    "OutputError",
    "BrowserError",
    "KemitraanError",
    "BadParameter",
    "Refusal",
    "_fail",
    "write",
    "print",
    "echo",
    "prompt",
}
"""Calls whose text a person reads: errors, and what is written to the terminal."""
WORDS = re.compile(r"[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}")
ALLOWED = {
    "kemitraan/render/docx.py",  # writes XML, not words
    "kemitraan/render/chromium.py",  # the DevTools protocol
}
"""Files whose calls named in SINKS write machine text only."""


def _texts(node: ast.AST) -> list[str]:
    """The literal text of an argument: a string, or the constant parts of an f-string."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [
            " ".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        ]
    if isinstance(node, ast.BinOp):
        return _texts(node.left) + _texts(node.right)
    return []


def sentences_outside_the_catalogue() -> list[str]:
    found = []
    for path, tree in _sources():
        relative = str(path.relative_to(SRC.parent))
        if relative in ALLOWED:
            continue
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in SINKS:
                continue
            named = (k.value for k in node.keywords if k.arg in ("message", "suggestion", "help"))
            for arg in [*node.args, *named]:
                for text in _texts(arg):
                    if WORDS.search(text):
                        found.append(f"{relative}:{node.lineno}: {text!r}")
    return found


def test_no_sentence_is_written_outside_the_catalogue() -> None:
    """An error or a line for the terminal is a catalogue key, never English in the code
    (a sentence ported from elsewhere fails here, named with its file and line)."""
    assert sentences_outside_the_catalogue() == []


def test_the_sentence_scan_can_fail(tmp_path: Path) -> None:
    tree = ast.parse('raise UsageError(f"{x}: no such file, check the path")')
    call = next(n for n in ast.walk(tree) if isinstance(n, ast.Call))
    assert WORDS.search(_texts(call.args[0])[0])
