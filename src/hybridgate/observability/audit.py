"""The audit log: one append-only, hash-chained record per call (who, what, when, why),
written off the request path by a CallObserver, and `verify()` to detect tampering.

Each record's hash covers its fields and the previous record's hash; a one-row head table
holds the last (seq, hash), so edits, deletions, reordering and a cut tail all show. With
HYBRIDGATE_AUDIT_KEY set the hashes are HMACs, so a writer without the key cannot forge
a consistent chain. Prompt content (per `logging.prompts`) lives in a side table that the
retention purge empties; the chain keeps only its SHA-256, so a purge breaks nothing."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import anyio.to_thread
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    delete,
    insert,
    select,
    update,
)
from sqlalchemy.exc import IntegrityError

from ..config import Config, LoggingConfig
from ..entities import label_of
from ..settings import Settings
from ..storage.sql import Database, open_database
from ..storage.writer import BatchWriter
from .calls import CallObserver, CallRecord

log = logging.getLogger(__name__)
GENESIS = "0" * 64
PURGE_EVERY_S = 3600.0

metadata = MetaData()
audit = Table(
    "hybridgate_audit",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("ts_us", BigInteger, nullable=False),
    Column("request_id", String(64), nullable=False),
    Column("key_id", String(64), nullable=True),
    Column("requested_model", String(200), nullable=False),
    Column("model", String(200), nullable=False),
    Column("hosted", Boolean, nullable=False),
    Column("reason", String(32), nullable=False),
    Column("status", Integer, nullable=False),
    Column("stream", Boolean, nullable=False),
    Column("prompt_tokens", Integer, nullable=False),
    Column("completion_tokens", Integer, nullable=False),
    Column("cost_nano_usd", BigInteger, nullable=False),
    Column("entities", Text, nullable=False),  # JSON {type: count}
    Column("transforms", Text, nullable=False),  # JSON list
    Column("attempts", Text, nullable=False),  # JSON list
    Column("error_code", String(64), nullable=True),
    Column("content_sha256", String(64), nullable=True),
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)
audit_head = Table(
    "hybridgate_audit_head",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("seq", BigInteger, nullable=False),
    Column("hash", String(64), nullable=False),
)
audit_content = Table(
    "hybridgate_audit_content",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("created_at", Float, nullable=False, index=True),
    Column("policy", String(16), nullable=False),
    Column("content", Text, nullable=False),
)
CHAINED = [c.name for c in audit.columns if c.name not in ("prev_hash", "hash")]

# A last line of defence for `redacted`: after the request's pseudonyms and the scanner's
# spans, these catch what looks like an identifier anyway. Their tags name shapes, not
# entity types (docs/security.md shows them).
_PATTERNS = (
    ("EMAIL", re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")),
    ("URL", re.compile(r"https?://\S+")),
    ("IBAN", re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,3})?\b")),
    ("NUMBER", re.compile(r"\+?\d[\d\s().-]{5,}\d")),
)


def mark_spans(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """Each (start, end, type) span of the text replaced by its type's placeholder label
    (`[PERSON]`; hybridgate/entities.py)."""
    for start, end, kind in sorted(spans, reverse=True):
        if 0 <= start < end <= len(text):
            text = f"{text[:start]}[{label_of(kind)}]{text[end:]}"
    return text


def redact_text(text: str, spans: list[tuple[int, int, str]] | None = None) -> str:
    text = mark_spans(text, spans or ())
    for kind, pattern in _PATTERNS:
        text = pattern.sub(f"[{kind}]", text)
    return text


class Masker(Protocol):
    """The `redacted` policy's masking of one call's stored texts, passed in by whoever
    assembles the log (wiring: the privacy scanner's, features/masking.py). `masking(call)`
    returns text -> text with every identifier it knows replaced, the same value by the
    same name across the prompt, tool arguments and answer; the audit's own patterns run
    after it as a last line of defence."""

    def masking(self, call: CallRecord) -> Callable[[str], str]: ...


def content_of(call: CallRecord, policy: str, masker: Masker | None = None) -> str | None:
    """The prompt/answer text the policy keeps (JSON), or None. `redacted` masks every
    stored text (each part, tool arguments and results, the answer) on its own; without a
    masker it keeps none (patterns alone would let names through)."""
    if policy not in ("redacted", "full") or call.request is None:
        return None
    if policy == "redacted" and masker is None:
        log.error("audit: content of %s not stored (redacted, no masker)", call.request_id)
        return None
    try:
        if masker is not None and policy == "redacted":
            masking = masker.masking(call)

            def mask(text: str) -> str:
                return redact_text(masking(text))
        else:

            def mask(text: str) -> str:
                return text

        messages = [
            {"role": m.role, "content": "\n".join(mask(t) for t in m.texts())}
            for m in call.request.messages
        ]
        answer = mask(call.answer) if call.answer is not None else None
    except Exception as exc:  # the record is kept; content that could not be masked is not
        log.error("audit: content of %s not stored (%s)", call.request_id, type(exc).__name__)
        return None
    return json.dumps({"messages": messages, "answer": answer}, ensure_ascii=False)


def _canonical(row: dict[str, Any]) -> bytes:
    return json.dumps(
        {k: row[k] for k in CHAINED}, sort_keys=True, separators=(",", ":"), ensure_ascii=True
    ).encode()


def chain_hash(prev: str, row: dict[str, Any], key: bytes | None) -> str:
    data = prev.encode() + b"\n" + _canonical(row)
    if key:
        return hmac.new(key, data, hashlib.sha256).hexdigest()
    return hashlib.sha256(data).hexdigest()


def _fields(call: CallRecord, policy: str, content: str | None) -> dict[str, Any]:
    entities = {} if policy == "none" else dict(sorted(call.entity_counts.items()))
    return {
        "ts_us": int(call.started_at * 1_000_000),
        "request_id": call.request_id,
        "key_id": call.key_id,
        "requested_model": call.requested_model,
        "model": call.model,
        "hosted": call.hosted,
        "reason": call.reason,
        "status": call.status,
        "stream": call.stream,
        "prompt_tokens": call.usage.prompt_tokens,
        "completion_tokens": call.usage.completion_tokens,
        "cost_nano_usd": round(call.cost_usd * 1e9),
        "entities": json.dumps(entities, separators=(",", ":")),
        "transforms": json.dumps(list(call.transforms), separators=(",", ":")),
        "attempts": json.dumps(list(call.attempts), separators=(",", ":")),
        "error_code": call.error_code,
        "content_sha256": hashlib.sha256(content.encode()).hexdigest() if content else None,
    }


@dataclass(frozen=True, slots=True)
class Verification:
    ok: bool
    records: int
    problems: tuple[str, ...] = field(default=())


class AuditStore:
    """The audit tables on the shared Database; blocking calls."""

    def __init__(
        self, db: Database, *, key: bytes | None = None, masker: Masker | None = None
    ) -> None:
        self.db = db
        self.key = key
        self.masker = masker  # for the `redacted` logging policy
        db.create(metadata)
        try:
            with db.begin() as conn:
                if conn.execute(select(audit_head.c.id)).first() is None:
                    conn.execute(insert(audit_head), [{"id": 1, "seq": 0, "hash": GENESIS}])
        except IntegrityError:  # another process created it first
            pass

    def append(self, calls: list[CallRecord], policy: str, now: float | None = None) -> None:
        """Append calls to the chain in one transaction (serialized across processes: the
        head row is locked by the first UPDATE)."""
        entries = []
        for call in calls:
            content = content_of(call, policy, self.masker)
            entries.append((_fields(call, policy, content), content))
        self.append_fields(entries, policy, now)

    def append_fields(
        self,
        entries: list[tuple[dict[str, Any], str | None]],
        policy: str,
        now: float | None = None,
    ) -> None:
        """Append records given as their chained fields (without seq) and stored content:
        the calls of `append`, or a journal's records replayed at start."""
        created = time.time() if now is None else now
        with self.db.begin() as conn:
            conn.execute(
                update(audit_head).where(audit_head.c.id == 1).values(seq=audit_head.c.seq)
            )
            head = conn.execute(select(audit_head).where(audit_head.c.id == 1)).one()
            seq, prev = int(head.seq), str(head.hash)
            rows, contents = [], []
            for fields, content in entries:
                seq += 1
                row = {"seq": seq, **fields}
                row["prev_hash"] = prev
                row["hash"] = prev = chain_hash(prev, row, self.key)
                rows.append(row)
                if content is not None:
                    contents.append(
                        {"seq": seq, "created_at": created, "policy": policy, "content": content}
                    )
            conn.execute(insert(audit), rows)
            if contents:
                conn.execute(insert(audit_content), contents)
            conn.execute(update(audit_head).where(audit_head.c.id == 1).values(seq=seq, hash=prev))

    def missing(
        self, entries: list[tuple[dict[str, Any], str | None]]
    ) -> list[tuple[dict[str, Any], str | None]]:
        """The entries whose record is not in the chain yet (same request, reason, model
        and start time)."""
        ids = sorted({f["request_id"] for f, _ in entries})
        present: set[tuple[str, str, str, int]] = set()
        cols = (audit.c.request_id, audit.c.reason, audit.c.model, audit.c.ts_us)
        with self.db.connect() as conn:
            for i in range(0, len(ids), 500):
                query = select(*cols).where(audit.c.request_id.in_(ids[i : i + 500]))
                present.update((a, b, c, int(d)) for a, b, c, d in conn.execute(query))
        return [
            (f, c)
            for f, c in entries
            if (f["request_id"], f["reason"], f["model"], f["ts_us"]) not in present
        ]

    def rows(self, batch: int = 1000) -> Iterator[dict[str, Any]]:
        last = -1
        while True:
            with self.db.connect() as conn:
                chunk = conn.execute(
                    select(audit).where(audit.c.seq > last).order_by(audit.c.seq).limit(batch)
                ).all()
            if not chunk:
                return
            for r in chunk:
                yield dict(r._mapping)
            last = chunk[-1].seq

    def content(self, seq: int) -> str | None:
        with self.db.connect() as conn:
            row = conn.execute(
                select(audit_content.c.content).where(audit_content.c.seq == seq)
            ).first()
        return None if row is None else str(row.content)

    def verify(self, max_problems: int = 20) -> Verification:
        """Walk the chain: every hash recomputed, every link and seq checked, the head
        matched, and stored content matched against its hash."""
        problems: list[str] = []
        prev, expected, count = GENESIS, 1, 0
        with self.db.connect() as conn:
            contents = {
                int(r.seq): str(r.content)
                for r in conn.execute(select(audit_content.c.seq, audit_content.c.content))
            }
            head = conn.execute(select(audit_head).where(audit_head.c.id == 1)).first()
        for row in self.rows():
            count += 1
            seq = int(row["seq"])
            if seq != expected:
                problems.append(f"seq {expected}..{seq - 1}: record(s) missing")
            if row["prev_hash"] != prev:
                problems.append(f"seq {seq}: link to the previous record broken")
            if chain_hash(row["prev_hash"], row, self.key) != row["hash"]:
                problems.append(f"seq {seq}: record altered (hash mismatch)")
            text = contents.get(seq)
            if text is not None and (
                row["content_sha256"] != hashlib.sha256(text.encode()).hexdigest()
            ):
                problems.append(f"seq {seq}: stored content altered")
            prev, expected = row["hash"], seq + 1
            if len(problems) >= max_problems:
                break
        if head is None:
            problems.append("head record missing")
        elif len(problems) < max_problems and (int(head.seq), head.hash) != (expected - 1, prev):
            problems.append(f"head says seq {head.seq}, chain ends at {expected - 1}: truncated")
        return Verification(not problems, count, tuple(problems))

    def purge(self, retention_days: float, now: float | None = None) -> int:
        """Delete stored prompt content older than the retention; the chain stays."""
        cutoff = (time.time() if now is None else now) - retention_days * 86400
        with self.db.begin() as conn:
            return int(
                conn.execute(
                    delete(audit_content).where(audit_content.c.created_at < cutoff)
                ).rowcount
            )


class AuditLog(CallObserver):
    """The CallObserver: queues each record for the shared background writer
    (storage/writer.py), which appends batches to the store; also runs the retention purge
    at start and hourly.

    No record is dropped: a failed append is retried (with backoff) until it succeeds or
    the log closes, and a full queue applies back-pressure: `record` waits for the writer
    (the event loop with it), so a gateway whose audit store is down stops answering
    rather than answering unaudited. With `journal_dir`, each record's chained fields are
    also appended to a local journal (storage/journal.py) before the answer leaves, and
    the next start chains the records of a killed process that the store lacks."""

    def __init__(
        self,
        store: AuditStore,
        policy: LoggingConfig,
        *,
        max_queue: int = 100_000,
        linger_s: float = 0.05,
        journal_dir: Path | None = None,
    ) -> None:
        self.store = store
        self.policy = policy
        self.dropped = 0  # records lost: only ones still failing when the log closed
        self.journal_dir = journal_dir
        self._next_purge = 0.0
        self._writer: BatchWriter[CallRecord] = BatchWriter(
            "audit",
            self._append,
            give_up=self._gave_up,
            housekeeping=self._purge,
            batch_size=500,
            linger_s=linger_s,  # gather a batch: one transaction per batch, not per call
            max_queue=max_queue,
            backoff_s=0.5,
            max_backoff_s=30.0,
            close_retry_s=10.0,  # a store down at close: keep trying this long
            journal_dir=journal_dir,
            replay=self._replay_journal,
        )  # chains the journals of killed processes first
        self._writer.start()

    @property
    def linger_s(self) -> float:
        return self._writer.linger_s

    @linger_s.setter
    def linger_s(self, value: float) -> None:
        self._writer.linger_s = value

    @property
    def retry_backoff_s(self) -> float:
        return self._writer.backoff_s

    @retry_backoff_s.setter
    def retry_backoff_s(self, value: float) -> None:
        self._writer.backoff_s = value

    def record(self, call: CallRecord) -> None:
        entry = None
        if self._writer.journaled:  # `redacted` content is masked by the writer only
            content = content_of(call, "full") if self.policy.prompts == "full" else None
            entry = {"fields": _fields(call, self.policy.prompts, content), "content": content}
        self._writer.put(call, entry)

    def denied(self, request_id: str, key_id: str | None, status: int, code: str | None) -> None:
        """A request refused before any model was chosen (401, 403, 413, 429): who and
        why, in the same chain (model "-", reason "denied")."""
        self.record(CallRecord.denied(request_id, key_id, status, code, time.time()))

    # -- writer thread (hooks of the BatchWriter) -------------------------------------------

    def _append(self, calls: list[CallRecord]) -> None:
        self.store.append(calls, self.policy.prompts)

    def _gave_up(self, calls: list[CallRecord]) -> None:
        self.dropped += len(calls)  # the writer logged them (and the journal keeps them)

    def _purge(self) -> float:
        """The retention purge, at start and hourly; the seconds until the next one."""
        if time.monotonic() >= self._next_purge:
            self._next_purge = time.monotonic() + PURGE_EVERY_S
            try:
                purged = self.store.purge(self.policy.retention_days)
                if purged:
                    log.info("audit purge: %d stored prompt(s) past retention removed", purged)
            except Exception:
                log.exception("audit purge failed")
        return self._next_purge - time.monotonic()

    def _replay_journal(self, rows: list[dict[str, Any]]) -> int:
        """Chain the records of a killed process's journal that the store lacks, after
        the records already there."""
        entries = [(r["fields"], r["content"]) for r in rows if r.get("fields")]
        missing = self.store.missing(entries) if entries else []
        if missing:
            self.store.append_fields(missing, self.policy.prompts)
        return len(missing)

    # -- lifecycle -------------------------------------------------------------------------

    def flush(self) -> None:
        """Wait until every queued record is written (tests, shutdown)."""
        self._writer.flush()

    def close(self) -> None:
        """Write what is queued, then stop the writer."""
        self._writer.close()

    async def aclose(self) -> None:
        await anyio.to_thread.run_sync(self.close)


def open_audit_store(
    config: Config, settings: Settings, masker: Masker | None = None
) -> AuditStore:
    """The audit tables of this config's database (HMAC-chained with the audit key)."""
    key = settings.audit_key.encode() if settings.audit_key else None
    return AuditStore(open_database(config, settings), key=key, masker=masker)


def open_audit_log(config: Config, settings: Settings, masker: Masker | None = None) -> AuditLog:
    return AuditLog(
        open_audit_store(config, settings, masker),
        config.logging,
        journal_dir=settings.state_dir() / "journal",
    )
