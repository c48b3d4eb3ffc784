"""A Redis outage or restart does not lift rate limits: while Redis is unreachable each
process limits alone from the levels it last saw, and a bucket lost in the restart starts
from there, not full. Runs a private redis-server on a spare port and SIGKILLs it."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator

import pytest
import redis

from hybridgate.errors import RateLimited
from hybridgate.governance.limits import RateLimiter, Rates, RedisLimiter

from ..dbs import require_redis

pytestmark = pytest.mark.anyio


class PrivateRedis:
    def __init__(self) -> None:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        deadline = time.monotonic() + 10
        while True:
            try:
                redis.Redis(port=self.port, socket_connect_timeout=0.2).ping()
                return
            except redis.ConnectionError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.kill()
        self.proc.wait()


@pytest.fixture
def private_redis() -> Iterator[PrivateRedis]:
    require_redis()
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server not installed; needed to kill a private Redis mid-test")
    server = PrivateRedis()
    server.start()
    yield server
    server.kill()


async def admitted(limiter: RateLimiter, rates: Rates, n: int) -> int:
    ok = 0
    for _ in range(n):
        try:
            await limiter.acquire("k", rates, requests=1, tokens=0)
            ok += 1
        except RateLimited:
            pass
    return ok


async def test_redis_outage_and_restart_keep_the_limit(
    private_redis: PrivateRedis, caplog: pytest.LogCaptureFixture
) -> None:
    rates = Rates(rpm=6)  # refills 0.1 per second: the test's few seconds add at most one
    a, b = RedisLimiter(private_redis.url), RedisLimiter(private_redis.url)  # two workers
    try:
        assert await admitted(a, rates, 5) + await admitted(b, rates, 5) == 6
        private_redis.kill()
        # Down: each worker limits from the level it last saw (empty), not "admit all".
        down = await admitted(a, rates, 10) + await admitted(b, rates, 10)
        assert down <= 1
        assert any("limiting in this process alone" in r.getMessage() for r in caplog.records)
        private_redis.start()  # empty: every bucket is gone
        back = await admitted(a, rates, 10) + await admitted(b, rates, 10)
        assert down + back <= 1  # the lost bucket starts from the mirror, not a fresh minute
    finally:
        await a.aclose()
        await b.aclose()
