"""Several deployments of one model (`deployments:`) behind one Provider: requests go to
the deployment with the fewest outstanding requests for its weight, a deployment that
fails `ejection.failures` times in a row is left out for `ejection.cooldown` seconds and
then probed by one request (half-open), and a request that fails on one deployment is
sent to its twin before the executor (retry, breaker, fallback) sees a failure. A stream
moves to a twin only before its first content chunk, which is what the client would see.

State is per process, as the in-process breaker's is: each gateway worker learns on its
own that a deployment went away, after `failures` of its own requests (none of them lost
while a twin is up)."""

from __future__ import annotations

import logging
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from ..config import Deployable, Ejection
from ..errors import UpstreamError, UpstreamRejected, UpstreamUnavailable
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest
from ..translate.embeddings import EmbeddingCall, EmbeddingResult
from .base import (
    EmbeddingProvider,
    Provider,
    ResponsesNative,
    aclose_stream,
    read_head,
)

log = logging.getLogger(__name__)

Clock = Callable[[], float]
T = TypeVar("T")
M = TypeVar("M", bound=Deployable)


@dataclass(slots=True)
class Member:
    """One deployment's load and health (shared by its chat and Responses wires)."""

    label: str
    weight: float
    outstanding: int = 0
    failures: int = 0  # in a row
    ejected_until: float | None = None
    probing: bool = False


@dataclass(frozen=True, slots=True)
class Lease:
    """One request's hold on a deployment; `probe`: it is the half-open probe."""

    index: int
    probe: bool = False


def answered(exc: UpstreamError) -> bool:
    """Whether an error still shows the deployment up: it judged the request itself (a
    4xx) or is busy (429). Connection errors, timeouts, 5xx and bad credentials count
    towards ejection."""
    return isinstance(exc, UpstreamRejected) or exc.upstream_status == 429


class Pool:
    """Balancing and passive health over a model's deployments. Runs on the event loop:
    no awaits between a choice and its bookkeeping, so it needs no lock."""

    def __init__(
        self,
        model: str,
        members: Sequence[Member],
        ejection: Ejection,
        *,
        clock: Clock = time.monotonic,
        rng: random.Random | None = None,
    ) -> None:
        self.model = model
        self.members = list(members)
        self.ejection = ejection
        self.clock = clock
        self.rng = rng or random.Random()

    def pick(self, exclude: set[int]) -> Lease | None:
        """A deployment for the next try, or None when none is left: a due probe first (so
        a deployment that came back is found at once), else the least loaded for its weight,
        ties drawn in proportion to weight."""
        now = self.clock()
        ready: list[int] = []
        for i, member in enumerate(self.members):
            if i in exclude:
                continue
            if member.ejected_until is None:
                ready.append(i)
            elif now >= member.ejected_until and not member.probing:
                member.probing = True
                member.outstanding += 1
                log.info("deployment %s: probing after its cool-down", member.label)
                return Lease(i, probe=True)
        if not ready:
            return None
        loads = [self.members[i].outstanding / self.members[i].weight for i in ready]
        low = min(loads)
        tied = [i for i, load in zip(ready, loads, strict=True) if load == low]
        chosen = tied[0]
        if len(tied) > 1:
            chosen = self.rng.choices(tied, weights=[self.members[i].weight for i in tied])[0]
        self.members[chosen].outstanding += 1
        return Lease(chosen)

    def done(self, lease: Lease, ok: bool | None) -> None:
        """Book a finished try: `ok` True (it answered), False (it failed), None (no verdict:
        the caller went away first)."""
        member, now = self.members[lease.index], self.clock()
        member.outstanding -= 1
        if lease.probe:
            member.probing = False
            if ok:
                member.failures, member.ejected_until = 0, None
                log.info("deployment %s: back in service", member.label)
            elif ok is False:
                member.ejected_until = now + self.ejection.cooldown
                log.warning(
                    "deployment %s: probe failed, ejected again for %gs",
                    member.label,
                    self.ejection.cooldown,
                )
            return
        if member.ejected_until is not None or ok is None:
            return  # begun before the ejection (only the probe decides now), or no verdict
        if ok:
            member.failures = 0
            return
        member.failures += 1
        if member.failures >= self.ejection.failures:
            member.failures, member.ejected_until = 0, now + self.ejection.cooldown
            log.warning(
                "deployment %s: ejected for %gs after %d failures in a row",
                member.label,
                self.ejection.cooldown,
                self.ejection.failures,
            )

    def unavailable(self) -> UpstreamUnavailable:
        waits = [m.ejected_until - self.clock() for m in self.members if m.ejected_until]
        soonest = max(0.0, min(waits, default=0.0))
        return UpstreamUnavailable(
            f"{self.model}: every deployment failed or is ejected (next probe in {soonest:.0f}s)"
        )


class DeploymentsProvider:
    """A Provider over one model's deployments (each a provider of the same kind)."""

    def __init__(self, name: str, pool: Pool, providers: Sequence[Provider]) -> None:
        if len(providers) != len(pool.members):
            raise ValueError(f"{name}: one provider per deployment")
        self.name = name
        self.pool = pool
        self.providers = list(providers)

    async def start(self) -> None:
        for provider in self.providers:
            await provider.start()

    async def _call(self, call: Callable[[Provider], Awaitable[T]]) -> T:
        tried: set[int] = set()
        last: UpstreamError | None = None
        while (lease := self.pool.pick(tried)) is not None:
            tried.add(lease.index)
            ok: bool | None = None
            try:
                value = await call(self.providers[lease.index])
                ok = True
                return value
            except UpstreamError as exc:
                ok = answered(exc)
                if isinstance(exc, UpstreamRejected):
                    raise  # the request's own fault: a twin would refuse it too
                last = self._failed(lease, exc)
            finally:
                self.pool.done(lease, ok)
        raise last or self.pool.unavailable()

    def _failed(self, lease: Lease, exc: UpstreamError) -> UpstreamError:
        label = self.pool.members[lease.index].label
        log.warning("deployment %s failed: %s; trying a twin", label, exc.message)
        return exc

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        return await self._call(lambda provider: provider.complete(request))

    async def embed(self, call: EmbeddingCall) -> EmbeddingResult:
        def embed(provider: Provider) -> Awaitable[EmbeddingResult]:
            if not isinstance(provider, EmbeddingProvider):
                raise UpstreamRejected(f"{self.name}: does not embed", upstream_status=400)
            return provider.embed(call)

        return await self._call(embed)

    async def stream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        tried: set[int] = set()
        last: UpstreamError | None = None
        while (lease := self.pool.pick(tried)) is not None:
            tried.add(lease.index)
            chunks = aiter(self.providers[lease.index].stream(request))
            try:
                head = await read_head(chunks)
            except UpstreamError as exc:
                await aclose_stream(chunks)
                self.pool.done(lease, answered(exc))
                if isinstance(exc, UpstreamRejected):
                    raise
                last = self._failed(lease, exc)
                continue
            except BaseException:
                await aclose_stream(chunks)
                self.pool.done(lease, None)
                raise
            # Content is on its way to the client: from here a failure is the stream's.
            ok: bool | None = None
            try:
                for chunk in head:
                    yield chunk
                async for chunk in chunks:
                    yield chunk
                ok = True
            except UpstreamError as exc:
                ok = answered(exc)
                raise
            finally:
                await aclose_stream(chunks)
                self.pool.done(lease, ok)
            return
        raise last or self.pool.unavailable()

    async def aclose(self) -> None:
        for provider in self.providers:
            await provider.aclose()


class ResponsesDeployments(DeploymentsProvider):
    """Deployments whose upstreams also speak the Responses API (`provider: openai`)."""

    def responses_wire(self) -> Provider:
        wires = [p.responses_wire() for p in self.providers if isinstance(p, ResponsesNative)]
        return DeploymentsProvider(self.name, self.pool, wires)  # same load and health


def build_deployments(
    config: M,
    make: Callable[[M], Provider],
    *,
    clock: Clock = time.monotonic,
    rng: random.Random | None = None,
) -> DeploymentsProvider:
    """One provider per deployment (`make` on a copy of the model's config with that
    deployment's base_url, and its api_key / timeout where set), behind one pool."""
    if not config.deployments:
        raise ValueError(f"{config.name}: no deployments")
    providers: list[Provider] = []
    members: list[Member] = []
    for i, deployment in enumerate(config.deployments):
        update: dict[str, object] = {
            "base_url": deployment.base_url,
            "deployments": None,
            "model": config.upstream_model,
        }
        if deployment.api_key is not None:
            update["api_key"] = deployment.api_key
        if deployment.timeout is not None:
            update["timeout"] = deployment.timeout
        providers.append(make(config.model_copy(update=update)))
        members.append(Member(f"{config.name}[{i}] {deployment.base_url}", deployment.weight))
    pool = Pool(config.name, members, config.ejection, clock=clock, rng=rng)
    native = all(isinstance(p, ResponsesNative) for p in providers)
    kind = ResponsesDeployments if native else DeploymentsProvider
    return kind(config.name, pool, providers)
