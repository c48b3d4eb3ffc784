"""Provider for the bundled embedding model: all-MiniLM-L6-v2 in process (numpy), the
zero-config answer to `POST /v1/embeddings`. It serves embeddings only."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from functools import cache

import anyio
import anyio.to_thread

from ..config import EmbeddedModel
from ..errors import GatewayError, UpstreamRejected, UpstreamUnavailable
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest
from ..translate.embeddings import EmbeddingCall, EmbeddingResult

# The same weights serve the router (features/embedding.py) and embeddings.
from .minilm import DIM, MiniLM

_LOCK = threading.Lock()


@cache
def _model(max_tokens: int) -> MiniLM:
    """One loaded copy per process and length (weights are read-only, so shared)."""
    return MiniLM.load(max_tokens=max_tokens)


def _load(max_tokens: int) -> MiniLM:
    with _LOCK:  # two first requests at once load the weights once
        return _model(max_tokens)


class EmbeddedProvider:
    def __init__(self, config: EmbeddedModel) -> None:
        self.name = config.name
        self._max_tokens = config.max_tokens
        self._limiter: anyio.CapacityLimiter | None = None

    async def start(self) -> None:
        return None  # the weights load on the first embedding request (~0.3 s)

    def _run(self, texts: tuple[str, ...]) -> tuple[tuple[tuple[float, ...], ...], int]:
        model = _load(self._max_tokens)
        vectors = model.embed_many(list(texts))
        tokens = sum(model.tokens(text) for text in texts)
        return tuple(tuple(float(x) for x in row) for row in vectors.tolist()), tokens

    async def embed(self, call: EmbeddingCall) -> EmbeddingResult:
        if call.dimensions is not None and call.dimensions != DIM:
            raise UpstreamRejected(
                f"{self.name} returns {DIM}-dimensional vectors; 'dimensions' "
                f"{call.dimensions} is not supported (omit it or send {DIM})",
                upstream_status=400,
                param="dimensions",
            )
        if self._limiter is None:
            self._limiter = anyio.CapacityLimiter(1)  # CPU-bound: one batch at a time
        try:
            vectors, tokens = await anyio.to_thread.run_sync(
                self._run, call.texts, limiter=self._limiter
            )
        except GatewayError as exc:  # the weights are not installed
            raise UpstreamUnavailable(f"{self.name}: {exc.message}", retryable=False) from exc
        return EmbeddingResult(vectors=vectors, prompt_tokens=tokens, model=self.name)

    def _refuse(self) -> UpstreamRejected:
        return UpstreamRejected(
            f"{self.name} is an embedding model: use POST /v1/embeddings", upstream_status=400
        )

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        raise self._refuse()

    async def stream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        raise self._refuse()
        yield  # an async generator

    async def aclose(self) -> None:
        return None
