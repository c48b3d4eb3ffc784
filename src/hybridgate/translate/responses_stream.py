"""The Responses event stream written from chat chunks: response.created, output items
and their text or function-call argument deltas, then response.completed with usage, or,
when the upstream broke after output started, an `error` event and response.failed."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import orjson

from ..errors import GatewayError
from ..schemas import ChatCompletionChunk
from ..usage import Usage
from .responses import (
    ResponsesRequest,
    call_item,
    envelope,
    message_item,
    new_id,
    status_of,
    usage_of,
)


def event(kind: str, data: dict[str, Any]) -> bytes:
    return b"event: " + kind.encode() + b"\ndata: " + orjson.dumps(data) + b"\n\n"


@dataclass(slots=True)
class _Text:
    id: str
    output_index: int
    text: str = ""
    refusal: str | None = None


@dataclass(slots=True)
class _Call:
    id: str
    output_index: int
    call_id: str
    name: str
    arguments: str = ""


class ResponsesEncoder:
    """A StreamEncoder (execution.streaming) for one /v1/responses stream."""

    def __init__(self, request: ResponsesRequest, response_id: str, model: str) -> None:
        self._base = envelope(request, response_id, model, int(time.time()))
        self._seq = 0
        self._items: list[dict[str, Any]] = []  # finished output items, in order
        self._text: _Text | None = None
        self._calls: dict[int, _Call] = {}
        self._open_calls: list[int] = []
        self._next_index = 0
        self._finish: str | None = None

    def _event(self, kind: str, **data: Any) -> bytes:
        body = {"type": kind, **data, "sequence_number": self._seq}
        self._seq += 1
        return event(kind, body)

    def _response(self, status: str, **extra: Any) -> dict[str, Any]:
        return {**self._base, "status": status, "output": list(self._items), **extra}

    def start(self) -> Iterator[bytes]:
        yield self._event("response.created", response=self._response("in_progress"))
        yield self._event("response.in_progress", response=self._response("in_progress"))

    # -- output items ----------------------------------------------------------------

    def _open_text(self) -> Iterator[bytes]:
        text = _Text(new_id("msg"), self._next_index)
        self._text, self._next_index = text, self._next_index + 1
        yield self._event(
            "response.output_item.added",
            output_index=text.output_index,
            item=message_item(text.id, None, None, "in_progress"),
        )
        part = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
        yield self._event(
            "response.content_part.added",
            item_id=text.id,
            output_index=text.output_index,
            content_index=0,
            part=part,
        )

    def _close_text(self) -> Iterator[bytes]:
        text, self._text = self._text, None
        if text is None:
            return
        where = {"item_id": text.id, "output_index": text.output_index}
        yield self._event(
            "response.output_text.done", **where, content_index=0, text=text.text, logprobs=[]
        )
        part = {"type": "output_text", "text": text.text, "annotations": [], "logprobs": []}
        yield self._event("response.content_part.done", **where, content_index=0, part=part)
        if text.refusal is not None:
            yield self._event(
                "response.refusal.done", **where, content_index=1, refusal=text.refusal
            )
            part = {"type": "refusal", "refusal": text.refusal}
            yield self._event("response.content_part.done", **where, content_index=1, part=part)
        item = message_item(text.id, text.text, text.refusal, "completed")
        self._items.append(item)
        yield self._event("response.output_item.done", output_index=text.output_index, item=item)

    def _close_calls(self) -> Iterator[bytes]:
        for index in self._open_calls:
            call = self._calls[index]
            yield self._event(
                "response.function_call_arguments.done",
                item_id=call.id,
                output_index=call.output_index,
                name=call.name,
                arguments=call.arguments,
            )
            item = call_item(call.id, call.call_id, call.name, call.arguments, "completed")
            self._items.append(item)
            yield self._event(
                "response.output_item.done", output_index=call.output_index, item=item
            )
        self._open_calls.clear()

    def chunk(self, chunk: ChatCompletionChunk) -> Iterator[bytes]:
        for choice in chunk.choices:
            if choice.index != 0:
                continue  # Responses has one answer
            delta = choice.delta
            if delta.content or delta.refusal:
                if self._text is None:
                    yield from self._close_calls()
                    yield from self._open_text()
                text = self._text
                assert text is not None
                where = {"item_id": text.id, "output_index": text.output_index}
                if delta.content:
                    text.text += delta.content
                    yield self._event(
                        "response.output_text.delta",
                        **where,
                        content_index=0,
                        delta=delta.content,
                        logprobs=[],
                    )
                if delta.refusal:
                    if text.refusal is None:
                        yield self._event(
                            "response.content_part.added",
                            **where,
                            content_index=1,
                            part={"type": "refusal", "refusal": ""},
                        )
                    text.refusal = (text.refusal or "") + delta.refusal
                    yield self._event(
                        "response.refusal.delta", **where, content_index=1, delta=delta.refusal
                    )
            for tool in delta.tool_calls or ():
                yield from self._tool_delta(tool.index, tool.id, tool.function)
            if choice.finish_reason:
                self._finish = choice.finish_reason

    def _tool_delta(self, index: int, call_id: str | None, function: Any) -> Iterator[bytes]:
        call = self._calls.get(index)
        if call is None:
            yield from self._close_text()
            name = (function.name if function is not None else None) or ""
            call = _Call(new_id("fc"), self._next_index, call_id or new_id("call"), name)
            self._calls[index], self._next_index = call, self._next_index + 1
            self._open_calls.append(index)
            yield self._event(
                "response.output_item.added",
                output_index=call.output_index,
                item=call_item(call.id, call.call_id, call.name, "", "in_progress"),
            )
        arguments = function.arguments if function is not None else None
        if arguments:
            call.arguments += arguments
            yield self._event(
                "response.function_call_arguments.delta",
                item_id=call.id,
                output_index=call.output_index,
                delta=arguments,
            )

    def finish(self, usage: Usage) -> Iterator[bytes]:
        if self._text is None and not self._calls:
            yield from self._open_text()  # an empty answer is still one message
        yield from self._close_text()
        yield from self._close_calls()
        status, incomplete = status_of(self._finish)
        tokens = usage_of(usage.prompt_tokens, usage.completion_tokens, usage.cached_tokens)
        response = self._response(status, incomplete_details=incomplete, usage=tokens)
        kind = "response.completed" if status == "completed" else "response.incomplete"
        yield self._event(kind, response=response)

    def fail(self, error: GatewayError) -> Iterator[bytes]:
        yield self._event("error", code=error.code, message=error.message, param=error.param)
        # Response.error.code is a closed set: an upstream failure is a server_error there.
        code = "rate_limit_exceeded" if error.http_status() == 429 else "server_error"
        failed = {"code": code, "message": error.message}
        yield self._event("response.failed", response=self._response("failed", error=failed))
