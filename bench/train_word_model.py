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
import itertools
import random
import sys
import time
from collections.abc import Collection
from pathlib import Path

import numpy as np
from rich.progress import track

sys.path.insert(0, str(Path(__file__).resolve().parent))

import privacy as bench

from hybridgate.features.privacy import gazetteer
from hybridgate.features.privacy.ner import SpacyNER
from hybridgate.features.privacy.word_model import ARTEFACT, DETECT, LATIN, REDACT, WordNames

ROOT = Path(__file__).resolve().parents[1]
TUNE_ONLY = ("chat_pii_extra", "chat_clean_extra", "chat_clean_lower", "chat_clean_everyday")


def records(exclude: Collection[str] = ()) -> list[dict]:
    """Every record of bench/privacy.py with its half, plus the tune-only sets; `exclude`:
    sources left out (a set that arrived after the shipped weights were trained)."""
    found = bench.load_records(bench.SHARED / "data" / "privacy_eval.jsonl")
    for name in TUNE_ONLY:
        for r in bench.load(bench.BENCH_DATA / f"{name}.jsonl"):
            found.append({**r, "half": "tune"})
    return [r for r in found if r["source"] not in exclude]


def add_exclude(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="SOURCE",
        help="leave out a source, e.g. invented-chat-blind15 (the shipped word layer and "
        "text gate were trained on the tune halves of the sets before the 168th, the token "
        "layer on those before the 164th; docs/privacy.md)",
    )


def fit_network(
    x: np.ndarray, y: np.ndarray, hidden: int, alpha: float, epochs: int
) -> dict[str, np.ndarray]:
    """A one-hidden-layer network on standardised rows (scikit-learn, early stopping,
    seed 0), as the layers' arrays rounded to float16 as they ship: mean, scale, w1, b1,
    w2, b2."""
    from sklearn.neural_network import MLPClassifier

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    x -= mean  # in place: the caller's rows are not read again
    x /= scale
    started = time.perf_counter()
    net = MLPClassifier(
        hidden_layer_sizes=(hidden,),
        alpha=alpha,
        max_iter=epochs,
        early_stopping=True,
        random_state=0,
    ).fit(x, y)
    print(f"trained in {time.perf_counter() - started:.1f}s ({net.n_iter_} epochs)")
    weights = {"mean": mean, "scale": scale, "w1": net.coefs_[0], "b1": net.intercepts_[0],
               "w2": net.coefs_[1], "b2": net.intercepts_[1]}  # fmt: skip
    return {k: v.astype(np.float16) for k, v in weights.items()}


def save(weights: dict[str, np.ndarray], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **weights)
    print(f"wrote {out} ({out.stat().st_size // 1024} KB)")


def fold_of(record_id: str) -> int:
    """Which half of the tune half a record is in (a second stable hash)."""
    return int(hashlib.sha256(f"fold:{record_id}".encode()).hexdigest(), 16) % 2


def _cased(name: str, like: str) -> str:
    if like.islower():
        return name.lower()
    if like.isupper():
        return name.upper()
    return name[:1].upper() + name[1:]


def variants(
    record: dict, rng: random.Random, names: tuple[list[str], list[str]], k: int, lower: float
):
    """`k` copies of a record with every PERSON span's words swapped for other listed
    names typed the same way ("tomasz saw it" -> "ingrid saw it"), so the network learns
    the context a name stands in, not the names of the tune half; and a lower-cased copy
    of a `lower` share of records (clean ones too). Both off by default: out of fold on the
    tune half they moved the leaks by about the run-to-run noise, and lower-cased copies
    taught the network that "summer is coming" names someone (docs/privacy.md)."""
    given, family = names
    spans = sorted(
        (s for s in record.get("spans", []) if s.get("start") is not None),
        key=lambda s: s["start"],
    )
    if any(a["end"] > b["start"] for a, b in itertools.pairwise(spans)):
        return
    people = [s for s in spans if s["type"] == "PERSON"]
    for _ in range(k if people else 0):
        pieces, moved, last, at = [], [], 0, 0
        for s in spans:
            value = record["text"][s["start"] : s["end"]]
            if s["type"] == "PERSON":
                words = value.split()
                picks = [rng.choice(given)] + [rng.choice(family) for _ in words[1:]]
                if len(words) == 1 and rng.random() < 0.3:
                    picks = [rng.choice(family)]
                value = " ".join(_cased(n, w) for n, w in zip(picks, words, strict=True))
            before = record["text"][last : s["start"]]
            at += len(before)
            pieces += [before, value]
            moved.append({**s, "start": at, "end": at + len(value), "value": value})
            at += len(value)
            last = s["end"]
        pieces.append(record["text"][last:])
        yield {**record, "text": "".join(pieces), "spans": moved}
    lower_text = record["text"].lower()
    if rng.random() < lower and len(lower_text) == len(record["text"]):
        yield {**record, "text": lower_text}


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
        "--augment",
        type=int,
        default=0,
        help="name-swapped copies of each tune record with a name (see `variants`)",
    )
    parser.add_argument(
        "--lower-share",
        type=float,
        default=0.0,
        help="share of tune records also read lower-cased (see `variants`)",
    )
    parser.add_argument(
        "--fold",
        type=int,
        choices=(0, 1),
        help="train on one half of the tune half only (by `fold_of`), to read the other "
        "half's scores out of fold when choosing thresholds",
    )
    add_exclude(parser)
    args = parser.parse_args()

    model = WordNames(SpacyNER())
    given, family = (
        [n for n in sorted(pool) if LATIN.fullmatch(n) and len(n) > 1] for pool in gazetteer.names()
    )
    rng = random.Random(0)
    data = records(args.exclude)
    data += [
        v
        for r in data
        if r["half"] == "tune"
        for v in variants(r, rng, (given, family), args.augment, args.lower_share)
        for v in [{**v, "augmented": True}]
    ]
    # Rows kept as per-text blocks and stacked once, the tune rows only: a million words
    # of 1,947 float32 features are about 8 GB, and a list of rows beside its stacked
    # copy and a standardised copy had run a 24 GB machine out of memory.
    train_x: list[np.ndarray] = []
    train_y: list[np.ndarray] = []
    held_x: list[np.ndarray] = []
    held_y: list[np.ndarray] = []
    for r in track(data, description="features"):
        words, x = model.features(r["text"])
        y = np.asarray([label(r, start, end) for start, end in words], dtype=np.int64)
        keep = y >= 0
        trains = r["half"] == "tune" and (args.fold is None or fold_of(r["id"]) == args.fold)
        # Read back: the check half, or with --fold the other fold (originals only).
        held = (
            not trains and not r.get("augmented") and (r["half"] == "check") == (args.fold is None)
        )
        if keep.any() and (trains or held):
            (train_x if trains else held_x).append(np.asarray(x[keep], np.float32))
            (train_y if trains else held_y).append(y[keep])
    x_tune = np.concatenate(train_x)
    del train_x
    y_tune = np.concatenate(train_y)
    print(f"{len(y_tune)} words in the tune half ({int(y_tune.sum())} names)")

    weights = fit_network(x_tune, y_tune, args.hidden, args.alpha, 60)
    del x_tune
    save(weights, args.out)

    # Held-out words, read with the saved (float16) weights as the layer reads them.
    trained = WordNames(model.ner, weights)
    p = np.concatenate([trained.chances(block) for block in held_x] or [np.zeros(0)])
    y = np.concatenate(held_y or [np.zeros(0, np.int64)])
    print("check half, words:" if args.fold is None else "the other tune fold, words:")
    for threshold in (REDACT, DETECT):
        hit = p >= threshold
        tp = int((hit & (y == 1)).sum())
        precision = tp / max(1, int(hit.sum()))
        recall = tp / max(1, int((y == 1).sum()))
        print(f"  p >= {threshold}: precision {precision:.3f}, recall {recall:.3f}")


if __name__ == "__main__":
    main()
