"""Every command of kemitraan once, as a person would run it, for the language tests
(``tests/test_language.py``: Indonesian from the locale, English from ``--lang en``;
``tests/test_pseudo.py``: the pseudo-locale): the help of every command, every report format,
compare, batch, the fieldwork commands, init, and the errors the issue names."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import typer

DATA = Path(__file__).parent / "data"
INDONESIAN = DATA / "sukamaju.id.yaml"
ENGLISH = DATA / "sukamaju.en.yaml"

GUIDED = [
    "Puskesmas Sukamaju",  # partner 1
    "puskesmas",  # its id
    "layanan kesehatan",  # kind, in Indonesian
    "tenaga gizi, alat timbang",  # contributes
    "data balita: lengkap",  # benefits (a colon: quoted in YAML)
    "ya",  # understands the purpose
    "Kami ikut rapat desa",  # a quote about it
    "wawancara bidan",  # its source
    "Pemerintah Desa Sukamaju",  # partner 2
    "desa sukamaju",  # an id with a space: refused, asked again
    "desa",
    "2",  # kind, by number
    "-",  # contributes nothing
    "",  # benefits not known
    "",  # understanding not known (default)
    "",  # no quote
    "",  # no third partner
    "",  # title: the default
    "2021",  # first year
    "2020",  # last year before the first: refused
    "2024",
    "Sukamaju",
    "Cibeber",
    "Cianjur",
    "",  # province skipped
    "Catatan lapangan tim peneliti.",
    "wawancara",
    "1",  # the study's conclusion: not said
    "pencegahan stunting",  # shared service
    "balita",  # shared target
    "mungkin",  # vision and mission: not a choice, asked again
    "",  # unknown (default)
    "",  # no quote
    "Pemberian makanan tambahan",  # program 1
    "pmt",
    "balita gizi kurang",
    "memimpin",  # planning: the health centre
    "aktif",  # planning: the village
    "",  # no quote
    "5",  # implementation: leads
    "diberi tahu",
    "Desa hanya diberi tahu jadwalnya",
    "wawancara kader",
    "lead",  # evaluation, in English
    "1",  # the village: absent
    "",
    "",  # no second program
    "3",  # equity
    "",  # no quote
    "6",  # transparency: out of range, asked again
    "3",
    "",
    "",  # mutual benefit: not scored
    "2",  # shared vision and mission
    "",
    "",  # trust
    "",  # efficiency
    "",  # dialogic communication
    "",  # commitment
    "",  # agreement: unknown
    "",  # balance: not stated
    "tidak",  # capacity building: none
    "ya",  # constraints?
    "1",  # budget
    "Dana makanan tambahan hanya cukup enam bulan",
    "Rp 5.000.000",
    "",  # per year (default)
    "Usulan tambahan dana desa",
    "",  # no other solution
    "tidak",  # no other constraint
]
"""A guided ``kemitraan init``, answered in Indonesian (with a few wrong answers)."""


@dataclass
class Case:
    """One run: its arguments, what it reads and writes, and how it must end."""

    args: list[str]
    code: int = 0
    input: str | None = None
    inputs: list[Path] = field(default_factory=list)
    """The user's files: their words are no language's (names, quotes)."""
    outputs: list[Path] = field(default_factory=list)
    """The files the run writes, read after it."""
    json_out: bool = False
    typed: str = ""
    """What the person typed (init's answers, the file a command edits, comments and all): their
    words are no language's either."""


Build = Callable[[Path], Case]

SOURCE = {"id": INDONESIAN, "en": ENGLISH}
EDITS = {
    "id": {
        "key": ("understands_purpose: ya", "understand_purpose: ya"),
        "level": ("desa: aktif", "desa: aktip"),
        "partner": ("karang-taruna: aktif", "karang-tarona: aktif"),
        "yaml": ("  service: pencegahan stunting", "  service: [pencegahan stunting"),
        "later": ("form: lisan", "form: tertulis"),
    },
    "en": {
        "key": ("understands_purpose: yes", "understand_purpose: yes"),
        "level": ("desa: active", "desa: activ"),
        "partner": ("karang-taruna: active", "karang-tarona: active"),
        "yaml": ("  service: stunting prevention", "  service: [stunting prevention"),
        "later": ("form: verbal", "form: written"),
    },
}
"""The mistakes the error cases make, in a file written in each language."""

written_in = "id"
"""The language of the user's files the cases are built from (the tests set it)."""


def _copy(tmp: Path, source: Path | None = None, name: str | None = None) -> Path:
    source = source or SOURCE[written_in]
    target = tmp / (name or source.name)
    shutil.copyfile(source, target)
    return target


def _edited(tmp: Path, name: str, edit: str) -> Path:
    old, new = EDITS[written_in][edit]
    text = SOURCE[written_in].read_text(encoding="utf-8")
    assert old in text, old
    target = tmp / name
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def commands() -> list[list[str]]:
    """Every command path: [], [assess], ..., [rubrics, show], [survey, form], ..."""
    from kemitraan.cli import app

    out: list[list[str]] = []

    def walk(command: object, path: list[str]) -> None:
        out.append(path)
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return out


def _help(path: list[str]) -> Build:
    return lambda tmp: Case([*path, "--help"])


def _missing_file(tmp: Path) -> Case:
    return Case(["assess", str(tmp / "tidak-ada.yaml")], code=2)


def _folder(tmp: Path) -> Case:
    return Case(["explain", str(tmp)], code=2)


def _unknown_option(tmp: Path) -> Case:
    path = _copy(tmp)
    return Case(["assess", str(path), "--formta", "md"], code=2, inputs=[path])


def _missing_argument(tmp: Path) -> Case:
    return Case(["assess"], code=2)


def _bad_choice(tmp: Path) -> Case:
    path = _copy(tmp)
    return Case(["assess", str(path), "--format", "txt"], code=2, inputs=[path])


def _misspelled_key(tmp: Path) -> Case:
    path = _edited(tmp, "kunci.yaml", "key")
    return Case(["validate", str(path)], code=2, inputs=[path])


def _wrong_level(tmp: Path) -> Case:
    path = _edited(tmp, "tingkat.yaml", "level")
    return Case(["validate", str(path)], code=2, inputs=[path])


def _undeclared_partner(tmp: Path) -> Case:
    path = _edited(tmp, "mitra.yaml", "partner")
    return Case(["assess", str(path)], code=2, inputs=[path])


def _bad_yaml(tmp: Path) -> Case:
    path = _edited(tmp, "rusak.yaml", "yaml")
    return Case(["validate", str(path)], code=2, inputs=[path])


def _validate(tmp: Path) -> Case:
    path = _copy(tmp)
    return Case(["validate", str(path)], inputs=[path])


def _report(fmt: str) -> Build:
    def build(tmp: Path) -> Case:
        path = _copy(tmp)
        out = tmp / f"laporan.{fmt}"
        return Case(["assess", str(path), "-o", str(out)], inputs=[path], outputs=[out])

    return build


def _terminal(tmp: Path) -> Case:
    path = _copy(tmp)
    return Case(["assess", str(path)], inputs=[path])


def _json(tmp: Path) -> Case:
    path = _copy(tmp)
    return Case(["assess", str(path), "-f", "json"], inputs=[path], json_out=True)


def _explain(tmp: Path) -> Case:
    path = _copy(tmp)
    return Case(["explain", str(path)], inputs=[path])


def _schema(tmp: Path) -> Case:
    return Case(["schema"], json_out=True)


def _rubrics(tmp: Path) -> Case:
    return Case(["rubrics"])


def _rubric_show(name: str) -> Build:
    return lambda tmp: Case(["rubrics", "show", name])


def _pair(tmp: Path) -> tuple[Path, Path]:
    before = _copy(tmp, name="sukamaju-2022.yaml")
    after = _edited(tmp, "sukamaju-2024.yaml", "later")
    return before, after


def _compare(fmt: str) -> Build:
    def build(tmp: Path) -> Case:
        before, after = _pair(tmp)
        if fmt == "terminal":
            return Case(["compare", str(before), str(after)], inputs=[before, after])
        out = tmp / f"banding.{fmt}"
        return Case(
            ["compare", str(before), str(after), "-o", str(out)], inputs=[before, after], outputs=[out]
        )

    return build


def _compare_by(fmt: str) -> Build:
    def build(tmp: Path) -> Case:
        before, after = _pair(tmp)
        if fmt == "terminal":
            return Case(["compare", str(before), str(after), "--by", "regency"], inputs=[before, after])
        out = tmp / f"kelompok.{fmt}"
        args = ["compare", str(before), str(after), "--by", "regency", "-o", str(out)]
        return Case(args, inputs=[before, after], outputs=[out])

    return build


def _batch(tmp: Path) -> Case:
    folder = tmp / "berkas"
    folder.mkdir()
    before, after = _pair(folder)
    bad = _edited(folder, "salah.yaml", "level")
    reports, summary = tmp / "laporan", tmp / "ringkasan.csv"
    args = ["assess", str(folder), "-o", str(reports), "--summary", str(summary)]
    dictionary = summary.with_name("ringkasan.dictionary.csv")
    return Case(args, code=2, inputs=[before, after, bad], outputs=[reports, summary, dictionary])


def _init_blank(tmp: Path) -> Case:
    target = tmp / "baru.yaml"
    return Case(["init", str(target), "--blank"], outputs=[target])


def _init_guided(tmp: Path) -> Case:
    target = tmp / "desa.yaml"
    from tests.test_interview import BENAN

    answers = "\n".join(GUIDED if written_in == "id" else BENAN) + "\n"
    return Case(["init", str(target)], input=answers, outputs=[target], typed=answers)


def _survey_form(tmp: Path) -> Case:
    path = _copy(tmp)
    form = tmp / "kuesioner.xlsx"
    return Case(["survey", "form", str(path), "-o", str(form)], inputs=[path], outputs=[form])


def _survey_ingest(dry: bool) -> Build:
    def build(tmp: Path) -> Case:
        from tests.conftest import run, write
        from tests.fieldwork.exports import export
        from tests.fieldwork.test_ingest import ANSWERS, SKELETON

        skeleton = SKELETON
        if written_in == "id":
            skeleton = skeleton.replace(
                "# Fieldwork in Desa Contoh: the facts come from the survey.", "# Survei"
            )
            skeleton = skeleton.replace("# the health centre", "# puskesmas")
        source = write(tmp, skeleton, "contoh.yaml")
        form = tmp / "kuesioner.xlsx"
        assert run("survey", "form", source, "-o", form, "--lang", "id").code == 0
        csv = tmp / "ekspor.csv"
        csv.write_text(export(form, ANSWERS, "kobo"), encoding="utf-8")
        args = ["survey", "ingest", str(csv), "--into", str(source), *(["--dry-run"] if dry else [])]
        return Case(args, inputs=[csv, form], outputs=[] if dry else [source], typed=skeleton)

    return build


def _codebook(tmp: Path) -> Case:
    path = _copy(tmp)
    out = tmp / "kode.qdc"
    return Case(["evidence", "codebook", str(path), "-o", str(out)], inputs=[path], outputs=[out])


def _evidence_import(dry: bool) -> Build:
    def build(tmp: Path) -> Case:
        from tests.fieldwork.test_qdpx import CODES, CODINGS, KADES, qde, qdpx

        target = _copy(tmp, source=Path(__file__).parents[1] / "examples" / "benan.yaml")
        archive = qdpx(
            tmp / "studi.qdpx",
            qde({"Wawancara kepala desa": KADES}, CODINGS, CODES),
            {"Wawancara kepala desa": KADES},
        )
        args = ["evidence", "import", str(archive), "--into", str(target), *(["--dry-run"] if dry else [])]
        return Case(args, inputs=[archive, target])

    return build


ERRORS: dict[str, Build] = {
    "missing file": _missing_file,
    "a folder for a file": _folder,
    "unknown option": _unknown_option,
    "missing argument": _missing_argument,
    "a value not among the choices": _bad_choice,
    "misspelled key": _misspelled_key,
    "wrong level": _wrong_level,
    "undeclared partner": _undeclared_partner,
    "broken YAML": _bad_yaml,
}

RUNS: dict[str, Build] = {
    "validate": _validate,
    "assess terminal": _terminal,
    "assess md (a successful write)": _report("md"),
    "assess html": _report("html"),
    "assess docx": _report("docx"),
    "assess json": _json,
    "explain": _explain,
    "schema": _schema,
    "rubrics": _rubrics,
    **{
        f"rubrics show {name}": _rubric_show(name)
        for name in ("notoatmodjo-2010", "sulistiyani-2017", "principles")
    },
    "compare terminal": _compare("terminal"),
    "compare md": _compare("md"),
    "compare html": _compare("html"),
    "compare --by terminal": _compare_by("terminal"),
    "compare --by md": _compare_by("md"),
    "compare --by html": _compare_by("html"),
    "compare --by csv": _compare_by("csv"),
    "batch with one bad file": _batch,
    "init --blank": _init_blank,
    "init (guided)": _init_guided,
    "survey form": _survey_form,
    "survey ingest --dry-run": _survey_ingest(True),
    "survey ingest": _survey_ingest(False),
    "evidence codebook": _codebook,
    "evidence import --dry-run": _evidence_import(True),
    "evidence import": _evidence_import(False),
}

PDF: dict[str, Build] = {"assess pdf": _report("pdf")}
"""Apart: it needs headless Chromium."""


def helps() -> dict[str, Build]:
    return {"help: kemitraan " + " ".join(path): _help(path) for path in commands()}


@dataclass
class Seen:
    """What a person saw: the run's exit code, and every text it showed or wrote."""

    code: int
    texts: dict[str, str]
    json: object = None
    names: list[str] = field(default_factory=list)
    """The names of what it wrote: file names and a table's column names (stable, for scripts)."""


def _ids(path: Path) -> list[str]:
    """The ids a written partnership file gives its partners and programs."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        return []
    found: list[str] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            found.extend(str(v) for k, v in node.items() if k == "id")
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(data)
    return found


def perform(build: Build, tmp: Path, *extra: str, lang: str | None = None) -> tuple[Case, Seen]:
    """Build the case in ``tmp``, run it (with ``extra`` arguments after the command's own), and
    gather what it showed (stdout, stderr) and wrote (each output file's readable text)."""
    import json

    from tests.conftest import run
    from tests.language import readable

    case = build(tmp)
    result = run(*case.args, *extra, input=case.input)
    texts = {"stderr": result.err}
    data = None
    if case.json_out and result.code == 0:
        data = json.loads(result.out)
    else:
        texts["stdout"] = result.out
    names: list[str] = []
    for path in case.outputs:
        if path.exists():
            texts[path.name] = "\n".join(readable(path, lang))
            files = sorted(path.rglob("*")) if path.is_dir() else [path]
            names += [f.name for f in files]
            names += [
                f.read_text(encoding="utf-8-sig").partition("\n")[0] for f in files if f.suffix == ".csv"
            ]
            names += [name for f in files if f.suffix == ".yaml" for name in _ids(f)]
    names += [path.name for path in case.outputs]
    return case, Seen(result.code, texts, data, names)
