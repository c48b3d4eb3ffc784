"""Model aliases: a client that sends an alias gets the model, and everything the gateway
reports (headers, /v1/route, the ledger) names the model; /v1/models lists both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from hybridgate.accounting.ledger import Ledger, calls
from hybridgate.storage.sql import Database

from ..conftest import GatewayFactory, RunningGateway, base_config
from ..fakes.upstream import FakeUpstream

pytestmark = pytest.mark.anyio

USER = [{"role": "user", "content": "hello"}]


def _config(fake: FakeUpstream) -> dict[str, Any]:
    cfg = base_config(fake.url)  # type: ignore[attr-defined]
    cfg["models"][1]["aliases"] = ["llama", "default-local"]
    return cfg


@pytest.fixture
def aliased(fake_upstream: FakeUpstream, start_gateway: GatewayFactory) -> RunningGateway:
    return start_gateway(_config(fake_upstream))


async def test_alias_is_answered_and_reported_as_the_model(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'ledger.db'}")
    ledger = Ledger(db)
    gw = start_gateway(_config(fake_upstream), observers=[ledger])
    raw = await gw.client.chat.completions.with_raw_response.create(model="llama", messages=USER)
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert raw.headers["x-hybridgate-route-reason"] == "explicit"
    assert fake_upstream.requests[-1]["model"] == "llama-local"  # the upstream id, not the alias
    async with gw.client.chat.completions.with_streaming_response.create(
        model="default-local", messages=USER, stream=True
    ) as response:
        assert response.headers["x-hybridgate-model"] == "llama-local"
        async for _ in await response.parse():
            pass
    assert ledger.flush()
    with db.connect() as conn:
        rows = conn.execute(select(calls.c.requested_model, calls.c.model)).all()
    assert sorted(tuple(r) for r in rows) == [
        ("default-local", "llama-local"),
        ("llama", "llama-local"),
    ]
    ledger.close()
    db.dispose()


async def test_route_names_the_model(aliased: RunningGateway) -> None:
    body = {"model": "default-local", "messages": USER}
    view = httpx.post(f"{aliased.url}/v1/route", json=body, timeout=10).json()
    assert (view["model"], view["reason"]) == ("llama-local", "explicit")
    assert view["fallbacks"] == []  # a named in-house model stays in house, alias or not


async def test_models_list_shows_aliases(aliased: RunningGateway) -> None:
    data = httpx.get(f"{aliased.url}/v1/models", timeout=10).json()["data"]
    by_id = {m["id"]: m for m in data}
    assert by_id["llama-local"]["aliases"] == ["llama", "default-local"]
    assert "alias_of" not in by_id["llama-local"]
    for alias in ("llama", "default-local"):
        assert by_id[alias]["alias_of"] == "llama-local"
        assert by_id[alias]["hosted"] is False
    assert by_id["gpt-hosted"]["aliases"] == []


async def test_unknown_name_is_still_404(aliased: RunningGateway) -> None:
    body = {"model": "llam", "messages": USER}
    response = httpx.post(f"{aliased.url}/v1/chat/completions", json=body, timeout=10)
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "model_not_found"
