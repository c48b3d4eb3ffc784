"""OpenTelemetry traces over loopback: the gateway, started with the standard OTEL_*
variables, exports a request's span tree to an OTLP/HTTP receiver the test runs; the
spans carry the GenAI attributes and no prompt or answer text."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import openai
import pytest

from hybridgate.config import parse_config
from hybridgate.errors import ConfigError
from hybridgate.execution.compare import Evaluator
from hybridgate.features import FeatureExtractor
from hybridgate.features.privacy import Scanner
from hybridgate.gateway import Gateway
from hybridgate.observability.tracing import TraceCalls, TraceRequests, trace_settings
from hybridgate.server import create_app
from hybridgate.settings import Settings

from ..conftest import GatewayFactory, base_config
from ..fakes.otlp import OtlpReceiver, ReceivedSpan
from ..fakes.upstream import Fail, FakeUpstream
from ..servers import ServedApp

pytestmark = pytest.mark.anyio

MARKER = "zebra-quartz-7731"  # in every prompt (and so in the fake's echoed answer)
OTEL_VARS = (
    "OTEL_SDK_DISABLED",
    "OTEL_TRACES_EXPORTER",
    "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT",
    "OTEL_EXPORTER_OTLP_PROTOCOL",
    "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL",
    "OTEL_TRACES_SAMPLER",
    "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT",
)


@pytest.fixture
def receiver(monkeypatch: pytest.MonkeyPatch) -> Iterator[OtlpReceiver]:
    """An OTLP receiver, and the environment that points a gateway started now at it."""
    fake = OtlpReceiver()
    with ServedApp(fake.app) as served:
        for name in OTEL_VARS:
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("OTEL_EXPORTER_OTLP_ENDPOINT", served.url)
        monkeypatch.setenv("OTEL_SERVICE_NAME", "hybridgate-test")
        monkeypatch.setenv("OTEL_BSP_SCHEDULE_DELAY", "50")  # ms: export soon after the end
        yield fake


async def trace_of(receiver: OtlpReceiver, root: str) -> list[ReceivedSpan]:
    """The spans of the trace whose server span is `root`, once it arrived: it ends after
    its children, and the batch processor exports spans in the order they ended."""
    for _ in range(200):
        servers = receiver.named(root)
        if servers:
            return [s for s in receiver.spans if s.trace_id == servers[0].trace_id]
        await asyncio.sleep(0.05)
    raise AssertionError(f"no {root} span arrived: {receiver.spans}")


def texts(spans: list[ReceivedSpan]) -> str:
    """Everything a span carries that a trace backend would show, as one string."""
    return repr([(s.name, s.attributes, s.events, s.resource) for s in spans])


def gateway_config(fake_upstream: FakeUpstream, **extra: object) -> dict[str, object]:
    config = base_config(
        fake_upstream.url,  # type: ignore[attr-defined]
        retry={"attempts": 2, "initial_backoff": 0, "max_backoff": 0},
    )
    return {**config, **extra}


async def test_retry_and_fallback_reach_the_receiver_as_one_trace(
    receiver: OtlpReceiver, fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    gw = start_gateway(gateway_config(fake_upstream), extractor=FeatureExtractor(Scanner()))
    fake_upstream.script("gpt-hosted", [Fail(503), Fail(503)])
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=[{"role": "user", "content": f"Summarise {MARKER}"}]
    )
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert MARKER in (raw.parse().choices[0].message.content or "")  # the fake echoes it

    spans = await trace_of(receiver, "POST /v1/chat/completions")
    by_id = {s.span_id: s for s in spans}
    (server,) = [s for s in spans if s.kind == "SPAN_KIND_SERVER"]
    assert server.parent_span_id == ""
    assert server.resource["service.name"] == "hybridgate-test"
    assert server.attributes["http.route"] == "/v1/chat/completions"
    assert server.attributes["http.response.status_code"] == 200
    assert server.attributes["hybridgate.request_id"] == raw.headers["x-hybridgate-request-id"]
    assert server.attributes["gen_ai.operation.name"] == "chat"
    assert server.attributes["gen_ai.request.model"] == "gpt-hosted"
    assert server.attributes["gen_ai.response.model"] == "llama-local"
    assert server.attributes["gen_ai.provider.name"] == "openai_compatible"
    assert server.attributes["hybridgate.route.reason"] == "fallback"
    assert int(server.attributes["gen_ai.usage.input_tokens"]) > 0  # type: ignore[call-overload]
    assert int(server.attributes["gen_ai.usage.output_tokens"]) > 0  # type: ignore[call-overload]

    def children(parent: ReceivedSpan, name: str) -> list[ReceivedSpan]:
        return [s for s in spans if s.parent_span_id == parent.span_id and s.name == name]

    (scan,) = children(server, "privacy_scan")
    assert scan.attributes["hybridgate.sensitive"] is False
    (route,) = children(server, "route")
    assert route.attributes["hybridgate.route.reason"] == "explicit"
    assert route.attributes["hybridgate.route.model"] == "gpt-hosted"
    assert route.attributes["hybridgate.route.fallbacks"] == ["llama-local"]
    assert route.attributes["hybridgate.sensitive"] is False

    hosted = children(server, "chat gpt-hosted")
    assert [a.attributes["hybridgate.attempt"] for a in hosted] == [1, 2]
    for failed in hosted:
        assert failed.kind == "SPAN_KIND_CLIENT"
        assert failed.status == "STATUS_CODE_ERROR"
        assert failed.attributes["http.response.status_code"] == 503
        assert failed.attributes["gen_ai.provider.name"] == "openai"
        assert failed.attributes["gen_ai.request.model"] == "gpt-hosted"
        assert failed.attributes["server.address"] == "127.0.0.1"
    (fallback,) = children(server, "fallback")
    assert fallback.attributes["hybridgate.fallback.from"] == "gpt-hosted"
    assert fallback.attributes["hybridgate.fallback.to"] == "llama-local"
    (answered,) = children(fallback, "chat llama-local")
    assert by_id[answered.parent_span_id] is fallback
    assert answered.attributes["hybridgate.attempt"] == 1
    assert answered.attributes["hybridgate.attempt.status"] == "ok"
    assert answered.attributes["gen_ai.operation.name"] == "chat"
    assert answered.attributes["gen_ai.response.model"] == "llama-local"
    assert (
        answered.attributes["gen_ai.usage.output_tokens"]
        == (server.attributes["gen_ai.usage.output_tokens"])
    )
    assert len(spans) == 7  # server, scan, route, two hosted attempts, fallback, its attempt
    assert set(receiver.content_types) == {"application/x-protobuf"}
    assert MARKER not in texts(spans)


async def test_sensitive_stream_is_traced_without_the_identifier(
    receiver: OtlpReceiver, fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    gw = start_gateway(gateway_config(fake_upstream), extractor=FeatureExtractor(Scanner()))
    email = "ada.lovelace@example.org"
    stream = await gw.client.chat.completions.create(
        model="auto",
        stream=True,
        messages=[{"role": "user", "content": f"Write to {email} about {MARKER}"}],
    )
    answer = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    assert email in answer  # the local model got (and echoed) the original

    spans = await trace_of(receiver, "POST /v1/chat/completions")
    (server,) = [s for s in spans if s.kind == "SPAN_KIND_SERVER"]
    (scan,) = [s for s in spans if s.name == "privacy_scan"]
    (route,) = [s for s in spans if s.name == "route"]
    (call,) = [s for s in spans if s.name == "chat llama-local"]
    assert {scan.parent_span_id, route.parent_span_id, call.parent_span_id} == {server.span_id}
    assert scan.attributes["hybridgate.sensitive"] is True
    assert scan.attributes["hybridgate.privacy.entities"] == 1
    assert route.attributes["hybridgate.route.reason"] == "privacy"
    assert route.attributes["hybridgate.route.model"] == "llama-local"
    assert route.attributes["hybridgate.sensitive"] is True
    assert call.attributes["hybridgate.stream"] is True
    assert server.attributes["gen_ai.request.model"] == "auto"
    assert server.attributes["gen_ai.response.model"] == "llama-local"
    assert server.attributes["hybridgate.stream"] is True
    assert "hybridgate.time_to_first_token_s" in server.attributes
    leaked = texts(spans)
    assert email not in leaked
    assert "lovelace" not in leaked
    assert MARKER not in leaked


async def test_content_only_where_the_logging_policy_keeps_it(
    receiver: OtlpReceiver,
    fake_upstream: FakeUpstream,
    start_gateway: GatewayFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT", "true")
    config = gateway_config(fake_upstream, logging={"prompts": "full"})
    gw = start_gateway(config)
    await gw.client.chat.completions.create(
        model="llama-local", messages=[{"role": "user", "content": f"Say {MARKER}"}]
    )
    spans = await trace_of(receiver, "POST /v1/chat/completions")
    (server,) = [s for s in spans if s.kind == "SPAN_KIND_SERVER"]
    assert MARKER in str(server.attributes["gen_ai.input.messages"])
    assert MARKER in str(server.attributes["gen_ai.output.messages"])


async def test_an_evaluation_call_joins_the_request_trace(
    receiver: OtlpReceiver, fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    config = gateway_config(fake_upstream)
    config["router"] = {**config["router"], "evaluate": {"models": ["gpt-hosted", "llama-local"]}}  # type: ignore[dict-item]
    gw = start_gateway(config)
    gw.gateway.evaluator = Evaluator(gw.gateway.config, gw.gateway.executor)
    await gw.client.chat.completions.create(
        model="gpt-hosted",
        messages=[{"role": "user", "content": "hi"}],
        extra_headers={"x-hybridgate-evaluate": "true"},
    )
    for _ in range(200):  # the comparison runs after the answer was sent
        if receiver.named("chat llama-local"):
            break
        await asyncio.sleep(0.05)
    (server,) = receiver.named("POST /v1/chat/completions")
    (compared,) = receiver.named("chat llama-local")
    assert (compared.trace_id, compared.parent_span_id) == (server.trace_id, server.span_id)
    assert server.attributes["gen_ai.response.model"] == "gpt-hosted"


def test_settings_follow_the_otel_variables() -> None:
    endpoint = {"OTEL_EXPORTER_OTLP_ENDPOINT": "http://collector:4318"}
    assert trace_settings({}, "metadata") is None  # off by default
    on = trace_settings(endpoint, "metadata")
    assert on is not None and on.exporters == ("otlp",) and on.protocol == "http/protobuf"
    assert not on.capture_content
    assert trace_settings({**endpoint, "OTEL_TRACES_EXPORTER": "none"}, "full") is None
    assert trace_settings({**endpoint, "OTEL_SDK_DISABLED": "true"}, "full") is None
    console = trace_settings({"OTEL_TRACES_EXPORTER": "console,otlp"}, "metadata")
    assert console is not None and console.exporters == ("console", "otlp")
    grpc = trace_settings({**endpoint, "OTEL_EXPORTER_OTLP_PROTOCOL": "grpc"}, "metadata")
    assert grpc is not None and grpc.protocol == "grpc"
    capture = {**endpoint, "OTEL_INSTRUMENTATION_GENAI_CAPTURE_MESSAGE_CONTENT": "true"}
    assert trace_settings(capture, "full").capture_content  # type: ignore[union-attr]
    assert not trace_settings(capture, "redacted").capture_content  # type: ignore[union-attr]
    with pytest.raises(ConfigError, match="OTEL_TRACES_EXPORTER"):
        trace_settings({"OTEL_TRACES_EXPORTER": "zipkin"}, "metadata")
    with pytest.raises(ConfigError, match="http/json"):
        trace_settings({**endpoint, "OTEL_EXPORTER_OTLP_PROTOCOL": "http/json"}, "metadata")


async def test_none_exports_nothing_and_installs_nothing(
    receiver: OtlpReceiver,
    fake_upstream: FakeUpstream,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OTEL_TRACES_EXPORTER", "none")  # beats the endpoint still set
    gateway = Gateway(parse_config(gateway_config(fake_upstream), "test"), cache_dir=tmp_path)
    app = create_app(gateway, settings=Settings(home=tmp_path / "home"))
    with ServedApp(app) as served:
        async with openai.AsyncOpenAI(base_url=f"{served.url}/v1", api_key="sk") as client:
            await client.chat.completions.create(
                model="llama-local", messages=[{"role": "user", "content": "hi"}]
            )
    # Shut down: a tracer provider would have exported what it had by now.
    assert not [m for m in app.user_middleware if m.cls is TraceRequests]
    assert not [o for o in gateway.observers if isinstance(o, TraceCalls)]
    assert receiver.spans == []
