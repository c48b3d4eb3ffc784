"""Provider for OpenAI's hosted models, through the official `openai` SDK."""

from __future__ import annotations

import importlib
import json
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from types import ModuleType

import openai
from pydantic import ValidationError

from ..config import OpenAIModel
from ..errors import UpstreamError, UpstreamTimeout, UpstreamUnavailable
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest
from ..translate import responses_upstream
from ..translate.embeddings import EmbeddingCall, EmbeddingResult
from .base import Provider, error_for_status, parse_retry_after


def _sdk_http() -> ModuleType:
    """The HTTP library the SDK is built on (httpx, or its fork httpx2 in newer SDKs):
    a streamed body's transport errors reach us from it unwrapped."""
    client = next(
        c for c in openai.DefaultAsyncHttpxClient.__mro__[1:] if c.__name__ == "AsyncClient"
    )
    return importlib.import_module(client.__module__.partition(".")[0])


_HTTP = _sdk_http()


@contextmanager
def openai_errors(model: str) -> Iterator[None]:
    """The one place SDK exceptions become ours."""
    try:
        yield
    except openai.APITimeoutError as exc:
        raise UpstreamTimeout(f"{model}: upstream timed out") from exc
    except openai.APIConnectionError as exc:
        raise UpstreamUnavailable(f"{model}: cannot reach the upstream") from exc
    except openai.APIStatusError as exc:
        body = exc.body if isinstance(exc.body, dict) else {}
        message = body.get("message") if isinstance(body.get("message"), str) else None
        retry_after = parse_retry_after(exc.response.headers.get("retry-after"))
        raise error_for_status(model, exc.status_code, message, retry_after) from exc
    except openai.OpenAIError as exc:  # e.g. a stream the SDK could not decode
        raise UpstreamError(f"{model}: upstream error: {type(exc).__name__}") from exc
    # Mid-stream the SDK hands the body's transport errors through unwrapped.
    except _HTTP.TimeoutException as exc:
        raise UpstreamTimeout(f"{model}: upstream timed out") from exc
    except _HTTP.TransportError as exc:
        raise UpstreamError(f"{model}: upstream connection failed ({type(exc).__name__})") from exc
    except (json.JSONDecodeError, ValidationError) as exc:
        raise UpstreamError(f"{model}: upstream sent a malformed stream event") from exc


async def sse_data(lines: AsyncIterator[str]) -> AsyncIterator[str]:
    """The `data` of each server-sent event from the body's lines."""
    data: list[str] = []
    async for line in lines:
        if not line:
            if data:
                yield "\n".join(data)
                data = []
        elif line.startswith("data:"):
            value = line[5:]
            data.append(value[1:] if value.startswith(" ") else value)
    if data:
        yield "\n".join(data)


class OpenAIProvider:
    def __init__(self, config: OpenAIModel) -> None:
        self.name = config.name
        self._model = config.upstream_model
        # Retries belong to the executor (it also falls back); the SDK must not hide faults.
        self._client = openai.AsyncOpenAI(
            api_key=config.api_key.get_secret_value(),
            base_url=config.base_url,
            timeout=config.timeout,
            max_retries=0,
        )

    async def start(self) -> None:
        return None

    def _kwargs(self, request: ChatRequest) -> dict[str, object]:
        body = request.upstream_body(self._model)
        body.pop("stream", None)
        # The SDK takes known params as keywords; everything else goes in extra_body.
        known = {
            "model", "messages", "tools", "tool_choice", "parallel_tool_calls",
            "response_format", "n", "stop", "max_tokens", "max_completion_tokens",
            "temperature", "top_p", "presence_penalty", "frequency_penalty", "seed", "user",
            "stream_options", "logprobs", "top_logprobs", "logit_bias", "metadata", "store",
            "reasoning_effort", "service_tier", "modalities", "audio", "prediction",
            "verbosity", "prompt_cache_key", "safety_identifier", "web_search_options",
        }  # fmt: skip
        extra = {k: body.pop(k) for k in list(body) if k not in known}
        if extra:
            body["extra_body"] = extra
        return body

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        with openai_errors(self.name):
            return await self._client.chat.completions.create(  # type: ignore[no-any-return,call-overload]
                **self._kwargs(request), stream=False
            )

    async def stream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        """The SDK's raw streaming response, read event by event: its AsyncStream ends
        the same way whether or not `[DONE]` came, and a stream without it was cut off."""
        kwargs = self._kwargs(request)
        kwargs["stream_options"] = {"include_usage": True}
        create = self._client.chat.completions.with_streaming_response.create
        with openai_errors(self.name):
            async with create(**kwargs, stream=True) as response:  # type: ignore[call-overload]
                async for event in sse_data(response.iter_lines()):
                    if event.startswith("[DONE]"):
                        return
                    data = json.loads(event)
                    if isinstance(data, dict) and data.get("error"):
                        error = data["error"]
                        message = error.get("message") if isinstance(error, dict) else error
                        raise UpstreamError(
                            f"{self.name}: upstream stream failed: {message or 'error event'}"
                        )
                    yield ChatCompletionChunk.model_validate(data)
        raise UpstreamError(f"{self.name}: upstream stream ended before [DONE]")

    async def embed(self, call: EmbeddingCall) -> EmbeddingResult:
        with openai_errors(self.name):
            result = await self._client.embeddings.create(
                model=self._model,
                input=list(call.texts),
                dimensions=call.dimensions if call.dimensions is not None else openai.omit,
                user=call.user if call.user is not None else openai.omit,
                encoding_format="float",
            )
        ordered = sorted(result.data, key=lambda e: e.index)
        return EmbeddingResult(
            vectors=tuple(tuple(e.embedding) for e in ordered),
            prompt_tokens=result.usage.prompt_tokens,
            model=result.model,
        )

    async def respond(self, request: ChatRequest) -> ChatCompletion:
        """The request over the Responses API, the answer as a chat completion."""
        params = responses_upstream.create_params(request, self._model)
        with openai_errors(self.name):
            response = await self._client.responses.create(**params, stream=False)
            return responses_upstream.to_completion(response.model_dump(mode="json"))

    async def respond_stream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        """The Responses event stream, read event by event, as chat chunks; a stream that
        ends without response.completed was cut off."""
        params = responses_upstream.create_params(request, self._model)
        reader = responses_upstream.EventReader()
        create = self._client.responses.with_streaming_response.create
        with openai_errors(self.name):
            async with create(**params, stream=True) as response:
                async for event in sse_data(response.iter_lines()):
                    if event.startswith("[DONE]"):
                        break
                    data = json.loads(event)
                    if not isinstance(data, dict):
                        continue
                    for chunk in reader.read(data):
                        yield chunk
                    if reader.done:
                        return
        raise UpstreamError(f"{self.name}: upstream stream ended before response.completed")

    def responses_wire(self) -> Provider:
        """This model answering over the Responses API (requests that came to
        /v1/responses): the same client, breaker name and costs."""
        return _ResponsesWire(self)

    async def aclose(self) -> None:
        await self._client.close()


class _ResponsesWire:
    def __init__(self, base: OpenAIProvider) -> None:
        self.name = base.name
        self._base = base

    async def start(self) -> None:
        return None

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        return await self._base.respond(request)

    def stream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        return self._base.respond_stream(request)

    async def aclose(self) -> None:
        return None  # the chat provider owns the client
