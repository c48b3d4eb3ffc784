"""No lost rows: a ledger process killed with SIGKILL before its writer committed leaves
a journal, and the next ledger on the same state directory writes exactly the rows the
database lacks."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from hybridgate.accounting.ledger import Ledger, calls
from hybridgate.storage.sql import Database

from ..killed import call, killed_child

CHILD = """
from hybridgate.accounting.ledger import Ledger
from hybridgate.storage.sql import Database

ledger = Ledger(Database(url), journal_dir=journal, linger=3600.0, batch_size=10**6)
for i in range(5):
    ledger.record(call(i))
assert ledger.flush()  # these five are in the database
for i in range(5, 25):
    ledger.record(call(i))  # these twenty only in the journal: the writer lingers
"""


def test_sigkilled_ledger_loses_no_rows(tmp_path: Path) -> None:
    journal = tmp_path / "journal"
    with killed_child(CHILD, journal) as url:
        db = Database(url)
        with db.connect() as conn:
            assert conn.execute(select(func.count()).select_from(calls)).scalar() == 5
        ledger = Ledger(db, journal_dir=journal)  # the next start replays the journal
        with db.connect() as conn:
            ids = [r for (r,) in conn.execute(select(calls.c.request_id))]
        assert sorted(ids) == sorted(f"req_{i}" for i in range(25))
        ledger.close()
        assert list(journal.iterdir()) == []  # a clean close leaves no journal
        db.dispose()


def test_rows_the_database_refuses_at_close_stay_in_the_journal(tmp_path: Path) -> None:
    """They were counted as committed, so a clean close deleted the journal with them."""
    journal = tmp_path / "journal"
    good = Database(f"sqlite:///{tmp_path / 'l.db'}")
    ledger = Ledger(good, journal_dir=journal)
    ledger.db = Database("postgresql://nobody@127.0.0.1:1/none?connect_timeout=1")
    for i in range(5):
        ledger.record(call(i))
    ledger.close()
    assert list(journal.glob("*.jsonl"))  # kept for the next start
    Ledger(good, journal_dir=journal).close()  # which writes them
    with good.connect() as conn:
        ids = sorted(r for (r,) in conn.execute(select(calls.c.request_id)))
    assert ids == [f"req_{i}" for i in range(5)]
    assert list(journal.iterdir()) == []
    good.dispose()
