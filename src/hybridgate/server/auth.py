"""Authentication: the Authorization header → a Principal (who, which models, limits)."""

from __future__ import annotations

import hmac
from typing import Protocol

from starlette.requests import Request

from ..errors import AuthenticationFailed
from ..principal import ANONYMOUS, Principal


class Authenticator(Protocol):
    async def authenticate(self, request: Request) -> Principal: ...


def bearer(request: Request) -> str | None:
    """The API key: `Authorization: Bearer …`, or `x-api-key` (Anthropic's SDK)."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        api_key = request.headers.get("x-api-key", "").strip()
        return api_key or None
    return token.strip()


class OpenAccess:
    """auth.enabled: false: every caller is anonymous (a loopback/dev default)."""

    async def authenticate(self, request: Request) -> Principal:
        return ANONYMOUS


class AdminKeyOnly:
    """auth.enabled with no key store yet: only the admin key (HYBRIDGATE_ADMIN_KEY) passes."""

    def __init__(self, admin_key: str | None) -> None:
        self._admin_key = admin_key

    async def authenticate(self, request: Request) -> Principal:
        token = bearer(request)
        if token is None:
            raise AuthenticationFailed("Missing bearer API key in the Authorization header")
        if self._admin_key is None or not hmac.compare_digest(
            token.encode(), self._admin_key.encode()
        ):
            raise AuthenticationFailed("Incorrect API key provided")
        return Principal(key_id="admin", name="admin")
