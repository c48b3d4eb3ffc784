"""The ledger under concurrent load through the gateway, across crashes and restarts,
on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import anyio
import pytest
from sqlalchemy import func, select

from hybridgate.accounting.ledger import Ledger, calls
from hybridgate.accounting.pricing import Usage
from hybridgate.governance.limits import InProcessLimiter, Rates
from hybridgate.observability.calls import CallRecord
from hybridgate.storage.sql import Database

from ..conftest import GatewayFactory, base_config
from ..dbs import database_url
from ..fakes.upstream import FakeUpstream

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


def _call(i: int, *, key: str | None = "k1", cost: float = 0.001, ts: float | None = None):  # type: ignore[no-untyped-def]
    return CallRecord(
        request_id=f"req_{i}",
        started_at=ts if ts is not None else time.time(),
        key_id=key,
        requested_model="auto",
        model="m",
        hosted=True,
        reason="default",
        status=200,
        stream=False,
        usage=Usage(10, 5),
        usage_estimated=False,
        cost_usd=cost,
        latency_s=0.01,
        attempts=("m",),
    )


def _rows(db: Database) -> tuple[int, float]:
    with db.connect() as conn:
        n, usd = conn.execute(select(func.count(), func.sum(calls.c.cost_usd))).one()
    return int(n), float(usd or 0.0)


async def test_parallel_requests_one_row_each_and_sums_match(
    db_url: str, fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    db = Database(db_url)
    ledger = Ledger(db)
    gw = start_gateway(base_config(fake_upstream.url), observers=[ledger])  # type: ignore[attr-defined]
    n = 40
    costs: list[float] = []

    async def one(i: int) -> None:
        raw = await gw.client.chat.completions.with_raw_response.create(
            model="gpt-hosted" if i % 2 else "llama-local",
            messages=[{"role": "user", "content": f"question {i}"}],
        )
        costs.append(float(raw.headers["x-hybridgate-cost-usd"]))

    async with anyio.create_task_group() as tg:
        for i in range(n):
            tg.start_soon(one, i)
    assert ledger.flush()
    count, usd = _rows(db)
    assert count == n
    assert usd == pytest.approx(sum(costs), abs=1e-7 * n)
    assert ledger.spend(None, time.time()).global_day == pytest.approx(usd)
    with db.connect() as conn:
        hosted = conn.execute(select(func.count()).where(calls.c.hosted)).scalar_one()
    assert hosted == n // 2
    await ledger.aclose()
    db.dispose()


def test_close_writes_everything_queued(db_url: str) -> None:
    db = Database(db_url)
    ledger = Ledger(db)
    for i in range(500):
        ledger.record(_call(i))
    ledger.close()
    assert _rows(db) == (500, pytest.approx(0.5))
    db.dispose()


def test_totals_per_key_and_refresh_from_other_workers(db_url: str) -> None:
    db = Database(db_url)
    first = Ledger(db, refresh_interval=0.05)
    first.record(_call(1, key="a", cost=1.0))
    first.record(_call(2, key="b", cost=2.0))
    first.record(_call(3, key="a", cost=0.5, ts=time.time() - 40 * 86400))  # last month
    assert first.flush()
    other = Ledger(db)  # another worker: starts from the database
    spend = other.spend("a", time.time())
    assert (spend.key_day, spend.global_day) == (pytest.approx(1.0), pytest.approx(3.0))
    other.record(_call(4, key="a", cost=4.0))
    other.close()
    deadline = time.monotonic() + 5
    while first.spend("a", time.time()).key_day < 5 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert first.spend("a", time.time()).key_month == pytest.approx(5.0)
    first.close()
    db.dispose()


CRASH = """
import os, sys, time
from hybridgate.accounting.ledger import Ledger
from hybridgate.storage.sql import Database
from tests.accounting.test_ledger import _call
ledger = Ledger(Database(sys.argv[1]))
for i in range(300):
    ledger.record(_call(i))
assert ledger.flush()
print("committed", flush=True)
for i in range(300, 400):
    ledger.record(_call(i))
os._exit(9)  # a crash: no shutdown, no flush
"""


@pytest.mark.slow
def test_crash_keeps_committed_rows_and_restart_appends(db_url: str, tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(CRASH), db_url],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    assert proc.returncode == 9, proc.stderr
    assert "committed" in proc.stdout
    db = Database(db_url)
    count, _ = _rows(db)
    assert 300 <= count <= 400  # every committed row survived
    ledger = Ledger(db)  # restart
    assert ledger.spend("k1", time.time()).key_day == pytest.approx(count * 0.001)
    ledger.record(_call(1000))
    ledger.close()
    assert _rows(db)[0] == count + 1
    db.dispose()


def test_unreachable_database_spills_at_shutdown_and_replays(tmp_path: Path) -> None:
    good = Database(f"sqlite:///{tmp_path / 'l.db'}")
    spill = tmp_path / "spill.jsonl"
    ledger = Ledger(good, spill_path=spill)
    ledger.close()
    # Point the same ledger at a database that refuses writes, then shut down.
    broken = Ledger(good, spill_path=spill)
    broken.db = Database("postgresql://nobody@127.0.0.1:1/none?connect_timeout=1")
    for i in range(5):
        broken.record(_call(i))
    broken.close()
    assert len(spill.read_text().splitlines()) == 5
    Ledger(good, spill_path=spill).close()  # restart replays the spill
    assert _rows(good)[0] == 5
    assert not spill.exists()


async def test_stream_rows_carry_usage_and_ttft(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    db = Database(f"sqlite:///{tmp_path / 's.db'}")
    ledger = Ledger(db)
    gw = start_gateway(base_config(fake_upstream.url), observers=[ledger])  # type: ignore[attr-defined]
    stream = await gw.client.chat.completions.create(
        model="gpt-hosted", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    async for _ in stream:
        pass
    deadline = time.monotonic() + 5
    while _rows(db)[0] == 0 and time.monotonic() < deadline:
        ledger.flush()
        await anyio.sleep(0.02)
    with db.connect() as conn:
        row = conn.execute(select(calls)).mappings().one()
    assert row["stream"] and row["status"] == 200 and row["model"] == "gpt-hosted"
    assert row["cost_usd"] > 0 and row["completion_tokens"] > 0
    assert row["ttft_ms"] is not None and row["ttft_ms"] <= row["latency_ms"]
    await ledger.aclose()


def test_reservations_count_until_the_row_arrives(tmp_path: Path) -> None:
    import dataclasses

    ledger = Ledger(Database(f"sqlite:///{tmp_path / 'r.db'}"))
    now = time.time()
    ledger.reserve("req_1", "k1", 0.25, now)
    ledger.reserve("req_1", "k1", 0.25, now)  # the same request holds once
    ledger.reserve("req_2", "k2", 0.5, now)
    spend = ledger.spend("k1", now)
    assert (spend.key_day, spend.global_day) == pytest.approx((0.25, 0.75))
    # A comparison call for req_1 does not end its reservation; the client's row does.
    ledger.record(dataclasses.replace(_call(1, cost=0.01, ts=now), reason="evaluation"))
    assert ledger.spend("k1", now).key_day == pytest.approx(0.26)
    ledger.record(_call(1, cost=0.1, ts=now))
    assert ledger.spend("k1", now).key_day == pytest.approx(0.11)
    assert ledger.spend("k2", now).global_day == pytest.approx(0.61)
    ledger.close()
    # A call that never records (a crash mid-request) stops counting after the TTL.
    short = Ledger(Database(f"sqlite:///{tmp_path / 's.db'}"), reservation_ttl=0.05)
    short.reserve("req_3", "k1", 5.0, now)
    assert short.spend("k1", now).key_day == pytest.approx(5.0)
    time.sleep(0.1)
    assert short.spend("k1", now).key_day == 0.0
    short.close()


async def test_a_request_in_flight_counts_against_a_hard_budget(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    import openai

    from hybridgate.features import FeatureExtractor

    ledger = Ledger(Database(f"sqlite:///{tmp_path / 'b.db'}"))
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["budgets"] = {"global": {"day": {"hard": 1e-9}}}  # the first call's cost exhausts it
    gw = start_gateway(cfg, extractor=FeatureExtractor(spend=ledger), observers=[ledger])
    fake_upstream.delay = 1.0
    ask = {"model": "gpt-hosted", "messages": [{"role": "user", "content": "hi"}]}
    async with anyio.create_task_group() as tg:
        tg.start_soon(lambda: gw.client.chat.completions.create(**ask))  # type: ignore[arg-type]
        deadline = time.monotonic() + 5
        while not fake_upstream.requests and time.monotonic() < deadline:
            await anyio.sleep(0.01)
        # The first request has no row yet, but its reservation is already spend.
        with pytest.raises(openai.RateLimitError) as refused:
            await gw.client.chat.completions.create(**ask)  # type: ignore[arg-type]
        assert refused.value.status_code == 429
    assert len(fake_upstream.requests) == 1
    await ledger.aclose()


class RoundTripLimiter(InProcessLimiter):
    """A limiter whose store is a round trip away, as Redis is: every acquire awaits."""

    async def acquire(self, key: str, rates: Rates, *, requests: int, tokens: int) -> None:
        await anyio.sleep(0.2)
        await super().acquire(key, rates, requests=requests, tokens=tokens)


async def test_a_burst_cannot_pass_a_budget_together_while_the_limiter_awaits(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    """Issue 14: with a tpm limit on a remote store, budgets were read before the
    limiter's await and the hold made after it, so a concurrent burst passed together."""
    import openai

    from hybridgate.features import FeatureExtractor

    ledger = Ledger(Database(f"sqlite:///{tmp_path / 'b.db'}"))
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["budgets"] = {"global": {"day": {"hard": 1e-9}}}  # one call's estimate exhausts it
    cfg["limits"] = {"tpm": 100_000}
    gw = start_gateway(
        cfg,
        limiter=RoundTripLimiter(),
        extractor=FeatureExtractor(spend=ledger),
        observers=[ledger],
    )
    ask = {"model": "gpt-hosted", "messages": [{"role": "user", "content": "hi"}]}
    statuses: list[int] = []

    async def one() -> None:
        try:
            await gw.client.chat.completions.create(**ask)  # type: ignore[call-overload]
            statuses.append(200)
        except openai.RateLimitError as exc:
            statuses.append(exc.status_code)

    async with anyio.create_task_group() as tg:
        for _ in range(3):
            tg.start_soon(one)
    assert sorted(statuses) == [200, 429, 429]
    assert len(fake_upstream.requests) == 1
    await ledger.aclose()


async def test_a_request_refused_by_the_limiter_releases_its_hold(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    import openai

    from hybridgate.features import FeatureExtractor

    ledger = Ledger(Database(f"sqlite:///{tmp_path / 'r.db'}"))
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["limits"] = {"tpm": 1}  # every prompt is too large
    gw = start_gateway(cfg, extractor=FeatureExtractor(spend=ledger), observers=[ledger])
    ask = {"model": "gpt-hosted", "messages": [{"role": "user", "content": "hi"}]}
    with pytest.raises(openai.RateLimitError):
        await gw.client.chat.completions.create(**ask)  # type: ignore[call-overload]
    assert ledger.spend(None, time.time()).global_day == 0.0
    await ledger.aclose()
