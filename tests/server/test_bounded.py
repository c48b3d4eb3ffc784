"""Bounded work per request (issue 15 item 5): every size cap is checked before feature
extraction, so an oversized prompt is refused for the price of a token count, never of a
privacy scan, while ordinary requests on the same gateway keep answering."""

from __future__ import annotations

import random
import time
from typing import Any

import anyio
import httpx
import pytest

from hybridgate.features import FeatureExtractor
from hybridgate.features.privacy import Scanner, SpacyNER
from hybridgate.features.tokens import count_prompt
from hybridgate.schemas import ChatRequest

from ..conftest import GatewayFactory, RunningGateway, base_config
from ..fakes.upstream import FakeUpstream

pytestmark = pytest.mark.anyio

# Capitalised prose: the worst case for a name detector (every word looks like a name).
WORDS = [
    "Maria",
    "Anna",
    "Paris",
    "London",
    "Bank",
    "Street",
    "North",
    "River",
    "Johnson",
    "Baker",
    "Hill",
    "Lake",
]


def prose(chars: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    out, size = [], 0
    while size < chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 14))) + ". "
        out.append(sentence)
        size += len(sentence)
    return "".join(out)[:chars]


def start(start_gateway: GatewayFactory, fake_upstream: FakeUpstream, **limits: Any) -> Any:
    """The gateway with the real privacy scanner (spaCy NER), as `serve` builds it."""
    config = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    if limits:
        config["limits"] = limits
    extractor = FeatureExtractor(privacy=Scanner(ner=SpacyNER()))
    return start_gateway(config, extractor=extractor)


async def post(gw: RunningGateway, content: str | list[str]) -> tuple[httpx.Response, float]:
    texts = [content] if isinstance(content, str) else content
    body = {"model": "auto", "messages": [{"role": "user", "content": t} for t in texts]}
    async with httpx.AsyncClient(timeout=60) as client:
        started = time.perf_counter()
        response = await client.post(f"{gw.url}/v1/chat/completions", json=body)
        return response, time.perf_counter() - started


async def test_a_1mb_prompt_over_the_token_cap_is_refused_fast_and_others_still_answer(
    start_gateway: GatewayFactory, fake_upstream: FakeUpstream
) -> None:
    gw = start(start_gateway, fake_upstream, max_prompt_tokens=100_000)
    await post(gw, "warm up the scanner, Maria")  # the NER model loads on first use
    fake_upstream.reset()
    results: dict[str, tuple[httpx.Response, float]] = {}

    async def one(name: str, content: str | list[str]) -> None:
        results[name] = await post(gw, content)

    async with anyio.create_task_group() as tg:
        tg.start_soon(one, "big", prose(1_000_000))
        tg.start_soon(one, "split", [prose(100_000, seed) for seed in range(10)])
        tg.start_soon(one, "normal", "What is the capital of France?")
    for name in ("big", "split"):
        response, seconds = results[name]
        assert response.status_code == 413, response.text
        assert response.json()["error"]["param"] == "messages"
        assert seconds < 1.0, f"{name}: refused after {seconds:.2f} s"
    normal, seconds = results["normal"]
    assert normal.status_code == 200 and seconds < 1.0
    assert len(fake_upstream.requests) == 1  # only the normal request went upstream


async def test_without_a_token_cap_the_largest_context_window_bounds_the_prompt(
    start_gateway: GatewayFactory, fake_upstream: FakeUpstream
) -> None:
    gw = start(start_gateway, fake_upstream)  # no limits: 128K is the largest window
    response, seconds = await post(gw, prose(1_000_000))
    assert response.status_code == 400, response.text
    assert response.json()["error"]["code"] == "context_length_exceeded"
    assert seconds < 1.0
    assert fake_upstream.requests == []
    ok, _ = await post(gw, "Say hello")
    assert ok.status_code == 200


def test_counting_is_bounded_however_the_prompt_is_cut() -> None:
    """Exact BPE for the first 200K characters of a request, an estimate past them."""
    parts = [prose(50_000, seed) for seed in range(40)]  # 2 MB in 40 messages
    request = ChatRequest.model_validate(
        {"model": "auto", "messages": [{"role": "user", "content": p} for p in parts]}
    )
    started = time.process_time()
    tokens = count_prompt(request)
    assert time.process_time() - started < 0.5
    assert 2_000_000 / 8 < tokens < 2_000_000 / 2
