"""Per-key rate limits: requests/minute and tokens/minute as token buckets.

A bucket holds up to `limit` units and refills at `limit / 60` per second, so a key may
burst its whole minute's allowance and then runs at the steady rate. Prompt tokens are
taken at admission (estimated); completion tokens are charged after the call (`charge`),
which may drive the bucket negative: the next requests wait for the debt to refill.

InProcessLimiter keeps buckets in memory (one worker); RedisLimiter keeps them in Redis
with an atomic Lua script using the server's clock, so every worker shares one limit. While
Redis is unreachable, RedisLimiter falls back to an InProcessLimiter that mirrors the shared
levels it last saw (per process, said in a warning), and a bucket Redis lost in a restart
starts from that mirror, not full."""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from ..calls import CallObserver, CallRecord
from ..config import Config
from ..errors import RateLimited
from ..principal import Principal

log = logging.getLogger(__name__)
WINDOW = 60.0  # seconds: limits are per minute


@dataclass(frozen=True, slots=True)
class Rates:
    rpm: int | None = None
    tpm: int | None = None

    @property
    def unlimited(self) -> bool:
        return self.rpm is None and self.tpm is None


def rates_for(principal: Principal, config: Config) -> Rates:
    """The key's own rates, else the config's defaults (admin: unlimited)."""
    if principal.admin:
        return Rates()
    return Rates(
        rpm=principal.rpm if principal.rpm is not None else config.limits.rpm,
        tpm=principal.tpm if principal.tpm is not None else config.limits.tpm,
    )


def bucket_id(principal: Principal) -> str:
    return principal.key_id or "anonymous"


def _refused(kind: str, limit: int, need: int, wait: float) -> RateLimited:
    if need > limit:
        return RateLimited(
            f"Request too large: {need} {kind} exceeds the limit of {limit} {kind} per minute",
            retry_after=WINDOW,
        )
    return RateLimited(
        f"Rate limit reached: {limit} {kind} per minute. Retry in {wait:.1f}s.",
        retry_after=math.ceil(wait),
    )


class RateLimiter(Protocol):
    async def acquire(self, key: str, rates: Rates, *, requests: int, tokens: int) -> None:
        """Take `requests` and `tokens` from the key's buckets, or raise RateLimited
        (taking nothing)."""
        ...

    async def charge(self, key: str, tokens: int) -> None:
        """Charge tokens learnt after the call (may go negative)."""
        ...

    def meters(self, key: str) -> bool:
        """Whether `charge` would do anything for this key (a tokens/minute bucket)."""
        ...

    async def aclose(self) -> None: ...


class _Bucket:
    __slots__ = ("level", "limit", "updated")

    def __init__(self, limit: int, now: float) -> None:
        self.limit, self.level, self.updated = limit, float(limit), now

    def refill(self, limit: int, now: float) -> float:
        self.limit = limit
        self.level = min(limit, self.level + (now - self.updated) * limit / WINDOW)
        self.updated = now
        return self.level


class InProcessLimiter:
    """Buckets in this process's memory. No awaits inside: each call is atomic on the
    event loop."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._buckets: dict[tuple[str, str], _Bucket] = {}

    def _bucket(self, key: str, kind: str, limit: int, now: float) -> _Bucket:
        bucket = self._buckets.get((key, kind))
        if bucket is None:
            bucket = self._buckets[(key, kind)] = _Bucket(limit, now)
        bucket.refill(limit, now)
        return bucket

    async def acquire(self, key: str, rates: Rates, *, requests: int, tokens: int) -> None:
        now = self._clock()
        wants = [("requests", rates.rpm, requests), ("tokens", rates.tpm, tokens)]
        taken: list[tuple[_Bucket, int]] = []
        for kind, limit, need in wants:
            if limit is None or need <= 0:
                continue
            bucket = self._bucket(key, kind, limit, now)
            if bucket.level < need or need > limit:
                raise _refused(kind, limit, need, (need - bucket.level) * WINDOW / limit)
            taken.append((bucket, need))
        for bucket, need in taken:
            bucket.level -= need

    def meters(self, key: str) -> bool:
        return (key, "tokens") in self._buckets

    async def charge(self, key: str, tokens: int) -> None:
        bucket = self._buckets.get((key, "tokens"))
        if bucket is not None and tokens > 0:
            bucket.refill(bucket.limit, self._clock())
            bucket.level -= tokens

    def level(self, key: str, kind: str) -> float | None:
        """The bucket's level now, refilled; None without a bucket."""
        bucket = self._buckets.get((key, kind))
        return None if bucket is None else bucket.refill(bucket.limit, self._clock())

    def mirror(self, key: str, kind: str, limit: int, level: float) -> None:
        """Set a bucket to a level seen elsewhere (the shared one in Redis)."""
        self._bucket(key, kind, limit, self._clock()).level = level

    async def aclose(self) -> None:
        return None


# KEYS: request bucket, token bucket. ARGV: rpm, tpm (0 = unlimited), requests, tokens,
# force (1 = charge even below zero), the level of a bucket Redis lacks for requests and
# tokens ('' = full). Returns "0|<level 1>|<level 2>" when taken (levels afterwards, '' where
# not metered), else "<wait s>|<kind>".
_SCRIPT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1e6
local limits = {tonumber(ARGV[1]), tonumber(ARGV[2])}
local needs = {tonumber(ARGV[3]), tonumber(ARGV[4])}
local force = ARGV[5] == '1'
local levels = {}
for i = 1, 2 do
  local limit = limits[i]
  if limit > 0 and needs[i] > 0 then
    local v = redis.call('HMGET', KEYS[i], 'l', 't', 'c')
    local level = tonumber(v[1])
    if level == nil and not force then
      level = math.min(limit, tonumber(ARGV[5 + i]) or limit)
    elseif level ~= nil then
      if force then limit = tonumber(v[3]) or limit end
      level = math.min(limit, level + (now - tonumber(v[2])) * limit / 60)
    end
    if level ~= nil then
      if not force and (level < needs[i] or needs[i] > limit) then
        return tostring((needs[i] - level) * 60 / limit) .. '|' .. i
      end
      levels[i] = {level - needs[i], limit}
    end
  end
end
for i = 1, 2 do
  if levels[i] ~= nil then
    redis.call('HSET', KEYS[i], 'l', tostring(levels[i][1]), 't', tostring(now),
               'c', tostring(levels[i][2]))
    redis.call('EXPIRE', KEYS[i], 3600)
  end
end
local out = {'0', '', ''}
for i = 1, 2 do
  if levels[i] ~= nil then out[i + 1] = tostring(levels[i][1]) end
end
return table.concat(out, '|')
"""
KINDS = ("requests", "tokens")


class RedisLimiter:
    """Buckets in Redis, shared by every worker. If Redis fails, this process's mirror of
    the buckets limits alone (logged): an outage of the limiter store must neither take the
    gateway down nor lift the limits."""

    def __init__(self, url: str, *, prefix: str = "hybridgate:rl") -> None:
        import redis.asyncio as redis

        self._redis: Any = redis.from_url(url, socket_timeout=0.5, socket_connect_timeout=0.5)
        self._local = InProcessLimiter()  # the levels last seen in Redis; used while it is down
        self._down = False
        self._script = self._redis.register_script(_SCRIPT)
        self._prefix = prefix
        # Keys this worker admitted under a tpm limit: only those are charged afterwards
        # (saves a round trip per call for keys without one).
        self._metered: set[str] = set()

    def _keys(self, key: str) -> list[str]:
        return [f"{self._prefix}:{key}:requests", f"{self._prefix}:{key}:tokens"]

    def _unavailable(self, exc: Exception) -> None:
        if not self._down:
            self._down = True
            log.warning(
                "rate limiter store unavailable (%s); limiting in this process alone until "
                "it is back (each worker and replica admits its own share)",
                type(exc).__name__,
            )

    async def acquire(self, key: str, rates: Rates, *, requests: int, tokens: int) -> None:
        seeds = ["" if (v := self._local.level(key, kind)) is None else repr(v) for kind in KINDS]
        args: list[str | int] = [rates.rpm or 0, rates.tpm or 0, requests, tokens, 0, *seeds]
        if rates.tpm is not None and len(self._metered) < 100_000:
            self._metered.add(key)
        try:
            raw = await self._script(keys=self._keys(key), args=args)
        except Exception as exc:  # redis.RedisError, OSError: limit in process
            self._unavailable(exc)
            await self._local.acquire(key, rates, requests=requests, tokens=tokens)
            return
        if self._down:
            self._down = False
            log.info("rate limiter store back; limits are shared again")
        answer = raw.decode() if isinstance(raw, bytes) else str(raw)
        wait, _, which = answer.partition("|")
        if wait == "0":
            levels = which.split("|")
            for kind, limit, level in zip(KINDS, (rates.rpm, rates.tpm), levels, strict=True):
                if level and limit is not None:
                    self._local.mirror(key, kind, limit, float(level))
            return
        kind, limit, need = (
            ("requests", rates.rpm, requests) if which == "1" else ("tokens", rates.tpm, tokens)
        )
        assert limit is not None
        self._local.mirror(key, kind, limit, need - float(wait) * limit / WINDOW)
        raise _refused(kind, limit, need, float(wait))

    def meters(self, key: str) -> bool:
        return key in self._metered

    async def charge(self, key: str, tokens: int) -> None:
        if tokens <= 0 or key not in self._metered:
            return
        await self._local.charge(key, tokens)  # the mirror follows the shared bucket
        try:
            # tpm 1 is a placeholder: a forced charge uses the stored limit.
            await self._script(keys=self._keys(key), args=[0, 1, 0, tokens, 1, "", ""])
        except Exception as exc:
            self._unavailable(exc)

    async def aclose(self) -> None:
        await self._redis.aclose()


def build_limiter(config: Config) -> RateLimiter:
    if config.redis_url is not None:
        return RedisLimiter(config.redis_url.get_secret_value())
    return InProcessLimiter()


class UsageCharger(CallObserver):
    """A CallObserver: charges each call's completion tokens to its key's token bucket
    (prompt tokens were taken at admission)."""

    def __init__(self, limiter: RateLimiter) -> None:
        self.limiter = limiter
        self._tasks: set[asyncio.Task[None]] = set()

    def record(self, call: CallRecord) -> None:
        tokens = call.usage.completion_tokens
        key = call.key_id or "anonymous"
        # Most keys have no tokens/minute limit: no task for them (a task per request was
        # ~15 us of the event loop's time, for a charge that did nothing).
        if tokens <= 0 or not self.limiter.meters(key):
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        task = loop.create_task(self.limiter.charge(key, tokens))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def aclose(self) -> None:
        """Let the charges in flight reach the store (the limiter closes after)."""
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
