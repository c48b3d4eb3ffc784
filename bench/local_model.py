"""Embedded-model speed: generated tokens/s through the gateway's HTTP endpoint (openai SDK,
streaming and not) against calling the runtime (xllamacpp) directly with the same weights,
prompts and parameters, in one run; then 4 concurrent streams against one (continuous
batching). Goals: the gateway within 10% of direct; 4 streams >= 2x one stream.

    .venv/bin/python bench/local_model.py                # 3 prompts x 3 rounds, 64 tokens
    .venv/bin/python bench/local_model.py --rounds 5 --max-tokens 128 --threads 1

Direct and gateway runs alternate (direct, gateway, direct, ...) so that the noise of a
shared machine falls on both; the table shows medians over rounds.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROMPTS = [
    "Write a short poem about the sea.",
    "Explain in a few sentences what a CPU does.",
    "Give three tips for writing clear emails.",
]
CONCURRENT = [*PROMPTS, "Describe a day at the beach."]  # one stream each, all at once


@dataclass
class Run:
    tokens: int
    seconds: float
    ttft: float | None = None
    cpu: float = 0.0  # CPU seconds the generating process spent on this run

    @property
    def tok_s(self) -> float:
        return self.tokens / self.seconds


def process_cpu(pid: int) -> float:
    """User + system CPU seconds of a process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Direct:
    """xllamacpp's Server called in this process, with the provider's own parameters."""

    def __init__(self, path: Path, threads: int, ctx: int, batch: int | None = None) -> None:
        from hybridgate.config import LlamaCppModel
        from hybridgate.providers.llamacpp import runtime, runtime_params

        spec = LlamaCppModel(
            name="local", provider="llamacpp", model_path=path, n_threads=threads,
            n_threads_batch=batch, context_window=ctx,
        )  # fmt: skip
        self.server = runtime().Server(runtime_params(spec, path))

    def run(self, prompt: str, max_tokens: int, stream: bool) -> Run:
        cpu = time.process_time()
        run = self._run(prompt, max_tokens, stream)
        run.cpu = time.process_time() - cpu
        return run

    def _run(self, prompt: str, max_tokens: int, stream: bool) -> Run:
        body = {
            "messages": [{"role": "user", "content": prompt}],
            "max_tokens": max_tokens,
            "temperature": 0.0,
        }
        started = time.perf_counter()
        if not stream:
            out: Any = self.server.handle_chat_completions(body)
            return Run(out["usage"]["completion_tokens"], time.perf_counter() - started)
        tokens, ttft = 0, None

        def on_chunk(chunk: dict[str, Any]) -> bool:
            nonlocal tokens, ttft
            if chunk.get("choices") and chunk["choices"][0]["delta"].get("content"):
                tokens += 1
                ttft = ttft if ttft is not None else time.perf_counter() - started
            return False

        self.server.handle_chat_completions({**body, "stream": True}, on_chunk)
        return Run(tokens, time.perf_counter() - started, ttft)


class ThroughGateway:
    """`hybridgate serve` in its own process, called with the official openai SDK."""

    def __init__(
        self, path: Path, threads: int, ctx: int, work: Path, batch: int | None = None
    ) -> None:
        import openai

        port = free_port()
        config = work / "local.yaml"
        config.write_text(
            json.dumps(
                {
                    "models": [
                        {"name": "local", "provider": "llamacpp", "model_path": str(path),
                         "n_threads": threads, "n_threads_batch": batch, "context_window": ctx,
                         "max_output_tokens": 4096}
                    ]
                }
            )  # JSON is YAML
        )  # fmt: skip
        self._log = (work / "gateway.log").open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "from hybridgate.cli import main; main()", "serve",
             "--config", str(config), "--port", str(port), "--log-level", "warning"],
            env={**os.environ, "HYBRIDGATE_HOME": str(work / "home")},
            stdout=self._log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        self.client = openai.OpenAI(
            base_url=f"http://127.0.0.1:{port}/v1", api_key="sk-bench", max_retries=0
        )
        deadline = time.monotonic() + 120
        while True:
            try:
                self.client.models.list()
                break
            except openai.APIConnectionError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"no gateway; see {work}/gateway.log") from None
                time.sleep(0.3)

    def run(self, prompt: str, max_tokens: int, stream: bool) -> Run:
        cpu = process_cpu(self.proc.pid)
        run = self._run(prompt, max_tokens, stream)
        run.cpu = process_cpu(self.proc.pid) - cpu
        return run

    def _run(self, prompt: str, max_tokens: int, stream: bool) -> Run:
        messages: Any = [{"role": "user", "content": prompt}]
        started = time.perf_counter()
        if not stream:
            out = self.client.chat.completions.create(
                model="local", messages=messages, max_tokens=max_tokens, temperature=0.0
            )
            assert out.usage is not None
            return Run(out.usage.completion_tokens, time.perf_counter() - started)
        tokens, ttft = 0, None
        for chunk in self.client.chat.completions.create(
            model="local", messages=messages, max_tokens=max_tokens, temperature=0.0, stream=True
        ):
            if chunk.choices and chunk.choices[0].delta.content:
                tokens += 1
                ttft = ttft if ttft is not None else time.perf_counter() - started
        return Run(tokens, time.perf_counter() - started, ttft)

    def close(self) -> None:
        self.client.close()
        self.proc.terminate()
        self.proc.wait(10)
        self._log.close()


def together(run: Callable[[str], Run], prompts: list[str]) -> tuple[int, float]:
    """Run one stream per prompt at once; (tokens, wall seconds) for all of them."""
    runs: list[Run] = []
    threads = [threading.Thread(target=lambda p=p: runs.append(run(p))) for p in prompts]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(r.tokens for r in runs), time.perf_counter() - started


def rate(runs: list[Run], per: int) -> float:
    """Aggregate tok/s of each round (all prompts), median over rounds."""
    rounds = [runs[i : i + per] for i in range(0, len(runs), per)]
    return statistics.median(
        sum(r.tokens for r in chunk) / sum(r.seconds for r in chunk) for chunk in rounds
    )


def main() -> None:
    from hybridgate.providers.llamacpp import (
        bundled_weights,
        default_batch_threads,
        default_threads,
    )

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--threads", type=int, default=default_threads())
    parser.add_argument(
        "--threads-batch", type=int, help="n_threads_batch (default: the provider's)"
    )
    parser.add_argument("--ctx", type=int, default=2048)
    parser.add_argument("--model-path", type=Path, help="a GGUF (default: bundled SmolLM2 F16)")
    args = parser.parse_args()

    batch = args.threads_batch or max(args.threads, default_batch_threads())
    work = Path(tempfile.mkdtemp(prefix="hybridgate-local-"))
    path = args.model_path or bundled_weights(ROOT / "bench" / "out" / "models")
    direct = Direct(path, args.threads, args.ctx, args.threads_batch)
    gateway = ThroughGateway(path, args.threads, args.ctx, work, args.threads_batch)
    results: dict[tuple[str, bool], list[Run]] = {}
    # (target, streams at once) -> aggregate tok/s per round
    batched: dict[tuple[str, int], list[float]] = {}
    targets: list[tuple[str, Direct | ThroughGateway]] = [("direct", direct), ("gateway", gateway)]
    try:
        for _, target in targets:  # warm both (first call pages the weights in)
            target.run("Hi", 4, stream=False)
        for _ in range(args.rounds):
            for stream in (False, True):
                for name, target in targets:
                    for prompt in PROMPTS:
                        run = target.run(prompt, args.max_tokens, stream)
                        results.setdefault((name, stream), []).append(run)
        for _ in range(args.rounds):
            for name, target in targets:
                for streams in (1, len(CONCURRENT)):

                    def one(prompt: str, target: Any = target) -> Run:
                        return target.run(prompt, args.max_tokens, True)

                    tokens, seconds = 0, 0.0
                    for group in range(0, len(CONCURRENT), streams):
                        t, s = together(one, CONCURRENT[group : group + streams])
                        tokens, seconds = tokens + t, seconds + s
                    batched.setdefault((name, streams), []).append(tokens / seconds)
    finally:
        gateway.close()

    print(
        f"\n{path.name}, {args.threads} thread(s) ({batch} for batches), "
        f"max_tokens={args.max_tokens}, GOMP_SPINCOUNT={os.environ.get('GOMP_SPINCOUNT')}, "
        f"{len(PROMPTS)} prompts x {args.rounds} rounds, load={os.getloadavg()[0]:.1f}\n"
    )
    head = (
        f"{'stream':<8}{'direct tok/s':>14}{'gateway tok/s':>15}{'ratio':>8}"
        f"{'tok/CPU-s direct':>18}{'gateway':>9}{'ratio':>7}{'TTFT direct/gw ms':>20}"
    )
    print(head)
    print("-" * len(head))
    for stream in (False, True):
        d, g = results[("direct", stream)], results[("gateway", stream)]
        dr, gr = rate(d, len(PROMPTS)), rate(g, len(PROMPTS))
        # Tokens per CPU-second: what the generating process spends, whatever else the
        # machine runs (wall-clock tok/s on a shared machine swings by 20% or more).
        dc = sum(r.tokens for r in d) / max(1e-9, sum(r.cpu for r in d))
        gc = sum(r.tokens for r in g) / max(1e-9, sum(r.cpu for r in g))
        ttft = ""
        if stream:
            dt = statistics.median(r.ttft for r in d if r.ttft is not None) * 1000
            gt = statistics.median(r.ttft for r in g if r.ttft is not None) * 1000
            ttft = f"{dt:.0f} / {gt:.0f}"
        print(
            f"{'yes' if stream else 'no':<8}{dr:>14.1f}{gr:>15.1f}{gr / dr:>8.2f}"
            f"{dc:>18.1f}{gc:>9.1f}{gc / dc:>7.2f}{ttft:>20}"
        )
    n = len(CONCURRENT)
    print(f"\n{n} streams at once vs one at a time (same {n} prompts, aggregate tok/s, median):")
    for name, _ in targets:
        one_at_a_time = statistics.median(batched[(name, 1)])
        at_once = statistics.median(batched[(name, n)])
        print(
            f"  {name:<8} 1 stream {one_at_a_time:6.1f}   {n} streams {at_once:6.1f}   "
            f"ratio {at_once / one_at_a_time:.2f}"
        )
    tokens_d = sum(r.tokens for r in results[("direct", False)])
    tokens_g = sum(r.tokens for r in results[("gateway", False)])
    print(f"\ntokens generated (non-streaming): direct {tokens_d}, gateway {tokens_g} "
          "(greedy: equal means the same work)")  # fmt: skip


if __name__ == "__main__":
    main()
