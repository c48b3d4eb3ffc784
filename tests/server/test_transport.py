"""The HTTP protocol `hybridgate serve` runs: uvicorn's, with each response's head held
until its body so both leave in one send (server/transport.py)."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import pytest

from hybridgate.server.transport import CoalescingTransport

from ..conftest import RunningGateway

pytestmark = pytest.mark.anyio
HEAD = b"HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\n"


class RecordingTransport:
    """A stand-in for the socket's transport: remembers each write (one send each)."""

    def __init__(self) -> None:
        self.sent: list[bytes] = []
        self.closed = self.aborted = False

    def write(self, data: bytes) -> None:
        assert not self.closed, "written after close"
        self.sent.append(bytes(data))

    def is_closing(self) -> bool:
        return self.closed

    def close(self) -> None:
        self.closed = True

    def abort(self) -> None:
        self.aborted = self.closed = True

    def get_write_buffer_size(self) -> int:
        return 0

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return {"peername": ("127.0.0.1", 1)}.get(name, default)


def _coalescing() -> tuple[CoalescingTransport, RecordingTransport]:
    real = RecordingTransport()
    return CoalescingTransport(real, asyncio.get_running_loop()), real  # type: ignore[arg-type]


async def test_head_and_body_leave_in_one_send() -> None:
    transport, real = _coalescing()
    transport.write(HEAD)
    assert real.sent == []  # held
    assert transport.get_write_buffer_size() == len(HEAD)
    transport.write(b"{}")
    assert real.sent == [HEAD + b"{}"]
    transport.write(b"more")  # anything after the first body write goes at once
    assert real.sent == [HEAD + b"{}", b"more"]
    await asyncio.sleep(0)
    assert real.sent == [HEAD + b"{}", b"more"]  # nothing held was sent twice


async def test_a_head_alone_leaves_when_the_loop_turn_ends() -> None:
    """A stream's head waits for no first token: it goes at the end of the loop's turn."""
    transport, real = _coalescing()
    transport.write(HEAD)
    assert real.sent == []
    await asyncio.sleep(0)
    assert real.sent == [HEAD]
    transport.write(b"data: x\n\n")
    assert real.sent == [HEAD, b"data: x\n\n"]


async def test_close_sends_the_held_head_first_and_abort_drops_it() -> None:
    transport, real = _coalescing()
    transport.write(HEAD)
    transport.close()
    assert real.sent == [HEAD] and real.closed
    await asyncio.sleep(0)
    assert real.sent == [HEAD]

    transport, real = _coalescing()
    transport.write(HEAD)
    transport.abort()
    await asyncio.sleep(0)
    assert real.sent == [] and real.aborted


async def test_other_writes_are_not_held() -> None:
    transport, real = _coalescing()
    transport.write(b"0\r\n\r\n")
    transport.writelines([b"a", b"b"])
    assert real.sent == [b"0\r\n\r\n", b"ab"]


def _exchange(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        data = b""
        while b"\r\n\r\n" not in data or not data.endswith(b"}"):
            chunk = sock.recv(65536)
            if not chunk:
                break
            data += chunk
        return data


async def test_served_answers_keep_alive_and_streams(gateway: RunningGateway) -> None:
    """Through the real protocol: JSON answers on one kept-alive connection, a stream, and
    a GET whose connection closes after its answer."""
    for _ in range(3):
        answer = await gateway.client.chat.completions.create(
            model="auto", messages=[{"role": "user", "content": "hi"}]
        )
        assert answer.choices[0].message.content
    stream = await gateway.client.chat.completions.create(
        model="auto", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    assert text
    port = int(gateway.url.rsplit(":", 1)[1].split("/")[0])
    raw = await asyncio.to_thread(
        _exchange, port, b"GET /healthz HTTP/1.1\r\nhost: x\r\nconnection: close\r\n\r\n"
    )
    assert raw.startswith(b"HTTP/1.1 200") and raw.count(b"HTTP/1.1") == 1
