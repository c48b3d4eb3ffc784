"""Spend reports from the ledger: spend by model / key / route reason / day, and the
savings against the counterfactual "every call on the strongest hosted model"."""

from __future__ import annotations

import re
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy import ColumnElement, case, func, literal_column, select

from ..config import Config, Pricing
from ..errors import ConfigError
from ..observability.calls import EVALUATION
from ..storage.sql import Database
from ..usage import Usage
from .catalog import builtin_catalog, resolve_pricing
from .ledger import calls
from .pricing import hosted_cost

Dimension = Literal["model", "key", "reason", "day"]
DIMENSIONS: tuple[Dimension, ...] = ("model", "key", "reason", "day")
FALLBACK_REFERENCE = "gpt-5.4"  # when no hosted model is configured: the catalog's flagship


@dataclass(frozen=True, slots=True)
class SpendLine:
    group: str
    calls: int
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float


@dataclass(frozen=True, slots=True)
class Savings:
    reference: str  # the model every call is priced at in the counterfactual
    actual_usd: float
    counterfactual_usd: float

    @property
    def saved_usd(self) -> float:
        return self.counterfactual_usd - self.actual_usd

    @property
    def saved_share(self) -> float:
        return self.saved_usd / self.counterfactual_usd if self.counterfactual_usd else 0.0


@dataclass(frozen=True, slots=True)
class CostReport:
    since: float | None
    calls: int
    local_calls: int
    by: dict[str, tuple[SpendLine, ...]]
    savings: Savings

    def to_json(self) -> dict[str, object]:
        return {
            "since": self.since,
            "calls": self.calls,
            "local_calls": self.local_calls,
            "by": {dim: [asdict(line) for line in lines] for dim, lines in self.by.items()},
            "savings": {
                **asdict(self.savings),
                "saved_usd": self.savings.saved_usd,
                "saved_share": self.savings.saved_share,
            },
        }


def parse_since(text: str | None, now: float | None = None) -> float | None:
    """`7d`, `24h`, `30m`, or an ISO date/time (UTC) → unix seconds; None = all time."""
    if not text:
        return None
    now = time.time() if now is None else now
    match = re.fullmatch(r"(\d+(?:\.\d+)?)([dhm])", text.strip())
    if match:
        unit = {"d": 86400, "h": 3600, "m": 60}[match.group(2)]
        return now - float(match.group(1)) * unit
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ConfigError(f"--since: expected 7d, 24h, 30m or a date, got {text!r}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def reference_model(config: Config, name: str | None = None) -> tuple[str, Pricing]:
    """The strongest hosted model: `name` if given (configured or catalog id), else the
    difficulty router's strong model if hosted, else the hosted model with the highest
    output price, else the catalog flagship."""
    if name is None and config.router.difficulty is not None:
        strong = config.model(config.router.difficulty.strong)
        if strong is not None and strong.hosted:
            name = strong.name
    if name is None:
        priced = [(p, m.name) for m in config.models if m.hosted and (p := resolve_pricing(m))]
        if priced:
            pricing, found = max(priced, key=lambda pm: (pm[0].output, pm[0].input))
            return found, pricing
        name = FALLBACK_REFERENCE
    model = config.model(name)
    found_pricing = resolve_pricing(model) if model is not None else builtin_catalog().lookup(name)
    if found_pricing is None:
        raise ConfigError(f"--reference: no price known for {name!r}")
    return name, found_pricing


def _group_column(dimension: Dimension) -> ColumnElement[str]:
    column = {
        "model": calls.c.model,
        "key": calls.c.key_id,
        "reason": calls.c.reason,
        "day": calls.c.day,
    }[dimension]
    return column


def spend_by(db: Database, dimension: Dimension, since: float | None) -> tuple[SpendLine, ...]:
    group = _group_column(dimension).label("grp")
    query = select(
        group,
        func.count(),
        func.coalesce(func.sum(calls.c.prompt_tokens), 0),
        func.coalesce(func.sum(calls.c.completion_tokens), 0),
        func.coalesce(func.sum(calls.c.cost_usd), 0.0),
    ).group_by(group)
    if since is not None:
        query = query.where(calls.c.ts >= since)
    order = group if dimension == "day" else func.sum(calls.c.cost_usd).desc()
    with db.connect() as conn:
        rows = conn.execute(query.order_by(order)).all()
    return tuple(
        SpendLine("(none)" if g is None else str(g), int(n), int(p), int(c), float(usd))
        for g, n, p, c, usd in rows
    )


def savings(db: Database, config: Config, since: float | None, reference: str | None) -> Savings:
    """Every call's tokens priced at the reference model. An estimate: another model would
    have tokenized and answered differently; the ledger's token counts stand in for both."""
    name, pricing = reference_model(config, reference)
    # Inlined, not bound: PostgreSQL only matches GROUP BY to the select list when the
    # two expressions are identical, and two bound parameters are not.
    threshold: ColumnElement[int] = literal_column(
        str(int(pricing.long_context_threshold or 2**31 - 1))
    )
    long = case((calls.c.prompt_tokens > threshold, 1), else_=0).label("long")
    # Comparison calls (reason "evaluation") are real spend, but without the gateway they
    # would not exist: they count in the actual cost and not in the counterfactual.
    client = calls.c.reason != EVALUATION
    query = select(
        long,
        func.coalesce(func.sum(case((client, calls.c.prompt_tokens), else_=0)), 0),
        func.coalesce(func.sum(case((client, calls.c.completion_tokens), else_=0)), 0),
        func.coalesce(func.sum(case((client, calls.c.cached_tokens), else_=0)), 0),
        func.coalesce(func.sum(calls.c.cost_usd), 0.0),
    ).group_by(long)
    if since is not None:
        query = query.where(calls.c.ts >= since)
    actual = counterfactual = 0.0
    with db.connect() as conn:
        for is_long, prompt, completion, cached, usd in conn.execute(query).all():
            actual += float(usd)
            usage = Usage(int(prompt), int(completion), int(cached))
            if is_long:
                # One aggregate row stands for many calls: keep the tier by pricing the
                # sums at the long-context multipliers directly.
                mult = pricing.model_copy(
                    update={
                        "input": pricing.input * pricing.long_context_input_multiplier,
                        "cached_input": (pricing.cached_input or pricing.input)
                        * pricing.long_context_input_multiplier,
                        "output": pricing.output * pricing.long_context_output_multiplier,
                        "long_context_threshold": None,
                    }
                )
                counterfactual += hosted_cost(mult, usage)
            else:
                flat = pricing.model_copy(update={"long_context_threshold": None})
                counterfactual += hosted_cost(flat, usage)
    return Savings(name, actual, counterfactual)


def report(
    db: Database,
    config: Config,
    *,
    since: float | None = None,
    dimensions: tuple[Dimension, ...] = DIMENSIONS,
    reference: str | None = None,
) -> CostReport:
    query = select(func.count(), func.coalesce(func.sum(case((calls.c.hosted, 0), else_=1)), 0))
    if since is not None:
        query = query.where(calls.c.ts >= since)
    with db.connect() as conn:
        total, local = conn.execute(query).one()
    return CostReport(
        since=since,
        calls=int(total),
        local_calls=int(local),
        by={dim: spend_by(db, dim, since) for dim in dimensions},
        savings=savings(db, config, since, reference),
    )


def local_token_share(db: Database, since: float | None = None) -> float | None:
    """The share of tokens in-house models served (the router's actual hybrid mix), or
    None when the ledger is empty."""
    tokens = calls.c.prompt_tokens + calls.c.completion_tokens
    query = select(
        func.coalesce(func.sum(tokens), 0),
        func.coalesce(func.sum(case((calls.c.hosted, 0), else_=tokens)), 0),
    ).where(calls.c.reason != EVALUATION)  # the mix the router chose, not the comparisons
    if since is not None:
        query = query.where(calls.c.ts >= since)
    with db.connect() as conn:
        total, local = conn.execute(query).one()
    return int(local) / int(total) if total else None
