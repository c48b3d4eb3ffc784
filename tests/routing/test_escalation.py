"""on_sensitive: escalate in the policy chain: pure, no fixtures."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hybridgate.config import Config, parse_config
from hybridgate.errors import ConfigError, InvalidRequest
from hybridgate.features import Entity, Features
from hybridgate.features.extract import Principal
from hybridgate.routing import Reason, decide
from hybridgate.routing.decision import EscalationPlan, Transform

HOSTED = {
    "name": "gpt", "provider": "openai", "api_key": "sk-x", "context_window": 100_000,
    "capabilities": ["text", "images", "tools", "json_schema"],
    "pricing": {"input": 2.5, "output": 15},
}  # fmt: skip
HOSTED2 = {**HOSTED, "name": "gpt-mini"}
LOCAL = {
    "name": "llama", "provider": "openai_compatible", "base_url": "http://127.0.0.1:1/v1",
    "hosted": False, "context_window": 8000, "capabilities": ["text"],
}  # fmt: skip
LOCAL2 = {**LOCAL, "name": "qwen", "context_window": 32000}
EMAIL = Entity(type="EMAIL_ADDRESS", start=0, end=5, message_index=0)


def config(models: list[dict[str, Any]] | None = None, **privacy: Any) -> Config:
    models = models or [HOSTED, HOSTED2, LOCAL]
    names = {m["name"] for m in models}
    chains = {"gpt": ["llama", "gpt-mini"], "llama": ["gpt"]}
    fallbacks = {k: [t for t in v if t in names] for k, v in chains.items() if k in names}
    return parse_config(
        {
            "models": models,
            "router": {
                "fallbacks": fallbacks,
                "privacy": {"on_sensitive": "escalate", **privacy},
            },
        }
    )


def features(model: str = "gpt", **kw: Any) -> Features:
    base: dict[str, Any] = {
        "prompt_tokens": 10,
        "output_tokens": None,
        "needs": frozenset({"text"}),
        "entities": (EMAIL,),
    }
    return Features(requested_model=model, **{**base, **kw})


def test_sensitive_request_for_a_hosted_model_is_escalated() -> None:
    decision = decide(features(), config())
    assert decision.model == "gpt"
    assert decision.reason is Reason.PRIVACY_ESCALATION
    assert decision.escalation == EscalationPlan(
        brief="llama", reason="gpt", compose=None, local="llama"
    )
    assert decision.transforms == (Transform.ESCALATE,)
    # Another hosted model may answer the brief; then the original is answered in house.
    assert decision.fallbacks == ("gpt-mini", "llama")
    assert "llama writes a de-identified brief" in decision.explanation
    assert "gpt answers the brief" in decision.explanation


def test_compose_and_the_writer_model_come_from_config() -> None:
    cfg = config([HOSTED, LOCAL, LOCAL2], escalate={"model": "qwen", "compose": True})
    plan = decide(features(), cfg).escalation
    assert plan == EscalationPlan(brief="qwen", reason="gpt", compose="qwen", local="qwen")


def test_the_default_writer_is_the_difficulty_routers_weak_model() -> None:
    cfg = parse_config(
        {
            "models": [HOSTED, LOCAL, LOCAL2],
            "router": {
                "difficulty": {"strong": "gpt", "weak": "qwen", "threshold": 0.5},
                "privacy": {"on_sensitive": "escalate"},
            },
        }
    )
    hard = decide(features("auto", difficulty=0.9), cfg)
    assert hard.reason is Reason.PRIVACY_ESCALATION
    assert hard.escalation is not None and hard.escalation.brief == "qwen"
    easy = decide(features("auto", difficulty=0.1), cfg)  # in house anyway: no escalation
    assert (easy.model, easy.escalation, easy.transforms) == ("qwen", None, ())
    assert "gpt" not in easy.fallbacks


def test_clean_requests_are_not_escalated() -> None:
    decision = decide(features(entities=()), config())
    assert (decision.model, decision.reason, decision.escalation) == ("gpt", Reason.EXPLICIT, None)


def test_an_in_house_target_keeps_in_house_fallbacks_only() -> None:
    decision = decide(features("llama"), config())
    assert (decision.model, decision.escalation, decision.fallbacks) == ("llama", None, ())
    decision = decide(features("auto"), config())  # auto = the first in-house model
    assert (decision.model, decision.escalation) == ("llama", None)


@pytest.mark.parametrize("need", ["tools", "images", "json_schema"])
def test_requests_that_are_not_plain_text_stay_in_house(need: str) -> None:
    models = [HOSTED, {**LOCAL, "capabilities": ["text", "tools", "images", "json_schema"]}]
    decision = decide(features(needs=frozenset({"text", need})), config(models))
    assert (decision.model, decision.reason, decision.escalation) == (
        "llama",
        Reason.PRIVACY,
        None,
    )
    assert f"escalation covers text requests only ({need} stay in house)" in (decision.explanation)


def test_a_request_the_writer_cannot_read_stays_in_house() -> None:
    # 7,500 prompt tokens + the brief prompt + the brief > llama's 8,000: it fits llama as
    # a request, not as a brief to write, so it is answered in house as in local mode.
    decision = decide(features(prompt_tokens=7_500), config())
    assert (decision.model, decision.reason, decision.escalation) == (
        "llama",
        Reason.PRIVACY,
        None,
    )
    assert "llama cannot read it to write a brief (context 8000)" in decision.explanation


def test_per_key_escalation_and_local_only_keys() -> None:
    cfg = parse_config({"models": [HOSTED, LOCAL]})  # on_sensitive: local
    key = Principal(key_id="k1", on_sensitive="escalate")
    assert decide(features(principal=key), cfg).reason is Reason.PRIVACY_ESCALATION
    local_only = Principal(key_id="k2", on_sensitive="escalate", local_only=True)
    assert decide(features(principal=local_only), cfg).model == "llama"


def test_the_writer_must_be_an_in_house_model() -> None:
    with pytest.raises(ConfigError, match=r"router\.privacy\.escalate\.model: gpt is hosted"):
        config(escalate={"model": "gpt"})
    with pytest.raises(ConfigError, match=r"unknown model 'nope'"):
        config(escalate={"model": "nope"})


@given(
    needs=st.sets(st.sampled_from(["images", "tools", "json_schema"])).map(
        lambda s: frozenset({"text", *s})
    ),
    model=st.sampled_from(["auto", "gpt", "gpt-mini", "llama"]),
    prompt=st.integers(1, 20_000),
    sensitive=st.booleans(),
    compose=st.booleans(),
)
def test_a_sensitive_request_reaches_a_hosted_model_only_as_an_escalation(
    needs: frozenset[Any], model: str, prompt: int, sensitive: bool, compose: bool
) -> None:
    cfg = config(
        [HOSTED, HOSTED2, {**LOCAL, "capabilities": ["text", "tools"]}],
        escalate={"compose": compose},
    )
    feats = features(model, needs=needs, prompt_tokens=prompt, entities=(EMAIL,) * sensitive)
    try:
        decision = decide(feats, cfg)
    except InvalidRequest:
        return  # nothing was sent anywhere
    hosted = {"gpt", "gpt-mini"} & {decision.model, *decision.fallbacks}
    if not sensitive or not hosted:
        return
    # The ordinary executor has no plug-in for ESCALATE: it refuses to call a hosted model.
    assert decision.escalation is not None
    assert Transform.ESCALATE in decision.transforms
    assert decision.model in hosted and decision.fallbacks[-1] == "llama"
