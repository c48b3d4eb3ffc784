"""Trains the privacy gate's learned token model (features/privacy/token_model.py) on the
*tune* half of the evaluation sets and reports it on the *check* half.

    .venv/bin/python bench/train_token_model.py [--out PATH] [--hidden 32] [--fold 0|1]

Data: as bench/train_word_model.py (the dev privacy set and the invented sets, split by
`privacy.split_of`, plus the tune-only invented sets). A candidate token inside a labelled
PASSWORD span is a password, inside an ID_NUMBER or US_SSN span (accounts, members,
licences, ...) an id, inside a quasi-identifier (a date, a postcode) or in no span at all,
clean prompts' included, no secret; a token inside another labelled span (a phone number,
an e-mail, a name) is left out: other layers read those. Only tune-half records train the
model; the check half's token precision and recall are printed at the layer's thresholds.

Writes src/hybridgate/data/token_secrets.npz (float16 weights) by default."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from rich.progress import track

sys.path.insert(0, str(Path(__file__).resolve().parent))

import privacy as bench
from train_word_model import add_exclude, fit_network, fold_of, records, save

from hybridgate.features.privacy.ner import SpacyNER
from hybridgate.features.privacy.token_model import ARTEFACT, DETECT, REDACT, SecretTokens

ROOT = Path(__file__).resolve().parents[1]
CLASS_OF = {"PASSWORD": 1, "ID_NUMBER": 2, "US_SSN": 2}


def label(record: dict, start: int, end: int) -> int:
    """0: no secret; 1: a password; 2: an id; -1: left out (see the module docstring)."""
    found = 0
    for span in record.get("spans", []):
        if span.get("start") is None or not (span["start"] < end and span["end"] > start):
            continue
        kind = bench.gold_type(span["type"])
        if kind is None:
            continue
        if kind not in CLASS_OF:
            return -1
        found = max(found, CLASS_OF[kind])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "hybridgate" / "data" / ARTEFACT)
    parser.add_argument("--hidden", type=int, default=32)
    parser.add_argument("--alpha", type=float, default=0.01)
    parser.add_argument(
        "--fold",
        type=int,
        choices=(0, 1),
        help="train on one half of the tune half only (by `fold_of`), to read the other "
        "half's scores out of fold when choosing thresholds",
    )
    parser.add_argument("--scores", type=Path, help="write each held-out token's chances here")
    add_exclude(parser)
    args = parser.parse_args()

    ner = SpacyNER()
    ner.load()
    model = SecretTokens(ner.english)
    rows, labels, trains, held, where = [], [], [], [], []
    for r in track(records(args.exclude), description="features"):
        found, x = model.features(r["text"])
        for (start, end), row in zip(found, x, strict=True):
            y = label(r, start, end)
            if y < 0:
                continue
            train = r["half"] == "tune" and (args.fold is None or fold_of(r["id"]) == args.fold)
            rows.append(row)
            labels.append(y)
            trains.append(train)
            held.append(not train and (r["half"] == "check") == (args.fold is None))
            where.append((r["id"], start, end))
    x_all = np.asarray(rows, np.float32)
    y_all = np.asarray(labels)
    is_train = np.asarray(trains)
    is_held = np.asarray(held)
    counts = np.bincount(y_all[is_train], minlength=3)
    print(f"{len(y_all)} tokens, {is_train.sum()} train (passwords {counts[1]}, ids {counts[2]})")

    weights = fit_network(x_all[is_train], y_all[is_train], args.hidden, args.alpha, 80)
    save(weights, args.out)

    trained = SecretTokens(ner.english, weights)
    p = trained.chances(x_all[is_held])
    secret = 1.0 - p[:, 0]
    y = y_all[is_held]
    print("check half, tokens:" if args.fold is None else "the other tune fold, tokens:")
    for threshold in (REDACT, 0.5, DETECT, 0.9):
        hit = secret >= threshold
        tp = int((hit & (y > 0)).sum())
        precision = tp / max(1, int(hit.sum()))
        recall = tp / max(1, int((y > 0).sum()))
        print(f"  p >= {threshold}: precision {precision:.3f}, recall {recall:.3f}")
    if args.scores:
        held_where = [w for w, h in zip(where, held, strict=True) if h]
        lines = [f"{i}\t{a}\t{b}\t{s:.4f}" for (i, a, b), s in zip(held_where, secret, strict=True)]
        args.scores.write_text("\n".join(lines))


if __name__ == "__main__":
    main()
