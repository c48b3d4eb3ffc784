"""Rebuilds the shipped suites (src/hybridgate/data/suites) from shared/data:
`python -m hybridgate.harness.build_suites --data ../shared/data`.

Tiers come from the recorded outcomes: both reference models right → easy, one → medium,
neither → hard (MT-Bench: the weaker model's judge score 10 easy, ≥ 8 medium, else hard)."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .suites import SHIPPED_DIR, load_suite

GSM8K_SYSTEM = (
    "Solve the math word problem. Reason in a few short steps, then end with a line "
    "'The answer is N.' where N is a number."
)
MMLU_SYSTEM = "Answer the multiple-choice question with the letter of the correct option only."
GSM8K_MAX_TOKENS = 160  # the embedded model writes ~80 tokens/s on 2 cores
MMLU_ANSWERS = Path(__file__).resolve().parent / "mmlu_answers.json"
WEAK_MTBENCH_MODEL = "mistralai/Mixtral-8x7B-Instruct-v0.1"


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                if not row.get("contaminated"):
                    yield row


def _tier(weak: bool, strong: bool) -> str:
    return "easy" if weak and strong else ("hard" if not (weak or strong) else "medium")


def gsm8k(data: Path) -> list[dict[str, Any]]:
    head = {"suite": {
        "name": "gsm8k",
        "description": "GSM8K grade-school math (development split), numeric grading.",
        "defaults": {"grader": {"type": "numeric", "tolerance": 1e-6},
                     "system": GSM8K_SYSTEM, "max_tokens": GSM8K_MAX_TOKENS},
    }}  # fmt: skip
    items: list[dict[str, Any]] = [head]
    for row in _rows(data / "gsm8k_outcomes.jsonl"):
        answer = row["gold_answer"].rsplit("####", 1)[-1].strip().replace(",", "")
        items.append({
            "id": row["id"], "prompt": row["prompt"], "expected": float(answer),
            "tier": _tier(row["weak_correct"], row["strong_correct"]), "tags": ["math"],
        })  # fmt: skip
    return items


def mmlu(data: Path) -> list[dict[str, Any]]:
    answers = json.loads(MMLU_ANSWERS.read_text(encoding="utf-8"))
    head = {"suite": {
        "name": "mmlu",
        "description": "MMLU sample (development split) with hand-keyed answer letters.",
        "defaults": {"grader": {"type": "choice", "letters": "ABCD"},
                     "system": MMLU_SYSTEM, "max_tokens": 8},
    }}  # fmt: skip
    items: list[dict[str, Any]] = [head]
    for row in _rows(data / "mmlu_outcomes.jsonl"):
        if row["id"] in answers:
            items.append({
                "id": row["id"], "prompt": row["prompt"], "expected": answers[row["id"]],
                "tier": _tier(row["weak_correct"], row["strong_correct"]),
                "tags": [row["domain"]],
            })  # fmt: skip
    return items


def mtbench(data: Path) -> list[dict[str, Any]]:
    """One item per turn, as MT-Bench scores them: turn 1, and turn 2 asked after the
    model's own turn-1 answer (`follow_ups`), each judged on its own answer."""
    weak = {
        (r["question_id"], r["turn"]): r["score"]
        for r in _rows(data / "mtbench_scores.jsonl")
        if r["model"] == WEAK_MTBENCH_MODEL
    }
    head = {"suite": {
        "name": "mtbench",
        "description": "MT-Bench, both turns (turn 2 follows the model's own turn-1 answer), "
        "graded by an LLM judge (--judge MODEL).",
        "defaults": {"grader": {"type": "judge", "threshold": 7}, "max_tokens": 512},
    }}  # fmt: skip
    items: list[dict[str, Any]] = [head]
    for row in _rows(data / "mtbench_questions.jsonl"):
        qid, turns = row["question_id"], row["turns"]
        for turn in range(1, len(turns) + 1):
            score = weak.get((qid, turn), 5)
            tier = "easy" if score >= 10 else ("medium" if score >= 8 else "hard")
            item: dict[str, Any] = {
                "id": f"mtbench/{qid}" if turn == 1 else f"mtbench/{qid}/{turn}",
                "prompt": turns[0], "tier": tier, "tags": [row["category"], f"turn{turn}"],
            }  # fmt: skip
            if turn > 1:
                item["follow_ups"] = turns[1:turn]
            items.append(item)
    return items


def write(name: str, rows: list[dict[str, Any]], out: Path) -> Path:
    path = out / f"{name}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    load_suite(path)  # validate what we wrote
    return path


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=SHIPPED_DIR)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, build in (("gsm8k", gsm8k), ("mmlu", mmlu), ("mtbench", mtbench)):
        path = write(name, build(args.data), args.out)
        print(f"{path}: {sum(1 for _ in path.open()) - 1} items")


if __name__ == "__main__":
    main()
