"""Coded interviews: a REFI-QDA project into evidence quotes, hostile archives refused, the codebook."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest

from tests.conftest import EXAMPLES, run, sha

pytest.importorskip("defusedxml")
pytest.importorskip("ruamel.yaml")

NS = "urn:QDA-XML:project:1.0"
KADES = (
    "Pewawancara: Bagaimana perencanaan program?\n"
    "Kepala desa: Kami selalu dilibatkan dalam rapat perencanaan bersama P2TP2A.\n"
    "Pewawancara: Dan pelaksanaannya?\n"
    "Kepala desa: Pelaksanaan dijalankan P2TP2A sendiri; kami hanya diberi tahu.\n"
)


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def qde(sources: dict[str, str], codings: list[tuple[str, str, str]], codes: list[str]) -> str:
    """project.qde text: ``codings`` are (source name, quoted part, code name)."""
    guid = {name: f"c0de0000-0000-4000-8000-{i:012d}" for i, name in enumerate(codes)}
    xml = [f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="{NS}" name="Studi Benan" origin="test">']
    xml.append("<CodeBook><Codes>")
    xml += [f'<Code guid="{guid[c]}" name={quoteattr(c)} isCodable="true"/>' for c in codes]
    xml.append("</Codes></CodeBook><Sources>")
    for i, (name, text) in enumerate(sources.items()):
        xml.append(f'<TextSource guid="5000000{i}-0000-4000-8000-000000000000" name={quoteattr(name)}'
                   f' plainTextPath="internal://5000000{i}.txt">')  # fmt: skip
        for j, (source, part, code) in enumerate(codings):
            if source != name:
                continue
            start, end = span(text, part)
            xml.append(f'<PlainTextSelection guid="a000000{j}-0000-4000-8000-000000000000" startPosition="{start}"'
                       f' endPosition="{end}"><Coding guid="b000000{j}-0000-4000-8000-000000000000">'
                       f'<CodeRef targetGUID="{guid[code]}"/></Coding></PlainTextSelection>')  # fmt: skip
        xml.append("</TextSource>")
    xml.append("</Sources></Project>")
    return "\n".join(xml)


def qdpx(path: Path, project: str, sources: dict[str, str], extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", project)
        for i, text in enumerate(sources.values()):
            z.writestr(f"sources/5000000{i}.txt", text.encode("utf-8"))
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


CODES = ["sosialisasi.implementation", "planning-joint", "Tema lain"]
CODINGS = [
    ("Wawancara kepala desa", "Kami selalu dilibatkan dalam rapat perencanaan bersama P2TP2A.", "planning-joint"),
    ("Wawancara kepala desa", "Pelaksanaan dijalankan P2TP2A sendiri; kami hanya diberi tahu.", "sosialisasi.implementation"),
    ("Wawancara kepala desa", "Bagaimana perencanaan program?", "Tema lain"),
]  # fmt: skip


@pytest.fixture
def benan(tmp_path: Path) -> Path:
    target = tmp_path / "benan.yaml"
    target.write_bytes((EXAMPLES / "benan.yaml").read_bytes())
    return target


def test_coded_quotes_become_evidence_with_source_and_position(benan: Path, tmp_path: Path) -> None:
    archive = qdpx(
        tmp_path / "studi.qdpx",
        qde({"Wawancara kepala desa": KADES}, CODINGS, CODES),
        {"Wawancara kepala desa": KADES},
    )
    result = run("evidence", "import", archive, "--into", benan)
    assert result.code == 0, result.err
    assert (
        "2 quotes added" in result.err
        and "codes not mapped to the partnership file (left out): Tema lain (1)" in result.err
    )
    start, end = span(KADES, "Pelaksanaan dijalankan P2TP2A sendiri; kami hanya diberi tahu.")
    assert f"position: char {start}-{end}" in result.out
    data = json.loads(run("assess", benan, "-f", "json").out)
    implementation = next(c for c in data["assessments"][0]["criteria"] if c["id"] == "implementation-joint")
    quote = implementation["evidence"][-1]
    assert quote["quote"] == "Pelaksanaan dijalankan P2TP2A sendiri; kami hanya diberi tahu."
    assert (quote["source"], quote["position"]) == (
        "Wawancara kepala desa (studi.qdpx)",
        f"char {start}-{end}",
    )
    planning = next(c for c in data["assessments"][0]["criteria"] if c["id"] == "planning-joint")
    assert planning["evidence"][-1]["quote"].startswith("Kami selalu dilibatkan")  # a criterion id as code
    md = run("assess", benan, "-f", "md").out
    assert f"Wawancara kepala desa (studi.qdpx), char {start}-{end}" in md


def test_importing_again_adds_nothing(benan: Path, tmp_path: Path) -> None:
    archive = qdpx(
        tmp_path / "studi.qdpx",
        qde({"Wawancara kepala desa": KADES}, CODINGS, CODES),
        {"Wawancara kepala desa": KADES},
    )
    assert run("evidence", "import", archive, "--into", benan).code == 0
    before = sha(benan)
    again = run("evidence", "import", archive, "--into", benan)
    assert again.code == 0 and "0 quotes added, 2 already in the file" in again.err
    assert sha(benan) == before


def test_a_mapping_file_maps_the_researchers_own_codes(benan: Path, tmp_path: Path) -> None:
    archive = qdpx(
        tmp_path / "studi.qdpx",
        qde({"Wawancara kepala desa": KADES}, CODINGS, CODES),
        {"Wawancara kepala desa": KADES},
    )
    mapping = tmp_path / "map.yaml"
    mapping.write_text('codes:\n  "Tema lain": principle.dialogic_communication\n', encoding="utf-8")
    result = run("evidence", "import", archive, "--into", benan, "--mapping", mapping)
    assert result.code == 0 and "1 quote added" in result.err
    data = json.loads(run("assess", benan, "-f", "json").out)
    dialogic = next(p for p in data["principles"] if p["id"] == "dialogic_communication")
    assert dialogic["evidence"][-1]["quote"] == "Bagaimana perencanaan program?"
    bad = tmp_path / "bad.yaml"
    bad.write_text("codes:\n  x: principle.equty\n", encoding="utf-8")
    result = run("evidence", "import", archive, "--into", benan, "--mapping", bad)
    assert (
        result.code == 2
        and f"{bad}:2:6: codes.x: 'principle.equty' is not a place for evidence" in result.err
    )
    assert "did you mean 'principle.equity'?" in result.err


def _bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", f'<Project xmlns="{NS}"/>')
        z.writestr("sources/big.txt", b"0" * (20 * 1024 * 1024))
    return buffer.getvalue()


LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    f'<Project xmlns="{NS}">&lol2;</Project>'
)


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b"not a zip"), "is not a REFI-QDA project: a .qdpx file is a zip archive"),
        (lambda p: p.write_bytes(_bomb()), "expands"),
        (
            lambda p: qdpx(p, f'<Project xmlns="{NS}"/>', {}, {"../../evil.txt": b"x"}),
            "unsafe path '../../evil.txt'",
        ),
        (lambda p: qdpx(p, f'<Project xmlns="{NS}"/>', {}, {"/etc/passwd": b"x"}), "unsafe path"),
        (lambda p: qdpx(p, LAUGHS, {}), "refused: the XML uses"),
        (lambda p: qdpx(p, "<Project><unclosed></Project>", {}), "is not well-formed XML"),
        (
            lambda p: qdpx(p, '<Project xmlns="urn:other"/>', {}),
            'expected <Project xmlns="urn:QDA-XML:project:1.0">',
        ),
        (lambda p: p.write_bytes(_zip_without_project()), "has no project.qde"),
        (
            lambda p: qdpx(
                p,
                qde({"W": "short"}, [], []).replace("internal://50000000.txt", "internal://../../x.txt"),
                {},
            ),
            "points outside the archive",
        ),
        (
            lambda p: qdpx(
                p, qde({"W": KADES}, [("W", "Kami selalu", "planning-joint")], CODES), {"W": "short"}
            ),
            "lies outside the text",
        ),
    ],
    ids=[
        "not a zip",
        "zip bomb",
        "path traversal",
        "absolute path",
        "entity expansion",
        "malformed XML",
        "wrong namespace",
        "no project.qde",
        "source outside",
        "selection outside",
    ],
)
def test_a_hostile_or_broken_archive_is_refused_and_nothing_changes(
    benan: Path, tmp_path: Path, make: Callable[[Path], object], message: str
) -> None:
    archive = tmp_path / "x.qdpx"
    make(archive)
    before = sha(benan)
    result = run("evidence", "import", archive, "--into", benan)
    assert result.code == 2, result.err
    assert message in result.err and "Traceback" not in result.err
    assert sha(benan) == before


def _zip_without_project() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("sources/a.txt", "x")
    return buffer.getvalue()


def test_the_codebook_is_a_refi_qda_codebook_of_the_default_codes(tmp_path: Path) -> None:
    import defusedxml.ElementTree as ET

    target = tmp_path / "kemitraan.qdc"
    result = run("evidence", "codebook", EXAMPLES / "benan.yaml", "-o", target)
    assert result.code == 0, result.err
    root = ET.fromstring(target.read_bytes())
    assert root.tag == "{urn:QDA-XML:codebook:1.0}CodeBook"
    codable = [
        c.get("name") for c in root.iter("{urn:QDA-XML:codebook:1.0}Code") if c.get("isCodable") == "true"
    ]
    assert codable[:3] == ["sosialisasi.planning", "sosialisasi.implementation", "sosialisasi.evaluation"]
    assert {"principle.equity", "partner.desa-benan", "shared", "agreement", "constraint.budget"} <= set(
        codable
    )
    assert "planning-joint" not in codable  # criterion ids are accepted on import, not listed twice
    again = tmp_path / "again.qdc"
    assert run("evidence", "codebook", EXAMPLES / "benan.yaml", "-o", again).code == 0
    assert again.read_bytes() == target.read_bytes()  # stable guids: re-importing keeps the codes
    listed = run("evidence", "codebook", EXAMPLES / "benan.yaml", "--lang", "en").out
    assert "planning-joint\tJoint planning  (criterion)" in listed
    names = [
        c.get("name") for c in root.iter("{urn:QDA-XML:codebook:1.0}Code") if c.get("isCodable") == "false"
    ]
    assert names[0] == "kemitraan: tahap program"  # in benan.yaml's language, as its report is
    assert "perencanaan bersama" in run("evidence", "codebook", EXAMPLES / "benan.yaml").out.lower()
