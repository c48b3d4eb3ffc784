"""POST /v1/embeddings through the real gateway with the openai SDK: the bundled MiniLM
answers `auto` with zero config, configured models serve their own, and the request gets
what a chat request gets (privacy first, fallbacks, budgets, ledger, decision headers)."""

from __future__ import annotations

import math
from typing import Any

import httpx
import openai
import pytest

from hybridgate.errors import PermissionDenied
from hybridgate.features import FeatureExtractor
from hybridgate.features.embedding import MiniLM
from hybridgate.features.privacy import Scanner
from hybridgate.observability.calls import CallObserver, CallRecord
from hybridgate.principal import Principal
from hybridgate.routing.apis import Api
from hybridgate.translate.embeddings import EmbeddingCall, as_chat

from ..conftest import GatewayFactory, RunningGateway, base_config
from ..fakes.upstream import Fail, FakeUpstream

pytestmark = pytest.mark.anyio

EMAIL = "maria.gonzalez@example-mail.com"


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=True))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def embed_config(url: str, **extra: Any) -> dict[str, Any]:
    """base_config plus a hosted embedding model and an in-house one on the fake."""
    config = base_config(url)
    config["models"] += [
        {
            "name": "embed-hosted",
            "provider": "openai",
            "api_key": "sk-test-not-a-real-key",
            "base_url": f"{url}/v1",
            "capabilities": ["embeddings"],
            "pricing": {"input": 0.02, "output": 0},
            "timeout": 5,
        },
        {
            "name": "embed-local",
            "provider": "openai_compatible",
            "base_url": f"{url}/v1",
            "hosted": False,
            "capabilities": ["embeddings"],
            "timeout": 5,
        },
    ]
    config["router"]["fallbacks"]["embed-hosted"] = ["embed-local"]
    config.update(extra)
    return config


class Records(CallObserver):
    def __init__(self) -> None:
        self.calls: list[CallRecord] = []

    def record(self, call: CallRecord) -> None:
        self.calls.append(call)


async def test_auto_is_the_bundled_minilm_with_zero_config(gateway: RunningGateway) -> None:
    texts = ["The cat sat on the mat.", "Quarterly revenue grew by four percent."]
    raw = await gateway.client.embeddings.with_raw_response.create(model="auto", input=texts)
    result = raw.parse()  # the SDK asked for base64 and decoded it
    assert raw.headers["x-hybridgate-model"] == "local-embed"
    assert raw.headers["x-hybridgate-route-reason"] == "default"
    assert float(raw.headers["x-hybridgate-cost-usd"]) == 0.0
    assert result.model == "local-embed" and [d.index for d in result.data] == [0, 1]
    assert result.usage.prompt_tokens > 0
    direct = MiniLM.load(max_tokens=256)
    for text, row in zip(texts, result.data, strict=True):
        assert len(row.embedding) == 384
        assert cosine(row.embedding, direct.embed(text).tolist()) >= 0.999
    floats = await gateway.client.embeddings.create(
        model="local-embed", input="The cat sat on the mat.", encoding_format="float"
    )
    assert cosine(floats.data[0].embedding, result.data[0].embedding) >= 0.9999


async def test_configured_models_serve_embeddings_with_dimensions_and_cost(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    records = Records()
    gw = start_gateway(embed_config(fake_upstream.url), observers=[records])  # type: ignore[attr-defined]
    raw = await gw.client.embeddings.with_raw_response.create(
        model="embed-hosted", input=["one two three", "four"], dimensions=16
    )
    result = raw.parse()
    assert fake_upstream.paths[-1] == "/v1/embeddings"
    assert fake_upstream.requests[-1]["input"] == ["one two three", "four"]  # one batch
    assert [len(d.embedding) for d in result.data] == [16, 16]
    assert result.usage.prompt_tokens == 4
    assert raw.headers["x-hybridgate-model"] == "embed-hosted"
    assert raw.headers["x-hybridgate-route-reason"] == "explicit"
    assert float(raw.headers["x-hybridgate-cost-usd"]) == pytest.approx(4 * 0.02 / 1e6)
    call = records.calls[-1]
    assert (call.model, call.usage.prompt_tokens, call.status) == ("embed-hosted", 4, 200)
    # The bundled model has one size: another is a 400 that names the field.
    with pytest.raises(openai.BadRequestError) as bad:
        await gw.client.embeddings.create(model="auto", input="x", dimensions=128)
    assert bad.value.body["param"] == "dimensions"  # type: ignore[index]


async def test_upstream_outage_falls_back(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    gw = start_gateway(embed_config(fake_upstream.url))  # type: ignore[attr-defined]
    fake_upstream.script("embed-hosted", [Fail(503)] * 3)
    raw = await gw.client.embeddings.with_raw_response.create(model="embed-hosted", input="hi")
    assert raw.headers["x-hybridgate-model"] == "embed-local"
    assert raw.headers["x-hybridgate-route-reason"] == "fallback"
    assert len(raw.parse().data[0].embedding) == 8


async def test_sensitive_input_is_embedded_in_house(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    config = embed_config(fake_upstream.url, embeddings={"default": "embed-hosted"})
    config["router"]["privacy"] = {"on_sensitive": "redact"}  # no placeholders in vectors
    gw = start_gateway(config, extractor=FeatureExtractor(privacy=Scanner()))
    clean = await gw.client.embeddings.with_raw_response.create(model="auto", input="hello")
    assert clean.headers["x-hybridgate-model"] == "embed-hosted"
    for model in ("auto", "embed-hosted"):
        raw = await gw.client.embeddings.with_raw_response.create(
            model=model, input=["hello", f"write to {EMAIL}"]
        )
        assert raw.headers["x-hybridgate-route-reason"] == "privacy"
        assert raw.headers["x-hybridgate-model"] in ("embed-local", "local-embed")
    assert EMAIL not in "".join(
        str(r)
        for r, m in zip(fake_upstream.requests, fake_upstream.paths, strict=True)
        if r.get("model") == "embed-hosted" and m == "/v1/embeddings"
    )


async def test_token_arrays_are_decoded_and_bad_input_is_a_400(gateway: RunningGateway) -> None:
    ids = await gateway.client.embeddings.create(model="auto", input=[[9906, 1917]])
    text = await gateway.client.embeddings.create(model="auto", input="Hello world")
    assert cosine(ids.data[0].embedding, text.data[0].embedding) >= 0.9999
    cases = [
        ({"model": "auto", "input": []}, "input"),
        ({"model": "auto", "input": ["ok", ""]}, "input[1]"),
        ({"model": "auto", "input": [[10**9]]}, "input"),
        ({"model": "auto", "input": "x", "encoding_format": "hex"}, "encoding_format"),
        ({"model": "gpt-hosted", "input": "x"}, "model"),
    ]
    async with httpx.AsyncClient(base_url=gateway.url) as http:
        for body, param in cases:
            response = await http.post("/v1/embeddings", json=body)
            assert response.status_code == 400, body
            assert response.json()["error"]["param"] == param, body
        chat = {"model": "local-embed", "messages": [{"role": "user", "content": "hi"}]}
        response = await http.post("/v1/chat/completions", json=chat)
        assert response.status_code == 400 and "embeds texts" in response.text


async def test_budget_exhausted_is_a_429_not_retried(spent_gateway: RunningGateway) -> None:
    with pytest.raises(openai.RateLimitError) as limited:
        await spent_gateway.client.embeddings.create(model="auto", input="hello")
    assert limited.value.response.headers["x-should-retry"] == "false"


async def test_no_embedding_model_or_key_without_one_is_a_clear_error(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    config = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    config["embeddings"] = {"builtin": None}
    gw = start_gateway(config)
    with pytest.raises(openai.BadRequestError) as none:
        await gw.client.embeddings.create(model="auto", input="hi")
    assert "No model on this gateway serves embeddings" in none.value.message
    assert "local-embed" not in [m.id for m in (await gw.client.models.list()).data]
    # A key limited to chat models gets a 403 here, not a model it may not use.
    gateway = start_gateway(base_config(fake_upstream.url)).gateway  # type: ignore[attr-defined]
    chat_only = Principal(key_id="k1", name="chat-only", models=frozenset({"llama-local"}))
    with pytest.raises(PermissionDenied):
        await gateway.route(
            as_chat("auto", EmbeddingCall(texts=("hi",))), principal=chat_only, api=Api.EMBEDDINGS
        )
