"""The openai_compatible provider (aiohttp) against the fake upstream over real HTTP."""

from __future__ import annotations

import socket

import pytest

from hybridgate.config import CompatModel
from hybridgate.errors import UpstreamError, UpstreamRejected, UpstreamTimeout, UpstreamUnavailable
from hybridgate.providers.openai_compatible import OpenAICompatibleProvider
from hybridgate.schemas import ChatRequest

from ..fakes.upstream import DropStream, Fail, FakeUpstream, Hang, Reply

pytestmark = pytest.mark.anyio


def _provider(url: str, timeout: float = 5) -> OpenAICompatibleProvider:
    return OpenAICompatibleProvider(
        CompatModel(
            name="llama-local",
            provider="openai_compatible",
            base_url=url,
            hosted=False,
            timeout=timeout,
        )
    )


def _request(stream: bool = False) -> ChatRequest:
    messages = [{"role": "user", "content": "hi you"}]
    return ChatRequest.model_validate(
        {"model": "llama-local", "stream": stream, "messages": messages}
    )


async def test_complete_and_stream(fake_upstream: FakeUpstream) -> None:
    provider = _provider(f"{fake_upstream.url}/v1")  # type: ignore[attr-defined]
    try:
        done = await provider.complete(_request())
        assert done.choices[0].message.content == "echo: hi you"
        assert fake_upstream.requests[-1]["stream"] is False
        chunks = [c async for c in provider.stream(_request(stream=True))]
        text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
        assert text == "echo: hi you"
        assert fake_upstream.requests[-1]["stream_options"] == {"include_usage": True}
    finally:
        await provider.aclose()


async def test_errors_map_to_our_tree(fake_upstream: FakeUpstream) -> None:
    provider = _provider(f"{fake_upstream.url}/v1", timeout=0.3)  # type: ignore[attr-defined]
    fake_upstream.script(
        "llama-local",
        [Fail(429, headers={"retry-after": "7"}), Fail(400, message="bad foo"), Hang(2), Reply()],
    )
    try:
        with pytest.raises(UpstreamError) as limited:
            await provider.complete(_request())
        assert limited.value.upstream_status == 429 and limited.value.retry_after == 7
        with pytest.raises(UpstreamRejected, match="bad foo"):
            await provider.complete(_request())
        with pytest.raises(UpstreamTimeout):
            await provider.complete(_request())
    finally:
        await provider.aclose()


async def test_stream_cut_after_content_is_an_error(fake_upstream: FakeUpstream) -> None:
    provider = _provider(f"{fake_upstream.url}/v1")  # type: ignore[attr-defined]
    fake_upstream.script("llama-local", [DropStream(after=1)])
    seen = []
    try:
        with pytest.raises(UpstreamError):
            async for chunk in provider.stream(_request(stream=True)):
                seen.append(chunk)
        assert seen  # content arrived before the cut
    finally:
        await provider.aclose()


async def test_unreachable_upstream_is_unavailable() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound, not listening: connection refused
        provider = _provider(f"http://127.0.0.1:{port}/v1")
        try:
            with pytest.raises(UpstreamUnavailable):
                await provider.complete(_request())
        finally:
            await provider.aclose()
