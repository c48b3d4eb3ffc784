"""POST /v1/chat/completions and POST /v1/route."""

from __future__ import annotations

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from ..gateway import Gateway, Routed
from .body import parse_chat_request, read_body

SESSION_HEADER = "x-hybridgate-session"


async def _routed(request: Request) -> Routed:
    gateway: Gateway = request.app.state.gateway
    principal = await request.app.state.authenticator.authenticate(request)
    limits = gateway.config.server
    raw = await read_body(request, limits.max_body_bytes)
    chat = parse_chat_request(raw, limits.max_messages)
    routed = await gateway.route(
        chat,
        principal=principal,
        session=request.headers.get(SESSION_HEADER),
        request_id=request.state.request_id,
    )
    return routed


async def chat_completions(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    routed = await _routed(request)
    if routed.request.stream:
        answer = await gateway.stream(routed)
        return StreamingResponse(
            answer.body,
            media_type="text/event-stream",
            headers={**answer.headers, "cache-control": "no-cache", "x-accel-buffering": "no"},
        )
    result = await gateway.complete(routed)
    return Response(
        result.completion.model_dump_json(exclude_unset=True),
        media_type="application/json",
        headers=result.headers,
    )


async def route(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    routed = await _routed(request)
    return Response(
        orjson.dumps(gateway.route_view(routed)),
        media_type="application/json",
        headers={"x-hybridgate-request-id": routed.request_id},
    )


async def models(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    await request.app.state.authenticator.authenticate(request)
    created = request.app.state.started_at
    data = [{"id": "auto", "object": "model", "created": created, "owned_by": "hybridgate"}]
    for model in gateway.config.models:
        data.append(
            {
                "id": model.name,
                "object": "model",
                "created": created,
                "owned_by": model.provider,
                "hosted": model.hosted,
                "context_window": model.context_window,
                "capabilities": list(model.capabilities),
            }
        )
    return JSONResponse({"object": "list", "data": data})
