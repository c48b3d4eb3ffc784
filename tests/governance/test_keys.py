"""The key store on SQLite and PostgreSQL: secrets never stored, lookups constant-time,
revocation and expiry honoured."""

from __future__ import annotations

from sqlalchemy import select

from hybridgate.governance.keys import KeySpec, KeyStore, api_keys, digest, parse_key
from hybridgate.storage.sql import Database


def test_create_shows_the_key_once_and_stores_only_its_hash(db: Database) -> None:
    store = KeyStore(db)
    key, info = store.create(KeySpec(name="team-a", models=("llama-local",), rpm=5))
    key_id, secret = parse_key(key) or ("", "")
    assert key_id == info.id and len(secret) >= 40
    with db.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(api_keys))]
    assert len(rows) == 1
    assert secret not in repr(rows) and key not in repr(rows)
    assert rows[0]["secret_sha256"] == digest(secret)
    assert "secret" not in str(info.view()) and secret not in str(info.view())


def test_verify_accepts_the_key_and_rejects_near_misses(db: Database) -> None:
    store = KeyStore(db)
    key, info = store.create(KeySpec(name="a", local_only=True, budget_usd_per_day=2.5))
    found = store.verify(key)
    assert found is not None and found.id == info.id
    principal = found.principal()
    assert principal.local_only and principal.budget_usd_per_day == 2.5
    assert principal.key_id == info.id and not principal.admin
    assert store.verify(key[:-1] + ("A" if key[-1] != "A" else "B")) is None
    assert store.verify(key + "x") is None
    assert store.verify("hg-000000000000-" + key.split("-", 2)[2]) is None
    assert store.verify("sk-something-else") is None
    assert store.verify("") is None


def test_revoked_and_expired_keys_fail(db: Database) -> None:
    store = KeyStore(db)
    key, info = store.create(KeySpec(name="a"))
    assert store.revoke(info.id)
    assert not store.revoke(info.id)  # already revoked
    assert store.verify(key) is None
    assert store.get(info.id) is not None  # kept for the audit trail
    key2, _ = store.create(KeySpec(name="b", expires_at=1_000.0))
    assert store.verify(key2, now=999.0) is not None
    assert store.verify(key2, now=1_000.0) is None


def test_list_returns_every_key_in_creation_order(db: Database) -> None:
    store = KeyStore(db)
    for i in range(3):
        store.create(KeySpec(name=f"k{i}"), now=100.0 + i)
    assert [k.name for k in store.list()] == ["k0", "k1", "k2"]
