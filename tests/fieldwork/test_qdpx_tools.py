"""REFI-QDA projects as QualCoder writes them (current and older), and projects made to hurt."""

from __future__ import annotations

import html
import json
import time
import zipfile
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run, sha
from tests.fieldwork.test_qdpx import CODES, KADES, NS

pytest.importorskip("defusedxml")
pytest.importorskip("ruamel.yaml")

CODE_GUID = "c0de0000-0000-4000-8000-000000000001"


def qualcoder(
    path: Path,
    text: str,
    parts: list[str],
    *,
    folder: str = "sources",
    maxqda_line_endings: bool = False,
    code: str = "sosialisasi.implementation",
    names: bool = True,
) -> Path:
    """A .qdpx as QualCoder's refi.py exports it: selections named by their text (html-escaped),
    positions counted in QualCoder's own text (LF line ends); with 'MAXQDA line endings' the
    source file gets CRLF while the positions stay; the source is written UTF-8 with a BOM."""
    xml = [
        f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="{NS}" name="Studi" origin="QualCoder 3.6">',
        f'<CodeBook><Codes><Code guid="{CODE_GUID}" name="{code}" isCodable="true"/></Codes></CodeBook>',
        '<Sources><TextSource guid="5a000000-0000-4000-8000-000000000000" name="Wawancara"'
        ' plainTextPath="internal://5a000000-0000-4000-8000-000000000000.txt">',
    ]
    for i, part in enumerate(parts):
        start = text.index(part)
        name = f' name="{html.escape(part)}"' if names else ""
        xml.append(
            f'<PlainTextSelection guid="b{i:07d}-0000-4000-8000-000000000000" startPosition="{start}"'
            f' endPosition="{start + len(part)}"{name} creatingUser="u">\n'
            f'<Coding guid="c{i:07d}-0000-4000-8000-000000000000" creatingUser="u">\n'
            f'<CodeRef targetGUID="{CODE_GUID}" />\n</Coding>\n</PlainTextSelection>'
        )
    xml.append("</TextSource></Sources></Project>")
    stored = text.replace("\n", "\r\n") if maxqda_line_endings else text
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", "\n".join(xml))
        z.writestr(f"{folder}/5a000000-0000-4000-8000-000000000000.txt", stored.encode("utf-8-sig"))
    return path


@pytest.fixture
def benan(tmp_path: Path) -> Path:
    target = tmp_path / "benan.yaml"
    target.write_bytes((EXAMPLES / "benan.yaml").read_bytes())
    return target


def quotes(benan: Path) -> list[str]:
    data = json.loads(run("assess", benan, "-f", "json").out)
    criterion = next(c for c in data["assessments"][0]["criteria"] if c["id"] == "implementation-joint")
    return [e["quote"] for e in criterion["evidence"] if "(s.qdpx)" in (e["source"] or "")]


PART = "Pelaksanaan dijalankan P2TP2A sendiri; kami hanya diberi tahu."


@pytest.mark.parametrize("folder", ["sources", "Sources", "SOURCES"])
def test_the_sources_folder_in_any_case(benan: Path, tmp_path: Path, folder: str) -> None:
    archive = qualcoder(tmp_path / "s.qdpx", KADES, [PART], folder=folder)
    result = run("evidence", "import", archive, "--into", benan)
    assert result.code == 0, result.err
    assert quotes(benan) == [PART]


def test_maxqda_line_endings_are_cut_where_the_selection_says(benan: Path, tmp_path: Path) -> None:
    archive = qualcoder(
        tmp_path / "s.qdpx", KADES, [PART, "Kami selalu dilibatkan"], maxqda_line_endings=True
    )
    result = run("evidence", "import", archive, "--into", benan)
    assert result.code == 0, result.err
    assert quotes(benan) == [PART, "Kami selalu dilibatkan"]
    assert "its positions count a Windows line end as one character" in result.err


def test_a_selection_whose_positions_give_other_text_is_left_out(benan: Path, tmp_path: Path) -> None:
    archive = qualcoder(tmp_path / "s.qdpx", KADES, [PART])
    with zipfile.ZipFile(archive) as z:
        project = z.read("project.qde").decode()
        source = z.read("sources/5a000000-0000-4000-8000-000000000000.txt")
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("project.qde", project.replace(f'name="{PART}"', 'name="Sesuatu yang tidak ada di teks"'))
        z.writestr("sources/5a000000-0000-4000-8000-000000000000.txt", source)
    before = sha(benan)
    result = run("evidence", "import", archive, "--into", benan)
    assert result.code == 0, result.err
    assert "its positions do not give its own text ('Sesuatu yang tidak ada di teks')" in result.err
    assert "0 quotes added" in result.err and sha(benan) == before


def test_without_names_the_positions_count_the_stored_text(benan: Path, tmp_path: Path) -> None:
    archive = qualcoder(tmp_path / "s.qdpx", KADES, [PART], names=False)
    assert run("evidence", "import", archive, "--into", benan).code == 0
    assert quotes(benan) == [PART]


def test_duplicate_code_guids_are_an_error_naming_both(benan: Path, tmp_path: Path) -> None:
    archive = qualcoder(tmp_path / "s.qdpx", KADES, [PART])
    with zipfile.ZipFile(archive) as z:
        project = z.read("project.qde").decode()
        source = z.read("sources/5a000000-0000-4000-8000-000000000000.txt")
    twice = project.replace(
        "</Codes>", f'<Code guid="{CODE_GUID}" name="sosialisasi.planning" isCodable="true"/></Codes>'
    )
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("project.qde", twice)
        z.writestr("sources/5a000000-0000-4000-8000-000000000000.txt", source)
    result = run("evidence", "import", archive, "--into", benan)
    assert result.code == 2
    assert (
        f"the codes 'sosialisasi.implementation' and 'sosialisasi.planning' have the same guid {CODE_GUID}"
        in result.err
    )


def test_a_whitespace_only_selection_is_a_clear_error(benan: Path, tmp_path: Path) -> None:
    text = "Kepala desa:   \n\n   Ya.\n"
    archive = qualcoder(tmp_path / "s.qdpx", text, ["   \n\n   "])
    before = sha(benan)
    result = run("evidence", "import", archive, "--into", benan)
    assert result.code == 2 and "holds only white space, which is no quote" in result.err
    assert "internal error" not in result.err and sha(benan) == before


def test_fifty_selections_over_a_megabyte_text_are_refused_fast(benan: Path, tmp_path: Path) -> None:
    import random

    words = ["desa", "anak", "rapat", "kader", "posyandu", "dana", "warga", "pulau", "kami", "mereka"]
    rng = random.Random(14)
    text = " ".join(rng.choice(words) + str(rng.randrange(1000)) for _ in range(130_000))  # over 1 MB
    xml = [f'<Project xmlns="{NS}" name="bom"><CodeBook><Codes>'
           f'<Code guid="{CODE_GUID}" name="sosialisasi.implementation" isCodable="true"/></Codes></CodeBook>'
           '<Sources><TextSource guid="5a" name="W" plainTextPath="internal://a.txt">']  # fmt: skip
    for i in range(50):
        xml.append(f'<PlainTextSelection guid="s{i}" startPosition="{i}" endPosition="{len(text) - 1}">'
                   f'<Coding guid="k{i}"><CodeRef targetGUID="{CODE_GUID}"/></Coding></PlainTextSelection>')  # fmt: skip
    xml.append("</TextSource></Sources></Project>")
    archive = tmp_path / "bom.qdpx"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("project.qde", "".join(xml))
        z.writestr("sources/a.txt", text)
    assert len(text) > 1_000_000 and archive.stat().st_size < 1_000_000
    before = sha(benan)
    start = time.monotonic()
    result = run("evidence", "import", archive, "--into", benan)
    assert time.monotonic() - start < 20
    assert result.code == 2 and "its quotes would add more than 1 MiB of text" in result.err
    assert sha(benan) == before


def test_three_thousand_selections_are_refused_fast(benan: Path, tmp_path: Path) -> None:
    parts = [f"kalimat nomor {i}." for i in range(3_000)]
    archive = qualcoder(tmp_path / "many.qdpx", " ".join(parts), parts, names=False)
    start = time.monotonic()
    result = run("evidence", "import", archive, "--into", benan)
    assert time.monotonic() - start < 20
    assert result.code == 2 and "holds more than 2,000 coded text selections" in result.err


def test_into_through_a_symlink_writes_its_target(benan: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.yaml"
    link.symlink_to(benan)
    archive = qualcoder(tmp_path / "s.qdpx", KADES, [PART])
    assert run("evidence", "import", archive, "--into", link).code == 0
    assert link.is_symlink() and quotes(benan) == [PART]


def test_a_quote_starting_with_a_question_mark_survives(benan: Path, tmp_path: Path) -> None:
    text = "Pewawancara: Sudah?\n? apakah itu semua: ya\n"
    archive = qualcoder(tmp_path / "s.qdpx", text, ["? apakah itu semua: ya"])
    result = run("evidence", "import", archive, "--into", benan)
    assert result.code == 0, result.err
    assert quotes(benan) == ["? apakah itu semua: ya"]


assert CODES  # the shared fixtures stay in use
