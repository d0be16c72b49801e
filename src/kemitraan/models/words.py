"""The words a partnership file may use for each enumerated value, in English and in Indonesian.

Every value from a fixed list (a participation level, an answer, a kind of partner or of
constraint ...) may be written in its canonical English form (``active``) or in Indonesian
(``aktif``); the model keeps the canonical form, so everything downstream (the engine, the
JSON, the summary) sees one word, and reports print the label in the report's language
whatever the file used. The Indonesian words are part of the file format ``kemitraan/1``,
fixed here, not in a translator's catalogue: a file must mean the same on every installation.
A leaf module: the models, the loader, the JSON Schema, ``kemitraan init`` and the did-you-mean
hints read it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

VOCABULARIES: dict[str, dict[str, tuple[str, ...]]] = {
    "level": {
        "absent": ("tidak terlibat",),
        "informed": ("diberi tahu",),
        "consulted": ("dikonsultasikan", "dimintai pendapat"),
        "active": ("aktif",),
        "lead": ("memimpin",),
        "unknown": ("tidak diketahui",),
    },
    "understanding": {
        "yes": ("ya",),
        "partly": ("sebagian",),
        "no": ("tidak",),
        "unknown": ("tidak diketahui",),
    },
    "vision_mission": {
        "joint": ("bersama",),
        "partly": ("sebagian",),
        "separate": ("terpisah",),
        "unknown": ("tidak diketahui",),
    },
    "agreement": {
        "written": ("tertulis",),
        "verbal": ("lisan",),
        "none": ("tidak ada",),
        "unknown": ("tidak diketahui",),
    },
    "stated": {
        "yes": ("ya",),
        "no": ("tidak",),
        "unknown": ("tidak diketahui",),
    },
    "balance": {
        "balanced": ("seimbang",),
        "unbalanced": ("tidak seimbang",),
        "unknown": ("tidak diketahui",),
    },
    "share": {
        "none": ("tidak ada",),
        "some": ("sebagian",),
        "full": ("sepenuhnya",),
        "unknown": ("tidak diketahui",),
    },
    "communication": {
        "infrequent": ("jarang",),
        "formal": (),
        "frequent": ("sering",),
        "prioritised": ("diutamakan",),
        "unknown": ("tidak diketahui",),
    },
    "decisions": {
        "independent": ("sendiri-sendiri",),
        "some-shared": ("sebagian bersama",),
        "all-members": ("semua anggota",),
        "consensus": ("mufakat",),
        "unknown": ("tidak diketahui",),
    },
    "constraint": {
        "budget": ("anggaran",),
        "staff": ("sdm", "sumber daya manusia"),
        "coordination": ("koordinasi",),
        "communication": ("komunikasi",),
        "geography": ("geografis",),
        "other": ("lainnya",),
    },
    "partner": {
        "service-unit": ("unit layanan",),
        "village-government": ("pemerintah desa",),
        "district-government": ("pemerintah kecamatan",),
        "regency-government": ("pemerintah kabupaten", "pemerintah kota"),
        "provincial-government": ("pemerintah provinsi",),
        "central-government": ("pemerintah pusat",),
        "ngo": ("lsm",),
        "community": ("kelompok masyarakat",),
        "private": ("swasta",),
        "school": ("sekolah",),
        "university": ("perguruan tinggi",),
        "health": ("layanan kesehatan",),
        "religious": ("lembaga keagamaan",),
        "media": (),
        "other": ("lainnya",),
    },
    "per": {
        "year": ("tahun",),
        "month": ("bulan",),
        "week": ("minggu",),
        "day": ("hari",),
        "program": (),
        "once": ("sekali",),
    },
}
"""Vocabulary -> canonical value -> its Indonesian words (the first is the one ``kemitraan init``
writes; ``media``, ``formal`` and ``program`` are the same word in both languages)."""

WORDS_LANGUAGE = "id"
"""The language the second words of each value are in."""

LABELS = {
    "level": "level.{}",
    "understanding": "value.{}",
    "vision_mission": "value.{}",
    "agreement": "value.{}",
    "stated": "value.{}",
    "balance": "value.{}",
    "share": "share.{}",
    "communication": "value.{}",
    "decisions": "value.{}",
    "constraint": "constraint.{}",
    "partner": "kind.{}",
    "per": "per.{}",
}
"""Where each vocabulary's labels (what reports print) live in the message catalogue."""

VALUES = frozenset(v for name, values in VOCABULARIES.items() if LABELS[name] == "value.{}" for v in values)
"""The canonical values whose label is a ``value.*`` entry of the catalogue."""


def canonical(vocabulary: str) -> Mapping[str, str]:
    """Every word the vocabulary accepts -> its canonical value."""
    out = {value: value for value in VOCABULARIES[vocabulary]}
    for value, words in VOCABULARIES[vocabulary].items():
        out.update(dict.fromkeys(words, value))
    return out


_BY_VALUES = {frozenset(values): name for name, values in VOCABULARIES.items()}


def vocabulary_of(values: Any) -> str | None:
    """The vocabulary whose canonical values are exactly ``values`` (a pydantic literal's)."""
    return _BY_VALUES.get(frozenset(values))


def vocabulary_of_enum(enum: Any) -> str | None:
    """The vocabulary whose accepted words are exactly ``enum`` (a JSON Schema's ``enum``)."""
    wanted = list(enum)
    return next((name for name in VOCABULARIES if list(canonical(name)) == wanted), None)


def words_in(vocabulary: str, lang: str) -> list[str]:
    """The values as a file written in ``lang`` writes them: the Indonesian word in Indonesian
    (the first one), the canonical value otherwise."""
    if lang != WORDS_LANGUAGE:
        return list(VOCABULARIES[vocabulary])
    return [words[0] if words else value for value, words in VOCABULARIES[vocabulary].items()]


def normaliser(vocabulary: str) -> Callable[[Any], Any]:
    """A pydantic before-validator: an Indonesian word becomes its canonical value (anything
    else is left for the literal check, which reports it)."""
    table = canonical(vocabulary)

    def normalise(value: Any) -> Any:
        if type(value) is str:
            return table.get(value, value)
        return value

    normalise.__name__ = f"{vocabulary}_words"
    return normalise


def schema(vocabulary: str) -> Callable[[dict[str, Any]], None]:
    """A ``json_schema_extra`` hook: the enum offers the Indonesian words beside the canonical ones."""

    def extend(node: dict[str, Any]) -> None:
        if "enum" in node:
            node["enum"] = list(canonical(vocabulary))

    return extend
