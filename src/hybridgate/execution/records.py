"""The CallRecord of one upstream call made for a request: the one place that prices it
and copies the request's facts (key, session, entities) into the record observers get."""

from __future__ import annotations

from ..accounting.pricing import call_cost
from ..config import Config
from ..features import Entity, Features
from ..observability.calls import CallRecord
from ..schemas import ChatRequest
from ..usage import Usage


def call_record(
    config: Config,
    features: Features,
    *,
    request_id: str,
    started_at: float,
    model: str,
    reason: str,
    usage: Usage,
    usage_estimated: bool,
    latency_s: float,
    status: int = 200,
    error_code: str | None = None,
    requested_model: str | None = None,
    stream: bool = False,
    ttft_s: float | None = None,
    attempts: tuple[str, ...] = (),
    transforms: tuple[str, ...] = (),
    request: ChatRequest | None = None,
    answer: str | None = None,
    entities: tuple[Entity, ...] = (),
) -> CallRecord:
    """`model` answered (or was last tried); its price from the config, 0 for a model the
    config does not know. `requested_model` defaults to what the client asked for;
    `request`, `answer` and `entities` are content, kept only by observers whose logging
    policy allows it."""
    spec = config.model(model)
    return CallRecord(
        request_id=request_id,
        started_at=started_at,
        key_id=features.principal.key_id,
        requested_model=features.requested_model if requested_model is None else requested_model,
        model=model,
        hosted=bool(spec and spec.hosted),
        reason=reason,
        status=status,
        stream=stream,
        usage=usage,
        usage_estimated=usage_estimated,
        cost_usd=call_cost(spec, usage) if spec is not None else 0.0,
        latency_s=latency_s,
        ttft_s=ttft_s,
        attempts=attempts,
        entity_counts=features.entity_counts(),
        transforms=transforms,
        error_code=error_code,
        session=features.session,
        request=request,
        answer=answer,
        entities=entities,
    )
