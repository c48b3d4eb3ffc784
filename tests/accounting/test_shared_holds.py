"""Budgets across replicas: three gateways on one PostgreSQL schema admit a burst against
one hard budget together, overspending it by at most one request's estimate."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import func, select

from hybridgate.accounting.holds import holds
from hybridgate.accounting.ledger import Ledger, calls
from hybridgate.features import FeatureExtractor
from hybridgate.storage.sql import Database

from ..conftest import GatewayFactory, base_config
from ..dbs import postgres_schema, require_postgres
from ..fakes.upstream import FakeUpstream

# gpt-hosted: 2.50 / 15.00 USD per 1M tokens; max_tokens 100 makes the estimate an upper
# bound of the call's cost.
BUDGET = 0.01


@pytest.fixture
def pg_url() -> Iterator[str]:
    require_postgres()
    with postgres_schema() as url:
        yield url


@pytest.mark.anyio
async def test_burst_across_replicas_keeps_one_hard_budget(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, pg_url: str
) -> None:
    fake_upstream.delay = 0.3  # every request of the burst is in flight together
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["budgets"] = {"global": {"day": {"hard": BUDGET}}}
    ledgers, urls = [], []
    for _ in range(3):
        ledger = Ledger(Database(pg_url), shared_holds=True)
        ledgers.append(ledger)
        gw = start_gateway(cfg, observers=[ledger], extractor=FeatureExtractor(spend=ledger))
        urls.append(gw.url)
    body = {
        "model": "gpt-hosted",
        "max_tokens": 100,
        "messages": [{"role": "user", "content": "hello there " * 20}],
    }
    route = await _post(urls[0], "/v1/route", body)
    estimate = float(route.json()["estimated_cost_usd"])
    assert 0 < estimate < BUDGET / 5

    async def one(i: int) -> int:
        return (await _post(urls[i % 3], "/v1/chat/completions", body)).status_code

    statuses = await asyncio.gather(*(one(i) for i in range(60)))
    assert set(statuses) == {200, 429}
    for ledger in ledgers:
        assert ledger.flush()
    db = ledgers[0].db
    with db.connect() as conn:
        spent = conn.execute(select(func.sum(calls.c.cost_usd))).scalar() or 0.0
        rows = conn.execute(select(func.count()).select_from(calls)).scalar()
        left = conn.execute(select(func.count()).select_from(holds)).scalar()
    answered = statuses.count(200)
    assert rows == answered  # one row per answered request (refusals are audit-only)
    assert left == 0  # every hold ended with its row
    assert answered * estimate <= BUDGET + estimate
    assert spent <= BUDGET + estimate
    assert answered >= int(BUDGET / estimate) // 2  # the budget was used, not refused early
    # Spent to the last cent by sequential calls: then every replica refuses, no-retry.
    fake_upstream.delay = 0.0
    for i in range(100):
        if (await _post(urls[i % 3], "/v1/chat/completions", body)).status_code == 429:
            break
    for ledger in ledgers:  # every replica's rows written: no hold or row still in flight
        assert ledger.flush()
    for url in urls:
        refused = await _post(url, "/v1/chat/completions", body)
        assert refused.status_code == 429
        assert refused.headers["x-should-retry"] == "false"
    for ledger in ledgers:
        assert ledger.flush()
    with db.connect() as conn:
        assert (conn.execute(select(func.sum(calls.c.cost_usd))).scalar() or 0) <= BUDGET + estimate
    for ledger in ledgers:
        ledger.close()


async def _post(url: str, path: str, body: dict[str, object]) -> httpx.Response:
    async with httpx.AsyncClient(base_url=url, timeout=30) as http:
        return await http.post(path, json=body)
