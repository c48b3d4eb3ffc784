"""Multiprocess metrics (serve --workers): a worker that shuts down marks its live gauges
dead; one killed without a word (SIGKILL, OOM) is reaped at the next scrape, so its requests
in flight stop counting while its counters stay."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from hybridgate.observability.metrics import MULTIPROC_ENV, Metrics

WORKER = """
import asyncio, os, sys
from hybridgate.observability.metrics import Metrics
m = Metrics()
m.in_flight.inc()
m.rejected.labels("429").inc()
if sys.argv[1] == "clean":
    asyncio.run(m.aclose())  # what the gateway's shutdown does
os._exit(0)  # "killed": no atexit, no cleanup
"""


def _value(text: str, line: str) -> float:
    """One sample's value; 0 when no live process reports it."""
    match = re.search(rf"^{re.escape(line)} (\S+)$", text, re.MULTILINE)
    return float(match.group(1)) if match else 0.0


def test_dead_workers_leave_counters_not_gauges(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {**os.environ, MULTIPROC_ENV: str(tmp_path)}
    for how in ("clean", "killed"):
        subprocess.run([sys.executable, "-c", WORKER, how], env=env, check=True, timeout=60)
    live = sorted(p.name for p in tmp_path.glob("gauge_live*"))
    assert len(live) == 1  # the clean one removed its own; the killed one's is left
    scraper = Metrics()  # made before the variable: this process is not a worker
    monkeypatch.setenv(MULTIPROC_ENV, str(tmp_path))
    text = scraper.render().decode()
    assert _value(text, "hybridgate_requests_in_flight") == 0.0
    assert _value(text, 'hybridgate_rejected_requests_total{status="429"}') == 2.0
    assert not list(tmp_path.glob("gauge_live*"))
