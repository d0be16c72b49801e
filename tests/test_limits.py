"""Sizes on the command line (``--max-size``)."""

from __future__ import annotations

import pytest

from kemitraan.limits import DEFAULT_MAX_BYTES, format_size, parse_size


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("1048576", 1048576),
        ("500k", 500 * 1024),
        ("500 KB", 500 * 1024),
        ("5M", 5 * 1024**2),
        ("2.5MiB", int(2.5 * 1024**2)),
        ("1g", 1024**3),
        ("12b", 12),
    ],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "abc", "5X", "-1", "0", "5 M B", "0.0001k"])
def test_parse_size_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="expected a size"):
        parse_size(text)


@pytest.mark.parametrize(
    ("size", "text"),
    [(900, "900 bytes"), (1536, "1.5 KiB"), (DEFAULT_MAX_BYTES, "5 MiB"), (3 * 1024**3, "3 GiB")],
)
def test_format_size(size: int, text: str) -> None:
    assert format_size(size) == text
