"""Runs the ordered policies and seals the decision (reason, fallbacks, privacy check)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TypeAlias

from ..config import Config
from ..errors import PolicyViolation
from ..features import Features
from . import escalation, policies
from .budget import budget
from .candidates import Candidates
from .decision import Reason, RouteDecision, Transform
from .specialist import specialist

Policy: TypeAlias = Callable[[Features, Candidates], "Candidates | RouteDecision | None"]

DEFAULT_POLICIES: tuple[Policy, ...] = (
    policies.access,
    policies.privacy,
    policies.explicit_local,  # a named in-house model never silently becomes a hosted one
    policies.capability,
    budget,  # hard limit refuses every request; soft limit downgrades "auto"
    policies.explicit,
    specialist,
    policies.difficulty,
    policies.default,
)


def decide(
    features: Features, config: Config, chain: Sequence[Policy] = DEFAULT_POLICIES
) -> RouteDecision:
    features = _canonical(features, config)
    candidates, decision = _run(features, config, chain)
    if decision is None:
        decision = policies.default(features, candidates)
    return seal(decision, features, candidates)


def allows(
    features: Features, config: Config, model: str, chain: Sequence[Policy] = DEFAULT_POLICIES
) -> RouteDecision | None:
    """The sealed decision to send this request to `model` instead of the chain's pick, if
    the policies leave `model` among the candidates (who may use what, privacy, in-house
    requests, capability, budget); None if they do not. Raises what the chain raises.
    For a second opinion on an answered request (evaluation)."""
    features = _canonical(features, config)
    candidates, _ = _run(features, config, chain)
    if candidates.get(model) is None:
        return None
    asked = RouteDecision(model=model, reason=Reason.DEFAULT, explanation=f"{model} asked")
    return seal(asked, features, candidates)


def _canonical(features: Features, config: Config) -> Features:
    # Policies see the model's name; an alias the client sent is only another way to say it.
    canonical = config.canonical(features.requested_model)
    if canonical != features.requested_model:
        features = replace(features, requested_model=canonical)
    return features


def _run(
    features: Features, config: Config, chain: Sequence[Policy]
) -> tuple[Candidates, RouteDecision | None]:
    """The policies in order until one decides: the candidates left, and the decision."""
    candidates = Candidates.all(config)
    for policy in chain:
        result = policy(features, candidates)
        if result is None:  # most policies pass
            continue
        if isinstance(result, Candidates):
            candidates = result
        elif isinstance(result, RouteDecision):
            return candidates, result
    return candidates, None


def seal(decision: RouteDecision, features: Features, candidates: Candidates) -> RouteDecision:
    """The last word: the target must be a candidate (so privacy holds), the pinned reason
    wins, and fallbacks are limited to models that could serve this request too."""
    if Transform.ESCALATE in candidates.transforms:
        decision, candidates = escalation.resolve(decision, candidates)
    target = candidates.get(decision.model)
    if target is None:
        raise PolicyViolation(f"routing chose {decision.model}, which is not a candidate")
    reason = candidates.pinned or decision.reason
    if decision.escalation is not None:
        reason = Reason.PRIVACY_ESCALATION
    notes = [*candidates.notes, decision.explanation]
    if reason is not decision.reason:
        notes.append(f"reason: {reason.value}")
    if features.difficulty is not None and "difficulty" not in decision.scores:
        notes.append(f"difficulty {features.difficulty:.2f} (not used: {reason.value} first)")
    fallbacks = tuple(
        name
        for name in candidates.config.router.fallbacks.get(target.name, ())
        if candidates.get(name) is not None and name != target.name
    )
    if decision.escalation is not None:
        # Other hosted models may answer the brief; then the original is answered in house.
        hosted = tuple(n for n in fallbacks if (m := candidates.get(n)) is not None and m.hosted)
        fallbacks = (*hosted, decision.escalation.local)
    scores = dict(decision.scores)
    if features.difficulty is not None:
        scores["difficulty"] = features.difficulty
    return replace(
        decision,
        reason=reason,
        explanation="; ".join(notes),
        fallbacks=fallbacks,
        transforms=candidates.transforms,  # applied by the executor to hosted attempts
        scores=scores,
    )


__all__ = ["DEFAULT_POLICIES", "Policy", "PolicyViolation", "Reason", "allows", "decide", "seal"]
