"""Budgets across replicas: three gateways on one PostgreSQL schema admit a burst against
one hard budget together, overspending it by at most one request's estimate; a refusal
that says not to retry is final on every replica."""

from __future__ import annotations

import asyncio
import threading
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import func, select

from hybridgate.accounting.holds import HardLimits, holds
from hybridgate.accounting.ledger import Ledger, calls, day_of, month_of
from hybridgate.features import FeatureExtractor
from hybridgate.observability.calls import CallRecord
from hybridgate.storage.sql import Database
from hybridgate.usage import Usage

from ..conftest import GatewayFactory, base_config
from ..dbs import postgres_schema, require_postgres
from ..fakes.upstream import FakeUpstream, Reply

# gpt-hosted: 2.50 / 15.00 USD per 1M tokens; max_tokens 100 makes the estimate an upper
# bound of the call's cost.
BUDGET = 0.01
MAX_TOKENS = 100


@pytest.fixture
def pg_url() -> Iterator[str]:
    require_postgres()
    with postgres_schema() as url:
        yield url


@pytest.fixture
def ledgers(pg_url: str) -> Iterator[list[Ledger]]:
    """Three replicas' ledgers on one schema, closed before the schema is dropped."""
    opened = [Ledger(Database(pg_url), shared_holds=True) for _ in range(3)]
    yield opened
    for ledger in opened:
        ledger.close()


@pytest.mark.anyio
async def test_burst_across_replicas_keeps_one_hard_budget(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, ledgers: list[Ledger]
) -> None:
    fake_upstream.delay = 0.3  # most of the burst is in flight together
    # Every answer uses its whole max_tokens, so a call costs close to its estimate (an
    # upper bound): spend, not timing, is what the budget bounds.
    full = Reply(text=" ".join(["word"] * MAX_TOKENS))
    fake_upstream.script("gpt-hosted", [full] * 500)
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["budgets"] = {"global": {"day": {"hard": BUDGET}}}
    urls = [
        start_gateway(cfg, observers=[ledger], extractor=FeatureExtractor(spend=ledger)).url
        for ledger in ledgers
    ]
    body = {
        "model": "gpt-hosted",
        "max_tokens": MAX_TOKENS,
        "messages": [{"role": "user", "content": "hello there " * 20}],
    }
    route = await _post(urls[0], "/v1/route", body)
    assert route.status_code == 200, route.text
    estimate = float(route.json()["estimated_cost_usd"])
    assert 0 < estimate < BUDGET / 5

    async def one(i: int) -> httpx.Response:
        return await _post(urls[i % 3], "/v1/chat/completions", body)

    burst = await asyncio.gather(*(one(i) for i in range(60)))
    statuses = [r.status_code for r in burst]
    assert set(statuses) == {200, 429}
    for refused in (r for r in burst if r.status_code == 429):
        _assert_refusal(refused)
    for ledger in ledgers:
        assert ledger.flush()
    db = ledgers[0].db
    spent, rows, left = _state(db)
    answered = statuses.count(200)
    assert rows == answered  # one row per answered request (refusals are audit-only)
    assert left == 0  # every hold ended with its row
    assert estimate * 0.9 < spent / answered <= estimate  # each call cost about its estimate
    assert spent <= BUDGET + estimate  # without shared holds: about 3 x BUDGET
    assert answered >= int(BUDGET / estimate) // 2  # the budget was used, not refused early
    # Spent to the last cent by sequential calls, until a refusal that says not to retry
    # (recorded spend alone reached the limit; a refusal while a previous call's hold is
    # still live says when to retry instead). Then every replica refuses, no-retry.
    fake_upstream.delay = 0.0
    last = None
    for i in range(100):
        last = await _post(urls[i % 3], "/v1/chat/completions", body)
        if last.status_code == 429 and last.headers.get("x-should-retry") == "false":
            break
        if last.status_code != 200:
            _assert_refusal(last)
    assert last is not None and last.headers.get("x-should-retry") == "false"
    for url in urls:
        refused = await _post(url, "/v1/chat/completions", body)
        assert refused.status_code == 429
        assert refused.headers["x-should-retry"] == "false"
        assert refused.json()["error"]["code"] == "budget_exceeded"
    for ledger in ledgers:
        assert ledger.flush()
    spent, _, left = _state(db)
    assert spent <= BUDGET + estimate
    assert left == 0


def test_admissions_racing_the_ledger_writers_keep_the_bound(ledgers: list[Ledger]) -> None:
    """Admissions on three replicas while their writers move spend from holds to rows:
    each admission reads recorded spend and holds in one snapshot, so a commit between two
    reads cannot hide a call's cost from both (that overspent under load)."""
    limit, estimate, cost = 10.0, 1.0, 0.9  # each call costs a little under its estimate
    now = time.time()
    day, month = day_of(now), month_of(now)

    def replica(ledger: Ledger) -> None:
        assert ledger.holds is not None
        for _ in range(25):
            rid = uuid.uuid4().hex
            refused = ledger.holds.admit(
                rid, None, estimate, day, month, HardLimits(global_day=limit)
            )
            if refused is None:
                ledger.record(_call(rid, now, cost))

    threads = [threading.Thread(target=replica, args=(ledger,)) for ledger in ledgers * 3]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for ledger in ledgers:
        assert ledger.flush()
    spent, rows, left = _state(ledgers[0].db)
    assert left == 0
    assert rows >= limit / estimate  # the budget was used
    assert spent <= limit + cost  # over by at most the one call admitted below the limit


def _call(request_id: str, at: float, cost: float) -> CallRecord:
    return CallRecord(
        request_id=request_id, started_at=at, key_id=None, requested_model="gpt-hosted",
        model="gpt-hosted", hosted=True, reason="explicit", status=200, stream=False,
        usage=Usage(prompt_tokens=1), usage_estimated=False, cost_usd=cost, latency_s=0.01,
    )  # fmt: skip


def _assert_refusal(refused: httpx.Response) -> None:
    """A 429 for the budget: exhausted (no retry) or held by calls in flight (retry-after)."""
    assert refused.status_code == 429
    code = refused.json()["error"]["code"]
    if code == "budget_exceeded":
        assert refused.headers["x-should-retry"] == "false"
    else:
        assert code == "budget_held"
        assert "x-should-retry" not in refused.headers
        assert int(refused.headers["retry-after"]) >= 1


def _state(db: Database) -> tuple[float, int, int]:
    """(spent USD, ledger rows, live holds)."""
    with db.connect() as conn:
        spent = conn.execute(select(func.sum(calls.c.cost_usd))).scalar() or 0.0
        rows = conn.execute(select(func.count()).select_from(calls)).scalar() or 0
        left = conn.execute(select(func.count()).select_from(holds)).scalar() or 0
    return float(spent), rows, left


async def _post(url: str, path: str, body: dict[str, object]) -> httpx.Response:
    async with httpx.AsyncClient(base_url=url, timeout=30) as http:
        return await http.post(path, json=body)
