"""Provider for any OpenAI-compatible server (vLLM, Ollama, llama.cpp server, TGI, …)
over a pooled httpx client."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager

import httpx
import orjson
from httpx_sse import aconnect_sse
from pydantic import ValidationError

from ..config import CompatModel
from ..errors import UpstreamError, UpstreamTimeout, UpstreamUnavailable
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest
from .base import error_for_status, parse_retry_after


@contextmanager
def httpx_errors(model: str) -> Iterator[None]:
    """The one place transport exceptions become ours."""
    try:
        yield
    except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
        raise UpstreamUnavailable(f"{model}: cannot reach the upstream") from exc
    except httpx.TimeoutException as exc:
        raise UpstreamTimeout(f"{model}: upstream timed out") from exc
    except httpx.HTTPError as exc:  # resets, protocol errors mid-body
        raise UpstreamError(f"{model}: upstream connection failed ({type(exc).__name__})") from exc
    except (orjson.JSONDecodeError, ValidationError) as exc:
        raise UpstreamError(f"{model}: upstream sent a malformed response") from exc


def _error_message(content: bytes) -> str | None:
    try:
        body = orjson.loads(content)
    except orjson.JSONDecodeError:
        return None
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and isinstance(error.get("message"), str):
        return str(error["message"])
    return error if isinstance(error, str) else None


class OpenAICompatibleProvider:
    def __init__(self, config: CompatModel, transport: httpx.AsyncBaseTransport | None = None):
        self.name = config.name
        self._model = config.upstream_model
        headers = {"content-type": "application/json"}
        if config.api_key is not None:
            headers["authorization"] = f"Bearer {config.api_key.get_secret_value()}"
        self._client = httpx.AsyncClient(
            base_url=config.base_url.rstrip("/") + "/",
            headers=headers,
            timeout=httpx.Timeout(config.timeout, connect=min(10.0, config.timeout)),
            limits=httpx.Limits(
                max_connections=config.max_connections,
                max_keepalive_connections=config.max_connections,
            ),
            transport=transport,
        )

    async def start(self) -> None:
        return None

    async def _raise_for(self, response: httpx.Response) -> None:
        if response.status_code < 400:
            return
        await response.aread()
        raise error_for_status(
            self.name,
            response.status_code,
            _error_message(response.content),
            parse_retry_after(response.headers.get("retry-after")),
        )

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        body = request.upstream_body(self._model)
        body["stream"] = False
        with httpx_errors(self.name):
            response = await self._client.post("chat/completions", content=orjson.dumps(body))
            await self._raise_for(response)
            return ChatCompletion.model_validate_json(response.content)

    async def stream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        body = request.upstream_body(self._model)
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}
        with httpx_errors(self.name):
            async with aconnect_sse(
                self._client, "POST", "chat/completions", content=orjson.dumps(body)
            ) as source:
                await self._raise_for(source.response)
                async for event in source.aiter_sse():
                    if event.data == "[DONE]":
                        return
                    if not event.data:
                        continue
                    data = orjson.loads(event.data)
                    if isinstance(data, dict) and "error" in data:
                        raise UpstreamError(
                            f"{self.name}: upstream stream failed: "
                            f"{_error_message(event.data.encode()) or 'error event'}"
                        )
                    yield ChatCompletionChunk.model_validate(data)
        # A stream that ends without [DONE] was cut off.
        raise UpstreamError(f"{self.name}: upstream stream ended before [DONE]")

    async def aclose(self) -> None:
        await self._client.aclose()
