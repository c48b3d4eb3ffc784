"""The one place that assembles hybridgate: a Gateway with every plug-in this installation
provides (scanner, scorer, transform, observers, evaluator), and the served app around it.
New plug-ins are added here, so the server code never changes.

`hybridgate serve --workers N` hands `from_environment` to uvicorn as a factory, so each
worker process builds its own gateway from HYBRIDGATE_CONFIG; workers share state through
the database (ledger, keys, audit) and Redis when `redis_url` is set (limits, breaker,
sticky sessions)."""

from __future__ import annotations

import gc
import logging

from starlette.applications import Starlette

from .accounting.ledger import open_ledger
from .config import Config, load_config
from .execution.compare import build_evaluator
from .execution.redaction import Redactor
from .features import FeatureExtractor
from .features.difficulty import build_difficulty
from .features.embedding import load_embedder
from .features.masking import AuditMasker
from .features.privacy import build_scanner, build_sticky
from .gateway import Gateway
from .observability.audit import open_audit_log
from .observability.calls import CallObserver
from .routing.decision import Transform
from .routing.specialist import build_classifier
from .settings import Settings
from .storage.sql import open_database

log = logging.getLogger(__name__)


def build_gateway(config: Config, settings: Settings) -> Gateway:
    home = settings.state_dir()
    if config.redis_url is None:
        log.warning(
            "no redis_url: rate limits, circuit breakers and sticky sensitive sessions are "
            "per process; every worker or replica keeps its own"
        )
    # Loads the scorer at start-up and turns strong_share / quality_target into a threshold.
    config, difficulty = build_difficulty(config, home)  # home: what `router train --adopt` wrote
    router = config.router
    # The embedder costs ~0.3 s to load: only when example prompts need it.
    embedder = load_embedder() if any(s.examples for s in router.specialists) else None
    ledger = open_ledger(config, settings)  # per-call rows + the spend budgets read
    scanner = build_scanner(config)  # detection, redaction and the audit's masking
    extractor = FeatureExtractor(
        domain=build_classifier(router.specialists, embedder),
        privacy=scanner,
        difficulty=difficulty,
        sessions=build_sticky(config),
        spend=ledger,
    )
    audit = open_audit_log(config, settings, AuditMasker(scanner))  # `redacted` masking
    observers: list[CallObserver] = [audit, ledger]
    gateway = Gateway(
        config,
        cache_dir=home / "models",
        extractor=extractor,
        observers=observers,
        transforms={Transform.REDACT: Redactor(scanner)},
    )
    gateway.evaluator = build_evaluator(
        config,
        gateway.executor,
        open_database(config, settings),
        embedder,
        gateway.observe,
        policies=gateway.policies,
    )
    return gateway


def build_app(config: Config, settings: Settings) -> Starlette:
    """The served app: the gateway with every plug-in, its start-up work done before it
    listens."""
    from .features.privacy import Scanner
    from .features.tokens import warm
    from .server import create_app

    gateway = build_gateway(config, settings)
    app = create_app(gateway, settings=settings)
    warm()  # the tokenizer now, not on the first request (~1 s)
    if isinstance(gateway.extractor.privacy, Scanner):
        gateway.extractor.privacy.warm()  # and the NER pipeline (~1-2 s of CPU)
    # What start-up loaded (config, models, spaCy, schemas: ~200,000 objects) lives as long
    # as the process: out of the collector's sight, a full collection no longer walks it
    # (it took 125 ms, the worst latency of a c=1 load; docs/performance.md).
    gc.collect()
    gc.freeze()
    return app


def from_environment() -> Starlette:
    """The uvicorn factory of a worker process (the parent checked the config already)."""
    return build_app(load_config(None), Settings())
