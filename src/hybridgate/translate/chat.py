"""The internal chat request a translated body becomes; what the chat schema rejects
(a function call without a name, arguments that are not a string) is the client's 400."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from ..errors import InvalidRequest
from ..schemas import ChatRequest


def chat_request(body: dict[str, Any]) -> ChatRequest:
    try:
        return ChatRequest.model_validate(body)
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in err["loc"] if not str(p).startswith(("str", "list[")))
        message = err["msg"].removeprefix("Value error, ")
        raise InvalidRequest(
            f"The request does not translate to a valid chat request ({where}: {message})"
        ) from None
