"""Database URLs for tests: a fresh SQLite file, or a throw-away schema on the machine's
PostgreSQL (HYBRIDGATE_TEST_DATABASE_URL), so parallel test runs never share tables."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

DEFAULT_PG = "postgresql://postgres@127.0.0.1:5432/test"
DEFAULT_REDIS = "redis://127.0.0.1:6379/0"
# Set by .ci/run: a missing PostgreSQL or Redis fails the tests that need it, never skips.
REQUIRE_SERVICES = "HYBRIDGATE_TEST_REQUIRE_SERVICES"


def postgres_url() -> str:
    return os.environ.get("HYBRIDGATE_TEST_DATABASE_URL", DEFAULT_PG)


def redis_url() -> str:
    return os.environ.get("HYBRIDGATE_TEST_REDIS_URL", DEFAULT_REDIS)


def _absent(what: str, exc: Exception) -> None:
    reason = f"{what} not reachable ({type(exc).__name__}); set up the service to run this"
    if os.environ.get(REQUIRE_SERVICES):
        pytest.fail(f"{reason} ({REQUIRE_SERVICES} is set)")
    pytest.skip(reason)


def require_postgres() -> str:
    """The test PostgreSQL URL, or a skip (a failure under REQUIRE_SERVICES) without it."""
    try:
        with psycopg.connect(postgres_url(), connect_timeout=2):
            pass
    except Exception as exc:
        _absent("PostgreSQL", exc)
    return postgres_url()


def require_redis() -> str:
    """The test Redis URL, or a skip (a failure under REQUIRE_SERVICES) without it."""
    import redis

    try:
        redis.Redis.from_url(redis_url(), socket_connect_timeout=2).ping()
    except Exception as exc:
        _absent("Redis", exc)
    return redis_url()


@contextmanager
def postgres_schema() -> Iterator[str]:
    """A URL whose connections use a new, empty schema; dropped afterwards."""
    base = postgres_url()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(base, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@contextmanager
def database_url(kind: str, tmp_path: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
    else:
        with postgres_schema() as url:
            yield url
