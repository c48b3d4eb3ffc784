"""The Dockerfile: a slim, non-root image whose command and health check work, checked
without a Docker daemon by running them as the container would."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import yaml

from ..dbs import postgres_schema, require_postgres, require_redis
from ..fakes.upstream import FakeUpstream
from .files import GATEWAY_CONFIG, ROOT, dockerfile_stages, exec_form, makefile_weights


def _runtime() -> dict[str, list[str]]:
    final = dockerfile_stages()[-1]
    found: dict[str, list[str]] = {}
    for keyword, args in final:
        found.setdefault(keyword, []).append(args)
    return found


def test_the_image_is_slim_and_runs_as_a_user() -> None:
    stages = dockerfile_stages()
    assert len(stages) == 2
    runtime = _runtime()
    assert runtime["USER"] == ["hybridgate"]
    assert "uid 10001" in " ".join(runtime["RUN"])
    assert [a for s in stages for k, a in s if k == "FROM"] == [
        "${PYTHON_IMAGE} AS build",
        "${PYTHON_IMAGE} AS runtime",
    ]
    assert any(a.startswith("PYTHON_IMAGE=python:3.11-slim") for a in _args())
    # No compiler in either stage: every dependency comes as a wheel.
    everything = " ".join(a for stage in stages for k, a in stage if k == "RUN")
    for tool in ("gcc", "g++", "build-essential", "cmake"):
        assert tool not in everything


def _args() -> list[str]:
    lines = (ROOT / "Dockerfile").read_text().splitlines()
    return [ln.removeprefix("ARG ") for ln in lines if ln.startswith("ARG ")]


def test_the_weights_are_the_ones_make_install_pins() -> None:
    build = " ".join(a for k, a in dockerfile_stages()[0] if k == "RUN")
    for pin in makefile_weights():
        assert pin in build
    assert len(makefile_weights()) == 2


def test_the_command_listens_on_all_interfaces_port_8080() -> None:
    runtime = _runtime()
    assert exec_form(runtime["ENTRYPOINT"][0]) == ["hybridgate"]
    command = exec_form(runtime["CMD"][0])
    assert command[0] == "serve"
    assert command[command.index("--host") + 1] == "0.0.0.0"
    assert command[command.index("--port") + 1] == "8080"
    assert runtime["EXPOSE"] == ["8080"]
    health = exec_form(runtime["HEALTHCHECK"][0])
    assert "http://127.0.0.1:8080/healthz" in health[-1]


def test_dockerignore_keeps_the_context_to_the_package() -> None:
    lines = (ROOT / ".dockerignore").read_text().splitlines()
    rules = [ln for ln in lines if ln and not ln.startswith("#")]
    assert rules[0] == "*"
    assert {"!pyproject.toml", "!README.md", "!src/"} <= set(rules)


@dataclass(frozen=True)
class Served:
    url: str
    port: int
    env: dict[str, str]
    process: subprocess.Popen[bytes]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def served(tmp_path: Path, fake_upstream: FakeUpstream) -> Iterator[Served]:
    """`hybridgate serve` as the image's CMD runs it, on the compose setup's config, with
    PostgreSQL and Redis from this machine and the model server faked."""
    pg, redis_url = require_postgres(), require_redis()
    assert pg
    upstream = f"{fake_upstream.url}/v1"  # type: ignore[attr-defined]
    config = yaml.safe_load(GATEWAY_CONFIG.read_text())
    for model in config["models"]:
        model["base_url"] = upstream  # the hosted one too: nothing leaves this machine
    path = tmp_path / "hybridgate.yaml"
    path.write_text(yaml.safe_dump(config))
    port = _free_port()
    command = exec_form(_runtime()["CMD"][0])
    command = [{"0.0.0.0": "127.0.0.1", "8080": str(port)}.get(word, word) for word in command]
    with postgres_schema() as database_url:
        env = {
            **os.environ,
            "HYBRIDGATE_CONFIG": str(path),
            "HYBRIDGATE_HOME": str(tmp_path / "home"),
            "HYBRIDGATE_DATABASE_URL": database_url,
            "HYBRIDGATE_REDIS_URL": redis_url,
            "HYBRIDGATE_ADMIN_KEY": "admin-secret",
            "HYBRIDGATE_AUDIT_KEY": "audit-secret",
            "OPENAI_API_KEY": "sk-test-not-a-real-key",
        }
        log = (tmp_path / "serve.log").open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "hybridgate.cli", *command],
            env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            yield Served(f"http://127.0.0.1:{port}", port, env, proc)
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            log.close()
            print((tmp_path / "serve.log").read_text(errors="replace")[-3000:])


def _healthcheck(port: int) -> subprocess.CompletedProcess[bytes]:
    """The image's HEALTHCHECK command, pointed at this port."""
    line = _runtime()["HEALTHCHECK"][0]
    assert " CMD [" in line
    check = exec_form(line)
    assert check[:2] == ["python", "-c"]
    code = check[-1].replace("127.0.0.1:8080", f"127.0.0.1:{port}")
    return subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=10)


@pytest.mark.slow
def test_the_image_command_serves_the_compose_config(served: Served) -> None:
    env = served.env
    assert _healthcheck(served.port).returncode != 0  # nothing listens yet: it must fail
    deadline = time.monotonic() + 180
    while _healthcheck(served.port).returncode != 0:
        assert served.process.poll() is None, "hybridgate serve exited"
        assert time.monotonic() < deadline, "the health check never passed"
        time.sleep(1)
    with httpx.Client(base_url=served.url, timeout=30) as client:
        admin = {"authorization": f"Bearer {env['HYBRIDGATE_ADMIN_KEY']}"}
        created = client.post("/v1/admin/keys", json={"name": "deploy-test"}, headers=admin)
        assert created.status_code == 201, created.text
        key = created.json()["key"]
        body = {"model": "local-llm", "messages": [{"role": "user", "content": "hi"}]}
        assert client.post("/v1/chat/completions", json=body).status_code == 401
        answer = client.post(
            "/v1/chat/completions", json=body, headers={"authorization": f"Bearer {key}"}
        )
        assert answer.status_code == 200, answer.text
        assert answer.headers["x-hybridgate-model"] == "local-llm"
    # The key lives in the shared PostgreSQL schema, not in a file under the home.
    import psycopg

    with psycopg.connect(env["HYBRIDGATE_DATABASE_URL"]) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM hybridgate_api_keys")]
    assert names == ["deploy-test"]
