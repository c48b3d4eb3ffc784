"""Graders: each kind passes the right answer and fails a wrong one."""

from __future__ import annotations

import json
from typing import Any

import pytest

from hybridgate.errors import ConfigError
from hybridgate.harness.graders import (
    CalledTool,
    GradingError,
    Output,
    extract_letter,
    extract_number,
    grade,
    is_refusal,
    judge_messages,
)
from hybridgate.harness.suites import JudgeGrader, SuiteItem, load_suite, parse_suite

pytestmark = pytest.mark.anyio


def item(grader: dict[str, Any], expected: object = None, **extra: Any) -> SuiteItem:
    return SuiteItem.model_validate(
        {"id": "t", "prompt": "q?", "grader": grader, "expected": expected, **extra}
    )


async def score(grader: dict[str, Any], expected: object, text: str, **extra: Any) -> float:
    it = item(grader, expected, **extra)
    assert it.grader is not None
    return (await grade(it.grader, it, Output(text=text))).score


async def test_exact_normalised_and_strict() -> None:
    assert await score({"type": "exact"}, "The Eiffel Tower", "eiffel tower.") == 1.0
    assert await score({"type": "exact"}, "Eiffel Tower", "Big Ben") == 0.0
    assert await score({"type": "exact", "normalise": False}, "Paris", "paris") == 0.0
    assert await score({"type": "exact", "normalise": False}, "Paris", " Paris\n") == 1.0


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("so 3*3=9 and 9*60=540\n#### 540", 540.0),
        ("The answer is $1,250.50.", 1250.5),
        ("First 12, then 7. The answer is: 18", 18.0),
        ("We get 4 apples, then 10 pears", 10.0),
        ("no digits here", None),
        ("The answer is -3.", -3.0),
    ],
)
def test_extract_number(text: str, number: float | None) -> None:
    assert extract_number(text) == number


async def test_numeric_tolerance() -> None:
    assert await score({"type": "numeric"}, 540, "The answer is 540.") == 1.0
    assert await score({"type": "numeric"}, 540, "The answer is 541.") == 0.0
    assert await score({"type": "numeric", "tolerance": 1}, 540, "answer is 541") == 1.0
    assert await score({"type": "numeric", "relative": 0.01}, 1000, "answer is 1009") == 1.0
    assert await score({"type": "numeric"}, "#### 7", "7") == 1.0
    with pytest.raises(GradingError):
        await score({"type": "numeric"}, "seven", "7")


async def test_regex_and_contains() -> None:
    assert await score({"type": "regex", "pattern": r"\bparis\b"}, None, "It is Paris.") == 1.0
    assert await score({"type": "regex", "pattern": r"^\d+$"}, None, "12a") == 0.0
    assert await score({"type": "contains"}, ["red", "blue"], "Red and BLUE") == 1.0
    assert await score({"type": "contains"}, ["red", "blue"], "red only") == 0.5
    assert await score({"type": "contains", "all": False}, ["red", "blue"], "blue") == 1.0


@pytest.mark.parametrize(
    ("text", "letter"),
    [
        ("B", "B"),
        ("Answer: C", "C"),
        ("The answer is (D).", "D"),
        ("A. loss of taste on one side.", "A"),
        ("I think it's (B) because", "B"),
        ("none of these", None),
        ("Q?\nA. one\nB. two\nAnswer:", None),  # repeating the options picks nothing
        ("Q?\nA. one\nB. two\nAnswer: B", "B"),
        # The article is not a pick (issue 14)
        ("A lesion of the facial nerve.", None),
        ("The answer is a difficult one", None),
        ("A lesion; the answer is C", "C"),
        ("The answer is A because the nerve is cut.", "A"),
        ("answer: b", "B"),
    ],
)
def test_extract_letter(text: str, letter: str | None) -> None:
    assert extract_letter(text, "ABCD") == letter


async def test_choice() -> None:
    assert await score({"type": "choice"}, "B", "Answer: B") == 1.0
    assert await score({"type": "choice"}, "B", "Answer: A") == 0.0
    with pytest.raises(GradingError):
        await score({"type": "choice"}, "E", "E")


async def test_json_schema() -> None:
    schema = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    grader = {"type": "json_schema", "schema": schema}
    assert await score(grader, None, '{"n": 3}') == 1.0
    assert await score(grader, None, '```json\n{"n": 3}\n```') == 1.0
    assert await score(grader, None, '{"n": "three"}') == 0.0
    assert await score(grader, None, "not json") == 0.0


WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}, "days": {"type": "integer"}},
            "required": ["city"],
        },
    },
}


async def tool_grade(calls: list[tuple[str, str]], **grader: Any) -> tuple[float, bool | None]:
    it = item(
        {"type": "tool_call", **grader},
        {"name": "get_weather", "arguments": {"city": "Paris"}},
        tools=[WEATHER],
    )
    assert it.grader is not None
    out = Output(tool_calls=tuple(CalledTool(n, a) for n, a in calls))
    result = await grade(it.grader, it, out)
    return result.score, result.tool_call_valid


async def test_tool_call_correctness() -> None:
    assert await tool_grade([("get_weather", '{"city": "paris"}')]) == (1.0, True)
    assert await tool_grade([("get_weather", '{"city": "Lyon"}')]) == (0.5, True)
    assert await tool_grade([("get_weather", '{"city": 3}')]) == (0.25, False)
    assert await tool_grade([("get_weather", '{"city": ')]) == (0.0, False)
    assert await tool_grade([("get_time", "{}")]) == (0.0, False)  # not a declared tool
    assert await tool_grade([]) == (0.0, False)
    exact = await tool_grade([("get_weather", '{"city": "Paris", "days": 2}')],
                             exact_arguments=True)  # fmt: skip
    assert exact == (0.5, True)


async def test_judge_reads_the_rating_and_sees_the_question() -> None:
    seen: list[list[dict[str, Any]]] = []

    async def judge(messages: list[dict[str, Any]]) -> str:
        seen.append(messages)
        return "Clear and correct. Rating: [[8]]"

    it = item({"type": "judge", "threshold": 7}, None)
    assert isinstance(it.grader, JudgeGrader)
    result = await grade(it.grader, it, Output(text="my answer"), judge)
    assert (result.score, result.passed, result.judge_score) == (0.8, True, 8.0)
    prompt = seen[0][0]["content"]
    assert "q?" in prompt and "my answer" in prompt and "[[rating]]" in prompt

    async def unsure(messages: list[dict[str, Any]]) -> str:
        return "hard to say"

    assert (await grade(it.grader, it, Output(text="x"), unsure)).passed is False
    with pytest.raises(GradingError):
        await grade(it.grader, it, Output(text="x"), None)
    assert judge_messages(it, it.grader, "a")[0]["role"] == "user"


def test_refusals() -> None:
    assert is_refusal(Output(text="I'm sorry, but I can't help with that."))
    assert is_refusal(Output(text="I cannot assist with this request."))
    assert is_refusal(Output(refusal="policy"))
    assert not is_refusal(Output(text="Sure! The answer is 4."))
    assert not is_refusal(Output(text="I can't believe it's 4: the answer is 4."))


def test_suite_errors_name_the_key(tmp_path: Any) -> None:
    with pytest.raises(ConfigError, match=r"items\.0\.tier"):
        parse_suite({"name": "s", "items": [{"id": "a", "prompt": "p", "tier": "x",
                                             "grader": {"type": "exact"}}]}, "s.yaml")  # fmt: skip
    with pytest.raises(ConfigError, match="no grader"):
        parse_suite({"name": "s", "items": [{"id": "a", "prompt": "p"}]}, "s.yaml")
    with pytest.raises(ConfigError, match="exactly one of prompt or messages"):
        parse_suite({"name": "s", "defaults": {"grader": {"type": "exact"}},
                     "items": [{"id": "a"}]}, "s.yaml")  # fmt: skip
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"id": "a", "prompt": "p"}) + "\n{oops\n")
    with pytest.raises(ConfigError, match="line 2"):
        load_suite(bad)
    with pytest.raises(ConfigError, match="shipped suites: gsm8k"):
        load_suite(tmp_path / "missing.yaml")


def test_shipped_suites_load() -> None:
    for name, size in (("gsm8k", 400), ("mmlu", 20), ("mtbench", 30), ("tools", 8)):
        suite = load_suite(name)
        assert len(suite.items) >= size
        assert {i.tier for i in suite.items} <= {"easy", "medium", "hard"}
    gsm = load_suite("gsm8k")
    assert gsm.defaults.max_tokens is not None and gsm.defaults.max_tokens <= 256
    assert gsm.sample(5, seed=1) == gsm.sample(10, seed=1)[:5]
    assert gsm.sample(5, seed=1) != gsm.sample(5, seed=2)
