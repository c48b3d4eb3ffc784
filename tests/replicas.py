"""Gateway replicas as real processes: each `hybridgate serve` on its own port and home, all
on one config (so one database_url and one redis_url), as an operator runs them behind a
load balancer. For tests of what replicas share."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import httpx
import yaml

START_S = 90.0  # a replica loads in ~4 s; on a busy machine many times that


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Replica:
    """One `hybridgate serve` process; its output is kept in `log` (checked at exit)."""

    def __init__(self, config: Path, home: Path, env: dict[str, str]) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = home.parent / f"{home.name}.log"
        self.output = ""
        home.mkdir(parents=True, exist_ok=True)
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-m", "hybridgate.cli", "serve", "-c", str(config),
                 "--port", str(self.port), "--log-level", "warning"],
                env={**os.environ, **env, "HYBRIDGATE_HOME": str(home)},
                stdout=out, stderr=subprocess.STDOUT,
            )  # fmt: skip

    def wait_ready(self, deadline: float) -> None:
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            try:
                if httpx.get(f"{self.url}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"replica on :{self.port} did not start:\n{self.output}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.output = self.log.read_text(errors="replace")


@contextmanager
def replicas(
    config: dict[str, Any], work: Path, n: int, env: dict[str, str] | None = None
) -> Iterator[list[Replica]]:
    """`n` replicas of `config`, started together; stopped (SIGTERM) at exit, where a
    traceback in any replica's output fails the test."""
    path = work / "hybridgate.yaml"
    path.write_text(yaml.safe_dump(config))
    with ExitStack() as stack:
        started: list[Replica] = []
        for i in range(n):
            replica = Replica(path, work / f"home{i}", env or {})
            stack.callback(replica.stop)
            started.append(replica)
        deadline = time.monotonic() + START_S
        for replica in started:
            replica.wait_ready(deadline)
        yield started
    for replica in started:
        assert "Traceback" not in replica.output, replica.output
