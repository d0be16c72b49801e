"""`kemitraan init`: guided questions (scripted answers), the --blank template, never overwriting."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from kemitraan.cli import app
from kemitraan.loader import Yaml12Loader, load_partnership
from kemitraan.schema import schema_text

runner = CliRunner()

# One researcher's answers after fieldwork, a line per question (an empty line is Enter).
BENAN = [
    "en",  # language
    "P2TP2A Kecamatan Katang Bidare",  # partner 1
    "p2tp2a",  # its id (the default would be p2tp2a-kecamatan-katang-bidare)
    "service-unit",  # kind, by value
    "staff, program design",  # contributes
    "access to the village: community",  # benefits (a colon: must be quoted in YAML)
    "yes",  # understands the purpose
    "Rapat tersebut dihadiri oleh kepala desa",  # a quote about it
    "Sapitri et al. 2023, p. 5",  # its source
    "Pemerintah Desa Benan",  # partner 2
    "desa benan",  # an id with a space: refused, asked again
    "desa-benan",
    "2",  # kind, by number: village-government
    "-",  # contributes nothing
    "",  # benefits not known
    "",  # understanding not known (default)
    "",  # no quote
    "",  # no third partner
    "",  # title: the default
    "2019",  # first year
    "2018",  # last year before the first: refused
    "2023",
    "Benan",
    "Katang Bidare",
    "Lingga",
    "",  # province skipped
    "Sapitri, E. (2023). Kemitraan P2TP2A.",
    "interviews",
    "1",  # the study's conclusion: the model it applied (1 = not said)
    "child protection",  # shared service
    "children",  # shared target
    "maybe",  # vision and mission: not a choice, asked again
    "",  # unknown (default)
    "",  # no quote
    "Sosialisasi perlindungan anak",  # program 1
    "sosialisasi",
    "parents and children",
    "lead",  # planning: P2TP2A
    "aktif",  # planning: the village, in Indonesian: active
    "",  # no quote
    "5",  # implementation: P2TP2A leads
    "informed",
    "Sisanya kurang terlibat aktif",
    "Sapitri et al. 2023, p. 6",
    "lead",  # evaluation: P2TP2A
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
    "yes",  # the relation between the parties: the evidence says something
    "2",  # alike in status, size and power: no (by number)
    "Pihak yang bermitra memiliki status dan kekuatan yang berbeda",  # its quote
    "Sapitri et al. 2023, p. 6",
    "",  # subordinated: not known
    "",  # equal roles
    "yes",  # information exchanged
    "",  # no quote
    "",  # activities
    "some",  # resources shared: some
    "",  # no quote
    "",  # risks
    "frequent",  # communication
    "",  # no quote
    "",  # decisions
    "no",  # capacity building: none
    "yes",  # constraints?
    "1",  # budget
    "The regency's budget is only Rp 5.000.000 a year",
    "Rp 5.000.000",
    "",  # per year (default)
    "Report to the regency to raise the budget",
    "",  # no other solution
    "no",  # no other constraint
]


def _init(tmp_path: Path, answers: list[str], *args: str) -> tuple[int, str, Path]:
    target = tmp_path / "desa.yaml"
    result = runner.invoke(app, ["init", str(target), *args], input="\n".join(answers) + "\n")
    return result.exit_code, result.output, target


def test_guided_answers_make_a_file_that_validates_and_assesses(tmp_path: Path) -> None:
    code, output, target = _init(tmp_path, BENAN)
    assert code == 0, output
    p, _, _ = load_partnership(target)
    assert [x.id for x in p.partners] == ["p2tp2a", "desa-benan"]
    assert p.partners[0].benefits == ["access to the village: community"]
    assert p.partners[1].kind == "village-government"
    assert p.partners[1].contributes == [] and p.partners[1].benefits is None
    assert p.title == "Partnership of P2TP2A Kecamatan Katang Bidare and Pemerintah Desa Benan"
    assert p.period is not None and (p.period.from_, p.period.to) == (2019, 2023)
    program = p.programs[0]
    assert program.planning and program.planning.participation == {"p2tp2a": "lead", "desa-benan": "active"}
    assert program.implementation and program.implementation.participation["desa-benan"] == "informed"
    assert program.evaluation and program.evaluation.participation["desa-benan"] == "absent"
    assert p.principles and p.principles.equity and p.principles.equity.score == 3
    assert p.principles.mutual_benefit is None
    assert p.capacity_building == []
    relation = p.relation
    assert relation is not None and relation.similar is not None and relation.similar.value == "no"
    assert relation.similar.evidence[0].source == "Sapitri et al. 2023, p. 6"
    assert relation.information is not None and relation.information.value == "yes"
    assert relation.resources is not None and relation.resources.value == "some"
    assert relation.communication is not None and relation.communication.value == "frequent"
    assert relation.subordinated is None and relation.decisions is None  # not known: left out
    assert p.constraints[0].amount and p.constraints[0].amount.value == 5000000
    assert p.constraints[0].amount.per == "year"
    assert "Cannot use that:" in output and output.count("Cannot use that:") == 4
    assess = runner.invoke(app, ["assess", str(target), "--format", "json"])
    assert assess.exit_code == 0
    assert '"verdict": "model-1"' in assess.stdout


def test_guided_file_is_commented_and_points_editors_at_a_schema(tmp_path: Path) -> None:
    code, output, target = _init(tmp_path, BENAN)
    assert code == 0, output
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=kemitraan.schema.json\n")
    assert "# Check: kemitraan validate desa.yaml" in text
    assert "understands_purpose: yes  # yes | partly | no | unknown" in text
    assert "    desa-benan: informed  # only told of the outcome" in text
    assert "# mutual_benefit: {score: 1-5}" in text  # skipped: left for the user to fill in
    assert "# benefits: ...   (not known; fill in when known)" in text
    schema = tmp_path / "kemitraan.schema.json"
    assert schema.read_text(encoding="utf-8") == schema_text("en")
    assert f"Wrote {target}" in output


# Only the two partners' names are given; every other question is skipped with Enter.
PARTNER = ["", "", "", "", "", ""]  # id (default), kind, contributes, benefits, understands, quote
ABOUT = ["", "", "", "", "", "", "", ""]  # title, first year, 4 x place, citation, method
SHARED = ["", "", "", "", ""]  # service, target, another characteristic, vision and mission, quote
NOT_KNOWN = ["Puskesmas", *PARTNER, "Desa", *PARTNER, "", *ABOUT, *SHARED]
AFTER_PROGRAMS = [
    *[""] * 8,
    "",
    "",
    "",
    "",
    "tidak",
]  # 8 principles, agreement, balance, relation, capacity, no constraints


def test_answers_in_indonesian(tmp_path: Path) -> None:
    code, output, target = _init(tmp_path, [*NOT_KNOWN, "", *AFTER_PROGRAMS], "--lang", "id")
    assert code == 0, output
    assert "Nama mitra ke-1 (wajib)" in output and "Ditulis:" in output
    assert "Bahasa / Language" not in output  # --lang given: not asked
    p, text, _ = load_partnership(target)
    assert p.language == "id" and p.programs == [] and p.capacity_building is None
    assert p.title == "Kemitraan Puskesmas dengan Desa"
    assert "# Organisasi yang bermitra" in text


def test_every_answer_can_be_skipped(tmp_path: Path) -> None:
    program = [
        "Posyandu",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
    ]  # name, id, target, 3 x (2 levels, joint, quote)
    code, output, target = _init(tmp_path, ["en", *NOT_KNOWN, *program, "", *AFTER_PROGRAMS])
    assert code == 0, output
    p, _, _ = load_partnership(target)
    assert p.programs[0].planning and p.programs[0].planning.participation == {
        "puskesmas": "unknown",
        "desa": "unknown",
    }
    assert p.period is None and p.principles is None  # all skipped: left as comments
    result = runner.invoke(app, ["assess", str(target), "--format", "json"])
    assert result.exit_code == 0
    assert '"verdict": "insufficient-evidence"' in result.stdout


def test_existing_file_is_not_overwritten_without_asking(tmp_path: Path) -> None:
    target = tmp_path / "desa.yaml"
    target.write_text("my own notes\n", encoding="utf-8")
    refused = runner.invoke(app, ["init", str(target), "--lang", "en"], input="no\n")
    assert refused.exit_code == 2
    assert "exists and was not overwritten" in refused.output
    assert target.read_text(encoding="utf-8") == "my own notes\n"
    default = runner.invoke(app, ["init", str(target), "--blank"], input="\n")
    assert default.exit_code == 2 and target.read_text(encoding="utf-8") == "my own notes\n"
    ended = runner.invoke(app, ["init", str(target), "--blank"], input="")
    assert ended.exit_code == 130 and target.read_text(encoding="utf-8") == "my own notes\n"
    agreed = runner.invoke(app, ["init", str(target), "--blank", "--lang", "en"], input="yes\n")
    assert agreed.exit_code == 0
    load_partnership(target)


def test_stopping_midway_writes_nothing(tmp_path: Path) -> None:
    code, output, target = _init(tmp_path, BENAN[:20])
    assert code == 130
    assert "init stopped; nothing was written" in output
    assert not target.exists() and not (tmp_path / "kemitraan.schema.json").exists()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_blank_template_validates_and_explains_every_field(tmp_path: Path, lang: str) -> None:
    target = tmp_path / "desa.yaml"
    result = runner.invoke(app, ["init", "--blank", str(target), "--lang", lang])
    assert result.exit_code == 0, result.output
    p, text, _ = load_partnership(target)
    assert p.id == "desa" and p.language == lang and len(p.partners) == 2
    data = yaml.load(text, Loader=Yaml12Loader)
    unknown = "tidak diketahui" if lang == "id" else "unknown"  # the words of the file's language
    a, b = ("mitra-a", "mitra-b") if lang == "id" else ("partner-a", "partner-b")
    assert data["programs"][0]["planning"]["participation"] == {a: unknown, b: unknown}
    planning = p.programs[0].planning
    assert planning is not None
    assert planning.participation == {a: "unknown", b: "unknown"}
    for key in ("capacity_building", "constraints", "principles", "period", "place"):
        assert f"{key}:" in text
    assess = runner.invoke(app, ["assess", str(target), "--format", "json"])
    assert assess.exit_code == 0 and '"insufficient-evidence"' in assess.stdout


def test_existing_schema_file_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "kemitraan.schema.json").write_text("{}\n", encoding="utf-8")
    result = runner.invoke(app, ["init", "--blank", str(tmp_path / "a.yaml"), "--lang", "en"])
    assert result.exit_code == 0
    assert (tmp_path / "kemitraan.schema.json").read_text(encoding="utf-8") == "{}\n"
    assert "exists and was left as it is; refresh it with: kemitraan schema --lang en -o" in result.output


def test_blank_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    runner.invoke(app, ["init", "--blank", str(a / "x.yaml")])
    runner.invoke(app, ["init", "--blank", str(b / "x.yaml")])
    assert (a / "x.yaml").read_bytes() == (b / "x.yaml").read_bytes()


def test_a_study_is_encoded_without_inventing_levels(tmp_path: Path) -> None:
    """No level known: the phase's jointness as the evidence states it; the balance; the study's verdict."""
    about = ["", "", "", "", "", "", "Sapitri, E. (2023). Kemitraan P2TP2A.", ""]  # title .. citation, method
    conclusion = [
        "2",
        "2",
        "Model kemitraan P2TP2A menggunakan Model I.",
        "Kesimpulan 1",
    ]  # Notoatmodjo, Model I
    shared = ["", "", "anak sebagai sasaran utama", "", ""]  # no service or target: another characteristic
    program = ["Sosialisasi", "", ""]
    phases = [*["", "", "yes", ""], *["", "", "no", ""], *["", "", "", ""]]  # 2 unknown levels, joint, quote
    balance = ["unbalanced", "2", "", ""]  # who dominates: the first partner; no quote
    answers = ["en", "P2TP2A", *PARTNER, "Desa", *PARTNER, "", *about, *conclusion, *shared]
    answers += [*program, *phases, "", *[""] * 8, "", *balance, "", "", "tidak"]
    code, output, target = _init(tmp_path, answers)
    assert code == 0, output
    p, _, _ = load_partnership(target)
    assert p.source is not None and p.source.conclusions[0].verdict == "model-1"
    assert p.shared is not None and p.shared.characteristic == "anak sebagai sasaran utama"
    planning, implementation, evaluation = (
        p.programs[0].phase(x) for x in ("planning", "implementation", "evaluation")
    )
    assert planning is not None and planning.joint == "yes"
    assert implementation is not None and implementation.joint == "no"
    assert evaluation is not None and evaluation.joint == "unknown"
    assert p.balance is not None and (p.balance.stated, p.balance.dominant) == ("unbalanced", "p2tp2a")
    data = runner.invoke(app, ["assess", str(target), "--format", "json"]).stdout
    assert '"outcome": "agree"' in data
