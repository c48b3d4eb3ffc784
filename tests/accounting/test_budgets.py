"""Budgets: soft limit downgrades "auto", hard limit is a 429 the SDK will not retry."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from hybridgate.accounting.budgets import Level, assess
from hybridgate.accounting.ledger import Ledger
from hybridgate.config import BudgetsConfig, parse_config
from hybridgate.errors import BudgetExceeded, BudgetHeld
from hybridgate.features import FeatureExtractor
from hybridgate.features.extract import Features, Principal, Spend
from hybridgate.routing import decide
from hybridgate.routing.decision import Reason
from hybridgate.storage.sql import Database

from ..conftest import GatewayFactory, base_config
from ..fakes.upstream import FakeUpstream


def _budgets(**data: object) -> BudgetsConfig:
    return BudgetsConfig.model_validate(data)


def test_assess_takes_the_most_severe_scope() -> None:
    budgets = _budgets(
        **{"global": {"day": {"soft": 10, "hard": 20}}, "per_key": {"month": {"hard": 5}}}
    )
    key = Principal(key_id="k")
    assert assess(Spend(), budgets, key).level is Level.OK
    assert assess(Spend(global_day=12), budgets, key).level is Level.SOFT
    state = assess(Spend(global_day=12, key_month=5), budgets, key)
    assert (state.level, state.scope) == (Level.HARD, "key month")


def test_key_entry_and_own_daily_budget() -> None:
    budgets = _budgets(keys={"team-a": {"day": {"hard": 1}}}, soft_fraction=0.5)
    assert assess(Spend(key_day=1), budgets, Principal(key_id="x", name="team-a")).level == 2
    own = Principal(key_id="y", budget_usd_per_day=4.0)
    assert assess(Spend(key_day=2.5), budgets, own).level is Level.SOFT
    assert assess(Spend(key_day=4), budgets, own).level is Level.HARD


def _features(model: str, spend: Spend) -> Features:
    return Features(
        requested_model=model,
        prompt_tokens=100,
        output_tokens=None,
        needs=frozenset({"text"}),
        spend=spend,
    )


def test_policy_in_the_chain() -> None:
    cfg = base_config("http://127.0.0.1:9", default="gpt-hosted")
    cfg["budgets"] = {"global": {"day": {"soft": 1, "hard": 2}}}
    config = parse_config(cfg)
    assert decide(_features("auto", Spend()), config).model == "gpt-hosted"
    soft = decide(_features("auto", Spend(global_day=1.5)), config)
    assert (soft.model, soft.reason) == ("llama-local", Reason.BUDGET)
    assert "soft limit" in soft.explanation
    named = decide(_features("gpt-hosted", Spend(global_day=1.5)), config)
    assert (named.model, named.reason) == ("gpt-hosted", Reason.EXPLICIT)
    with pytest.raises(BudgetExceeded):
        decide(_features("gpt-hosted", Spend(global_day=2)), config)


def test_hard_limit_reached_only_by_holds_says_when_to_retry() -> None:
    """Holds are estimates (upper bounds) of calls in flight: a limit they alone push
    over may have room once those calls are recorded, so that 429 is retryable."""
    config = parse_config(base_config("http://127.0.0.1:9", default="gpt-hosted"))
    config = config.model_copy(update={"budgets": _budgets(**{"global": {"day": {"hard": 2}}})})
    held = Spend(global_day=2.5, held=Spend(global_day=1.0))
    with pytest.raises(BudgetHeld) as refused:
        decide(_features("gpt-hosted", held), config)
    assert refused.value.headers() == {"retry-after": "1"}
    state = assess(held, config.budgets, Principal())
    assert (state.level, state.exhausted) == (Level.HARD, False)
    spent = Spend(global_day=2.5, held=Spend(global_day=0.4))
    with pytest.raises(BudgetExceeded) as final:
        decide(_features("gpt-hosted", spent), config)
    assert final.value.headers() == {"x-should-retry": "false"}
    # One scope exhausted outranks another reached only by holds.
    both = _budgets(**{"global": {"day": {"hard": 2}}, "per_key": {"month": {"hard": 1}}})
    mixed = Spend(global_day=2.5, key_month=1.2, held=Spend(key_month=0.5))
    state = assess(mixed, both, Principal(key_id="k"))
    assert (state.scope, state.exhausted) == ("global day", True)


@pytest.mark.anyio
async def test_over_http_soft_then_hard(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    cfg = base_config(fake_upstream.url, default="gpt-hosted")  # type: ignore[attr-defined]
    cfg["budgets"] = {"global": {"day": {"soft": 0.000001, "hard": 0.0002}}}
    ledger = Ledger(Database(f"sqlite:///{tmp_path / 'b.db'}"))
    gw = start_gateway(cfg, observers=[ledger], extractor=FeatureExtractor(spend=ledger))
    body = {"model": "auto", "messages": [{"role": "user", "content": "hi"}]}
    async with httpx.AsyncClient(base_url=gw.url) as http:
        first = await http.post("/v1/chat/completions", json=body)
        assert first.headers["x-hybridgate-route-reason"] == "default"
        second = await http.post("/v1/chat/completions", json=body)
        assert second.headers["x-hybridgate-route-reason"] == "budget"
        assert second.headers["x-hybridgate-model"] == "llama-local"
        for _ in range(20):
            last = await http.post("/v1/chat/completions", json=body)
            if last.status_code == 429:
                break
        assert last.status_code == 429, (first.headers, last.headers)
        assert last.headers["x-should-retry"] == "false"
        error = last.json()["error"]
        assert error["type"] == "insufficient_quota"
        assert "hard limit" in error["message"]
    await ledger.aclose()
