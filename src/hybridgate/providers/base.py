"""The Provider protocol and the one mapping from upstream HTTP status to our errors."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Protocol, runtime_checkable

from ..errors import (
    UpstreamError,
    UpstreamRejected,
    UpstreamUnavailable,
)
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest
from ..translate.embeddings import EmbeddingCall, EmbeddingResult


@runtime_checkable
class Provider(Protocol):
    """An upstream that answers chat completions for one configured model.

    Raises only `UpstreamError` subclasses. `stream` yields chunks and, when the upstream
    reports it, a final usage chunk (providers always ask for usage; the executor decides
    what the client sees)."""

    name: str

    async def start(self) -> None: ...

    async def complete(self, request: ChatRequest) -> ChatCompletion: ...

    def stream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]: ...

    async def aclose(self) -> None: ...


def has_content(chunk: ChatCompletionChunk) -> bool:
    """Whether a stream chunk carries part of the answer (text, a tool call, a refusal, a
    finish, or the final usage): before the first such chunk a failed stream can still be
    retried elsewhere without the client noticing."""
    if chunk.usage is not None and not chunk.choices:
        return True
    for choice in chunk.choices:
        delta = choice.delta
        if delta.content or delta.tool_calls or delta.refusal or choice.finish_reason:
            return True
    return False


async def read_head(chunks: AsyncIterator[ChatCompletionChunk]) -> list[ChatCompletionChunk]:
    """The stream's chunks up to its first with content (has_content), that one included;
    `chunks` stays open for the rest."""
    head: list[ChatCompletionChunk] = []
    async for chunk in chunks:
        head.append(chunk)
        if has_content(chunk):
            break
    return head


async def aclose_stream(chunks: AsyncIterator[ChatCompletionChunk]) -> None:
    """Closes a stream that can be closed (an async generator); others are left alone."""
    close = getattr(chunks, "aclose", None)
    if close is not None:
        await close()


_MAX_UPSTREAM_MESSAGE = 500


def error_for_status(
    model: str, status: int, message: str | None, retry_after: float | None = None
) -> UpstreamError:
    """Map an upstream HTTP error to our tree. Credentials problems upstream are the
    operator's, not the client's: they become a 502 without the upstream's text (which
    may quote part of a key)."""
    detail = (message or "").strip()[:_MAX_UPSTREAM_MESSAGE]
    if status in (401, 403):
        return UpstreamError(
            f"{model}: the upstream rejected the gateway's credentials ({status})",
            retryable=False,
            upstream_status=status,
        )
    if status == 429:
        return UpstreamError(
            f"{model}: the upstream is rate limiting (429)",
            retryable=True,
            upstream_status=429,
            retry_after=retry_after,
        )
    if status == 408:
        return UpstreamError(f"{model}: upstream request timeout (408)", upstream_status=408)
    if status == 503:
        return UpstreamUnavailable(
            f"{model}: upstream unavailable (503)", upstream_status=503, retry_after=retry_after
        )
    if status >= 500:
        return UpstreamError(f"{model}: upstream error ({status})", upstream_status=status)
    return UpstreamRejected(
        f"{model}: the upstream rejected the request ({status}): {detail}",
        upstream_status=status,
    )


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None


@runtime_checkable
class EmbeddingProvider(Protocol):
    """An upstream that also (or only) embeds texts; raises only `UpstreamError`s."""

    name: str

    async def embed(self, call: EmbeddingCall) -> EmbeddingResult: ...


@runtime_checkable
class ResponsesNative(Protocol):
    """An upstream with its own Responses API: requests that came to /v1/responses reach
    it over that API (`responses_wire()`), the others over chat completions."""

    def responses_wire(self) -> Provider: ...
