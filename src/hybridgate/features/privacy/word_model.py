"""Layer 3b: a small learned name model over a window of words.

Each word is read with the two words either side of it: the bundled MiniLM's static
word-piece vectors (each word the mean of its pieces; no transformer pass, so it costs
microseconds) and nine flags of the word and its neighbours (title case, capitals, lower
case, opening a clause, short; listed given name, listed surname, English word, ordinary
verb/adjective/adverb). A one-hidden-layer network gives the chance that the word is part
of a person's name. It learns what the rules spell out one by one ("tomasz saw it", "ask
harmony", "the lead is dariusz") from labelled examples: the tune halves of the evaluation
sets (`bench/train_word_model.py`; docs/privacy.md, "The learned word layer").

Its spans are PERSON evidence like the NER model's and go through the same context rules
(exam items, public figures, fiction damp them; personal cues lift them), where no other
layer read the name at least as strongly (Scanner). A run's words at or above `DETECT`
(`DETECT_ENGLISH` for a word that is also an English word) score 0.6 (two or more 0.7), the
words around them and runs below it 0.4 (redaction only); a word inside a handle or path
gives the whole token as a login. Loaded once per process, lazily; absent weights or MiniLM
files leave the layer off with a warning"""

from __future__ import annotations

import importlib.resources
import logging
import re
import threading
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import numpy as np
import numpy.typing as npt

from ...errors import GatewayError
from . import cues, gazetteer
from .ner import SpacyNER, clause_start
from .spans import Span

log = logging.getLogger(__name__)

ARTEFACT = "word_names.npz"
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Words either side of the word read (their vectors); flags are read one either side.
CONTEXT = 2
FLAGS = 9
DIM = 384
# A feature row: the window's word vectors, then three words' flags.
WIDTH = DIM * (2 * CONTEXT + 1) + 3 * FLAGS
# Probability thresholds (chosen on the tune half; docs/privacy.md).
DETECT = 0.9
# A word that is also an English word ("Chase", "summer", "Mark") needs more: out of fold
# on the tune half, this bar cost no detected text and kept one clean prompt clean.
DETECT_ENGLISH = 0.995
REDACT = 0.5
# Lower-cased words whose pieces and flags are kept (~250 bytes each).
_CACHED_WORDS = 50_000
# Word windows whose chance is kept (~400 bytes each); the store is emptied when full.
_CACHED_WINDOWS = 50_000
# A text's words read at most (the rest is left to the other layers): bounds the cost.
MAX_WORDS = 4000

Matrix = npt.NDArray[np.float32]
NetT = TypeVar("NetT")
# Words the spans may cover: Latin letters (other scripts are read by scripts.py).
LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ'’]+")
# A modal before a lower-case word makes it a verb ("we will mark", "it may rain").
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|should|can|could|must|might|may)\s+\Z")
# Words that name a relation, not a person ("grandad", "my boss"): a run of only these is
# no name, whatever the network says.
_RELATION = re.compile(rf"(?i:{cues.KIN_TITLES}|{cues.RELATIONS}|{cues.HONORIFICS})s?")


def shape_flags(text: str, word: str, start: int) -> tuple[bool, ...]:
    """The five shape flags of one word: title case, capitals, lower case, opening a
    clause, short."""
    return (
        word[:1].isupper() and not word.isupper(),
        word.isupper() and len(word) > 1,
        word.islower(),
        clause_start(text, start),
        len(word) <= 3,
    )


@dataclass(frozen=True, slots=True)
class _Vocab:
    """The tokenizer and the static word-piece vectors of the bundled MiniLM."""

    tokenizer: Any
    vectors: Matrix

    @classmethod
    def load(cls) -> _Vocab:
        from safetensors import safe_open
        from tokenizers import Tokenizer

        from ...providers.minilm import model_dir

        root = model_dir()
        tokenizer = Tokenizer.from_file(str(root / "tokenizer.json"))
        tokenizer.no_truncation()
        tokenizer.no_padding()
        with safe_open(str(root / "model.safetensors"), framework="numpy") as f:
            vectors = f.get_tensor("embeddings.word_embeddings.weight").astype(np.float32)
        return cls(tokenizer, vectors)


def packaged(name: str) -> dict[str, Matrix]:
    """A packaged artefact's arrays (`hybridgate/data/<name>`, an .npz), as float32."""
    source = importlib.resources.files("hybridgate.data") / name
    with source.open("rb") as f, np.load(f) as npz:
        return {k: npz[k].astype(np.float32) for k in npz.files}


def folded(weights: dict[str, Matrix]) -> tuple[Matrix, Matrix]:
    """A network's first layer with its input standardisation folded in: (w1, b1) such
    that x @ w1 + b1 == ((x - mean) / scale) @ w1' + b1'."""
    w1 = weights["w1"] / weights["scale"][:, None]
    b1 = (weights["b1"] - (weights["mean"] / weights["scale"]) @ weights["w1"]).astype(np.float32)
    return w1, b1


@dataclass(frozen=True, slots=True)
class _Net:
    """The trained network, rearranged for speed: the input standardisation folded into
    the first layer, and the first layer's word-vector part applied to the whole
    vocabulary once (`table`: piece, offset, hidden), so a word costs a lookup."""

    table: Matrix  # (pieces, 2 * CONTEXT + 1, hidden)
    flag_w: Matrix  # (3 * FLAGS, hidden)
    b1: Matrix
    w2: Matrix
    b2: Matrix

    @classmethod
    def build(cls, weights: dict[str, Matrix], vectors: Matrix) -> _Net:
        w1, b1 = folded(weights)
        span = 2 * CONTEXT + 1
        word_w = w1[: span * DIM].reshape(span, DIM, -1)
        table = np.einsum("vd,odh->voh", vectors, word_w, optimize=True).astype(np.float32)
        return cls(table, w1[span * DIM :], b1, weights["w2"], weights["b2"])


class VocabularyLayer(Generic[NetT]):
    """What the learned layers share: the bundled MiniLM's tokenizer and static word-piece
    vectors, the layer's packaged weights (or `weights`), and its network rearranged over
    the vocabulary (`_build`); loaded once per process, lazily, and a failure leaves the
    layer off with a warning."""

    ARTEFACT = ""
    NAME = ""

    def __init__(self, weights: dict[str, npt.NDArray[Any]] | None = None) -> None:
        """`weights`: the network's arrays (default: the packaged artefact, on load)."""
        self._lock = threading.Lock()
        self._loaded = False
        self._vocab: _Vocab | None = None  # the vectors: only training reads them
        self._tokenizer: Any = None
        self._net: NetT | None = None
        self._weights: dict[str, Matrix] = {}
        if weights is not None:
            self._weights = {k: np.asarray(v, np.float32) for k, v in weights.items()}

    def _build(self, weights: dict[str, Matrix], vectors: Matrix) -> NetT:
        raise NotImplementedError

    def load(self) -> bool:
        """Whether the layer can run (loads the files on first call: ~0.3 s)."""
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    try:
                        vocab = self._vocabulary()
                        if not self._weights:
                            self._weights = packaged(self.ARTEFACT)
                        self._net = self._build(self._weights, vocab.vectors)
                        self._vocab = None  # the table holds what the layer needs (-47 MB)
                    except (GatewayError, OSError, KeyError, ValueError) as exc:
                        log.warning("%s off: %s", self.NAME, exc)
                    self._loaded = True
        return self._net is not None

    def _vocabulary(self) -> _Vocab:
        if self._vocab is None:
            self._vocab = _Vocab.load()
            self._tokenizer = self._vocab.tokenizer
        return self._vocab


class WordNames(VocabularyLayer[_Net]):
    """Implements the learned word layer; `ner` supplies the English word lists."""

    ARTEFACT = ARTEFACT
    NAME = "learned name layer"

    def __init__(self, ner: SpacyNER, weights: dict[str, npt.NDArray[Any]] | None = None) -> None:
        """`weights`: the network's arrays (default: the packaged artefact, on load)."""
        super().__init__(weights)
        self.ner = ner
        self._lexical: dict[str, tuple[tuple[int, ...], tuple[bool, ...]]] = {}
        self._windows_seen: dict[object, float] = {}

    def _build(self, weights: dict[str, Matrix], vectors: Matrix) -> _Net:
        return _Net.build(weights, vectors)

    def _lexicon_flags(self, low: str) -> tuple[bool, ...]:
        """Listed given name, listed surname, English word, ordinary word."""
        return self._word(low)[1]

    def _word(self, low: str) -> tuple[tuple[int, ...], tuple[bool, ...]]:
        """A lower-cased word's pieces and lexicon flags (cached: words repeat). The
        tokenizer cuts a word the same alone as in its sentence (it lower-cases and splits
        on spaces and punctuation first)."""
        found = self._lexical.get(low)
        if found is None:
            given, family = gazetteer.names()
            tokenizer = self._tokenizer or self._vocabulary().tokenizer
            pieces = tuple(tokenizer.encode(low, add_special_tokens=False).ids)
            lexical = (low in given, low in family, self.ner.english(low), self.ner.ordinary(low))
            found = (pieces, lexical)
            if len(self._lexical) < _CACHED_WORDS:
                self._lexical[low] = found
        return found

    def _lex(self, text: str) -> tuple[list[tuple[int, int]], list[str], list[tuple[bool, ...]]]:
        """The words, lower-cased, and each word's flags (shape, then lexicon)."""
        words = [(m.start(), m.end()) for m in WORD.finditer(text)][:MAX_WORDS]
        self.ner.load()
        lows = [text[s:e].lower() for s, e in words]
        rows = [
            (*shape_flags(text, text[s:e], s), *self._word(low)[1])
            for (s, e), low in zip(words, lows, strict=True)
        ]
        return words, lows, rows

    def _arrays(self, lows: list[str], rows: list[tuple[bool, ...]]) -> tuple[Matrix, Any, Any]:
        """The flags as a matrix, and each word piece's id and word."""
        ids: list[int] = []
        owner: list[int] = []
        for i, low in enumerate(lows):
            pieces = self._word(low)[0]
            ids.extend(pieces)
            owner.extend([i] * len(pieces))
        flags = np.asarray(rows, np.float32).reshape(len(rows), FLAGS)
        return flags, np.asarray(ids, np.int64), np.asarray(owner, np.int64)

    @staticmethod
    def _windows(rows: Matrix, reach: int) -> list[Matrix]:
        """Each row's neighbours at offsets -reach … reach (zero rows past the ends)."""
        n = len(rows)
        pad = np.zeros((reach, *rows.shape[1:]), np.float32)
        padded = np.concatenate([pad, rows, pad])
        return [padded[o : o + n] for o in range(2 * reach + 1)]

    def features(self, text: str) -> tuple[list[tuple[int, int]], Matrix]:
        """Each word's character range and its feature row: the vectors of the word and
        its neighbours, then the flags of the word before, the word and the word after
        (the network's input as trained; needs the MiniLM files, not the weights)."""
        words, lows, rows = self._lex(text)
        flags, ids, owner = self._arrays(lows, rows)
        n = len(words)
        vectors = _word_means(self._vocabulary().vectors[ids], owner, n)
        parts = self._windows(vectors, CONTEXT) + self._windows(flags, 1)
        return words, np.concatenate(parts, axis=1).reshape(n, WIDTH)

    def chances(self, x: Matrix) -> Matrix:
        """The network on feature rows: standardised input, one ReLU layer, a logistic."""
        w = self._weights
        hidden = np.maximum(((x - w["mean"]) / w["scale"]) @ w["w1"] + w["b1"], 0.0)
        return _logistic(hidden @ w["w2"] + w["b2"])

    def _fast_chances(self, text: str) -> tuple[list[tuple[int, int]], list[float]]:
        """`chances(features(text))`, computed from the vocabulary table. A word's chance
        depends only on its window (five words, three words' flags), and windows repeat
        (system prompts, templates, earlier turns): they are kept (`_CACHED_WINDOWS`)."""
        words, lows, rows = self._lex(text)
        n = len(words)
        pad_low, pad_row = ("",) * CONTEXT, ((False,) * FLAGS,)
        low_pad, row_pad = (*pad_low, *lows, *pad_low), (*pad_row, *rows, *pad_row)
        keys = [(low_pad[i : i + 2 * CONTEXT + 1], row_pad[i : i + 3]) for i in range(n)]
        cached = [self._windows_seen.get(k) for k in keys]
        if all(c is not None for c in cached):
            return words, cached  # type: ignore[return-value]
        chances = self._network(lows, rows).tolist()
        if len(self._windows_seen) + n > _CACHED_WINDOWS:
            self._windows_seen.clear()
        self._windows_seen.update(zip(keys, chances, strict=True))
        return words, chances

    def _network(self, lows: list[str], rows: list[tuple[bool, ...]]) -> Matrix:
        net = self._net
        assert net is not None
        flags, ids, owner = self._arrays(lows, rows)
        n = len(rows)
        projected = _word_means(net.table[ids], owner, n)  # (word, offset, hidden)
        flagged = (flags @ net.flag_w.reshape(3, FLAGS, -1)).transpose(1, 0, 2)
        hidden = np.repeat(net.b1[None, :], n, axis=0)
        for parts, reach in ((projected, CONTEXT), (flagged, 1)):
            for o in range(2 * reach + 1):
                shift = o - reach  # word i reads word i + shift at this offset
                lo, hi = max(0, -shift), min(n, n - shift)
                if lo < hi:
                    hidden[lo:hi] += parts[lo + shift : hi + shift, o]
        return _logistic(np.maximum(hidden, 0.0) @ net.w2 + net.b2)

    def scan(self, text: str) -> list[Span]:
        """PERSON spans: runs of adjacent words at or above REDACT."""
        if not self.load() or WORD.search(text) is None:
            return []
        words, p = self._fast_chances(text)
        found: list[Span] = []
        i = 0
        while i < len(words):
            if p[i] < REDACT:
                i += 1
                continue
            j = i + 1  # a run: words separated by one space
            while j < len(words) and p[j] >= REDACT and text[words[j - 1][1] : words[j][0]] == " ":
                j += 1
            run = [(k, *words[k]) for k in range(i, j) if LATIN.fullmatch(text, *words[k])]
            if (
                run
                and not all(_RELATION.fullmatch(text[a:b]) for _, a, b in run)
                and not (
                    text[run[0][1]].islower()  # "the bill said": a thing
                    and cues.DETERMINER_BEFORE.search(text, max(0, run[0][1] - 8), run[0][1])
                )
            ):
                found.extend(self._run(text, run, p))
            i = j
        return found

    def _run(self, text: str, run: list[tuple[int, int, int]], p: list[float]) -> list[Span]:
        """Spans of a run of words at or above REDACT: its core, from the first to the last
        word at or above DETECT, at detection strength; the words around the core
        ("hiya" of "hiya Bronagh") and a run without such a word for redaction only."""
        first = run[0][1]
        if all(self._lower_word(text[a:b]) for _, a, b in run) and (
            _MODAL_BEFORE.search(text, max(0, first - 12), first) is not None
        ):  # "we will mark …", "we will mark price …": a verb and its object, redacted at
            # most (below 0.4, which a cue after it lifts to detection: "price changes")
            return self._spans(text, [(a, b) for _, a, b in run], 0.3)
        sure = [
            n
            for n, (k, a, b) in enumerate(run)
            if p[k] >= (DETECT_ENGLISH if self._lexicon_flags(text[a:b].lower())[2] else DETECT)
        ]
        if not sure:
            return self._spans(text, [(a, b) for _, a, b in run], 0.4)
        core = [(a, b) for _, a, b in run[sure[0] : sure[-1] + 1]]
        score = 0.7 if len(core) > 1 else 0.6
        found = self._spans(text, core, score)
        for _, a, b in run[: sure[0]] + run[sure[-1] + 1 :]:
            found.extend(self._spans(text, [(a, b)], 0.4))
        return found

    def _lower_word(self, word: str) -> bool:
        return word.islower() and self._lexicon_flags(word)[2]

    @staticmethod
    def _spans(text: str, run: list[tuple[int, int]], score: float) -> list[Span]:
        """A run of words as spans: a name ("Ana Lima", "Rosalind" of "Rosalind's"), or,
        for a word glued to a digit, handle or path character, the whole token as a login
        ("grace_oduya", "k.nowicka", "martin63")."""
        found: list[Span] = []
        plain: list[tuple[int, int]] = []
        for a, b in run:
            if found and a < found[-1].end:
                continue  # inside the login just taken ("obi" of "ada-obi-pm")
            if not _glued(text, a, b):
                plain.append((a, b))
                continue
            token = _token(text, a, b)
            if _CODE_PATH.fullmatch(text, *token) is not None:
                continue  # "@pytest.mark.slow", "os.path.join": code, not a login
            if _MAILBOX.fullmatch(text, *token) is None:  # an e-mail is the e-mail layer's
                found.append(Span("ID_NUMBER", token[0], token[1], score))
        if plain:
            end = plain[-1][1]
            if text[end - 2 : end] in ("'s", "’s"):
                end -= 2  # "Rosalind's": the name, not its possessive
            found.append(Span("PERSON", plain[0][0], end, score))
        return found


_TOKEN_EDGE = "\"'“”‘’()[]{}<>,;:!?=/"


# Characters that glue a word into a handle, address, number or path ("martin63",
# "k.nowicka", "deploy_okoro"); hyphens and apostrophes belong to names.
_GLUE = frozenset("0123456789@_/\\=.")


def _glued(text: str, start: int, end: int) -> bool:
    """A word inside a token with a glue character ("ada" of "linkedin.com/in/ada-obi");
    a full stop ending a sentence is none."""
    a, b = _token(text, start, end)
    while a > 0 and text[a - 1] in "/=":
        a -= 1  # _token stops at these: they glue all the same
    return any(c in _GLUE for c in text[a:b])


def _token(text: str, start: int, end: int) -> tuple[int, int]:
    """The whitespace-separated token around a word, without edge punctuation or a
    sentence's full stop; the word itself when nothing is glued to it."""
    a, b = start, end
    while a > 0 and not text[a - 1].isspace() and text[a - 1] not in _TOKEN_EDGE:
        a -= 1
    while b < len(text) and not text[b].isspace() and text[b] not in _TOKEN_EDGE:
        b += 1
    while b > end and text[b - 1] in ".-'’":
        b -= 1
    return a, b


def _word_means(rows: Matrix, owner: npt.NDArray[np.int64], n: int) -> Matrix:
    """Per word, the mean of its pieces' rows (`owner`: each row's word, non-decreasing);
    a word without pieces gets zeros."""
    if len(owner) == n and np.array_equal(owner, np.arange(n)):
        return rows  # one piece a word
    out = np.zeros((n, *rows.shape[1:]), np.float32)
    if len(owner):
        first = np.flatnonzero(np.diff(owner, prepend=-1))
        counts = np.diff(np.append(first, len(owner))).astype(np.float32)
        sums = np.add.reduceat(rows, first, axis=0)
        out[owner[first]] = sums / counts.reshape(-1, *([1] * (rows.ndim - 1)))
    return out


# A dotted path of three or more identifiers (a decorator, a module's attribute): logins
# hold one dot at most ("k.nowicka").
_CODE_PATH = re.compile(r"@?[A-Za-z_]\w*(?:\.[A-Za-z_]\w*){2,}")
_MAILBOX = re.compile(r"[^\s@]+@[\w-]+(?:\.[\w-]+)+")


def _logistic(z: Matrix) -> Matrix:
    # Clipped: exp of a float32 beyond ~88 overflows (a chance that far out is 0 or 1 anyway).
    out: Matrix = (1.0 / (1.0 + np.exp(-np.clip(z[:, 0], -60.0, 60.0)))).astype(np.float32)
    return out
