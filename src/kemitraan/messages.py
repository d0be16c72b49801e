"""Every sentence the tool writes, in Indonesian and English, and the one formatter for them.

Placeholders are ``{name}`` and are filled by plain substitution (never ``str.format``), so a
partner called ``{0.__class__}`` is just text. ``tests/test_messages.py`` fails when a key
lacks either language or the two languages use different placeholders.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from kemitraan.indicators.base import Msg
from kemitraan.models.rubric import Text

LANGS = ("id", "en")

M: dict[str, tuple[str, str]] = {
    # participation levels, phases, answers
    "level.absent": ("tidak terlibat", "absent"),
    "level.informed": ("diberi tahu", "informed"),
    "level.consulted": ("dimintai pendapat", "consulted"),
    "level.active": ("aktif", "active"),
    "level.lead": ("memimpin", "lead"),
    "level.unknown": ("tidak diketahui", "unknown"),
    "level.absent.help": ("tidak ikut sama sekali", "took no part"),
    "level.informed.help": ("hanya diberi tahu hasilnya", "only told of the outcome"),
    "level.consulted.help": (
        "dimintai pendapat, tetapi tidak ikut memutuskan",
        "asked for views, not part of deciding",
    ),
    "level.active.help": (
        "ikut memutuskan dan mengerjakan",
        "shared in deciding and doing the work",
    ),
    "level.lead.help": ("memimpin dan bertanggung jawab", "led the phase and answered for it"),
    "level.unknown.help": ("belum diketahui", "not known"),
    "phase.planning": ("perencanaan", "planning"),
    "phase.implementation": ("pelaksanaan", "implementation"),
    "phase.evaluation": ("evaluasi", "evaluation"),
    "value.yes": ("ya", "yes"),
    "value.partly": ("sebagian", "partly"),
    "value.no": ("tidak", "no"),
    "value.unknown": ("tidak diketahui", "unknown"),
    "value.joint": ("bersama", "joint"),
    "value.separate": ("terpisah", "separate"),
    "value.written": ("tertulis", "written"),
    "value.verbal": ("lisan", "verbal"),
    "value.none": ("tidak ada", "none"),
    "word.none": ("tidak ada", "none"),
    "word.unknown": ("tidak diketahui", "unknown"),
    "truth.yes": ("ya", "yes"),
    "truth.no": ("tidak", "no"),
    "truth.unknown": ("tidak diketahui", "unknown"),
    "principle.equity": ("Kesetaraan", "Equity"),
    "principle.transparency": ("Keterbukaan", "Transparency"),
    "principle.mutual_benefit": ("Saling menguntungkan", "Mutual benefit"),
    "principle.shared_vision_mission": ("Kesamaan visi-misi", "Shared vision and mission"),
    "principle.trust": ("Kepercayaan", "Trust"),
    "principle.efficiency": ("Efisiensi dan efektivitas", "Efficiency and effectiveness"),
    "principle.dialogic_communication": ("Komunikasi dialogis", "Dialogic communication"),
    "principle.commitment": ("Komitmen yang kuat", "Strong commitment"),
    "constraint.budget": ("Anggaran", "Budget"),
    "constraint.staff": ("Sumber daya manusia", "Staff"),
    "constraint.coordination": ("Koordinasi", "Coordination"),
    "constraint.communication": ("Komunikasi", "Communication"),
    "constraint.geography": ("Geografis", "Geography"),
    "constraint.other": ("Lainnya", "Other"),
    "per.year": ("per tahun", "per year"),
    "per.month": ("per bulan", "per month"),
    "per.week": ("per minggu", "per week"),
    "per.day": ("per hari", "per day"),
    "per.program": ("per program", "per program"),
    "per.once": ("sekali", "once"),
    "kind.service-unit": ("unit layanan", "service unit"),
    "kind.village-government": ("pemerintah desa", "village government"),
    "kind.district-government": ("pemerintah kecamatan", "district government"),
    "kind.regency-government": ("pemerintah kabupaten/kota", "regency government"),
    "kind.provincial-government": ("pemerintah provinsi", "provincial government"),
    "kind.central-government": ("pemerintah pusat", "central government"),
    "kind.ngo": ("LSM", "NGO"),
    "kind.community": ("kelompok masyarakat", "community group"),
    "kind.private": ("swasta", "private sector"),
    "kind.school": ("sekolah", "school"),
    "kind.university": ("perguruan tinggi", "university"),
    "kind.health": ("layanan kesehatan", "health service"),
    "kind.religious": ("lembaga keagamaan", "religious institution"),
    "kind.media": ("media", "media"),
    "kind.other": ("lainnya", "other"),
    "verdict.insufficient": ("Bukti belum cukup", "Insufficient evidence"),
    "verdict.insufficient.description": (
        "Fakta yang diperlukan untuk menentukan model belum tercatat atau tidak diketahui.",
        "The facts needed to decide the model are not recorded or not known.",
    ),
    # small formats
    "fmt.partner_level": ("{partner}: {level}", "{partner}: {level}"),
    "fmt.program_phase": ("{program} ({phase})", "{program} ({phase})"),
    "fmt.field_value": ("{field}: {value}", "{field}: {value}"),
    "fmt.partner_items": ("{partner}: {items}", "{partner}: {items}"),
    "fmt.flow": ("{from} → {to}: {what}", "{from} → {to}: {what}"),
    "fmt.at_least": ("minimal {value}", "at least {value}"),
    "fmt.at_most": ("paling tinggi {value}", "at most {value}"),
    "fmt.range": ("antara {low} dan {high}", "anywhere from {low} to {high}"),
    "fmt.criterion_value": ("{criterion}: {value}", "{criterion}: {value}"),
    "fmt.amount": ("{money} {per}", "{money} {per}"),
    "fmt.percent": ("{value}", "{value}"),
    "fmt.number": ("{value}", "{value}"),
    "fmt.money": ("{value}", "{value}"),
    # indicator details
    "ind.phase_joint.missing": (
        "Partisipasi pada tahap {phase} tidak tercatat.",
        "No participation is recorded for {phase}.",
    ),
    "ind.phase_joint.detail": (
        "Tahap {phase}: {levels}. {engaged} mitra aktif atau memimpin; bersama bila minimal {min_partners} mitra {min_level} atau lebih.",
        "In {phase}: {levels}. {engaged} partner(s) active or leading; joint when at least {min_partners} are {min_level} or above.",
    ),
    "ind.joint_phase_share.none": (
        "Belum ada tahap program yang tercatat.",
        "No program phase is recorded.",
    ),
    "ind.joint_phase_share.detail": (
        "{joint} dari {total} tahap program dikerjakan bersama ({share}); {unknown} tidak diketahui.",
        "{joint} of {total} program phases are joint ({share}); {unknown} unknown.",
    ),
    "ind.phases_recorded.no_programs": (
        "Tidak ada program yang tercatat.",
        "No program is recorded.",
    ),
    "ind.phases_recorded.missing": (
        "{recorded} dari {total} tahap tercatat; belum tercatat: {missing}.",
        "{recorded} of {total} phases recorded; not recorded: {missing}.",
    ),
    "ind.phases_recorded.ok": (
        "Partisipasi tercatat pada semua {total} tahap program.",
        "Participation is recorded for all {total} program phases.",
    ),
    "ind.dominance.none": (
        "Belum ada tahap program yang tercatat.",
        "No program phase is recorded.",
    ),
    "ind.dominance.detail": (
        "Pada {dominated} dari {total} tahap ({share}) hanya satu mitra yang aktif ({dominant}); yang lain sekadar diberi tahu, dimintai pendapat atau tidak terlibat ({sidelined}).",
        "In {dominated} of {total} phases ({share}) only one partner is active ({dominant}); the others are at most informed or consulted ({sidelined}).",
    ),
    "ind.choice.detail": ("{field}: {value}.", "{field}: {value}."),
    "ind.any_present.found": ("Tercatat: {found}.", "Recorded: {found}."),
    "ind.any_present.none": ("Tidak tercatat: {fields}.", "Not recorded: {fields}."),
    "ind.understands.detail": (
        "Pemahaman tujuan kemitraan: {levels}. Belum memahami: {lacking}; tidak diketahui: {unknown}.",
        "Understanding of the partnership's purpose: {levels}. Not (fully) understanding: {lacking}; unknown: {unknown}.",
    ),
    "ind.benefits.detail": (
        "Manfaat yang diperoleh: {items}. Tanpa manfaat: {empty}; tidak diketahui: {unknown}.",
        "Benefits gained: {items}. No benefit: {empty}; unknown: {unknown}.",
    ),
    "ind.contributes.detail": (
        "Kontribusi: {items}. Tanpa kontribusi: {empty}; tidak diketahui: {unknown}.",
        "Contributions: {items}. Contributing nothing: {empty}; unknown: {unknown}.",
    ),
    "ind.capacity.unknown": (
        "Tidak tercatat apakah para mitra saling meningkatkan kapasitas.",
        "Not recorded whether the partners build each other's capacity.",
    ),
    "ind.capacity.detail": (
        "Peningkatan kapasitas: {flows}. Mitra yang tidak memberi dan menerima: {lacking}.",
        "Capacity building: {flows}. Partners not both giving and receiving: {lacking}.",
    ),
    "ind.principle_score.missing": ("{principle} belum diberi skor.", "{principle} is not scored."),
    "ind.principle_score.detail": (
        "{principle}: skor {score} (kriteria: {bound}).",
        "{principle}: score {score} (criterion: {bound}).",
    ),
    "ind.principle_mean.too_few": (
        "Baru {scored} prinsip yang diberi skor; perlu minimal {min_scored}.",
        "Only {scored} principle(s) scored; at least {min_scored} needed.",
    ),
    "ind.principle_mean.detail": (
        "Rata-rata {mean} dari {scored} dari {total} prinsip (batas: {at_least}); terendah ({low}): {lowest}.",
        "Mean {mean} over {scored} of {total} principles (threshold: {at_least}); lowest ({low}): {lowest}.",
    ),
    "ind.principle_mean.partial": (
        "Rata-rata {mean} dari {scored} dari {total} prinsip; karena {unscored} belum diberi skor,"
        " rata-rata seluruh prinsip bisa {range} (batas: {at_least}); terendah ({low}): {lowest}.",
        "Mean {mean} over {scored} of {total} principles; as {unscored} are not scored, the mean of all"
        " of them could be {range} (threshold: {at_least}); lowest ({low}): {lowest}.",
    ),
    # engine
    "engine.no_programs": ("Tidak ada program yang tercatat.", "No program is recorded."),
    "engine.programs_met": (
        "Terpenuhi pada {met} dari {total} program; belum: {failing}.",
        "Met in {met} of {total} programs; not in: {failing}.",
    ),
    "engine.gather": ("Kumpulkan bukti untuk: {criterion}.", "Gather evidence on: {criterion}."),
    "engine.change": ("Penuhi kriteria: {criterion}.", "Meet the criterion: {criterion}."),
    "reason.ruled_out": (
        "{verdict}: tidak terpenuhi ({because}).",
        "{verdict}: not met ({because}).",
    ),
    "reason.otherwise": ("Karena itu: {verdict}.", "Therefore: {verdict}."),
    "reason.holds": ("{verdict}, karena: {because}.", "{verdict}, because: {because}."),
    "reason.required": (
        "Belum dapat ditentukan; fakta dasar belum ada: {missing}.",
        "Cannot be decided; basic facts are missing: {missing}.",
    ),
    "reason.insufficient": (
        "Fakta yang ada masih memungkinkan {possible}; yang belum diketahui: {missing}.",
        "The facts still allow {possible}; not known: {missing}.",
    ),
    "reason.all_paths": (
        "{verdict}: apa pun nilai fakta yang belum diketahui, hasilnya sama.",
        "{verdict}: whatever the unknown facts turn out to be, the result is the same.",
    ),
    # reports
    "report.title": ("Laporan penilaian kemitraan", "Partnership assessment report"),
    "report.summary": ("Ringkasan", "Summary"),
    "report.rubric": ("Model", "Model"),
    "report.verdict": ("Hasil", "Verdict"),
    "report.support": ("Dukungan", "Support"),
    "report.margin": ("Selisih", "Margin"),
    "report.place": ("Lokasi", "Place"),
    "report.period": ("Periode", "Period"),
    "report.source": ("Sumber", "Source"),
    "report.method": ("Metode", "Method"),
    "report.partners": ("Mitra", "Partners"),
    "report.why": ("Mengapa", "Why"),
    "report.criteria": ("Kriteria", "Criteria"),
    "report.criterion": ("Kriteria", "Criterion"),
    "report.met": ("Terpenuhi", "Met"),
    "report.detail": ("Keterangan", "Detail"),
    "report.evidence": ("Bukti", "Evidence"),
    "report.no_evidence": ("Tidak ada kutipan bukti.", "No evidence quotes."),
    "report.candidates": ("Dukungan tiap kemungkinan hasil", "Support for each candidate verdict"),
    "report.signs": ("Tanda", "Signs"),
    "report.per_program": ("Hasil per program", "Per-program results"),
    "report.per_program.rule": (
        "Hasil keseluruhan memakai setiap kriteria program sebagai terpenuhi hanya bila terpenuhi di semua program.",
        "The overall verdict counts a program criterion as met only when it is met in every program.",
    ),
    "report.program": ("Program", "Program"),
    "report.phase": ("Tahap", "Phase"),
    "report.joint": ("Bersama?", "Joint?"),
    "report.participation": ("Matriks partisipasi", "Participation matrix"),
    "report.participation.note": (
        "Tahap bersama: minimal dua mitra aktif atau memimpin. Mitra yang tidak dicantumkan pada suatu tahap dianggap tidak terlibat.",
        "A phase is joint when at least two partners are active or lead. A partner not listed in a phase took no part.",
    ),
    "report.not_recorded": ("tidak tercatat", "not recorded"),
    "report.principles": ("Prinsip kemitraan", "Principles of partnership"),
    "report.score": ("Skor", "Score"),
    "report.constraints": ("Kendala dan solusi", "Constraints and solutions"),
    "report.no_constraints": ("Tidak ada kendala yang tercatat.", "No constraints recorded."),
    "report.solutions": ("Solusi", "Solutions"),
    "report.no_solutions": ("belum ada solusi tercatat", "no solution recorded"),
    "report.amount": ("Jumlah", "Amount"),
    "report.recommendations": ("Rekomendasi", "Recommendations"),
    "report.toward": ("menuju {verdict}", "toward {verdict}"),
    "report.top": (
        "Sudah berada pada kelas tertinggi model ini.",
        "Already at this model's highest class.",
    ),
    "report.no_recommendations": ("Tidak ada rekomendasi.", "No recommendations."),
    "report.kind.change": ("ubah", "change"),
    "report.kind.gather": ("kumpulkan bukti", "gather evidence"),
    "report.missing": ("Yang belum diketahui", "What is missing"),
    "report.theory": ("Teori yang dirujuk", "Theory cited"),
    "report.reproduce": ("Cara mereproduksi", "How to reproduce"),
    "report.reproduce.text": (
        "Laporan ini dihasilkan oleh {tool} {version} dari berkas {file} (sha256 {sha}). Masukan dan rubrik yang sama menghasilkan laporan yang sama persis.",
        "This report was produced by {tool} {version} from {file} (sha256 {sha}). The same input and rubrics give a byte-identical report.",
    ),
    "report.rubric_version": ("versi", "version"),
    "report.generated_at": ("Dibuat pada", "Generated at"),
    "report.yes": ("ya", "yes"),
    "report.no": ("tidak", "no"),
    "report.unknown": ("?", "?"),
    "report.possible": ("Masih mungkin", "Still possible"),
}


def _number(value: float | int, lang: str, decimals: int = 2) -> str:
    if isinstance(value, int) or float(value).is_integer():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    if lang == "id":  # Indonesian: 5.000.000 and 2,75
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def _special(msg: Msg, lang: str) -> str | None:
    value = msg.params.get("value")
    if msg.key == "fmt.percent" and isinstance(value, int | float):
        return f"{round(value * 100)}%"
    if msg.key == "fmt.number" and isinstance(value, int | float):
        return _number(value, lang)
    if msg.key == "fmt.money" and isinstance(value, int | float):
        currency = str(msg.params.get("currency", "IDR"))
        if currency == "IDR" and lang == "id":
            return f"Rp {_number(value, lang)}"
        return f"{currency} {_number(value, lang)}"
    return None


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def value(v: Any, lang: str) -> str:
    """One placeholder value in the given language."""
    if isinstance(v, Msg):
        return fmt(v, lang)
    if isinstance(v, Text):
        return v.get(lang)
    if isinstance(v, bool):
        return M["truth.yes" if v else "truth.no"][0 if lang == "id" else 1]
    if isinstance(v, int | float):
        return _number(v, lang)
    if isinstance(v, list | tuple):
        return (
            "; ".join(value(x, lang) for x in v)
            if any(isinstance(x, Msg) for x in v)
            else ", ".join(value(x, lang) for x in v)
        )
    return str(v)


def substitute(template: str, params: Mapping[str, Any], lang: str) -> str:
    return _PLACEHOLDER.sub(
        lambda m: value(params[m.group(1)], lang) if m.group(1) in params else m.group(0), template
    )


def fmt(msg: Msg, lang: str) -> str:
    """The message in ``lang`` ("id" or "en")."""
    special = _special(msg, lang)
    if special is not None:
        return special
    return substitute(M[msg.key][0 if lang == "id" else 1], msg.params, lang)


def t(key: str, lang: str, **params: Any) -> str:
    """Shorthand for templates and renderers: ``t("report.why", "en")``."""
    return fmt(Msg(key, params), lang)


def text(msg: Msg) -> Text:
    """The message in both languages."""
    return Text(id=fmt(msg, "id"), en=fmt(msg, "en"))


def fill(template: Text, params: Mapping[str, Any]) -> Text:
    """A rubric's bilingual text with ``{placeholders}`` filled in each language."""
    return Text(id=substitute(template.id, params, "id"), en=substitute(template.en, params, "en"))


def join_text(parts: Iterable[Msg]) -> Text:
    parts = list(parts)
    return Text(id=" ".join(fmt(m, "id") for m in parts), en=" ".join(fmt(m, "en") for m in parts))
