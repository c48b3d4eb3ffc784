"""Hardening: security headers on every response, CORS only when configured, and the
OpenAPI description of the API (served at /openapi.json)."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from importlib import resources
from typing import Any

import orjson
import yaml
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..config import ServerConfig

# The API serves JSON and SSE, the dashboard a self-contained page: nothing needs to be
# framed, sniffed or loaded from elsewhere.
HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' "
        b"'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; "
        b"form-action 'self'",
    ),
)


class SecurityHeaders:
    """Adds HEADERS to every HTTP response that does not set them itself (pure ASGI)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        await self.app(scope, receive, adding_headers(send, HEADERS))


def adding_headers(send: Send, extra: Iterable[tuple[bytes, bytes]]) -> Send:
    """`send`, with each of `extra` (lower-case names) added to the response's start
    unless the response sets that header itself."""

    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = message.setdefault("headers", [])
            present = {k.lower() for k, _ in headers}
            headers.extend(h for h in extra if h[0] not in present)
        await send(message)

    return send_with_headers


def middleware(server: ServerConfig) -> list[Middleware]:
    """Security headers always; CORS only for the origins the config lists (off by
    default: browsers may not call the gateway from other sites)."""
    stack = [Middleware(SecurityHeaders)]
    if server.cors_origins:
        stack.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(server.cors_origins),
                allow_methods=["GET", "POST", "DELETE"],
                allow_headers=["authorization", "content-type", "x-hybridgate-session"],
                expose_headers=[
                    "x-hybridgate-request-id",
                    "x-hybridgate-model",
                    "x-hybridgate-route-reason",
                    "x-hybridgate-cost-usd",
                    "retry-after",
                ],
            )
        )
    return stack


@functools.cache
def openapi_schema() -> dict[str, Any]:
    text = resources.files("hybridgate").joinpath("data/openapi.yaml").read_text("utf-8")
    schema: dict[str, Any] = yaml.safe_load(text)
    return schema


@functools.cache
def _openapi_bytes() -> bytes:
    return orjson.dumps(openapi_schema())


async def openapi(request: Request) -> Response:
    return Response(_openapi_bytes(), media_type="application/json")
