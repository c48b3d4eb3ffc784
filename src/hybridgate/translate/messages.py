"""POST /v1/messages (Anthropic Messages API) as a chat request and back: system, text,
image, tool_use and tool_result blocks become chat messages, tool calls and tool
messages; the chat completion becomes an Anthropic Message; errors take Anthropic's
shape ({"type": "error", "error": {"type", "message"}})."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import GatewayError, InvalidRequest
from ..schemas import ChatCompletion, ChatRequest
from .chat import chat_request


class MessagesRequest(BaseModel):
    model_config = ConfigDict(extra="allow")

    model: str = Field(min_length=1)
    max_tokens: int = Field(ge=1)
    messages: list[dict[str, Any]] = Field(min_length=1)
    system: str | list[dict[str, Any]] | None = None
    tools: list[dict[str, Any]] | None = None
    tool_choice: dict[str, Any] | None = None
    stop_sequences: list[str] | None = None
    temperature: float | None = Field(None, ge=0, le=1)
    top_p: float | None = Field(None, ge=0, le=1)
    metadata: dict[str, Any] | None = None
    stream: bool | None = False


# Our error tree → Anthropic's error types (by HTTP status).
ERROR_TYPES = {
    400: "invalid_request_error",
    401: "authentication_error",
    403: "permission_error",
    404: "not_found_error",
    413: "request_too_large",
    429: "rate_limit_error",
    503: "overloaded_error",
}


def error_body(error: GatewayError) -> dict[str, Any]:
    kind = ERROR_TYPES.get(error.http_status(), "api_error")
    if error.http_status() < 500 and kind == "api_error":
        kind = "invalid_request_error"
    return {"type": "error", "error": {"type": kind, "message": error.message}}


def _text(blocks: object, param: str) -> str:
    if isinstance(blocks, str):
        return blocks
    if not isinstance(blocks, list):
        raise InvalidRequest(f"'{param}' must be a string or a list of blocks", param=param)
    texts = []
    for j, block in enumerate(blocks):
        if not isinstance(block, dict) or block.get("type") != "text":
            where = f"{param}[{j}]"
            raise InvalidRequest(f"'{where}' must be a text block here", param=where)
        texts.append(str(block.get("text") or ""))
    return "\n".join(texts)


def _image(block: dict[str, Any], where: str) -> dict[str, Any]:
    source = block.get("source")
    if not isinstance(source, dict):
        source = {}
    if source.get("type") == "base64":
        url = f"data:{source.get('media_type', 'image/png')};base64,{source.get('data', '')}"
    elif source.get("type") == "url" and source.get("url"):
        url = str(source["url"])
    else:
        raise InvalidRequest(
            f"'{where}.source' must be a base64 or url image source", param=f"{where}.source"
        )
    return {"type": "image_url", "image_url": {"url": url}}


def _user(content: object, where: str) -> list[dict[str, Any]]:
    """A user turn: tool results first (each a tool message), then the rest as one
    user message (chat wants tool messages right after the assistant's calls)."""
    if isinstance(content, str):
        return [{"role": "user", "content": content}]
    if not isinstance(content, list):
        raise InvalidRequest(f"'{where}' must be a string or a list of blocks", param=where)
    tools: list[dict[str, Any]] = []
    parts: list[dict[str, Any]] = []
    for j, block in enumerate(content):
        at = f"{where}[{j}]"
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "text":
            parts.append({"type": "text", "text": str(block.get("text") or "")})
        elif kind == "image":
            parts.append(_image(block, at))
        elif kind == "tool_result":
            result = _text(block.get("content") or "", f"{at}.content")
            if block.get("is_error"):
                result = f"Error: {result}"
            call_id = str(block.get("tool_use_id") or "")
            tools.append({"role": "tool", "tool_call_id": call_id, "content": result})
        else:
            raise InvalidRequest(
                f"'{at}.type' {kind!r} is not supported (text, image, tool_result)",
                param=f"{at}.type",
            )
    messages = list(tools)
    if parts:
        messages.append({"role": "user", "content": parts})
    return messages


def _assistant(content: object, where: str) -> dict[str, Any]:
    if isinstance(content, str):
        return {"role": "assistant", "content": content}
    if not isinstance(content, list):
        raise InvalidRequest(f"'{where}' must be a string or a list of blocks", param=where)
    texts: list[str] = []
    calls: list[dict[str, Any]] = []
    for j, block in enumerate(content):
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "text":
            texts.append(str(block.get("text") or ""))
        elif kind == "tool_use":
            arguments = json.dumps(block.get("input") or {}, ensure_ascii=False)
            function = {"name": block.get("name"), "arguments": arguments}
            calls.append(
                {"id": str(block.get("id") or ""), "type": "function", "function": function}
            )
        elif kind in ("thinking", "redacted_thinking"):
            continue  # one model's reasoning is not input for another
        else:
            at = f"{where}[{j}].type"
            raise InvalidRequest(f"'{at}' {kind!r} is not supported (text, tool_use)", param=at)
    message: dict[str, Any] = {"role": "assistant", "content": "".join(texts) if texts else None}
    if calls:
        message["tool_calls"] = calls
    return message


def _tools(request: MessagesRequest) -> list[dict[str, Any]]:
    tools = []
    for i, tool in enumerate(request.tools or ()):
        if tool.get("type") not in (None, "custom") or "input_schema" not in tool:
            raise InvalidRequest(
                f"'tools[{i}]' is not supported: only client tools with an input_schema "
                "(server tools run inside Anthropic's own service)",
                param=f"tools[{i}]",
            )
        function = {"name": tool.get("name"), "parameters": tool["input_schema"]}
        if tool.get("description"):
            function["description"] = tool["description"]
        tools.append({"type": "function", "function": function})
    return tools


def _tool_choice(choice: dict[str, Any] | None) -> tuple[str | dict[str, Any] | None, bool]:
    """(chat tool_choice, parallel tool calls allowed)."""
    if choice is None:
        return None, True
    parallel = not choice.get("disable_parallel_tool_use", False)
    kind = choice.get("type")
    if kind in ("auto", "none"):
        return kind, parallel
    if kind == "any":
        return "required", parallel
    if kind == "tool" and choice.get("name"):
        return {"type": "function", "function": {"name": choice["name"]}}, parallel
    raise InvalidRequest(f"'tool_choice.type' {kind!r} is not supported", param="tool_choice.type")


def to_chat(request: MessagesRequest) -> ChatRequest:
    """The chat request this Messages request asks for (a 400 for what it cannot)."""
    messages: list[dict[str, Any]] = []
    if request.system:
        messages.append({"role": "system", "content": _text(request.system, "system")})
    for i, message in enumerate(request.messages):
        role, where = message.get("role"), f"messages[{i}].content"
        if role == "user":
            messages.extend(_user(message.get("content"), where))
        elif role == "assistant":
            messages.append(_assistant(message.get("content"), where))
        else:
            raise InvalidRequest(
                f"'messages[{i}].role' must be user or assistant", param=f"messages[{i}].role"
            )
    # max_completion_tokens: OpenAI's reasoning models refuse max_tokens; vLLM, llama.cpp
    # and the embedded model read either.
    body: dict[str, Any] = {
        "model": request.model,
        "messages": messages,
        "max_completion_tokens": request.max_tokens,
    }
    if request.tools:
        body["tools"] = _tools(request)
    choice, parallel = _tool_choice(request.tool_choice)
    if choice is not None:
        body["tool_choice"] = choice
    if not parallel and request.tools:
        body["parallel_tool_calls"] = False
    stops = request.stop_sequences or []
    if len(stops) > 4:
        raise InvalidRequest(
            "'stop_sequences' takes at most 4 sequences on this gateway", param="stop_sequences"
        )
    if stops:
        body["stop"] = stops
    for key in ("temperature", "top_p"):
        if getattr(request, key) is not None:
            body[key] = getattr(request, key)
    user = (request.metadata or {}).get("user_id")
    if isinstance(user, str) and user:
        body["user"] = user[:512]
    if request.stream:
        body["stream"] = True
    return chat_request(body)


STOP_REASONS = {"length": "max_tokens", "tool_calls": "tool_use", "function_call": "tool_use"}


def stop_reason(finish: str | None, stopped_by: str | None = None) -> str:
    if finish == "stop" and stopped_by:
        return "stop_sequence"
    return STOP_REASONS.get(finish or "stop", "end_turn")


def tool_input(arguments: str) -> Any:
    """Tool-call arguments as the JSON object Anthropic's tool_use block carries."""
    try:
        value = json.loads(arguments) if arguments.strip() else {}
    except json.JSONDecodeError:
        return {"arguments": arguments}  # the model wrote no JSON: keep what it wrote
    return value if isinstance(value, dict) else {"value": value}


def to_message(completion: ChatCompletion, message_id: str, model: str) -> dict[str, Any]:
    """The Anthropic Message for a chat completion (its first choice)."""
    content: list[dict[str, Any]] = []
    finish: str | None = None
    if completion.choices:
        choice = completion.choices[0]
        finish, message = choice.finish_reason, choice.message
        text = message.content or message.refusal
        if text:
            content.append({"type": "text", "text": text})
        for call in message.tool_calls or ():
            function = getattr(call, "function", None)
            if function is not None:
                block = {"type": "tool_use", "id": call.id, "name": function.name}
                block["input"] = tool_input(function.arguments)
                content.append(block)
    usage = completion.usage
    return {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": stop_reason(finish),
        "stop_sequence": None,
        "usage": {
            "input_tokens": usage.prompt_tokens if usage else 0,
            "output_tokens": usage.completion_tokens if usage else 0,
        },
    }
