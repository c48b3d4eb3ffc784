"""Relays an opened stream to the client as SSE: restores transformed text, keeps or
strips the usage chunk as the client asked, and ends a failed stream with an error event,
never a fake [DONE]."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

import anyio
import orjson

from ..errors import GatewayError, UpstreamError
from ..features.tokens import count_text
from ..schemas import ChatCompletionChunk, CompletionUsage
from ..usage import Usage
from .executor import StreamHandle

DONE = b"data: [DONE]\n\n"


def sse(payload: bytes) -> bytes:
    return b"data: " + payload + b"\n\n"


def error_event(error: GatewayError) -> bytes:
    return sse(orjson.dumps(error.to_body()))


@dataclass(slots=True)
class StreamTally:
    """What the stream carried, for the ledger once it ends."""

    prompt_tokens_estimate: int
    usage: Usage | None = None
    text: list[str] = field(default_factory=list)
    status: int = 200
    error_code: str | None = None
    finished_at: float = 0.0

    def final_usage(self) -> tuple[Usage, bool]:
        """Usage from the provider, or an offline count (estimated=True)."""
        if self.usage is not None:
            return self.usage, False
        completion = count_text("".join(self.text))
        return Usage(prompt_tokens=self.prompt_tokens_estimate, completion_tokens=completion), True

    def seen(self, chunk: ChatCompletionChunk) -> ChatCompletionChunk:
        """Keeps the chunk's text (for the offline count); returns the chunk."""
        for choice in chunk.choices:
            if choice.delta.content:
                self.text.append(choice.delta.content)
        return chunk


async def _chunks(handle: StreamHandle) -> AsyncIterator[ChatCompletionChunk]:
    """The buffered head, then the rest."""
    for chunk in handle.head:
        yield chunk
    async for chunk in handle.rest:
        yield chunk


async def relay(
    handle: StreamHandle,
    *,
    include_usage: bool,
    tally: StreamTally,
    on_finish: Callable[[StreamTally], None],
) -> AsyncIterator[bytes]:
    usage_chunk: ChatCompletionChunk | None = None
    last: ChatCompletionChunk | None = None

    def emit(chunk: ChatCompletionChunk) -> bytes:
        return sse(tally.seen(chunk).model_dump_json(exclude_unset=True).encode())

    try:
        async for chunk in _chunks(handle):
            last = chunk
            if chunk.usage is not None:
                tally.usage = Usage.from_openai(chunk.usage)
                if not chunk.choices:
                    usage_chunk = chunk
                    continue
                if not include_usage:
                    chunk = chunk.model_copy(update={"usage": None})
            yield emit(handle.restorer.chunk(chunk))
        tail = handle.restorer.flush()
        if tail is not None:
            yield emit(tail)
        if include_usage:
            if usage_chunk is None and last is not None:
                usage, _ = tally.final_usage()
                usage_chunk = last.model_copy(
                    update={
                        "choices": [],
                        "usage": CompletionUsage(
                            prompt_tokens=usage.prompt_tokens,
                            completion_tokens=usage.completion_tokens,
                            total_tokens=usage.total_tokens,
                        ),
                    }
                )
            if usage_chunk is not None:
                yield sse(usage_chunk.model_dump_json(exclude_unset=True).encode())
        yield DONE
    except UpstreamError as exc:
        # Content already went out: the client must see a failure, not a short answer.
        tally.status, tally.error_code = exc.http_status(), exc.code
        yield error_event(exc)
    except asyncio.CancelledError:
        tally.status, tally.error_code = 499, "client_disconnected"
        raise
    finally:
        await _finish(handle, tally, on_finish)


async def _finish(
    handle: StreamHandle, tally: StreamTally, on_finish: Callable[[StreamTally], None]
) -> None:
    """A relayed stream ended (well, broken or cancelled): time it, release the upstream now
    (the embedded model serves a stream per slot), report."""
    tally.finished_at = time.perf_counter()
    close = getattr(handle.rest, "aclose", None)
    if close is not None:
        with anyio.CancelScope(shield=True):
            await close()
    on_finish(tally)


class StreamEncoder(Protocol):
    """Renders a relayed chat stream in another wire API (Responses, Anthropic Messages).
    `chunk` sees restored chunks without usage; `finish` runs once the stream ended well
    (usage known), `fail` once it broke after content went out."""

    def start(self) -> Iterable[bytes]: ...

    def chunk(self, chunk: ChatCompletionChunk) -> Iterable[bytes]: ...

    def finish(self, usage: Usage) -> Iterable[bytes]: ...

    def fail(self, error: GatewayError) -> Iterable[bytes]: ...


async def relay_encoded(
    handle: StreamHandle,
    encoder: StreamEncoder,
    *,
    tally: StreamTally,
    on_finish: Callable[[StreamTally], None],
) -> AsyncIterator[bytes]:
    """`relay` for the other wire APIs: the same restoration, tally and error handling,
    the events written by `encoder`."""

    try:
        for event in encoder.start():
            yield event
        async for chunk in _chunks(handle):
            if chunk.usage is not None:
                tally.usage = Usage.from_openai(chunk.usage)
                if not chunk.choices:
                    continue
            for event in encoder.chunk(tally.seen(handle.restorer.chunk(chunk))):
                yield event
        tail = handle.restorer.flush()
        if tail is not None:
            for event in encoder.chunk(tally.seen(tail)):
                yield event
        for event in encoder.finish(tally.final_usage()[0]):
            yield event
    except UpstreamError as exc:
        tally.status, tally.error_code = exc.http_status(), exc.code
        for event in encoder.fail(exc):
            yield event
    except asyncio.CancelledError:
        tally.status, tally.error_code = 499, "client_disconnected"
        raise
    finally:
        await _finish(handle, tally, on_finish)
