"""The calibration table of a difficulty scorer: which threshold sends what share of calls
to the strong model and what quality that keeps, and the threshold for a target."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CalibrationRow:
    """One row of the calibration table: a threshold and what it buys on the training data."""

    threshold: float
    strong_share: float
    quality: float  # PGR at that threshold: share of the strong model's extra quality kept


def threshold_for_share(table: Sequence[CalibrationRow], share: float) -> float:
    """The threshold that sends at most `share` of calls to the strong model."""
    ok = [r for r in table if r.strong_share <= share + 1e-9]
    return max(ok, key=lambda r: r.strong_share).threshold if ok else 1.0 + 1e-9


def threshold_for_quality(table: Sequence[CalibrationRow], quality: float) -> float:
    """The threshold with the fewest strong calls that recovers at least `quality` of the gap."""
    ok = [r for r in table if r.quality >= quality - 1e-9]
    if not ok:
        return 0.0  # nothing short of sending everything reaches it
    return min(ok, key=lambda r: r.strong_share).threshold


def threshold_for(
    table: Sequence[CalibrationRow],
    *,
    threshold: float | None,
    strong_share: float | None,
    quality_target: float | None,
) -> float:
    """The score threshold for a config target (at most one is set; default 0.5)."""
    if threshold is not None:
        return threshold
    if strong_share is not None:
        return threshold_for_share(table, strong_share)
    if quality_target is not None:
        return threshold_for_quality(table, quality_target)
    return 0.5
