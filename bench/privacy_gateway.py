"""The end-to-end part of bench/privacy.py: texts sent through a real gateway to a recording
fake upstream, and what the hosted model received.

The gateway is built the way `hybridgate serve` builds it (wiring.build_gateway, then
create_app) and served by uvicorn on 127.0.0.1, in front of tests/fakes/upstream.py, which
records every request body. Both a hosted model (`gpt-hosted`, provider openai) and an
in-house one (`llama-local`, hosted: false) point at the fake. Each text goes as one user
message to the hosted model by name, through the official openai SDK, one at a time, so
the requests the fake recorded during a call belong to that text.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HOSTED, LOCAL = "gpt-hosted", "llama-local"


@dataclass(frozen=True)
class Outcome:
    model: str  # x-hybridgate-model, or "error"
    hosted_strings: str  # every string (keys and values) the hosted model received, joined
    hosted_user: str | None  # the user message text the hosted model received
    error: str | None = None


def config(upstream_url: str, privacy: dict[str, Any]) -> dict[str, Any]:
    """The shape tests/conftest.py's base_config uses, with auth off."""
    return {
        "models": [
            {
                "name": HOSTED,
                "provider": "openai",
                "api_key": "sk-bench-not-a-real-key",
                "base_url": f"{upstream_url}/v1",
                "hosted": True,
                "context_window": 128000,
                "max_output_tokens": 16000,
                "capabilities": ["text", "images", "tools", "json_schema"],
                "pricing": {"input": 2.5, "cached_input": 0.25, "output": 15.0},
                "timeout": 30,
            },
            {
                "name": LOCAL,
                "provider": "openai_compatible",
                "base_url": f"{upstream_url}/v1",
                "hosted": False,
                "context_window": 131072,
                "capabilities": ["text", "tools"],
                "self_hosted_cost": {"usd_per_month": 2000, "tokens_per_month": 300000000},
                "timeout": 30,
            },
        ],
        "router": {"fallbacks": {HOSTED: [LOCAL], LOCAL: [HOSTED]}, "privacy": privacy},
        "auth": {"enabled": False},
    }


def _strings(node: object) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _user_text(body: dict[str, Any]) -> str | None:
    for message in reversed(body.get("messages") or []):
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, list):
            return "\n".join(p.get("text", "") for p in content if isinstance(p, dict))
        return content if isinstance(content, str) else None
    return None


@contextmanager
def upstream() -> Iterator[tuple[Any, str]]:
    sys.path.insert(0, str(ROOT))
    from tests.fakes.upstream import FakeUpstream
    from tests.servers import ServedApp

    fake = FakeUpstream()
    with ServedApp(fake.app) as served:
        yield fake, served.url


def run(
    fake: Any,
    url: str,
    privacy: dict[str, Any],
    texts: Sequence[str],
    progress: Callable[[int], None],
) -> list[Outcome]:
    """Send each text to the hosted model through a fresh gateway with this privacy block."""
    import openai

    from hybridgate.config import parse_config
    from hybridgate.server import create_app
    from hybridgate.settings import Settings
    from hybridgate.wiring import build_gateway

    sys.path.insert(0, str(ROOT))
    from tests.servers import ServedApp

    outcomes: list[Outcome] = []
    with ExitStack() as stack:
        home = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-privacy-")))
        settings = Settings(home=home)
        gateway = build_gateway(parse_config(config(url, privacy), "bench"), settings)
        served = stack.enter_context(ServedApp(create_app(gateway, settings=settings)))
        client = openai.OpenAI(base_url=f"{served.url}/v1", api_key="sk-client", max_retries=0)
        stack.callback(client.close)
        for i, text in enumerate(texts):
            before = len(fake.requests)
            try:
                raw = client.chat.completions.with_raw_response.create(
                    model=HOSTED, messages=[{"role": "user", "content": text}], timeout=60
                )
                model, error = raw.headers.get("x-hybridgate-model", "?"), None
            except openai.APIError as exc:
                model, error = "error", f"{type(exc).__name__}: {str(exc)[:120]}"
            hosted = [b for b in fake.requests[before:] if b.get("model") == HOSTED]
            outcomes.append(
                Outcome(
                    model=model,
                    hosted_strings="\n".join(s for b in hosted for s in _strings(b)),
                    hosted_user=_user_text(hosted[-1]) if hosted else None,
                    error=error,
                )
            )
            progress(i + 1)
    return outcomes


def progress_printer(label: str, total: int) -> Callable[[int], None]:
    started = time.monotonic()
    tty = sys.stderr.isatty()
    every = 20 if tty else 250  # one line per update when stderr is a file

    def show(done: int) -> None:
        if done % every == 0 or done == total:
            elapsed = time.monotonic() - started
            line = f"  e2e {label}: {done}/{total} requests ({elapsed:.0f} s)"
            print(f"\r{line}" if tty else line, end="\n" if done == total or not tty else "",
                  file=sys.stderr, flush=True)  # fmt: skip

    return show
