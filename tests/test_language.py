"""Issue 13's "Done when": with an Indonesian locale and no ``--lang`` every command, its help,
its errors and what it writes read in Indonesian; with ``--lang en`` (the same locale) in English.
"Reads in" is checked word by word: no word that only the other language uses (see
tests/language.py), names and quotes from the user's files aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import scenarios
from tests.language import (
    allowed,
    english_words,
    foreign_words,
    indonesian_words,
    json_texts,
    lines_with,
    words,
)

CASES = {**scenarios.helps(), **scenarios.ERRORS, **scenarios.RUNS}


def _seen_in(lang: str, name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    monkeypatch.setattr(scenarios, "written_in", lang)
    extra = ("--lang", "en") if lang == "en" else ()
    case, seen = scenarios.perform(CASES[name], tmp_path, *extra, lang=lang)
    assert seen.code == case.code, seen.texts
    texts = dict(seen.texts)
    if seen.json is not None and name != "schema":  # a JSON report carries both languages
        (tmp_path / "other").mkdir()
        other = () if extra else ("--lang", "en")
        plain = scenarios.perform(CASES[name], tmp_path / "other", *other)[1]
        assert seen.json == plain.json
        return
    if seen.json is not None:
        texts["stdout"] = "\n".join(json_texts(seen.json))
    allow = allowed(*case.inputs, extra=[str(tmp_path), case.typed, *case.args, *seen.names])
    own = (indonesian_words() - english_words()) if lang == "id" else (english_words() - indonesian_words())
    assert any(words(text) & own for text in texts.values()), f"nothing in the language: {texts}"
    for where, text in texts.items():
        found = foreign_words(text, lang, allow)
        assert not found, f"{where}: {found}\n" + lines_with(text, found)


@pytest.mark.parametrize("name", CASES)
def test_an_indonesian_locale_gives_indonesian(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _seen_in("id", name, tmp_path, monkeypatch)


@pytest.mark.parametrize("name", CASES)
def test_lang_en_gives_english(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _seen_in("en", name, tmp_path, monkeypatch)


def test_the_word_check_can_fail() -> None:
    allow = allowed()
    assert foreign_words("Berkas tidak ditemukan: this was never found", "id", allow) == [
        "found",
        "never",
        "this",
        "was",
    ]
    assert foreign_words("No such file: berkas dibaca", "en", allow) == ["berkas", "dibaca"]
    assert foreign_words("Sukamaju: berkas tidak ada", "en", allowed(extra=["Sukamaju berkas tidak"])) == []
