"""GET /dashboard: spend and recent calls from the ledger, escaped."""

from __future__ import annotations

from pathlib import Path

import anyio
import httpx
import pytest

from hybridgate.accounting.ledger import Ledger
from hybridgate.storage.sql import Database

from ..browser import chromium_page, needs_chromium
from ..conftest import GatewayFactory, base_config
from ..fakes.upstream import FakeUpstream

pytestmark = pytest.mark.anyio


async def test_dashboard_shows_spend_and_calls(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    ledger = Ledger(Database(f"sqlite:///{tmp_path / 'd.db'}"))
    gw = start_gateway(base_config(fake_upstream.url), observers=[ledger])  # type: ignore[attr-defined]
    async with httpx.AsyncClient(base_url=gw.url) as http:
        for model in ("gpt-hosted", "llama-local", "llama-local"):
            body = {"model": model, "messages": [{"role": "user", "content": "hi"}]}
            assert (await http.post("/v1/chat/completions", json=body)).status_code == 200
        assert ledger.flush()
        page = await http.get("/dashboard")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    text = page.text
    assert "3 calls" in text and "gpt-hosted" in text and "llama-local" in text
    assert "saved" in text and "<script" not in text
    await ledger.aclose()


async def test_dashboard_without_ledger(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    gw = start_gateway(base_config(fake_upstream.url))  # type: ignore[attr-defined]
    async with httpx.AsyncClient(base_url=gw.url) as http:
        page = await http.get("/dashboard")
    assert page.status_code == 200 and "No ledger" in page.text


@pytest.mark.slow
@needs_chromium
async def test_dashboard_renders_in_headless_chromium(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    ledger = Ledger(Database(f"sqlite:///{tmp_path / 'd.db'}"))
    gw = start_gateway(base_config(fake_upstream.url), observers=[ledger])  # type: ignore[attr-defined]
    async with httpx.AsyncClient(base_url=gw.url) as http:
        body = {"model": "llama-local", "messages": [{"role": "user", "content": "hi"}]}
        assert (await http.post("/v1/chat/completions", json=body)).status_code == 200
    assert ledger.flush()

    def browse() -> tuple[list[str], int, str]:
        problems: list[str] = []
        with chromium_page(problems) as page:
            page.goto(f"{gw.url}/dashboard", wait_until="load")
            return problems, page.locator("table").count(), page.locator("h1").inner_text()

    problems, tables, title = await anyio.to_thread.run_sync(browse)
    assert problems == []  # no console errors (e.g. no /favicon.ico 404)
    assert tables >= 3 and "hybridgate" in title
    await ledger.aclose()
