"""uvicorn's HTTP protocol with each response's head and first body bytes in one send.

uvicorn writes a response's status line and headers as soon as the app starts the
response, and the body in a second write: two syscalls and two wake-ups of the client
per answer. On a busy machine each wake-up can cost a scheduler slice (the woken peer
preempts the writer), which made up a share of the gateway's added latency at
concurrency 1 (docs/performance.md). Here the head is held until the next write (the
body, which follows it in the same turn of the event loop) and leaves with it; if
nothing follows in that turn (a stream waiting for its first token), it leaves at the
end of the turn. Every other write goes out at once, as before."""

from __future__ import annotations

import asyncio
from typing import Any, cast

from uvicorn.protocols.http.auto import AutoHTTPProtocol

# A response head as uvicorn's protocols (httptools and h11) write it.
_HEAD = (b"HTTP/1.1 ", b"HTTP/1.0 ")


class CoalescingTransport(asyncio.Transport):
    """A transport that holds a response head until the next write or the end of the
    event loop's turn, then sends them together."""

    def __init__(self, transport: asyncio.Transport, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__()
        self._transport = transport
        self._loop = loop
        self._held: bytes | None = None

    # -- writing ---------------------------------------------------------------------------

    def write(self, data: bytes | bytearray | memoryview) -> None:
        held = self._held
        if held is not None:
            self._held = None
            self._transport.write(held + bytes(data))
        elif bytes(data[:9]) in _HEAD:
            self._held = bytes(data)
            self._loop.call_soon(self._flush)
        else:
            self._transport.write(data)

    def writelines(self, list_of_data: Any) -> None:
        self.write(b"".join(list_of_data))

    def _flush(self) -> None:
        held, self._held = self._held, None
        if held is not None and not self._transport.is_closing():
            self._transport.write(held)

    def write_eof(self) -> None:
        self._flush()
        self._transport.write_eof()

    def can_write_eof(self) -> bool:
        return self._transport.can_write_eof()

    def close(self) -> None:
        self._flush()
        self._transport.close()

    def abort(self) -> None:
        self._held = None
        self._transport.abort()

    def get_write_buffer_size(self) -> int:
        return self._transport.get_write_buffer_size() + len(self._held or b"")

    def get_write_buffer_limits(self) -> tuple[int, int]:
        return self._transport.get_write_buffer_limits()

    def set_write_buffer_limits(self, high: int | None = None, low: int | None = None) -> None:
        self._transport.set_write_buffer_limits(high, low)

    # -- everything else as the real transport -----------------------------------------------

    def is_closing(self) -> bool:
        return self._transport.is_closing()

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self._transport.get_extra_info(name, default)

    def pause_reading(self) -> None:
        self._transport.pause_reading()

    def resume_reading(self) -> None:
        self._transport.resume_reading()

    def is_reading(self) -> bool:
        return self._transport.is_reading()

    def set_protocol(self, protocol: asyncio.BaseProtocol) -> None:
        self._transport.set_protocol(protocol)

    def get_protocol(self) -> asyncio.BaseProtocol:
        return self._transport.get_protocol()


class CoalescingHTTPProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """uvicorn's own HTTP protocol (httptools when installed, else h11) over a
    CoalescingTransport: pass it as `uvicorn.run(..., http=CoalescingHTTPProtocol)`."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # uvloop's transports are not asyncio.Transport subclasses, only alike.
        real = cast(asyncio.Transport, transport)
        super().connection_made(CoalescingTransport(real, asyncio.get_running_loop()))


__all__ = ["CoalescingHTTPProtocol", "CoalescingTransport"]
