"""Config: YAML → validated models; errors name the key path."""

from __future__ import annotations

from pathlib import Path

import pytest

from hybridgate.config import load_config, parse_config
from hybridgate.errors import ConfigError

LOCAL = {"name": "local", "provider": "llamacpp"}


def test_design_example_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-from-env")
    path = tmp_path / "hybridgate.yaml"
    path.write_text(
        """
models:
  - name: gpt-5.4
    provider: openai
    api_key: env:OPENAI_API_KEY
    base_url: https://api.openai.com/v1
    hosted: true
    context_window: 1050000
    max_output_tokens: 128000
    capabilities: [text, images, tools, json_schema]
    pricing: {input: 2.50, cached_input: 0.25, output: 15.00}
    timeout: 60
  - name: llama-local
    provider: openai_compatible
    base_url: http://127.0.0.1:8000/v1
    hosted: false
    context_window: 131072
    capabilities: [text, tools]
    self_hosted_cost: {usd_per_month: 2000, tokens_per_month: 300000000}
router:
  default: auto
  privacy: {on_sensitive: local, entities: default, min_score: 0.5}
  difficulty: {strong: gpt-5.4, weak: llama-local, threshold: 0.5}
  fallbacks: {gpt-5.4: [llama-local], llama-local: [gpt-5.4]}
  evaluate: {sample_rate: 0.0, models: [gpt-5.4, llama-local]}
auth: {enabled: true}
"""
    )
    config = load_config(path)
    gpt = config.model("gpt-5.4")
    assert gpt is not None and gpt.hosted and gpt.pricing is not None
    assert gpt.api_key.get_secret_value() == "sk-from-env"  # type: ignore[union-attr]
    assert "sk-from-env" not in repr(config)  # secrets never print
    assert config.router.fallbacks["gpt-5.4"] == ("llama-local",)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"models": [LOCAL], "router": {"privacy": {"on_sensitive": "maybe"}}},
            "router.privacy.on_sensitive: must be one of 'local', 'redact', 'escalate' or 'block'",
        ),
        ({"models": [LOCAL], "routr": {}}, "routr: unknown key"),
        (
            {"models": [{**LOCAL, "pricing": {"input": "cheap", "output": 1}}]},
            "models.0.pricing.input: Input should be a valid number",
        ),
        ({"models": [{**LOCAL, "colour": "red"}]}, "models.0.colour: unknown key"),
        ({"models": []}, "models: needs at least 1 item(s)"),
        (
            {"models": [LOCAL], "router": {"fallbacks": {"local": ["nope"]}}},
            "unknown model 'nope'",
        ),
        ({"models": [LOCAL, LOCAL]}, "duplicate name(s) local"),
        (
            {"models": [{"name": "x", "provider": "openai_compatible", "base_url": "ftp://x"}]},
            "models.0.base_url",
        ),
        (
            {"models": [{"name": "x", "provider": "vllm"}]},
            "models.0.provider: must be one of 'openai', 'openai_compatible', 'llamacpp' or"
            " 'embedded' (got 'vllm')",
        ),
        ({"models": [{"name": "x"}]}, "models.0.provider: required"),
        ({"models": [{"provider": "openai_compatible", "base_url": "http://x"}]}, "name: required"),
        (
            {"models": [{**LOCAL, "model_path": "/no/such/model.gguf"}]},
            "models.0.model_path: no such file: /no/such/model.gguf",
        ),
    ],
)
def test_errors_name_the_key(data: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(data, "hybridgate.yaml")
    assert message in info.value.message
    assert info.value.message.startswith("hybridgate.yaml: ")


def test_missing_env_secret_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NOPE_KEY", raising=False)
    model = {"name": "g", "provider": "openai", "api_key": "env:NOPE_KEY"}
    with pytest.raises(ConfigError) as info:
        parse_config({"models": [model]}, "hybridgate.yaml")
    # One line for the one mistake: not also "models: ... at least 1 item".
    assert info.value.message == (
        "hybridgate.yaml: models.0.api_key: environment variable NOPE_KEY is not set"
    )


def test_cross_key_errors_read_as_a_path() -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"models": [LOCAL, LOCAL]}, "hybridgate.yaml")
    assert info.value.message == "hybridgate.yaml: models: duplicate name(s) local"


def test_bad_yaml_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("models: [\n  - name: x\n")
    with pytest.raises(ConfigError, match="invalid YAML"):
        load_config(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read config"):
        load_config(tmp_path / "absent.yaml")


def test_default_config_is_local_only_without_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.delenv("HYBRIDGATE_CONFIG", raising=False)
    config = load_config()
    assert [(m.name, m.hosted) for m in config.models] == [("local", False)]


def test_default_config_adds_openai_with_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-x")
    monkeypatch.delenv("HYBRIDGATE_CONFIG", raising=False)
    config = load_config()
    assert {m.name: m.hosted for m in config.models} == {"gpt-5.4": True, "local": False}
