"""Privacy escalation measured end to end: sensitive prompts sent to the hosted model by
name through a real gateway (wiring.build_gateway, served by uvicorn on 127.0.0.1) with
`router.privacy.on_sensitive: escalate`; the embedded SmolLM2-135M (provider llamacpp,
bundled weights) writes the briefs; the hosted model is the recording fake of
tests/fakes/upstream.py, so every byte that left is known.

Prompts: texts of the development privacy set (shared/data/privacy_eval.jsonl) with a
direct identifier, from the tune half only (sha256(id) even), in file order, each followed
by a hard question: a GSM8K word problem the weak model got wrong and the strong one
right (shared/data/gsm8k_outcomes.jsonl, in rotation). Texts the detector does not find
sensitive are skipped and counted (they would leave as they are: a detection miss,
measured by bench/privacy.py, not an escalation).

    OMP_NUM_THREADS=1 .venv/bin/python bench/escalate.py               # 50 prompts
    OMP_NUM_THREADS=1 .venv/bin/python bench/escalate.py --compose --n 20
    .venv/bin/python bench/escalate.py --writer-url http://gpu:8000/v1 --writer-model M
    .venv/bin/python bench/escalate.py --show 5                         # print 5 briefs

Reported: share approved / failed closed (by why), labelled identifiers that reached the
hosted fake (whole values, case-insensitive, spaces ignored; values with 6+ digits also as
a digit run; must be 0), name words (3+ letters) of labelled PERSON values found in what
left, approved briefs that kept every number of the question and that still ask it (end
with "?", no "The answer is"/"####" of the writer's own attempt), the brief step's latency
(x-hybridgate-escalation-brief-ms: writing + approval, before the first byte) and the
whole request's when approved (the fake answers at once; with --compose the in-house
model writes the answer too, at --max-tokens).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
HOSTED, LOCAL = "gpt-hosted", "local"
# The writer solved the problem instead of rewriting it.
ANSWERED = re.compile(r"####|the answer is", re.IGNORECASE)


def tune_half(record_id: str) -> bool:
    return int(hashlib.sha256(record_id.encode()).hexdigest(), 16) % 2 == 0


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def hard_questions() -> list[str]:
    rows = load(DATA / "gsm8k_outcomes.jsonl")
    return [r["prompt"] for r in rows if not r["weak_correct"] and r["strong_correct"]]


def config(args: argparse.Namespace, upstream: str) -> dict[str, Any]:
    writer: dict[str, Any] = {
        "name": LOCAL, "provider": "llamacpp", "n_threads": args.threads, "parallel": 1,
        "context_window": 4096, "max_output_tokens": 1024,
    }  # fmt: skip
    if args.writer_url:  # an in-house server (vLLM, llama.cpp server, Ollama ...)
        writer = {
            "name": LOCAL, "provider": "openai_compatible", "base_url": args.writer_url,
            "model": args.writer_model, "hosted": False, "context_window": 32768,
            "timeout": 120,
        }  # fmt: skip
    return {
        "models": [
            {
                "name": HOSTED, "provider": "openai", "api_key": "sk-bench-not-a-real-key",
                "base_url": f"{upstream}/v1", "context_window": 128000,
                "pricing": {"input": 2.5, "output": 15.0}, "timeout": 60,
            },
            writer,
        ],
        "router": {
            "privacy": {"on_sensitive": "escalate", "escalate": {"compose": args.compose}},
            "retry": {"attempts": 1},
        },
        "auth": {"enabled": False},
    }  # fmt: skip


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text).lower()


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@dataclass
class Result:
    record: str
    verdict: str  # approved | failed_closed | hosted_failed | not escalated (reason)
    why: str | None
    brief_ms: float | None
    total_s: float
    leaked: list[str]  # labelled values found in what reached the hosted fake
    name_words: list[str]  # words of labelled names found there
    kept_question: bool | None  # every number of the question is in the brief
    asks: bool | None  # the brief ends with a question and holds no answer of the writer
    brief: str | None


def leaks(record: dict[str, Any], sent: str) -> tuple[list[str], list[str]]:
    flat, runs = squash(sent), digits(sent)
    whole = [
        s["value"]
        for s in record["spans"]
        if squash(s["value"]) in flat
        or (len(digits(s["value"])) >= 6 and digits(s["value"]) in runs)
    ]
    words = sorted(
        {
            w
            for s in record["spans"]
            if s["type"] == "PERSON"
            for w in re.findall(r"[^\W\d_]{3,}", s["value"])
            if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sent, re.IGNORECASE)
        }
    )
    return whole, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=50)
    parser.add_argument("--compose", action="store_true")
    parser.add_argument("--threads", type=int, default=1, help="llama.cpp threads (busy box: 1)")
    parser.add_argument("--max-tokens", type=int, default=64, help="client max_tokens")
    parser.add_argument("--show", type=int, default=0, help="print this many briefs")
    parser.add_argument("--writer-url", help="an OpenAI-compatible in-house server instead")
    parser.add_argument("--writer-model", help="its model id (with --writer-url)")
    parser.add_argument("--json", type=Path, help="write the per-prompt results here")
    args = parser.parse_args()

    import openai

    sys.path.insert(0, str(ROOT))
    from tests.fakes.upstream import FakeUpstream
    from tests.servers import ServedApp

    from hybridgate.config import parse_config
    from hybridgate.schemas import ChatRequest
    from hybridgate.server import create_app
    from hybridgate.settings import Settings
    from hybridgate.wiring import build_gateway

    records = [
        r
        for r in load(DATA / "privacy_eval.jsonl")
        if r["has_direct_identifier"] and tune_half(r["id"])
    ]
    questions = hard_questions()
    fake = FakeUpstream()
    results: list[Result] = []
    skipped = 0
    with ServedApp(fake.app) as up, tempfile.TemporaryDirectory(prefix="bench-esc-") as home:
        settings = Settings(home=Path(home))
        cfg = parse_config(config(args, up.url), "bench")
        gateway = build_gateway(cfg, settings)
        scanner = gateway.extractor.privacy
        with ServedApp(create_app(gateway, settings=settings)) as served:
            client = openai.OpenAI(base_url=f"{served.url}/v1", api_key="sk", max_retries=0)
            for record in records:
                if len(results) == args.n:
                    break
                question = questions[len(results) % len(questions)]
                text = f"{record['text']}\n\n{question}"
                messages = [{"role": "user", "content": text}]
                probe = ChatRequest.model_validate({"model": HOSTED, "messages": messages})
                if scanner is None or not scanner.scan(probe):
                    skipped += 1
                    continue
                before = len(fake.requests)
                started = time.perf_counter()
                raw = client.chat.completions.with_raw_response.create(
                    model=HOSTED,
                    messages=messages,
                    max_tokens=args.max_tokens,
                    timeout=600,  # type: ignore[arg-type]
                )
                total = time.perf_counter() - started
                headers = raw.headers
                hosted = [b for b in fake.requests[before:] if b.get("model") == HOSTED]
                sent = "\n".join(json.dumps(b, ensure_ascii=False) for b in hosted)
                brief = hosted[0]["messages"][0]["content"] if hosted else None
                whole, words = leaks(record, sent)
                numbers = re.findall(r"\d+(?:[.,]\d+)?", question)
                verdict = headers.get("x-hybridgate-escalation") or (
                    f"not escalated ({headers['x-hybridgate-route-reason']})"
                )
                brief_ms = headers.get("x-hybridgate-escalation-brief-ms")
                results.append(
                    Result(
                        record=record["id"],
                        verdict=verdict,
                        why=headers.get("x-hybridgate-escalation-detail"),
                        brief_ms=float(brief_ms) if brief_ms else None,
                        total_s=total,
                        leaked=whole,
                        name_words=words,
                        kept_question=all(n in brief for n in numbers) if brief else None,
                        asks=bool(brief)
                        and brief.rstrip().endswith("?")
                        and not ANSWERED.search(brief or ""),
                        brief=brief,
                    )
                )
                r = results[-1]
                print(
                    f"  {len(results):2d}/{args.n} {r.record:28s} {r.verdict:14s} "
                    f"brief {r.brief_ms or 0:7.0f} ms  total {total:5.1f} s  {r.why or ''}",
                    file=sys.stderr,
                    flush=True,
                )
            client.close()
    report(results, skipped, args)
    if args.json:
        args.json.write_text(json.dumps([r.__dict__ for r in results], indent=1))


def quantiles(values: list[float]) -> str:
    """p50 / p90 / max of `values`."""
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, int(0.9 * len(ordered)))]
    return f"{statistics.median(ordered):.1f} / {p90:.1f} / {ordered[-1]:.1f}"


def report(results: list[Result], skipped: int, args: argparse.Namespace) -> None:
    n = len(results)
    verdicts = Counter(r.verdict for r in results)
    whys = Counter(
        re.sub(r" \(.*", "", r.why or "") for r in results if r.verdict == "failed_closed"
    )
    approved = [r for r in results if r.verdict == "approved"]
    leaked = sum(len(r.leaked) for r in results)
    words = sum(len(r.name_words) for r in results)
    kept = sum(1 for r in approved if r.kept_question)
    asks = sum(1 for r in approved if r.asks)

    def pct(k: int, of: int) -> str:
        return f"{k}/{of} ({k / of:.0%})" if of else "0"

    mode = "compose on" if args.compose else "compose off"
    print(f"\nEscalation, {n} sensitive prompts + a hard question ({mode}; {skipped} texts "
          "skipped: not detected as sensitive once the question was appended)\n")  # fmt: skip
    rows = [
        ("briefs approved (the hosted model answered the brief)", pct(len(approved), n)),
        ("failed closed (answered in house)", pct(verdicts["failed_closed"], n)),
        *((f"— {why}", str(k)) for why, k in whys.most_common()),
        *(
            (verdict, str(k))
            for verdict, k in sorted(verdicts.items())
            if verdict not in ("approved", "failed_closed")
        ),
        ("labelled identifiers that reached the hosted fake", str(leaked)),
        ("name words (3+ letters) of labelled persons that reached it", str(words)),
        ("approved briefs that kept every number of the question", pct(kept, len(approved))),
        ("approved briefs that still ask it (end with ?, no answer)", pct(asks, len(approved))),
    ]
    brief_s = [r.brief_ms / 1000 for r in results if r.brief_ms is not None]
    if brief_s:
        rows.append(("brief step (write + approve), s: p50 / p90 / max", quantiles(brief_s)))
    if approved:
        rows.append(("whole request when approved, s: p50 / p90 / max",
                     quantiles([r.total_s for r in approved])))  # fmt: skip
    print("| | value |")
    print("|---|---|")
    for label, value in rows:
        print(f"| {label} | {value} |")
    for r in approved[: args.show]:
        print(f"\n{r.record}: {r.brief}")


if __name__ == "__main__":
    main()
