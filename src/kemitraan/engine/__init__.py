"""assess(partnership, rubrics) -> Assessment. Pure: no I/O, no printing.

Split by job: :mod:`~kemitraan.engine.decision` reads the criteria and decides each rubric's verdict
(:func:`decide_rubric` gives an :class:`Outcome`, all a summary row needs); :mod:`~kemitraan.engine.words`
puts an outcome into words (:func:`in_words`); :mod:`~kemitraan.engine.sections` builds the rest of
the report and the whole assessment (:func:`assess`, :func:`report`). The rules of a rubric's
application are documented in :mod:`kemitraan.engine.decision` and docs/rubrics.md.
"""

from __future__ import annotations

__all__ = [
    "LEVELS",
    "InputMeta",
    "LoadedRubric",
    "Outcome",
    "assess",
    "assess_rubric",
    "decide",
    "decide_rubric",
    "evaluate",
    "in_words",
    "need",
    "report",
]

from kemitraan.engine.decision import Outcome, decide, decide_rubric, evaluate, need
from kemitraan.engine.sections import InputMeta, assess, report
from kemitraan.engine.words import assess_rubric, in_words
from kemitraan.models.partnership import LEVELS
from kemitraan.models.rubric import LoadedRubric
