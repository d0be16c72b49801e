"""Agreement between informants: median, spread, and Krippendorff's alpha. Pure functions.

Answers are ordinal (a 1-5 score, a participation level), so they are handled as ranks: the
median is the *low* median (for an even number of answers, the lower of the two middle values:
ordinal data has no half-steps), and the spread is the range in steps of the scale.

Krippendorff's alpha follows Krippendorff (2011), *Computing Krippendorff's alpha-reliability*
(University of Pennsylvania, ScholarlyCommons): the coincidence matrix of pairable values within
units, and the nominal, ordinal or interval difference function. Its reading: from 0.800 the
informants agree reliably, from 0.667 tentatively; below that they do not.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from typing import Literal

Metric = Literal["nominal", "ordinal", "interval"]

RELIABLE = 0.800
TENTATIVE = 0.667


def median_low(ranks: Sequence[int]) -> int:
    """The median of ordinal ranks, taking the lower middle value for an even count."""
    return int(statistics.median_low(ranks))


def spread(ranks: Sequence[int]) -> int:
    """The range of the ranks, in steps of the scale (0 when all agree)."""
    return max(ranks) - min(ranks) if ranks else 0


def disagree(ranks: Sequence[int], steps: int) -> bool:
    """Real disagreement: answers two or more steps apart, or spanning a short scale's ends.

    ``steps`` is the number of steps from the lowest to the highest answer on the scale
    (4 for a 1-5 score or the five participation levels, 1 for yes/no).
    """
    return len(ranks) >= 2 and spread(ranks) >= min(2, steps)


def _delta2(c: float, k: float, metric: Metric, marginals: dict[float, float]) -> float:
    if metric == "nominal":
        return 0.0 if c == k else 1.0
    if metric == "interval":
        return (c - k) ** 2
    low, high = min(c, k), max(c, k)
    between = sum(n for g, n in marginals.items() if low <= g <= high)
    return (between - (marginals[c] + marginals[k]) / 2) ** 2


def alpha(units: Sequence[Sequence[float]], metric: Metric = "ordinal") -> float | None:
    """Krippendorff's alpha for ``units``: each a list of the values the coders gave it.

    Missing values are simply left out of a unit; units with fewer than two values carry no
    pairable information and are ignored. None when alpha is not defined (no pairable values,
    or every value the same, so that expected disagreement is zero).
    """
    pairable = [list(u) for u in units if len(u) >= 2]
    coincidences: dict[tuple[float, float], float] = {}
    for unit in pairable:
        m = len(unit)
        for i, c in enumerate(unit):
            for j, k in enumerate(unit):
                if i != j:
                    coincidences[(c, k)] = coincidences.get((c, k), 0.0) + 1.0 / (m - 1)
    marginals: dict[float, float] = {}
    for (c, _), o in coincidences.items():
        marginals[c] = marginals.get(c, 0.0) + o
    n = sum(marginals.values())
    if n <= 1:
        return None
    values = sorted(marginals)
    observed = sum(o * _delta2(c, k, metric, marginals) for (c, k), o in coincidences.items())
    expected = sum(
        marginals[c] * marginals[k] * _delta2(c, k, metric, marginals) for c in values for k in values
    ) / (n - 1)
    if expected == 0:
        return None
    return 1.0 - observed / expected


def pairable_count(units: Sequence[Sequence[float]]) -> tuple[int, int]:
    """(units with at least two values, the values in them)."""
    pairable = [u for u in units if len(u) >= 2]
    return len(pairable), sum(len(u) for u in pairable)
