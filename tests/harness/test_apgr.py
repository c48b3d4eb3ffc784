"""APGR, CPT and the calibration sweep, checked against hand-computed curves."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hybridgate.harness.apgr import (
    apgr,
    cpt,
    curve,
    summarize,
    sweep,
    threshold_for_quality,
    threshold_for_share,
)

# Four prompts: gains strong - weak = [+1, 0, +1, 0]; weak quality 0.25, strong 0.75.
WEAK = [False, True, False, False]
STRONG = [True, True, True, False]


def test_perfect_order_by_hand() -> None:
    c = curve([0.9, 0.1, 0.8, 0.2], WEAK, STRONG)
    assert c.share.tolist() == [0.0, 0.25, 0.5, 0.75, 1.0]
    assert c.pgr.tolist() == [0.0, 0.5, 1.0, 1.0, 1.0]
    assert c.weak_quality == 0.25 and c.strong_quality == 0.75
    # trapezoids: .25*(0+.5)/2 + .25*(.5+1)/2 + .25 + .25 = 0.0625 + 0.1875 + 0.5
    assert apgr(c) == pytest.approx(0.75)
    assert cpt(c, 0.5) == pytest.approx(0.25)
    assert cpt(c, 0.8) == pytest.approx(0.25 + 0.3 * 0.25 / 0.5)


def test_worst_order_is_the_mirror() -> None:
    good = apgr(curve([0.9, 0.1, 0.8, 0.2], WEAK, STRONG))
    bad = apgr(curve([0.1, 0.9, 0.2, 0.8], WEAK, STRONG))
    assert bad == pytest.approx(1 - good)


def test_constant_router_is_exactly_random() -> None:
    # One tie group: the curve is the straight line, whatever the labels.
    assert apgr(curve([0.3] * 4, WEAK, STRONG)) == pytest.approx(0.5)
    assert cpt(curve([0.3] * 4, WEAK, STRONG), 0.5) == pytest.approx(0.5)


def test_ties_are_broken_in_expectation() -> None:
    # Prompts 0 and 1 tie: between them the curve is the average of both orders.
    c = curve([0.9, 0.9, 0.5, 0.1], WEAK, STRONG)
    assert c.share.tolist() == [0.0, 0.5, 0.75, 1.0]
    assert c.pgr.tolist() == [0.0, 0.5, 1.0, 1.0]
    orders = [apgr(curve(s, WEAK, STRONG)) for s in ([0.9, 0.8, 0.5, 0.1], [0.8, 0.9, 0.5, 0.1])]
    assert apgr(c) == pytest.approx(np.mean(orders))


def test_negative_gain_can_push_pgr_above_one() -> None:
    # The weak model beats the strong one on prompt 1: routing it strong loses quality.
    c = curve([0.9, 0.1], [False, True], [True, False])
    assert c.strong_quality == c.weak_quality  # no gap: PGR is defined as 0
    assert apgr(c) == 0.0
    c = curve([0.9, 0.1, 0.5], [False, True, False], [True, False, True])
    assert max(c.pgr) == pytest.approx(2.0)


def test_bad_input() -> None:
    with pytest.raises(ValueError):
        curve([0.1, 0.2], [True], [True, False])
    with pytest.raises(ValueError):
        curve([], [], [])


def test_sweep_and_targets() -> None:
    rng = np.random.default_rng(1)
    weak = rng.random(200) < 0.6
    strong = rng.random(200) < 0.8
    scores = np.round(rng.random(200), 2)  # plenty of ties
    c = curve(scores, weak, strong)
    table = sweep(c, steps=21)
    assert table[0].strong_share == 0.0 and table[-1].strong_share == 1.0
    shares = [r.strong_share for r in table]
    assert shares == sorted(shares)
    for row in table:  # each row's threshold really sends that share to the strong model
        assert np.mean(scores >= row.threshold) == pytest.approx(row.strong_share)
    t = threshold_for_share(table, 0.3)
    assert np.mean(scores >= t) <= 0.3 + 1e-9
    t = threshold_for_quality(table, 0.9)
    sent = scores >= t
    quality = np.where(sent, strong, weak).mean()
    gap = strong.mean() - weak.mean()
    assert (quality - weak.mean()) / gap >= 0.9 - 1e-9


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), st.booleans(), st.booleans()), min_size=2, max_size=40)
)
def test_reversing_the_order_mirrors_the_area(rows: list[tuple[int, bool, bool]]) -> None:
    scores = [float(r[0]) for r in rows]
    weak = [r[1] for r in rows]
    strong = [r[2] for r in rows]
    if sum(strong) == sum(weak):
        return  # no gap, PGR undefined (reported as 0)
    forward = summarize(scores, weak, strong).apgr
    backward = summarize([-s for s in scores], weak, strong).apgr
    assert forward + backward == pytest.approx(1.0)
