"""Builds a Gateway with every plug-in this installation provides. Issues add their
scanner, scorer, transform or observer here, so the server code never changes."""

from __future__ import annotations

from .config import Config
from .features import FeatureExtractor
from .gateway import Gateway
from .observability.audit import open_audit_log
from .settings import Settings


def build_gateway(config: Config, settings: Settings) -> Gateway:
    home = settings.state_dir()
    extractor = FeatureExtractor()
    observers = [open_audit_log(config, settings)]
    return Gateway(config, cache_dir=home / "models", extractor=extractor, observers=observers)
