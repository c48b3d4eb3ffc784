"""The shipped-suite builder: tiers from recorded outcomes, gold answers parsed."""

from __future__ import annotations

import json
from pathlib import Path

from hybridgate.harness.build_suites import main
from hybridgate.harness.suites import NumericGrader, load_suite


def write(path: Path, rows: list[dict[str, object]]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_builds_from_shared_data_shape(tmp_path: Path) -> None:
    write(tmp_path / "gsm8k_outcomes.jsonl", [
        {"id": "g/1", "prompt": "1+1?", "gold_answer": "1+1=2\n#### 2", "weak_correct": True,
         "strong_correct": True, "contaminated": False},
        {"id": "g/2", "prompt": "big?", "gold_answer": "#### 1,200", "weak_correct": False,
         "strong_correct": True, "contaminated": False},
        {"id": "g/3", "prompt": "hard?", "gold_answer": "#### 7", "weak_correct": False,
         "strong_correct": False, "contaminated": False},
        {"id": "g/4", "prompt": "seen", "gold_answer": "#### 1", "weak_correct": True,
         "strong_correct": True, "contaminated": True},
    ])  # fmt: skip
    write(tmp_path / "mmlu_outcomes.jsonl", [
        {"id": "mmlu/anatomy/0", "domain": "anatomy", "prompt": "Q\nA. x\nB. y\nAnswer:",
         "weak_correct": False, "strong_correct": False, "contaminated": False},
        {"id": "mmlu/unkeyed/1", "domain": "x", "prompt": "Q", "weak_correct": True,
         "strong_correct": True, "contaminated": False},
    ])  # fmt: skip
    write(tmp_path / "mtbench_questions.jsonl", [
        {"question_id": 81, "category": "writing", "turns": ["Write.", "Again."],
         "contaminated": False},
    ])  # fmt: skip
    write(tmp_path / "mtbench_scores.jsonl", [
        {"question_id": 81, "model": "mistralai/Mixtral-8x7B-Instruct-v0.1", "turn": 1,
         "judge": ["gpt-4", "single-v1"], "score": 9},
    ])  # fmt: skip
    out = tmp_path / "suites"
    main(["--data", str(tmp_path), "--out", str(out)])

    gsm = load_suite(out / "gsm8k.jsonl")
    assert [(i.id, i.expected, i.tier) for i in gsm.items] == [
        ("g/1", 2.0, "easy"), ("g/2", 1200.0, "medium"), ("g/3", 7.0, "hard"),
    ]  # fmt: skip
    assert isinstance(gsm.defaults.grader, NumericGrader)
    mmlu = load_suite(out / "mmlu.jsonl")
    assert [(i.id, i.expected, i.tier) for i in mmlu.items] == [("mmlu/anatomy/0", "A", "hard")]
    first, second = load_suite(out / "mtbench.jsonl").items
    assert (first.id, first.prompt, first.follow_ups, first.tier, first.tags) == (
        "mtbench/81",
        "Write.",
        (),
        "medium",
        ("writing", "turn1"),
    )
    # Turn 2 follows the model's own first answer; no weak score for it: "hard".
    assert (second.id, second.prompt, second.follow_ups, second.tier, second.tags) == (
        "mtbench/81/2",
        "Write.",
        ("Again.",),
        "hard",
        ("writing", "turn2"),
    )
