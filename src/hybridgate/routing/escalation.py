"""Privacy escalation in routing: whether a sensitive request can be escalated (the privacy
policy asks) and, once the chain has decided, the plan of steps when the decision is a
hosted model (`seal` asks). Pure, like the policies."""

from __future__ import annotations

from dataclasses import replace

from ..config import Config, ModelConfig
from ..features import Features
from .candidates import Candidates
from .decision import EscalationPlan, Reason, RouteDecision, Transform

# Tokens the brief prompt's instructions add to the request the writer reads.
TEMPLATE_TOKENS = 300


def writer(config: Config, candidates: Candidates) -> ModelConfig | None:
    """The in-house model that writes briefs: router.privacy.escalate.model, else the
    difficulty router's weak model when it is in house, else the first in-house model."""
    named = config.router.privacy.escalate.model
    if named is None and config.router.difficulty is not None:
        weak = config.model(config.router.difficulty.weak)
        named = weak.name if weak is not None and not weak.hosted else None
    if named is not None:
        return candidates.get(named)
    return next((m for m in candidates.models if not m.hosted), None)


def unable(features: Features, candidates: Candidates) -> str | None:
    """Why this request cannot be escalated (so it stays in house), or None."""
    other = sorted(features.needs - {"text"})
    if other:
        # A brief is text: tool schemas, images and output schemas are not rewritten.
        return f"escalation covers text requests only ({', '.join(other)} stay in house)"
    model = writer(candidates.config, candidates)
    if model is None:
        return "no in-house model may write the brief (router.privacy.escalate.model)"
    settings = candidates.config.router.privacy.escalate
    wanted = features.prompt_tokens + TEMPLATE_TOKENS + settings.max_brief_tokens
    if wanted > model.context_window:
        return f"{model.name} cannot read it to write a brief (context {model.context_window})"
    return None


def resolve(decision: RouteDecision, candidates: Candidates) -> tuple[RouteDecision, Candidates]:
    """The chain decided: a hosted target gets the escalation plan; an in-house one answers
    the original request in house, with in-house fallbacks only."""
    others = tuple(t for t in candidates.transforms if t is not Transform.ESCALATE)
    target = candidates.get(decision.model)
    model = writer(candidates.config, candidates)
    if target is None or not target.hosted or model is None:
        kept = candidates.narrow(
            lambda m: not m.hosted,
            Reason.PRIVACY,
            "answered in house (escalation applies only where a hosted model would answer)",
            pin=False,
            local_only=True,
        )
        return decision, replace(kept, transforms=others)
    compose = model.name if candidates.config.router.privacy.escalate.compose else None
    plan = EscalationPlan(brief=model.name, reason=target.name, compose=compose, local=model.name)
    steps = (
        f"escalated: {model.name} writes a de-identified brief, the scanner approves it, "
        f"{target.name} answers the brief"
    )
    if compose is not None:
        steps += f", {compose} composes the final answer"
    steps += f"; an unusable brief or a hosted failure is answered in house by {model.name}"
    return replace(decision, escalation=plan), candidates.note(steps)


def steps(plan: EscalationPlan, config: Config) -> list[dict[str, object]]:
    """The plan as /v1/route shows it."""

    def hosted(name: str) -> bool:
        spec = config.model(name)
        return bool(spec and spec.hosted)

    shown: list[dict[str, object]] = [
        {"step": "brief", "model": plan.brief, "hosted": hosted(plan.brief)},
        {"step": "approve", "model": None, "hosted": False},
        {"step": "reason", "model": plan.reason, "hosted": hosted(plan.reason)},
    ]
    if plan.compose is not None:
        shown.append({"step": "compose", "model": plan.compose, "hosted": hosted(plan.compose)})
    return shown
