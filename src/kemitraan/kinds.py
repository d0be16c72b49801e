"""Literal types shared by the command line, the pipeline and the output models.

A leaf module (it imports nothing of kemitraan), so that the output models can use them without
importing :mod:`kemitraan.choices`, which re-exports them beside the other option values.
"""

from __future__ import annotations

from typing import Literal, get_args

__all__ = ["AGGREGATES", "Aggregate"]

Aggregate = Literal["median", "min"]
"""How several informants' answers become one value (``--aggregate``): written once, here."""
AGGREGATES: tuple[Aggregate, ...] = get_args(Aggregate)
