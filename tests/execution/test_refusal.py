"""The refusal detector on a small labelled set (tests/data/refusals.jsonl, sources in
tests/data/README.md), and on the SDK's structured refusal field."""

from __future__ import annotations

import json
from pathlib import Path

from openai.types.chat import ChatCompletion

from hybridgate.execution.refusal import completion_refused, is_refusal

DATA = Path(__file__).parent.parent / "data" / "refusals.jsonl"


def scores() -> tuple[float, float, int]:
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    tp = sum(1 for r in rows if r["refusal"] and is_refusal(r["text"]))
    fp = sum(1 for r in rows if not r["refusal"] and is_refusal(r["text"]))
    fn = sum(1 for r in rows if r["refusal"] and not is_refusal(r["text"]))
    return tp / max(1, tp + fp), tp / max(1, tp + fn), len(rows)


def test_precision_and_recall_on_the_labelled_set():
    precision, recall, n = scores()
    assert n >= 100
    assert precision >= 0.95, precision
    assert recall >= 0.9, recall


def _completion(message: dict[str, object]) -> ChatCompletion:
    return ChatCompletion.model_validate(
        {
            "id": "x",
            "object": "chat.completion",
            "created": 0,
            "model": "m",
            "choices": [
                {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", **message}}
            ],
        }
    )


def test_structured_refusals_and_tool_calls():
    assert completion_refused(_completion({"content": None, "refusal": "I can't help."}))
    assert completion_refused(_completion({"content": "I'm sorry, but I cannot do that."}))
    assert not completion_refused(_completion({"content": "Sure, here it is."}))
    call = {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    assert not completion_refused(_completion({"content": None, "tool_calls": [call]}))
    long_answer = "Here is the full answer. " * 20 + "I can't help with anything else."
    assert not is_refusal(long_answer)
    assert not is_refusal("")
