"""Reading and validating a JSON request body: size limit, JSON, OpenAI schema."""

from __future__ import annotations

from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError
from starlette.requests import Request

from ..errors import InvalidRequest, PayloadTooLarge
from ..schemas import ChatRequest

M = TypeVar("M", bound=BaseModel)


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"Request body of {declared} bytes exceeds the limit of {limit}")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise PayloadTooLarge(f"Request body exceeds the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _param(loc: tuple[int | str, ...]) -> str:
    out = ""
    for item in loc:
        out += f"[{item}]" if isinstance(item, int) else (f".{item}" if out else str(item))
    return out


def load_json(raw: bytes) -> dict[str, Any]:
    """The body as a JSON object, or a 400 that says what is wrong with it."""
    if not raw.strip():
        raise InvalidRequest("The request body is empty; expected a JSON object")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise InvalidRequest(
            "We could not parse the JSON body of your request. (HINT: This likely means you "
            "aren't using your HTTP library correctly. The OpenAI API expects a JSON payload.)"
        ) from None
    if not isinstance(data, dict):
        raise InvalidRequest("The request body must be a JSON object")
    return data


def validate(model: type[M], data: dict[str, Any]) -> M:
    """`data` as `model`; the first validation error becomes a 400 naming its field."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        # Drop pydantic's union-member labels ("str", "list[...]") from the path.
        loc = tuple(p for p in err["loc"] if isinstance(p, int) or not any(c in p for c in "[]"))
        loc = tuple(p for p in loc if p not in ("str", "function-after"))
        param = _param(loc) or None
        msg = err["msg"].removeprefix("Value error, ")
        if err["type"] == "missing":
            msg = f"Missing required parameter: '{param}'."
        else:
            msg = f"Invalid value for '{param}': {msg}"
        raise InvalidRequest(msg, param=param) from None


def parse_model(raw: bytes, model: type[M]) -> M:
    return validate(model, load_json(raw))


def parse_chat_request(raw: bytes, max_messages: int) -> ChatRequest:
    data = load_json(raw)
    messages = data.get("messages")
    if isinstance(messages, list) and len(messages) > max_messages:
        raise InvalidRequest(
            f"Too many messages: {len(messages)} > {max_messages}", param="messages"
        )
    return validate(ChatRequest, data)
