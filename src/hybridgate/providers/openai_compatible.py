"""Provider for any OpenAI-compatible server (vLLM, Ollama, llama.cpp server, TGI, …)
over a pooled aiohttp client session.

aiohttp rather than httpx: on the request path of every local call, httpx + httpcore cost
~1.2 ms of CPU per request against ~0.15 ms for aiohttp (bench/README.md), which was most
of the gateway's own overhead."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager

import aiohttp
import orjson
from pydantic import ValidationError

from ..config import CompatModel
from ..errors import UpstreamError, UpstreamTimeout, UpstreamUnavailable
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest
from ..translate.embeddings import EmbeddingCall, EmbeddingResult
from .base import error_for_status, parse_retry_after


@contextmanager
def aiohttp_errors(model: str) -> Iterator[None]:
    """The one place transport exceptions become ours."""
    try:
        yield
    except (aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError) as exc:
        raise UpstreamUnavailable(f"{model}: cannot reach the upstream") from exc
    except TimeoutError as exc:  # aiohttp's ServerTimeoutError is one too
        raise UpstreamTimeout(f"{model}: upstream timed out") from exc
    except aiohttp.ClientError as exc:  # resets, protocol errors mid-body
        raise UpstreamError(f"{model}: upstream connection failed ({type(exc).__name__})") from exc
    except (orjson.JSONDecodeError, ValidationError) as exc:
        raise UpstreamError(f"{model}: upstream sent a malformed response") from exc


def _error_message(content: bytes) -> str | None:
    try:
        body = orjson.loads(content)
    except orjson.JSONDecodeError:
        return None
    error = body.get("error") if isinstance(body, dict) else None
    message = error.get("message") if isinstance(error, dict) else error
    return message if isinstance(message, str) else None


async def sse_data(content: aiohttp.StreamReader) -> AsyncIterator[bytes]:
    """The `data` of each server-sent event, whatever the chunk boundaries (\\n or \\r\\n)."""
    buffer = b""
    data: list[bytes] = []
    async for piece in content.iter_any():
        buffer += piece
        *lines, buffer = buffer.split(b"\n")
        for raw in lines:
            line = raw.removesuffix(b"\r")
            if not line:
                if data:
                    yield b"\n".join(data)
                    data = []
            elif line.startswith(b"data:"):
                value = line[5:]
                data.append(value[1:] if value.startswith(b" ") else value)
            # event:, id:, retry: and ":" comments carry nothing we use
    tail = buffer.removesuffix(b"\r")
    if tail.startswith(b"data:"):
        value = tail[5:]
        data.append(value[1:] if value.startswith(b" ") else value)
    if data:
        yield b"\n".join(data)


class OpenAICompatibleProvider:
    def __init__(self, config: CompatModel) -> None:
        self.name = config.name
        self._model = config.upstream_model
        if config.base_url is None:  # registry.py builds one provider per deployment
            raise ValueError(f"{config.name}: one provider per deployment, each with a base_url")
        self._url = config.base_url.rstrip("/") + "/chat/completions"
        self._embeddings_url = config.base_url.rstrip("/") + "/embeddings"
        self._headers = {"content-type": "application/json"}
        if config.api_key is not None:
            self._headers["authorization"] = f"Bearer {config.api_key.get_secret_value()}"
        self._timeout = aiohttp.ClientTimeout(
            total=None, connect=min(10.0, config.timeout), sock_read=config.timeout
        )
        self._max_connections = config.max_connections
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _client(self) -> aiohttp.ClientSession:
        """The pooled session, made on first use in the serving event loop (aiohttp binds a
        session to the loop that creates it)."""
        loop = asyncio.get_running_loop()
        if self._session is None or self._session.closed or self._loop is not loop:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._max_connections),
                headers=self._headers,
                timeout=self._timeout,
                raise_for_status=False,
            )
            self._loop = loop
        return self._session

    async def start(self) -> None:
        return None

    async def _raise_for(self, response: aiohttp.ClientResponse) -> None:
        if response.status < 400:
            return
        content = await response.read()
        raise error_for_status(
            self.name,
            response.status,
            _error_message(content),
            parse_retry_after(response.headers.get("retry-after")),
        )

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        body = request.upstream_body(self._model)
        body["stream"] = False
        with aiohttp_errors(self.name):
            async with self._client().post(self._url, data=orjson.dumps(body)) as response:
                await self._raise_for(response)
                return ChatCompletion.model_validate_json(await response.read())

    async def stream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        body = request.upstream_body(self._model)
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}
        with aiohttp_errors(self.name):
            async with self._client().post(self._url, data=orjson.dumps(body)) as response:
                await self._raise_for(response)
                async for event in sse_data(response.content):
                    if event == b"[DONE]":
                        return
                    if not event:
                        continue
                    if b'"error"' in event:  # cheap pre-check; parse only then
                        data = orjson.loads(event)
                        if isinstance(data, dict) and "error" in data:
                            raise UpstreamError(
                                f"{self.name}: upstream stream failed: "
                                f"{_error_message(event) or 'error event'}"
                            )
                    yield ChatCompletionChunk.model_validate_json(event)
        # A stream that ends without [DONE] was cut off.
        raise UpstreamError(f"{self.name}: upstream stream ended before [DONE]")

    async def embed(self, call: EmbeddingCall) -> EmbeddingResult:
        body: dict[str, object] = {"model": self._model, "input": list(call.texts)}
        body["encoding_format"] = "float"
        if call.dimensions is not None:
            body["dimensions"] = call.dimensions
        if call.user is not None:
            body["user"] = call.user
        with aiohttp_errors(self.name):
            async with self._client().post(self._embeddings_url, data=orjson.dumps(body)) as resp:
                await self._raise_for(resp)
                data = orjson.loads(await resp.read())
        try:
            rows = sorted(data["data"], key=lambda row: row["index"])
            vectors = tuple(tuple(float(x) for x in row["embedding"]) for row in rows)
            tokens = int((data.get("usage") or {}).get("prompt_tokens") or 0)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise UpstreamError(f"{self.name}: upstream sent a malformed embeddings body") from exc
        if len(vectors) != len(call.texts):
            raise UpstreamError(f"{self.name}: upstream returned {len(vectors)} vectors")
        return EmbeddingResult(vectors, tokens, str(data.get("model") or self._model))

    async def aclose(self) -> None:
        session, self._session = self._session, None
        if session is None or session.closed:
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self._loop:
            await session.close()
        # A session of another (finished) loop cannot be closed from here; it is dropped.
