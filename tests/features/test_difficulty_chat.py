"""Calibration sanity of the shipped difficulty router on everyday chat, and the kNN
memory's leave-one-out rule (a training prompt must not score its own label).

The prompts below are invented for this test and are not in the router's training data
(neither the benchmark outcomes nor the packaged chat prior, which is checked here): an
obviously easy request must score below the default threshold, an obviously hard one
above it."""

from __future__ import annotations

import json

import numpy as np
import pytest

from hybridgate.features.difficulty import SELF_DISTANCE, DifficultyScorer, knn_vote
from hybridgate.harness.router_train import chat_prior

DEFAULT_THRESHOLD = 0.5

EASY = (
    "What is the capital of France?",
    "hi",
    "Hello, how are you?",
    "What's 2+2?",
    "Translate 'good morning' into Spanish.",
    "Who wrote Romeo and Juliet?",
    "Give me a synonym for happy.",
    "What day comes after Monday?",
    "Tell me a joke.",
    "How many legs does a spider have?",
    "What color is the sky?",
    "Thanks!",
    "Convert 5 km to meters.",
    "What is the boiling point of water in Celsius?",
    "Can you recommend a good pizza topping?",
    "Write a short happy birthday text for my sister.",
    "Who painted the Last Supper?",
    "How do you spell 'restaurant'?",
)

HARD = (
    "Prove that there are infinitely many prime numbers p such that p ≡ 3 (mod 4), and "
    "explain where Dirichlet's theorem would be needed for the general case.",
    "Design a lock-free multi-producer multi-consumer queue in C++ and argue why it is "
    "linearizable, including how you avoid the ABA problem.",
    "Derive the Black-Scholes partial differential equation from first principles using "
    "Itô's lemma and a delta-hedged portfolio.",
    "Explain the proof of the Cook-Levin theorem and why SAT is NP-complete.",
    "Write a Rust implementation of the Raft consensus algorithm's leader election with tests "
    "for split votes.",
    "Compare the time complexity of Dijkstra with a Fibonacci heap against A* with a "
    "consistent heuristic on grid graphs, and prove A* is optimal.",
    "Solve the integral of x^3 e^{-x^2} from 0 to infinity and justify each substitution.",
    "Show that every compact metric space is separable, and give a counterexample for "
    "complete metric spaces.",
)


@pytest.fixture(scope="module")
def scorer() -> DifficultyScorer:
    return DifficultyScorer().load()


def test_sanity_prompts_are_not_training_data() -> None:
    prior = {
        json.loads(line)["prompt"].casefold()
        for line in chat_prior().read_text(encoding="utf-8").splitlines()
    }
    assert not {p.casefold() for p in EASY + HARD} & prior


@pytest.mark.parametrize("text", EASY)
def test_everyday_chat_is_easy(scorer: DifficultyScorer, text: str) -> None:
    assert scorer.score_text(text) < DEFAULT_THRESHOLD


@pytest.mark.parametrize("text", HARD)
def test_hard_chat_is_hard(scorer: DifficultyScorer, text: str) -> None:
    assert scorer.score_text(text) > DEFAULT_THRESHOLD


def test_knn_memory_leaves_out_the_query_itself(scorer: DifficultyScorer) -> None:
    model = scorer.model
    expert = int(np.argmax(np.diff(model.knn_start)))  # the largest expert's memory
    start, end = int(model.knn_start[expert]), int(model.knn_start[expert + 1])
    rows, labels = model.knn_x[start:end], model.knn_y[start:end]
    for i in (0, 17, len(rows) - 1):
        stored = rows[i] / np.linalg.norm(rows[i])
        others = np.delete(rows, i, axis=0)
        unseen = knn_vote((1.0 - others @ stored)[None, :], np.delete(labels, i), model.k)[0]
        # The stored prompt scores as if it had never been stored (its own label has no
        # vote), not with the 1e6 weight a zero distance used to give it.
        assert model.knn(stored, expert) == pytest.approx(float(unseen), abs=1e-6)


def test_knn_vote_rules() -> None:
    labels = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    distance = np.array([[SELF_DISTANCE / 2, 0.5, 0.5]], dtype=np.float32)
    assert knn_vote(distance, labels, 3)[0] == 0.0  # the copy does not vote
    assert knn_vote(np.array([[0.1, 0.3, 0.9]], dtype=np.float32), labels, 1)[0] == 1.0
    only_copies = np.full((1, 3), 0.0, dtype=np.float32)
    assert knn_vote(only_copies, labels, 3)[0] == 0.0  # no neighbour left: no opinion


def test_the_artefact_knows_its_training_prompts(scorer: DifficultyScorer) -> None:
    from hybridgate.harness.suites import load_suite

    # The shipped mmlu/gsm8k suites come from the development split the router trained on;
    # `bench run -m auto` says so. MT-Bench is not training data; the sanity prompts neither.
    for name, trained in (("mmlu", True), ("gsm8k", True), ("mtbench", False)):
        items = [i.prompt for i in load_suite(name).items if i.prompt is not None]
        assert items
        seen = sum(scorer.model.trained_on(p) for p in items)
        assert (seen == len(items)) if trained else seen == 0, (name, seen, len(items))
    assert not any(scorer.model.trained_on(p) for p in EASY + HARD)
