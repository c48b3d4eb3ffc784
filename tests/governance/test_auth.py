"""API keys over HTTP: who gets in, what they may use, and the admin endpoints."""

from __future__ import annotations

import time

import openai
import pytest

from ..fakes.upstream import FakeUpstream
from .conftest import ADMIN_KEY

pytestmark = pytest.mark.anyio


async def test_requests_without_a_valid_key_get_401(secured) -> None:  # type: ignore[no-untyped-def]
    gw = await secured()
    for key in (None, "wrong", "hg-abcdefabcdef-" + "x" * 43, f"{ADMIN_KEY}x"):
        resp = await gw.chat(key)
        assert resp.status_code == 401, key
        body = resp.json()
        assert body["error"]["code"] == "invalid_api_key"
        if key:
            assert key not in resp.text  # never echo the presented key


async def test_a_created_key_works_with_the_openai_sdk(
    secured, fake_upstream: FakeUpstream
) -> None:  # type: ignore[no-untyped-def]
    gw = await secured()
    key = await gw.new_key()
    client = openai.AsyncOpenAI(base_url=f"{gw.url}/v1", api_key=key, max_retries=0)
    try:
        answer = await client.chat.completions.create(
            model="llama-local", messages=[{"role": "user", "content": "hello"}]
        )
        assert answer.choices[0].message.content == "echo: hello"
        with pytest.raises(openai.AuthenticationError):
            await client.with_options(api_key="hg-nope").models.list()
    finally:
        await client.close()


async def test_revoked_and_expired_keys_are_refused(secured) -> None:  # type: ignore[no-untyped-def]
    gw = await secured()
    key = await gw.new_key()
    assert (await gw.chat(key)).status_code == 200
    key_id = key.split("-")[1]
    admin = {"authorization": f"Bearer {ADMIN_KEY}"}
    resp = await gw.http.delete(f"/v1/admin/keys/{key_id}", headers=admin)
    assert resp.status_code == 200
    refused = await gw.chat(key)
    assert refused.status_code == 401 and "revoked" in refused.json()["error"]["message"]
    assert (await gw.http.delete(f"/v1/admin/keys/{key_id}", headers=admin)).status_code == 404
    expiring = await gw.new_key(expires_at=time.time() + 0.3)
    assert (await gw.chat(expiring)).status_code == 200
    time.sleep(0.4)
    assert (await gw.chat(expiring)).status_code == 401


async def test_a_key_limited_to_models_gets_403_for_others(secured) -> None:  # type: ignore[no-untyped-def]
    gw = await secured()
    key = await gw.new_key(models=["llama-local"])
    assert (await gw.chat(key, model="llama-local")).status_code == 200
    denied = await gw.chat(key, model="gpt-hosted")
    assert denied.status_code == 403 and denied.json()["error"]["param"] == "model"


async def test_a_local_only_key_never_reaches_a_hosted_model(  # type: ignore[no-untyped-def]
    secured, fake_upstream: FakeUpstream
) -> None:
    gw = await secured()
    key = await gw.new_key(local_only=True)
    for model in ("gpt-hosted", "auto"):
        fake_upstream.requests.clear()
        resp = await gw.chat(key, model=model)
        assert resp.status_code in (200, 403), resp.text
        if resp.status_code == 200:
            assert resp.headers["x-hybridgate-model"] == "llama-local"
        assert all(r["model"] != "gpt-hosted" for r in fake_upstream.requests)
    # Even when the local model is down, nothing falls back to the hosted one.
    fake_upstream.script("llama-local", [])
    from ..fakes.upstream import Fail

    fake_upstream.requests.clear()
    fake_upstream.script("llama-local", [Fail(503)] * 10)
    resp = await gw.chat(key, model="auto")
    assert resp.status_code >= 500
    assert all(r["model"] != "gpt-hosted" for r in fake_upstream.requests)


async def test_admin_endpoints_need_the_admin_key(secured) -> None:  # type: ignore[no-untyped-def]
    gw = await secured()
    key = await gw.new_key()
    user = {"authorization": f"Bearer {key}"}
    assert (await gw.http.get("/v1/admin/keys", headers=user)).status_code == 403
    assert (
        await gw.http.post("/v1/admin/keys", json={"name": "x"}, headers=user)
    ).status_code == 403
    assert (await gw.http.get("/v1/admin/keys")).status_code == 401
    listed = await gw.http.get("/v1/admin/keys", headers={"authorization": f"Bearer {ADMIN_KEY}"})
    assert listed.status_code == 200
    assert key.split("-", 2)[2] not in listed.text  # the secret is never listed
    assert [k["name"] for k in listed.json()["data"]] == ["test"]


async def test_admin_create_rejects_bad_bodies(secured) -> None:  # type: ignore[no-untyped-def]
    gw = await secured()
    admin = {"authorization": f"Bearer {ADMIN_KEY}"}
    for body in ({}, {"name": ""}, {"name": "a", "rpm": 0}, {"name": "a", "extra": 1},
                 {"name": "a", "models": ["nope"]}, [1, 2]):  # fmt: skip
        resp = await gw.http.post("/v1/admin/keys", json=body, headers=admin)
        assert resp.status_code == 400, (body, resp.text)
        assert resp.json()["error"]["type"] == "invalid_request_error"
    resp = await gw.http.post("/v1/admin/keys", content=b"{nope", headers=admin)
    assert resp.status_code == 400
