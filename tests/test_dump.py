"""The output records are plain dataclasses written by one serialiser, byte for byte as the
pydantic models they replaced wrote them (the committed golden JSON is that proof)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from kemitraan.models import assessment as out
from kemitraan.models.dump import dump, dump_json
from kemitraan.msg import Msg
from tests.conftest import EXAMPLES

GOLDEN = Path(__file__).parent / "golden" / "benan.id.json"


def test_importing_the_output_models_imports_no_pydantic() -> None:
    code = (
        "import sys, kemitraan.models.assessment, kemitraan.models.comparison, kemitraan.models.dump;"
        "assert 'pydantic' not in sys.modules, sorted(m for m in sys.modules if 'pydantic' in m)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def benan(tmp_path_factory: pytest.TempPathFactory) -> out.Assessment:
    from kemitraan.loader import load_rubrics
    from kemitraan.pipeline import assess_path

    mp = pytest.MonkeyPatch()
    mp.delenv("SOURCE_DATE_EPOCH", raising=False)
    try:
        return assess_path(EXAMPLES / "benan.yaml", load_rubrics())
    finally:
        mp.undo()


def test_the_json_of_a_real_assessment_is_the_golden_file_byte_for_byte(benan: out.Assessment) -> None:
    from kemitraan.render.json import render_json

    assert render_json(benan) == GOLDEN.read_text(encoding="utf-8")


def _shape(value: Any, where: str = "$") -> list[str]:
    """Every leaf's type and every record's key order, as lines to compare."""
    if isinstance(value, dict):
        inner = [line for k, v in value.items() for line in _shape(v, f"{where}.{k}")]
        return [f"{where} keys {list(value)}", *inner]
    if isinstance(value, list):
        return [line for i, v in enumerate(value) for line in _shape(v, f"{where}[{i}]")]
    return [f"{where} {type(value).__name__} {value!r}"]


def test_the_plain_data_has_the_golden_types_and_key_order(benan: out.Assessment) -> None:
    """The data templates read (no context: both languages) is the golden JSON read back: a
    float written as an int (or the reverse), or keys out of order, shows here line by line."""
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert _shape(dump(benan)) == _shape(golden)
    assert any(" float 1.0" in line for line in _shape(golden))  # the check can see a coerced float


def test_numbers_are_coerced_as_the_field_types_say() -> None:
    label = Msg("principle.equity")
    sign = out.SignReading(criterion="c", label=label, expect=True, weight=1, shown=True, known=True)
    reading = out.ProgramReading(program="p", met=None, value=2, detail=label)
    flagged = out.ProgramReading(program="p", met=None, value=True, detail=label)
    answer = out.AnswerValue(informant="i", partner=None, value=False)
    data = dump([sign, reading, flagged, answer])
    assert (data[0]["weight"], data[0]["shown"], data[0]["known"]) == (1.0, 1.0, True)
    assert [type(data[0][k]) for k in ("weight", "shown", "known")] == [float, float, bool]
    assert type(data[1]["value"]) is int  # float | int | str | None keeps an int
    assert type(data[2]["value"]) is float  # ... and a bool becomes a float, as pydantic did
    assert type(data[3]["value"]) is int  # int | str: a bool becomes an int
    assert list(data[0]) == ["criterion", "label", "expect", "weight", "shown", "known"]
    assert data[0]["label"] == {"id": data[0]["label"]["id"], "en": data[0]["label"]["en"]}


def test_the_schema_field_is_written_as_schema(benan: out.Assessment) -> None:
    assert next(iter(dump(benan))) == "schema"
    assert dump_json(benan).startswith('{\n  "schema": "kemitraan-assessment/1",\n')


def test_the_template_context_picks_the_languages() -> None:
    said = Msg("principle.equity")
    record = out.OperationalisationInfo(note=said)
    assert list(dump(record, {"lang": "en", "only": True})["note"]) == ["en"]
    assert list(dump(record, {"lang": "id"})["note"]) == ["id", "en"]
    assert dump(record)["follows"] == []


def test_the_json_writes_numbers_and_text_as_pydantic_did() -> None:
    """Floats as serde writes them (``1e-7``, not Python's ``1e-07``), NaN as null, non-ASCII
    and control characters as pydantic's ``model_dump_json`` wrote them."""
    label = Msg("principle.equity")
    signs = [
        out.SignReading(criterion="é ñ\n\x00", label=label, expect=True, weight=w, shown=s, known=False)
        for w, s in ((1e-7, 0.00001), (float("nan"), 1e16))
    ]
    written = json.loads(dump_json(signs))
    assert [(s["weight"], s["shown"]) for s in written] == [(1e-7, 0.00001), (None, 1e16)]
    text = dump_json(signs)
    assert '"weight": 1e-7,' in text and '"shown": 0.00001,' in text and '"weight": null,' in text
    assert '"criterion": "é ñ\\n\\u0000",' in text and '"shown": 1e+16,' in text


def test_something_that_is_no_record_is_refused() -> None:
    with pytest.raises(TypeError, match="cannot dump a object"):
        dump(object())
