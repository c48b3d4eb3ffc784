"""Dashboard sign-in: a key typed into a form becomes a server-side session, named by a
random token in a secure, HTTP-only, same-site cookie; POSTs carry the session's CSRF token.

Sessions live in the shared database (any worker can read them) as the SHA-256 of their
token, expire after SESSION_SECONDS, and end at sign-out; every request re-reads the key
behind the session, so a revoked or expired key signs its sessions out too."""

from __future__ import annotations

import hashlib
import hmac
import html
import secrets
import time
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import Column, Float, MetaData, String, Table, delete, insert, select
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from ..errors import GatewayError, PermissionDenied
from ..governance.keys import KeyStore
from ..principal import ANONYMOUS, Principal
from ..storage.sql import Database
from .body import read_body
from .keys import ADMIN

COOKIE = "hg_session"
SESSION_SECONDS = 8 * 3600
CSRF_HEADER = "x-csrf-token"
PAGE_STYLE = (
    "body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}"
    "input{font:inherit;padding:4px;width:28em}button{font:inherit;padding:4px 12px}"
)

metadata = MetaData()
sessions = Table(
    "hybridgate_sessions",
    metadata,
    Column("token_sha256", String(64), primary_key=True),
    Column("key_id", String(64), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", Float, nullable=False),
    Column("expires_at", Float, nullable=False, index=True),
)


@dataclass(frozen=True, slots=True)
class Session:
    key_id: str
    csrf: str
    expires_at: float


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SessionStore:
    """Blocking calls: from async code use `await store.db.run(...)`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        db.create(metadata)

    def open(self, key_id: str, now: float) -> tuple[str, Session]:
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        session = Session(key_id, csrf, now + SESSION_SECONDS)
        with self.db.begin() as conn:
            conn.execute(delete(sessions).where(sessions.c.expires_at <= now))
            conn.execute(
                insert(sessions),
                [{"token_sha256": _digest(token), "key_id": key_id, "csrf": csrf,
                  "created_at": now, "expires_at": session.expires_at}],
            )  # fmt: skip
        return token, session

    def get(self, token: str, now: float) -> Session | None:
        query = select(sessions).where(sessions.c.token_sha256 == _digest(token))
        with self.db.connect() as conn:
            row = conn.execute(query).mappings().first()
        if row is None or row["expires_at"] <= now:
            return None
        return Session(row["key_id"], row["csrf"], row["expires_at"])

    def close(self, token: str) -> None:
        with self.db.begin() as conn:
            conn.execute(delete(sessions).where(sessions.c.token_sha256 == _digest(token)))


def session_store(request: Request) -> SessionStore | None:
    """The app's session store (sessions need the key store's database), made once."""
    state = request.app.state
    store: SessionStore | None = getattr(state, "session_store", None)
    keys: KeyStore | None = getattr(state, "key_store", None)
    if store is None and keys is not None:
        store = state.session_store = SessionStore(keys.db)
    return store


async def _key_principal(request: Request, key_id: str, now: float) -> Principal | None:
    if key_id == ADMIN.key_id:
        return ADMIN if request.app.state.settings.admin_key else None
    keys: KeyStore = request.app.state.key_store
    info = await keys.db.run(keys.get, key_id)
    return info.principal() if info is not None and info.active(now) else None


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who looks at the dashboard, and the token its POSTs must carry."""

    principal: Principal
    csrf: str


def open_csrf(request: Request) -> str:
    """With auth off there is no session: one token per app still stops cross-site POSTs
    (a form on another site cannot read it or set the header)."""
    state = request.app.state
    token: str | None = getattr(state, "open_csrf", None)
    if token is None:
        token = state.open_csrf = secrets.token_urlsafe(24)
    return token


async def viewer(request: Request) -> Viewer | None:
    """The signed-in viewer: anyone when auth is off, else the session's key (None: sign
    in first). A bearer key works too, for tools; it needs no CSRF token."""
    if not request.app.state.gateway.config.auth.enabled:
        return Viewer(Principal(name="anonymous", admin=True), open_csrf(request))
    if request.headers.get("authorization") or request.headers.get("x-api-key"):
        principal = await request.app.state.authenticator.authenticate(request)
        return Viewer(principal, "")
    token = request.cookies.get(COOKIE)
    store = session_store(request)
    if not token or store is None:
        return None
    now = time.time()
    session = await store.db.run(store.get, token, now)
    if session is None:
        return None
    principal = await _key_principal(request, session.key_id, now)
    return Viewer(principal, session.csrf) if principal is not None else None


def _cross_site(request: Request) -> bool:
    """An Origin naming another host. Browsers send `Origin: null` for form posts under
    our `Referrer-Policy: no-referrer`: no evidence either way, so the token decides."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return False
    return urlsplit(origin).netloc != request.headers.get("host", "")


def check_csrf(request: Request, seen: Viewer, submitted: str | None = None) -> None:
    """A state-changing dashboard request must come from the page itself: same origin,
    and the session's token in the header (or form field)."""
    if _cross_site(request):
        raise PermissionDenied("Cross-site request refused")
    if not seen.csrf:
        return  # a bearer key: no cookie involved, nothing to forge
    token = submitted if submitted is not None else request.headers.get(CSRF_HEADER, "")
    if not hmac.compare_digest(token.encode(), seen.csrf.encode()):
        raise PermissionDenied("Missing or wrong CSRF token")


def _safe_next(target: str | None) -> str:
    return target if target and target.startswith("/dashboard") else "/dashboard"


def login_page(message: str = "", next_url: str = "/dashboard", status: int = 200) -> Response:
    note = f'<p role="alert" style="color:#b00">{html.escape(message)}</p>' if message else ""
    return HTMLResponse(
        "<!doctype html><html><head><meta charset=utf-8><title>hybridgate · sign in</title>"
        f'<link rel="icon" href="data:,"><style>{PAGE_STYLE}</style></head><body>'
        "<h1>hybridgate · sign in</h1>"
        "<p>Paste an API key with the <code>review</code> scope (or the admin key).</p>"
        f'{note}<form method="post" action="/dashboard/login">'
        f'<input type="hidden" name="next" value="{html.escape(_safe_next(next_url))}">'
        '<label>API key <input type="password" name="key" autocomplete="off" autofocus '
        'required></label> <button type="submit">Sign in</button></form></body></html>',
        status_code=status,
    )


async def show_login(request: Request) -> Response:
    return login_page(next_url=request.query_params.get("next", "/dashboard"))


def _cookie(response: Response, token: str, max_age: int) -> None:
    response.set_cookie(
        COOKIE, token, max_age=max_age, path="/dashboard",
        secure=True, httponly=True, samesite="strict",
    )  # fmt: skip


async def sign_in(request: Request) -> Response:
    form = parse_qs((await read_body(request, 16 * 1024)).decode("utf-8", "replace"))
    key = (form.get("key") or [""])[0].strip()
    next_url = _safe_next((form.get("next") or [""])[0])
    store = session_store(request)
    if not request.app.state.gateway.config.auth.enabled or store is None:
        return RedirectResponse(next_url, status_code=303)
    if _cross_site(request):
        return login_page("Cross-site sign-in refused.", next_url, 403)
    header = (b"authorization", f"Bearer {key}".encode())
    probe = Request({"type": "http", "method": "POST", "path": "/dashboard/login",
                     "query_string": b"", "headers": [header]})  # fmt: skip
    try:
        principal = await request.app.state.authenticator.authenticate(probe)
    except GatewayError:
        return login_page("That key was not accepted.", next_url, 401)
    if principal.key_id is None or not (principal.admin or principal.allows("review")):
        return login_page("That key has no review scope.", next_url, 403)
    token, _ = await store.db.run(store.open, principal.key_id, time.time())
    response = RedirectResponse(next_url, status_code=303)
    _cookie(response, token, SESSION_SECONDS)
    return response


async def sign_out(request: Request) -> Response:
    seen = await viewer(request)
    token = request.cookies.get(COOKIE)
    store = session_store(request)
    if seen is not None and token and store is not None:
        form = parse_qs((await read_body(request, 16 * 1024)).decode("utf-8", "replace"))
        check_csrf(request, seen, (form.get("csrf") or [""])[0])
        await store.db.run(store.close, token)
    response = RedirectResponse("/dashboard/login", status_code=303)
    _cookie(response, "", 0)
    return response


def sign_out_form(seen: Viewer) -> str:
    """The sign-out button (a POST with the CSRF token), shown when signed in by cookie."""
    if not seen.csrf or seen.principal is ANONYMOUS or seen.principal.name == "anonymous":
        return ""
    return (
        '<form method="post" action="/dashboard/logout" style="float:right">'
        f'<input type="hidden" name="csrf" value="{html.escape(seen.csrf)}">'
        f"signed in as {html.escape(seen.principal.name)} "
        '<button type="submit">Sign out</button></form>'
    )


__all__ = [
    "COOKIE",
    "CSRF_HEADER",
    "SESSION_SECONDS",
    "Session",
    "SessionStore",
    "Viewer",
    "check_csrf",
    "login_page",
    "show_login",
    "sign_in",
    "sign_out",
    "sign_out_form",
    "viewer",
]
