"""Several deployments of one model: the pool's balancing and passive health on a clock,
then through the gateway against two fake upstreams served over loopback, one of which
goes away (stopped, or answering 500) or cuts a stream."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio
import openai
import pytest

from hybridgate.config import CompatModel, Ejection, parse_config
from hybridgate.observability.calls import CallObserver, CallRecord
from hybridgate.providers.deployments import (
    DeploymentsProvider,
    Lease,
    Member,
    Pool,
    build_deployments,
)
from hybridgate.providers.openai_compatible import OpenAICompatibleProvider

from ..conftest import GatewayFactory, RunningGateway
from ..fakes.upstream import DropStream, Fail, FakeUpstream
from ..servers import ServedApp

pytestmark = pytest.mark.anyio

T = TypeVar("T")
USER = [{"role": "user", "content": "hi there"}]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class LastOfTies(random.Random):
    """Ties go to the last deployment, so a test knows which one is tried first."""

    def choices(  # type: ignore[override]
        self, population: Sequence[T], weights: Any = None, *, cum_weights: Any = None, k: int = 1
    ) -> list[T]:
        return [population[-1]] * k


def _pool(*weights: float, failures: int = 2, cooldown: float = 10.0) -> tuple[Pool, Clock]:
    clock = Clock()
    members = [Member(f"d{i}", w) for i, w in enumerate(weights)]
    ejection = Ejection(failures=failures, cooldown=cooldown)
    return Pool("m", members, ejection, clock=clock, rng=random.Random(7)), clock


def _take(pool: Pool, exclude: set[int] | None = None) -> Lease:
    lease = pool.pick(exclude or set())
    assert lease is not None
    return lease


# -- the pool ------------------------------------------------------------------------


def test_least_outstanding_for_its_weight() -> None:
    pool, _ = _pool(1, 3)
    held = [_take(pool) for _ in range(8)]
    # Outstanding requests end up in proportion to weight: 2 on the light one, 6 on the heavy.
    assert [m.outstanding for m in pool.members] == [2, 6]
    for lease in held:
        pool.done(lease, True)
    assert [m.outstanding for m in pool.members] == [0, 0]


def test_ties_are_drawn_in_proportion_to_weight() -> None:
    pool, _ = _pool(1, 3)
    picks = []
    for _ in range(2000):
        lease = _take(pool)
        picks.append(lease.index)
        pool.done(lease, True)
    assert 0.70 < picks.count(1) / len(picks) < 0.80  # 3 of 4


def test_equal_weights_share_sequential_traffic() -> None:
    pool, _ = _pool(1, 1)
    picks = []
    for _ in range(200):
        lease = _take(pool)
        picks.append(lease.index)
        pool.done(lease, True)
    assert 60 < picks.count(0) < 140


def test_ejected_after_failures_in_a_row_then_one_probe() -> None:
    pool, clock = _pool(1, 1, failures=2, cooldown=10)
    for _ in range(2):
        pool.done(_take(pool, {1}), False)
    assert pool.members[0].ejected_until == clock.now + 10
    assert all(_take(pool).index == 1 for _ in range(20))  # leases held: load cannot tip it
    clock.now += 10
    probe = _take(pool)
    assert probe == Lease(0, probe=True)
    assert all(_take(pool).index == 1 for _ in range(5))  # one probe at a time
    pool.done(probe, True)
    assert pool.members[0].ejected_until is None
    assert _take(pool).index == 0  # back in service (and the least loaded)


def test_a_failed_probe_ejects_again() -> None:
    pool, clock = _pool(1, 1, failures=1, cooldown=10)
    pool.done(_take(pool, {1}), False)
    clock.now += 10
    probe = _take(pool)
    assert probe.probe
    pool.done(probe, False)
    assert pool.members[0].ejected_until == clock.now + 10
    assert _take(pool).index == 1


def test_a_success_resets_the_count_and_stale_outcomes_do_not_count() -> None:
    pool, _ = _pool(1, 1, failures=2)
    pool.done(_take(pool, {1}), False)
    pool.done(_take(pool, {1}), True)
    pool.done(_take(pool, {1}), False)
    assert pool.members[0].ejected_until is None  # not two in a row
    early = _take(pool, {1})  # begun before the ejection
    pool.done(_take(pool, {1}), False)
    assert pool.members[0].ejected_until is not None
    pool.done(early, True)  # its success says nothing about now: only a probe restores
    assert pool.members[0].ejected_until is not None


def test_no_deployment_left() -> None:
    pool, _ = _pool(1, 1, failures=1, cooldown=30)
    pool.done(_take(pool, {1}), False)
    pool.done(_take(pool, {0}), False)
    assert pool.pick(set()) is None
    assert "every deployment" in pool.unavailable().message
    assert "next probe in 30s" in pool.unavailable().message


# -- through the gateway -------------------------------------------------------------


@dataclass
class Twin:
    fake: FakeUpstream
    served: ServedApp

    @property
    def url(self) -> str:
        return f"{self.served.url}/v1"

    def stop(self) -> None:
        self.served.__exit__(None, None, None)


@pytest.fixture
def twins() -> Iterator[list[Twin]]:
    with ExitStack() as stack:
        running = []
        for _ in range(2):
            fake = FakeUpstream()
            running.append(Twin(fake, stack.enter_context(ServedApp(fake.app))))
        yield running


class Calls(CallObserver):
    def __init__(self) -> None:
        self.records: list[CallRecord] = []

    def record(self, call: CallRecord) -> None:
        self.records.append(call)


def _config(twins: list[Twin], fallback: FakeUpstream, **ejection: float) -> dict[str, Any]:
    return {
        "models": [
            {
                "name": "llama",
                "provider": "openai_compatible",
                "hosted": False,
                "aliases": ["default-local"],
                "deployments": [{"base_url": t.url} for t in twins],
                "ejection": {"failures": 3, "cooldown": 30, **ejection},
                "timeout": 5,
            },
            {
                "name": "other",
                "provider": "openai_compatible",
                "hosted": False,
                "base_url": f"{fallback.url}/v1",  # type: ignore[attr-defined]
            },
        ],
        "router": {"fallbacks": {"llama": ["other"]}, "breaker": {"failures": 1}},
    }


def _start(
    start_gateway: GatewayFactory,
    cfg: dict[str, Any],
    *,
    clock: Clock | None = None,
    rng: random.Random | None = None,
) -> tuple[RunningGateway, DeploymentsProvider, Calls]:
    config = parse_config(cfg, "test")
    spec = config.model("llama")
    assert isinstance(spec, CompatModel)
    provider = build_deployments(
        spec, OpenAICompatibleProvider, clock=clock or Clock(), rng=rng or random.Random(3)
    )
    other = config.model("other")
    assert isinstance(other, CompatModel)
    calls = Calls()
    providers = {"llama": provider, "other": OpenAICompatibleProvider(other)}
    gw = start_gateway(config, providers=providers, observers=[calls])
    return gw, provider, calls


async def _ask(gw: RunningGateway, model: str = "llama") -> openai.types.chat.ChatCompletion:
    raw = await gw.client.chat.completions.with_raw_response.create(model=model, messages=USER)
    assert raw.headers["x-hybridgate-model"] == "llama"
    assert raw.headers["x-hybridgate-route-reason"] == "explicit"  # never a fallback
    return raw.parse()


async def test_twins_share_the_load_under_concurrency(
    twins: list[Twin], fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    for twin in twins:
        twin.fake.delay = 0.05  # requests overlap
    gw, _, calls = _start(start_gateway, _config(twins, fake_upstream))
    async with anyio.create_task_group() as tg:
        for _ in range(24):
            tg.start_soon(_ask, gw)
    served = [len(t.fake.requests) for t in twins]
    assert sum(served) == 24
    assert min(served) >= 6, served  # least outstanding: neither takes it all
    assert not fake_upstream.requests
    assert all(c.status == 200 and c.attempts == ("llama",) for c in calls.records)


@pytest.mark.parametrize("fault", ["stopped", "500"])
async def test_a_twin_going_away_costs_no_request(
    fault: str, twins: list[Twin], fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    gw, provider, calls = _start(start_gateway, _config(twins, fake_upstream))
    for _ in range(4):
        await _ask(gw)
    if fault == "stopped":
        twins[1].stop()
    else:
        twins[1].fake.script("llama", [Fail(500)] * 100)
    before = len(twins[1].fake.requests)
    for _ in range(20):
        answer = await _ask(gw)
        assert answer.choices[0].message.content == "echo: hi there"
    # Every request answered by the twin, at the first model-level attempt: the executor,
    # its breaker (failures: 1) and the fallback model never saw a failure.
    assert all(c.status == 200 and c.attempts == ("llama",) for c in calls.records)
    assert not fake_upstream.requests
    assert provider.pool.members[1].ejected_until is not None
    if fault == "500":  # ejected after three failures in a row, then left alone
        assert len(twins[1].fake.requests) - before == 3


async def test_ejected_twin_is_probed_after_the_cooldown(
    twins: list[Twin], fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    clock = Clock()
    cfg = _config(twins, fake_upstream, failures=2, cooldown=10)
    gw, provider, _ = _start(start_gateway, cfg, clock=clock, rng=LastOfTies())
    a, b = (t.fake for t in twins)
    b.script("llama", [Fail(500), Fail(503), Fail(500)])
    for _ in range(2):  # b is tried first (ties go to it), fails, a answers
        await _ask(gw)
    assert (len(a.requests), len(b.requests)) == (2, 2)
    for _ in range(3):
        await _ask(gw)
    assert (len(a.requests), len(b.requests)) == (5, 2)  # b ejected
    clock.now += 10
    await _ask(gw)  # the probe: b fails again (its third 500), a answers
    assert (len(a.requests), len(b.requests)) == (6, 3)
    assert provider.pool.members[1].ejected_until == clock.now + 10
    await _ask(gw)
    assert len(b.requests) == 3  # ejected again
    clock.now += 10
    await _ask(gw)  # the probe succeeds: b is back
    assert (len(a.requests), len(b.requests)) == (7, 4)
    assert provider.pool.members[1].ejected_until is None
    await _ask(gw)
    assert len(b.requests) == 5  # and shares the load again


async def _stream_text(gw: RunningGateway, model: str = "llama") -> str:
    async with gw.client.chat.completions.with_streaming_response.create(
        model=model, messages=USER, stream=True
    ) as response:
        assert response.headers["x-hybridgate-model"] == "llama"
        assert response.headers["x-hybridgate-route-reason"] == "explicit"
        text = ""
        async for chunk in await response.parse():
            if chunk.choices:
                text += chunk.choices[0].delta.content or ""
        return text


@pytest.mark.parametrize("fault", [DropStream(after=0), Fail(503)])
async def test_stream_moves_to_the_twin_before_its_first_content(
    fault: DropStream | Fail,
    twins: list[Twin],
    fake_upstream: FakeUpstream,
    start_gateway: GatewayFactory,
) -> None:
    gw, _, calls = _start(start_gateway, _config(twins, fake_upstream), rng=LastOfTies())
    a, b = (t.fake for t in twins)
    b.script("llama", [fault])
    assert await _stream_text(gw) == "echo: hi there"
    assert (len(a.requests), len(b.requests)) == (1, 1)
    assert calls.records[-1].attempts == ("llama",)
    assert not fake_upstream.requests


async def test_stream_cut_after_content_is_not_retried(
    twins: list[Twin], fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    gw, provider, _ = _start(start_gateway, _config(twins, fake_upstream), rng=LastOfTies())
    a, b = (t.fake for t in twins)
    b.script("llama", [DropStream(after=2)])
    with pytest.raises(openai.APIError):
        await _stream_text(gw)
    assert (len(a.requests), len(b.requests)) == (0, 1)  # content was sent: no twin
    assert provider.pool.members[1].failures == 1  # but the cut counts against b


async def test_alias_reaches_the_deployments(
    twins: list[Twin], fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    gw, _, calls = _start(start_gateway, _config(twins, fake_upstream))
    await _ask(gw, "default-local")
    assert await _stream_text(gw, "default-local") == "echo: hi there"
    assert [(c.requested_model, c.model) for c in calls.records] == [
        ("default-local", "llama"),
        ("default-local", "llama"),
    ]
    sent = [r["model"] for t in twins for r in t.fake.requests]
    assert sent == ["llama", "llama"]  # the upstream model id, not the alias


async def test_openai_deployments_from_config_share_health_across_wires(
    twins: list[Twin], start_gateway: GatewayFactory
) -> None:
    """Built by the registry from config: an `openai` model's chat and Responses-API calls
    go over the same deployments and the same health."""
    model = {
        "name": "gpt-twins",
        "provider": "openai",
        "api_key": "sk-test-not-a-real-key",
        "deployments": [{"base_url": t.url} for t in twins],
        "ejection": {"failures": 2, "cooldown": 600},
        "timeout": 5,
    }
    gw = start_gateway({"models": [model]})
    provider = gw.gateway.providers["gpt-twins"]
    assert isinstance(provider, DeploymentsProvider)
    twins[1].stop()
    # Ties are drawn at random: ask until both wires have been asked 6 times and the
    # stopped twin has been tried often enough to be ejected (2 failures; 12 draws miss
    # that about once in 300 runs, 60 draws never in practice).
    rounds = 0
    while rounds < 6 or (provider.pool.members[1].ejected_until is None and rounds < 30):
        answer = await gw.client.responses.create(model="gpt-twins", input="hi there")
        assert answer.output_text == "echo: hi there"
        chat = await gw.client.chat.completions.create(model="gpt-twins", messages=USER)
        assert chat.choices[0].message.content == "echo: hi there"
        rounds += 1
    assert provider.pool.members[1].ejected_until is not None
    paths = twins[0].fake.paths
    assert paths.count("/v1/responses") == rounds and paths.count("/v1/chat/completions") == rounds
