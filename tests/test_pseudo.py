"""A third language as data only, and nothing a person sees outside the catalogues.

The pseudo-locale ``qps`` (``tools/catalogue.py pseudo``) is made from the English template alone:
every letter of every entry accented and each entry bracketed (``⟦Ẇřǿŧḗ {file}⟧``), for both
catalogues (the tool's sentences and the rubrics' texts). Put in a folder of
``KEMITRAAN_LOCALE_PATH``, with no Python touched, it makes ``--lang qps`` work; every command then
runs under it, and any run of plain letters it shows or writes that is not a name or quote from
the user's files or an identifier (a key of the file format, a rubric's id, an option) is a string
that escaped the catalogue. The test names it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from tests import scenarios
from tests.language import ROOT, allowed, json_texts, leftovers, lines_with
from tests.render.report_cases import needs_chromium

pytest.importorskip("babel")
sys.path.insert(0, str(ROOT / "tools"))
import catalogue

PSEUDO = catalogue.PSEUDO
CASES = {**scenarios.helps(), **scenarios.ERRORS, **scenarios.RUNS}


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return catalogue.pseudo_catalogues(tmp_path_factory.mktemp("locale"))


@pytest.fixture
def pseudo(pseudo_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from kemitraan import messages

    monkeypatch.setenv("KEMITRAAN_LOCALE_PATH", str(pseudo_folder))
    monkeypatch.setattr(scenarios, "written_in", "id")
    messages.refresh()
    return pseudo_folder


def _check(name: str, build: scenarios.Build, tmp_path: Path) -> None:
    case, seen = scenarios.perform(build, tmp_path, "--lang", PSEUDO, lang=PSEUDO)
    assert seen.code == case.code, seen.texts
    texts = dict(seen.texts)
    if seen.json is not None and name != "schema":
        (tmp_path / "en").mkdir()
        english = scenarios.perform(build, tmp_path / "en", "--lang", "en")[1]
        assert seen.json == english.json  # the JSON report is the same in every language
        return
    if seen.json is not None:
        texts["stdout"] = "\n".join(json_texts(seen.json))
    assert any(catalogue.OPEN in text for text in texts.values()), f"nothing from the catalogue: {texts}"
    allow = allowed(*case.inputs, extra=[str(tmp_path), case.typed, *case.args, *seen.names])
    for where, text in texts.items():
        found = leftovers(text, allow)
        assert not found, f"{where}: {found}\n" + lines_with(text, found)


@pytest.mark.parametrize("name", CASES)
def test_nothing_a_person_sees_escapes_the_catalogue(name: str, pseudo: Path, tmp_path: Path) -> None:
    _check(name, CASES[name], tmp_path)


@needs_chromium
@pytest.mark.parametrize("name", scenarios.PDF)
def test_the_pdf_report_too(name: str, pseudo: Path, tmp_path: Path) -> None:
    _check(name, scenarios.PDF[name], tmp_path)


def test_a_catalogue_in_a_folder_is_a_language(pseudo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from kemitraan import i18n
    from tests.conftest import run

    assert PSEUDO in i18n.languages()
    assert f"[id|en|{PSEUDO}]" in run("--help").out  # --lang offers it
    monkeypatch.setenv("KEMITRAAN_LANG", PSEUDO)  # chosen without --lang, too
    assert run("validate", scenarios.INDONESIAN).out.startswith(f"⟦{scenarios.INDONESIAN}: ǿķ")


def test_the_leftover_check_can_fail() -> None:
    allow = allowed(scenarios.INDONESIAN)
    assert leftovers("⟦Ẇřǿŧḗ⟧ sukamaju.yaml: wrote it", allow) == ["it", "wrote"]
    assert leftovers("⟦Ẇřǿŧḗ⟧ Puskesmas Sukamaju 2024 9f86d081884c7d65", allow) == []


def test_json_texts_are_what_an_editor_shows() -> None:
    schema = {"properties": {"id": {"description": "x", "enum": ["a"], "enumDescriptions": ["y"]}}}
    assert json_texts(json.loads(json.dumps(schema))) == ["x", "y"]
