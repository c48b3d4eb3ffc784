"""Shared fixtures: a fake OpenAI-compatible upstream and the gateway, both served over
real HTTP on 127.0.0.1, and clients from the official openai SDK."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openai
import pytest

from hybridgate.config import Config, parse_config
from hybridgate.gateway import Gateway
from hybridgate.governance.limits import RateLimiter
from hybridgate.server import create_app
from hybridgate.settings import Settings

from .fakes.upstream import FakeUpstream
from .servers import ServedApp


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(scope="session")
def _upstream_server() -> Iterator[tuple[FakeUpstream, str]]:
    fake = FakeUpstream()
    with ServedApp(fake.app) as served:
        yield fake, served.url


@pytest.fixture
def fake_upstream(_upstream_server: tuple[FakeUpstream, str]) -> Iterator[FakeUpstream]:
    fake, url = _upstream_server
    fake.reset()
    fake.url = url  # type: ignore[attr-defined]
    yield fake
    fake.reset()


def base_config(upstream_url: str, **router: Any) -> dict[str, Any]:
    """Two models on the fake: a hosted 'gpt-hosted' (openai SDK) and 'llama-local'."""
    return {
        "models": [
            {
                "name": "gpt-hosted",
                "provider": "openai",
                "api_key": "sk-test-not-a-real-key",
                "base_url": f"{upstream_url}/v1",
                "context_window": 128000,
                "max_output_tokens": 16000,
                "capabilities": ["text", "images", "tools", "json_schema"],
                "pricing": {"input": 2.5, "cached_input": 0.25, "output": 15.0},
                "timeout": 5,
            },
            {
                "name": "llama-local",
                "provider": "openai_compatible",
                "base_url": f"{upstream_url}/v1",
                "hosted": False,
                "context_window": 8192,
                "capabilities": ["text", "tools"],
                "self_hosted_cost": {"usd_per_month": 2000, "tokens_per_month": 300000000},
                "timeout": 5,
            },
        ],
        "router": {
            "fallbacks": {"gpt-hosted": ["llama-local"], "llama-local": ["gpt-hosted"]},
            **router,
        },
    }


@dataclass
class RunningGateway:
    url: str
    gateway: Gateway
    client: openai.AsyncOpenAI
    sync_client: openai.OpenAI


GatewayFactory = Callable[..., RunningGateway]


@pytest.fixture
async def start_gateway(tmp_path: Path, anyio_backend: str) -> AsyncIterator[GatewayFactory]:
    """Start a gateway for a config dict (or Config); `limiter` goes to create_app(), extra
    kwargs to Gateway().
    Async so the SDK clients are closed on the test's own event loop."""
    stack = ExitStack()
    running: list[RunningGateway] = []

    def start(
        config: dict[str, Any] | Config, *, limiter: RateLimiter | None = None, **kwargs: Any
    ) -> RunningGateway:
        cfg = config if isinstance(config, Config) else parse_config(config, "test")
        settings = Settings(home=tmp_path / "home")
        gateway = Gateway(cfg, cache_dir=tmp_path / "models", **kwargs)
        app = create_app(gateway, settings=settings, limiter=limiter)
        served = stack.enter_context(ServedApp(app))
        running.append(
            RunningGateway(
                url=served.url,
                gateway=gateway,
                client=openai.AsyncOpenAI(
                    base_url=f"{served.url}/v1", api_key="sk-client", max_retries=0
                ),
                sync_client=openai.OpenAI(
                    base_url=f"{served.url}/v1", api_key="sk-client", max_retries=0
                ),
            )
        )
        return running[-1]

    yield start
    for gw in running:
        await gw.client.close()
        gw.sync_client.close()
    stack.close()


@pytest.fixture
def gateway(fake_upstream: FakeUpstream, start_gateway: GatewayFactory) -> RunningGateway:
    return start_gateway(base_config(fake_upstream.url))  # type: ignore[attr-defined]
