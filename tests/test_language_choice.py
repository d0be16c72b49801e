"""Which language a run speaks: --lang, then KEMITRAAN_LANG, then the locale (LC_ALL,
LC_MESSAGES, LANG; GNU's LANGUAGE list), then, for a report, the file's language, then English;
and a file written with Indonesian words means what its English twin means."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from kemitraan import i18n
from tests.conftest import EXAMPLES, run, write
from tests.scenarios import ENGLISH, INDONESIAN

BENAN = EXAMPLES / "benan.yaml"  # language: id


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, None),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "POSIX"}, None),
        ({"LANG": "id_ID.UTF-8"}, "id"),
        ({"LANG": "en_GB.UTF-8"}, "en"),
        ({"LANG": "id_ID.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "id_ID", "LC_ALL": "id_ID.UTF-8"}, "id"),
        ({"LC_ALL": "en_US.UTF-8", "LANG": "id_ID.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, None),  # no French catalogue: passed over
        ({"LANG": "id_ID.UTF-8@latin"}, "id"),
        ({"LANG": "en_US.UTF-8", "LANGUAGE": "fr:id:en"}, "id"),  # GNU's list: the first known
        ({"LANG": "C", "LANGUAGE": "id"}, None),  # as GNU gettext: LANGUAGE is ignored in the C locale
        ({"KEMITRAAN_LANG": "id", "LANG": "en_US.UTF-8"}, "id"),
        ({"KEMITRAAN_LANG": "en", "LC_ALL": "id_ID.UTF-8"}, "en"),
        ({"KEMITRAAN_LANG": "fr", "LANG": "id_ID.UTF-8"}, "id"),  # an unknown value is passed over
        ({"KEMITRAAN_LANG": "", "LANG": "id_ID.UTF-8"}, "id"),
    ],
)
def test_the_environment_names_the_language(environ: dict[str, str], expected: str | None) -> None:
    assert i18n.chosen(None, environ) == expected


def test_lang_comes_before_everything() -> None:
    assert i18n.chosen("en", {"KEMITRAAN_LANG": "id", "LC_ALL": "id_ID.UTF-8"}) == "en"


@pytest.mark.parametrize(
    ("env", "args", "lang"),
    [
        ({}, [], "id"),  # nothing asked: the file's language
        ({"LANG": "C.UTF-8"}, [], "id"),
        ({"LANG": "en_US.UTF-8"}, [], "en"),  # the locale before the file's language
        ({"LANG": "en_US.UTF-8", "KEMITRAAN_LANG": "id"}, [], "id"),
        ({"LANG": "id_ID.UTF-8", "KEMITRAAN_LANG": "en"}, [], "en"),
        ({"KEMITRAAN_LANG": "en"}, ["--lang", "id"], "id"),  # --lang first
        ({"LC_ALL": "id_ID.UTF-8"}, ["--lang", "en"], "en"),
        ({"KEMITRAAN_LANG": "fr"}, [], "id"),  # unknown: passed over
    ],
)
def test_a_report_follows_the_order(
    env: dict[str, str], args: list[str], lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    result = run("assess", BENAN, "-f", "md", *args)
    assert result.code == 0, result.err
    assert f'\nlang: "{lang}"\n' in result.out
    assert ("## 1. Ringkasan" in result.out) == (lang == "id")


def test_english_when_nothing_names_a_language(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    assert run("validate", missing).err.startswith(f"{missing}: no such file")
    assert '\nlang: "en"\n' in run("assess", ENGLISH, "-f", "md").out  # an English file: English


def test_errors_are_in_the_language_chosen_before_the_file_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = write(tmp_path, INDONESIAN.read_text(encoding="utf-8").replace("desa: aktif", "desa: aktip", 1))
    english = run("validate", bad)  # the file says language: id, but nothing asked for Indonesian
    assert "expected one of" in english.err
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    indonesian = run("validate", bad)
    assert "yang diharapkan salah satu dari" in indonesian.err


def test_an_unknown_lang_is_refused_naming_the_languages() -> None:
    result = run("assess", BENAN, "--lang", "fr")
    assert result.code == 2
    assert "fr" in result.err and "id, en" in result.err


def test_did_you_mean_works_across_both_languages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = INDONESIAN.read_text(encoding="utf-8")
    typo = write(tmp_path, text.replace("desa: aktif", "desa: aktip", 1), "typo.yaml")
    result = run("validate", typo, "--lang", "id")
    assert result.code == 2
    assert "maksudnya 'aktif'?" in result.err
    english_typo = write(tmp_path, text.replace("desa: aktif", "desa: activ", 1), "typo-en.yaml")
    assert "did you mean 'active'?" in run("validate", english_typo, "--lang", "en").err
    kind = write(tmp_path, text.replace("kind: pemerintah desa", "kind: pemerintah dsa", 1), "kind.yaml")
    assert "did you mean 'pemerintah desa'?" in run("validate", kind, "--lang", "en").err


def test_the_indonesian_words_are_listed_in_the_error(tmp_path: Path) -> None:
    typo = write(tmp_path, INDONESIAN.read_text(encoding="utf-8").replace("desa: aktif", "desa: aktip", 1))
    indonesian = run("validate", typo, "--lang", "id").err
    assert "tidak terlibat, diberi tahu, dikonsultasikan, aktif, memimpin, tidak diketahui" in indonesian
    assert "(atau dalam bahasa Inggris: absent, informed, consulted, active, lead, unknown)" in indonesian
    english = run("validate", typo, "--lang", "en").err
    assert "absent, informed, consulted, active, lead, unknown (or in Indonesian: tidak terlibat," in english


def _verdicts(path: Path) -> dict[str, tuple[Any, ...]]:
    result = run("assess", path, "-f", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    return {
        a["rubric"]["id"]: (
            a["verdict"],
            a["possible"],
            [(c["id"], c["met"]) for c in a["criteria"]],
            [(p["program"], p["verdict"]) for p in a["programs"]],
        )
        for a in data["assessments"]
    }


def test_indonesian_values_give_the_verdicts_of_the_english_twin() -> None:
    assert run("validate", INDONESIAN).code == 0
    indonesian, english = _verdicts(INDONESIAN), _verdicts(ENGLISH)
    assert indonesian == english
    assert {v[0] for v in indonesian.values()} != {"insufficient-evidence"}  # verdicts reached, not only gaps


def test_the_model_keeps_the_canonical_values() -> None:
    from kemitraan.loader import load_partnership

    indonesian, _, _ = load_partnership(INDONESIAN)
    english, _, _ = load_partnership(ENGLISH)
    assert indonesian.partners[0].kind == english.partners[0].kind == "health"
    assert indonesian.agreement is not None and indonesian.agreement.form == "verbal"
    first = indonesian.programs[0].planning
    assert first is not None and first.participation == {
        "puskesmas": "lead",
        "desa": "active",
        "karang-taruna": "informed",
    }
    assert indonesian.constraints[0].amount is not None and indonesian.constraints[0].amount.per == "year"


def test_reports_print_labels_in_their_language_whatever_the_file_used() -> None:
    for path in (INDONESIAN, ENGLISH):
        english = run("assess", path, "-f", "md", "--lang", "en").out
        indonesian = run("assess", path, "-f", "md", "--lang", "id").out
        assert "Verbal" in english or "verbal" in english
        assert "lisan" in indonesian.lower()
        assert " lisan" not in english.lower()
