"""The evaluations table: one row per (request, other model) comparison, for review with
`hybridgate evaluations`, `GET /v1/evaluations` and the dashboard's review queue, and the
verdicts people give them. SQLite under HYBRIDGATE_HOME by default, PostgreSQL with
`database_url` (through storage.sql)."""

from __future__ import annotations

import builtins
from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    Text,
    desc,
    insert,
    or_,
    select,
    update,
)

from .sql import Database

metadata = MetaData()
evaluations = Table(
    "evaluations",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("request_id", String(64), nullable=False, index=True),
    Column("created_at", Float, nullable=False, index=True),
    Column("prompt", Text, nullable=False),
    Column("primary_model", String(200), nullable=False),
    Column("primary_text", Text, nullable=False),
    Column("primary_latency_s", Float, nullable=False),
    Column("primary_cost_usd", Float, nullable=False),
    Column("other_model", String(200), nullable=False),
    Column("other_text", Text, nullable=False),
    Column("other_latency_s", Float, nullable=False),
    Column("other_cost_usd", Float, nullable=False),
    Column("error", String(64)),
    Column("exact", Boolean),
    Column("lexical", Float),
    Column("embedding", Float),
    Column("judge", Float),
    Column("agreement", Float),
    Column("disagree", Boolean, nullable=False, index=True),
    # Added with the review queue (issue 18); older tables get them by add_columns.
    Column("key_id", String(64), nullable=True),  # the client's key
    Column("sensitive", Boolean, nullable=True),  # privacy found something in the request
    Column("primary_hosted", Boolean, nullable=True),
    Column("other_hosted", Boolean, nullable=True),
    Column("verdict", String(32), nullable=True),  # a Verdict, once reviewed
    Column("reviewer_key_id", String(64), nullable=True),
    Column("reviewed_at", Float, nullable=True),
)


class Verdict(StrEnum):
    """What a reviewer says about a comparison of an in-house and a hosted answer."""

    LOCAL_OK = "local_ok"  # the in-house answer is good enough
    HOSTED_BETTER = "hosted_better"
    BOTH_OK = "both_ok"
    BOTH_BAD = "both_bad"


class Status(StrEnum):
    PENDING = "pending"  # no verdict yet (comparisons whose second call failed are not)
    REVIEWED = "reviewed"
    ALL = "all"


@dataclass(frozen=True, slots=True)
class EvaluationRow:
    request_id: str
    created_at: float
    prompt: str
    primary_model: str
    primary_text: str
    primary_latency_s: float
    primary_cost_usd: float
    other_model: str
    other_text: str
    other_latency_s: float
    other_cost_usd: float
    error: str | None
    exact: bool | None
    lexical: float | None
    embedding: float | None
    judge: float | None
    agreement: float | None
    disagree: bool
    key_id: str | None = None
    sensitive: bool | None = None
    primary_hosted: bool | None = None
    other_hosted: bool | None = None
    verdict: str | None = None
    reviewer_key_id: str | None = None
    reviewed_at: float | None = None
    id: int | None = None  # set by the database


_NAMES = tuple(f.name for f in fields(EvaluationRow))


class EvaluationStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        db.create(metadata)
        db.add_columns(evaluations)

    def add_now(self, rows: list[EvaluationRow]) -> None:
        values = [{k: v for k, v in asdict(row).items() if k != "id"} for row in rows]
        with self.db.begin() as conn:
            conn.execute(insert(evaluations), values)

    async def add(self, rows: list[EvaluationRow]) -> None:
        await self.db.run(self.add_now, rows)

    def list(self, *, disagreements_only: bool = True, limit: int = 50) -> list[EvaluationRow]:
        query = select(*(evaluations.c[name] for name in _NAMES))
        if disagreements_only:
            query = query.where(evaluations.c.disagree.is_(True))
        query = query.order_by(desc(evaluations.c.created_at)).limit(limit)
        return self._rows(query)

    def _rows(self, query: Select[Any]) -> builtins.list[EvaluationRow]:
        with self.db.connect() as conn:
            return [EvaluationRow(**dict(row._mapping)) for row in conn.execute(query)]

    def queue(
        self,
        status: Status = Status.PENDING,
        *,
        sensitive: bool = False,
        limit: int = 50,
        after: int | None = None,
    ) -> builtins.list[EvaluationRow]:
        """Comparisons for review, oldest first (`after`: ids above it); sensitive ones only
        with `sensitive`, and never those whose second call failed."""
        query = select(*(evaluations.c[name] for name in _NAMES)).where(
            evaluations.c.error.is_(None)
        )
        if status is Status.PENDING:
            query = query.where(evaluations.c.verdict.is_(None))
        elif status is Status.REVIEWED:
            query = query.where(evaluations.c.verdict.is_not(None))
        if not sensitive:
            query = query.where(
                or_(evaluations.c.sensitive.is_(None), evaluations.c.sensitive.is_(False))
            )
        if after is not None:
            query = query.where(evaluations.c.id > after)
        return self._rows(query.order_by(evaluations.c.id).limit(limit))

    def get(self, evaluation_id: int) -> EvaluationRow | None:
        query = select(*(evaluations.c[name] for name in _NAMES))
        rows = self._rows(query.where(evaluations.c.id == evaluation_id))
        return rows[0] if rows else None

    def review(
        self, evaluation_id: int, verdict: Verdict, reviewer: str | None, now: float
    ) -> EvaluationRow | None:
        """Store a verdict (a later one replaces it); None when there is no such row."""
        stmt = (
            update(evaluations)
            .where(evaluations.c.id == evaluation_id)
            .values(verdict=verdict.value, reviewer_key_id=reviewer, reviewed_at=now)
        )
        with self.db.begin() as conn:
            if conn.execute(stmt).rowcount != 1:
                return None
        return self.get(evaluation_id)

    def queue_all(self) -> builtins.list[EvaluationRow]:
        """Every comparison with its verdict if any (router training reads these)."""
        return self.queue(Status.ALL, sensitive=True, limit=1_000_000)
