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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

if TYPE_CHECKING:
    from kemitraan.models.assessment import Assessment

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
        # tests that print a PDF, found by the guard below
        "tests/test_crosswalk.py::test_the_crosswalk_in_the_pdf",
        "tests/test_pseudo.py::test_the_pdf_report_too",
        "tests/test_untrusted_inputs.py::test_standard_output_on_a_full_disk_is_exit_2[pdf]",
    }
)
"""Modules, ``module::test`` (all its parameters) or a test's whole id, whose tests are marked ``browser``."""

SLOW = frozenset(
    {
        "tests/fieldwork/test_edits.py::test_a_central_submission_edited_after_ingest_replaces_its_answers",
        "tests/fieldwork/test_edits.py::test_a_kobo_edit_is_found_by_its_root_uuid",
        "tests/fieldwork/test_edits.py::test_a_submission_rejected_after_it_was_ingested_leaves_the_file",
        "tests/fieldwork/test_edits.py::test_an_edit_the_export_cannot_link_is_left_out_not_counted_twice",
        "tests/fieldwork/test_edits.py::test_rejected_submissions_are_left_out_and_listed_unless_asked_for",
        "tests/fieldwork/test_exports.py::test_every_csv_layout_gives_the_same_facts",
        "tests/fieldwork/test_ingest_hostile.py::test_answers_that_would_outgrow_a_partnership_file_are_refused",
        "tests/fieldwork/test_ingest_hostile.py::test_concurrent_ingests_into_one_file_keep_every_submission",
        "tests/fieldwork/test_qdpx_tools.py::test_fifty_selections_over_a_megabyte_text_are_refused_fast",
        "tests/fieldwork/test_xlsform.py::test_odk_validate_accepts_it_where_java_is_installed",
        "tests/indicators/test_participation.py::test_cell_readings_are_exact",
        "tests/render/test_docx.py::test_a_batch_writes_word_reports",
        "tests/render/test_docx.py::test_an_insufficient_verdict_is_in_the_unknown_colour",
        "tests/render/test_docx.py::test_charts_are_pictures_with_alt_text_and_captions",
        "tests/render/test_docx.py::test_libreoffice_opens_it_with_numbered_pages_and_no_stranded_heading",
        "tests/render/test_docx.py::test_text_from_the_file_stays_text",
        "tests/render/test_docx.py::test_the_cli_writes_docx_from_the_extension",
        "tests/render/test_docx.py::test_the_same_input_gives_the_same_bytes",
        "tests/render/test_docx.py::test_the_sections_are_the_markdown_reports",
        "tests/render/test_docx.py::test_the_title_is_in_words_title_style",
        "tests/render/test_markdown_draw.py::test_a_field_left_empty_draws_as_jinja_renders_it",
        "tests/render/test_markdown_draw.py::test_every_file_draws_as_jinja_renders_it",
        "tests/render/test_markdown_draw.py::test_every_value_a_field_takes_draws_as_jinja_renders_it",
        "tests/render/test_template_cache.py::test_reports_are_the_same_with_a_cold_warm_or_broken_cache",
        "tests/render/test_template_sandbox.py::test_a_bound_that_is_hit_is_a_clear_error",
        "tests/render/test_template_sandbox.py::test_a_template_in_a_batch_is_bounded_per_report",
        "tests/render/test_template_sandbox.py::test_bundled_and_custom_html_reports_carry_the_same_policy",
        "tests/render/test_terminal_width.py::test_every_line_fits_and_no_title_is_cut",
        "tests/render/test_terminal_width.py::test_in_an_80_column_terminal",
        "tests/render/test_terminal_width.py::test_piped_output_follows_columns",
        "tests/test_assessor.py::test_every_report_shows_who_and_when",
        "tests/test_assessor.py::test_the_blank_template_offers_both_and_still_validates",
        "tests/test_batch.py::test_progress_bar_only_on_a_terminal",
        "tests/test_batch.py::test_workers_started_by_spawn_give_the_same_results",
        "tests/test_cli_hostile.py::test_ctrl_c_stops_cleanly_with_exit_130",
        "tests/test_cli_properties.py",
        "tests/test_crosswalk.py::test_the_crosswalk_in_the_pdf",
        "tests/test_engine_memo.py::test_remembered_decisions_are_fresh_decisions",
        "tests/test_help.py::test_options_with_fixed_values_complete_them",
        "tests/test_hostile_corpus.py::test_corpus_file",
        "tests/test_interview_terminal.py::test_init_answered_in_a_terminal",
        "tests/test_language.py::test_an_indonesian_locale_gives_indonesian",
        "tests/test_language.py::test_lang_en_gives_english",
        "tests/test_loader_hostile.py::test_aliases_never_slip_past_the_cheap_tests",
        "tests/test_pseudo.py::test_nothing_a_person_sees_escapes_the_catalogue",
        "tests/test_pseudo.py::test_the_pdf_report_too",
        "tests/test_readme.py::test_every_documented_command_exists_with_its_options",
        "tests/test_schema.py::test_schema_accepts_exactly_what_validate_accepts",
        "tests/test_schema.py::test_schema_is_valid_draft_2020_12",
        "tests/test_signals.py::test_a_batch_stopped_by_a_signal_leaves_nothing_behind",
        "tests/test_signals.py::test_a_pdf_batch_stopped_leaves_no_browser_and_no_print_folder",
        "tests/test_signals.py::test_a_single_pdf_stopped_while_printing_leaves_nothing",
        "tests/test_signals.py::test_workers_die_with_a_parent_that_is_killed",
        "tests/test_summary_stats.py::test_libreoffice_opens_the_xlsx_summary_with_every_character_right",
        "tests/test_summary_stats.py::test_libreoffice_reads_the_csv_when_told_it_is_utf8",
        "tests/test_summary_stats.py::test_spss_reads_names_variable_labels_and_value_labels",
        "tests/test_untrusted_inputs.py::test_a_closed_pipe_ends_quietly",
        "tests/test_untrusted_inputs.py::test_non_regular_files_in_a_folder_are_skipped_with_a_note",
        "tests/test_untrusted_inputs.py::test_standard_output_on_a_full_disk_is_exit_2",
        "tests/test_verdict_properties.py::test_forgetting_a_fact_never_gives_another_confident_verdict",
        "tests/test_verdict_properties.py::test_order_and_ids_never_change_a_verdict",
        "tests/test_verdict_properties.py::test_the_possible_list_never_contradicts_the_per_program_verdicts",
        "tests/test_verdict_properties.py::test_the_report_language_never_changes_a_verdict",
    }
)
"""Modules, or ``module::test`` (without its parameters), whose tests are marked ``slow``: those whose
one call took 0.4 s or more, or whose calls took 1 s or more together, in a run of the whole suite
on the shared two-core machine (December 2026; ``pytest --durations=40 -m "not slow and not browser"``
shows the candidates to add)."""


def _listed(item: pytest.Item, names: frozenset[str]) -> bool:
    module = item.nodeid.split("::", 1)[0]
    test = getattr(item, "originalname", None) or item.name
    return module in names or f"{module}::{test}" in names or item.nodeid in names


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
) -> Iterator[None]:
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
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
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
def cli() -> Callable[..., Run]:
    return run


def write(tmp_path: Path, text: str, name: str = "p.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def assess_text(text: str, tmp_path: Path) -> Assessment:
    """The Assessment of an inline partnership file (dedented)."""
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import assess_path

    return assess_path(write(tmp_path, text), load_rubrics())


def verdicts(assessment: Assessment) -> dict[str, str]:
    return {a.rubric.id: a.verdict for a in assessment.assessments}


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
