"""POST /v1/responses through the real gateway with the openai SDK: translated to chat for
in-house models, native for the hosted OpenAI model, streamed as Responses events, and
treated like a chat request (fallbacks, privacy, budgets, decision headers)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import openai
import pytest

from hybridgate.features import FeatureExtractor
from hybridgate.features.privacy import Scanner

from ..conftest import GatewayFactory, RunningGateway, base_config
from ..fakes.upstream import DropStream, Fail, FakeUpstream, Reply

pytestmark = pytest.mark.anyio

EMAIL = "maria.gonzalez@example-mail.com"
WEATHER = {
    "type": "function",
    "name": "get_weather",
    "description": "Weather for a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
}


async def collect(stream: Any) -> tuple[list[str], list[Any]]:
    kinds, events = [], []
    async for event in stream:
        kinds.append(event.type)
        events.append(event)
    return kinds, events


@pytest.mark.parametrize("model", ["llama-local", "gpt-hosted"])
async def test_plain_answer_with_headers(
    gateway: RunningGateway, fake_upstream: FakeUpstream, model: str
) -> None:
    raw = await gateway.client.responses.with_raw_response.create(
        model=model,
        input="hello there",
        instructions="Answer briefly.",
        max_output_tokens=50,
        temperature=0.2,
        metadata={"ticket": "T-1"},
    )
    response = raw.parse()
    assert response.output_text == "echo: hello there"
    assert response.status == "completed" and response.id.startswith("resp_")
    assert response.metadata == {"ticket": "T-1"} and response.model == model
    assert response.usage is not None and response.usage.input_tokens == 10
    assert raw.headers["x-hybridgate-model"] == model
    assert raw.headers["x-hybridgate-route-reason"] == "explicit"
    assert float(raw.headers["x-hybridgate-cost-usd"]) >= 0
    sent = fake_upstream.requests[-1]
    if model == "gpt-hosted":  # the hosted OpenAI model gets the Responses API itself
        assert fake_upstream.paths[-1] == "/v1/responses"
        assert sent["store"] is False and sent["max_output_tokens"] == 50
        assert sent["input"][0] == {
            "type": "message",
            "role": "system",
            "content": "Answer briefly.",
        }
    else:
        assert fake_upstream.paths[-1] == "/v1/chat/completions"
        assert sent["messages"][0] == {"role": "system", "content": "Answer briefly."}
        assert sent["max_completion_tokens"] == 50 and "metadata" not in sent


@pytest.mark.parametrize("model", ["llama-local", "gpt-hosted"])
async def test_stream_events_end_with_usage(gateway: RunningGateway, model: str) -> None:
    stream = await gateway.client.responses.create(
        model=model, input=[{"role": "user", "content": "one two three"}], stream=True
    )
    kinds, events = await collect(stream)
    assert kinds[:2] == ["response.created", "response.in_progress"]
    assert kinds[-1] == "response.completed"
    text = "".join(e.delta for e in events if e.type == "response.output_text.delta")
    assert text == "echo: one two three"
    done = events[-1].response
    assert done.output_text == text and done.usage.total_tokens > 0
    numbers = [e.sequence_number for e in events]
    assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)


@pytest.mark.parametrize("model", ["llama-local", "gpt-hosted"])
@pytest.mark.parametrize("stream", [False, True])
async def test_tool_call_round_trip(
    gateway: RunningGateway, fake_upstream: FakeUpstream, model: str, stream: bool
) -> None:
    fake_upstream.script(model, [Reply(tool_call=("get_weather", '{"city": "Paris"}'))])
    tools: Any = [WEATHER]
    ask = [{"role": "user", "content": "Weather in Paris?"}]
    if stream:
        kinds, events = await collect(
            await gateway.client.responses.create(model=model, input=ask, tools=tools, stream=True)
        )
        assert "response.function_call_arguments.delta" in kinds
        output = events[-1].response.output
    else:
        response = await gateway.client.responses.create(model=model, input=ask, tools=tools)
        output = response.output
    call = next(item for item in output if item.type == "function_call")
    assert (call.name, json.loads(call.arguments)) == ("get_weather", {"city": "Paris"})
    follow: Any = [
        *ask,
        {
            "type": "function_call",
            "call_id": call.call_id,
            "name": call.name,
            "arguments": call.arguments,
        },
        {"type": "function_call_output", "call_id": call.call_id, "output": "sunny"},
    ]
    fake_upstream.script(model, [Reply(text="It is sunny.")])
    final = await gateway.client.responses.create(
        model=model, input=follow, tools=tools, tool_choice="auto"
    )
    assert final.output_text == "It is sunny."
    sent = fake_upstream.requests[-1]
    if model == "gpt-hosted":
        kinds = [item.get("type") for item in sent["input"]]
        assert kinds == ["message", "function_call", "function_call_output"]
        assert sent["tools"][0]["name"] == "get_weather"
    else:
        assistant, tool = sent["messages"][1], sent["messages"][2]
        assert assistant["tool_calls"][0]["id"] == call.call_id
        assert tool == {"role": "tool", "tool_call_id": call.call_id, "content": "sunny"}
        assert sent["tools"][0]["function"]["name"] == "get_weather"


@pytest.mark.parametrize("model", ["llama-local", "gpt-hosted"])
async def test_json_schema_output(
    gateway: RunningGateway, fake_upstream: FakeUpstream, model: str
) -> None:
    schema = {"type": "object", "properties": {"answer": {"type": "string"}}}
    text: Any = {"format": {"type": "json_schema", "name": "reply", "schema": schema}}
    if model == "llama-local":
        with pytest.raises(openai.BadRequestError) as bad:  # no json_schema capability
            await gateway.client.responses.create(model=model, input="hi", text=text)
        assert bad.value.body["param"] == "response_format"  # type: ignore[index]
        return
    response = await gateway.client.responses.create(model=model, input="hi", text=text)
    assert json.loads(response.output_text) == {"answer": "echo: hi"}
    assert fake_upstream.requests[-1]["text"]["format"]["name"] == "reply"
    assert response.text is not None and response.text.format.type == "json_schema"


async def test_fault_before_first_token_falls_back(
    gateway: RunningGateway, fake_upstream: FakeUpstream
) -> None:
    fake_upstream.script("gpt-hosted", [Fail(503)] * 3)
    raw = await gateway.client.responses.with_raw_response.create(
        model="gpt-hosted", input="hi", stream=True
    )
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert raw.headers["x-hybridgate-route-reason"] == "fallback"
    kinds, _ = await collect(raw.parse())
    assert kinds[-1] == "response.completed"


@pytest.mark.parametrize("model", ["llama-local", "gpt-hosted"])
async def test_fault_after_first_token_is_an_error_event(
    gateway: RunningGateway, fake_upstream: FakeUpstream, model: str
) -> None:
    fake_upstream.script(model, [DropStream(after=2)])
    stream = await gateway.client.responses.create(
        model=model, input="one two three four five", stream=True
    )
    kinds, events = await collect(stream)
    assert "response.output_text.delta" in kinds
    assert "response.completed" not in kinds
    assert kinds[-2:] == ["error", "response.failed"]
    assert events[-1].response.status == "failed"


async def test_sensitive_input_is_redacted_for_the_hosted_model(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, redacting_gateway: RunningGateway
) -> None:
    gw = redacting_gateway
    for stream in (False, True):
        prompt = f"Please email {EMAIL} about the invoice"
        if stream:
            _, events = await collect(
                await gw.client.responses.create(model="gpt-hosted", input=prompt, stream=True)
            )
            text = events[-1].response.output_text
        else:
            text = (await gw.client.responses.create(model="gpt-hosted", input=prompt)).output_text
        assert fake_upstream.paths[-1] == "/v1/responses"
        assert EMAIL not in json.dumps(fake_upstream.requests[-1])
        assert text == f"echo: {prompt}"  # restored in the answer
    local = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    gw = start_gateway(local, extractor=FeatureExtractor(privacy=Scanner()))
    raw = await gw.client.responses.with_raw_response.create(
        model="gpt-hosted", input=f"write to {EMAIL}"
    )
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert raw.headers["x-hybridgate-route-reason"] == "privacy"


async def test_budget_exhausted_is_a_429_not_retried(spent_gateway: RunningGateway) -> None:
    with pytest.raises(openai.RateLimitError) as limited:
        await spent_gateway.client.responses.create(model="auto", input="hello")
    assert limited.value.response.headers["x-should-retry"] == "false"


async def test_stateful_and_unsupported_fields_are_400s(gateway: RunningGateway) -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({"previous_response_id": "resp_1"}, "previous_response_id"),
        ({"store": True}, "store"),
        ({"tools": [{"type": "web_search"}]}, "tools[0].type"),
        ({"input": [{"type": "item_reference", "id": "msg_1"}]}, "input[0]"),
        (
            {"input": [{"role": "user", "content": [{"type": "input_file"}]}]},
            "input[0].content[0].type",
        ),
        ({"input": []}, "input"),
    ]
    async with httpx.AsyncClient(base_url=gateway.url) as http:
        for extra, param in cases:
            body = {"model": "auto", "input": "hi", **extra}
            response = await http.post("/v1/responses", json=body)
            assert response.status_code == 400, (extra, response.text)
            assert response.json()["error"]["param"] == param, extra
        ok = await http.post("/v1/responses", json={"model": "auto", "input": "hi", "store": False})
        assert ok.status_code == 200


async def test_output_cap_names_each_apis_own_field(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    config = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    config["limits"] = {"max_output_tokens": 10}
    gw = start_gateway(config)
    async with httpx.AsyncClient(base_url=gw.url) as http:
        body = {"model": "auto", "input": "hi", "max_output_tokens": 100}
        response = await http.post("/v1/responses", json=body)
        assert response.json()["error"]["param"] == "max_output_tokens"
        message = {
            "model": "auto",
            "max_tokens": 100,
            "messages": [{"role": "user", "content": "x"}],
        }
        response = await http.post("/v1/messages", json=message)
        assert response.status_code == 400 and "max_tokens of 100" in response.text
