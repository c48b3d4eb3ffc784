"""An in-process gateway served on a loopback port for the length of a benchmark run, so
`--config` runs go through the same HTTP path as a deployed gateway."""

from __future__ import annotations

import socket
import threading
import time
from types import TracebackType

from ..config import Config
from ..settings import Settings
from .faults import FaultLog, inject


class LocalGateway:
    """`with LocalGateway(config, faults=0.1) as gw: gw.url` — built by `wiring`, so every
    plug-in of this installation is active (key auth aside); faults wrap its providers
    when rate > 0."""

    def __init__(
        self, config: Config, *, settings: Settings | None = None, faults: float = 0.0,
        seed: int = 0,
    ) -> None:  # fmt: skip
        import uvicorn

        from ..server import create_app
        from ..server.auth import OpenAccess
        from ..wiring import build_gateway

        settings = settings or Settings()
        self.gateway = build_gateway(config, settings)
        self.faults: FaultLog | None = (
            inject(self.gateway.providers, faults, seed) if faults > 0 else None
        )
        # Loopback-only and gone after the run: no API keys, so `auth.enabled` configs work.
        app = create_app(self.gateway, settings=settings, authenticator=OpenAccess())
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        server_config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on")
        self._server = uvicorn.Server(server_config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )

    def __enter__(self) -> LocalGateway:
        self._thread.start()
        deadline = time.monotonic() + 300  # the lifespan may load a local model
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the in-process gateway did not start")
            time.sleep(0.02)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=30)
        self._sock.close()
