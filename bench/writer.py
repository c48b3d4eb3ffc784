"""Per-call cost of the durable observers on the event loop: the time one `record()` of the
ledger and of the audit log takes (with the writer idle, and back to back while the writer
inserts), with and without the local journal, on SQLite; a no-op observer beside them.

    .venv/bin/python bench/writer.py             # 300 isolated + 3000 back-to-back calls
    PYTHONPATH=/tmp/old/src .venv/bin/python bench/writer.py   # another tree, same script

It uses only the public constructors, so it runs against an older checkout too (the way
the shared background writer, storage/writer.py, was compared with the two it replaced).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hybridgate.accounting.ledger import Ledger
from hybridgate.config import LoggingConfig
from hybridgate.observability.audit import AuditLog, AuditStore
from hybridgate.observability.calls import CallRecord
from hybridgate.schemas import ChatRequest
from hybridgate.storage.sql import Database
from hybridgate.usage import Usage

REQUEST = ChatRequest.model_validate(
    {"model": "auto", "messages": [{"role": "user", "content": "hello there"}]}
)


def call(i: int) -> CallRecord:
    return CallRecord(
        request_id=f"req_{i:032d}", started_at=time.time(), key_id=f"key{i % 7}",
        requested_model="auto", model="gpt-hosted", hosted=True, reason="difficulty",
        status=200, stream=False, usage=Usage(120, 40, 0), usage_estimated=False,
        cost_usd=0.0009, latency_s=0.2, ttft_s=0.05, attempts=("gpt-hosted",),
        request=REQUEST, answer="hi",
    )  # fmt: skip


class Observer:
    """What the bench needs of the ledger and the audit log."""

    def __init__(self, record: Callable[[CallRecord], None], flush: Callable[[], object]) -> None:
        self.record, self.flush = record, flush


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(observer: Observer, isolated: int, burst: int) -> tuple[float, float, float]:
    """(p50, p99) µs of one record() with the writer idle; mean µs back to back."""
    times = []
    for i in range(isolated):
        record = call(i)
        t0 = time.perf_counter()
        observer.record(record)
        times.append((time.perf_counter() - t0) * 1e6)
        observer.flush()
    records = [call(isolated + i) for i in range(burst)]
    t0 = time.perf_counter()
    for record in records:
        observer.record(record)
    mean = (time.perf_counter() - t0) / burst * 1e6
    observer.flush()
    return statistics.median(times), pct(times, 0.99), mean


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--isolated", type=int, default=300)
    parser.add_argument("--burst", type=int, default=3000)
    args = parser.parse_args()
    print(f"{'observer':<22} {'p50 us':>7} {'p99 us':>7} {'burst us':>9}")
    noop = Observer(lambda c: None, lambda: None)
    p50, p99, mean = measure(noop, args.isolated, args.burst)
    print(f"{'no-op':<22} {p50:7.1f} {p99:7.1f} {mean:9.1f}")
    with tempfile.TemporaryDirectory() as tmp_dir:
        tmp = Path(tmp_dir)
        for journal in (False, True):
            where = tmp / f"journal-{journal}" if journal else None
            label = " + journal" if journal else ""
            db = Database(f"sqlite:///{tmp / f'ledger-{journal}.db'}")
            ledger = Ledger(db, linger=0.0, journal_dir=where)
            p50, p99, mean = measure(
                Observer(ledger.record, ledger.flush), args.isolated, args.burst
            )
            print(f"{'ledger' + label:<22} {p50:7.1f} {p99:7.1f} {mean:9.1f}")
            ledger.close()
            db.dispose()
            db = Database(f"sqlite:///{tmp / f'audit-{journal}.db'}")
            audit = AuditLog(AuditStore(db), LoggingConfig(), linger_s=0.0, journal_dir=where)
            p50, p99, mean = measure(Observer(audit.record, audit.flush), args.isolated, args.burst)
            print(f"{'audit' + label:<22} {p50:7.1f} {p99:7.1f} {mean:9.1f}")
            audit.close()
            db.dispose()


if __name__ == "__main__":
    main()
