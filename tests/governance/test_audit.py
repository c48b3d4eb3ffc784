"""The audit log: a hash chain that verifies, breaks on any edit, keeps prompt content
only as the logging policy says, and purges content past retention."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, select, update

from hybridgate.accounting.pricing import Usage
from hybridgate.config import LoggingConfig
from hybridgate.features.extract import Entity
from hybridgate.observability.audit import (
    AuditLog,
    AuditStore,
    audit,
    audit_content,
    audit_head,
    redact_text,
)
from hybridgate.observability.calls import CallRecord
from hybridgate.schemas import ChatRequest
from hybridgate.storage.sql import Database

from ..fakes.upstream import FakeUpstream

SECRET_TEXT = "Mail alice@example.com, card 4111 1111 1111 1111, name Alice Smith"


def call(i: int, *, text: str = "hello") -> CallRecord:
    request = ChatRequest.model_validate(
        {"model": "auto", "messages": [{"role": "user", "content": text}]}
    )
    start = text.find("Alice Smith")
    entities = (Entity("PERSON", start, start + 11, 0),) if start >= 0 else ()
    return CallRecord(
        request_id=f"req_{i}", started_at=1_700_000_000.123456 + i, key_id="k1",
        requested_model="auto", model="llama-local", hosted=False, reason="privacy",
        status=200, stream=False, usage=Usage(prompt_tokens=10, completion_tokens=5),
        usage_estimated=False, cost_usd=0.0001234, latency_s=0.1,
        entity_counts={"PERSON": len(entities)} if entities else {},
        request=request, answer=f"answer {i} to alice@example.com", entities=entities,
    )  # fmt: skip


def test_chain_verifies_and_detects_each_kind_of_tampering(db: Database) -> None:
    store = AuditStore(db)
    store.append([call(i) for i in range(5)], "metadata")
    store.append([call(i) for i in range(5, 8)], "metadata")
    result = store.verify()
    assert result.ok and result.records == 8

    with db.begin() as conn:  # alter one field
        conn.execute(update(audit).where(audit.c.seq == 3).values(model="gpt-hosted"))
    bad = store.verify()
    assert not bad.ok and any("seq 3" in p for p in bad.problems)
    with db.begin() as conn:
        conn.execute(update(audit).where(audit.c.seq == 3).values(model="llama-local"))
    assert store.verify().ok

    with db.begin() as conn:  # delete a record in the middle
        conn.execute(delete(audit).where(audit.c.seq == 4))
    assert any("missing" in p or "link" in p for p in store.verify().problems)


def test_cutting_the_tail_is_detected(db: Database) -> None:
    store = AuditStore(db)
    store.append([call(i) for i in range(4)], "metadata")
    with db.begin() as conn:
        conn.execute(delete(audit).where(audit.c.seq == 4))
    result = store.verify()
    assert not result.ok and "truncated" in result.problems[-1]


def test_an_hmac_chain_cannot_be_recomputed_without_the_key(db: Database) -> None:
    AuditStore(db, key=b"k1").append([call(0), call(1)], "metadata")
    assert AuditStore(db, key=b"k1").verify().ok
    assert not AuditStore(db, key=b"other").verify().ok
    assert not AuditStore(db).verify().ok


@pytest.mark.parametrize("policy", ["none", "metadata", "redacted", "full"])
def test_the_logging_policy_decides_what_content_is_kept(db: Database, policy: str) -> None:
    store = AuditStore(db)
    store.append([call(1, text=SECRET_TEXT)], policy)
    with db.connect() as conn:
        row = conn.execute(select(audit)).one()._mapping
        everything = json.dumps([dict(r._mapping) for r in conn.execute(select(audit))])
    assert "alice" not in everything.lower() and "4111" not in everything  # metadata only
    assert row["key_id"] == "k1" and row["reason"] == "privacy"
    content = store.content(1)
    if policy in ("none", "metadata"):
        assert content is None and row["content_sha256"] is None
        assert json.loads(row["entities"]) == ({} if policy == "none" else {"PERSON": 1})
    elif policy == "redacted":
        assert content is not None
        assert "alice" not in content.lower() and "4111" not in content and "Smith" not in content
        assert "[PERSON]" in content and "[EMAIL]" in content and "[NUMBER]" in content
    else:
        assert content is not None and SECRET_TEXT in content
    assert store.verify().ok


def test_purge_removes_old_content_and_the_chain_still_verifies(db: Database) -> None:
    store = AuditStore(db)
    store.append([call(1, text="old")], "full", now=1_000.0)
    store.append([call(2, text="new")], "full", now=1_000.0 + 10 * 86400)
    assert store.purge(retention_days=5, now=1_000.0 + 10 * 86400) == 1
    assert store.content(1) is None and store.content(2) is not None
    assert store.verify().ok
    with db.begin() as conn:  # content edits are caught too
        conn.execute(update(audit_content).values(content="{}"))
    assert not store.verify().ok


def test_a_missing_head_is_reported(db: Database) -> None:
    store = AuditStore(db)
    store.append([call(1)], "metadata")
    with db.begin() as conn:
        conn.execute(delete(audit_head))
    assert "head record missing" in store.verify().problems


def test_redact_text_replaces_scanner_spans_and_identifiers() -> None:
    text = "Call +49 170 1234567 or see https://x.example/a?b=1; IBAN DE89 3704 0044 0532 0130 00"
    out = redact_text(text, [(0, 4, "VERB")])
    assert out.startswith("[VERB]")
    assert "1234567" not in out and "x.example" not in out and "DE89" not in out


def test_audit_log_writes_off_thread_and_flushes(db: Database) -> None:
    log = AuditLog(AuditStore(db), LoggingConfig())
    for i in range(50):
        log.record(call(i))
    log.flush()
    assert log.store.verify().records == 50
    log.close()


@pytest.mark.anyio
async def test_served_calls_are_audited_with_who_what_why(  # type: ignore[no-untyped-def]
    secured, fake_upstream: FakeUpstream
) -> None:
    gw = await secured()
    key = await gw.new_key()
    assert (await gw.chat(key, model="gpt-hosted")).status_code == 200
    assert (await gw.chat(key, model="nope")).status_code == 404  # refused before routing
    fake_upstream.script("llama-local", [])
    from ..fakes.upstream import Fail

    fake_upstream.script("llama-local", [Fail(400)])
    failed = await gw.chat(key, model="llama-local")
    assert failed.status_code == 400
    gw.audit.flush()
    rows = list(gw.audit.store.rows())
    assert [(r["model"], r["status"]) for r in rows] == [("gpt-hosted", 200), ("llama-local", 400)]
    assert rows[0]["key_id"] == key.split("-")[1] and rows[0]["reason"] == "explicit"
    assert key not in json.dumps(rows)
    assert gw.audit.store.verify().ok


@pytest.mark.anyio
async def test_refusals_are_audited_too(secured) -> None:  # type: ignore[no-untyped-def]
    gw = await secured()
    key = await gw.new_key(models=["llama-local"], rpm=1)
    assert (await gw.chat(None)).status_code == 401
    assert (await gw.chat(key, model="gpt-hosted")).status_code == 403
    assert (await gw.chat(key)).status_code == 429  # the 403 used the minute's request
    gw.audit.flush()
    rows = list(gw.audit.store.rows())
    key_id = key.split("-")[1]
    assert [(r["key_id"], r["status"], r["reason"], r["error_code"]) for r in rows] == [
        (None, 401, "denied", "invalid_api_key"),
        (key_id, 403, "denied", "permission_denied"),
        (key_id, 429, "denied", "rate_limit_exceeded"),
    ]
    assert gw.audit.store.verify().ok
