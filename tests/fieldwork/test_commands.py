"""The fieldwork commands without their optional extra: a clear message naming it, exit 2."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run, sha


@pytest.mark.parametrize(
    ("module", "args"),
    [
        ("openpyxl", ("survey", "form", EXAMPLES / "benan.yaml", "-o", "{tmp}/k.xlsx")),
        ("ruamel.yaml", ("survey", "ingest", "{tmp}/export.csv", "--into", "{tmp}/benan.yaml")),
        ("defusedxml", ("evidence", "import", "{tmp}/p.qdpx", "--into", "{tmp}/benan.yaml")),
    ],
)
def test_a_missing_extra_is_named(
    module: str, args: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    (tmp_path / "benan.yaml").write_bytes((EXAMPLES / "benan.yaml").read_bytes())
    (tmp_path / "export.csv").write_text("respondent/role\nbidan\n", encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "p.qdpx", "w") as z:
        z.writestr("project.qde", '<Project xmlns="urn:QDA-XML:project:1.0"/>')
    before = sha(tmp_path / "benan.yaml")
    monkeypatch.setitem(sys.modules, module, None)  # as if not installed
    result = run(*(str(a).replace("{tmp}", str(tmp_path)) for a in args))
    assert result.code == 2, result.err
    assert "needs the 'fieldwork' extra: pip install 'kemitraan[fieldwork]'" in result.err
    assert sha(tmp_path / "benan.yaml") == before
