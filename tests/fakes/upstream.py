"""A small OpenAI-compatible upstream for tests, with scripted faults.

Served over real HTTP by uvicorn on 127.0.0.1 (see tests/conftest.py). Each model has a
script: a list of behaviours consumed one per request; when empty, it answers normally.
Every request body is recorded, so tests can assert what reached the "hosted" model."""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route


@dataclass
class Reply:
    """Answer with this text (default: echo of the last user message)."""

    text: str | None = None
    tool_call: tuple[str, str] | None = None  # (name, arguments JSON)


@dataclass
class Fail:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    message: str = "scripted failure"


@dataclass
class Hang:
    seconds: float


@dataclass
class Reset:
    """Close the connection without a response."""


@dataclass
class DropStream:
    """Stream `after` content chunks, then cut the connection (no [DONE]); `clean` ends
    the HTTP body properly instead, as a server that stops mid-answer would."""

    after: int
    clean: bool = False


Behaviour = Reply | Fail | Hang | Reset | DropStream


def _last_user_text(body: dict[str, Any]) -> str:
    for message in reversed(body.get("messages", [])):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                return " ".join(p.get("text", "") for p in content if p.get("type") == "text")
    return ""


class FakeUpstream:
    def __init__(self) -> None:
        self.scripts: dict[str, list[Behaviour]] = {}
        self.requests: list[dict[str, Any]] = []
        self.delay = 0.0
        # Random faults for load tests: each request without a script fails with this
        # probability, with a behaviour drawn from `chaos`.
        self.chaos_rate = 0.0
        self.chaos: list[Behaviour] = []
        self.rng = random.Random(0)
        self.app = Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/models", self.models, methods=["GET"]),
            ]
        )

    def script(self, model: str, behaviours: list[Behaviour]) -> None:
        self.scripts[model] = list(behaviours)

    def reset(self) -> None:
        self.scripts.clear()
        self.requests.clear()
        self.delay = 0.0
        self.chaos_rate, self.chaos = 0.0, []

    def received_text(self) -> str:
        """Everything every request carried, as one string (for leak checks)."""
        return "\n".join(json.dumps(r) for r in self.requests)

    async def models(self, request: Request) -> Response:
        return JSONResponse({"object": "list", "data": []})

    async def chat(self, request: Request) -> Response:
        body = await request.json()
        self.requests.append(body)
        model = body.get("model", "")
        script = self.scripts.get(model)
        behaviour: Behaviour = script.pop(0) if script else Reply()
        if isinstance(behaviour, Reply) and self.chaos and self.rng.random() < self.chaos_rate:
            behaviour = self.rng.choice(self.chaos)
        if self.delay:
            await asyncio.sleep(self.delay)
        if isinstance(behaviour, Fail):
            return JSONResponse(
                {"error": {"message": behaviour.message, "type": "server_error", "code": None}},
                status_code=behaviour.status,
                headers=behaviour.headers,
            )
        if isinstance(behaviour, Hang):
            await asyncio.sleep(behaviour.seconds)
            behaviour = Reply()
        if isinstance(behaviour, Reset):
            raise ConnectionResetError("scripted reset")
        text = _last_user_text(body)
        if isinstance(behaviour, Reply) and behaviour.text is not None:
            text = behaviour.text
        else:
            text = f"echo: {text}"
        tool_call = behaviour.tool_call if isinstance(behaviour, Reply) else None
        if (body.get("response_format") or {}).get("type") in ("json_object", "json_schema"):
            text = json.dumps({"answer": text})
        if body.get("stream"):
            drop = behaviour if isinstance(behaviour, DropStream) else None
            return StreamingResponse(
                self._stream(body, text, tool_call, drop), media_type="text/event-stream"
            )
        message: dict[str, Any] = {"role": "assistant", "content": text}
        finish = "stop"
        if tool_call:
            message = {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_1",
                        "type": "function",
                        "function": {"name": tool_call[0], "arguments": tool_call[1]},
                    }
                ],
            }
            finish = "tool_calls"
        n = body.get("n") or 1
        return JSONResponse(
            {
                "id": "chatcmpl-fake",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": model,
                "choices": [
                    {"index": i, "message": message, "finish_reason": finish, "logprobs": None}
                    for i in range(n)
                ],
                "usage": {
                    "prompt_tokens": 10,
                    "completion_tokens": len(text.split()),
                    "total_tokens": 10 + len(text.split()),
                },
            }
        )

    async def _stream(
        self,
        body: dict[str, Any],
        text: str,
        tool_call: tuple[str, str] | None,
        drop: DropStream | None,
    ) -> Any:
        base = {
            "id": "chatcmpl-fake",
            "object": "chat.completion.chunk",
            "created": int(time.time()),
            "model": body.get("model"),
        }

        def chunk(delta: dict[str, Any], finish: str | None = None) -> str:
            data = {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
            return f"data: {json.dumps(data)}\n\n"

        yield chunk({"role": "assistant", "content": ""})
        if drop is not None and drop.after == 0:
            if drop.clean:
                return
            raise ConnectionResetError("scripted drop before first token")
        if tool_call:
            yield chunk(
                {
                    "tool_calls": [
                        {
                            "index": 0,
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": tool_call[0], "arguments": ""},
                        }
                    ]
                }
            )
            args = tool_call[1]
            for i in range(0, len(args), 5):
                yield chunk(
                    {"tool_calls": [{"index": 0, "function": {"arguments": args[i : i + 5]}}]}
                )
            yield chunk({}, "tool_calls")
        else:
            words = text.split(" ")
            for i, word in enumerate(words):
                if drop is not None and i >= drop.after:
                    if drop.clean:
                        return
                    raise ConnectionResetError("scripted drop mid-stream")
                yield chunk({"content": word if i == 0 else " " + word})
                await asyncio.sleep(0)
            yield chunk({}, "stop")
        if (body.get("stream_options") or {}).get("include_usage"):
            usage = {
                "prompt_tokens": 10,
                "completion_tokens": len(text.split()),
                "total_tokens": 10 + len(text.split()),
            }
            yield f"data: {json.dumps({**base, 'choices': [], 'usage': usage})}\n\n"
        yield "data: [DONE]\n\n"
