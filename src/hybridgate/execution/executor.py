"""The executor: calls the decided model, falls back along the decision's chain before
any content reached the client, and applies request transforms to hosted attempts."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field

from ..config import Config
from ..errors import GatewayError, UpstreamError, UpstreamRejected, UpstreamUnavailable
from ..features import Features
from ..providers import Provider
from ..routing import Reason, RouteDecision
from ..routing.decision import Transform
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest
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
    tried: list[str] = field(default_factory=list)
    last_error: UpstreamError | None = None


@dataclass(frozen=True, slots=True)
class Outcome:
    completion: ChatCompletion
    model: str
    reason: Reason
    attempts: tuple[str, ...]


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


def _has_content(chunk: ChatCompletionChunk) -> bool:
    if chunk.usage is not None and not chunk.choices:
        return True
    for choice in chunk.choices:
        delta = choice.delta
        if delta.content or delta.tool_calls or delta.refusal or choice.finish_reason:
            return True
    return False


class Executor:
    def __init__(
        self,
        config: Config,
        providers: Mapping[str, Provider],
        transforms: Mapping[Transform, RequestTransform] | None = None,
    ) -> None:
        self.config = config
        self.providers = providers
        self.transforms = dict(transforms or {})

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

    async def complete(self, ctx: CallContext) -> Outcome:
        attempts = Attempts()
        for model in self._targets(ctx.decision):
            attempts.tried.append(model)
            request, restorer = self._prepare(ctx, model)
            try:
                completion = await self.providers[model].complete(request)
            except UpstreamRejected:
                raise
            except UpstreamError as exc:
                log.warning("request %s: %s failed: %s", ctx.request_id, model, exc.message)
                attempts.last_error = exc
                continue
            return Outcome(
                completion=restorer.completion(completion),
                model=model,
                reason=self._reason(ctx, model),
                attempts=tuple(attempts.tried),
            )
        raise self._give_up(ctx, attempts)

    async def stream(self, ctx: CallContext) -> StreamHandle:
        """Open a stream, trying fallbacks until one yields content: a failure before the
        first content token is invisible to the client."""
        attempts = Attempts()
        started = time.perf_counter()
        for model in self._targets(ctx.decision):
            attempts.tried.append(model)
            request, restorer = self._prepare(ctx, model)
            chunks = aiter(self.providers[model].stream(request))
            head: list[ChatCompletionChunk] = []
            try:
                async for chunk in chunks:
                    head.append(chunk)
                    if _has_content(chunk):
                        break
            except UpstreamRejected:
                raise
            except UpstreamError as exc:
                log.warning("request %s: %s stream failed: %s", ctx.request_id, model, exc.message)
                attempts.last_error = exc
                await _aclose(chunks)
                continue
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

    async def aclose(self) -> None:
        for provider in self.providers.values():
            await provider.aclose()


async def _aclose(chunks: AsyncIterator[ChatCompletionChunk]) -> None:
    close = getattr(chunks, "aclose", None)
    if close is not None:
        await close()


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
