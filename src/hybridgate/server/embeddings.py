"""POST /v1/embeddings: routed like a chat request (auth, privacy first, budgets,
fallbacks, ledger, audit, decision headers); `auto` means the bundled MiniLM model."""

from __future__ import annotations

import orjson
from starlette.requests import Request
from starlette.responses import Response

from ..gateway import Gateway
from ..routing.apis import Api
from ..schemas import ChatRequest
from ..translate.embeddings import EmbeddingCall, EmbeddingRequest, as_chat, render, texts_of
from .body import parse_model
from .chat import routed_request
from .headers import decision_headers


async def embeddings(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    parsed: list[tuple[EmbeddingRequest, EmbeddingCall]] = []

    def parse(raw: bytes) -> ChatRequest:
        wire = parse_model(raw, EmbeddingRequest)
        texts = texts_of(wire, gateway.config.embeddings.max_inputs)
        call = EmbeddingCall(texts=texts, dimensions=wire.dimensions, user=wire.user)
        parsed.append((wire, call))
        return as_chat(wire.model, call)

    routed = await routed_request(request, parse=parse, api=Api.EMBEDDINGS)
    wire, call = parsed[0]
    answer = await gateway.embed(routed, call)
    return Response(
        orjson.dumps(render(answer.result, wire.encoding_format)),
        media_type="application/json",
        headers=decision_headers(answer.served),
    )
