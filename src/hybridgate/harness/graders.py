"""Graders: score one model output against a suite item's expected answer (0..1)."""

from __future__ import annotations

import json
import re
import string
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema

from ..execution.refusal import is_refusal as answer_declines
from .suites import (
    ChoiceGrader,
    ContainsGrader,
    ExactGrader,
    ExpectedToolCall,
    GraderSpec,
    JsonSchemaGrader,
    JudgeGrader,
    NumericGrader,
    RegexGrader,
    SuiteItem,
    ToolCallGrader,
)

JUDGE_PROMPT = Path(__file__).resolve().parent / "prompts" / "judge.md"


@dataclass(frozen=True, slots=True)
class CalledTool:
    name: str
    arguments: str


@dataclass(frozen=True, slots=True)
class Output:
    """What a model answered: its text, the tool calls it made, an explicit refusal."""

    text: str = ""
    tool_calls: tuple[CalledTool, ...] = ()
    refusal: str | None = None


@dataclass(frozen=True, slots=True)
class Grade:
    score: float
    passed: bool
    detail: str = ""
    tool_call_valid: bool | None = None  # set by the tool-call grader only
    judge_score: float | None = field(default=None)


# A judge sends chat messages to some model and returns its text answer.
Judge = Callable[[list[dict[str, Any]]], Awaitable[str]]


class GradingError(Exception):
    """The grader itself could not work (no judge configured, bad expected value)."""


def _normalise(text: str) -> str:
    text = text.lower().strip()
    text = text.translate(str.maketrans("", "", string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def _bool(ok: bool, detail: str = "") -> Grade:
    return Grade(1.0 if ok else 0.0, ok, detail)


def grade_exact(spec: ExactGrader, expected: object, out: Output) -> Grade:
    want, got = str(expected), out.text
    if spec.normalise:
        want, got = _normalise(want), _normalise(got)
    else:
        got = got.strip()
    return _bool(want == got)


_NUMBER = re.compile(r"-?\$?\d[\d,]*(?:\.\d+)?|-?\.\d+")
_MARKED = re.compile(r"(?:####|answer is|answer:)\s*\**\s*(-?\$?\d[\d,]*(?:\.\d+)?)", re.I)


def extract_number(text: str) -> float | None:
    """The answer a model gave: the number after '####' / 'answer is', else the last one."""
    marked = _MARKED.findall(text)
    candidates = marked or _NUMBER.findall(text)
    for raw in reversed(candidates):
        cleaned = raw.replace(",", "").replace("$", "")
        try:
            return float(cleaned)
        except ValueError:
            continue
    return None


def grade_numeric(spec: NumericGrader, expected: object, out: Output) -> Grade:
    want = extract_number(str(expected)) if not isinstance(expected, int | float) else expected
    if want is None:
        raise GradingError(f"expected value {expected!r} is not a number")
    got = extract_number(out.text)
    if got is None:
        return Grade(0.0, False, "no number in the answer")
    ok = abs(got - float(want)) <= max(spec.tolerance, spec.relative * abs(float(want)))
    return _bool(ok, f"got {got:g}")


def grade_regex(spec: RegexGrader, expected: object, out: Output) -> Grade:
    flags = re.I if spec.ignore_case else 0
    return _bool(re.search(spec.pattern, out.text, flags) is not None)


def grade_contains(spec: ContainsGrader, expected: object, out: Output) -> Grade:
    wants = [expected] if isinstance(expected, str) else list(expected or ())  # type: ignore[call-overload]
    if not wants:
        raise GradingError("contains needs an expected string or list of strings")
    text = out.text.lower() if spec.ignore_case else out.text
    hits = [(w.lower() if spec.ignore_case else w) in text for w in map(str, wants)]
    ok = all(hits) if spec.all else any(hits)
    return Grade(sum(hits) / len(hits) if spec.all else float(ok), ok)


def extract_letter(text: str, letters: str) -> str | None:
    """The letter a multiple-choice answer picked: 'Answer: B', '(B)', 'B.' or a lone B.
    An answer that repeats the options ("A. ...", "B. ...") picks only by 'Answer: X'.
    The article is not a pick: "A lesion of…", "The answer is a difficult one"."""
    set_ = re.escape(letters)
    # "A" or "I" before a lower-case word is a word ("A lesion", "I think"), not a pick.
    pick = rf"(?![AI]\s+[a-z])([{set_}])"
    found = re.search(rf"(?i:answer)\s*(?:(?i:is)|:)?\s*\(?(?!a\s)([{set_}{set_.lower()}])\b", text)
    if found:
        return found.group(1).upper()
    if len(re.findall(rf"^\s*\(?[{set_}][\).:]\s", text, re.M)) > 1:
        return None
    for pattern in (
        rf"^\s*\(?{pick}[\).:\s]",
        rf"^\s*([{set_}])\s*$",
        rf"\(([{set_}])\)",
        rf"\b{pick}\b",
    ):
        found = re.search(pattern, text, re.M)
        if found:
            return found.group(1).upper()
    return None


def grade_choice(spec: ChoiceGrader, expected: object, out: Output) -> Grade:
    want = str(expected).strip().upper()
    if want not in spec.letters:
        raise GradingError(f"expected {expected!r} is not one of {spec.letters}")
    got = extract_letter(out.text, spec.letters)
    return _bool(got == want, f"picked {got or '-'}")


def _json_in(text: str) -> object:
    text = text.strip()
    fenced = re.search(r"```(?:json)?\s*(.*?)```", text, re.S)
    if fenced:
        text = fenced.group(1).strip()
    return json.loads(text)


def grade_json_schema(spec: JsonSchemaGrader, expected: object, out: Output) -> Grade:
    try:
        value = _json_in(out.text)
    except json.JSONDecodeError:
        return Grade(0.0, False, "not JSON")
    validator = jsonschema.Draft202012Validator(spec.schema_)
    errors = sorted(validator.iter_errors(value), key=lambda e: list(e.path))
    if errors:
        where = "/".join(map(str, errors[0].path)) or "(root)"
        return Grade(0.0, False, f"schema: {where}: {errors[0].validator} failed")
    return _bool(True)


def _tool_schema(tools: Sequence[dict[str, Any]] | None, name: str) -> dict[str, Any] | None:
    for tool in tools or ():
        fn = tool.get("function") or {}
        if fn.get("name") == name:
            params = fn.get("parameters")
            return params if isinstance(params, dict) else None
    return None


def grade_tool_call(spec: ToolCallGrader, item: SuiteItem, out: Output) -> Grade:
    """Right function, arguments that parse, validate against the tool's declared
    parameters, and carry the expected values."""
    want = item.expected
    if not isinstance(want, ExpectedToolCall):
        raise GradingError("tool_call needs expected: {name, arguments}")
    if not out.tool_calls:
        return Grade(0.0, False, "no tool call", tool_call_valid=False)
    call = out.tool_calls[0]
    try:
        args = json.loads(call.arguments or "{}")
    except json.JSONDecodeError:
        return Grade(0.0, False, "arguments are not JSON", tool_call_valid=False)
    schema = _tool_schema(item.tools, call.name)
    declared = schema is not None or not item.tools
    valid = isinstance(args, dict) and declared
    if valid and schema is not None:
        valid = jsonschema.Draft202012Validator(schema).is_valid(args)
    if call.name != want.name:
        return Grade(0.0, False, f"called {call.name}", tool_call_valid=valid)
    if not valid:
        return Grade(0.25, False, "arguments do not fit the tool's schema", tool_call_valid=False)
    assert isinstance(args, dict)
    if spec.exact_arguments:
        matched = args == want.arguments
    else:
        matched = all(_same(args.get(k), v) for k, v in want.arguments.items())
    return Grade(1.0 if matched else 0.5, matched, "" if matched else "argument values differ",
                 tool_call_valid=True)  # fmt: skip


def _same(got: object, want: object) -> bool:
    if isinstance(got, str) and isinstance(want, str):
        return _normalise(got) == _normalise(want)
    if isinstance(got, int | float) and isinstance(want, int | float):
        return abs(float(got) - float(want)) < 1e-9
    return got == want


_RATING = re.compile(r"\[\[\s*(\d+(?:\.\d+)?)\s*\]\]|rating\s*:\s*(\d+(?:\.\d+)?)", re.I)


def judge_messages(item: SuiteItem, spec: JudgeGrader, answer: str) -> list[dict[str, Any]]:
    template = JUDGE_PROMPT.read_text(encoding="utf-8")
    messages = [m for m in item.chat_messages() if m.get("role") in ("user", "assistant")]
    turns = [m for m in messages if m["role"] == "user"]
    question = str(turns[-1].get("content")) if turns else ""
    if len(turns) > 1:  # a later turn is judged with the conversation that led to it
        question = "\n\n".join(f"{m['role'].upper()}: {m.get('content') or ''}" for m in messages)
    reference = spec.reference or (item.expected if isinstance(item.expected, str) else None)
    prompt = (
        template.replace("{question}", question)
        .replace("{answer}", answer)
        .replace("{reference}", reference or "(none)")
    )
    return [{"role": "user", "content": prompt}]


async def grade_judge(
    spec: JudgeGrader, item: SuiteItem, out: Output, judge: Judge | None
) -> Grade:
    if judge is None:
        raise GradingError("this suite needs a judge: pass --judge MODEL")
    verdict = await judge(judge_messages(item, spec, out.text))
    found = _RATING.search(verdict)
    if not found:
        return Grade(0.0, False, "judge gave no rating", judge_score=None)
    score = min(10.0, max(1.0, float(found.group(1) or found.group(2))))
    return Grade(score / 10, score >= spec.threshold, f"judge {score:g}/10", judge_score=score)


async def grade(
    spec: GraderSpec, item: SuiteItem, out: Output, judge: Judge | None = None
) -> Grade:
    expected = item.expected
    if isinstance(spec, ExactGrader):
        return grade_exact(spec, expected, out)
    if isinstance(spec, NumericGrader):
        return grade_numeric(spec, expected, out)
    if isinstance(spec, RegexGrader):
        return grade_regex(spec, expected, out)
    if isinstance(spec, ContainsGrader):
        return grade_contains(spec, expected, out)
    if isinstance(spec, ChoiceGrader):
        return grade_choice(spec, expected, out)
    if isinstance(spec, JsonSchemaGrader):
        return grade_json_schema(spec, expected, out)
    if isinstance(spec, ToolCallGrader):
        return grade_tool_call(spec, item, out)
    return await grade_judge(spec, item, out, judge)


def is_refusal(out: Output) -> bool:
    """An explicit refusal field, or an answer that opens by declining (the gateway's own
    detector, `execution.refusal`, measured by bench/refusal.py)."""
    if out.refusal:
        return True
    return not out.tool_calls and answer_declines(out.text)
