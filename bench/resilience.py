"""Bounded loopback load test of the gateway's resilience: a fake OpenAI-compatible
upstream fails 20% of its requests at random (500, 502, 503, 429 with Retry-After: 0,
connection reset) and the gateway retries and falls back. Printed beside two baselines
run in the same process: the same gateway with no faults, and the same faults with
retries and fallbacks turned off (what a client sees without them).

    .venv/bin/python bench/resilience.py [--requests 400] [--concurrency 16]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakes.upstream import Fail, FakeUpstream, Reset  # noqa: E402
from tests.servers import ServedApp  # noqa: E402

from hybridgate.config import parse_config  # noqa: E402
from hybridgate.gateway import Gateway  # noqa: E402
from hybridgate.server import create_app  # noqa: E402
from hybridgate.settings import Settings  # noqa: E402

FAULTS = [Fail(500), Fail(502), Fail(503), Fail(429, headers={"retry-after": "0"}), Reset()]


def config(upstream: str, *, resilient: bool) -> dict[str, Any]:
    model = {"provider": "openai_compatible", "base_url": f"{upstream}/v1", "timeout": 5}
    return {
        "models": [
            {**model, "name": "gpt-hosted", "hosted": True},
            {**model, "name": "llama-local", "hosted": False},
        ],
        "router": {
            "fallbacks": {"gpt-hosted": ["llama-local"]} if resilient else {},
            "retry": {"attempts": 2 if resilient else 1},  # defaults otherwise
        },
    }


@dataclass
class Result:
    ok: bool
    latency_s: float
    fallback: bool


async def one(client: httpx.AsyncClient, i: int) -> Result:
    stream = i % 2 == 1
    body = {
        "model": "gpt-hosted",
        "messages": [{"role": "user", "content": f"request {i}"}],
        "stream": stream,
    }
    started = time.perf_counter()
    try:
        if not stream:
            response = await client.post("/v1/chat/completions", json=body)
            ok = (
                response.status_code == 200
                and response.json()["choices"][0]["message"]["content"] == f"echo: request {i}"
            )
            reason = response.headers.get("x-hybridgate-route-reason")
        else:
            text, ok = "", False
            async with client.stream("POST", "/v1/chat/completions", json=body) as response:
                reason = response.headers.get("x-hybridgate-route-reason")
                async for line in response.aiter_lines():
                    if not line.startswith("data: "):
                        continue
                    if line == "data: [DONE]":
                        ok = response.status_code == 200
                        break
                    chunk = orjson.loads(line[6:])
                    if "error" in chunk:
                        break
                    for choice in chunk.get("choices", []):
                        text += choice["delta"].get("content") or ""
            ok = ok and text == f"echo: request {i}"
    except httpx.HTTPError:
        ok, reason = False, None
    return Result(ok, time.perf_counter() - started, reason == "fallback")


async def load(url: str, requests: int, concurrency: int) -> list[Result]:
    limit = asyncio.Semaphore(concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=30) as client:

        async def bounded(i: int) -> Result:
            async with limit:
                return await one(client, i)

        return list(await asyncio.gather(*(bounded(i) for i in range(requests))))


def p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else 0


def run_phase(
    fake: FakeUpstream, upstream: str, tmp: Path, *, faults: float, resilient: bool, args: Any
) -> tuple[list[Result], int, float]:
    fake.reset()
    fake.delay = args.upstream_ms / 1000
    gateway = Gateway(parse_config(config(upstream, resilient=resilient)), cache_dir=tmp)
    with ServedApp(create_app(gateway, settings=Settings(home=tmp))) as served:
        asyncio.run(load(served.url, 50, args.concurrency))  # warm-up: connections, imports
        fake.requests.clear()
        fake.chaos_rate, fake.chaos = faults, list(FAULTS)
        started = time.perf_counter()
        results = asyncio.run(load(served.url, args.requests, args.concurrency))
        elapsed = time.perf_counter() - started
    return results, len(fake.requests), elapsed


def summarise(runs: list[tuple[list[Result], int, float]]) -> dict[str, float]:
    """Every round of a phase pooled: rates over all requests, percentiles over all."""
    results = [r for run in runs for r in run[0]]
    calls, elapsed = sum(run[1] for run in runs), sum(run[2] for run in runs)
    latencies = [r.latency_s * 1000 for r in results if r.ok] or [0.0]
    return {
        "success": sum(r.ok for r in results) / len(results),
        "fallback share": sum(r.fallback for r in results) / len(results),
        "upstream calls/req": calls / len(results),
        "p50 ms": p(latencies, 50),
        "p99 ms": p(latencies, 99),
        "req/s": len(results) / elapsed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--fault-rate", type=float, default=0.2)
    parser.add_argument("--upstream-ms", type=float, default=20.0, help="Upstream latency.")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=2, help="Phases alternate per round.")
    args = parser.parse_args()
    import logging
    import random
    import tempfile

    logging.disable(logging.CRITICAL)  # a warning per injected fault, a traceback per reset
    fake = FakeUpstream()
    with ServedApp(fake.app) as upstream, tempfile.TemporaryDirectory() as tmp:
        plan = (
            ("no faults", 0.0, True),
            (f"{args.fault_rate:.0%} faults", args.fault_rate, True),
            (f"{args.fault_rate:.0%}, no retry/fallback", args.fault_rate, False),
        )
        runs: dict[str, list[tuple[list[Result], int, float]]] = {name: [] for name, _, _ in plan}
        for round_ in range(args.rounds):
            for name, faults, resilient in plan:
                fake.rng = random.Random(args.seed + round_)
                runs[name].append(
                    run_phase(
                        fake, upstream.url, Path(tmp), faults=faults, resilient=resilient,
                        args=args,
                    )
                )  # fmt: skip
        phases = {name: summarise(r) for name, r in runs.items()}
    print(
        f"{args.rounds} rounds x {args.requests} requests/phase, concurrency "
        f"{args.concurrency}, half streaming, upstream {args.upstream_ms:.0f} ms, "
        "faults: 500/502/503/429(Retry-After 0)/reset"
    )
    names = list(phases)
    print(f"{'':22}" + "".join(f"{n:>26}" for n in names))
    for key in phases[names[0]]:
        print(f"{key:22}" + "".join(f"{phases[n][key]:>26.3f}" for n in names))
    base, faulty = phases[names[0]], phases[names[1]]
    print(
        f"added p99 latency with faults: {faulty['p99 ms'] - base['p99 ms']:+.1f} ms "
        f"(x{faulty['p99 ms'] / max(base['p99 ms'], 1e-9):.2f}); "
        f"success {faulty['success']:.1%} vs {phases[names[2]]['success']:.1%} without "
        f"retry/fallback"
    )


if __name__ == "__main__":
    main()
