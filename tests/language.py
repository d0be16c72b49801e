"""What the language tests share: the words of each language, the words that are no language
(names from the user's files, keys of the file format, identifiers, command lines), and the text a
person reads in each kind of output (terminal, Markdown, HTML, PDF, Word, spreadsheets, YAML).

A text "is in" a language when none of its words is a word only the other language uses
(:func:`foreign_words`), and "is translated" under the pseudo-locale when no run of plain Latin
letters is left outside the allowed words (:func:`leftovers`): the pseudo-locale accents every
letter of every catalogue entry, so a plain word a person sees came from somewhere else: the
user's files and the identifiers allowed here, or a sentence that escaped the catalogue.
"""

from __future__ import annotations

import functools
import html.parser
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[A-Za-z]+")
PLAIN_RUN = re.compile(r"[A-Za-z]{2,}")
HEX = re.compile(r"\b[0-9a-f]{7,}\b")
"""Hashes (a rubric's or a file's sha256) are not words."""


def words(text: str) -> set[str]:
    return {w.lower() for w in WORD.findall(text)}


def _texts(value: str | tuple[str, ...]) -> list[str]:
    return list(value) if isinstance(value, tuple) else [value]


def _without_placeholders(text: str) -> str:
    from kemitraan.messages import _PLACEHOLDER

    return _PLACEHOLDER.sub(" ", text)


def _source() -> dict[str, str | tuple[str, str]]:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import catalogue
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return catalogue.source_entries()


@functools.cache
def english_words() -> frozenset[str]:
    """Every word of kemitraan's English: the source sentences (with the file format's help,
    from the models' docstrings) and the rubric texts."""
    out: set[str] = set()
    for value in _source().values():
        for text in _texts(value):
            out |= words(_without_placeholders(text))
    for text in _rubric_texts("en"):
        out |= words(text)
    return frozenset(out)


@functools.cache
def indonesian_words() -> frozenset[str]:
    """Every word of kemitraan's Indonesian: its catalogue and the rubric texts."""
    from kemitraan import i18n

    cat = i18n.catalogue("id")
    assert cat is not None
    out: set[str] = set()
    for value in cat.messages.values():
        for text in _texts(value):
            out |= words(_without_placeholders(text))
    for text in _rubric_texts("id"):
        out |= words(text)
    return frozenset(out)


def _rubric_files() -> list[Path]:
    return sorted((ROOT / "rubrics").glob("*.yaml"))


def _is_text(node: Any) -> bool:
    return (
        isinstance(node, dict)
        and {"id", "en"} <= set(node)
        and all(isinstance(v, str) for v in node.values())
    )


def _rubric_texts(lang: str) -> Iterable[str]:
    def walk(node: Any) -> Iterable[str]:
        if _is_text(node):
            yield node[lang]
        elif isinstance(node, dict):
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    for path in _rubric_files():
        yield from walk(yaml.safe_load(path.read_text(encoding="utf-8")))


COMPOUND = re.compile(r"[A-Za-z0-9]+(?:[-_][A-Za-z0-9]+)+")
"""An identifier of several words (``one-partner-dominates``, ``vision_mission``): allowed whole,
never word by word (``one`` alone is English)."""


def _name(out: set[str], value: str) -> None:
    """Add an identifier's pieces: a compound whole, a plain word as itself."""
    for piece in value.split():
        piece = piece.strip(".,;:()[]{}'\"`")
        if COMPOUND.fullmatch(piece):
            out.add(piece.lower())
        else:
            out |= words(piece)


def _without_names(text: str, allow: frozenset[str]) -> str:
    return COMPOUND.sub(lambda m: " " if m.group().lower() in allow else m.group(), text)


@functools.cache
def identifiers() -> frozenset[str]:
    """Words that belong to no language: the file format's keys and canonical values (and their
    Indonesian words), every rubric's identifiers, citations and parameters (not its texts),
    the commands, options and choices of the command line, its examples, language codes.
    An identifier of several words (``linked-by-service-or-target``) is allowed only whole."""
    import typer

    from kemitraan import choices
    from kemitraan.cli import app
    from kemitraan.helptext import EXAMPLES
    from kemitraan.schema import json_schema

    out: set[str] = {"kemitraan", "yaml", "yml", "qps", "idr", "utf", "id", "en"}
    out |= words("terminal md json html pdf docx csv xlsx sav dta qdpx qdc help")
    for name in dir(choices):  # the values options take (--format md, --by regency, --aggregate min)
        value = getattr(choices, name)
        if name.isupper() and isinstance(value, tuple):
            out |= words(" ".join(value))
    out |= {"kib", "mib", "gib"}  # sizes (5 MiB), as the IEC writes them in every language
    out |= {"sha", "pagetitle"}  # a report's sha256; a Markdown report's metadata key
    out |= {"insufficient-evidence", "server"}  # the verdict any rubric may reach; yaml-language-server
    out |= {"kobotoolbox", "odk", "central", "collect"}  # the survey tools, by their names
    out |= {"char"}  # a quote's position as a QDA program gives it: char 120-245

    def schema_walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("properties", "patternProperties", "$defs"):
                    for name in value:
                        _name(out, name)
                if key == "enum":
                    for item in value:
                        _name(out, str(item))
                schema_walk(value)
        elif isinstance(node, list):
            for item in node:
                schema_walk(item)

    schema_walk(json_schema("en"))

    def rubric_walk(node: Any) -> None:
        if _is_text(node):
            return
        if isinstance(node, dict):
            for key, value in node.items():
                _name(out, str(key))
                rubric_walk(value)
        elif isinstance(node, list):
            for item in node:
                rubric_walk(item)
        elif node is not None:
            _name(out, str(node))

    for path in _rubric_files():
        _name(out, path.stem)
        rubric_walk(yaml.safe_load(path.read_text(encoding="utf-8")))

    def command_walk(command: Any) -> None:
        _name(out, command.name or "")
        for param in command.params:
            for opt in param.opts:
                _name(out, opt.lstrip("-"))
        for sub in getattr(command, "commands", {}).values():
            command_walk(sub)

    command_walk(typer.main.get_command(app))
    for examples in EXAMPLES.values():
        for line in examples:
            out.update(words(line if isinstance(line, str) else " ".join(map(str, line))))
    return frozenset(out)


def data_words(path: Path) -> set[str]:
    """The words of what a file says (a YAML file's keys and values, not its comments; every
    word of any other file)."""
    if path.is_dir():
        return {w for child in sorted(path.rglob("*")) if child.is_file() for w in data_words(child)}
    if path.suffix in (".yaml", ".yml"):
        out: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                for key, value in node.items():
                    out.update(words(str(key)))
                    walk(value)
            elif isinstance(node, list):
                for item in node:
                    walk(item)
            elif node is not None:
                out.update(words(str(node)))

        try:
            walk(yaml.safe_load(path.read_text(encoding="utf-8")))
        except yaml.YAMLError:  # a broken file: all of it is the user's
            return words(path.read_text(encoding="utf-8"))
        return out
    return {w for text in readable(path) for w in words(text)}


def allowed(*inputs: Path, extra: Iterable[str] = ()) -> frozenset[str]:
    """The words a person may read whatever the language: identifiers, and every word of the
    files the run was given (names and quotes from the user's files aside)."""
    out = set(identifiers())
    for path in inputs:
        out |= data_words(path) | words(str(path))
    for text in extra:
        out |= words(text)
    return frozenset(out)


def foreign_words(text: str, lang: str, allow: frozenset[str]) -> list[str]:
    """The words of ``text`` that only the other language (of Indonesian and English) uses."""
    english, indonesian = english_words(), indonesian_words()
    foreign = english - indonesian if lang == "id" else indonesian - english
    found = words(_without_names(CUT.sub(" ", HEX.sub(" ", text)), allow)) & foreign
    return sorted(found - allow)


CUT = re.compile(r"\w+…")
"""A word cut short (a long quote or name ends in '…'): it cannot be matched, so it is not read."""


def leftovers(text: str, allow: frozenset[str]) -> list[str]:
    """The plain (unaccented) words of ``text`` that are not allowed: under the pseudo-locale,
    a sentence that did not come from a catalogue."""
    text = _without_names(CUT.sub(" ", HEX.sub(" ", text)), allow)
    return sorted({w for w in PLAIN_RUN.findall(text) if w.lower() not in allow})


def lines_with(text: str, found: Iterable[str]) -> str:
    """The lines of ``text`` that hold one of the words ``found`` (for a failure's message)."""
    wanted = {w.lower() for w in found}
    return "\n".join(line for line in text.splitlines() if words(line) & wanted)


# --- the text a person reads in an output -------------------------------------------------------


class _Html(html.parser.HTMLParser):
    """The text of a page and its attributes people meet (alt, title, aria-label)."""

    PEOPLE = frozenset({"alt", "title", "aria-label", "aria-description", "placeholder", "summary"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "script"):
            self._hidden += 1
        self.out += [v for k, v in attrs if k in self.PEOPLE and v]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "script"):
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.out.append(data)


def html_text(markup: str) -> str:
    parser = _Html()
    parser.feed(markup)
    return "\n".join(parser.out)


def _xml_text(data: bytes) -> str:
    import defusedxml.ElementTree as ET

    root = ET.fromstring(data)
    out = []
    for node in root.iter():
        out += [node.text or "", *(v for k, v in node.attrib.items() if k in ("name", "description"))]
    return "\n".join(out)


def readable(path: Path, lang: str | None = None) -> list[str]:
    """What a person reads in the file at ``path`` (each file of a folder); of a questionnaire
    in several languages, only the columns in ``lang``."""
    if path.is_dir():
        return [
            text for child in sorted(path.rglob("*")) if child.is_file() for text in readable(child, lang)
        ]
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".svg"):
        return [html_text(path.read_text(encoding="utf-8"))]
    if suffix == ".pdf":
        done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True)
        return [done.stdout.decode("utf-8")]
    if suffix == ".docx":
        return [_docx_text(path)]
    if suffix == ".xlsx":
        return [_xlsx_text(path, lang)]
    if suffix in (".qdc", ".qde"):
        return [_xml_text(path.read_bytes())]
    if suffix == ".qdpx":
        with zipfile.ZipFile(path) as z:
            return [z.read(n).decode("utf-8", "replace") for n in z.namelist()]
    if suffix in (".sav", ".dta", ".png"):
        return []
    return [path.read_text(encoding="utf-8")]


def _docx_text(path: Path) -> str:
    import docx

    document = docx.Document(str(path))
    out = [p.text for p in document.paragraphs]
    for table in document.tables:
        out += [cell.text for row in table.rows for cell in row.cells]
    for section in document.sections:
        out += [p.text for p in section.header.paragraphs] + [p.text for p in section.footer.paragraphs]
    core = document.core_properties
    out += [core.title or "", core.subject or "", core.keywords or ""]
    with zipfile.ZipFile(path) as z:  # the charts' descriptions (alt text)
        xml = z.read("word/document.xml").decode("utf-8")
    out += re.findall(r'descr="([^"]*)"', xml)
    return "\n".join(out)


LANGUAGE_COLUMN = re.compile(r"^(?:label|hint|constraint_message|guidance_hint)::.*\((?P<code>[A-Za-z_]+)\)$")


def _xlsx_text(path: Path, lang: str | None) -> str:
    """A spreadsheet's cells; of an XLSForm, only its texts for people (the label, hint and
    message columns in ``lang`` and the form's title), not its syntax (types, names, headers)."""
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=False)
    out = []
    for sheet in book.worksheets:
        rows = [list(row) for row in sheet.iter_rows(values_only=True)]
        if not rows:
            continue
        header = [str(v or "") for v in rows[0]]
        if sheet.title == "settings" and "form_title" in header:
            out += [str(row[header.index("form_title")] or "") for row in rows[1:]]
            continue
        if not any(LANGUAGE_COLUMN.match(h) for h in header):
            out += [str(v) for row in rows for v in row if isinstance(v, str)]
            continue
        keep = [
            i
            for i, h in enumerate(header)
            if (m := LANGUAGE_COLUMN.match(h)) and (lang is None or m.group("code") == lang)
        ]
        out += [str(row[i]) for row in rows[1:] for i in keep if i < len(row) and isinstance(row[i], str)]
    return "\n".join(out)


def json_texts(data: Any) -> list[str]:
    """The texts for people in a JSON document: descriptions and titles (a JSON Schema's)."""
    out: list[str] = []
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("description", "markdownDescription", "title") and isinstance(value, str):
                out.append(value)
            elif key == "enumDescriptions" and isinstance(value, list):
                out += [str(v) for v in value]
            else:
                out += json_texts(value)
    elif isinstance(data, list):
        for item in data:
            out += json_texts(item)
    return out
