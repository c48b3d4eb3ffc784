"""GET /metrics: the Prometheus exposition, with the gauges read at scrape time (breaker
state, global budget use) brought up to date first; behind the `metrics` key scope when
`server.metrics_auth` is set and auth is on."""

from __future__ import annotations

import time

from starlette.requests import Request
from starlette.responses import Response

from ..accounting.spend import NO_SPEND, SpendSource
from ..errors import PermissionDenied
from ..gateway import Gateway

SCOPE = "metrics"
# The text format generate_latest writes (what every Prometheus version reads).
MEDIA_TYPE = "text/plain; version=0.0.4; charset=utf-8"


async def metrics(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    config = gateway.config
    if config.auth.enabled and config.server.metrics_auth:
        principal = await request.app.state.authenticator.authenticate(request)
        request.state.principal = principal
        if not principal.allows(SCOPE):
            raise PermissionDenied(f"GET /metrics needs a key with the '{SCOPE}' scope")
    await refresh(gateway)
    return Response(gateway.metrics.render(), media_type=MEDIA_TYPE)


async def refresh(gateway: Gateway) -> None:
    """Set the gauges that are read, not counted: every model's circuit and the global
    budgets' recorded spend (this worker's ledger totals: refreshed from the database every
    few seconds, so every worker and replica counts)."""
    breaker = gateway.executor.breaker
    for spec in gateway.config.models:
        gateway.metrics.breaker(spec.name, await breaker.state(spec.name))
    budgets = gateway.config.budgets.global_
    source: SpendSource | None = gateway.extractor.spend
    if source is None or (budgets.day is None and budgets.month is None):
        return
    spend = source.spend(None, time.time())
    held = spend.held or NO_SPEND
    for period, spent, limit in (
        ("day", spend.global_day - held.global_day, budgets.day),
        ("month", spend.global_month - held.global_month, budgets.month),
    ):
        if limit is not None:
            gateway.metrics.budget(period, max(0.0, spent), limit.soft, limit.hard)
