"""Three gateway processes (own ports and homes) on one PostgreSQL schema and one Redis
behave as one gateway: a key revoked through one is refused by the others within a
second; a breaker one opened is honoured by the others; a session one saw sensitive stays
in house on the others. Budgets across replicas: tests/accounting/test_shared_holds.py."""

from __future__ import annotations

import asyncio
import secrets
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest

from .conftest import base_config
from .dbs import postgres_schema, require_postgres, require_redis
from .fakes.upstream import Fail, FakeUpstream
from .replicas import Replica, replicas

ADMIN_KEY = secrets.token_hex(16)
ADMIN = {"authorization": f"Bearer {ADMIN_KEY}"}
CACHE_S = 1.0  # auth.cache_seconds, as deploy/hybridgate.yaml sets it
WITHIN_S = 1.0  # a revocation reaches every replica within this
POLL_S = 0.02
# Unique per run: breaker state in Redis is keyed by model name, and tests share a Redis.
FLAKY = f"flaky-{uuid.uuid4().hex[:8]}"
PERSONAL = "Please send the refund to my IBAN DE89 3704 0044 0532 0130 00, Anna Schmidt."


@pytest.fixture(scope="module")
def gateways(
    _upstream_server: tuple[FakeUpstream, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[list[Replica]]:
    """Three replicas: auth on (the admin key from the environment), a hosted model
    FLAKY whose breaker opens after 2 failures and falls back to llama-local."""
    require_postgres()
    redis_url = require_redis()
    _, upstream = _upstream_server
    cfg = base_config(upstream)
    cfg["models"].append(
        {"name": FLAKY, "provider": "openai_compatible", "base_url": f"{upstream}/v1",
         "hosted": True, "pricing": {"input": 2.5, "output": 15.0}, "timeout": 5}
    )  # fmt: skip
    cfg["router"]["fallbacks"][FLAKY] = ["llama-local"]
    cfg["router"]["retry"] = {"attempts": 1}
    cfg["router"]["breaker"] = {"failures": 2, "window": 60, "cooldown": 120}
    cfg["auth"] = {"enabled": True, "cache_seconds": CACHE_S}
    cfg["redis_url"] = redis_url
    with postgres_schema() as db:
        cfg["database_url"] = db
        work = tmp_path_factory.mktemp("replicas")
        with replicas(cfg, work, 3, {"HYBRIDGATE_ADMIN_KEY": ADMIN_KEY}) as started:
            yield started


def _chat(model: str, text: str) -> dict[str, object]:
    return {"model": model, "messages": [{"role": "user", "content": text}]}


@pytest.mark.anyio
async def test_a_key_revoked_through_one_replica_is_refused_by_all_within_a_second(
    gateways: list[Replica],
) -> None:
    one, *others = gateways
    async with httpx.AsyncClient(timeout=10) as http:
        made = await http.post(f"{one.url}/v1/admin/keys", json={"name": "gone"}, headers=ADMIN)
        assert made.status_code == 201, made.text
        key = {"authorization": f"Bearer {made.json()['key']}"}
        for replica in gateways:  # known everywhere, and now in every replica's cache
            served = await http.get(f"{replica.url}/v1/models", headers=key)
            assert served.status_code == 200, served.text

        # Poll every other replica with overlapping requests, one started every POLL_S,
        # so a refusal is seen when it happens, not a request's latency later.
        # (replica, seconds after the revocation returned when sent, status)
        sent: list[tuple[int, float, int]] = []
        revoked_at = 0.0

        async def poll(replica: Replica) -> None:
            started = time.monotonic() - revoked_at
            got = await http.get(f"{replica.url}/v1/models", headers=key)
            sent.append((replica.port, started, got.status_code))

        revoked = await http.delete(f"{one.url}/v1/admin/keys/{made.json()['id']}", headers=ADMIN)
        revoked_at = time.monotonic()
        assert revoked.status_code == 200, revoked.text
        polls = []
        while time.monotonic() - revoked_at < WITHIN_S + 0.5:
            polls += [asyncio.create_task(poll(replica)) for replica in others]
            await asyncio.sleep(POLL_S)
        await asyncio.gather(*polls)
        for replica in gateways:  # a real call too, on every replica
            refused = await http.post(
                f"{replica.url}/v1/chat/completions", json=_chat("llama-local", "hi"), headers=key
            )
            assert refused.status_code == 401
            assert "revoked" in refused.json()["error"]["message"]

    # Each replica read the key row before the revocation committed, and reads it again
    # once its cache entry is CACHE_S old: every request sent later than that is refused.
    assert {status for *_, status in sent} <= {200, 401}
    for replica in others:
        polled = sorted((at, status) for port, at, status in sent if port == replica.port)
        late = [status for at, status in polled if at >= WITHIN_S]
        assert late and set(late) == {401}, polled


@pytest.mark.anyio
async def test_a_breaker_opened_through_one_replica_is_honoured_by_the_others(
    gateways: list[Replica], fake_upstream: FakeUpstream
) -> None:
    one, *others = gateways
    fake_upstream.script(FLAKY, [Fail(500)] * 50)
    body = _chat(FLAKY, "hello")

    def reached_flaky() -> int:
        return sum(1 for r in fake_upstream.requests if r.get("model") == FLAKY)

    async with httpx.AsyncClient(timeout=30) as http:
        for _ in range(2):  # two failures on one replica open the shared circuit
            served = await http.post(f"{one.url}/v1/chat/completions", json=body, headers=ADMIN)
            assert served.status_code == 200, served.text
            assert served.headers["x-hybridgate-model"] == "llama-local"
        assert reached_flaky() == 2
        for replica in [*others, *others]:
            served = await http.post(f"{replica.url}/v1/chat/completions", json=body, headers=ADMIN)
            assert served.status_code == 200, served.text
            assert served.headers["x-hybridgate-model"] == "llama-local"
            assert served.headers["x-hybridgate-route-reason"] == "fallback"
    assert reached_flaky() == 2  # no replica sent the open model another request


@pytest.mark.anyio
async def test_a_session_sensitive_on_one_replica_stays_local_on_the_others(
    gateways: list[Replica], fake_upstream: FakeUpstream
) -> None:
    one, *others = gateways
    session = {**ADMIN, "x-hybridgate-session": f"s-{uuid.uuid4().hex}"}
    fresh = {**ADMIN, "x-hybridgate-session": f"s-{uuid.uuid4().hex}"}
    clean = _chat("gpt-hosted", "Thanks! And what is the capital of France?")
    async with httpx.AsyncClient(timeout=30) as http:
        first = await http.post(
            f"{one.url}/v1/chat/completions", json=_chat("gpt-hosted", PERSONAL), headers=session
        )
        assert first.status_code == 200, first.text
        assert first.headers["x-hybridgate-model"] == "llama-local"
        assert first.headers["x-hybridgate-route-reason"] == "privacy"
        for replica in others:
            later = await http.post(
                f"{replica.url}/v1/chat/completions", json=clean, headers=session
            )
            assert later.status_code == 200, later.text
            assert later.headers["x-hybridgate-model"] == "llama-local"
            assert later.headers["x-hybridgate-route-reason"] == "privacy"
            # The same clean turn in another session goes where it asked.
            other = await http.post(f"{replica.url}/v1/chat/completions", json=clean, headers=fresh)
            assert other.status_code == 200, other.text
            assert other.headers["x-hybridgate-model"] == "gpt-hosted"
    hosted = [r for r in fake_upstream.requests if r.get("model") == "gpt-hosted"]
    assert len(hosted) == len(others)  # only the other session's turns left the house
