"""The fixed sets of values that command-line options take.

Cheap to import (plain tuples; the formats' come from the registry, :mod:`kemitraan.formats`): the command line lists them in its help and offers them for
shell completion without loading the modules that use them.
"""

from __future__ import annotations

from kemitraan.formats import COMPARISON_FORMATS, FORMATS, GROUP_FORMATS  # the registry's, written once
from kemitraan.kinds import AGGREGATES, Aggregate

__all__ = [
    "AGGREGATES",
    "COMPARISON_FORMATS",
    "FORMATS",
    "GROUP_BY",
    "GROUP_FORMATS",
    "LANGS",
    "SURVEY_LANGS",
    "Aggregate",
]

LANGS = ("id", "en")
GROUP_BY = ("village", "district", "regency", "province", "country", "language", "from", "to", "folder")
"""What ``kemitraan compare --by`` may group on (:data:`kemitraan.compare.BY` says what each reads)."""
SURVEY_LANGS = ("id,en", "en,id", "id", "en")
