"""The output formats are one registry (kemitraan.formats): the lists the commands offer, the
extensions -o understands and the extension a batch writes all come from its entries."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kemitraan import choices, formats
from kemitraan.batch import report_extension
from tests.conftest import EXAMPLES, run

SRC = Path(__file__).resolve().parents[1] / "src" / "kemitraan"


def test_the_lists_are_the_registry_s() -> None:
    assert choices.FORMATS is formats.FORMATS
    assert choices.COMPARISON_FORMATS is formats.COMPARISON_FORMATS
    assert choices.GROUP_FORMATS is formats.GROUP_FORMATS
    assert formats.FORMATS == ("terminal", "md", "json", "html", "pdf", "docx")
    assert formats.COMPARISON_FORMATS == ("terminal", "md", "json", "html")
    assert formats.GROUP_FORMATS == ("terminal", "md", "json", "html", "csv")
    assert {"pdf", "docx"} == formats.BINARY and formats.TEMPLATED == ("md", "html", "pdf", "docx")


def test_each_extension_names_one_format_and_a_batch_writes_the_first() -> None:
    seen: dict[str, str] = {}
    for f in formats.REGISTRY:
        for ext in f.extensions:
            assert ext not in seen, (ext, seen.get(ext), f.name)
            seen[ext] = f.name
        assert report_extension(f.name) == f.extensions[0]
    assert seen == formats.EXTENSIONS
    assert formats.extensions(("md", "csv")) == {".md": "md", ".markdown": "md", ".csv": "csv"}


@pytest.mark.parametrize(
    ("name", "fmt", "start"),
    [
        ("r.md", "md", "---\npagetitle:"),
        ("r.markdown", "md", "---\npagetitle:"),
        ("r.json", "json", "{"),
        ("r.htm", "html", "<!DOCTYPE html>"),
        ("r.txt", "terminal", ""),
    ],
)
def test_assess_writes_the_format_the_extension_asks_for(
    tmp_path: Path, name: str, fmt: str, start: str
) -> None:
    out = tmp_path / name
    result = run("assess", EXAMPLES / "benan.yaml", "-o", out, "--lang", "en")
    assert result.code == 0, result.err
    assert out.read_text(encoding="utf-8").startswith(start)
    assert formats.EXTENSIONS[out.suffix] == fmt


def test_an_unknown_extension_lists_the_registry_s(tmp_path: Path) -> None:
    result = run("compare", EXAMPLES, "--by", "regency", "-o", tmp_path / "x.odt", "--lang", "en")
    assert result.code == 2
    assert "(terminal, md, json, html, csv)" in result.err
    assert ".txt, .md, .markdown, .json, .html, .htm, .csv" in result.err


def test_a_format_without_a_writer_is_refused_by_the_registry() -> None:
    from kemitraan.render.compare import render_comparison

    with pytest.raises(ValueError, match="pdf"):
        render_comparison(None, "pdf", "en")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown format 'odt'"):
        formats.get("odt")


def test_no_renderer_dispatches_on_a_format_name() -> None:
    """The if-chains on the format name are gone: the entry's functions are called."""
    chain = re.compile(r"""\bfmt\s*(==|!=|in)\s*[("']""")
    for path in (SRC / "render" / "__init__.py", SRC / "render" / "compare.py", SRC / "batch.py"):
        text = path.read_text(encoding="utf-8")
        assert not chain.search(text), path
