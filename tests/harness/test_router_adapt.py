"""`hybridgate router train`: a router adapted to a user's own labelled items, reported
beside the current router and a length router; `--adopt` only when it is better; a served
gateway picks the adopted router up on POST /v1/admin/router/reload without a restart."""

from __future__ import annotations

import json
from pathlib import Path

import anyio
import httpx
import pytest
from typer.testing import CliRunner

from hybridgate.config import parse_config
from hybridgate.features import FeatureExtractor
from hybridgate.features.difficulty import ADOPTED, RouterModel, build_difficulty
from hybridgate.harness.mtbench import read_mtbench
from hybridgate.harness.router_adapt import adapt, better, from_comparisons
from hybridgate.harness.router_train import Outcome
from hybridgate.storage.evaluations import EvaluationRow

from ..conftest import GatewayFactory, base_config
from ..fakes.upstream import FakeUpstream

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
VENDORS = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark", "Wayne", "Wonka")
DISHES = ("lentils", "tofu", "salmon", "chickpeas", "mushrooms", "rice", "eggs", "pasta")


def _traffic(n: int = 120) -> list[Outcome]:
    """A user's traffic the shipped router knows nothing about: their invoice questions
    need the strong model, their recipe questions do not."""
    rows = []
    for i in range(n):
        if i % 2:
            prompt = f"Check invoice {1000 + i} from {VENDORS[i % 8]} against our ledger."
            rows.append(Outcome(prompt, weak=i % 10 == 1, strong=True, source="yours"))
        else:
            prompt = f"Suggest a quick dinner with {DISHES[i % 8]}, variant {i}."
            rows.append(Outcome(prompt, weak=True, strong=True, source="yours"))
    return rows


def _config(url: str, **difficulty: object) -> dict[str, object]:
    return base_config(url, difficulty={"strong": "gpt-hosted", "weak": "llama-local",
                                        **difficulty})  # fmt: skip


def _write(path: Path, rows: list[Outcome]) -> Path:
    lines = [{"prompt": r.prompt, "weak_correct": r.weak, "strong_correct": r.strong} for r in rows]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def _cli(args: list[str], home: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str]:
    from hybridgate.cli import app, bench_app
    from hybridgate.commands import register_all

    register_all(app, bench_app)
    monkeypatch.setenv("HYBRIDGATE_HOME", str(home))
    result = CliRunner().invoke(app, args)
    return result.exit_code, result.output


def test_reviews_become_labels() -> None:
    def row(i: int, verdict: str | None, judge: float | None = None) -> EvaluationRow:
        return EvaluationRow(
            request_id=f"r{i}", created_at=0.0, prompt=f"q{i}", primary_model="gpt-hosted",
            primary_text="a", primary_latency_s=0.1, primary_cost_usd=0.0,
            other_model="llama-local", other_text="b", other_latency_s=0.1, other_cost_usd=0.0,
            error=None, exact=False, lexical=0.0, embedding=None, judge=judge, agreement=0.0,
            disagree=True, primary_hosted=True, other_hosted=False, verdict=verdict, id=i,
        )  # fmt: skip

    rows = [row(1, "hosted_better"), row(2, "local_ok"), row(3, "both_bad"), row(4, "both_ok"),
            row(5, None, judge=1.0), row(6, None, judge=0.0), row(7, None)]  # fmt: skip
    labels = {o.prompt: (o.weak, o.strong) for o in from_comparisons(rows)}
    assert labels == {"q1": (False, True), "q2": (True, True), "q3": (False, False),
                      "q4": (True, True), "q5": (True, True)}  # fmt: skip


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.is_dir(), reason="MT-Bench judge scores not in this checkout")
def test_mtbench_traffic_is_measured_and_a_worse_router_is_not_adopted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # MT-Bench turns with GPT-4 judge scores / 10 as quality: chat the router was not
    # trained on (its training data are MMLU, GSM8K and the invented chat prior).
    turns = read_mtbench(SHARED)
    rows = [Outcome(t.prompt, t.weak, t.strong, "yours") for t in turns]
    assert not any(RouterModel.load().trained_on(r.prompt) for r in rows)
    report = adapt(rows, RouterModel.load()).report
    assert report.n == 62 and [n for n, _ in report.curve] == [10, 20, 40, 50]
    config = tmp_path / "cfg.yaml"
    config.write_text(json.dumps(_config("http://127.0.0.1:9", strong_share=0.3)))
    home = tmp_path / "home"
    code, output = _cli(
        ["router", "train", "-c", str(config), "--no-reviews", "--adopt",
         "--outcomes", str(_write(tmp_path / "mt.jsonl", rows)),
         "--plot", str(tmp_path / "curve.png")], home, monkeypatch,
    )  # fmt: skip
    for word in ("new", "current", "length", "CPT(50%)", "learning curve"):
        assert word in output
    assert f"{report.current.apgr:.3f}" in output and f"{report.new.apgr:.3f}" in output
    assert (tmp_path / "curve.png").read_bytes()[:4] == b"\x89PNG"
    if better(report):
        assert code == 0 and (home / ADOPTED).is_file()
    else:  # 62 turns: the adapted router does not beat the shipped one, so it is refused
        assert code == 1 and "not adopted" in output and not (home / ADOPTED).exists()


@pytest.mark.anyio
async def test_adopted_router_is_reloaded_without_a_restart(
    start_gateway: GatewayFactory, fake_upstream: FakeUpstream, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    cfg, scorer = build_difficulty(parse_config(_config(fake_upstream.url, strong_share=0.5)))
    assert scorer is not None
    gw = start_gateway(cfg, extractor=FeatureExtractor(difficulty=scorer))  # type: ignore[attr-defined]
    invoice = "Check invoice 4711 from Initech against our ledger."

    async def route(text: str) -> dict[str, object]:
        body = {"model": "auto", "messages": [{"role": "user", "content": text}]}
        async with httpx.AsyncClient(base_url=gw.url, timeout=20) as http:
            response = await http.post("/v1/route", json=body)
        assert response.status_code == 200, response.text
        return response.json()  # type: ignore[no-any-return]

    before = await route(invoice)
    config = tmp_path / "cfg.yaml"
    config.write_text(json.dumps(_config(fake_upstream.url, strong_share=0.5)))
    code, output = _cli(
        ["router", "train", "-c", str(config), "--no-reviews", "--adopt",
         "--outcomes", str(_write(tmp_path / "mine.jsonl", _traffic()))],
        tmp_path / "home", monkeypatch,
    )  # fmt: skip
    assert code == 0, output
    assert "adopted" in output and (tmp_path / "home" / ADOPTED).is_file()

    # Reload while requests are in flight: none fails, later ones use the new router.
    async with anyio.create_task_group() as tg:
        results: list[dict[str, object]] = []

        async def one() -> None:
            results.append(await route(invoice))

        for _ in range(8):
            tg.start_soon(one)
        async with httpx.AsyncClient(base_url=gw.url, timeout=20) as http:
            reloaded = await http.post("/v1/admin/router/reload")
    assert reloaded.status_code == 200, reloaded.text
    assert reloaded.json()["artefact"].endswith(str(ADOPTED))
    assert len(results) == 8
    after = await route(invoice)
    recipe = await route("Suggest a quick dinner with rice, variant 8.")
    assert after["model"] == "gpt-hosted", after
    assert recipe["model"] == "llama-local", recipe
    assert after["scores"] != before["scores"]  # type: ignore[comparison-overlap]
