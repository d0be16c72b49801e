"""The HTML report without a browser: escaping, both languages, determinism, self-containment, parity with Markdown."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kemitraan.cli import app
from kemitraan.formats import EXTENSIONS
from kemitraan.messages import SOURCE, say, template
from kemitraan.render import render
from kemitraan.render.html import render_html
from kemitraan.render.markdown import render_markdown
from tests.conftest import assess_text
from tests.render.report_cases import EXAMPLES, HOSTILE, LANGS, assessed


class Tags(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Tags:
    parser = Tags()
    parser.feed(page)
    return parser


def test_hostile_names_are_text(tmp_path: Path):
    page = render_html(assess_text(HOSTILE, tmp_path), "en")
    tags = parse(page)
    names = [t for t, _ in tags.tags]
    assert "script" not in names
    assert "iframe" not in names
    assert "img" not in names
    assert "a" not in names
    handlers = [(t, k) for t, attrs in tags.tags for k in attrs if k.startswith("on")]
    assert handlers == []
    text = "".join(tags.text)
    assert "<script>alert(1)</script>" in text
    assert "</text><script>alert(4)</script>" in text
    assert "</blockquote><script>alert(5)</script>" in text
    assert "<img src=x onerror=alert(2)> & co" in text
    assert "{{ 7*7 }} {% raw %}" in text  # input text is never treated as a template
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_hostile_names_are_text_in_the_charts_too(tmp_path: Path):
    page = render_html(assess_text(HOSTILE, tmp_path), "en")
    svgs = re.findall(r"<svg.*?</svg>", page, flags=re.S)
    assert len(svgs) == 7  # four rubric ladders, the crosswalk, the matrix, the principle bars
    matrix = next(s for s in svgs if 'class="chart matrix"' in s)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in matrix
    assert "&lt;/text&gt;&lt;script&gt;alert(4)&lt;/script&gt;" in matrix
    assert "<script" not in matrix


@pytest.mark.parametrize("lang", LANGS)
def test_lang_attribute_and_headings_in_the_report_language(lang):
    page = render_html(assessed(EXAMPLES[0]), lang)
    other = "en" if lang == "id" else "id"
    assert f'<html lang="{lang}">' in page
    for key in ("report.summary", "report.why", "report.participation", "report.recommendations"):
        mine, theirs = template(key, lang), template(key, other)
        assert f"{mine}</h2>" in page
        assert f"{theirs}</h2>" not in page


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_renders_completely(example, lang):
    a = assessed(example)
    page = render_html(a, lang)
    text = html.unescape(page)
    assert not re.search(r"\{[a-z_]+\}", text), "a placeholder was left unfilled"
    for r in a.assessments:
        assert f'<p class="verdict">{html.escape(say(r.label, lang))}</p>' in page
        for rec in r.recommendations:
            assert say(rec.text, lang) in text
        for c in r.criteria:
            for e in c.evidence:
                assert f"“{e.quote}”" in text
    for p in a.principles:
        for e in p.evidence:
            assert f"“{e.quote}”" in text
    for c in a.constraints:
        for s in c.solutions:
            assert s in text
    for prog in a.programs:
        assert prog.name in text


def test_the_chart_and_html_strings_exist_in_both_languages():
    keys = [k for k in SOURCE if k.startswith(("html.", "chart."))]
    assert len(keys) > 15
    for key in keys:
        ind, en = template(key, "id"), template(key, "en")
        assert ind.strip() and en.strip(), key
        assert sorted(re.findall(r"\{[a-z_]+\}", ind)) == sorted(re.findall(r"\{[a-z_]+\}", en)), key


def test_the_same_input_gives_the_same_html(tmp_path: Path):
    first = render_html(assessed(EXAMPLES[0]), "id")
    copy = tmp_path / EXAMPLES[0].name
    copy.write_bytes(EXAMPLES[0].read_bytes())
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import assess_path

    again = render_html(assess_path(copy, load_rubrics(None)), "id")
    assert first == again


def test_no_timestamp_unless_source_date_epoch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import assess_path

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert "<time" not in render_html(assess_path(EXAMPLES[0], load_rubrics(None)), "en")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    page = render_html(assess_path(EXAMPLES[0], load_rubrics(None)), "en")
    assert '<time datetime="2023-11-14T22:13:20Z">' in page


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_self_contained(example):
    page = render_html(assessed(example), "en")
    tags = parse(page)
    assert {t for t, _ in tags.tags} & {"script", "link", "img", "iframe", "object", "embed", "a"} == set()
    assert not [a for _, attrs in tags.tags for a in attrs if a in ("src", "href", "srcset", "action")]
    outside = set(re.findall(r"https?://[^\s\"'<>)]+", page)) - {"http://www.w3.org/2000/svg"}
    assert outside == set()
    assert "url(" not in page and "@import" not in page
    assert "default-src 'none'" in page  # the browser refuses any request the page might make


@pytest.mark.parametrize("lang", LANGS)
def test_same_sections_in_the_same_order_as_markdown(lang):
    a = assessed(EXAMPLES[0])
    md = re.findall(r"^## \d+\. (.+)$", render_markdown(a, lang), flags=re.M)
    page = render_html(a, lang)
    h2 = [html.unescape(t) for t in re.findall(r'<h2><span class="num">\d+</span> (.+?)</h2>', page)]
    assert h2 == md
    assert len(h2) == 8


def test_verdicts_come_first():
    a = assessed(EXAMPLES[0])
    page = render_html(a, "en")
    verdicts = [
        page.index(f'<p class="verdict">{html.escape(say(r.label, "en"))}</p>') for r in a.assessments
    ]
    assert max(verdicts) < page.index('id="why"')
    assert verdicts == sorted(verdicts)


def test_pdf_and_html_extensions_choose_the_format():
    assert EXTENSIONS[".pdf"] == "pdf"
    assert EXTENSIONS[".html"] == "html"


def test_render_dispatches_html():
    page = render(assessed(EXAMPLES[0]), "html", "en")
    assert isinstance(page, str) and page.startswith("<!DOCTYPE html>")


def test_cli_writes_html_from_the_extension(tmp_path: Path):
    out = tmp_path / "benan.html"
    result = CliRunner().invoke(app, ["assess", str(EXAMPLES[0]), "--lang", "en", "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert '<html lang="en">' in page
    assert "kemitraan assess benan.yaml --format html --lang en" in page


def test_cli_html_to_stdout():
    result = CliRunner().invoke(app, ["assess", str(EXAMPLES[0]), "--format", "html"])
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert '<html lang="id">' in result.stdout  # the file's language by default
