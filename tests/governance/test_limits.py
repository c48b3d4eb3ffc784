"""Rate limits: token buckets in process and in Redis, and the 429s over HTTP."""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import AsyncIterator

import pytest

from hybridgate.errors import RateLimited
from hybridgate.governance.limits import InProcessLimiter, RateLimiter, Rates, RedisLimiter

pytestmark = pytest.mark.anyio
REDIS_URL = os.environ.get("HYBRIDGATE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def admitted(limiter: RateLimiter, key: str, rates: Rates, n: int, tokens: int = 0) -> int:
    ok = 0
    for _ in range(n):
        try:
            await limiter.acquire(key, rates, requests=1, tokens=tokens)
            ok += 1
        except RateLimited:
            pass
    return ok


async def test_a_burst_gets_exactly_the_minute_allowance_then_the_refill_rate() -> None:
    clock = Clock()
    limiter = InProcessLimiter(clock)
    rates = Rates(rpm=60)
    assert await admitted(limiter, "k", rates, 200) == 60
    with pytest.raises(RateLimited) as refused:
        await limiter.acquire("k", rates, requests=1, tokens=0)
    assert refused.value.headers()["retry-after"] == "1"
    clock.now += 10  # 60/min = 1/s: ten more
    assert await admitted(limiter, "k", rates, 50) == 10
    assert await admitted(limiter, "other", rates, 5) == 5  # keys are independent


async def test_tokens_per_minute_and_completion_debt() -> None:
    clock = Clock()
    limiter = InProcessLimiter(clock)
    rates = Rates(tpm=1000)
    assert await admitted(limiter, "k", rates, 10, tokens=300) == 3
    clock.now += 60
    await limiter.charge("k", 900)  # completions learnt after the calls
    with pytest.raises(RateLimited) as refused:
        await limiter.acquire("k", rates, requests=1, tokens=300)
    assert int(refused.value.headers()["retry-after"]) == 12  # (300 - 100) / (1000/60)
    with pytest.raises(RateLimited, match="Request too large"):
        await limiter.acquire("k", rates, requests=1, tokens=1001)


async def test_a_refused_request_takes_nothing_from_the_other_bucket() -> None:
    limiter = InProcessLimiter(Clock())
    rates = Rates(rpm=10, tpm=100)
    for _ in range(3):
        with pytest.raises(RateLimited):
            await limiter.acquire("k", rates, requests=1, tokens=500)
    assert await admitted(limiter, "k", rates, 20, tokens=1) == 10


@pytest.fixture
async def redis_limiters() -> AsyncIterator[tuple[RedisLimiter, RedisLimiter]]:
    prefix = f"hybridgate-test:{uuid.uuid4().hex}"
    a, b = RedisLimiter(REDIS_URL, prefix=prefix), RedisLimiter(REDIS_URL, prefix=prefix)
    yield a, b
    await a._redis.delete(*(await a._redis.keys(f"{prefix}:*")) or [f"{prefix}:none"])
    await a.aclose()
    await b.aclose()


async def test_redis_workers_share_one_limit(redis_limiters) -> None:  # type: ignore[no-untyped-def]
    a, b = redis_limiters
    rates = Rates(rpm=30, tpm=10_000)
    got = await admitted(a, "k", rates, 25, tokens=10) + await admitted(
        b, "k", rates, 25, tokens=10
    )
    # A burst takes ~0.1 s; the refill (0.5/s) can add at most one.
    assert 30 <= got <= 31
    with pytest.raises(RateLimited) as refused:
        for _ in range(3):
            await b.acquire("k", rates, requests=1, tokens=10)
    assert int(refused.value.headers()["retry-after"]) >= 1


async def test_redis_tokens_and_charges(redis_limiters) -> None:  # type: ignore[no-untyped-def]
    a, _ = redis_limiters
    rates = Rates(tpm=600)
    await a.acquire("t", rates, requests=1, tokens=500)
    await a.charge("t", 400)  # now about -300
    with pytest.raises(RateLimited) as refused:
        await a.acquire("t", rates, requests=1, tokens=100)
    assert 35 <= int(refused.value.headers()["retry-after"]) <= 41  # (100 + 300) / 10 per s
    await a.charge("unknown-key", 50)  # no bucket: nothing to charge, no error


async def test_redis_down_limits_in_process(caplog: pytest.LogCaptureFixture) -> None:
    limiter = RedisLimiter("redis://127.0.0.1:1/0")
    caplog.set_level(logging.WARNING, logger="hybridgate.governance.limits")
    try:
        # rpm 1: the store is down, so this process's own bucket refuses the second.
        assert await admitted(limiter, "k", Rates(rpm=1), 2) == 1
        await limiter.charge("k", 10)  # kept in process, not raised
    finally:
        await limiter.aclose()
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1  # once per outage, not per request
    assert warnings[0].startswith("rate limiter store unavailable (ConnectionError); limiting")


async def test_http_429_with_retry_after_per_key(secured) -> None:  # type: ignore[no-untyped-def]
    gw = await secured()
    slow = await gw.new_key(rpm=3)
    other = await gw.new_key()
    codes = [(await gw.chat(slow)).status_code for _ in range(5)]
    assert codes == [200, 200, 200, 429, 429]
    refused = await gw.chat(slow)
    assert refused.headers["retry-after"] == "20"
    assert refused.json()["error"]["code"] == "rate_limit_exceeded"
    assert (await gw.chat(other)).status_code == 200
    assert (await gw.chat("sk-wrong")).status_code == 401
    metrics = (await gw.http.get("/metrics")).text  # refusals are counted by status
    assert 'hybridgate_rejected_requests_total{status="429"} 3.0' in metrics
    assert 'hybridgate_rejected_requests_total{status="401"} 1.0' in metrics


async def test_http_token_limits_and_caps(secured) -> None:  # type: ignore[no-untyped-def]
    gw = await secured(limits={"tpm": 50, "max_output_tokens": 100, "max_prompt_tokens": 40})
    key = await gw.new_key()
    big = await gw.chat(key, max_tokens=101)
    assert big.status_code == 400 and big.json()["error"]["param"] == "max_tokens"
    long = await gw.chat(key, messages=[{"role": "user", "content": "word " * 60}])
    assert long.status_code == 413
    ok = [(await gw.chat(key, max_tokens=5)).status_code for _ in range(8)]
    assert 200 in ok and ok[-1] == 429  # ~8 prompt tokens + completions each, 50/min
