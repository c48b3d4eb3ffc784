"""Spend so far, as budgets read it, and the protocols of the source that keeps it (the
ledger): running totals per key and overall, plus holds for requests in flight."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .holds import HardLimits, Refusal


@dataclass(frozen=True, slots=True)
class Spend:
    """USD spent so far (UTC day and month), from the ledger's running totals: the
    calling key's and everyone's. Budgets read it; policies do no I/O."""

    key_day: float = 0.0
    key_month: float = 0.0
    global_day: float = 0.0
    global_month: float = 0.0
    # The part of the totals above that is only held: estimates (upper bounds) of requests
    # still in flight, not yet recorded at their real cost.
    held: Spend | None = None


NO_SPEND = Spend()


class SpendSource(Protocol):
    """Spend so far for a key at `now` (in memory: called on the event loop)."""

    def spend(self, key_id: str | None, now: float) -> Spend: ...


@runtime_checkable
class SpendReservations(Protocol):
    """A spend source that can also hold a routed request's estimated cost until its call
    is recorded, so requests in flight count against the budgets (the ledger does)."""

    def reserve(
        self, request_id: str, key_id: str | None, usd: float, started_at: float
    ) -> None: ...

    def release(self, request_id: str) -> None: ...


@runtime_checkable
class SharedReservations(Protocol):
    """Holds every replica sees: `admit` holds the estimate unless a hard limit that
    applies is already reached with every replica's spend and holds (then the Refusal)."""

    async def admit(
        self, request_id: str, key_id: str | None, usd: float, started_at: float, limits: HardLimits
    ) -> Refusal | None: ...
