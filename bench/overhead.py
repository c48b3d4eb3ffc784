"""Gateway overhead: added latency (p50/p99) and req/s of hybridgate in front of a fast
fake upstream, against calling that upstream directly and against LiteLLM proxy in front
of the same fake, in one run. One worker each; the load generator is its own process.

    .venv/bin/python bench/overhead.py                 # full table (about 2 minutes)
    .venv/bin/python bench/overhead.py --quick         # concurrency 1 and 8, shorter runs
    .venv/bin/python bench/overhead.py --install-litellm   # create .bench-venv first

The gateway runs `hybridgate serve` with a two-model config and `model: auto`, so the
whole request path (auth, validation, features, policy chain, executor, observers) runs.
CPU ms/req is the server process's own CPU time per request: on a shared machine it is
steadier than wall-clock figures, and 1000 / CPU ms is the most one worker can serve.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
BENCH_VENV = ROOT / ".bench-venv"
LITELLM = BENCH_VENV / "bin" / "litellm"
INSTALL_LITELLM = f"python3 -m venv {BENCH_VENV} && {BENCH_VENV}/bin/pip install 'litellm[proxy]'"
PROMPT = [{"role": "user", "content": "Say hello in one short sentence."}]
# Numbered per request by loadgen.py, uniquely across cells: no prompt-keyed cache can help.
LOAD_PROMPT = [{"role": "user", "content": "Say hello in one short sentence. (request {n})"}]
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Row:
    path: str
    concurrency: int
    stream: bool
    p50_ms: float
    p99_ms: float
    rps: float
    cpu_ms: float | None
    n: int
    errors: int


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _descendants(pid: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    out, todo = [], [pid]
    while todo:
        current = todo.pop()
        out.append(current)
        todo.extend(children.get(current, []))
    return out


def cpu_seconds(pid: int) -> float:
    """User + system CPU of a process and its descendants (Linux /proc)."""
    total = 0
    for p in _descendants(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / TICKS


class Server:
    def __init__(self, name: str, argv: list[str], url: str, env: dict[str, str], log: Path):
        self.name, self.url = name, url
        self._log = log.open("wb")
        self.proc = subprocess.Popen(
            argv, env={**os.environ, **env}, stdout=self._log, stderr=subprocess.STDOUT
        )

    def wait_ready(self, timeout: float = 180) -> None:
        body = json.dumps({"model": "auto", "messages": PROMPT}).encode()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited ({self.proc.returncode}); see its log")
            try:
                req = urllib.request.Request(
                    self.url, data=body, headers={"content-type": "application/json"}
                )
                with urllib.request.urlopen(req, timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.3)
        raise RuntimeError(f"{self.name} did not answer within {timeout:.0f}s")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self._log.close()


def load(url: str, stream: bool, concurrency: int, duration: float, warmup: float) -> dict:
    body = {"model": "auto", "messages": LOAD_PROMPT, "stream": stream}
    out = subprocess.run(
        [sys.executable, str(BENCH / "loadgen.py"), "--url", url, "--body", json.dumps(body),
         "--concurrency", str(concurrency), "--duration", str(duration),
         "--warmup", str(warmup)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(out.stdout)


def measure(server: Server, stream: bool, concurrency: int, args: argparse.Namespace) -> Row:
    before = cpu_seconds(server.proc.pid)
    result = load(server.url, stream, concurrency, args.duration, args.warmup)
    cpu = cpu_seconds(server.proc.pid) - before
    # CPU covers warm-up too: divide by every request the run sent, estimated from rps.
    sent = result["rps"] * (args.duration + args.warmup)
    return Row(
        server.name, concurrency, stream, result["p50_ms"], result["p99_ms"], result["rps"],
        cpu / sent * 1000 if sent and server.name != "direct" else None,
        result["n"], result["errors"],
    )  # fmt: skip


def gateway_config(upstream: str) -> str:
    # Two models so `auto` goes through the whole policy chain; it picks the local one.
    return f"""
models:
  - name: gpt-hosted
    provider: openai
    api_key: sk-bench-not-a-key
    base_url: {upstream}
    pricing: {{input: 2.5, output: 15.0}}
  - name: llama-local
    provider: openai_compatible
    base_url: {upstream}
    hosted: false
    context_window: 8192
    self_hosted_cost: {{usd_per_month: 2000, tokens_per_month: 300000000}}
"""


def litellm_config(upstream: str) -> str:
    return f"""
model_list:
  - model_name: auto
    litellm_params:
      model: openai/bench-model
      api_base: {upstream}
      api_key: sk-bench-not-a-key
"""


def print_table(rows: list[Row]) -> None:
    direct = {(r.concurrency, r.stream): r for r in rows if r.path == "direct"}
    head = (
        f"{'path':<11}{'conc':>5}{'stream':>7}{'p50 ms':>9}{'p99 ms':>9}{'added p50':>10}"
        f"{'req/s':>9}{'CPU ms/req':>11}{'errors':>7}"
    )
    print(head)
    print("-" * len(head))
    for r in rows:
        base = direct.get((r.concurrency, r.stream))
        added = f"{r.p50_ms - base.p50_ms:+.2f}" if base and r.path != "direct" else ""
        cpu = f"{r.cpu_ms:.2f}" if r.cpu_ms is not None else ""
        print(
            f"{r.path:<11}{r.concurrency:>5}{'yes' if r.stream else 'no':>7}{r.p50_ms:>9.2f}"
            f"{r.p99_ms:>9.2f}{added:>10}{r.rps:>9.0f}{cpu:>11}{r.errors:>7}"
        )


def print_ratios(rows: list[Row]) -> None:
    by = {(r.path, r.concurrency, r.stream): r for r in rows}
    if not any(r.path == "litellm" for r in rows):
        return
    print("\nhybridgate vs LiteLLM (same run; goal: added p50 <= 1/5, throughput >= 5x)")
    print(f"{'conc':>5}{'stream':>7}{'added p50 gw/llm':>22}{'ratio':>8}{'req/s ratio':>13}"
          f"{'CPU/req ratio':>15}")  # fmt: skip
    for (path, conc, stream), gw in by.items():
        if path != "hybridgate" or ("litellm", conc, stream) not in by:
            continue
        llm, base = by[("litellm", conc, stream)], by[("direct", conc, stream)]
        gw_added, llm_added = gw.p50_ms - base.p50_ms, llm.p50_ms - base.p50_ms
        ratio = gw_added / llm_added if llm_added > 0 else float("nan")
        cpu = (llm.cpu_ms / gw.cpu_ms) if gw.cpu_ms and llm.cpu_ms else float("nan")
        print(
            f"{conc:>5}{'yes' if stream else 'no':>7}"
            f"{f'{gw_added:.2f} / {llm_added:.2f} ms':>22}{ratio:>8.2f}"
            f"{gw.rps / llm.rps if llm.rps else float('nan'):>12.1f}x{cpu:>14.1f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", default="1,8,32")
    parser.add_argument("--duration", type=float, default=3.0, help="seconds per cell")
    parser.add_argument("--warmup", type=float, default=0.5)
    parser.add_argument("--quick", action="store_true", help="concurrency 1,8; 2 s cells")
    parser.add_argument("--no-litellm", action="store_true")
    parser.add_argument("--install-litellm", action="store_true", help=f"run: {INSTALL_LITELLM}")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()
    if args.quick:
        args.concurrency, args.duration = "1,8", 2.0
    levels = [int(c) for c in args.concurrency.split(",")]

    with_litellm = not args.no_litellm
    if with_litellm and not LITELLM.exists():
        if args.install_litellm:
            subprocess.run(INSTALL_LITELLM, shell=True, check=True)
        else:
            print(f"LiteLLM is not installed; skipping it. To include it: {INSTALL_LITELLM}")
            with_litellm = False

    work = Path(tempfile.mkdtemp(prefix="hybridgate-bench-"))
    up_port, gw_port, llm_port = free_port(), free_port(), free_port()
    upstream = f"http://127.0.0.1:{up_port}/v1"
    (work / "gateway.yaml").write_text(gateway_config(upstream))
    (work / "litellm.yaml").write_text(litellm_config(upstream))
    servers: list[Server] = []
    try:
        fake = Server(
            "direct",
            [sys.executable, str(BENCH / "fake_upstream.py"), "--port", str(up_port)],
            f"{upstream}/chat/completions", {}, work / "fake.log",
        )  # fmt: skip
        servers.append(fake)
        gateway = Server(
            "hybridgate",
            [sys.executable, "-c", "from hybridgate.cli import main; main()", "serve",
             "--config", str(work / "gateway.yaml"), "--port", str(gw_port)],
            f"http://127.0.0.1:{gw_port}/v1/chat/completions",
            {"HYBRIDGATE_HOME": str(work / "home")}, work / "gateway.log",
        )  # fmt: skip
        servers.append(gateway)
        targets = [fake, gateway]
        if with_litellm:
            litellm = Server(
                "litellm",
                [str(LITELLM), "--config", str(work / "litellm.yaml"), "--port", str(llm_port),
                 "--num_workers", "1"],
                f"http://127.0.0.1:{llm_port}/v1/chat/completions",
                {
                    "LITELLM_LOCAL_MODEL_COST_MAP": "True",
                    "LITELLM_TELEMETRY": "False",
                    # No auth on either side: the gateway also runs without keys here.
                    "LITELLM_DANGEROUSLY_PERMIT_WEAK_OR_UNSET_MASTER_KEY": "true",
                },
                work / "litellm.log",
            )  # fmt: skip
            servers.append(litellm)
            targets.append(litellm)
        for server in servers:
            server.wait_ready()
        rows = []
        for stream in (False, True):
            for concurrency in levels:
                for server in targets:
                    rows.append(measure(server, stream, concurrency, args))
                    print(f"  {server.name} c={concurrency} stream={stream}: "
                          f"{rows[-1].rps:.0f} req/s", file=sys.stderr, flush=True)  # fmt: skip
    finally:
        for server in reversed(servers):
            server.stop()
    print(f"\nnproc={os.cpu_count()} load={os.getloadavg()[0]:.1f}  logs: {work}\n")
    print_table(rows)
    print_ratios(rows)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=1))


if __name__ == "__main__":
    main()
