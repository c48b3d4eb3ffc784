"""Sticky sessions: once a conversation carried sensitive data, its later turns stay
sensitive for a while. In-process TTL store, or Redis when `redis_url` is set (workers
share it). The lookup runs during feature extraction, never inside a pure policy."""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict
from typing import Any, Protocol

log = logging.getLogger(__name__)


def session_key(session: str, key_id: str | None) -> str:
    """Sessions are per API key, and hashed: the raw value is a user id, never stored."""
    digest = hashlib.sha256(f"{key_id or '-'}\0{session}".encode()).hexdigest()[:32]
    return f"hybridgate:sticky:{digest}"


class SessionStore(Protocol):
    async def sensitive(self, key: str, now: float) -> bool: ...

    async def mark(self, key: str, now: float, ttl: float) -> None: ...

    async def aclose(self) -> None: ...


class MemorySessions:
    """A bounded in-process map of session → expiry time."""

    def __init__(self, max_sessions: int = 100_000) -> None:
        self.max_sessions = max_sessions
        self._until: OrderedDict[str, float] = OrderedDict()

    async def sensitive(self, key: str, now: float) -> bool:
        until = self._until.get(key)
        if until is None:
            return False
        if until <= now:
            del self._until[key]
            return False
        return True

    async def mark(self, key: str, now: float, ttl: float) -> None:
        self._until[key] = now + ttl
        self._until.move_to_end(key)
        while len(self._until) > self.max_sessions:
            self._until.popitem(last=False)

    async def aclose(self) -> None:
        self._until.clear()


class RedisSessions:
    """Shared across workers: a key with a TTL per sensitive session. If Redis is down,
    the in-process store answers (the current turn is always scanned anyway)."""

    def __init__(self, url: str, *, client: Any = None) -> None:
        if client is None:
            import redis.asyncio as redis

            client = redis.from_url(url)
        self._redis = client
        self._local = MemorySessions()

    async def sensitive(self, key: str, now: float) -> bool:
        try:
            return bool(await self._redis.exists(key))
        except Exception as exc:  # redis.RedisError, OSError
            log.warning(
                "sticky sessions: redis unavailable (%s); using local state", type(exc).__name__
            )
            return await self._local.sensitive(key, now)

    async def mark(self, key: str, now: float, ttl: float) -> None:
        await self._local.mark(key, now, ttl)
        try:
            await self._redis.set(key, b"1", px=max(1, int(ttl * 1000)))
        except Exception as exc:
            log.warning(
                "sticky sessions: redis unavailable (%s); marked locally", type(exc).__name__
            )

    async def aclose(self) -> None:
        await self._redis.aclose()


class Sticky:
    """features.extract.StickySessions over a store: marks sensitive turns, answers for
    clean ones whether the session was sensitive within `ttl` seconds."""

    def __init__(self, store: SessionStore, ttl: float) -> None:
        self.store = store
        self.ttl = ttl

    async def check(self, session: str, key_id: str | None, sensitive: bool, now: float) -> bool:
        key = session_key(session, key_id)
        if sensitive:
            await self.store.mark(key, now, self.ttl)
            return True
        return await self.store.sensitive(key, now)
