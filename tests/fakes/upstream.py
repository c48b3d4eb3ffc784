"""A small OpenAI-compatible upstream for tests, with scripted faults: chat completions,
the Responses API (as OpenAI serves it) and embeddings.

Served over real HTTP by uvicorn on 127.0.0.1 (see tests/conftest.py). Each model has a
script: a list of behaviours consumed one per request; when empty, it answers normally.
Every request body is recorded, so tests can assert what reached the "hosted" model."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import random
import struct
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
    cached_tokens: int = 0  # reported as usage.prompt_tokens_details (non-streaming)


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
    if isinstance(body.get("input"), str):
        return str(body["input"])
    for message in reversed(body.get("messages") or body.get("input") or []):
        if message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):
                texts = (p.get("text", "") for p in content if p.get("type") in TEXT_PARTS)
                return " ".join(texts)
    return ""


TEXT_PARTS = ("text", "input_text")


def fake_vector(text: str, dims: int) -> list[float]:
    """A deterministic unit vector for a text."""
    digest = b""
    while len(digest) < 4 * dims:
        digest += hashlib.sha256(digest + text.encode()).digest()
    raw = [b / 255 - 0.5 for b in digest[:dims]]
    norm = sum(x * x for x in raw) ** 0.5 or 1.0
    return [x / norm for x in raw]


class FakeUpstream:
    def __init__(self) -> None:
        self.scripts: dict[str, list[Behaviour]] = {}
        self.requests: list[dict[str, Any]] = []
        self.paths: list[str] = []  # the path of each recorded request
        self.delay = 0.0
        # Random faults for load tests: each request without a script fails with this
        # probability, with a behaviour drawn from `chaos`.
        self.chaos_rate = 0.0
        self.chaos: list[Behaviour] = []
        self.rng = random.Random(0)
        self.app = Starlette(
            routes=[
                Route("/v1/chat/completions", self.chat, methods=["POST"]),
                Route("/v1/responses", self.responses, methods=["POST"]),
                Route("/v1/embeddings", self.embeddings, methods=["POST"]),
                Route("/v1/models", self.models, methods=["GET"]),
            ]
        )

    def script(self, model: str, behaviours: list[Behaviour]) -> None:
        self.scripts[model] = list(behaviours)

    def reset(self) -> None:
        self.scripts.clear()
        self.requests.clear()
        self.paths.clear()
        self.delay = 0.0
        self.chaos_rate, self.chaos = 0.0, []

    def received_text(self) -> str:
        """Everything every request carried, as one string (for leak checks)."""
        return "\n".join(json.dumps(r) for r in self.requests)

    async def models(self, request: Request) -> Response:
        return JSONResponse({"object": "list", "data": []})

    async def _behaviour(self, request: Request) -> tuple[dict[str, Any], Behaviour]:
        """Record the request and play its model's next scripted behaviour (a Fail is
        returned for the caller to answer; Hang waits; Reset raises)."""
        body = await request.json()
        self.requests.append(body)
        self.paths.append(request.url.path)
        script = self.scripts.get(body.get("model", ""))
        behaviour: Behaviour = script.pop(0) if script else Reply()
        if isinstance(behaviour, Reply) and self.chaos and self.rng.random() < self.chaos_rate:
            behaviour = self.rng.choice(self.chaos)
        if self.delay:
            await asyncio.sleep(self.delay)
        if isinstance(behaviour, Hang):
            await asyncio.sleep(behaviour.seconds)
            behaviour = Reply()
        if isinstance(behaviour, Reset):
            raise ConnectionResetError("scripted reset")
        return body, behaviour

    @staticmethod
    def _fail(behaviour: Fail) -> Response:
        return JSONResponse(
            {"error": {"message": behaviour.message, "type": "server_error", "code": None}},
            status_code=behaviour.status,
            headers=behaviour.headers,
        )

    async def chat(self, request: Request) -> Response:
        body, behaviour = await self._behaviour(request)
        model = body.get("model", "")
        if isinstance(behaviour, Fail):
            return self._fail(behaviour)
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
        cached = behaviour.cached_tokens if isinstance(behaviour, Reply) else 0
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
                    "prompt_tokens_details": {"cached_tokens": cached},
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

    async def embeddings(self, request: Request) -> Response:
        body, behaviour = await self._behaviour(request)
        if isinstance(behaviour, Fail):
            return self._fail(behaviour)
        texts = body["input"] if isinstance(body["input"], list) else [body["input"]]
        dims = int(body.get("dimensions") or 8)
        data = []
        for i, text in enumerate(texts):
            vector: Any = fake_vector(str(text), dims)
            if body.get("encoding_format") == "base64":
                vector = base64.b64encode(struct.pack(f"<{dims}f", *vector)).decode()
            data.append({"object": "embedding", "index": i, "embedding": vector})
        tokens = sum(len(str(t).split()) for t in texts)
        return JSONResponse(
            {
                "object": "list",
                "data": data,
                "model": body.get("model"),
                "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
            }
        )

    async def responses(self, request: Request) -> Response:
        """The Responses API: text (or a function call) for the last user input."""
        body, behaviour = await self._behaviour(request)
        if isinstance(behaviour, Fail):
            return self._fail(behaviour)
        text = f"echo: {_last_user_text(body)}"
        if isinstance(behaviour, Reply) and behaviour.text is not None:
            text = behaviour.text
        fmt = ((body.get("text") or {}).get("format") or {}).get("type")
        if fmt in ("json_object", "json_schema"):
            text = json.dumps({"answer": text})
        tool_call = behaviour.tool_call if isinstance(behaviour, Reply) else None
        if tool_call:
            item: dict[str, Any] = {
                "id": "fc_1",
                "type": "function_call",
                "call_id": "call_1",
                "name": tool_call[0],
                "arguments": tool_call[1],
                "status": "completed",
            }
        else:
            part = {"type": "output_text", "text": text, "annotations": []}
            item = {
                "id": "msg_1",
                "type": "message",
                "role": "assistant",
                "status": "completed",
                "content": [part],
            }
        words = len(text.split())
        response = {
            "id": "resp_fake",
            "object": "response",
            "created_at": int(time.time()),
            "status": "completed",
            "model": body.get("model"),
            "output": [item],
            "parallel_tool_calls": True,
            "tool_choice": "auto",
            "tools": [],
            "usage": {
                "input_tokens": 10,
                "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
                "output_tokens": words,
                "output_tokens_details": {"reasoning_tokens": 0},
                "total_tokens": 10 + words,
            },
        }
        if body.get("stream"):
            drop = behaviour if isinstance(behaviour, DropStream) else None
            return StreamingResponse(
                self._response_events(response, item, text, drop), media_type="text/event-stream"
            )
        return JSONResponse(response)

    async def _response_events(
        self, response: dict[str, Any], item: dict[str, Any], text: str, drop: DropStream | None
    ) -> Any:
        seq = iter(range(1_000_000))

        def event(kind: str, **data: Any) -> str:
            payload = {"type": kind, **data, "sequence_number": next(seq)}
            return f"event: {kind}\ndata: {json.dumps(payload)}\n\n"

        yield event(
            "response.created", response={**response, "status": "in_progress", "output": []}
        )
        if drop is not None and drop.after == 0:
            if drop.clean:
                return
            raise ConnectionResetError("scripted drop before first token")
        if item["type"] == "function_call":
            yield event(
                "response.output_item.added", output_index=0, item={**item, "arguments": ""}
            )
            args = item["arguments"]
            for i in range(0, len(args), 5):
                yield event(
                    "response.function_call_arguments.delta",
                    item_id=item["id"],
                    output_index=0,
                    delta=args[i : i + 5],
                )
        else:
            yield event("response.output_item.added", output_index=0, item={**item, "content": []})
            for i, word in enumerate(text.split(" ")):
                if drop is not None and i >= drop.after:
                    if drop.clean:
                        return
                    raise ConnectionResetError("scripted drop mid-stream")
                yield event(
                    "response.output_text.delta",
                    item_id=item["id"],
                    output_index=0,
                    content_index=0,
                    delta=word if i == 0 else " " + word,
                )
                await asyncio.sleep(0)
        yield event("response.output_item.done", output_index=0, item=item)
        yield event("response.completed", response=response)
