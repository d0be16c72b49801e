"""Property-based tests through the command line: whatever a file holds, kemitraan exits 0
or 2 with a message (never a traceback, never an internal error), and removing facts from
a file never yields a different confident verdict.

Hundreds of examples run by default (well under a minute on two cores); for a longer hunt:

    HYPOTHESIS_PROFILE=thorough pytest tests/test_cli_properties.py   # 20 times as many
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kemitraan.cli import app
from kemitraan.loader import parse_yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
SCALE = {"ci": 1, "thorough": 20}.get(os.environ.get("HYPOTHESIS_PROFILE", "ci"), 1)


def profile(examples: int) -> settings:
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def run(path: Path, *args: str) -> tuple[int, str, str]:
    """Run kemitraan in-process on ``path``; fail on anything but exit 0, or 2 with a message."""
    result = CliRunner().invoke(app, [*args[:1], str(path), *args[1:]])
    out, err = result.stdout, result.stderr
    assert "Traceback" not in out + err
    assert result.exit_code in (0, 2), f"exit {result.exit_code}: {err}"
    if result.exit_code == 2:
        assert err.startswith(str(path)) or err.startswith("kemitraan:"), err
        assert err.strip()
    return result.exit_code, out, err


def check(path: Path, md: bool = False) -> None:
    code, _, _ = run(path, "validate")
    code_assess, out, _ = run(path, "assess", "--format", "json")
    assert code == code_assess
    if code == 0:
        assert {a["verdict"] for a in json.loads(out)["assessments"]}
        if md:
            assert run(path, "assess", "--format", "md")[1].startswith("---\npagetitle: ")


# --- random documents ---------------------------------------------------------------------------

FIELDS = [
    "schema",
    "id",
    "title",
    "language",
    "period",
    "place",
    "source",
    "partners",
    "shared",
    "programs",
    "principles",
    "agreement",
    "capacity_building",
    "constraints",
    "notes",
    "name",
    "kind",
    "from",
    "to",
    "participation",
    "evidence",
    "quote",
    "planning",
    "implementation",
    "evaluation",
    "score",
    "amount",
    "value",
    "understands_purpose",
    "benefits",
    "contributes",
    "vision_mission",
    "form",
    "what",
]
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.sampled_from(
        ["kemitraan/1", "lead", "active", "absent", "unknown", "yes", "no", "a", "b", "2019-2023"]
    ),
)
keys = st.one_of(
    st.sampled_from(FIELDS), st.text(max_size=10), st.integers(-3, 3), st.none(), st.booleans(), st.floats()
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=6)),
    max_leaves=40,
)


@profile(150)
@given(data=documents, flow=st.booleans())
def test_random_yaml_documents(workdir: Path, data: Any, flow: bool) -> None:
    path = workdir / "random.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, default_flow_style=flow), encoding="utf-8")
    check(path)


@profile(100)
@given(
    raw=st.one_of(
        st.binary(max_size=200), st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass"))
    )
)
def test_random_bytes(workdir: Path, raw: bytes) -> None:
    path = workdir / "bytes.yaml"
    path.write_bytes(raw)
    check(path)


# --- mutated examples ---------------------------------------------------------------------------------

Path_ = tuple[str | int, ...]


def paths(node: Any, at: Path_ = ()) -> Iterator[Path_]:
    """Every path to a value inside ``node`` (dict keys and list indexes)."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        yield (*at, key)
        yield from paths(value, (*at, key))


def load(path: Path) -> dict[str, Any]:
    data = parse_yaml(path.read_text(encoding="utf-8"), str(path))
    assert isinstance(data, dict)
    return data


def dump(data: Any) -> str:
    """YAML that reads back as exactly ``data`` under YAML 1.2 (every string quoted)."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_style='"')


EXAMPLE_DATA = {p.name: load(p) for p in EXAMPLES}
EXAMPLE_PATHS = {name: list(paths(data)) for name, data in EXAMPLE_DATA.items()}


def parent_of(data: Any, at: Path_) -> Any:
    for key in at[:-1]:
        data = data[key]
    return data


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(EXAMPLE_DATA)))
    data = copy.deepcopy(EXAMPLE_DATA[name])
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.sampled_from(EXAMPLE_PATHS[name]))
        try:
            parent = parent_of(data, at)
            if draw(st.booleans()):
                del parent[at[-1]]  # a deleted key or list item
            else:
                parent[at[-1]] = draw(
                    scalars | st.lists(scalars, max_size=2) | st.dictionaries(keys, scalars, max_size=2)
                )
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation removed or replaced this path
    raw = dump(data).encode("utf-8")
    if draw(st.booleans()):  # random bytes inserted into the text
        cut = draw(st.integers(0, len(raw)))
        raw = raw[:cut] + draw(st.binary(min_size=1, max_size=6)) + raw[cut:]
    return name, raw


@profile(200)
@given(case=mutated(), md=st.booleans())
def test_mutated_examples(workdir: Path, case: tuple[str, bytes], md: bool) -> None:
    name, raw = case
    path = workdir / name
    path.write_bytes(raw)
    check(path, md=md)


@profile(100)
@given(name=st.sampled_from([p.name for p in EXAMPLES]), lines=st.data())
def test_text_edits_of_examples(workdir: Path, name: str, lines: st.DataObject) -> None:
    """What hand-editing does: a line deleted, doubled, indented by a tab or a space, swapped."""
    text = (ROOT / "examples" / name).read_text(encoding="utf-8").splitlines(keepends=True)
    for _ in range(lines.draw(st.integers(1, 3))):
        i = lines.draw(st.integers(0, len(text) - 1))
        edit = lines.draw(st.sampled_from(["delete", "double", "tab", "space", "swap", "crlf"]))
        if edit == "delete":
            del text[i]
        elif edit == "double":
            text.insert(i, text[i])
        elif edit == "tab":
            text[i] = "\t" + text[i]
        elif edit == "space":
            text[i] = " " + text[i]
        elif edit == "swap" and i + 1 < len(text):
            text[i], text[i + 1] = text[i + 1], text[i]
        elif edit == "crlf":
            text[i] = text[i].replace("\n", "\r\n")
    path = workdir / name
    path.write_text("".join(text), encoding="utf-8")
    check(path)


# --- removing facts never gives a different confident verdict ----------------------------------------------

INSUFFICIENT = "insufficient-evidence"


def removals(data: dict[str, Any]) -> list[tuple[str, Path_]]:
    """Every way to make one recorded fact not known, by the file's own rules: leave out a
    program list, a phase, a phase's participation, a field whose absence means unknown, or
    write ``unknown`` for a level, or leave out a principle's score."""
    out: list[tuple[str, Path_]] = [("delete", ("programs",))]
    for i, program in enumerate(data.get("programs", [])):
        for phase in ("planning", "implementation", "evaluation"):
            if phase in program:
                out.append(("delete", ("programs", i, phase)))
                if "participation" in program[phase]:
                    out.append(("delete", ("programs", i, phase, "participation")))
                    out += [
                        ("unknown", ("programs", i, phase, "participation", p))
                        for p in program[phase]["participation"]
                    ]
    for i, partner in enumerate(data["partners"]):
        out += [
            ("delete", ("partners", i, k))
            for k in ("understands_purpose", "benefits", "contributes")
            if k in partner
        ]
    out += [("delete", (k,)) for k in ("shared", "capacity_building", "agreement") if k in data]
    out += [("delete", ("shared", "vision_mission"))] if "vision_mission" in data.get("shared", {}) else []
    out += [("delete", ("agreement", "form"))] if "form" in data.get("agreement", {}) else []
    out += [("delete", ("principles", name, "score")) for name in data.get("principles", {})]
    return out


def verdicts(workdir: Path, name: str, data: dict[str, Any]) -> dict[str, tuple[str, dict[str, str]]]:
    path = workdir / name
    path.write_text(dump(data), encoding="utf-8")
    code, out, _ = run(path, "assess", "--format", "json")
    assert code == 0
    return {
        a["rubric"]["id"]: (a["verdict"], {p["program"]: p["verdict"] for p in a["programs"]})
        for a in json.loads(out)["assessments"]
    }


BASELINE: dict[str, dict[str, tuple[str, dict[str, str]]]] = {}


@profile(150)
@given(name=st.sampled_from(sorted(EXAMPLE_DATA)), choice=st.data())
def test_removing_facts_never_changes_a_confident_verdict(
    workdir: Path, name: str, choice: st.DataObject
) -> None:
    data = EXAMPLE_DATA[name]
    if name not in BASELINE:
        BASELINE[name] = verdicts(workdir, name, data)
    options = removals(data)
    # Each removal taken with a chance of about one in four, so that any combination can come up.
    picks = choice.draw(st.lists(st.integers(0, 3), min_size=len(options), max_size=len(options)))
    chosen = [o for o, pick in zip(options, picks, strict=True) if pick == 0] or [options[0]]
    thinner = copy.deepcopy(data)
    for how, at in chosen:
        try:
            parent = parent_of(thinner, at)
            if how == "delete":
                del parent[at[-1]]
            else:
                parent[at[-1]] = "unknown"
        except (KeyError, IndexError, TypeError):
            continue  # already removed with its parent
    for rubric, (verdict, programs) in verdicts(workdir, name, thinner).items():
        before, programs_before = BASELINE[name][rubric]
        assert verdict in (before, INSUFFICIENT), (rubric, before, verdict, chosen)
        for program, v in programs.items():
            assert v in (programs_before.get(program, v), INSUFFICIENT), (rubric, program, v, chosen)
