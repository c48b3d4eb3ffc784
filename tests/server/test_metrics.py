"""/metrics beyond served calls: rejected requests by status, time to first token, the
requests in flight, breaker state and global budget use (over loopback)."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import httpx
import pytest

from hybridgate.accounting.ledger import Ledger
from hybridgate.features import FeatureExtractor
from hybridgate.storage.sql import Database

from ..conftest import GatewayFactory, RunningGateway, base_config
from ..fakes.upstream import Fail, FakeUpstream

pytestmark = pytest.mark.anyio


def sample(text: str, name: str) -> float:
    """The value of one metric sample line (name with labels), 0 if absent."""
    match = re.search(rf"^{re.escape(name)} (\S+)$", text, re.MULTILINE)
    return float(match.group(1)) if match else 0.0


async def test_rejected_ttft_and_in_flight(
    gateway: RunningGateway, fake_upstream: FakeUpstream
) -> None:
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10) as http:
        bad = await http.post("/v1/chat/completions", json={"model": "auto"})
        assert bad.status_code == 400
        unknown = await http.post(
            "/v1/chat/completions",
            json={"model": "nope", "messages": [{"role": "user", "content": "hi"}]},
        )
        assert unknown.status_code == 404
        assert (await http.get("/v1/nowhere")).status_code == 404
        body = {"model": "llama-local", "stream": True,
                "messages": [{"role": "user", "content": "hi"}]}  # fmt: skip
        fake_upstream.delay = 0.5  # the upstream thinks: the request stays in flight
        slow = asyncio.create_task(http.post("/v1/chat/completions", json=body))
        await asyncio.sleep(0.25)
        during = (await http.get("/metrics")).text
        assert (await slow).status_code == 200
        for _ in range(50):  # the server's side of the request ends just after the client's
            after = (await http.get("/metrics")).text
            if sample(after, "hybridgate_requests_in_flight") == 0.0:
                break
            await asyncio.sleep(0.02)
    assert sample(during, "hybridgate_requests_in_flight") == 1.0
    assert sample(after, "hybridgate_requests_in_flight") == 0.0
    assert sample(after, 'hybridgate_rejected_requests_total{status="400"}') == 1.0
    assert sample(after, 'hybridgate_rejected_requests_total{status="404"}') == 2.0
    ttft = 'hybridgate_time_to_first_token_seconds_count{model="llama-local"}'
    assert sample(after, ttft) == 1.0


async def test_breaker_gauge_follows_a_circuit_and_budget_gauges(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["router"]["breaker"] = {"failures": 2, "failure_rate": 0.5, "cooldown": 60}
    cfg["budgets"] = {"global": {"day": {"soft": 0.5, "hard": 1.0}}}
    ledger = Ledger(Database(f"sqlite:///{tmp_path / 'm.db'}"))
    gw = start_gateway(cfg, observers=[ledger], extractor=FeatureExtractor(spend=ledger))
    hosted = 'hybridgate_breaker_state{model="gpt-hosted"}'
    body = {"model": "gpt-hosted", "messages": [{"role": "user", "content": "hi"}]}
    async with httpx.AsyncClient(base_url=gw.url, timeout=10) as http:
        before = (await http.get("/metrics")).text
        assert (await http.post("/v1/chat/completions", json=body)).status_code == 200
        fake_upstream.script("gpt-hosted", [Fail(503)] * 10)
        for _ in range(3):  # answered by the fallback while gpt-hosted fails
            answered = await http.post("/v1/chat/completions", json=body)
            assert answered.headers["x-hybridgate-model"] == "llama-local"
        assert ledger.flush()
        after = (await http.get("/metrics")).text
    assert sample(before, hosted) == 0.0 and hosted in before
    assert sample(after, hosted) == 2.0  # open
    assert sample(after, 'hybridgate_breaker_state{model="llama-local"}') == 0.0
    spent = sample(after, 'hybridgate_budget_spent_usd{period="day",scope="global"}')
    assert spent > 0  # the calls so far, recorded
    assert sample(before, 'hybridgate_budget_spent_usd{period="day",scope="global"}') == 0.0
    limit = 'hybridgate_budget_limit_usd{kind="hard",period="day",scope="global"}'
    assert sample(after, limit) == 1.0
    await ledger.aclose()
