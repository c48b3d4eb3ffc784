"""The request flow's hooks into its trace: the privacy scan, the routing decision, each
upstream attempt and each fallback become child spans of the request's server span
(`tracing.TraceRequests`). When tracing is off each hook is one context-variable read and
calls straight through; no hook ever puts prompt or answer text on a span."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar

from ..errors import GatewayError
from ..schemas import ChatCompletion
from ..translate.embeddings import EmbeddingResult

if TYPE_CHECKING:
    from opentelemetry.trace import Span, Tracer
    from opentelemetry.util.types import AttributeValue

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Traced:
    """The request being traced: its server span and what child spans may carry."""

    tracer: Tracer
    server: Span
    request_id: str | None
    models: Mapping[str, Mapping[str, AttributeValue]]  # per model: provider, address, …
    capture_content: bool = False


CURRENT: ContextVar[Traced | None] = ContextVar("hybridgate_trace", default=None)
_OFF: nullcontext[None] = nullcontext()


def mark_failed(span: Span, exc: BaseException) -> None:
    """Mark a span failed by the error's code or class, never by its message (an
    upstream's message may quote the request)."""
    from opentelemetry.trace import StatusCode

    kind = (exc.code if isinstance(exc, GatewayError) else None) or type(exc).__name__
    span.set_attribute("error.type", kind)
    span.set_status(StatusCode.ERROR, kind)


@contextmanager
def _child(
    traced: Traced, name: str, attributes: Mapping[str, AttributeValue], *, client: bool = False
) -> Iterator[Span]:
    from opentelemetry.trace import SpanKind

    with traced.tracer.start_as_current_span(
        name,
        kind=SpanKind.CLIENT if client else SpanKind.INTERNAL,
        attributes=attributes,
        record_exception=False,  # an exception event would carry the message
        set_status_on_exception=False,
    ) as span:
        try:
            yield span
        except BaseException as exc:
            mark_failed(span, exc)
            raise


def span(name: str) -> AbstractContextManager[Span | None]:
    """A child span of the traced request; None when tracing is off."""
    traced = CURRENT.get()
    return _OFF if traced is None else _child(traced, name, {})


class _Found(Protocol):
    @property
    def type(self) -> str: ...


F = TypeVar("F", bound=Sequence[_Found])


def scan(scanner: Callable[[R], F], request: R) -> F:
    """The privacy scan in a `privacy_scan` span: how many entities of which types."""
    traced = CURRENT.get()
    if traced is None:
        return scanner(request)
    with _child(traced, "privacy_scan", {}) as span:
        found = scanner(request)
        span.set_attributes(
            {
                "hybridgate.sensitive": bool(found),
                "hybridgate.privacy.entities": len(found),
                "hybridgate.privacy.entity_types": sorted({e.type for e in found}),
            }
        )
        return found


class _Decision(Protocol):
    @property
    def model(self) -> str: ...
    @property
    def reason(self) -> str: ...
    @property
    def fallbacks(self) -> tuple[str, ...]: ...
    @property
    def transforms(self) -> Sequence[str]: ...


class _Features(Protocol):
    @property
    def sensitive(self) -> bool: ...
    @property
    def difficulty(self) -> float | None: ...


def describe_route(span: Span | None, decision: _Decision, features: _Features) -> None:
    """The routing decision on its span: reason, chosen model, sensitive yes/no."""
    if span is None:
        return
    span.set_attributes(
        {
            "hybridgate.route.reason": str(decision.reason),
            "hybridgate.route.model": decision.model,
            "hybridgate.route.fallbacks": list(decision.fallbacks),
            "hybridgate.route.transforms": [str(t) for t in decision.transforms],
            "hybridgate.sensitive": features.sensitive,
        }
    )
    if features.difficulty is not None:
        span.set_attribute("hybridgate.route.difficulty", features.difficulty)


async def attempt(
    call: Awaitable[T], model: str, number: int, *, operation: str = "chat", stream: bool = False
) -> T:
    """One upstream attempt in a CLIENT span `{operation} {model}`: the retry number, the
    outcome, the usage the answer reports. A stream's span ends at its first content."""
    traced = CURRENT.get()
    if traced is None:
        return await call
    attributes: dict[str, AttributeValue] = {
        "gen_ai.operation.name": operation,
        **traced.models.get(model, {"hybridgate.model": model}),
        "hybridgate.attempt": number,
        "hybridgate.stream": stream,
    }
    with _child(traced, f"{operation} {model}", attributes, client=True) as span:
        try:
            value = await call
        except GatewayError as exc:
            status = getattr(exc, "upstream_status", None)
            if isinstance(status, int):
                span.set_attribute("http.response.status_code", status)
            span.set_attribute("hybridgate.attempt.status", exc.code or "error")
            raise
        span.set_attribute("hybridgate.attempt.status", "ok")
        _answered(span, value)
        return value


def _answered(span: Span, value: object) -> None:
    if isinstance(value, ChatCompletion):
        span.set_attribute("gen_ai.response.model", value.model)
        span.set_attribute("gen_ai.response.id", value.id)
        reasons = [c.finish_reason for c in value.choices if c.finish_reason]
        span.set_attribute("gen_ai.response.finish_reasons", reasons)
        if value.usage is not None:
            span.set_attribute("gen_ai.usage.input_tokens", value.usage.prompt_tokens)
            span.set_attribute("gen_ai.usage.output_tokens", value.usage.completion_tokens)
    elif isinstance(value, EmbeddingResult):
        span.set_attribute("gen_ai.response.model", value.model)
        span.set_attribute("gen_ai.usage.input_tokens", value.prompt_tokens)


async def fallback(call: Awaitable[T], model: str, primary: str) -> T:
    """The attempts on a model other than the decided one, in a `fallback` span."""
    traced = CURRENT.get()
    if traced is None or model == primary:
        return await call
    attributes = {"hybridgate.fallback.from": primary, "hybridgate.fallback.to": model}
    with _child(traced, "fallback", attributes) as span:
        value = await call
        span.set_attribute("hybridgate.fallback.answered", value is not None)
        return value
