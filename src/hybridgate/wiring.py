"""Builds a Gateway with every plug-in this installation provides. Issues add their
scanner, scorer, transform or observer here, so the server code never changes."""

from __future__ import annotations

from .accounting.ledger import open_ledger
from .config import Config
from .execution.compare import build_evaluator, load_embedder
from .execution.redaction import Redactor
from .features import FeatureExtractor
from .features.difficulty import build_difficulty
from .features.privacy import build_scanner, build_sticky
from .gateway import Gateway
from .observability.audit import open_audit_log
from .observability.calls import CallObserver
from .routing.decision import Transform
from .routing.specialist import build_classifier
from .settings import Settings
from .storage.sql import open_database


def build_gateway(config: Config, settings: Settings) -> Gateway:
    home = settings.state_dir()
    # Loads the scorer at start-up and turns strong_share / quality_target into a threshold.
    config, difficulty = build_difficulty(config)
    router = config.router
    # The embedder costs ~0.3 s to load: only when example prompts need it.
    embedder = load_embedder() if any(s.examples for s in router.specialists) else None
    ledger = open_ledger(config, settings)  # per-call rows + the spend budgets read
    extractor = FeatureExtractor(
        domain=build_classifier(router.specialists, embedder),
        privacy=build_scanner(config),
        difficulty=difficulty,
        sessions=build_sticky(config),
        spend=ledger,
    )
    observers: list[CallObserver] = [open_audit_log(config, settings), ledger]
    gateway = Gateway(
        config,
        cache_dir=home / "models",
        extractor=extractor,
        observers=observers,
        transforms={Transform.REDACT: Redactor()},
    )
    gateway.evaluator = build_evaluator(
        config, gateway.providers, open_database(config, settings), embedder, gateway.observe
    )
    return gateway
