"""The bundled Markdown report drawn without Jinja (render/mddraw.py) is byte for byte what Jinja renders.

Over every partnership file the terminal corpus gathers (``benchmarks/terminal_corpus.py``: the
examples, the tests' files, every hostile file that assesses, Mekar 2019 with facts left to
informants), in both languages, with the default rubrics, with the opt-in ones added and with a
rubric of one's own; then over data changed to reach what no file reaches (empty lists, missing
optional values, every yes/no/unknown).
"""

from __future__ import annotations

import copy
import difflib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kemitraan.errors import InputError
from kemitraan.loader import bundled_dir, load_rubrics
from kemitraan.models.assessment import Assessment
from kemitraan.pipeline import assess_path
from kemitraan.render import mddraw
from kemitraan.render.markdown import render_markdown
from kemitraan.render.templating import command_for, context, environment
from tests.render.report_cases import LANGS, ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
from terminal_corpus import OPT_IN, files  # benchmarks/terminal_corpus.py: the corpus, not a copy

sys.path.remove(str(ROOT / "benchmarks"))

Data = dict[str, Any]


def by_jinja(data: Any) -> str:
    return environment("md").get_template("report.md.j2").render(data)


def same(data: Any, name: str) -> str | None:
    """None when both drawings are equal, else the start of their difference."""
    want, got = by_jinja(data), mddraw.draw(data)
    if want == got:
        return None
    diff = difflib.unified_diff(want.splitlines(True), got.splitlines(True), "jinja", "mddraw", n=1)
    return name + "\n" + "".join(list(diff)[:30])


def agree(data: Any, name: str) -> None:
    """Both drawings are equal, or both refuse the data (data no report is given, such as a
    list left empty that a template reads the first item of)."""
    try:
        want = by_jinja(data)
    except Exception:
        with pytest.raises(Exception):  # noqa: B017 (whatever the template raised, the drawing raises too)
            mddraw.draw(data)
        return
    assert mddraw.draw(data) == want, name


def bundled_context(a: Assessment, lang: str) -> Data:
    return dict(context(a, lang, "md", command_for(a, "md", lang), bundled=True))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, Path]]:
    return files(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def own_rubric(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A rubric of one's own (the principles under another id), in a file whose name needs escaping
    in Markdown and a longer code fence in the command."""
    text = (bundled_dir("rubrics") / "principles.yaml").read_text(encoding="utf-8")
    assert text.count("\nid: principles\n") == 1
    path = tmp_path_factory.mktemp("rubric") / "mine_*```[x].yaml"
    path.write_text(text.replace("\nid: principles\n", "\nid: mine\n"), encoding="utf-8")
    return path


RUBRIC_SETS: dict[str, Callable[[Path], list[str]]] = {
    "default": lambda own: [],
    "opt-in": lambda own: OPT_IN,
    "own": lambda own: [*OPT_IN, str(own)],
}


@pytest.mark.parametrize("rubrics", list(RUBRIC_SETS))
def test_every_file_draws_as_jinja_renders_it(
    rubrics: str, corpus: list[tuple[str, Path]], own_rubric: Path
) -> None:
    loaded = load_rubrics(RUBRIC_SETS[rubrics](own_rubric), None)
    drawn, differ = 0, []
    for stem, path in corpus:
        try:
            a = assess_path(path, loaded)
        except InputError:
            continue  # a hostile file that is refused: no report
        for lang in LANGS:
            data = bundled_context(a, lang)
            found = same(data, f"{stem} {lang}")
            if found:
                differ.append(found)
            assert render_markdown(a, lang) == mddraw.draw(data)
            drawn += 1
    assert differ == [], differ[0]
    assert drawn >= 2 * 15, drawn  # the examples, the tests' files and the hostile files that assess


# --- data no file has: each change below reaches a branch of the template --------------------------


def _walk(value: Any) -> Iterator[Data]:
    """Every record (dict) inside ``value``, outermost first."""
    if isinstance(value, dict):
        yield value
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)


def _set_everywhere(data: Data, field: str, value: Any) -> int:
    """Set ``field`` of every record that has it; how many had it."""
    n = 0
    for record in _walk(data["a"]):
        if field in record:
            record[field] = copy.deepcopy(value)
            n += 1
    return n


@pytest.fixture(scope="module")
def bases(corpus: list[tuple[str, Path]], tmp_path_factory: pytest.TempPathFactory) -> list[Assessment]:
    """Mekar 2019 with facts left to informants (the fieldwork section), and Benan (constraints,
    conclusions), with the opt-in rubrics (the crosswalk's notes and sources); the fieldwork
    tests' program whose informants disagree and whose partners see a phase differently."""
    from tests.conftest import assess_text
    from tests.fieldwork.test_aggregate import HEAD, PROGRAM

    chosen = dict(corpus)
    found = [assess_path(chosen[stem], load_rubrics(OPT_IN, None)) for stem in ("informants", "benan")]
    return [*found, assess_text(HEAD + PROGRAM, tmp_path_factory.mktemp("aggregate"))]


def test_the_changed_data_starts_from_reports_drawn_as_jinja_renders_them(bases: list[Assessment]) -> None:
    items = [i for a in bases if a.fieldwork for i in a.fieldwork.items]
    assert any(i.perspective_gap and i.disagreement for i in items)
    for a in bases:
        for lang in LANGS:
            assert same(bundled_context(a, lang), f"{a.input.id} {lang}") is None


def _variants(bases: list[Assessment], field: str, value: Any) -> Iterator[tuple[str, Data]]:
    """Each base (in one language, the languages in turn: the corpus has them all in both) with
    ``field`` set to ``value`` wherever it is; at least one base has it."""
    found = 0
    for k, a in enumerate(bases):
        lang = LANGS[k % len(LANGS)]
        data = bundled_context(a, lang)
        n = _set_everywhere(data, field, value)
        if n:
            found += n
            yield f"{a.input.id} {lang} {field}={value!r}", data
    assert found, field


FIELDS_EMPTIED = [
    # the input's own description, each optional
    "place", "period", "citation", "method", "assessor", "assessed_on", "generated_at",
    # lists that may be empty
    "conclusions", "notes", "sources", "missing", "operationalisations", "evidence", "solutions",
    "constraints", "recommendations", "programs", "phases", "principles", "alpha", "verdicts",
    "candidates", "criteria", "follows", "items", "informants", "rows", "partners",
    # optional values and texts
    "found", "support_note", "where", "add", "hinges_on", "source", "position", "informant",
    "opt_in", "operationalisation", "next_verdict", "theory", "note", "amount", "participation",
    "disagreement", "perspective_gap", "partner", "role", "score", "met", "joint", "crosswalk",
    "fieldwork",
]  # fmt: skip


@pytest.mark.parametrize("empty", [None, [], ""], ids=["none", "list", "text"])
@pytest.mark.parametrize("field", FIELDS_EMPTIED)
def test_a_field_left_empty_draws_as_jinja_renders_it(
    field: str, empty: Any, bases: list[Assessment]
) -> None:
    for name, data in _variants(bases, field, empty):
        agree(data, name)


VALUES: dict[str, list[Any]] = {
    "met": [True, False, None, "partly"],
    "joint": [True, False, None],
    "stated": ["unknown", "yes", "no"],
    "hinges_on": [True, False],
    "opt_in": [True, False],
    "disagreement": [True, False],
    "perspective_gap": [True, False],
    "verdict": ["insufficient-evidence"],
    "origin": ["bundled", "mine/rubric.yaml"],
    "source": ["written", "informants"],
    "score": [None, 0, 3, 4.5],
    "generated_at": ["2024-05-01T08:00:00+00:00"],
}


@pytest.mark.parametrize(("field", "value"), [(f, v) for f, vs in VALUES.items() for v in vs])
def test_every_value_a_field_takes_draws_as_jinja_renders_it(
    field: str, value: Any, bases: list[Assessment]
) -> None:
    for name, data in _variants(bases, field, value):
        agree(data, name)


def test_what_no_example_combines_draws_as_jinja_renders_it(bases: list[Assessment]) -> None:
    """A partner in none of the programs, phases with no participation recorded, one program per
    rubric, and no candidate with the verdict."""
    for lang in LANGS:
        data = bundled_context(bases[0], lang)
        a = data["a"]
        a["partners"].append({**a["partners"][0], "id": "elsewhere", "name": "Elsewhere *co*"})
        for prog in a["programs"]:
            for cell in prog["phases"]:
                cell["participation"] = {p: "active" for p in prog["partners"]}
        a["programs"][0]["phases"][0]["participation"] = {}
        for r in a["assessments"]:
            r["programs"] = r["programs"][:1]
            r["candidates"] = [c for c in r["candidates"] if c["verdict"] != r["verdict"]]
        assert same(data, lang) is None
        a["fieldwork"]["verdicts"][0]["rubric"] = "no-such-rubric"
        agree(data, lang)  # both refuse a fieldwork verdict of a rubric not run


def test_the_report_is_drawn_without_jinja(tmp_path: Path) -> None:
    """The bundled report compiles no template: nothing is kept in the template cache."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    env.pop("KEMITRAAN_NO_CACHE", None)
    command = [sys.executable, "-m", "kemitraan", "assess", str(ROOT / "examples" / "benan.yaml"), "-f", "md"]
    done = subprocess.run(command, env=env, capture_output=True, check=True)
    assert done.stdout.startswith(b"---\npagetitle: ")
    assert not (tmp_path / "kemitraan").exists()
