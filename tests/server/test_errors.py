"""Bad input gets an OpenAI-shaped error with the right status, never a stack trace."""

from __future__ import annotations

import httpx
import openai
import pytest

from ..conftest import GatewayFactory, RunningGateway, base_config
from ..fakes.upstream import FakeUpstream

pytestmark = pytest.mark.anyio


def _post(gateway: RunningGateway, body: bytes | str, **headers: str) -> httpx.Response:
    return httpx.post(
        f"{gateway.url}/v1/chat/completions",
        content=body,
        headers={"content-type": "application/json", **headers},
        timeout=10,
    )


def _assert_error(response: httpx.Response, status: int, param: str | None = None) -> dict:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert "Traceback" not in response.text
    if param is not None:
        assert error["param"] == param
    return error


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        (b"{not json", 400, None),
        (b"", 400, None),
        (b"[1, 2]", 400, None),
        (b"\xff\xfe{}", 400, None),
        (b'{"model": "auto"}', 400, "messages"),
        (b'{"model": "auto", "messages": []}', 400, "messages"),
        (b'{"model": "auto", "messages": "hi"}', 400, "messages"),
        (b'{"model": "auto", "messages": [{"role": "robot", "content": "x"}]}', 400, None),
        (b'{"model": "auto", "messages": [{"role": "user"}]}', 400, "messages[0]"),
        (b'{"model": 5, "messages": [{"role": "user", "content": "x"}]}', 400, "model"),
        (
            b'{"model": "auto", "messages": [{"role": "user", "content": "x"}], "n": 0}',
            400,
            "n",
        ),
        (
            b'{"model": "auto", "messages": [{"role": "user", "content": "x"}], '
            b'"temperature": "hot"}',
            400,
            "temperature",
        ),
        (b'{"model": "gpt-9", "messages": [{"role": "user", "content": "x"}]}', 404, "model"),
        (b"[" * 5000 + b"]" * 5000, 400, None),
    ],
)
async def test_bad_bodies(gateway: RunningGateway, body: bytes, status: int, param: str | None):
    _assert_error(_post(gateway, body), status, param)


async def test_body_over_limit_is_413(fake_upstream: FakeUpstream, start_gateway: GatewayFactory):
    config = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    config["server"] = {"max_body_bytes": 1000}
    gw = start_gateway(config)
    big = '{"model": "auto", "messages": [{"role": "user", "content": "' + "x" * 2000 + '"}]}'
    error = _assert_error(_post(gw, big), 413)
    assert "1000" in error["message"]
    assert fake_upstream.requests == []


async def test_unknown_model_via_sdk(gateway: RunningGateway):
    with pytest.raises(openai.NotFoundError) as info:
        await gateway.client.chat.completions.create(
            model="nope", messages=[{"role": "user", "content": "x"}]
        )
    assert info.value.code == "model_not_found"


async def test_context_too_long(gateway: RunningGateway, fake_upstream: FakeUpstream):
    text = "word " * 200_000  # ~200K tokens: past both context windows
    with pytest.raises(openai.BadRequestError) as info:
        await gateway.client.chat.completions.create(
            model="auto", messages=[{"role": "user", "content": text}]
        )
    assert info.value.code == "context_length_exceeded"
    assert fake_upstream.requests == []


async def test_unknown_path_and_method(gateway: RunningGateway):
    _assert_error(httpx.get(f"{gateway.url}/v1/nothing"), 404)
    _assert_error(httpx.get(f"{gateway.url}/v1/chat/completions"), 405)


async def test_unreachable_upstream_is_503(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    config = base_config("http://127.0.0.1:9")  # nothing listens on the discard port
    gw = start_gateway(config)
    with pytest.raises(openai.APIStatusError) as info:
        await gw.client.chat.completions.create(
            model="llama-local", messages=[{"role": "user", "content": "x"}]
        )
    assert info.value.status_code == 503
    assert "sk-test-not-a-real-key" not in info.value.response.text


async def test_unknown_fields_pass_through(gateway: RunningGateway, fake_upstream: FakeUpstream):
    await gateway.client.chat.completions.create(
        model="llama-local",
        messages=[{"role": "user", "content": "x"}],
        extra_body={"top_k": 20},
    )
    assert fake_upstream.requests[-1]["top_k"] == 20
