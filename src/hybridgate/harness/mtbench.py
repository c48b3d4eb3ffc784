"""MT-Bench as a transfer test of the difficulty router: chat prompts it was not trained on,
graded by GPT-4-as-judge scores (1-10) of the strong and the weak model's answers.

Each question gives two prompts, one per turn, as the gateway's scorer would see them (the
user's words so far: turn 1, then turns 1 and 2). Quality is the judge's score / 10, so the
APGR/CPT of `harness.apgr` apply unchanged (they take any quality in [0, 1])."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import ConfigError
from .apgr import Summary, summarize

QUESTIONS = "mtbench_questions.jsonl"
SCORES = "mtbench_scores.jsonl"
STRONG = "gpt-4-1106-preview"
WEAK = "mistralai/Mixtral-8x7B-Instruct-v0.1"


@dataclass(frozen=True, slots=True)
class Turn:
    question_id: int
    turn: int  # 1 or 2
    prompt: str  # the user's words up to this turn, joined as features.difficulty does
    weak: float  # judge score / 10
    strong: float


def _jsonl(path: Path) -> list[dict[str, object]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror})") from None
    rows = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path.name}:{number}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict):
            raise ConfigError(f"{path.name}:{number}: expected an object")
        rows.append(record)
    return rows


def read_mtbench(directory: Path, strong: str = STRONG, weak: str = WEAK) -> list[Turn]:
    """Turns that both models were scored on (questions marked contaminated are skipped)."""
    questions = {}
    for q in _jsonl(directory / QUESTIONS):
        turns = q.get("turns")
        if q.get("contaminated") or not isinstance(turns, list):
            continue
        questions[q.get("question_id")] = [str(t) for t in turns]
    scores: dict[tuple[object, object, object], float] = {}
    for s in _jsonl(directory / SCORES):
        value = s.get("score")
        if isinstance(value, int | float) and not isinstance(value, bool) and value >= 0:
            scores[(s.get("question_id"), s.get("turn"), s.get("model"))] = float(value) / 10.0
    out = []
    for qid, turns in questions.items():
        for turn in range(1, len(turns) + 1):
            w, g = scores.get((qid, turn, weak)), scores.get((qid, turn, strong))
            if w is not None and g is not None and isinstance(qid, int):
                out.append(Turn(qid, turn, "\n".join(turns[:turn]), w, g))
    return out


@dataclass(frozen=True, slots=True)
class Transfer:
    n: int
    weak_quality: float
    strong_quality: float
    learned: Summary
    length: Summary
    random: Summary


def evaluate_transfer(
    turns: Sequence[Turn],
    score: Callable[[str], float],
    random_summary: Callable[[np.ndarray, np.ndarray], Summary],
) -> Transfer:
    if len(turns) < 2:
        raise ConfigError("MT-Bench: fewer than 2 turns scored for both models")
    weak = np.array([t.weak for t in turns])
    strong = np.array([t.strong for t in turns])
    learned = np.array([score(t.prompt) for t in turns])
    length = np.array([float(len(t.prompt)) for t in turns])
    return Transfer(
        n=len(turns),
        weak_quality=float(weak.mean()),
        strong_quality=float(strong.mean()),
        learned=summarize(learned, weak, strong),
        length=summarize(length, weak, strong),
        random=random_summary(weak, strong),
    )
