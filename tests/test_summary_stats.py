"""The summary in statistics software and spreadsheets: valid names, labels, no live formula anywhere."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from kemitraan.loader import load_rubrics
from kemitraan.summary import MAX_NAME, columns, csv_line, dictionary, variable, variables
from tests.conftest import EXAMPLES, run

SPSS_RESERVED = {"all", "and", "by", "eq", "ge", "gt", "le", "lt", "ne", "not", "or", "to", "with"}


def cases(tmp_path: Path, title: str | None = None) -> Path:
    folder = tmp_path / "cases"
    folder.mkdir(exist_ok=True)
    for example in EXAMPLES.glob("*.yaml"):
        shutil.copyfile(example, folder / example.name)
    if title is not None:
        benan = folder / "benan.yaml"
        text = benan.read_text(encoding="utf-8")
        text = text.replace(
            "title: Kemitraan P2TP2A dengan Pemerintah Desa Benan dalam pemberdayaan dan perlindungan anak",
            f"title: {title}",
        )
        benan.write_text(text, encoding="utf-8")
    return folder


def summary(tmp_path: Path, name: str, *extra: str, title: str | None = None) -> Path:
    target = tmp_path / name
    result = run("assess", cases(tmp_path, title), "--summary", target, *extra)
    assert result.code == 0, result.err
    return target


def test_every_name_is_valid_in_spss_stata_and_r() -> None:
    names = variables(columns(load_rubrics()))
    assert "notoatmodjo_2010_verdict" in names and "sulistiyani_2017_sup_conjugation" in names
    assert "score_dialogic_communication" in names
    for name in names:
        assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", name), name  # SPSS, Stata and R (syntactic)
        assert len(name) <= MAX_NAME
        assert name.lower() not in SPSS_RESERVED
    assert len(set(names)) == len(names)


def test_a_long_rubric_id_still_gives_unique_short_names() -> None:
    keys = [f"a-very-long-custom-rubric-identifier.support.verdict-{i}" for i in range(3)]
    names = variables([*keys, *keys[:1]])
    assert all(len(n) <= 32 for n in names) and len(set(names)) == 4
    assert variable("2024-rubric.verdict").startswith("v_")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_data_dictionary_beside_a_csv_labels_every_variable(tmp_path: Path, lang: str) -> None:
    target = summary(tmp_path, "s.csv", "--lang", lang)
    beside = tmp_path / "s.dictionary.csv"
    with beside.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    words = {"id": ("variabel", "label", "nilai"), "en": ("variable", "label", "values")}[lang]
    assert list(rows[0])[:2] == list(words[:2])
    with target.open(encoding="utf-8-sig", newline="") as handle:
        header = next(csv.reader(handle))
    assert [r[words[0]] for r in rows] == header
    verdict = next(r for r in rows if r[words[0]] == "notoatmodjo_2010_verdict")
    expected = "Model I: jejaring kerja" if lang == "id" else "Model I: networking"
    assert f"2 = model-1 = {expected}" in verdict[words[2]]


def test_spss_reads_names_variable_labels_and_value_labels(tmp_path: Path) -> None:
    pyreadstat = pytest.importorskip("pyreadstat")
    target = summary(tmp_path, "s.sav", "--lang", "id")
    frame, meta = pyreadstat.read_sav(str(target))
    assert list(frame.columns) == variables(columns(load_rubrics()))
    assert meta.column_names_to_labels["score_equity"] == "Skor prinsip: Kesetaraan (1-5)"
    assert meta.variable_value_labels["notoatmodjo_2010_verdict"] == {
        1.0: "Bukan jejaring maupun program bersama",
        2.0: "Model I: jejaring kerja",
        3.0: "Model II: program bersama",
        4.0: "Bukti belum cukup",
    }
    assert meta.variable_value_labels["score_equity"][5.0] == "5: sangat kuat"
    benan = frame[frame["id"] == "benan-p2tp2a"].iloc[0]
    assert (
        benan["notoatmodjo_2010_verdict"] == 2.0 and benan["score_equity"] != benan["score_equity"]
    )  # NaN: unscored
    bumdes = frame[frame["id"] == "bumdes-nelayan-illustrative"].iloc[0]
    assert bumdes["score_equity"] == 4.0
    again = tmp_path / "again.sav"
    assert run("assess", tmp_path / "cases", "--summary", again, "--lang", "id").code == 0
    assert again.read_bytes() == target.read_bytes()  # no clock in the file


def test_stata_reads_names_and_labels(tmp_path: Path) -> None:
    pyreadstat = pytest.importorskip("pyreadstat")
    pandas = pytest.importorskip("pandas")
    target = summary(tmp_path, "s.dta", "--lang", "en")
    frame, meta = pyreadstat.read_dta(str(target))
    assert list(frame.columns) == variables(columns(load_rubrics()))
    assert meta.variable_value_labels["sulistiyani_2017_verdict"][1] == "Pseudo partnership"
    assert meta.column_names_to_labels["principles_mean"] == "Mean of the principle scores given"
    labelled = pandas.read_stata(target)  # pandas applies Stata's value labels
    assert (
        labelled[labelled["id"] == "benan-p2tp2a"].iloc[0]["notoatmodjo_2010_verdict"]
        == "Model I: networking"
    )


def test_xlsx_has_the_rows_and_the_dictionary_and_no_formula(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    target = summary(tmp_path, "s.xlsx", title='\'=HYPERLINK("http://example.org","x")\'')
    sheets = pandas.read_excel(target, sheet_name=None)
    assert list(sheets) == ["summary", "dictionary"]
    rows = sheets["summary"]
    assert list(rows.columns) == variables(columns(load_rubrics()))
    benan = rows[rows["id"] == "benan-p2tp2a"].iloc[0]
    assert benan["title"] == '=HYPERLINK("http://example.org","x")' and benan["partners"] == 2
    with zipfile.ZipFile(target) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet and "<f " not in sheet


def test_pandas_reads_the_csv_with_the_right_names_and_types(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    frame = pandas.read_csv(summary(tmp_path, "s.csv"), dtype={"code": str})
    assert list(frame.columns) == variables(columns(load_rubrics()))
    assert frame["principles_mean"].dtype.kind == "f" and frame["partners"].dtype.kind == "i"


R_SCRIPT = """
d <- read.csv("{csv}", fileEncoding = "UTF-8-BOM", stringsAsFactors = FALSE)
stopifnot(identical(names(d), make.names(names(d))))
cat(paste(names(d), collapse = ","), "\\n")
cat(d$notoatmodjo_2010_verdict[d$id == "benan-p2tp2a"], "\\n")
"""


def test_r_reads_the_csv_without_renaming_a_column(tmp_path: Path) -> None:
    rscript = shutil.which("Rscript")
    if rscript is None:
        pytest.skip("R is not installed (apt-get install r-base-core)")
    target = summary(tmp_path, "s.csv")
    script = tmp_path / "read.R"
    script.write_text(R_SCRIPT.replace("{csv}", str(target)), encoding="utf-8")
    out = subprocess.run(
        [rscript, str(script)], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    names, verdict = out.splitlines()
    assert names.strip().split(",") == variables(columns(load_rubrics()))
    assert verdict.strip() == "model-1"


@pytest.mark.parametrize(
    "text",
    [
        "Kemitraan;=1+1;",
        '=HYPERLINK("http://x")',
        "+62 812",
        "-1+2",
        "@SUM(A1)",
        "\t=1",
        "a,b",
        'say "hi"',
        "two\nlines",
    ],
)
def test_no_csv_cell_becomes_a_formula_or_splits(text: str) -> None:
    line = csv_line(["file.yaml", text, 3, None])
    for separator in (",", ";", "\t"):
        cells = next(csv.reader(io.StringIO(line, newline=""), delimiter=separator))
        if separator == ",":
            assert cells[2:] == ["3", ""]
            shown = cells[1].replace(";'", ";").replace("\t'", "\t")
            assert shown == ("'" + text if text[0] in "=+-@\t" else text)
        assert not any(c.lstrip('"').startswith(("=", "+", "-", "@")) for c in cells), (separator, cells)


def test_compare_by_csv_is_written_the_same_safe_way(tmp_path: Path) -> None:
    folder = cases(tmp_path)
    benan = folder / "benan.yaml"
    benan.write_text(
        benan.read_text(encoding="utf-8").replace("regency: Lingga", "regency: 'Lingga;=1+1;'"),
        encoding="utf-8",
    )
    result = run("compare", folder, "--by", "regency", "-f", "csv")
    assert result.code == 0, result.err
    rows = list(csv.reader(io.StringIO(result.out.lstrip("\ufeff"), newline=""), delimiter=";"))
    assert not any(c.startswith("=") for row in rows for c in row)
    assert '"Lingga;\'=1+1;"' in result.out


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _calc(tmp_path: Path, source: Path, infilter: str | None) -> list[list[str]]:
    """The cells LibreOffice Calc reads from ``source`` (converted headless to CSV and back)."""
    profile = tmp_path / "lo-profile"
    command = [str(SOFFICE), "--headless", f"-env:UserInstallation=file://{profile}"]
    if infilter:
        command.append(f"--infilter={infilter}")
    out = tmp_path / "lo"
    command += [
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1",
        "--outdir",
        str(out),
        str(source),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    converted = out / (source.stem + ".csv")
    if not converted.exists():
        pytest.skip(
            f"LibreOffice Calc could not convert the file ({done.stdout.strip()} {done.stderr.strip()})"
        )
    with converted.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_xlsx_summary_with_every_character_right(tmp_path: Path) -> None:
    target = summary(tmp_path, "s.xlsx", title="Évaluasi kemitraan Benan")
    rows = _calc(tmp_path, target, None)
    assert rows[0][0] == "file" and rows[0] == variables(columns(load_rubrics()))
    assert any("Évaluasi kemitraan Benan" in row for row in rows)


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_the_csv_when_told_it_is_utf8(tmp_path: Path) -> None:
    target = summary(tmp_path, "s.csv", title="Évaluasi kemitraan Benan")
    rows = _calc(tmp_path, target, "CSV:44,34,76,1")  # the README's setting: Unicode (UTF-8)
    assert rows[0][0] == "file"  # the byte-order mark is not read as text
    assert any("Évaluasi kemitraan Benan" in row for row in rows)


def test_the_dictionary_lists_every_column_once() -> None:
    rubrics = load_rubrics()
    entries = dictionary(rubrics, "en")
    assert [e.key for e in entries] == columns(rubrics)
    assert {e.kind for e in entries} == {"text", "integer", "number", "code"}
