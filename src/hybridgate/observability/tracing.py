"""OpenTelemetry traces: which exporter the standard OTEL_* variables ask for, the tracer
provider, the SERVER span of each API request (whose children `spans.py` makes: privacy
scan, routing decision, upstream attempts, fallbacks) and the GenAI attributes of the
answered call on it.

Off by default: without OTEL_TRACES_EXPORTER or an OTLP endpoint nothing of the SDK is
loaded, no middleware is installed, and each hook in the request flow costs one context
variable read. Spans never carry prompt or answer text, except where the audit's logging
policy keeps it in full (`logging.prompts: full`) and
OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT=true asks for it as well."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.metadata import version
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..config import Config
from ..errors import ConfigError
from .calls import EVALUATION, CallObserver, CallRecord
from .spans import CURRENT, Traced, mark_failed

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SpanExporter
    from opentelemetry.trace import Span, Tracer
    from opentelemetry.util.types import AttributeValue

CAPTURE_CONTENT = "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT"
EXPORTERS = frozenset({"otlp", "console", "none"})
PROTOCOLS = frozenset({"http/protobuf", "grpc"})


@dataclass(frozen=True, slots=True)
class TraceSettings:
    exporters: tuple[str, ...]  # "otlp", "console"
    protocol: str  # for otlp: "http/protobuf" or "grpc"
    capture_content: bool


def _true(value: str | None) -> bool:
    return (value or "").strip().lower() == "true"


def trace_settings(environ: Mapping[str, str], prompts: str) -> TraceSettings | None:
    """What the OTEL_* variables ask for; None: tracing off. Unlike the SDK's own
    auto-configuration, an unset OTEL_TRACES_EXPORTER means off unless an OTLP endpoint
    is set: a gateway exports nothing it was not told to."""
    if _true(environ.get("OTEL_SDK_DISABLED")):
        return None
    named = environ.get("OTEL_TRACES_EXPORTER")
    if named is None:
        endpoint = environ.get("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT") or environ.get(
            "OTEL_EXPORTER_OTLP_ENDPOINT"
        )
        exporters: tuple[str, ...] = ("otlp",) if endpoint else ()
    else:
        exporters = tuple(n.strip().lower() for n in named.split(",") if n.strip())
        unknown = sorted(set(exporters) - EXPORTERS)
        if unknown:
            raise ConfigError(
                f"OTEL_TRACES_EXPORTER: unknown exporter {', '.join(unknown)} "
                "(hybridgate knows otlp, console and none)"
            )
        exporters = tuple(n for n in exporters if n != "none")
    if not exporters:
        return None
    protocol = (
        environ.get("OTEL_EXPORTER_OTLP_TRACES_PROTOCOL")
        or environ.get("OTEL_EXPORTER_OTLP_PROTOCOL")
        or "http/protobuf"
    ).strip()
    if "otlp" in exporters and protocol not in PROTOCOLS:
        raise ConfigError(
            f"OTEL_EXPORTER_OTLP_PROTOCOL: {protocol} is not supported (use http/protobuf or grpc)"
        )
    capture = prompts == "full" and _true(environ.get(CAPTURE_CONTENT))
    return TraceSettings(exporters, protocol, capture)


def _exporter(name: str, protocol: str) -> SpanExporter:
    """The exporters read their endpoint, headers, timeout and TLS from OTEL_* themselves."""
    if name == "console":
        from opentelemetry.sdk.trace.export import ConsoleSpanExporter

        return ConsoleSpanExporter()
    if protocol == "grpc":
        try:
            from opentelemetry.exporter.otlp.proto.grpc.trace_exporter import (
                OTLPSpanExporter as GrpcExporter,
            )
        except ImportError as exc:
            raise ConfigError(
                "OTEL_EXPORTER_OTLP_PROTOCOL=grpc needs the otlp-grpc extra: "
                "pip install 'hybridgate[otlp-grpc]'"
            ) from exc
        grpc: SpanExporter = GrpcExporter()  # untyped where the extra is missing
        return grpc
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    return OTLPSpanExporter()


def _static(config: Config) -> dict[str, dict[str, AttributeValue]]:
    """Per model, the attributes every attempt span carries (computed once)."""
    models: dict[str, dict[str, AttributeValue]] = {}
    for spec in config.models:
        attrs: dict[str, AttributeValue] = {
            "gen_ai.provider.name": spec.provider,
            "gen_ai.system": spec.provider,  # the name before semconv 1.37, still read
            "gen_ai.request.model": spec.upstream_model,
            "hybridgate.model": spec.name,
            "hybridgate.hosted": spec.hosted,
        }
        base_url = getattr(spec, "base_url", None)
        if isinstance(base_url, str):
            url = urlsplit(base_url)
            if url.hostname:
                attrs["server.address"] = url.hostname
            if url.port:
                attrs["server.port"] = url.port
        models[spec.name] = attrs
    return models


class Tracing:
    """One app's tracer provider and what its spans may carry."""

    def __init__(self, provider: TracerProvider, config: Config, capture_content: bool) -> None:
        self.provider = provider
        self.tracer: Tracer = provider.get_tracer("hybridgate", version("hybridgate"))
        self.capture_content = capture_content
        self.models = _static(config)
        self.providers = {m.name: m.provider for m in config.models}

    def traced(self, server: Span, request_id: str | None) -> Traced:
        return Traced(self.tracer, server, request_id, self.models, self.capture_content)

    def shutdown(self) -> None:
        """Export what is queued (the batch processor's thread) and stop."""
        self.provider.shutdown()


def build_tracing(config: Config) -> Tracing | None:
    """The app's tracing from os.environ, or None when no exporter is asked for."""
    settings = trace_settings(os.environ, config.logging.prompts)
    if settings is None:
        return None
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    resource = Resource.create()  # OTEL_SERVICE_NAME, OTEL_RESOURCE_ATTRIBUTES
    if str(resource.attributes.get("service.name", "")).startswith("unknown_service"):
        resource = resource.merge(Resource({"service.name": "hybridgate"}))
    if "service.version" not in resource.attributes:
        resource = resource.merge(Resource({"service.version": version("hybridgate")}))
    provider = TracerProvider(resource=resource)  # OTEL_TRACES_SAMPLER applies
    for name in settings.exporters:  # OTEL_BSP_* apply
        provider.add_span_processor(BatchSpanProcessor(_exporter(name, settings.protocol)))
    return Tracing(provider, config, settings.capture_content)


class TraceRequests:
    """ASGI middleware: one SERVER span per API request (paths under /v1/), joined to
    the caller's trace when it sent a `traceparent` (OTEL_PROPAGATORS apply)."""

    def __init__(self, app: ASGIApp, tracing: Tracing) -> None:
        self.app, self.tracing = app, tracing

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        from opentelemetry import propagate
        from opentelemetry.trace import SpanKind, StatusCode

        carrier = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        method, path = scope["method"], scope["path"]
        request_id = scope.get("state", {}).get("request_id")
        attributes: dict[str, AttributeValue] = {
            "http.request.method": method,
            "url.path": path,
            "gen_ai.operation.name": "embeddings" if path == "/v1/embeddings" else "chat",
        }
        if request_id:
            attributes["hybridgate.request_id"] = request_id
        status = 500  # unless a response starts

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        with self.tracing.tracer.start_as_current_span(
            f"{method} {path}",
            context=propagate.extract(carrier),
            kind=SpanKind.SERVER,
            attributes=attributes,
            record_exception=False,
            set_status_on_exception=False,
        ) as span:
            token = CURRENT.set(self.tracing.traced(span, request_id))
            try:
                await self.app(scope, receive, send_status)
            except BaseException as exc:
                mark_failed(span, exc)
                raise
            finally:
                CURRENT.reset(token)
                route = getattr(scope.get("route"), "path", None)
                if isinstance(route, str):  # /v1/evaluations/{id}/review, not each id
                    span.set_attribute("http.route", route)
                    span.update_name(f"{method} {route}")
                span.set_attribute("http.response.status_code", status)
                if status >= 500:
                    span.set_attribute("error.type", str(status))
                    span.set_status(StatusCode.ERROR)


class TraceCalls(CallObserver):
    """Puts the answered call's GenAI attributes on its request's server span."""

    def __init__(self, tracing: Tracing) -> None:
        self.providers = tracing.providers

    def record(self, call: CallRecord) -> None:
        traced = CURRENT.get()
        if traced is None or call.reason == EVALUATION or call.request_id != traced.request_id:
            return  # a background evaluation call, or a call outside a traced request
        span = traced.server
        if not span.is_recording():
            return
        span.set_attributes(
            {
                "gen_ai.request.model": call.requested_model,
                "gen_ai.response.model": call.model,
                "gen_ai.provider.name": self.providers.get(call.model, "unknown"),
                "gen_ai.usage.input_tokens": call.usage.prompt_tokens,
                "gen_ai.usage.output_tokens": call.usage.completion_tokens,
                "hybridgate.route.reason": call.reason,
                "hybridgate.hosted": call.hosted,
                "hybridgate.cost_usd": call.cost_usd,
                "hybridgate.usage_estimated": call.usage_estimated,
                "hybridgate.attempts": len(call.attempts),
                "hybridgate.stream": call.stream,
                "hybridgate.sensitive": bool(call.entity_counts),
            }
        )
        if call.ttft_s is not None:
            span.set_attribute("hybridgate.time_to_first_token_s", call.ttft_s)
        if call.error_code is not None:
            span.set_attribute("hybridgate.error_code", call.error_code)
        if traced.capture_content:
            _content(span, call)


def _content(span: Span, call: CallRecord) -> None:
    """Prompt and answer as the GenAI conventions' JSON attributes (opt-in, see above)."""
    if call.request is not None:
        messages = [m.model_dump(mode="json", exclude_none=True) for m in call.request.messages]
        span.set_attribute("gen_ai.input.messages", json.dumps(messages))
    if call.answer:
        output = [{"role": "assistant", "parts": [{"type": "text", "content": call.answer}]}]
        span.set_attribute("gen_ai.output.messages", json.dumps(output))
