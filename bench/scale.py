"""Several replicas, one truth: 3 gateways (own ports and homes) on one PostgreSQL schema
and one Redis, mixed traffic at all of them; one replica SIGKILLed and restarted, Redis
restarted, mid-run. Reports requests, 5xx, budget and rate-limit overshoot, ledger rows vs
answered requests, and the audit verify result.

    .venv/bin/python bench/scale.py [--seconds 30] [--pg postgresql://postgres@127.0.0.1/test]

Redis here is a private redis-server on --redis-port (the bench restarts it); PostgreSQL a
fresh schema, dropped afterwards."""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import httpx
import psycopg

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
BUDGET_USD = 0.02  # the budgeted key's hard daily limit
RPM = 20  # the rate-limited key's requests per minute
SENSITIVE = "My name is Anna Schmidt and my IBAN is DE89 3704 0044 0532 0130 00, help me."
CONFIG = """
database_url: {db}
redis_url: redis://127.0.0.1:{redis}/0
auth: {{enabled: true, cache_seconds: 1}}
models:
  - name: gpt-hosted
    provider: openai_compatible
    base_url: http://127.0.0.1:{up}/v1
    hosted: true
    context_window: 128000
    capabilities: [text]
    pricing: {{input: 2.5, output: 15.0}}
  - name: llama-local
    provider: openai_compatible
    base_url: http://127.0.0.1:{up}/v1
    hosted: false
    context_window: 8192
    capabilities: [text]
router:
  default: gpt-hosted
  fallbacks: {{gpt-hosted: [llama-local]}}
"""


def wait_http(url: str, timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


class Stack:
    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        self.args, self.work = args, work
        self.procs: dict[str, subprocess.Popen[bytes]] = {}
        self.schema = f"scale_{uuid.uuid4().hex[:8]}"
        self.db = f"{args.pg}?options={quote(f'-csearch_path={self.schema}')}"
        self.config = work / "hybridgate.yaml"
        self.ports = [args.port + i for i in range(3)]

    def env(self, i: int | None = None) -> dict[str, str]:
        home = self.work / (f"home{i}" if i is not None else "cli")
        return {**os.environ, "HYBRIDGATE_HOME": str(home), "HYBRIDGATE_CONFIG": str(self.config)}

    def start_redis(self) -> None:
        self.procs["redis"] = subprocess.Popen(
            ["redis-server", "--port", str(self.args.redis_port), "--save", "", "--appendonly",
             "no"], stdout=subprocess.DEVNULL,
        )  # fmt: skip
        time.sleep(0.3)

    def start_replica(self, i: int) -> None:
        log = (self.work / f"replica{i}.log").open("ab")
        self.procs[f"r{i}"] = subprocess.Popen(
            [BIN / "hybridgate", "serve", "--config", str(self.config), "--port",
             str(self.ports[i])], env=self.env(i), stdout=log, stderr=log,
        )  # fmt: skip

    def key(self, name: str, *extra: str) -> str:
        out = subprocess.run(
            [BIN / "hybridgate", "keys", "create", "--name", name, *extra, "-c", str(self.config)],
            env=self.env(), capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        match = re.search(r"hg-[A-Za-z0-9_\-]+|sk-[A-Za-z0-9_\-]+", out)
        assert match, out
        return match.group(0)

    def up(self) -> None:
        with psycopg.connect(self.args.pg, autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{self.schema}"')
        self.procs["upstream"] = subprocess.Popen(
            [sys.executable, ROOT / "bench/fake_upstream.py", "--port", str(self.args.up_port)]
        )
        self.start_redis()
        self.config.write_text(
            CONFIG.format(db=self.db, redis=self.args.redis_port, up=self.args.up_port)
        )
        for i in range(3):  # together, on an empty database
            self.start_replica(i)
        for port in self.ports:
            wait_http(f"http://127.0.0.1:{port}/healthz")

    def down(self) -> None:
        for name, proc in reversed(self.procs.items()):
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM if name.startswith("r") else signal.SIGKILL)
        for proc in self.procs.values():
            try:
                proc.wait(30)
            except subprocess.TimeoutExpired:
                proc.kill()

    def drop(self) -> None:
        with psycopg.connect(self.args.pg, autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{self.schema}" CASCADE')


async def drive(stack: Stack, keys: dict[str, str], seconds: float) -> list[dict[str, object]]:
    results: list[dict[str, object]] = []
    start = time.monotonic()
    kinds = ["chat", "stream", "sensitive", "budget", "rate"]

    async def worker(n: int) -> None:
        rng = random.Random(n)
        async with httpx.AsyncClient(timeout=30) as http:
            while time.monotonic() - start < seconds:
                kind = rng.choice(kinds)
                replica = rng.randrange(3)
                key = keys.get(kind, keys["chat"])
                body: dict[str, object] = {
                    "model": "gpt-hosted" if kind == "budget" else "auto",
                    "max_tokens": 50,
                    "messages": [
                        {"role": "user", "content": SENSITIVE if kind == "sensitive" else "hi"}
                    ],
                }
                if kind == "stream":
                    body["stream"] = True
                url = f"http://127.0.0.1:{stack.ports[replica]}/v1/chat/completions"
                row: dict[str, object] = {"kind": kind, "replica": replica}
                try:
                    resp = await http.post(
                        url, json=body, headers={"authorization": f"Bearer {key}"}
                    )
                    await resp.aread()
                    row |= {"status": resp.status_code,
                            "id": resp.headers.get("x-hybridgate-request-id"),
                            "model": resp.headers.get("x-hybridgate-model")}  # fmt: skip
                except httpx.HTTPError as exc:  # the killed replica's connections
                    row |= {"status": 0, "error": type(exc).__name__}
                results.append(row)

    async def kill_replica() -> None:
        await asyncio.sleep(seconds * 0.2)
        stack.procs["r1"].send_signal(signal.SIGKILL)
        print(f"t={time.monotonic() - start:.1f}s  replica 1 SIGKILLed", flush=True)
        await asyncio.sleep(1.0)
        stack.start_replica(1)
        await asyncio.to_thread(wait_http, f"http://127.0.0.1:{stack.ports[1]}/healthz")
        print(f"t={time.monotonic() - start:.1f}s  replica 1 back (journal replayed)", flush=True)

    async def restart_redis() -> None:
        await asyncio.sleep(seconds * 0.5)
        stack.procs["redis"].send_signal(signal.SIGKILL)
        stack.procs["redis"].wait()
        print(f"t={time.monotonic() - start:.1f}s  Redis killed", flush=True)
        await asyncio.sleep(1.0)
        stack.start_redis()
        print(f"t={time.monotonic() - start:.1f}s  Redis restarted", flush=True)

    await asyncio.gather(
        kill_replica(), restart_redis(), *(worker(n) for n in range(stack.args.concurrency))
    )
    return results


def report(stack: Stack, results: list[dict[str, object]], keys: dict[str, str]) -> None:
    answered = {str(r["id"]) for r in results if r["status"] == 200 and r.get("id")}
    with psycopg.connect(stack.db) as conn:
        rows = [r[0] for r in conn.execute("SELECT request_id FROM ledger_calls WHERE status=200")]
        ids = set(rows)
        budget_spent = conn.execute(
            "SELECT coalesce(sum(c.cost_usd), 0), max(c.cost_usd) FROM ledger_calls c "
            "JOIN hybridgate_api_keys k ON k.id = c.key_id WHERE k.name = 'budget'"
        ).fetchone()
        audit_ids = {r[0] for r in conn.execute("SELECT request_id FROM hybridgate_audit")}
    verify = subprocess.run(
        [BIN / "hybridgate", "audit", "verify", "-c", str(stack.config)],
        env=stack.env(), capture_output=True, text=True,
    )  # fmt: skip
    by_status: dict[object, int] = {}
    for r in results:
        by_status[r["status"]] = by_status.get(r["status"], 0) + 1
    rate_ok = sum(1 for r in results if r["kind"] == "rate" and r["status"] == 200)
    sens_hosted = sum(
        1 for r in results if r["kind"] == "sensitive" and r.get("model") == "gpt-hosted"
    )
    five = sum(n for s, n in by_status.items() if isinstance(s, int) and s >= 500)
    assert budget_spent is not None
    spent, one = float(budget_spent[0]), float(budget_spent[1] or 0.0)
    print(f"requests            {len(results)}  by status {dict(sorted(by_status.items()))}")
    print(f"5xx                 {five}")
    print(f"connection errors   {by_status.get(0, 0)} (to the SIGKILLed replica)")
    over = max(0.0, spent - BUDGET_USD)
    print(f"budget              spent ${spent:.6f} of ${BUDGET_USD} hard: overshoot "
          f"${over:.6f} ({over / one if one else 0:.2f} x one call)")  # fmt: skip
    allowed = int(RPM * (1 + stack.args.seconds / 60))  # a full bucket, then its refill
    print(f"rate limit          {rate_ok} answered, {allowed} allowed (rpm {RPM} over "
          f"{stack.args.seconds:.0f} s): overshoot {max(0, rate_ok - allowed)}")  # fmt: skip
    print(f"sensitive to hosted {sens_hosted}")
    print(f"ledger              {len(answered)} answered (200), {len(answered - ids)} missing "
          f"from the ledger")  # fmt: skip
    print(f"ledger rows (200)   {len(rows)}: {len(rows) - len(ids)} duplicate, "
          f"{len(ids - answered)} for requests no client saw answered")  # fmt: skip
    print(f"audit               {len(answered - audit_ids)} answered missing from the audit; "
          f"verify: {(verify.stdout + verify.stderr).strip().splitlines()[-1:]}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--concurrency", type=int, default=12)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--redis-port", type=int, default=6391)
    parser.add_argument("--up-port", type=int, default=9291)
    parser.add_argument("--port", type=int, default=9281)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        stack = Stack(args, Path(tmp))
        try:
            stack.up()
            keys = {
                "chat": stack.key("chat"),
                "budget": stack.key("budget", "--budget-usd", str(BUDGET_USD)),
                "rate": stack.key("rate", "--rpm", str(RPM)),
            }
            print(f"3 replicas on :{stack.ports[0]}-{stack.ports[-1]}, {args.seconds:.0f} s, "
                  f"concurrency {args.concurrency}", flush=True)  # fmt: skip
            results = asyncio.run(drive(stack, keys, args.seconds))
            stack.down()  # graceful: the ledgers and audit logs write what they hold
            report(stack, results, keys)
        finally:
            stack.down()
            stack.drop()


if __name__ == "__main__":
    main()
