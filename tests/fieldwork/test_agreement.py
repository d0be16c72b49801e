"""Agreement statistics: the low median, the spread, disagreement, and Krippendorff's alpha."""

from __future__ import annotations

import math

import pytest

from kemitraan.fieldwork.agreement import Metric, alpha, disagree, median_low, pairable_count, spread

# Krippendorff (2011), "Computing Krippendorff's alpha-reliability", section C: four observers,
# twelve units, values 1-5, missing values left blank. Published: nominal 0.743, interval 0.849.
_ = math.nan
KRIPPENDORFF_2011 = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
    [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]


def units_of(rows: list[list[float]]) -> list[list[float]]:
    return [[row[u] for row in rows if not math.isnan(row[u])] for u in range(len(rows[0]))]


@pytest.mark.parametrize(("metric", "published"), [("nominal", 0.743), ("interval", 0.849)])
def test_alpha_matches_krippendorffs_worked_example(metric: Metric, published: float) -> None:
    value = alpha(units_of(KRIPPENDORFF_2011), metric)
    assert value is not None and round(value, 3) == published


def test_ordinal_alpha_of_the_worked_example() -> None:
    assert round(alpha(units_of(KRIPPENDORFF_2011), "ordinal") or 0, 3) == 0.815


def test_alpha_matches_the_krippendorff_package_on_random_ratings() -> None:
    krippendorff = pytest.importorskip("krippendorff")
    import random

    rng = random.Random(7)
    for _round in range(20):
        coders, units = rng.randint(2, 6), rng.randint(2, 15)
        rows = [
            [float(rng.randint(1, 5)) if rng.random() > 0.2 else math.nan for _u in range(units)]
            for _c in range(coders)
        ]
        ours = alpha(units_of(rows), "ordinal")
        try:
            theirs = krippendorff.alpha(reliability_data=rows, level_of_measurement="ordinal")
        except ValueError:  # the package refuses data with a single value; ours says None
            assert ours is None
            continue
        if ours is None:
            assert math.isnan(theirs) or theirs == pytest.approx(1.0)
        else:
            assert ours == pytest.approx(theirs, abs=1e-9)


def test_perfect_agreement_is_one_and_systematic_disagreement_is_negative() -> None:
    assert alpha([[1, 1], [3, 3], [5, 5]]) == pytest.approx(1.0)
    systematic = alpha([[1, 5], [5, 1], [1, 5]])
    assert systematic is not None and systematic < 0


@pytest.mark.parametrize(
    "units",
    [[], [[3]], [[3], [4]], [[2, 2], [2, 2]]],
    ids=["nothing", "one value", "no pairs", "all the same"],
)
def test_alpha_is_undefined_without_pairable_variation(units: list[list[float]]) -> None:
    assert alpha(units) is None


def test_pairable_counts_only_units_with_two_values() -> None:
    assert pairable_count([[1], [1, 2], [3, 3, 4]]) == (2, 5)


@pytest.mark.parametrize(
    ("ranks", "median", "range_", "steps", "disagreement"),
    [
        ([2, 3, 4], 3, 2, 4, True),
        ([3, 4], 3, 1, 4, False),  # low median: no half-steps on an ordinal scale
        ([4], 4, 0, 4, False),  # one answer cannot disagree
        ([0, 1], 0, 1, 1, True),  # yes/no: the two ends of a short scale
        ([1, 1, 1], 1, 0, 2, False),
    ],
)
def test_median_spread_and_disagreement(
    ranks: list[int], median: int, range_: int, steps: int, disagreement: bool
) -> None:
    assert (median_low(ranks), spread(ranks), disagree(ranks, steps)) == (median, range_, disagreement)
