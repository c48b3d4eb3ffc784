"""POST /v1/responses (OpenAI Responses API): translated to the internal chat request,
routed and executed like a chat completion (hosted OpenAI models are called over their
own Responses API), rendered back as a Response or its event stream."""

from __future__ import annotations

import orjson
from starlette.requests import Request
from starlette.responses import Response

from ..gateway import Gateway
from ..routing.apis import Api
from ..schemas import ChatRequest
from ..translate.responses import ResponsesRequest, new_id, to_chat, to_response
from ..translate.responses_stream import ResponsesEncoder
from .body import parse_model
from .chat import respond, routed_request


async def responses(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    parsed: list[ResponsesRequest] = []

    def parse(raw: bytes) -> ChatRequest:
        parsed.append(parse_model(raw, ResponsesRequest))
        return to_chat(parsed[0])

    routed = await routed_request(request, parse=parse, api=Api.RESPONSES)
    wire, response_id = parsed[0], new_id("resp")
    return await respond(
        gateway,
        routed,
        lambda result: orjson.dumps(
            to_response(result.completion, wire, response_id, result.served.model)
        ),
        lambda model: ResponsesEncoder(wire, response_id, model),
    )
