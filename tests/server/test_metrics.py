"""/metrics beyond served calls: rejected requests by status, time to first token, and
the requests in flight (over loopback)."""

from __future__ import annotations

import asyncio
import re

import httpx
import pytest

from ..conftest import RunningGateway
from ..fakes.upstream import FakeUpstream

pytestmark = pytest.mark.anyio


def sample(text: str, name: str) -> float:
    """The value of one metric sample line (name with labels), 0 if absent."""
    match = re.search(rf"^{re.escape(name)} (\S+)$", text, re.MULTILINE)
    return float(match.group(1)) if match else 0.0


async def test_rejected_ttft_and_in_flight(
    gateway: RunningGateway, fake_upstream: FakeUpstream
) -> None:
    async with httpx.AsyncClient(base_url=gateway.url, timeout=10) as http:
        bad = await http.post("/v1/chat/completions", json={"model": "auto"})
        assert bad.status_code == 400
        unknown = await http.post(
            "/v1/chat/completions",
            json={"model": "nope", "messages": [{"role": "user", "content": "hi"}]},
        )
        assert unknown.status_code == 404
        assert (await http.get("/v1/nowhere")).status_code == 404
        body = {"model": "llama-local", "stream": True,
                "messages": [{"role": "user", "content": "hi"}]}  # fmt: skip
        fake_upstream.delay = 0.5  # the upstream thinks: the request stays in flight
        slow = asyncio.create_task(http.post("/v1/chat/completions", json=body))
        await asyncio.sleep(0.25)
        during = (await http.get("/metrics")).text
        assert (await slow).status_code == 200
        for _ in range(50):  # the server's side of the request ends just after the client's
            after = (await http.get("/metrics")).text
            if sample(after, "hybridgate_requests_in_flight") == 0.0:
                break
            await asyncio.sleep(0.02)
    assert sample(during, "hybridgate_requests_in_flight") == 1.0
    assert sample(after, "hybridgate_requests_in_flight") == 0.0
    assert sample(after, 'hybridgate_rejected_requests_total{status="400"}') == 1.0
    assert sample(after, 'hybridgate_rejected_requests_total{status="404"}') == 2.0
    ttft = 'hybridgate_time_to_first_token_seconds_count{model="llama-local"}'
    assert sample(after, ttft) == 1.0
