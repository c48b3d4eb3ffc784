"""CallRecord: what the gateway did for one request, handed to every observer
(ledger, audit, metrics) after the response is complete."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from .entities import Entity
from .schemas import ChatRequest
from .usage import Usage

# The reason recorded for evaluation calls (a model asked only to compare answers); route
# reasons are routing.decision.Reason.
EVALUATION = "evaluation"
DENIED = "denied"  # requests refused before routing (audit only)


@dataclass(frozen=True, slots=True)
class CallRecord:
    request_id: str
    started_at: float  # unix seconds
    key_id: str | None
    requested_model: str
    model: str  # the model that answered (or was last tried)
    hosted: bool
    reason: str
    status: int  # HTTP status the client got
    stream: bool
    usage: Usage
    usage_estimated: bool
    cost_usd: float
    latency_s: float
    ttft_s: float | None = None
    attempts: tuple[str, ...] = ()  # every model tried, in order
    entity_counts: dict[str, int] = field(default_factory=dict)
    transforms: tuple[str, ...] = ()
    error_code: str | None = None
    session: str | None = None
    # Content, for observers whose logging policy keeps it (audit: logging.prompts).
    # Never log these; metadata-only observers ignore them.
    request: ChatRequest | None = field(default=None, repr=False)
    answer: str | None = field(default=None, repr=False)
    entities: tuple[Entity, ...] = field(default=(), repr=False)

    @classmethod
    def denied(
        cls, request_id: str, key_id: str | None, status: int, code: str | None, at: float
    ) -> CallRecord:
        """A request refused before any model was chosen (model "-", reason "denied")."""
        return cls(
            request_id=request_id, started_at=at, key_id=key_id, requested_model="-",
            model="-", hosted=False, reason=DENIED, status=status, stream=False,
            usage=Usage(prompt_tokens=0), usage_estimated=True, cost_usd=0.0, latency_s=0.0,
            error_code=code,
        )  # fmt: skip


class CallObserver(Protocol):
    """Receives each finished call (metrics, ledger, audit, the token-limit charger).

    `record` and `denied` run on the event loop and must not block: queue and write
    elsewhere. `aclose` runs once at shutdown and must write out whatever is queued.
    Observers subclass this protocol to inherit the no-op `denied` and `aclose`."""

    def record(self, call: CallRecord) -> None: ...

    def denied(self, request_id: str, key_id: str | None, status: int, code: str | None) -> None:
        """A request refused before any model was chosen (401, 403, 413, 429)."""
        return None

    async def aclose(self) -> None:
        """Flush what is queued and stop (shutdown)."""
        return None
