"""The routing policies: small pure functions of (Features, Candidates).

Each returns None (pass), narrowed Candidates, or a RouteDecision. They do no I/O; scores
arrive precomputed in Features. Order lives in chain.DEFAULT_POLICIES."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from ..config import ModelConfig
from ..errors import (
    ContextTooLong,
    InvalidRequest,
    ModelNotFound,
    PermissionDenied,
    SensitiveDataBlocked,
    UpstreamUnavailable,
)
from ..features import Features
from . import escalation
from .candidates import Candidates
from .decision import Reason, RouteDecision, Transform


def _requested(features: Features, candidates: Candidates) -> str | None:
    """The model the client named, or what `router.default` makes of "auto"."""
    if not features.auto:
        return features.requested_model
    default = candidates.config.router.default
    return None if default == "auto" else default


def access(features: Features, candidates: Candidates) -> Candidates | None:
    """Unknown models are a 404; a key limited to some models only sees those."""
    if not features.auto and candidates.config.model(features.requested_model) is None:
        raise ModelNotFound(
            f"The model '{features.requested_model}' does not exist. "
            f"Available: auto, {', '.join(candidates.names())}",
            param="model",
        )
    allowed = features.principal.models
    if allowed is None:
        return None
    allowed = frozenset(candidates.config.canonical(name) for name in allowed)  # aliases
    if not features.auto and features.requested_model not in allowed:
        raise PermissionDenied(
            f"This API key may not use the model '{features.requested_model}'", param="model"
        )
    narrowed = candidates.narrow(
        lambda m: m.name in allowed, Reason.DEFAULT, "key limited to its models", pin=False
    )
    if not narrowed.models:  # e.g. a key for chat models asking for embeddings
        raise PermissionDenied(
            "This API key may not use any model that serves this request", param="model"
        )
    return narrowed


def privacy(features: Features, candidates: Candidates) -> Candidates | None:
    """Sensitive requests may only reach models that keep data in house (or go out
    redacted, or as an approved brief, or are refused), per policy and per key. Local-only
    keys never go out."""
    principal = features.principal
    settings = candidates.config.router.privacy
    if principal.local_only:
        return _keep_local(candidates, features, "the API key is local-only")
    if not settings.enabled:
        return None
    if not features.sensitive:
        action = principal.on_sensitive or settings.on_sensitive
        if action == "redact" and settings.redact_all and "embeddings" not in features.needs:
            return candidates.with_transform(
                Transform.REDACT,
                "router.privacy.redact_all: every request is pseudonymized before a hosted model",
            )
        return None
    if not features.entities:
        # Sticky session: this turn looks clean, but the conversation was not.
        return _keep_local(
            candidates, features, "sensitive data earlier in this session (sticky session)"
        )
    counts = features.entity_counts()
    kinds = ", ".join(f"{k}×{n}" for k, n in sorted(counts.items()))
    action = principal.on_sensitive or settings.on_sensitive
    if action == "block":
        raise SensitiveDataBlocked(
            "The request contains sensitive data and this gateway's policy refuses it: "
            f"{', '.join(sorted(counts))}",
            param="messages",
        )
    if action == "redact" and "embeddings" in features.needs:
        return _keep_local(
            candidates,
            features,
            f"sensitive data detected ({kinds}) in texts to embed: a vector of placeholders "
            "is not the vector of the text, so they are embedded in house",
        )
    if action == "redact" and "images" in features.needs and settings.images == "local":
        return _keep_local(
            candidates,
            features,
            f"sensitive data detected ({kinds}) in a request with images, which cannot be "
            "redacted (router.privacy.images: local)",
        )
    if action == "redact":
        redacted = candidates.with_transform(
            Transform.REDACT, f"sensitive data ({kinds}) is pseudonymized before a hosted model"
        )
        asked = _requested(features, candidates)
        asked_model = candidates.get(asked) if asked else None
        if asked_model is not None and asked_model.hosted and redacted.pinned is None:
            # The named hosted model still answers, but only what privacy let through.
            return replace(redacted, pinned=Reason.PRIVACY)
        return redacted
    if action == "escalate":
        why = escalation.unable(features, candidates)
        if why is not None:
            return _keep_local(candidates, features, f"sensitive data detected ({kinds}); {why}")
        # Not narrowed: seal() escalates if the chain picks a hosted model (escalation.py).
        return candidates.with_transform(
            Transform.ESCALATE,
            f"sensitive data ({kinds}): a hosted model may only see an approved brief",
        )
    return _keep_local(candidates, features, f"sensitive data detected ({kinds})")


def _keep_local(candidates: Candidates, features: Features, why: str) -> Candidates:
    asked = _requested(features, candidates)
    asked_model = candidates.get(asked) if asked else None
    had_hosted = any(m.hosted for m in candidates.models)
    narrowed = candidates.narrow(
        lambda m: not m.hosted,
        Reason.PRIVACY,
        f"{why}: kept on in-house models",
        pin=(asked_model is not None and asked_model.hosted) or (features.auto and had_hosted),
        local_only=True,
    )
    if not narrowed.models:
        raise UpstreamUnavailable(
            f"{why}, and no in-house (non-hosted) model is configured to serve it"
        )
    return narrowed


def explicit_local(features: Features, candidates: Candidates) -> Candidates | None:
    """A request that names an in-house model stays in house: no capability re-route and
    no fallback sends it to a hosted model unless `router.explicit_local_to_hosted`."""
    if features.auto or candidates.config.router.explicit_local_to_hosted:
        return None
    asked = candidates.get(features.requested_model)
    if asked is None or asked.hosted or not any(m.hosted for m in candidates.models):
        return None
    return candidates.narrow(
        lambda m: not m.hosted,
        Reason.EXPLICIT,
        f"{asked.name} is in-house: hosted models excluded (router.explicit_local_to_hosted)",
        pin=False,
        local_only=True,
    )


def _serves(model: ModelConfig, features: Features) -> str | None:
    """Why `model` cannot serve the request, or None if it can."""
    missing = sorted(c for c in features.needs if not model.supports(c))
    if missing:
        return f"no {', '.join(missing)} support"
    wanted_out = features.output_tokens or 0
    if model.max_output_tokens is not None and wanted_out > model.max_output_tokens:
        return f"max output {model.max_output_tokens} < {wanted_out}"
    if features.prompt_tokens + wanted_out > model.context_window:
        return f"context {model.context_window} < {features.prompt_tokens + wanted_out}"
    return None


def capability(features: Features, candidates: Candidates) -> Candidates | None:
    """Skip models whose context, output limit or features cannot serve the request."""
    unable = {m.name: why for m in candidates.models if (why := _serves(m, features))}
    if not unable:
        return None
    if len(unable) == len(candidates.models):
        detail = "; ".join(f"{name}: {why}" for name, why in unable.items())
        if _kept_in_house(features, candidates):
            detail += (
                f"; {features.requested_model} is in-house and this gateway does not send "
                "its requests to hosted models (router.explicit_local_to_hosted: false)"
            )
        if all("context" in why or "max output" in why for why in unable.values()):
            raise ContextTooLong(
                f"No model can take this request ({features.prompt_tokens} prompt tokens): "
                f"{detail}",
                param="messages",
            )
        missing = {c for c in features.needs for m in candidates.models if not m.supports(c)}
        raise InvalidRequest(
            f"No available model can serve this request: {detail}", param=_param(missing)
        )
    asked = _requested(features, candidates) or _default_pick(candidates).name
    return candidates.narrow(
        lambda m: m.name not in unable,
        Reason.CAPABILITY,
        "skipped " + "; ".join(f"{name} ({why})" for name, why in unable.items()),
        pin=asked in unable,
    )


def _kept_in_house(features: Features, candidates: Candidates) -> bool:
    """Whether explicit_local took the hosted models away from this request."""
    config = candidates.config
    if features.auto or config.router.explicit_local_to_hosted:
        return False
    asked = config.model(features.requested_model)
    return asked is not None and not asked.hosted and any(m.hosted for m in config.models)


# The request parameter that asks for each capability (the error's `param`).
_PARAMS: dict[str, str] = {
    "tools": "tools",
    "json_schema": "response_format",
    "json_object": "response_format",
    "images": "messages",
}


def _param(missing: Iterable[str]) -> str | None:
    return next((_PARAMS[c] for c in sorted(missing) if c in _PARAMS), None)


def explicit(features: Features, candidates: Candidates) -> RouteDecision | None:
    """A named model that is still a candidate gets the request."""
    if features.auto or candidates.get(features.requested_model) is None:
        return None
    return RouteDecision(
        model=features.requested_model,
        reason=Reason.EXPLICIT,
        explanation=f"the client asked for {features.requested_model}",
    )


def difficulty(features: Features, candidates: Candidates) -> RouteDecision | None:
    """auto: hard requests to the strong model, easy ones to the weak one."""
    settings = candidates.config.router.difficulty
    if not features.auto or settings is None or features.difficulty is None:
        return None
    threshold = settings.threshold if settings.threshold is not None else 0.5
    hard = features.difficulty >= threshold
    target = settings.strong if hard else settings.weak
    if candidates.get(target) is None:
        return None
    verdict = "hard" if hard else "easy"
    origin = f" (from {settings.target})" if settings.target else ""
    return RouteDecision(
        model=target,
        reason=Reason.DIFFICULTY,
        explanation=(
            f"difficulty {features.difficulty:.2f} {'≥' if hard else '<'} threshold "
            f"{threshold:.2f}{origin}: {verdict}, so {target}"
        ),
        scores={"difficulty": features.difficulty},
    )


def _default_pick(candidates: Candidates) -> ModelConfig:
    local = [m for m in candidates.models if not m.hosted]
    return (local or list(candidates.models))[0]


def default(features: Features, candidates: Candidates) -> RouteDecision:
    """Whatever is left: the configured default, else the first in-house model."""
    preferred = _requested(features, candidates)
    chosen = candidates.get(preferred) if preferred else None
    if chosen is None:
        chosen = _default_pick(candidates)
        why = "first in-house model" if not chosen.hosted else "first configured model"
    else:
        why = "router.default" if features.auto else "the requested model"
    return RouteDecision(model=chosen.name, reason=Reason.DEFAULT, explanation=why)
