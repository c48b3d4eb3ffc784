"""Retries, circuit breakers, fallback and refusal re-ask, driven through the openai SDK
(max_retries=0) against the fault-injecting fake upstream over loopback."""

from __future__ import annotations

import os
import random
import time
import uuid
from typing import Any

import openai
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hybridgate.config import BreakerConfig
from hybridgate.errors import UpstreamError, UpstreamRejected, UpstreamTimeout
from hybridgate.execution.breaker import LocalBreaker, RedisBreaker
from hybridgate.execution.retry import RetryPolicy, is_retryable
from hybridgate.features import FeatureExtractor
from hybridgate.features.extract import Entity
from hybridgate.schemas import ChatRequest

from ..conftest import GatewayFactory, base_config
from ..fakes.upstream import DropStream, Fail, FakeUpstream, Hang, Reply, Reset

pytestmark = pytest.mark.anyio

USER = [{"role": "user", "content": "hello there"}]
SECRET = [{"role": "user", "content": "my SECRET account number"}]
REFUSAL = "I'm sorry, but I can't help with that."


class SecretScanner:
    """A privacy scanner that flags the word SECRET."""

    def scan(self, request: ChatRequest) -> tuple[Entity, ...]:
        for i, message in enumerate(request.messages):
            for text in message.texts():
                at = text.find("SECRET")
                if at >= 0:
                    return (Entity("SECRET", at, at + 6, i),)
        return ()


def config(fake: FakeUpstream, **router: Any) -> dict[str, Any]:
    cfg = base_config(fake.url, **router)  # type: ignore[attr-defined]
    cfg["router"].setdefault("retry", {"attempts": 2, "initial_backoff": 0.01})
    return cfg


def hosted_calls(fake: FakeUpstream) -> int:
    return sum(1 for r in fake.requests if r["model"] == "gpt-hosted")


# -- non-streaming faults -------------------------------------------------------------


@pytest.mark.parametrize(
    "fault",
    [Fail(500), Fail(502), Fail(503), Fail(504), Fail(429, headers={"retry-after": "0"}), Reset()],
    ids=["500", "502", "503", "504", "429", "reset"],
)
async def test_one_fault_is_retried_on_the_same_model(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, fault: Any
):
    # A reset also kills the pooled keep-alive connection, so the retry itself may meet a
    # dead socket (retried too, never reaching the upstream): allow a third attempt.
    gw = start_gateway(config(fake_upstream, retry={"attempts": 3, "initial_backoff": 0.01}))
    fake_upstream.script("gpt-hosted", [fault])
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER
    )
    assert raw.parse().choices[0].message.content == "echo: hello there"
    assert raw.headers["x-hybridgate-model"] == "gpt-hosted"
    assert raw.headers["x-hybridgate-route-reason"] == "explicit"
    assert hosted_calls(fake_upstream) == 2


async def test_retry_after_is_honoured(fake_upstream: FakeUpstream, start_gateway: GatewayFactory):
    gw = start_gateway(config(fake_upstream))
    fake_upstream.script("gpt-hosted", [Fail(429, headers={"retry-after": "0.5"})])
    started = time.perf_counter()
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER
    )
    assert time.perf_counter() - started >= 0.5
    assert raw.headers["x-hybridgate-model"] == "gpt-hosted"


async def test_long_retry_after_falls_back_at_once(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    gw = start_gateway(config(fake_upstream))
    fake_upstream.script("gpt-hosted", [Fail(429, headers={"retry-after": "120"})])
    started = time.perf_counter()
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER
    )
    assert time.perf_counter() - started < 2
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert raw.headers["x-hybridgate-route-reason"] == "fallback"
    assert hosted_calls(fake_upstream) == 1


async def test_outage_falls_back_after_retries(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    gw = start_gateway(config(fake_upstream))
    fake_upstream.script("gpt-hosted", [Fail(503)] * 5)
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER
    )
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert raw.headers["x-hybridgate-route-reason"] == "fallback"
    assert hosted_calls(fake_upstream) == 2  # attempts: 2, then the chain moves on


async def test_hang_past_timeout_falls_back_without_waiting_twice(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    cfg = config(fake_upstream)
    cfg["models"][0]["timeout"] = 0.5
    gw = start_gateway(cfg)
    fake_upstream.script("gpt-hosted", [Hang(3)])
    started = time.perf_counter()
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER
    )
    assert time.perf_counter() - started < 2.0
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert hosted_calls(fake_upstream) == 1


async def test_rejected_request_is_not_retried(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    gw = start_gateway(config(fake_upstream))
    fake_upstream.script("gpt-hosted", [Fail(400, message="bad parameter")])
    with pytest.raises(openai.BadRequestError):
        await gw.client.chat.completions.create(model="gpt-hosted", messages=USER)
    assert len(fake_upstream.requests) == 1


# -- streaming faults -----------------------------------------------------------------


async def _stream_text(gw: Any, model: str = "gpt-hosted") -> tuple[str, dict[str, str]]:
    async with gw.client.chat.completions.with_streaming_response.create(
        model=model, messages=USER, stream=True
    ) as response:
        headers = dict(response.headers)
        text = ""
        async for chunk in await response.parse():
            for choice in chunk.choices:
                text += choice.delta.content or ""
    return text, headers


@pytest.mark.parametrize(
    "faults",
    [
        [Fail(503)],
        [Fail(429, headers={"retry-after": "0"})],
        [Reset()],
        [DropStream(after=0)],
        [DropStream(after=0), DropStream(after=0), DropStream(after=0)],
        [Fail(500), Fail(502), Fail(503)],
    ],
    ids=["503", "429", "reset", "drop-before-first", "drop-x3", "5xx-x3"],
)
async def test_stream_faults_before_first_token_are_invisible(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, faults: list[Any]
):
    gw = start_gateway(config(fake_upstream, retry={"attempts": 3, "initial_backoff": 0.01}))
    fake_upstream.script("gpt-hosted", faults)
    text, headers = await _stream_text(gw)
    assert text == "echo: hello there"
    expected = "gpt-hosted" if len(faults) == 1 else "llama-local"
    assert headers["x-hybridgate-model"] == expected
    assert headers["x-hybridgate-route-reason"] == (
        "explicit" if expected == "gpt-hosted" else "fallback"
    )


async def test_stream_drop_after_content_is_an_error_not_a_short_answer(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    gw = start_gateway(config(fake_upstream))
    fake_upstream.script("gpt-hosted", [DropStream(after=2)])
    with pytest.raises(openai.APIError):
        await _stream_text(gw)
    async with gw.client.chat.completions.with_streaming_response.create(
        model="gpt-hosted", messages=USER, stream=True
    ) as response:
        lines = [line async for line in response.iter_lines()]
    # The second request is served normally: the fault was one drop.
    assert lines[-1] == "data: [DONE]" or lines[-2] == "data: [DONE]"
    fake_upstream.script("gpt-hosted", [DropStream(after=1)])
    async with gw.client.chat.completions.with_streaming_response.create(
        model="gpt-hosted", messages=USER, stream=True
    ) as response:
        lines = [line for line in [x async for x in response.iter_lines()] if line]
    assert "data: [DONE]" not in lines
    assert '"error"' in lines[-1]


# -- circuit breaker ------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_local_breaker_opens_half_opens_and_closes():
    clock = Clock()
    breaker = LocalBreaker(BreakerConfig(failures=3, window=10, cooldown=30), clock=clock)
    for _ in range(2):
        await breaker.record("m", ok=False)
    assert await breaker.allow("m")
    clock.now += 11  # the first two fell out of the window
    await breaker.record("m", ok=False)
    assert await breaker.allow("m")
    await breaker.record("m", ok=False)
    await breaker.record("m", ok=False)
    assert not await breaker.allow("m")  # open
    assert await breaker.allow("other")
    clock.now += 31
    assert await breaker.allow("m")  # half-open: one probe
    assert not await breaker.allow("m")  # ... at a time
    await breaker.record("m", ok=False)  # probe failed: open again
    assert not await breaker.allow("m")
    clock.now += 31
    assert await breaker.allow("m")
    await breaker.record("m", ok=True)  # probe succeeded: closed
    assert await breaker.allow("m")
    assert await breaker.allow("m")


async def test_breaker_opens_on_a_failure_rate_not_a_count():
    breaker = LocalBreaker(
        BreakerConfig(failures=3, failure_rate=0.5, window=10, cooldown=30), clock=Clock()
    )
    for _ in range(10):
        await breaker.record("m", ok=True)
    for _ in range(5):
        await breaker.record("m", ok=False)
    assert await breaker.allow("m")  # 5 of 15 calls failed: a busy model, still useful
    for _ in range(6):
        await breaker.record("m", ok=False)
    assert not await breaker.allow("m")  # 11 of 21


async def test_open_breaker_skips_the_model_entirely(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    clock = Clock()
    breaker = LocalBreaker(BreakerConfig(failures=2, window=60, cooldown=30), clock=clock)
    gw = start_gateway(config(fake_upstream), breaker=breaker)
    fake_upstream.script("gpt-hosted", [Fail(503)] * 2)
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER
    )
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert hosted_calls(fake_upstream) == 2
    # Now open: the hosted model is not even tried.
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER
    )
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert raw.headers["x-hybridgate-route-reason"] == "fallback"
    assert hosted_calls(fake_upstream) == 2
    # After the cool-down one probe goes through, succeeds, and closes the circuit.
    clock.now += 31
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER
    )
    assert raw.headers["x-hybridgate-model"] == "gpt-hosted"
    assert await breaker.allow("gpt-hosted")


async def test_every_circuit_open_is_a_clear_503(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    breaker = LocalBreaker(BreakerConfig(failures=1, window=60, cooldown=60))
    await breaker.record("gpt-hosted", ok=False)
    await breaker.record("llama-local", ok=False)
    gw = start_gateway(config(fake_upstream), breaker=breaker)
    with pytest.raises(openai.InternalServerError) as info:
        await gw.client.chat.completions.create(model="gpt-hosted", messages=USER)
    assert info.value.status_code == 503
    assert fake_upstream.requests == []


async def test_redis_breaker_is_shared_between_workers():
    from redis.asyncio import Redis

    url = os.environ.get("HYBRIDGATE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
    prefix = f"hybridgate-test:{uuid.uuid4().hex}"
    settings = BreakerConfig(failures=2, window=10, cooldown=30)
    clock = Clock()
    one = RedisBreaker(Redis.from_url(url), settings, prefix=prefix, clock=clock)
    two = RedisBreaker(Redis.from_url(url), settings, prefix=prefix, clock=clock)
    try:
        await one.record("m", ok=False)
        await two.record("m", ok=False)  # the second failure, seen by another worker
        assert not await one.allow("m")
        assert not await two.allow("m")
        clock.now += 31
        probes = [await one.allow("m"), await two.allow("m")]
        assert probes == [True, False]  # one probe across all workers
        await one.record("m", ok=True)
        assert await two.allow("m")
    finally:
        keys = [k async for k in one.redis.scan_iter(f"{prefix}:*")]
        if keys:
            await one.redis.delete(*keys)
        await one.aclose()
        await two.aclose()


async def test_unreachable_redis_never_fails_a_request():
    from redis.asyncio import Redis

    dead = Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    breaker = RedisBreaker(dead, BreakerConfig(failures=1))
    await breaker.record("m", ok=False)
    assert await breaker.allow("m")
    await breaker.aclose()


# -- retry policy ---------------------------------------------------------------------


def test_backoff_is_exponential_with_full_jitter():
    policy = RetryPolicy(attempts=6, initial_backoff=0.1, max_backoff=1.0, rng=random.Random(1))
    error = UpstreamError("x", upstream_status=503)
    for attempt, ceiling in [(1, 0.1), (2, 0.2), (3, 0.4), (4, 0.8), (5, 1.0)]:
        delays = [policy.delay(attempt, error) for _ in range(200)]
        assert all(d is not None and 0 <= d <= ceiling for d in delays)
        assert max(d for d in delays if d is not None) > ceiling * 0.8
    assert policy.delay(6, error) is None


def test_what_is_retryable():
    assert is_retryable(UpstreamError("reset"))
    assert is_retryable(UpstreamError("x", upstream_status=429))
    assert not is_retryable(UpstreamRejected("x", upstream_status=400))
    assert not is_retryable(UpstreamError("creds", retryable=False, upstream_status=401))
    assert not is_retryable(UpstreamTimeout("slow"))
    assert is_retryable(UpstreamTimeout("slow"), retry_timeouts=True)
    policy = RetryPolicy(attempts=3, max_retry_after=5)
    assert policy.delay(1, UpstreamError("x", upstream_status=429, retry_after=2)) == 2
    assert policy.delay(1, UpstreamError("x", upstream_status=429, retry_after=9)) is None


# -- privacy on every path ------------------------------------------------------------


async def test_sensitive_request_never_falls_back_to_hosted(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    gw = start_gateway(config(fake_upstream), extractor=FeatureExtractor(privacy=SecretScanner()))
    fake_upstream.script("llama-local", [Fail(503)] * 5)
    with pytest.raises(openai.InternalServerError) as info:
        await gw.client.chat.completions.create(model="auto", messages=SECRET)
    assert info.value.status_code == 503
    assert hosted_calls(fake_upstream) == 0
    assert "SECRET" not in str(info.value.response.text)
    fake_upstream.script("llama-local", [DropStream(after=0)] * 5)
    with pytest.raises(openai.APIError):
        await _stream_text_messages(gw, SECRET)
    assert hosted_calls(fake_upstream) == 0


async def _stream_text_messages(gw: Any, messages: list[dict[str, str]]) -> str:
    stream = await gw.client.chat.completions.create(model="auto", messages=messages, stream=True)
    return "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])


# -- refusal re-ask -------------------------------------------------------------------


async def test_refusal_is_re_asked_of_the_fallback_when_enabled(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    # The in-house model was named: re-asking a hosted one needs the opt-in.
    gw = start_gateway(config(fake_upstream, on_refusal="reroute", explicit_local_to_hosted=True))
    fake_upstream.script("llama-local", [Reply(REFUSAL)])
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="llama-local", messages=USER
    )
    assert raw.parse().choices[0].message.content == "echo: hello there"
    assert raw.headers["x-hybridgate-model"] == "gpt-hosted"
    assert raw.headers["x-hybridgate-route-reason"] == "fallback"


async def test_streamed_refusal_is_re_asked_of_the_fallback_when_enabled(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    """Issue 14: re-ask worked for non-streaming calls only."""
    gw = start_gateway(config(fake_upstream, on_refusal="reroute"))
    fake_upstream.script("gpt-hosted", [Reply(REFUSAL)])
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER, stream=True
    )
    text = "".join([c.choices[0].delta.content or "" async for c in raw.parse() if c.choices])
    assert text == "echo: hello there"
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert raw.headers["x-hybridgate-route-reason"] == "fallback"


async def test_streamed_answers_pass_untouched_with_re_ask_on(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    gw = start_gateway(config(fake_upstream, on_refusal="reroute"))
    long = "word " * 100  # longer than the opening the detector reads
    fake_upstream.script("gpt-hosted", [Reply(long.strip()), Reply(REFUSAL)])
    fake_upstream.script("llama-local", [Reply(REFUSAL)])
    for expected in (long.strip(), REFUSAL):  # an answer; a refusal both models give
        raw = await gw.client.chat.completions.with_raw_response.create(
            model="gpt-hosted", messages=USER, stream=True
        )
        text = "".join([c.choices[0].delta.content or "" async for c in raw.parse() if c.choices])
        assert text == expected
        assert raw.headers["x-hybridgate-model"] == "gpt-hosted"
    assert sum(1 for r in fake_upstream.requests if r["model"] == "llama-local") == 1


async def test_refusal_is_returned_as_is_by_default(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    gw = start_gateway(config(fake_upstream))
    fake_upstream.script("llama-local", [Reply(REFUSAL)])
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="llama-local", messages=USER
    )
    assert raw.parse().choices[0].message.content == REFUSAL
    assert hosted_calls(fake_upstream) == 0


async def test_refusal_of_a_sensitive_request_is_never_re_asked(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    gw = start_gateway(
        config(fake_upstream, on_refusal="reroute"),
        extractor=FeatureExtractor(privacy=SecretScanner()),
    )
    fake_upstream.script("llama-local", [Reply(REFUSAL)])
    raw = await gw.client.chat.completions.with_raw_response.create(model="auto", messages=SECRET)
    assert raw.parse().choices[0].message.content == REFUSAL
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert hosted_calls(fake_upstream) == 0


# -- invariants over any fault sequence ------------------------------------------------


class ScriptedProvider:
    """An in-process Provider that fails as scripted, then answers."""

    def __init__(self, name: str, faults: list[int], calls: list[str]) -> None:
        self.name, self.faults, self.calls = name, list(faults), calls

    async def start(self) -> None:
        return None

    def _fault(self) -> None:
        self.calls.append(self.name)
        if self.faults:
            status = self.faults.pop(0)
            if status == 0:
                raise UpstreamError(f"{self.name}: reset")
            if status == 504:
                raise UpstreamTimeout(f"{self.name}: timeout")
            raise UpstreamError(f"{self.name}: {status}", upstream_status=status)

    async def complete(self, request: ChatRequest) -> Any:
        from openai.types.chat import ChatCompletion

        self._fault()
        return ChatCompletion.model_validate(
            {
                "id": "x", "object": "chat.completion", "created": 0, "model": self.name,
                "choices": [{"index": 0, "finish_reason": "stop",
                             "message": {"role": "assistant", "content": "ok"}}],
            }
        )  # fmt: skip

    async def stream(self, request: ChatRequest) -> Any:
        from openai.types.chat import ChatCompletionChunk

        self._fault()
        yield ChatCompletionChunk.model_validate(
            {
                "id": "x", "object": "chat.completion.chunk", "created": 0, "model": self.name,
                "choices": [{"index": 0, "delta": {"content": "ok"}, "finish_reason": None}],
            }
        )  # fmt: skip

    async def aclose(self) -> None:
        return None


FAULT_CODES = [0, 429, 500, 502, 503, 504]


@settings(max_examples=60, deadline=None)
@given(
    hosted=st.lists(st.sampled_from(FAULT_CODES), max_size=4),
    local=st.lists(st.sampled_from(FAULT_CODES), max_size=4),
    sensitive=st.booleans(),
    stream=st.booleans(),
    attempts=st.integers(1, 3),
)
def test_any_fault_sequence_keeps_privacy_and_ends_cleanly(
    hosted: list[int], local: list[int], sensitive: bool, stream: bool, attempts: int
) -> None:
    import asyncio

    from hybridgate.config import parse_config
    from hybridgate.errors import GatewayError
    from hybridgate.execution import CallContext, Executor
    from hybridgate.routing import decide

    cfg = parse_config(config_for_invariants(attempts))
    calls: list[str] = []
    providers = {
        "gpt-hosted": ScriptedProvider("gpt-hosted", hosted, calls),
        "llama-local": ScriptedProvider("llama-local", local, calls),
    }
    content = "my SECRET" if sensitive else "hello"
    request = ChatRequest(model="auto", messages=[{"role": "user", "content": content}])

    async def run() -> str | None:
        features = await FeatureExtractor(privacy=SecretScanner()).extract(request)
        ctx = CallContext("req", request, features, decide(features, cfg))
        executor = Executor(cfg, providers, sleep=_no_sleep)
        try:
            if stream:
                return (await executor.stream(ctx)).model
            return (await executor.complete(ctx)).model
        except GatewayError as exc:
            assert exc.http_status() in (502, 503, 504)
            return None

    answered = asyncio.run(run())
    if sensitive:
        assert "gpt-hosted" not in calls
    per_model = {"gpt-hosted": hosted, "llama-local": local}
    # Whenever some model in the chain could answer within its attempts, the client got one.
    chain = ["llama-local"] if sensitive else ["gpt-hosted", "llama-local"]
    could = [m for m in chain if _survives(per_model[m], attempts)]
    assert (answered is not None) == bool(could)


def _survives(faults: list[int], attempts: int) -> bool:
    """Would a model with these scripted faults answer within `attempts` (timeouts are
    not retried)?"""
    for i in range(attempts):
        if i >= len(faults):
            return True
        if faults[i] == 504:
            return False
    return False


async def _no_sleep(seconds: float) -> None:
    return None


def config_for_invariants(attempts: int) -> dict[str, Any]:
    def model(name: str, hosted: bool) -> dict[str, Any]:
        return {
            "name": name, "provider": "openai_compatible", "base_url": "http://127.0.0.1:1/v1",
            "hosted": hosted,
        }  # fmt: skip

    return {
        "models": [model("gpt-hosted", True), model("llama-local", False)],
        "router": {
            "default": "gpt-hosted",
            "fallbacks": {"gpt-hosted": ["llama-local"], "llama-local": ["gpt-hosted"]},
            "retry": {"attempts": attempts},
            "breaker": {"enabled": False},
        },
    }


async def test_metrics_count_every_upstream_attempt(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
):
    import httpx

    gw = start_gateway(config(fake_upstream))
    fake_upstream.script("gpt-hosted", [Fail(503)] * 2)
    await gw.client.chat.completions.create(model="gpt-hosted", messages=USER)
    async with httpx.AsyncClient() as client:
        text = (await client.get(f"{gw.url}/metrics")).text
    assert 'hybridgate_upstream_attempts_total{model="gpt-hosted"} 2.0' in text
    assert 'hybridgate_upstream_attempts_total{model="llama-local"} 1.0' in text
    assert 'reason="fallback"' in text
