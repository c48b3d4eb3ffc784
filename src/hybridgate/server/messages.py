"""POST /v1/messages (Anthropic Messages API): translated to the internal chat request,
routed and executed like a chat completion, rendered back as an Anthropic Message or its
SSE events. Its errors are Anthropic-shaped (server/app.py renders them by path); the
`x-api-key` header carries the key, as Anthropic's SDK sends it."""

from __future__ import annotations

import orjson
from starlette.requests import Request
from starlette.responses import Response

from ..features.tokens import count_prompt
from ..gateway import Gateway
from ..routing.apis import Api
from ..schemas import ChatRequest
from ..translate.messages import MessagesRequest, to_chat, to_message
from ..translate.messages_stream import MessagesEncoder
from ..translate.responses import new_id
from .body import load_json, parse_model, read_body, validate
from .chat import respond, routed_request

PATH = "/v1/messages"
COUNT_PATH = "/v1/messages/count_tokens"


async def messages(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway

    def parse(raw: bytes) -> ChatRequest:
        return to_chat(parse_model(raw, MessagesRequest))

    routed = await routed_request(request, parse=parse, api=Api.MESSAGES)
    message_id, prompt = new_id("msg"), routed.features.prompt_tokens
    return await respond(
        gateway,
        routed,
        lambda result: orjson.dumps(to_message(result.completion, message_id, result.served.model)),
        lambda model: MessagesEncoder(message_id, model, prompt),
    )


async def count_tokens(request: Request) -> Response:
    """POST /v1/messages/count_tokens: the prompt's tokens as the gateway counts them
    (cl100k_base; the routed model's own tokenizer may differ by a few percent)."""
    gateway: Gateway = request.app.state.gateway
    await request.app.state.authenticator.authenticate(request)
    data = load_json(await read_body(request, gateway.config.server.max_body_bytes))
    data.setdefault("max_tokens", 1)  # not part of a count request
    chat = to_chat(validate(MessagesRequest, data))
    return Response(
        orjson.dumps({"input_tokens": count_prompt(chat)}), media_type="application/json"
    )
