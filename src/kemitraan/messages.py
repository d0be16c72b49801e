"""Every sentence the tool writes, in Indonesian and English, and the one formatter for them.

Placeholders are ``{name}`` and are filled by plain substitution (never ``str.format``), so a
partner called ``{0.__class__}`` is just text. ``tests/test_messages.py`` fails when a key
lacks either language or the two languages use different placeholders.
"""

from __future__ import annotations

import functools
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
    "value.balanced": ("seimbang", "balanced"),
    "value.unbalanced": ("tidak seimbang", "unbalanced"),
    "value.some": ("sebagian", "some"),
    "value.full": ("sepenuhnya", "full"),
    "value.infrequent": ("jarang atau tidak ada", "little or none"),
    "value.formal": ("formal, tidak sering", "formal, not frequent"),
    "value.frequent": ("sering", "frequent"),
    "value.prioritised": ("sering dan diutamakan", "frequent and prioritised"),
    "value.independent": ("masing-masing memutuskan sendiri", "each decides on its own"),
    "value.some-shared": ("sebagian diputuskan bersama", "some decisions shared"),
    "value.all-members": ("semua anggota ikut memutuskan", "every member takes part"),
    "value.consensus": ("dengan mufakat", "by consensus"),
    "share.none": ("tidak ada: masing-masing memakai miliknya sendiri", "none: each uses its own"),
    "share.some": ("sebagian dibagi", "some: part is shared"),
    "share.full": ("dibagi sepenuhnya", "full: shared in full"),
    "share.unknown": ("tidak diketahui", "unknown"),
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
    "fmt.more_than": ("lebih dari {value}", "more than {value}"),
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
        "Tahap {phase}: {levels}. {engaged} mitra diketahui {min_level} atau lebih; tahap bersama bila {who} {min_level} atau lebih.",
        "In {phase}: {levels}. {engaged} partner(s) known to be {min_level} or above; the phase is joint when {who} {min_level} or above.",
    ),
    "ind.phase_joint.detail_stated": (
        "Tahap {phase}: {levels}. {stated} {engaged} mitra diketahui {min_level} atau lebih; tahap bersama bila {who} {min_level} atau lebih.",
        "In {phase}: {levels}. {stated} {engaged} partner(s) known to be {min_level} or above; the phase is joint when {who} {min_level} or above.",
    ),
    "ind.phase_joint.stated_only": (
        "Tahap {phase}: tingkat peran tiap mitra tidak dicatat. {stated} (Tahap bersama bila {who} {min_level} atau lebih.)",
        "In {phase}: no partner's level is recorded. {stated} (The phase is joint when {who} {min_level} or above.)",
    ),
    "ind.levels_not_given": (
        "tingkat peran tiap mitra tidak dicatat",
        "no partner's level is recorded",
    ),
    "ind.stated_joint.yes": (
        "Studi menyatakan tahap ini dikerjakan bersama.",
        "The study states this phase was done jointly.",
    ),
    "ind.stated_joint.no": (
        "Studi menyatakan tahap ini tidak dikerjakan bersama.",
        "The study states this phase was not done jointly.",
    ),
    "ind.who.all": (
        "setiap mitra yang ikut dalam program (minimal dua) berperan",
        "every partner taking part in the program (at least two) is",
    ),
    "ind.who.count": ("minimal {count} mitra berperan", "at least {count} partners are"),
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
        "Tidak ada program yang tercatat, dan studi tidak menyatakan keseimbangan kemitraan.",
        "No program is recorded, and the study states nothing about the partnership's balance.",
    ),
    "ind.dominance.detail": (
        "Dari {total} tahap program (yang tidak tercatat dihitung sebagai tidak diketahui), tahap yang dikerjakan satu mitra saja pada tingkat {min_level} atau lebih sementara mitra lain hadir tetapi paling tinggi dimintai pendapat: {each}. Satu pihak mendominasi bila mitra yang sama melakukannya pada {threshold} tahap. {stated}",
        "Of the {total} program phases (an unrecorded one counts as unknown), those one partner alone carries at {min_level} or above while the others present are at most consulted: {each}. One party dominates when the same partner does so in {threshold} of the phases. {stated}",
    ),
    "ind.dominance.count": ("{count} ({share})", "{count} ({share})"),
    "ind.dominance.count_range": (
        "antara {low} dan {high} ({low_share} sampai {high_share})",
        "{low} to {high} ({low_share} to {high_share})",
    ),
    "ind.balance.unknown": (
        "Studi tidak menyatakan apakah kemitraan berjalan seimbang.",
        "The study does not state whether the partnership is balanced.",
    ),
    "ind.balance.balanced": (
        "Studi menyatakan kemitraan berjalan seimbang.",
        "The study states the partnership is balanced.",
    ),
    "ind.balance.unbalanced": (
        "Studi menyatakan kemitraan tidak berjalan seimbang.",
        "The study states the partnership is not balanced.",
    ),
    "ind.balance.dominant": (
        "Studi menyatakan {partner} mendominasi kemitraan.",
        "The study states that {partner} dominates the partnership.",
    ),
    "ind.choice.detail": ("{field}: {value}.", "{field}: {value}."),
    "ind.choice.detail_joint": (
        "{field}: {value}. Tahap program yang dikerjakan bersama ({phases}): {joint}.",
        "{field}: {value}. Program phases done jointly ({phases}): {joint}.",
    ),
    "ind.subordination.detail": (
        "Dinyatakan ada pihak yang tersubordinasi (relation.subordinated): {stated}. Dominasi: {dominance}",
        "Stated that a party is subordinated (relation.subordinated): {stated}. Dominance: {dominance}",
    ),
    "ind.any_present.found": ("Tercatat: {found}.", "Recorded: {found}."),
    "ind.any_present.none": ("Tidak tercatat: {fields}.", "Not recorded: {fields}."),
    "ind.network_link.found": ("Tercatat: {found}.", "Recorded: {found}."),
    "ind.network_link.none": (
        "Tidak tercatat layanan, sasaran atau karakteristik lain yang sama (shared.service, shared.target, shared.characteristic).",
        "No shared service, target or other characteristic is recorded (shared.service, shared.target, shared.characteristic).",
    ),
    "ind.network_link.stated_yes": (
        "Studi menyatakan para mitra terhubung oleh layanan, sasaran atau karakteristik yang sama, tanpa menyebutkannya.",
        "The study states the partners are linked by a shared service, target or characteristic, without naming it.",
    ),
    "ind.network_link.stated_no": (
        "Studi menyatakan tidak ada layanan, sasaran atau karakteristik yang sama yang menghubungkan para mitra.",
        "The study states that no shared service, target or characteristic links the partners.",
    ),
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
    "ind.capacity.detail_any": (
        "Peningkatan kapasitas: {flows}.",
        "Capacity building: {flows}.",
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
    "reason.insufficient": (
        "Fakta yang ada masih memungkinkan {possible}; yang belum diketahui: {missing}.",
        "The facts still allow {possible}; not known: {missing}.",
    ),
    "reason.all_paths": (
        "{verdict}: apa pun nilai fakta yang belum diketahui, hasilnya sama.",
        "{verdict}: whatever the unknown facts turn out to be, the result is the same.",
    ),
    # support in words
    "support.shown": (
        "{met} dari {total} tanda terlihat, {known} diketahui; bobot {weight_shown} dari {weight_total}",
        "{met} of {total} signs shown, {known} known; weight {weight_shown} of {weight_total}",
    ),
    "support.tied": (
        "{verdict} dan {others} sama dukungannya ({support}).",
        "{verdict} and {others} have the same support ({support}).",
    ),
    "support.lower": (
        "Dukungan {verdict} ({support}) lebih rendah daripada {other} ({other_support}).",
        "{verdict} has less support ({support}) than {other} ({other_support}).",
    ),
    "support.rests_on_rule": (
        "Hasil {verdict} bertumpu pada aturan keputusan, bukan pada dukungan: tanda penentu (lihat alasan) memutuskannya.",
        "The verdict {verdict} rests on the decision rule, not on the support: a defining sign (see the reason) decides it.",
    ),
    "found.signs": (
        "Yang ditunjukkan fakta: {signs}.",
        "What the facts show: {signs}.",
    ),
    "found.programs": ("ya pada {met} dari {total} program", "yes in {met} of {total} programs"),
    # the study's own conclusion beside kemitraan's verdict
    "study.verdict": ("{verdict} (“{words}”)", "{verdict} (“{words}”)"),
    "study.agree": (
        "Studi menyimpulkan {study}; dari fakta yang tercatat kemitraan menemukan {found}: sesuai.",
        "The study concluded {study}; from the recorded facts kemitraan finds {found}: agree.",
    ),
    "study.differ": (
        "Studi menyimpulkan {study}; dari fakta yang tercatat kemitraan menemukan {found}: berbeda.",
        "The study concluded {study}; from the recorded facts kemitraan finds {found}: differ.",
    ),
    "study.undecided": (
        "Studi menyimpulkan {study}; dari fakta yang tercatat kemitraan belum dapat memutuskan (masih mungkin: {possible}): belum dapat ditentukan.",
        "The study concluded {study}; from the recorded facts kemitraan cannot decide (still possible: {possible}): undecided.",
    ),
    "study.not_assessed": (
        "Studi menyimpulkan {study} menurut {rubric}; kemitraan tidak memiliki rubrik itu: tidak dinilai.",
        "The study concluded {study} by {rubric}; kemitraan has no such rubric: not assessed.",
    ),
    "study.not_a_verdict": (
        "Studi menyimpulkan {study}; rubrik {rubric} kemitraan tidak mengenal hasil itu (hasilnya: {verdicts}): tidak dinilai.",
        "The study concluded {study}; kemitraan's rubric {rubric} has no such verdict (its verdicts: {verdicts}): not assessed.",
    ),
    "study.why.no_rubric": (
        "Tambahkan rubrik {rubric} (--rubric) untuk membandingkannya.",
        "Add a rubric {rubric} (--rubric) to compare it.",
    ),
    "study.why.other_typology": (
        "Studi memakai tipologi lain daripada yang dimuat rubrik {rubric}.",
        "The study uses another typology than the one rubric {rubric} holds.",
    ),
    "study.why.still": (
        "Kesimpulan studi ({study}) masih mungkin menurut fakta.",
        "The study's conclusion ({study}) is still possible from the facts.",
    ),
    "study.why.not_still": (
        "Kesimpulan studi ({study}) tidak lagi mungkin menurut fakta.",
        "The study's conclusion ({study}) is no longer possible from the facts.",
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
    "report.assessor": ("Penilai", "Assessed by"),
    "report.assessed_on": ("Tanggal penilaian", "Assessed on"),
    "fmt.date": ("{day} {month} {year}", "{day} {month} {year}"),
    "month.1": ("Januari", "January"),
    "month.2": ("Februari", "February"),
    "month.3": ("Maret", "March"),
    "month.4": ("April", "April"),
    "month.5": ("Mei", "May"),
    "month.6": ("Juni", "June"),
    "month.7": ("Juli", "July"),
    "month.8": ("Agustus", "August"),
    "month.9": ("September", "September"),
    "month.10": ("Oktober", "October"),
    "month.11": ("November", "November"),
    "month.12": ("Desember", "December"),
    "report.partners": ("Mitra", "Partners"),
    "report.why": ("Mengapa", "Why"),
    "report.criteria": ("Kriteria", "Criteria"),
    "report.criterion": ("Kriteria", "Criterion"),
    "report.met": ("Terpenuhi", "Met"),
    "report.detail": ("Keterangan", "Detail"),
    "report.evidence": ("Bukti", "Evidence"),
    "report.no_evidence": ("Tidak ada kutipan bukti.", "No evidence quotes."),
    "report.candidates": ("Dukungan tiap kemungkinan hasil", "Support for each candidate verdict"),
    "report.operationalisation": ("operasionalisasi oleh kemitraan", "operationalisation by kemitraan"),
    "report.operationalisations": (
        "Aturan yang merupakan operasionalisasi oleh kemitraan",
        "Rules that are an operationalisation by kemitraan",
    ),
    "report.follows": ("mengikuti {sources}", "following {sources}"),
    "report.study": (
        "Kesimpulan studi dan temuan kemitraan",
        "The study's conclusion and kemitraan's finding",
    ),
    "report.study.quote": ("Kesimpulan studi", "The study's conclusion"),
    "report.study.why": ("Mengapa", "Why"),
    "report.study.outcome.agree": ("sesuai", "agree"),
    "report.study.outcome.differ": ("berbeda", "differ"),
    "report.study.outcome.undecided": ("belum dapat ditentukan", "undecided"),
    "report.study.outcome.not-assessed": ("tidak dinilai", "not assessed"),
    "report.stated": ("dinyatakan studi", "stated by the study"),
    "report.principle": ("Prinsip", "Principle"),
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
        "Tahap bersama: setiap mitra yang ikut dalam program aktif atau memimpin. Mitra program yang tidak dicantumkan pada suatu tahap tidak diketahui perannya (bukan tidak terlibat). Bila studi hanya menyatakan apakah suatu tahap dikerjakan bersama, pernyataan itu yang dipakai.",
        "A phase is joint when every partner taking part in the program is active or leads. A program partner not listed in a phase is unknown there (not absent). Where the study only states whether a phase was joint, that statement is used.",
    ),
    "report.not_in_program": ("tidak ikut program ini", "not in this program"),
    "report.not_recorded": ("tidak tercatat", "not recorded"),
    "report.principles": ("Prinsip kemitraan", "Principles of partnership"),
    "report.score": ("Skor", "Score"),
    "report.constraints": ("Kendala dan solusi", "Constraints and solutions"),
    "report.constraint": ("Kendala", "Constraint"),
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
    # many files at once (kemitraan assess FOLDER)
    "summary.var.file": ("Berkas kemitraan", "Partnership file"),
    "summary.var.id": ("ID kemitraan", "Partnership id"),
    "summary.var.title": ("Judul kemitraan", "Title of the partnership"),
    "summary.var.language": ("Bahasa berkas", "Language of the file"),
    "summary.var.period_from": ("Tahun mulai", "First year"),
    "summary.var.period_to": ("Tahun akhir", "Last year"),
    "summary.var.village": ("Desa/kelurahan", "Village"),
    "summary.var.district": ("Kecamatan", "District"),
    "summary.var.regency": ("Kabupaten/kota", "Regency or city"),
    "summary.var.province": ("Provinsi", "Province"),
    "summary.var.country": ("Negara", "Country"),
    "summary.var.code": ("Kode wilayah", "Area code"),
    "summary.var.partners": ("Jumlah mitra", "Number of partners"),
    "summary.var.programs": ("Jumlah program", "Number of programs"),
    "summary.var.verdict": ("{rubric}: putusan", "{rubric}: verdict"),
    "summary.var.support": ("{rubric}: dukungan putusan (0-1)", "{rubric}: support of the verdict (0-1)"),
    "summary.var.margin": (
        "{rubric}: selisih dukungan dengan kandidat berikutnya",
        "{rubric}: margin of support over the next candidate",
    ),
    "summary.var.candidate": (
        "{rubric}: dukungan untuk {verdict} (0-1)",
        "{rubric}: support of {verdict} (0-1)",
    ),
    "summary.var.mean": ("Rata-rata skor prinsip yang dinilai", "Mean of the principle scores given"),
    "summary.var.scored": ("Jumlah prinsip yang diberi skor", "Number of principles scored"),
    "summary.var.principle": ("Skor prinsip: {principle} (1-5)", "Principle score: {principle} (1-5)"),
    "summary.var.error": (
        "Mengapa berkas tidak dapat dinilai (kosong bila dinilai)",
        "Why the file could not be assessed (empty when it was)",
    ),
    "summary.dict.variable": ("variabel", "variable"),
    "summary.dict.label": ("label", "label"),
    "summary.dict.type": ("jenis", "type"),
    "summary.dict.values": ("nilai", "values"),
    "summary.dict.column": ("kolom asal", "source column"),
    "summary.type.text": ("teks", "text"),
    "summary.type.integer": ("bilangan bulat", "integer"),
    "summary.type.number": ("angka", "number"),
    "summary.type.code": ("kode (label nilai)", "code (value labels)"),
    "summary.file_label": ("Ringkasan penilaian kemitraan", "Summary of partnership assessments"),
    "batch.title": ("Ringkasan penilaian", "Assessment summary"),
    "batch.assessed": ("{assessed} dari {total} berkas dinilai", "{assessed} of {total} files assessed"),
    "batch.failed": (
        "{failed} berkas tidak dapat dinilai (pesan kesalahannya di atas)",
        "{failed} file(s) could not be assessed (their errors are above)",
    ),
    "batch.failed_files": ("Berkas yang gagal", "Files that failed"),
    "batch.more": ("dan {count} lainnya", "and {count} more"),
    "batch.files": ("Berkas", "Files"),
    "batch.share": ("Bagian", "Share"),
    "batch.none": ("Tidak ada berkas kemitraan yang ditemukan.", "No partnership files were found."),
    # kemitraan compare A B
    "compare.title": ("Perbandingan", "Comparison"),
    "compare.heading": ("Perbandingan {before} dengan {after}", "Comparison of {before} with {after}"),
    "compare.heading.same": (
        "Perbandingan {before} dan {after} — {title}",
        "Comparison of {before} and {after} — {title}",
    ),
    "compare.warnings": (
        "Kedua berkas mungkin bukan kemitraan yang sama",
        "The two files may not be the same partnership",
    ),
    "compare.warn.id": (
        "Kedua berkas memiliki id yang berbeda: {before} dan {after}.",
        "The two files have different ids: {before} and {after}.",
    ),
    "compare.warn.partners": (
        "Mitranya berbeda: hanya pada berkas pertama: {before}; hanya pada berkas kedua: {after}.",
        "The partners differ: only in the first file: {before}; only in the second: {after}.",
    ),
    "compare.warning": ("kemitraan: peringatan: {warning}", "kemitraan: warning: {warning}"),
    "compare.verdict.changed": ("{rubric}: {before} menjadi {after}.", "{rubric}: {before} became {after}."),
    "compare.verdict.same": ("{rubric}: tetap {after}.", "{rubric}: still {after}."),
    "compare.joint": (
        "Tahap yang dikerjakan bersama pada {before}: {phases_before}; pada {after}: {phases_after}.",
        "Joint phases in {before}: {phases_before}; in {after}: {phases_after}.",
    ),
    "compare.joint.program": (
        "{program}: tahap yang dikerjakan bersama pada {before}: {phases_before}; pada {after}: {phases_after}.",
        "{program}: joint phases in {before}: {phases_before}; in {after}: {phases_after}.",
    ),
    "compare.program.added": (
        "{program}: program baru pada {after}.",
        "{program}: a new program in {after}.",
    ),
    "compare.program.removed": (
        "{program}: tidak dijalankan lagi pada {after}.",
        "{program}: no longer run in {after}.",
    ),
    "compare.mean": (
        "Rata-rata skor prinsip: {mean_before} pada {before}, {mean_after} pada {after}.",
        "Mean principle score: {mean_before} in {before}, {mean_after} in {after}.",
    ),
    "compare.verdicts": ("Hasil per model", "Verdicts"),
    "compare.criteria": ("Kriteria yang berubah", "Criteria that changed"),
    "compare.no_criteria": ("Tidak ada kriteria yang berubah.", "No criterion changed."),
    "compare.participation": ("Partisipasi per tahap", "Participation by phase"),
    "compare.principles": ("Skor prinsip", "Principle scores"),
    "compare.change": ("Perubahan", "Change"),
    "compare.changed": ("berubah", "changed"),
    "compare.same": ("tetap", "same"),
    "compare.mean_row": ("Rata-rata", "Mean"),
    "compare.principle": ("Prinsip", "Principle"),
    "compare.status.added": ("baru", "new"),
    "compare.status.removed": ("tidak ada lagi", "no longer run"),
    # kemitraan compare FOLDER --by regency
    "groups.title": ("Hasil per {by}", "Verdicts by {by}"),
    "groups.by.village": ("desa", "village"),
    "groups.by.district": ("kecamatan", "district"),
    "groups.by.regency": ("kabupaten/kota", "regency"),
    "groups.by.province": ("provinsi", "province"),
    "groups.by.country": ("negara", "country"),
    "groups.by.language": ("bahasa", "language"),
    "groups.by.from": ("tahun mulai", "start year"),
    "groups.by.to": ("tahun akhir", "end year"),
    "groups.by.folder": ("folder", "folder"),
    "groups.none": ("(tidak tercatat)", "(not recorded)"),
    "groups.total": ("Jumlah", "Total"),
    "groups.failed": (
        "{failed} berkas tidak dapat dinilai dan tidak dihitung.",
        "{failed} file(s) could not be assessed and are not counted.",
    ),
    # fieldwork: many informants (kemitraan.fieldwork.aggregate)
    "fw.item.understanding": ("{partner}: memahami tujuan", "{partner}: understands the purpose"),
    "fw.item.benefits": ("{partner}: memperoleh manfaat", "{partner}: gains a benefit"),
    "fw.item.participation": ("{program} · {phase} · {partner}", "{program} · {phase} · {partner}"),
    "fw.item.agreement": ("Bentuk kesepakatan", "Form of the agreement"),
    "fw.item.relation": ("Hubungan: {fact}", "Relation: {fact}"),
    "relation.similar": ("setara dalam status, besaran dan kekuatan", "alike in status, size and power"),
    "relation.subordinated": ("ada pihak yang tersubordinasi", "a party subordinated"),
    "relation.equal_roles": ("peran dan tanggung jawab setara", "equal roles and responsibilities"),
    "relation.information": ("bertukar informasi", "information exchanged"),
    "relation.activities": ("menyesuaikan kegiatan", "activities adjusted"),
    "relation.resources": ("berbagi sumber daya", "resources shared"),
    "relation.risks": ("berbagi risiko", "risks shared"),
    "relation.communication": ("komunikasi", "communication"),
    "relation.decisions": ("pengambilan keputusan", "decision-making"),
    "fw.count": ("{value} ×{count}", "{value} ×{count}"),
    "fw.shown": (
        "{tally} (n = {n}); median {median}; rentang {spread}",
        "{tally} (n = {n}); median {median}; range {spread}",
    ),
    "fw.block.principles": ("Skor prinsip", "Principle scores"),
    "fw.block.participation": ("Tingkat partisipasi", "Participation levels"),
    "fw.alpha.too_few": (
        "Belum cukup: hanya {units} pertanyaan dijawab oleh minimal dua informan (perlu minimal 2).",
        "Not enough: only {units} question(s) answered by at least two informants (2 needed).",
    ),
    "fw.alpha.undefined": (
        "Tidak dapat dihitung: semua jawaban pada {units} pertanyaan sama persis.",
        "Cannot be computed: every answer to the {units} question(s) is the same.",
    ),
    "fw.alpha.reliable": (
        "α = {alpha}: para informan sepakat (minimal 0,800).",
        "α = {alpha}: the informants agree (0.800 or more).",
    ),
    "fw.alpha.tentative": (
        "α = {alpha}: kesepakatan sedang (0,667 sampai di bawah 0,800); simpulan bersifat sementara.",
        "α = {alpha}: moderate agreement (0.667 to below 0.800); conclusions are tentative.",
    ),
    "fw.alpha.low": (
        "α = {alpha}: para informan tidak sepakat (di bawah 0,667); baca median dengan hati-hati.",
        "α = {alpha}: the informants do not agree (below 0.667); read the medians with care.",
    ),
    "fw.aggregate.median": ("median", "median"),
    "fw.aggregate.min": ("minimum", "minimum"),
    "fw.verdict.same": (
        "Dengan agregasi {aggregate} hasilnya sama ({verdict}).",
        "Aggregating by {aggregate} gives the same verdict ({verdict}).",
    ),
    "fw.verdict.changes": (
        "Dengan agregasi {aggregate} hasilnya berubah menjadi {verdict}.",
        "Aggregating by {aggregate} would change the verdict to {verdict}.",
    ),
    "fw.verdict.hinges_one": (
        "Hasil ini bergantung pada satu informan: tanpa jawaban {informants} hasilnya berubah.",
        "This verdict hinges on one informant: without the answers of {informants} it changes.",
    ),
    "fw.verdict.hinges_each": (
        "Hasil ini bergantung pada satu informan: tanpa jawaban salah satu dari {informants} hasilnya berubah.",
        "This verdict hinges on one informant: without the answers of any one of {informants} it changes.",
    ),
    "fw.verdict.robust": (
        "Hasil ini tidak bergantung pada satu informan mana pun.",
        "No single informant's answers decide this verdict.",
    ),
    "fw.report.title": ("Kesepakatan antarinforman", "Agreement between informants"),
    "fw.report.intro": (
        "{informants} informan. Nilai tertulis dalam berkas selalu dipakai; jawaban informan mengisi yang belum tertulis, diagregasi dengan {aggregate}. Tidak sepakat: jawaban berjarak dua langkah skala atau lebih (ya/tidak: keduanya muncul).",
        "{informants} informant(s). A value written in the file is always used; informants' answers fill what is not written, aggregated by {aggregate}. Disagreement: answers two or more steps of the scale apart (yes/no: both given).",
    ),
    "fw.report.question": ("Pertanyaan", "Question"),
    "fw.report.answers": ("Jawaban", "Answers"),
    "fw.report.used": ("Dipakai", "Used"),
    "fw.report.flags": ("Catatan", "Notes"),
    "fw.report.disagreement": ("informan tidak sepakat", "informants disagree"),
    "fw.report.gap": (
        "mitra sendiri: {own}; mitra lain: {others}",
        "own informants: {own}; others: {others}",
    ),
    "fw.report.written": ("tertulis", "written"),
    "fw.report.from_informants": ("dari informan", "from informants"),
    "fw.report.alpha": ("Alpha Krippendorff (ordinal)", "Krippendorff's alpha (ordinal)"),
    "fw.report.verdicts": ("Kepekaan hasil", "How robust the verdicts are"),
    "fw.report.informant_list": ("Informan", "Informants"),
    "fw.report.hinges": ("bergantung pada satu informan", "hinges on one informant"),
    "fw.report.alpha_counts": (
        "{units} pertanyaan, {pairable} jawaban, {informants} informan",
        "{units} questions, {pairable} answers, {informants} informants",
    ),
    # the questionnaire (kemitraan.fieldwork.xlsform)
    "form.title": ("Kuesioner kemitraan: {title}", "Partnership questionnaire: {title}"),
    "form.group.respondent": ("Tentang Anda", "About you"),
    "form.informant": (
        "Kode responden (jika diberikan peneliti)",
        "Respondent code (if the researcher gave you one)",
    ),
    "form.informant.hint": (
        "Kosongkan bila tidak ada; jawaban tetap dikenali dari nomor kirimannya.",
        "Leave empty if none; the answers are still known by their submission id.",
    ),
    "form.organisation": ("Organisasi Anda", "Your organisation"),
    "form.organisation_other": ("Nama organisasi Anda", "Your organisation's name"),
    "form.role": ("Jabatan atau peran Anda", "Your position or role"),
    "form.group.phase": ("{program}: {phase}", "{program}: {phase}"),
    "form.phase.note": (
        "Bagaimana setiap organisasi ikut serta dalam tahap {phase} program berikut?",
        "How did each organisation take part in the {phase} of the following program?",
    ),
    "form.group.principles": ("Prinsip kemitraan (skor 1-5)", "Principles of partnership (score 1-5)"),
    "form.comment": ("Komentar (tidak wajib): {principle}", "Comment (optional): {principle}"),
    "form.group.relation": (
        "Hubungan antarorganisasi dan cara bekerja bersama",
        "How the organisations stand to each other and work together",
    ),
    "form.relation.similar": (
        "Apakah para mitra relatif setara dalam status, besaran dan kekuatan?",
        "Are the partners relatively alike in status, size and power?",
    ),
    "form.relation.subordinated": (
        "Apakah ada mitra yang tersubordinasi oleh mitra lain dalam kemitraan ini?",
        "Is one partner subordinated to another in this partnership?",
    ),
    "form.relation.equal_roles": (
        "Apakah peran, fungsi dan tanggung jawab dibagi setara di antara para mitra?",
        "Are roles, functions and responsibilities shared equally between the partners?",
    ),
    "form.relation.information": (
        "Apakah para mitra bertukar informasi tentang kegiatan dan tujuannya?",
        "Do the partners exchange information about their activities and goals?",
    ),
    "form.relation.activities": (
        "Apakah para mitra menyesuaikan kegiatannya satu sama lain untuk tujuan bersama?",
        "Do the partners adjust their activities to one another for a common purpose?",
    ),
    "form.relation.resources": (
        "Seberapa jauh para mitra berbagi sumber daya (tenaga, dana, tempat, peralatan)?",
        "How far do the partners share resources (staff, funds, venues, equipment)?",
    ),
    "form.relation.risks": (
        "Seberapa jauh para mitra berbagi risiko (dan imbalan) kerja bersama?",
        "How far do the partners share the risks (and rewards) of the work?",
    ),
    "form.relation.communication": (
        "Bagaimana para mitra berkomunikasi?",
        "How do the partners communicate?",
    ),
    "form.relation.decisions": (
        "Bagaimana para mitra mengambil keputusan tentang kerja bersama?",
        "How do the partners take decisions about the common work?",
    ),
    "form.group.own_org": ("Organisasi Anda dalam kemitraan", "Your organisation in the partnership"),
    "form.understands": (
        "Apakah organisasi Anda memahami untuk apa kemitraan ini?",
        "Does your organisation understand what the partnership is for?",
    ),
    "form.gains": (
        "Apakah organisasi Anda memperoleh manfaat dari kemitraan ini?",
        "Does your organisation gain from the partnership?",
    ),
    "form.benefits": ("Manfaat apa yang diperoleh?", "What does it gain?"),
    "form.capacity_from": (
        "Mitra mana yang meningkatkan kemampuan organisasi Anda?",
        "Which partners built your organisation's abilities?",
    ),
    "form.capacity_what": ("Kemampuan apa yang meningkat?", "Which abilities?"),
    "form.capacity_from.constraint": (
        "Pilih mitra lain (bukan organisasi Anda sendiri), atau hanya 'Tidak ada'.",
        "Choose other partners (not your own organisation), or 'None' alone.",
    ),
    "form.phase.note.levels": (
        "Pilih 'Tidak tahu' bila Anda tidak mengetahuinya.",
        "Choose 'Don't know' when you do not know.",
    ),
    "form.agreement": (
        "Dalam bentuk apa kesepakatan kemitraan ini dibuat?",
        "In what form was the partnership agreed?",
    ),
    "form.choice.other_org": ("Organisasi lain", "Another organisation"),
    "form.choice.no_partner": ("Tidak ada", "None"),
    "form.choice.level": ("{level}: {help}", "{level}: {help}"),
    "form.choice.score.1": ("1: sangat lemah", "1: very weak"),
    "form.choice.score.2": ("2: lemah", "2: weak"),
    "form.choice.score.3": ("3: cukup", "3: fair"),
    "form.choice.score.4": ("4: kuat", "4: strong"),
    "form.choice.score.5": ("5: sangat kuat", "5: very strong"),
    "form.choice.yes": ("Ya", "Yes"),
    "form.choice.partly": ("Sebagian", "Partly"),
    "form.choice.no": ("Tidak", "No"),
    "form.choice.unknown": ("Tidak tahu", "Don't know"),
    "form.choice.agreement.written": ("Tertulis (MoU, perjanjian)", "Written (an MoU, a contract)"),
    "form.choice.agreement.verbal": ("Lisan", "Verbal"),
    "form.choice.agreement.none": ("Tidak ada kesepakatan", "No agreement"),
    "form.choice.agreement.unknown": ("Tidak tahu", "Don't know"),
    "qda.target.phase": ("{program}: {phase}", "{program}: {phase}"),
    "qda.target.shared": (
        "Yang menghubungkan para mitra: layanan, sasaran, visi-misi",
        "What links the partners: service, target, vision and mission",
    ),
    "qda.target.agreement": ("Kesepakatan kemitraan", "The partnership agreement"),
    "qda.group.program": ("kemitraan: tahap program", "kemitraan: program phases"),
    "qda.group.principle": ("kemitraan: prinsip", "kemitraan: principles"),
    "qda.group.partner": ("kemitraan: mitra", "kemitraan: partners"),
    "qda.group.other": ("kemitraan: lainnya", "kemitraan: other"),
    "fw.ingest.read": (
        "{file}: {layout}, {submissions} kiriman, {columns} kolom pertanyaan",
        "{file}: {layout}, {submissions} submission(s), {columns} question column(s)",
    ),
    "fw.ingest.layout": ("ekspor {flavour} {kind}", "{flavour} {kind} export"),
    "fw.ingest.layout.separator": (
        "{layout}, grup dipisahkan dengan '{separator}'",
        "{layout}, groups separated by '{separator}'",
    ),
    "fw.ingest.layout.multiple": (
        "{layout}, pilihan ganda sebagai {multiple}",
        "{layout}, multiple choices as {multiple}",
    ),
    "fw.ingest.multiple.1/0 columns": ("kolom 1/0", "1/0 columns"),
    "fw.ingest.multiple.both": ("satu kolom dan kolom 1/0", "both"),
    "fw.ingest.merged": (
        "{into}: {added} kiriman ditambahkan, {changed} berubah (disunting sejak dimasukkan), {skipped} sudah ada"
        " di berkas; {answers} jawaban ditulis",
        "{into}: {added} submission(s) added, {changed} changed (edited since they were ingested), {skipped}"
        " already in the file; {answers} answers written",
    ),
    "fw.ingest.withdrawn": (
        "{count} kiriman ditolak sejak dimasukkan: jawabannya dihapus",
        "{count} submission(s) rejected since they were ingested: their answers were removed",
    ),
    "fw.ingest.left_out": ("tidak dimasukkan {submission}: {why}", "left out {submission}: {why}"),
    "fw.ingest.include_rejected": (
        "untuk memasukkan kiriman yang ditolak atau tidak disetujui, tambahkan --include-rejected",
        "to take in rejected or not-approved submissions, add --include-rejected",
    ),
    "fw.ingest.ignored": (
        "{count} kolom yang tidak ada dalam kuesioner diabaikan: {columns}",
        "ignored {count} column(s) that are not in the questionnaire: {columns}",
    ),
    "fw.ingest.dry_run": ("uji coba: tidak ada yang ditulis", "dry run: nothing written"),
    "fw.ingest.twice": (
        "baris {line}: kiriman yang sama muncul dua kali",
        "line {line}: the same submission appears twice",
    ),
    "fw.ingest.rejected": ("ditolak di ODK Central", "rejected in ODK Central"),
    "fw.ingest.not_approved": ("tidak disetujui di KoboToolbox", "not approved in KoboToolbox"),
    "fw.ingest.informant_again": (
        "informan {code} sudah menjawab dalam kiriman {where}; bila ini suntingannya, ekspor dengan id asli"
        " (ODK Central: KEY; KoboToolbox: meta/rootUuid), atau beri informan kode lain",
        "informant {code} already answered in submission {where}; if this is an edit of it, export with the"
        " original id (ODK Central: KEY; KoboToolbox: meta/rootUuid), or give the informant another code",
    ),
    "fw.ingest.own_builder": (
        "{informant}: menyebut organisasinya sendiri sebagai yang meningkatkan kemampuannya (tidak dimasukkan)",
        "{informant}: named its own organisation as building its capacity (left out)",
    ),
    "fw.ingest.none_and_partners": (
        "{informant}: menjawab 'tidak ada' bersama mitra (mitranya dipakai)",
        "{informant}: answered 'none' together with partners (the partners are kept)",
    ),
    "fw.unnamed.benefit": ("(manfaat ada, tidak dirinci)", "(a benefit, not described)"),
    "fw.unnamed.capacity": (
        "(dilaporkan dalam survei, tidak dirinci)",
        "(reported in the survey, not described)",
    ),
    # the HTML/PDF report and its charts
    # the command line
    "cli.format.unknown_extension": (
        "kemitraan: -o {file}: tidak ada format laporan dengan ekstensi '{ext}'; beri --format ({formats}) "
        "atau nama berkas yang berakhiran {extensions}",
        "kemitraan: -o {file}: no report format has the extension '{ext}'; give --format ({formats}) "
        "or a file name ending in {extensions}",
    ),
    "cli.format.no_extension": (
        "kemitraan: -o {file}: nama berkas tanpa ekstensi tidak menyebut format laporan; beri --format "
        "({formats}) atau nama berkas yang berakhiran {extensions}",
        "kemitraan: -o {file}: a file name without an extension names no report format; give --format "
        "({formats}) or a file name ending in {extensions}",
    ),
    "cli.format.binary": (
        "kemitraan: --format {format} menulis berkas biner; beri -o BERKAS.{format} (atau alihkan keluarannya)",
        "kemitraan: --format {format} writes a binary file; give -o FILE.{format} (or redirect the output)",
    ),
    "batch.no_files": (
        "kemitraan: {paths}: tidak ada berkas kemitraan (*.yaml, *.yml) di dalamnya; "
        "beri berkas kemitraan atau folder yang memuatnya",
        "kemitraan: {paths}: no partnership files (*.yaml, *.yml) in it; "
        "give partnership files or a folder that holds them",
    ),
    # the terminal report
    "term.key_quote": ("{criterion}: “{quote}” ({source})", "{criterion}: “{quote}” ({source})"),
    "term.key_quote.unsourced": ("{criterion}: “{quote}”", "{criterion}: “{quote}”"),
    "term.key_evidence": ("Bukti utama", "Key evidence"),
    "term.assessor": ("Penilai: {value}", "Assessed by {value}"),
    "term.assessed_on": ("Tanggal penilaian: {value}", "Assessed on {value}"),
    # the Word report (--format docx)
    "docx.page": ("Halaman {page} dari {pages}", "Page {page} of {pages}"),
    "docx.extra": (
        "kemitraan: --format docx memerlukan paket tambahan 'docx': pip install 'kemitraan[docx]'",
        "kemitraan: --format docx needs the 'docx' extra: pip install 'kemitraan[docx]'",
    ),
    "html.contents": ("Isi laporan", "Contents"),
    "html.verdicts": ("Hasil penilaian", "Verdicts"),
    "html.figure": ("Gambar {n}", "Figure {n}"),
    "html.table": ("Tabel {n}", "Table {n}"),
    "html.numbers": ("Angka di balik gambar", "The numbers behind the picture"),
    "html.reason": ("Dasar keputusan", "How it was decided"),
    "html.quote_source": ("Sumber", "Source"),
    "html.informant": ("Informan", "Informant"),
    "html.next": ("Langkah berikutnya menuju {verdict}", "Next steps toward {verdict}"),
    "html.rubric_files": ("Rubrik yang dipakai", "Rubrics used"),
    "chart.scale.title": (
        "Posisi kemitraan pada {rubric}",
        "Where the partnership stands: {rubric}",
    ),
    "chart.scale.desc": (
        "Kemungkinan hasil dari yang paling sederhana ke yang paling kuat, masing-masing dengan dukungannya (0 sampai 1): {supports}. Hasil: {verdict}.",
        "The candidate verdicts from the simplest to the most solid, each with its support (0 to 1): {supports}. Verdict: {verdict}.",
    ),
    "chart.scale.caption": (
        "Dari kiri ke kanan: dari bentuk kemitraan paling sederhana ke yang paling kuat. Batang: dukungan tiap kemungkinan hasil (bagian berbobot dari tanda yang terlihat pada fakta, 0 sampai 1; hasil diberikan oleh aturan keputusan, bukan oleh dukungan); lingkaran bertanda centang: hasil penilaian.",
        "Left to right: from the simplest form of partnership to the most solid. Bars: the support of each candidate verdict (the weighted share of its signs the facts show, 0 to 1; the decision rules, not the support, give the verdict); the ticked circle: the verdict.",
    ),
    "chart.possible_note": (
        "Lingkaran putus-putus: hasil yang masih mungkin",
        "Dashed circles: verdicts still possible",
    ),
    "chart.matrix.title": (
        "Matriks partisipasi: program × tahap × mitra",
        "Participation matrix: programs × phases × partners",
    ),
    "chart.matrix.caption": (
        "Warna menunjukkan tingkat keterlibatan tiap mitra (dari tidak terlibat sampai memimpin); bingkai menandai tahap yang dikerjakan bersama.",
        "Colour shows how far each partner took part (from absent to lead); a frame marks a phase done jointly.",
    ),
    "chart.joint": ("✓ bersama", "✓ joint"),
    "chart.not_joint": ("✗ tidak bersama", "✗ not joint"),
    "chart.joint_unknown": ("? tidak diketahui", "? unknown"),
    "chart.joint_phase": ("tahap bersama", "joint phase"),
    "chart.principles.title": (
        "Skor prinsip terhadap pita: {rubric}",
        "Principle scores against the bands: {rubric}",
    ),
    "chart.principles.desc": (
        "Skor 1 sampai 5 tiap prinsip: {scores}. Pita rata-rata: {bands}. Rata-rata: {mean}.",
        "The 1 to 5 score of each principle: {scores}. Bands of the mean: {bands}. Mean: {mean}.",
    ),
    "chart.principles.caption": (
        "Batang: skor tiap prinsip (1 sampai 5; batang gelap memenuhi kriteria prinsip itu). Latar: pita rata-rata skor; garis putus-putus: rata-rata.",
        "Bars: each principle's score (1 to 5; a dark bar meets that principle's criterion). Background: the bands of the mean score; dashed line: the mean.",
    ),
    "chart.mean": ("rata-rata {mean}", "mean {mean}"),
    "chart.not_scored": ("belum diberi skor", "not scored"),
    # the crosswalk: the typologies side by side on kemitraan's common scale of working together
    "crosswalk.title": ("Tipologi berdampingan", "The typologies side by side"),
    "crosswalk.intro": (
        "Di mana kemitraan ini berdiri pada setiap tipologi yang dijalankan, pada satu skala bersama tentang seberapa jauh para pihak bekerja bersama (skala milik kemitraan, lihat catatan).",
        "Where this partnership stands on each typology that ran, on one common scale of how far the parties work together (kemitraan's scale, see the notes).",
    ),
    "crosswalk.step.0": ("tanpa keterkaitan kerja", "no working link"),
    "crosswalk.step.1": ("bertukar informasi", "information exchanged"),
    "crosswalk.step.2": ("menyesuaikan kegiatan", "activities altered"),
    "crosswalk.step.3": ("berbagi sumber daya", "resources shared"),
    "crosswalk.step.4": ("bekerja sebagai satu", "working as one"),
    "crosswalk.where.step": ("langkah {step} ({label})", "step {step} ({label})"),
    "crosswalk.where.between": (
        "di antara langkah {low} dan {high} ({low_label}; {high_label})",
        "between steps {low} and {high} ({low_label}; {high_label})",
    ),
    "crosswalk.where.range": (
        "belum dapat ditentukan: langkah {low} sampai {high} masih mungkin",
        "undecided: steps {low} to {high} still possible",
    ),
    "crosswalk.where.range_one": (
        "belum dapat ditentukan, tetapi setiap hasil yang masih mungkin berdiri di langkah {low}",
        "undecided, but every verdict still possible stands at step {low}",
    ),
    "crosswalk.where.beside": (
        "di samping skala bersama: kemitraan tidak menempatkan hasilnya pada skala itu",
        "beside the common scale: kemitraan gives its verdicts no place on it",
    ),
    "crosswalk.where.beside.sulistiyani-2017": (
        "di samping skala bersama: menilai keseimbangan dan manfaat, bukan seberapa erat para pihak bekerja",
        "beside the common scale: judges balance and benefit, not how closely the parties work",
    ),
    "crosswalk.where.beside.sulistiyani-union": (
        "di samping skala bersama: menilai kedudukan para pihak satu terhadap yang lain",
        "beside the common scale: judges how the parties stand to each other",
    ),
    "crosswalk.where.beside.principles": (
        "di samping skala bersama: menilai skor prinsip-prinsip kemitraan",
        "beside the common scale: judges the scores of the principles",
    ),
    "crosswalk.item": ("{rubric}: {verdict}, {where}", "{rubric}: {verdict}, {where}"),
    "crosswalk.item_undecided": ("{rubric}: {where}", "{rubric}: {where}"),
    "crosswalk.summary.no_ladder": (
        "Tidak ada tipologi yang dijalankan yang merupakan tangga kerja bersama, sehingga kemitraan ini tidak ditempatkan pada skala bersama.",
        "None of the typologies that ran is a ladder of working together, so this partnership is not placed on the common scale.",
    ),
    "crosswalk.summary.undecided": (
        "Fakta yang tercatat belum menempatkan kemitraan ini pada skala bersama: {items}.",
        "The recorded facts do not yet place this partnership on the common scale: {items}.",
    ),
    "crosswalk.summary.one": (
        "Hanya satu tangga yang dijalankan: {item}.",
        "One ladder ran: {item}.",
    ),
    "crosswalk.summary.one_of": (
        "Hanya satu tangga menempatkan kemitraan ini: {item}. Yang lain: {others}.",
        "Only one ladder places this partnership: {item}. The others: {others}.",
    ),
    "crosswalk.summary.agree": (
        "Tangga-tangga itu sepakat: {items}.",
        "The ladders agree: {items}.",
    ),
    "crosswalk.summary.differ": (
        "Tangga-tangga itu menempatkan kemitraan ini pada langkah yang berbeda: {items}. Catatan di bawah menjelaskan bagaimana langkah-langkahnya bersesuaian.",
        "The ladders place this partnership at different steps: {items}. The notes below say how their steps line up.",
    ),
    "crosswalk.named": ("{id} ({name})", "{id} ({name})"),
    "crosswalk.name.notoatmodjo-2010": ("model Notoatmodjo", "Notoatmodjo's models"),
    "crosswalk.name.sulistiyani-2017": (
        "kemitraan semu, mutualistik, konjugasi Sulistiyani",
        "Sulistiyani's pseudo, mutualism and conjugation",
    ),
    "crosswalk.name.sulistiyani-union": (
        "tipologi hubungan antarorganisasi Sulistiyani",
        "Sulistiyani's types by the relation between organisations",
    ),
    "crosswalk.name.principles": ("prinsip-prinsip kemitraan", "the principles of partnership"),
    "crosswalk.name.himmelman-2002": ("kontinum Himmelman", "Himmelman's continuum"),
    "crosswalk.name.frey-2006": ("tingkat kolaborasi Frey dkk.", "Frey et al.'s Levels of Collaboration"),
    "crosswalk.add": (
        "Tidak dijalankan di sini (tersedia dalam kemitraan): {names}. Tambahkan dengan --rubric NAMA (misalnya --rubric {example}), atau pilih rubrik yang dijalankan dengan --only.",
        "Not run here (bundled with kemitraan): {names}. Add one with --rubric NAME (for example --rubric {example}), or choose the rubrics to run with --only.",
    ),
    "crosswalk.opt_in": ("dijalankan atas permintaan", "run on request"),
    "rubrics.opt_in": (
        "tidak dijalankan secara bawaan: tambahkan dengan --rubric {id}",
        "not run by default: add it with --rubric {id}",
    ),
    "crosswalk.beside_scale": ("Di samping skala bersama", "Beside the common scale"),
    "crosswalk.typology": ("Tipologi", "Typology"),
    "crosswalk.where": ("Kedudukan", "Where it stands"),
    "crosswalk.notes": ("Bagaimana tipologi-tipologi itu bersesuaian", "How the typologies line up"),
    "crosswalk.sources": ("Rujukan catatan ini", "References of these notes"),
    "crosswalk.note.scale": (
        "Skala bersama adalah milik kemitraan: langkah-langkahnya mengikuti definisi Himmelman (2002) yang bertingkat (bertukar informasi; menyesuaikan kegiatan; berbagi sumber daya; meningkatkan kapasitas pihak lain), dan hasil setiap tangga ditempatkan padanya menurut apa yang dituntutnya.",
        "The common scale is kemitraan's: its steps follow Himmelman's (2002) nested definitions (exchanging information; altering activities; sharing resources; enhancing the capacity of another), and each ladder's verdicts are placed on it by what they ask.",
    ),
    "crosswalk.note.model1": (
        'Notoatmodjo (2010:253) menamai Model I "jaringan kerja (networking)", seperti Himmelman (2002) dan Frey dkk. (2006) menamai langkah pertama tangga mereka networking: para mitra terhubung, masing-masing dengan kerjanya sendiri. kemitraan memberi Model I kepada setiap kemitraan yang terhubung tetapi bukan program bersama pada semua tahap, sehingga kemitraan Model I yang, misalnya, merencanakan bersama dapat berdiri lebih tinggi pada tangga Himmelman dan Frey.',
        "Notoatmodjo (2010:253) calls Model I \"jaringan kerja (networking)\", as Himmelman (2002) and Frey et al. (2006) call the first step of their ladders networking: the partners are linked, each with its own work. kemitraan gives Model I to every linked partnership that is not a joint program in every phase, so a Model I partnership that, say, plans together can stand higher on Himmelman's and Frey's ladders.",
    ),
    "crosswalk.note.model2": (
        'Model II, yang kegiatannya "direncanakan, dilaksanakan, dan dievaluasi secara bersama-sama" (Notoatmodjo 2010:253), mendekati kolaborasi tanpa mencapainya menurut ukuran tangga-tangga itu: ia tidak menuntut berbagi sumber daya maupun meningkatkan kapasitas pihak lain, yang ditambahkan collaborating Himmelman (2002), maupun mufakat atas semua keputusan seperti collaboration Frey dkk. (2006). kemitraan menempatkannya di antara langkah ketiga dan keempat skala bersama.',
        "Model II, whose activities are \"direncanakan, dilaksanakan, dan dievaluasi secara bersama-sama\" (planned, implemented and evaluated together; Notoatmodjo 2010:253), approaches collaboration without reaching it on the ladders' terms: it asks neither for shared resources nor for the capacity of another enhanced, which Himmelman's (2002) collaborating adds, nor for consensus on all decisions as Frey et al.'s (2006) collaboration does. kemitraan places it between the third and fourth steps of the common scale.",
    ),
    "crosswalk.note.order": (
        'Himmelman (2002) dan Frey dkk. (2006) memakai kata yang sama dalam urutan lain: Himmelman menempatkan coordinating sebelum cooperating, Frey dkk. menempatkan cooperation sebelum coordination. Menurut apa yang dituntut, coordinating Himmelman (bertukar informasi dan menyesuaikan kegiatan) bersesuaian dengan cooperation Frey (memberi informasi, keputusan tetap diambil sendiri-sendiri), dan cooperating Himmelman (ditambah "sharing resources") dengan coordination Frey ("Freely share information and resources"); coalition Frey tidak memiliki langkah sendiri di antara keempat strategi Himmelman.',
        "Himmelman (2002) and Frey et al. (2006) use the same words in another order: Himmelman places coordinating before cooperating, Frey et al. place cooperation before coordination. By what the levels ask, Himmelman's coordinating (exchanging information and altering activities) lines up with Frey's cooperation (providing information, decisions still made independently), and Himmelman's cooperating (adding \"sharing resources\") with Frey's coordination (\"Freely share information and resources\"); Frey's coalition has no step of its own among Himmelman's four strategies.",
    ),
    "crosswalk.note.balance": (
        'Kemitraan semu, mutualistik dan konjugasi Sulistiyani menilai apakah kemitraan seimbang dan apa yang diperoleh para pihak, bukan seberapa erat mereka bekerja: kemitraan yang "tidak benar-benar berjalan seimbang satu sama lain" (Sulistiyani 2017:130) adalah kemitraan semu pada langkah mana pun ia berdiri, sehingga tipologi ini berada di samping skala bersama, bukan di atasnya.',
        'Sulistiyani\'s pseudo, mutualism and conjugation partnerships judge whether a partnership is balanced and what its parties gain, not how closely they work: one that "tidak benar-benar berjalan seimbang satu sama lain" (is not truly balanced; Sulistiyani 2017:130) is a pseudo partnership whatever step it stands on, so this typology sits beside the common scale, not on it.',
    ),
    "crosswalk.note.standing": (
        'Tipologi kedua Sulistiyani menilai kedudukan para pihak satu terhadap yang lain (status, besaran dan kekuatan mereka, dan apakah ada yang tersubordinasi; tipe linear "berada pada garis lurus, tidak saling tersubordinasi", Sulistiyani 2004), bukan seberapa erat mereka bekerja; tipologi ini juga berada di samping skala bersama.',
        'Sulistiyani\'s second typology judges how the parties stand to each other (their status, size and power, and whether one is subordinated; the linear types are "berada pada garis lurus, tidak saling tersubordinasi", on one line, none subordinated; Sulistiyani 2004), not how closely they work; it too sits beside the common scale.',
    ),
    "crosswalk.note.two_families": (
        'Studi yang menerapkan kedua tipologi Sulistiyani memberi satu tipe dari masing-masing: "kemitraan semu (Pseudo Partnership) dan subordinate union of partnership" (Desa Punten, Kota Batu) dan "mutualism partnership berbasis linear collaborative of partnership" (Kalistania): kemitraan yang tidak seimbang berpasangan dengan subordinate union, yang mutualistik dengan hubungan linear. kemitraan memutuskan setiap tipologi dari kriterianya sendiri, dan membaca dominasi yang sama untuk keduanya.',
        'The studies that apply both of Sulistiyani\'s typologies give one type of each: "kemitraan semu (Pseudo Partnership) dan subordinate union of partnership" (Desa Punten, Kota Batu) and "mutualism partnership berbasis linear collaborative of partnership" (Kalistania): an unbalanced partnership goes with a subordinate union, a mutual one with a linear relation. kemitraan decides each typology from its own criteria, and reads the same dominance for both.',
    ),
    "crosswalk.note.capacity": (
        'Peningkatan kapasitas adalah titik temu kemitraan konjugasi Sulistiyani ("saling meningkatkan keterampilan", 2017:130) dan collaborating Himmelman ("enhancing the capacity of another", 2002); kemitraan membaca keduanya dari capacity_building, dengan konjugasi menuntut peningkatan dua arah.',
        'Capacity building is where Sulistiyani\'s conjugation partnership ("saling meningkatkan keterampilan", building each other\'s skills; 2017:130) and Himmelman\'s collaborating ("enhancing the capacity of another", 2002) meet; kemitraan reads both from capacity_building, conjugation asking for it both ways.',
    ),
    # indicator rules in words (kemitraan rubrics show, kemitraan explain)
    "rule.phase_joint": (
        "Per program: terpenuhi bila {who} {min_level} atau lebih dalam tahap {phase}; tidak terpenuhi bila tidak; tidak diketahui bila tahap itu tidak tercatat, atau bila mitra yang perannya tidak diketahui dapat menentukan hasilnya. Bila tingkat peran tidak dapat menentukan, pernyataan studi (joint: yes/no) yang dipakai.",
        "Per program: met when {who} {min_level} or above in {phase}; not met otherwise; unknown when the phase is not recorded, or when partners whose part is unknown could decide it. Where the levels cannot tell, the study's statement (joint: yes/no) is used.",
    ),
    "rule.who.all": (
        "setiap mitra yang ikut dalam program (minimal dua) berperan",
        "every partner taking part in the program (at least two) is",
    ),
    "rule.who.count": ("minimal {count} mitra berperan", "at least {count} partners are"),
    "reads.phase_joint": (
        "programs[*].{name}.participation: peran tiap mitra dalam tahap {phase}; programs[*].{name}.joint; programs[*].partners",
        "programs[*].{name}.participation: each partner's level in {phase}; programs[*].{name}.joint; programs[*].partners",
    ),
    "rule.joint_phase_share": (
        "Satu tahap dianggap bersama bila {who} {min_level} atau lebih. Terpenuhi bila porsi tahap bersama ({phases}) di semua program minimal {at_least}.",
        "A phase is joint when {who} {min_level} or above. Met when the share of joint phases ({phases}) over all programs is at least {at_least}.",
    ),
    "reads.joint_phase_share": (
        "programs[*].<tahap>.participation, untuk tahap {phases}",
        "programs[*].<phase>.participation, for {phases}",
    ),
    "rule.phases_recorded": (
        "Terpenuhi bila ada minimal satu program dan setiap program mencatat partisipasi pada tahap {phases}; tidak terpenuhi bila tidak.",
        "Met when there is at least one program and every program records participation in {phases}; not met otherwise.",
    ),
    "reads.phases_recorded": (
        "programs[*].<tahap>.participation dan .joint, untuk tahap {phases}",
        "programs[*].<phase>.participation and .joint, for {phases}",
    ),
    "rule.dominance": (
        "Satu mitra menguasai suatu tahap bila hanya ia yang berperan {min_level} atau lebih, semua mitra program lainnya diketahui di bawahnya, dan minimal satu di antaranya hadir (diberi tahu atau dimintai pendapat); mitra yang tidak terlibat tidak dikuasai, sehingga mitra yang menjalankan programnya sendiri (jejaring) tidak mendominasi. Terpenuhi bila mitra yang sama menguasai {threshold} dari semua tahap program (tahap yang tidak tercatat tidak diketahui, tidak dikeluarkan dari hitungan), atau bila studi menyatakan kemitraan tidak seimbang; tidak terpenuhi bila tidak ada mitra yang dapat mencapainya, atau bila studi menyatakan kemitraan seimbang.",
        "A partner dominates a phase when it alone is {min_level} or above, every other partner of the program is known to be below, and at least one of them is present (informed or consulted); a partner that is absent is not dominated, so a partner running its own program (networking) dominates no one. Met when the same partner dominates {threshold} of all the program phases (an unrecorded phase is unknown, never left out of the count), or the study states the partnership is not balanced; not met when no partner can reach it, or the study states it is balanced.",
    ),
    "reads.dominance": (
        "programs[*].<tahap>.participation dan .joint di setiap tahap; balance",
        "programs[*].<phase>.participation and .joint in every phase; balance",
    ),
    "rule.network_link": (
        "Terpenuhi bila shared.service, shared.target atau shared.characteristic diisi, atau shared.linked: yes; tidak terpenuhi bila shared.linked: no; tidak diketahui bila tidak ada yang tercatat.",
        "Met when shared.service, shared.target or shared.characteristic is filled in, or shared.linked is yes; not met when shared.linked is no; unknown when nothing is recorded.",
    ),
    "reads.network_link": (
        "shared.service, shared.target, shared.characteristic, shared.linked",
        "shared.service, shared.target, shared.characteristic, shared.linked",
    ),
    "rule.choice": (
        "Terpenuhi bila {path} bernilai {met}; tidak terpenuhi bila {unmet}; tidak diketahui untuk nilai lain atau bila tidak ditulis.",
        "Met when {path} is {met}; not met when it is {unmet}; unknown for any other value or when it is not written.",
    ),
    "reads.choice": ("{path}", "{path}"),
    "rule.choice.or_joint": (
        "Terpenuhi bila {path} bernilai {met}; tidak terpenuhi bila {unmet}. Bila {path} tidak menyatakan keduanya, terpenuhi bila ada tahap program yang dikerjakan bersama (setiap mitra program aktif atau memimpin) dalam {phases}; selain itu tidak diketahui.",
        "Met when {path} is {met}; not met when it is {unmet}. When {path} says neither, met when some program phase in {phases} is joint (every partner of the program active or leading); unknown otherwise.",
    ),
    "reads.choice.or_joint": (
        "{path}; programs[*].<tahap>.participation dan .joint, untuk tahap {phases}",
        "{path}; programs[*].<phase>.participation and .joint, for {phases}",
    ),
    "rule.subordination": (
        "Terpenuhi bila studi menyatakan ada pihak yang tersubordinasi (relation.subordinated: yes), atau satu pihak mendominasi: mitra yang sama menguasai {threshold} dari semua tahap program pada tingkat {min_level} atau lebih sementara yang lain hadir tetapi paling tinggi dimintai pendapat, atau studi menyatakan kemitraan tidak seimbang. Tidak terpenuhi bila studi menyatakan tidak ada (relation.subordinated: no) atau menyatakan kemitraan seimbang; selain itu tidak diketahui.",
        "Met when the study states a party is subordinated (relation.subordinated: yes), or one party dominates: the same partner carries {threshold} of all program phases at {min_level} or above while the others present are at most consulted, or the study states the partnership is not balanced. Not met when the study states none is (relation.subordinated: no) or states the partnership is balanced; unknown otherwise.",
    ),
    "reads.subordination": (
        "relation.subordinated; programs[*].<tahap>.participation dan .joint di setiap tahap; balance",
        "relation.subordinated; programs[*].<phase>.participation and .joint in every phase; balance",
    ),
    "rule.any_present": (
        "Terpenuhi bila salah satu dari {paths} diisi; tidak diketahui (bukan tidak terpenuhi) bila tidak ada yang diisi.",
        "Met when any of {paths} is filled in; unknown (not unmet) when none is.",
    ),
    "reads.any_present": ("{paths}", "{paths}"),
    "rule.every_partner_understands": (
        "Terpenuhi bila understands_purpose setiap mitra bernilai {accept}; tidak terpenuhi bila ada mitra dengan jawaban lain yang diketahui; tidak diketahui bila ada yang unknown.",
        "Met when every partner's understands_purpose is {accept}; not met when any partner's is another known answer; unknown when any is unknown.",
    ),
    "reads.every_partner_understands": ("partners[*].understands_purpose", "partners[*].understands_purpose"),
    "rule.every_partner_benefits": (
        "Terpenuhi bila setiap mitra menyebut minimal satu manfaat; tidak terpenuhi bila daftar manfaat suatu mitra kosong ([]); tidak diketahui bila manfaat suatu mitra tidak dicatat.",
        "Met when every partner names at least one benefit; not met when a partner's list is empty ([]); unknown when a partner's benefits are not recorded.",
    ),
    "reads.every_partner_benefits": ("partners[*].benefits", "partners[*].benefits"),
    "rule.contributions_one_sided": (
        "Terpenuhi bila sebagian mitra berkontribusi sementara mitra lain tidak berkontribusi apa pun ([]); tidak terpenuhi bila semua berkontribusi; tidak diketahui bila kontribusi suatu mitra tidak dicatat.",
        "Met when some partners contribute while another contributes nothing ([]); not met when all contribute; unknown when a partner's contributions are not recorded.",
    ),
    "reads.contributions_one_sided": ("partners[*].contributes", "partners[*].contributes"),
    "rule.capacity_mutual": (
        "Terpenuhi bila setiap mitra meningkatkan kapasitas mitra lain dan kapasitasnya sendiri juga ditingkatkan; tidak terpenuhi bila ada yang tidak; tidak diketahui bila capacity_building tidak ditulis.",
        "Met when every partner both builds another's capacity and has its own built; not met when one does not; unknown when capacity_building is not written.",
    ),
    "reads.capacity_mutual": ("capacity_building", "capacity_building"),
    "rule.capacity_mutual.any": (
        "Terpenuhi bila minimal satu mitra meningkatkan kapasitas mitra lain; tidak terpenuhi bila capacity_building kosong ([]); tidak diketahui bila capacity_building tidak ditulis.",
        "Met when some partner builds another's capacity; not met when capacity_building is empty ([]); unknown when capacity_building is not written.",
    ),
    "reads.capacity_mutual.any": ("capacity_building", "capacity_building"),
    "rule.principle_score": (
        "Terpenuhi bila skor {principle} {bound}; tidak terpenuhi bila tidak; tidak diketahui bila belum diberi skor.",
        "Met when the score for {principle} is {bound}; not met otherwise; unknown when it is not scored.",
    ),
    "reads.principle_score": ("principles.{name}.score", "principles.{name}.score"),
    "rule.principle_mean": (
        "Terpenuhi bila rata-rata semua prinsip yang didaftar mencapai {at_least} berapa pun skor prinsip yang belum dinilai (masing-masing bisa 1 sampai 5); tidak terpenuhi bila tidak mungkin mencapainya; tidak diketahui bila prinsip yang belum dinilai dapat menentukannya, atau bila kurang dari {min_scored} prinsip yang diberi skor.",
        "Met when the mean of all the listed principles reaches {at_least} whatever the unscored ones score (each could be 1 to 5); not met when it cannot; unknown when the unscored ones could decide it, or when fewer than {min_scored} are scored.",
    ),
    "reads.principle_mean": (
        "principles.<prinsip>.score, untuk {principles}",
        "principles.<principle>.score, for {principles}",
    ),
    "rule.scope_program": (
        "Dibaca per program; secara keseluruhan terpenuhi hanya bila terpenuhi di semua program.",
        "Read per program; met overall only when met in every program.",
    ),
    "expr.all": ("semua dari ({items})", "all of ({items})"),
    "expr.any": ("salah satu dari ({items})", "any of ({items})"),
    "expr.not": ("bukan {item}", "not {item}"),
    "expr.always": ("selalu", "always"),
    "sign.met": ("{criterion} terpenuhi", "{criterion} met"),
    "sign.unmet": ("{criterion} tidak terpenuhi", "{criterion} not met"),
    "sign.weight": ("{sign} (bobot {weight})", "{sign} (weight {weight})"),
    # kemitraan rubrics show
    "show.title": ("{id} versi {version}: {title}", "{id} version {version}: {title}"),
    "show.model_source": ("Sumber model: {citation}", "Model's source: {citation}"),
    "show.theory": ("Teori", "Theory"),
    "show.sources": ("Pustaka", "Sources"),
    "show.criteria": ("Kriteria", "Criteria"),
    "show.means": ("Artinya", "Means"),
    "show.reads": ("Membaca", "Reads"),
    "show.rule": ("Aturan", "Rule"),
    "show.source": ("Sumber", "Source"),
    "show.indicator": ("Indikator", "Indicator"),
    "show.no_source": (
        "tidak ada rujukan khusus untuk kriteria ini",
        "none cited for this criterion",
    ),
    "show.verdicts": (
        "Hasil yang mungkin (dari kelas terendah ke tertinggi)",
        "Verdicts (from the lowest class to the highest)",
    ),
    "show.signs": ("Tanda", "Signs"),
    "show.decision": (
        "Keputusan (aturan pertama yang berlaku menentukan hasil)",
        "Decision (the first rule that holds gives the verdict)",
    ),
    "show.when": ("{verdict} bila {expr}", "{verdict} when {expr}"),
    "show.otherwise": ("selain itu: {verdict}", "otherwise: {verdict}"),
    "show.requires": (
        "Bila bukti belum cukup, yang belum diketahui dari {criteria} disebut lebih dulu; kriteria ini tidak pernah menolak hasil yang sudah ditentukan fakta.",
        "When the evidence is insufficient, what is unknown of {criteria} is named first; these never refuse a verdict the facts settle.",
    ),
    "show.operationalisation": ("Catatan", "Note"),
    "show.operationalisation.text": (
        "operasionalisasi oleh kemitraan: {note}",
        "operationalisation by kemitraan: {note}",
    ),
    "show.follows": ("mengikuti: {sources}", "following: {sources}"),
    "show.per_program": (
        "Setiap program juga mendapat hasilnya sendiri.",
        "Each program also gets its own verdict.",
    ),
    "show.three_valued": (
        "Aturan dibaca dalam logika tiga nilai: hasil diberikan meski ada fakta yang belum diketahui hanya bila setiap kemungkinan nilai fakta itu menghasilkan hasil yang sama; bila lebih dari satu hasil masih mungkin, hasilnya bukti belum cukup.",
        "Rules are read in three-valued logic: a verdict is given despite unknown facts only when every way those facts could turn out leads to the same verdict; when more than one verdict is still possible, the verdict is insufficient evidence.",
    ),
    # kemitraan explain
    "explain.title": ("Penjelasan: {file} ({title})", "Explanation: {file} ({title})"),
    "explain.intro": (
        "Setiap hasil ditelusuri dari fakta dalam berkas (dengan nomor barisnya di {file}), melalui kriteria rubrik beserta aturan dan sumbernya, sampai ke hasil.",
        "Each verdict is traced from the facts in the file (with their line numbers in {file}), through the rubric's criteria with their rules and sources, to the verdict.",
    ),
    "explain.verdict": ("Hasil: {verdict}", "Verdict: {verdict}"),
    "explain.facts_to_criteria": ("Fakta → kriteria", "Facts → criteria"),
    "explain.criteria_to_verdict": ("Kriteria → hasil", "Criteria → verdict"),
    "explain.fact": ("fakta", "fact"),
    "explain.evidence": ("bukti", "evidence"),
    "explain.rule": ("aturan", "rule"),
    "explain.result": ("hasil", "result"),
    "explain.program": ("program", "program"),
    "explain.at_line": ("baris {line}: {path} = {value}", "line {line}: {path} = {value}"),
    "explain.not_written": ("{path}: tidak ditulis dalam berkas", "{path}: not written in the file"),
    "explain.from_informants": (
        "{path} = {value}: {where}; {how} jawaban informan: {answers}",
        "{path} = {value}: {where}; the {how} of the informants' answers: {answers}",
    ),
    "explain.unwritten": ("tidak ditulis dalam berkas", "not written in the file"),
    "explain.written_as": ("baris {line} menulis {value}", "line {line} says {value}"),
    "explain.answer": ("{informant} (baris {line}): {value}", "{informant} (line {line}): {value}"),
    "explain.quote": ("baris {line}: “{quote}” ({source})", "line {line}: “{quote}” ({source})"),
    "explain.no_source": ("tanpa sumber", "no source"),
    "explain.met": ("terpenuhi: {met}. {detail}", "met: {met}. {detail}"),
    "explain.met_value": (
        "terpenuhi: {met} (nilai {value}). {detail}",
        "met: {met} (value {value}). {detail}",
    ),
    "explain.program_met": ("{program}: {met}. {detail}", "{program}: {met}. {detail}"),
    "explain.operationalisation": ("catatan", "note"),
    "explain.requires": (
        "Disebut lebih dulu bila bukti belum cukup: {criterion}: {met}",
        "Named first when the evidence is insufficient: {criterion}: {met}",
    ),
    "explain.possible": (
        "Setelah mencoba setiap kemungkinan nilai kriteria yang belum diketahui, hasil yang masih mungkin: {possible}",
        "Trying every way the unknown criteria could turn out, the verdicts still possible: {possible}",
    ),
    "explain.study": ("Kesimpulan studi: {sentence} {why}", "The study's conclusion: {sentence} {why}"),
    "explain.step": ("Aturan {n}: {rule} → {outcome}", "Rule {n}: {rule} → {outcome}"),
    "explain.holds": ("berlaku", "holds"),
    "explain.fails": ("tidak berlaku", "does not hold"),
    "explain.might": ("tidak diketahui (mungkin berlaku)", "unknown (might hold)"),
    "explain.support": (
        "Dukungan tiap kemungkinan hasil: {candidates}",
        "Support for each candidate verdict: {candidates}",
    ),
    "explain.conclusion": ("Maka: {verdict}. {reason}", "So: {verdict}. {reason}"),
    "explain.programs": ("Hasil per program: {programs}", "Per-program verdicts: {programs}"),
    # kemitraan init
    "init.q.lang": ("Bahasa / Language (id/en)", "Bahasa / Language (id/en)"),
    "init.intro": (
        "Jawab dengan kata-kata biasa. Tekan Enter untuk melewati yang tidak diketahui: nanti ditulis sebagai tidak diketahui dan dilaporkan sebagai bukti yang kurang. Ctrl-C untuk berhenti; tidak ada yang ditulis sebelum pertanyaan terakhir.",
        "Answer in plain words. Press Enter to skip what you do not know: it is written as not known and reported as missing evidence. Ctrl-C stops; nothing is written before the last question.",
    ),
    "init.invalid": ("  Belum bisa dipakai: {reason} Coba lagi.", "  Cannot use that: {reason} Try again."),
    "init.err.required": ("jawaban ini wajib diisi.", "this answer is required."),
    "init.err.choice": (
        "pilih nomor 1-{count} atau salah satu dari: {values}.",
        "choose a number 1-{count} or one of: {values}.",
    ),
    "init.err.year": (
        "tulis tahun dengan 4 angka, misalnya 2021.",
        "write the year with 4 digits, for example 2021.",
    ),
    "init.err.year_order": (
        "tahun akhir tidak boleh sebelum tahun mulai ({first}).",
        "the last year cannot be before the first ({first}).",
    ),
    "init.err.id": (
        "pengenal hanya boleh berisi huruf, angka, '-', '_' atau '.', tanpa spasi, diawali huruf atau angka.",
        "an id may hold only letters, digits, '-', '_' or '.', no spaces, starting with a letter or digit.",
    ),
    "init.err.id_taken": ("pengenal '{id}' sudah dipakai.", "the id '{id}' is already used."),
    "init.err.amount": (
        "tulis jumlah uang dengan angka, misalnya 5000000 atau 5.000.000.",
        "write the amount in digits, for example 5000000 or 5,000,000.",
    ),
    "init.err.score": ("beri skor 1, 2, 3, 4 atau 5.", "give a score of 1, 2, 3, 4 or 5."),
    "init.err.yes_no": ("jawab ya atau tidak.", "answer yes or no."),
    "init.yes": ("ya", "yes"),
    "init.no": ("tidak", "no"),
    "init.hint.skip": ("Enter = tidak diketahui", "Enter = not known"),
    "init.hint.required": ("wajib", "required"),
    "init.hint.items": (
        "pisahkan dengan koma; Enter = tidak diketahui; - = tidak ada",
        "separate with commas; Enter = not known; - = nothing",
    ),
    "init.hint.unknown": ("nomor atau kata; Enter = tidak diketahui", "number or word; Enter = not known"),
    "init.default_title": ("Kemitraan {first} dengan {second}", "Partnership of {first} and {second}"),
    "init.section.partners": (
        "== Mitra: organisasi yang bermitra (minimal dua)",
        "== Partners: the organisations in the partnership (at least two)",
    ),
    "init.section.about": ("== Tentang kemitraan ini", "== About the partnership"),
    "init.section.shared": (
        "== Yang menghubungkan para mitra (layanan, sasaran, visi-misi)",
        "== What links the partners (service, target, vision and mission)",
    ),
    "init.section.programs": (
        "== Program atau kegiatan bersama. Untuk tiap tahap, peran tiap mitra:",
        "== Programs or activities. For each phase, how each partner took part:",
    ),
    "init.section.principles": (
        "== Prinsip kemitraan: skor 1 (sangat lemah) sampai 5 (sangat kuat) dari bukti Anda",
        "== Principles of partnership: score 1 (very weak) to 5 (very strong) from your evidence",
    ),
    "init.section.agreement": ("== Perjanjian kemitraan", "== The partnership agreement"),
    "init.section.capacity": ("== Peningkatan kapasitas", "== Capacity building"),
    "init.section.balance": (
        "== Keseimbangan antarpihak (yang dinyatakan bukti Anda)",
        "== The balance between the parties (as your evidence states it)",
    ),
    "init.section.relation": (
        "== Hubungan antarorganisasi dan cara bekerja bersama (yang dinyatakan bukti Anda)",
        "== How the organisations stand to each other and work together (as your evidence states it)",
    ),
    "init.section.constraints": ("== Kendala dan solusi", "== Constraints and solutions"),
    "init.q.title": ("Judul kemitraan", "Title of the partnership"),
    "init.q.period_from": ("Tahun mulai", "First year"),
    "init.q.period_to": ("Tahun akhir", "Last year"),
    "init.q.place_village": ("Desa/kelurahan", "Village"),
    "init.q.place_district": ("Kecamatan", "District (kecamatan)"),
    "init.q.place_regency": ("Kabupaten/kota", "Regency or city"),
    "init.q.place_province": ("Provinsi", "Province"),
    "init.q.source_citation": (
        "Rujukan penelitian (seperti di daftar pustaka)",
        "Reference of the study (as in a bibliography)",
    ),
    "init.q.source_method": (
        "Cara fakta dikumpulkan (misalnya wawancara)",
        "How the facts were gathered (for example interviews)",
    ),
    "init.q.partner_name_required": ("Nama mitra ke-{n}", "Name of partner {n}"),
    "init.q.partner_name": (
        "Nama mitra ke-{n} (Enter bila sudah semua)",
        "Name of partner {n} (Enter when done)",
    ),
    "init.q.partner_id": ("Pengenal singkat untuk mitra ini", "A short id for this partner"),
    "init.q.partner_kind": ("Jenis organisasi {name}", "What sort of organisation is {name}"),
    "init.q.contributes": (
        "Apa yang dibawa {name} (tenaga, dana, tempat ...)",
        "What {name} brings (staff, funds, venue ...)",
    ),
    "init.q.benefits": ("Apa yang diperoleh {name} dari kemitraan", "What {name} gains from the partnership"),
    "init.q.understands": (
        "Apakah {name} memahami tujuan kemitraan",
        "Does {name} understand what the partnership is for",
    ),
    "init.q.partner_quote": (
        "Kutipan bukti tentang {name} (opsional)",
        "A quote from your evidence about {name} (optional)",
    ),
    "init.q.source": (
        "Sumber kutipan itu (dokumen dan halaman, wawancara ...)",
        "Source of that quote (document and page, interview ...)",
    ),
    "init.q.service": ("Layanan yang sama-sama diberikan para mitra", "The service the partners share"),
    "init.q.target": ("Sasaran yang sama-sama dilayani", "The target group they both serve"),
    "init.q.vision_mission": ("Visi dan misi para mitra", "The partners' vision and mission"),
    "init.q.characteristic": (
        "Karakteristik lain yang sama-sama dimiliki para mitra dan menghubungkan mereka",
        "Another characteristic the partners share that links them",
    ),
    "init.q.joint": (
        "Menurut bukti Anda, apakah tahap {phase} dikerjakan bersama",
        "Does your evidence say {phase} was done jointly",
    ),
    "init.q.balance": (
        "Apakah bukti Anda menyatakan kemitraan berjalan seimbang",
        "Does your evidence say the partnership is balanced between the parties",
    ),
    "init.q.dominant": ("Pihak yang mendominasi", "The party that dominates"),
    "init.q.relation_any": (
        "Apakah bukti Anda menyatakan kedudukan para pihak (status, subordinasi, peran) atau cara mereka bekerja bersama (informasi, kegiatan, sumber daya, risiko, komunikasi, keputusan)",
        "Does your evidence say how the parties stand to each other (status, subordination, roles) or how they work together (information, activities, resources, risks, communication, decisions)",
    ),
    "init.q.relation_similar": (
        "Apakah para pihak relatif setara dalam status, besaran dan kekuatan",
        "Are the parties relatively alike in status, size and power",
    ),
    "init.q.relation_subordinated": (
        "Apakah ada pihak yang tersubordinasi oleh pihak lain dalam kemitraan",
        "Is one party subordinated to another in the partnership",
    ),
    "init.q.relation_equal_roles": (
        "Apakah peran, fungsi dan tanggung jawab dibagi setara",
        "Are roles, functions and responsibilities shared equally",
    ),
    "init.q.relation_information": (
        "Apakah para mitra bertukar informasi tentang kegiatan dan tujuannya",
        "Do the partners exchange information about their activities and goals",
    ),
    "init.q.relation_activities": (
        "Apakah para mitra menyesuaikan kegiatannya satu sama lain untuk tujuan bersama",
        "Do the partners adjust their activities to one another for a common purpose",
    ),
    "init.q.relation_resources": (
        "Seberapa jauh para mitra berbagi sumber daya (tenaga, dana, tempat, peralatan)",
        "How far do the partners share resources (staff, funds, venues, equipment)",
    ),
    "init.q.relation_risks": (
        "Seberapa jauh para mitra berbagi risiko (dan imbalan) kerja bersama",
        "How far do the partners share the risks (and rewards) of the work",
    ),
    "init.q.relation_communication": (
        "Bagaimana para mitra berkomunikasi",
        "How do the partners communicate",
    ),
    "init.q.relation_decisions": (
        "Bagaimana para mitra mengambil keputusan tentang kerja bersama",
        "How do the partners take decisions about the common work",
    ),
    "init.q.relation_quote": (
        "Kutipan bukti untuk jawaban ini (opsional)",
        "A quote showing this (optional)",
    ),
    "init.q.balance_quote": (
        "Kutipan bukti tentang keseimbangan atau dominasi (opsional)",
        "A quote about the balance or the dominance (optional)",
    ),
    "init.q.conclusion_rubric": (
        "Model yang diterapkan studi itu untuk kesimpulannya",
        "The model the study applied in its conclusion",
    ),
    "init.q.conclusion_verdict": ("Kesimpulan studi", "The study's conclusion"),
    "init.q.conclusion_quote": (
        "Kalimat studi yang menyatakan kesimpulan itu, kata demi kata",
        "The study's sentence that states it, word for word",
    ),
    "init.q.conclusion_where": (
        "Tempatnya dalam studi (bagian atau halaman)",
        "Where it is in the study (section or page)",
    ),
    "init.not_said": ("tidak disebutkan", "not said"),
    "init.q.shared_quote": (
        "Kutipan bukti tentang layanan, sasaran atau visi-misi (opsional)",
        "A quote about the service, target or vision and mission (optional)",
    ),
    "init.q.program_name": (
        "Nama program/kegiatan ke-{n} (Enter bila sudah semua)",
        "Name of program {n} (Enter when done)",
    ),
    "init.q.program_id": ("Pengenal singkat untuk program ini", "A short id for this program"),
    "init.q.program_target": ("Sasaran program {name}", "Who {name} serves"),
    "init.q.level": ("{phase}: peran {partner}", "{phase}: how {partner} took part"),
    "init.q.phase_quote": (
        "Kutipan bukti tentang tahap {phase} (opsional)",
        "A quote about {phase} (optional)",
    ),
    "init.q.principle": ("{principle}: skor 1-5", "{principle}: score 1-5"),
    "init.q.principle_quote": (
        "Kutipan yang mendasari skor {principle} (opsional)",
        "A quote behind the {principle} score (optional)",
    ),
    "init.q.agreement": ("Bentuk perjanjian kemitraan", "Form of the partnership agreement"),
    "init.q.agreement_reference": ("Nomor dan tanggal MoU", "Number and date of the MoU"),
    "init.q.capacity": (
        "Apakah para mitra saling meningkatkan kapasitas (pelatihan, pendampingan ...)",
        "Did a partner build another's capacity (training, mentoring ...)",
    ),
    "init.q.capacity_from": ("Siapa yang meningkatkan kapasitas", "Who built capacity"),
    "init.q.capacity_to": ("Kapasitas siapa yang ditingkatkan", "Whose capacity was built"),
    "init.q.capacity_what": ("Apa yang dipelajari atau diperkuat", "What was learned or strengthened"),
    "init.q.capacity_more": ("Ada peningkatan kapasitas lain", "Any other capacity building"),
    "init.q.constraint_any": (
        "Adakah kendala yang menghambat kemitraan",
        "Is anything holding the partnership back",
    ),
    "init.q.constraint_more": ("Ada kendala lain", "Any other constraint"),
    "init.q.constraint_kind": ("Jenis kendala", "Kind of constraint"),
    "init.q.constraint_description": ("Jelaskan kendalanya dalam satu kalimat", "Describe it in a sentence"),
    "init.q.constraint_amount": ("Jumlah anggaran yang tersedia (Rp)", "The budget available (IDR)"),
    "init.q.constraint_per": ("Anggaran itu per", "That budget is per"),
    "init.q.solution": ("Solusi ke-{n} (Enter bila sudah semua)", "Solution {n} (Enter when done)"),
    "init.q.overwrite": ("{file} sudah ada. Timpa", "{file} already exists. Overwrite"),
    "init.kept": (
        "kemitraan: {file} sudah ada dan tidak ditimpa; tidak ada yang ditulis. Pilih nama lain: kemitraan init nama-lain.yaml",
        "kemitraan: {file} exists and was not overwritten; nothing was written. Choose another name: kemitraan init other-name.yaml",
    ),
    "init.stopped": (
        "kemitraan: init dihentikan; tidak ada yang ditulis.",
        "kemitraan: init stopped; nothing was written.",
    ),
    "init.done": (
        "Ditulis: {file}. Langkah berikut: kemitraan validate {file} lalu kemitraan assess {file}",
        "Wrote {file}. Next: kemitraan validate {file}, then kemitraan assess {file}",
    ),
    "init.schema_written": (
        "Ditulis: {file} (editor seperti VS Code dengan ekstensi YAML memakainya untuk memeriksa dan melengkapi berkas saat diketik).",
        "Wrote {file} (editors such as VS Code with the YAML extension use it to check and complete the file as you type).",
    ),
    "init.schema_kept": (
        "{file} sudah ada dan dibiarkan; perbarui dengan: kemitraan schema --lang {code} -o {file}",
        "{file} exists and was left as it is; refresh it with: kemitraan schema --lang {code} -o {file}",
    ),
    "init.unknown_line": ("tidak diketahui; isi bila sudah diketahui", "not known; fill in when known"),
    "init.header.guided": (
        "Berkas kemitraan ini ditulis oleh `kemitraan init` dari jawaban Anda.",
        "This partnership file was written by `kemitraan init` from your answers.",
    ),
    "init.header.blank": (
        "Templat dari `kemitraan init --blank`: ganti isian contoh dengan fakta kemitraan Anda. Berkas ini sudah lolos `kemitraan validate`; selama fakta belum diisi, penilaian melaporkan bukti yang kurang.",
        "Template from `kemitraan init --blank`: replace the placeholders with the facts of your partnership. It already passes `kemitraan validate`; until the facts are filled in, the assessment reports the missing evidence.",
    ),
    "init.header.next": (
        "Periksa: kemitraan validate {file}   Nilai: kemitraan assess {file}   Penjelasan: kemitraan explain {file}",
        "Check: kemitraan validate {file}   Assess: kemitraan assess {file}   Why: kemitraan explain {file}",
    ),
    "init.header.unknown": (
        "`unknown` berarti tidak diketahui. Baris berbentuk `# kunci: ...` adalah isian yang belum diketahui: hapus tanda # dan isi bila sudah diketahui. Penilaian melaporkan yang tidak diketahui sebagai bukti yang kurang, bukan menebaknya.",
        "`unknown` means not known. A line like `# key: ...` is a field not yet known: remove the # and fill it in when you know it. The assessment reports what is not known as missing evidence instead of guessing.",
    ),
    "init.header.editor": (
        "Editor seperti VS Code (ekstensi YAML) memeriksa dan melengkapi berkas ini saat diketik, memakai kemitraan.schema.json di folder yang sama.",
        "Editors such as VS Code (YAML extension) check and complete this file as you type, using kemitraan.schema.json in the same folder.",
    ),
    "init.blank.title": (
        "Kemitraan A dengan B (ganti dengan judul)",
        "Partnership of A and B (replace with the title)",
    ),
    "init.blank.partner": (
        "Mitra {n} (ganti dengan nama organisasi)",
        "Partner {n} (replace with the organisation's name)",
    ),
    "init.blank.program": (
        "Program 1 (ganti dengan nama program)",
        "Program 1 (replace with the program's name)",
    ),
    # editor schema (kemitraan schema)
    "language.id": ("bahasa Indonesia", "Indonesian"),
    "language.en": ("bahasa Inggris", "English"),
    "schema.comment": (
        "Dibuat dari model pydantic oleh `kemitraan schema`. Aturan berikut hanya diperiksa oleh `kemitraan validate`: {rules}",
        "Generated from the pydantic model by `kemitraan schema`. These rules are checked only by `kemitraan validate`: {rules}",
    ),
    "schema.rule.unique_ids": (
        "(1) setiap mitra dan setiap program memakai pengenal (id) yang berbeda;",
        "(1) every partner and every program has its own id;",
    ),
    "schema.rule.partner_references": (
        "(2) pengenal mitra pada participation, capacity_building, partners sebuah program dan balance.dominant harus ada di partners, dan participation sebuah program hanya memuat mitra program itu;",
        "(2) a partner id used in participation, capacity_building, a program's partners or balance.dominant must be one of partners, and a program's participation names only its own partners;",
    ),
    "schema.rule.period_order": (
        "(3) period.to tidak boleh sebelum period.from;",
        "(3) period.to must not be before period.from;",
    ),
    "schema.rule.whole_numbers": (
        "(4) bilangan bulat ditulis tanpa titik desimal (2019, bukan 2019.0), karena JSON tidak membedakan keduanya;",
        "(4) whole numbers are written without a decimal point (2019, not 2019.0), because JSON does not tell them apart;",
    ),
    "schema.rule.capacity_self": (
        "(5) capacity_building: from dan to berbeda (mitra tidak dapat meningkatkan kapasitasnya sendiri);",
        "(5) capacity_building: from and to differ (a partner cannot build its own capacity);",
    ),
    "schema.rule.stated_facts": (
        "(6) fakta yang dinyatakan sesuai dengan yang tercatat: joint sebuah tahap dengan tingkat partisipasinya (dan joint: yes memerlukan dua mitra program), balance dengan tingkat partisipasi, shared.linked: no tanpa layanan, sasaran atau karakteristik yang diisi, relation.subordinated dengan dominasi dan balance, relation.information, relation.activities dan relation.decisions dengan tahap yang dikerjakan bersama.",
        "(6) stated facts agree with recorded ones: a phase's joint with its levels (and joint: yes needs two program partners), balance with the levels, shared.linked: no with no service, target or characteristic filled in, relation.subordinated with the dominance and the balance, relation.information, relation.activities and relation.decisions with the phases done jointly.",
    ),
    # the command line's errors and notes (standard error; see err())
    "cli.interrupted": ("kemitraan: dihentikan", "kemitraan: interrupted"),
    "cli.terminated": ("kemitraan: dihentikan oleh sinyal", "kemitraan: terminated"),
    "batch.skipped.fifo": (
        "kemitraan: {file}: dilewati: bukan berkas biasa (pipa bernama); membacanya bisa menunggu tanpa akhir",
        "kemitraan: {file}: skipped: not a regular file (a named pipe); reading it could wait for ever",
    ),
    "batch.skipped.socket": (
        "kemitraan: {file}: dilewati: bukan berkas biasa (soket)",
        "kemitraan: {file}: skipped: not a regular file (a socket)",
    ),
    "batch.skipped.device": (
        "kemitraan: {file}: dilewati: bukan berkas biasa (perangkat)",
        "kemitraan: {file}: skipped: not a regular file (a device)",
    ),
    "batch.out_dir_failed": (
        "-o {folder}: laporan tidak dapat ditulis di folder ini: {reason}; tidak ada yang ditulis",
        "-o {folder}: cannot write reports in this folder: {reason}; nothing was written",
    ),
    "template.bound.time": (
        "templat ini memakai lebih dari {seconds} detik waktu prosesor untuk satu laporan dan dihentikan; periksa perulangan yang berjalan sangat banyak kali",
        "the template took more than {seconds} s of processor time for one report and was stopped; look for loops that run very many times",
    ),
    "template.bound.memory": (
        "templat ini memerlukan lebih dari {memory} memori untuk satu laporan dan dihentikan; periksa nilai yang dibuat sangat besar (seperti 'a' * 10**10 atau |center(10**9))",
        "the template needed more than {memory} of memory for one report and was stopped; look for a value made very large (such as 'a' * 10**10 or |center(10**9))",
    ),
    "template.bound.output": (
        "laporan dari templat ini akan lebih besar dari {output}; tidak ada yang ditulis",
        "the report this template writes would be larger than {output}; nothing was written",
    ),
    "template.bound.depth": (
        "templat ini bersarang terlalu dalam (makro yang memanggil dirinya sendiri tanpa akhir?)",
        "the template nests too deeply (a macro that calls itself without end?)",
    ),
    "template.missing": (
        "tidak ada berkas atau folder templat seperti itu; periksa path --template",
        "no such template file or folder; check the --template path",
    ),
    "template.no_field": (
        "tidak ada kolom '{name}' di sini (kolom di sini: {fields})",
        "no field '{name}' here (the fields here: {fields})",
    ),
    "template.no_field.hint": (
        "tidak ada kolom '{name}' di sini (kolom di sini: {fields}); maksudnya '{suggestion}'?",
        "no field '{name}' here (the fields here: {fields}); did you mean '{suggestion}'?",
    ),
    "template.call_refused": (
        "memanggil {name}() tidak diizinkan dalam templat (templat hanya boleh memanggil makronya sendiri, range(), dict() dan namespace(); pakai filter untuk yang lain)",
        "calling {name}() is not allowed in a template (a template may call its own macros, range(), dict() and namespace(); use filters for the rest)",
    ),
    "template.too_many_items": (
        "nilai ini akan memuat lebih dari {limit} karakter atau butir",
        "the value would hold more than {limit} characters or items",
    ),
    "template.number_too_large": ("bilangan ini akan terlalu besar", "the number would be too large"),
    "template.refused.outside": (
        "templat '{name}' tidak dibaca: berkas ini menaut ke berkas di luar folder templat",
        "template '{name}' is not read: it links to a file outside the template folder",
    ),
    "template.refused.folder": (
        "templat '{name}' tidak dibaca: ini sebuah folder",
        "template '{name}' is not read: it is a folder",
    ),
    "template.refused.not_regular": (
        "templat '{name}' tidak dibaca: bukan berkas biasa (pipa bernama, soket atau perangkat)",
        "template '{name}' is not read: it is not a regular file (a named pipe, a socket or a device)",
    ),
    "template.refused.too_large": (
        "templat '{name}' tidak dibaca: ukurannya lebih dari {size}",
        "template '{name}' is not read: it is larger than {size}",
    ),
    "rubric.path.many": (
        "'{path}' memuat beberapa nilai (daftar atau pemetaan), padahal path harus menunjuk satu nilai; pilih kolom di luar daftar (seperti shared.vision_mission atau agreement.form)",
        "'{path}' holds several values (a list or a mapping), and a path must name one value; choose a field outside lists (such as shared.vision_mission or agreement.form)",
    ),
    "rubric.path.runs_into": (
        "'{path}' melewati '{where}', yang memuat beberapa nilai (daftar atau pemetaan), padahal path harus menunjuk satu nilai; pilih kolom di luar daftar (seperti shared.vision_mission atau agreement.form)",
        "'{path}' runs into '{where}', which holds several values (a list or a mapping), and a path must name one value; choose a field outside lists (such as shared.vision_mission or agreement.form)",
    ),
    "rubric.path.group": (
        "'{path}' adalah sekelompok kolom ({fields}), bukan satu nilai; sebut salah satunya, misalnya {example}",
        "'{path}' is a group of fields ({fields}), not one value; name one of them, for example {example}",
    ),
    "output.stdout_failed": (
        "keluaran standar: tidak dapat menulis: {reason}",
        "standard output: cannot write: {reason}",
    ),
    "output.is_input": (
        "{target}: berkas ini adalah masukan perintah ini; kemitraan tidak menimpanya (pilih berkas keluaran lain)",
        "{target}: this is an input file of this command; refusing to write over it (choose another output file)",
    ),
}


def _number(value: float | int, lang: str, decimals: int = 2) -> str:
    if isinstance(value, int) or float(value).is_integer():
        text = f"{int(value):,}"
    else:
        text = f"{value:,.{decimals}f}".rstrip("0").rstrip(".")
    if lang == "id":  # Indonesian: 5.000.000 and 2,75
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


_SPECIAL = frozenset({"fmt.percent", "fmt.number", "fmt.money"})


def _special(msg: Msg, lang: str) -> str | None:
    if msg.key not in _SPECIAL:
        return None
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
    if type(v) is str:
        return v
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


def placeholders_of(template: str) -> set[str]:
    return set(_PLACEHOLDER.findall(template))


@functools.lru_cache(maxsize=4096)
def _pieces(template: str) -> tuple[str, ...]:
    """``"a {x} b"`` -> ``("a ", "x", " b")``: text and placeholder names, alternating."""
    return tuple(_PLACEHOLDER.split(template))


def substitute(template: str, params: Mapping[str, Any], lang: str) -> str:
    """The template with each ``{name}`` in ``params`` replaced by its value (others left as they are).

    Plain substitution, never ``str.format``; a value is not searched for placeholders again.
    """
    pieces = _pieces(template)
    if len(pieces) == 1:
        return template
    out = [pieces[0]]
    for i in range(1, len(pieces), 2):
        name = pieces[i]
        out.append(value(params[name], lang) if name in params else "{" + name + "}")
        out.append(pieces[i + 1])
    return "".join(out)


def fmt(msg: Msg, lang: str) -> str:
    """The message in ``lang`` ("id" or "en")."""
    special = _special(msg, lang)
    if special is not None:
        return special
    return substitute(M[msg.key][0 if lang == "id" else 1], msg.params, lang)


def t(key: str, lang: str, **params: Any) -> str:
    """Shorthand for templates and renderers: ``t("report.why", "en")``."""
    return fmt(Msg(key, params), lang)


ERROR_LANG = "en"
"""The language of the command line's errors and notes, until it takes one of its own."""


def err(key: str, **params: Any) -> str:
    """An error or a note for standard error: ``err("output.is_input", target="r.md")``."""
    return fmt(Msg(key, params), ERROR_LANG)


def text(msg: Msg) -> Text:
    """The message in both languages."""
    return Text(id=fmt(msg, "id"), en=fmt(msg, "en"))


def fill(template: Text, params: Mapping[str, Any]) -> Text:
    """A rubric's bilingual text with ``{placeholders}`` filled in each language."""
    return Text(id=substitute(template.id, params, "id"), en=substitute(template.en, params, "en"))


def join_text(parts: Iterable[Msg]) -> Text:
    parts = list(parts)
    return Text(id=" ".join(fmt(m, "id") for m in parts), en=" ".join(fmt(m, "en") for m in parts))
