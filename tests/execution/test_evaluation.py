"""Evaluation routing: other models answer in the background, results are stored and
listed by `hybridgate evaluations`; sensitive requests never reach a hosted model."""

from __future__ import annotations

import json
import time
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
import typer
from typer.testing import CliRunner

from hybridgate.commands.evaluations import register
from hybridgate.execution.agreement import Agreement, normalise, token_f1
from hybridgate.execution.compare import Evaluator
from hybridgate.features import FeatureExtractor
from hybridgate.storage.evaluations import EvaluationStore
from hybridgate.storage.sql import Database

from ..conftest import GatewayFactory, RunningGateway, base_config
from ..fakes.upstream import Fail, FakeUpstream, Hang, Reply
from .test_resilience import SECRET, USER, SecretScanner, hosted_calls

pytestmark = pytest.mark.anyio

EVALUATE = {"x-hybridgate-evaluate": "true"}


class WordEmbedder:
    """A deterministic bag-of-words embedder: texts sharing words point the same way."""

    def embed(self, text: str) -> npt.NDArray[np.float32]:
        vector = np.zeros(64, dtype=np.float32)
        for word in normalise(text).split():
            vector[zlib.crc32(word.encode()) % 64] += 1.0
        return vector


def attach(
    gw: RunningGateway, tmp_path: Path, *, embedder: Any = None, **evaluate: Any
) -> EvaluationStore:
    store = EvaluationStore(Database(f"sqlite:///{tmp_path / 'eval.db'}"))
    cfg = gw.gateway.config
    if evaluate:
        router = cfg.router.model_copy(
            update={"evaluate": cfg.router.evaluate.model_copy(update=evaluate)}
        )
        cfg = cfg.model_copy(update={"router": router})
    gw.gateway.evaluator = Evaluator(cfg, gw.gateway.executor, store, embedder=embedder)
    return store


async def drain(gw: RunningGateway) -> None:
    assert gw.gateway.evaluator is not None
    # The background task starts on the server's loop (another thread): poll for it.
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        await _sleep(0.05)
        if not gw.gateway.evaluator._tasks:
            return
    raise AssertionError("evaluation did not finish")


async def _sleep(seconds: float) -> None:
    import anyio

    await anyio.sleep(seconds)


async def test_header_forces_a_background_comparison(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    gw = start_gateway(base_config(fake_upstream.url))  # type: ignore[attr-defined]
    store = attach(gw, tmp_path)
    fake_upstream.script("llama-local", [Reply("Paris is the capital.")])
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER, extra_headers=EVALUATE
    )
    assert raw.headers["x-hybridgate-model"] == "gpt-hosted"
    await drain(gw)
    rows = store.list(disagreements_only=False)
    assert len(rows) == 1
    row = rows[0]
    assert (row.primary_model, row.other_model) == ("gpt-hosted", "llama-local")
    assert row.primary_text == "echo: hello there"
    assert row.other_text == "Paris is the capital."
    assert row.prompt == "hello there"
    assert row.exact is False and row.disagree is True
    assert row.primary_cost_usd > 0 and row.other_cost_usd > 0
    assert row.request_id == raw.headers["x-hybridgate-request-id"]


async def test_agreeing_answers_are_not_disagreements(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    gw = start_gateway(base_config(fake_upstream.url))  # type: ignore[attr-defined]
    store = attach(gw, tmp_path)
    fake_upstream.script("llama-local", [Reply("Echo:  hello there!")])
    await gw.client.chat.completions.create(
        model="gpt-hosted", messages=USER, extra_headers=EVALUATE
    )
    await drain(gw)
    (row,) = store.list(disagreements_only=False)
    assert row.exact is True and row.agreement == 1.0 and not row.disagree
    assert store.list() == []


async def test_no_header_and_no_sampling_means_no_comparison(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    gw = start_gateway(base_config(fake_upstream.url))  # type: ignore[attr-defined]
    store = attach(gw, tmp_path)
    await gw.client.chat.completions.create(model="gpt-hosted", messages=USER)
    await drain(gw)
    assert store.list(disagreements_only=False) == []
    assert [r["model"] for r in fake_upstream.requests] == ["gpt-hosted"]


async def test_sample_rate_one_compares_every_request_streams_too(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    # The client names the in-house model: a hosted comparison needs the opt-in.
    config = base_config(fake_upstream.url, explicit_local_to_hosted=True)  # type: ignore[attr-defined]
    gw = start_gateway(config)
    store = attach(gw, tmp_path, sample_rate=1.0)
    stream = await gw.client.chat.completions.create(
        model="llama-local", messages=USER, stream=True
    )
    text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    await drain(gw)
    (row,) = store.list(disagreements_only=False)
    assert row.primary_text == text == "echo: hello there"
    assert row.other_model == "gpt-hosted"


async def test_a_named_in_house_model_is_not_copied_to_a_hosted_one(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    gw = start_gateway(base_config(fake_upstream.url))  # type: ignore[attr-defined]
    store = attach(gw, tmp_path, sample_rate=1.0)
    await gw.client.chat.completions.create(model="llama-local", messages=USER)
    await drain(gw)
    assert store.list(disagreements_only=False) == []
    assert hosted_calls(fake_upstream) == 0


async def test_client_latency_is_its_own_answer(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    gw = start_gateway(base_config(fake_upstream.url))  # type: ignore[attr-defined]
    store = attach(gw, tmp_path)
    fake_upstream.script("llama-local", [Hang(1.5)])
    started = time.perf_counter()
    await gw.client.chat.completions.create(
        model="gpt-hosted", messages=USER, extra_headers=EVALUATE
    )
    assert time.perf_counter() - started < 1.0
    await drain(gw)
    (row,) = store.list(disagreements_only=False)
    assert row.other_latency_s >= 1.5


async def test_sensitive_request_is_never_compared_on_a_hosted_model(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["models"].append({**cfg["models"][1], "name": "llama-other"})
    gw = start_gateway(cfg, extractor=FeatureExtractor(privacy=SecretScanner()))
    store = attach(gw, tmp_path)
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="auto", messages=SECRET, extra_headers=EVALUATE
    )
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    await drain(gw)
    assert hosted_calls(fake_upstream) == 0
    (row,) = store.list(disagreements_only=False)
    assert row.other_model == "llama-other"
    # Scores are kept; the texts of a sensitive request are not.
    assert "SECRET" not in json.dumps(row.__repr__())
    assert row.exact is True


async def test_a_model_the_capability_policy_skips_does_not_compare(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    """Eligibility is the routing policies' (issue 14): a model whose output limit is
    below the request's max_tokens is skipped, as the capability policy would."""
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["models"].append({**cfg["models"][1], "name": "llama-short", "max_output_tokens": 100})
    cfg["models"].append({**cfg["models"][1], "name": "llama-other"})
    gw = start_gateway(cfg)
    store = attach(gw, tmp_path)
    await gw.client.chat.completions.create(
        model="llama-local", messages=USER, max_tokens=500, extra_headers=EVALUATE
    )
    await drain(gw)
    assert [r.other_model for r in store.list(disagreements_only=False)] == ["llama-other"]
    assert "llama-short" not in [r["model"] for r in fake_upstream.requests]


async def test_comparisons_follow_the_gateways_policies(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    """A policy the gateway runs (here: one that retires a model) binds comparisons too."""
    from hybridgate.features import Features
    from hybridgate.routing import DEFAULT_POLICIES, Candidates, Reason

    def retire(features: Features, candidates: Candidates) -> Candidates:
        return candidates.narrow(
            lambda m: m.name != "llama-old", Reason.DEFAULT, "llama-old retired", pin=False
        )

    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["models"].append({**cfg["models"][1], "name": "llama-old"})
    policies = (retire, *DEFAULT_POLICIES)
    gw = start_gateway(cfg, policies=policies)
    store = EvaluationStore(Database(f"sqlite:///{tmp_path / 'eval.db'}"))
    gw.gateway.evaluator = Evaluator(
        gw.gateway.config, gw.gateway.executor, store, policies=gw.gateway.policies
    )
    await gw.client.chat.completions.create(
        model="gpt-hosted", messages=USER, extra_headers=EVALUATE
    )
    await drain(gw)
    assert [r.other_model for r in store.list(disagreements_only=False)] == ["llama-local"]
    assert "llama-old" not in [r["model"] for r in fake_upstream.requests]


async def test_failed_comparison_is_stored_as_an_error(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    gw = start_gateway(base_config(fake_upstream.url))  # type: ignore[attr-defined]
    store = attach(gw, tmp_path)
    fake_upstream.script("llama-local", [Fail(500)] * 2)  # every attempt (retried)
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER, extra_headers=EVALUATE
    )
    assert raw.status_code == 200
    await drain(gw)
    (row,) = store.list(disagreements_only=False)
    assert row.error == "upstream_error" and row.agreement is None


async def test_judge_and_embeddings_score_agreement(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["models"].append({**cfg["models"][1], "name": "judge-local"})
    cfg["router"]["evaluate"] = {"models": ["llama-local"], "judge": "judge-local"}
    gw = start_gateway(cfg)
    store = attach(gw, tmp_path, embedder=WordEmbedder())
    fake_upstream.script("llama-local", [Reply("the answer: hello there")])
    fake_upstream.script("judge-local", [Reply("NO.")])
    await gw.client.chat.completions.create(
        model="gpt-hosted", messages=USER, extra_headers=EVALUATE
    )
    await drain(gw)
    (row,) = store.list(disagreements_only=False)
    assert row.judge == 0.0 and row.agreement == 0.0 and row.disagree
    assert row.embedding is not None and 0.3 < row.embedding < 1.0
    judge_request = next(r for r in fake_upstream.requests if r["model"] == "judge-local")
    assert "hello there" in judge_request["messages"][0]["content"]


def test_agreement_scores():
    assert normalise("  Hello,   WORLD! ") == "hello world"
    assert token_f1("the cat sat", "the cat sat") == 1.0
    assert token_f1("the cat sat", "a dog ran") == 0.0
    assert 0.5 < token_f1("the cat sat down", "the cat sat") < 1.0
    assert Agreement(exact=True, lexical=0.2).score == 1.0
    assert Agreement(exact=False, lexical=0.2, embedding=0.9).score == 0.9
    assert Agreement(exact=False, lexical=0.2, embedding=0.9, judge=0.0).score == 0.0


async def test_evaluations_command_lists_disagreements(
    fake_upstream: FakeUpstream,
    start_gateway: GatewayFactory,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    home = tmp_path / "home"
    gw = start_gateway(base_config(fake_upstream.url))  # type: ignore[attr-defined]
    store = EvaluationStore(Database(f"sqlite:///{home / 'hybridgate.db'}"))
    gw.gateway.evaluator = Evaluator(gw.gateway.config, gw.gateway.executor, store)
    fake_upstream.script("llama-local", [Reply("Lyon"), Reply("echo: second")])
    for text in ("first", "second"):
        await gw.client.chat.completions.create(
            model="gpt-hosted",
            messages=[{"role": "user", "content": text}],
            extra_headers=EVALUATE,
        )
        await drain(gw)
    monkeypatch.setenv("HYBRIDGATE_HOME", str(home))
    monkeypatch.delenv("HYBRIDGATE_CONFIG", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    app = typer.Typer()
    app.callback()(lambda: None)
    register(app, typer.Typer())
    result = CliRunner().invoke(app, ["evaluations", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [r["other_text"] for r in rows] == ["Lyon"]
    result = CliRunner().invoke(app, ["evaluations", "--all"])
    assert result.exit_code == 0 and "llama-local" in result.output


async def test_no_texts_stored_when_the_operator_keeps_no_content(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["logging"] = {"prompts": "none"}
    gw = start_gateway(cfg)
    store = attach(gw, tmp_path)
    await gw.client.chat.completions.create(
        model="gpt-hosted", messages=USER, extra_headers=EVALUATE
    )
    await drain(gw)
    (row,) = store.list(disagreements_only=False)
    assert row.prompt == row.primary_text == row.other_text == "[not stored]"
    assert row.exact is True


async def test_comparison_calls_are_ledger_rows_linked_to_the_request(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    from sqlalchemy import select

    from hybridgate.accounting.ledger import Ledger, calls
    from hybridgate.accounting.savings import local_token_share, savings

    db = Database(f"sqlite:///{tmp_path / 'ledger.db'}")
    ledger = Ledger(db)
    cfg = base_config(fake_upstream.url, explicit_local_to_hosted=True)  # type: ignore[attr-defined]
    gw = start_gateway(cfg, observers=[ledger])
    store = EvaluationStore(Database(f"sqlite:///{tmp_path / 'eval.db'}"))
    gw.gateway.evaluator = Evaluator(
        gw.gateway.config, gw.gateway.executor, store, on_call=gw.gateway.observe
    )
    fake_upstream.script("gpt-hosted", [Reply("Paris, of course.")])
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="llama-local", messages=USER, extra_headers=EVALUATE
    )
    await drain(gw)
    assert ledger.flush()
    with db.connect() as conn:
        rows = conn.execute(select(calls).order_by(calls.c.id)).mappings().all()
    assert [(r["model"], r["reason"], r["hosted"]) for r in rows] == [
        ("llama-local", "explicit", False),
        ("gpt-hosted", "evaluation", True),
    ]
    request_id = raw.headers["x-hybridgate-request-id"]
    assert {r["request_id"] for r in rows} == {request_id}
    client, comparison = rows
    (stored,) = store.list(disagreements_only=False)
    assert (
        comparison["cost_usd"] == pytest.approx(stored.other_cost_usd) and stored.other_cost_usd > 0
    )
    # Spend counts the comparison; the "all on the strongest model" counterfactual and the
    # router's local share only see the client's call.
    result = savings(db, gw.gateway.config, None, "gpt-hosted")
    assert result.actual_usd == pytest.approx(client["cost_usd"] + comparison["cost_usd"])
    from hybridgate.accounting.pricing import Usage, call_cost

    hosted = gw.gateway.config.model("gpt-hosted")
    assert hosted is not None
    alone = call_cost(hosted, Usage(client["prompt_tokens"], client["completion_tokens"]))
    assert result.counterfactual_usd == pytest.approx(alone)
    assert local_token_share(db) == 1.0
    await ledger.aclose()


async def test_failed_comparison_is_a_ledger_row_with_its_error(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    from sqlalchemy import select

    from hybridgate.accounting.ledger import Ledger, calls

    db = Database(f"sqlite:///{tmp_path / 'ledger.db'}")
    ledger = Ledger(db)
    gw = start_gateway(base_config(fake_upstream.url), observers=[ledger])  # type: ignore[attr-defined]
    gw.gateway.evaluator = Evaluator(
        gw.gateway.config, gw.gateway.executor, None, on_call=gw.gateway.observe
    )
    fake_upstream.script("llama-local", [Fail(500)] * 2)  # every attempt (retried)
    await gw.client.chat.completions.create(
        model="gpt-hosted", messages=USER, extra_headers=EVALUATE
    )
    await drain(gw)
    assert ledger.flush()
    with db.connect() as conn:
        row = conn.execute(select(calls).where(calls.c.reason == "evaluation")).mappings().one()
    assert row["model"] == "llama-local" and row["status"] >= 500
    assert row["error_code"] and row["cost_usd"] == 0.0
    await ledger.aclose()


async def test_comparison_calls_are_priced_with_the_cache_discount(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    """The comparison's usage keeps the upstream's cached prompt tokens: they price at
    `cached_input`, as for the client's own calls."""
    from sqlalchemy import select

    from hybridgate.accounting.ledger import Ledger, calls
    from hybridgate.accounting.pricing import call_cost
    from hybridgate.usage import Usage

    db = Database(f"sqlite:///{tmp_path / 'ledger.db'}")
    ledger = Ledger(db)
    cfg = base_config(fake_upstream.url, explicit_local_to_hosted=True)  # type: ignore[attr-defined]
    gw = start_gateway(cfg, observers=[ledger])
    gw.gateway.evaluator = Evaluator(
        gw.gateway.config, gw.gateway.executor, None, on_call=gw.gateway.observe
    )
    fake_upstream.script("gpt-hosted", [Reply("Paris, of course.", cached_tokens=8)])
    await gw.client.chat.completions.create(
        model="llama-local", messages=USER, extra_headers=EVALUATE
    )
    await drain(gw)
    assert ledger.flush()
    with db.connect() as conn:
        row = conn.execute(select(calls).where(calls.c.reason == "evaluation")).mappings().one()
    hosted = gw.gateway.config.model("gpt-hosted")
    assert hosted is not None
    assert row["cached_tokens"] == 8
    usage = Usage(row["prompt_tokens"], row["completion_tokens"], cached_tokens=8)
    assert row["cost_usd"] == pytest.approx(call_cost(hosted, usage))
    assert row["cost_usd"] < call_cost(
        hosted, Usage(row["prompt_tokens"], row["completion_tokens"])
    )
    await ledger.aclose()


class _Spent:
    """A spend source: the whole gateway already spent `usd` today."""

    def __init__(self, usd: float) -> None:
        self.usd = usd

    def spend(self, key_id: str | None, now: float) -> Any:
        from hybridgate.features.extract import Spend

        return Spend(global_day=self.usd, global_month=self.usd)


@pytest.mark.parametrize(("spent", "compared"), [(0.4, 1), (0.6, 0)])
async def test_no_comparisons_past_a_soft_budget(
    fake_upstream: FakeUpstream,
    start_gateway: GatewayFactory,
    tmp_path: Path,
    spent: float,
    compared: int,
):
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["budgets"] = {"global": {"day": {"soft": 0.5, "hard": 10}}}
    gw = start_gateway(cfg, extractor=FeatureExtractor(spend=_Spent(spent)))
    store = attach(gw, tmp_path)
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="gpt-hosted", messages=USER, extra_headers=EVALUATE
    )
    assert raw.status_code == 200
    await drain(gw)
    assert len(store.list(disagreements_only=False)) == compared


async def test_comparison_calls_are_retried_and_feed_the_breaker(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
):
    """Issue 14: evaluation calls went straight to the provider, skipping retry and breaker."""
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["router"]["retry"] = {"attempts": 2, "initial_backoff": 0.01}
    gw = start_gateway(cfg)
    store = EvaluationStore(Database(f"sqlite:///{tmp_path / 'eval.db'}"))
    gw.gateway.evaluator = Evaluator(gw.gateway.config, gw.gateway.executor, store)
    fake_upstream.script("llama-local", [Fail(503)])
    await gw.client.chat.completions.create(
        model="gpt-hosted", messages=USER, extra_headers=EVALUATE
    )
    await drain(gw)
    (row,) = store.list(disagreements_only=False)
    assert row.error is None and row.other_model == "llama-local"  # the retry answered
    assert [r["model"] for r in fake_upstream.requests].count("llama-local") == 2
