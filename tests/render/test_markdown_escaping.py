"""Text from input files cannot break, restyle or inject into the Markdown report."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
import yaml
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from kemitraan.cli import app
from kemitraan.render import md_escape, md_fence


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("P2TP2A | Desa", "P2TP2A \\| Desa"),
        ("[klik](http://x.example)", "\\[klik\\](http://x.example)"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        (
            "**tebal** _miring_ `kode` ~~coret~~",
            "\\*\\*tebal\\*\\* \\_miring\\_ \\`kode\\` \\~\\~coret\\~\\~",
        ),
        ("$x$ dan \\", "\\$x\\$ dan \\\\"),
        ("&lt; &#60; R&D", "&amp;lt; &amp;\\#60; R&D"),
        ("# judul", "\\# judul"),
        ("- butir", "\\- butir"),
        ("---", "\\---"),
        ("+ butir", "\\+ butir"),
        ("1. satu", "1\\. satu"),
        ("2) dua", "2\\) dua"),
        ("1.0 dan -5", "1.0 dan -5"),
        ("baris satu\nbaris dua\r\n\n  tiga", "baris satu baris dua tiga"),
        ("Désa “Maju” 合作 🤝", "Désa “Maju” 合作 🤝"),
    ],
)
def test_md_escape(text: str, escaped: str) -> None:
    assert md_escape(text) == escaped


@pytest.mark.parametrize(("code", "fence"), [("x", "```"), ("a ``` b", "````"), ("`````", "``````")])
def test_md_fence_is_longer_than_any_backticks(code: str, fence: str) -> None:
    assert md_fence(code) == fence


HOSTILE = [
    "# heading | pipe ] [link](http://evil.example) ![img](http://evil.example/x.png)",
    "- list <script>alert(1)</script> <!-- comment --> <b onclick=x>b</b>",
    "1. ordered **bold** _em_ `code` ~~strike~~ $x^2$ &lt;entity&gt; &amp; back\\slash",
    "---",
    "> quote\n\n## injected heading\n| a | b |\n|---|---|\n| c | d |",
    '<https://autolink.example> [ref]: http://evil.example "t"',
]


def partnership(texts: list[str]) -> dict[str, Any]:
    """A valid partnership whose every free-text field holds one of ``texts`` (in turn)."""
    it = itertools.cycle(texts)
    evidence = [{"quote": next(it), "source": next(it), "informant": next(it)}]
    return {
        "schema": "kemitraan/1",
        "id": "hostile",
        "title": next(it),
        "period": {"from": 2019, "to": 2023},
        "place": {"village": next(it), "district": next(it), "regency": next(it)},
        "source": {"citation": next(it), "method": next(it)},
        "partners": [
            {
                "id": "a",
                "name": next(it),
                "understands_purpose": "yes",
                "benefits": [next(it)],
                "evidence": evidence,
            },
            {"id": "b", "name": next(it), "understands_purpose": "yes", "benefits": [next(it)]},
        ],
        "shared": {
            "service": next(it),
            "target": next(it),
            "vision_mission": "separate",
            "evidence": evidence,
        },
        "programs": [
            {
                "id": f"p{i}",
                "name": next(it),
                "planning": {"participation": {"a": "lead", "b": "active"}, "evidence": evidence},
                "implementation": {"participation": {"a": "lead"}, "evidence": evidence},
                "evaluation": {"participation": {"a": "lead", "b": "informed"}},
            }
            for i in range(2)
        ],
        "principles": {
            "equity": {"score": 2, "evidence": evidence},
            "trust": {"score": 3},
            "commitment": {"score": 3},
            "transparency": {"score": 2},
        },
        "constraints": [
            {
                "kind": "budget",
                "description": next(it),
                "solutions": [next(it), next(it)],
                "evidence": evidence,
            },
        ],
    }


def report(tmp_path: Path, data: dict[str, Any], name: str = "p.yaml", lang: str = "en") -> str:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(app, ["assess", str(path), "--format", "md", "--lang", lang])
    assert result.exit_code == 0, result.stderr
    return result.stdout


PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def structure(markdown: str) -> list[str]:
    """Every block, and every inline mark (emphasis, code, link, HTML ...) inside each; not text."""
    out = []
    for token in PARSER.parse(markdown):
        out.append(f"{token.type}:{token.tag}")
        marks = [c.type for c in token.children or () if c.type not in ("text", "text_special", "softbreak")]
        out.extend(f"  {m}" for m in marks)
    return out


def plain_texts(markdown: str) -> list[str]:
    """The text of every inline run, as a reader sees it (one string per paragraph, cell, item)."""
    out = []
    for token in PARSER.parse(markdown):
        if token.type == "inline":
            out.append("".join(c.content for c in token.children or () if c.type in ("text", "text_special")))
    return out


@pytest.mark.parametrize("lang", ["en", "id"])
def test_hostile_text_keeps_the_report_structure(tmp_path: Path, lang: str) -> None:
    benign = [f"plain text {i}" for i in range(len(HOSTILE))]
    hostile_md = report(tmp_path, partnership(HOSTILE), lang=lang)
    benign_md = report(tmp_path, partnership(benign), lang=lang)
    # no heading, list, table, rule, quote, link, image, HTML, emphasis or code added
    assert structure(hostile_md) == structure(benign_md)


def test_hostile_text_is_shown_as_written_and_nothing_else(tmp_path: Path) -> None:
    md = report(tmp_path, partnership(HOSTILE))
    kinds = {c.type for t in PARSER.parse(md) for c in [t, *(t.children or ())]}
    assert not kinds & {"html_inline", "html_block", "link_open", "image", "s_open"}
    texts = plain_texts(md)
    for text in HOSTILE:
        flat = " ".join(text.split())
        assert any(flat in t for t in texts), flat


def test_hostile_file_name_cannot_close_the_code_fence(tmp_path: Path) -> None:
    name = "x\n```\n# injected.yaml"
    md = report(tmp_path, partnership(["plain"]), name=name)
    assert structure(md) == structure(report(tmp_path, partnership(["plain"]), name="plain.yaml"))
    fences = [t for t in PARSER.parse(md) if t.type == "fence"]
    assert len(fences) == 1
    # The line breaks in the name are shown as escapes, as every control character in a file name is.
    assert "kemitraan assess 'x\\x0a```\\x0a# injected.yaml' --format md --lang en" in fences[0].content
