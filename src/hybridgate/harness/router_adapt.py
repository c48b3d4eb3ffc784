"""`hybridgate router train`: a difficulty router adapted to your own labelled items.

Labels come from what the gateway and the harness already record:
- reviewed comparisons (local_ok / both_ok: the weak model is enough; hosted_better: the
  strong one is needed; both_bad: neither),
- judge-labelled comparisons the reviewers have not seen (the judge said both answers
  agree: a tie),
- per-item results of `hybridgate bench run` on the weak and the strong model,
- outcome files like `bench router --data` takes.

The new router starts from the shipped one (features/adapted.py): its score is a prior and a
ridge learns a correction, with the penalty chosen by cross-validation among the items'
training folds (with few labels the choice is "the current router, re-weighted"). Figures
are cross-validated on your items: the new router, the current one and a length router."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import ConfigError
from ..features.adapted import AdaptedRouter
from ..features.difficulty import COUNTS_WEIGHT, Featurizer, Router, RouterModel, prompt_hash
from ..storage.evaluations import EvaluationRow, Verdict
from .apgr import Summary, curve, summarize, sweep
from .router_train import FOLDS, SEED, Outcome

SOURCE = "yours"
ALPHAS = (1.0, 10.0, 100.0, 1000.0)  # ridge penalties tried for the correction
BASE_SCALE = 30.0  # the prior's column is scaled up so the penalty barely touches it
MIN_FIT = 20  # fewer training items than this: the shipped router's score as it is
MIN_LABELS = 10

_VERDICT = {  # verdict -> (weak answered well, strong answered well)
    Verdict.LOCAL_OK: (True, True),
    Verdict.BOTH_OK: (True, True),
    Verdict.HOSTED_BETTER: (False, True),
    Verdict.BOTH_BAD: (False, False),
}


def from_comparisons(rows: Iterable[EvaluationRow], *, judged: bool = True) -> list[Outcome]:
    """Outcomes from stored comparisons of an in-house and a hosted answer: reviewed ones
    by their verdict, and (with `judged`) unreviewed ones a judge found in agreement."""
    from ..execution.compare import WITHHELD

    latest: dict[str, Outcome] = {}
    for row in sorted(rows, key=lambda r: r.id or 0):
        if row.prompt == WITHHELD or not row.prompt.strip() or row.error:
            continue
        if {row.primary_hosted, row.other_hosted} != {True, False}:
            continue  # not a local-vs-hosted pair
        if row.verdict:
            weak, strong = _VERDICT[Verdict(row.verdict)]
        elif judged and row.judge == 1.0:
            weak, strong = True, True
        else:
            continue
        latest[row.prompt] = Outcome(row.prompt, weak, strong, SOURCE)
    return list(latest.values())


def from_bench(results: Path, weak: str, strong: str) -> list[Outcome]:
    """Outcomes from a `bench run` results folder that asked both models each item."""
    from .runner import RESULTS_FILE, load_results
    from .suites import load_suite

    path = results / RESULTS_FILE if results.is_dir() else results
    if not path.is_file():
        raise ConfigError(f"{path}: no bench results here")
    passed: dict[tuple[str, str], dict[str, bool]] = {}
    for r in load_results(path):
        if r.model in (weak, strong) and r.faults == 0 and r.error is None:
            passed.setdefault((r.suite, r.item_id), {})[r.model] = r.passed
    prompts: dict[tuple[str, str], str] = {}
    for suite_name in {s for s, _ in passed}:
        try:
            suite = load_suite(suite_name)
        except ConfigError:
            suite = load_suite(results / f"{suite_name}.jsonl")
        for item in suite.items:
            if item.prompt is not None:
                prompts[(suite_name, item.id)] = item.prompt
    rows = []
    for key, by_model in sorted(passed.items()):
        if weak in by_model and strong in by_model and key in prompts:
            rows.append(Outcome(prompts[key], by_model[weak], by_model[strong], SOURCE))
    return rows


@dataclass(frozen=True, slots=True)
class Fitted:
    base_weight: float
    w: np.ndarray
    b: float


@dataclass(frozen=True, slots=True)
class Report:
    n: int
    new: Summary
    current: Summary
    length: Summary
    curve: tuple[tuple[int, float], ...]  # (training labels, cross-validated APGR)
    alpha: float | None  # the penalty chosen on all items (None: the current router only)


@dataclass(frozen=True, slots=True)
class Adapted:
    router: AdaptedRouter
    report: Report


class _Items:
    """Your items as the scorer sees them, plus the current router's score of each."""

    def __init__(
        self, rows: Sequence[Outcome], base: Router, current: Router, featurizer: Featurizer
    ) -> None:
        from scipy import sparse

        feats = [featurizer.features(r.prompt) for r in rows]
        self.prior = np.array([base.calibrate(base.raw(*f)) for f in feats])
        self.current = np.array([current.calibrate(current.raw(*f)) for f in feats])
        self.x = sparse.csr_matrix(
            np.stack([np.concatenate([e, h, c * COUNTS_WEIGHT]) for e, h, c in feats])
        )
        self.weak = np.array([r.weak for r in rows], dtype=np.float64)
        self.strong = np.array([r.strong for r in rows], dtype=np.float64)
        self.gain = self.strong - self.weak
        self.length = np.array([len(r.prompt) for r in rows], dtype=np.float64)

    def fit(self, idx: np.ndarray, alpha: float | None) -> Fitted:
        if alpha is None or len(idx) < MIN_FIT:
            return Fitted(1.0, np.zeros(self.x.shape[1]), 0.0)  # the shipped router's order
        from scipy import sparse
        from sklearn.linear_model import Ridge

        design = sparse.hstack([self.prior[idx, None] * BASE_SCALE, self.x[idx]]).tocsr()
        ridge = Ridge(alpha=alpha, solver="sparse_cg", tol=1e-6, max_iter=5000)
        ridge.fit(design, self.gain[idx])
        coef = ridge.coef_
        return Fitted(float(coef[0]) * BASE_SCALE, coef[1:], float(ridge.intercept_))

    def score(self, fitted: Fitted, idx: np.ndarray) -> np.ndarray:
        raw: np.ndarray = fitted.base_weight * self.prior[idx] + self.x[idx] @ fitted.w + fitted.b
        return raw

    def apgr(self, scores: np.ndarray, idx: np.ndarray) -> float:
        return summarize(scores, self.weak[idx], self.strong[idx]).apgr

    def choose(self, idx: np.ndarray) -> float | None:
        """The penalty (or None: the current router only) with the best APGR over an
        inner split of `idx`."""
        if len(idx) < MIN_FIT * 2:
            return None
        inner = _folds(len(idx))
        best: tuple[float, float | None] = (-np.inf, None)
        for alpha in (None, *ALPHAS):
            scores = np.zeros(len(idx))
            for f in range(FOLDS):
                fitted = self.fit(idx[inner != f], alpha)
                scores[inner == f] = self.score(fitted, idx[inner == f])
            value = self.apgr(scores, idx)
            if value > best[0] + 1e-9:
                best = (value, alpha)
        return best[1]

    def cross_validated(self, sizes: Sequence[int] = ()) -> tuple[np.ndarray, list[float]]:
        """Out-of-fold scores of the adapted router (penalty chosen inside each training
        fold), and the APGR reached with the first `size` labels of each training fold."""
        n = len(self.gain)
        outer = _folds(n)
        everything = np.arange(n)
        oof = np.zeros(n)
        for f in range(FOLDS):
            train, test = everything[outer != f], everything[outer == f]
            oof[test] = self.score(self.fit(train, self.choose(train)), test)
        learning = []
        order = np.random.default_rng(SEED + 1).permutation(n)
        for size in sizes:
            scores = np.zeros(n)
            for f in range(FOLDS):
                train = np.array([i for i in order if outer[i] != f])[:size]
                test = everything[outer == f]
                scores[test] = self.score(self.fit(train, self.choose(train)), test)
            learning.append(self.apgr(scores, everything))
        return oof, learning


def _folds(n: int) -> np.ndarray:
    return np.random.default_rng(SEED).permutation(n) % FOLDS


def learning_sizes(n: int) -> list[int]:
    """Training-set sizes for the learning curve: 10, 20, 40, ... up to all of a fold."""
    top = n - n // FOLDS
    sizes = [s for s in (10, 20, 40, 80, 160, 320, 640, 1280, 2560) if s < top]
    return [*sizes, top]


def adapt(
    rows: Sequence[Outcome],
    base: RouterModel,
    current: Router | None = None,
    featurizer: Featurizer | None = None,
    *,
    curve_points: bool = True,
    progress: Callable[[str], None] = lambda _: None,
) -> Adapted:
    if len(rows) < MIN_LABELS:
        raise ConfigError(f"need at least {MIN_LABELS} labelled items, got {len(rows)}")
    weak = np.mean([r.weak for r in rows])
    strong = np.mean([r.strong for r in rows])
    if strong <= weak:
        raise ConfigError(
            f"on these items the strong model is not better (weak {weak:.2f}, strong "
            f"{strong:.2f}): there is no gap to recover, nothing to route"
        )
    progress("features")
    items = _Items(rows, base, current or base, featurizer or Featurizer.load())
    progress("cross-validation")
    sizes = learning_sizes(len(rows)) if curve_points else []
    oof, learning = items.cross_validated(sizes)
    everything = np.arange(len(rows))
    alpha = items.choose(everything)
    fitted = items.fit(everything, alpha)
    quantiles = np.quantile(oof, np.linspace(0.0, 1.0, 101)).astype(np.float32)
    calibrated = np.interp(oof, quantiles, np.linspace(0.0, 1.0, 101))
    report = Report(
        n=len(rows),
        new=summarize(oof, items.weak, items.strong),
        current=summarize(items.current, items.weak, items.strong),
        length=summarize(items.length, items.weak, items.strong),
        curve=tuple(zip(sizes, learning, strict=True)),
        alpha=alpha,
    )
    meta: dict[str, object] = {
        "kind": "adapted", "records": len(rows), "folds": FOLDS, "seed": SEED,
        "alpha": alpha, "base_weight": round(fitted.base_weight, 4),
        "base": base.meta.get("sources"),
        "cv": {"yours": {"apgr": round(report.new.apgr, 4), "cpt50": round(report.new.cpt50, 4),
                         "current_apgr": round(report.current.apgr, 4)}},
    }  # fmt: skip
    router = AdaptedRouter(
        base=base,
        base_weight=fitted.base_weight,
        w=fitted.w.astype(np.float32),
        b=fitted.b,
        quantiles=quantiles,
        calibration=sweep(curve(calibrated, items.weak, items.strong)),
        meta=meta,
        prompt_hashes=np.unique(np.array([prompt_hash(r.prompt) for r in rows], dtype=np.uint64)),
    )
    return Adapted(router, report)


def better(report: Report) -> bool:
    """`--adopt` switches only to a router that beats the current one on your items."""
    return report.new.apgr > report.current.apgr


__all__ = [
    "SOURCE",
    "Adapted",
    "Report",
    "adapt",
    "better",
    "from_bench",
    "from_comparisons",
    "learning_sizes",
]
