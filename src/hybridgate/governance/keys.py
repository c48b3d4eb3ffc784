"""Virtual API keys: created once (the secret is shown then and never stored), kept as a
SHA-256 hash, looked up by key id and compared in constant time.

A key reads `hg-<key id>-<secret>`: the id finds the row, the secret (32 random bytes)
is hashed and compared with `hmac.compare_digest`. A 256-bit random secret needs no slow
password hash: there is nothing to brute-force."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
import time
from dataclasses import dataclass

from sqlalchemy import (
    Boolean,
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    insert,
    select,
    update,
)

from ..principal import Principal
from ..storage.sql import Database

PREFIX = "hg"
_KEY = re.compile(r"^hg-([a-z0-9]{12})-([A-Za-z0-9_-]{20,128})$")

metadata = MetaData()
api_keys = Table(
    "hybridgate_api_keys",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("secret_sha256", String(64), nullable=False),
    Column("models", Text, nullable=True),  # JSON list, NULL = every model
    Column("local_only", Boolean, nullable=False, default=False),
    Column("budget_usd_per_day", Float, nullable=True),
    Column("rpm", Integer, nullable=True),
    Column("tpm", Integer, nullable=True),
    Column("expires_at", Float, nullable=True),
    Column("created_at", Float, nullable=False),
    Column("revoked_at", Float, nullable=True),
    Column("scopes", Text, nullable=True),  # JSON list of SCOPES; added for issue 18
    # local | redact | escalate | block; NULL = router.privacy.on_sensitive (issue 19)
    Column("on_sensitive", String(16), nullable=True),
)

# Rights beyond calling models, given per key (`keys create --scope review`):
SCOPES = {
    "review": "review stored model comparisons (GET /v1/evaluations, the dashboard queue)",
    "review_sensitive": "also see comparisons of requests privacy flagged (with review)",
    "distill": "this key's hosted answers may go into `hybridgate export distill`",
    "metrics": "read GET /metrics when server.metrics_auth is on (a Prometheus scraper)",
}


@dataclass(frozen=True, slots=True)
class KeySpec:
    """What a new key may do; validated by the caller (CLI options, admin endpoint)."""

    name: str
    models: tuple[str, ...] | None = None
    local_only: bool = False
    budget_usd_per_day: float | None = None
    rpm: int | None = None
    tpm: int | None = None
    expires_at: float | None = None
    scopes: tuple[str, ...] = ()
    on_sensitive: str | None = None  # overrides router.privacy.on_sensitive for this key


@dataclass(frozen=True, slots=True)
class KeyInfo:
    """A stored key without its secret (nothing here is secret)."""

    id: str
    name: str
    models: tuple[str, ...] | None
    local_only: bool
    budget_usd_per_day: float | None
    rpm: int | None
    tpm: int | None
    expires_at: float | None
    created_at: float
    revoked_at: float | None
    secret_sha256: str
    scopes: tuple[str, ...] = ()
    on_sensitive: str | None = None

    def active(self, now: float) -> bool:
        return self.revoked_at is None and (self.expires_at is None or now < self.expires_at)

    def principal(self) -> Principal:
        return Principal(
            key_id=self.id,
            name=self.name,
            models=frozenset(self.models) if self.models is not None else None,
            local_only=self.local_only,
            budget_usd_per_day=self.budget_usd_per_day,
            rpm=self.rpm,
            tpm=self.tpm,
            expires=self.expires_at,
            scopes=frozenset(self.scopes),
            on_sensitive=self.on_sensitive,
        )

    def view(self) -> dict[str, object]:
        """The JSON shape of `keys list --json` and GET /v1/admin/keys."""
        return {
            "id": self.id,
            "name": self.name,
            "models": list(self.models) if self.models is not None else None,
            "local_only": self.local_only,
            "budget_usd_per_day": self.budget_usd_per_day,
            "rpm": self.rpm,
            "tpm": self.tpm,
            "expires_at": self.expires_at,
            "created_at": self.created_at,
            "revoked_at": self.revoked_at,
            "scopes": list(self.scopes),
            "on_sensitive": self.on_sensitive,
        }


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def parse_key(token: str) -> tuple[str, str] | None:
    """(key id, secret) of a well-formed key, else None."""
    match = _KEY.match(token)
    return (match.group(1), match.group(2)) if match else None


def _row(row: object) -> KeyInfo:
    m = row._mapping  # type: ignore[attr-defined]
    models = json.loads(m["models"]) if m["models"] is not None else None
    return KeyInfo(
        id=m["id"],
        name=m["name"],
        models=tuple(models) if models is not None else None,
        local_only=bool(m["local_only"]),
        budget_usd_per_day=m["budget_usd_per_day"],
        rpm=m["rpm"],
        tpm=m["tpm"],
        expires_at=m["expires_at"],
        created_at=m["created_at"],
        revoked_at=m["revoked_at"],
        secret_sha256=m["secret_sha256"],
        scopes=tuple(json.loads(m["scopes"])) if m["scopes"] else (),
        on_sensitive=m["on_sensitive"],
    )


class KeyStore:
    """The keys table on the shared Database (SQLite or PostgreSQL). Blocking calls:
    from async code use `await db.run(store.method, ...)`."""

    def __init__(self, db: Database) -> None:
        self.db = db
        db.create(metadata)
        db.add_columns(api_keys)

    def create(self, spec: KeySpec, *, now: float | None = None) -> tuple[str, KeyInfo]:
        """A new key: returns the full key (show it once) and its stored info."""
        key_id = secrets.token_hex(6)
        secret = secrets.token_urlsafe(32)
        values = {
            "id": key_id,
            "name": spec.name,
            "secret_sha256": digest(secret),
            "models": json.dumps(list(spec.models)) if spec.models is not None else None,
            "local_only": spec.local_only,
            "budget_usd_per_day": spec.budget_usd_per_day,
            "rpm": spec.rpm,
            "tpm": spec.tpm,
            "expires_at": spec.expires_at,
            "created_at": time.time() if now is None else now,
            "revoked_at": None,
            "scopes": json.dumps(sorted(set(spec.scopes))) if spec.scopes else None,
            "on_sensitive": spec.on_sensitive,
        }
        with self.db.begin() as conn:
            conn.execute(insert(api_keys), [values])
        info = self.get(key_id)
        assert info is not None
        return f"{PREFIX}-{key_id}-{secret}", info

    def get(self, key_id: str) -> KeyInfo | None:
        with self.db.connect() as conn:
            row = conn.execute(select(api_keys).where(api_keys.c.id == key_id)).first()
        return _row(row) if row is not None else None

    def list(self) -> list[KeyInfo]:
        with self.db.connect() as conn:
            rows = conn.execute(select(api_keys).order_by(api_keys.c.created_at)).all()
        return [_row(r) for r in rows]

    def revoke(self, key_id: str, *, now: float | None = None) -> bool:
        """Revoke a key; False when no active key has this id."""
        stmt = (
            update(api_keys)
            .where(api_keys.c.id == key_id, api_keys.c.revoked_at.is_(None))
            .values(revoked_at=time.time() if now is None else now)
        )
        with self.db.begin() as conn:
            return conn.execute(stmt).rowcount == 1

    def verify(self, token: str, *, now: float | None = None) -> KeyInfo | None:
        """The active key `token` names, or None (unknown, wrong secret, revoked, expired)."""
        parsed = parse_key(token)
        if parsed is None:
            return None
        info = self.get(parsed[0])
        return check(info, parsed[1], time.time() if now is None else now)


def secret_matches(info: KeyInfo | None, secret: str) -> bool:
    """Constant-time comparison of the secret's hash (unknown ids cost the same)."""
    expected = info.secret_sha256 if info is not None else "0" * 64
    return hmac.compare_digest(digest(secret).encode(), expected.encode()) and info is not None


def check(info: KeyInfo | None, secret: str, now: float) -> KeyInfo | None:
    """The key if the secret matches and the key is active, else None."""
    if not secret_matches(info, secret) or info is None or not info.active(now):
        return None
    return info
