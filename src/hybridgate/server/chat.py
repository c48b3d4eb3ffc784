"""POST /v1/chat/completions and POST /v1/route."""

from __future__ import annotations

from collections.abc import Callable

import orjson
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse

from ..errors import InvalidRequest
from ..execution.streaming import StreamEncoder
from ..gateway import Answer, Gateway, Routed
from ..governance.licenses import license_of, license_view
from ..governance.limits import Rates, bucket_id, rates_for
from ..routing.apis import Api, apis_of, ensure_serves
from ..schemas import ChatRequest
from .body import parse_chat_request, read_body
from .headers import REQUEST_ID, decision_headers, stream_headers
from .route_view import route_view

SESSION_HEADER = "x-hybridgate-session"
EVALUATE_HEADER = "x-hybridgate-evaluate"
# The output limit's name on each translated API, for the error's `param`.
OUTPUT_PARAMS = {Api.RESPONSES: "max_output_tokens", Api.MESSAGES: "max_tokens"}


async def routed_request(
    request: Request,
    *,
    spends_tokens: bool = True,
    parse: Callable[[bytes], ChatRequest] | None = None,
    api: Api = Api.CHAT,
) -> Routed:
    """Auth, rates, body and routing for every API: `parse` turns the body into the chat
    request the gateway routes (the other APIs translate theirs)."""
    gateway: Gateway = request.app.state.gateway
    principal = await request.app.state.authenticator.authenticate(request)
    request.state.principal = principal  # for the audit record of a refusal
    # Requests/minute before any work; tokens/minute once the prompt is counted.
    rates, key = rates_for(principal, gateway.config), bucket_id(principal)
    if rates.rpm is not None:
        await request.app.state.limiter.acquire(key, Rates(rpm=rates.rpm), requests=1, tokens=0)
    limits = gateway.config.server
    raw = await read_body(request, limits.max_body_bytes)
    chat = parse(raw) if parse is not None else parse_chat_request(raw, limits.max_messages)
    ensure_serves(gateway.config, chat.model, api)
    caps = gateway.config.limits
    output = chat.output_limit
    if caps.max_output_tokens is not None and (output or 0) > caps.max_output_tokens:
        param = OUTPUT_PARAMS.get(api) or (
            "max_completion_tokens" if chat.max_completion_tokens else "max_tokens"
        )
        raise InvalidRequest(
            f"{param} of {output} exceeds this gateway's limit of {caps.max_output_tokens}",
            param=param,
        )
    routed = await gateway.route(
        chat,
        principal=principal,
        session=request.headers.get(SESSION_HEADER),
        request_id=request.state.request_id,
        evaluate=request.headers.get(EVALUATE_HEADER, "").strip().lower() == "true",
        api=api,
    )
    prompt = routed.features.prompt_tokens  # size caps: checked in gateway.route, first
    if spends_tokens:
        gateway.hold(routed)  # before the next await: the budgets were read while routing
    if spends_tokens and rates.tpm is not None:
        try:
            await request.app.state.limiter.acquire(
                key, Rates(tpm=rates.tpm), requests=0, tokens=prompt
            )
        except BaseException:
            gateway.release(routed)
            raise
    return routed


async def respond(
    gateway: Gateway,
    routed: Routed,
    render: Callable[[Answer], bytes | str],
    encoder: Callable[[str], StreamEncoder] | None = None,
) -> Response:
    """The answer to a routed request for every API: its event stream when it asked for one
    (chat chunks, or the events `encoder(model)` writes), else `render(answer)` as JSON;
    the decision headers either way."""
    if routed.request.stream:
        answer = await gateway.stream(routed, encoder)
        return StreamingResponse(
            answer.body,
            media_type="text/event-stream",
            headers=stream_headers(answer.served),
        )
    result = await gateway.complete(routed)
    return Response(
        render(result), media_type="application/json", headers=decision_headers(result.served)
    )


async def chat_completions(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    routed = await routed_request(request)
    return await respond(
        gateway, routed, lambda result: result.completion.model_dump_json(exclude_unset=True)
    )


async def route(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    routed = await routed_request(request, spends_tokens=False)
    return Response(
        orjson.dumps(route_view(gateway.config, routed)),
        media_type="application/json",
        headers={REQUEST_ID: routed.request_id},
    )


async def models(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    await request.app.state.authenticator.authenticate(request)
    created = request.app.state.started_at
    data = [{"id": "auto", "object": "model", "created": created, "owned_by": "hybridgate"}]
    for model in gateway.config.models:
        entry = {
            "id": model.name,
            "object": "model",
            "created": created,
            "owned_by": model.provider,
            "hosted": model.hosted,
            "context_window": model.context_window,
            "capabilities": list(model.capabilities),
            "apis": apis_of(model),
            "license": license_view(license_of(model)),
            "aliases": list(model.aliases),
        }
        data.append(entry)
        # Clients pick from this list (and some check a name against it): an alias is
        # listed as a model of its own that says what it stands for.
        for alias in model.aliases:
            data.append({**entry, "id": alias, "aliases": [], "alias_of": model.name})
    return JSONResponse({"object": "list", "data": data})
