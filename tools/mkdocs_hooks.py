"""mkdocs hooks: the repository's own files (examples, validation cases, CONTRIBUTING.md, ...) in the site.

The pages in docs/ link to files of the repository outside docs/ by their relative path
(``../examples/benan.yaml``), so that the links work where the Markdown is read in the
repository itself. For the site, each such file is copied under ``repo/`` (a Markdown file
becomes a page there), and the links are rewritten to the copies; so are the links of those
pages, resolved from where the file lives in the repository. A link to a file that does not
exist is left as written, and ``mkdocs build --strict`` fails on it. Nothing is fetched.
"""

from __future__ import annotations

import posixpath
import re
from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parents[1]
DOCS = "docs"
COPIES = "repo"
LINK = re.compile(r"(\]\()([^)\s#]+)((?:#[^)\s]*)?\))")
EXTRA = ("CONTRIBUTING.md", "CHANGELOG.md")
"""Repository files put in the site even when no page links to them (the nav lists them)."""


def _origin(src_uri: str) -> str:
    """Where a page of the site lives in the repository."""
    if src_uri.startswith(COPIES + "/"):
        return src_uri[len(COPIES) + 1 :]
    return f"{DOCS}/{src_uri}"


def _site_uri(repo_path: str) -> str:
    if repo_path.startswith(DOCS + "/"):
        return repo_path[len(DOCS) + 1 :]
    return f"{COPIES}/{repo_path}"


def _target(origin: str, link: str) -> str | None:
    """The repository path a relative link of the file ``origin`` names, or None (a URL, outside)."""
    if "://" in link or link.startswith(("mailto:", "/")):
        return None
    path = posixpath.normpath(posixpath.join(posixpath.dirname(origin), link))
    if path.startswith("../") or path == "..":
        return None
    return path


def _outside_links(text: str, origin: str) -> list[str]:
    found = []
    for match in LINK.finditer(text):
        path = _target(origin, match.group(2))
        if path and not path.startswith(DOCS + "/") and (ROOT / path).is_file():
            found.append(path)
    return found


def on_files(files: Files, config: Any) -> Files:
    queue = [f.src_uri for f in files.documentation_pages()]
    queue += [f"{COPIES}/{name}" for name in EXTRA if (ROOT / name).is_file()]
    added: set[str] = set()
    while queue:
        src_uri = queue.pop()
        origin = _origin(src_uri)
        if src_uri.startswith(COPIES + "/") and src_uri not in added:
            added.add(src_uri)
            files.append(File.generated(config, src_uri, abs_src_path=str(ROOT / origin)))
        if origin.endswith(".md") and (ROOT / origin).is_file():
            for path in _outside_links((ROOT / origin).read_text(encoding="utf-8"), origin):
                uri = _site_uri(path)
                if uri not in added:
                    queue.append(uri)
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    origin = _origin(page.file.src_uri)
    here = posixpath.dirname(page.file.src_uri)

    def rewrite(match: re.Match[str]) -> str:
        path = _target(origin, match.group(2))
        if path is None or not (ROOT / path).exists():
            return match.group(0)
        uri = _site_uri(path)
        if files.get_file_from_path(uri) is None:
            return match.group(0)
        return match.group(1) + posixpath.relpath(uri, here or ".") + match.group(3)

    return LINK.sub(rewrite, markdown)
