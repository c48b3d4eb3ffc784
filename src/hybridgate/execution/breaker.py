"""Per-model circuit breakers. A model whose failures within `window` seconds reach
`failures` and make up `failure_rate` of its calls there (a rate: a busy model with a few
errors stays in use) is skipped for `cooldown` seconds; then one probe request is let
through (half-open) and its outcome closes or re-opens the circuit. In-process, or shared
by every worker in Redis."""

from __future__ import annotations

import logging
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Protocol

from ..config import BreakerConfig, Config

if TYPE_CHECKING:
    from redis.asyncio import Redis

log = logging.getLogger(__name__)

Clock = Callable[[], float]


class CircuitState(IntEnum):
    """A model's circuit, as the breaker-state gauge reports it."""

    CLOSED = 0
    HALF_OPEN = 1  # the cooldown is over: a probe request decides
    OPEN = 2


class Breaker(Protocol):
    async def allow(self, model: str) -> bool:
        """May `model` be tried now? (In half-open state: True for one probe at a time.)"""
        ...

    async def record(self, model: str, ok: bool) -> None: ...

    async def state(self, model: str) -> CircuitState:
        """The circuit now, without side effects (no probe is taken)."""
        ...

    async def aclose(self) -> None: ...


class NoBreaker:
    async def allow(self, model: str) -> bool:
        return True

    async def state(self, model: str) -> CircuitState:
        return CircuitState.CLOSED

    async def record(self, model: str, ok: bool) -> None:
        return None

    async def aclose(self) -> None:
        return None


@dataclass(slots=True)
class _Circuit:
    calls: deque[tuple[float, bool]] = field(default_factory=deque)  # (time, ok)
    failures: int = 0
    open_until: float | None = None
    probe_started: float | None = None


def _trips(config: BreakerConfig, failures: int, calls: int) -> bool:
    return failures >= config.failures and failures >= config.failure_rate * calls


class LocalBreaker:
    """State in this process: right for one worker, or as a per-worker approximation."""

    def __init__(self, config: BreakerConfig, clock: Clock = time.monotonic) -> None:
        self.config = config
        self.clock = clock
        self._circuits: dict[str, _Circuit] = {}
        # Told of every transition (the metrics gauge: each worker writes its own state).
        self.on_change: Callable[[str, CircuitState], None] | None = None

    def _changed(self, model: str, state: CircuitState) -> None:
        if self.on_change is not None:
            self.on_change(model, state)

    async def state(self, model: str) -> CircuitState:
        circuit = self._circuits.get(model)
        if circuit is None or circuit.open_until is None:
            return CircuitState.CLOSED
        return CircuitState.OPEN if self.clock() < circuit.open_until else CircuitState.HALF_OPEN

    def _circuit(self, model: str) -> _Circuit:
        return self._circuits.setdefault(model, _Circuit())

    async def allow(self, model: str) -> bool:
        circuit, now = self._circuit(model), self.clock()
        if circuit.open_until is None:
            return True
        if now < circuit.open_until:
            return False
        # Half-open: one probe at a time; a probe that never reported expires after a cooldown.
        if circuit.probe_started is not None and now - circuit.probe_started < self.config.cooldown:
            return False
        circuit.probe_started = now
        self._changed(model, CircuitState.HALF_OPEN)
        return True

    async def record(self, model: str, ok: bool) -> None:
        circuit, now = self._circuit(model), self.clock()
        if circuit.open_until is not None:
            # Only the half-open probe's outcome counts; calls begun before it opened do not.
            if now < circuit.open_until:
                return
            if ok:
                log.info("breaker %s closed", model)
                self._circuits[model] = _Circuit()
                self._changed(model, CircuitState.CLOSED)
            else:  # the probe failed
                circuit.open_until, circuit.probe_started = now + self.config.cooldown, None
                log.warning("breaker %s re-opened for %.0fs", model, self.config.cooldown)
                self._changed(model, CircuitState.OPEN)
            return
        circuit.calls.append((now, ok))
        circuit.failures += not ok
        while circuit.calls and circuit.calls[0][0] <= now - self.config.window:
            _, old_ok = circuit.calls.popleft()
            circuit.failures -= not old_ok
        if _trips(self.config, circuit.failures, len(circuit.calls)):
            self._circuits[model] = _Circuit(open_until=now + self.config.cooldown)
            log.warning("breaker %s opened for %.0fs", model, self.config.cooldown)
            self._changed(model, CircuitState.OPEN)

    async def aclose(self) -> None:
        return None


class RedisBreaker:
    """The same state machine in Redis, shared by every gateway worker. If Redis is
    unreachable the breaker stays out of the way (allows), so it never fails a request."""

    def __init__(
        self,
        redis: Redis,
        config: BreakerConfig,
        *,
        prefix: str = "hybridgate:breaker",
        clock: Clock = time.time,
    ) -> None:
        self.redis = redis
        self.config = config
        self.prefix = prefix
        self.clock = clock
        self._warned = False

    def _key(self, model: str, part: str) -> str:
        return f"{self.prefix}:{model}:{part}"

    def _unavailable(self, exc: Exception) -> None:
        if not self._warned:
            log.warning("breaker store unavailable (%s); breakers disabled", type(exc).__name__)
            self._warned = True

    async def allow(self, model: str) -> bool:
        from redis.exceptions import RedisError

        try:
            until = await self.redis.get(self._key(model, "open"))
            if until is None or self.clock() < float(until):
                return until is None
            ttl_ms = max(1, int(self.config.cooldown * 1000))
            acquired = await self.redis.set(self._key(model, "probe"), "1", nx=True, px=ttl_ms)
            return bool(acquired)
        except (RedisError, OSError) as exc:
            self._unavailable(exc)
            return True

    async def state(self, model: str) -> CircuitState:
        """Read from Redis (the state every worker shares); closed if Redis is away,
        as `allow` then lets every call through."""
        from redis.exceptions import RedisError

        try:
            until = await self.redis.get(self._key(model, "open"))
        except (RedisError, OSError) as exc:
            self._unavailable(exc)
            return CircuitState.CLOSED
        if until is None:
            return CircuitState.CLOSED
        return CircuitState.OPEN if self.clock() < float(until) else CircuitState.HALF_OPEN

    async def record(self, model: str, ok: bool) -> None:
        from redis.exceptions import RedisError

        now = self.clock()
        open_key, probe_key, fails_key, calls_key = (
            self._key(model, "open"),
            self._key(model, "probe"),
            self._key(model, "fails"),
            self._key(model, "calls"),
        )
        keep_s = int(self.config.cooldown + self.config.window) + 60
        try:
            until = await self.redis.get(open_key)
            if until is not None:
                if now < float(until):
                    return  # only the half-open probe's outcome counts
                if ok:
                    await self.redis.delete(open_key, probe_key, fails_key, calls_key)
                    log.info("breaker %s closed", model)
                else:
                    await self.redis.set(open_key, str(now + self.config.cooldown), ex=keep_s)
                    await self.redis.delete(probe_key)
                    log.warning("breaker %s re-opened", model)
                return
            member, horizon, ttl = uuid.uuid4().hex, now - self.config.window, keep_s
            async with self.redis.pipeline(transaction=True) as pipe:
                pipe.zadd(calls_key, {member: now})
                if not ok:
                    pipe.zadd(fails_key, {member: now})
                for key in (calls_key, fails_key):
                    pipe.zremrangebyscore(key, "-inf", horizon)
                    pipe.expire(key, ttl)
                pipe.zcard(fails_key)
                pipe.zcard(calls_key)
                results = await pipe.execute()
            failures, calls = int(results[-2]), int(results[-1])
            if not ok and _trips(self.config, failures, calls):
                # NX: when several workers cross the threshold at once, the first one wins.
                opened = await self.redis.set(
                    open_key, str(now + self.config.cooldown), ex=keep_s, nx=True
                )
                await self.redis.delete(fails_key, calls_key)
                if opened:
                    log.warning("breaker %s opened for %.0fs", model, self.config.cooldown)
        except (RedisError, OSError) as exc:
            self._unavailable(exc)

    async def aclose(self) -> None:
        await self.redis.aclose()


def build_breaker(config: Config) -> Breaker:
    settings = config.router.breaker
    if not settings.enabled:
        return NoBreaker()
    if config.redis_url is None:
        return LocalBreaker(settings)
    from redis.asyncio import Redis

    client = Redis.from_url(
        config.redis_url.get_secret_value(), socket_timeout=0.5, socket_connect_timeout=0.5
    )
    return RedisBreaker(client, settings)
