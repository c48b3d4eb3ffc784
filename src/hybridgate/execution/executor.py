"""The executor: calls the decided model (retrying retryable errors with backoff, skipping
models whose circuit is open), falls back along the decision's chain before any content
reached the client, applies request transforms to hosted attempts, and optionally re-asks
a fallback when the answer is a refusal."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import count
from typing import Generic, TypeVar

import anyio

from ..config import Config
from ..errors import GatewayError, UpstreamError, UpstreamRejected, UpstreamUnavailable
from ..features import Features
from ..observability import spans
from ..providers import Provider
from ..providers.base import aclose_stream, read_head
from ..routing import Reason, RouteDecision
from ..routing.decision import Transform
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest
from .breaker import Breaker, build_breaker
from .refusal import HEAD_CHARS, chunks_refused, completion_refused, may_reroute
from .retry import RetryPolicy
from .transforms import IDENTITY, RequestTransform, Restorer

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class CallContext:
    request_id: str
    request: ChatRequest
    features: Features
    decision: RouteDecision


@dataclass(slots=True)
class Attempts:
    tried: list[str] = field(default_factory=list)  # one entry per attempt, retries included
    last_error: UpstreamError | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    completion: ChatCompletion
    model: str
    reason: Reason
    attempts: tuple[str, ...]
    refused_by: tuple[str, ...] = ()  # models whose refusal was re-asked elsewhere


@dataclass(slots=True)
class StreamHandle:
    """A stream that produced its first content: `head` is buffered, `rest` continues."""

    model: str
    reason: Reason
    attempts: tuple[str, ...]
    head: list[ChatCompletionChunk]
    rest: AsyncIterator[ChatCompletionChunk]
    restorer: Restorer
    ttft_s: float


Sleep = Callable[[float], Awaitable[None]]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Ran(Generic[T]):
    """The result of `Executor.run`: what the call returned and who answered."""

    value: T
    model: str
    reason: Reason
    attempts: tuple[str, ...]


class Executor:
    def __init__(
        self,
        config: Config,
        providers: Mapping[str, Provider],
        transforms: Mapping[Transform, RequestTransform] | None = None,
        *,
        retry: RetryPolicy | None = None,
        breaker: Breaker | None = None,
        sleep: Sleep = anyio.sleep,
    ) -> None:
        self.config = config
        self.providers = providers
        self.transforms = dict(transforms or {})
        self.retry = retry or RetryPolicy.from_config(config.router.retry)
        self.breaker = breaker if breaker is not None else build_breaker(config)
        self.sleep = sleep

    def _targets(self, decision: RouteDecision) -> list[str]:
        return [decision.model, *decision.fallbacks]

    def _prepare(self, ctx: CallContext, model: str) -> tuple[ChatRequest, Restorer]:
        spec = self.config.model(model)
        if spec is None or not spec.hosted or not ctx.decision.transforms:
            return ctx.request, IDENTITY
        request, restorers = ctx.request, []
        for name in ctx.decision.transforms:
            transform = self.transforms.get(name)
            if transform is None:
                # Never send untransformed sensitive data out because a plug-in is missing.
                raise UpstreamUnavailable(f"the {name} transform is not available on this gateway")
            request, restorer = transform.apply(request, ctx.features)
            restorers.append(restorer)
        return request, restorers[0] if len(restorers) == 1 else _Chain(restorers)

    def _reason(self, ctx: CallContext, model: str) -> Reason:
        return ctx.decision.reason if model == ctx.decision.model else Reason.FALLBACK

    def _give_up(self, ctx: CallContext, attempts: Attempts) -> GatewayError:
        error = attempts.last_error or UpstreamUnavailable("no model could be tried")
        if len(attempts.tried) > 1:
            log.warning(
                "request %s failed on every model: %s", ctx.request_id, ", ".join(attempts.tried)
            )
        return error

    async def _admit(self, request_id: str, model: str, attempts: Attempts) -> bool:
        if await self.breaker.allow(model):
            return True
        log.warning("request %s: %s skipped, circuit open", request_id, model)
        if attempts.last_error is None:
            attempts.last_error = UpstreamUnavailable(f"{model}: temporarily unavailable")
        return False

    async def _failed(
        self, request_id: str, model: str, attempt: int, exc: UpstreamError, attempts: Attempts
    ) -> bool:
        """Count the failure; wait and return True when the same model is worth retrying."""
        log.warning("request %s: %s attempt %d failed: %s", request_id, model, attempt, exc.message)
        attempts.last_error = exc
        await self.breaker.record(model, False)
        delay = self.retry.delay(attempt, exc)
        if delay is None:
            return False
        await self.sleep(delay)
        return await self.breaker.allow(model)

    async def _retried(
        self,
        request_id: str,
        model: str,
        attempts: Attempts,
        call: Callable[[], Awaitable[T]],
        *,
        operation: str = "chat",
        stream: bool = False,
    ) -> T | None:
        """One model's answer (`call()` makes each attempt), retrying what is worth it;
        None once it gave up. Completions, streams up to their first content and other
        upstream calls (embeddings) all go through here."""
        for attempt in count(1):
            attempts.tried.append(model)
            try:
                value = await spans.attempt(
                    call(), model, attempt, operation=operation, stream=stream
                )
            except UpstreamRejected:
                await self.breaker.record(model, True)  # it answered: it is up
                raise
            except UpstreamError as exc:
                if await self._failed(request_id, model, attempt, exc, attempts):
                    continue
                return None
            await self.breaker.record(model, True)
            return value
        raise AssertionError("unreachable")  # count() never ends

    async def _completed(
        self, request_id: str, model: str, request: ChatRequest, attempts: Attempts
    ) -> ChatCompletion | None:
        provider = self.providers[model]
        return await self._retried(request_id, model, attempts, lambda: provider.complete(request))

    async def _complete_along(
        self, ctx: CallContext, targets: Sequence[str], attempts: Attempts
    ) -> Outcome:
        for model in targets:
            if not await self._admit(ctx.request_id, model, attempts):
                continue
            request, restorer = self._prepare(ctx, model)
            completion = await spans.fallback(
                self._completed(ctx.request_id, model, request, attempts),
                model,
                ctx.decision.model,
            )
            if completion is not None:
                return Outcome(
                    completion=restorer.completion(completion),
                    model=model,
                    reason=self._reason(ctx, model),
                    attempts=tuple(attempts.tried),
                )
        raise self._give_up(ctx, attempts)

    async def call(self, request_id: str, model: str, request: ChatRequest) -> ChatCompletion:
        """One model, no fallback, no transforms (evaluation calls): retries and the circuit
        breaker apply as they do to the client's own calls."""
        attempts = Attempts()
        if await self._admit(request_id, model, attempts):
            completion = await self._completed(request_id, model, request, attempts)
            if completion is not None:
                return completion
        raise attempts.last_error or UpstreamUnavailable(f"{model}: could not be tried")

    async def run(self, ctx: CallContext, call: Callable[[str], Awaitable[T]]) -> Ran[T]:
        """Any other upstream call (embeddings) along the decision's chain: retries, the
        circuit breaker and fallbacks as for completions; no transforms, so a decision
        that needs one never reaches a hosted model here."""
        attempts = Attempts()
        for model in self._targets(ctx.decision):
            spec = self.config.model(model)
            if ctx.decision.transforms and (spec is None or spec.hosted):
                continue  # never send what needed redaction out unredacted
            if not await self._admit(ctx.request_id, model, attempts):
                continue
            value = await self._retried(
                ctx.request_id, model, attempts, partial(call, model), operation="embeddings"
            )
            if value is not None:
                return Ran(value, model, self._reason(ctx, model), tuple(attempts.tried))
        raise self._give_up(ctx, attempts)

    async def complete(self, ctx: CallContext) -> Outcome:
        attempts = Attempts()
        outcome = await self._complete_along(ctx, self._targets(ctx.decision), attempts)
        if (
            self.config.router.on_refusal != "reroute"
            or not may_reroute(ctx.features)
            or not completion_refused(outcome.completion)
        ):
            return outcome
        # Only the decision's own fallbacks: seal() limited them to privacy-safe candidates.
        rest = [m for m in self._targets(ctx.decision) if m not in attempts.tried]
        if not rest:
            return outcome
        log.info("request %s: %s refused; re-asking %s", ctx.request_id, outcome.model, rest[0])
        try:
            second = await self._complete_along(ctx, rest, attempts)
        except GatewayError:
            return outcome  # the refusal is still an answer
        if completion_refused(second.completion):
            return outcome
        return replace(second, reason=Reason.FALLBACK, refused_by=(outcome.model,))

    async def _open(
        self, ctx: CallContext, model: str, request: ChatRequest
    ) -> tuple[list[ChatCompletionChunk], AsyncIterator[ChatCompletionChunk]]:
        chunks = aiter(self.providers[model].stream(request))
        try:
            head = await read_head(chunks)
        except BaseException:
            await aclose_stream(chunks)
            raise
        return head, chunks

    async def _opened(
        self, ctx: CallContext, model: str, request: ChatRequest, attempts: Attempts
    ) -> tuple[list[ChatCompletionChunk], AsyncIterator[ChatCompletionChunk]] | None:
        """One model's stream up to its first content, retrying what is worth it; None
        once it gave up."""
        return await self._retried(
            ctx.request_id, model, attempts, lambda: self._open(ctx, model, request), stream=True
        )

    async def _stream_along(
        self, ctx: CallContext, targets: Sequence[str], attempts: Attempts, started: float
    ) -> StreamHandle:
        for model in targets:
            if not await self._admit(ctx.request_id, model, attempts):
                continue
            request, restorer = self._prepare(ctx, model)
            opened = await spans.fallback(
                self._opened(ctx, model, request, attempts), model, ctx.decision.model
            )
            if opened is not None:
                head, chunks = opened
                return StreamHandle(
                    model=model,
                    reason=self._reason(ctx, model),
                    attempts=tuple(attempts.tried),
                    head=head,
                    rest=chunks,
                    restorer=restorer,
                    ttft_s=time.perf_counter() - started,
                )
        raise self._give_up(ctx, attempts)

    async def stream(self, ctx: CallContext) -> StreamHandle:
        """Open a stream, retrying and trying fallbacks until one yields content: a failure
        before the first content token is invisible to the client. With `on_refusal:
        reroute` the opening of the answer is held back until it shows whether the model
        declined, so a refusal can be re-asked before anything reached the client."""
        attempts = Attempts()
        started = time.perf_counter()
        targets = self._targets(ctx.decision)
        handle = await self._stream_along(ctx, targets, attempts, started)
        if self.config.router.on_refusal != "reroute" or not may_reroute(ctx.features):
            return handle
        await _read_opening(handle)
        if not chunks_refused(handle.head):
            return handle
        # Only the decision's own fallbacks: seal() limited them to privacy-safe candidates.
        rest = [m for m in targets if m not in attempts.tried]
        if not rest:
            return handle
        log.info("request %s: %s refused; re-asking %s", ctx.request_id, handle.model, rest[0])
        try:
            second = await self._stream_along(ctx, rest, attempts, started)
        except GatewayError:
            return handle  # the refusal is still an answer
        await _read_opening(second)
        if chunks_refused(second.head):
            await aclose_stream(second.rest)
            return handle
        await aclose_stream(handle.rest)
        return replace(second, reason=Reason.FALLBACK)

    async def aclose(self) -> None:
        for provider in self.providers.values():
            await provider.aclose()
        await self.breaker.aclose()


async def _read_opening(handle: StreamHandle) -> None:
    """Move chunks from `rest` to `head` until the opening shows whether the answer is a
    refusal: HEAD_CHARS of text, a tool call, a finish, or the end of the stream."""
    chars = sum(len(c.delta.content or "") for chunk in handle.head for c in chunk.choices)
    try:
        while chars < HEAD_CHARS:
            if any(c.finish_reason or c.delta.tool_calls for ch in handle.head for c in ch.choices):
                return
            chunk = await anext(handle.rest)
            handle.head.append(chunk)
            chars += sum(len(c.delta.content or "") for c in chunk.choices)
    except StopAsyncIteration:
        return
    except UpstreamError as exc:
        handle.rest = _failing(exc)  # relayed after the head, as a cut stream is


async def _failing(error: UpstreamError) -> AsyncIterator[ChatCompletionChunk]:
    raise error
    yield  # an async generator


class _Chain:
    """Several restorers, undone in reverse order of application."""

    def __init__(self, restorers: list[Restorer]) -> None:
        self._restorers = list(reversed(restorers))

    def completion(self, completion: ChatCompletion) -> ChatCompletion:
        for restorer in self._restorers:
            completion = restorer.completion(completion)
        return completion

    def chunk(self, chunk: ChatCompletionChunk) -> ChatCompletionChunk:
        for restorer in self._restorers:
            chunk = restorer.chunk(chunk)
        return chunk

    def flush(self) -> ChatCompletionChunk | None:
        for restorer in self._restorers:
            tail = restorer.flush()
            if tail is not None:
                return tail
        return None
