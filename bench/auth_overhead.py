"""Added latency of API-key auth + rate limits per request, against none, in one run.

Every variant serves the same chat completion through the full ASGI app (in process, no
network: httpx.ASGITransport) with a canned provider, so the difference between rows is
the governance work: key lookup (cached), constant-time hash check, rpm/tpm buckets
(in process, or Redis), and the audit observer's enqueue.

    .venv/bin/python bench/auth_overhead.py [--requests 2000] [--redis redis://127.0.0.1:6379/0]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx

from hybridgate.config import parse_config
from hybridgate.gateway import Gateway
from hybridgate.governance.keys import KeySpec, KeyStore
from hybridgate.governance.limits import InProcessLimiter, RateLimiter, RedisLimiter
from hybridgate.observability.audit import AuditLog, AuditStore
from hybridgate.schemas import ChatCompletion, ChatRequest
from hybridgate.server import create_app
from hybridgate.server.auth import OpenAccess
from hybridgate.server.keys import KeyAuthenticator
from hybridgate.settings import Settings
from hybridgate.storage.sql import Database

BODY = {"model": "local", "messages": [{"role": "user", "content": "What is 2 + 2?"}]}


class CannedProvider:
    name = "local"

    async def start(self) -> None: ...

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        return ChatCompletion.model_validate({
            "id": "c1", "object": "chat.completion", "created": 0, "model": "local",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": "4"}}],
            "usage": {"prompt_tokens": 12, "completion_tokens": 1, "total_tokens": 13},
        })  # fmt: skip

    def stream(self, request: ChatRequest) -> AsyncIterator[Any]:
        raise NotImplementedError

    async def aclose(self) -> None: ...


def _config() -> Any:
    return parse_config({
        "models": [{"name": "local", "provider": "openai_compatible", "hosted": False,
                    "base_url": "http://127.0.0.1:9/v1"}],
        "auth": {"enabled": True},
    })  # fmt: skip


async def _variant(
    name: str,
    home: Path,
    *,
    auth: bool,
    limiter: RateLimiter | None,
    audit: bool,
    limits: bool = True,
) -> tuple[str, httpx.AsyncClient, Any]:
    cfg = _config()
    slug = name.replace(" ", "_").replace("+", "")
    db = Database(f"sqlite:///{home / slug}.db")
    observers = [AuditLog(AuditStore(db), cfg.logging)] if audit else []
    gateway = Gateway(cfg, providers={"local": CannedProvider()}, observers=observers)
    headers = {}
    if auth:
        store = KeyStore(db)
        rates = {"rpm": 10**9, "tpm": 10**12} if limits else {}
        key, _ = store.create(KeySpec(name="bench", **rates))
        authenticator: Any = KeyAuthenticator(store, "admin-bench-key", cache_seconds=5)
        headers["authorization"] = f"Bearer {key}"
    else:
        authenticator = OpenAccess()
    app = create_app(gateway, settings=Settings(home=home), authenticator=authenticator,
                     limiter=limiter or InProcessLimiter())  # fmt: skip
    client = httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://bench", headers=headers
    )
    return name, client, (gateway, observers)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--redis", default=None, help="Also measure the Redis limiter.")
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="hg-auth-bench-"))
    variants = [
        await _variant("none", home, auth=False, limiter=None, audit=False),
        await _variant("key auth", home, auth=True, limiter=None, audit=False, limits=False),
        await _variant("key auth + limits", home, auth=True, limiter=InProcessLimiter(),
                       audit=False),
        await _variant("key auth + limits + audit", home, auth=True,
                       limiter=InProcessLimiter(), audit=True),
    ]  # fmt: skip
    if args.redis:
        variants.append(await _variant("key auth + Redis limits", home, auth=True,
                                       limiter=RedisLimiter(args.redis), audit=False))  # fmt: skip
    samples: dict[str, list[float]] = {name: [] for name, _, _ in variants}
    for _, client, _ in variants:  # warm up (tokenizer, caches, first key lookup)
        for _ in range(50):
            assert (await client.post("/v1/chat/completions", json=BODY)).status_code == 200
    rounds = 20
    per_round = max(1, args.requests // rounds)
    for _ in range(rounds):  # interleaved, so drift hits every variant alike
        for name, client, _ in variants:
            for _ in range(per_round):
                t0 = time.perf_counter()
                resp = await client.post("/v1/chat/completions", json=BODY)
                samples[name].append(time.perf_counter() - t0)
                assert resp.status_code == 200, resp.text
    base = statistics.median(samples["none"])
    print(f"{'variant':28} {'n':>6} {'p50 ms':>8} {'p99 ms':>8} {'added p50 µs':>13} {'ratio':>6}")
    for name, values in samples.items():
        values.sort()
        p50, p99 = statistics.median(values), values[int(len(values) * 0.99)]
        print(f"{name:28} {len(values):6d} {p50 * 1e3:8.3f} {p99 * 1e3:8.3f} "
              f"{(p50 - base) * 1e6:13.1f} {p50 / base:6.2f}")  # fmt: skip
    for _, client, (_gateway, observers) in variants:
        await client.aclose()
        for obs in observers:
            obs.close()
    await accuracy(home, args.redis)


async def accuracy(home: Path, redis_url: str | None, rpm: int = 120, burst: int = 600) -> None:
    """A concurrent burst of `burst` requests on one key with `rpm`: allowed vs expected
    (rpm + what refills while the burst runs). With Redis: two apps ("workers") share it."""
    import uuid

    print(f"\nlimiter accuracy: burst of {burst} concurrent requests, key rpm={rpm}")
    print(f"{'limiter':28} {'allowed':>8} {'expected':>9} {'429s':>6} {'burst s':>8}")
    setups: list[tuple[str, list[RateLimiter]]] = [("in process", [InProcessLimiter()])]
    if redis_url:
        prefix = f"hg-bench:{uuid.uuid4().hex}"
        setups.append(("Redis, 2 workers", [RedisLimiter(redis_url, prefix=prefix),
                                              RedisLimiter(redis_url, prefix=prefix)]))  # fmt: skip
    for label, limiters in setups:
        cfg = _config()
        db = Database(f"sqlite:///{home / ('acc_' + uuid.uuid4().hex)}.db")
        store = KeyStore(db)
        key, _ = store.create(KeySpec(name="burst", rpm=rpm))
        clients = []
        for limiter in limiters:
            gateway = Gateway(cfg, providers={"local": CannedProvider()})
            app = create_app(gateway, settings=Settings(home=home), limiter=limiter,
                             authenticator=KeyAuthenticator(store, None))  # fmt: skip
            clients.append(httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://bench",
                headers={"authorization": f"Bearer {key}"},
            ))  # fmt: skip
        t0 = time.perf_counter()
        codes = await asyncio.gather(*(
            clients[i % len(clients)].post("/v1/chat/completions", json=BODY)
            for i in range(burst)
        ))  # fmt: skip
        took = time.perf_counter() - t0
        allowed = sum(r.status_code == 200 for r in codes)
        limited = sum(r.status_code == 429 for r in codes)
        expected = rpm + int(took * rpm / 60)
        print(f"{label:28} {allowed:8d} {rpm:>4d}..{expected:<4d} {limited:6d} {took:8.2f}")
        for client in clients:
            await client.aclose()
        for limiter in limiters:
            await limiter.aclose()


if __name__ == "__main__":
    asyncio.run(main())
