"""/v1/route (dry run), /v1/models, /healthz, /metrics."""

from __future__ import annotations

import httpx
import pytest

from ..conftest import GatewayFactory, RunningGateway, base_config
from ..fakes.upstream import FakeUpstream

pytestmark = pytest.mark.anyio

CONTRACT_KEYS = {
    "model", "provider", "hosted", "reason", "explanation", "sensitive", "entities",
    "scores", "fallbacks", "estimated_cost_usd",
}  # fmt: skip


def _route(gateway: RunningGateway, body: dict) -> dict:
    response = httpx.post(f"{gateway.url}/v1/route", json=body, timeout=10)
    assert response.status_code == 200, response.text
    return response.json()


async def test_route_contract_shape_and_no_call(
    gateway: RunningGateway, fake_upstream: FakeUpstream
):
    view = _route(gateway, {"model": "gpt-hosted", "messages": [{"role": "user", "content": "hi"}]})
    assert set(view) >= CONTRACT_KEYS
    assert view["model"] == "gpt-hosted"
    assert view["provider"] == "openai"
    assert view["hosted"] is True
    assert view["reason"] == "explicit"
    assert view["fallbacks"] == ["llama-local"]
    assert view["estimated_cost_usd"] > 0
    assert fake_upstream.requests == []


async def test_auto_goes_to_first_local_model_by_default(gateway: RunningGateway):
    view = _route(gateway, {"model": "auto", "messages": [{"role": "user", "content": "hi"}]})
    assert (view["model"], view["reason"], view["hosted"]) == ("llama-local", "default", False)


async def test_router_default_names_a_model(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    gw = start_gateway(base_config(fake_upstream.url, default="gpt-hosted"))  # type: ignore[attr-defined]
    view = _route(gw, {"model": "auto", "messages": [{"role": "user", "content": "hi"}]})
    assert (view["model"], view["reason"]) == ("gpt-hosted", "default")


async def test_capability_reroutes_tools_request(gateway: RunningGateway):
    body = {
        "model": "auto",
        "messages": [{"role": "user", "content": "hi"}],
        "response_format": {"type": "json_schema", "json_schema": {"name": "x", "schema": {}}},
    }
    view = _route(gateway, body)
    assert (view["model"], view["reason"]) == ("gpt-hosted", "capability")
    assert "llama-local" in view["explanation"]


async def test_long_prompt_skips_small_context(gateway: RunningGateway):
    text = "word " * 10_000  # ~10K tokens > llama-local's 8192 window
    view = _route(gateway, {"model": "auto", "messages": [{"role": "user", "content": text}]})
    assert (view["model"], view["reason"]) == ("gpt-hosted", "capability")
    assert view["fallbacks"] == []  # the small model cannot be a fallback either


async def test_long_prompt_for_a_named_in_house_model_is_refused_not_sent_out(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    text = "word " * 10_000
    body = {"model": "llama-local", "messages": [{"role": "user", "content": text}]}
    gw = start_gateway(base_config(fake_upstream.url))  # type: ignore[attr-defined]
    response = httpx.post(f"{gw.url}/v1/route", json=body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "context_length_exceeded" and "llama-local" in error["message"]
    assert "explicit_local_to_hosted" in error["message"]
    # Opted in: the hosted model may take it (the privacy policy still runs first).
    config = base_config(fake_upstream.url, explicit_local_to_hosted=True)  # type: ignore[attr-defined]
    view = _route(start_gateway(config), body)
    assert (view["model"], view["reason"]) == ("gpt-hosted", "capability")


async def test_models_list(gateway: RunningGateway):
    models = await gateway.client.models.list()
    ids = [m.id for m in models.data]
    # local-embed: the bundled embedding model every gateway serves (issue 16)
    assert ids == ["auto", "gpt-hosted", "llama-local", "local-embed"]
    apis = {m.id: getattr(m, "apis", None) for m in models.data}
    assert apis["gpt-hosted"] == ["chat.completions", "responses", "messages"]
    assert apis["local-embed"] == ["embeddings"]


async def test_health_and_metrics(gateway: RunningGateway):
    assert httpx.get(f"{gateway.url}/healthz").json()["status"] == "ok"
    await gateway.client.chat.completions.create(
        model="llama-local", messages=[{"role": "user", "content": "x"}]
    )
    metrics = httpx.get(f"{gateway.url}/metrics").text
    assert (
        'hybridgate_requests_total{model="llama-local",reason="explicit",status="200"} 1.0'
        in metrics
    )
    assert "sk-test" not in metrics
