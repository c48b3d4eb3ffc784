"""The Features of a request and the extractor that computes them once per request.

Scorers plug in here: a privacy scanner (entities), a difficulty scorer and a domain
classifier. Each is optional; the policies treat a missing score as "no opinion"."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import anyio.to_thread

from ..config import Capability
from ..schemas import ChatRequest
from .capabilities import needed_capabilities
from .tokens import count_prompt


@dataclass(frozen=True, slots=True)
class Entity:
    type: str
    start: int
    end: int
    message_index: int
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is calling (from auth): what they may use and what they may spend."""

    key_id: str | None = None
    name: str = "anonymous"
    models: frozenset[str] | None = None  # None = every model
    local_only: bool = False
    on_sensitive: str | None = None  # per-key override of router.privacy.on_sensitive
    budget_usd_per_day: float | None = None  # None = no budget of its own
    rpm: int | None = None  # requests per minute; None = limits.rpm (or unlimited)
    tpm: int | None = None  # tokens per minute; None = limits.tpm (or unlimited)
    expires: float | None = None  # unix seconds; None = never
    admin: bool = False  # the admin key (HYBRIDGATE_ADMIN_KEY)


ANONYMOUS = Principal()


@dataclass(frozen=True, slots=True)
class Spend:
    """USD spent so far (UTC day and month), from the ledger's running totals: the
    calling key's and everyone's. Budgets read it; policies do no I/O."""

    key_day: float = 0.0
    key_month: float = 0.0
    global_day: float = 0.0
    global_month: float = 0.0


NO_SPEND = Spend()


@dataclass(frozen=True, slots=True)
class Features:
    requested_model: str
    prompt_tokens: int
    output_tokens: int | None
    needs: frozenset[Capability]
    stream: bool = False
    entities: tuple[Entity, ...] = ()
    difficulty: float | None = None
    domain: str | None = None
    session: str | None = None
    principal: Principal = ANONYMOUS
    now: float = 0.0
    notes: tuple[str, ...] = field(default=())
    spend: Spend = NO_SPEND
    # An earlier turn of this session was sensitive (sticky sessions, issue 4).
    sticky: bool = False

    @property
    def sensitive(self) -> bool:
        return bool(self.entities) or self.sticky

    @property
    def auto(self) -> bool:
        return self.requested_model == "auto"

    def entity_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entity in self.entities:
            counts[entity.type] = counts.get(entity.type, 0) + 1
        return counts


class PrivacyScanner(Protocol):
    """Returns the sensitive entities of a request (already filtered by config)."""

    def scan(self, request: ChatRequest) -> tuple[Entity, ...]: ...


class Scorer(Protocol):
    """A float in [0, 1] per request, e.g. the probability the strong model is needed."""

    def score(self, request: ChatRequest) -> float: ...


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


class DomainClassifier(Protocol):
    def classify(self, request: ChatRequest) -> str | None: ...


class StickySessions(Protocol):
    """Remembers sensitive sessions; True when this one is (or recently was) sensitive."""

    async def check(
        self, session: str, key_id: str | None, sensitive: bool, now: float
    ) -> bool: ...


class FeatureExtractor:
    def __init__(
        self,
        privacy: PrivacyScanner | None = None,
        difficulty: Scorer | None = None,
        domain: DomainClassifier | None = None,
        spend: SpendSource | None = None,
        sessions: StickySessions | None = None,
    ) -> None:
        self.sessions = sessions
        self.privacy = privacy
        self.difficulty = difficulty
        self.domain = domain
        self.spend = spend

    async def extract(
        self,
        request: ChatRequest,
        *,
        principal: Principal = ANONYMOUS,
        session: str | None = None,
        now: float = 0.0,
    ) -> Features:
        # The scorers are CPU work measured in milliseconds; a worker thread keeps the
        # event loop serving other requests meanwhile.
        entities = (
            await anyio.to_thread.run_sync(self.privacy.scan, request) if self.privacy else ()
        )
        sticky = False
        if self.sessions is not None and (session or request.user):
            sticky = await self.sessions.check(
                session or request.user or "", principal.key_id, bool(entities), now
            )
        difficulty = None
        if self.difficulty is not None and request.model == "auto":
            difficulty = await anyio.to_thread.run_sync(self.difficulty.score, request)
        domain = self.domain.classify(request) if self.domain else None
        return Features(
            requested_model=request.model,
            prompt_tokens=count_prompt(request),
            output_tokens=request.output_limit,
            needs=needed_capabilities(request),
            stream=bool(request.stream),
            entities=entities,
            difficulty=difficulty,
            domain=domain,
            session=session or request.user,
            principal=principal,
            now=now,
            spend=self.spend.spend(principal.key_id, now) if self.spend else NO_SPEND,
            sticky=sticky and not entities,
        )
