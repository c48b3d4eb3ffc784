"""POST /v1/messages through the real gateway with the official anthropic SDK: translated
to chat for whichever model is routed, rendered back as Anthropic Messages and SSE
events, with Anthropic-shaped errors and the gateway's routing, privacy and headers."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import anthropic
import httpx
import pytest

from ..conftest import RunningGateway
from ..fakes.upstream import DropStream, Fail, FakeUpstream, Reply

pytestmark = pytest.mark.anyio

EMAIL = "maria.gonzalez@example-mail.com"
WEATHER = {
    "name": "get_weather",
    "description": "Weather for a city",
    "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}},
}


@pytest.fixture
async def claude(gateway: RunningGateway) -> AsyncIterator[anthropic.AsyncAnthropic]:
    client = anthropic.AsyncAnthropic(base_url=gateway.url, api_key="sk-client", max_retries=0)
    yield client
    await client.close()


def client_for(gw: RunningGateway, key: str = "sk-client") -> anthropic.AsyncAnthropic:
    return anthropic.AsyncAnthropic(base_url=gw.url, api_key=key, max_retries=0)


async def events_of(client: anthropic.AsyncAnthropic, **kwargs: Any) -> list[Any]:
    stream = await client.messages.create(stream=True, **kwargs)
    return [event async for event in stream]


@pytest.mark.parametrize("model", ["llama-local", "gpt-hosted"])
async def test_plain_message_with_headers(
    claude: anthropic.AsyncAnthropic, fake_upstream: FakeUpstream, model: str
) -> None:
    raw = await claude.messages.with_raw_response.create(
        model=model,
        max_tokens=64,
        system="Answer briefly.",
        messages=[{"role": "user", "content": "hello there"}],
        stop_sequences=["END"],
        extra_body={"temperature": 0.3},  # this SDK no longer has the keyword
    )
    message = await raw.parse()
    assert message.content[0].type == "text" and message.content[0].text == "echo: hello there"
    assert (message.role, message.stop_reason, message.model) == ("assistant", "end_turn", model)
    assert message.usage.input_tokens == 10 and message.usage.output_tokens == 3
    assert raw.headers["x-hybridgate-model"] == model
    assert raw.headers["x-hybridgate-route-reason"] == "explicit"
    assert "x-hybridgate-cost-usd" in raw.headers and "x-hybridgate-request-id" in raw.headers
    sent = fake_upstream.requests[-1]
    assert fake_upstream.paths[-1] == "/v1/chat/completions"
    assert sent["messages"][0] == {"role": "system", "content": "Answer briefly."}
    assert (sent["max_completion_tokens"], sent["stop"], sent["temperature"]) == (64, ["END"], 0.3)


async def test_stream_events(claude: anthropic.AsyncAnthropic) -> None:
    events = await events_of(
        claude,
        model="llama-local",
        max_tokens=64,
        messages=[{"role": "user", "content": [{"type": "text", "text": "one two three"}]}],
    )
    kinds = [e.type for e in events]
    assert kinds[0] == "message_start" and kinds[-1] == "message_stop"
    assert kinds[1:3] == ["content_block_start", "content_block_delta"]
    assert kinds[-3:-1] == ["content_block_stop", "message_delta"]
    text = "".join(e.delta.text for e in events if e.type == "content_block_delta")
    assert text == "echo: one two three"
    delta = events[-2]
    assert delta.delta.stop_reason == "end_turn" and delta.usage.output_tokens > 0
    # The SDK's own accumulator agrees.
    async with claude.messages.stream(
        model="gpt-hosted", max_tokens=64, messages=[{"role": "user", "content": "a b"}]
    ) as stream:
        final = await stream.get_final_message()
    assert final.content[0].text == "echo: a b"  # type: ignore[union-attr]


@pytest.mark.parametrize("stream", [False, True])
async def test_tool_use_round_trip(
    claude: anthropic.AsyncAnthropic, fake_upstream: FakeUpstream, stream: bool
) -> None:
    fake_upstream.script("llama-local", [Reply(tool_call=("get_weather", '{"city": "Paris"}'))])
    ask: list[Any] = [{"role": "user", "content": "Weather in Paris?"}]
    kwargs: Any = {"model": "llama-local", "max_tokens": 64, "tools": [WEATHER]}
    if stream:
        async with claude.messages.stream(messages=ask, **kwargs) as s:
            message = await s.get_final_message()
    else:
        message = await claude.messages.create(messages=ask, **kwargs)
    assert message.stop_reason == "tool_use"
    use = next(block for block in message.content if block.type == "tool_use")
    assert (use.name, use.input) == ("get_weather", {"city": "Paris"})
    follow = [
        *ask,
        {"role": "assistant", "content": [block.model_dump() for block in message.content]},
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": use.id, "content": "sunny"},
                {"type": "text", "text": "And tomorrow?"},
            ],
        },
    ]
    fake_upstream.script("llama-local", [Reply(text="Sunny again.")])
    final = await claude.messages.create(messages=follow, tool_choice={"type": "auto"}, **kwargs)
    assert final.content[0].text == "Sunny again."  # type: ignore[union-attr]
    sent = fake_upstream.requests[-1]
    roles = [m["role"] for m in sent["messages"]]
    assert roles == ["user", "assistant", "tool", "user"]
    assert sent["messages"][1]["tool_calls"][0]["id"] == use.id
    assert json.loads(sent["messages"][1]["tool_calls"][0]["function"]["arguments"]) == {
        "city": "Paris"
    }
    assert sent["messages"][2] == {"role": "tool", "tool_call_id": use.id, "content": "sunny"}
    assert sent["tools"][0]["function"]["parameters"] == WEATHER["input_schema"]
    assert sent["tool_choice"] == "auto"


async def test_images_reach_the_model_as_image_parts(
    claude: anthropic.AsyncAnthropic, fake_upstream: FakeUpstream
) -> None:
    image = {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}
    await claude.messages.create(
        model="auto",
        max_tokens=16,
        messages=[
            {
                "role": "user",
                "content": [{"type": "image", "source": image}, {"type": "text", "text": "what?"}],
            }
        ],
    )
    part = fake_upstream.requests[-1]["messages"][0]["content"][0]
    assert part == {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}
    assert fake_upstream.requests[-1]["model"] == "gpt-hosted"  # the one with images


async def test_fault_before_first_token_falls_back(
    claude: anthropic.AsyncAnthropic, fake_upstream: FakeUpstream
) -> None:
    fake_upstream.script("gpt-hosted", [Fail(503)] * 3)
    raw = await claude.messages.with_raw_response.create(
        model="gpt-hosted", max_tokens=16, messages=[{"role": "user", "content": "hi"}], stream=True
    )
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert raw.headers["x-hybridgate-route-reason"] == "fallback"
    events = [event async for event in await raw.parse()]
    assert events[-1].type == "message_stop"


async def test_fault_after_first_token_is_an_error_event(
    claude: anthropic.AsyncAnthropic, fake_upstream: FakeUpstream
) -> None:
    fake_upstream.script("llama-local", [DropStream(after=2)])
    stream = await claude.messages.create(
        model="llama-local",
        max_tokens=64,
        messages=[{"role": "user", "content": "one two three four five"}],
        stream=True,
    )
    seen: list[str] = []
    with pytest.raises(anthropic.APIStatusError) as failed:
        async for event in stream:
            seen.append(event.type)
    assert "content_block_delta" in seen and "message_stop" not in seen
    assert failed.value.body["error"]["type"] == "api_error"  # type: ignore[index]


async def test_sensitive_input_is_redacted_for_the_hosted_model(
    fake_upstream: FakeUpstream, redacting_gateway: RunningGateway
) -> None:
    client = client_for(redacting_gateway)
    prompt = f"Please email {EMAIL} about the invoice"
    message = await client.messages.create(
        model="gpt-hosted", max_tokens=64, messages=[{"role": "user", "content": prompt}]
    )
    assert EMAIL not in json.dumps(fake_upstream.requests[-1])
    assert message.content[0].text == f"echo: {prompt}"  # type: ignore[union-attr]
    async with client.messages.stream(
        model="gpt-hosted", max_tokens=64, messages=[{"role": "user", "content": prompt}]
    ) as stream:
        final = await stream.get_final_message()
    assert EMAIL not in json.dumps(fake_upstream.requests[-1])
    assert final.content[0].text == f"echo: {prompt}"  # type: ignore[union-attr]
    await client.close()


async def test_errors_are_anthropic_shaped(spent_gateway: RunningGateway) -> None:
    gw = spent_gateway
    client = client_for(gw)
    with pytest.raises(anthropic.RateLimitError) as limited:
        await client.messages.create(
            model="auto", max_tokens=8, messages=[{"role": "user", "content": "hi"}]
        )
    assert limited.value.response.headers["x-should-retry"] == "false"
    assert limited.value.body["type"] == "error"  # type: ignore[index]
    with pytest.raises(anthropic.NotFoundError) as missing:
        await client.messages.create(
            model="nope", max_tokens=8, messages=[{"role": "user", "content": "hi"}]
        )
    assert missing.value.body["error"]["type"] == "not_found_error"  # type: ignore[index]
    await client.close()
    async with httpx.AsyncClient(base_url=gw.url) as http:
        response = await http.post("/v1/messages", json={"model": "auto", "messages": []})
        assert response.status_code == 400
        body = response.json()
        assert body["type"] == "error" and body["error"]["type"] == "invalid_request_error"


async def test_count_tokens(claude: anthropic.AsyncAnthropic) -> None:
    counted = await claude.messages.count_tokens(
        model="auto", system="Be brief.", messages=[{"role": "user", "content": "hello there"}]
    )
    assert 5 < counted.input_tokens < 30
