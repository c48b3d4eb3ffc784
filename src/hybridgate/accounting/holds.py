"""Budget holds shared by every replica (PostgreSQL): the estimated cost of each request in
flight is a row, admitted under one advisory lock only while the committed ledger spend
plus the live holds stay below every hard limit that applies, so a burst spread across
replicas overspends a budget by at most one request's estimate.

A hold ends in the ledger writer's transaction that inserts the request's row (spend moves
from holds to the ledger atomically), by `release` for a request refused before its call,
or when it expires (a replica killed mid-request)."""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import (
    Column,
    Connection,
    Float,
    MetaData,
    String,
    Table,
    delete,
    func,
    insert,
    select,
    text,
)
from sqlalchemy.sql.elements import ColumnElement

from ..config import BudgetLimit, BudgetsConfig
from ..principal import Principal
from ..storage.sql import Database
from .budgets import key_window

BUDGET_LOCK = 0x6879_6862  # pg_advisory_xact_lock key of budget admission ("hyhb")

metadata = MetaData()
holds = Table(
    "budget_holds",
    metadata,
    Column("request_id", String(64), primary_key=True),
    Column("key_id", String(128)),
    Column("day", String(10), nullable=False),
    Column("month", String(7), nullable=False),
    Column("usd", Float, nullable=False),
    Column("expires_at", Float, nullable=False),  # unix seconds
)


@dataclass(frozen=True, slots=True)
class HardLimits:
    """The hard limits (USD) that apply to one request; None = no limit."""

    key_day: float | None = None
    key_month: float | None = None
    global_day: float | None = None
    global_month: float | None = None

    def any(self) -> bool:
        return any(
            v is not None
            for v in (self.key_day, self.key_month, self.global_day, self.global_month)
        )


@dataclass(frozen=True, slots=True)
class Refusal:
    scope: str  # "key day", "global month", ...
    spent: float  # recorded spend plus live holds
    limit: float
    held: float = 0.0  # of `spent`: the live holds (estimates of requests in flight)

    @property
    def exhausted(self) -> bool:
        """Reached by recorded spend alone: no retry can succeed before the period ends.
        Else holds (upper bounds) may end below their estimates and free room."""
        return self.spent - self.held >= self.limit

    def describe(self) -> str:
        return f"{self.scope} spend ${self.spent:.4f} reached the hard limit ${self.limit:.4f}"


class SharedHolds:
    """Holds in the shared database; blocking calls (run them on a worker thread)."""

    def __init__(self, db: Database, ledger: Table, *, ttl: float = 900.0) -> None:
        self.db = db
        self.ledger = ledger
        self.ttl = ttl
        db.create(metadata)

    def admit(
        self,
        request_id: str,
        key_id: str | None,
        usd: float,
        day: str,
        month: str,
        limits: HardLimits,
        now: float | None = None,
    ) -> Refusal | None:
        """Hold `usd` for the request unless a hard limit is already reached (the ledger's
        committed spend plus the live holds of every replica); idempotent."""
        now = time.time() if now is None else now
        with self.db.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": BUDGET_LOCK})
            conn.execute(delete(holds).where(holds.c.expires_at < now))
            if conn.execute(
                select(holds.c.request_id).where(holds.c.request_id == request_id)
            ).first():
                return None
            for scope, limit, period, mine in (
                ("key day", limits.key_day, day, True),
                ("key month", limits.key_month, month, True),
                ("global day", limits.global_day, day, False),
                ("global month", limits.global_month, month, False),
            ):
                if limit is None:
                    continue
                spent, held = self._spent(conn, key_id if mine else None, mine, period, now)
                if spent + held >= limit:
                    return Refusal(scope, spent + held, limit, held)
            conn.execute(
                insert(holds),
                [
                    {
                        "request_id": request_id, "key_id": key_id, "day": day,
                        "month": month, "usd": usd, "expires_at": now + self.ttl,
                    }
                ],
            )  # fmt: skip
        return None

    def _spent(
        self, conn: Connection, key_id: str | None, mine: bool, period: str, now: float
    ) -> tuple[float, float]:
        """(recorded spend, live holds) in one scope and period."""
        calls, by_day = self.ledger.c, len(period) == 10
        conds: list[ColumnElement[bool]] = [(calls.day if by_day else calls.month) == period]
        held: list[ColumnElement[bool]] = [
            (holds.c.day if by_day else holds.c.month) == period,
            holds.c.expires_at >= now,
        ]
        if mine:
            conds.append(calls.key_id == key_id if key_id else calls.key_id.is_(None))
            held.append(holds.c.key_id == key_id if key_id else holds.c.key_id.is_(None))
        if by_day:  # the (month, key_id) index narrows the scan
            conds.append(calls.month == period[:7])
        # One statement, one snapshot: the ledger writer moves spend from holds to rows in
        # one transaction (not under the lock); read in two statements (READ COMMITTED), a
        # commit between them would be in neither sum and let a burst overspend.
        committed = select(func.sum(calls.cost_usd)).where(*conds).scalar_subquery()
        pending = select(func.sum(holds.c.usd)).where(*held).scalar_subquery()
        row = conn.execute(select(committed, pending)).one()
        return float(row[0] or 0.0), float(row[1] or 0.0)

    @staticmethod
    def end(conn: Connection, request_ids: Iterable[str]) -> None:
        """End holds inside the caller's transaction (the ledger's insert of their rows)."""
        ids = list(request_ids)
        if ids:
            conn.execute(delete(holds).where(holds.c.request_id.in_(ids)))

    def release(self, request_ids: Iterable[str]) -> None:
        with self.db.begin() as conn:
            self.end(conn, request_ids)


def hard_limits(budgets: BudgetsConfig, principal: Principal) -> HardLimits:
    own = key_window(budgets, principal)
    glob = budgets.global_

    def hard(limit: BudgetLimit | None) -> float | None:
        return None if limit is None else limit.hard

    return HardLimits(hard(own.day), hard(own.month), hard(glob.day), hard(glob.month))
