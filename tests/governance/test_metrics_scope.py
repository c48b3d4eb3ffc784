"""GET /metrics behind the `metrics` key scope (server.metrics_auth with auth on); open
by default, as before."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import ADMIN_KEY

pytestmark = pytest.mark.anyio


async def test_metrics_open_by_default_with_auth_on(secured: Any) -> None:
    gw = await secured()
    assert (await gw.http.get("/metrics")).status_code == 200


async def test_metrics_need_the_scope_when_configured(secured: Any) -> None:
    gw = await secured(server={"metrics_auth": True})
    plain = await gw.new_key()
    scraper = await gw.new_key(scopes=["metrics"])
    anonymous = await gw.http.get("/metrics")
    assert anonymous.status_code == 401
    assert anonymous.json()["error"]["type"] == "invalid_request_error"
    refused = await gw.http.get("/metrics", headers={"authorization": f"Bearer {plain}"})
    assert refused.status_code == 403
    assert "'metrics' scope" in refused.json()["error"]["message"]
    for key in (scraper, ADMIN_KEY):
        allowed = await gw.http.get("/metrics", headers={"authorization": f"Bearer {key}"})
        assert allowed.status_code == 200
        assert "hybridgate_requests_in_flight" in allowed.text
    # The key's own calls still work; the scope adds a right, it takes none away.
    assert (await gw.chat(scraper)).status_code == 200
