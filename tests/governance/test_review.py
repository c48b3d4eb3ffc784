"""Human review of stored comparisons over loopback: the API (scope `review`, sensitive
rows only for `review_sensitive`, the reviewer's key id stored), the dashboard's sign-in
(secure HTTP-only same-site cookie, CSRF, sign-out, expiry, revocation), and a headless
Chromium that reviews three comparisons with the keyboard."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

from hybridgate.execution.compare import Evaluator
from hybridgate.server.sessions import COOKIE, SESSION_SECONDS, SessionStore
from hybridgate.storage.evaluations import EvaluationRow, EvaluationStore, Status
from hybridgate.storage.sql import Database

from ..browser import chromium_page, needs_chromium
from ..fakes.upstream import FakeUpstream, Reply
from .conftest import ADMIN_KEY, Secured

EVALUATE = {"x-hybridgate-evaluate": "true"}


def _bearer(key: str) -> dict[str, str]:
    return {"authorization": f"Bearer {key}"}


async def _compared(gw: Secured, tmp_path: Path, key: str, prompts: list[str]) -> EvaluationStore:
    """Real comparisons: each chat (answered by the hosted model) is asked of the local
    one in the background and stored. One at a time, so they are stored (and queued for
    review) in the prompts' order: background comparisons may finish out of order."""
    store = EvaluationStore(Database(f"sqlite:///{tmp_path / 'eval.db'}"))
    gw.gateway.evaluator = Evaluator(gw.gateway.config, gw.gateway.executor, store)
    for stored, prompt in enumerate(prompts, start=1):
        body = {"model": "gpt-hosted", "messages": [{"role": "user", "content": prompt}]}
        response = await gw.http.post(
            "/v1/chat/completions", json=body, headers={**_bearer(key), **EVALUATE}
        )
        assert response.status_code == 200, response.text
        deadline = time.monotonic() + 10
        while len(store.list(disagreements_only=False)) < stored:
            assert time.monotonic() < deadline, "comparisons were not stored"
            await anyio.sleep(0.02)
    return store


def _sensitive_row() -> EvaluationRow:
    return EvaluationRow(
        request_id="req-sensitive", created_at=time.time(), prompt="John's lab results",
        primary_model="llama-local", primary_text="a", primary_latency_s=0.1,
        primary_cost_usd=0.0, other_model="llama-local", other_text="b", other_latency_s=0.1,
        other_cost_usd=0.0, error=None, exact=False, lexical=0.0, embedding=None, judge=None,
        agreement=0.0, disagree=True, sensitive=True, primary_hosted=False, other_hosted=False,
    )  # fmt: skip


@pytest.mark.anyio
async def test_review_api_scopes_and_verdicts(
    secured: Any, fake_upstream: FakeUpstream, tmp_path: Path
) -> None:
    gw: Secured = await secured()
    client = await gw.new_key(name="app")
    reviewer = await gw.new_key(name="reviewer", scopes=["review"])
    trusted = await gw.new_key(name="trusted", scopes=["review", "review_sensitive"])
    fake_upstream.script("llama-local", [Reply("Paris."), Reply("4")])
    store = await _compared(gw, tmp_path, client, ["capital of France?", "2+2?"])
    store.add_now([_sensitive_row()])

    denied = await gw.http.get("/v1/evaluations", headers=_bearer(client))
    assert denied.status_code == 403 and "review" in denied.json()["error"]["message"]
    assert (await gw.http.get("/v1/evaluations")).status_code == 401

    listed = await gw.http.get("/v1/evaluations?status=pending", headers=_bearer(reviewer))
    assert listed.status_code == 200
    items = listed.json()["data"]
    assert [i["prompt"] for i in items] == ["capital of France?", "2+2?"]  # not the sensitive
    first = items[0]
    assert first["status"] == "pending" and first["key_id"] == client.split("-")[1]
    local, hosted = first["answers"]
    assert (local["model"], local["hosted"], local["text"]) == ("llama-local", False, "Paris.")
    assert (hosted["model"], hosted["hosted"], hosted["served"]) == ("gpt-hosted", True, True)
    assert hosted["cost_usd"] > 0 and first["agreement"] is not None

    everything = await gw.http.get("/v1/evaluations", headers=_bearer(trusted))
    sensitive = [i for i in everything.json()["data"] if i["sensitive"]]
    assert len(everything.json()["data"]) == 3 and len(sensitive) == 1
    hidden = await gw.http.post(
        f"/v1/evaluations/{sensitive[0]['id']}/review",
        json={"verdict": "both_ok"}, headers=_bearer(reviewer),
    )  # fmt: skip
    assert hidden.status_code == 404  # as if it did not exist

    bad = await gw.http.post(
        f"/v1/evaluations/{first['id']}/review", json={"verdict": "great"},
        headers=_bearer(reviewer),
    )  # fmt: skip
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "verdict"
    done = await gw.http.post(
        f"/v1/evaluations/{first['id']}/review", json={"verdict": "hosted_better"},
        headers=_bearer(reviewer),
    )  # fmt: skip
    assert done.status_code == 200
    assert (done.json()["verdict"], done.json()["status"]) == ("hosted_better", "reviewed")
    assert done.json()["reviewer_key_id"] == reviewer.split("-")[1]
    row = store.get(first["id"])
    assert row is not None and row.verdict == "hosted_better" and row.reviewed_at

    pending = await gw.http.get("/v1/evaluations", headers=_bearer(reviewer))
    assert [i["prompt"] for i in pending.json()["data"]] == ["2+2?"]
    reviewed = await gw.http.get("/v1/evaluations?status=reviewed", headers=_bearer(ADMIN_KEY))
    assert [i["id"] for i in reviewed.json()["data"]] == [first["id"]]
    wrong = await gw.http.get("/v1/evaluations?status=done", headers=_bearer(reviewer))
    assert wrong.status_code == 400
    missing = await gw.http.post(
        "/v1/evaluations/99999/review", json={"verdict": "both_ok"}, headers=_bearer(reviewer)
    )
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "evaluation_not_found"


def _csrf(page: str) -> str:
    match = re.search(r'const CSRF = "([^"]+)"', page)
    assert match, page[:500]
    return match.group(1)


@pytest.mark.anyio
async def test_dashboard_sign_in_cookie_csrf_sign_out(
    secured: Any, fake_upstream: FakeUpstream, tmp_path: Path
) -> None:
    gw: Secured = await secured()
    reviewer = await gw.new_key(name="reviewer", scopes=["review"])
    plain = await gw.new_key(name="app")
    store = await _compared(gw, tmp_path, plain, ["hello there"])
    (row,) = store.queue(Status.PENDING)

    # A browser without a session is sent to the sign-in page, not given a JSON 401.
    first = await gw.http.get("/dashboard")
    assert first.status_code == 303 and first.headers["location"].startswith("/dashboard/login")
    page = await gw.http.get("/dashboard/login")
    assert page.status_code == 200 and 'type="password"' in page.text

    async def sign_in(key: str) -> httpx.Response:
        return await gw.http.post("/dashboard/login", data={"key": key, "next": "/dashboard"})

    assert (await sign_in("hg-nope-x")).status_code == 401
    assert (await sign_in(plain)).status_code == 403  # no review scope
    signed = await sign_in(reviewer)
    assert signed.status_code == 303
    cookie = signed.headers["set-cookie"]
    for flag in ("HttpOnly", "Secure", "SameSite=strict", "Path=/dashboard"):
        assert flag.lower() in cookie.lower(), cookie
    assert f"Max-Age={SESSION_SECONDS}" in cookie
    token = signed.cookies.get(COOKIE) or cookie.split(";")[0].split("=", 1)[1]
    jar = {"cookie": f"{COOKIE}={token}"}

    # A review-only key lands on the queue; the costs page is the admin's.
    assert (await gw.http.get("/dashboard", headers=jar)).headers["location"] == (
        "/dashboard/review"
    )
    queue = await gw.http.get("/dashboard/review", headers=jar)
    assert queue.status_code == 200 and "Sign out" in queue.text
    csrf = _csrf(queue.text)
    listed = await gw.http.get("/dashboard/evaluations?status=pending", headers=jar)
    assert [i["id"] for i in listed.json()["data"]] == [row.id]

    url = f"/dashboard/evaluations/{row.id}/review"
    verdict = {"verdict": "local_ok"}
    assert (await gw.http.post(url, json=verdict, headers=jar)).status_code == 403  # no token
    forged = {**jar, "x-csrf-token": csrf, "origin": "http://evil.example"}
    assert (await gw.http.post(url, json=verdict, headers=forged)).status_code == 403
    ok = await gw.http.post(url, json=verdict, headers={**jar, "x-csrf-token": csrf})
    assert ok.status_code == 200 and ok.json()["reviewer_key_id"] == reviewer.split("-")[1]

    out = await gw.http.post("/dashboard/logout", data={"csrf": csrf}, headers=jar)
    assert out.status_code == 303 and "max-age=0" in out.headers["set-cookie"].lower()
    assert (await gw.http.get("/dashboard/evaluations", headers=jar)).status_code == 401

    # An expired session, and one whose key was revoked, are signed out too.
    sessions = SessionStore(gw.store.db)
    old, _ = sessions.open(reviewer.split("-")[1], time.time() - SESSION_SECONDS - 1)
    expired = {"cookie": f"{COOKIE}={old}"}
    assert (await gw.http.get("/dashboard/evaluations", headers=expired)).status_code == 401
    fresh, _ = sessions.open(reviewer.split("-")[1], time.time())
    live = {"cookie": f"{COOKIE}={fresh}"}
    assert (await gw.http.get("/dashboard/evaluations", headers=live)).status_code == 200
    gw.store.revoke(reviewer.split("-")[1])
    assert (await gw.http.get("/dashboard/evaluations", headers=live)).status_code == 401
    # The admin key signs in to the costs page.
    admin = await sign_in(ADMIN_KEY)
    admin_jar = {"cookie": f"{COOKIE}={admin.cookies.get(COOKIE)}"}
    costs = await gw.http.get("/dashboard", headers=admin_jar)
    assert costs.status_code == 200 and "review queue" in costs.text


@pytest.mark.slow
@pytest.mark.anyio
@needs_chromium
async def test_browser_reviews_three_comparisons_with_the_keyboard(
    secured: Any, fake_upstream: FakeUpstream, tmp_path: Path
) -> None:
    gw: Secured = await secured()
    reviewer = await gw.new_key(name="reviewer", scopes=["review"])
    client = await gw.new_key(name="app")
    fake_upstream.script("llama-local", [Reply("Paris."), Reply("4"), Reply("no idea")])
    prompts = ["capital of France?", "2+2?", "prove Fermat's last theorem"]
    store = await _compared(gw, tmp_path, client, prompts)

    def browse() -> tuple[list[str], list[str]]:
        problems: list[str] = []
        seen: list[str] = []
        with chromium_page(problems) as page:
            page.goto(f"{gw.url}/dashboard", wait_until="load")
            assert "/dashboard/login" in page.url  # sent to sign in
            page.fill("input[name=key]", reviewer)
            page.click("button[type=submit]")
            page.wait_for_url("**/dashboard/review")
            for key in ("2", "1", "4"):
                page.wait_for_selector("#item:not([hidden])")
                seen.append(page.locator("#prompt").inner_text())
                before = page.locator("#status").inner_text()
                page.keyboard.press(key)
                page.wait_for_function(
                    "(b) => document.getElementById('status').textContent !== b", arg=before
                )
            page.wait_for_function(
                "() => document.getElementById('status').textContent.includes('queue empty')"
            )
            page.screenshot(path=str(tmp_path / "review.png"))
        return problems, seen

    problems, seen = await anyio.to_thread.run_sync(browse)
    assert problems == []
    assert seen == prompts
    rows = {r.prompt: r for r in store.queue(Status.REVIEWED)}
    verdicts = [(rows[p].verdict, rows[p].reviewer_key_id) for p in prompts]
    key_id = reviewer.split("-")[1]
    assert verdicts == [("hosted_better", key_id), ("local_ok", key_id), ("both_bad", key_id)]
