"""Provider for OpenAI's hosted models, through the official `openai` SDK."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager

import openai

from ..config import OpenAIModel
from ..errors import UpstreamError, UpstreamTimeout, UpstreamUnavailable
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest
from .base import error_for_status, parse_retry_after


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
        kwargs = self._kwargs(request)
        kwargs["stream_options"] = {"include_usage": True}
        with openai_errors(self.name):
            stream = await self._client.chat.completions.create(**kwargs, stream=True)  # type: ignore[call-overload]
            try:
                async for chunk in stream:
                    yield chunk
            finally:
                await stream.close()

    async def aclose(self) -> None:
        await self._client.close()
