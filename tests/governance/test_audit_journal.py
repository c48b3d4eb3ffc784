"""No lost audit records: an audit log killed with SIGKILL before its writer appended
leaves a journal, and the next start chains exactly the records the store lacks, so the
chain (and the stored content) still verifies."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from sqlalchemy import select

from hybridgate.config import LoggingConfig
from hybridgate.observability.audit import AuditLog, AuditStore, audit
from hybridgate.storage.sql import Database

from ..dbs import postgres_schema, require_postgres

CHILD = textwrap.dedent(
    """
    import os, signal, sys, time
    from pathlib import Path
    from hybridgate.config import LoggingConfig
    from hybridgate.observability.audit import AuditLog, AuditStore
    from hybridgate.observability.calls import CallRecord
    from hybridgate.schemas import ChatRequest
    from hybridgate.storage.sql import Database
    from hybridgate.usage import Usage

    url, journal = sys.argv[1], Path(sys.argv[2])
    log = AuditLog(
        AuditStore(Database(url)), LoggingConfig(prompts="full"), linger_s=0,
        journal_dir=journal,
    )

    def call(i):
        request = ChatRequest.model_validate(
            {"model": "m", "messages": [{"role": "user", "content": f"question {i}"}]}
        )
        return CallRecord(
            request_id=f"req_{i}", started_at=time.time(), key_id="k", requested_model="m",
            model="m", hosted=False, reason="default", status=200, stream=False,
            usage=Usage(prompt_tokens=3), usage_estimated=False, cost_usd=0.001,
            latency_s=0.01, request=request, answer=f"answer {i}",
        )

    for i in range(5):
        log.record(call(i))
    log.flush()  # these five are in the chain
    log.linger_s = 3600.0  # the writer now sleeps on its next batch
    for i in range(5, 25):
        log.record(call(i))  # these twenty only in the journal
    time.sleep(0.2)
    os.kill(os.getpid(), signal.SIGKILL)
    """
)


def test_sigkilled_audit_log_loses_no_records(tmp_path: Path) -> None:
    require_postgres()
    journal = tmp_path / "journal"
    with postgres_schema() as url:
        child = subprocess.run([sys.executable, "-c", CHILD, url, str(journal)], timeout=60)
        assert child.returncode == -9
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
