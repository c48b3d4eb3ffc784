"""Privacy escalation (router.privacy.on_sensitive: escalate): an in-house model writes a
de-identified brief of a sensitive request; the scanner approves it (what it still finds
is redacted, an unusable brief fails closed); the hosted model answers the brief; with
`compose`, the in-house model writes the final answer from the original request plus the
hosted answer. Only the approved brief ever leaves: the original request goes to in-house
models alone, also when the hosted model fails (then it is answered in house)."""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from enum import StrEnum

import anyio.to_thread

from ..config import Config
from ..errors import GatewayError
from ..features import Features
from ..features.privacy import SpanFinder
from ..observability.calls import CallRecord
from ..routing import Reason, RouteDecision
from ..routing.decision import EscalationPlan
from ..schemas import ChatCompletionChunk, ChatRequest, Message
from ..usage import Usage
from .briefs import Approval, approve, load_prompt, loops, messages, transcript
from .compare import answer_text
from .executor import CallContext, Executor, Outcome, StreamHandle
from .records import call_record
from .redaction import Restorer
from .transforms import IDENTITY

log = logging.getLogger(__name__)

# Numeric generation settings the hosted model may get with the brief (no strings: a
# stop sequence or a `user` could carry what the brief left out).
PASSED = ("max_tokens", "max_completion_tokens", "temperature", "top_p", "seed",
          "presence_penalty", "frequency_penalty")  # fmt: skip


class Step(StrEnum):
    BRIEF = "brief"
    REASON = "reason"
    COMPOSE = "compose"
    LOCAL = "local"  # the original request answered in house (fail closed, hosted failure)


class Verdict(StrEnum):
    APPROVED = "approved"
    FAILED_CLOSED = "failed_closed"  # the brief was unusable: answered in house
    HOSTED_FAILED = "hosted_failed"  # the hosted model failed: answered in house


@dataclass(frozen=True, slots=True)
class StepCall:
    """A finished upstream call of an escalation other than the one that answers."""

    step: Step
    model: str
    usage: Usage | None  # None: the provider reported none (or the call failed)
    attempts: tuple[str, ...]
    seconds: float
    error: GatewayError | None = None
    request: ChatRequest | None = None  # what the audit may keep: only ever the brief


@dataclass(slots=True)
class Run:
    """One escalation as it went, for headers, ledger and audit."""

    plan: EscalationPlan
    calls: list[StepCall] = field(default_factory=list)
    verdict: Verdict = Verdict.APPROVED
    detail: str | None = None
    final: Step = Step.REASON  # the step whose model answers the client
    brief_request: ChatRequest | None = None  # the approved brief as the hosted model got it
    brief_seconds: float = 0.0  # brief + approval, before the first byte

    def models(self, final_model: str) -> str:
        """`brief=llama-local, reason=gpt-5.4, compose=llama-local`: each step that ran."""
        steps = [f"{c.step.value}={c.model}" for c in self.calls]
        return ", ".join([*steps, f"{self.final.value}={final_model}"])


class Escalator:
    """Runs the steps of a decision's EscalationPlan on the gateway's executor."""

    def __init__(self, config: Config, executor: Executor, finder: SpanFinder | None) -> None:
        self.config = config
        self.settings = config.router.privacy.escalate
        self.executor = executor
        self.finder = finder
        self.brief_prompt = load_prompt(self.settings.brief_prompt, "escalate_brief.md")
        self.compose_prompt = load_prompt(self.settings.compose_prompt, "escalate_compose.md")

    # -- the steps -----------------------------------------------------------------------

    async def brief(self, ctx: CallContext, run: Run) -> Approval:
        """Brief and approve: before the first byte of the answer. The brief is streamed
        from the writer so that a degenerate loop is cut as soon as it shows."""
        started = time.perf_counter()
        request = ChatRequest(
            model=run.plan.brief,
            messages=messages(self.brief_prompt, request=transcript(ctx.request)),
            stream=True,
            temperature=0.0,
            max_tokens=self.settings.max_brief_tokens,
        )
        decision = RouteDecision(
            model=run.plan.brief, reason=Reason.PRIVACY_ESCALATION, explanation="brief"
        )
        try:
            handle = await self.executor.stream(
                CallContext(ctx.request_id, request, ctx.features, decision)
            )
            written = await _collect(handle)
        except GatewayError as exc:
            run.calls.append(
                StepCall(Step.BRIEF, run.plan.brief, None, (run.plan.brief,),
                         time.perf_counter() - started, error=exc)
            )  # fmt: skip
            run.brief_seconds = time.perf_counter() - started
            run.verdict = Verdict.FAILED_CLOSED
            run.detail = f"the brief could not be written ({exc.code or 'error'})"
            return Approval(None, run.detail)
        run.calls.append(
            StepCall(Step.BRIEF, handle.model, written.usage, handle.attempts,
                     time.perf_counter() - started)
        )  # fmt: skip
        if written.looped:
            approval = Approval(None, "the brief repeats itself (a degenerate generation)")
        elif written.finish == "length":  # a brief that ran out of tokens is a fragment
            limit = self.settings.max_brief_tokens
            approval = Approval(None, f"the brief was cut at max_brief_tokens ({limit})")
        else:
            approval = await anyio.to_thread.run_sync(
                approve,
                written.text,
                ctx.request,
                ctx.features.entities,
                self.finder,
                self.settings.min_brief_chars,
            )
        run.brief_seconds = time.perf_counter() - started
        if approval.brief is None:
            run.verdict, run.detail = Verdict.FAILED_CLOSED, approval.why
            log.info("escalation %s failed closed: %s", ctx.request_id, approval.why)
        else:
            run.brief_request = self._reason_request(ctx.request, approval.brief, run.plan)
            log.info(
                "escalation %s brief approved, redacted=%s",
                ctx.request_id,
                ",".join(approval.redacted) or "-",
            )
        return approval

    def _reason_request(
        self, original: ChatRequest, brief: str, plan: EscalationPlan
    ) -> ChatRequest:
        passed = {k: getattr(original, k) for k in PASSED if getattr(original, k) is not None}
        return ChatRequest(
            model=plan.reason,
            messages=[Message(role="user", content=brief)],
            stream=bool(original.stream),
            **passed,
        )

    def _reason_ctx(self, ctx: CallContext, run: Run, *, stream: bool) -> CallContext:
        assert run.brief_request is not None
        hosted = tuple(
            name
            for name in ctx.decision.fallbacks
            if (spec := self.config.model(name)) is not None and spec.hosted
        )
        decision = RouteDecision(
            model=run.plan.reason,
            reason=Reason.PRIVACY_ESCALATION,
            explanation="escalation: the hosted model answers the approved brief",
            fallbacks=hosted,  # the brief may go to another hosted model, never the original
        )
        request = run.brief_request.model_copy(update={"stream": stream})
        return CallContext(ctx.request_id, request, ctx.features, decision)

    def _compose_ctx(self, ctx: CallContext, run: Run, answer: str, *, stream: bool) -> CallContext:
        assert run.plan.compose is not None
        note = Message(role="system", content=self.compose_prompt.replace("{answer}", answer))
        request = ctx.request.model_copy(
            update={"messages": [note, *ctx.request.messages], "stream": stream}
        )
        decision = RouteDecision(
            model=run.plan.compose,
            reason=Reason.PRIVACY_ESCALATION,
            explanation="escalation: the in-house model composes the final answer",
        )
        return CallContext(ctx.request_id, request, ctx.features, decision)

    def _local_ctx(self, ctx: CallContext, run: Run, reason: Reason) -> CallContext:
        local = run.plan.local
        in_house = tuple(
            name
            for name in self.config.router.fallbacks.get(local, ())
            if (spec := self.config.model(name)) is not None and not spec.hosted
        )
        decision = RouteDecision(
            model=local,
            reason=reason,
            explanation=f"escalation {run.verdict.value}: answered in house",
            fallbacks=in_house,
        )
        run.final = Step.LOCAL
        return CallContext(ctx.request_id, ctx.request, ctx.features, decision)

    def _hosted_failed(self, run: Run, started: float, exc: GatewayError) -> None:
        run.calls.append(
            StepCall(Step.REASON, run.plan.reason, None, (run.plan.reason,),
                     time.perf_counter() - started, error=exc, request=run.brief_request)
        )  # fmt: skip
        run.verdict = Verdict.HOSTED_FAILED
        run.detail = f"{run.plan.reason} failed ({exc.code or 'error'}): answered in house"
        log.warning("escalation: %s failed; answering in house", run.plan.reason)

    # -- whole answers -------------------------------------------------------------------

    async def complete(self, ctx: CallContext, run: Run) -> Outcome:
        """`run` (made by the caller) keeps the finished steps also when this raises."""
        plan = run.plan
        approval = await self.brief(ctx, run)
        if approval.brief is None:
            return await self.executor.complete(self._local_ctx(ctx, run, Reason.PRIVACY))
        started = time.perf_counter()
        try:
            hosted = await self.executor.complete(self._reason_ctx(ctx, run, stream=False))
        except GatewayError as exc:
            self._hosted_failed(run, started, exc)
            return await self.executor.complete(self._local_ctx(ctx, run, Reason.FALLBACK))
        hosted = replace(hosted, completion=Restorer(approval.names).completion(hosted.completion))
        if plan.compose is None:
            return hosted
        run.calls.append(self._reason_call(hosted, started, run))
        try:
            composed = await self.executor.complete(
                self._compose_ctx(ctx, run, answer_text(hosted.completion), stream=False)
            )
        except GatewayError as exc:
            return self._uncomposed(run, hosted, exc)
        run.final = Step.COMPOSE
        return composed

    def _reason_call(self, hosted: Outcome, started: float, run: Run) -> StepCall:
        usage = hosted.completion.usage
        return StepCall(
            Step.REASON,
            hosted.model,
            Usage.from_openai(usage) if usage is not None else None,
            hosted.attempts,
            time.perf_counter() - started,
            request=run.brief_request,
        )

    def _uncomposed(self, run: Run, hosted: Outcome, exc: GatewayError) -> Outcome:
        """Compose failed: the hosted answer goes out as it is (its call is the answer)."""
        run.calls.pop()
        run.detail = f"compose failed ({exc.code or 'error'}): the hosted answer as it is"
        log.warning("escalation: compose on %s failed", run.plan.compose)
        return hosted

    async def stream(self, ctx: CallContext, run: Run) -> StreamHandle:
        """Brief and approval before the first byte; the answering step streams."""
        plan = run.plan
        approval = await self.brief(ctx, run)
        if approval.brief is None:
            return await self.executor.stream(self._local_ctx(ctx, run, Reason.PRIVACY))
        started = time.perf_counter()
        if plan.compose is None:
            try:
                handle = await self.executor.stream(self._reason_ctx(ctx, run, stream=True))
            except GatewayError as exc:
                self._hosted_failed(run, started, exc)
                local = self._local_ctx(ctx, run, Reason.FALLBACK)
                return await self.executor.stream(local)
            return replace(handle, restorer=Restorer(approval.names))
        # The composer needs the whole hosted answer: the reason step runs first, unstreamed.
        try:
            hosted = await self.executor.complete(self._reason_ctx(ctx, run, stream=False))
        except GatewayError as exc:
            self._hosted_failed(run, started, exc)
            return await self.executor.stream(self._local_ctx(ctx, run, Reason.FALLBACK))
        hosted = replace(hosted, completion=Restorer(approval.names).completion(hosted.completion))
        run.calls.append(self._reason_call(hosted, started, run))
        try:
            handle = await self.executor.stream(
                self._compose_ctx(ctx, run, answer_text(hosted.completion), stream=True)
            )
        except GatewayError as exc:
            return replayed(self._uncomposed(run, hosted, exc))
        run.final = Step.COMPOSE
        return handle


@dataclass(frozen=True, slots=True)
class Written:
    text: str
    finish: str | None
    usage: Usage | None
    looped: bool


async def _collect(handle: StreamHandle) -> Written:
    """The streamed brief as text; stops reading (and closes the stream) at a loop."""
    text, finish, usage = "", None, None
    chunks = aiter(handle.rest)
    head = list(handle.head)
    try:
        while True:
            chunk = head.pop(0) if head else await anext(chunks, None)
            if chunk is None:
                break
            if chunk.usage is not None:
                usage = Usage.from_openai(chunk.usage)
            for choice in chunk.choices[:1]:
                text += choice.delta.content or ""
                finish = choice.finish_reason or finish
            if loops(text):
                return Written(text, finish, usage, looped=True)
    finally:
        close = getattr(handle.rest, "aclose", None)
        if close is not None:
            await close()
    return Written(text, finish, usage, looped=False)


def replayed(outcome: Outcome) -> StreamHandle:
    """A finished completion as a stream (the hosted answer when composing failed)."""
    completion = outcome.completion
    base = {"id": completion.id, "object": "chat.completion.chunk",
            "created": completion.created, "model": completion.model}  # fmt: skip
    head = [
        ChatCompletionChunk.model_validate(
            {**base, "choices": [{"index": 0, "delta": {"role": "assistant",
                                                        "content": answer_text(completion)}}]}
        ),
        ChatCompletionChunk.model_validate(
            {**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}
        ),
    ]  # fmt: skip
    if completion.usage is not None:
        head.append(
            ChatCompletionChunk.model_validate(
                {**base, "choices": [], "usage": completion.usage.model_dump()}
            )
        )
    return StreamHandle(
        model=outcome.model,
        reason=outcome.reason,
        attempts=outcome.attempts,
        head=head,
        rest=_nothing(),
        restorer=IDENTITY,
        ttft_s=0.0,
    )


async def _nothing() -> AsyncIterator[ChatCompletionChunk]:
    return
    yield  # an async generator


def step_record(
    call: StepCall, *, request_id: str, started_at: float, features: Features, config: Config
) -> CallRecord:
    """The ledger/audit row of a step that did not answer the client: in-house cost for
    the brief, hosted cost for the reason step; the audit keeps only the brief."""
    return call_record(
        config,
        features,
        request_id=request_id,
        started_at=started_at,
        model=call.model,
        reason=Reason.PRIVACY_ESCALATION.value,
        status=call.error.http_status() if call.error is not None else 200,
        usage=call.usage or Usage(prompt_tokens=0),
        usage_estimated=call.usage is None,
        latency_s=call.seconds,
        attempts=call.attempts,
        transforms=(f"escalate.{call.step.value}",),
        error_code=call.error.code if call.error is not None else None,
        request=call.request,
    )
