"""The evaluations table: one row per (request, other model) comparison, for review with
`hybridgate evaluations`. SQLite under HYBRIDGATE_HOME by default, PostgreSQL with
`database_url` (through storage.sql)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    desc,
    insert,
    select,
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
)


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


_NAMES = tuple(f.name for f in fields(EvaluationRow))


class EvaluationStore:
    def __init__(self, db: Database) -> None:
        self.db = db
        db.create(metadata)

    def add_now(self, rows: list[EvaluationRow]) -> None:
        with self.db.begin() as conn:
            conn.execute(insert(evaluations), [asdict(row) for row in rows])

    async def add(self, rows: list[EvaluationRow]) -> None:
        await self.db.run(self.add_now, rows)

    def list(self, *, disagreements_only: bool = True, limit: int = 50) -> list[EvaluationRow]:
        query = select(*(evaluations.c[name] for name in _NAMES))
        if disagreements_only:
            query = query.where(evaluations.c.disagree.is_(True))
        query = query.order_by(desc(evaluations.c.created_at)).limit(limit)
        with self.db.connect() as conn:
            return [EvaluationRow(**dict(row._mapping)) for row in conn.execute(query)]
