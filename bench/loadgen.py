"""A small closed-loop HTTP/1.1 load generator, run in its own process by overhead.py.

`concurrency` keep-alive connections each send one POST, read the whole response (JSON
or an SSE stream) and send the next, for `duration` seconds after a warm-up. Raw sockets
and httptools keep the client's own CPU cost far below the servers' it measures.
A `{n}` in the body becomes a per-request number, unique across runs, so caches keyed on
the prompt (the privacy scanner keeps one) do not flatter the figures.
Prints one JSON line: {"n", "errors", "p50_ms", "p99_ms", "rps"}.

    python bench/loadgen.py --url http://127.0.0.1:8080/v1/chat/completions \
        --body '{"model": "auto", "messages": [...]}' --concurrency 8 --duration 3
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from urllib.parse import urlsplit

import httptools
import orjson


class _Response:
    """httptools callbacks for one response at a time."""

    def __init__(self) -> None:
        self.done = asyncio.Event()
        self.status = 0
        self.parser = httptools.HttpResponseParser(self)
        self.size = 0

    def on_status(self, status: bytes) -> None:
        self.status = self.parser.get_status_code()

    def on_body(self, body: bytes) -> None:
        self.size += len(body)

    def on_message_complete(self) -> None:
        self.done.set()


class _Requests:
    """The raw HTTP request, with `{n}` in the body numbered per request."""

    def __init__(self, head: str, body: bytes) -> None:
        self.head, self.body, self.count = head.encode(), body, 0
        # Unique across loadgen processes too: each cell of a bench is its own process, and a
        # counter restarting at 1 would let a later cell hit the gateway's prompt caches.
        self.run = os.urandom(4).hex()
        self.fixed = None if b"{n}" in body else self._build(body)

    def _build(self, body: bytes) -> bytes:
        return self.head + f"content-length: {len(body)}\r\n\r\n".encode() + body

    def next(self) -> bytes:
        if self.fixed is not None:
            return self.fixed
        self.count += 1
        return self._build(self.body.replace(b"{n}", f"{self.run}-{self.count}".encode()))


async def _worker(
    host: str,
    port: int,
    requests: _Requests,
    stop_at: float,
    record_from: float,
    latencies: list[float],
    errors: list[str],
) -> None:
    reader, writer = await asyncio.open_connection(host, port)
    try:
        while True:
            started = time.perf_counter()
            if started >= stop_at:
                return
            response = _Response()
            writer.write(requests.next())
            while not response.done.is_set():
                data = await reader.read(65536)
                if not data:
                    raise ConnectionError("server closed the connection")
                response.parser.feed_data(data)
            finished = time.perf_counter()
            if response.status != 200:
                errors.append(str(response.status))
            elif started >= record_from:
                latencies.append(finished - started)
    except (OSError, httptools.HttpParserError) as exc:
        errors.append(type(exc).__name__)
    finally:
        writer.close()


async def run(
    url: str, body: bytes, headers: dict[str, str], concurrency: int, duration: float, warmup: float
) -> dict[str, float]:
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    head = [
        f"POST {parts.path} HTTP/1.1",
        f"host: {host}:{port}",
        "content-type: application/json",
        "connection: keep-alive",
        *(f"{k}: {v}" for k, v in headers.items()),
    ]
    requests = _Requests("\r\n".join(head) + "\r\n", body)
    latencies: list[float] = []
    errors: list[str] = []
    now = time.perf_counter()
    record_from, stop_at = now + warmup, now + warmup + duration
    await asyncio.gather(
        *(
            _worker(host, port, requests, stop_at, record_from, latencies, errors)
            for _ in range(concurrency)
        )
    )
    elapsed = time.perf_counter() - record_from
    if len(latencies) < 2:
        return {"n": len(latencies), "errors": len(errors), "p50_ms": 0, "p99_ms": 0, "rps": 0}
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "n": len(latencies),
        "errors": len(errors),
        "first_error": errors[0] if errors else "",
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": cuts[98] * 1000,
        "rps": len(latencies) / elapsed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--body", required=True, help="JSON request body")
    parser.add_argument("--header", action="append", default=[], help="name: value")
    parser.add_argument("--concurrency", type=int, default=1)
    parser.add_argument("--duration", type=float, default=3.0)
    parser.add_argument("--warmup", type=float, default=0.5)
    args = parser.parse_args()
    headers = dict(h.split(": ", 1) for h in args.header)
    coro = run(args.url, args.body.encode(), headers, args.concurrency, args.duration, args.warmup)
    try:
        import uvloop

        result = uvloop.run(coro)
    except ImportError:
        result = asyncio.run(coro)
    sys.stdout.write(orjson.dumps(result).decode() + "\n")


if __name__ == "__main__":
    main()
