"""The journal tests' killed writer: a child Python that records calls into a throw-away
PostgreSQL schema, then dies by SIGKILL (as a crash or the OOM killer would end it) before
its writer is done, leaving the journal for the next start to replay."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hybridgate.observability.calls import CallRecord
from hybridgate.usage import Usage

from .dbs import postgres_schema, require_postgres

ROOT = Path(__file__).resolve().parents[1]
# Before the test's script: what it may use. After it: the kill.
_START = """
import os, signal, sys, time
from pathlib import Path
from tests.killed import call

url, journal = sys.argv[1], Path(sys.argv[2])
"""
_KILL = "\nos.kill(os.getpid(), signal.SIGKILL)\n"


def call(i: int, **extra: Any) -> CallRecord:
    """An answered call with request id `req_{i}`; `extra` sets more fields."""
    return CallRecord(
        request_id=f"req_{i}", started_at=time.time(), key_id="k", requested_model="m",
        model="m", hosted=False, reason="default", status=200, stream=False,
        usage=Usage(prompt_tokens=3), usage_estimated=False, cost_usd=0.001, latency_s=0.01,
        **extra,
    )  # fmt: skip


@contextmanager
def killed_child(script: str, journal: Path) -> Iterator[str]:
    """Runs `script` in a child Python that then kills itself with SIGKILL, and yields the
    URL of the fresh PostgreSQL schema it wrote to (dropped afterwards). The script sees
    `url`, `journal` (a Path, the journal folder), `call` (above) and os, signal, sys,
    time and Path. Skips without PostgreSQL."""
    require_postgres()
    with postgres_schema() as url:
        child = subprocess.run(
            [sys.executable, "-c", _START + textwrap.dedent(script) + _KILL, url, str(journal)],
            cwd=ROOT,
            timeout=60,
        )
        assert child.returncode == -9
        yield url
