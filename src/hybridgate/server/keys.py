"""KeyAuthenticator (virtual API keys + the admin key) and the admin key endpoints:
POST/GET /v1/admin/keys, DELETE /v1/admin/keys/{id} (admin key only)."""

from __future__ import annotations

import hmac
import time
from collections.abc import Callable
from typing import Literal

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..errors import AuthenticationFailed, InvalidRequest, KeyNotFound, PermissionDenied
from ..governance.keys import KeyInfo, KeySpec, KeyStore, check, parse_key, secret_matches
from ..principal import Principal
from .auth import bearer
from .body import read_body

ADMIN = Principal(key_id="admin", name="admin", admin=True)
_CACHE_MAX = 10_000


class KeyAuthenticator:
    """auth.enabled: a virtual key (hashed in the key store) or the admin key passes.
    Key rows are cached `cache_seconds` (unknown ids too), so the store is not read on
    every request; a revocation elsewhere takes effect within that time."""

    def __init__(
        self,
        store: KeyStore,
        admin_key: str | None,
        *,
        cache_seconds: float = 5.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self._admin_key = admin_key.encode() if admin_key else None
        self._ttl = cache_seconds
        self._clock = clock
        self._cache: dict[str, tuple[float, KeyInfo | None]] = {}

    async def _lookup(self, key_id: str, now: float) -> KeyInfo | None:
        hit = self._cache.get(key_id)
        if hit is not None and now - hit[0] < self._ttl:
            return hit[1]
        info = await self.store.db.run(self.store.get, key_id)
        if len(self._cache) >= _CACHE_MAX:
            self._cache.clear()
        self._cache[key_id] = (now, info)
        return info

    async def authenticate(self, request: Request) -> Principal:
        token = bearer(request)
        if token is None:
            raise AuthenticationFailed("Missing bearer API key in the Authorization header")
        if self._admin_key is not None and hmac.compare_digest(token.encode(), self._admin_key):
            return ADMIN
        parsed = parse_key(token)
        if parsed is None:
            raise AuthenticationFailed("Incorrect API key provided")
        now = self._clock()
        info = await self._lookup(parsed[0], now)
        if check(info, parsed[1], now) is not None:
            assert info is not None
            return info.principal()
        # Say why only to the holder of the right secret.
        if secret_matches(info, parsed[1]):
            raise AuthenticationFailed("This API key has been revoked or has expired")
        raise AuthenticationFailed("Incorrect API key provided")


class NewKey(BaseModel):
    """The body of POST /v1/admin/keys."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200)
    models: list[str] | None = None
    local_only: bool = False
    budget_usd_per_day: float | None = Field(None, ge=0)
    rpm: int | None = Field(None, gt=0)
    tpm: int | None = Field(None, gt=0)
    expires_at: float | None = Field(None, gt=0, description="Unix seconds.")
    scopes: list[Literal["review", "review_sensitive", "distill", "metrics"]] = Field(
        default_factory=list
    )
    on_sensitive: Literal["local", "redact", "escalate", "block"] | None = None


async def _admin(request: Request) -> KeyStore:
    principal = await request.app.state.authenticator.authenticate(request)
    request.state.principal = principal
    if not principal.admin:
        raise PermissionDenied("Admin endpoints need the admin key")
    store: KeyStore | None = getattr(request.app.state, "key_store", None)
    if store is None:
        raise InvalidRequest("API keys are off (auth.enabled: false)")
    return store


async def create_key(request: Request) -> Response:
    store = await _admin(request)
    raw = await read_body(request, 64 * 1024)
    try:
        body = NewKey.model_validate(orjson.loads(raw or b"null"))
    except orjson.JSONDecodeError:
        raise InvalidRequest("The request body must be JSON") from None
    except ValidationError as exc:
        err = exc.errors(include_url=False)[0]
        param = ".".join(str(p) for p in err["loc"]) or None
        raise InvalidRequest(f"Invalid value for '{param}': {err['msg']}", param=param) from None
    known = {m.name for m in request.app.state.gateway.config.models}
    unknown = sorted(set(body.models or ()) - known)
    if unknown:
        raise InvalidRequest(f"Unknown model(s): {', '.join(unknown)}", param="models")
    spec = KeySpec(
        name=body.name,
        models=tuple(body.models) if body.models is not None else None,
        local_only=body.local_only,
        budget_usd_per_day=body.budget_usd_per_day,
        rpm=body.rpm,
        tpm=body.tpm,
        expires_at=body.expires_at,
        scopes=tuple(dict.fromkeys(body.scopes)),
        on_sensitive=body.on_sensitive,
    )
    key, info = await store.db.run(store.create, spec)
    return JSONResponse({"key": key, **info.view()}, status_code=201)


async def list_keys(request: Request) -> Response:
    store = await _admin(request)
    infos = await store.db.run(store.list)
    return JSONResponse({"object": "list", "data": [i.view() for i in infos]})


async def revoke_key(request: Request) -> Response:
    store = await _admin(request)
    key_id = request.path_params["key_id"]
    if not await store.db.run(store.revoke, key_id):
        raise KeyNotFound(f"No active API key with id '{key_id}'")
    return JSONResponse({"id": key_id, "revoked": True})


ADMIN_ROUTES = [
    Route("/v1/admin/keys", create_key, methods=["POST"]),
    Route("/v1/admin/keys", list_keys, methods=["GET"]),
    Route("/v1/admin/keys/{key_id}", revoke_key, methods=["DELETE"]),
]
