"""The durable background writer the ledger and the audit log share: a bounded queue that
a thread writes in batches, with back-pressure when it is full (`put` waits; nothing is
dropped), retries while the store is down, a local journal (storage/journal.py) so a
killed process loses nothing, and a close that writes what is queued.

The owner supplies the store's side as hooks: `write(batch)` (raises on failure),
`give_up(batch)` for what still fails once closing (spill it, count it; a journal keeps it
for the next start either way), `replay(rows)` for the journals of dead processes
(returns how many were missing), and `housekeeping()` (periodic work on the writer thread;
returns the seconds until it wants to run again)."""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from .journal import Journal, orphans

log = logging.getLogger(__name__)
T = TypeVar("T")
Row = dict[str, Any]


def _never_idle() -> float:
    return 3600.0


class BatchWriter(Generic[T]):
    """Items `put` on the event loop, written by one thread in batches of `batch_size`
    (after lingering `linger_s` to gather a burst into one transaction)."""

    def __init__(
        self,
        name: str,
        write: Callable[[list[T]], None],
        *,
        give_up: Callable[[list[T]], None] | None = None,
        housekeeping: Callable[[], float] = _never_idle,
        batch_size: int = 1000,
        linger_s: float = 0.05,
        max_queue: int = 100_000,
        backoff_s: float = 0.1,
        max_backoff_s: float = 5.0,
        close_retry_s: float = 0.3,
        journal_dir: Path | None = None,
        replay: Callable[[list[Row]], int] | None = None,
    ) -> None:
        self.name = name
        self._write = write
        self._give_up = give_up
        self._housekeeping = housekeeping
        self.batch_size = batch_size
        self.linger_s = linger_s
        self.max_queue = max_queue
        self.backoff_s = backoff_s
        self.max_backoff_s = max_backoff_s
        self.close_retry_s = close_retry_s  # how long a failing batch is retried once closing
        self._lock = threading.Lock()  # `with self._lock` where no wait is needed: cheaper
        self._cond = threading.Condition(self._lock)
        self._queue: deque[T] = deque()
        self._recorded = 0  # items put (and journaled)
        self._done = 0  # items written or given up
        self._written = 0  # items written
        self._flushing = 0  # callers waiting in flush(): skip the linger
        self._poked = False
        self._closing = False
        self._close_deadline = 0.0
        self._thread: threading.Thread | None = None
        if journal_dir is not None and replay is not None:
            self._replay(journal_dir, replay)
        # Items not yet written, on local disk: a SIGKILLed process loses none.
        self._journal = Journal(journal_dir, name) if journal_dir is not None else None

    @property
    def journaled(self) -> bool:
        return self._journal is not None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name=f"hybridgate-{self.name}")
        self._thread.daemon = True
        self._thread.start()

    # -- any thread ------------------------------------------------------------------------

    def put(self, item: T, journal_row: Row | None = None) -> None:
        """Queue an item (and append its journal row) before the answer leaves. A full
        queue waits for the writer (the event loop with it): back-pressure, never a drop.
        Once closed, the item is written at once, on the caller's thread."""
        with self._lock:
            waited = False
            while len(self._queue) >= self.max_queue and not self._closing:
                if not waited:
                    log.warning(
                        "%s queue full (%d); waiting for the writer", self.name, self.max_queue
                    )
                    waited = True
                self._cond.wait(1.0)
            if not self._closing:
                if self._journal is not None:
                    self._journal.append(journal_row if journal_row is not None else {})
                self._queue.append(item)
                self._recorded += 1
                queued = len(self._queue)
                if queued == 1 or queued == self.batch_size:  # the writer waits on these
                    self._cond.notify_all()
                return
        log.error("%s closed; writing one item synchronously", self.name)
        self._write([item])

    def poke(self) -> None:
        """Run the housekeeping soon (the owner has work for the writer thread)."""
        with self._cond:
            self._poked = True
            self._cond.notify_all()

    @property
    def pending(self) -> int:
        """Items put and not yet written (or given up)."""
        with self._cond:
            return self._recorded - self._done

    def flush(self, timeout: float | None = None) -> bool:
        """Block until every item put so far is written (or given up); False on timeout."""
        with self._cond:
            target = self._recorded
            if self._done >= target:
                return True
            self._flushing += 1
            self._cond.notify_all()
            try:
                return self._cond.wait_for(lambda: self._done >= target, timeout)
            finally:
                self._flushing -= 1

    def close(self) -> None:
        """Write what is queued (a failing batch is retried for `close_retry_s`, then given
        up), stop the thread, and delete the journal if everything was written.
        Idempotent."""
        with self._cond:
            if self._closing:
                return
            self._closing = True
            self._close_deadline = time.monotonic() + self.close_retry_s
            self._cond.notify_all()
        if self._thread is not None:
            self._thread.join()
        with self._cond:
            if self._journal is not None:
                self._journal.close(clean=self._written >= self._recorded)
                self._journal = None

    # -- writer thread ---------------------------------------------------------------------

    def _take(self, idle_s: float) -> tuple[list[T], bool]:
        with self._cond:
            self._cond.wait_for(lambda: self._queue or self._closing or self._poked, idle_s)
            if self._queue and not self._closing and self.linger_s > 0:
                self._cond.wait_for(
                    lambda: len(self._queue) >= self.batch_size or self._closing or self._flushing,
                    self.linger_s,
                )
            count = min(self.batch_size, len(self._queue))
            batch = [self._queue.popleft() for _ in range(count)]
            self._poked = False
            if batch:
                self._cond.notify_all()  # room for a waiting put
                if self._journal is not None:
                    self._journal.seal(self._recorded)
            return batch, self._closing

    def _run(self) -> None:
        idle_s = self._housekeep()
        while True:
            batch, closing = self._take(idle_s)
            if batch:
                written = self._write_with_retry(batch)
                with self._cond:
                    self._done += len(batch)
                    if written:
                        self._written += len(batch)
                        if self._journal is not None:
                            self._journal.committed(self._written)
                    self._cond.notify_all()
            idle_s = self._housekeep()
            if closing:
                with self._cond:
                    if not self._queue:
                        return

    def _housekeep(self) -> float:
        try:
            return max(0.0, self._housekeeping())
        except Exception:
            log.exception("%s housekeeping failed", self.name)
            return 1.0

    def _write_with_retry(self, batch: list[T]) -> bool:
        """Write one batch, retrying with backoff while the store is down; False when the
        writer gave it up at close (the journal, if any, keeps it for the next start)."""
        delay, attempt = self.backoff_s, 0
        while True:
            attempt += 1
            try:
                self._write(batch)
                return True
            except Exception as exc:  # keep the items; the store may come back
                log.warning(
                    "%s write of %d item(s) failed (attempt %d): %s",
                    self.name, len(batch), attempt, type(exc).__name__,
                )  # fmt: skip
            with self._cond:
                if self._closing and time.monotonic() >= self._close_deadline:
                    rest = list(self._queue)  # each further try would wait on a dead store
                    self._queue.clear()
                    self._done += len(rest)
                    break
                wait = min(delay, 0.1) if self._closing else delay
                self._cond.wait_for(lambda: self._closing, wait)
            delay = min(delay * 2, self.max_backoff_s)
        given_up = batch + rest
        kept = "kept in the journal" if self._journal is not None else "given up"
        log.error("%s: store unreachable at close; %d item(s) %s", self.name, len(given_up), kept)
        if self._give_up is not None:
            self._give_up(given_up)
        return False

    def _replay(self, directory: Path, replay: Callable[[list[Row]], int]) -> None:
        """Write the rows of journals left by processes that died (SIGKILL) that the store
        lacks; then delete those journals."""
        for rows, files in orphans(directory, self.name):
            missing = replay(rows)
            for path in files:
                path.unlink(missing_ok=True)
            log.warning(
                "%s: recovered %d item(s) from a journal left by a stopped process "
                "(%d already written)", self.name, missing, len(rows) - missing,
            )  # fmt: skip
