"""Builds the privacy plug-ins from `router.privacy`: the scanner and the sticky sessions."""

from __future__ import annotations

from ...config import Config
from .ner import SpacyNER
from .scanner import DIRECT, KNOWN, Scanner
from .sessions import MemorySessions, RedisSessions, SessionStore, Sticky


def build_scanner(config: Config) -> Scanner | None:
    settings = config.router.privacy
    if not settings.enabled:
        return None
    if settings.entities == "default":
        entities = DIRECT
    elif settings.entities == "all":
        entities = KNOWN
    else:
        entities = frozenset(settings.entities)
    return Scanner(
        entities=entities,
        min_score=settings.min_score,
        redact_min_score=settings.redact_min_score,
        ner=SpacyNER(settings.ner_model) if settings.ner else None,
        word_model=settings.word_model,
        token_model=settings.token_model,
        text_gate=settings.text_gate,
        deny_list=settings.deny_list,
        patterns=settings.patterns,
    )


def build_sticky(config: Config) -> Sticky | None:
    settings = config.router.privacy
    if not settings.enabled or settings.sticky_ttl <= 0:
        return None
    store: SessionStore
    if config.redis_url is not None:
        store = RedisSessions(config.redis_url.get_secret_value())
    else:
        store = MemorySessions()
    return Sticky(store, settings.sticky_ttl)
