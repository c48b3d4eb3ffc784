"""The policy chain: pure functions, no fixtures; invariants checked with Hypothesis."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hybridgate.config import Config, parse_config
from hybridgate.errors import (
    InvalidRequest,
    PermissionDenied,
    SensitiveDataBlocked,
    UpstreamUnavailable,
)
from hybridgate.features import Entity, Features
from hybridgate.features.extract import Principal
from hybridgate.routing import Reason, decide

HOSTED = {
    "name": "gpt", "provider": "openai", "api_key": "sk-x", "context_window": 100_000,
    "capabilities": ["text", "images", "tools", "json_schema"],
    "pricing": {"input": 2.5, "output": 15},
}  # fmt: skip
LOCAL = {
    "name": "llama", "provider": "openai_compatible", "base_url": "http://127.0.0.1:1/v1",
    "hosted": False, "context_window": 8000, "capabilities": ["text"],
}  # fmt: skip
EMAIL = Entity(type="EMAIL_ADDRESS", start=0, end=5, message_index=0)


def config(**router: Any) -> Config:
    return parse_config(
        {"models": [HOSTED, LOCAL], "router": {"fallbacks": {"gpt": ["llama"]}, **router}}
    )


def features(model: str = "auto", **kw: Any) -> Features:
    base: dict[str, Any] = {
        "prompt_tokens": 10,
        "output_tokens": None,
        "needs": frozenset({"text"}),
    }
    return Features(requested_model=model, **{**base, **kw})


def test_explicit() -> None:
    decision = decide(features("gpt"), config())
    assert (decision.model, decision.reason, decision.fallbacks) == (
        "gpt",
        Reason.EXPLICIT,
        ("llama",),
    )


def test_sensitive_explicit_hosted_stays_local_with_reason_privacy() -> None:
    decision = decide(features("gpt", entities=(EMAIL,)), config())
    assert (decision.model, decision.reason) == ("llama", Reason.PRIVACY)
    assert "EMAIL_ADDRESS×1" in decision.explanation
    assert decision.fallbacks == ()


def test_sensitive_auto_is_privacy_when_hosted_removed() -> None:
    decision = decide(features(entities=(EMAIL,)), config())
    assert (decision.model, decision.reason) == ("llama", Reason.PRIVACY)


def test_block_names_types_not_values() -> None:
    with pytest.raises(SensitiveDataBlocked) as info:
        decide(features(entities=(EMAIL,)), config(privacy={"on_sensitive": "block"}))
    assert "EMAIL_ADDRESS" in info.value.message
    assert info.value.status == 400


def test_redact_keeps_hosted_with_transform() -> None:
    decision = decide(
        features("gpt", entities=(EMAIL,)), config(privacy={"on_sensitive": "redact"})
    )
    assert decision.model == "gpt"
    assert [t.value for t in decision.transforms] == ["redact"]


def test_no_local_model_for_sensitive_is_503() -> None:
    only_hosted = parse_config({"models": [HOSTED]})
    with pytest.raises(UpstreamUnavailable, match="no in-house"):
        decide(features(entities=(EMAIL,)), only_hosted)


def test_local_only_key() -> None:
    principal = Principal(key_id="k1", local_only=True)
    decision = decide(features("gpt", principal=principal), config())
    assert (decision.model, decision.reason) == ("llama", Reason.PRIVACY)


def test_key_model_allow_list() -> None:
    principal = Principal(key_id="k1", models=frozenset({"llama"}))
    with pytest.raises(PermissionDenied):
        decide(features("gpt", principal=principal), config())
    assert decide(features(principal=principal), config()).model == "llama"


def test_difficulty_threshold() -> None:
    cfg = config(difficulty={"strong": "gpt", "weak": "llama", "threshold": 0.6})
    hard = decide(features(difficulty=0.9), cfg)
    easy = decide(features(difficulty=0.2), cfg)
    assert (hard.model, hard.reason) == ("gpt", Reason.DIFFICULTY)
    assert (easy.model, easy.reason) == ("llama", Reason.DIFFICULTY)
    assert hard.scores["difficulty"] == 0.9


def test_privacy_beats_difficulty_and_says_both() -> None:
    cfg = config(difficulty={"strong": "gpt", "weak": "llama", "threshold": 0.5})
    decision = decide(features(difficulty=0.95, entities=(EMAIL,)), cfg)
    assert (decision.model, decision.reason) == ("llama", Reason.PRIVACY)
    assert "difficulty" in decision.explanation and "sensitive" in decision.explanation


@given(
    model=st.sampled_from(["auto", "gpt", "llama"]),
    sensitive=st.booleans(),
    difficulty=st.none() | st.floats(0, 1),
    images=st.booleans(),
    prompt=st.integers(1, 200_000),
    local_only=st.booleans(),
)
def test_sensitive_never_reaches_hosted(
    model: str,
    sensitive: bool,
    difficulty: float | None,
    images: bool,
    prompt: int,
    local_only: bool,
) -> None:
    cfg = config(difficulty={"strong": "gpt", "weak": "llama"})
    needs = frozenset({"text", "images"} if images else {"text"})
    feats = features(
        model,
        entities=(EMAIL,) if sensitive else (),
        difficulty=difficulty,
        needs=needs,
        prompt_tokens=prompt,
        principal=Principal(local_only=local_only),
    )
    try:
        decision = decide(feats, cfg)
    except (UpstreamUnavailable, SensitiveDataBlocked) as exc:
        assert sensitive or local_only, exc
        return
    except Exception as exc:  # capability errors are fine; they send nothing anywhere
        assert exc.__class__.__name__ in {"ContextTooLong", "InvalidRequest"}
        return
    targets = [decision.model, *decision.fallbacks]
    hosted = {m.name for m in cfg.models if m.hosted}
    if sensitive or local_only:
        assert not hosted & set(targets)


NEEDS = st.sets(st.sampled_from(["images", "tools", "json_schema"])).map(
    lambda s: frozenset({"text", *s})
)


@given(
    needs=NEEDS,
    prompt=st.integers(1, 200_000),
    output=st.none() | st.integers(1, 100_000),
    sensitive=st.booleans(),
    mode=st.sampled_from(["local", "redact"]),
    opt_in=st.booleans(),
)
def test_a_named_in_house_model_never_becomes_hosted_without_the_opt_in(
    needs: frozenset[Any], prompt: int, output: int | None, sensitive: bool, mode: str, opt_in: bool
) -> None:
    cfg = config(
        fallbacks={"llama": ["gpt"]},
        explicit_local_to_hosted=opt_in,
        privacy={"on_sensitive": mode},
    )
    feats = features(
        "llama",
        needs=needs,
        prompt_tokens=prompt,
        output_tokens=output,
        entities=(EMAIL,) if sensitive else (),
    )
    try:
        decision = decide(feats, cfg)
    except InvalidRequest as exc:  # ContextTooLong included: nothing was sent anywhere
        assert exc.status == 400
        if not opt_in:
            assert "explicit_local_to_hosted" in exc.message
        return
    targets = {decision.model, *decision.fallbacks}
    if not opt_in:
        assert targets == {"llama"}
        assert decision.reason is Reason.EXPLICIT
    elif sensitive and mode == "local":
        assert "gpt" not in targets  # the privacy policy ran first
    elif "gpt" in targets and decision.model == "gpt" and sensitive:
        assert [t.value for t in decision.transforms] == ["redact"]


def test_missing_capability_is_a_400_naming_it() -> None:
    feats = features("llama", needs=frozenset({"text", "tools"}))
    with pytest.raises(InvalidRequest) as info:
        decide(feats, config())
    assert info.value.param == "tools"
    assert "llama: no tools support" in info.value.message
    decision = decide(feats, config(explicit_local_to_hosted=True))
    assert (decision.model, decision.reason) == ("gpt", Reason.CAPABILITY)


def test_allows_asks_the_same_policies_as_decide() -> None:
    """allows(): another model for an answered request (evaluation), by the same policies."""
    from hybridgate.routing.chain import allows

    cfg = config()
    assert allows(features("gpt"), cfg, "llama") is not None
    sealed = allows(features("gpt"), cfg, "gpt")
    assert sealed is not None and sealed.fallbacks == ("llama",)
    assert allows(features("gpt", entities=(EMAIL,)), cfg, "gpt") is None  # privacy
    assert allows(features("llama"), cfg, "gpt") is None  # a named in-house model
    assert allows(features("auto", needs=frozenset({"text", "tools"})), cfg, "llama") is None
    only_llama = Principal(key_id="k", models=frozenset({"llama"}))
    assert allows(features("auto", principal=only_llama), cfg, "gpt") is None
    redact = config(privacy={"on_sensitive": "redact"})
    redacted = allows(features("gpt", entities=(EMAIL,)), redact, "gpt")
    assert redacted is not None and redacted.transforms  # goes out only redacted


def aliased() -> Config:
    hosted = {**HOSTED, "aliases": ["frontier"]}
    local = {**LOCAL, "aliases": ["default-local"]}
    return parse_config({"models": [hosted, local], "router": {"fallbacks": {"gpt": ["llama"]}}})


def test_an_alias_is_routed_as_its_model() -> None:
    decision = decide(features("frontier"), aliased())
    assert (decision.model, decision.reason, decision.fallbacks) == (
        "gpt",
        Reason.EXPLICIT,
        ("llama",),
    )
    # Privacy sees the model behind the alias: a sensitive request stays in house.
    decision = decide(features("frontier", entities=(EMAIL,)), aliased())
    assert (decision.model, decision.reason) == ("llama", Reason.PRIVACY)


@pytest.mark.parametrize("allowed", ["llama", "default-local"])
def test_key_limits_apply_to_aliases(allowed: str) -> None:
    principal = Principal(key_id="k1", models=frozenset({allowed}))
    for name in ("llama", "default-local"):
        assert decide(features(name, principal=principal), aliased()).model == "llama"
    with pytest.raises(PermissionDenied):
        decide(features("frontier", principal=principal), aliased())
