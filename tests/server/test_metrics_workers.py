"""`hybridgate serve --workers 2`: /metrics sums both worker processes (prometheus_client
multiprocess mode in a directory serve creates and removes), whichever worker answers the
scrape; a 429 counts."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from ..conftest import base_config
from ..fakes.upstream import FakeUpstream

BODY = {"model": "llama-local", "messages": [{"role": "user", "content": "hi"}]}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _total(text: str, name: str, labels: str = "") -> float:
    """Sum of every sample of `name` whose labels contain `labels`."""
    pattern = rf"^{re.escape(name)}\{{([^}}]*)\}} (\S+)$"
    return sum(
        float(value) for found, value in re.findall(pattern, text, re.MULTILINE) if labels in found
    )


@pytest.fixture
def served(tmp_path: Path, fake_upstream: FakeUpstream) -> Iterator[tuple[str, Path]]:
    """A two-worker gateway; anonymous callers get 2 requests a minute in each worker (no
    Redis: per process), so the third on a worker is a 429. Yields (url, its TMPDIR)."""
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["limits"] = {"rpm": 2}
    path = tmp_path / "hybridgate.yaml"
    path.write_text(yaml.safe_dump(cfg))
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "HYBRIDGATE_HOME": str(tmp_path / "home"), "TMPDIR": str(tmp)}
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "hybridgate.cli", "serve", "-c", str(path), "--port", str(port),
         "--workers", "2", "--log-level", "warning"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        # Both workers built their gateway (each writes its in-flight gauge's file then)
        # and one answers; on a busy machine a worker takes many seconds to load.
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and server.poll() is None:
            if len(list(tmp.glob("hybridgate-metrics-*/gauge_livesum_*.db"))) >= 2:
                try:
                    if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
            time.sleep(0.2)
        yield url, tmp
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert "Traceback" not in output, output
    assert not list(tmp.glob("hybridgate-metrics-*")), "serve left its metrics directory"


def test_metrics_sum_both_workers_and_count_429s(served: tuple[str, Path]) -> None:
    url, tmp = served
    statuses: list[int] = []
    writers: set[str] = set()
    deadline = time.monotonic() + 30
    # New connection per request, so both workers take some; until each has served one
    # (a worker writes counter_<pid>.db when it first counts) and a 429 came back.
    while (len(writers) < 2 or 429 not in statuses) and time.monotonic() < deadline:
        statuses.append(httpx.post(f"{url}/v1/chat/completions", json=BODY, timeout=10).status_code)
        writers = {p.name for p in tmp.glob("hybridgate-metrics-*/counter_*.db")}
    assert len(writers) == 2, writers
    assert set(statuses) == {200, 429}
    for _ in range(6):  # every scrape, whichever worker answers it, sees both
        text = httpx.get(f"{url}/metrics", timeout=10).text
        assert _total(text, "hybridgate_requests_total", 'status="200"') == statuses.count(200)
        rejected = _total(text, "hybridgate_rejected_requests_total", 'status="429"')
        assert rejected == statuses.count(429)
        assert _total(text, "hybridgate_request_seconds_count") == statuses.count(200)
        in_flight = re.search(r"^hybridgate_requests_in_flight (\S+)$", text, re.MULTILINE)
        assert in_flight is not None and float(in_flight.group(1)) == 0.0
