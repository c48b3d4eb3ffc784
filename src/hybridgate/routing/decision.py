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
    # A sensitive request the hosted model answers from a de-identified brief.
    PRIVACY_ESCALATION = "privacy_escalation"


class Transform(StrEnum):
    """Request rewrites the executor applies around the provider call."""

    REDACT = "redact"
    # Marks a request for escalation; the executor has no plug-in for it, so the original
    # request can never reach a hosted model through the ordinary path.
    ESCALATE = "escalate"


@dataclass(frozen=True, slots=True)
class EscalationPlan:
    """The steps of a privacy escalation: `brief` (in house) writes a de-identified brief,
    the scanner approves it, `reason` (hosted) answers it, `compose` (in house, optional)
    writes the final answer; `local` answers the original request when the brief is
    unusable or the hosted model fails."""

    brief: str
    reason: str
    compose: str | None
    local: str


@dataclass(frozen=True, slots=True)
class RouteDecision:
    model: str
    reason: Reason
    explanation: str
    fallbacks: tuple[str, ...] = ()
    transforms: tuple[Transform, ...] = ()
    scores: dict[str, float] = field(default_factory=dict)
    escalation: EscalationPlan | None = None
