"""Trains the privacy gate's learned word model (features/privacy/word_model.py) on the
*tune* half of the evaluation sets and reports it on the *check* half.

    .venv/bin/python bench/train_word_model.py [--out PATH] [--hidden 64] [--alpha 0.01]

Data: the dev privacy set (`../shared/data/privacy_eval.jsonl`, or $HYBRIDGATE_SHARED) and
the invented sets in bench/data, split by `privacy.split_of` exactly as bench/privacy.py
does, plus the tune-only invented sets. A word inside a labelled PERSON span is a name; a
word inside another labelled span (a street, an e-mail) is left out; every other word,
clean prompts' included, is no name. Only tune-half records train the model; the check
half's word precision and recall are printed for the thresholds the layer uses.

Writes src/hybridgate/data/word_names.npz (float16 weights, ~250 KB) by default."""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

import numpy as np
from rich.progress import track

sys.path.insert(0, str(Path(__file__).resolve().parent))

import privacy as bench

from hybridgate.features.privacy.ner import SpacyNER
from hybridgate.features.privacy.word_model import ARTEFACT, DETECT, REDACT, WordNames

ROOT = Path(__file__).resolve().parents[1]
TUNE_ONLY = ("chat_pii_extra", "chat_clean_extra", "chat_clean_lower", "chat_clean_everyday")


def records() -> list[dict]:
    found = bench.load_records(bench.SHARED / "data" / "privacy_eval.jsonl")
    for name in TUNE_ONLY:
        for r in bench.load(bench.BENCH_DATA / f"{name}.jsonl"):
            found.append({**r, "half": "tune"})
    return found


def fold_of(record_id: str) -> int:
    """Which half of the tune half a record is in (a second stable hash)."""
    return int(hashlib.sha256(f"fold:{record_id}".encode()).hexdigest(), 16) % 2


def label(record: dict, start: int, end: int) -> int:
    """1: inside a PERSON span; -1: inside another labelled span (left out); 0: no name."""
    for span in record.get("spans", []):
        if span.get("start") is None or not (span["start"] < end and span["end"] > start):
            continue
        return 1 if span["type"] == "PERSON" else -1
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "hybridgate" / "data" / ARTEFACT)
    parser.add_argument("--hidden", type=int, default=64)
    parser.add_argument("--alpha", type=float, default=0.01)
    parser.add_argument(
        "--fold",
        type=int,
        choices=(0, 1),
        help="train on one half of the tune half only (by `fold_of`), to read the other "
        "half's scores out of fold when choosing thresholds",
    )
    args = parser.parse_args()

    from sklearn.neural_network import MLPClassifier

    model = WordNames(SpacyNER())
    rows, labels, tune = [], [], []
    for r in track(records(), description="features"):
        words, x = model.features(r["text"])
        for (start, end), row in zip(words, x, strict=True):
            y = label(r, start, end)
            if y >= 0:
                rows.append(row)
                labels.append(y)
                tune.append(
                    r["half"] == "tune" and (args.fold is None or fold_of(r["id"]) == args.fold)
                )
    x_all = np.asarray(rows, np.float32)
    y_all = np.asarray(labels)
    is_tune = np.asarray(tune)
    print(f"{len(y_all)} words, {is_tune.sum()} in the tune half ({y_all[is_tune].sum()} names)")

    mean = x_all[is_tune].mean(axis=0)
    scale = x_all[is_tune].std(axis=0)
    scale[scale == 0] = 1.0
    started = time.perf_counter()
    net = MLPClassifier(
        hidden_layer_sizes=(args.hidden,),
        alpha=args.alpha,
        max_iter=60,
        early_stopping=True,
        random_state=0,
    ).fit((x_all[is_tune] - mean) / scale, y_all[is_tune])
    print(f"trained in {time.perf_counter() - started:.1f}s ({net.n_iter_} epochs)")
    weights = {
        "mean": mean,
        "scale": scale,
        "w1": net.coefs_[0],
        "b1": net.intercepts_[0],
        "w2": net.coefs_[1],
        "b2": net.intercepts_[1],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **{k: v.astype(np.float16) for k, v in weights.items()})
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")

    # The check half, read with the saved (float16) weights as the layer reads them.
    trained = WordNames(model.ner, {k: v.astype(np.float16) for k, v in weights.items()})
    p = trained.chances(x_all[~is_tune])
    y = y_all[~is_tune]
    print("check half, words:")
    for threshold in (REDACT, DETECT):
        hit = p >= threshold
        tp = int((hit & (y == 1)).sum())
        precision = tp / max(1, int(hit.sum()))
        recall = tp / max(1, int((y == 1).sum()))
        print(f"  p >= {threshold}: precision {precision:.3f}, recall {recall:.3f}")


if __name__ == "__main__":
    main()
