"""How large an input file may be, and how a size is written on the command line.

Stdlib only: the CLI imports it at start-up to parse ``--max-size``. The same limit bounds
how far YAML aliases may expand a file (see :func:`kemitraan.loader.parse_yaml`), so a small
file cannot turn into gigabytes of data ("billion laughs").
"""

from __future__ import annotations

import re

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
"""5 MiB: a partnership file is normally a few kilobytes; the largest real ones some hundreds."""

_UNITS = {"": 1, "b": 1, "k": 1024, "kb": 1024, "kib": 1024, "m": 1024**2, "mb": 1024**2, "mib": 1024**2}
_UNITS |= {"g": 1024**3, "gb": 1024**3, "gib": 1024**3}
_SIZE = r"\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*"  # compiled on first use: start-up stays cheap


def parse_size(text: str) -> int:
    """``"5M"`` -> 5242880; ``"500k"``, ``"2MB"``, ``"1048576"`` (units are powers of 1024).

    Raises ValueError with a sentence for a person (in the run's language) when the text is not a size.
    """
    match = re.fullmatch(_SIZE, text)
    unit = match.group(2).lower() if match else ""
    if match is None or unit not in _UNITS:
        raise ValueError(_said("limits.size", value=text))
    size = int(float(match.group(1)) * _UNITS[unit])
    if size < 1:
        raise ValueError(_said("limits.size.positive", value=text))
    return size


def _said(key: str, **params: str) -> str:
    from kemitraan.messages import err

    return err(key, **params)


def format_size(size: int) -> str:
    """5242880 -> ``5 MiB``; 1536 -> ``1.5 KiB``; 900 -> ``900 bytes``."""
    for unit, factor in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


# --- a user's report template (kemitraan.render.sandbox, kemitraan.render.bounded) ------------

TEMPLATE_FILE_BYTES = 1024 * 1024
"""1 MiB: the largest template file read (the bundled HTML report's template is 20 KiB)."""
TEMPLATE_SECONDS = 10
"""CPU seconds a user's template may take to render one report (the bundled ones take 0.02 s)."""
TEMPLATE_MEMORY = 1024**3
"""1 GiB: memory a user's template may use while it renders one report, beyond what is loaded."""
TEMPLATE_OUTPUT_BYTES = 64 * 1024**2
"""64 MiB: the largest report a user's template may write (the Benan HTML report is 120 KiB)."""
TEMPLATE_VALUE_ITEMS = 10_000_000
"""The longest text or list a template may make with ``*`` in one step (``'a' * 10**10``)."""
