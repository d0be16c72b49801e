"""The HTML report read back as a small tree, for formats built from it (the Word document).

Standard library only (:mod:`html.parser`). Inline SVG is kept as the exact markup the page
holds (the HTML parser would lower-case ``viewBox``), as a :class:`Node` ``svg`` whose
``raw`` is that markup. Scripts, styles and the head are dropped: only what a reader sees is
kept. The tree is bounded: nesting deeper than :data:`MAX_DEPTH` is flattened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
DROPPED = {"head", "script", "style", "template", "noscript", "title"}
MAX_DEPTH = 64

_SVG = re.compile(r"<svg\b.*?</svg\s*>", re.DOTALL | re.IGNORECASE)
_PLACEHOLDER = "kemitraan-svg"


@dataclass
class Node:
    """An element (``tag`` and ``attrs``) or, with ``tag`` empty, a run of text."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node] = field(default_factory=list)
    text: str = ""
    raw: str = ""
    """The markup of an ``svg`` element, exactly as written."""

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def find(self, tag: str) -> Node | None:
        """The first descendant with this tag, depth first."""
        for child in self.children:
            if child.tag == tag:
                return child
            found = child.find(tag)
            if found is not None:
                return found
        return None

    def find_all(self, tag: str) -> list[Node]:
        out = []
        for child in self.children:
            if child.tag == tag:
                out.append(child)
            out.extend(child.find_all(tag))
        return out

    def text_content(self) -> str:
        """All the text below this node, whitespace collapsed."""
        parts: list[str] = []

        def walk(node: Node) -> None:
            if not node.tag:
                parts.append(node.text)
            for child in node.children:
                walk(child)

        walk(self)
        return " ".join("".join(parts).split())


class _Builder(HTMLParser):
    def __init__(self, svgs: list[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.stack = [self.root]
        self.dropped = 0
        self.svgs = svgs

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED:
            if tag not in VOID:
                self.dropped += 1
            return
        if self.dropped:
            return
        values = {k: v or "" for k, v in attrs}
        if tag == _PLACEHOLDER:
            index = int(values.get("data-i", "-1"))
            raw = self.svgs[index] if 0 <= index < len(self.svgs) else ""
            self.stack[-1].children.append(Node("svg", values, raw=raw))
            return
        node = Node(tag, values)
        self.stack[-1].children.append(node)
        if tag not in VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and tag not in DROPPED and tag != _PLACEHOLDER:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED:
            self.dropped = max(0, self.dropped - 1)
            return
        if self.dropped or tag in VOID or tag == _PLACEHOLDER:
            return
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        if not self.dropped and data:
            self.stack[-1].children.append(Node("", text=data))


def parse(html: str) -> Node:
    """The document's tree (its ``body``, or the whole document when there is none)."""
    svgs: list[str] = []

    def keep(match: re.Match[str]) -> str:
        svgs.append(match.group(0))
        return f'<{_PLACEHOLDER} data-i="{len(svgs) - 1}"></{_PLACEHOLDER}>'

    builder = _Builder(svgs)
    builder.feed(_SVG.sub(keep, html))
    builder.close()
    root = builder.root
    html_node = next((c for c in root.children if c.tag == "html"), root)
    body = next((c for c in html_node.children if c.tag == "body"), None)
    if body is not None:
        body.attrs.setdefault("lang", html_node.attrs.get("lang", ""))
        return body
    return html_node
