"""Runs a suite against models through a Target: bounded concurrency, a progress bar,
results appended to JSONL as they arrive, and a re-run that skips finished items."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import anyio

from .faults import FaultLog
from .graders import GradingError, Judge, grade, is_refusal
from .suites import Suite, SuiteItem, ToolCallGrader, item_seed
from .targets import Response, Target

log = logging.getLogger(__name__)

RESULTS_FILE = "results.jsonl"
ANSWER_CHARS = 2000


@dataclass(frozen=True, slots=True)
class Result:
    """One line of results.jsonl: one item answered by one requested model."""

    suite: str
    item_id: str
    model: str  # as requested: a model name or "auto"
    served_model: str | None
    route_reason: str | None
    tier: str
    tags: tuple[str, ...]
    faults: float
    faults_injected: int
    score: float
    passed: bool
    detail: str
    refusal: bool
    tool_call_valid: bool | None
    error: str | None
    status: int
    ttft_s: float | None
    total_s: float
    prompt_tokens: int
    completion_tokens: int
    cost_usd: float
    seed: int
    answer: str = ""  # the model's text (or its tool calls), cut to ANSWER_CHARS

    @property
    def key(self) -> tuple[str, str, str, float]:
        return (self.suite, self.model, self.item_id, self.faults)

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_json(cls, line: str) -> Result:
        data = json.loads(line)
        data["tags"] = tuple(data.get("tags") or ())
        return cls(**data)


def load_results(path: Path) -> list[Result]:
    """Every complete line of a results file; a torn last line (a killed run) is ignored."""
    if not path.exists():
        return []
    results = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            results.append(Result.from_json(line))
        except (json.JSONDecodeError, TypeError):
            continue
    return results


@dataclass(frozen=True, slots=True)
class RunSpec:
    suite: Suite
    models: tuple[str, ...]
    out_dir: Path
    limit: int | None = None
    concurrency: int = 4
    seed: int = 0
    faults: float = 0.0
    max_tokens: int | None = None  # caps every item's output limit


def request_body(
    suite: Suite, item: SuiteItem, seed: int, key: str, cap: int | None = None
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "messages": suite.messages(item),
        "temperature": suite.defaults.temperature,
        "seed": item_seed(seed, item.id),
        "user": key,  # identifies the request to fault injection; carries no data
    }
    limit = suite.max_tokens(item)
    if cap is not None:
        limit = min(limit, cap) if limit is not None else cap
    if limit is not None:
        body["max_tokens"] = limit
    if item.tools:
        body["tools"] = [dict(t) for t in item.tools]
    if item.tool_choice is not None:
        body["tool_choice"] = item.tool_choice
    if item.response_format is not None:
        body["response_format"] = dict(item.response_format)
    return body


Progress = Callable[[Result], None]


class Runner:
    def __init__(
        self, target: Target, *, judge: Judge | None = None, fault_log: FaultLog | None = None,
    ) -> None:  # fmt: skip
        self.target = target
        self.judge = judge
        self.fault_log = fault_log

    def pending(self, spec: RunSpec) -> list[tuple[str, SuiteItem]]:
        done = {r.key for r in load_results(spec.out_dir / RESULTS_FILE)}
        items = spec.suite.sample(spec.limit, spec.seed)
        return [
            (model, item)
            for item in items
            for model in spec.models
            if (spec.suite.name, model, item.id, spec.faults) not in done
        ]

    async def run(self, spec: RunSpec, on_result: Progress | None = None) -> list[Result]:
        """Answer and grade every pending (model, item); returns the new results."""
        spec.out_dir.mkdir(parents=True, exist_ok=True)
        work = self.pending(spec)
        results: list[Result] = []
        lock = anyio.Lock()
        limiter = anyio.CapacityLimiter(max(1, spec.concurrency))
        path = spec.out_dir / RESULTS_FILE
        torn = path.exists() and path.stat().st_size > 0 and not path.read_bytes().endswith(b"\n")
        with path.open("a", encoding="utf-8") as sink:
            if torn:  # a killed run's partial line must not swallow the next result
                sink.write("\n")

            async def one(model: str, item: SuiteItem) -> None:
                async with limiter:
                    result = await self._one(spec, model, item)
                async with lock:
                    sink.write(result.to_json() + "\n")
                    sink.flush()
                    results.append(result)
                if on_result is not None:
                    on_result(result)

            async with anyio.create_task_group() as tg:
                for model, item in work:
                    tg.start_soon(one, model, item)
        return results

    async def _one(self, spec: RunSpec, model: str, item: SuiteItem) -> Result:
        key = f"bench:{spec.suite.name}:{model}:{item.id}:{spec.faults:g}"
        body = request_body(spec.suite, item, spec.seed, key, spec.max_tokens)
        response = await self.target.ask(model, body)
        graded_item = item
        for follow_up in item.follow_ups:
            if response.error is not None:
                break
            body["messages"] = [
                *body["messages"],
                {"role": "assistant", "content": response.output.text},
                {"role": "user", "content": follow_up},
            ]
            response = _later_turn(response, await self.target.ask(model, body))
            conversation = [m for m in body["messages"] if m.get("role") != "system"]
            graded_item = item.model_copy(update={"prompt": None, "messages": tuple(conversation)})
        grader = spec.suite.grader(item)
        score, passed, detail, tool_ok = 0.0, False, "", None
        if response.error is None:
            try:
                graded = await grade(grader, graded_item, response.output, self.judge)
                score, passed, detail, tool_ok = (
                    graded.score, graded.passed, graded.detail, graded.tool_call_valid,
                )  # fmt: skip
            except GradingError as exc:
                detail = f"grading failed: {exc}"
        elif isinstance(grader, ToolCallGrader):
            tool_ok = False
        return _result(spec, model, item, response, score, passed, detail, tool_ok,
                       self.fault_log.injected(key) if self.fault_log else 0)  # fmt: skip


def _later_turn(earlier: Response, later: Response) -> Response:
    """A conversation's figures: the last answer, the first turn's TTFT, and the time,
    tokens and cost of every turn."""
    return replace(
        later,
        ttft_s=earlier.ttft_s,
        total_s=earlier.total_s + later.total_s,
        prompt_tokens=earlier.prompt_tokens + later.prompt_tokens,
        completion_tokens=earlier.completion_tokens + later.completion_tokens,
        cost_usd=earlier.cost_usd + later.cost_usd,
    )


def _result(
    spec: RunSpec, model: str, item: SuiteItem, response: Response, score: float,
    passed: bool, detail: str, tool_ok: bool | None, injected: int,
) -> Result:  # fmt: skip
    return Result(
        suite=spec.suite.name,
        item_id=item.id,
        model=model,
        served_model=response.served_model,
        route_reason=response.route_reason,
        tier=item.tier,
        tags=item.tags,
        faults=spec.faults,
        faults_injected=injected,
        score=round(score, 4),
        passed=passed,
        detail=detail[:200],
        refusal=response.error is None and is_refusal(response.output),
        tool_call_valid=tool_ok,
        error=response.error,
        status=response.status,
        ttft_s=None if response.ttft_s is None else round(response.ttft_s, 4),
        total_s=round(response.total_s, 4),
        prompt_tokens=response.prompt_tokens,
        completion_tokens=response.completion_tokens,
        cost_usd=response.cost_usd,
        seed=item_seed(spec.seed, item.id),
        answer=_answer_text(response)[:ANSWER_CHARS],
    )


def _answer_text(response: Response) -> str:
    out = response.output
    calls = "; ".join(f"{c.name}({c.arguments})" for c in out.tool_calls)
    return " ".join(part for part in (out.text, calls, out.refusal or "") if part)


def target_judge(target: Target, model: str) -> Judge:
    """An LLM judge that asks `model` through the same target, greedily."""

    async def judge(messages: list[dict[str, Any]]) -> str:
        response = await target.ask(
            model, {"messages": messages, "temperature": 0.0, "max_tokens": 512}
        )
        if response.error is not None:
            raise GradingError(f"judge {model} failed: {response.error}")
        return response.output.text

    return judge


def models_in(results: Iterable[Result]) -> Sequence[str]:
    return sorted({r.model for r in results})
