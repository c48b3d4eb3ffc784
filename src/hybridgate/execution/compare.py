"""Evaluation routing ("ask both, compare"): after the client got its answer, the same
request is sent to the other configured model(s) in the background; both answers, their
latency and cost, and an agreement score are stored for review (`hybridgate evaluations`).

Which models may compare is the routing policies' call (`routing.chain.allows`): a key's
models, privacy, in-house requests and capability hold as for the client's own call. On
top, a hosted model compares only requests the policies let out as they are (no redaction,
no escalation) and that carry no sensitive data; sensitive texts are not stored, only the
scores."""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..accounting.budgets import Level, assess
from ..config import Config, ModelConfig
from ..errors import GatewayError, UpstreamError
from ..features import Features
from ..features.embedding import Embedder
from ..observability.calls import EVALUATION, CallRecord
from ..routing import DEFAULT_POLICIES, Policy
from ..routing.apis import Api, view
from ..routing.chain import allows
from ..schemas import ChatCompletion, ChatRequest, Message
from ..storage.evaluations import EvaluationRow, EvaluationStore
from ..storage.sql import Database
from ..usage import Usage
from .agreement import JUDGE_PROMPT, Agreement, cosine, normalise, token_f1, verdict
from .executor import Executor
from .records import call_record

log = logging.getLogger(__name__)

WITHHELD = "[not stored]"


@dataclass(frozen=True, slots=True)
class Primary:
    """The answer the client got."""

    request_id: str
    request: ChatRequest
    features: Features
    model: str
    text: str
    latency_s: float
    cost_usd: float
    transformed: bool = False  # the decision redacted before hosted models


def answer_text(completion: ChatCompletion) -> str:
    if not completion.choices:
        return ""
    message = completion.choices[0].message
    if message.content:
        return message.content
    calls = message.tool_calls or []
    return "\n".join(
        f"{c.function.name}({c.function.arguments})" for c in calls if hasattr(c, "function")
    )


def _prompt(request: ChatRequest) -> str:
    for message in reversed(request.messages):
        if message.role == "user":
            return "\n".join(message.texts())
    return ""


class Evaluator:
    def __init__(
        self,
        config: Config,
        executor: Executor,
        store: EvaluationStore | None = None,
        *,
        embedder: Embedder | None = None,
        rng: random.Random | None = None,
        on_call: Callable[[CallRecord], None] | None = None,
        policies: Sequence[Policy] = DEFAULT_POLICIES,
    ) -> None:
        self.config = config
        # Eligibility is routing's: the gateway's policies over the models chat requests see.
        self.policies = tuple(policies)
        self.view = view(config, Api.CHAT)
        # Each comparison call is a real upstream call: it goes to the ledger (spend,
        # budgets) and the audit log with reason "evaluation" and the client's request id.
        self.on_call = on_call
        self.settings = config.router.evaluate
        # Calls go through the executor: retries and the circuit breaker apply to them.
        self.executor = executor
        self.store = store
        self.embedder = embedder
        self.rng = rng or random.Random()
        self._tasks: set[asyncio.Task[None]] = set()
        self._slots = asyncio.Semaphore(self.settings.max_concurrent)

    def wanted(self, forced: bool) -> bool:
        rate = self.settings.sample_rate
        return forced or (rate > 0 and self.rng.random() < rate)

    def _allowed(self, spec: ModelConfig, primary: Primary) -> bool:
        """Whether the routing policies would send this request to `spec` too, and, for a
        hosted model, unchanged: a comparison never redacts, escalates or sends sensitive
        data out (even where the privacy policy is off)."""
        features = primary.features
        try:
            sealed = allows(features, self.view, spec.name, self.policies)
        except GatewayError:
            return False  # the policies refuse this request now (e.g. a budget)
        if sealed is None:
            return False
        changed = bool(sealed.transforms) or sealed.escalation is not None
        return not spec.hosted or not (changed or features.sensitive or primary.transformed)

    def others(self, primary: Primary) -> tuple[str, ...]:
        features = primary.features
        if assess(features.spend, self.config.budgets, features.principal).level is not Level.OK:
            return ()  # comparisons are optional spend: none once a budget is at its soft limit
        names = self.settings.models or tuple(m.name for m in self.config.models)
        chosen = []
        for name in names:
            spec = self.config.model(name)
            if name != primary.model and spec is not None and self._allowed(spec, primary):
                chosen.append(name)
        return tuple(chosen)

    def submit(self, primary: Primary) -> bool:
        """Schedule the comparison in the background; the client is not kept waiting."""
        if not self.others(primary):
            return False
        if len(self._tasks) >= self.settings.max_concurrent * 8:
            log.warning("evaluation of %s dropped: too many in flight", primary.request_id)
            return False
        task = asyncio.get_running_loop().create_task(self._run_logged(primary))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return True

    async def _run_logged(self, primary: Primary) -> None:
        try:
            async with self._slots:
                await self.run(primary)
        except Exception:  # a background comparison must never surface anywhere else
            log.exception("evaluation of %s failed", primary.request_id)

    async def run(self, primary: Primary) -> list[EvaluationRow]:
        rows = await asyncio.gather(*(self._compare(primary, m) for m in self.others(primary)))
        if self.store is not None and self.settings.store and rows:
            await self.store.add(list(rows))
        return list(rows)

    async def _ask(
        self, primary: Primary, model: str, request: ChatRequest
    ) -> tuple[ChatCompletion, float, float]:
        started_at, started = time.time(), time.perf_counter()
        try:
            completion = await self.executor.call(primary.request_id, model, request)
        except UpstreamError as exc:
            elapsed = time.perf_counter() - started
            self._observe(primary, request, model, started_at, elapsed, error=exc)
            raise
        latency = time.perf_counter() - started
        raw = completion.usage
        if raw is not None:
            usage = Usage.from_openai(raw)
        else:
            usage = Usage(prompt_tokens=primary.features.prompt_tokens)
        record = self._observe(
            primary, request, model, started_at, latency,
            usage=usage, estimated=raw is None, answer=answer_text(completion),
        )  # fmt: skip
        return completion, latency, record.cost_usd

    def _observe(
        self,
        primary: Primary,
        request: ChatRequest,
        model: str,
        started_at: float,
        latency: float,
        *,
        error: UpstreamError | None = None,
        usage: Usage | None = None,
        estimated: bool = True,
        answer: str | None = None,
    ) -> CallRecord:
        """The record of one comparison call (priced), handed to `on_call` if set."""
        features = primary.features
        record = call_record(
            self.config,
            features,
            request_id=primary.request_id,
            started_at=started_at,
            model=model,
            requested_model=model,
            reason=EVALUATION,
            status=error.http_status() if error is not None else 200,
            usage=usage or Usage(prompt_tokens=0),
            usage_estimated=estimated,
            latency_s=latency,
            attempts=(model,),
            error_code=(error.code or "upstream_error") if error is not None else None,
            request=request,
            answer=answer or None,
            entities=features.entities,
        )
        if self.on_call is not None:
            self.on_call(record)
        return record

    async def _compare(self, primary: Primary, model: str) -> EvaluationRow:
        request = primary.request.model_copy(update={"stream": False, "stream_options": None})
        text, latency, cost, error = "", 0.0, 0.0, None
        try:
            completion, latency, cost = await self._ask(primary, model, request)
            text = answer_text(completion)
        except UpstreamError as exc:
            error = exc.code or "upstream_error"
            log.warning("evaluation %s: %s failed: %s", primary.request_id, model, exc.message)
        agreement = None if error else await self.agreement(primary, text)
        # Sensitive texts stay out of the table, and none at all where the operator
        # keeps no content (logging.prompts: none).
        withhold = (
            primary.features.sensitive
            or primary.transformed
            or self.config.logging.prompts == "none"
        )
        return EvaluationRow(
            request_id=primary.request_id,
            created_at=time.time(),
            prompt=WITHHELD if withhold else _prompt(primary.request),
            primary_model=primary.model,
            primary_text=WITHHELD if withhold else primary.text,
            primary_latency_s=primary.latency_s,
            primary_cost_usd=primary.cost_usd,
            other_model=model,
            other_text=WITHHELD if withhold else text,
            other_latency_s=latency,
            other_cost_usd=cost,
            error=error,
            exact=agreement.exact if agreement else None,
            lexical=agreement.lexical if agreement else None,
            embedding=agreement.embedding if agreement else None,
            judge=agreement.judge if agreement else None,
            agreement=agreement.score if agreement else None,
            disagree=bool(agreement and agreement.score < self.settings.disagreement_below),
            key_id=primary.features.principal.key_id,
            sensitive=primary.features.sensitive or primary.transformed,
            primary_hosted=self._hosted(primary.model),
            other_hosted=self._hosted(model),
        )

    def _hosted(self, name: str) -> bool | None:
        spec = self.config.model(name)
        return spec.hosted if spec is not None else None

    async def agreement(self, primary: Primary, other: str) -> Agreement:
        a, b = primary.text, other
        exact = normalise(a) == normalise(b)
        embedding = None
        if self.embedder is not None and not exact:
            va, vb = await asyncio.to_thread(self._embed_pair, a, b)
            embedding = cosine(va, vb)
        judge = None if exact else await self._judge(primary, b)
        return Agreement(exact=exact, lexical=token_f1(a, b), embedding=embedding, judge=judge)

    def _embed_pair(
        self, a: str, b: str
    ) -> tuple[npt.NDArray[np.float32], npt.NDArray[np.float32]]:
        assert self.embedder is not None
        return self.embedder.embed(a), self.embedder.embed(b)

    async def _judge(self, primary: Primary, other: str) -> float | None:
        name = self.settings.judge
        spec = self.config.model(name) if name else None
        if spec is None or not self._allowed(spec, primary):
            return None
        prompt = JUDGE_PROMPT.format(prompt=_prompt(primary.request), a=primary.text, b=other)
        request = ChatRequest(
            model=spec.name,
            messages=[Message(role="user", content=prompt)],
            max_tokens=3,
            temperature=0,
        )
        try:
            completion, _, _ = await self._ask(primary, spec.name, request)
        except UpstreamError:
            return None
        return verdict(answer_text(completion))

    async def drain(self, timeout: float = 30.0) -> None:
        """Wait for the comparisons in flight (tests; shutdown)."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=timeout)

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await self.drain(timeout=5.0)


def build_evaluator(
    config: Config,
    executor: Executor,
    db: Database | None,
    embedder: Embedder | None = None,
    on_call: Callable[[CallRecord], None] | None = None,
    policies: Sequence[Policy] = DEFAULT_POLICIES,
) -> Evaluator | None:
    """An evaluator when there is something to compare with (two models or more);
    `policies`: the gateway's, which decide what may be compared where."""
    if len(config.models) < 2:
        return None
    store = EvaluationStore(db) if db is not None and config.router.evaluate.store else None
    return Evaluator(config, executor, store, embedder=embedder, on_call=on_call, policies=policies)
