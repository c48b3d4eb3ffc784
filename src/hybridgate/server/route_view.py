"""The /v1/route body of DESIGN.md's contract (also `hybridgate route --json`)."""

from __future__ import annotations

from ..accounting.pricing import estimate_cost
from ..config import Config
from ..gateway import Routed
from ..routing.escalation import steps as escalation_steps


def route_view(config: Config, routed: Routed) -> dict[str, object]:
    """The decision and what it rests on; `config` is the gateway's (bundled models in)."""
    decision, features = routed.decision, routed.features
    model = config.model(decision.model)
    assert model is not None
    return {
        "model": decision.model,
        "provider": model.provider,
        "hosted": model.hosted,
        "reason": decision.reason.value,
        "explanation": decision.explanation,
        "sensitive": features.sensitive,
        "entities": [
            {
                "type": e.type,
                "start": e.start,
                "end": e.end,
                "message_index": e.message_index,
                "field": e.field,  # None: offsets index the message's joined texts
            }
            for e in features.entities
        ],
        "scores": dict(decision.scores),
        "fallbacks": list(decision.fallbacks),
        "transforms": [t.value for t in decision.transforms if model.hosted],
        "estimated_cost_usd": round(
            estimate_cost(model, features.prompt_tokens, features.output_tokens), 8
        ),
        "prompt_tokens": features.prompt_tokens,
        **(
            {"escalation": {"steps": escalation_steps(decision.escalation, config)}}
            if decision.escalation is not None
            else {}
        ),
    }
