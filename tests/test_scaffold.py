"""The YAML writer: every text reads back as exactly that text, in YAML 1.2 and in YAML 1.1."""

from __future__ import annotations

import yaml
from hypothesis import given
from hypothesis import strategies as st

from kemitraan.loader import Yaml12Loader
from kemitraan.scaffold import Unknown, render, scalar, slug


@given(st.text(max_size=40))
def test_any_text_reads_back_unchanged(text: str) -> None:
    line = f"v: {scalar(text)}"
    assert yaml.load(line, Loader=Yaml12Loader) == {"v": text}
    assert yaml.safe_load(line) == {"v": text}


def test_words_yaml_would_change_are_quoted() -> None:
    for word in ("yes", "no", "on", "null", "~", "0123", "1e3", "2020-01-01", "- x", "a: b", "a #b", " x"):
        assert scalar(word).startswith('"'), word
    for plain in ("Benan", "The regency's budget", "Sapitri, E. (2023).", "perlindungan anak"):
        assert scalar(plain) == plain


def test_numbers_are_written_as_numbers() -> None:
    assert scalar(5000000) == "5000000"
    assert scalar(5000000.0) == "5000000"
    assert scalar(2.5) == "2.5"


def test_unknown_fields_become_commented_lines() -> None:
    doc = {
        "schema": "kemitraan/1",
        "id": "x",
        "title": "T",
        "partners": [{"id": "a", "name": "A", "benefits": Unknown()}],
    }
    text = render(doc, "en", ["header"])
    assert "    # benefits: ...   (not known; fill in when known)" in text
    assert yaml.load(text, Loader=Yaml12Loader)["partners"] == [{"id": "a", "name": "A"}]


def test_slug() -> None:
    assert slug("Pemerintah Desa Benan") == "pemerintah-desa-benan"
    assert slug("Posyandu Mawar 2") == "posyandu-mawar-2"
    assert slug("Élan & co") == "elan-co"
    assert slug("!!!", fallback="p1") == "p1"
