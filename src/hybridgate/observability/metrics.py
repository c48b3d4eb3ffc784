"""Prometheus metrics, one registry per app (so tests don't collide). Under `hybridgate
serve --workers N` the workers write prometheus_client's multiprocess files in the directory
PROMETHEUS_MULTIPROC_DIR names (serve creates and removes it), and a scrape answered by
any worker sums them all: counters and histograms add up, each gauge says how."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

from prometheus_client import (
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

from .calls import CallObserver, CallRecord

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
# Statuses the rejected-requests counter may carry (bounded labels); others count as "4xx".
REJECTED = frozenset({400, 401, 403, 404, 405, 413, 429})


def multiprocess_dir() -> Path | None:
    """The multiprocess directory of this process, if it runs in that mode."""
    path = os.environ.get(MULTIPROC_ENV)
    return Path(path) if path else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def reap(path: Path) -> None:
    """Drop the live gauges of workers that died without saying so (SIGKILL, OOM): their
    requests in flight are not in flight any more. Counters of dead workers stay."""
    for file in path.glob("gauge_live*_*.db"):
        pid = file.stem.rpartition("_")[2]
        if pid.isdigit() and not _alive(int(pid)):
            multiprocess.mark_process_dead(int(pid), str(path))  # type: ignore[no-untyped-call]


class Metrics(CallObserver):
    """`shared_breakers`: breaker state lives in Redis, so the gauge shows the state the
    latest scrape read; else each worker's own circuits, and the worst live worker wins."""

    def __init__(self, *, shared_breakers: bool = False) -> None:
        self._children: dict[tuple[object, ...], Any] = {}
        self.registry = CollectorRegistry()
        labels = ("model", "reason", "status")
        self.requests = Counter(
            "hybridgate_requests", "Chat completions served", labels, registry=self.registry
        )
        self.latency = Histogram(
            "hybridgate_request_seconds",
            "Total latency of chat completions",
            ("model",),
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.tokens = Counter(
            "hybridgate_tokens", "Tokens by model and kind", ("model", "kind"),
            registry=self.registry,
        )  # fmt: skip
        self.cost = Counter(
            "hybridgate_cost_usd", "Cost of calls in USD", ("model",), registry=self.registry
        )
        self.attempts = Counter(
            "hybridgate_upstream_attempts",
            "Upstream calls per model, retries and fallbacks included",
            ("model",),
            registry=self.registry,
        )
        self.sensitive = Counter(
            "hybridgate_sensitive_requests",
            "Requests with sensitive entities, by entity type",
            ("entity",),
            registry=self.registry,
        )
        self.rejected = Counter(
            "hybridgate_rejected_requests",
            "Requests answered with a client error (bad request, auth, unknown model, size, "
            "rate or budget limit), by status",
            ("status",),
            registry=self.registry,
        )
        self.ttft = Histogram(
            "hybridgate_time_to_first_token_seconds",
            "Time from the request to the first streamed token",
            ("model",),
            buckets=_LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.in_flight = Gauge(
            "hybridgate_requests_in_flight",
            "API requests being served now",
            registry=self.registry,
            multiprocess_mode="livesum",
        )
        self.breaker_state = Gauge(
            "hybridgate_breaker_state",
            "Circuit breaker per model: 0 closed, 1 half-open (a probe decides), 2 open",
            ("model",),
            registry=self.registry,
            multiprocess_mode="livemostrecent" if shared_breakers else "livemax",
        )
        # Global budgets only: a label per key would be unbounded (keys are many).
        self.budget_spent = Gauge(
            "hybridgate_budget_spent_usd",
            "Recorded spend in the current UTC day or month, against the global budgets "
            "(requests in flight not included)",
            ("scope", "period"),
            registry=self.registry,
            multiprocess_mode="livemostrecent",
        )
        self.budget_limit = Gauge(
            "hybridgate_budget_limit_usd",
            "Configured budget limits (USD per UTC day or month), by kind (soft or hard)",
            ("scope", "period", "kind"),
            registry=self.registry,
            multiprocess_mode="livemostrecent",
        )

    def record(self, call: CallRecord) -> None:
        child, model = self._child, call.model
        child(self.requests, model, call.reason, str(call.status)).inc()
        child(self.latency, model).observe(call.latency_s)
        child(self.tokens, model, "prompt").inc(call.usage.prompt_tokens)
        child(self.tokens, model, "completion").inc(call.usage.completion_tokens)
        child(self.cost, model).inc(call.cost_usd)
        for attempted in call.attempts:
            child(self.attempts, attempted).inc()
        for entity, count in call.entity_counts.items():
            child(self.sensitive, entity).inc(count)
        if call.ttft_s is not None:
            child(self.ttft, model).observe(call.ttft_s)

    def _child(self, metric: Any, *values: str) -> Any:
        """`metric.labels(*values)`, remembered: labels() costs ~2 us and every request
        asked for six (the same few label sets again and again; none is ever removed)."""
        key = (id(metric), *values)
        found = self._children.get(key)
        if found is None:
            found = self._children[key] = metric.labels(*values)
        return found

    def breaker(self, model: str, state: int) -> None:
        """A circuit's state (execution.breaker.CircuitState) changed or was read."""
        self.breaker_state.labels(model).set(state)

    def budget(self, period: str, spent: float, soft: float | None, hard: float | None) -> None:
        """The global budget of one period ("day" or "month"), as read at a scrape."""
        self.budget_spent.labels("global", period).set(spent)
        for kind, limit in (("soft", soft), ("hard", hard)):
            if limit is not None:
                self.budget_limit.labels("global", period, kind).set(limit)

    def reject(self, status: int) -> None:
        """A request answered with a 4xx by the error handlers."""
        self.rejected.labels(str(status) if status in REJECTED else "4xx").inc()

    def render(self) -> bytes:
        path = multiprocess_dir()
        if path is None:
            return generate_latest(self.registry)
        reap(path)
        registry = CollectorRegistry()  # every worker's files; not this process's registry
        multiprocess.MultiProcessCollector(registry, str(path))  # type: ignore[no-untyped-call]
        return generate_latest(registry)

    async def aclose(self) -> None:
        """A worker leaving: its live gauges (requests in flight, ...) stop counting."""
        path = multiprocess_dir()
        if path is not None:
            with contextlib.suppress(OSError):
                multiprocess.mark_process_dead(os.getpid(), str(path))  # type: ignore[no-untyped-call]
