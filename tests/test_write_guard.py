"""One write guard knows every input of a run: no output replaces one, whatever names it."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from kemitraan.errors import UsageError
from kemitraan.output import Inputs, new_run, protect, protect_template, write_atomic
from tests.conftest import EXAMPLES, ROOT, run, sha

BENAN = EXAMPLES / "benan.yaml"
PRINCIPLES = ROOT / "rubrics" / "principles.yaml"
REFUSED = "this is an input file of this command; refusing to write over it (choose another output file)"


@pytest.fixture(autouse=True)
def fresh_run() -> None:
    new_run()


def spell(tmp_path: Path, source: Path, how: str) -> Path:
    """Another name for ``source``: another spelling, a symlink or a hard link."""
    if how == "same":
        return source
    if how == "dot-dot":
        return source.parent / "sub" / ".." / source.name
    if how == "relative":
        os.chdir(source.parent)
        return Path(source.name)
    if how == "symlink":
        link = tmp_path / "link.yaml"
        link.symlink_to(source)
        return link
    if how == "hard link":
        hard = tmp_path / "hard.md"
        os.link(source, hard)
        return hard
    raise AssertionError(how)


@pytest.mark.parametrize("how", ["same", "dot-dot", "relative", "symlink", "hard link"])
def test_no_spelling_of_an_input_is_written(
    tmp_path: Path, how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    source = tmp_path / "partner.yaml"
    source.write_text("schema: kemitraan/1\n")
    protect(source)
    with pytest.raises(UsageError, match=re.escape(REFUSED)):
        write_atomic(spell(tmp_path, source, how), "report")
    assert source.read_text() == "schema: kemitraan/1\n"


def test_an_input_named_through_a_symlink_protects_the_real_file(tmp_path: Path) -> None:
    real = tmp_path / "real.yaml"
    real.write_text("x")
    (tmp_path / "link.yaml").symlink_to(real)
    protect(tmp_path / "link.yaml")
    with pytest.raises(UsageError, match=re.escape(REFUSED)):
        write_atomic(real, "report")


def test_a_folder_of_partnership_files_protects_its_yaml_files_only(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    (cases / "lingga").mkdir(parents=True)
    (cases / "lingga" / "benan.yaml").write_text("x")
    (cases / "lingga" / "benan.YML").write_text("x")
    protect(cases)
    guard = Inputs()
    guard.add(cases)
    assert guard.names(cases / "lingga" / "benan.yaml")
    assert guard.names(cases / "lingga" / "benan.YML")
    assert not guard.names(cases / "lingga" / "benan.md")  # a report beside it is fine
    assert not guard.names(cases / "lingga" / "new.yaml")  # nothing there yet: not an input
    write_atomic(cases / "lingga" / "benan.md", "report")


def test_a_template_folder_protects_every_file_in_it(tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    (folder / "parts").mkdir(parents=True)
    (folder / "parts" / "head.txt").write_text("x")
    protect_template(folder)
    with pytest.raises(UsageError, match=re.escape(REFUSED)):
        write_atomic(folder / "parts" / "head.txt", "report")
    write_atomic(folder / "parts" / "new.md", "report")  # a new file is not an input


def test_the_guard_is_checked_again_before_the_rename(tmp_path: Path) -> None:
    """An input found while the output was being written (a folder searched meanwhile)."""
    from kemitraan.output import open_atomic, run_inputs

    target = tmp_path / "summary.csv"
    target.write_text("old")
    with pytest.raises(UsageError, match=re.escape(REFUSED)), open_atomic(target) as handle:
        handle.write(b"new")
        run_inputs().add(target)
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.csv"]


# --- every command ------------------------------------------------------------------------------


def test_assess_never_writes_over_its_file_a_rubric_or_the_template(tmp_path: Path) -> None:
    partner = tmp_path / "p.yaml"
    shutil.copyfile(BENAN, partner)
    rubric = tmp_path / "r.yaml"
    shutil.copyfile(PRINCIPLES, rubric)
    template = tmp_path / "t.md.j2"
    template.write_text("{{ a.input.id }}\n")
    os.link(partner, tmp_path / "hard.md")
    for target in (partner, rubric, template, tmp_path / "hard.md"):
        before = sha(target)
        r = run("assess", partner, "--rubric", rubric, "--template", template, "-f", "md", "-o", target)
        assert (r.code, r.err) == (2, f"{target}: {REFUSED}\n")
        assert sha(target) == before


def test_batch_json_report_never_replaces_a_rubric_in_the_report_folder(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copyfile(BENAN, cases / "benan.yaml")
    reports = tmp_path / "reports"
    reports.mkdir()
    rubric = reports / "benan.json"  # a rubric saved where the report of benan.yaml goes
    shutil.copyfile(PRINCIPLES, rubric)
    r = run("assess", cases, "-f", "json", "-o", reports, "--rubric", rubric, "--jobs", "1")
    assert r.code == 2
    assert f"{rubric}: {REFUSED}" in r.err
    assert sha(rubric) == sha(PRINCIPLES)


def test_summary_never_replaces_the_template(tmp_path: Path) -> None:
    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copyfile(BENAN, cases / "benan.yaml")
    template = tmp_path / "tpl.csv"
    template.write_text("{{ a.input.id }}\n")
    r = run("assess", cases, "--summary", template, "--template", template, "-o", tmp_path / "out")
    assert (r.code, r.err) == (2, f"{template}: {REFUSED}\n")
    assert template.read_text() == "{{ a.input.id }}\n"


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_compare_by_never_replaces_a_partnership_file_of_the_folder(tmp_path: Path, jobs: str) -> None:
    shutil.copyfile(BENAN, tmp_path / "benan.yaml")
    target = tmp_path / "benan.yaml"
    r = run("compare", tmp_path, "--by", "regency", "-f", "csv", "-o", target, "--jobs", jobs)
    assert (r.code, r.err) == (2, f"{target}: {REFUSED}\n")
    assert sha(target) == sha(BENAN)


def test_compare_never_replaces_either_file(tmp_path: Path) -> None:
    before, after = tmp_path / "a.yaml", tmp_path / "b.yaml"
    shutil.copyfile(BENAN, before)
    shutil.copyfile(BENAN, after)
    r = run("compare", before, after, "-f", "md", "-o", after)
    assert (r.code, r.err) == (2, f"{after}: {REFUSED}\n")
    assert sha(after) == sha(BENAN)


def test_a_partnership_file_linked_into_a_folder_is_protected_under_its_real_name(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "benan.txt"
    shutil.copyfile(BENAN, real)
    cases = tmp_path / "cases"
    cases.mkdir()
    (cases / "benan.yaml").symlink_to(real)
    r = run("compare", cases, "--by", "regency", "-f", "csv", "-o", real, "--jobs", "1")
    assert (r.code, r.err.splitlines()[-1]) == (2, f"{real}: {REFUSED}")
    assert sha(real) == sha(BENAN)


def test_explain_never_writes_over_its_file(tmp_path: Path) -> None:
    partner = tmp_path / "p.yaml"
    shutil.copyfile(BENAN, partner)
    r = run("explain", partner, "-o", tmp_path / "." / "p.yaml")
    assert r.code == 2 and REFUSED in r.err
    assert sha(partner) == sha(BENAN)


def test_survey_ingest_into_its_own_export_is_refused(tmp_path: Path) -> None:
    export = tmp_path / "export.csv"
    export.write_text("a,b\n1,2\n")
    r = run("survey", "ingest", export, "--into", export)
    assert (r.code, r.err) == (2, f"{export}: {REFUSED}\n")
    assert export.read_text() == "a,b\n1,2\n"


def test_evidence_import_into_its_mapping_or_archive_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "project.qdpx"
    archive.write_bytes(b"PK\x05\x06" + b"\0" * 18)
    mapping = tmp_path / "map.yaml"
    mapping.write_text("codes: {}\n")
    for into in (mapping, archive):
        before = sha(into)
        r = run("evidence", "import", archive, "--into", into, "--mapping", mapping)
        assert (r.code, r.err) == (2, f"{into}: {REFUSED}\n")
        assert sha(into) == before


def test_survey_form_and_codebook_never_replace_the_partnership_file(tmp_path: Path) -> None:
    partner = tmp_path / "p.yaml"
    shutil.copyfile(BENAN, partner)
    os.link(partner, tmp_path / "form.xlsx")
    os.link(partner, tmp_path / "codes.qdc")
    for command, target in (("form", "form.xlsx"), ("codebook", "codes.qdc")):
        group = "survey" if command == "form" else "evidence"
        r = run(group, command, partner, "-o", tmp_path / target)
        assert (r.code, r.err) == (2, f"{tmp_path / target}: {REFUSED}\n")
    assert sha(partner) == sha(BENAN)
