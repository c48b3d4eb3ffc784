"""Router quality as in RouteLLM: the quality-vs-strong-share curve, APGR and CPT(x%).

A router scores each prompt; sending the k highest-scored prompts to the strong model and
the rest to the weak one gives quality q(k). Sweeping k from 0 to n traces the curve
PGR(c) = (q - q_weak) / (q_strong - q_weak) against c = k / n, the share of strong calls.
APGR is the area under that curve (random router 0.5); CPT(x) is the smallest share of
strong calls whose PGR reaches x (lower is better).

Prompts with equal scores cannot be told apart by a threshold: the curve steps over a
whole tie group at once and is interpolated linearly in between, which is the expected
value of breaking the tie at random. So a constant router scores exactly 0.5."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..features.calibration import CalibrationRow, threshold_for_quality, threshold_for_share

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class Curve:
    """Points of the PGR curve at every tie-group boundary (and both ends)."""

    share: FloatArray  # share of calls sent to the strong model, 0..1, increasing
    pgr: FloatArray  # performance gap recovered at that share
    quality: FloatArray  # mean correctness at that share
    thresholds: FloatArray  # score threshold (score >= t goes strong) giving that share
    weak_quality: float
    strong_quality: float


def curve(scores: Sequence[float] | FloatArray, weak: Sequence[bool] | FloatArray,
          strong: Sequence[bool] | FloatArray) -> Curve:  # fmt: skip
    s = np.asarray(scores, dtype=np.float64)
    w = np.asarray(weak, dtype=np.float64)
    g = np.asarray(strong, dtype=np.float64)
    if not (len(s) == len(w) == len(g)) or len(s) == 0:
        raise ValueError("scores, weak and strong must be non-empty and of equal length")
    n = len(s)
    order = np.argsort(-s, kind="stable")
    gains = (g - w)[order]
    sorted_scores = s[order]
    # Boundaries where the score changes: only there can a threshold cut.
    cut = np.flatnonzero(np.diff(sorted_scores) != 0) + 1
    ends = np.concatenate([cut, [n]])
    cumulative = np.concatenate([[0.0], np.cumsum(gains)])
    share = np.concatenate([[0.0], ends / n])
    gained = cumulative[np.concatenate([[0], ends])]
    weak_q, strong_q = float(w.mean()), float(g.mean())
    quality = weak_q + gained / n
    gap = strong_q - weak_q
    pgr = (quality - weak_q) / gap if gap != 0 else np.zeros_like(quality)
    thresholds = np.concatenate([[np.inf], sorted_scores[ends - 1]])
    return Curve(share, pgr, quality, thresholds, weak_q, strong_q)


def apgr(c: Curve) -> float:
    """Area under PGR vs share of strong calls (trapezoids = random tie-breaking)."""
    return float(np.trapezoid(c.pgr, c.share))


def cpt(c: Curve, target: float) -> float:
    """Smallest share of strong calls at which PGR reaches `target` (e.g. 0.5 for CPT(50%)),
    interpolated within a tie group; 1.0 if never reached."""
    hit = np.flatnonzero(c.pgr >= target - 1e-12)
    if len(hit) == 0:
        return 1.0
    i = int(hit[0])
    if i == 0:
        return 0.0
    x0, x1, y0, y1 = c.share[i - 1], c.share[i], c.pgr[i - 1], c.pgr[i]
    return float(x0 + (target - y0) * (x1 - x0) / (y1 - y0))


@dataclass(frozen=True, slots=True)
class Summary:
    apgr: float
    cpt50: float
    cpt80: float


def summarize(scores: Sequence[float] | FloatArray, weak: Sequence[bool] | FloatArray,
              strong: Sequence[bool] | FloatArray) -> Summary:  # fmt: skip
    c = curve(scores, weak, strong)
    return Summary(apgr(c), cpt(c, 0.5), cpt(c, 0.8))


def sweep(c: Curve, steps: int = 101) -> tuple[CalibrationRow, ...]:
    """The calibration table: the threshold for each share of strong calls 0, 1/steps-1, …, 1.
    Shares fall on tie-group boundaries, so each row's share is the one actually reached."""
    rows: list[CalibrationRow] = []
    for target in np.linspace(0.0, 1.0, steps):
        # The largest boundary share not above the target: `score >= threshold` goes strong.
        i = int(np.searchsorted(c.share, target + 1e-12, side="right") - 1)
        threshold = float(c.thresholds[i]) if np.isfinite(c.thresholds[i]) else 1.0 + 1e-9
        rows.append(CalibrationRow(threshold, float(c.share[i]), float(c.pgr[i])))
    return tuple(rows)


__all__ = [
    "CalibrationRow",
    "Curve",
    "Summary",
    "apgr",
    "cpt",
    "curve",
    "summarize",
    "sweep",
    "threshold_for_quality",
    "threshold_for_share",
]
