"""The price of a call: hosted pricing per 1M tokens, or the self-hosted cost model."""

from __future__ import annotations

from ..config import ModelConfig, Pricing, SelfHostedCost
from ..usage import Usage as Usage  # moved there; re-exported for existing imports

_HOURS_PER_MONTH = 730.0
_SECONDS_PER_MONTH = _HOURS_PER_MONTH * 3600


def hosted_cost(pricing: Pricing, usage: Usage) -> float:
    long = (
        pricing.long_context_threshold is not None
        and usage.prompt_tokens > pricing.long_context_threshold
    )
    in_mult = pricing.long_context_input_multiplier if long else 1.0
    out_mult = pricing.long_context_output_multiplier if long else 1.0
    cached = min(usage.cached_tokens, usage.prompt_tokens) if pricing.cached_input else 0
    cached_price = pricing.cached_input or pricing.input
    usd = (
        (usage.prompt_tokens - cached) * pricing.input * in_mult
        + cached * cached_price * in_mult
        + usage.completion_tokens * pricing.output * out_mult
    )
    return usd / 1_000_000


def self_hosted_usd_per_token(cost: SelfHostedCost) -> float:
    """Fixed cost per month spread over the tokens the deployment serves in a month."""
    monthly = (
        cost.usd_per_month
        if cost.usd_per_month is not None
        else (cost.usd_per_hour or 0.0) * _HOURS_PER_MONTH
    )
    tokens = (
        cost.tokens_per_month
        if cost.tokens_per_month is not None
        else (cost.tokens_per_second or 0.0) * _SECONDS_PER_MONTH * cost.utilization
    )
    return monthly / tokens if tokens else 0.0


def call_cost(model: ModelConfig, usage: Usage) -> float:
    """USD for one call: hosted pricing (config over catalog), else the self-hosted cost
    model, else 0 (a model nobody priced)."""
    from .catalog import resolve_pricing  # catalog imports config; keep import time light

    pricing = resolve_pricing(model)
    if pricing is not None:
        return hosted_cost(pricing, usage)
    if model.self_hosted_cost is not None:
        return usage.total_tokens * self_hosted_usd_per_token(model.self_hosted_cost)
    return 0.0


# When the client sets no output limit, estimates assume a typical answer length.
TYPICAL_OUTPUT_TOKENS = 256


def estimate_cost(model: ModelConfig, prompt_tokens: int, output_tokens: int | None) -> float:
    out = output_tokens if output_tokens is not None else TYPICAL_OUTPUT_TOKENS
    if model.max_output_tokens is not None:
        out = min(out, model.max_output_tokens)
    return call_cost(model, Usage(prompt_tokens=prompt_tokens, completion_tokens=out))
