"""Hardening: security headers, CORS off unless configured, no secret in errors, logs or
/metrics."""

from __future__ import annotations

import logging

import pytest

from ..fakes.upstream import Fail, FakeUpstream
from .conftest import ADMIN_KEY

pytestmark = pytest.mark.anyio


async def test_security_headers_on_every_response(secured) -> None:  # type: ignore[no-untyped-def]
    gw = await secured()
    for path in ("/healthz", "/v1/models", "/nope", "/openapi.json"):
        resp = await gw.http.get(path)
        assert resp.headers["x-content-type-options"] == "nosniff"
        assert resp.headers["x-frame-options"] == "DENY"
        assert "frame-ancestors 'none'" in resp.headers["content-security-policy"]
        assert resp.headers["referrer-policy"] == "no-referrer"


async def test_cors_is_off_by_default_and_on_only_for_listed_origins(secured) -> None:  # type: ignore[no-untyped-def]
    preflight = {"origin": "https://evil.example", "access-control-request-method": "POST"}
    gw = await secured()
    resp = await gw.http.options("/v1/chat/completions", headers=preflight)
    assert "access-control-allow-origin" not in resp.headers
    resp = await gw.http.get("/healthz", headers={"origin": "https://evil.example"})
    assert "access-control-allow-origin" not in resp.headers

    gw2 = await secured(server={"cors_origins": ["https://app.example"]})
    ok = await gw2.http.options(
        "/v1/chat/completions", headers={**preflight, "origin": "https://app.example"}
    )
    assert ok.headers["access-control-allow-origin"] == "https://app.example"
    bad = await gw2.http.options("/v1/chat/completions", headers=preflight)
    assert bad.headers.get("access-control-allow-origin") != "https://evil.example"


async def test_no_secret_in_errors_logs_or_metrics(  # type: ignore[no-untyped-def]
    secured, fake_upstream: FakeUpstream, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    gw = await secured()
    key = await gw.new_key()
    # The upstream echoes our provider key in its error, as some do.
    fake_upstream.script("gpt-hosted", [Fail(401, "Incorrect API key sk-test-not-a-real-key")])
    resp = await gw.chat(
        key, model="gpt-hosted", messages=[{"role": "user", "content": "PIN 4321"}]
    )
    wrong = await gw.chat(key[:-2] + "zz")
    metrics = (await gw.http.get("/metrics")).text
    gw.audit.flush()
    secrets = ["sk-test-not-a-real-key", key, key.split("-", 2)[2], ADMIN_KEY]
    for text in (resp.text, wrong.text, metrics, caplog.text):
        for secret in secrets:
            assert secret not in text
    assert "PIN 4321" not in caplog.text  # no message text in logs either
