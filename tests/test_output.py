"""Writing reports atomically: text and bytes, never over an input."""

from __future__ import annotations

from pathlib import Path

import pytest

from kemitraan.errors import UsageError
from kemitraan.output import write_atomic


def test_bytes_are_written_as_they_are(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    data = bytes(range(256)) * 4
    write_atomic(target, data)
    assert target.read_bytes() == data
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]  # no temporary file left


def test_text_is_written_as_utf8(tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    write_atomic(target, "Kemitraan “bersama” ✓")
    assert target.read_bytes() == "Kemitraan “bersama” ✓".encode()


def test_bytes_never_overwrite_an_input(tmp_path: Path) -> None:
    source = tmp_path / "p.yaml"
    source.write_text("schema: kemitraan/1\n")
    with pytest.raises(UsageError, match="input file"):
        write_atomic(source, b"%PDF-", inputs=[source])
    assert source.read_text() == "schema: kemitraan/1\n"


def test_open_atomic_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    from kemitraan.output import open_atomic

    target = tmp_path / "summary.csv"
    target.write_text("old\n")
    with pytest.raises(RuntimeError), open_atomic(target) as handle:
        handle.write(b"half of a new su")
        raise RuntimeError("interrupted")
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["summary.csv"]


def test_open_atomic_replaces_the_file_at_the_end(tmp_path: Path) -> None:
    from kemitraan.output import open_atomic

    target = tmp_path / "summary.csv"
    target.write_text("old\n")
    with open_atomic(target, durable=False) as handle:
        handle.write(b"new\n")
        assert target.read_text() == "old\n"  # not yet
    assert target.read_text() == "new\n"
