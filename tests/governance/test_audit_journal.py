"""No lost audit records: an audit log killed with SIGKILL before its writer appended
leaves a journal, and the next start chains exactly the records the store lacks, so the
chain (and the stored content) still verifies."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from hybridgate.config import LoggingConfig
from hybridgate.observability.audit import AuditLog, AuditStore, audit
from hybridgate.storage.sql import Database

from ..killed import killed_child

CHILD = """
from hybridgate.config import LoggingConfig
from hybridgate.observability.audit import AuditLog, AuditStore
from hybridgate.schemas import ChatRequest
from hybridgate.storage.sql import Database

log = AuditLog(
    AuditStore(Database(url)), LoggingConfig(prompts="full"), linger_s=0, journal_dir=journal
)


def answered(i):
    request = ChatRequest.model_validate(
        {"model": "m", "messages": [{"role": "user", "content": f"question {i}"}]}
    )
    return call(i, request=request, answer=f"answer {i}")


for i in range(5):
    log.record(answered(i))
log.flush()  # these five are in the chain
log.linger_s = 3600.0  # the writer now sleeps on its next batch
for i in range(5, 25):
    log.record(answered(i))  # these twenty only in the journal
time.sleep(0.2)
"""


def test_sigkilled_audit_log_loses_no_records(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    with killed_child(CHILD, journal) as url:
        db = Database(url)
        store = AuditStore(db)
        assert store.verify().records == 5
        # One journaled record reached the store after all (as when the kill falls between
        # the commit and the journal's clean-up): the replay must skip it.
        lines = [json.loads(x) for f in journal.glob("*.jsonl") for x in f.read_text().splitlines()]
        (req_5,) = [e for e in lines if e["fields"]["request_id"] == "req_5"]
        store.append_fields([(req_5["fields"], req_5["content"])], "full")
        log = AuditLog(store, LoggingConfig(prompts="full"), journal_dir=journal)  # replays
        with db.connect() as conn:
            ids = [r for (r,) in conn.execute(select(audit.c.request_id).order_by(audit.c.seq))]
        assert ids == [f"req_{i}" for i in range(25)]
        result = store.verify()
        assert result.ok, result.problems
        assert result.records == 25
        assert json.loads(store.content(25) or "{}")["answer"] == "answer 24"
        log.close()
        assert list(journal.iterdir()) == []  # a clean close leaves no journal
        # A second start finds nothing to replay: no record twice.
        AuditLog(store, LoggingConfig(), journal_dir=journal).close()
        assert store.verify().records == 25
        db.dispose()
