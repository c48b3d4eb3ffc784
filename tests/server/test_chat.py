"""The chat endpoint through the official openai SDK, against the fake upstream."""

from __future__ import annotations

import json

import openai
import pytest

from ..conftest import RunningGateway
from ..fakes.upstream import DropStream, Fail, FakeUpstream, Reply

pytestmark = pytest.mark.anyio

USER = [{"role": "user", "content": "hello there"}]


async def test_explicit_model_non_streaming(gateway: RunningGateway, fake_upstream: FakeUpstream):
    raw = await gateway.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER
    )
    completion = raw.parse()
    assert completion.choices[0].message.content == "echo: hello there"
    assert raw.headers["x-hybridgate-model"] == "gpt-hosted"
    assert raw.headers["x-hybridgate-route-reason"] == "explicit"
    assert raw.headers["x-hybridgate-request-id"].startswith("req_")
    # 10 prompt + 3 completion tokens at $2.50 / $15.00 per 1M
    assert float(raw.headers["x-hybridgate-cost-usd"]) == pytest.approx((10 * 2.5 + 3 * 15.0) / 1e6)
    assert fake_upstream.requests[-1]["model"] == "gpt-hosted"


async def test_streaming_with_usage(gateway: RunningGateway):
    stream = await gateway.client.chat.completions.create(
        model="llama-local",
        messages=USER,
        stream=True,
        stream_options={"include_usage": True},
    )
    text, usage = "", None
    async for chunk in stream:
        for choice in chunk.choices:
            text += choice.delta.content or ""
        if chunk.usage is not None:
            usage = chunk.usage
    assert text == "echo: hello there"
    assert usage is not None and usage.completion_tokens == 3


async def test_streaming_without_usage_strips_usage_chunk(gateway: RunningGateway):
    stream = await gateway.client.chat.completions.create(
        model="llama-local", messages=USER, stream=True
    )
    chunks = [chunk async for chunk in stream]
    assert all(chunk.usage is None for chunk in chunks)
    assert chunks[-1].choices[0].finish_reason == "stop"


async def test_stream_headers(gateway: RunningGateway):
    async with gateway.client.chat.completions.with_streaming_response.create(
        model="gpt-hosted", messages=USER, stream=True
    ) as response:
        assert response.headers["x-hybridgate-model"] == "gpt-hosted"
        assert response.headers["x-hybridgate-route-reason"] == "explicit"
        assert float(response.headers["x-hybridgate-cost-usd"]) > 0
        assert response.headers["content-type"].startswith("text/event-stream")
        lines = [line async for line in response.iter_lines()]
    assert lines[-1] == "data: [DONE]" or lines[-2] == "data: [DONE]"


async def test_tools_round_trip(gateway: RunningGateway, fake_upstream: FakeUpstream):
    fake_upstream.script("gpt-hosted", [Reply(tool_call=("get_weather", '{"city": "Paris"}'))])
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
            },
        }
    ]
    completion = await gateway.client.chat.completions.create(
        model="gpt-hosted", messages=USER, tools=tools, tool_choice="auto"
    )
    call = completion.choices[0].message.tool_calls[0]
    assert call.function.name == "get_weather"
    assert json.loads(call.function.arguments) == {"city": "Paris"}
    assert fake_upstream.requests[-1]["tools"][0]["function"]["name"] == "get_weather"


async def test_streamed_tool_call_deltas(gateway: RunningGateway, fake_upstream: FakeUpstream):
    fake_upstream.script("gpt-hosted", [Reply(tool_call=("lookup", '{"q": "hybrid gateways"}'))])
    stream = await gateway.client.chat.completions.create(
        model="gpt-hosted",
        messages=USER,
        stream=True,
        tools=[{"type": "function", "function": {"name": "lookup", "parameters": {}}}],
    )
    name, args = "", ""
    async for chunk in stream:
        for choice in chunk.choices:
            for call in choice.delta.tool_calls or []:
                name += call.function.name or ""
                args += call.function.arguments or ""
    assert name == "lookup"
    assert json.loads(args) == {"q": "hybrid gateways"}


async def test_json_schema_response_format(gateway: RunningGateway, fake_upstream: FakeUpstream):
    completion = await gateway.client.chat.completions.create(
        model="gpt-hosted",
        messages=USER,
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "answer", "schema": {"type": "object"}},
        },
    )
    assert json.loads(completion.choices[0].message.content) == {"answer": "echo: hello there"}
    assert fake_upstream.requests[-1]["response_format"]["json_schema"]["name"] == "answer"


async def test_passthrough_of_n_stop_and_limits(
    gateway: RunningGateway, fake_upstream: FakeUpstream
):
    completion = await gateway.client.chat.completions.create(
        model="gpt-hosted",
        messages=USER,
        n=2,
        stop=["\n"],
        max_completion_tokens=50,
        user="user-42",
    )
    assert len(completion.choices) == 2
    sent = fake_upstream.requests[-1]
    assert (sent["n"], sent["stop"], sent["max_completion_tokens"], sent["user"]) == (
        2, ["\n"], 50, "user-42",
    )  # fmt: skip


async def test_image_parts_pass_through(gateway: RunningGateway, fake_upstream: FakeUpstream):
    content = [
        {"type": "text", "text": "what is this"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}},
    ]
    raw = await gateway.client.chat.completions.with_raw_response.create(
        model="auto", messages=[{"role": "user", "content": content}]
    )
    # Only the hosted model supports images: capability routing picks it.
    assert raw.headers["x-hybridgate-model"] == "gpt-hosted"
    assert raw.headers["x-hybridgate-route-reason"] == "capability"
    assert fake_upstream.requests[-1]["messages"][0]["content"][1]["type"] == "image_url"


async def test_hosted_outage_falls_back_to_local(
    gateway: RunningGateway, fake_upstream: FakeUpstream
):
    # Enough failures to outlast the executor's retries of the same model.
    fake_upstream.script("gpt-hosted", [Fail(503)] * 3)
    raw = await gateway.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER
    )
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert raw.headers["x-hybridgate-route-reason"] == "fallback"


async def test_stream_failing_before_first_token_falls_back(
    gateway: RunningGateway, fake_upstream: FakeUpstream
):
    fake_upstream.script("gpt-hosted", [DropStream(after=0)])
    stream = await gateway.client.chat.completions.create(
        model="gpt-hosted", messages=USER, stream=True
    )
    text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    assert text == "echo: hello there"


async def test_stream_failing_after_content_reports_error(
    gateway: RunningGateway, fake_upstream: FakeUpstream
):
    fake_upstream.script("gpt-hosted", [DropStream(after=2)])
    stream = await gateway.client.chat.completions.create(
        model="gpt-hosted", messages=USER, stream=True
    )
    with pytest.raises(openai.APIError):
        async for _ in stream:
            pass


async def test_upstream_400_is_passed_back(gateway: RunningGateway, fake_upstream: FakeUpstream):
    fake_upstream.script("gpt-hosted", [Fail(400, message="Unsupported parameter: 'foo'")])
    with pytest.raises(openai.BadRequestError) as info:
        await gateway.client.chat.completions.create(model="gpt-hosted", messages=USER)
    assert "Unsupported parameter" in info.value.message
    assert len(fake_upstream.requests) == 1  # a client error is not retried elsewhere


async def test_everything_down_is_a_clear_5xx(gateway: RunningGateway, fake_upstream: FakeUpstream):
    fake_upstream.script("gpt-hosted", [Fail(500)] * 3)
    fake_upstream.script("llama-local", [Fail(502)] * 3)
    with pytest.raises(openai.InternalServerError) as info:
        await gateway.client.chat.completions.create(model="gpt-hosted", messages=USER)
    assert info.value.status_code == 502
    assert "Traceback" not in info.value.response.text
