"""Fuzzing the HTTP API: schemathesis cases from our OpenAPI schema (valid and invalid),
then hand-written hostile inputs. Nothing may answer 5xx or show a stack trace; every
error is OpenAI-shaped."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from hybridgate.config import parse_config
from hybridgate.gateway import Gateway
from hybridgate.governance.keys import KeyStore
from hybridgate.server import create_app
from hybridgate.server.keys import KeyAuthenticator
from hybridgate.server.security import openapi_schema
from hybridgate.settings import Settings
from hybridgate.storage.sql import Database

from ..conftest import base_config
from ..fakes.upstream import FakeUpstream
from ..servers import ServedApp

ADMIN = "hg-admin-fuzz-0123456789"
MAX_BODY = 64 * 1024
schema = schemathesis.openapi.from_dict(openapi_schema())
CASES: list[int] = []


@pytest.fixture(scope="module")
def live(
    _upstream_server: tuple[FakeUpstream, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    _fake, url = _upstream_server
    cfg = base_config(url)
    cfg["auth"] = {"enabled": True, "cache_seconds": 0}
    cfg["server"] = {"max_body_bytes": MAX_BODY, "max_messages": 50}
    home = tmp_path_factory.mktemp("fuzz")
    gateway = Gateway(parse_config(cfg, "fuzz"), cache_dir=home / "models")
    store = KeyStore(Database(f"sqlite:///{home / 'state.db'}"))
    app = create_app(
        gateway,
        settings=Settings(home=home, admin_key=ADMIN),
        authenticator=KeyAuthenticator(store, ADMIN, cache_seconds=0),
    )
    with ServedApp(app) as served:
        yield served.url


def _assert_clean(status: int, text: str, content_type: str) -> None:
    assert status < 500, f"{status}: {text[:300]}"
    assert "Traceback" not in text and 'File "' not in text
    assert "sk-test-not-a-real-key" not in text and ADMIN not in text
    if status >= 400:
        assert content_type.startswith("application/json"), content_type
        error = json.loads(text)["error"]
        assert isinstance(error["message"], str) and error["type"]


@pytest.mark.slow
@schema.parametrize()
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
    derandomize=True,
)
def test_schemathesis_finds_no_server_error(case: schemathesis.Case, live: str) -> None:
    headers = {"authorization": f"Bearer {ADMIN}"}
    response = case.call(base_url=live, headers=headers, timeout=10)
    CASES.append(response.status_code)
    content_type = response.headers.get("content-type") or [""]
    _assert_clean(response.status_code, response.text, content_type[0])


def test_fuzzing_ran_enough_cases() -> None:
    """Runs after the schemathesis test: it must have exercised the API for real."""
    if not CASES:
        pytest.skip("run together with the schemathesis test")
    counts = {code: CASES.count(code) for code in sorted(set(CASES))}
    print(f"\nschemathesis: {len(CASES)} cases, status counts {counts}")
    assert len(CASES) >= 100
    assert any(code == 200 for code in CASES) and any(400 <= code < 500 for code in CASES)


def _post(live: str, body: bytes, path: str = "/v1/chat/completions",
          **headers: str) -> httpx.Response:  # fmt: skip
    hdrs = {"authorization": f"Bearer {ADMIN}", "content-type": "application/json", **headers}
    return httpx.post(f"{live}{path}", content=body, headers=hdrs, timeout=10)


def _nested(depth: int) -> bytes:
    return b"[" * depth + b"]" * depth


OK_MESSAGES: list[dict[str, Any]] = [{"role": "user", "content": "hi"}]
HOSTILE: dict[str, bytes] = {
    "invalid utf-8": b'{"model": "auto", "messages": [{"role": "user", "content": "\xff\xfe"}]}',
    "lone surrogate": b'{"model":"auto","messages":[{"role":"user","content":"\\ud800"}]}',
    "lone surrogate in a number": (
        b'{"model":"auto","messages":[{"role":"user","content":"pin 12\\ud80034"}]}'
    ),
    "nested array": _nested(5000),
    "nested in content": b'{"model":"auto","messages":[{"role":"user","content":'
    + _nested(3000)
    + b"}]}",
    "nested object": b'{"a":' * 3000 + b"1" + b"}" * 3000,
    "wrong types": json.dumps({"model": 5, "messages": "hi", "stream": "yes"}).encode(),
    "messages not objects": json.dumps({"model": "auto", "messages": [1, None, "x"]}).encode(),
    "content wrong type": json.dumps(
        {"model": "auto", "messages": [{"role": "user", "content": {"a": 1}}]}
    ).encode(),
    "bad role": json.dumps(
        {"model": "auto", "messages": [{"role": "root", "content": "x"}]}
    ).encode(),
    "negative max_tokens": json.dumps(
        {"model": "auto", "messages": OK_MESSAGES, "max_tokens": -1}
    ).encode(),
    "huge int": b'{"model":"auto","messages":[{"role":"user","content":"x"}],"max_tokens":'
    + b"9" * 5000
    + b"}",
    "nan": b'{"model":"auto","messages":[{"role":"user","content":"x"}],"temperature":NaN}',
    "too many messages": json.dumps({"model": "auto", "messages": OK_MESSAGES * 51}).encode(),
    "huge string": json.dumps(
        {"model": "auto", "messages": [{"role": "user", "content": "x" * (MAX_BODY + 10)}]}
    ).encode(),
    "huge model name": json.dumps({"model": "m" * 60_000, "messages": OK_MESSAGES}).encode(),
    "null body": b"null",
    "empty": b"",
    "not json": b"\x00\x01\x02 garbage",
    "tool call junk": json.dumps(
        {
            "model": "auto",
            "messages": [{"role": "assistant", "tool_calls": [{"id": 1, "function": "x"}]}],
        }
    ).encode(),
    "image junk": json.dumps(
        {
            "model": "auto",
            "messages": [{"role": "user", "content": [{"type": "image_url", "image_url": 7}]}],
        }
    ).encode(),
}


@pytest.mark.parametrize("path", ["/v1/chat/completions", "/v1/route"])
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_bodies_get_clean_4xx(live: str, name: str, path: str) -> None:
    response = _post(live, HOSTILE[name], path)
    assert 400 <= response.status_code < 500, (name, response.status_code, response.text[:200])
    _assert_clean(response.status_code, response.text, response.headers["content-type"])
    if name in ("too many messages",):
        assert response.json()["error"]["param"] == "messages"
    if name in ("huge string",):
        assert response.status_code == 413


def test_unknown_fields_pass_through_but_never_redirect_the_upstream(
    live: str, _upstream_server: tuple[FakeUpstream, str]
) -> None:
    fake, _ = _upstream_server
    fake.requests.clear()
    body = {"model": "llama-local", "messages": OK_MESSAGES, "base_url": "http://169.254.169.254/",
            "api_base": "http://evil.example/", "extra_headers": {"host": "evil"},
            "x_unknown": [1, {"a": None}]}  # fmt: skip
    response = _post(live, json.dumps(body).encode())
    assert response.status_code == 200
    assert len(fake.requests) == 1  # it reached the configured upstream, and only it


def test_a_chunked_body_over_the_limit_is_413(live: str) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"model":"auto","messages":[{"role":"user","content":"'
        for _ in range(40):
            yield b"x" * 4096
        yield b'"}]}'

    response = httpx.post(
        f"{live}/v1/chat/completions", content=chunks(),
        headers={"authorization": f"Bearer {ADMIN}"}, timeout=10,
    )  # fmt: skip
    assert response.status_code == 413
    _assert_clean(response.status_code, response.text, response.headers["content-type"])


@pytest.mark.parametrize(
    "header",
    ["Bearer", "Basic abc", "Bearer " + "x" * 10_000, "Bearer hg-\u00e9\u00e9", "Token  x"],
)
def test_odd_authorization_headers_get_401(live: str, header: str) -> None:
    response = httpx.post(
        f"{live}/v1/chat/completions", content=b"{}",
        headers={"authorization": header.encode("utf-8")}, timeout=10,  # type: ignore[dict-item]
    )  # fmt: skip
    assert response.status_code == 401
    _assert_clean(response.status_code, response.text, response.headers["content-type"])


def test_wrong_methods_and_paths_are_clean(live: str) -> None:
    for method, path in [("GET", "/v1/chat/completions"), ("PUT", "/v1/models"),
                         ("GET", "/v1/nope"), ("DELETE", "/v1/admin/keys")]:  # fmt: skip
        response = httpx.request(method, f"{live}{path}", timeout=10)
        assert response.status_code in (404, 405)
        _assert_clean(response.status_code, response.text, response.headers["content-type"])


def test_openapi_is_served(live: str) -> None:
    response = httpx.get(f"{live}/openapi.json", timeout=10)
    assert response.status_code == 200
    assert "/v1/chat/completions" in response.json()["paths"]
