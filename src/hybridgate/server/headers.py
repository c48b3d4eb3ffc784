"""The x-hybridgate-* response headers: what answered a request, why, and its cost."""

from __future__ import annotations

from ..execution.escalation import Run
from ..gateway import Served

REQUEST_ID = "x-hybridgate-request-id"
MODEL = "x-hybridgate-model"
ROUTE_REASON = "x-hybridgate-route-reason"
COST = "x-hybridgate-cost-usd"  # an estimate for streams: headers leave before usage


def decision_headers(served: Served) -> dict[str, str]:
    """Every completion (and embeddings) response carries these (DESIGN.md, HTTP)."""
    headers = {
        REQUEST_ID: served.request_id,
        MODEL: served.model,
        ROUTE_REASON: served.reason,
        COST: f"{served.cost_usd:.8f}",
    }
    if served.escalation is not None:
        headers.update(escalation_headers(served.escalation, served.model))
    return headers


def stream_headers(served: Served) -> dict[str, str]:
    """A stream's: the decision headers, and no caching or proxy buffering of the events."""
    return {**decision_headers(served), "cache-control": "no-cache", "x-accel-buffering": "no"}


def escalation_headers(run: Run, final_model: str) -> dict[str, str]:
    """The headers of an escalated request (ASCII: model names and codes)."""
    out = {
        "x-hybridgate-escalation": run.verdict.value,
        "x-hybridgate-escalation-models": run.models(final_model),
        "x-hybridgate-escalation-brief-ms": f"{run.brief_seconds * 1000:.1f}",
    }
    if run.detail:
        out["x-hybridgate-escalation-detail"] = run.detail.encode("ascii", "replace").decode()
    return out
