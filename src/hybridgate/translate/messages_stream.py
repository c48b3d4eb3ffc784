"""Anthropic's SSE events written from chat chunks: message_start, content blocks (text
deltas, tool_use input_json deltas) with their start and stop, message_delta with the
stop reason and usage, message_stop; an `error` event when the upstream broke after
output started."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson

from ..errors import GatewayError
from ..schemas import ChatCompletionChunk
from ..usage import Usage
from .messages import error_body, stop_reason


def event(kind: str, data: dict[str, Any]) -> bytes:
    return b"event: " + kind.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


class MessagesEncoder:
    """A StreamEncoder (execution.streaming) for one /v1/messages stream."""

    def __init__(self, message_id: str, model: str, prompt_tokens: int) -> None:
        self._id, self._model, self._prompt = message_id, model, prompt_tokens
        self._block = -1  # index of the open content block; -1: none
        self._open: str | None = None  # "text" or "tool:<chat index>"
        self._finish: str | None = None

    def start(self) -> Iterator[bytes]:
        message: dict[str, Any] = {
            "id": self._id,
            "type": "message",
            "role": "assistant",
            "model": self._model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": self._prompt, "output_tokens": 0},
        }
        yield event("message_start", {"type": "message_start", "message": message})
        yield event("ping", {"type": "ping"})

    def _stop(self) -> Iterator[bytes]:
        if self._open is not None:
            yield event("content_block_stop", {"type": "content_block_stop", "index": self._block})
            self._open = None

    def _begin(self, key: str, block: dict[str, Any]) -> Iterator[bytes]:
        yield from self._stop()
        self._block += 1
        self._open = key
        yield event(
            "content_block_start",
            {"type": "content_block_start", "index": self._block, "content_block": block},
        )

    def _delta(self, delta: dict[str, Any]) -> bytes:
        return event(
            "content_block_delta",
            {"type": "content_block_delta", "index": self._block, "delta": delta},
        )

    def chunk(self, chunk: ChatCompletionChunk) -> Iterator[bytes]:
        for choice in chunk.choices:
            if choice.index != 0:
                continue
            delta = choice.delta
            text = (delta.content or "") + (delta.refusal or "")
            if text:
                if self._open != "text":
                    yield from self._begin("text", {"type": "text", "text": ""})
                yield self._delta({"type": "text_delta", "text": text})
            for call in delta.tool_calls or ():
                key = f"tool:{call.index}"
                function = call.function
                if self._open != key:
                    name = (function.name if function is not None else None) or ""
                    block = {"type": "tool_use", "id": call.id or key, "name": name, "input": {}}
                    yield from self._begin(key, block)
                if function is not None and function.arguments:
                    yield self._delta(
                        {"type": "input_json_delta", "partial_json": function.arguments}
                    )
            if choice.finish_reason:
                self._finish = choice.finish_reason

    def finish(self, usage: Usage) -> Iterator[bytes]:
        yield from self._stop()
        delta = {"stop_reason": stop_reason(self._finish), "stop_sequence": None}
        tokens = {"input_tokens": usage.prompt_tokens, "output_tokens": usage.completion_tokens}
        yield event("message_delta", {"type": "message_delta", "delta": delta, "usage": tokens})
        yield event("message_stop", {"type": "message_stop"})

    def fail(self, error: GatewayError) -> Iterator[bytes]:
        yield event("error", error_body(error))
