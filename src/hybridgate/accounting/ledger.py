"""The ledger: one row per call, written in batches by a background thread, and the
running spend totals (per key and global, today and this month, UTC) that budgets read.

`record()` runs on the event loop and only appends to a queue; a writer thread inserts
the queue in one transaction per batch. Rows are never dropped: a failed write is retried
with backoff; `close()` (graceful shutdown, also at interpreter exit) writes what is
left, and if the database is still unreachable it spills the rows to a JSONL file that the
next start replays."""

from __future__ import annotations

import atexit
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
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
from ..storage.journal import Journal, orphans
from ..storage.sql import Database, open_database
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


def day_of(ts: float) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(ts))


def month_of(ts: float) -> str:
    return time.strftime("%Y-%m", time.gmtime(ts))


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
        self.batch_size = batch_size
        self.linger = linger
        self._flushing = 0  # callers waiting in flush(): skip the linger
        self.refresh_interval = refresh_interval
        self.spill_path = spill_path
        self.clock = clock
        self._cond = threading.Condition()
        self._queue: list[Row] = []
        self._recorded = 0  # rows handed to record()
        self._committed = 0  # rows committed (or spilled)
        self._stopping = False
        self._base = Totals()  # from the database at the last refresh
        self._delta = Totals()  # recorded since that refresh
        # Estimated cost of requests in flight, so concurrent requests see each other
        # before their rows exist (insertion order = expiry order: one TTL per ledger).
        self._held: OrderedDict[str, tuple[Reservation, float]] = OrderedDict()
        self._reserved = Totals()
        db.create(metadata)
        self.journal_dir = journal_dir
        self._recover_journals()
        # Rows not yet committed, on local disk: a SIGKILLed process loses none.
        self._journal = Journal(journal_dir, "ledger") if journal_dir is not None else None
        self._replay_spill()
        self._refresh_totals()
        self._thread = threading.Thread(target=self._run, name="hybridgate-ledger", daemon=True)
        self._thread.start()
        atexit.register(self.close)

    @staticmethod
    def create_tables(db: Database) -> None:
        """For readers (CLI, dashboard) of a database no gateway has written yet."""
        db.create(metadata)

    # -- request path (event loop): never blocks on I/O -----------------------------------

    def reserve(self, request_id: str, key_id: str | None, usd: float, started_at: float) -> None:
        """Count a routed request's estimated cost against the budgets until its row is
        recorded (or `reservation_ttl` passes, for a call that never finishes)."""
        held = Reservation(key_id, day_of(started_at), month_of(started_at), usd)
        with self._cond:
            self._expire(time.monotonic())
            if request_id in self._held:
                return
            self._held[request_id] = (held, time.monotonic() + self.reservation_ttl)
            self._reserved.add(held.key_id, held.day, held.month, held.usd)

    def release(self, request_id: str) -> None:
        """Drop a hold whose request ended before any call (refused after routing)."""
        with self._cond:
            self._release(request_id)
            if self.holds is not None:
                self._releases.append(request_id)
                self._cond.notify_all()

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
        with self._cond:
            if call.reason != EVALUATION:  # the client's own call ends its reservation
                self._release(call.request_id)
            if self._stopping:
                log.error("ledger closed; writing %s synchronously", call.request_id)
                self._write([row])
                return
            if self._journal is not None:
                self._journal.append(row)
            self._queue.append(row)
            self._recorded += 1
            self._delta.add(row["key_id"], row["day"], row["month"], row["cost_usd"])
            if len(self._queue) == 1:  # the writer sleeps only on an empty queue
                self._cond.notify_all()

    def spend(self, key_id: str | None, now: float) -> Spend:
        day, month = day_of(now), month_of(now)
        scope = key_id or ANON
        with self._cond:
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
        with self._cond:
            target = self._recorded
            self._flushing += 1
            self._cond.notify_all()
            try:
                return self._cond.wait_for(lambda: self._committed >= target, timeout)
            finally:
                self._flushing -= 1

    def close(self) -> None:
        """Write everything queued, then stop the writer. Idempotent."""
        with self._cond:
            if self._stopping:
                return
            self._stopping = True
            self._cond.notify_all()
        self._thread.join()
        atexit.unregister(self.close)
        if self._journal is not None:
            with self._cond:
                self._journal.close(clean=self._committed >= self._recorded)

    async def aclose(self) -> None:
        await anyio.to_thread.run_sync(self.close)

    @property
    def pending(self) -> int:
        with self._cond:
            return self._recorded - self._committed

    # -- writer thread ---------------------------------------------------------------------

    def _run(self) -> None:
        next_refresh = time.monotonic() + self.refresh_interval
        while True:
            with self._cond:
                self._cond.wait_for(
                    lambda: bool(self._queue) or self._stopping or bool(self._releases),
                    max(0.0, next_refresh - time.monotonic()),
                )
                # Linger briefly so a burst becomes one transaction, not one per row.
                self._cond.wait_for(
                    lambda: len(self._queue) >= self.batch_size or self._stopping or self._flushing,
                    self.linger,
                )
                batch = self._queue[: self.batch_size]
                del self._queue[: len(batch)]
                stopping = self._stopping
                releases, self._releases = self._releases, []
                if batch and self._journal is not None:
                    self._journal.seal(self._recorded)
            if releases and self.holds is not None:
                try:
                    self.holds.release(releases)
                except Exception as exc:  # they expire anyway
                    log.warning(
                        "ending %d budget holds failed: %s", len(releases), type(exc).__name__
                    )
            if batch:
                self._write_with_retry(batch)
                with self._cond:
                    self._committed += len(batch)
                    if self._journal is not None:
                        self._journal.committed(self._committed)
                    self._cond.notify_all()
            if time.monotonic() >= next_refresh:
                self._refresh_totals()
                next_refresh = time.monotonic() + self.refresh_interval
            if stopping:
                with self._cond:
                    if not self._queue:
                        return

    def _write(self, rows: list[Row]) -> None:
        with self.db.begin() as conn:
            conn.execute(insert(calls), rows)
            if self.holds is not None:  # the spend moves from the holds to the rows at once
                self.holds.end(conn, (r["request_id"] for r in rows if r["reason"] != EVALUATION))

    def _write_with_retry(self, batch: list[Row]) -> None:
        delay = 0.1
        attempt = 0
        while True:
            attempt += 1
            try:
                self._write(batch)
                return
            except Exception as exc:  # keep the rows; the database may come back
                log.warning(
                    "ledger write of %d rows failed (attempt %d): %s",
                    len(batch), attempt, type(exc).__name__,
                )  # fmt: skip
                if self._stopping and attempt >= 3:
                    if self._journal is None:
                        self._spill(batch)
                    else:  # still in the journal, which stays for the next start
                        log.error("ledger: database unreachable at shutdown; rows kept in journal")
                    return
                time.sleep(0.1 if self._stopping else delay)
                delay = min(delay * 2, 5.0)

    def _spill(self, rows: Iterable[Row]) -> None:
        if self.spill_path is None:
            log.error("ledger: database unreachable at shutdown and no spill file; rows lost")
            return
        self.spill_path.parent.mkdir(parents=True, exist_ok=True)
        with self.spill_path.open("a", encoding="utf-8") as out:
            for row in rows:
                out.write(json.dumps(row) + "\n")
        log.error("ledger: database unreachable at shutdown; rows kept in %s", self.spill_path)

    def _recover_journals(self) -> None:
        """Write the rows of journals left by processes that died (SIGKILL, power cut of
        the process) that the database lacks; then delete those journals."""
        if self.journal_dir is None:
            return
        for rows, files in orphans(self.journal_dir, "ledger"):
            missing = self._missing(rows)
            if missing:
                self._write(missing)
            for path in files:
                path.unlink(missing_ok=True)
            log.warning(
                "ledger: recovered %d rows from a journal left by a stopped process "
                "(%d already written)", len(missing), len(rows) - len(missing),
            )  # fmt: skip

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
        with self._cond:
            # Rows still queued are not in the database yet: they stay in the delta.
            self._base = base
            self._delta = Totals()
            for row in self._queue:
                self._delta.add(row["key_id"], row["day"], row["month"], row["cost_usd"])


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
