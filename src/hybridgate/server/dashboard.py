"""GET /dashboard: spend (today, this month, by model, savings) and the recent calls, as
one HTML page read from the ledger. Open when auth is off; when it is on, the admin key
(signed in at /dashboard/login, or as a bearer key); a key with only the `review` scope
goes to the review queue (server/review.py)."""

from __future__ import annotations

import calendar
import html
import time
from dataclasses import dataclass

from sqlalchemy import desc, select
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ..accounting.ledger import Ledger, calls, day_of, month_of
from ..accounting.savings import CostReport, report
from ..config import Config
from ..errors import PermissionDenied
from ..gateway import Gateway
from .sessions import sign_out_form, viewer

RECENT = 50
COLUMNS = ("time (UTC)", "request", "key", "model", "reason", "status", "tokens", "USD", "ms")


@dataclass(frozen=True, slots=True)
class Snapshot:
    today: CostReport
    month: CostReport
    recent: list[tuple[str, ...]]


def _snapshot(ledger: Ledger, config: Config, now: float) -> Snapshot:
    midnight = calendar.timegm(time.strptime(day_of(now), "%Y-%m-%d"))
    month_start = calendar.timegm(time.strptime(month_of(now), "%Y-%m"))
    today = report(ledger.db, config, since=midnight, dimensions=("model", "reason"))
    month = report(ledger.db, config, since=month_start, dimensions=("key",))
    query = select(calls).order_by(desc(calls.c.id)).limit(RECENT)
    with ledger.db.connect() as conn:
        rows = conn.execute(query).mappings().all()
    recent: list[tuple[str, ...]] = [
        (
            time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(r["ts"])),
            r["request_id"],
            r["key_id"] or "-",
            r["model"],
            r["reason"],
            str(r["status"]),
            f"{r['prompt_tokens']}/{r['completion_tokens']}",
            f"{r['cost_usd']:.6f}",
            f"{r['latency_ms']:.0f}",
        )
        for r in rows
    ]
    return Snapshot(today, month, recent)


def _table(title: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<h2>{html.escape(title)}</h2><table><tr>{head}</tr>{body}</table>"


def _breakdown(result: CostReport, dim: str) -> list[tuple[str, ...]]:
    return [
        (line.group, f"{line.calls:,}", f"{line.cost_usd:.4f}") for line in result.by.get(dim, ())
    ]


def render(snap: Snapshot) -> str:
    def headline(label: str, r: CostReport) -> str:
        s = r.savings
        return (
            f"<p><b>{label}</b>: {r.calls:,} calls, ${s.actual_usd:.4f} spent; all on "
            f"{html.escape(s.reference)} would have been ${s.counterfactual_usd:.4f} "
            f"(saved ${s.saved_usd:.4f}, {s.saved_share:.1%})</p>"
        )

    return (
        "<!doctype html><html><head><meta charset=utf-8>"
        '<meta http-equiv="refresh" content="15"><title>hybridgate · costs</title>'
        '<link rel="icon" href="data:,">'  # no /favicon.ico request (a 404 in the console)
        "<style>"
        "body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}"
        "td:first-child,th:first-child{text-align:left}</style></head><body>"
        "<h1>hybridgate · costs</h1>"
        + headline("Today (UTC)", snap.today)
        + headline("This month", snap.month)
        + _table("Today by model", ("model", "calls", "USD"), _breakdown(snap.today, "model"))
        + _table(
            "Today by route reason", ("reason", "calls", "USD"), _breakdown(snap.today, "reason")
        )
        + _table("This month by key", ("key", "calls", "USD"), _breakdown(snap.month, "key"))
        + _table(f"Last {RECENT} calls", COLUMNS, snap.recent)
        + "</body></html>"
    )


async def dashboard(request: Request) -> Response:
    gateway: Gateway = request.app.state.gateway
    seen = await viewer(request)
    if seen is None:
        return RedirectResponse("/dashboard/login?next=/dashboard", status_code=303)
    if not seen.principal.admin:
        if seen.csrf and seen.principal.allows("review"):
            return RedirectResponse("/dashboard/review", status_code=303)
        raise PermissionDenied("The dashboard needs the admin key")
    links = f'{sign_out_form(seen)}<p><a href="/dashboard/review">review queue</a></p>'
    ledger = next((o for o in gateway.observers if isinstance(o, Ledger)), None)
    if ledger is None:
        return HTMLResponse(
            f"<!doctype html>{links}<h1>hybridgate</h1><p>No ledger configured.</p>"
        )
    snap = await ledger.db.run(_snapshot, ledger, gateway.config, time.time())
    page = render(snap)
    return HTMLResponse(
        page.replace("<h1>hybridgate · costs</h1>", links + "<h1>hybridgate · costs</h1>", 1)
    )
