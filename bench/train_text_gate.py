"""Trains the privacy gate's learned text gate (features/privacy/text_gate.py) on the *tune*
half of the evaluation sets, with the two learned layers scored out of fold, and reports
it on the *check* half.

    .venv/bin/python bench/train_text_gate.py [--out PATH] [--c 0.01] [--folds DIR]

The gate reads the learned word and token layers. Trained on their in-sample scores it
would learn that they are never wrong, so each tune record is scored by a scanner whose
two layers were trained on the other half of the tune half only (`fold_of`, as in
bench/train_word_model.py): this script trains those four fold models first (about two
minutes; `--folds DIR` keeps or reuses them). A record with a labelled direct identifier
is about real people; a clean one (no labelled personal data) is not.

The threshold: each tune fold's gate is trained on the other fold and read on it (the
table "tune, out of fold"); a text counts as caught when the gate lifts it and it was not
detected before, as flagged when it is clean. The layer's THRESHOLD is the one with the
most caught texts less flagged ones, a caught text weighing three (a leak is worse than a
clean prompt kept in house). The check half is then read once with the packaged layers.

Writes src/hybridgate/data/text_gate.npz by default."""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from rich.progress import track

sys.path.insert(0, str(Path(__file__).resolve().parent))

import privacy as bench
from train_word_model import add_exclude, fold_of, records

from hybridgate.features.privacy import Scanner, SpacyNER
from hybridgate.features.privacy.scanner import DETECTION
from hybridgate.features.privacy.text_gate import ARTEFACT, THRESHOLD, TextGate
from hybridgate.features.privacy.token_model import SecretTokens
from hybridgate.features.privacy.word_model import WordNames

ROOT = Path(__file__).resolve().parents[1]
BENCH = Path(__file__).resolve().parent
LEAK_WEIGHT = 3
CANDIDATES = (0.5, 0.6, 0.7, 0.8, 0.9)


def weights(path: Path) -> dict[str, np.ndarray]:
    with np.load(path) as npz:
        return {k: npz[k].astype(np.float32) for k in npz.files}


def fold_models(folder: Path, exclude: list[str]) -> None:
    """The word and token layers trained on each tune fold (skipped when present)."""
    left_out = [arg for source in exclude for arg in ("--exclude", source)]
    for k in (0, 1):
        for script, name in (("train_word_model.py", "words"), ("train_token_model.py", "tokens")):
            out = folder / f"{name}{k}.npz"
            if not out.exists():
                print(f"training the {name} layer on tune fold {k} ...")
                command = [sys.executable, str(BENCH / script), "--fold", str(k)]
                subprocess.run(
                    [*command, "--out", str(out), *left_out],
                    check=True,
                    stdout=subprocess.DEVNULL,
                )


class Recorder(TextGate):
    """A gate that lifts nothing and keeps what it was asked about: the text's input row,
    whether the text was detected, whether the gate could lift it (`liftable`)."""

    seen: tuple[np.ndarray, bool, bool] | None = None

    def lift(self, text, spans, open_names, entities, floor):  # type: ignore[no-untyped-def]
        picked = [s for s in spans if s.type in entities]
        detected = any(s.score >= floor for s in picked)
        can = bool(self.liftable(text, spans, open_names, entities, floor))
        self.seen = (self.features(text, picked), detected, can)
        return spans


def scanner(ner: SpacyNER, folder: Path | None, k: int | None) -> Scanner:
    """A scanner whose gate records; with the fold-`k` layers when `k` is given."""
    found = Scanner(ner=ner, cache_size=1)
    if folder is not None and k is not None:
        found.words = WordNames(ner, weights(folder / f"words{k}.npz"))
        found.tokens = SecretTokens(ner.english, weights(folder / f"tokens{k}.npz"))
    assert found.words is not None and found.tokens is not None
    found.gate = Recorder(found.words, found.tokens)
    found.warm()
    return found


def row(scan: Scanner, text: str) -> tuple[np.ndarray, bool, bool]:
    """The gate's input row, whether the text is detected, whether the gate could lift it."""
    gate = scan.gate
    assert isinstance(gate, Recorder)
    gate.seen = None
    scan.scored(text, level=DETECTION)
    if gate.seen is None:  # an empty text: no layer ran
        return gate.features(text, []), False, False
    return gate.seen


def fit(x: np.ndarray, y: np.ndarray, c: float) -> dict[str, np.ndarray]:
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=c, max_iter=5000).fit((x - mean) / scale, y)
    return {"mean": mean, "scale": scale, "coef": model.coef_[0], "intercept": model.intercept_}


def chances(w: dict[str, np.ndarray], x: np.ndarray) -> np.ndarray:
    z = ((x - w["mean"]) / w["scale"]) @ w["coef"] + w["intercept"][0]
    return 1.0 / (1.0 + np.exp(-z))


def report(title: str, p: np.ndarray, y: np.ndarray, detected: np.ndarray, liftable: np.ndarray):
    """Per threshold: personal texts missed before and after, clean texts flagged."""
    print(title)
    scores = {}
    for t in CANDIDATES:
        lifted = liftable & (p >= t)
        caught = int((lifted & (y == 1)).sum())
        flagged = int((lifted & (y == 0)).sum())
        missed = int(((~detected) & (y == 1)).sum())
        clean = int((detected & (y == 0)).sum())
        print(f"  {t:.2f}: personal texts missed {missed} -> {missed - caught} of "
              f"{int((y == 1).sum())}; clean flagged {clean} -> {clean + flagged} of "
              f"{int((y == 0).sum())}")  # fmt: skip
        scores[t] = LEAK_WEIGHT * caught - flagged
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "hybridgate" / "data" / ARTEFACT)
    parser.add_argument("--c", type=float, default=0.01, help="inverse regularisation")
    parser.add_argument("--folds", type=Path, help="keep (or reuse) the fold models here")
    add_exclude(parser)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = args.folds or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        fold_models(folder, args.exclude)
        ner = SpacyNER()
        scans = {k: scanner(ner, folder, k) for k in (0, 1)}
        scans[None] = scanner(ner, None, None)  # the packaged layers: the check half
        data = [
            r
            for r in records(args.exclude)
            if bench.golds(r) or not r.get("has_any_pii")  # quasi-only texts: neither
        ]
        rows, labels, folds, halves, detected, liftable = [], [], [], [], [], []
        for r in track(data, description="features"):
            k = None if r["half"] == "check" else 1 - fold_of(r["id"])
            x, det, lift = row(scans[k], r["text"])
            rows.append(x)
            labels.append(int(bool(bench.golds(r))))
            folds.append(-1 if k is None else 1 - k)
            halves.append(r["half"])
            detected.append(det)
            liftable.append(lift)
    x = np.asarray(rows, np.float32)
    y = np.asarray(labels)
    fold = np.asarray(folds)
    tune = np.asarray(halves) == "tune"
    det = np.asarray(detected)
    lift = np.asarray(liftable)

    p = np.zeros(len(y))
    for k in (0, 1):
        w = fit(x[tune & (fold == k)], y[tune & (fold == k)], args.c)
        other = tune & (fold == 1 - k)
        p[other] = chances(w, x[other])
    scores = report("tune, out of fold (layers and gate):", p[tune], y[tune], det[tune], lift[tune])
    best = max(scores, key=lambda t: (scores[t], t))
    print(f"best threshold on the tune half: {best} (the layer uses {THRESHOLD})")

    final = fit(x[tune], y[tune], args.c)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, **{k: v.astype(np.float32) for k, v in final.items()})
    print(f"wrote {args.out} ({args.out.stat().st_size // 1024} KB)")
    check = ~tune
    report("check half (packaged layers):", chances(final, x[check]), y[check], det[check],
           lift[check])  # fmt: skip


if __name__ == "__main__":
    main()
