"""Per-request cost of the difficulty scorer (embedding included), p50/p99 on one core.

Baseline in the same run: the full all-MiniLM-L6-v2 encoder (6 transformer layers, numpy)
on the same prompts, i.e. what a "real" sentence embedding would cost instead of the
token-embedding mean the scorer uses.

    .venv/bin/python bench/difficulty_latency.py [--n 1000] [--baseline-n 100]
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one core per request, as in a worker

import numpy as np

from hybridgate.features.difficulty import DifficultyScorer
from hybridgate.features.embedding import MiniLM

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def prompts(n: int) -> list[str]:
    texts: list[str] = []
    for name in ("mmlu_outcomes.jsonl", "gsm8k_outcomes.jsonl"):
        path = DATA / name
        if path.is_file():
            texts += [json.loads(line)["prompt"] for line in path.read_text().splitlines()]
    if not texts:  # no shared data: MMLU-sized synthetic prompts
        texts = [f"Question {i}: " + "which of the following is true? " * 12 for i in range(n)]
    rng = np.random.default_rng(0)
    return [texts[i] for i in rng.choice(len(texts), size=min(n, len(texts)), replace=False)]


def measure(fn: Callable[[str], object], texts: list[str]) -> tuple[float, float, float]:
    for text in texts[:10]:
        fn(text)  # warm caches
    times = []
    for text in texts:
        start = time.perf_counter()
        fn(text)
        times.append((time.perf_counter() - start) * 1000)
    return float(np.percentile(times, 50)), float(np.percentile(times, 99)), max(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--baseline-n", type=int, default=100)
    args = parser.parse_args()
    texts = prompts(args.n)

    start = time.perf_counter()
    scorer = DifficultyScorer().load()
    load_s = time.perf_counter() - start
    start = time.perf_counter()
    encoder = MiniLM.load()
    encoder_load_s = time.perf_counter() - start

    ours = measure(scorer.score_text, texts)
    full = measure(encoder.embed, texts[: args.baseline_n])
    print(f"prompts: {len(texts)} (baseline {min(args.baseline_n, len(texts))}), one BLAS thread")
    print(f"{'':44} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8} {'load s':>7}")
    print(f"{'difficulty scorer (features + ridge + kNN)':44} "
          f"{ours[0]:8.2f} {ours[1]:8.2f} {ours[2]:8.2f} {load_s:7.2f}")  # fmt: skip
    print(f"{'baseline: full MiniLM encoder, embed only':44} "
          f"{full[0]:8.2f} {full[1]:8.2f} {full[2]:8.2f} {encoder_load_s:7.2f}")  # fmt: skip
    print(f"speed-up at p50: {full[0] / ours[0]:.0f}x, at p99: {full[1] / ours[1]:.0f}x; "
          f"budget p99 < 10 ms: {'met' if ours[1] < 10 else 'MISSED'}")  # fmt: skip


if __name__ == "__main__":
    main()
