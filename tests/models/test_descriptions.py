"""Every part of the partnership file is described in Indonesian and in English."""

from __future__ import annotations

from kemitraan.models.descriptions import ID
from kemitraan.schema import description, keys, models


def _expected() -> set[str]:
    names = set()
    for name, model in models().items():
        names.add(name)
        names.update(f"{name}.{key}" for key in keys(model))
    return names


def test_every_model_and_field_has_an_indonesian_description() -> None:
    missing = sorted(_expected() - {k for k, v in ID.items() if v.strip()})
    assert missing == []


def test_no_indonesian_description_for_a_field_that_does_not_exist() -> None:
    assert sorted(set(ID) - _expected()) == []


def test_every_model_and_field_has_an_english_docstring() -> None:
    missing = [
        f"{name}.{key}" if key else name
        for name, model in models().items()
        for key in (None, *keys(model))
        if not description(model, key, "en")
    ]
    assert missing == []


def test_keys_are_the_names_written_in_a_file() -> None:
    assert "Period.from" in ID and "Period.from_" not in ID
    assert "Partnership.schema" in ID
