"""A minimal, fast OpenAI-compatible upstream for the overhead benchmark.

Raw asyncio protocol + httptools (on uvloop when installed): it answers
POST .../chat/completions with a canned completion, or a canned SSE stream when the body
asks for `"stream": true`, so the upstream costs as little CPU as possible and the
benchmark measures what sits in front of it.

    python bench/fake_upstream.py --port 9100
"""

from __future__ import annotations

import argparse
import asyncio
import time

import httptools
import orjson

MODEL = "bench-model"
WORDS = ["Hello", " there", "!", " How", " can", " I", " help", " you", " today", "?"]


def _completion() -> bytes:
    return orjson.dumps(
        {
            "id": "chatcmpl-bench",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": MODEL,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "".join(WORDS)},
                    "finish_reason": "stop",
                    "logprobs": None,
                }
            ],
            "usage": {"prompt_tokens": 12, "completion_tokens": len(WORDS), "total_tokens": 22},
        }
    )


def _stream() -> bytes:
    """The SSE body: a role chunk, one chunk per word, a finish chunk, usage, [DONE]."""
    base = {"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 0}
    base["model"] = MODEL

    def chunk(delta: dict[str, str], finish: str | None = None) -> dict[str, object]:
        return {**base, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}

    events = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({"content": w}) for w in WORDS]
    events.append(chunk({}, "stop"))
    usage = {"prompt_tokens": 12, "completion_tokens": len(WORDS), "total_tokens": 22}
    events.append({**base, "choices": [], "usage": usage})
    out = b"".join(b"data: " + orjson.dumps(e) + b"\n\n" for e in events)
    return out + b"data: [DONE]\n\n"


def _response(body: bytes, content_type: bytes) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\ncontent-type: " + content_type + b"\r\ncontent-length: "
        + str(len(body)).encode() + b"\r\nconnection: keep-alive\r\n\r\n" + body
    )  # fmt: skip


COMPLETION = _response(_completion(), b"application/json")
STREAM = _response(_stream(), b"text/event-stream")
MODELS = _response(
    orjson.dumps({"object": "list", "data": [{"id": MODEL, "object": "model", "created": 0}]}),
    b"application/json",
)
NOT_FOUND = _response(orjson.dumps({"error": {"message": "not found"}}), b"application/json")


class Upstream(asyncio.Protocol):
    def __init__(self) -> None:
        self.parser = httptools.HttpRequestParser(self)
        self.body: list[bytes] = []
        self.url = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # uvloop's is no subclass

    def data_received(self, data: bytes) -> None:
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserError:
            assert self.transport is not None
            self.transport.close()

    # httptools callbacks
    def on_url(self, url: bytes) -> None:
        self.url += url

    def on_message_begin(self) -> None:
        self.body, self.url = [], b""

    def on_body(self, body: bytes) -> None:
        self.body.append(body)

    def on_message_complete(self) -> None:
        assert self.transport is not None
        if self.url.endswith(b"/chat/completions"):
            try:
                stream = orjson.loads(b"".join(self.body)).get("stream") is True
            except orjson.JSONDecodeError:
                stream = False
            self.transport.write(STREAM if stream else COMPLETION)
        elif self.url.endswith(b"/models"):
            self.transport.write(MODELS)
        else:
            self.transport.write(NOT_FOUND)


async def serve(host: str, port: int) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(Upstream, host, port, backlog=1024)
    print(f"fake upstream on http://{host}:{port}/v1", flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9100)
    args = parser.parse_args()
    try:
        import uvloop
    except ImportError:
        asyncio.run(serve(args.host, args.port))
    else:
        uvloop.run(serve(args.host, args.port))


if __name__ == "__main__":
    main()
