"""The editor schema: generated from the model, committed, bilingual, and in step with `kemitraan validate`.

The equivalence test reads each file as an editor does (YAML 1.2 core, through the loader
the CLI uses) and checks the schema's answer against `kemitraan validate`'s. The two may
differ only where kemitraan.schema.NOT_IN_SCHEMA says a JSON Schema cannot follow, and the
test proves each such difference is one of those (not merely that the answers differ), or
where the file's data is not JSON at all (explicit tags such as !!binary, keys that are not
text, .inf): a JSON Schema has nothing to say about those, and they are skipped by name.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from jsonschema import Draft202012Validator
from pydantic import ValidationError
from typer.testing import CliRunner

from kemitraan.cli import app
from kemitraan.errors import InputError
from kemitraan.loader import parse_yaml, read_text
from kemitraan.messages import say, template
from kemitraan.models.partnership import Partnership, reference_problems
from kemitraan.schema import ENUM_TEXT, NOT_IN_SCHEMA, json_schema, models, schema_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
HOSTILE = sorted(p for p in (ROOT / "tests" / "hostile").rglob("*") if p.suffix in (".yaml", ".yml"))
runner = CliRunner()


def _ecma_pattern(validator: Any, pattern: str, instance: Any, schema: Any) -> Any:
    """JSON Schema patterns are ECMA-262, where a final ``$`` matches only at the very end.

    The jsonschema package uses Python's ``re``, whose ``$`` also matches before a final
    newline, so it would let ``"abc\\n"`` pass as an id where an editor (and pydantic) would not.
    """
    if validator.is_type(instance, "string"):
        python = pattern[:-1] + r"\Z" if pattern.endswith("$") and not pattern.endswith(r"\$") else pattern
        if not re.search(python, instance):
            yield jsonschema.ValidationError(f"{instance!r} does not match {pattern!r}")


EditorValidator = jsonschema.validators.extend(Draft202012Validator, {"pattern": _ecma_pattern})


@pytest.fixture(scope="module")
def validator() -> Any:
    return EditorValidator(json_schema("en"))


# --- the schema itself ----------------------------------------------------------------------


def test_committed_schema_is_the_generated_one() -> None:
    committed = (ROOT / "docs" / "kemitraan.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text("en"), "regenerate it: kemitraan schema -o docs/kemitraan.schema.json"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_schema_is_valid_draft_2020_12(lang: str) -> None:
    Draft202012Validator.check_schema(json_schema(lang))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_model_and_field_is_described(lang: str) -> None:
    schema = json_schema(lang)
    for name, model in models().items():
        node = schema if model is Partnership else schema["$defs"][name]
        assert node["description"], name
        for key in (f.alias or n for n, f in model.model_fields.items()):
            assert node["properties"][key]["description"], f"{name}.{key}"


def test_descriptions_follow_the_language() -> None:
    en, id_ = json_schema("en"), json_schema("id")
    level = "Phase", "participation"
    assert en["$defs"][level[0]]["properties"][level[1]]["description"].startswith("Partner id -> level")
    assert id_["$defs"][level[0]]["properties"][level[1]]["description"].startswith("Pengenal mitra")
    assert en["$comment"] != id_["$comment"]
    for name, model in models().items():
        node_en = en if model is Partnership else en["$defs"][name]
        node_id = id_ if model is Partnership else id_["$defs"][name]
        assert node_en["description"] != node_id["description"], name


def _enums(node: Any, path: str = "") -> list[tuple[str, dict[str, Any]]]:
    found = []
    if isinstance(node, dict):
        if "enum" in node:
            found.append((path, node))
        for key, value in node.items():
            found.extend(_enums(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(_enums(value, f"{path}/{i}"))
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_allowed_value_is_explained(lang: str) -> None:
    enums = _enums(json_schema(lang))
    assert len(enums) == len(ENUM_TEXT)
    for path, node in enums:
        assert len(node["enumDescriptions"]) == len(node["enum"]), path
        assert all(node["enumDescriptions"]), path
    levels = next(n for p, n in enums if "Phase" in p)
    assert levels["enumDescriptions"][3] == template("level.active.help", lang)


def test_partner_id_maps_reject_keys_that_are_not_ids() -> None:
    phase = json_schema("en")["$defs"]["Phase"]["properties"]["participation"]
    assert "patternProperties" not in phase
    assert phase["propertyNames"]["pattern"].startswith("^")


# --- examples, as an editor reads them ------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_points_editors_at_the_committed_schema(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../docs/kemitraan.schema.json"
    assert (path.parent / "../docs/kemitraan.schema.json").resolve().is_file()


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_read_as_yaml_1_2_is_valid_against_the_schema(path: Path, validator: Any) -> None:
    text, _ = read_text(path)
    data = parse_yaml(text, str(path))
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
    assert errors == []


# --- schema and `kemitraan validate` agree -----------------------------------------------------

BASE = """\
schema: kemitraan/1
id: x
title: T
partners:
  - {id: a, name: A}
  - {id: b, name: B}
"""

CASES = {
    "yes-no-are-words": BASE.replace("{id: a, name: A}", "{id: a, name: A, understands_purpose: no}"),
    "full-phase": BASE + "programs: [{id: p, name: P, planning: {participation: {a: lead, b: active}}}]\n",
    "bare-number-id": BASE.replace("id: x", "id: 0123"),
    "id-with-trailing-newline": BASE.replace("id: x", "id: |\n  abc"),
    "key-not-an-id": BASE + "programs: [{id: p, name: P, planning: {participation: {Desa A: lead}}}]\n",
    "level-typo": BASE + "programs: [{id: p, name: P, planning: {participation: {a: Lead}}}]\n",
    "unknown-key": BASE + "partnrs: []\n",
    "missing-partners": "schema: kemitraan/1\nid: x\ntitle: T\n",
    "score-out-of-range": BASE + "principles: {equity: {score: 6}}\n",
    "score-quoted": BASE + "principles: {equity: {score: '3'}}\n",
    "currency-lowercase": BASE
    + "constraints: [{kind: budget, description: d, amount: {value: 5, currency: idr}}]\n",
    "empty-title": BASE.replace("title: T", "title: ''"),
    "empty-file": "",
    "a-list-at-the-top": "- a\n- b\n",
    "dangling-partner": BASE + "programs: [{id: p, name: P, planning: {participation: {c: lead}}}]\n",
    "duplicate-partner-id": BASE.replace("{id: b, name: B}", "{id: a, name: B}"),
    "period-backwards": BASE + "period: {from: 2020, to: 2019}\n",
    "year-with-decimal-point": BASE + "period: {from: 2019.0}\n",
    "infinite-amount": BASE + "constraints: [{kind: budget, description: d, amount: {value: .inf}}]\n",
    "binary-tag": BASE + "notes: !!binary aGVsbG8=\n",
    "bad-yaml": BASE + "title: [\n",
    "duplicate-key": BASE + "title: U\n",
    "capacity-for-itself": BASE + "capacity_building: [{from: a, to: a, what: w}]\n",
    "joint-contradicts-levels": BASE
    + "programs: [{id: p, name: P, planning: {joint: yes, participation: {a: lead, b: informed}}}]\n",
    "balance-contradicts-levels": BASE
    + "balance: {stated: balanced}\nprograms: [{id: p, name: P, planning: {participation: {a: lead, b: informed}},"
    + " implementation: {participation: {a: lead, b: informed}}, evaluation: {participation: {a: lead, b: consulted}}}]\n",
    "linked-no-with-a-target": BASE + "shared: {target: anak, linked: no}\n",
    "program-partner-dangling": BASE + "programs: [{id: p, name: P, partners: [a, c]}]\n",
    "assessed-on": BASE + "assessor: Tim A\nassessed_on: 2024-05-01\n",
    "assessed-on-impossible-date": BASE + "assessed_on: 2024-02-30\n",
    "assessed-on-not-iso": BASE + "assessed_on: 1 Mei 2024\n",
}


def _outside_json(value: Any) -> str | None:
    """Why the data cannot be JSON (and so cannot be judged by a JSON Schema), or None."""
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                return f"a key that is not text ({key!r})"
            why = _outside_json(item)
            if why:
                return why
        return None
    if isinstance(value, list):
        return next((w for w in map(_outside_json, value) if w), None)
    if isinstance(value, float) and not math.isfinite(value):
        return f"a number JSON cannot write ({value})"
    if isinstance(value, bytes | date | datetime | set | tuple):
        return f"a {type(value).__name__} (from an explicit YAML tag)"
    if value is None or isinstance(value, str | bool | int | float):
        return None
    return f"a {type(value).__name__}"


def _whole(value: Any) -> tuple[Any, bool]:
    """The data with every float that is a whole number made an int; and whether any was."""
    if isinstance(value, dict):
        pairs = [(k, *_whole(v)) for k, v in value.items()]
        return {k: v for k, v, _ in pairs}, any(c for _, _, c in pairs)
    if isinstance(value, list):
        items = [_whole(v) for v in value]
        return [v for v, _ in items], any(c for _, c in items)
    if isinstance(value, float) and value.is_integer():
        return int(value), True
    return value, False


def _gap(data: Any) -> str | None:
    """The NOT_IN_SCHEMA rule that alone explains why `validate` rejects schema-valid data."""
    fixed, had_decimals = _whole(data)
    try:
        partnership = Partnership.model_validate(fixed)
    except ValidationError as exc:
        errors = exc.errors()
        if all(e["type"] == "value_error" and e["loc"] == ("period",) for e in errors):
            return "schema.rule.period_order"
        return None
    found = reference_problems(partnership)
    if found:
        if all("cannot build its own capacity" in say(f[1], "en") for f in found):
            return "schema.rule.capacity_self"
        if all(f[0][-1] in ("joint", "stated", "dominant", "linked") for f in found):
            return "schema.rule.stated_facts"
        dup = all("already used" in say(f[1], "en") for f in found)
        return "schema.rule.unique_ids" if dup else "schema.rule.partner_references"
    return "schema.rule.whole_numbers" if had_decimals else None


def _corpus() -> list[Any]:
    cases = [pytest.param(("inline", name, text), id=f"case:{name}") for name, text in CASES.items()]
    files = [pytest.param(("file", str(p), None), id=str(p.relative_to(ROOT))) for p in EXAMPLES + HOSTILE]
    return cases + files


@pytest.mark.parametrize("case", _corpus())
def test_schema_accepts_exactly_what_validate_accepts(
    case: tuple[str, str, str | None], validator: Any, tmp_path: Path
) -> None:
    kind, name, text = case
    path = Path(name)
    if kind == "inline":
        path = tmp_path / f"{name}.yaml"
        path.write_text(text or "", encoding="utf-8")
    cli_ok = runner.invoke(app, ["validate", str(path)]).exit_code == 0
    try:
        data = parse_yaml(read_text(path)[0], str(path))
    except InputError:
        assert not cli_ok, "the file cannot be read as YAML, yet validate accepted it"
        return
    why = _outside_json(data)
    if why is not None:
        pytest.skip(f"not JSON data ({why}): a JSON Schema cannot judge it; validate says {cli_ok}")
    schema_ok = validator.is_valid(json.loads(json.dumps(data)))
    if schema_ok and not cli_ok:
        rule = _gap(data)
        assert rule in NOT_IN_SCHEMA, "validate rejects what the schema accepts, for no documented reason"
        return
    assert schema_ok == cli_ok, f"schema says {schema_ok}, validate says {cli_ok}: " + "; ".join(
        e.message for e in validator.iter_errors(data)
    )


def test_documented_gaps_are_each_exercised() -> None:
    """Each NOT_IN_SCHEMA rule is met by a case above, so the exception list is not a blanket."""
    seen = set()
    for text in CASES.values():
        try:
            data = parse_yaml(text, "case")
        except InputError:
            continue
        if _outside_json(data) is None:
            seen.add(_gap(data))
    assert set(NOT_IN_SCHEMA) <= seen


# --- the command ------------------------------------------------------------------------------


def test_schema_command_prints_the_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert result.stdout == schema_text("en")


def test_schema_command_writes_indonesian_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "kemitraan.schema.json"
    result = runner.invoke(app, ["schema", "--lang", "id", "-o", str(out)])
    assert result.exit_code == 0
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["properties"]["partners"]["description"].startswith("Organisasi yang bermitra")


def test_schema_command_rejects_an_unknown_language() -> None:
    result = runner.invoke(app, ["schema", "--lang", "fr"])
    assert result.exit_code == 2
    assert "expected one of id, en but got 'fr'" in " ".join(result.stderr.split())
