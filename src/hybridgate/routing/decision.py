"""RouteDecision: where a request goes, why, and what to try next."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Reason(StrEnum):
    EXPLICIT = "explicit"
    PRIVACY = "privacy"
    DIFFICULTY = "difficulty"
    CAPABILITY = "capability"
    FALLBACK = "fallback"
    SPECIALIST = "specialist"
    BUDGET = "budget"
    DEFAULT = "default"


class Transform(StrEnum):
    """Request rewrites the executor applies around the provider call."""

    REDACT = "redact"


@dataclass(frozen=True, slots=True)
class RouteDecision:
    model: str
    reason: Reason
    explanation: str
    fallbacks: tuple[str, ...] = ()
    transforms: tuple[Transform, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)
