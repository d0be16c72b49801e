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
entry's size and compression ratio are bounded (:mod:`kemitraan.fieldwork.archive`), paths
that leave the archive are refused, and the XML is parsed with defusedxml. A project may hold
at most :data:`MAX_SELECTIONS` coded selections, and its quotes may add at most
:data:`MAX_QUOTE_BYTES` to the file. Any problem is reported before anything is written.

Sources are read from ``sources/`` in any case (QualCoder wrote ``Sources/`` until 2026).
Each selection's positions are checked against its own ``name``, which REFI-QDA tools fill
with the selected text: when the positions count a Windows line end (CRLF) as one character,
as MAXQDA does, the quote is cut by that convention; when no convention gives the named text,
the selection is left out and listed. A quote is only ever text of the source.
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
from kemitraan.models.partnership import PHASES, RELATION_FACTS, Partnership, Principles
from kemitraan.models.rubric import LoadedRubric, Text
from kemitraan.msg import Msg

NS = "urn:QDA-XML:project:1.0"
CODEBOOK_NS = "urn:QDA-XML:codebook:1.0"
_GUID_NS = uuid.UUID("6f1c1a52-5d0b-4d53-9d38-6b656d697472")


@dataclass(frozen=True)
class Target:
    """A place in the partnership file that holds evidence quotes."""

    key: str
    loc: Loc
    label: Msg | Text | str
    group: str
    """program, principle, partner or other: the codebook's parent code."""
    alias: bool = False
    """A rubric criterion id naming the same place (accepted on import, not written to the codebook)."""


def _t(key: str, **params: Any) -> Msg:
    return Msg(key, params)


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
        found[f"partner.{partner.id}"] = Target(
            f"partner.{partner.id}", ("partners", i), partner.name, "partner"
        )
    found["shared"] = Target("shared", ("shared",), _t("qda.target.shared"), "other")
    found["agreement"] = Target("agreement", ("agreement",), _t("qda.target.agreement"), "other")
    for fact in RELATION_FACTS:
        label = _t("fw.item.relation", fact=Msg(f"relation.{fact}"))
        found[f"relation.{fact}"] = Target(f"relation.{fact}", ("relation", fact), label, "other")
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
    """The code a criterion's quotes go under: the indicator's own codebook hook says which."""
    from kemitraan.indicators import INDICATORS

    ind = INDICATORS.get(indicator)
    code = ind.code(params, p) if ind is not None else None
    return found.get(code) if code is not None else None


def load_mapping(path: Path, known: dict[str, Target]) -> dict[str, Target]:
    """A mapping file: ``codes: {"QDA code name": target}`` with targets from the defaults."""
    from kemitraan.loader import parse_yaml, read_text

    text, _ = read_text(path)
    data = parse_yaml(text, str(path))
    codes = data.get("codes") if isinstance(data, dict) else None
    if not isinstance(codes, dict) or not codes:
        raise InputError([Problem(str(path), Msg("qda.mapping.shape"), line=1)])
    from kemitraan.errors import did_you_mean

    result: dict[str, Target] = {}
    problems = []
    for name, target in codes.items():
        if str(target) not in known:
            problems.append(
                Problem(
                    str(path),
                    Msg("qda.mapping.target", {"target": str(target)}),
                    loc=("codes", str(name)),
                    suggestion=did_you_mean(target, known) or Msg("hint.qda.codebook"),
                )
            )
            continue
        result[str(name)] = known[str(target)]
    if problems:
        from kemitraan.loader.locate import locate

        raise InputError(
            locate([(x.loc, x.message, x.suggestion, "value") for x in problems], text, str(path))
        )
    return result


# --- reading the archive ----------------------------------------------------------------------

MAX_SELECTIONS = 2_000
"""Coded text selections one project may hold (a thesis' interviews hold some hundreds)."""
MAX_QUOTE_BYTES = 1024 * 1024
"""Text the quotes of one project may add to a partnership file: a fifth of the partnership
file's own limit (5 MiB), so that a 3.6 KB archive can never write a 50 MB file."""


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
    refused: list[Msg] = field(default_factory=list)
    """Selections left out because their positions do not give their own text (one line each)."""
    line_ends: list[Msg] = field(default_factory=list)
    """Sources whose positions count a Windows line end as one character (one line each)."""
    line_end_sources: list[str] = field(default_factory=list)


def read_project(path: Path) -> Project:
    """Every coded selection in a .qdpx (raises InputError on a malformed or hostile archive)."""
    from kemitraan.fieldwork.archive import open_checked, read_member

    file = str(path)
    archive = open_checked(path, Msg("qda.not_zip"), Msg("hint.qda.export_again"))
    with archive:
        names = {info.filename.replace("\\", "/"): info.filename for info in archive.infolist()}
        if "project.qde" not in names:
            raise _bad(file, Msg("qda.no_project"), Msg("hint.qda.export_qdpx"))
        try:
            root = _parse(read_member(archive, names["project.qde"], file), file)
            return _selections(root, archive, names, file)
        except zipfile.BadZipFile as exc:
            raise _bad(file, Msg("qda.damaged", {"error": str(exc)})) from None


def _bad(file: str, message: Msg, suggestion: Msg | None = None) -> InputError:
    return InputError([Problem(file, message, suggestion=suggestion)])


def _parse(data: bytes, file: str) -> Element:
    try:
        import defusedxml.ElementTree as SafeET
        from defusedxml import DefusedXmlException
    except ImportError:
        raise UsageError(messages.err("fw.extra.qdpx")) from None
    from xml.etree.ElementTree import ParseError

    try:
        root: Element = SafeET.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        kind = type(exc).__name__.replace("Forbidden", "").lower()
        raise _bad(f"{file}/project.qde", Msg("qda.xml_declarations", {"kind": kind})) from None
    except ParseError as exc:
        line = exc.position[0] if exc.position else None
        raise InputError(
            [
                Problem(
                    f"{file}/project.qde",
                    Msg("qda.xml", {"error": str(exc.msg if hasattr(exc, "msg") else exc)}),
                    line=line,
                )
            ]
        ) from None
    if root.tag != f"{{{NS}}}Project":
        raise _bad(
            f"{file}/project.qde",
            Msg("qda.root", {"expected": f'<Project xmlns="{NS}">', "found": f"<{root.tag}>"}),
        )
    return root


def _q(tag: str) -> str:
    return f"{{{NS}}}{tag}"


def _codes(root: Element, file: str) -> dict[str, str]:
    """guid -> code name; a guid given to two codes is an error naming both."""
    codes: dict[str, str] = {}
    problems = []
    for element in root.iter(_q("Code")):
        guid, name = element.get("guid"), element.get("name")
        if not guid or not name:
            continue
        if guid in codes:
            problems.append(
                Problem(
                    f"{file}/project.qde",
                    Msg("qda.same_guid", {"first": codes[guid], "second": name, "guid": guid}),
                    suggestion=Msg("hint.qda.export_again"),
                )
            )
            continue
        codes[guid] = name
    if problems:
        raise InputError(problems)
    return codes


def _selections(root: Element, archive: zipfile.ZipFile, names: dict[str, str], file: str) -> Project:
    codes = _codes(root, file)
    project = Project(root.get("name") or Path(file).stem)
    problems: list[Problem] = []
    count = 0
    for source in root.iter(_q("TextSource")):
        name = source.get("name") or source.get("guid") or "?"
        text = _source_text(source, archive, names, file, problems)
        if text is None:
            project.skipped_sources.append(name)
            continue
        readings = _readings(text)
        for selection in source.iter(_q("PlainTextSelection")):
            count += 1
            if count > MAX_SELECTIONS:
                raise _bad(file, Msg("qda.too_many", {"n": MAX_SELECTIONS}), Msg("hint.qda.this_partnership"))
            try:
                start, end = int(selection.get("startPosition", "")), int(selection.get("endPosition", ""))
            except ValueError:
                problems.append(Problem(file, Msg("qda.positions", {"source": name})))
                continue
            quote, convention = _quote(readings, start, end, selection.get("name"))
            if quote is None:
                if not 0 <= start < end <= len(text):
                    problems.append(
                        Problem(
                            file,
                            Msg(
                                "qda.outside",
                                {"source": name, "start": str(start), "end": str(end), "n": len(text)},
                            ),
                        )
                    )
                else:
                    shown = " ".join((selection.get("name") or "").split())
                    project.refused.append(
                        Msg(
                            "qda.not_its_text",
                            {"source": name, "start": str(start), "end": str(end), "text": shown[:60]},
                        )
                    )
                continue
            if not quote:
                problems.append(
                    Problem(
                        file,
                        Msg("qda.blank", {"source": name, "start": str(start), "end": str(end)}),
                        suggestion=Msg("hint.qda.blank"),
                    )
                )
                continue
            if convention == "lf" and name not in project.line_end_sources:
                project.line_end_sources.append(name)
                project.line_ends.append(Msg("qda.line_ends", {"source": name}))
            for coding in selection.iter(_q("Coding")):
                for ref in coding.iter(_q("CodeRef")):
                    code = codes.get(ref.get("targetGUID", ""))
                    if code is None:
                        problems.append(
                            Problem(
                                file,
                                Msg("qda.unknown_code", {"source": name, "guid": str(ref.get("targetGUID"))}),
                            )
                        )
                        continue
                    project.selections.append(Coded(code, quote, name, start, end))
    if problems:
        raise InputError(problems)
    return project


def _readings(text: str) -> list[tuple[str, str]]:
    """The text as positions may count it: every character as stored, or a Windows line end
    (CRLF) as one character, or (for a text stored with LF) a line end as two."""
    found = [("file", text)]
    if "\r\n" in text:
        found.append(("lf", text.replace("\r\n", "\n")))
    elif "\n" in text:
        found.append(("crlf", text.replace("\n", "\r\n")))
    return found


def _quote(readings: list[tuple[str, str]], start: int, end: int, name: str | None) -> tuple[str | None, str]:
    """The quote the positions give, by the convention whose text equals the selection's own
    ``name`` (REFI-QDA tools write the selected text there); the stored text when no name says.
    None when no convention gives the named text."""
    if not 0 <= start < end:
        return None, ""
    wanted = " ".join((name or "").split())
    for convention, text in readings:
        if end > len(text):
            continue
        quote = " ".join(text[start:end].split())
        if not wanted or quote == wanted:
            return quote, convention
    return None, ""


def _source_text(
    source: Element, archive: zipfile.ZipFile, names: dict[str, str], file: str, problems: list[Problem]
) -> str | None:
    from kemitraan.fieldwork.archive import read_member, safe_name

    inline = source.find(_q("PlainTextContent"))
    if inline is not None and inline.text is not None:
        return inline.text
    path = source.get("plainTextPath") or ""
    if not path.startswith("internal://"):
        return None
    inner = path.removeprefix("internal://")
    member = "sources/" + inner
    if not safe_name(member) or ".." in PurePosixPath(member).parts:
        problems.append(
            Problem(file, Msg("qda.source_outside", {"source": str(source.get("name")), "path": path}))
        )
        return None
    # QualCoder wrote the folder as 'Sources' until 2026 and reads either; so does kemitraan
    found = next(
        (n for n in names if n.lower().startswith("sources/") and n[len("sources/") :] == inner), None
    )
    if found is None:
        problems.append(
            Problem(file, Msg("qda.source_missing", {"source": str(source.get("name")), "member": member}))
        )
        return None
    data = read_member(archive, names[found], file)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.append(Problem(file, Msg("qda.source_utf8", {"member": found})))
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
    size = 0
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
        size += len(c.quote.encode("utf-8"))
        if size > MAX_QUOTE_BYTES:
            raise _bad(
                archive,
                Msg("qda.too_much_text", {"size": Msg("fmt.size", {"value": MAX_QUOTE_BYTES})}),
                Msg("hint.qda.shorter"),
            )
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

    target = yamledit.real_target(into)
    with yamledit.locked(target):
        p, text, raw = load_partnership(target)
        known = targets(p, rubrics)
        mapping = load_mapping(mapping_file, known) if mapping_file else known
        project = read_project(qdpx)
        doc = yamledit.load(text)
        summary = merge(doc, p, project, mapping, qdpx.name)
        changes = (
            yamledit.write_back(doc, text, raw, target, qdpx, dry_run=dry_run, name=into.name)
            if summary.added
            else ""
        )
    return changes, summary, project


def codebook(p: Partnership, rubrics: Sequence[LoadedRubric], origin: str, lang: str) -> str:
    """A REFI-QDA codebook (.qdc) of the default code names, grouped, described in ``lang`` (the
    names are what an import maps, the same in every language)."""
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
        name = messages.say(title, lang)
        lines.append(f'    <Code guid="{guid("group:" + group)}" name={quoteattr(name)} isCodable="false">')
        for target in known.values():
            if target.group != group or target.alias:
                continue
            lines.append(
                f'      <Code guid="{guid(target.key)}" name={quoteattr(target.key)} isCodable="true">'
            )
            described = messages.say(target.label, lang)
            lines.append(f"        <Description>{_escape(described)}</Description>")
            lines.append("      </Code>")
        lines.append("    </Code>")
    lines += ["  </Codes>", "</CodeBook>", ""]
    return "\n".join(lines)


def _escape(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(re.sub(r"\s+", " ", text))
