"""The learned difficulty Scorer: how likely a request needs the strong model, in [0, 1].

Features (all computed in well under a millisecond on one core):
- a static sentence embedding: the mean of all-MiniLM-L6-v2's token embeddings over the
  prompt's word pieces (the full 6-layer encoder costs 30-100 ms per MMLU-sized prompt on a
  shared CPU, far over the 10 ms budget; see docs/router.md),
- hashed word-piece unigrams and bigrams (what is asked, in which words),
- a few cheap counts (length, numbers, lines, sentences, %, /, $).

Two models vote on the expected quality gain of the strong model over the weak one: a
ridge regression on all features and a distance-weighted kNN on the embedding, trained per
source of outcomes (a linear source classifier on the same features picks which pair
answers; each pair's mixing weight is chosen by cross-validation inside its training
data). Their weighted mean is mapped to its quantile among the training prompts, so a
score of 0.7 means "harder than 70% of the training prompts"; `router.difficulty.
strong_share` / `quality_target` are resolved against the calibration table shipped in
the same artefact."""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, BinaryIO, Protocol

import numpy as np
import numpy.typing as npt

from ..config import Config
from ..errors import ConfigError, GatewayError
from ..schemas import ChatRequest
from .calibration import CalibrationRow, threshold_for
from .embedding import model_dir

ARTEFACT = "difficulty_router.npz"
HASH_DIM = 4096
MAX_CHARS = 4000  # the head of a prompt says what is asked; bounds the cost of huge prompts
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_SENTENCE = re.compile(r"[.?!]\s")

F32 = npt.NDArray[np.float32]


def prompt_text(request: ChatRequest) -> str:
    """The user's words: every user message's text, oldest first."""
    parts = [t for m in request.messages if m.role == "user" for t in m.texts()]
    return "\n".join(parts)[:MAX_CHARS]


class WordPieceAscii:
    """The word-piece ids the BERT tokenizer (`tokenizers`: BertNormalizer, BertPreTokenizer,
    WordPiece) gives a plain ASCII text, in Python. For a short prompt the Rust call, which
    builds a whole Encoding (tokens, offsets, masks), costs more than a split and a few dict
    look-ups: ~18 us against ~4 us warm, and ~25 us less per request in the served gateway,
    where both are out of the cache between requests (bench/request_cpu.py). Same ids, or
    None for a text it does not cover (non-ASCII, control characters, an added token such
    as "[MASK]" spelled out), which the tokenizer then takes (tests compare the two)."""

    # ASCII after BertNormalizer (lowercase; tab, newline and return are spaces): words are
    # runs of letters and digits, and each punctuation character is a word of its own.
    _WORDS = re.compile(r"[0-9a-z]+|[!-/:-@\[-`{-~]")
    # Control characters BertNormalizer removes (tab, newline and return it keeps as spaces).
    _CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

    def __init__(
        self, vocab: dict[str, int], unk: str, prefix: str, max_chars: int, added: list[str]
    ) -> None:
        self._vocab = vocab
        self._unk = vocab[unk]
        self._prefix = prefix
        self._max_chars = max_chars
        # Added tokens ("[MASK]", ...) are matched in the text before it is split: a text
        # that holds one (in any case, to be safe) is left to the tokenizer. BERT's are all
        # bracketed, so one search for "[" rules them out for most texts.
        self._added = tuple(token.lower() for token in added)
        self._marker = "[" if all("[" in token for token in added) else ""

    @classmethod
    def of(cls, tokenizer: Any) -> WordPieceAscii | None:
        """The fast path for `tokenizer` when its pipeline is the one it reproduces."""
        spec = json.loads(tokenizer.to_str())
        normalizer, model = spec.get("normalizer") or {}, spec.get("model") or {}
        if (
            normalizer.get("type") != "BertNormalizer"
            or not normalizer.get("clean_text")
            or not normalizer.get("lowercase")
            or (spec.get("pre_tokenizer") or {}).get("type") != "BertPreTokenizer"
            or model.get("type") != "WordPiece"
        ):
            return None
        added = [t.content for t in tokenizer.get_added_tokens_decoder().values()]
        return cls(
            tokenizer.get_vocab(with_added_tokens=False),
            model["unk_token"],
            model["continuing_subword_prefix"],
            model["max_input_chars_per_word"],
            added,
        )

    def ids(self, text: str) -> list[int] | None:
        if not text.isascii() or self._CONTROL.search(text) is not None:
            return None
        lowered = text.lower()
        if self._marker in text and any(token in lowered for token in self._added):
            return None
        get, ids = self._vocab.get, []
        for word in self._WORDS.findall(lowered):
            i = get(word) if len(word) <= self._max_chars else self._unk
            if i is None:
                ids += self._pieces(word)
            else:
                ids.append(i)
        return ids

    def _pieces(self, word: str) -> list[int]:
        """Greedy longest-match-first word pieces of a word not in the vocabulary."""
        pieces: list[int] = []
        start = 0
        while start < len(word):
            for end in range(len(word), start, -1):
                piece = word[start:end] if start == 0 else self._prefix + word[start:end]
                i = self._vocab.get(piece)
                if i is not None:
                    pieces.append(i)
                    start = end
                    break
            else:  # no piece matches: the whole word is unknown
                return [self._unk]
        return pieces


class Featurizer:
    """Text → (embedding, hashed n-grams, cheap counts). Loads the tokenizer and the token
    embedding table of all-MiniLM-L6-v2 from the installed weights package."""

    def __init__(self, tokenizer: object, token_vectors: F32) -> None:
        from tokenizers import Tokenizer

        assert isinstance(tokenizer, Tokenizer)
        tokenizer.no_padding()
        tokenizer.no_truncation()
        self._tokenizer = tokenizer
        self._ascii = WordPieceAscii.of(tokenizer)
        self._vectors = token_vectors

    def ids(self, text: str) -> list[int]:
        """The prompt's word-piece ids (no special tokens)."""
        ids = self._ascii.ids(text) if self._ascii is not None else None
        if ids is None:
            ids = self._tokenizer.encode(text, add_special_tokens=False).ids
        return ids

    @classmethod
    def load(cls, root: Path | None = None) -> Featurizer:
        from safetensors import safe_open
        from tokenizers import Tokenizer

        root = root or model_dir()
        with safe_open(str(root / "model.safetensors"), framework="numpy") as f:
            table = f.get_tensor("embeddings.word_embeddings.weight").astype(np.float32)
        return cls(Tokenizer.from_file(str(root / "tokenizer.json")), table)

    def features(self, text: str) -> tuple[F32, F32, F32]:
        # Runs on the event loop for short prompts (features/extract.py): as few numpy
        # calls as give the same numbers (bincount counts what np.add.at did, exactly).
        ids = np.asarray(self.ids(text), dtype=np.int64)
        if len(ids) == 0:
            embedding = np.zeros(self._vectors.shape[1], dtype=np.float32)
        else:
            # What .mean(axis=0) and np.linalg.norm compute, without their Python wrappers.
            pooled = np.add.reduce(self._vectors[ids], axis=0)
            # float32 / float32(n) is float32(float64 / float64), the mean's own rounding:
            # a float32 quotient or root rounded from double is the correctly rounded one.
            pooled /= np.float32(len(ids))
            embedding = pooled / max(_sqrt32(pooled.dot(pooled)), 1e-9)
        buckets = ids % HASH_DIM
        if len(ids) > 1:
            buckets = np.concatenate([buckets, (ids[:-1] * 31 + ids[1:] * 7919) % HASH_DIM])
        hashed = np.bincount(buckets, minlength=HASH_DIM).astype(np.float32)
        hashed /= max(_sqrt32(hashed.dot(hashed)), 1.0)
        counts = np.array(
            [
                math.log1p(len(ids)),
                math.log1p(len(_NUMBER.findall(text))),
                math.log1p(text.count("\n")),
                math.log1p(len(_SENTENCE.findall(text))),
                "%" in text,
                "/" in text,
                "$" in text,
            ],
            dtype=np.float32,
        )
        return embedding, hashed, counts


def _sqrt32(value: np.float32) -> float:
    """float(np.sqrt(value)) for a float32 scalar, without a ufunc call."""
    return float(np.float32(math.sqrt(value)))


COUNTS_WEIGHT = 0.3  # scales the counts so one ridge penalty suits all three blocks
# A stored prompt this close (cosine distance; float16 storage rounds a prompt's own
# embedding to ~1e-4 of itself) is the query itself or a copy of it: it must not vote, or a
# training prompt would score its own label (an in-sample score passed off as a prediction).
SELF_DISTANCE = 1e-3


def knn_vote(distance: F32, labels: F32, k: int) -> F32:
    """Distance-weighted mean label of the k nearest stored prompts, per query row of
    `distance` (queries by stored), leaving out copies of the query (< SELF_DISTANCE)."""
    distance = np.where(distance < SELF_DISTANCE, np.inf, distance)
    k = min(k, distance.shape[1])
    nearest = np.argpartition(distance, k - 1, axis=1)[:, :k]
    near = np.take_along_axis(distance, nearest, axis=1)
    weights = np.where(np.isfinite(near), 1.0 / np.maximum(near, SELF_DISTANCE), 0.0)
    total = weights.sum(axis=1)
    votes = (weights * labels[nearest]).sum(axis=1) / np.maximum(total, 1e-12)
    return np.where(total > 0, votes, 0.0).astype(np.float32)


def knn_vote_one(distance: F32, labels: F32, k: int) -> float:
    """`knn_vote` for one query (a 1-d `distance`), with the same result and fewer numpy
    calls: the request path scores one prompt at a time."""
    # Array methods and ufunc reductions directly: each numpy wrapper call costs a few us
    # when its code is out of the cache, as it is between requests.
    copies = bool(np.minimum.reduce(distance) < SELF_DISTANCE)
    if copies:  # rare: the query is a stored prompt
        distance = np.where(distance < SELF_DISTANCE, np.inf, distance)
    k = min(k, len(distance))
    nearest = distance.argpartition(k - 1)[:k]
    near = distance[nearest]
    if copies:
        weights = np.where(np.isfinite(near), 1.0 / np.maximum(near, SELF_DISTANCE), 0.0)
    else:  # every distance is >= SELF_DISTANCE already: np.maximum would change none
        weights = 1.0 / near
    total = float(np.add.reduce(weights))
    if total <= 0:
        return 0.0
    return float(np.float32(np.add.reduce(weights * labels[nearest]) / max(total, 1e-12)))


@functools.cache
def _grid(points: int) -> npt.NDArray[np.float64]:
    """Quantile levels 0 .. 1 of a calibration table with `points` entries (read-only)."""
    grid = np.linspace(0.0, 1.0, points)
    grid.flags.writeable = False
    return grid


@dataclass(frozen=True, slots=True)
class _Expert:
    """One expert's rows of the RouterModel arrays, taken once (views, and the knots as
    float64, which np.interp would otherwise convert on every call): the same numbers."""

    ridge_w: F32
    ridge_b: float
    share: float
    knn_x: F32
    knn_y: F32
    gain_x: npt.NDArray[np.float64]
    gain_y: npt.NDArray[np.float64]


@dataclass(frozen=True, slots=True)
class RouterModel:
    """The trained artefact: one expert per training source (a ridge, a kNN memory and
    their mixing weight), the linear gate that picks the expert, quantiles and the
    calibration table.

    Sources differ in what makes a prompt hard (an MMLU subject vs the steps of a word
    problem), and a small source drowns in a big one when they share one model; each
    request goes to the expert whose gate score is highest (a logistic source classifier
    on the same features; nearest-centroid gating sent 2.7% of MMLU prompts, mostly
    elementary mathematics, to the GSM8K expert and cost 0.02 APGR, docs/router.md)."""

    ridge_w: F32  # (experts, features) over [embedding, hashed, counts * COUNTS_WEIGHT]
    ridge_b: F32  # (experts,)
    gate_w: F32  # (experts, features) source classifier over the same features
    gate_b: F32  # (experts,)
    ridge_share: F32  # (experts,) weight of the ridge in the expert's vote (kNN: the rest)
    knn_x: F32  # (n, 384) training embeddings (stored float16), grouped by expert
    knn_y: F32  # (n,) strong-minus-weak gain per training prompt
    knn_start: npt.NDArray[np.int64]  # (experts + 1,) row range of each expert in knn_x
    k: int
    quantiles: F32  # raw scores at quantiles 0, 1/100, ..., 1 of the training prompts
    # Per expert, a strictly increasing map from its vote to the gain its out-of-fold votes
    # had (isotonic, knots at quantiles of the votes): experts trained on different label
    # mixes (benchmarks vs chat) answer on one scale; the order inside an expert is kept.
    gain_x: F32  # (experts, knots)
    gain_y: F32  # (experts, knots)
    calibration: tuple[CalibrationRow, ...]
    meta: dict[str, object]
    # Sorted 64-bit hashes of the training prompts: reports can tell in-sample items apart.
    prompt_hashes: npt.NDArray[np.uint64] = field(
        default_factory=lambda: np.zeros(0, dtype=np.uint64)
    )
    # Derived from the arrays above (__post_init__) for the request path.
    _experts: tuple[_Expert, ...] = field(init=False, repr=False, compare=False)
    _quantiles: npt.NDArray[np.float64] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        experts = []
        for e in range(len(self.ridge_w)):
            rows = slice(int(self.knn_start[e]), int(self.knn_start[e + 1]))
            experts.append(
                _Expert(
                    ridge_w=self.ridge_w[e],
                    ridge_b=float(self.ridge_b[e]),
                    share=float(self.ridge_share[e]),
                    knn_x=self.knn_x[rows],
                    knn_y=self.knn_y[rows],
                    gain_x=np.asarray(self.gain_x[e], dtype=np.float64),
                    gain_y=np.asarray(self.gain_y[e], dtype=np.float64),
                )
            )
        object.__setattr__(self, "_experts", tuple(experts))
        object.__setattr__(self, "_quantiles", np.asarray(self.quantiles, dtype=np.float64))

    def expert(self, x: F32) -> int:
        """The expert for a feature row [embedding, hashed, counts * COUNTS_WEIGHT]."""
        return int((self.gate_w @ x + self.gate_b).argmax()) if len(self.gate_w) > 1 else 0

    def raw(self, embedding: F32, hashed: F32, counts: F32) -> float:
        x = np.concatenate([embedding, hashed, counts * COUNTS_WEIGHT])
        e = self.expert(x)
        ex = self._experts[e]
        linear = float(x @ ex.ridge_w) + ex.ridge_b
        share = ex.share
        vote = linear if share >= 1.0 else share * linear + (1.0 - share) * self.knn(embedding, e)
        return float(np.interp(vote, ex.gain_x, ex.gain_y))

    def knn(self, embedding: F32, expert: int) -> float:
        ex = self._experts[expert]
        distance = 1.0 - ex.knn_x @ embedding  # cosine distance, rows are unit vectors
        return knn_vote_one(distance, ex.knn_y, self.k)

    def trained_on(self, prompt: str) -> bool:
        """Whether `prompt` (exactly) was one of the training prompts."""
        h = np.uint64(prompt_hash(prompt))
        i = int(np.searchsorted(self.prompt_hashes, h))
        return i < len(self.prompt_hashes) and self.prompt_hashes[i] == h

    def calibrate(self, raw: float) -> float:
        """Quantile of `raw` among the training prompts, in [0, 1]."""
        return float(np.interp(raw, self._quantiles, _grid(len(self._quantiles))))

    def save(self, path: Path) -> None:
        with path.open("wb") as f:
            self.save_to(f)

    def save_to(self, f: BinaryIO) -> None:
        table = np.array(
            [[r.threshold, r.strong_share, r.quality] for r in self.calibration], dtype=np.float64
        )
        np.savez_compressed(
            f,
            ridge_w=self.ridge_w.astype(np.float32),
            ridge_b=self.ridge_b.astype(np.float64),
            gate_w=self.gate_w.astype(np.float32),
            gate_b=self.gate_b.astype(np.float64),
            ridge_share=self.ridge_share.astype(np.float64),
            knn_x=self.knn_x.astype(np.float16),
            knn_y=self.knn_y.astype(np.int8),
            knn_start=self.knn_start.astype(np.int64),
            k=np.array([self.k]),
            quantiles=self.quantiles.astype(np.float64),
            gain_x=self.gain_x.astype(np.float64),
            gain_y=self.gain_y.astype(np.float64),
            prompt_hashes=self.prompt_hashes.astype(np.uint64),
            calibration=table,
            meta=np.array(json.dumps(self.meta, sort_keys=True)),
        )

    @classmethod
    def load(cls, path: Path | None = None) -> RouterModel:
        source = path or resources.files("hybridgate") / "data" / ARTEFACT
        with source.open("rb") as f, np.load(f) as npz:
            return cls.from_arrays({name: npz[name] for name in npz.files})

    @classmethod
    def from_arrays(cls, z: Mapping[str, npt.NDArray[Any]]) -> RouterModel:
        rows = tuple(CalibrationRow(float(t), float(s), float(q)) for t, s, q in z["calibration"])
        ridge_w = z["ridge_w"].astype(np.float32)
        experts = len(ridge_w)
        if "gate_w" in z:
            gate_w = z["gate_w"].astype(np.float32)
            gate_b = z["gate_b"].astype(np.float32)
            share = z["ridge_share"].astype(np.float32)
        else:  # an artefact from before the gate: nearest centroid, equal votes
            centroids = z["centroids"].astype(np.float32)
            gate_w = np.zeros((experts, ridge_w.shape[1]), dtype=np.float32)
            gate_w[:, : centroids.shape[1]] = centroids
            gate_b = np.zeros(experts, dtype=np.float32)
            share = np.full(experts, 0.5, dtype=np.float32)
        gain_x, gain_y = _gain_map(z, experts)
        return cls(
            ridge_w=ridge_w,
            ridge_b=z["ridge_b"].astype(np.float32),
            gate_w=gate_w,
            gate_b=gate_b,
            ridge_share=share,
            knn_x=z["knn_x"].astype(np.float32),
            knn_y=z["knn_y"].astype(np.float32),
            knn_start=z["knn_start"].astype(np.int64),
            k=int(z["k"][0]),
            quantiles=z["quantiles"].astype(np.float32),
            calibration=rows,
            gain_x=gain_x,
            gain_y=gain_y,
            prompt_hashes=(
                z["prompt_hashes"].astype(np.uint64)
                if "prompt_hashes" in z
                else np.zeros(0, dtype=np.uint64)
            ),
            meta=json.loads(str(z["meta"])),
        )

    def threshold(
        self, *, threshold: float | None, strong_share: float | None, quality_target: float | None
    ) -> float:
        """The score threshold for a config target (at most one is set; default 0.5)."""
        return threshold_for(
            self.calibration,
            threshold=threshold, strong_share=strong_share, quality_target=quality_target,
        )  # fmt: skip


def prompt_hash(prompt: str) -> int:
    """64 bits of BLAKE2b of the prompt (the training set's membership test)."""
    return int.from_bytes(hashlib.blake2b(prompt.encode(), digest_size=8).digest(), "little")


def identity_gain(experts: int) -> tuple[F32, F32]:
    """An expert vote read as the gain itself (artefacts from before the per-expert map)."""
    knots = np.tile(np.array([-1e3, 1e3], dtype=np.float32), (experts, 1))
    return knots, knots.copy()


def _gain_map(z: Mapping[str, npt.NDArray[Any]], experts: int) -> tuple[F32, F32]:
    if "gain_x" not in z:
        return identity_gain(experts)
    return z["gain_x"].astype(np.float32), z["gain_y"].astype(np.float32)


class Router(Protocol):
    """A trained difficulty router: the shipped RouterModel, or one adapted to your
    traffic (features/adapted.py)."""

    @property
    def calibration(self) -> tuple[CalibrationRow, ...]: ...
    @property
    def meta(self) -> dict[str, object]: ...
    def raw(self, embedding: F32, hashed: F32, counts: F32) -> float: ...
    def calibrate(self, raw: float) -> float: ...
    def trained_on(self, prompt: str) -> bool: ...
    def threshold(
        self, *, threshold: float | None, strong_share: float | None, quality_target: float | None
    ) -> float: ...
    def save(self, path: Path) -> None: ...


def load_router(path: Path | None = None) -> Router:
    """The artefact at `path` (either kind), or the shipped one."""
    if path is None:
        return RouterModel.load()
    from .adapted import KIND, AdaptedRouter

    with path.open("rb") as f, np.load(f) as z:
        if "kind" in z.files and str(z["kind"]) == KIND:
            return AdaptedRouter.from_npz(z)
        return RouterModel.from_arrays({name: z[name] for name in z.files})


ADOPTED = Path("router") / ARTEFACT  # under HYBRIDGATE_HOME: what `router train --adopt` wrote


def artefact_path(config: Config, home: Path | None) -> Path | None:
    """Which artefact the gateway loads: router.difficulty.artefact, else the one `router
    train --adopt` wrote under HYBRIDGATE_HOME, else None (the shipped one)."""
    settings = config.router.difficulty
    if settings is not None and settings.artefact:
        return settings.artefact
    adopted = home / ADOPTED if home is not None else None
    return adopted if adopted is not None and adopted.is_file() else None


class DifficultyScorer:
    """The Scorer plugged into FeatureExtractor. Loads lazily on first use (or `load()` at
    start-up); thread-safe afterwards (read-only arrays). `swap()` replaces the router
    while serving: a request already scoring finishes with the one it started with."""

    def __init__(self, model: Router | None = None, featurizer: Featurizer | None = None) -> None:
        self._model = model
        self._featurizer = featurizer
        self._lock = threading.Lock()

    def load(self) -> DifficultyScorer:
        with self._lock:
            if self._model is None:
                self._model = RouterModel.load()
            if self._featurizer is None:
                self._featurizer = Featurizer.load()
        return self

    def swap(self, model: Router) -> None:
        with self._lock:
            self._model = model

    @property
    def model(self) -> Router:
        if self._model is None:
            self.load()
        assert self._model is not None
        return self._model

    def score_text(self, text: str) -> float:
        if self._model is None or self._featurizer is None:
            self.load()
        model, featurizer = self._model, self._featurizer
        assert model is not None and featurizer is not None
        return model.calibrate(model.raw(*featurizer.features(text)))

    def score(self, request: ChatRequest) -> float:
        return self.score_text(prompt_text(request))


def resolve_threshold(config: Config, model: Router) -> Config:
    """router.difficulty with strong_share / quality_target turned into a threshold from
    `model`'s calibration table."""
    settings = config.router.difficulty
    assert settings is not None
    threshold = model.threshold(
        threshold=settings.threshold,
        strong_share=settings.strong_share,
        quality_target=settings.quality_target,
    )
    router = config.router.model_copy(update={"difficulty": settings.resolve(threshold)})
    return config.model_copy(update={"router": router})


def build_difficulty(
    config: Config, home: Path | None = None
) -> tuple[Config, DifficultyScorer | None]:
    """For wiring: when router.difficulty is set, load the scorer now (start-up, not the
    first request) and resolve strong_share / quality_target to a threshold."""
    settings = config.router.difficulty
    if settings is None:
        return config, None
    path = artefact_path(config, home)
    try:
        scorer = DifficultyScorer(model=load_router(path) if path else None).load()
    except (GatewayError, OSError, KeyError, ValueError) as exc:
        message = exc.message if isinstance(exc, GatewayError) else str(exc)
        key = "router.difficulty.artefact" if settings.artefact else "router.difficulty"
        raise ConfigError(f"{key}: the difficulty router cannot load: {message}") from None
    return resolve_threshold(config, scorer.model), scorer


__all__ = [
    "ADOPTED",
    "ARTEFACT",
    "DifficultyScorer",
    "Featurizer",
    "Router",
    "RouterModel",
    "artefact_path",
    "build_difficulty",
    "identity_gain",
    "knn_vote",
    "knn_vote_one",
    "load_router",
    "prompt_hash",
    "prompt_text",
    "resolve_threshold",
]
