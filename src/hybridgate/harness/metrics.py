"""Aggregates results per model and tier: quality, latency percentiles, tokens/s, refusals,
cost, tool-call reliability, failure recovery and the share served by each model."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field

from .runner import Result
from .suites import TIERS

ALL = "all"


def percentile(values: Sequence[float], q: float) -> float | None:
    """Linear-interpolated percentile (numpy's default), None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (pos - lo)


@dataclass(frozen=True, slots=True)
class Recovery:
    """A run with injected faults: of `requests`, `faulted` met at least one injected fault
    and `recovered` of those were answered anyway (retry, fallback); `failed` counts every
    request that got an error, including those an open circuit breaker turned away."""

    requests: int
    faulted: int
    recovered: int
    failed: int

    @property
    def rate(self) -> float | None:
        return self.recovered / self.faulted if self.faulted else None


@dataclass(frozen=True, slots=True)
class Summary:
    model: str
    tier: str
    n: int
    answered: int
    errors: int
    quality: float | None  # mean score over all items (a failed call scores 0)
    pass_rate: float | None
    ttft_p50: float | None
    ttft_p95: float | None
    total_p50: float | None
    total_p95: float | None
    tokens_per_s: float | None  # completion tokens over generation time (after TTFT)
    refusal_rate: float | None
    cost_usd: float
    cost_per_item: float | None
    tool_calls: int
    tool_call_reliability: float | None  # share of tool items with a valid call
    recovery: Recovery
    served: dict[str, float] = field(default_factory=dict)  # share per served model

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["recovery"]["rate"] = self.recovery.rate
        return data


def _ratio(num: float, den: float) -> float | None:
    return num / den if den else None


def summarise(model: str, tier: str, results: Sequence[Result]) -> Summary:
    ok = [r for r in results if r.error is None]
    ttft = [r.ttft_s for r in ok if r.ttft_s is not None]
    total = [r.total_s for r in ok]
    gen_time = sum(r.total_s - (r.ttft_s or 0.0) for r in ok if r.completion_tokens > 1)
    gen_tokens = sum(r.completion_tokens - 1 for r in ok if r.completion_tokens > 1)
    tools = [r for r in results if r.tool_call_valid is not None]
    in_fault_runs = [r for r in results if r.faults > 0]
    faulted = [r for r in in_fault_runs if r.faults_injected > 0]
    recovered = sum(1 for r in faulted if r.error is None)
    served = Counter(r.served_model or "(failed)" for r in results)
    cost = sum(r.cost_usd for r in results)
    return Summary(
        model=model,
        tier=tier,
        n=len(results),
        answered=len(ok),
        errors=len(results) - len(ok),
        quality=_ratio(sum(r.score for r in results), len(results)),
        pass_rate=_ratio(sum(r.passed for r in results), len(results)),
        ttft_p50=percentile(ttft, 50),
        ttft_p95=percentile(ttft, 95),
        total_p50=percentile(total, 50),
        total_p95=percentile(total, 95),
        tokens_per_s=_ratio(gen_tokens, gen_time),
        refusal_rate=_ratio(sum(r.refusal for r in ok), len(ok)),
        cost_usd=cost,
        cost_per_item=_ratio(cost, len(results)),
        tool_calls=len(tools),
        tool_call_reliability=_ratio(sum(bool(r.tool_call_valid) for r in tools), len(tools)),
        recovery=Recovery(
            len(in_fault_runs),
            len(faulted),
            recovered,
            sum(1 for r in in_fault_runs if r.error is not None),
        ),
        served={k: v / len(results) for k, v in sorted(served.items())} if results else {},
    )


@dataclass(frozen=True, slots=True)
class Table:
    """Summaries per (model, tier) plus one per model over all tiers (tier == "all")."""

    suite: str
    rows: tuple[Summary, ...]

    def overall(self) -> list[Summary]:
        return [s for s in self.rows if s.tier == ALL]

    def by_tier(self) -> list[Summary]:
        return [s for s in self.rows if s.tier != ALL]


def tabulate(results: Iterable[Result]) -> list[Table]:
    """One table per suite in the results; for each model its tiers then the total.
    Runs with injected faults are kept apart: their model reads `name @faults=r`."""
    by_suite: dict[str, list[Result]] = {}
    for r in results:
        by_suite.setdefault(r.suite, []).append(r)
    tables = []
    for suite, rows in sorted(by_suite.items()):
        groups: dict[str, list[Result]] = {}
        for r in rows:
            name = r.model if r.faults == 0 else f"{r.model} @faults={r.faults:g}"
            groups.setdefault(name, []).append(r)
        summaries = []
        for name, group in sorted(groups.items()):
            for tier in TIERS:
                in_tier = [r for r in group if r.tier == tier]
                if in_tier:
                    summaries.append(summarise(name, tier, in_tier))
            summaries.append(summarise(name, ALL, group))
        tables.append(Table(suite, tuple(summaries)))
    return tables
