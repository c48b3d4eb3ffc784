"""CPU per request of the gateway's own code, `model: auto` and an explicit model, measured
in-process; optionally the same for another source tree (e.g. the commit a change started
from) in the same run, alternating, with the ratio.

Each measurement is a child process that builds the served app exactly as `hybridgate
serve` does (`wiring.build_app`: privacy scanner, difficulty scorer, ledger, audit, gc
freeze), then calls the ASGI app directly with one chat completion at a time (JSON, not
streamed) against bench/fake_upstream.py over loopback. No HTTP server parses the request
(uvicorn's share is the same for every version), so the figure is the app's own work plus
its upstream client and the writer threads: process CPU (all threads) and the event loop
thread's CPU, divided by the requests. Every prompt is numbered, so no per-text cache helps.

    .venv/bin/python bench/request_cpu.py                       # this tree: auto, explicit
    .venv/bin/python bench/request_cpu.py --base /tmp/base15    # + that tree, side by side
    .venv/bin/python bench/request_cpu.py --profile auto        # cProfile of the auto loop

`--base` is a checkout (e.g. `git worktree add --detach /tmp/base15 <commit>`): its `src`
is put first on PYTHONPATH for its children. Rounds alternate base / this tree so a
change in the machine's load skews both alike; the table shows medians over rounds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROMPT = "Say hello to the benchmark in one short sentence. (request {n})"

# The shared harness's configs (../shared/perf/*.yaml.tmpl), upstream filled in.
AUTO_CONFIG = """
models:
  - name: gpt-5.4
    provider: openai_compatible
    base_url: {upstream}
    api_key: sk-mock-upstream
    model: bench-model
    hosted: true
    context_window: 1050000
    capabilities: [text, tools, json_schema]
    pricing: {{input: 2.50, cached_input: 0.25, output: 15.00}}
  - name: bench-local
    provider: openai_compatible
    base_url: {upstream}
    api_key: sk-mock-upstream
    model: bench-model
    hosted: false
    context_window: 131072
    capabilities: [text, tools, json_schema]
router:
  default: auto
  privacy: {{on_sensitive: local}}
  difficulty: {{strong: gpt-5.4, weak: bench-local, threshold: 0.5}}
  fallbacks: {{gpt-5.4: [bench-local], bench-local: [gpt-5.4]}}
auth: {{enabled: false}}
"""
EXPLICIT_CONFIG = """
models:
  - name: bench-model
    provider: openai_compatible
    base_url: {upstream}
    api_key: sk-mock-upstream
    hosted: false
    context_window: 131072
    capabilities: [text]
router:
  default: bench-model
auth: {{enabled: false}}
"""
MODES = {"auto": ("auto", AUTO_CONFIG), "explicit": ("bench-model", EXPLICIT_CONFIG)}


# ---------------------------------------------------------------- child: one measurement


async def _call(app: object, body: bytes) -> tuple[int, bytes]:
    scope = {
        "type": "http",
        "asgi": {"version": "3.0", "spec_version": "2.3"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/v1/chat/completions",
        "raw_path": b"/v1/chat/completions",
        "root_path": "",
        "query_string": b"",
        "headers": [
            (b"host", b"127.0.0.1:8080"),
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode()),
        ],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8080),
        "state": {},
    }
    sent = False
    status = 0
    chunks: list[bytes] = []

    async def receive() -> dict[str, object]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        await asyncio.Event().wait()  # the client never disconnects
        raise AssertionError

    async def send(message: dict[str, object]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = int(message["status"])  # type: ignore[call-overload]
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))  # type: ignore[arg-type]

    await app(scope, receive, send)  # type: ignore[operator]
    return status, b"".join(chunks)


async def _drive(args: argparse.Namespace) -> dict[str, object]:
    import yaml

    from hybridgate.config import parse_config
    from hybridgate.settings import Settings
    from hybridgate.wiring import build_app

    model, template = MODES[args.mode]
    config = parse_config(yaml.safe_load(template.format(upstream=args.upstream)), "bench")
    with tempfile.TemporaryDirectory(prefix="hybridgate-cpu-") as home:  # ledger, audit
        app = build_app(config, Settings(home=Path(home)))
        return await _measure(app, model, args)


async def _measure(app: Any, model: str, args: argparse.Namespace) -> dict[str, object]:
    n = 0

    def body() -> bytes:
        nonlocal n
        n += 1
        text = PROMPT.format(n=n) if not args.same_prompt else PROMPT.format(n=0)
        return json.dumps(
            {"model": model, "messages": [{"role": "user", "content": text}]}
        ).encode()

    async with app.router.lifespan_context(app):
        for _ in range(args.warmup):
            status, out = await _call(app, body())
            if status != 200:
                raise SystemExit(f"status {status}: {out[:300]!r}")
        bodies = [body() for _ in range(args.requests)]
        profiler = None
        if args.profile_out:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        cpu, thread, wall = time.process_time(), time.thread_time(), time.perf_counter()
        for b in bodies:
            await _call(app, b)
        cpu, thread = time.process_time() - cpu, time.thread_time() - thread
        wall = time.perf_counter() - wall
        if profiler is not None:
            profiler.disable()
            profiler.dump_stats(args.profile_out)
        await asyncio.sleep(0.3)  # the writer threads finish their batches
    n = args.requests
    return {"cpu_us": cpu / n * 1e6, "loop_us": thread / n * 1e6, "wall_us": wall / n * 1e6}


def child(args: argparse.Namespace) -> None:
    try:
        import uvloop

        uvloop.install()
    except ImportError:
        pass
    import logging

    logging.getLogger("hybridgate.access").setLevel(logging.WARNING)  # as `serve` sets it
    print(json.dumps(asyncio.run(_drive(args))))


# ---------------------------------------------------------------- parent: rounds, table


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_port(port: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise SystemExit("the fake upstream did not start")


def run_child(tree: Path, mode: str, upstream: str, args: argparse.Namespace) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(tree / "src"), "OPENBLAS_NUM_THREADS": "1"}
    argv = [sys.executable, __file__, "--child", "--mode", mode, "--upstream", upstream,
            "--requests", str(args.requests), "--warmup", str(args.warmup)]  # fmt: skip
    if args.same_prompt:
        argv.append("--same-prompt")
    out = subprocess.run(argv, env=env, capture_output=True, text=True, cwd=tree)
    if out.returncode != 0:
        raise SystemExit(f"{tree} {mode}: exit {out.returncode}\n{out.stderr[-3000:]}")
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, help="another checkout to measure side by side")
    parser.add_argument("--modes", default="auto,explicit")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=300)
    parser.add_argument("--same-prompt", action="store_true", help="one prompt for every request")
    parser.add_argument("--profile", metavar="MODE", help="one cProfile run: prints the top")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="auto", help=argparse.SUPPRESS)
    parser.add_argument("--upstream", help=argparse.SUPPRESS)
    parser.add_argument("--profile-out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return

    port = free_port()
    upstream_url = f"http://127.0.0.1:{port}/v1"
    fake = subprocess.Popen(
        [sys.executable, str(ROOT / "bench" / "fake_upstream.py"), "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        wait_port(port)
        if args.profile:
            _profile(args, upstream_url)
            return
        trees = ([("base", args.base.resolve())] if args.base else []) + [("this", ROOT)]
        modes = args.modes.split(",")
        results: dict[tuple[str, str], list[dict[str, float]]] = {}
        for r in range(args.rounds):
            for mode in modes:
                for name, tree in trees if r % 2 == 0 else trees[::-1]:
                    res = run_child(tree, mode, upstream_url, args)
                    results.setdefault((name, mode), []).append(res)
                    line = (
                        f"  round {r + 1} {name:>4} {mode:<8} process {res['cpu_us']:6.0f} us"
                        f"  loop {res['loop_us']:6.0f} us"
                    )
                    print(line, file=sys.stderr, flush=True)
    finally:
        fake.terminate()
        fake.wait(10)
    _table(results, trees, modes, args)


def _table(
    results: dict[tuple[str, str], list[dict[str, float]]],
    trees: list[tuple[str, Path]],
    modes: list[str],
    args: argparse.Namespace,
) -> None:
    print(f"\n{args.requests} requests x {args.rounds} rounds per cell after {args.warmup} "
          f"warm-up; load {os.getloadavg()[0]:.1f}; median (min-max) over rounds\n")  # fmt: skip
    print("| tree | mode | process CPU us/req | event loop CPU us/req | wall us/req |")
    print("|---|---|---|---|---|")
    for mode in modes:
        for name, tree in trees:
            rows = results[(name, mode)]
            cells = []
            for key in ("cpu_us", "loop_us", "wall_us"):
                values = [r[key] for r in rows]
                low, high = min(values), max(values)
                cells.append(f"{statistics.median(values):.0f} ({low:.0f}-{high:.0f})")
            print(f"| {name} ({tree}) | {mode} | " + " | ".join(cells) + " |")
    if len(trees) == 2:
        print()
        for mode in modes:
            base = statistics.median(r["cpu_us"] for r in results[("base", mode)])
            this = statistics.median(r["cpu_us"] for r in results[("this", mode)])
            loop_b = statistics.median(r["loop_us"] for r in results[("base", mode)])
            loop_t = statistics.median(r["loop_us"] for r in results[("this", mode)])
            # Each round ran the two trees back to back: the ratio within a round cancels
            # most of what other processes did to the machine meanwhile.
            paired = [
                t["cpu_us"] / b["cpu_us"]
                for b, t in zip(results[("base", mode)], results[("this", mode)], strict=True)
            ]
            print(f"{mode}: process CPU this/base = {this / base:.3f} ({base - this:+.0f} us "
                  f"saved); loop CPU this/base = {loop_t / loop_b:.3f}; per-round process "
                  f"ratio median {statistics.median(paired):.3f} "
                  f"({min(paired):.3f}-{max(paired):.3f})")  # fmt: skip


def _profile(args: argparse.Namespace, upstream: str) -> None:
    import pstats

    path = Path(tempfile.mkdtemp()) / "profile.out"
    argv = [sys.executable, __file__, "--child", "--mode", args.profile, "--upstream", upstream,
            "--requests", str(args.requests), "--warmup", str(args.warmup),
            "--profile-out", str(path)]  # fmt: skip
    subprocess.run(argv, check=True, env={**os.environ, "OPENBLAS_NUM_THREADS": "1"})
    stats = pstats.Stats(str(path))
    stats.sort_stats("cumulative").print_stats(60)
    stats.sort_stats("tottime").print_stats(40)
    print(f"profile: {path}")


if __name__ == "__main__":
    main()
