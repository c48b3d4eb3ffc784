"""Where benchmark requests go: a gateway over HTTP (openai SDK), or providers directly."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import openai

from ..accounting.pricing import call_cost
from ..config import Config
from ..errors import GatewayError
from ..providers import Provider
from ..schemas import ChatCompletionChunk, ChatRequest
from ..usage import Usage
from .graders import CalledTool, Output


@dataclass(frozen=True, slots=True)
class Response:
    output: Output
    served_model: str | None
    route_reason: str | None = None
    ttft_s: float | None = None
    total_s: float = 0.0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    error: str | None = None  # an OpenAI error code or type; None when it answered
    status: int = 200


class Target(Protocol):
    """Answers one chat request body (without `model`) with `model`."""

    async def ask(self, model: str, body: dict[str, Any]) -> Response: ...

    async def aclose(self) -> None: ...


@dataclass(slots=True)
class _Tally:
    started: float = field(default_factory=time.perf_counter)
    ttft: float | None = None
    text: list[str] = field(default_factory=list)
    refusal: list[str] = field(default_factory=list)
    tools: dict[int, list[str]] = field(default_factory=dict)
    usage: Usage | None = None

    def add(self, chunk: ChatCompletionChunk) -> None:
        if chunk.usage is not None:
            self.usage = Usage.from_openai(chunk.usage)
        for choice in chunk.choices:
            if choice.index != 0:
                continue
            delta = choice.delta
            if delta.content:
                self.text.append(delta.content)
            if delta.refusal:
                self.refusal.append(delta.refusal)
            for call in delta.tool_calls or ():
                slot = self.tools.setdefault(call.index, ["", ""])
                if call.function and call.function.name:
                    slot[0] += call.function.name
                if call.function and call.function.arguments:
                    slot[1] += call.function.arguments
            if self.ttft is None and (delta.content or delta.tool_calls or delta.refusal):
                self.ttft = time.perf_counter() - self.started

    def output(self) -> Output:
        return Output(
            text="".join(self.text),
            tool_calls=tuple(CalledTool(n, a) for _, (n, a) in sorted(self.tools.items())),
            refusal="".join(self.refusal) or None,
        )

    def usage_or_estimate(self, out: Output) -> Usage:
        if self.usage is not None:
            return self.usage
        # Streams without usage: approximate the output at ~4 characters per token.
        produced = len(out.text) + sum(len(c.arguments) for c in out.tool_calls)
        return Usage(0, max(1, produced // 4) if produced else 0)


def _cost(config: Config | None, model: str | None, usage: Usage, header: str | None) -> float:
    spec = config.model(model) if config is not None and model else None
    if spec is not None:
        return call_cost(spec, usage)
    try:
        return float(header) if header else 0.0
    except ValueError:
        return 0.0


class HttpTarget:
    """Streams through any OpenAI-compatible endpoint (a hybridgate gateway, or a model
    server): TTFT from the first content chunk, the served model from the gateway's
    `x-hybridgate-model` header, cost from the pricing catalog when a config is known."""

    def __init__(
        self, base_url: str, *, api_key: str = "bench", config: Config | None = None,
        timeout: float = 600.0,
    ) -> None:  # fmt: skip
        self._client = openai.AsyncOpenAI(
            base_url=base_url, api_key=api_key, max_retries=0, timeout=timeout
        )
        self._config = config

    async def ask(self, model: str, body: dict[str, Any]) -> Response:
        tally = _Tally()
        try:
            async with self._client.chat.completions.with_streaming_response.create(
                model=model, stream=True, stream_options={"include_usage": True}, **body
            ) as raw:
                served = raw.headers.get("x-hybridgate-model") or model
                reason = raw.headers.get("x-hybridgate-route-reason")
                header_cost = raw.headers.get("x-hybridgate-cost-usd")
                stream = await raw.parse()
                async for chunk in stream:
                    tally.add(chunk)
        except openai.APIStatusError as exc:
            return _failed(tally, exc.status_code, _error_code(exc.body) or type(exc).__name__)
        except openai.APIError as exc:
            # A stream that broke after its headers (an SSE error event, a cut connection).
            return _failed(tally, 502, _error_code(exc.body) or "stream_error")
        return _answered(tally, self._config, served, reason=reason, header_cost=header_cost)

    async def aclose(self) -> None:
        await self._client.close()


def _error_code(body: object) -> str | None:
    if isinstance(body, dict):
        err = body.get("error", body)
        if isinstance(err, dict):
            code = err.get("code") or err.get("type")
            return str(code) if code else None
    return None


def _answered(
    tally: _Tally,
    config: Config | None,
    served: str,
    *,
    reason: str | None = None,
    header_cost: str | None = None,
) -> Response:
    """A stream that ended well: its output, timings, tokens (estimated without usage) and
    cost."""
    out = tally.output()
    usage = tally.usage_or_estimate(out)
    return Response(
        output=out,
        served_model=served,
        route_reason=reason,
        ttft_s=tally.ttft,
        total_s=time.perf_counter() - tally.started,
        prompt_tokens=usage.prompt_tokens,
        completion_tokens=usage.completion_tokens,
        cost_usd=_cost(config, served, usage, header_cost),
    )


def _failed(tally: _Tally, status: int, code: str) -> Response:
    return Response(
        output=tally.output(), served_model=None, total_s=time.perf_counter() - tally.started,
        error=code, status=status,
    )  # fmt: skip


class ProviderTarget:
    """Calls configured providers directly: no routing, no fallback (a model's own figures)."""

    def __init__(self, config: Config, providers: Mapping[str, Provider]) -> None:
        self._config = config
        self._providers = providers

    async def ask(self, model: str, body: dict[str, Any]) -> Response:
        tally = _Tally()
        provider = self._providers.get(model)
        if provider is None:
            return _failed(tally, 404, "model_not_found")
        try:
            request = ChatRequest.model_validate({**body, "model": model, "stream": True})
            chunks: AsyncIterator[ChatCompletionChunk] = provider.stream(request)
            async for chunk in chunks:
                tally.add(chunk)
        except GatewayError as exc:
            return _failed(tally, exc.http_status(), exc.code or exc.type)
        except ValueError:
            return _failed(tally, 400, "invalid_request_error")
        return _answered(tally, self._config, model)

    async def aclose(self) -> None:
        for provider in self._providers.values():
            await provider.aclose()
