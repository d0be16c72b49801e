"""Properties of every bundled rubric's verdict (the default ones and those run on request), over
generated partnerships:

* forgetting any one fact a rubric reads (a participation level, a phase's ``joint``,
  ``understands_purpose``, ``benefits``, ``contributes``, ``capacity_building``,
  ``agreement.form``, any score, the vision-mission, a shared link, the stated balance, any of the
  ``relation`` facts) never gives a confident verdict that differs from the original, and never
  turns insufficient evidence into a confident verdict;
* reordering partners or programs, renaming ids and changing the report language never change
  a verdict.

Files that ``kemitraan validate`` refuses (facts that contradict each other) are not assessed, so
they are skipped. ``HYPOTHESIS_PROFILE=thorough`` runs twenty times as many examples.
"""

from __future__ import annotations

import copy
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kemitraan.engine import InputMeta, assess, decide_rubric
from kemitraan.interview import relation_values
from kemitraan.loader import BUNDLED_RUBRICS, bundled_rubric_names, load_rubrics, parse_yaml
from kemitraan.messages import say
from kemitraan.models.partnership import (
    LEVELS,
    PHASES,
    RELATION_FACTS,
    Partnership,
    Principles,
    reference_problems,
)
from kemitraan.models.rubric import INSUFFICIENT
from kemitraan.render import render

ROOT = Path(__file__).resolve().parents[1]
SCALE = {"ci": 1, "thorough": 20}.get(os.environ.get("HYPOTHESIS_PROFILE", "ci"), 1)
RUBRICS = load_rubrics(only=BUNDLED_RUBRICS)
PRINCIPLES = list(Principles.model_fields)


def test_the_properties_run_over_every_bundled_rubric() -> None:
    assert sorted(r.rubric.id for r in RUBRICS) == sorted(bundled_rubric_names())


def profile(examples: int) -> settings:
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


Data = dict[str, Any]


@st.composite
def partnerships(draw: st.DrawFn) -> Data:
    """A partnership file's data, from thin to full, with every kind of fact a rubric reads."""
    # Facts are mostly known and mostly favourable, so that many verdicts are confident and
    # forgetting one fact has something to unsettle.
    n = draw(st.integers(2, 3))
    ids = [f"p{i}" for i in range(n)]
    maybe_list = st.sampled_from([["x"], ["x"], ["x"], ["x"], [], None])
    partners = [
        {
            "id": pid,
            "name": pid.upper(),
            "understands_purpose": draw(st.sampled_from(["yes", "yes", "yes", "partly", "no", "unknown"])),
            **({"benefits": b} if (b := draw(maybe_list)) is not None else {}),
            **({"contributes": c} if (c := draw(maybe_list)) is not None else {}),
        }
        for pid in ids
    ]
    # Mostly known levels, with the patterns that matter: joint, one partner alone, one looking on.
    level = st.sampled_from([*LEVELS, "unknown", "lead", "lead", "active", "active", "informed", None])
    programs = []
    for j in range(draw(st.integers(0, 2))):
        program: Data = {"id": f"g{j}", "name": f"G{j}"}
        for phase in PHASES:
            if draw(st.integers(0, 5)) == 0:
                continue  # not recorded
            levels = {pid: lv for pid in ids if (lv := draw(level)) is not None}
            record: Data = {"participation": levels} if levels else {}
            stated = draw(st.sampled_from(["unknown", "unknown", "yes", "no"]))
            if stated != "unknown":
                record["joint"] = stated
            program[phase] = record
        programs.append(program)
    data: Data = {
        "schema": "kemitraan/1",
        "id": "x",
        "title": "X",
        "partners": partners,
        "programs": programs,
    }
    shared: Data = {"vision_mission": draw(st.sampled_from(["joint", "partly", "separate", "unknown"]))}
    if draw(st.booleans()):
        shared["target"] = "t"
    elif draw(st.booleans()):
        shared["linked"] = draw(st.sampled_from(["yes", "no"]))
    data["shared"] = shared
    score = st.sampled_from([None, 1, 2, 3, 3, 4, 4, 5, 5])
    scores = {name: {"score": s} for name in PRINCIPLES if (s := draw(score))}
    if scores:
        data["principles"] = scores
    data["agreement"] = {"form": draw(st.sampled_from(["written", "verbal", "none", "unknown"]))}
    if draw(st.integers(0, 3)):
        pairs = [(a, b) for a in ids for b in ids if a != b]
        flows = draw(st.lists(st.sampled_from(pairs), max_size=6, unique=True))
        data["capacity_building"] = [{"from": a, "to": b, "what": "w"} for a, b in flows]
    if draw(st.integers(0, 3)) == 0:
        data["balance"] = draw(
            st.sampled_from([{"stated": "balanced"}, {"stated": "unbalanced"}, {"dominant": ids[0]}])
        )
    if draw(st.integers(0, 2)):
        data["relation"] = {
            name: {"value": draw(st.sampled_from([*relation_values(name), "unknown"]))}
            for name in RELATION_FACTS
            if draw(st.integers(0, 2))
        }
    return data


EXAMPLES = {
    path.name: parse_yaml(path.read_text(encoding="utf-8"), path.name)
    for path in sorted((ROOT / "examples").rglob("*.yaml"))
}


@st.composite
def example_variants(draw: st.DrawFn) -> Data:
    """A bundled example with a few of its facts changed: close to decided verdicts."""
    data: Data = copy.deepcopy(EXAMPLES[draw(st.sampled_from(sorted(EXAMPLES)))])
    ids = [x["id"] for x in data["partners"]]
    for _ in range(draw(st.integers(0, 4))):
        what = draw(
            st.sampled_from(["level", "understands", "score", "joint", "benefits", "capacity", "relation"])
        )
        if what == "level" and data.get("programs"):
            program = draw(st.sampled_from(data["programs"]))
            phase = program.setdefault(draw(st.sampled_from(PHASES)), {})
            phase.setdefault("participation", {})[draw(st.sampled_from(ids))] = draw(st.sampled_from(LEVELS))
        elif what == "understands":
            draw(st.sampled_from(data["partners"]))["understands_purpose"] = draw(
                st.sampled_from(["yes", "partly", "no"])
            )
        elif what == "score":
            data.setdefault("principles", {})[draw(st.sampled_from(PRINCIPLES))] = {
                "score": draw(st.integers(1, 5))
            }
        elif what == "joint" and data.get("programs"):
            program = draw(st.sampled_from(data["programs"]))
            program.setdefault(draw(st.sampled_from(PHASES)), {})["joint"] = draw(
                st.sampled_from(["yes", "no"])
            )
        elif what == "benefits":
            draw(st.sampled_from(data["partners"]))["benefits"] = draw(st.sampled_from([[], ["x"]]))
        elif what == "capacity":
            a, b = draw(st.permutations(ids))[:2]
            data.setdefault("capacity_building", []).append({"from": a, "to": b, "what": "w"})
        elif what == "relation":
            name = draw(st.sampled_from(RELATION_FACTS))
            data.setdefault("relation", {})[name] = {"value": draw(st.sampled_from(relation_values(name)))}
    return data


def partnership(data: Data) -> Partnership | None:
    """The validated partnership, or None when ``kemitraan validate`` would refuse the file."""
    p = Partnership.model_validate(data)
    return None if reference_problems(p) else p


def verdicts(p: Partnership) -> dict[str, str]:
    return {r.rubric.id: decide_rubric(p, r).verdict for r in RUBRICS}


def forgettings(data: Data) -> Iterator[tuple[str, Data]]:
    """Every way of forgetting exactly one fact a rubric reads."""

    def variant(
        change: Callable[..., object],
    ) -> Data:  # ...: each lambda binds its loop variables as defaults
        copied = copy.deepcopy(data)
        change(copied)
        return copied

    for i, partner in enumerate(data["partners"]):
        if partner.get("understands_purpose", "unknown") != "unknown":
            yield (
                f"partners[{i}].understands_purpose",
                variant(lambda d, i=i: d["partners"][i].update(understands_purpose="unknown")),
            )
        for field in ("benefits", "contributes"):
            if field in partner:
                yield f"partners[{i}].{field}", variant(lambda d, i=i, f=field: d["partners"][i].pop(f))
    for j, program in enumerate(data.get("programs", [])):
        for phase in PHASES:
            record = program.get(phase)
            if record is None:
                continue
            for pid, lv in record.get("participation", {}).items():
                if lv != "unknown":
                    yield (
                        f"programs[{j}].{phase}.participation.{pid}",
                        variant(
                            lambda d, j=j, ph=phase, pid=pid: d["programs"][j][ph]["participation"].update(
                                {pid: "unknown"}
                            )
                        ),
                    )
                    yield (
                        f"programs[{j}].{phase}.participation.{pid} (left out)",
                        variant(
                            lambda d, j=j, ph=phase, pid=pid: d["programs"][j][ph]["participation"].pop(pid)
                        ),
                    )
            if record.get("joint", "unknown") != "unknown":
                yield (
                    f"programs[{j}].{phase}.joint",
                    variant(lambda d, j=j, ph=phase: d["programs"][j][ph].pop("joint")),
                )
            yield f"programs[{j}].{phase}", variant(lambda d, j=j, ph=phase: d["programs"][j].pop(ph))
    for name, record in (data.get("principles") or {}).items():
        if isinstance(record, dict) and "score" in record:
            yield f"principles.{name}.score", variant(lambda d, n=name: d["principles"][n].pop("score"))
    if data.get("agreement", {}).get("form", "unknown") != "unknown":
        yield "agreement.form", variant(lambda d: d["agreement"].update(form="unknown"))
    if "capacity_building" in data:
        yield "capacity_building", variant(lambda d: d.pop("capacity_building"))
    shared = data.get("shared") or {}
    if shared.get("vision_mission", "unknown") != "unknown":
        yield "shared.vision_mission", variant(lambda d: d["shared"].update(vision_mission="unknown"))
    for field in ("service", "target", "characteristic", "linked"):
        if field in shared:
            yield f"shared.{field}", variant(lambda d, f=field: d["shared"].pop(f))
    if "balance" in data:
        yield "balance", variant(lambda d: d.pop("balance"))
    for name, fact in (data.get("relation") or {}).items():
        if fact.get("value", "unknown") != "unknown":
            yield (
                f"relation.{name}.value",
                variant(lambda d, n=name: d["relation"][n].update(value="unknown")),
            )
        yield f"relation.{name}", variant(lambda d, n=name: d["relation"].pop(n))


def check_forgetting(data: Data) -> None:
    p = partnership(data)
    assert p is not None
    before = verdicts(p)
    forgotten = 0
    for what, thinner in forgettings(data):
        q = partnership(thinner)
        assert q is not None, f"forgetting {what} made a valid file invalid"
        after = verdicts(q)
        forgotten += 1
        for rubric, verdict in after.items():
            if verdict != INSUFFICIENT:
                assert verdict == before[rubric], (
                    f"{rubric}: forgetting {what} turned {before[rubric]} into {verdict}"
                )
    assert forgotten  # every file here has facts to forget


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_forgetting_a_fact_of_an_example_never_gives_another_confident_verdict(name: str) -> None:
    check_forgetting(EXAMPLES[name])


@profile(300)
@given(st.one_of(partnerships(), example_variants()))
def test_forgetting_a_fact_never_gives_another_confident_verdict(data: Data) -> None:
    assume(partnership(data) is not None)
    check_forgetting(data)


def _renamed(data: Data) -> Data:
    """Every partner and program id replaced by another (and every reference to it)."""
    names = {x["id"]: f"z-{x['id']}-{i}" for i, x in enumerate(data["partners"])}
    out = copy.deepcopy(data)
    for x in out["partners"]:
        x["id"] = names[x["id"]]
    for j, program in enumerate(out["programs"]):
        program["id"] = f"prog-{j}-renamed"
        for phase in PHASES:
            if phase in program and "participation" in program[phase]:
                program[phase]["participation"] = {
                    names[k]: v for k, v in program[phase]["participation"].items()
                }
    for flow in out.get("capacity_building", []):
        flow["from"], flow["to"] = names[flow["from"]], names[flow["to"]]
    if "dominant" in out.get("balance", {}):
        out["balance"]["dominant"] = names[out["balance"]["dominant"]]
    return out


@profile(100)
@given(st.one_of(partnerships(), example_variants()), st.randoms(use_true_random=False))
def test_order_and_ids_never_change_a_verdict(data: Data, rnd: Any) -> None:
    p = partnership(data)
    assume(p is not None)
    assert p is not None
    before = verdicts(p)
    shuffled = copy.deepcopy(data)
    rnd.shuffle(shuffled["partners"])
    rnd.shuffle(shuffled["programs"])
    for program in shuffled["programs"]:
        for phase in PHASES:
            if phase in program and "participation" in program[phase]:
                items = list(program[phase]["participation"].items())
                rnd.shuffle(items)
                program[phase]["participation"] = dict(items)
    q = partnership(shuffled)
    assert q is not None and verdicts(q) == before
    r = partnership(_renamed(data))
    assert r is not None and verdicts(r) == before


@settings(max_examples=15 * SCALE, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(partnerships())
def test_the_report_language_never_changes_a_verdict(data: Data) -> None:
    p = partnership(data)
    assume(p is not None)
    assert p is not None
    a = assess(p, RUBRICS, InputMeta("x.yaml", "0" * 64), version="test")
    assert render(a, "json", "id") == render(a, "json", "en")
    for lang in ("id", "en"):
        text = render(a, "terminal", lang, width=200)
        assert isinstance(text, str)
        for r in a.assessments:
            assert say(r.label, lang) in text


@profile(100)
@given(st.one_of(partnerships(), example_variants()))
def test_the_possible_list_never_contradicts_the_per_program_verdicts(data: Data) -> None:
    """Model II overall needs every program to be a joint program: a program known to be something
    else rules it out, and when every program is Model II nothing else is possible."""
    p = partnership(data)
    assume(p is not None and p.programs)
    assert p is not None
    a = assess(
        p,
        [r for r in RUBRICS if r.rubric.id == "notoatmodjo-2010"],
        InputMeta("x.yaml", "0" * 64),
        version="t",
    )
    noto = a.assessments[0]
    own = [x.verdict for x in noto.programs]
    if any(v not in (INSUFFICIENT, "model-2") for v in own):
        assert "model-2" not in noto.possible
    if all(v == "model-2" for v in own):
        assert noto.possible == ["model-2"]
