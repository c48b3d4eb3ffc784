"""The pricing catalog, config overrides and the cost of a call."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hybridgate.accounting.catalog import builtin_catalog, resolve_pricing
from hybridgate.accounting.pricing import Usage, call_cost, hosted_cost
from hybridgate.config import parse_config


def _model(**extra: object):  # type: ignore[no-untyped-def]
    cfg = parse_config(
        {"models": [{"name": "m", "provider": "openai", "api_key": "sk-x", **extra}]}
    )
    return cfg.models[0]


def test_every_entry_has_source_and_date() -> None:
    catalog = builtin_catalog()
    assert len(catalog.models) >= 5
    for entry in catalog.models.values():
        assert entry.source and entry.source.startswith("https://")
        assert entry.as_of


def test_gpt_5_4_price_and_long_context_tier() -> None:
    model = _model(model="gpt-5.4")
    short = call_cost(model, Usage(prompt_tokens=200_000, completion_tokens=1_000_000))
    assert short == pytest.approx(0.2 * 2.50 + 15.00)
    cached = call_cost(model, Usage(prompt_tokens=200_000, cached_tokens=200_000))
    assert cached == pytest.approx(0.2 * 0.25)
    long = call_cost(model, Usage(prompt_tokens=300_000, completion_tokens=100_000))
    assert long == pytest.approx(0.3 * 2.50 * 2 + 0.1 * 15.00 * 1.5)


def test_hosted_model_without_pricing_gets_catalog_price_by_family() -> None:
    assert (
        resolve_pricing(_model(model="gpt-4.1-2025-04-14")) == builtin_catalog().models["gpt-4.1"]
    )
    assert resolve_pricing(_model(model="some-unknown-model")) is None


def test_config_pricing_overrides_field_by_field() -> None:
    pricing = resolve_pricing(_model(model="gpt-5.4", pricing={"input": 1.0, "output": 2.0}))
    assert pricing is not None
    assert (pricing.input, pricing.output) == (1.0, 2.0)
    assert pricing.cached_input == 0.25  # kept from the catalog
    assert pricing.long_context_threshold == 272000
    off = resolve_pricing(
        _model(model="gpt-5.4", pricing={"input": 1, "output": 2, "long_context_threshold": None})
    )
    assert off is not None and off.long_context_threshold is None


def test_self_hosted_cost_is_not_free() -> None:
    cfg = parse_config(
        {
            "models": [
                {
                    "name": "l",
                    "provider": "openai_compatible",
                    "base_url": "http://x/v1",
                    "hosted": False,
                    "self_hosted_cost": {"usd_per_month": 3000, "tokens_per_month": 3e8},
                }
            ]
        }
    )
    assert call_cost(cfg.models[0], Usage(prompt_tokens=1000)) == pytest.approx(0.01)


@given(
    a=st.integers(0, 10**6),
    b=st.integers(0, 10**6),
    c=st.integers(0, 10**6),
    d=st.integers(0, 10**6),
)
def test_costs_add_up(a: int, b: int, c: int, d: int) -> None:
    pricing = builtin_catalog().models["gpt-4o"]
    whole = hosted_cost(pricing, Usage(prompt_tokens=a + c, completion_tokens=b + d))
    parts = hosted_cost(pricing, Usage(a, b)) + hosted_cost(pricing, Usage(c, d))
    assert whole == pytest.approx(parts)
