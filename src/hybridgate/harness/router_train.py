"""Training, cross-validation and calibration of the difficulty router.

Input: outcome records `{"prompt", "weak_correct", "strong_correct"}` (plus an optional
`source`, else the `id` prefix before "/", else the file name). The target per prompt is
the strong model's gain over the weak one (+1 strong needed, 0 tie, -1 weak better):
ranking by expected gain is what maximises the area under the PGR curve. Everything is
seeded, so the same data gives the same artefact byte for byte."""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ConfigError
from ..features.difficulty import (
    COUNTS_WEIGHT,
    Featurizer,
    RouterModel,
    identity_gain,
    knn_vote,
    prompt_hash,
)
from .apgr import Summary, curve, summarize, sweep

SEED = 0
FOLDS = 5
RIDGE_ALPHA = 10.0
K_NEIGHBOURS = 100
RANDOM_REPEATS = 200
GATE_C = 1.0
SHARES = np.linspace(0.0, 1.0, 11)  # candidate ridge shares of an expert's vote
KNOTS = 21  # of each expert's vote-to-gain map
GAIN_RAMP = 0.01  # added across each map's range, so the map is strictly increasing
DEFAULT_DATA = ("mmlu_outcomes.jsonl", "gsm8k_outcomes.jsonl")
# Invented chat prompts with assumed labels (docs/router.md, "Everyday chat"): the benchmark
# outcomes hold no chat, so without them a greeting was scored by a benchmark expert.
CHAT_PRIOR = "router_chat_prior.jsonl"

Progress = Callable[[int], None]


def chat_prior() -> Path:
    """The packaged chat prior (trained on beside the benchmark outcomes by default)."""
    return Path(str(resources.files("hybridgate") / "data" / CHAT_PRIOR))


@dataclass(frozen=True, slots=True)
class Outcome:
    prompt: str
    weak: float  # whether (or how well, in [0, 1], e.g. a judge score / 10) it answered
    strong: float
    source: str


def _quality(value: object) -> bool:
    return isinstance(value, bool) or (isinstance(value, int | float) and 0 <= value <= 1)


def read_outcomes(paths: Iterable[Path]) -> list[Outcome]:
    rows: list[Outcome] = []
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read outcomes ({exc.strerror})") from None
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                prompt, weak, strong = (
                    record["prompt"], record["weak_correct"], record["strong_correct"]
                )  # fmt: skip
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ConfigError(
                    f"{path.name}:{number}: expected JSON with prompt, weak_correct, "
                    f"strong_correct ({type(exc).__name__})"
                ) from None
            if not isinstance(prompt, str) or not all(_quality(v) for v in (weak, strong)):
                raise ConfigError(
                    f"{path.name}:{number}: prompt must be text, *_correct booleans (or "
                    "numbers in [0, 1], e.g. a judge score / 10)"
                )
            source = record.get("source") or str(record.get("id", "")).split("/")[0] or path.stem
            rows.append(Outcome(prompt, weak, strong, str(source)))
    if len(rows) < 2 * FOLDS:
        raise ConfigError(f"need at least {2 * FOLDS} outcome records, got {len(rows)}")
    return rows


@dataclass(frozen=True, slots=True)
class Matrix:
    embedding: np.ndarray
    hashed: np.ndarray
    counts: np.ndarray
    gain: np.ndarray
    weak: np.ndarray
    strong: np.ndarray
    length: np.ndarray
    sources: tuple[str, ...]
    # The sparse design rows of every record, built once: training slices it for each of
    # its ~200 fits (rebuilding it each time was a quarter of the training time).
    design: Any = field(default=None, compare=False, repr=False)


def featurize(rows: Sequence[Outcome], featurizer: Featurizer, progress: Progress) -> Matrix:
    emb, hashed, counts = [], [], []
    for row in rows:
        e, h, c = featurizer.features(row.prompt)
        emb.append(e)
        hashed.append(h)
        counts.append(c)
        progress(1)
    weak = np.array([r.weak for r in rows], dtype=np.float64)
    strong = np.array([r.strong for r in rows], dtype=np.float64)
    m = Matrix(
        np.stack(emb), np.stack(hashed), np.stack(counts), strong - weak, weak, strong,
        np.array([len(r.prompt) for r in rows], dtype=np.float64), tuple(r.source for r in rows),
    )  # fmt: skip
    return replace(m, design=_stack(m.embedding, m.hashed, m.counts))


def _stack(embedding: np.ndarray, hashed: np.ndarray, counts: np.ndarray) -> Any:
    """Sparse feature rows [embedding, hashed, counts * COUNTS_WEIGHT], as the scorer sees them."""
    from scipy import sparse

    return sparse.hstack([embedding, sparse.csr_matrix(hashed), counts * COUNTS_WEIGHT]).tocsr()


def _design(m: Matrix, idx: np.ndarray) -> object:
    """The design rows `idx`: slicing the rows of the whole matrix gives the same values and
    the same sparsity structure as stacking the sliced features."""
    if m.design is None:
        return _stack(m.embedding[idx], m.hashed[idx], m.counts[idx])
    return m.design[idx]


def _fit_ridge(m: Matrix, idx: np.ndarray) -> tuple[np.ndarray, float]:
    from sklearn.linear_model import Ridge

    ridge = Ridge(alpha=RIDGE_ALPHA, solver="sparse_cg", tol=1e-6, max_iter=5000)
    ridge.fit(_design(m, idx), m.gain[idx])
    return ridge.coef_.astype(np.float32), float(ridge.intercept_)


def _fit_gate(m: Matrix, groups: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """A logistic source classifier on the scorer's features: row e scores expert e."""
    from sklearn.linear_model import LogisticRegression

    rows = np.concatenate(groups)
    labels = np.concatenate([np.full(len(g), e) for e, g in enumerate(groups)])
    gate = LogisticRegression(C=GATE_C, max_iter=5000).fit(_design(m, rows), labels)
    w, b = gate.coef_.astype(np.float32), gate.intercept_.astype(np.float32)
    if len(groups) == 2:  # binary: one row scores expert 1 against expert 0
        w, b = np.vstack([np.zeros_like(w), w]), np.concatenate([[0.0], b]).astype(np.float32)
    return w, b


def _knn_predict(
    x: np.ndarray, y: np.ndarray, queries: np.ndarray, k: int = K_NEIGHBOURS
) -> np.ndarray:
    """RouterModel.knn for many queries at once (the same vote, copies of a query left out)."""
    predicted: np.ndarray = knn_vote(1.0 - queries @ x.T, y, k).astype(np.float64)
    return predicted


def _ridge_share(m: Matrix, idx: np.ndarray) -> float:
    """The ridge's weight in the expert's vote (kNN: the rest), chosen by APGR over an
    inner 5-fold split of the expert's own training rows."""
    if len(idx) < 2 * FOLDS:
        return 0.5
    inner = np.random.default_rng(SEED).permutation(len(idx)) % FOLDS
    votes = np.zeros((len(idx), 2))
    for f in range(FOLDS):
        fit, held = idx[inner != f], idx[inner == f]
        w, b = _fit_ridge(m, fit)
        votes[inner == f, 0] = _design(m, held) @ w + b
        votes[inner == f, 1] = _knn_predict(m.embedding[fit], m.gain[fit], m.embedding[held])
    weak, strong = m.weak[idx], m.strong[idx]
    score = [summarize(a * votes[:, 0] + (1 - a) * votes[:, 1], weak, strong).apgr for a in SHARES]
    return float(SHARES[int(np.argmax(score))])


MIN_EXPERT = 100  # a source with fewer records joins the expert of its nearest source


def _unit(v: np.ndarray) -> np.ndarray:
    unit: np.ndarray = v / max(float(np.linalg.norm(v)), 1e-9)
    return unit


def _experts(m: Matrix, idx: np.ndarray) -> list[np.ndarray]:
    """Rows of `idx` grouped per expert (a small source joins its nearest big source by
    embedding centroid)."""
    sources = np.array(m.sources)[idx]
    big = [s for s in sorted(set(sources)) if int((sources == s).sum()) >= MIN_EXPERT]
    if len(big) <= 1:
        return [idx]
    centroids = np.stack([_unit(m.embedding[idx[sources == s]].mean(axis=0)) for s in big])
    nearest = np.argmax(m.embedding[idx] @ centroids.T, axis=1)
    owner = np.array(
        [big.index(s) if s in big else n for s, n in zip(sources, nearest, strict=True)]
    )
    return [idx[owner == e] for e in range(len(big))]


def _model(m: Matrix, idx: np.ndarray, quantiles: np.ndarray | None = None) -> RouterModel:
    groups = _experts(m, idx)
    identity = identity_gain(len(groups))
    fits = [_fit_ridge(m, g) for g in groups]
    rows = np.concatenate(groups)
    if len(groups) > 1:
        gate_w, gate_b = _fit_gate(m, groups)
    else:
        gate_w = np.zeros((1, fits[0][0].shape[0]), dtype=np.float32)
        gate_b = np.zeros(1, dtype=np.float32)
    return RouterModel(
        ridge_w=np.stack([w for w, _ in fits]),
        ridge_b=np.array([b for _, b in fits], dtype=np.float32),
        gate_w=gate_w,
        gate_b=gate_b,
        ridge_share=np.array([_ridge_share(m, g) for g in groups], dtype=np.float32),
        knn_x=m.embedding[rows].astype(np.float16).astype(np.float32),
        knn_y=m.gain[rows].astype(np.float32),
        knn_start=np.concatenate([[0], np.cumsum([len(g) for g in groups])]).astype(np.int64),
        k=K_NEIGHBOURS,
        quantiles=quantiles if quantiles is not None else np.linspace(-1, 1, 101, dtype=np.float32),
        calibration=(),
        meta={},
        gain_x=identity[0],
        gain_y=identity[1],
    )


def _gain_knots(votes: np.ndarray, gain: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A strictly increasing map from an expert's out-of-fold votes to the gain they had:
    isotonic regression read at KNOTS quantiles of the votes, plus a small ramp so no two
    votes tie (the order inside the expert, and so its APGR, is unchanged)."""
    from sklearn.isotonic import IsotonicRegression

    x = np.quantile(votes, np.linspace(0.0, 1.0, KNOTS)) + np.arange(KNOTS) * 1e-6
    y = IsotonicRegression(out_of_bounds="clip").fit(votes, gain).predict(x)
    y = y + GAIN_RAMP * np.linspace(0.0, 1.0, KNOTS)
    return x.astype(np.float32), y.astype(np.float32)


def _gain_maps(
    m: Matrix, groups: list[np.ndarray], votes: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    knots = [_gain_knots(votes[g], m.gain[g]) for g in groups]
    return np.stack([x for x, _ in knots]), np.stack([y for _, y in knots])


def _raw(model: RouterModel, m: Matrix, idx: np.ndarray) -> np.ndarray:
    return np.array([model.raw(m.embedding[i], m.hashed[i], m.counts[i]) for i in idx])


def folds(m: Matrix) -> list[np.ndarray]:
    """Seeded folds, stratified by source so each fold holds every source; each source's
    split depends only on its own rows (adding a source leaves the others' folds as they were,
    so figures with and without it compare on the same split)."""
    assignment = np.empty(len(m.gain), dtype=np.int64)
    for source in sorted(set(m.sources)):
        rng = np.random.default_rng([SEED, zlib.crc32(source.encode())])
        idx = np.flatnonzero(np.array(m.sources) == source)
        assignment[rng.permutation(idx)] = np.arange(len(idx)) % FOLDS
    return [np.flatnonzero(assignment == f) for f in range(FOLDS)]


def out_of_fold(m: Matrix, progress: Progress) -> np.ndarray:
    """Cross-validated raw scores: each prompt scored by a model that never saw it."""
    raw = np.zeros(len(m.gain))
    everything = np.arange(len(m.gain))
    for test in folds(m):
        model = _model(m, np.setdiff1d(everything, test))
        raw[test] = _raw(model, m, test)
        progress(1)
    return raw


@dataclass(frozen=True, slots=True)
class SourceReport:
    source: str
    n: int
    learned: Summary
    length: Summary
    random: Summary


@dataclass(frozen=True, slots=True)
class TrainResult:
    model: RouterModel
    oof_scores: np.ndarray  # calibrated cross-validated scores, for reports and plots
    matrix: Matrix
    reports: tuple[SourceReport, ...] = field(default=())
    prompts: tuple[str, ...] = field(default=())


def random_summary(weak: np.ndarray, strong: np.ndarray) -> Summary:
    """The random router's expected figures (mean over seeded draws)."""
    rng = np.random.default_rng(SEED)
    draws = [summarize(rng.random(len(weak)), weak, strong) for _ in range(RANDOM_REPEATS)]
    return Summary(*(float(np.mean([getattr(d, f) for d in draws])) for f in Summary.__slots__))


def evaluate(m: Matrix, scores: np.ndarray) -> tuple[SourceReport, ...]:
    reports = []
    groups = [("all", np.arange(len(m.gain)))]
    groups += [(s, np.flatnonzero(np.array(m.sources) == s)) for s in sorted(set(m.sources))]
    for name, idx in groups if len(groups) > 2 else groups[:1]:
        w, s = m.weak[idx], m.strong[idx]
        reports.append(
            SourceReport(
                name,
                len(idx),
                summarize(scores[idx], w, s),
                summarize(m.length[idx], w, s),
                random_summary(w, s),
            )
        )
    return tuple(reports)


def train(rows: Sequence[Outcome], progress: Progress = lambda _: None,
          featurizer: Featurizer | None = None) -> TrainResult:  # fmt: skip
    """Featurize, cross-validate (the report and the calibration), then fit on everything.
    Progress ticks: one per record, one per fold, one for the final fit."""
    m = featurize(rows, featurizer or Featurizer.load(), progress)
    votes = out_of_fold(m, progress)
    everything = np.arange(len(m.gain))
    final = _model(m, everything)
    groups = _experts(m, everything)
    gain_x, gain_y = _gain_maps(m, groups, votes)
    raw = np.empty(len(votes))
    for e, g in enumerate(groups):
        raw[g] = np.interp(votes[g], gain_x[e], gain_y[e])
    quantiles = np.quantile(raw, np.linspace(0.0, 1.0, 101)).astype(np.float32)
    final = replace(final, quantiles=quantiles, gain_x=gain_x, gain_y=gain_y)
    calibrated = np.interp(raw, quantiles, np.linspace(0.0, 1.0, 101))
    table = sweep(curve(calibrated, m.weak, m.strong))
    reports = evaluate(m, calibrated)
    digest = zlib.crc32("\n".join(r.prompt for r in rows).encode())
    meta: dict[str, object] = {
        "records": len(rows), "sources": sorted(set(m.sources)), "folds": FOLDS, "seed": SEED,
        "ridge_alpha": RIDGE_ALPHA, "k": K_NEIGHBOURS, "experts": len(final.ridge_w),
        "gate_c": GATE_C, "ridge_share": [round(float(v), 2) for v in final.ridge_share],
        "prompts_crc32": digest,
        "cv": {r.source: {"apgr": round(r.learned.apgr, 4), "cpt50": round(r.learned.cpt50, 4),
                          "cpt80": round(r.learned.cpt80, 4)} for r in reports},
    }  # fmt: skip
    progress(1)
    hashes = np.unique(np.array([prompt_hash(r.prompt) for r in rows], dtype=np.uint64))
    model = replace(final, calibration=table, meta=meta, prompt_hashes=hashes)
    return TrainResult(model, calibrated, m, reports, tuple(r.prompt for r in rows))


__all__ = [
    "CHAT_PRIOR",
    "DEFAULT_DATA",
    "Outcome",
    "SourceReport",
    "TrainResult",
    "chat_prior",
    "evaluate",
    "random_summary",
    "read_outcomes",
    "train",
]
