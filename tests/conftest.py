"""Shared test helpers: run the CLI in-process, and assess inline YAML; the test run's environment
(locale, cache folder, a guard on Chromium) and its markers.

Markers (registered in pyproject.toml, ``--strict-markers``):

* ``browser``: the test starts headless Chromium (a PDF report, a screenshot, a layout check). Set
  here for every test skipped when Chromium is missing and for the modules in ``BROWSER``; a test
  without the marker that starts Chromium through kemitraan fails (see ``_chromium_guard``), so the
  marker cannot be forgotten.
* ``slow``: the test takes a second or more on a shared two-core machine (another program: LibreOffice,
  tmux, Java, pandoc, R; many ``python -m kemitraan`` processes; large inputs; Hypothesis). Set here
  for the modules and tests in ``SLOW``.

``pytest -m "not slow and not browser"`` is the fast run (CONTRIBUTING.md); ``.ci/run`` runs everything.
"""

from __future__ import annotations

import hashlib
import stat
import textwrap
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@dataclass
class Run:
    code: int
    out: str
    err: str


BROWSER = frozenset(
    {
        # every test of these modules starts Chromium (those skipped without it are found by their skip)
        "tests/render/test_browser.py",
        "tests/render/test_browser_hostile.py",
        "tests/render/test_layout.py",
        "tests/render/test_pdf_batch.py",
        "tests/render/test_pdf_breaks.py",
    }
)
"""Modules, or ``module::test`` (without its parameters), whose tests are marked ``browser``."""

SLOW: frozenset[str] = frozenset()
"""Modules, or ``module::test`` (without its parameters), whose tests are marked ``slow``."""


def _listed(item: pytest.Item, names: frozenset[str]) -> bool:
    module = item.nodeid.split("::", 1)[0]
    test = getattr(item, "originalname", None) or item.name
    return module in names or f"{module}::{test}" in names


def _skipped_without_chromium(item: pytest.Item) -> bool:
    return any(
        "chromium" in str(mark.kwargs.get("reason", "")).lower() for mark in item.iter_markers("skipif")
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if _listed(item, BROWSER) or _skipped_without_chromium(item):
            item.add_marker(pytest.mark.browser)
        if _listed(item, SLOW):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="session")
def _test_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _own_cache_folder(_test_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never write into the user's cache folder (~/.cache/kemitraan: compiled templates, the
    locks of partnership files): the code finds it through ``XDG_CACHE_HOME``, which points here to
    a folder of this test run, shared by its tests (so that templates are compiled once per run,
    as for a user). A test of the cache itself sets its own."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(_test_cache))


GUARD = """#!/bin/sh
# Stands in for Chromium in a test not marked browser: it notes that it was started and fails.
echo started >> "$KEMITRAAN_TEST_CHROMIUM_LOG"
exit 1
"""


@pytest.fixture(autouse=True)
def _chromium_guard(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
):
    """In a test not marked ``browser``, kemitraan's Chromium (``KEMITRAAN_CHROMIUM``) is a script that
    notes it was started and fails; the test then fails, asking for the marker. A test that sets
    ``KEMITRAAN_CHROMIUM`` itself or removes it (the tests of a missing browser) is not affected."""
    if request.node.get_closest_marker("browser"):
        yield
        return
    folder = tmp_path_factory.mktemp("no-browser")
    guard, log = folder / "chromium", folder / "started"
    guard.write_text(GUARD, encoding="utf-8")
    guard.chmod(guard.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("KEMITRAAN_CHROMIUM", str(guard))
    monkeypatch.setenv("KEMITRAAN_TEST_CHROMIUM_LOG", str(log))
    yield
    if log.exists():
        pytest.fail(
            f"{request.node.nodeid} started Chromium: mark it browser (tests/conftest.py BROWSER)",
            pytrace=False,
        )


LANGUAGE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "KEMITRAAN_LANG", "KEMITRAAN_LOCALE_PATH")


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch):
    """Every test starts in the C locale with no language asked for (so that a report is in its
    file's language, as on a machine without a locale), the bundled catalogues only, and no
    ``KEMITRAAN_DEBUG`` (``kemitraan --debug`` sets it for the processes it starts)."""
    from kemitraan import i18n, messages

    monkeypatch.setenv("LANG", "C.UTF-8")
    for name in (*LANGUAGE_VARIABLES, "KEMITRAAN_DEBUG"):
        monkeypatch.delenv(name, raising=False)
    messages.refresh()
    i18n.use(i18n.SOURCE_LANGUAGE)
    yield
    messages.refresh()
    i18n.use(i18n.SOURCE_LANGUAGE)


def run(*args: str | Path, input: str | None = None) -> Run:
    """``kemitraan ARGS`` in-process; stdout and stderr apart."""
    from kemitraan.cli import app

    result = CliRunner().invoke(app, [str(a) for a in args], input=input)
    return Run(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def cli():
    return run


def write(tmp_path: Path, text: str, name: str = "p.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def assess_text(text: str, tmp_path: Path):
    """The Assessment of an inline partnership file (dedented)."""
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import assess_path

    return assess_path(write(tmp_path, text), load_rubrics())


def verdicts(assessment) -> dict[str, str]:
    return {a.rubric.id: a.verdict for a in assessment.assessments}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
