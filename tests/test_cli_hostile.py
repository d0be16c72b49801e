"""The command line with hostile and broken input: exit code 2 and a message, never a
traceback; no report written over an input; nothing a file or template says is run."""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kemitraan.cli import app

ROOT = Path(__file__).resolve().parents[1]
BENAN = ROOT / "examples" / "benan.yaml"
PRINCIPLES = ROOT / "rubrics" / "principles.yaml"


def run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, [str(a) for a in args])
    assert "Traceback" not in result.stdout + result.stderr
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


# --- outputs --------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["assess", "validate"])
def test_bad_file_is_exit_2_with_a_located_message(tmp_path: Path, command: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "schema: kemitraan/1\nid: x\ntitle: x\npartners: [{id: a, name: A}]\nnotes: !!python/object:os.system {}\n"
    )
    code, out, err = run(command, path)
    assert (code, out) == (2, "")
    assert err.startswith(f"{path}:5:8: the tag '!!python/object:os.system' is not allowed")


def test_output_over_the_input_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "partner.yaml"
    path.write_bytes(BENAN.read_bytes())
    code, _, err = run("assess", path, "-o", path, "--format", "md")
    assert code == 2
    assert (
        err
        == f"{path}: this is an input file of this command; refusing to write over it (choose another output file)\n"
    )
    assert path.read_bytes() == BENAN.read_bytes()


def test_output_over_a_rubric_or_template_is_refused(tmp_path: Path) -> None:
    rubric = tmp_path / "mine.yaml"
    rubric.write_bytes(PRINCIPLES.read_bytes())
    template = tmp_path / "mine.md.j2"
    template.write_text("{{ a.input.title|md }}\n")
    for target in (rubric, template):
        code, _, err = run(
            "assess", BENAN, "--rubric", rubric, "--template", template, "-o", target, "-f", "md"
        )
        assert (code, err.endswith("refusing to write over it (choose another output file)\n")) == (2, True)
    assert rubric.read_bytes() == PRINCIPLES.read_bytes()


def test_missing_output_folder_is_exit_2(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "report.md"
    code, _, err = run("assess", BENAN, "-o", target)
    assert code == 2
    assert (
        err == f"{target}: {target.parent} does not exist (create the folder first, or choose another -o)\n"
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_disk_is_exit_2() -> None:
    code, _, err = run("assess", BENAN, "-o", "/dev/full", "--format", "md")
    assert code == 2
    assert err == "/dev/full: cannot write the report: the disk is full; nothing was written\n"


def test_unwritable_output_is_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def deny(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", deny)
    code, _, err = run("assess", BENAN, "-o", tmp_path / "report.md")
    assert code == 2
    assert err.endswith("cannot write the report: permission denied; nothing was written\n")


# --- size -------------------------------------------------------------------------------------------


def test_max_size_flag(tmp_path: Path) -> None:
    code, _, err = run("assess", BENAN, "--max-size", "1k")
    assert code == 2
    assert err.startswith(f"{BENAN}: is larger than the limit of 1 KiB for an input file")
    assert run("validate", BENAN, "--max-size", "20k")[0] == 0
    code, _, err = run("validate", BENAN, "--max-size", "lots")
    assert code == 2
    words = " ".join(err.replace("│", " ").split())
    assert (
        "Invalid value for '--max-size': expected a size such as 5M, 500k or 1048576 (bytes) but got 'lots'"
        in words
    )


# --- custom rubrics cannot run code ----------------------------------------------------------------------


def rubric_with(tmp_path: Path, old: str, new: str) -> Path:
    text = PRINCIPLES.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "rubric.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_rubric_with_a_python_tag_runs_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    rubric = rubric_with(
        tmp_path, 'version: "1.1"', f"version: !!python/object/apply:os.system ['touch {marker}']"
    )
    code, out, err = run("assess", BENAN, "--rubric", rubric)
    assert code == 2
    assert "the tag '!!python/object/apply:os.system' is not allowed" in err
    assert out == ""
    assert not marker.exists()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "indicator: principle_mean",
            "indicator: \"__import__('os').system('id')\"",
            "unknown indicator '__import__('os').system('id')' (known: phase_joint,",
        ),
        (
            "params: {at_least: 3.5, min_scored: 4}",
            "params: {at_least: 3.5, min_scored: 4, code: \"exec('1')\"}",
            "criteria[0].params.code: unknown parameter (allowed: principles, at_least, min_scored)",
        ),
        (
            "params: {principle: equity, at_least: 3}",
            "params: {principle: __class__, at_least: 3}",
            "criteria[2].params.principle: expected one of equity, transparency",
        ),
        (
            "verdict: strong",
            'verdict: "{{ cycler.__init__.__globals__.os }}"',
            "decision[0].verdict: expected an id of lowercase letters, digits, '-' or '_' (no spaces)",
        ),
    ],
)
def test_rubric_asking_for_code_is_refused(tmp_path: Path, old: str, new: str, message: str) -> None:
    code, _, err = run("rubrics", "--rubric", rubric_with(tmp_path, old, new))
    assert code == 2
    assert message in err


def test_rubric_text_is_never_a_template_or_format_string(tmp_path: Path) -> None:
    rubric = rubric_with(
        tmp_path,
        "label: {id: Prinsip lemah, en: Weak principles}",
        'label: {id: "{{ 7*7 }} {0.__class__} ${HOME}", en: "{{ 7*7 }} {0.__class__} ${HOME}"}',
    )
    code, out, _ = run("assess", BENAN, "--rubric", rubric, "--format", "json")
    assert code == 0
    assert '"{{ 7*7 }} {0.__class__} ${HOME}"' in out
    code, out, _ = run("assess", BENAN, "--rubric", rubric, "--format", "md")
    assert code == 0
    assert "49" not in out.split("## 7.")[0]
    assert "{{ 7\\*7 }} {0.\\_\\_class\\_\\_} \\${HOME}" in out


# --- custom templates run in a sandbox ---------------------------------------------------------------


def template(tmp_path: Path, text: str, name: str = "mine.md.j2") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_template_file_renders(tmp_path: Path) -> None:
    mine = template(
        tmp_path, "# {{ a.input.title|md }}\n{% for r in a.assessments %}- {{ r.verdict }}\n{% endfor %}"
    )
    code, out, _ = run("assess", BENAN, "--template", mine, "--format", "md")
    assert code == 0
    assert out.splitlines()[1:] == ["- model-1", *["- insufficient-evidence"] * 3]


def test_template_folder_overrides_the_report(tmp_path: Path) -> None:
    template(tmp_path, "{{ a.input.id }}\n", "report.md.j2")
    code, out, _ = run("assess", BENAN, "--template", tmp_path, "--format", "md")
    assert (code, out) == (0, "benan-p2tp2a\n")


def test_template_can_include_the_bundled_report(tmp_path: Path) -> None:
    mine = template(tmp_path, "Preface\n{% include 'bundled/report.md.j2' %}")
    code, out, _ = run("assess", BENAN, "--template", mine, "--format", "md")
    assert code == 0
    assert out.startswith('Preface\n---\npagetitle: "Kemitraan P2TP2A')
    assert "\n---\n# Kemitraan P2TP2A" in out


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ok\n{{ a.__class__.__mro__ }}\n", ":2: template error: no field '__class__' here"),
        (
            "ok\n{{ a.tool.name.__class__.__mro__ }}\n",
            ":2: not allowed in a template: access to attribute '__class__'",
        ),
        (
            "{{ range.__globals__['__builtins__']['__import__']('os').system('id') }}",
            ":1: not allowed in a template: access to attribute '__globals__'",
        ),
        (
            "{{ cycler.__init__.__globals__.os }}",
            ":1: not allowed in a template: access to attribute '__init__'",
        ),
        ("{{ a.assessments.append(1) }}", ":1: not allowed in a template: access to attribute 'append'"),
        (
            "{{ ''.__class__.__subclasses__() }}",
            ":1: not allowed in a template: access to attribute '__class__'",
        ),
        (
            "\n\n{{ a.input.nope }}",
            ":3: template error: no field 'nope' here (the fields here: file, sha256, id, title, language, period,"
            " place, citation, method, assessor, assessed_on)",
        ),
        ("{% if %}", ":1: template syntax error: Expected an expression, got 'end of statement block'"),
        ("{{ 1 / 0 }}", ":1: template error: division by zero"),
        ("{% include 'elsewhere.j2' %}", ":1: template 'elsewhere.j2' not found"),
        ("{% include '../../etc/passwd' %}", ":1: template '../../etc/passwd' not found"),
    ],
)
def test_template_mistakes_and_escapes_are_exit_2(tmp_path: Path, text: str, message: str) -> None:
    marker = tmp_path / "pwned"
    mine = template(tmp_path, text.replace("'id'", f"'touch {marker}'"))
    code, out, err = run("assess", BENAN, "--template", mine, "--format", "md")
    assert code == 2
    assert err.startswith(f"{mine}{message}"), err
    assert out == ""
    assert not marker.exists()


def test_template_only_for_text_reports() -> None:
    code, _, err = run("assess", BENAN, "--template", BENAN, "--format", "json")
    assert (code, err) == (
        2,
        "kemitraan: --template applies to md, html, pdf and docx reports, not to json\n",
    )


def test_html_templates_escape_and_markdown_templates_do_not(tmp_path: Path) -> None:
    from kemitraan.render import environment

    mine = template(tmp_path, "{{ x }}", "mine.j2")
    hostile = "<script>alert(1)</script>"
    assert environment("html", mine).get_template("report.html.j2").render(x=hostile) == (
        "&lt;script&gt;alert(1)&lt;/script&gt;"
    )
    assert environment("md", mine).get_template("report.md.j2").render(x=hostile) == hostile
    assert (
        environment("md", mine).from_string("{{ x|md }}").render(x=hostile)
        == "&lt;script&gt;alert(1)&lt;/script&gt;"
    )


# --- Ctrl-C ------------------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_ctrl_c_stops_cleanly_with_exit_130(tmp_path: Path) -> None:
    """The partnership file is a named pipe nobody writes to, so kemitraan is surely inside
    its work (reading) when the interrupt arrives; the old report must stay whole."""
    fifo = tmp_path / "partner.yaml"
    os.mkfifo(fifo)
    report = tmp_path / "report.md"
    report.write_text("old report, whole")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    process = subprocess.Popen(
        [sys.executable, "-m", "kemitraan", "assess", str(fifo), "-o", str(report)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    deadline = time.monotonic() + 30
    while True:  # opening the pipe for writing succeeds once kemitraan has it open for reading
        try:
            writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError as exc:
            assert exc.errno == errno.ENXIO
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.01)
    try:
        time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=30)
    finally:
        os.close(writer)
    assert (process.returncode, out, err) == (130, "", "kemitraan: interrupted\n")
    assert report.read_text() == "old report, whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["partner.yaml", "report.md"]


def test_html_template_of_your_own_escapes_input_text(tmp_path: Path) -> None:
    data = BENAN.read_text(encoding="utf-8").replace(
        "title: Kemitraan P2TP2A", "title: <script>alert(1)</script> Kemitraan P2TP2A", 1
    )
    partner = tmp_path / "partner.yaml"
    partner.write_text(data, encoding="utf-8")
    mine = template(tmp_path, "<h1>{{ a.input.title }}</h1>{{ charts.matrix }}", "mine.html.j2")
    code, out, _ = run("assess", partner, "--template", mine, "--format", "html")
    assert code == 0
    from kemitraan.render.html import CSP_META

    assert out.startswith(CSP_META + "\n<h1>&lt;script&gt;alert(1)&lt;/script&gt; Kemitraan P2TP2A")
    assert "<svg" in out and "<script" not in out
    mine.write_text("{{ charts.matrix.__class__ }}", encoding="utf-8")
    code, out, err = run("assess", partner, "--template", mine, "--format", "html")
    assert (code, out) == (2, "")
    assert err.startswith(f"{mine}:1: not allowed in a template: access to attribute '__class__'")
