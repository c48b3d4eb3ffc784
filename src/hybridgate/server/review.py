"""Human review of stored comparisons ("ask both, compare"): the API
(`GET /v1/evaluations?status=pending`, `POST /v1/evaluations/{id}/review`, key scope
`review`) and the dashboard's review queue (`/dashboard/review`, keyboard shortcuts).

A comparison of a request privacy flagged is listed only to keys with `review_sensitive`
(or the admin key); its texts exist only if the logging policy kept them. The verdict is
stored with the reviewer's key id; `hybridgate router train` learns from it."""

from __future__ import annotations

import time

import orjson
from pydantic import BaseModel, ConfigDict, ValidationError
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Route

from ..errors import AuthenticationFailed, EvaluationNotFound, InvalidRequest, PermissionDenied
from ..gateway import Gateway
from ..principal import Principal
from ..storage.evaluations import EvaluationRow, EvaluationStore, Status, Verdict
from .body import read_body
from .sessions import (
    PAGE_STYLE,
    Viewer,
    check_csrf,
    show_login,
    sign_in,
    sign_out,
    sign_out_form,
    viewer,
)

PAGE = 50


class ReviewBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    verdict: Verdict


def _store(request: Request) -> EvaluationStore | None:
    gateway: Gateway = request.app.state.gateway
    evaluator = gateway.evaluator
    return evaluator.store if evaluator is not None else None


def _may_review(principal: Principal, auth_on: bool) -> None:
    if auth_on and not principal.allows("review"):
        raise PermissionDenied("Reviewing comparisons needs a key with the 'review' scope")


def item(row: EvaluationRow) -> dict[str, object]:
    """The JSON shape of one comparison (API and dashboard)."""
    answers = [
        {"model": row.primary_model, "hosted": row.primary_hosted, "served": True,
         "text": row.primary_text, "latency_s": row.primary_latency_s,
         "cost_usd": row.primary_cost_usd},
        {"model": row.other_model, "hosted": row.other_hosted, "served": False,
         "text": row.other_text, "latency_s": row.other_latency_s,
         "cost_usd": row.other_cost_usd},
    ]  # fmt: skip
    answers.sort(key=lambda a: bool(a["hosted"]))  # in-house first, then hosted
    return {
        "id": row.id,
        "object": "evaluation",
        "request_id": row.request_id,
        "created_at": row.created_at,
        "key_id": row.key_id,
        "sensitive": bool(row.sensitive),
        "prompt": row.prompt,
        "answers": answers,
        "agreement": row.agreement,
        "disagree": row.disagree,
        "status": "reviewed" if row.verdict else "pending",
        "verdict": row.verdict,
        "reviewer_key_id": row.reviewer_key_id,
        "reviewed_at": row.reviewed_at,
    }


async def _list(request: Request, principal: Principal) -> Response:
    raw_status = request.query_params.get("status", "pending")
    try:
        status = Status(raw_status)
    except ValueError:
        raise InvalidRequest(
            "status must be one of pending, reviewed, all", param="status"
        ) from None
    try:
        limit = min(max(int(request.query_params.get("limit", PAGE)), 1), 500)
        after = request.query_params.get("after")
        after_id = int(after) if after else None
    except ValueError:
        raise InvalidRequest("limit and after must be integers") from None
    store = _store(request)
    rows: list[EvaluationRow] = []
    if store is not None:
        sensitive = principal.allows("review_sensitive")
        rows = await store.db.run(
            lambda: store.queue(status, sensitive=sensitive, limit=limit, after=after_id)
        )
    return JSONResponse({"object": "list", "data": [item(r) for r in rows]})


async def _review(request: Request, principal: Principal) -> Response:
    try:
        evaluation_id = int(request.path_params["evaluation_id"])
    except ValueError:
        raise EvaluationNotFound("No evaluation with that id") from None
    raw = await read_body(request, 16 * 1024)
    try:
        body = ReviewBody.model_validate(orjson.loads(raw or b"null"))
    except orjson.JSONDecodeError:
        raise InvalidRequest("The request body must be JSON") from None
    except ValidationError:
        raise InvalidRequest(
            "verdict must be one of " + ", ".join(v.value for v in Verdict), param="verdict"
        ) from None
    store = _store(request)
    row = await store.db.run(store.get, evaluation_id) if store is not None else None
    # A comparison the key may not see answers like one that does not exist.
    if store is None or row is None or (row.sensitive and not principal.allows("review_sensitive")):
        raise EvaluationNotFound(f"No evaluation with id {evaluation_id}")
    reviewed = await store.db.run(
        store.review, evaluation_id, body.verdict, principal.key_id, time.time()
    )
    assert reviewed is not None
    return JSONResponse(item(reviewed))


async def _api_principal(request: Request) -> Principal:
    principal: Principal = await request.app.state.authenticator.authenticate(request)
    request.state.principal = principal
    _may_review(principal, request.app.state.gateway.config.auth.enabled)
    return principal


async def list_evaluations(request: Request) -> Response:
    return await _list(request, await _api_principal(request))


async def review_evaluation(request: Request) -> Response:
    return await _review(request, await _api_principal(request))


async def _dashboard_viewer(request: Request) -> Viewer:
    seen = await viewer(request)
    if seen is None:
        raise AuthenticationFailed("Sign in at /dashboard/login")
    _may_review(seen.principal, request.app.state.gateway.config.auth.enabled)
    return seen


async def dashboard_evaluations(request: Request) -> Response:
    seen = await _dashboard_viewer(request)
    return await _list(request, seen.principal)


async def dashboard_review(request: Request) -> Response:
    seen = await _dashboard_viewer(request)
    check_csrf(request, seen)
    return await _review(request, seen.principal)


async def review_page(request: Request) -> Response:
    seen = await viewer(request)
    if seen is None:
        return RedirectResponse("/dashboard/login?next=/dashboard/review", status_code=303)
    _may_review(seen.principal, request.app.state.gateway.config.auth.enabled)
    return HTMLResponse(render_queue(seen))


VERDICTS = (
    ("1", "local_ok", "local is good enough"),
    ("2", "hosted_better", "hosted is better"),
    ("3", "both_ok", "both fine"),
    ("4", "both_bad", "both bad"),
)


def render_queue(seen: Viewer) -> str:
    buttons = "".join(
        f'<button data-verdict="{v}" title="key {k}">{k} · {label}</button> '
        for k, v, label in VERDICTS
    )
    keys = {k: v for k, v, _ in VERDICTS}
    return (
        "<!doctype html><html><head><meta charset=utf-8><title>hybridgate · review</title>"
        f'<link rel="icon" href="data:,"><style>{PAGE_STYLE}'
        ".pair{display:flex;gap:1em}.pair>div{flex:1;border:1px solid #ccc;padding:8px}"
        "pre{white-space:pre-wrap;font:inherit}#status{color:#555}</style></head><body>"
        + sign_out_form(seen)
        + '<h1>hybridgate · review queue</h1><p><a href="/dashboard">costs</a> · keys: '
        "1 local is good enough, 2 hosted is better, 3 both fine, 4 both bad, "
        "s skip</p><p id=status>loading…</p><div id=item hidden>"
        "<h2>Prompt</h2><pre id=prompt></pre><div class=pair>"
        "<div><h3 id=a-title></h3><pre id=a-text></pre><p id=a-meta></p></div>"
        "<div><h3 id=b-title></h3><pre id=b-text></pre><p id=b-meta></p></div></div>"
        f"<p id=agreement></p><p>{buttons}</p></div>"
        "<script>\n"
        f"const CSRF = {orjson.dumps(seen.csrf).decode()};\n"
        f"const KEYS = {orjson.dumps(keys).decode()};\n" + _SCRIPT + "</script></body></html>"
    )


# textContent only: prompts and answers are untrusted text.
_SCRIPT = """
let queue = [], last = 0, done = 0, current = null, busy = false;
const $ = (id) => document.getElementById(id);
async function more() {
  const r = await fetch(`/dashboard/evaluations?status=pending&after=${last}`,
                        {credentials: "same-origin"});
  if (!r.ok) { $("status").textContent = `error ${r.status}`; return; }
  const data = (await r.json()).data;
  for (const e of data) { queue.push(e); last = Math.max(last, e.id); }
}
function side(prefix, a) {
  const where = a.hosted ? "hosted" : "in-house";
  $(prefix + "-title").textContent = `${a.model} (${where}${a.served ? ", answered" : ""})`;
  $(prefix + "-text").textContent = a.text;
  $(prefix + "-meta").textContent =
    `${a.latency_s.toFixed(2)} s · $${a.cost_usd.toFixed(6)}`;
}
async function show() {
  if (queue.length < 3) await more();
  current = queue.shift() || null;
  if (!current) {
    $("item").hidden = true;
    $("status").textContent = `queue empty · ${done} reviewed`;
    return;
  }
  $("item").hidden = false;
  $("item").dataset.id = current.id;
  $("status").textContent = `comparison #${current.id} · ${done} reviewed`;
  $("prompt").textContent = current.prompt;
  side("a", current.answers[0]);
  side("b", current.answers[1]);
  const agreement = current.agreement === null ? "-" : current.agreement.toFixed(2);
  $("agreement").textContent = `automatic agreement ${agreement}`;
}
async function judge(verdict) {
  if (!current || busy) return;
  busy = true;
  try {
    const r = await fetch(`/dashboard/evaluations/${current.id}/review`, {
      method: "POST", credentials: "same-origin",
      headers: {"content-type": "application/json", "x-csrf-token": CSRF},
      body: JSON.stringify({verdict})});
    if (!r.ok) { $("status").textContent = `error ${r.status}`; return; }
    done += 1;
    await show();
  } finally { busy = false; }
}
document.addEventListener("keydown", (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (KEYS[e.key]) { e.preventDefault(); judge(KEYS[e.key]); }
  else if (e.key === "s") { e.preventDefault(); show(); }
});
for (const b of document.querySelectorAll("button[data-verdict]"))
  b.addEventListener("click", () => judge(b.dataset.verdict));
show();
"""


REVIEW_ROUTES = [
    Route("/v1/evaluations", list_evaluations, methods=["GET"]),
    Route("/v1/evaluations/{evaluation_id}/review", review_evaluation, methods=["POST"]),
    Route("/dashboard/review", review_page, methods=["GET"]),
    Route("/dashboard/evaluations", dashboard_evaluations, methods=["GET"]),
    Route("/dashboard/evaluations/{evaluation_id}/review", dashboard_review, methods=["POST"]),
    Route("/dashboard/login", show_login, methods=["GET"]),
    Route("/dashboard/login", sign_in, methods=["POST"]),
    Route("/dashboard/logout", sign_out, methods=["POST"]),
]

__all__ = ["REVIEW_ROUTES", "item"]
