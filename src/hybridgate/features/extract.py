"""The Features of a request and the extractor that computes them once per request.

Scorers plug in here: a privacy scanner (entities), a difficulty scorer and a domain
classifier. Each is optional; the policies treat a missing score as "no opinion"."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

import anyio.to_thread

from ..accounting.spend import NO_SPEND, Spend, SpendReservations, SpendSource
from ..config import Capability
from ..entities import Entity
from ..observability import spans
from ..principal import ANONYMOUS, Principal
from ..schemas import ChatRequest
from .capabilities import needed_capabilities
from .tokens import count_prompt

# Re-exported: they lived here before, and plug-ins import them from here.
__all__ = [
    "ANONYMOUS",
    "NO_SPEND",
    "DomainClassifier",
    "Entity",
    "FeatureExtractor",
    "Features",
    "Principal",
    "PrivacyScanner",
    "Scorer",
    "Spend",
    "SpendReservations",
    "SpendSource",
    "StickySessions",
]


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


class DomainClassifier(Protocol):
    def classify(self, request: ChatRequest) -> str | None: ...


class StickySessions(Protocol):
    """Remembers sensitive sessions; True when this one is (or recently was) sensitive."""

    async def check(
        self, session: str, key_id: str | None, sensitive: bool, now: float
    ) -> bool: ...


# Prompts up to this many tokens are scored on the event loop. For them a worker-thread
# round trip (a queue hand-off, a wake-up and a GIL hand-over each way, and on a busy
# machine a wait for a core each way) costs more than the scoring: at ~15 tokens the scan
# takes 0.3 ms of CPU and the difficulty score 0.5 ms, and both mostly hold the GIL, so a
# thread would not run them beside the loop anyway (docs/performance.md).
INLINE_TOKENS = 128


class FeatureExtractor:
    def __init__(
        self,
        privacy: PrivacyScanner | None = None,
        difficulty: Scorer | None = None,
        domain: DomainClassifier | None = None,
        spend: SpendSource | None = None,
        sessions: StickySessions | None = None,
        inline_tokens: int = INLINE_TOKENS,
    ) -> None:
        self.sessions = sessions
        self.privacy = privacy
        self.difficulty = difficulty
        self.domain = domain
        self.spend = spend
        self.inline_tokens = inline_tokens

    def _score(self, request: ChatRequest) -> tuple[tuple[Entity, ...], float | None]:
        """The privacy scan and the difficulty score: CPU work, done together."""
        entities = spans.scan(self.privacy.scan, request) if self.privacy else ()
        # Scored for named models too: /v1/route, the audit and the explanation say what
        # the router would think, even where the client chose (only "auto" acts on it).
        difficulty = self.difficulty.score(request) if self.difficulty is not None else None
        return entities, difficulty

    async def extract(
        self,
        request: ChatRequest,
        *,
        principal: Principal = ANONYMOUS,
        session: str | None = None,
        now: float = 0.0,
        prompt_tokens: int | None = None,
    ) -> Features:
        """`prompt_tokens`: the count when the caller already made it (the size check)."""
        tokens = count_prompt(request) if prompt_tokens is None else prompt_tokens
        entities: tuple[Entity, ...] = ()
        difficulty: float | None = None
        if self.privacy is not None or self.difficulty is not None:
            if tokens <= self.inline_tokens:
                entities, difficulty = self._score(request)
            else:  # milliseconds of CPU: one worker-thread trip keeps the loop serving
                entities, difficulty = await anyio.to_thread.run_sync(self._score, request)
        sticky = False
        if self.sessions is not None and (session or request.user):
            sticky = await self.sessions.check(
                session or request.user or "", principal.key_id, bool(entities), now
            )
        domain = self.domain.classify(request) if self.domain else None
        return Features(
            requested_model=request.model,
            prompt_tokens=tokens,
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
