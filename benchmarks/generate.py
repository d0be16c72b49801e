"""Generate N realistic, varied partnership files for the benchmark (deterministic for a seed).

Each file describes a made-up partnership between a village government and one to three
other organisations (a health centre, a service unit, an NGO, a school, a BUMDes ...), with
one to four programs, participation in each phase drawn from several typical patterns
(joint only in planning, fully joint, one partner dominating, facts unknown or not recorded),
evidence quotes with sources and informants, principle scores, agreements, capacity building
and constraints. The files are laid out as ``<province>/<regency>/<village>.yaml``, so the
same village name can occur in two regencies, as it does in Indonesia.

    python benchmarks/generate.py --n 1000 --out /tmp/cases     # standalone

The data is fictitious and for measuring speed only.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

import yaml

from kemitraan.models.partnership import LEVELS as PARTICIPATION_LEVELS
from kemitraan.models.partnership import Principles

PROVINCES = {
    "Kepulauan Riau": ["Lingga", "Bintan", "Karimun", "Natuna", "Anambas"],
    "Jawa Tengah": ["Banyumas", "Cilacap", "Kebumen", "Wonosobo", "Klaten", "Boyolali"],
    "Nusa Tenggara Timur": ["Kupang", "Ende", "Sikka", "Manggarai", "Belu"],
    "Sulawesi Selatan": ["Gowa", "Maros", "Bone", "Wajo", "Pinrang"],
    "Kalimantan Barat": ["Sambas", "Ketapang", "Sintang", "Landak"],
    "Aceh": ["Aceh Besar", "Pidie", "Bireuen", "Aceh Tengah"],
}
SYLLABLES = [
    "su",
    "ka",
    "ma",
    "ju",
    "ra",
    "ben",
    "an",
    "sri",
    "jaya",
    "mulya",
    "tani",
    "sido",
    "rejo",
    "wa",
    "ngi",
    "to",
    "lo",
    "pa",
    "dang",
    "ba",
    "tu",
    "keb",
    "on",
    "sa",
    "ri",
    "me",
    "kar",
    "ta",
    "li",
    "ngga",
]
PROGRAMS = [
    ("posyandu", "Posyandu balita dan ibu hamil", "balita dan ibu hamil"),
    ("stunting", "Pencegahan stunting", "balita"),
    ("perlindungan-anak", "Sosialisasi perlindungan anak", "orang tua dan anak"),
    ("bank-sampah", "Bank sampah desa", "rumah tangga"),
    ("air-bersih", "Pengelolaan air bersih", "warga desa"),
    ("wisata", "Pengembangan desa wisata", "pemuda dan pelaku usaha"),
    ("literasi", "Taman baca dan literasi anak", "anak usia sekolah"),
    ("umkm", "Pendampingan usaha mikro", "pelaku UMKM"),
    ("kesehatan-lansia", "Posbindu lansia", "lansia"),
    ("mangrove", "Rehabilitasi mangrove", "nelayan"),
]
OTHER_PARTNERS = [
    ("puskesmas", "Puskesmas {district}", "health"),
    ("p2tp2a", "P2TP2A Kecamatan {district}", "service-unit"),
    ("lsm", "Yayasan Peduli {regency}", "ngo"),
    ("sekolah", "SD Negeri {n} {village}", "school"),
    ("bumdes", "BUMDes {village} Sejahtera", "private"),
    ("pkk", "Tim Penggerak PKK Desa {village}", "community"),
    ("kampus", "Universitas {province}", "university"),
    ("dinas", "Dinas Sosial Kabupaten {regency}", "regency-government"),
]
CONTRIBUTIONS = [
    "tenaga kader",
    "dana desa",
    "balai desa sebagai tempat kegiatan",
    "tenaga kesehatan",
    "rancangan program",
    "pelatihan",
    "alat ukur antropometri",
    "data warga",
    "persetujuan kepala desa",
    "relawan",
    "modul sosialisasi",
    "kendaraan operasional",
]
BENEFITS = [
    "cakupan layanan yang lebih luas",
    "data yang lengkap",
    "warga yang lebih sadar",
    "kader yang lebih terampil",
    "akses ke masyarakat desa",
    "laporan kinerja yang baik",
    "pendapatan asli desa",
    "nama baik lembaga",
]
QUOTES = [
    "Rencana kegiatan disusun dalam musyawarah desa bersama {a} dan {b}.",
    "Pelaksanaan di lapangan sebagian besar dikerjakan oleh {a}; {b} hanya diberi tahu jadwalnya.",
    "Kami dari {b} selalu diundang rapat, tetapi keputusan tetap diambil oleh {a}.",
    "Evaluasi dilakukan setiap tiga bulan dan dihadiri kedua pihak.",
    "Hasil evaluasi tidak pernah disampaikan kepada kami.",
    "Kader desa memasak dan membagikan makanan tambahan; petugas menimbang balita setiap bulan.",
    "Anggaran kegiatan hanya cukup untuk dua kali pertemuan dalam setahun.",
    "Komunikasi antara {a} dan {b} masih kurang lancar, terutama saat pergantian pengurus.",
    "Kepala desa menandatangani rencana program yang disusun bersama.",
    "Laporan kegiatan ditulis oleh {a} dan dikirim ke kabupaten.",
]
INFORMANTS = [
    "kepala desa",
    "sekretaris desa",
    "kader posyandu",
    "ketua RT",
    "petugas lapangan",
    "tokoh masyarakat",
    "bidan desa",
    "ketua PKK",
    None,
]
LEVELS = list(PARTICIPATION_LEVELS)
PRINCIPLES = list(Principles.model_fields)


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _quotes(rng: random.Random, a: str, b: str, source: str, k: int) -> list[dict[str, str]]:
    out = []
    for _ in range(k):
        item = {"quote": rng.choice(QUOTES).format(a=a, b=b), "source": source}
        informant = rng.choice(INFORMANTS)
        if informant:
            item["informant"] = informant
        out.append(item)
    return out


def _participation(rng: random.Random, ids: list[str], phase: int, pattern: str) -> dict[str, str] | None:
    """Levels of each partner in one phase, after one of the typical patterns."""
    lead, others = ids[0], ids[1:]
    if pattern == "joint":
        return {lead: "lead", **{o: rng.choice(["active", "lead"]) for o in others}}
    if pattern == "planning-only":
        if phase == 0:
            return {lead: "lead", **{o: "active" for o in others}}
        return {
            lead: "lead",
            **{o: rng.choice(["informed", "consulted"]) for o in others if rng.random() < 0.7},
        }
    if pattern == "dominated":
        return {lead: "lead", **{o: rng.choice(["absent", "informed"]) for o in others}}
    if pattern == "unknown":
        if rng.random() < 0.3:
            return None
        return {
            lead: rng.choice(["lead", "active"]),
            **{o: rng.choice(["unknown", "active"]) for o in others},
        }
    return {i: rng.choice(LEVELS) for i in ids}


def partnership(rng: random.Random, index: int) -> tuple[Path, dict[str, object]]:
    """One partnership (its relative path and its data)."""
    province = rng.choice(list(PROVINCES))
    regency = rng.choice(PROVINCES[province])
    district, village = _name(rng), _name(rng)
    fill = {
        "district": district,
        "village": village,
        "regency": regency,
        "province": province,
        "n": rng.randint(1, 12),
    }
    partners: list[dict[str, object]] = [
        {"id": "desa", "name": f"Pemerintah Desa {village}", "kind": "village-government"}
    ]
    for pid, name, kind in rng.sample(OTHER_PARTNERS, rng.randint(1, 3)):
        partners.append({"id": pid, "name": name.format(**fill), "kind": kind})
    rng.shuffle(partners)
    source = f"Laporan lapangan {village} {rng.randint(2018, 2024)}, bagian {rng.randint(1, 5)}"
    pattern = rng.choice(
        ["joint", "joint", "planning-only", "planning-only", "dominated", "unknown", "mixed"]
    )
    balanced = pattern == "joint" and rng.random() < 0.8  # every partner gives, gains and understands
    for p in partners:
        if balanced or rng.random() < 0.85:
            p["contributes"] = rng.sample(CONTRIBUTIONS, rng.randint(1 if balanced else 0, 3))
        if balanced or rng.random() < 0.8:
            p["benefits"] = rng.sample(BENEFITS, rng.randint(1 if balanced else 0, 2))
        p["understands_purpose"] = (
            "yes" if balanced else rng.choice(["yes", "yes", "partly", "no", "unknown"])
        )
        if rng.random() < 0.3:
            p["evidence"] = _quotes(rng, str(p["name"]), str(partners[0]["name"]), source, 1)
    ids = [str(p["id"]) for p in partners]
    names = [str(p["name"]) for p in partners]
    programs = []
    for pid, name, target in rng.sample(PROGRAMS, rng.randint(1, 4)):
        program: dict[str, object] = {"id": pid, "name": name, "target": target}
        if rng.random() < 0.4:
            program["description"] = f"{name} di Desa {village} untuk {target}."
        for phase_index, phase in enumerate(("planning", "implementation", "evaluation")):
            levels = _participation(rng, ids, phase_index, pattern)
            if levels is None:
                continue
            record: dict[str, object] = {"participation": levels}
            k = rng.choice([0, 0, 1, 1, 2, 3])
            if k:
                record["evidence"] = _quotes(rng, names[0], names[-1], source, k)
            program[phase] = record
        programs.append(program)
    start = rng.randint(2015, 2023)
    data: dict[str, object] = {
        "schema": "kemitraan/1",
        "id": f"{_slug(village)}-{index:06d}",
        "title": f"Kemitraan {names[0]} dengan {names[-1]}",
        "language": "id" if rng.random() < 0.9 else "en",
        "period": {"from": start, "to": min(start + rng.randint(0, 5), 2025)},
        "place": {
            "village": village,
            "district": district,
            "regency": regency,
            "province": province,
            "country": "Indonesia",
            "code": f"{rng.randint(11, 94)}{rng.randint(1, 99):02d}{index % 10000:06d}",
        },
        "source": {"citation": f"{source}. Fiktif, untuk uji kecepatan.", "method": "wawancara; observasi"},
        "partners": partners,
        "shared": {
            "service": programs[0]["name"],
            "target": programs[0]["target"],
            "vision_mission": "joint"
            if balanced and rng.random() < 0.6
            else rng.choice(["joint", "partly", "separate", "unknown"]),
        },
        "programs": programs,
    }
    scored = rng.sample(PRINCIPLES, rng.randint(0, 8))
    low = 3 if balanced else 1
    if scored:
        data["principles"] = {n: {"score": rng.randint(low, 5)} for n in PRINCIPLES if n in scored}
    data["agreement"] = {"form": rng.choice(["written", "verbal", "none", "unknown"])}
    if balanced and rng.random() < 0.5:  # capacity built both ways (Sulistiyani's conjugation)
        data["capacity_building"] = [
            {"from": a, "to": b, "what": rng.choice(CONTRIBUTIONS)} for a in ids for b in ids if a != b
        ]
    elif rng.random() < 0.6:
        data["capacity_building"] = [
            {"from": a, "to": b, "what": rng.choice(CONTRIBUTIONS)}
            for a, b in rng.sample(
                [(a, b) for a in ids for b in ids if a != b], rng.randint(0, min(3, len(ids)))
            )
        ]
    if rng.random() < 0.7:
        data["constraints"] = [
            {
                "kind": "budget",
                "description": "Anggaran kegiatan terbatas",
                "amount": {
                    "value": rng.randrange(1_000_000, 50_000_000, 500_000),
                    "currency": "IDR",
                    "per": "year",
                },
                "solutions": ["Mengajukan tambahan anggaran ke kabupaten"],
                "evidence": _quotes(rng, names[0], names[-1], source, 1),
            }
        ]
    path = Path(_slug(province)) / _slug(regency) / f"{_slug(village)}.yaml"
    return path, data


def generate(n: int, out: Path, seed: int = 1) -> list[Path]:
    """Write ``n`` partnership files below ``out``; returns their paths (sorted)."""
    rng = random.Random(seed)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    written: set[Path] = set()
    for i in range(n):
        rel, data = partnership(rng, i)
        target = out / rel
        while target in written or target.exists():  # the same village name twice in a regency
            target = target.with_name(f"{target.stem}-{i}.yaml")
        target.parent.mkdir(parents=True, exist_ok=True)
        text = yaml.dump(
            data, Dumper=dumper, allow_unicode=True, sort_keys=False, default_flow_style=None, width=100
        )
        target.write_text(text, encoding="utf-8")
        written.add(target)
    return sorted(written)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    files = generate(args.n, args.out, args.seed)
    print(f"wrote {len(files)} files below {args.out}")


if __name__ == "__main__":
    main()
