"""How far two answers to the same request agree: exact match after normalisation, word
overlap, embedding cosine, a judge model's YES/NO; `Agreement.score` picks the best."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_PUNCT = re.compile(r"[^\w\s]")
_SPACE = re.compile(r"\s+")
JUDGE_PROMPT = (
    "You compare two answers to the same request. Reply with one word: YES if they agree "
    "(same facts, same final answer; wording may differ), NO if they do not.\n\n"
    "Request:\n{prompt}\n\nAnswer A:\n{a}\n\nAnswer B:\n{b}\n\nDo A and B agree?"
)


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE.sub(" ", _PUNCT.sub(" ", text)).strip()


def token_f1(a: str, b: str) -> float:
    """Bag-of-words F1 of two normalised texts (1.0 = same words)."""
    ta, tb = normalise(a).split(), normalise(b).split()
    if not ta or not tb:
        return 1.0 if ta == tb else 0.0
    common: dict[str, int] = {}
    counts_b: dict[str, int] = {}
    for token in tb:
        counts_b[token] = counts_b.get(token, 0) + 1
    for token in ta:
        if counts_b.get(token, 0) > common.get(token, 0):
            common[token] = common.get(token, 0) + 1
    overlap = sum(common.values())
    if overlap == 0:
        return 0.0
    precision, recall = overlap / len(ta), overlap / len(tb)
    return 2 * precision * recall / (precision + recall)


def cosine(a: npt.NDArray[np.float32], b: npt.NDArray[np.float32]) -> float:
    denominator = float(np.linalg.norm(a) * np.linalg.norm(b))
    return float(np.dot(a, b) / denominator) if denominator else 0.0


def verdict(reply: str) -> float | None:
    """A judge's reply to JUDGE_PROMPT: 1.0 for YES, 0.0 for NO, None for anything else."""
    words = normalise(reply).split()
    if not words or words[0] not in ("yes", "no"):
        return None
    return 1.0 if words[0] == "yes" else 0.0


@dataclass(frozen=True, slots=True)
class Agreement:
    exact: bool
    lexical: float
    embedding: float | None = None
    judge: float | None = None

    @property
    def score(self) -> float:
        """The best evidence available: exact match, else the judge, else embeddings,
        else word overlap."""
        if self.exact:
            return 1.0
        for value in (self.judge, self.embedding):
            if value is not None:
                return max(0.0, min(1.0, value))
        return self.lexical
