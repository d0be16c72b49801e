"""The crosswalk (every typology that ran, side by side) in the assessment and in every report
format and language; ``--only`` on assess, explain, compare and batch."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from kemitraan import crosswalk
from kemitraan.loader import BUNDLED_RUBRICS, DEFAULT_RUBRICS, OPT_IN_RUBRICS, load_rubric, load_rubrics
from kemitraan.messages import say, template
from kemitraan.models.assessment import Assessment
from kemitraan.pipeline import assess_path
from kemitraan.render import render
from tests.conftest import EXAMPLES, run

BENAN = EXAMPLES / "benan.yaml"
POSYANDU = EXAMPLES / "posyandu-illustrative.yaml"
LANGS = ("id", "en")


def assessed(path: Path, only: tuple[str, ...] | None = None) -> Assessment:
    return assess_path(path, load_rubrics(only=only))


def test_every_typology_that_ran_is_a_row_in_the_order_it_ran() -> None:
    a = assessed(POSYANDU, BUNDLED_RUBRICS)
    assert a.crosswalk is not None
    assert (
        [r.rubric for r in a.crosswalk.rows] == [r.rubric.id for r in a.assessments] == list(BUNDLED_RUBRICS)
    )
    rows = {r.rubric: r for r in a.crosswalk.rows}
    assert {r for r, row in rows.items() if row.on_scale} == {
        "notoatmodjo-2010",
        "himmelman-2002",
        "frey-2006",
    }
    assert [r for r, row in rows.items() if row.opt_in] == list(OPT_IN_RUBRICS)
    assert (rows["notoatmodjo-2010"].position, rows["himmelman-2002"].position) == (3.5, 4)
    assert rows["frey-2006"].position == 3
    assert rows["sulistiyani-union"].position is None and not rows["sulistiyani-union"].on_scale
    chosen = [s for s in rows["himmelman-2002"].steps if s.state == "verdict"]
    assert [s.verdict for s in chosen] == ["collaborating"]


def test_every_bundled_ladder_verdict_has_a_place_and_only_those() -> None:
    for rubric_id, places in crosswalk.POSITIONS.items():
        verdicts = [v.id for v in load_rubric(rubric_id).rubric.verdicts]
        assert sorted(places) == sorted(verdicts)
        assert [places[v] for v in verdicts] == sorted(places[v] for v in verdicts)  # a ladder
        assert all(0 <= x <= crosswalk.STEPS - 1 for x in places.values())


def test_the_ladders_disagreeing_on_one_partnership_is_said() -> None:
    a = assessed(POSYANDU, BUNDLED_RUBRICS)
    assert a.crosswalk is not None
    summary = say(a.crosswalk.summary, "en")
    assert summary.startswith("The ladders place this partnership at different steps:")
    assert "Model II: joint program, between steps 3 and 4" in summary and "Collaborating, step 4" in summary


def test_an_undecided_ladder_says_which_steps_are_still_possible() -> None:
    a = assessed(BENAN, ("notoatmodjo-2010", "himmelman-2002"))
    assert a.crosswalk is not None
    him = next(r for r in a.crosswalk.rows if r.rubric == "himmelman-2002")
    assert (him.position, him.low, him.high) == (None, 2, 4)  # joint planning: at least coordinating
    assert say(him.where, "en") == "undecided: steps 2 to 4 still possible"
    assert [s.state for s in him.steps] == ["other", "other", "possible", "possible", "possible"]


def test_notes_follow_the_typologies_that_ran() -> None:
    default = assessed(BENAN).crosswalk
    assert default is not None
    assert [n.id for n in default.notes] == ["scale", "balance", "standing", "two_families"]
    assert default.not_run == list(OPT_IN_RUBRICS)
    assert default.add is not None and "--rubric himmelman-2002" in say(default.add, "en")
    # the scale follows Himmelman: his reference is given although his rubric did not run
    assert default.sources == [crosswalk.CITATIONS["himmelman-2002"]]
    every = assessed(BENAN, BUNDLED_RUBRICS).crosswalk
    assert every is not None
    assert [n.id for n in every.notes] == [
        "scale", "model1", "model2", "order", "balance", "standing", "two_families", "capacity",
    ]  # fmt: skip
    assert every.not_run == [] and every.add is None and every.sources == []
    ladders = assessed(BENAN, ("himmelman-2002", "frey-2006")).crosswalk
    assert ladders is not None and [n.id for n in ladders.notes] == ["scale", "order"]
    beside = assessed(BENAN, ("sulistiyani-2017",)).crosswalk
    assert beside is not None and beside.notes == [] and beside.sources == []
    assert say(beside.summary, "en").startswith("None of the typologies that ran is a ladder")


def test_the_notes_references_are_the_rubrics_own() -> None:
    for rubric_id, citation in crosswalk.CITATIONS.items():
        sources = load_rubric(rubric_id).rubric.sources
        assert citation == " ".join(sources[0].citation.split())


def test_the_order_note_quotes_both_ladders_as_their_rubrics_do() -> None:
    note = template("crosswalk.note.order", "en")
    frey = (Path(__file__).resolve().parents[1] / "rubrics" / "frey-2006.yaml").read_text(encoding="utf-8")
    assert (
        '"Freely share information and resources"' in note
        and "Freely share information and resources" in frey
    )
    assert "coordinating before cooperating" in note and "cooperation before coordination" in note


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("fmt", ["terminal", "md", "html", "json"])
def test_the_crosswalk_is_in_every_report_format_and_language(fmt: str, lang: str) -> None:
    a = assessed(POSYANDU, BUNDLED_RUBRICS)
    assert a.crosswalk is not None
    text = render(a, fmt, lang, width=400)  # no cell of the terminal's table wrapped
    assert isinstance(text, str)
    if fmt == "json":
        data = json.loads(text)
        assert data["crosswalk"]["rows"][0]["rubric"] == "notoatmodjo-2010"
        assert {"id", "en"} <= set(data["crosswalk"]["summary"])
        return
    flat = " ".join(text.split())
    assert template("crosswalk.title", lang) in flat
    assert " ".join(say(a.crosswalk.summary, lang).split()) in flat.replace("&#39;", "'")
    for row in a.crosswalk.rows:
        assert say(row.where, lang) in flat.replace("&#39;", "'")
    other = template("crosswalk.title", LANGS[1 - LANGS.index(lang)])
    assert other not in flat


@pytest.mark.parametrize("lang", LANGS)
def test_the_crosswalk_chart_in_html(lang: str) -> None:
    a = assessed(POSYANDU, BUNDLED_RUBRICS)
    page = render(a, "html", lang)
    assert isinstance(page, str)
    svg = re.search(r'<svg[^>]*class="chart crosswalk".*?</svg>', page, flags=re.S)
    assert svg is not None
    chart = svg.group(0)
    assert chart.count('class="node chosen"') == len(a.assessments)  # every rubric decided
    assert chart.count('class="guide"') == 5  # the common scale's steps
    assert template("crosswalk.beside_scale", lang) in chart
    assert "<title" in chart and "<desc" in chart  # read out by screen readers
    assert page.index('id="crosswalk"') < page.index('id="why"')  # beside the verdicts, first


def test_the_chart_marks_the_verdicts_still_possible() -> None:
    page = render(assessed(BENAN, ("notoatmodjo-2010", "himmelman-2002")), "html", "en")
    chart = re.search(r'<svg[^>]*class="chart crosswalk".*?</svg>', str(page), flags=re.S)
    assert chart is not None and chart.group(0).count('class="node possible"') == 3


def test_the_crosswalk_in_the_pdf(tmp_path: Path) -> None:
    from tests.render.test_browser import CHROMIUM, pdf_text

    if CHROMIUM is None:  # pragma: no cover - CI installs Chromium
        pytest.skip("Chromium is not installed")
    out = tmp_path / "r.pdf"
    result = run("assess", POSYANDU, "-o", out, "--lang", "en", "--rubric", "himmelman-2002")
    assert result.code == 0, result.err
    text = pdf_text(out.read_bytes())
    assert "The typologies side by side" in text and "Himmelman's continuum" in text


# --- --only -----------------------------------------------------------------------------------------


def ran(result_out: str) -> list[str]:
    return [a["rubric"]["id"] for a in json.loads(result_out)["assessments"]]


def test_only_runs_the_named_bundled_rubrics_in_the_bundled_order() -> None:
    result = run("assess", BENAN, "-f", "json", "--only", "sulistiyani-2017,notoatmodjo-2010")
    assert result.code == 0, result.err
    assert ran(result.out) == ["notoatmodjo-2010", "sulistiyani-2017"]
    twice = run("assess", BENAN, "-f", "json", "--only", "frey-2006", "--only", "principles")
    assert ran(twice.out) == ["principles", "frey-2006"]


def test_rubric_still_adds_to_only() -> None:
    result = run("assess", BENAN, "-f", "json", "--only", "notoatmodjo-2010", "--rubric", "himmelman-2002")
    assert ran(result.out) == ["notoatmodjo-2010", "himmelman-2002"]
    default = run("assess", BENAN, "-f", "json")
    assert ran(default.out) == list(DEFAULT_RUBRICS)


@pytest.mark.parametrize("value", ["notoatmodj", "", "principles,nope"])
def test_only_with_a_name_that_is_not_bundled_is_refused(value: str) -> None:
    result = run("assess", BENAN, "--only", value)
    assert result.code == 2
    assert result.err.startswith("--only: ")
    assert "bundled: notoatmodjo-2010, sulistiyani-2017, sulistiyani-union, principles" in result.err
    if value == "notoatmodj":
        assert "did you mean 'notoatmodjo-2010'?" in result.err


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ((), ""),
        (("--rubric", "frey-2006"), " --rubric frey-2006"),
        (("--only", "principles,notoatmodjo-2010"), " --only notoatmodjo-2010,principles"),
        (("--only", "frey-2006", "--rubric", "himmelman-2002"), " --only frey-2006 --rubric himmelman-2002"),
        (("--only", "himmelman-2002", "--rubric", "frey-2006"), " --only himmelman-2002,frey-2006"),
    ],
)
def test_the_reproduce_command_runs_the_same_rubrics(options: tuple[str, ...], expected: str) -> None:
    result = run("assess", BENAN, "-f", "md", "--lang", "en", *options)
    assert f"kemitraan assess benan.yaml --format md --lang en{expected}\n" in result.out
    again = run("assess", BENAN, "-f", "json", *expected.split())
    assert ran(again.out) == ran(run("assess", BENAN, "-f", "json", *options).out)


def test_only_on_explain() -> None:
    result = run("explain", BENAN, "--only", "himmelman-2002", "--lang", "en")
    assert result.code == 0, result.err
    assert "Himmelman's continuum" in result.out and "Notoatmodjo's partnership models" not in result.out


def test_only_on_compare() -> None:
    before, after = EXAMPLES / "over-time" / "mekar-2019.yaml", EXAMPLES / "over-time" / "mekar-2023.yaml"
    result = run("compare", before, after, "-f", "json", "--only", "sulistiyani-2017")
    assert result.code == 0, result.err
    assert [v["rubric"] for v in json.loads(result.out)["verdicts"]] == ["sulistiyani-2017"]
    grouped = run("compare", EXAMPLES, "--by", "folder", "-f", "json", "--only", "frey-2006", "--jobs", "1")
    assert grouped.code == 0, grouped.err
    assert [r["id"] for r in json.loads(grouped.out)["rubrics"]] == ["frey-2006"]


def test_only_on_a_batch(tmp_path: Path) -> None:
    summary = tmp_path / "s.csv"
    result = run(
        "assess",
        EXAMPLES,
        "--summary",
        summary,
        "-o",
        tmp_path / "out",
        "--only",
        "himmelman-2002",
        "--jobs",
        "1",
    )
    assert result.code == 0, result.err
    header = next(csv.reader(io.StringIO(summary.read_text(encoding="utf-8-sig"))))
    verdict_columns = [c for c in header if c.endswith("_verdict")]
    assert verdict_columns == ["himmelman_2002_verdict"]
    report = (tmp_path / "out" / "benan.md").read_text(encoding="utf-8")
    assert "--only himmelman-2002" in report
    assert report == run("assess", BENAN, "-f", "md", "--only", "himmelman-2002").out


def test_rubrics_lists_the_ones_not_run_by_default() -> None:
    result = run("rubrics")
    assert result.code == 0
    lines = [x for x in result.out.splitlines() if not x.startswith(" ")]
    assert [x.split()[0] for x in lines] == list(BUNDLED_RUBRICS)
    for name in OPT_IN_RUBRICS:
        assert f"[not run by default: add it with --rubric {name}]" in result.out
