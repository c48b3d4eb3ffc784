"""The ledger: one row per call, written in batches by a background thread, and the
running spend totals (per key and global, today and this month, UTC) that budgets read.

`record()` runs on the event loop and only appends to a queue; the shared writer thread
(storage/writer.py) inserts the queue in one transaction per batch. Rows are never
dropped: a full queue makes `record()` wait, a failed write is retried with backoff, and
`close()` (graceful shutdown, also at interpreter exit) writes what is left; rows the
database still refuses then stay in the journal, or without one go to a JSONL spill file,
for the next start to replay."""

from __future__ import annotations

import atexit
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio.to_thread
from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    func,
    insert,
    select,
)

from ..config import Config
from ..observability.calls import EVALUATION, CallObserver, CallRecord
from ..settings import Settings
from ..storage.sql import Database, open_database
from ..storage.writer import BatchWriter
from .holds import HardLimits, Refusal, SharedHolds
from .spend import Spend

log = logging.getLogger(__name__)

metadata = MetaData()
calls = Table(
    "ledger_calls",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("request_id", String(64), nullable=False),
    Column("ts", Float, nullable=False),  # unix seconds, request start
    Column("day", String(10), nullable=False),  # UTC, YYYY-MM-DD
    Column("month", String(7), nullable=False),  # UTC, YYYY-MM
    Column("key_id", String(128)),
    Column("requested_model", String(200), nullable=False),
    Column("model", String(200), nullable=False),
    Column("hosted", Boolean, nullable=False),
    Column("reason", String(32), nullable=False),
    Column("status", Integer, nullable=False),
    Column("stream", Boolean, nullable=False),
    Column("prompt_tokens", Integer, nullable=False),
    Column("completion_tokens", Integer, nullable=False),
    Column("cached_tokens", Integer, nullable=False),
    Column("usage_estimated", Boolean, nullable=False),
    Column("cost_usd", Float, nullable=False),
    Column("latency_ms", Float, nullable=False),
    Column("ttft_ms", Float),
    Column("attempts", String(1000), nullable=False),  # models tried, comma-separated
    Column("fallback", Boolean, nullable=False),  # answered by other than the first try
    Column("transforms", String(200), nullable=False),
    Column("error_code", String(64)),
    Column("session", String(200)),
    Index("ix_ledger_calls_month_key", "month", "key_id"),
    Index("ix_ledger_calls_ts", "ts"),
    Index("ix_ledger_calls_request_id", "request_id"),
)

Row = dict[str, Any]
GLOBAL = "*"  # the totals' scope for everyone
ANON = ""  # the totals' scope for calls without a key


# The last UTC day asked for, (day number, "YYYY-MM-DD", "YYYY-MM"): every request asks
# several times (hold, spend, row) and strftime is ~1.5 us. One tuple, swapped whole, so
# the writer thread and the event loop never read half of an update.
_LAST_DAY: tuple[int, str, str] = (-1, "", "")


def _day(ts: float) -> tuple[int, str, str]:
    global _LAST_DAY
    number = int(ts // 86400)
    last = _LAST_DAY
    if last[0] != number:
        when = time.gmtime(ts)
        last = _LAST_DAY = (number, time.strftime("%Y-%m-%d", when), time.strftime("%Y-%m", when))
    return last


def day_of(ts: float) -> str:
    return _day(ts)[1]


def month_of(ts: float) -> str:
    return _day(ts)[2]


def row_of(call: CallRecord) -> Row:
    return {
        "request_id": call.request_id,
        "ts": call.started_at,
        "day": day_of(call.started_at),
        "month": month_of(call.started_at),
        "key_id": call.key_id,
        "requested_model": call.requested_model,
        "model": call.model,
        "hosted": call.hosted,
        "reason": call.reason,
        "status": call.status,
        "stream": call.stream,
        "prompt_tokens": call.usage.prompt_tokens,
        "completion_tokens": call.usage.completion_tokens,
        "cached_tokens": call.usage.cached_tokens,
        "usage_estimated": call.usage_estimated,
        "cost_usd": call.cost_usd,
        "latency_ms": call.latency_s * 1000,
        "ttft_ms": call.ttft_s * 1000 if call.ttft_s is not None else None,
        "attempts": ",".join(call.attempts),
        "fallback": bool(call.attempts) and call.attempts[0] != call.model,
        "transforms": ",".join(call.transforms),
        "error_code": call.error_code,
        "session": call.session,
    }


class Totals:
    """USD per (scope, period): scope a key id, ANON or GLOBAL; period a day or month."""

    def __init__(self) -> None:
        self.usd: dict[tuple[str, str], float] = {}

    def add(self, key_id: str | None, day: str, month: str, cost: float) -> None:
        for scope in (key_id or ANON, GLOBAL):
            for period in (day, month):
                self.usd[(scope, period)] = self.usd.get((scope, period), 0.0) + cost

    def get(self, scope: str, period: str) -> float:
        return self.usd.get((scope, period), 0.0)


RESERVATION_TTL_S = 900.0  # longer than any request; a call that never records expires


@dataclass(frozen=True, slots=True)
class Reservation:
    key_id: str | None
    day: str
    month: str
    usd: float


class Ledger(CallObserver):
    """A CallObserver that keeps every call in the database; also a SpendSource, and it
    holds the estimated cost of requests in flight (`reserve`) until their rows arrive."""

    def __init__(
        self,
        db: Database,
        *,
        batch_size: int = 1000,
        linger: float = 0.05,
        refresh_interval: float = 5.0,
        spill_path: Path | None = None,
        clock: Callable[[], float] = time.time,
        reservation_ttl: float = RESERVATION_TTL_S,
        shared_holds: bool = False,
        journal_dir: Path | None = None,
    ) -> None:
        self.db = db
        # PostgreSQL: holds every replica sees (accounting/holds.py); else per process.
        self.holds = SharedHolds(db, calls, ttl=reservation_ttl) if shared_holds else None
        self._releases: list[str] = []  # shared holds of refused requests, to end
        self.reservation_ttl = reservation_ttl
        self.refresh_interval = refresh_interval
        self.spill_path = spill_path
        self.clock = clock
        self._lock = threading.Lock()
        self._base = Totals()  # from the database, plus the rows this ledger wrote since
        self._delta = Totals()  # recorded, not written yet
        # Estimated cost of requests in flight, so concurrent requests see each other
        # before their rows exist (insertion order = expiry order: one TTL per ledger).
        self._held: OrderedDict[str, tuple[Reservation, float]] = OrderedDict()
        self._reserved = Totals()
        db.create(metadata)
        self.journal_dir = journal_dir
        self._writer: BatchWriter[Row] = BatchWriter(
            "ledger",
            self._write_batch,
            give_up=self._spill_unjournaled,
            housekeeping=self._housekeeping,
            batch_size=batch_size,
            linger_s=linger,
            journal_dir=journal_dir,
            replay=self._replay_journal,
        )  # replays the journals of killed processes first
        self._replay_spill()
        self._refresh_totals()
        self._next_refresh = time.monotonic() + refresh_interval
        self._writer.start()
        atexit.register(self.close)

    @property
    def batch_size(self) -> int:
        return self._writer.batch_size

    @property
    def linger(self) -> float:
        return self._writer.linger_s

    @staticmethod
    def create_tables(db: Database) -> None:
        """For readers (CLI, dashboard) of a database no gateway has written yet."""
        db.create(metadata)

    # -- request path (event loop): never blocks on I/O -----------------------------------

    def reserve(self, request_id: str, key_id: str | None, usd: float, started_at: float) -> None:
        """Count a routed request's estimated cost against the budgets until its row is
        recorded (or `reservation_ttl` passes, for a call that never finishes)."""
        with self._lock:
            if request_id in self._held:  # held already (the gateway asks before its call too)
                return
            now = time.monotonic()
            self._expire(now)
            _, day, month = _day(started_at)
            held = Reservation(key_id, day, month, usd)
            self._held[request_id] = (held, now + self.reservation_ttl)
            self._reserved.add(held.key_id, held.day, held.month, held.usd)

    def release(self, request_id: str) -> None:
        """Drop a hold whose request ended before any call (refused after routing)."""
        with self._lock:
            self._release(request_id)
            if self.holds is None:
                return
            self._releases.append(request_id)
        self._writer.poke()

    async def admit(
        self, request_id: str, key_id: str | None, usd: float, started_at: float, limits: HardLimits
    ) -> Refusal | None:
        """The shared check-and-hold (PostgreSQL); None without shared holds. A database
        that cannot be reached fails open: the per-process holds still apply."""
        if self.holds is None:
            return None
        try:
            return await self.db.run(
                self.holds.admit, request_id, key_id, usd, day_of(started_at),
                month_of(started_at), limits,
            )  # fmt: skip
        except Exception as exc:
            log.warning(
                "shared budget hold failed (%s); per-process holds only", type(exc).__name__
            )
            return None

    def _release(self, request_id: str) -> None:
        entry = self._held.pop(request_id, None)
        if entry is not None:
            held = entry[0]
            self._reserved.add(held.key_id, held.day, held.month, -held.usd)

    def _expire(self, now: float) -> None:
        while self._held:
            request_id, (_, expires) = next(iter(self._held.items()))
            if expires > now:
                return
            log.warning("budget reservation of %s expired without a ledger row", request_id)
            self._release(request_id)

    def record(self, call: CallRecord) -> None:
        row = row_of(call)
        with self._lock:
            if call.reason != EVALUATION:  # the client's own call ends its reservation
                self._release(call.request_id)
            self._delta.add(row["key_id"], row["day"], row["month"], row["cost_usd"])
        self._writer.put(row, row)  # waits while the queue is full; after close, writes

    def spend(self, key_id: str | None, now: float) -> Spend:
        day, month = day_of(now), month_of(now)
        scope = key_id or ANON
        with self._lock:
            self._expire(time.monotonic())

            def total(s: str, p: str) -> float:
                return self._base.get(s, p) + self._delta.get(s, p) + self._reserved.get(s, p)

            held = self._reserved
            return Spend(
                key_day=total(scope, day),
                key_month=total(scope, month),
                global_day=total(GLOBAL, day),
                global_month=total(GLOBAL, month),
                held=Spend(
                    key_day=held.get(scope, day),
                    key_month=held.get(scope, month),
                    global_day=held.get(GLOBAL, day),
                    global_month=held.get(GLOBAL, month),
                ),
            )

    # -- lifecycle -------------------------------------------------------------------------

    def flush(self, timeout: float | None = 30.0) -> bool:
        """Block until every row recorded so far is committed; False on timeout."""
        return self._writer.flush(timeout)

    def close(self) -> None:
        """Write everything queued, then stop the writer. Idempotent."""
        self._writer.close()
        atexit.unregister(self.close)

    async def aclose(self) -> None:
        await anyio.to_thread.run_sync(self.close)

    @property
    def pending(self) -> int:
        return self._writer.pending

    # -- writer thread (hooks of the BatchWriter) -------------------------------------------

    def _housekeeping(self) -> float:
        """End the shared holds of refused requests; reload the totals when due. Returns
        the seconds until the next refresh."""
        with self._lock:
            releases, self._releases = self._releases, []
        if releases and self.holds is not None:
            try:
                self.holds.release(releases)
            except Exception as exc:  # they expire anyway
                log.warning("ending %d budget holds failed: %s", len(releases), type(exc).__name__)
        if time.monotonic() >= self._next_refresh:
            self._refresh_totals()
            self._next_refresh = time.monotonic() + self.refresh_interval
        return self._next_refresh - time.monotonic()

    def _write(self, rows: list[Row]) -> None:
        with self.db.begin() as conn:
            conn.execute(insert(calls), rows)
            if self.holds is not None:  # the spend moves from the holds to the rows at once
                self.holds.end(conn, (r["request_id"] for r in rows if r["reason"] != EVALUATION))

    def _write_batch(self, rows: list[Row]) -> None:
        """Write recorded rows; their cost moves from the delta to the base at once."""
        self._write(rows)
        usd: dict[tuple[str | None, str, str], float] = {}  # few groups per batch
        for r in rows:
            group = (r["key_id"], r["day"], r["month"])
            usd[group] = usd.get(group, 0.0) + r["cost_usd"]
        with self._lock:
            for (key_id, day, month), cost in usd.items():
                self._delta.add(key_id, day, month, -cost)
                self._base.add(key_id, day, month, cost)

    def _spill_unjournaled(self, rows: list[Row]) -> None:
        """Rows the database refused at close: the journal keeps them, else the spill file."""
        if self.journal_dir is not None:
            return
        if self.spill_path is None:
            log.error("ledger: database unreachable at shutdown and no spill file; rows lost")
            return
        self.spill_path.parent.mkdir(parents=True, exist_ok=True)
        with self.spill_path.open("a", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row) + "\n")
        log.error("ledger: database unreachable at shutdown; rows kept in %s", self.spill_path)

    def _replay_journal(self, rows: list[Row]) -> int:
        """The rows of a killed process's journal that the database lacks, written."""
        missing = self._missing(rows)
        if missing:
            self._write(missing)
        return len(missing)

    def _missing(self, rows: list[Row]) -> list[Row]:
        ids = sorted({r["request_id"] for r in rows})
        present: set[tuple[str, str, str]] = set()
        with self.db.connect() as conn:
            for i in range(0, len(ids), 500):
                query = select(calls.c.request_id, calls.c.reason, calls.c.model).where(
                    calls.c.request_id.in_(ids[i : i + 500])
                )
                present.update((a, b, c) for a, b, c in conn.execute(query))
        return [r for r in rows if (r["request_id"], r["reason"], r["model"]) not in present]

    def _replay_spill(self) -> None:
        if self.spill_path is None or not self.spill_path.exists():
            return
        rows = [json.loads(line) for line in self.spill_path.read_text("utf-8").splitlines()]
        if rows:
            self._write(rows)
        self.spill_path.unlink()
        log.info("ledger: replayed %d spilled rows", len(rows))

    def _refresh_totals(self) -> None:
        """Reload this month's totals from the database (other workers write there too)."""
        month = month_of(self.clock())
        query = (
            select(calls.c.key_id, calls.c.day, func.sum(calls.c.cost_usd))
            .where(calls.c.month == month)
            .group_by(calls.c.key_id, calls.c.day)
        )
        try:
            with self.db.connect() as conn:
                result = conn.execute(query).all()
        except Exception as exc:
            log.warning("ledger totals refresh failed: %s", type(exc).__name__)
            return
        base = Totals()
        for key_id, day, usd in result:
            base.add(key_id, day, month, float(usd or 0.0))
        with self._lock:
            # Runs on the writer thread (or before it starts), never during a batch write:
            # the rows not written yet are exactly the delta.
            self._base = base


def open_ledger(config: Config, settings: Settings) -> Ledger:
    """The ledger on the shared database; spilled rows go under the state directory."""
    db = open_database(config, settings)
    if db.dialect != "postgresql":
        log.warning(
            "budget holds for requests in flight are per process (SQLite): several workers "
            "or replicas may together overspend a hard budget; use PostgreSQL (database_url)"
        )
    return Ledger(
        db,
        spill_path=settings.state_dir() / "ledger-spill.jsonl",
        shared_holds=db.dialect == "postgresql",
        journal_dir=settings.state_dir() / "journal",
    )
