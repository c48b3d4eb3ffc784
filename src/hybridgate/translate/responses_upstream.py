"""The Responses API as an upstream wire: a chat request (already redacted when it
leaves redacted) becomes `responses.create` parameters, and the Response or its event
stream becomes a chat completion or chunks again, so restoration, costs and the client's
own encoder work on one shape."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import UpstreamError
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest, Message

_PASSED = ("temperature", "top_p", "parallel_tool_calls", "user", "metadata", "service_tier")


def _content(message: Message) -> str | list[dict[str, Any]]:
    if message.content is None or isinstance(message.content, str):
        return message.content or ""
    assistant = message.role == "assistant"
    parts: list[dict[str, Any]] = []
    for part in message.content:
        if part.image_url is not None:
            image: dict[str, Any] = {"type": "input_image", "image_url": part.image_url.url}
            image["detail"] = part.image_url.detail or "auto"
            parts.append(image)
        elif part.text is not None:
            parts.append({"type": "output_text" if assistant else "input_text", "text": part.text})
    return parts


def input_items(messages: list[Message]) -> list[dict[str, Any]]:
    """Chat messages as Responses input items."""
    items: list[dict[str, Any]] = []
    for message in messages:
        if message.role == "tool":
            output = (
                message.content
                if isinstance(message.content, str)
                else "".join(p.text or "" for p in message.content or ())
            )
            items.append(
                {"type": "function_call_output", "call_id": message.tool_call_id, "output": output}
            )
            continue
        content = _content(message)
        if content or not message.tool_calls:
            role = message.role if message.role != "function" else "user"
            items.append({"type": "message", "role": role, "content": content})
        for call in message.tool_calls or ():
            items.append(
                {
                    "type": "function_call",
                    "call_id": call.id,
                    "name": call.function.name,
                    "arguments": call.function.arguments,
                }
            )
    return items


def create_params(request: ChatRequest, model: str) -> dict[str, Any]:
    """`responses.create` keywords for a chat request (store: false: the gateway keeps no
    state upstream)."""
    params: dict[str, Any] = {"model": model, "input": input_items(request.messages)}
    params["store"] = False
    body = request.model_dump(mode="json", exclude_unset=True, by_alias=True)
    for key in _PASSED:
        if body.get(key) is not None:
            params[key] = body[key]
    if request.output_limit is not None:
        params["max_output_tokens"] = request.output_limit
    if body.get("reasoning_effort"):
        params["reasoning"] = {"effort": body["reasoning_effort"]}
    if request.tools:
        tools = []
        for tool in request.tools:
            fn = tool.function
            spec: dict[str, Any] = {"type": "function", "name": fn.name}
            spec["parameters"] = fn.parameters or {"type": "object", "properties": {}}
            if fn.description is not None:
                spec["description"] = fn.description
            spec["strict"] = bool(fn.strict)  # chat's default; the Responses default is true
            tools.append(spec)
        params["tools"] = tools
    choice = request.tool_choice
    if isinstance(choice, str):
        params["tool_choice"] = choice
    elif isinstance(choice, dict) and isinstance(choice.get("function"), dict):
        params["tool_choice"] = {"type": "function", "name": choice["function"].get("name")}
    fmt = request.response_format
    if fmt is not None and fmt.type != "text":
        if fmt.type == "json_schema" and fmt.json_schema is not None:
            schema = fmt.json_schema
            text: dict[str, Any] = {"type": "json_schema", "name": schema.name}
            text["schema"] = schema.schema_ or {}
            if schema.strict is not None:
                text["strict"] = schema.strict
            if schema.description is not None:
                text["description"] = schema.description
        else:
            text = {"type": fmt.type}
        params["text"] = {"format": text}
    return params


def _usage(usage: dict[str, Any] | None) -> dict[str, Any] | None:
    if not usage:
        return None
    prompt, completion = int(usage.get("input_tokens") or 0), int(usage.get("output_tokens") or 0)
    cached = (usage.get("input_tokens_details") or {}).get("cached_tokens") or 0
    reasoning = (usage.get("output_tokens_details") or {}).get("reasoning_tokens") or 0
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
        "prompt_tokens_details": {"cached_tokens": cached},
        "completion_tokens_details": {"reasoning_tokens": reasoning},
    }


def _finish(response: dict[str, Any], tool_calls: bool) -> str:
    if response.get("status") == "incomplete":
        reason = (response.get("incomplete_details") or {}).get("reason")
        return "content_filter" if reason == "content_filter" else "length"
    return "tool_calls" if tool_calls else "stop"


def to_completion(response: dict[str, Any]) -> ChatCompletion:
    """A Response (as JSON) as a chat completion."""
    if response.get("status") == "failed":
        error = response.get("error") or {}
        raise UpstreamError(f"the upstream response failed: {error.get('message', 'failed')}")
    text: list[str] = []
    refusal: list[str] = []
    calls: list[dict[str, Any]] = []
    for item in response.get("output") or ():
        if item.get("type") == "message":
            for part in item.get("content") or ():
                if part.get("type") == "output_text":
                    text.append(part.get("text", ""))
                elif part.get("type") == "refusal":
                    refusal.append(part.get("refusal", ""))
        elif item.get("type") == "function_call":
            function = {"name": item.get("name", ""), "arguments": item.get("arguments", "")}
            calls.append({"id": item.get("call_id"), "type": "function", "function": function})
    message: dict[str, Any] = {"role": "assistant", "content": "".join(text) if text else None}
    if refusal:
        message["refusal"] = "".join(refusal)
    if calls:
        message["tool_calls"] = calls
    body: dict[str, Any] = {
        "id": response.get("id", "resp"),
        "object": "chat.completion",
        "created": int(response.get("created_at") or time.time()),
        "model": response.get("model", ""),
        "choices": [
            {"index": 0, "message": message, "finish_reason": _finish(response, bool(calls))}
        ],
    }
    usage = _usage(response.get("usage"))
    if usage is not None:
        body["usage"] = usage
    return ChatCompletion.model_validate(body)


@dataclass(slots=True)
class EventReader:
    """Responses stream events → chat chunks (one reader per stream)."""

    id: str = "resp"
    model: str = ""
    created: int = field(default_factory=lambda: int(time.time()))
    calls: dict[int, int] = field(default_factory=dict)  # output_index → tool call index
    done: bool = False

    def _chunk(self, delta: dict[str, Any], finish: str | None = None) -> ChatCompletionChunk:
        return ChatCompletionChunk.model_validate(
            {
                "id": self.id,
                "object": "chat.completion.chunk",
                "created": self.created,
                "model": self.model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
            }
        )

    def read(self, event: dict[str, Any]) -> Iterator[ChatCompletionChunk]:
        kind = event.get("type", "")
        if kind == "response.created":
            response = event.get("response") or {}
            self.id, self.model = response.get("id", self.id), response.get("model", "")
            yield self._chunk({"role": "assistant", "content": ""})
        elif kind == "response.output_text.delta":
            yield self._chunk({"content": event.get("delta", "")})
        elif kind == "response.refusal.delta":
            yield self._chunk({"refusal": event.get("delta", "")})
        elif kind == "response.output_item.added":
            item = event.get("item") or {}
            if item.get("type") == "function_call":
                index = self.calls.setdefault(int(event.get("output_index", 0)), len(self.calls))
                call = {
                    "index": index,
                    "id": item.get("call_id"),
                    "type": "function",
                    "function": {"name": item.get("name", ""), "arguments": ""},
                }
                yield self._chunk({"tool_calls": [call]})
        elif kind == "response.function_call_arguments.delta":
            index = self.calls.get(int(event.get("output_index", 0)), 0)
            call = {"index": index, "function": {"arguments": event.get("delta", "")}}
            yield self._chunk({"tool_calls": [call]})
        elif kind in ("response.completed", "response.incomplete"):
            response = event.get("response") or {}
            self.done = True
            yield self._chunk({}, _finish(response, bool(self.calls)))
            usage = _usage(response.get("usage"))
            if usage is not None:
                body = self._chunk({}).model_dump(exclude_unset=True)
                yield ChatCompletionChunk.model_validate({**body, "choices": [], "usage": usage})
        elif kind in ("response.failed", "error"):
            error = (event.get("response") or {}).get("error") or event
            raise UpstreamError(f"upstream stream failed: {error.get('message') or kind}")
