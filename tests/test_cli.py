"""The `hybridgate` command line, run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import base_config
from .fakes.upstream import FakeUpstream


def run(*args: str, home: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HYBRIDGATE_HOME": str(home), "NO_COLOR": "1", "COLUMNS": "200"}
    env.pop("OPENAI_API_KEY", None)
    env.pop("HYBRIDGATE_CONFIG", None)
    return subprocess.run(
        [sys.executable, "-m", "hybridgate.cli", *args],
        capture_output=True, text=True, env=env, input=stdin, timeout=120,
    )  # fmt: skip


@pytest.fixture
def config_file(tmp_path: Path, fake_upstream: FakeUpstream) -> Path:
    path = tmp_path / "hybridgate.yaml"
    path.write_text(yaml.safe_dump(base_config(fake_upstream.url)))  # type: ignore[attr-defined]
    return path


def test_route_json(config_file: Path, tmp_path: Path, fake_upstream: FakeUpstream) -> None:
    result = run("route", "--config", str(config_file), "--json", "hello", home=tmp_path)
    assert result.returncode == 0, result.stderr
    view = json.loads(result.stdout)
    assert (view["model"], view["reason"]) == ("llama-local", "default")
    assert fake_upstream.requests == []


def test_route_reads_stdin(config_file: Path, tmp_path: Path) -> None:
    result = run(
        "route", "--config", str(config_file), "--json", "--model", "gpt-hosted", "-",
        home=tmp_path, stdin="from stdin",
    )  # fmt: skip
    assert json.loads(result.stdout)["reason"] == "explicit"


def test_route_with_empty_stdin_is_a_usage_error(config_file: Path, tmp_path: Path) -> None:
    result = run("route", "--config", str(config_file), "-", home=tmp_path, stdin=" \n")
    assert result.returncode == 2
    assert "no text on standard input" in result.stderr and "Traceback" not in result.stderr


def test_chat_streams_through_gateway(config_file: Path, tmp_path: Path) -> None:
    result = run(
        "chat", "--config", str(config_file), "--model", "gpt-hosted", "ping", home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "echo: ping"
    assert "model=gpt-hosted" in result.stderr


def test_chat_writes_its_audit_record_before_exiting(config_file: Path, tmp_path: Path) -> None:
    """Issue 14: AuditLog had no aclose, so `chat` could exit before its record was written."""
    from hybridgate.observability.audit import AuditStore
    from hybridgate.storage.sql import Database, default_url

    for prompt in ("one", "two", "three"):
        result = run(
            "chat", "--config", str(config_file), "--model", "gpt-hosted", prompt, home=tmp_path
        )
        assert result.returncode == 0, result.stderr
    db = Database(default_url(tmp_path))
    rows = list(AuditStore(db).rows())
    db.dispose()
    assert [(r["model"], r["status"]) for r in rows] == [("gpt-hosted", 200)] * 3


def test_chat_error_is_clear(config_file: Path, tmp_path: Path) -> None:
    result = run("chat", "--config", str(config_file), "--model", "nope", "x", home=tmp_path)
    assert result.returncode == 1
    assert "error 404" in result.stderr and "Traceback" not in result.stderr


def test_models_table(config_file: Path, tmp_path: Path) -> None:
    result = run("models", "--config", str(config_file), home=tmp_path)
    assert result.returncode == 0
    assert "gpt-hosted" in result.stdout and "llama-local" in result.stdout


def test_bad_config_exits_2_naming_the_key(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("models:\n  - {name: x, provider: llamacpp, hosted: maybe}\n")
    result = run("route", "--config", str(path), "hi", home=tmp_path)
    assert result.returncode == 2
    assert "models.0.hosted" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_lists_commands(tmp_path: Path) -> None:
    result = run("--help", home=tmp_path)
    for command in ("serve", "route", "chat", "models", "bench"):
        assert command in result.stdout
    assert "Examples" in result.stdout
    assert 'hybridgate route "What is the capital of France?"' in result.stdout


def test_version(tmp_path: Path) -> None:
    from importlib.metadata import version

    result = run("--version", home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"hybridgate {version('hybridgate')}"


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_with_two_worker_processes(config_file: Path, tmp_path: Path) -> None:
    import time

    import httpx

    port = _free_port()
    env = {**os.environ, "HYBRIDGATE_HOME": str(tmp_path / "home")}
    server = subprocess.Popen(
        [sys.executable, "-m", "hybridgate.cli", "serve", "-c", str(config_file),
         "--port", str(port), "--workers", "2", "--log-level", "warning"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120  # three processes start: slow on a loaded machine
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        body = {"model": "llama-local", "messages": [{"role": "user", "content": "hi"}]}
        statuses = [
            httpx.post(f"{url}/v1/chat/completions", json=body, timeout=10).status_code
            for _ in range(6)
        ]
        assert statuses == [200] * 6
        workers = subprocess.run(
            ["pgrep", "-P", str(server.pid)], capture_output=True, text=True
        ).stdout.split()
        assert len(workers) >= 2  # two server processes (and uvicorn's helper, if any)
    finally:
        server.terminate()
        output, _ = server.communicate(timeout=30)
    assert "2 workers" in output and "Traceback" not in output


def test_serve_on_a_busy_port_fails_before_building_the_gateway(
    config_file: Path, tmp_path: Path
) -> None:
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = run("serve", "-c", str(config_file), "--port", str(port), home=tmp_path)
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "hybridgate on http" not in result.stderr  # nothing was built or loaded
    assert "Traceback" not in result.stderr


def test_serve_refuses_an_unreachable_database_cleanly(tmp_path: Path) -> None:
    cfg = tmp_path / "db.yaml"
    cfg.write_text(
        "models: [{name: l, provider: openai_compatible, hosted: false,"
        " base_url: 'http://127.0.0.1:1/v1'}]\n"
        "database_url: postgresql://hg:s3cret@127.0.0.1:1/none?connect_timeout=2\n"
    )
    for workers in ("1", "2"):
        result = run(
            "serve", "-c", str(cfg), "--port", str(_free_port()), "--workers", workers,
            home=tmp_path,
        )  # fmt: skip
        assert result.returncode == 2, result.stderr
        assert "database_url: cannot use" in result.stderr and "s3cret" not in result.stderr
        assert "Traceback" not in result.stderr


def test_serve_rejects_an_unknown_log_level(tmp_path: Path) -> None:
    result = run("serve", "--log-level", "loud", "--port", str(_free_port()), home=tmp_path)
    assert result.returncode == 2
    assert "--log-level" in result.stderr and "Traceback" not in result.stderr
