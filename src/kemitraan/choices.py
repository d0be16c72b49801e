"""The fixed sets of values that command-line options take.

Cheap to import (plain tuples): the command line lists them in its help and offers them for
shell completion without loading the modules that use them.
"""

from __future__ import annotations

from typing import Literal, get_args

FORMATS = ("terminal", "md", "json", "html", "pdf", "docx")
"""Report formats of ``kemitraan assess``."""
COMPARISON_FORMATS = ("terminal", "md", "html", "json")
"""Formats of ``kemitraan compare A B``."""
GROUP_FORMATS = ("terminal", "md", "html", "csv", "json")
"""Formats of ``kemitraan compare --by``."""
LANGS = ("id", "en")
Aggregate = Literal["median", "min"]
"""How several informants' answers become one value (``--aggregate``): written once, here."""
AGGREGATES: tuple[Aggregate, ...] = get_args(Aggregate)
GROUP_BY = ("village", "district", "regency", "province", "country", "language", "from", "to", "folder")
"""What ``kemitraan compare --by`` may group on (:data:`kemitraan.compare.BY` says what each reads)."""
SURVEY_LANGS = ("id,en", "en,id", "id", "en")
