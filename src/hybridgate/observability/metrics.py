"""Prometheus metrics, one registry per app (so tests and workers don't collide)."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from .calls import CallObserver, CallRecord

_LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)
# Statuses the rejected-requests counter may carry (bounded labels); others count as "4xx".
REJECTED = frozenset({400, 401, 403, 404, 405, 413, 429})


class Metrics(CallObserver):
    def __init__(self) -> None:
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
        )

    def record(self, call: CallRecord) -> None:
        self.requests.labels(call.model, call.reason, str(call.status)).inc()
        self.latency.labels(call.model).observe(call.latency_s)
        self.tokens.labels(call.model, "prompt").inc(call.usage.prompt_tokens)
        self.tokens.labels(call.model, "completion").inc(call.usage.completion_tokens)
        self.cost.labels(call.model).inc(call.cost_usd)
        for model in call.attempts:
            self.attempts.labels(model).inc()
        for entity, count in call.entity_counts.items():
            self.sensitive.labels(entity).inc(count)
        if call.ttft_s is not None:
            self.ttft.labels(call.model).observe(call.ttft_s)

    def reject(self, status: int) -> None:
        """A request answered with a 4xx by the error handlers."""
        self.rejected.labels(str(status) if status in REJECTED else "4xx").inc()

    def render(self) -> bytes:
        return generate_latest(self.registry)
