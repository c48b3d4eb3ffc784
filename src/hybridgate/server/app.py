"""create_app(): the Starlette application, its error handlers and lifespan."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from prometheus_client import Gauge
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from ..errors import GatewayError
from ..gateway import Gateway, new_request_id
from ..governance.limits import RateLimiter, UsageCharger, build_limiter
from ..observability.tracing import TraceCalls, TraceRequests, build_tracing
from ..settings import Settings
from ..translate.messages import error_body
from . import chat, embeddings, messages, responses, security
from .auth import Authenticator, OpenAccess
from .dashboard import dashboard
from .keys import ADMIN_ROUTES, KeyAuthenticator
from .metrics import metrics
from .review import REVIEW_ROUTES
from .router_admin import ROUTER_ADMIN_ROUTES

log = logging.getLogger(__name__)


class RequestId:
    """Gives every request an id first, so errors and logs can name it (pure ASGI: cheap)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = new_request_id()
        scope.setdefault("state", {})["request_id"] = request_id
        header = (b"x-hybridgate-request-id", request_id.encode())
        await self.app(scope, receive, security.adding_headers(send, (header,)))


class InFlight:
    """Counts the API requests being served (streams until their last byte)."""

    def __init__(self, app: ASGIApp, gauge: Gauge) -> None:
        self.app, self.gauge = app, gauge

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        self.gauge.inc()
        try:
            await self.app(scope, receive, send)
        finally:
            self.gauge.dec()


def _reject(request: Request, status: int) -> None:
    if 400 <= status < 500:
        gateway: Gateway = request.app.state.gateway
        gateway.metrics.reject(status)


def _error_response(request: Request, error: GatewayError) -> JSONResponse:
    # Anthropic's SDK reads its own error shape; every other route speaks OpenAI's.
    anthropic = request.url.path.rstrip("/") in (messages.PATH, messages.COUNT_PATH)
    body = error_body(error) if anthropic else error.to_body()
    return JSONResponse(body, status_code=error.http_status(), headers=error.headers())


# Refusals worth an audit record: bad keys, forbidden models, size and rate limits.
AUDITED_REFUSALS = frozenset({401, 403, 413, 429})


def _audit_refusal(request: Request, error: GatewayError) -> None:
    gateway: Gateway = request.app.state.gateway
    principal = getattr(request.state, "principal", None)
    key_id = principal.key_id if principal is not None else None
    gateway.denied(getattr(request.state, "request_id", "-"), key_id, error)


async def on_gateway_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, GatewayError)
    if exc.http_status() in AUDITED_REFUSALS:
        _audit_refusal(request, exc)
    _reject(request, exc.http_status())
    return _error_response(request, exc)


async def on_http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    _reject(request, exc.status_code)
    kind = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code)
    body = {
        "error": {
            "message": f"{request.method} {request.url.path}: {exc.detail}",
            "type": "invalid_request_error",
            "param": None,
            "code": kind,
        }
    }
    return JSONResponse(body, status_code=exc.status_code, headers=exc.headers)


async def on_unexpected(request: Request, exc: Exception) -> Response:
    request_id = getattr(request.state, "request_id", "-")
    log.exception("unhandled error in request %s", request_id)
    if request.url.path.rstrip("/") in (messages.PATH, messages.COUNT_PATH):
        error = GatewayError(f"The gateway hit an internal error (request {request_id}).")
        return JSONResponse(error_body(error), status_code=500)
    body = {
        "error": {
            "message": f"The gateway hit an internal error (request {request_id}).",
            "type": "server_error",
            "param": None,
            "code": "internal_error",
        }
    }
    return JSONResponse(body, status_code=500)


async def healthz(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    return JSONResponse({"status": "ok", "models": [m.name for m in gateway.config.models]})


def create_app(
    gateway: Gateway,
    *,
    settings: Settings | None = None,
    authenticator: Authenticator | None = None,
    routes: list[Route] | None = None,
    limiter: RateLimiter | None = None,
) -> Starlette:
    """The ASGI app around a Gateway. Providers start in the lifespan (the embedded model
    loads once there) and close on shutdown."""
    settings = settings or Settings()
    config = gateway.config
    if authenticator is None:
        authenticator = OpenAccess()
        if config.auth.enabled:
            from ..governance.keys import KeyStore
            from ..storage.sql import open_database

            authenticator = KeyAuthenticator(
                KeyStore(open_database(config, settings)),
                settings.admin_key,
                cache_seconds=config.auth.cache_seconds,
            )
    key_store = authenticator.store if isinstance(authenticator, KeyAuthenticator) else None
    limiter = limiter or build_limiter(config)
    gateway.observers.append(UsageCharger(limiter))
    tracing = build_tracing(config)  # None unless OTEL_* ask for traces
    if tracing is not None:
        gateway.observers.append(TraceCalls(tracing))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await gateway.start()
        try:
            yield
        finally:
            await gateway.aclose()  # observers write out what they queued
            await limiter.aclose()
            if tracing is not None:
                tracing.shutdown()  # exports the spans still queued

    app = Starlette(
        routes=[
            Route("/v1/chat/completions", chat.chat_completions, methods=["POST"]),
            Route("/v1/responses", responses.responses, methods=["POST"]),
            Route("/v1/embeddings", embeddings.embeddings, methods=["POST"]),
            Route("/v1/messages", messages.messages, methods=["POST"]),
            Route(messages.COUNT_PATH, messages.count_tokens, methods=["POST"]),
            Route("/v1/route", chat.route, methods=["POST"]),
            Route("/v1/models", chat.models, methods=["GET"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/metrics", metrics, methods=["GET"]),
            Route("/dashboard", dashboard, methods=["GET"]),
            Route("/openapi.json", security.openapi, methods=["GET"]),
            *(ADMIN_ROUTES if key_store is not None else []),
            *REVIEW_ROUTES,  # /v1/evaluations, the dashboard's review queue and sign-in
            *ROUTER_ADMIN_ROUTES,  # POST /v1/admin/router/reload
            *(routes or []),
        ],
        middleware=[
            Middleware(RequestId),
            Middleware(InFlight, gauge=gateway.metrics.in_flight),
            *([Middleware(TraceRequests, tracing=tracing)] if tracing is not None else []),
            *security.middleware(config.server),
        ],
        exception_handlers={
            GatewayError: on_gateway_error,
            HTTPException: on_http_error,
            Exception: on_unexpected,
        },
        lifespan=lifespan,
    )
    state: Any = app.state
    state.gateway = gateway
    state.settings = settings
    state.authenticator = authenticator
    state.key_store = key_store
    state.limiter = limiter
    state.started_at = int(time.time())
    return app
