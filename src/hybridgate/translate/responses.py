"""POST /v1/responses as a chat request and back: input items become chat messages
(function calls and their outputs become tool calls and tool messages), and the chat
completion becomes a Response object. Stored state (previous_response_id, store: true,
item references, conversations) is refused with a 400 that names the field: the gateway
keeps no conversation state, so a client sends the whole input each turn."""

from __future__ import annotations

import time
import uuid
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import InvalidRequest
from ..schemas import ChatCompletion, ChatRequest
from .chat import chat_request

# Parameters that need state kept between requests: refused, never silently dropped.
STATEFUL = ("previous_response_id", "conversation", "prompt")


class ResponsesRequest(BaseModel):
    """The request fields the gateway reads; unknown ones (include, truncation, …) are
    accepted and ignored, as they change nothing a chat model can do."""

    model_config = ConfigDict(extra="allow")

    model: str = Field(min_length=1)
    input: str | list[dict[str, Any]]
    instructions: str | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: str | dict[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    text: dict[str, Any] | None = None
    max_output_tokens: int | None = Field(None, ge=1)
    temperature: float | None = Field(None, ge=0, le=2)
    top_p: float | None = Field(None, ge=0, le=1)
    metadata: dict[str, str] | None = None
    stream: bool | None = False
    store: bool | None = None
    background: bool | None = None
    user: str | None = Field(None, max_length=512)
    safety_identifier: str | None = Field(None, max_length=512)
    reasoning: dict[str, Any] | None = None


def new_id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex}"


def _refuse_state(request: ResponsesRequest) -> None:
    extra = request.model_extra or {}
    for name in STATEFUL:
        if extra.get(name) is not None:
            raise InvalidRequest(
                f"'{name}' is not supported: this gateway keeps no responses or "
                "conversations; send the whole conversation as 'input' (store: false)",
                param=name,
            )
    if request.store:
        raise InvalidRequest(
            "'store': true is not supported: this gateway keeps no responses; send "
            "store: false (or omit it) and the whole conversation as 'input'",
            param="store",
        )
    if request.background:
        raise InvalidRequest("'background': true is not supported", param="background")


def _text_of(content: object, param: str) -> str:
    """Text of a content field that must be text only (system, tool output)."""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise InvalidRequest(f"'{param}' must be a string or a list of parts", param=param)
    texts = []
    for j, part in enumerate(content):
        kind = part.get("type") if isinstance(part, dict) else None
        if kind not in ("input_text", "output_text", "text", "refusal"):
            raise InvalidRequest(f"'{param}[{j}]' must be a text part here", param=f"{param}[{j}]")
        texts.append(str(part.get("text") or part.get("refusal") or ""))
    return "".join(texts)


def _parts(content: object, param: str) -> str | list[dict[str, Any]]:
    """A user message's content as chat content parts."""
    if isinstance(content, str):
        return content
    if not isinstance(content, list):
        raise InvalidRequest(f"'{param}' must be a string or a list of parts", param=param)
    parts: list[dict[str, Any]] = []
    for j, part in enumerate(content):
        where = f"{param}[{j}]"
        kind = part.get("type") if isinstance(part, dict) else None
        if kind in ("input_text", "output_text", "text"):
            parts.append({"type": "text", "text": str(part.get("text") or "")})
        elif kind == "input_image":
            url = part.get("image_url")
            if not isinstance(url, str) or not url:
                raise InvalidRequest(
                    f"'{where}.image_url' is required (file ids need the Files API, which "
                    "this gateway does not serve)",
                    param=f"{where}.image_url",
                )
            detail = part.get("detail")
            image = {"url": url, "detail": detail if detail in ("low", "high") else "auto"}
            parts.append({"type": "image_url", "image_url": image})
        else:
            raise InvalidRequest(
                f"'{where}.type' {kind!r} is not supported (input_text, input_image)",
                param=f"{where}.type",
            )
    return parts


def _messages(request: ResponsesRequest) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    if request.instructions:
        messages.append({"role": "system", "content": request.instructions})
    if isinstance(request.input, str):
        messages.append({"role": "user", "content": request.input})
        return messages
    for i, item in enumerate(request.input):
        where = f"input[{i}]"
        kind = item.get("type") or ("message" if "role" in item else None)
        if kind == "message":
            role = item.get("role")
            content = item.get("content")
            if role == "user":
                messages.append({"role": "user", "content": _parts(content, f"{where}.content")})
            elif role in ("system", "developer", "assistant"):
                text = _text_of(content, f"{where}.content")
                messages.append({"role": role, "content": text})
            else:
                raise InvalidRequest(f"'{where}.role' {role!r} is not valid", param=f"{where}.role")
        elif kind == "function_call":
            call = {
                "id": str(item.get("call_id") or ""),
                "type": "function",
                "function": {"name": item.get("name"), "arguments": item.get("arguments", "")},
            }
            last = messages[-1] if messages else None
            if last is not None and last["role"] == "assistant":
                last.setdefault("tool_calls", []).append(call)
            else:
                messages.append({"role": "assistant", "content": None, "tool_calls": [call]})
        elif kind == "function_call_output":
            output = _text_of(item.get("output", ""), f"{where}.output")
            call_id = str(item.get("call_id") or "")
            messages.append({"role": "tool", "tool_call_id": call_id, "content": output})
        elif kind == "reasoning":
            continue  # a model's own reasoning from an earlier turn: not for another model
        elif kind == "item_reference":
            raise InvalidRequest(
                f"'{where}': item references need stored responses, which this gateway "
                "does not keep; send the item itself",
                param=where,
            )
        else:
            raise InvalidRequest(
                f"'{where}.type' {kind!r} is not supported (message, function_call, "
                "function_call_output)",
                param=f"{where}.type",
            )
    return messages


def _tools(request: ResponsesRequest) -> list[dict[str, Any]]:
    tools = []
    for i, tool in enumerate(request.tools or ()):
        if tool.get("type") != "function":
            raise InvalidRequest(
                f"'tools[{i}].type' {tool.get('type')!r} is not supported: only function "
                "tools (hosted tools run inside OpenAI's own service)",
                param=f"tools[{i}].type",
            )
        function: dict[str, Any] = {
            k: tool[k] for k in ("name", "description", "parameters") if k in tool
        }
        if tool.get("strict") is not None:
            function["strict"] = tool["strict"]
        tools.append({"type": "function", "function": function})
    return tools


def _tool_choice(choice: str | dict[str, Any] | None) -> str | dict[str, Any] | None:
    if choice is None or isinstance(choice, str):
        return choice
    if choice.get("type") == "function" and choice.get("name"):
        return {"type": "function", "function": {"name": choice["name"]}}
    raise InvalidRequest(
        f"'tool_choice' {choice.get('type')!r} is not supported (auto, none, required, "
        "or a function)",
        param="tool_choice",
    )


def _response_format(text: dict[str, Any] | None) -> dict[str, Any] | None:
    fmt = (text or {}).get("format")
    if not isinstance(fmt, dict) or fmt.get("type") in (None, "text"):
        return None
    if fmt.get("type") == "json_object":
        return {"type": "json_object"}
    if fmt.get("type") == "json_schema":
        schema = {k: fmt[k] for k in ("name", "schema", "strict", "description") if k in fmt}
        return {"type": "json_schema", "json_schema": schema}
    raise InvalidRequest(
        f"'text.format.type' {fmt.get('type')!r} is not supported", param="text.format.type"
    )


def to_chat(request: ResponsesRequest) -> ChatRequest:
    """The chat request this Responses request asks for (a 400 for what it cannot)."""
    _refuse_state(request)
    messages = _messages(request)
    if not any(m["role"] != "system" for m in messages):
        raise InvalidRequest("'input' must not be empty", param="input")
    body: dict[str, Any] = {"model": request.model, "messages": messages}
    if request.tools:
        body["tools"] = _tools(request)
    if (choice := _tool_choice(request.tool_choice)) is not None:
        body["tool_choice"] = choice
    if (fmt := _response_format(request.text)) is not None:
        body["response_format"] = fmt
    if request.max_output_tokens is not None:
        body["max_completion_tokens"] = request.max_output_tokens
    for key in ("temperature", "top_p", "parallel_tool_calls"):
        if getattr(request, key) is not None:
            body[key] = getattr(request, key)
    if user := request.user or request.safety_identifier:
        body["user"] = user
    effort = (request.reasoning or {}).get("effort")
    if effort:
        body["reasoning_effort"] = effort
    if request.stream:
        body["stream"] = True
    return chat_request(body)


def envelope(
    request: ResponsesRequest, response_id: str, model: str, created_at: int
) -> dict[str, Any]:
    """A Response object's fields other than status, output and usage."""
    fmt = (request.text or {}).get("format") or {"type": "text"}
    return {
        "id": response_id,
        "object": "response",
        "created_at": created_at,
        "status": "in_progress",
        "error": None,
        "incomplete_details": None,
        "instructions": request.instructions,
        "max_output_tokens": request.max_output_tokens,
        "model": model,
        "output": [],
        "parallel_tool_calls": request.parallel_tool_calls is not False,
        "previous_response_id": None,
        "reasoning": {"effort": (request.reasoning or {}).get("effort"), "summary": None},
        "store": False,
        "temperature": request.temperature if request.temperature is not None else 1.0,
        "text": {"format": fmt},
        "tool_choice": request.tool_choice or "auto",
        "tools": request.tools or [],
        "top_p": request.top_p if request.top_p is not None else 1.0,
        "truncation": "disabled",
        "usage": None,
        "user": request.user,
        "metadata": request.metadata or {},
    }


def usage_of(prompt: int, completion: int, cached: int = 0, reasoning: int = 0) -> dict[str, Any]:
    return {
        "input_tokens": prompt,
        "input_tokens_details": {"cached_tokens": cached, "cache_write_tokens": 0},
        "output_tokens": completion,
        "output_tokens_details": {"reasoning_tokens": reasoning},
        "total_tokens": prompt + completion,
    }


def status_of(finish_reason: str | None) -> tuple[str, dict[str, str] | None]:
    """Response status and incomplete_details for a chat finish reason."""
    if finish_reason == "length":
        return "incomplete", {"reason": "max_output_tokens"}
    if finish_reason == "content_filter":
        return "incomplete", {"reason": "content_filter"}
    return "completed", None


def message_item(
    item_id: str, text: str | None, refusal: str | None, status: str
) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    if text is not None:
        content.append({"type": "output_text", "text": text, "annotations": [], "logprobs": []})
    if refusal is not None:
        content.append({"type": "refusal", "refusal": refusal})
    return {
        "id": item_id,
        "type": "message",
        "role": "assistant",
        "status": status,
        "content": content,
    }


def call_item(item_id: str, call_id: str, name: str, arguments: str, status: str) -> dict[str, Any]:
    return {
        "id": item_id,
        "type": "function_call",
        "call_id": call_id,
        "name": name,
        "arguments": arguments,
        "status": status,
    }


def to_response(
    completion: ChatCompletion, request: ResponsesRequest, response_id: str, model: str
) -> dict[str, Any]:
    """The Response object for a chat completion (its first choice); `model`: the
    configured model that answered."""
    body = envelope(request, response_id, model, int(completion.created or time.time()))
    output: list[dict[str, Any]] = []
    finish: str | None = None
    if completion.choices:
        choice = completion.choices[0]
        finish, message = choice.finish_reason, choice.message
        calls = message.tool_calls or []
        if message.content is not None or message.refusal is not None or not calls:
            text = message.content
            if text is None and message.refusal is None:
                text = ""
            output.append(message_item(new_id("msg"), text, message.refusal, "completed"))
        for call in calls:
            function = getattr(call, "function", None)
            if function is None:
                continue
            output.append(
                call_item(new_id("fc"), call.id, function.name, function.arguments, "completed")
            )
    status, incomplete = status_of(finish)
    usage = completion.usage
    cached = reasoning = 0
    if usage is not None:
        if usage.prompt_tokens_details is not None:
            cached = usage.prompt_tokens_details.cached_tokens or 0
        if usage.completion_tokens_details is not None:
            reasoning = usage.completion_tokens_details.reasoning_tokens or 0
    body.update(
        status=status,
        incomplete_details=incomplete,
        output=output,
        usage=usage_of(usage.prompt_tokens, usage.completion_tokens, cached, reasoning)
        if usage is not None
        else None,
    )
    return body
