"""The shared SQL layer on SQLite (WAL) and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, func, insert, select, text

from hybridgate.config import parse_config
from hybridgate.errors import ConfigError
from hybridgate.settings import Settings
from hybridgate.storage.sql import Database, normalize_url, open_database

from ..dbs import database_url

metadata = MetaData()
items = Table(
    "items", metadata, Column("id", Integer, primary_key=True), Column("name", String(40))
)


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    with database_url(request.param, tmp_path) as url:
        database = Database(url)
        database.create(metadata)
        yield database
        database.dispose()


def test_write_read_and_rollback(db: Database) -> None:
    with db.begin() as conn:
        conn.execute(insert(items), [{"name": "a"}, {"name": "b"}])
    with pytest.raises(RuntimeError), db.begin() as conn:
        conn.execute(insert(items), [{"name": "c"}])
        raise RuntimeError("abort")
    with db.connect() as conn:
        assert conn.execute(select(func.count()).select_from(items)).scalar_one() == 2
    db.create(metadata)  # idempotent


@pytest.mark.anyio
async def test_run_off_the_event_loop(db: Database) -> None:
    def count() -> int:
        with db.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(items)).scalar_one())

    assert await db.run(count) == 0


def test_sqlite_is_wal(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'sub' / 'x.db'}")
    with db.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
    db.dispose()


def test_urls() -> None:
    assert normalize_url("postgres://u:p@h/db").startswith("postgresql+psycopg://u:p@h/db")
    with pytest.raises(ConfigError) as err:
        normalize_url("mysql://u:secretpw@h/db")
    assert "secretpw" not in str(err.value)
    with pytest.raises(ConfigError):
        normalize_url("::not a url::")
    assert "secretpw" not in repr(Database("postgresql://u:secretpw@127.0.0.1/db"))


def test_open_database_defaults_to_sqlite_under_home(tmp_path: Path) -> None:
    config = parse_config({"models": [{"name": "m", "provider": "llamacpp"}]})
    db = open_database(config, Settings(home=tmp_path))
    assert db.dialect == "sqlite"
    assert db is open_database(config, Settings(home=tmp_path))
    assert str(tmp_path) in db.url


def test_unreachable_database_is_a_config_error_without_the_password() -> None:
    db = Database("postgresql://hg:s3cret@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(ConfigError) as info:
        db.create(MetaData())
    message = info.value.message
    assert message.startswith("database_url: cannot use ")
    assert "s3cret" not in message and "***" in message
