"""MT-Bench transfer evaluation: reading the two files, pairing scores per turn, and the
APGR of a router that knows the gain vs one that does not."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from hybridgate.errors import ConfigError
from hybridgate.harness.apgr import Summary
from hybridgate.harness.mtbench import STRONG, WEAK, evaluate_transfer, read_mtbench
from hybridgate.harness.router_train import random_summary


def _write(directory: Path, questions: list[dict[str, object]], scores: list[dict[str, object]]):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "mtbench_questions.jsonl").write_text(
        "\n".join(json.dumps(q) for q in questions) + "\n"
    )
    (directory / "mtbench_scores.jsonl").write_text("\n".join(json.dumps(s) for s in scores))
    return directory


def _toy(directory: Path, n: int = 12) -> Path:
    """Even questions: the weak model fails (2/10); odd ones: both do well."""
    questions, scores = [], []
    for q in range(n):
        hard = q % 2 == 0
        questions.append({"question_id": q, "category": "math" if hard else "writing",
                          "turns": [f"{'prove the theorem' if hard else 'write a note'} {q}",
                                    "now shorter"], "contaminated": False})  # fmt: skip
        for turn in (1, 2):
            scores.append({"question_id": q, "model": STRONG, "turn": turn, "score": 10})
            scores.append({"question_id": q, "model": WEAK, "turn": turn,
                           "score": 2 if hard else 10})  # fmt: skip
    return _write(directory, questions, scores)


def test_read_pairs_turns_and_skips_what_cannot_be_compared(tmp_path: Path) -> None:
    questions = [
        {"question_id": 1, "turns": ["first", "second"], "contaminated": False},
        {"question_id": 2, "turns": ["tainted", "x"], "contaminated": True},
        {"question_id": 3, "turns": ["only strong scored", "y"]},
    ]
    scores = [
        {"question_id": 1, "model": STRONG, "turn": 1, "score": 9},
        {"question_id": 1, "model": WEAK, "turn": 1, "score": 4},
        {"question_id": 1, "model": STRONG, "turn": 2, "score": 8},
        {"question_id": 1, "model": WEAK, "turn": 2, "score": -1},  # judge failure marker
        {"question_id": 2, "model": STRONG, "turn": 1, "score": 9},
        {"question_id": 2, "model": WEAK, "turn": 1, "score": 9},
        {"question_id": 3, "model": STRONG, "turn": 1, "score": 7},
    ]
    turns = read_mtbench(_write(tmp_path, questions, scores))
    assert [(t.question_id, t.turn, t.prompt, t.weak, t.strong) for t in turns] == [
        (1, 1, "first", 0.4, 0.9)
    ]


def test_second_turn_prompt_holds_both_user_turns(tmp_path: Path) -> None:
    turns = read_mtbench(_toy(tmp_path, n=2))
    second = [t for t in turns if t.turn == 2]
    assert [t.prompt for t in second] == ["prove the theorem 0\nnow shorter",
                                          "write a note 1\nnow shorter"]  # fmt: skip


def test_transfer_ranks_an_informed_router_above_random(tmp_path: Path) -> None:
    turns = read_mtbench(_toy(tmp_path))
    informed = evaluate_transfer(turns, lambda p: 1.0 if "prove" in p else 0.0, random_summary)
    blind = evaluate_transfer(turns, lambda p: 0.5, random_summary)
    assert informed.n == 24 and informed.weak_quality == pytest.approx(0.6)
    # Half the turns carry all the gain: PGR climbs 0 → 1 over the first half, then stays.
    assert informed.learned.apgr == pytest.approx(0.75)
    assert informed.learned.cpt50 == pytest.approx(0.25)
    assert blind.learned.apgr == pytest.approx(0.5)  # ties are broken at random: exactly 0.5
    assert isinstance(blind.random, Summary) and 0.4 < blind.random.apgr < 0.6


def test_bad_files_are_config_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read"):
        read_mtbench(tmp_path / "absent")
    (tmp_path / "mtbench_questions.jsonl").write_text("{not json\n")
    (tmp_path / "mtbench_scores.jsonl").write_text("")
    with pytest.raises(ConfigError, match=r"mtbench_questions.jsonl:1: not JSON"):
        read_mtbench(tmp_path)
    with pytest.raises(ConfigError, match="fewer than 2"):
        evaluate_transfer([], lambda p: 0.0, random_summary)


def test_bench_router_reports_mtbench_transfer(tmp_path: Path) -> None:
    from hybridgate.cli import app, bench_app
    from hybridgate.commands import register_all

    register_all(app, bench_app)
    rng = np.random.default_rng(0)
    lines = []
    for i in range(60):
        hard = i % 2 == 0
        lines.append(json.dumps({"id": f"toy/{i}", "prompt": f"{'prove' if hard else 'say'} {i}",
                                 "weak_correct": (not hard) or bool(rng.random() < 0.2),
                                 "strong_correct": True}))  # fmt: skip
    data = tmp_path / "toy.jsonl"
    data.write_text("\n".join(lines) + "\n")
    mt = _toy(tmp_path / "mt")
    result = CliRunner().invoke(app, ["bench", "router", "--data", str(data), "--mtbench", str(mt)])
    assert result.exit_code == 0, result.output
    assert "transfer to MT-Bench" in result.output and "24 turns" in result.output
    bad = CliRunner().invoke(
        app, ["bench", "router", "--data", str(data), "--mtbench", str(tmp_path / "none")]
    )
    assert bad.exit_code == 2 and "cannot read" in bad.output
