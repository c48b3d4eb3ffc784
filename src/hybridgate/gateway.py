"""The Gateway: the request flow of DESIGN.md in one place, shared by the HTTP server and
the CLI: features → policy chain → executor → observers (ledger, audit, metrics)."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from .accounting.holds import hard_limits
from .accounting.pricing import estimate_cost
from .accounting.spend import SharedReservations, SpendReservations
from .config import Capability, Config, with_builtin_models
from .errors import (
    BudgetExceeded,
    BudgetHeld,
    ContextTooLong,
    GatewayError,
    PayloadTooLarge,
    UpstreamRejected,
)
from .execution import CallContext, Executor
from .execution.breaker import Breaker, LocalBreaker, RedisBreaker
from .execution.compare import Evaluator, Primary, answer_text
from .execution.escalation import Escalator, Run, Step, step_record
from .execution.records import call_record
from .execution.streaming import StreamEncoder, StreamTally, relay, relay_encoded
from .execution.transforms import RequestTransform
from .features import FeatureExtractor, Features
from .features.privacy import Scanner
from .features.tokens import count_prompt
from .observability import spans
from .observability.calls import CallObserver, CallRecord
from .observability.metrics import Metrics
from .principal import ANONYMOUS, Principal
from .providers import Provider, build_providers
from .providers.base import EmbeddingProvider, ResponsesNative
from .providers.registry import FACTORIES
from .routing import DEFAULT_POLICIES, Policy, RouteDecision, decide
from .routing.apis import CHAT_SHAPED, Api, view
from .routing.decision import Transform
from .schemas import ChatCompletion, ChatRequest
from .translate.embeddings import EmbeddingCall, EmbeddingResult
from .usage import Usage

log = logging.getLogger(__name__)
# One INFO line per finished call; `serve` leaves it off unless --access-log (or debug):
# formatting and writing it was ~10% of a passthrough request's CPU (docs/performance.md).
access_log = logging.getLogger("hybridgate.access")


@dataclass(frozen=True, slots=True)
class Served:
    """What answered a request, why, and its cost: the facts behind the response headers
    (server/headers.py renders them)."""

    request_id: str
    model: str
    reason: str
    cost_usd: float  # for a stream, an estimate: headers leave before usage is known
    escalation: Run | None = None  # the steps of an escalated request


@dataclass(frozen=True, slots=True)
class Answer:
    completion: ChatCompletion
    served: Served


@dataclass(slots=True)
class StreamAnswer:
    served: Served
    body: AsyncIterator[bytes]


@dataclass(frozen=True, slots=True)
class Embedded:
    result: EmbeddingResult
    served: Served


@dataclass(slots=True)
class Routed:
    request_id: str
    request: ChatRequest
    features: Features
    decision: RouteDecision
    started: float = field(default_factory=time.perf_counter)
    started_at: float = field(default_factory=time.time)
    evaluate: bool = False  # x-hybridgate-evaluate: compare with other models afterwards
    api: Api = Api.CHAT  # the wire API it came on (chat-shaped ones arrive translated)


_UNCHECKED = object()


def new_request_id() -> str:
    return f"req_{uuid.uuid4().hex}"


class Gateway:
    def __init__(
        self,
        config: Config,
        *,
        providers: Mapping[str, Provider] | None = None,
        cache_dir: Path | None = None,
        extractor: FeatureExtractor | None = None,
        policies: Sequence[Policy] = DEFAULT_POLICIES,
        transforms: Mapping[Transform, RequestTransform] | None = None,
        observers: Sequence[CallObserver] = (),
        breaker: Breaker | None = None,
        evaluator: Evaluator | None = None,
    ) -> None:
        config = with_builtin_models(config)  # + the bundled embedding model
        self.config = config
        cache = cache_dir or Path("~/.hybridgate/models").expanduser()
        self.providers = (
            dict(providers) if providers is not None else build_providers(config, cache)
        )
        for spec in config.models:  # the bundled model needs no plug-in
            if spec.name not in self.providers and spec.provider == "embedded":
                self.providers[spec.name] = FACTORIES[spec.provider](spec, cache)
        missing = [m.name for m in config.models if m.name not in self.providers]
        if missing:
            raise GatewayError(f"no provider for model(s) {', '.join(missing)}")
        self.extractor = extractor or FeatureExtractor()
        self.policies = tuple(policies)
        self.executor = Executor(config, self.providers, transforms, breaker=breaker)
        # /v1/responses requests reach models with a Responses API over it (same breaker).
        wires = {
            name: p.responses_wire() if isinstance(p, ResponsesNative) else p
            for name, p in self.providers.items()
        }
        self.responses_executor = Executor(config, wires, transforms, breaker=self.executor.breaker)
        # on_sensitive: escalate: the scanner approves the in-house model's briefs.
        scanner = self.extractor.privacy
        finder = scanner if isinstance(scanner, Scanner) else None
        self.escalator = Escalator(config, self.executor, finder)
        # What routing sees per API: the models that serve it.
        self.views = {api: view(config, api) for api in Api}
        self.evaluator = evaluator
        breakers = self.executor.breaker
        self.metrics = Metrics(shared_breakers=isinstance(breakers, RedisBreaker))
        if isinstance(breakers, LocalBreaker):  # per-process circuits: each worker writes its own
            breakers.on_change = self.metrics.breaker
        self.observers: list[CallObserver] = [self.metrics, *observers]
        self._holds_of: object = _UNCHECKED  # the spend source _holds() last checked
        self._holds_as: tuple[SpendReservations | None, SharedReservations | None] = (None, None)

    async def start(self) -> None:
        for provider in self.providers.values():
            await provider.start()

    async def aclose(self) -> None:
        if self.evaluator is not None:
            await self.evaluator.aclose()
        await self.executor.aclose()
        for observer in self.observers:  # observers that write (ledger, audit) flush here
            try:
                await observer.aclose()
            except Exception:
                log.exception("observer %s failed to close", type(observer).__name__)

    # -- routing -------------------------------------------------------------------------

    async def route(
        self,
        request: ChatRequest,
        *,
        principal: Principal = ANONYMOUS,
        session: str | None = None,
        request_id: str | None = None,
        evaluate: bool = False,
        api: Api = Api.CHAT,
    ) -> Routed:
        """`api`: chat-shaped APIs arrive translated to `request`; an embeddings request
        arrives as one user message per input, routed among the embedding models."""
        prompt_tokens = self.admit(request) if api in CHAT_SHAPED else None
        features = await self.extractor.extract(
            request,
            principal=principal,
            session=session,
            now=time.time(),
            prompt_tokens=prompt_tokens,
        )
        if api is Api.EMBEDDINGS:
            needs: frozenset[Capability] = frozenset({"embeddings"})
            features = replace(features, needs=needs, output_tokens=None, difficulty=None)
        with spans.span("route") as span:
            decision = decide(features, self.views[api], self.policies)
            spans.describe_route(span, decision, features)
        return Routed(
            request_id or new_request_id(),
            request,
            features,
            decision,
            evaluate=evaluate,
            api=api,
        )

    def admit(self, request: ChatRequest) -> int:
        """The size caps that need the prompt's token count, checked before any feature
        extraction so an oversized prompt costs a count, not a privacy scan: the gateway's
        `limits.max_prompt_tokens` (413) and the largest context any configured model has
        (400, as the capability policy would say after the scan). Returns the count."""
        prompt = count_prompt(request)
        cap = self.config.limits.max_prompt_tokens
        if cap is not None and prompt > cap:
            raise PayloadTooLarge(
                f"The prompt has {prompt} tokens; this gateway's limit is {cap}",
                param="messages",
            )
        wanted = prompt + (request.output_limit or 0)
        largest = max((m.context_window for m in self.config.models), default=None)
        if largest is not None and wanted > largest:
            raise ContextTooLong(
                f"No model can take this request ({prompt} prompt tokens): the largest "
                f"context window configured is {largest}",
                param="messages",
            )
        return prompt

    # -- completion ----------------------------------------------------------------------

    def _record(
        self,
        routed: Routed,
        *,
        model: str,
        reason: str,
        status: int,
        usage: Usage,
        estimated: bool,
        attempts: tuple[str, ...],
        ttft_s: float | None = None,
        error_code: str | None = None,
        finished: float | None = None,
        answer: str | None = None,
        run: Run | None = None,
    ) -> float:
        """`run`: the answering step of an escalation; the audit may keep only its brief."""
        request: ChatRequest | None = routed.request
        entities = routed.features.entities
        transforms = tuple(t.value for t in routed.decision.transforms)
        if run is not None:
            request = run.brief_request if run.final is Step.REASON else None
            entities, answer, transforms = (), None, (f"escalate.{run.final.value}",)
        latency = (finished or time.perf_counter()) - routed.started
        record = call_record(
            self.config,
            routed.features,
            request_id=routed.request_id,
            started_at=routed.started_at,
            model=model,
            requested_model=routed.request.model,
            reason=reason,
            status=status,
            stream=routed.features.stream,
            usage=usage,
            usage_estimated=estimated,
            latency_s=latency,
            ttft_s=ttft_s,
            attempts=attempts,
            transforms=transforms,
            error_code=error_code,
            request=request,
            answer=answer,
            entities=entities,
        )
        cost = record.cost_usd
        self.observe(record)
        if access_log.isEnabledFor(logging.INFO):
            access_log.info(
                "chat %s model=%s reason=%s status=%d ms=%.1f tokens=%d/%d cost=%.6f",
                routed.request_id, model, reason, status, latency * 1000,
                usage.prompt_tokens, usage.completion_tokens, cost,
            )  # fmt: skip
        return cost

    def observe(self, record: CallRecord) -> None:
        """Hand a finished upstream call to every observer (metrics, ledger, audit)."""
        for observer in self.observers:
            try:
                observer.record(record)
            except Exception:  # an observer must never fail a request
                log.exception(
                    "observer %s failed for %s", type(observer).__name__, record.request_id
                )

    def denied(self, request_id: str, key_id: str | None, error: GatewayError) -> None:
        """Hand a request refused before routing (auth, size, rate) to every observer."""
        for observer in self.observers:
            try:
                observer.denied(request_id, key_id, error.http_status(), error.code)
            except Exception:
                log.exception("observer %s failed for %s", type(observer).__name__, request_id)

    def record_failure(self, routed: Routed, error: GatewayError, run: Run | None = None) -> None:
        if run is not None:
            self._steps(routed, run)
        self._record(
            routed,
            model=run.plan.local if run and run.final is Step.LOCAL else routed.decision.model,
            reason=routed.decision.reason.value,
            status=error.http_status(),
            usage=Usage(prompt_tokens=0),
            estimated=True,
            attempts=(),
            error_code=error.code,
            run=run,
        )

    def _steps(self, routed: Routed, run: Run) -> float:
        """Record the escalation steps that did not answer the client; their cost."""
        cost = 0.0
        for call in run.calls:
            record = step_record(
                call,
                request_id=routed.request_id,
                started_at=routed.started_at,
                features=routed.features,
                config=self.config,
            )
            self.observe(record)
            cost += record.cost_usd
        return cost

    def _compare(
        self, routed: Routed, model: str, text: str, cost: float, finished: float | None = None
    ) -> None:
        """Evaluation routing: other models answer the same request in the background."""
        if self.evaluator is None or not self.evaluator.wanted(routed.evaluate):
            return
        latency = (finished or time.perf_counter()) - routed.started
        self.evaluator.submit(
            Primary(
                routed.request_id, routed.request, routed.features, model, text, latency, cost,
                transformed=bool(routed.decision.transforms),
            )
        )  # fmt: skip

    def hold(self, routed: Routed) -> None:
        """Hold the routed request's estimated cost against the budgets while it runs.
        Call it right after `route`, before any await: budgets were read there, and a
        concurrent burst must see each other's holds (idempotent)."""
        spend = self._holds()[0]
        spec = self.config.model(routed.decision.model)
        if spend is None or spec is None:
            return
        features = routed.features
        usd = estimate_cost(spec, features.prompt_tokens, features.output_tokens)
        spend.reserve(routed.request_id, features.principal.key_id, usd, routed.started_at)

    def _holds(self) -> tuple[SpendReservations | None, SharedReservations | None]:
        """The spend source as its two hold interfaces (None where it lacks one), checked
        once per source: a runtime Protocol isinstance costs ~10 us, and every request
        asked three times."""
        spend = self.extractor.spend
        if spend is not self._holds_of:
            self._holds_of = spend
            self._holds_as = (
                spend if isinstance(spend, SpendReservations) else None,
                spend if isinstance(spend, SharedReservations) else None,
            )
        return self._holds_as

    async def reserve(self, routed: Routed) -> None:
        """`hold`, then the hold every replica sees (PostgreSQL): refused with a 429 when a
        hard budget is already reached counting every replica's spend and holds."""
        self.hold(routed)
        spend = self._holds()[1]
        spec = self.config.model(routed.decision.model)
        if spend is None or spec is None:
            return
        features = routed.features
        limits = hard_limits(self.config.budgets, features.principal)
        if not limits.any():
            return
        usd = estimate_cost(spec, features.prompt_tokens, features.output_tokens)
        refusal = await spend.admit(
            routed.request_id, features.principal.key_id, usd, routed.started_at, limits
        )
        if refusal is not None:
            self.release(routed)
            if not refusal.exhausted:
                raise BudgetHeld(
                    f"Budget held by requests in flight: {refusal.describe()} counting their "
                    "estimated cost; retry when they finish."
                )
            raise BudgetExceeded(
                f"Budget exhausted: {refusal.describe()}. Requests are refused until the "
                f"{refusal.scope.split()[-1]} ends (UTC) or the budget is raised."
            )

    def release(self, routed: Routed) -> None:
        """Drop the hold of a request refused before its call (a rate limit, a size cap)."""
        spend = self._holds()[0]
        if spend is not None:
            spend.release(routed.request_id)

    def _executor(self, routed: Routed) -> Executor:
        return self.responses_executor if routed.api is Api.RESPONSES else self.executor

    async def embed(self, routed: Routed, call: EmbeddingCall) -> Embedded:
        """An embeddings request along its decision: retries, breaker, fallbacks, costs."""
        await self.reserve(routed)
        ctx = CallContext(routed.request_id, routed.request, routed.features, routed.decision)

        async def one(model: str) -> EmbeddingResult:
            provider = self.providers[model]
            if not isinstance(provider, EmbeddingProvider):
                raise UpstreamRejected(f"{model} does not serve embeddings", upstream_status=400)
            return await provider.embed(call)

        try:
            ran = await self.executor.run(ctx, one)
        except GatewayError as exc:
            self.record_failure(routed, exc)
            raise
        cost = self._record(
            routed,
            model=ran.model,
            reason=ran.reason.value,
            status=200,
            usage=Usage(prompt_tokens=ran.value.prompt_tokens),
            estimated=False,
            attempts=ran.attempts,
        )
        return Embedded(ran.value, Served(routed.request_id, ran.model, ran.reason.value, cost))

    async def complete(self, routed: Routed) -> Answer:
        await self.reserve(routed)
        ctx = CallContext(routed.request_id, routed.request, routed.features, routed.decision)
        plan = routed.decision.escalation
        run = Run(plan) if plan is not None else None
        try:
            if run is not None:
                outcome = await self.escalator.complete(ctx, run)
            else:
                outcome = await self._executor(routed).complete(ctx)
        except GatewayError as exc:
            self.record_failure(routed, exc, run)
            raise
        steps = self._steps(routed, run) if run is not None else 0.0
        usage_raw = outcome.completion.usage
        if usage_raw is not None:
            usage, estimated = Usage.from_openai(usage_raw), False
        else:
            usage, estimated = Usage(prompt_tokens=routed.features.prompt_tokens), True
        text = answer_text(outcome.completion)  # for the audit and for evaluation
        cost = self._record(
            routed,
            model=outcome.model,
            reason=outcome.reason.value,
            status=200,
            usage=usage,
            estimated=estimated,
            attempts=outcome.attempts,
            answer=text or None,
            run=run,
        )
        served = Served(routed.request_id, outcome.model, outcome.reason.value, cost + steps, run)
        if run is None:  # an escalation is never compared: another model would get the original
            self._compare(routed, outcome.model, text, cost)
        return Answer(outcome.completion, served)

    async def stream(
        self, routed: Routed, encoder: Callable[[str], StreamEncoder] | None = None
    ) -> StreamAnswer:
        """`encoder(model)`: the events of another wire API (default: chat chunks)."""
        await self.reserve(routed)
        ctx = CallContext(routed.request_id, routed.request, routed.features, routed.decision)
        plan = routed.decision.escalation
        run = Run(plan) if plan is not None else None
        try:
            if run is not None:  # brief and approval happen here, before the first byte
                handle = await self.escalator.stream(ctx, run)
            else:
                handle = await self._executor(routed).stream(ctx)
        except GatewayError as exc:
            self.record_failure(routed, exc, run)
            raise
        steps = self._steps(routed, run) if run is not None else 0.0
        spec = self.config.model(handle.model)
        assert spec is not None
        # Headers leave before usage is known: the cost a stream reports is an estimate.
        estimate = estimate_cost(spec, routed.features.prompt_tokens, routed.features.output_tokens)
        estimate += steps
        options = routed.request.stream_options
        tally = StreamTally(prompt_tokens_estimate=routed.features.prompt_tokens)

        def finish(t: StreamTally) -> None:
            usage, estimated = t.final_usage()
            cost = self._record(
                routed,
                model=handle.model,
                reason=handle.reason.value,
                status=t.status,
                usage=usage,
                estimated=estimated,
                attempts=handle.attempts,
                ttft_s=handle.ttft_s,
                error_code=t.error_code,
                finished=t.finished_at,
                answer="".join(t.text),
                run=run,
            )
            if t.status == 200 and run is None:
                self._compare(routed, handle.model, "".join(t.text), cost, t.finished_at)

        if encoder is not None:
            body = relay_encoded(handle, encoder(handle.model), tally=tally, on_finish=finish)
        else:
            body = relay(
                handle,
                include_usage=bool(options and options.include_usage),
                tally=tally,
                on_finish=finish,
            )
        served = Served(routed.request_id, handle.model, handle.reason.value, estimate, run)
        return StreamAnswer(served, body)
