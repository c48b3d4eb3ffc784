"""The shared background writer (ledger and audit log): batches in order, back-pressure
instead of drops, retries, a journal that keeps what the store refused at close, and
replay of a dead process's journal."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

from hybridgate.storage.journal import Journal
from hybridgate.storage.writer import BatchWriter


class Store:
    """A store that writes slowly, fails while `down`, and remembers each batch."""

    def __init__(self, delay: float = 0.0, failures: int = 0) -> None:
        self.delay, self.failures, self.down = delay, failures, False
        self.batches: list[list[int]] = []
        self.given_up: list[int] = []

    def write(self, batch: list[int]) -> None:
        time.sleep(self.delay)
        if self.down or self.failures:
            self.failures = max(0, self.failures - 1)
            raise OSError("store down")
        self.batches.append(batch)

    @property
    def written(self) -> list[int]:
        return [i for b in self.batches for i in b]


def test_a_full_queue_makes_put_wait_and_nothing_is_dropped() -> None:
    store = Store(delay=0.01)
    writer: BatchWriter[int] = BatchWriter("t", store.write, max_queue=3, linger_s=0, batch_size=2)
    writer.start()
    waits = []
    for i in range(40):
        t0 = time.perf_counter()
        writer.put(i)
        waits.append(time.perf_counter() - t0)
        assert writer.pending <= 3 + 2  # the queue plus the batch being written
    writer.close()
    assert store.written == list(range(40))
    assert max(waits) > 0.005  # some puts waited for the writer


def test_a_burst_becomes_batches_and_flush_skips_the_linger() -> None:
    store = Store()
    writer: BatchWriter[int] = BatchWriter("t", store.write, linger_s=3600.0, batch_size=4)
    writer.start()
    for i in range(10):
        writer.put(i)
    t0 = time.perf_counter()
    assert writer.flush(timeout=10)
    assert time.perf_counter() - t0 < 5
    assert store.written == list(range(10))
    assert all(len(b) <= 4 for b in store.batches) and len(store.batches) >= 3
    writer.close()


def test_failed_writes_are_retried_until_the_store_is_back() -> None:
    store = Store(failures=3)
    writer: BatchWriter[int] = BatchWriter("t", store.write, linger_s=0, backoff_s=0.01)
    writer.start()
    writer.put(1)
    writer.put(2)
    assert writer.flush(timeout=10)
    assert store.written == [1, 2]
    writer.close()


def test_what_the_store_refuses_at_close_is_given_up_and_stays_in_the_journal(
    tmp_path: Path,
) -> None:
    store = Store()
    store.down = True
    gave_up: list[int] = []
    writer: BatchWriter[int] = BatchWriter(
        "t", store.write, give_up=gave_up.extend, linger_s=0, backoff_s=0.01,
        close_retry_s=0.05, journal_dir=tmp_path,
    )  # fmt: skip
    writer.start()
    for i in range(5):
        writer.put(i, {"i": i})
    t0 = time.perf_counter()
    writer.close()
    assert time.perf_counter() - t0 < 5
    assert sorted(gave_up) == list(range(5)) and store.written == []
    # The journal is left for the next start, which replays it.
    replayed: list[dict[str, Any]] = []

    def replay(rows: list[dict[str, Any]]) -> int:
        replayed.extend(rows)
        return len(rows)

    BatchWriter("t", store.write, journal_dir=tmp_path, replay=replay).close()
    assert [r["i"] for r in replayed] == list(range(5))
    assert list(tmp_path.iterdir()) == []


def test_a_live_journal_is_not_replayed(tmp_path: Path) -> None:
    live = Journal(tmp_path, "t")
    live.append({"i": 1})
    replayed: list[dict[str, Any]] = []

    def replay(rows: list[dict[str, Any]]) -> int:
        replayed.extend(rows)
        return len(rows)

    BatchWriter("t", Store().write, journal_dir=tmp_path, replay=replay).close()
    assert replayed == []
    live.close(clean=True)


def test_after_close_put_writes_at_once() -> None:
    store = Store()
    writer: BatchWriter[int] = BatchWriter("t", store.write)
    writer.start()
    writer.close()
    writer.put(7)
    assert store.written == [7]


def test_housekeeping_runs_on_the_writer_thread_when_poked() -> None:
    ran = threading.Event()
    threads: list[str] = []

    def housekeeping() -> float:
        threads.append(threading.current_thread().name)
        if len(threads) > 1:
            ran.set()
        return 3600.0

    writer: BatchWriter[int] = BatchWriter("t", Store().write, housekeeping=housekeeping)
    writer.start()
    writer.poke()
    assert ran.wait(5)
    assert set(threads) == {"hybridgate-t"}
    writer.close()
