"""Fault injection for failure-recovery runs: a Provider wrapper that fails a seeded share
of calls before any content, so the gateway's retry and fallback can be measured."""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import AsyncIterator, MutableMapping

from ..errors import UpstreamError, UpstreamTimeout, UpstreamUnavailable
from ..providers import Provider
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest

_KINDS = ("unavailable", "timeout", "rate_limited")


class FaultLog:
    """Counts injected faults per request key (the request's `user` field)."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.attempts: Counter[tuple[str, str]] = Counter()

    def injected(self, key: str) -> int:
        return self.counts[key]


class FaultyProvider:
    """Fails `rate` of calls, chosen by a hash of (seed, provider, request key, attempt):
    transient faults a retry may clear, reproducible whatever the concurrency (the
    attempts of one request at one provider are sequential)."""

    def __init__(self, inner: Provider, rate: float, seed: int, log: FaultLog) -> None:
        self.name = inner.name
        self._inner = inner
        self._rate = rate
        self._seed = seed
        self._log = log

    def _fault(self, request: ChatRequest) -> UpstreamError | None:
        key = request.user or ""
        attempt = self._log.attempts[(self.name, key)]
        self._log.attempts[(self.name, key)] += 1
        digest = hashlib.sha256(f"{self._seed}:{self.name}:{key}:{attempt}".encode()).digest()
        if int.from_bytes(digest[:4], "big") / 2**32 >= self._rate:
            return None
        self._log.counts[key] += 1
        kind = _KINDS[digest[4] % len(_KINDS)]
        if kind == "timeout":
            return UpstreamTimeout(f"{self.name}: injected timeout")
        if kind == "rate_limited":
            return UpstreamError(f"{self.name}: injected 429", upstream_status=429)
        return UpstreamUnavailable(f"{self.name}: injected 503", upstream_status=503)

    async def start(self) -> None:
        await self._inner.start()

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        fault = self._fault(request)
        if fault is not None:
            raise fault
        return await self._inner.complete(request)

    async def stream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        fault = self._fault(request)
        if fault is not None:
            raise fault
        async for chunk in self._inner.stream(request):
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def inject(providers: MutableMapping[str, Provider], rate: float, seed: int) -> FaultLog:
    """Wrap every provider in place (the gateway's executor shares this mapping)."""
    log = FaultLog()
    for name, provider in list(providers.items()):
        providers[name] = FaultyProvider(provider, rate, seed, log)
    return log
