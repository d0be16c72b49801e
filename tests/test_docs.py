"""The documentation site (mkdocs.yml, docs/): it builds with --strict (every link and anchor valid,
every page in the navigation) without fetching anything, and its generated pages are current."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from kemitraan.schema import json_schema
from tests.conftest import ROOT

MKDOCS = ROOT / "mkdocs.yml"
OFFLINE_PLUGINS = {"search"}
"""Plugins that make the site from the files alone (material's social and privacy plugins download)."""


def mkdocs_build(folder: Path, site: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` in ``folder`` (never with -q: it hides the warnings --strict counts)."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", *args, "-d", str(site)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"},
        cwd=folder,
        check=False,
        timeout=300,
    )


def _patterns(node: object) -> set[str]:
    if isinstance(node, dict):
        found = {node["pattern"]} if isinstance(node.get("pattern"), str) else set()
        return found.union(*(_patterns(v) for v in node.values()))
    if isinstance(node, list):
        return set().union(*(_patterns(v) for v in node))
    return set()


def _config() -> dict[str, object]:
    # mkdocs.yml is plain YAML apart from !! tags it does not use: read it with the safe loader
    return yaml.safe_load(MKDOCS.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_the_site_uses_no_plugin_that_downloads_and_no_web_fonts() -> None:
    config = _config()
    plugins = config.get("plugins", [])
    names = {p if isinstance(p, str) else next(iter(p)) for p in plugins}  # type: ignore[union-attr]
    assert names <= OFFLINE_PLUGINS, names - OFFLINE_PLUGINS
    assert config["theme"]["font"] is False  # type: ignore[index]


@pytest.mark.slow
def test_the_site_builds_strict_with_every_link_valid(tmp_path: Path) -> None:
    done = mkdocs_build(ROOT, tmp_path / "site", "-f", str(MKDOCS))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "WARNING" not in done.stderr, done.stderr  # (-q would hide warnings, and --strict with them)
    site = tmp_path / "site"
    for page in ("index.html", "file-format-reference.html", "repo/CONTRIBUTING.html", "repo/index.html"):
        assert (site / page).is_file(), page
    # a link of docs/ to a file of the repository reaches its copy in the site
    assert 'href="repo/examples/benan.yaml"' in (site / "validation.html").read_text(encoding="utf-8")
    assert (site / "repo" / "examples" / "benan.yaml").read_bytes() == (
        ROOT / "examples" / "benan.yaml"
    ).read_bytes()
    # every pattern of the schema shows in the field reference exactly as written (no Markdown eaten)
    shown = (site / "file-format-reference.html").read_text(encoding="utf-8")
    codes = {html.unescape(c) for c in re.findall(r"<code>(.*?)</code>", shown)}
    assert _patterns(json_schema("en")) <= codes
    # no page asks another host for anything (fonts, scripts, styles)
    for page_file in site.rglob("*.html"):
        text = page_file.read_text(encoding="utf-8")
        assert 'src="http' not in text and "fonts.googleapis" not in text, page_file


def test_the_strict_build_fails_on_a_broken_link(tmp_path: Path) -> None:
    """The check above can fail: a page with a link to a file that does not exist stops the build."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\n[gone](no-such-page.md)\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: t\ntheme: {name: material, font: false}\nplugins: []\n"
        "validation: {links: {not_found: warn}}\n",
        encoding="utf-8",
    )
    done = mkdocs_build(tmp_path, tmp_path / "site")
    assert done.returncode != 0
    assert "no-such-page.md" in done.stdout + done.stderr


def test_the_file_format_reference_is_current() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import schema_reference
    finally:
        sys.path.remove(str(ROOT / "tools"))
    committed = (ROOT / "docs" / "file-format-reference.md").read_text(encoding="utf-8")
    assert committed == schema_reference.generated(), "regenerate it: python tools/schema_reference.py"


def test_the_reference_names_every_field_of_the_model() -> None:
    text = (ROOT / "docs" / "file-format-reference.md").read_text(encoding="utf-8")
    schema = json_schema("en")
    for node in (schema, *schema["$defs"].values()):
        for field in node.get("properties", {}):
            assert f"| `{field}` |" in text, field
