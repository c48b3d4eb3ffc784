"""Sticky sessions: in process and in Redis (a real server; URL from the environment)."""

from __future__ import annotations

import os
import uuid

import pytest

from hybridgate.features import FeatureExtractor
from hybridgate.features.privacy import Scanner
from hybridgate.features.privacy.sessions import MemorySessions, RedisSessions, Sticky
from hybridgate.schemas import ChatRequest

pytestmark = pytest.mark.anyio
REDIS_URL = os.environ.get("HYBRIDGATE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def request(text: str, user: str | None = None) -> ChatRequest:
    body: dict[str, object] = {"model": "auto", "messages": [{"role": "user", "content": text}]}
    if user:
        body["user"] = user
    return ChatRequest.model_validate(body)


async def test_memory_sticky_expires_after_ttl() -> None:
    sticky = Sticky(MemorySessions(), ttl=60)
    assert await sticky.check("s1", None, sensitive=True, now=1000.0)
    assert await sticky.check("s1", None, sensitive=False, now=1059.0)
    assert not await sticky.check("s1", None, sensitive=False, now=1061.0)
    assert not await sticky.check("s2", None, sensitive=False, now=1000.0)


async def test_sessions_are_per_api_key() -> None:
    sticky = Sticky(MemorySessions(), ttl=60)
    await sticky.check("s1", "key-a", sensitive=True, now=0.0)
    assert not await sticky.check("s1", "key-b", sensitive=False, now=1.0)


async def test_extractor_marks_later_clean_turns_sticky() -> None:
    extractor = FeatureExtractor(privacy=Scanner(ner=None), sessions=Sticky(MemorySessions(), 60))
    first = await extractor.extract(request("mail a.b@corp.example", user="u1"), now=0.0)
    later = await extractor.extract(request("thanks!", user="u1"), now=10.0)
    other = await extractor.extract(request("thanks!", user="u2"), now=10.0)
    anonymous = await extractor.extract(request("thanks!"), now=10.0)
    assert first.sensitive and not first.sticky
    assert later.sensitive and later.sticky and later.entities == ()
    assert not other.sensitive and not anonymous.sensitive


async def test_redis_sessions_share_state_between_workers() -> None:
    one, two = RedisSessions(REDIS_URL), RedisSessions(REDIS_URL)
    session = f"test-{uuid.uuid4().hex}"
    try:
        assert await Sticky(one, ttl=30).check(session, "k", sensitive=True, now=0.0)
        assert await Sticky(two, ttl=30).check(session, "k", sensitive=False, now=1.0)
        assert not await Sticky(two, ttl=30).check(session, "other", sensitive=False, now=1.0)
    finally:
        await one.aclose()
        await two.aclose()


async def test_redis_down_falls_back_to_local_state() -> None:
    store = RedisSessions("redis://127.0.0.1:1/0")
    sticky = Sticky(store, ttl=30)
    try:
        assert await sticky.check("s", None, sensitive=True, now=0.0)
        assert await sticky.check("s", None, sensitive=False, now=1.0)
    finally:
        await store.aclose()
