"""Fixtures for governance tests: a database per backend (SQLite file, or PostgreSQL in
a private schema) and a gateway with API keys on, served over loopback."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from hybridgate.config import parse_config
from hybridgate.gateway import Gateway
from hybridgate.governance.keys import KeyStore
from hybridgate.observability.audit import AuditLog, AuditStore
from hybridgate.server import create_app
from hybridgate.settings import Settings
from hybridgate.storage.sql import Database

from ..conftest import base_config
from ..fakes.upstream import FakeUpstream
from ..servers import ServedApp

PG_URL = os.environ.get(
    "HYBRIDGATE_TEST_DATABASE_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
ADMIN_KEY = "hg-admin-test-0123456789abcdef"


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "sqlite":
        database = Database(f"sqlite:///{tmp_path / 'state.db'}")
        yield database
        database.dispose()
        return
    schema = f"hg_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:  # pragma: no cover - the machine has PostgreSQL
        pytest.fail(f"PostgreSQL not reachable for tests: {type(exc).__name__}")
    sep = "&" if "?" in PG_URL else "?"
    database = Database(f"{PG_URL}{sep}options=-csearch_path%3D{schema}")
    try:
        yield database
    finally:
        database.dispose()
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@dataclass
class Secured:
    url: str
    gateway: Gateway
    store: KeyStore
    audit: AuditLog
    http: httpx.AsyncClient

    async def new_key(self, **spec: Any) -> str:
        resp = await self.http.post(
            "/v1/admin/keys",
            json={"name": "test", **spec},
            headers={"authorization": f"Bearer {ADMIN_KEY}"},
        )
        assert resp.status_code == 201, resp.text
        return str(resp.json()["key"])

    async def chat(self, key: str | None, **body: Any) -> httpx.Response:
        payload = {"model": "llama-local", "messages": [{"role": "user", "content": "hi"}]}
        headers = {"authorization": f"Bearer {key}"} if key else {}
        return await self.http.post(
            "/v1/chat/completions", json={**payload, **body}, headers=headers
        )


@pytest.fixture
async def secured(
    fake_upstream: FakeUpstream, tmp_path: Path, anyio_backend: str
) -> AsyncIterator[Any]:
    """Start a gateway with auth on; keyword overrides merge into the config dict."""
    stack: list[tuple[ServedApp, httpx.AsyncClient]] = []

    async def start(prompts: str = "metadata", **overrides: Any) -> Secured:
        cfg_dict = base_config(fake_upstream.url)  # type: ignore[attr-defined]
        cfg_dict["auth"] = {"enabled": True, "cache_seconds": 0}
        cfg_dict["logging"] = {"prompts": prompts}
        cfg_dict.update(overrides)
        cfg = parse_config(cfg_dict, "test")
        settings = Settings(home=tmp_path / "home", admin_key=ADMIN_KEY)
        db = Database(f"sqlite:///{tmp_path / f'gw{len(stack)}.db'}")
        audit = AuditLog(AuditStore(db), cfg.logging)
        gateway = Gateway(cfg, cache_dir=tmp_path / "models", observers=[audit])
        from hybridgate.server.keys import KeyAuthenticator

        store = KeyStore(db)
        app = create_app(
            gateway,
            settings=settings,
            authenticator=KeyAuthenticator(store, ADMIN_KEY, cache_seconds=0),
        )
        served = ServedApp(app).__enter__()
        http = httpx.AsyncClient(base_url=served.url, timeout=10)
        stack.append((served, http))
        return Secured(served.url, gateway, store, audit, http)

    yield start
    for served, http in stack:
        await http.aclose()
        served.__exit__(None, None, None)
