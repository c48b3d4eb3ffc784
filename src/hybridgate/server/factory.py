"""Building the served app: one gateway with every plug-in, its start-up work done before
it listens. `hybridgate serve --workers N` hands `from_environment` to uvicorn as a factory,
so each worker process builds its own gateway from HYBRIDGATE_CONFIG; workers share state
through the database (ledger, keys, audit) and Redis when `redis_url` is set (limits,
breaker, sticky sessions)."""

from __future__ import annotations

from starlette.applications import Starlette

from ..config import Config, load_config
from ..settings import Settings
from .app import create_app


def build_app(config: Config, settings: Settings) -> Starlette:
    from ..features.privacy import Scanner
    from ..features.tokens import warm
    from ..wiring import build_gateway

    gateway = build_gateway(config, settings)
    app = create_app(gateway, settings=settings)
    warm()  # the tokenizer now, not on the first request (~1 s)
    if isinstance(gateway.extractor.privacy, Scanner):
        gateway.extractor.privacy.warm()  # and the NER pipeline (~1-2 s of CPU)
    return app


def from_environment() -> Starlette:
    """The uvicorn factory of a worker process (the parent checked the config already)."""
    return build_app(load_config(None), Settings())
