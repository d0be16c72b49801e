"""A user's report template: plain data, nothing callable but what is allowed, files only from its
folder, and bounded work. Every attack of issue 12 on templates, with the files it needs made here."""

from __future__ import annotations

import os
import pickle
import resource
import shutil
import socket
from pathlib import Path

import pytest

from kemitraan.render import bounded
from tests.conftest import EXAMPLES, run

BENAN = EXAMPLES / "benan.yaml"


def template(folder: Path, text: str, name: str = "mine.md.j2") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def render(mine: Path, fmt: str = "md", partner: Path = BENAN) -> tuple[int, str, str]:
    r = run("assess", partner, "--template", mine, "--format", fmt)
    assert "Traceback" not in r.err and "internal error" not in r.err, r.err
    return r.code, r.out, r.err


class Boom:
    """Unpickling this would run code: it makes a marker file."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str, ...]]:
        return (os.system, (f"touch {self.marker}",))


# --- plain data, and no call but the allowed ones ----------------------------------------------


def test_a_template_cannot_unpickle_a_file_shipped_beside_it(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    (tmp_path / "data.pkl").write_bytes(pickle.dumps(Boom(str(marker))))
    mine = template(
        tmp_path, "{{ a.parse_file('data.pkl', content_type='application/pickle', allow_pickle=True) }}"
    )
    os.chdir(tmp_path)
    code, out, err = render(mine)
    assert (code, out) == (2, "")
    assert err.startswith(f"{mine}:1: template error: no field 'parse_file' here")
    assert not marker.exists()


@pytest.mark.parametrize(
    "expression",
    [
        "a.parse_file('/etc/hostname')",
        "a.input.parse_file('/etc/hostname')",
        "a.assessments[0].rubric.parse_file('/etc/hostname')",
        "a.model_validate_json('{}')",
        "a.__class__",
    ],
)
def test_no_model_method_is_reachable(tmp_path: Path, expression: str) -> None:
    code, out, err = render(template(tmp_path, "{{ " + expression + " }}"))
    assert (code, out) == (2, "")
    assert ": template error: no field " in err


@pytest.mark.parametrize(
    ("expression", "called"),
    [
        ("a.input.title.upper()", "str.upper"),
        ("a.input.title.format(1)", "str.format"),
        ("'{0.__class__}'.format(a)", "str.format"),
        ("a.partners.copy()", "list.copy"),
        ("(a.input.sha256|list).index('a')", "list.index"),
        ("charts.matrix.upper()", "Markup.upper"),
        ("range.__call__", None),
    ],
)
def test_only_allowed_callables_may_be_called(tmp_path: Path, expression: str, called: str | None) -> None:
    code, out, err = render(template(tmp_path, "{{ " + expression + " }}", "mine.html.j2"), "html")
    assert (code, out) == (2, "")
    assert ": not allowed in a template: " in err
    if called:
        assert f"calling {called}() is not allowed in a template" in err


@pytest.mark.parametrize("method", ["items", "keys", "values", "get", "copy", "update", "pop"])
def test_a_record_has_fields_and_no_methods(tmp_path: Path, method: str) -> None:
    code, out, err = render(template(tmp_path, "{{ a.input." + method + "() }}"))
    assert (code, out) == (2, "")
    assert f":1: template error: no field '{method}' here (the fields here: file, sha256," in err


def test_what_a_template_may_use_works(tmp_path: Path) -> None:
    """Macros, caller(), super(), loop helpers, range, dict, namespace, and every filter."""
    template(
        tmp_path,
        "{% block head %}[{{ a.input.id }}]{% endblock %}\n{% block body %}{% endblock %}\n",
        "base.md.j2",
    )
    mine = template(
        tmp_path,
        "{% extends 'base.md.j2' %}\n"
        "{% macro box(x) %}<{{ x }}{{ caller() if caller else '' }}>{% endmacro %}\n"
        "{% block head %}{{ super() }}{% endblock %}\n"
        "{% block body %}"
        "{% call box(1) %}!{% endcall %}"
        "{% set ns = namespace(n=0) %}{% for i in range(3) %}{% set ns.n = ns.n + i %}"
        "{{ loop.cycle('a', 'b') }}{% if loop.changed(i) %}.{% endif %}{% endfor %} {{ ns.n }}"
        " {{ dict(x=1).x }} {{ a.assessments|map(attribute='verdict')|join(',') }}"
        " {{ 'report.summary'|t }} {{ a.assessments[0].label|tx }} {{ 0.5|num }}"
        " {{ (a.assessments[0]|evidence_groups)|length }} {{ a.input.title|md|truncate(9) }}"
        "{% endblock %}\n",
        "report.md.j2",
    )
    code, out, err = render(tmp_path)
    assert (code, err) == (0, "")
    assert out == (
        "[benan-p2tp2a]<1!>a.b.a. 3 1 model-1,insufficient-evidence,insufficient-evidence,"
        "insufficient-evidence Ringkasan Model I: jejaring kerja 0,50 10 Kemitr..."
    )
    assert mine.exists()


def test_a_field_named_like_a_dict_method_is_the_field(tmp_path: Path) -> None:
    from tests.fieldwork.test_aggregate import HEAD, PROGRAM

    partner = tmp_path / "p.yaml"
    partner.write_text(HEAD + PROGRAM, encoding="utf-8")
    mine = template(tmp_path, "{{ a.fieldwork.items|length }} {{ a.fieldwork.items[0].path }}\n")
    code, out, _ = render(mine, partner=partner)
    assert (code, out) == (0, "4 programs[0].planning.participation.a\n")


def test_the_template_data_is_plain(tmp_path: Path) -> None:
    """Nothing but dicts, lists, strings, numbers, booleans and None (no object with methods)."""
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import assess_path
    from kemitraan.render import context
    from tests.fieldwork.test_aggregate import HEAD, PROGRAM

    partner = tmp_path / "p.yaml"
    partner.write_text(HEAD + PROGRAM, encoding="utf-8")
    for path in (BENAN, partner):
        data = context(assess_path(path, load_rubrics()), "en", "md", "x")
        pending: list[object] = [data]
        while pending:
            value = pending.pop()
            assert type(value) in (dict, list, str, int, float, bool, type(None)), type(value)
            if isinstance(value, dict):
                assert all(type(k) is str for k in value)
                pending.extend(value.values())
            elif isinstance(value, list):
                pending.extend(value)


# --- files only from the template folder --------------------------------------------------------


def test_a_symlink_out_of_the_template_folder_is_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-0451")
    folder = tmp_path / "tpl"
    template(folder, "{% include 'leak.txt' %}\n", "report.md.j2")
    (folder / "leak.txt").symlink_to(secret)
    (folder / "passwd").symlink_to("/etc/passwd")
    code, out, err = render(folder)
    assert (code, out) == (2, "")
    assert err == (
        f"{folder / 'report.md.j2'}:1: template 'leak.txt' is not read: it links to a file outside the"
        " template folder\n"
    )
    (folder / "report.md.j2").write_text("{% include 'passwd' %}\n")
    code, out, err = render(folder)
    assert (code, "root:" in out, "it links to a file outside the template folder" in err) == (2, False, True)


def test_a_symlink_inside_the_template_folder_is_read(tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    template(folder, "{{ a.input.id }}\n", "parts/id.j2")
    template(folder, "{% include 'id.j2' %}", "report.md.j2")
    (folder / "id.j2").symlink_to(folder / "parts" / "id.j2")
    assert render(folder)[:2] == (0, "benan-p2tp2a\n")


def test_a_single_template_file_sees_no_other_file_of_its_folder(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / ".ssh").mkdir(parents=True)
    (home / ".ssh" / "id_rsa").write_text("-----BEGIN OPENSSH PRIVATE KEY-----")
    (home / "notes.txt").write_text("private notes")
    for name in (".ssh/id_rsa", "notes.txt"):
        mine = template(home, "{% include '" + name + "' %}")
        code, out, err = render(mine)
        assert (code, out) == (2, "")
        assert err.startswith(f"{mine}:1: template '{name}' not found")
    mine = template(home, "{{ a.input.id }}\n{% if false %}{% include 'mine.md.j2' %}{% endif %}")
    assert render(mine)[:2] == (0, "benan-p2tp2a\n")  # its own name is the folder's one file


@pytest.mark.parametrize("kind", ["fifo", "socket", "folder", "too large"])
def test_only_regular_files_are_read_as_templates(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "tpl"
    template(folder, "{% include 'odd.j2' %}", "report.md.j2")
    odd = folder / "odd.j2"
    reason = {
        "fifo": "it is not a regular file (a named pipe, a socket or a device)",
        "socket": "it is not a regular file (a named pipe, a socket or a device)",
        "folder": "it is a folder",
        "too large": "it is larger than 1 MiB",
    }[kind]
    if kind == "fifo":
        os.mkfifo(odd)  # reading it would wait for a writer for ever
    elif kind == "socket":
        os.chdir(folder)
        socket.socket(socket.AF_UNIX).bind("odd.j2")
    elif kind == "folder":
        odd.mkdir()
    else:
        odd.write_text("x" * (1024 * 1024 + 1))
    code, out, err = render(folder)
    assert (code, out) == (2, "")
    assert err == f"{folder / 'report.md.j2'}:1: template 'odd.j2' is not read: {reason}\n"


def test_errors_of_a_template_given_by_a_relative_path_are_located(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    template(tmp_path, "line one\n{{ a.input.nope }}\n", "mine.md.j2")
    template(tmp_path / "tpl", "\n\n{{ 1 / 0 }}\n", "report.md.j2")
    template(tmp_path / "tpl", "{% include 'missing.j2' %}\n", "report.html.j2")
    for mine, fmt, expected in (
        ("mine.md.j2", "md", "mine.md.j2:2: template error: no field 'nope' here"),
        ("./mine.md.j2", "md", "mine.md.j2:2: template error: no field 'nope' here"),
        ("tpl", "md", "tpl/report.md.j2:3: template error: division by zero"),
        ("tpl/", "html", "tpl/report.html.j2:1: template 'missing.j2' not found"),
    ):
        r = run("assess", BENAN, "-t", mine, "-f", fmt)
        assert (r.code, r.out) == (2, "")
        assert r.err.startswith(expected), r.err


# --- bounded work -----------------------------------------------------------------------------


@pytest.fixture
def tight(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lower bounds, so that hitting them takes a second, not ten."""
    monkeypatch.setattr(bounded, "TEMPLATE_SECONDS", 1)
    monkeypatch.setattr(bounded, "TEMPLATE_MEMORY", 256 * 1024**2)
    monkeypatch.setattr(bounded, "TEMPLATE_OUTPUT_BYTES", 1024**2)


pytestmark_fork = pytest.mark.skipif(not bounded.available(), reason="needs fork and resource limits")


@pytestmark_fork
@pytest.mark.usefixtures("tight")
@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            "the template took more than 1 s of processor time for one report and was stopped",
        ),
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
            "the template",  # time, memory or size: whichever bound it reaches first
        ),
        (
            "{{ 'a'|center(10**10) }}",
            "the template needed more than 256 MiB of memory for one report and was stopped",
        ),
        (
            "{{ '%*s'|format(10**9, 'x') }}",
            "the template needed more than 256 MiB of memory for one report and was stopped",
        ),
        (
            "{% for i in range(3000) %}{{ 'x' * 1000 }}{% endfor %}",
            "the report this template writes would be larger than 1 MiB; nothing was written",
        ),
        (
            "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
            "the template nests too deeply",
        ),
    ],
)
def test_a_bound_that_is_hit_is_a_clear_error(tmp_path: Path, text: str, message: str) -> None:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    code, out, err = render(template(tmp_path, text))
    assert (code, out) == (2, "")
    assert message in err, err
    grown = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown < 200 * 1024, f"the parent grew by {grown} KiB: the work was not done in the child"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{{ 'a' * 10**10 }}", "the value would hold more than 10,000,000 characters or items"),
        ("{{ [1] * 10**9 }}", "the value would hold more than 10,000,000 characters or items"),
        ("{{ 10 ** (10**10) }}", "the number would be too large"),
    ],
)
def test_operators_that_would_make_huge_values_are_refused(tmp_path: Path, text: str, message: str) -> None:
    code, out, err = render(template(tmp_path, text))
    assert (code, out) == (2, "")
    assert err == f"{tmp_path / 'mine.md.j2'}:1: not allowed in a template: {message}\n"


def test_compiling_a_template_does_no_work_of_its_own(tmp_path: Path) -> None:
    """Jinja folds constant expressions and filters into the compiled template; in the sandbox
    it must not, or ``'a'|center(10**10)`` would take 10 GB before any bound applies."""
    from kemitraan.render import environment

    mine = template(
        tmp_path, "{{ 'a'|center(10**10) }}{{ 'b' * 10**10 }}{{ 9 ** (9**9) }}{{ -(9 ** (9**9)) }}"
    )
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    environment("md", mine).get_template("report.md.j2")  # compiled, not rendered
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50 * 1024


@pytestmark_fork
def test_a_template_in_a_batch_is_bounded_per_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounded, "TEMPLATE_SECONDS", 1)
    cases = tmp_path / "cases"
    cases.mkdir()
    shutil.copyfile(BENAN, cases / "slow.yaml")
    shutil.copyfile(EXAMPLES / "bumdes-illustrative.yaml", cases / "fast.yaml")
    mine = template(
        tmp_path,
        "{{ a.input.id }}{% if a.input.id == 'benan-p2tp2a' %}{% for i in range(100000) %}"
        "{% for j in range(100000) %}{% endfor %}{% endfor %}{% endif %}\n",
    )
    r = run("assess", cases, "-t", mine, "-o", tmp_path / "out", "--jobs", "1")
    assert r.code == 2
    assert f"{mine}: the template took more than 1 s of processor time" in r.err
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["fast.md"]


def test_a_template_renders_the_same_bounded_or_not(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    mine = template(tmp_path, "{% include 'bundled/report.md.j2' %}")
    bundled = run("assess", BENAN, "-f", "md").out
    assert render(mine) == (0, bundled, "")
    monkeypatch.setattr(bounded, "available", lambda: False)
    assert render(mine) == (0, bundled, "")


@pytest.mark.parametrize("doctype", ["<!DOCTYPE html>\n", "<!doctype HTML>", "  <!DOCTYPE html>", ""])
def test_bundled_and_custom_html_reports_carry_the_same_policy(tmp_path: Path, doctype: str) -> None:
    from kemitraan.render.html import CSP_META

    bundled = run("assess", BENAN, "-f", "html").out
    assert CSP_META in bundled.split("</head>")[0]
    mine = template(tmp_path, doctype + "<p>{{ a.input.id }}</p><script>alert(1)</script>", "mine.html.j2")
    code, out, _ = render(mine, "html")
    assert code == 0
    start = len(doctype.rstrip("\n")) + (1 if doctype.endswith("\n") else 0)
    assert out[:start] == doctype and out[start:].startswith(CSP_META + "\n<p>benan-p2tp2a</p>")


@pytest.mark.parametrize("missing", ["nope.md.j2", "nofolder/"])
@pytest.mark.parametrize("batch", [False, True])
def test_a_template_that_does_not_exist_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, missing: str, batch: bool
) -> None:
    monkeypatch.chdir(tmp_path)
    target = [EXAMPLES] if batch else [BENAN]
    r = run("assess", *target, "-t", missing, "-f", "md", *(["-o", "out"] if batch else []))
    expected = missing.rstrip("/")
    assert (r.code, r.out, r.err) == (
        2,
        "",
        f"{expected}: no such template file or folder; check the --template path\n",
    )
