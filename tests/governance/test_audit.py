"""The audit log: a hash chain that verifies, breaks on any edit, keeps prompt content
only as the logging policy says, and purges content past retention."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from hybridgate.accounting.pricing import Usage
from hybridgate.config import LoggingConfig
from hybridgate.execution.redaction import Redactor
from hybridgate.features import FeatureExtractor
from hybridgate.features.extract import Entity
from hybridgate.features.masking import AuditMasker
from hybridgate.features.privacy import Scanner, SpacyNER
from hybridgate.observability.audit import (
    AuditLog,
    AuditStore,
    audit,
    audit_content,
    audit_head,
    redact_text,
)
from hybridgate.observability.calls import CallRecord
from hybridgate.routing.decision import Transform
from hybridgate.schemas import ChatRequest
from hybridgate.storage.sql import Database

from ..conftest import base_config
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
    store = AuditStore(db, masker=AuditMasker())
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
        # The scanner's spans become the request's placeholders; patterns catch the rest.
        assert "<PERSON_1>" in content and "[EMAIL]" in content and "[NUMBER]" in content
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


# -- the audit log must not undo the redaction (issue 13, item 5) -------------------------

IDS = {
    "email": "maria.gonzalez@example-mail.com",
    "iban": "GB82WEST12345698765432",
    "phone": "+44 7700 900123",
    "name": "Maria Gonzalez",
}


def _tool_conversation() -> dict[str, Any]:
    return {
        "messages": [
            {"role": "user", "content": [
                {"type": "text", "text": "Please pay the invoice."},
                {"type": "text", "text": f"I am {IDS['name']}, mail {IDS['email']}."}]},
            {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1",
                "type": "function", "function": {"name": "pay",
                "arguments": json.dumps({"iban": IDS["iban"], "phone": IDS["phone"]})}}]},
            {"role": "tool", "tool_call_id": "call_1", "content": f"paid from {IDS['iban']}"},
            {"role": "user", "content": f"Confirm to {IDS['email']}, please."},
        ],
    }  # fmt: skip


def _assert_clean(text: str) -> None:
    for kind, value in IDS.items():
        assert value not in text, kind
        assert value.replace(" ", "") not in text.replace(" ", ""), kind


def test_redacted_policy_masks_every_part_tool_arguments_and_the_answer(db: Database) -> None:
    scanner = Scanner(ner=SpacyNER())
    request = ChatRequest.model_validate({"model": "gpt-hosted", **_tool_conversation()})
    record = replace(
        call(1), request=request, entities=scanner.scan(request),
        answer=f"Done, {IDS['name']}: {IDS['iban']} was charged; receipt to {IDS['email']}.",
    )  # fmt: skip
    store = AuditStore(db, masker=AuditMasker(scanner))
    store.append([record], "redacted")
    content = store.content(1)
    assert content is not None
    _assert_clean(content)
    stored = json.loads(content)
    # The same value has the same placeholder in the prompt, tool arguments and answer.
    assert "<EMAIL_ADDRESS_1>" in stored["messages"][0]["content"]
    assert "<IBAN_CODE_1>" in stored["messages"][1]["content"]  # tool-call arguments
    assert "<IBAN_CODE_1>" in stored["messages"][2]["content"]  # the tool result
    assert "<IBAN_CODE_1>" in stored["answer"] and "<EMAIL_ADDRESS_1>" in stored["answer"]
    assert store.verify().ok


@pytest.mark.anyio
async def test_redact_mode_audit_keeps_the_placeholders_of_the_answer(
    start_gateway: Any, fake_upstream: FakeUpstream, tmp_path: Path
) -> None:
    scanner = Scanner(ner=SpacyNER())
    config = base_config(fake_upstream.url, privacy={"on_sensitive": "redact"})
    database = Database(f"sqlite:///{tmp_path / 'audit.db'}")
    audit_log = AuditLog(
        AuditStore(database, masker=AuditMasker(scanner)), LoggingConfig(prompts="redacted")
    )
    gw = start_gateway(
        config,
        extractor=FeatureExtractor(privacy=scanner),
        transforms={Transform.REDACT: Redactor(scanner)},
        observers=[audit_log],
    )
    body = _tool_conversation()
    raw = await gw.client.chat.completions.with_raw_response.create(model="gpt-hosted", **body)
    assert raw.headers["x-hybridgate-model"] == "gpt-hosted"
    # The client gets the originals back (the fake echoes the last user message) ...
    assert raw.parse().choices[0].message.content == f"echo: Confirm to {IDS['email']}, please."
    audit_log.flush()
    (row,) = list(audit_log.store.rows())
    content = audit_log.store.content(int(row["seq"]))
    assert content is not None
    # ... and the audit keeps what the hosted model returned, placeholders and all.
    _assert_clean(content)
    assert json.loads(content)["answer"] == "echo: Confirm to <EMAIL_ADDRESS_1>, please."
    audit_log.close()
    database.dispose()


class _SlowStore:
    """An audit store that writes slowly and fails its first `failures` appends."""

    def __init__(self, failures: int = 0, delay: float = 0.0) -> None:
        self.failures, self.delay = failures, delay
        self.written: list[str] = []

    def append(self, calls: list[CallRecord], policy: str, now: float | None = None) -> None:
        import time

        time.sleep(self.delay)
        if self.failures:
            self.failures -= 1
            raise OSError("store down")
        self.written += [c.request_id for c in calls]

    def purge(self, retention_days: float, now: float | None = None) -> int:
        return 0


def test_a_full_queue_waits_for_the_writer_instead_of_dropping() -> None:
    """Issue 14: records were dropped when the queue was full."""
    store = _SlowStore(delay=0.02)
    log = AuditLog(store, LoggingConfig(), max_queue=2, linger_s=0)  # type: ignore[arg-type]
    for i in range(30):
        log.record(call(i))
    log.close()
    assert store.written == [f"req_{i}" for i in range(30)]
    assert log.dropped == 0


def test_a_failed_append_is_retried_not_lost() -> None:
    store = _SlowStore(failures=2)
    log = AuditLog(store, LoggingConfig(), linger_s=0)  # type: ignore[arg-type]
    log.retry_backoff_s = 0.01
    log.record(call(1))
    log.record(call(2))
    log.flush()
    assert store.written == ["req_1", "req_2"]
    log.close()


@pytest.mark.anyio
async def test_aclose_writes_what_is_queued() -> None:
    store = _SlowStore(delay=0.05)
    log = AuditLog(store, LoggingConfig())  # type: ignore[arg-type]
    for i in range(5):
        log.record(call(i))
    await log.aclose()
    assert store.written == [f"req_{i}" for i in range(5)]


class _BrokenFinder:
    def find_redactable(self, text: str) -> list[Any]:
        raise RuntimeError("scanner down")


def test_content_that_cannot_be_masked_is_not_stored_but_the_record_is(db: Database) -> None:
    store = AuditStore(db, masker=AuditMasker(_BrokenFinder()))
    store.append([call(1, text=SECRET_TEXT)], "redacted")
    assert store.content(1) is None
    assert len(list(store.rows())) == 1 and store.verify().ok


def test_redacted_without_a_masker_keeps_no_content_but_the_record(db: Database) -> None:
    """The masking is passed in (wiring: the scanner's); patterns alone would keep names."""
    store = AuditStore(db)
    store.append([call(1, text=SECRET_TEXT)], "redacted")
    assert store.content(1) is None
    assert len(list(store.rows())) == 1 and store.verify().ok


@pytest.mark.anyio
async def test_wiring_gives_the_audit_log_the_scanners_masking(tmp_path: Path) -> None:
    from hybridgate.config import parse_config
    from hybridgate.settings import Settings
    from hybridgate.wiring import build_gateway

    cfg = base_config("http://127.0.0.1:1")
    cfg["logging"] = {"prompts": "redacted"}
    gateway = build_gateway(parse_config(cfg), Settings(home=tmp_path))
    try:
        (audit_log,) = [o for o in gateway.observers if isinstance(o, AuditLog)]
        audit_log.store.append([call(1, text=SECRET_TEXT)], "redacted")
        content = audit_log.store.content(1)
        assert content is not None and "<PERSON_1>" in content
        assert "alice" not in content.lower() and "4111" not in content
    finally:
        await gateway.aclose()
