"""Coded interviews from QDA software: a REFI-QDA project (.qdpx) into evidence quotes, and back a codebook.

A ``.qdpx`` is a zip with ``project.qde`` (XML, namespace ``urn:QDA-XML:project:1.0``) and
the text sources under ``sources/``. Each coded text selection whose code maps to a place in
the partnership file becomes an evidence quote there, with its source document and character
range. Code names map by the default names below (the same names ``kemitraan evidence
codebook`` writes into a ``.qdc`` codebook to load into the QDA tool first), or by a mapping
file (``codes: {"QDA code name": target}``).

Default targets: ``<program>.<phase>`` (``sosialisasi.planning``), ``principle.<name>``,
``partner.<id>``, ``shared``, ``agreement``, ``constraint.<kind>``; and a rubric criterion id
(``planning-joint``, ``equity``) when it names one place unambiguously.

The archive is untrusted: it is never extracted to disk, its size, number of entries, each
entry's size and compression ratio are bounded, paths that leave the archive are refused, and
the XML is parsed with defusedxml. Any problem is reported before anything is written.
"""

from __future__ import annotations

import re
import uuid
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from xml.etree.ElementTree import Element

from kemitraan import messages
from kemitraan.errors import InputError, Loc, Problem, UsageError
from kemitraan.indicators.base import Msg
from kemitraan.models.partnership import PHASES, Partnership, Principles
from kemitraan.models.rubric import LoadedRubric, Text

NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
MAX_ARCHIVE = 200 * 1024 * 1024
MAX_ENTRY = 50 * 1024 * 1024
MAX_TOTAL = 500 * 1024 * 1024
MAX_ENTRIES = 10_000
MAX_RATIO = 200
_GUID_NS = uuid.UUID("6f1c1a52-5d0b-4d53-9d38-6b656d697472")


@dataclass(frozen=True)
class Target:
    """A place in the partnership file that holds evidence quotes."""

    key: str
    loc: Loc
    label: Text
    group: str
    """program, principle, partner or other: the codebook's parent code."""
    alias: bool = False
    """A rubric criterion id naming the same place (accepted on import, not written to the codebook)."""


def _t(key: str, **params: Any) -> Text:
    return messages.text(Msg(key, params))


def targets(p: Partnership, rubrics: Sequence[LoadedRubric] = ()) -> dict[str, Target]:
    """The default code name -> place mapping for a partnership (criterion ids included)."""
    found: dict[str, Target] = {}
    for i, program in enumerate(p.programs):
        for phase in PHASES:
            label = _t("qda.target.phase", program=program.name, phase=Msg(f"phase.{phase}"))
            found[f"{program.id}.{phase}"] = Target(
                f"{program.id}.{phase}", ("programs", i, phase), label, "program"
            )
    for name in Principles.model_fields:
        found[f"principle.{name}"] = Target(
            f"principle.{name}", ("principles", name), _t(f"principle.{name}"), "principle"
        )
    for i, partner in enumerate(p.partners):
        label = Text(id=partner.name, en=partner.name)
        found[f"partner.{partner.id}"] = Target(f"partner.{partner.id}", ("partners", i), label, "partner")
    found["shared"] = Target("shared", ("shared",), _t("qda.target.shared"), "other")
    found["agreement"] = Target("agreement", ("agreement",), _t("qda.target.agreement"), "other")
    for i, constraint in enumerate(p.constraints):
        key = f"constraint.{constraint.kind}"
        if key not in found:
            found[key] = Target(key, ("constraints", i), _t(f"constraint.{constraint.kind}"), "other")
    aliases: dict[str, Target] = {}
    for loaded in rubrics:
        for c in loaded.rubric.criteria:
            target = _criterion_target(c.indicator, c.parsed_params, p, found)
            if target is not None and c.id not in found:
                aliases.setdefault(c.id, Target(c.id, target.loc, c.label, target.group, alias=True))
    return found | aliases


def _criterion_target(indicator: str, params: Any, p: Partnership, found: dict[str, Target]) -> Target | None:
    if indicator == "phase_joint" and len(p.programs) == 1:
        return found.get(f"{p.programs[0].id}.{params.phase}")
    if indicator == "principle_score":
        return found.get(f"principle.{params.principle}")
    if indicator == "choice":
        head = params.path.split(".")[0]
        return found.get(head) if head in ("shared", "agreement") else None
    return None


def load_mapping(path: Path, known: dict[str, Target]) -> dict[str, Target]:
    """A mapping file: ``codes: {"QDA code name": target}`` with targets from the defaults."""
    from kemitraan.loader import parse_yaml, read_text

    text, _ = read_text(path)
    data = parse_yaml(text, str(path))
    codes = data.get("codes") if isinstance(data, dict) else None
    if not isinstance(codes, dict) or not codes:
        raise InputError(
            [Problem(str(path), "expected a mapping 'codes:' of QDA code name -> target", line=1)]
        )
    from kemitraan.errors import did_you_mean

    result: dict[str, Target] = {}
    problems = []
    for name, target in codes.items():
        if str(target) not in known:
            problems.append(
                Problem(
                    str(path),
                    f"'{target}' is not a place for evidence in this partnership file",
                    loc=("codes", str(name)),
                    suggestion=did_you_mean(target, known) or "see: kemitraan evidence codebook --list",
                )
            )
            continue
        result[str(name)] = known[str(target)]
    if problems:
        from kemitraan.loader import locate

        raise InputError(
            locate([(x.loc, x.message, x.suggestion, "value") for x in problems], text, str(path))
        )
    return result


# --- reading the archive ----------------------------------------------------------------------


@dataclass(frozen=True)
class Coded:
    """One coded text selection."""

    code: str
    quote: str
    source: str
    start: int
    end: int


@dataclass
class Project:
    name: str
    selections: list[Coded] = field(default_factory=list)
    skipped_sources: list[str] = field(default_factory=list)
    """Sources whose text is not inside the archive (relative:// or absolute:// paths)."""


def _bad(file: str, message: str, suggestion: str | None = None) -> InputError:
    return InputError([Problem(file, message, suggestion=suggestion)])


def _safe_name(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return bool(parts) and not name.startswith(("/", "\\")) and ".." not in parts and ":" not in parts[0]


def _read_member(archive: zipfile.ZipFile, name: str, file: str) -> bytes:
    with archive.open(name) as handle:
        data = handle.read(MAX_ENTRY + 1)
    if len(data) > MAX_ENTRY:
        raise _bad(file, f"{name} is larger than {MAX_ENTRY // (1024 * 1024)} MB; refusing to read it")
    return data


def read_project(path: Path) -> Project:
    """Every coded selection in a .qdpx (raises InputError on a malformed or hostile archive)."""
    file = str(path)
    if not path.is_file():
        raise _bad(file, "no such file", "check the path")
    if path.stat().st_size > MAX_ARCHIVE:
        raise _bad(file, f"is larger than {MAX_ARCHIVE // (1024 * 1024)} MB; refusing to open it")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise _bad(
            file,
            "is not a REFI-QDA project: a .qdpx file is a zip archive",
            "export the project again from the QDA software (File, Export, REFI-QDA project)",
        ) from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise _bad(file, f"holds {len(infos)} entries (more than {MAX_ENTRIES}); refusing to open it")
        total = 0
        for info in infos:
            if not _safe_name(info.filename):
                raise _bad(
                    file, f"holds an entry with an unsafe path '{info.filename}' (it leaves the archive)"
                )
            total += info.file_size
            if info.file_size > MAX_ENTRY:
                raise _bad(
                    file,
                    f"{info.filename} is larger than {MAX_ENTRY // (1024 * 1024)} MB; refusing to read it",
                )
            if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _bad(
                    file,
                    f"{info.filename} expands {info.file_size // max(info.compress_size, 1)} times (a zip bomb?); refusing to read it",
                )
        if total > MAX_TOTAL:
            raise _bad(file, f"would expand to {total // (1024 * 1024)} MB; refusing to open it")
        names = {info.filename.replace("\\", "/"): info.filename for info in infos}
        if "project.qde" not in names:
            raise _bad(
                file,
                "has no project.qde: not a REFI-QDA project",
                "export the project as .qdpx from the QDA software",
            )
        try:
            root = _parse(_read_member(archive, names["project.qde"], file), file)
            return _selections(root, archive, names, file)
        except zipfile.BadZipFile as exc:
            raise _bad(file, f"is damaged: {exc}") from None


def _parse(data: bytes, file: str) -> Element:
    try:
        import defusedxml.ElementTree as SafeET
        from defusedxml import DefusedXmlException
    except ImportError:
        raise UsageError(
            "importing a QDA project needs the 'fieldwork' extra: pip install 'kemitraan[fieldwork]'"
        ) from None
    from xml.etree.ElementTree import ParseError

    try:
        root: Element = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise _bad(
            f"{file}/project.qde",
            f"refused: the XML uses {type(exc).__name__.replace('Forbidden', '').lower()} declarations, which a REFI-QDA project never needs",
        ) from None
    except ParseError as exc:
        line = exc.position[0] if exc.position else None
        raise InputError(
            [
                Problem(
                    f"{file}/project.qde",
                    f"is not well-formed XML: {exc.msg if hasattr(exc, 'msg') else exc}",
                    line=line,
                )
            ]
        ) from None
    if root.tag != f"{{{NS}}}Project":
        raise _bad(
            f"{file}/project.qde",
            f'is not a REFI-QDA project: expected <Project xmlns="{NS}"> but found <{root.tag}>',
        )
    return root


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _selections(root: Element, archive: zipfile.ZipFile, names: dict[str, str], file: str) -> Project:
    codes: dict[str, str] = {}
    for element in root.iter(_q("Code")):
        guid, name = element.get("guid"), element.get("name")
        if guid and name:
            codes[guid] = name
    project = Project(root.get("name") or Path(file).stem)
    problems: list[Problem] = []
    for source in root.iter(_q("TextSource")):
        name = source.get("name") or source.get("guid") or "?"
        text = _source_text(source, archive, names, file, problems)
        if text is None:
            project.skipped_sources.append(name)
            continue
        for selection in source.iter(_q("PlainTextSelection")):
            try:
                start, end = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
            except ValueError:
                problems.append(
                    Problem(file, f"source '{name}': a selection has no valid startPosition/endPosition")
                )
                continue
            if not 0 <= start < end <= len(text):
                problems.append(
                    Problem(
                        file,
                        f"source '{name}': selection {start}-{end} lies outside the text ({len(text)} characters)",
                    )
                )
                continue
            quote = " ".join(text[start:end].split())
            for coding in selection.iter(_q("Coding")):
                for ref in coding.iter(_q("CodeRef")):
                    code = codes.get(ref.get("targetGUID", ""))
                    if code is None:
                        problems.append(
                            Problem(
                                file,
                                f"source '{name}': a coding refers to a code that is not in the codebook ({ref.get('targetGUID')})",
                            )
                        )
                        continue
                    project.selections.append(Coded(code, quote, name, start, end))
    if problems:
        raise InputError(problems)
    return project


def _source_text(
    source: Element, archive: zipfile.ZipFile, names: dict[str, str], file: str, problems: list[Problem]
) -> str | None:
    inline = source.find(_q("PlainTextContent"))
    if inline is not None and inline.text is not None:
        return inline.text
    path = source.get("plainTextPath") or ""
    if not path.startswith("internal://"):
        return None
    member = "sources/" + path.removeprefix("internal://")
    if not _safe_name(member) or ".." in PurePosixPath(member).parts:
        problems.append(Problem(file, f"source '{source.get('name')}' points outside the archive ({path})"))
        return None
    if member not in names:
        problems.append(Problem(file, f"source '{source.get('name')}': {member} is missing from the archive"))
        return None
    data = _read_member(archive, names[member], file)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(Problem(file, f"{member} is not UTF-8 text (REFI-QDA plain-text sources are UTF-8)"))
        return None


# --- merging and the codebook -----------------------------------------------------------------


@dataclass
class Summary:
    added: int = 0
    duplicates: int = 0
    unmapped: dict[str, int] = field(default_factory=dict)


def merge(doc: Any, p: Partnership, project: Project, mapping: dict[str, Target], archive: str) -> Summary:
    """Add each mapped coded selection as an evidence quote (in place); a quote already there is skipped."""
    from kemitraan.fieldwork import yamledit as y

    summary = Summary()
    seen: set[tuple[Loc, str, str]] = set()
    for target in mapping.values():
        node = _resolve(p, target.loc)
        for e in getattr(node, "evidence", ()) or ():
            seen.add((target.loc, e.source or "", e.position or ""))
    for c in project.selections:
        mapped = mapping.get(c.code)
        if mapped is None:
            summary.unmapped[c.code] = summary.unmapped.get(c.code, 0) + 1
            continue
        source = f"{c.source} ({archive})"
        position = f"char {c.start}-{c.end}"
        if (mapped.loc, source, position) in seen:
            summary.duplicates += 1
            continue
        seen.add((mapped.loc, source, position))
        node = doc
        for part in mapped.loc:
            node = y.child(node, part)
        y.seq(node, "evidence").append(y.flow({"quote": c.quote, "source": source, "position": position}))
        summary.added += 1
    return summary


def _resolve(p: Partnership, loc: Loc) -> Any:
    node: Any = p
    for part in loc:
        if node is None:
            return None
        node = node[part] if isinstance(part, int) else getattr(node, part)
    return node


def import_project(
    qdpx: Path,
    into: Path,
    mapping_file: Path | None,
    rubrics: Sequence[LoadedRubric],
    *,
    dry_run: bool = False,
) -> tuple[str, Summary, Project]:
    """Read, check, merge, validate, diff and (unless ``dry_run``) write atomically."""
    from kemitraan.fieldwork import yamledit
    from kemitraan.loader import load_partnership

    p, text, raw = load_partnership(into)
    known = targets(p, rubrics)
    mapping = load_mapping(mapping_file, known) if mapping_file else known
    project = read_project(qdpx)
    doc = yamledit.load(text)
    summary = merge(doc, p, project, mapping, qdpx.name)
    changes = yamledit.write_back(doc, text, raw, into, qdpx, dry_run=dry_run) if summary.added else ""
    return changes, summary, project


def codebook(p: Partnership, rubrics: Sequence[LoadedRubric], origin: str) -> str:
    """A REFI-QDA codebook (.qdc) of the default code names, grouped, with bilingual descriptions."""
    from xml.sax.saxutils import quoteattr

    def guid(name: str) -> str:
        return str(uuid.uuid5(_GUID_NS, name))

    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<CodeBook xmlns="{CODEBOOK_NS}" origin={quoteattr(origin)}>',
        "  <Codes>",
    ]
    known = targets(p, rubrics)
    for group in ("program", "principle", "partner", "other"):
        title = _t(f"qda.group.{group}")
        lines.append(
            f'    <Code guid="{guid("group:" + group)}" name={quoteattr(title.id + " / " + title.en)} isCodable="false">'
        )
        for target in known.values():
            if target.group != group or target.alias:
                continue
            lines.append(
                f'      <Code guid="{guid(target.key)}" name={quoteattr(target.key)} isCodable="true">'
            )
            described = f"{target.label.id} / {target.label.en}"
            lines.append(f"        <Description>{_escape(described)}</Description>")
            lines.append("      </Code>")
        lines.append("    </Code>")
    lines += ["  </Codes>", "</CodeBook>", ""]
    return "\n".join(lines)


def _escape(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(re.sub(r"\s+", " ", text))
