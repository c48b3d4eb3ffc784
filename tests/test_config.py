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


# -- deployments and aliases ---------------------------------------------------------

TWO = [
    {"base_url": "http://10.0.0.1:8000/v1"},
    {"base_url": "http://10.0.0.2:8000/v1", "weight": 2},
]


def _compat(**keys: object) -> dict[str, object]:
    return {"name": "llama", "provider": "openai_compatible", "hosted": False, **keys}


def test_deployments_and_aliases_load(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REPLICA_KEY", "sk-replica")
    deployments = [*TWO, {"base_url": "http://10.0.0.3/v1", "api_key_env": "REPLICA_KEY"}]
    model = _compat(deployments=deployments, aliases=["local", "default-local"], timeout=9)
    config = parse_config({"models": [model]}, "hybridgate.yaml")
    spec = config.model("llama")
    assert spec is not None and config.model("default-local") is spec
    assert config.canonical("local") == "llama" and config.canonical("gpt") == "gpt"
    assert [d.weight for d in spec.deployments or ()] == [1.0, 2.0, 1.0]
    third = (spec.deployments or ())[2]
    assert third.api_key is not None and third.api_key.get_secret_value() == "sk-replica"
    assert third.timeout is None  # the model's (9 s) applies
    assert spec.ejection.failures == 3 and spec.ejection.cooldown == 30


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"models": [_compat(base_url="http://x/v1", deployments=TWO)]},
            "models.0: set base_url (one server) or deployments (several), not both",
        ),
        ({"models": [_compat()]}, "models.0: set base_url (one server) or deployments"),
        ({"models": [_compat(deployments=[])]}, "models.0.deployments: needs at least one"),
        (
            {"models": [_compat(deployments=[{"base_url": "http://x", "weight": 0}])]},
            "models.0.deployments.0.weight: Input should be greater than 0",
        ),
        (
            {"models": [_compat(deployments=[{"base_url": "http://x", "weight": -1}])]},
            "models.0.deployments.0.weight",
        ),
        (
            {"models": [_compat(deployments=[{"url": "http://x"}])]},
            "models.0.deployments.0.url: unknown key",
        ),
        (
            {
                "models": [
                    _compat(
                        deployments=[
                            {"base_url": "http://x", "api_key": "a", "api_key_env": "HOME"}
                        ]
                    )
                ]
            },
            "models.0.deployments.0: set api_key or api_key_env, not both",
        ),
        (
            {"models": [_compat(deployments=[{"base_url": "http://x", "api_key_env": "NO_VAR"}])]},
            "models.0.deployments.0: api_key_env: environment variable NO_VAR is not set",
        ),
        (
            {"models": [_compat(base_url="http://x/v1", ejection={"failures": 2})]},
            "models.0: ejection: only applies to a model with deployments",
        ),
        (
            {
                "models": [
                    {
                        "name": "g",
                        "provider": "openai",
                        "api_key": "k",
                        "base_url": "http://x/v1",
                        "deployments": TWO,
                    }
                ]
            },
            "models.0: set base_url (one server) or deployments (several), not both",
        ),
        (
            {"models": [_compat(base_url="http://x/v1", aliases=["local"]), LOCAL]},
            "models.0.aliases: 'local' is the name of a model",
        ),
        (
            {
                "models": [
                    _compat(base_url="http://x/v1", aliases=["a"]),
                    {**LOCAL, "aliases": ["a"]},
                ]
            },
            "models.1.aliases: 'a' is already an alias of llama",
        ),
        (
            {"models": [_compat(base_url="http://x/v1", aliases=["auto"])]},
            'models.0.aliases: "auto" is reserved for routing',
        ),
        (
            {"models": [_compat(base_url="http://x/v1", aliases=["llama"])]},
            "models.0.aliases: 'llama' is the model's own name",
        ),
        (
            {"models": [_compat(base_url="http://x/v1", aliases=["local-embed"])]},
            "models.0.aliases: 'local-embed' is the built-in embedding model",
        ),
        (
            {
                "models": [_compat(base_url="http://x/v1", aliases=["l"]), LOCAL],
                "router": {"fallbacks": {"local": ["l"]}},
            },
            "router.fallbacks.local: 'l' is an alias of llama; use its name",
        ),
    ],
)
def test_deployment_and_alias_errors_name_the_key(data: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config(data, "hybridgate.yaml")
    assert f"hybridgate.yaml: {message}" in info.value.message
