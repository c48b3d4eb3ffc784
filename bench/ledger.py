"""Ledger cost: write throughput (rows/s committed, SQLite and PostgreSQL) and the time
record() takes on the event loop, beside a no-op observer; then the added latency on the
request path: the same gateway with and without the ledger, against a fast fake upstream,
in interleaved rounds of one run.

    .venv/bin/python bench/ledger.py            # ~1 minute
    .venv/bin/python bench/ledger.py --quick    # fewer rows and requests

PostgreSQL comes from HYBRIDGATE_TEST_DATABASE_URL (default the local test database; a
throw-away schema is used and dropped). Everything runs in one process, so the writer
thread's work competes with the server for the GIL, as it does in production. `cpu ms` is
the whole process's CPU time per request (load generator included): on a shared, busy
machine it is steadier than wall-clock latency, and the difference between the two
variants is what the ledger costs per request.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import base_config  # noqa: E402
from tests.dbs import postgres_schema  # noqa: E402
from tests.fakes.upstream import FakeUpstream  # noqa: E402
from tests.servers import ServedApp  # noqa: E402

from hybridgate.accounting.ledger import Ledger  # noqa: E402
from hybridgate.accounting.pricing import Usage  # noqa: E402
from hybridgate.config import parse_config  # noqa: E402
from hybridgate.gateway import Gateway  # noqa: E402
from hybridgate.observability.calls import CallRecord  # noqa: E402
from hybridgate.server import create_app  # noqa: E402
from hybridgate.settings import Settings  # noqa: E402
from hybridgate.storage.sql import Database  # noqa: E402


def call(i: int) -> CallRecord:
    return CallRecord(
        request_id=f"req_{i:032d}",
        started_at=time.time(),
        key_id=f"key{i % 7}",
        requested_model="auto",
        model="gpt-hosted" if i % 3 else "llama-local",
        hosted=bool(i % 3),
        reason="difficulty",
        status=200,
        stream=bool(i % 2),
        usage=Usage(120, 40, 0),
        usage_estimated=False,
        cost_usd=0.0009,
        latency_s=0.2,
        ttft_s=0.05,
        attempts=("gpt-hosted",),
    )


class NoOp:
    def __init__(self) -> None:
        self.rows: list[CallRecord] = []

    def record(self, c: CallRecord) -> None:
        self.rows.append(c)


def write_throughput(url: str, n: int) -> tuple[float, float, float, float]:
    """(rows/s committed, µs per record() call, µs per no-op record() call, CPU µs per
    row for record() plus the writer thread's insert)."""
    records = [call(i) for i in range(n)]
    noop = NoOp()
    t0 = time.perf_counter()
    for r in records:
        noop.record(r)
    noop_us = (time.perf_counter() - t0) / n * 1e6
    db = Database(url)
    ledger = Ledger(db)
    t0, c0 = time.perf_counter(), time.process_time()
    for r in records:
        ledger.record(r)
    record_us = (time.perf_counter() - t0) / n * 1e6
    assert ledger.flush(timeout=300)
    rate = n / (time.perf_counter() - t0)
    cpu_us = (time.process_time() - c0) / n * 1e6
    ledger.close()
    db.dispose()
    return rate, record_us, noop_us, cpu_us


def isolated_record_us(url: str, n: int = 200) -> tuple[float, float]:
    """(p50, p99) µs of one record() call with the writer idle: the time the event loop
    spends per request, without the writer competing for the GIL in that instant."""
    db = Database(url)
    ledger = Ledger(db, linger=0.0)
    times = []
    for i in range(n):
        record = call(i)
        t0 = time.perf_counter()
        ledger.record(record)
        times.append((time.perf_counter() - t0) * 1e6)
        ledger.flush()
    ledger.close()
    db.dispose()
    return statistics.median(times), pct(times, 0.99)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def load(url: str, n: int, concurrency: int) -> list[float]:
    body = {"model": "auto", "messages": [{"role": "user", "content": "hello there"}]}
    latencies: list[float] = []
    sem = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=30) as http:

        async def one() -> None:
            async with sem:
                t0 = time.perf_counter()
                resp = await http.post("/v1/chat/completions", json=body)
                latencies.append((time.perf_counter() - t0) * 1000)
                resp.raise_for_status()

        await asyncio.gather(*(one() for _ in range(n)))
    return latencies


def request_path(n: int, rounds: int, tmp: Path) -> None:
    fake = FakeUpstream()
    with ServedApp(fake.app) as upstream:
        config = parse_config(base_config(upstream.url, default="gpt-hosted"))
        settings = Settings(home=tmp / "home")
        ledger = Ledger(Database(f"sqlite:///{tmp / 'path.db'}"))
        plain = Gateway(config, cache_dir=tmp / "models")
        with_ledger = Gateway(config, cache_dir=tmp / "models", observers=[ledger])
        with (
            ServedApp(create_app(plain, settings=settings)) as a,
            ServedApp(create_app(with_ledger, settings=settings)) as b,
        ):
            print("\nrequest path (fake upstream, model auto -> gpt-hosted), ms")
            print(f"{'conc':>4} {'variant':<12} {'p50':>7} {'p99':>7} {'req/s':>7} {'cpu ms':>7}")
            for concurrency in (1, 16):
                results: dict[str, list[float]] = {"no ledger": [], "ledger": []}
                walls: dict[str, float] = {"no ledger": 0.0, "ledger": 0.0}
                cpu: dict[str, float] = {"no ledger": 0.0, "ledger": 0.0}
                asyncio.run(load(a.url, 20, concurrency))  # warm both
                asyncio.run(load(b.url, 20, concurrency))
                variants = [("no ledger", a), ("ledger", b)]
                for round_ in range(rounds):  # interleaved, alternating who goes first
                    for name, served in variants[:: 1 if round_ % 2 else -1]:
                        t0, c0 = time.perf_counter(), time.process_time()
                        results[name] += asyncio.run(load(served.url, n, concurrency))
                        walls[name] += time.perf_counter() - t0
                        if name == "ledger":
                            assert ledger.flush()  # charge the writes to this variant
                        cpu[name] += time.process_time() - c0
                base = results["no ledger"]
                for name, lat in results.items():
                    print(
                        f"{concurrency:>4} {name:<12} {statistics.median(lat):7.2f} "
                        f"{pct(lat, 0.99):7.2f} {len(lat) / walls[name]:7.0f} "
                        f"{cpu[name] / len(lat) * 1000:7.3f}"
                    )
                added = statistics.median(results["ledger"]) - statistics.median(base)
                ratio = statistics.median(results["ledger"]) / statistics.median(base)
                extra_cpu = (cpu["ledger"] - cpu["no ledger"]) / len(base) * 1000
                print(
                    f"{concurrency:>4} added p50 {added:+.3f} ms (ratio {ratio:.3f}); "
                    f"added CPU {extra_cpu:+.3f} ms/request (whole process, loadgen included)"
                )
        assert ledger.flush()
        ledger.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    rows = 5000 if args.quick else 20000
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        print(f"ledger writes: {rows} rows recorded back to back, then flushed")
        print(
            f"{'backend':<11} {'rows/s':>9} {'record() us':>12} {'no-op us':>9} {'ratio':>6} "
            f"{'cpu us/row':>11}"
        )
        backends: list[tuple[str, str]] = [("sqlite", f"sqlite:///{tmp / 'bench.db'}")]
        with postgres_schema() as pg:
            backends.append(("postgresql", pg))
            for name, url in backends:
                rate, rec_us, noop_us, cpu_us = write_throughput(url, rows)
                print(
                    f"{name:<11} {rate:9.0f} {rec_us:12.2f} {noop_us:9.2f} "
                    f"{rec_us / noop_us:6.1f} {cpu_us:11.1f}"
                )
        p50, p99 = isolated_record_us(f"sqlite:///{tmp / 'iso.db'}")
        print(f"one record() on the event loop, writer idle: p50 {p50:.1f} us, p99 {p99:.1f} us")
        request_path(100 if args.quick else 200, 2 if args.quick else 3, tmp)


if __name__ == "__main__":
    main()
