"""Shared SQL storage: one SQLAlchemy engine on SQLite (WAL, under HYBRIDGATE_HOME) by
default, or on PostgreSQL (psycopg 3) when the config sets `database_url`.

Every feature that keeps rows (ledger, keys, audit) declares its tables with SQLAlchemy
Core on its own `MetaData`, calls `db.create(metadata)` once, and runs its statements with
`db.begin()` (a transaction) or `db.connect()`. The calls block: from async code go through
`await db.run(fn, *args)`, which runs them on a worker thread behind a shared limiter, so
the event loop never waits on disk or network.

    from sqlalchemy import Column, MetaData, String, Table, insert
    metadata = MetaData()
    keys = Table("keys", metadata, Column("id", String(64), primary_key=True))
    db = open_database(config, settings)   # or Database("sqlite:///...")
    db.create(metadata)
    with db.begin() as conn:
        conn.execute(insert(keys), [{"id": "k1"}])

Write portable Core (no dialect-only SQL) and the same code runs on both backends.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal, TypeVar

import anyio
import anyio.to_thread
from sqlalchemy import Connection, Engine, MetaData, Table, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError

from ..config import Config
from ..errors import ConfigError
from ..settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T")
Dialect = Literal["sqlite", "postgresql"]
SQLITE_FILE = "hybridgate.db"
SCHEMA_LOCK = 0x6879_6764  # pg_advisory_xact_lock key of schema changes ("hygd")


def default_url(home: Path) -> str:
    """The SQLite file under the state directory."""
    return f"sqlite:///{home / SQLITE_FILE}"


def normalize_url(url: str) -> str:
    """Accept the URLs people write (`postgres://`, `postgresql://`) and pin the psycopg 3
    driver; SQLite URLs pass unchanged. A URL we cannot use is a ConfigError that never
    echoes the URL (it may hold a password)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ConfigError("database_url: not a valid database URL") from None
    backend = parsed.get_backend_name()
    if backend in ("postgres", "postgresql"):
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    if backend == "sqlite":
        return url
    raise ConfigError(f"database_url: unsupported backend {backend!r} (sqlite or postgresql)")


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets readers (the CLI, the dashboard) run while the gateway writes; NORMAL
    # sync in WAL mode loses no committed transaction on a process crash.
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


class Database:
    """One engine (connection pool) per database URL; thread-safe, share it."""

    def __init__(self, url: str, *, threads: int = 4) -> None:
        self.url = normalize_url(url)
        parsed = make_url(self.url)
        self.dialect: Dialect = "sqlite" if parsed.get_backend_name() == "sqlite" else "postgresql"
        if self.dialect == "sqlite" and parsed.database not in (None, "", ":memory:"):
            Path(parsed.database or "").expanduser().parent.mkdir(parents=True, exist_ok=True)
        self.engine: Engine = create_engine(self.url, pool_pre_ping=self.dialect != "sqlite")
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        self._limiter = anyio.CapacityLimiter(threads)

    def __repr__(self) -> str:  # never show a password
        return f"Database({make_url(self.url).render_as_string(hide_password=True)!r})"

    def create(self, metadata: MetaData) -> None:
        """Create the tables (and indexes) of `metadata` that do not exist yet. Runs at
        start-up, so a database that cannot be reached is a configuration error."""
        for attempt in range(3):
            try:
                with self.schema_lock() as conn:
                    metadata.create_all(conn, checkfirst=True)
                return
            except OperationalError as exc:
                reason = str(exc.orig or exc).strip().splitlines()[0]
                # SQLite has no schema lock: workers starting together on a new file may
                # both find a table missing; the later CREATE fails, and a second look
                # finds the table there.
                if "already exists" in reason and attempt < 2:
                    continue
                raise ConfigError(f"database_url: cannot use {self!r}: {reason}") from None

    @contextmanager
    def schema_lock(self) -> Iterator[Connection]:
        """A transaction that holds the schema lock: on PostgreSQL an advisory lock, so
        replicas starting together on an empty database create each table once (two
        concurrent CREATE TABLEs collide in pg_type) and the later ones find it there."""
        with self.engine.begin() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK})
            yield conn

    def add_columns(self, table: Table) -> None:
        """Add the nullable columns `table` declares that an older database's table lacks
        (a release that adds columns keeps the rows it finds)."""
        with self.schema_lock() as conn:
            present = {c["name"] for c in inspect(conn).get_columns(table.name)}
            missing = [c for c in table.columns if c.name not in present and c.nullable]
            for column in missing:
                kind = column.type.compile(dialect=self.engine.dialect)
                conn.execute(text(f"ALTER TABLE {table.name} ADD COLUMN {column.name} {kind}"))

    @contextmanager
    def begin(self) -> Iterator[Connection]:
        """A connection inside a transaction: committed on exit, rolled back on error."""
        with self.engine.begin() as conn:
            yield conn

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """Run blocking database work on a worker thread."""
        return await anyio.to_thread.run_sync(fn, *args, limiter=self._limiter)

    def dispose(self) -> None:
        self.engine.dispose()


_open: dict[str, Database] = {}


def open_database(config: Config, settings: Settings) -> Database:
    """The process's Database for this config: `database_url` or SQLite under the home
    directory. Same URL → same Database, so features share one pool."""
    if config.database_url is not None:
        url = normalize_url(config.database_url.get_secret_value())
    else:
        url = default_url(settings.state_dir())
    db = _open.get(url)
    if db is None:
        db = _open[url] = Database(url)
    return db


__all__ = ["Database", "SQLAlchemyError", "default_url", "normalize_url", "open_database"]
