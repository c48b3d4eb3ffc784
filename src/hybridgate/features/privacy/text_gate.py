"""Layer 4: a learned text gate, for a text whose only evidence is below detection.

The context rules lower names in texts that read as instructions, questions about a
subject or fiction ("Make up a bedtime rhyme about Percival and his red wellies", "Can
Ottilie take her violin as cabin baggage?"), because most such names are public figures
and characters. Most, not all: a request about someone the writer knows can read the same
way, and so can a name the layers read only weakly. When no span of a text reaches the
detection threshold but a name no rule on the name itself held down reached `FLOOR`, this
gate reads the whole text and decides whether it is about real people, and if so lifts
those names to the detection threshold (so the text is sensitive and they are redacted).

What it reads (`FEATURES` numbers, then the text's mean word vector): the learned word
layer's two highest name chances and how many words reach 0.5; the learned token layer's
highest secret chance; the highest span score of names, of secrets and ids and of other
identifiers after context, and how many spans reach 0.4; the text's length; whether the
writer speaks in the first person; its share of digits; and the mean of the bundled
MiniLM's static word-piece vectors over its words (what the text is about). A logistic
regression, trained on the tune halves of the evaluation sets with both learned layers
scored out of fold (`bench/train_text_gate.py`; docs/privacy.md, "The learned text gate").

It lifts only names, only those no rule on the name itself lowered (a public figure, a
title, a brand or a street keeps its rule) and no cue already lifted, only in Latin
letters, never a single ordinary English word ("Chase", "Will"; a noun web text rarely
writes in lower case, "Ambrose", may be lifted), several lower-case words only with a
listed name among them;
never on an exam item, code or a who-did-it riddle (`not_about_people`); never without
the two learned layers (it reads them)."""

from __future__ import annotations

import logging
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import numpy.typing as npt

from ...errors import GatewayError
from . import context, gazetteer
from .cues import FIRST_PERSON
from .spans import Span
from .token_model import SecretTokens
from .word_model import DIM, LATIN, WORD, Matrix, WordNames, _Vocab, packaged

log = logging.getLogger(__name__)

ARTEFACT = "text_gate.npz"
# Scalar features before the mean word vector (see the module docstring).
FEATURES = 11
WIDTH = FEATURES + DIM
# The gate fires at this chance (chosen out of fold on the tune half; docs/privacy.md).
THRESHOLD = 0.5
# A span below this is not lifted (nor does it let the gate run).
FLOOR = 0.3
SECRETS = frozenset({"PASSWORD", "ID_NUMBER", "US_SSN", "API_KEY"})
# What the gate lifts: names, the spans the context rules lower. (A number or code below
# detection was read and kept there by the rules on its own shape.)
LIFTED = frozenset({"PERSON"})
# A name the gate lifts is in Latin letters: it reads the learned layers, which read these.
LATIN_WORDS = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’.\- ]+")


def scalars(
    text: str,
    spans: Sequence[Span],
    name_chances: Sequence[float],
    secret_chance: float,
    words: int,
) -> list[float]:
    """The gate's scalar features: `spans` are the text's identifier-typed spans after
    context, `name_chances` the word layer's chances of its Latin words, `secret_chance`
    the token layer's highest, `words` the text's word count."""
    ranked = sorted(name_chances, reverse=True)

    def top(kinds: Any, negate: bool = False) -> float:
        return max(
            (s.score for s in spans if (s.type in kinds) != negate),
            default=0.0,
        )

    return [
        ranked[0] if ranked else 0.0,
        ranked[1] if len(ranked) > 1 else 0.0,
        float(sum(p >= 0.5 for p in ranked)),
        secret_chance,
        top({"PERSON"}),
        top(SECRETS),
        top(SECRETS | {"PERSON"}, negate=True),
        float(sum(s.score >= 0.4 for s in spans)),
        math.log1p(words),
        float(FIRST_PERSON.search(text) is not None),
        sum(c.isdigit() for c in text) / max(1, len(text)),
    ]


class TextGate:
    """Implements the learned text gate over the two learned layers."""

    def __init__(
        self,
        words: WordNames,
        tokens: SecretTokens,
        weights: dict[str, npt.NDArray[Any]] | None = None,
    ) -> None:
        """`weights`: mean, scale, coef, intercept (default: the packaged artefact)."""
        self.words = words
        self.tokens = tokens
        self._lock = threading.Lock()
        self._loaded = False
        self._weights: dict[str, Matrix] = {}
        if weights is not None:
            self._weights = {k: np.asarray(v, np.float32) for k, v in weights.items()}
        self._pieces: Matrix | None = None  # each word piece's share of the logit
        self._scalar_w: Matrix | None = None
        self._bias = 0.0
        self._vectors: Matrix | None = None  # `features` only

    def load(self) -> bool:
        """Whether the gate can run (loads the files on first call: ~0.3 s)."""
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    try:
                        self._build()
                    except (GatewayError, OSError, KeyError, ValueError) as exc:
                        log.warning("learned text gate off: %s", exc)
                    self._loaded = True
        return self._pieces is not None

    def _build(self) -> None:
        if not (self.words.load() and self.tokens.load()):
            raise ValueError("the learned word and token layers are off")
        if not self._weights:
            self._weights = packaged(ARTEFACT)
        w = self._weights
        coef = w["coef"].reshape(-1) / w["scale"]
        if coef.shape != (WIDTH,):
            raise ValueError(f"text gate weights have {coef.shape[0]} inputs, not {WIDTH}")
        vectors = _Vocab.load().vectors
        self._pieces = (vectors @ coef[FEATURES:]).astype(np.float32)
        self._scalar_w = coef[:FEATURES]
        self._bias = float(w["intercept"].reshape(-1)[0] - w["mean"] @ coef)

    def _inputs(self, text: str, spans: Sequence[Span]) -> tuple[list[float], list[int]]:
        """The scalar features and the word pieces of the text's words (the mean word
        vector is their vectors' mean). The word layer's chances come from its window
        store, the token layer's are computed again (the gate runs on few texts)."""
        found, chances = self.words._fast_chances(text)
        latin = [p for (a, b), p in zip(found, chances, strict=True) if LATIN.fullmatch(text, a, b)]
        tokens, p = self.tokens._fast_chances(text)
        secret = float(1.0 - p[:, 0].min()) if tokens else 0.0
        ids = [i for a, b in found for i in self.words._word(text[a:b].lower())[0]]
        return scalars(text, spans, latin, secret, len(found)), ids

    def features(self, text: str, spans: Sequence[Span]) -> Matrix:
        """The gate's input row, as trained (the scalars, then the mean word vector; loads
        the MiniLM vectors once: for training and tests, not the request path)."""
        row, ids = self._inputs(text, spans)
        if self._vectors is None:
            self._vectors = _Vocab.load().vectors
        bag = self._vectors[ids].mean(axis=0) if ids else np.zeros(DIM, np.float32)
        return np.concatenate([np.asarray(row, np.float32), bag])

    def chance(self, text: str, spans: Sequence[Span]) -> float:
        """The gate's chance that the text is about real people (needs `load()`)."""
        assert self._pieces is not None and self._scalar_w is not None
        row, ids = self._inputs(text, spans)
        z = self._bias + float(np.asarray(row, np.float32) @ self._scalar_w)
        if ids:
            z += float(self._pieces[ids].mean())
        return 1.0 / (1.0 + math.exp(-z))

    def lift(
        self,
        text: str,
        spans: list[Span],
        open_names: Sequence[int],
        entities: frozenset[str],
        floor: float,
    ) -> list[Span]:
        """`spans` with the names the gate may lift (`liftable`) raised to `floor` when
        it fires; unchanged otherwise (see the module docstring)."""
        lifted = self.liftable(text, spans, open_names, entities, floor)
        if not lifted or not self.load():
            return spans
        if self.chance(text, [s for s in spans if s.type in entities]) < THRESHOLD:
            return spans
        return [replace(s, score=floor) if i in lifted else s for i, s in enumerate(spans)]

    def liftable(
        self,
        text: str,
        spans: Sequence[Span],
        open_names: Sequence[int],
        entities: frozenset[str],
        floor: float,
    ) -> set[int]:
        """The positions of the names the gate may lift: none when a span of `entities`
        reaches `floor` (the text is sensitive already) or the text is not about people
        (`not_about_people`); else the names at `open_names` positions (no rule on the
        name itself lowered it, no cue lifted it: see context.adjust) from FLOOR up, in
        Latin letters, not one ordinary English word ("Chase", "Will": the word layer holds
        these low on purpose; `NER.word_not_name`), and several words in lower case only
        with a listed given name or surname among them (a run of unknown lower-case words,
        "dzień dobry", is a phrase of another language far more often than a name)."""
        if any(s.type in entities and s.score >= floor for s in spans):
            return set()
        found = {i for i in open_names if self._open(text, spans[i], entities, floor)}
        if not found or not WORD.search(text) or not_about_people(text):
            return set()
        return found

    def _open(self, text: str, span: Span, entities: frozenset[str], floor: float) -> bool:
        if span.type not in LIFTED & entities or not FLOOR <= span.score < floor:
            return False
        if not LATIN_WORDS.fullmatch(text, span.start, span.end):
            return False
        words = [w.lower() for w in WORD.findall(text, span.start, span.end)]
        if len(words) == 1 and self.words.ner.word_not_name(words[0]):
            return False
        if len(words) > 1 and text[span.start : span.end].islower():
            given, family = gazetteer.names()
            return any(w in given or w in family for w in words)
        return True


def not_about_people(text: str) -> bool:
    """Where the context rules' reading stands: an exam item, code, or a riddle that ends
    asking who of the people it names did what, in the third person ("… Ann bakes before
    Ben. Who bakes last?")."""
    return (
        context.exam_like(text)
        or context.CODE.search(text) is not None
        or (context.WHO_ASKED.search(text) is not None and FIRST_PERSON.search(text) is None)
    )
