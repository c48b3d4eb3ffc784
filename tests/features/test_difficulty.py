"""The learned difficulty scorer: the shipped artefact, calibration targets, the policy, the
privacy-first rule through a served gateway, and retraining from user outcomes."""

from __future__ import annotations

import json
import time
from pathlib import Path

import httpx
import numpy as np
import pytest
from typer.testing import CliRunner

from hybridgate.config import parse_config
from hybridgate.errors import ConfigError
from hybridgate.features import Entity, FeatureExtractor
from hybridgate.features.difficulty import (
    DifficultyScorer,
    Featurizer,
    RouterModel,
    build_difficulty,
    knn_vote,
    knn_vote_one,
    prompt_text,
)
from hybridgate.harness.router_train import chat_prior, read_outcomes, train
from hybridgate.schemas import ChatRequest

from ..conftest import GatewayFactory, base_config
from ..fakes.upstream import FakeUpstream

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
# Written for these tests in MMLU's shape; not in the router's training data (a training
# prompt would only show what the ridge remembers: the kNN memory leaves copies out).
MMLU_STYLE = (
    "Which of the following best explains why the Gibbs free energy of a reaction at "
    "constant temperature and pressure determines its spontaneity?\n"
    "A. It accounts for the entropy change of the surroundings through the enthalpy term\n"
    "B. It equals the maximum work obtainable including expansion work\n"
    "C. It is always negative for exothermic reactions\n"
    "D. It is independent of temperature\nAnswer:"
)


@pytest.fixture(scope="module")
def scorer() -> DifficultyScorer:
    return DifficultyScorer().load()


def _request(text: str, model: str = "auto") -> ChatRequest:
    return ChatRequest.model_validate(
        {"model": model, "messages": [{"role": "user", "content": text}]}
    )


def test_scores_are_probabilities_and_deterministic(scorer: DifficultyScorer) -> None:
    texts = ["hi", "", "What is 2+2?", MMLU_STYLE, "x" * 50_000, "数学の問題を解いて"]
    scores = [scorer.score(_request(t)) for t in texts]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores == [scorer.score(_request(t)) for t in texts]
    assert len(set(scores)) > 2  # it discriminates


def test_one_query_vote_equals_the_batched_vote() -> None:
    """The request path's kNN vote (one prompt) gives what training's batched one gives,
    copies of the query (distance < SELF_DISTANCE) and ties included."""
    rng = np.random.default_rng(7)
    for n, k in ((5, 100), (270, 100), (1000, 7)):
        labels = rng.integers(-1, 2, n).astype(np.float32)
        for _ in range(20):
            distance = rng.random(n, dtype=np.float32)
            distance[rng.integers(0, n, 3)] = 0.0  # copies of the query
            distance[rng.integers(0, n, 4)] = distance[0]  # ties
            batched = float(knn_vote(distance[None, :], labels, k)[0])
            assert knn_vote_one(distance, labels, k) == batched
    assert knn_vote_one(np.zeros(3, dtype=np.float32), labels[:3], 2) == 0.0  # all copies


def _texts_for_the_tokenizer() -> list[str]:
    """Invented texts plus random ones: every ASCII character, words glued to punctuation,
    vocabulary words that split into pieces, words past 100 characters, special tokens
    spelled out, control characters and non-ASCII (the last three take the Rust path)."""
    import random

    rng = random.Random(15)
    words = ["route", "routing", "gateway", "unbelievably", "tokenisation", "xyzzyq", "GPU",
             "co-operate", "e.g.", "don't", "3.14159", "$20", "50%", "a/b", "##ing"]  # fmt: skip
    texts = [
        "", " ", "\t\n\r", "Hello, World!", "What's 2+2? (answer: 4)", "[MASK] is hidden",
        "see [CLS] and [SEP]", "[mask] lower case", "[not special]", "a" * 100, "b" * 101,
        "word " + "z" * 150 + " end", "tab\there", "bell\x07char", "del\x7fchar", "nul\x00x",
        "vertical\x0btab", "café crème", "naïve façade", "数学の問題", "emoji 😀 ok", "\ufffd",
    ]  # fmt: skip
    alphabet = [chr(i) for i in range(128)]
    for _ in range(400):
        texts.append("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 50))))
        texts.append(
            "".join(rng.choice(words) + rng.choice(" .,;:!?-'\"()[]{}/\\\n") for _ in range(8))
        )
        texts.append("".join(rng.choice("abcdefghijklmnopqrstuvwxyzXY019 ") for _ in range(90)))
    return texts


def test_ascii_word_pieces_are_the_tokenizers(scorer: DifficultyScorer) -> None:
    """The Python fast path for ASCII text gives the tokenizer's ids, or leaves the text to
    the tokenizer; the features (and so the score) are the same either way."""
    featurizer = scorer._featurizer
    assert featurizer is not None and featurizer._ascii is not None
    tokenizer = featurizer._tokenizer
    fast = 0
    texts = _texts_for_the_tokenizer()
    for text in texts:
        expected = tokenizer.encode(text, add_special_tokens=False).ids
        ids = featurizer._ascii.ids(text)
        if ids is not None:
            fast += 1
            assert ids == expected, text
        assert featurizer.ids(text) == expected, text
    assert fast > len(texts) // 2  # most took the fast path (control characters do not)
    for text in ("[MASK] is hidden", "[mask] lower case", "bell\x07char", "café"):
        assert featurizer._ascii.ids(text) is None  # the tokenizer's
    plain = Featurizer(tokenizer, featurizer._vectors)
    plain._ascii = None  # the tokenizer for every text
    for text in (MMLU_STYLE, "What is 2+2?", "unbelievably co-operative routing, e.g. 50%"):
        for ours, theirs in zip(featurizer.features(text), plain.features(text), strict=True):
            assert ours.dtype == theirs.dtype and np.array_equal(ours, theirs)


def test_expert_rows_are_the_arrays_rows(scorer: DifficultyScorer) -> None:
    """raw() reads each expert's rows prepared at load: the numbers the arrays give when
    indexed per request (the formula as it was written before), bit for bit."""
    model = scorer.model
    assert isinstance(model, RouterModel)
    rng = np.random.default_rng(3)
    featurizer = scorer._featurizer
    assert featurizer is not None
    for text in ("hi", MMLU_STYLE, "Natalia sold clips to 48 of her friends. How many?"):
        embedding, hashed, counts = featurizer.features(text)
        for trial in range(4):
            if trial:  # random rows too, so each expert is reached
                embedding = rng.standard_normal(384).astype(np.float32)
                embedding /= np.float32(np.sqrt(embedding.dot(embedding)))
            x = np.concatenate([embedding, hashed, counts * 0.3])
            e = model.expert(x)
            rows = slice(int(model.knn_start[e]), int(model.knn_start[e + 1]))
            linear = float(x @ model.ridge_w[e]) + float(model.ridge_b[e])
            share = float(model.ridge_share[e])
            knn = knn_vote_one(1.0 - model.knn_x[rows] @ embedding, model.knn_y[rows], model.k)
            vote = linear if share >= 1.0 else share * linear + (1.0 - share) * knn
            raw = float(np.interp(vote, model.gain_x[e], model.gain_y[e]))
            assert model.raw(embedding, hashed, counts) == raw
            grid = np.linspace(0.0, 1.0, len(model.quantiles))
            assert model.calibrate(raw) == float(np.interp(raw, model.quantiles, grid))


def test_prompt_text_reads_user_turns_only() -> None:
    request = ChatRequest.model_validate({"model": "auto", "messages": [
        {"role": "system", "content": "SYSTEM"},
        {"role": "user", "content": [{"type": "text", "text": "first"}]},
        {"role": "assistant", "content": "ANSWER"},
        {"role": "user", "content": "second"},
    ]})  # fmt: skip
    assert prompt_text(request) == "first\nsecond"


def test_shipped_artefact_is_small_and_reports_its_cv(scorer: DifficultyScorer) -> None:
    model = scorer.model
    assert model.meta["sources"] == ["chat", "gsm8k", "mmlu"]
    cv = model.meta["cv"]
    assert isinstance(cv, dict)
    assert cv["mmlu"]["apgr"] > 0.6  # length router 0.58, random 0.50
    assert cv["all"]["cpt50"] < 0.35
    assert len(model.calibration) == 101


def test_scoring_is_fast(scorer: DifficultyScorer) -> None:
    # The budget is 10 ms p99 on an idle core (bench/difficulty_latency.py); the test
    # machine is shared, so only a gross regression (e.g. the full encoder) fails here.
    text = MMLU_STYLE * 3
    scorer.score_text(text)
    times = []
    for _ in range(30):
        start = time.perf_counter()
        scorer.score_text(text)
        times.append(time.perf_counter() - start)
    assert float(np.median(times)) < 0.03


@pytest.mark.parametrize(
    ("target", "share"),
    [({"strong_share": 0.3}, 0.3), ({"strong_share": 0.1}, 0.1), ({"quality_target": 0.95}, None)],
)
def test_targets_resolve_to_a_threshold(target: dict[str, float], share: float | None) -> None:
    cfg = parse_config(base_config("http://127.0.0.1:9", difficulty={
        "strong": "gpt-hosted", "weak": "llama-local", **target}))  # fmt: skip
    resolved, scorer = build_difficulty(cfg)
    assert scorer is not None
    settings = resolved.router.difficulty
    assert settings is not None and settings.threshold is not None
    table = scorer.model.calibration
    row = next(r for r in table if r.threshold == settings.threshold)
    if share is not None:
        assert row.strong_share <= share + 1e-9
        assert row.strong_share > share - 0.02  # the most it may send, not far less
    else:
        assert row.quality >= 0.95
        assert all(r.strong_share >= row.strong_share for r in table if r.quality >= 0.95)


def test_explicit_threshold_is_kept_and_no_difficulty_means_no_scorer() -> None:
    cfg = parse_config(base_config("http://127.0.0.1:9", difficulty={
        "strong": "gpt-hosted", "weak": "llama-local", "threshold": 0.42}))  # fmt: skip
    resolved, _ = build_difficulty(cfg)
    assert resolved.router.difficulty is not None
    assert resolved.router.difficulty.threshold == 0.42
    plain = parse_config(base_config("http://127.0.0.1:9"))
    assert build_difficulty(plain) == (plain, None)


def test_default_config_routes_by_difficulty_only_with_both_tiers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from hybridgate.config import default_config

    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    assert default_config().router.difficulty is None
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    settings = default_config().router.difficulty
    assert settings is not None and (settings.strong, settings.weak) == ("gpt-5.4", "local")


class FixedScore:
    def __init__(self, value: float) -> None:
        self.value = value

    def score(self, request: ChatRequest) -> float:
        return self.value


class FlagsEverything:
    """A stub privacy scanner: every request carries one PERSON entity."""

    def scan(self, request: ChatRequest) -> tuple[Entity, ...]:
        return (Entity(type="PERSON", start=0, end=4, message_index=0),)


def _difficulty_config(url: str, **target: float) -> dict[str, object]:
    return base_config(url, difficulty={"strong": "gpt-hosted", "weak": "llama-local", **target})


def _route(url: str, text: str) -> dict[str, object]:
    body = {"model": "auto", "messages": [{"role": "user", "content": text}]}
    response = httpx.post(f"{url}/v1/route", json=body, timeout=10)
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


@pytest.mark.anyio
async def test_hard_goes_strong_easy_goes_weak(
    start_gateway: GatewayFactory, fake_upstream: FakeUpstream
) -> None:
    cfg = parse_config(_difficulty_config(fake_upstream.url, threshold=0.6))
    hard = start_gateway(cfg, extractor=FeatureExtractor(difficulty=FixedScore(0.8)))
    view = _route(hard.url, "prove it")
    assert (view["model"], view["reason"]) == ("gpt-hosted", "difficulty")
    assert view["scores"] == {"difficulty": 0.8}
    assert "0.80 ≥ threshold 0.60" in str(view["explanation"])
    easy = start_gateway(cfg, extractor=FeatureExtractor(difficulty=FixedScore(0.2)))
    view = _route(easy.url, "hi")
    assert (view["model"], view["reason"]) == ("llama-local", "difficulty")


@pytest.mark.anyio
async def test_privacy_wins_over_difficulty(
    start_gateway: GatewayFactory, fake_upstream: FakeUpstream
) -> None:
    cfg = parse_config(_difficulty_config(fake_upstream.url, threshold=0.5))
    extractor = FeatureExtractor(privacy=FlagsEverything(), difficulty=FixedScore(0.97))
    gateway = start_gateway(cfg, extractor=extractor)
    view = _route(gateway.url, "John's blood test: is this a hard differential diagnosis?")
    assert view["model"] == "llama-local"
    assert view["reason"] == "privacy"
    assert view["sensitive"] is True
    assert view["scores"] == {"difficulty": 0.97}
    assert "difficulty 0.97 (not used: privacy first)" in str(view["explanation"])
    # ...and the real completion never reaches the hosted model.
    reply = await gateway.client.chat.completions.with_raw_response.create(
        model="auto", messages=[{"role": "user", "content": "John's results, hard question"}]
    )
    assert reply.headers["x-hybridgate-model"] == "llama-local"
    assert reply.headers["x-hybridgate-route-reason"] == "privacy"


@pytest.mark.anyio
async def test_real_scorer_through_route(
    start_gateway: GatewayFactory, fake_upstream: FakeUpstream, scorer: DifficultyScorer
) -> None:
    cfg, _ = build_difficulty(parse_config(_difficulty_config(fake_upstream.url, strong_share=0.3)))
    gateway = start_gateway(cfg, extractor=FeatureExtractor(difficulty=scorer))
    view = _route(gateway.url, MMLU_STYLE)
    assert view["reason"] == "difficulty"
    assert "(from strong_share 0.3)" in str(view["explanation"])
    assert 0.0 <= float(view["scores"]["difficulty"]) <= 1.0  # type: ignore[index]
    # A named model is scored too (what the router would think), but the client chose.
    body = {"model": "llama-local", "messages": [{"role": "user", "content": MMLU_STYLE}]}
    named = httpx.post(f"{gateway.url}/v1/route", json=body, timeout=10).json()
    assert (named["model"], named["reason"]) == ("llama-local", "explicit")
    assert named["scores"]["difficulty"] == view["scores"]["difficulty"]  # type: ignore[index]
    assert "(not used: explicit first)" in named["explanation"]


def _synthetic_outcomes(path: Path, n: int = 80) -> Path:
    # Long arithmetic prompts need the strong model, short chit-chat does not.
    rng = np.random.default_rng(3)
    lines = []
    for i in range(n):
        hard = i % 2 == 0
        words = " ".join(str(x) for x in rng.integers(10, 999, 12)) if hard else "hello there"
        prompt = f"{'Compute the total of' if hard else 'Say'} {words} please #{i}"
        weak_ok = (not hard) or bool(rng.random() < 0.2)
        lines.append(json.dumps({"id": f"toy/{i}", "prompt": prompt,
                                 "weak_correct": weak_ok, "strong_correct": True}))  # fmt: skip
    path.write_text("\n".join(lines) + "\n")
    return path


def test_training_is_reproducible_and_learns(tmp_path: Path) -> None:
    rows = read_outcomes([_synthetic_outcomes(tmp_path / "toy.jsonl")])
    featurizer = Featurizer.load()
    first = train(rows, featurizer=featurizer)
    second = train(rows, featurizer=featurizer)
    assert np.array_equal(first.model.ridge_w, second.model.ridge_w)
    assert np.array_equal(first.model.quantiles, second.model.quantiles)
    assert first.model.calibration == second.model.calibration
    (report,) = first.reports
    assert report.learned.apgr > 0.7 > 0.55 > report.random.apgr  # the oracle reaches 0.8
    first.model.save(tmp_path / "m.npz")
    loaded = RouterModel.load(tmp_path / "m.npz")
    assert loaded.calibration == first.model.calibration
    custom = DifficultyScorer(model=loaded, featurizer=featurizer)
    hard = custom.score_text("Compute the total of 12 455 87 901 33 61 70 88 12 9 please")
    assert hard > custom.score_text("Say hello there please")
    # The gateway uses a retrained router through router.difficulty.artefact.
    cfg = parse_config(_difficulty_config("http://127.0.0.1:9", strong_share=0.5))
    settings = cfg.router.difficulty
    assert settings is not None
    mine = settings.model_copy(update={"artefact": tmp_path / "m.npz"})
    cfg = cfg.model_copy(update={"router": cfg.router.model_copy(update={"difficulty": mine})})
    _, scorer = build_difficulty(cfg)
    assert scorer is not None and scorer.model.calibration == first.model.calibration
    gone = mine.model_copy(update={"artefact": tmp_path / "missing.npz"})
    cfg = cfg.model_copy(update={"router": cfg.router.model_copy(update={"difficulty": gone})})
    with pytest.raises(ConfigError, match=r"router.difficulty.artefact: .*cannot load"):
        build_difficulty(cfg)


def test_bad_outcomes_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"prompt": "a", "weak_correct": true, "strong_correct": true}\n{oops\n')
    with pytest.raises(ConfigError, match=r"bad.jsonl:2"):
        read_outcomes([path])
    path.write_text('{"prompt": "a", "weak_correct": "yes", "strong_correct": true}\n')
    with pytest.raises(ConfigError, match=r"bad.jsonl:1: .*booleans"):
        read_outcomes([path])


def test_bench_router_command(tmp_path: Path) -> None:
    from hybridgate.cli import app, bench_app
    from hybridgate.commands import register_all

    register_all(app, bench_app)
    data = _synthetic_outcomes(tmp_path / "mine.jsonl")
    out, plot = tmp_path / "router.npz", tmp_path / "router.png"
    result = CliRunner().invoke(app, [
        "bench", "router", "--data", str(data), "--train", "--out", str(out), "--plot", str(plot)
    ])  # fmt: skip
    assert result.exit_code == 0, result.output
    for word in ("learned", "length", "random", "CPT(50%)", "strong_share"):
        assert word in result.output
    assert out.stat().st_size > 0 and plot.read_bytes()[:4] == b"\x89PNG"
    missing = CliRunner().invoke(app, ["bench", "router", "--data", str(tmp_path / "nope")])
    assert missing.exit_code == 2 and "cannot read" in missing.output


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.is_dir(), reason="development outcomes not in this checkout")
def test_train_reproduces_the_shipped_artefact(scorer: DifficultyScorer) -> None:
    rows = read_outcomes(
        [SHARED / "mmlu_outcomes.jsonl", SHARED / "gsm8k_outcomes.jsonl", chat_prior()]
    )
    fresh = train(rows).model
    shipped = scorer.model
    # The ridge is fitted by an iterative solver (sparse_cg, tol 1e-6): other numpy/scipy
    # builds land a few 1e-6 away, so weights match to solver precision, while the
    # calibration table's shares and quality and the cross-validated figures must match
    # exactly (thresholds, being quantiles of the scores, to 1e-4).
    np.testing.assert_allclose(fresh.ridge_w, shipped.ridge_w, rtol=0, atol=5e-5)
    np.testing.assert_allclose(fresh.quantiles, shipped.quantiles, rtol=0, atol=5e-5)
    assert len(fresh.calibration) == len(shipped.calibration)
    for new, old in zip(fresh.calibration, shipped.calibration, strict=True):
        assert (new.strong_share, new.quality) == (old.strong_share, old.quality)
        assert new.threshold == pytest.approx(old.threshold, abs=1e-4)
    assert fresh.meta == shipped.meta
