"""The openai provider (official SDK) against the fake upstream over real HTTP."""

from __future__ import annotations

import openai
import pytest

from hybridgate.config import OpenAIModel
from hybridgate.errors import UpstreamError, UpstreamRejected
from hybridgate.providers.openai import OpenAIProvider
from hybridgate.schemas import ChatRequest

from ..conftest import RunningGateway
from ..fakes.upstream import DropStream, Fail, FakeUpstream

pytestmark = pytest.mark.anyio


def _provider(url: str) -> OpenAIProvider:
    return OpenAIProvider(
        OpenAIModel.model_validate(
            {"name": "gpt-hosted", "provider": "openai", "api_key": "sk-test", "base_url": url}
        )
    )


def _request(stream: bool = False) -> ChatRequest:
    messages = [{"role": "user", "content": "one two three four"}]
    return ChatRequest.model_validate(
        {"model": "gpt-hosted", "stream": stream, "messages": messages}
    )


async def test_stream_relays_chunks_and_usage(fake_upstream: FakeUpstream) -> None:
    provider = _provider(f"{fake_upstream.url}/v1")  # type: ignore[attr-defined]
    try:
        chunks = [c async for c in provider.stream(_request(stream=True))]
    finally:
        await provider.aclose()
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text == "echo: one two three four"
    assert chunks[-1].usage is not None and chunks[-1].usage.prompt_tokens == 10
    assert fake_upstream.requests[-1]["stream_options"] == {"include_usage": True}


async def test_stream_closed_cleanly_before_done_is_an_error(fake_upstream: FakeUpstream) -> None:
    """A body that ends without [DONE] was cut off, even when the connection closed
    properly (issue 14: it was relayed as a complete answer)."""
    provider = _provider(f"{fake_upstream.url}/v1")  # type: ignore[attr-defined]
    fake_upstream.script("gpt-hosted", [DropStream(after=2, clean=True)])
    seen = []
    try:
        with pytest.raises(UpstreamError, match=r"before \[DONE\]"):
            async for chunk in provider.stream(_request(stream=True)):
                seen.append(chunk)
    finally:
        await provider.aclose()
    assert seen  # content arrived before the end


async def test_stream_errors_map_to_ours(fake_upstream: FakeUpstream) -> None:
    provider = _provider(f"{fake_upstream.url}/v1")  # type: ignore[attr-defined]
    fake_upstream.script("gpt-hosted", [Fail(400, message="bad foo")])
    try:
        with pytest.raises(UpstreamRejected, match="bad foo"):
            async for _ in provider.stream(_request(stream=True)):
                pass
    finally:
        await provider.aclose()


async def test_gateway_ends_a_cut_hosted_stream_with_an_error_event(
    gateway: RunningGateway, fake_upstream: FakeUpstream
) -> None:
    fake_upstream.script("gpt-hosted", [DropStream(after=2, clean=True)])
    stream = await gateway.client.chat.completions.create(
        model="gpt-hosted", messages=[{"role": "user", "content": "a b c d"}], stream=True
    )
    seen = []
    with pytest.raises(openai.APIError):
        async for chunk in stream:
            seen.append(chunk)
    assert seen  # the client had content: no fallback, an error event, never [DONE]
