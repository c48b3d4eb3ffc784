"""The runner over real HTTP: a gateway in front of the fake upstream, `auto` vs fixed
models, resume, fault injection with recovery, direct provider runs, and the CLI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from hybridgate.config import parse_config
from hybridgate.harness.local import LocalGateway
from hybridgate.harness.metrics import tabulate
from hybridgate.harness.runner import RESULTS_FILE, Runner, RunSpec, load_results, target_judge
from hybridgate.harness.suites import Suite, parse_suite
from hybridgate.harness.targets import HttpTarget, ProviderTarget
from hybridgate.providers import build_providers
from hybridgate.settings import Settings

from ..conftest import GatewayFactory, base_config
from ..fakes.upstream import Fail, FakeUpstream, Reply

pytestmark = pytest.mark.anyio


def suite(n: int = 4) -> Suite:
    items: list[dict[str, Any]] = [
        {"id": f"q{i}", "prompt": f"question {i}", "expected": f"question {i}",
         "tier": ("easy", "medium", "hard")[i % 3]}
        for i in range(n)
    ]  # fmt: skip
    items.append({
        "id": "tool", "prompt": "weather in Paris?", "tier": "hard",
        "tools": [{"type": "function", "function": {"name": "get_weather", "parameters": {
            "type": "object", "properties": {"city": {"type": "string"}}}}}],
        "expected": {"name": "get_weather", "arguments": {"city": "Paris"}},
        "grader": {"type": "tool_call"},
    })  # fmt: skip
    return parse_suite(
        {"name": "mini", "defaults": {"grader": {"type": "contains"}, "max_tokens": 32},
         "items": items},
        "mini",
    )  # fmt: skip


async def test_auto_and_fixed_models_through_the_gateway(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    config = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    gw = start_gateway(config)
    fake_upstream.script("gpt-hosted", [Reply(tool_call=("get_weather", '{"city": "Paris"}'))])
    target = HttpTarget(f"{gw.url}/v1", config=parse_config(config))
    spec = RunSpec(suite(), ("auto", "gpt-hosted", "llama-local"), tmp_path, concurrency=1)
    try:
        results = await Runner(target).run(spec)
    finally:
        await target.aclose()
    assert len(results) == 15
    by = {(r.model, r.item_id): r for r in results}
    hosted = by[("gpt-hosted", "q1")]
    assert hosted.served_model == "gpt-hosted" and hosted.passed
    assert hosted.ttft_s is not None and 0 < hosted.ttft_s <= hosted.total_s
    assert hosted.cost_usd > 0 and hosted.completion_tokens > 0
    assert by[("llama-local", "q1")].served_model == "llama-local"
    assert by[("auto", "q1")].route_reason is not None
    # The first request of the run was the hosted tool item (concurrency 1, item order).
    assert by[("gpt-hosted", "tool")].tool_call_valid is True
    assert by[("llama-local", "tool")].tool_call_valid is False  # echoed text, no call
    # Every request carried the deterministic seed and the output limit.
    assert all(r["max_tokens"] == 32 and isinstance(r["seed"], int)
               for r in fake_upstream.requests)  # fmt: skip

    table = tabulate(load_results(tmp_path / RESULTS_FILE))[0]
    overall = {s.model: s for s in table.overall()}
    assert overall["gpt-hosted"].served == {"gpt-hosted": 1.0}
    assert overall["llama-local"].tool_call_reliability == 0.0
    assert overall["gpt-hosted"].quality == 1.0
    assert sum(overall["auto"].served.values()) == pytest.approx(1.0)
    assert {s.tier for s in table.by_tier()} == {"easy", "medium", "hard"}


async def test_rerun_skips_finished_items(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    gw = start_gateway(base_config(fake_upstream.url))  # type: ignore[attr-defined]
    target = HttpTarget(f"{gw.url}/v1")
    first = RunSpec(suite(), ("gpt-hosted",), tmp_path, limit=2, seed=7)
    try:
        assert len(await Runner(target).run(first)) == 2
        calls = len(fake_upstream.requests)
        # A killed run leaves a torn line; it is ignored and its item re-run.
        with (tmp_path / RESULTS_FILE).open("a") as fh:
            fh.write('{"suite": "mini", "item_')
        again = await Runner(target).run(first)
        assert again == [] and len(fake_upstream.requests) == calls
        more = await Runner(target).run(
            RunSpec(suite(), ("gpt-hosted",), tmp_path, limit=4, seed=7)
        )
    finally:
        await target.aclose()
    assert len(more) == 2 and len(fake_upstream.requests) == calls + 2
    ids = [r.item_id for r in load_results(tmp_path / RESULTS_FILE)]
    assert len(ids) == len(set(ids)) == 4


async def test_upstream_errors_are_results_not_crashes(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    config = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    config["router"]["fallbacks"] = {}
    gw = start_gateway(config)
    fake_upstream.script("gpt-hosted", [Fail(400, message="bad")] * 2)
    target = HttpTarget(f"{gw.url}/v1")
    try:
        results = await Runner(target).run(
            RunSpec(suite(1), ("gpt-hosted", "nope"), tmp_path, concurrency=1)
        )
    finally:
        await target.aclose()
    errors = {(r.model, r.item_id): (r.status, r.error) for r in results if r.error}
    assert errors[("nope", "q0")] == (404, "model_not_found")
    assert errors[("gpt-hosted", "q0")][0] == errors[("gpt-hosted", "tool")][0] == 400
    assert all(r.score == 0 for r in results if r.error)


async def test_injected_faults_measure_recovery(
    fake_upstream: FakeUpstream, tmp_path: Path
) -> None:
    config = parse_config(base_config(fake_upstream.url), "test")  # type: ignore[attr-defined]
    settings = Settings(home=tmp_path / "home")
    out: dict[float, Any] = {}
    for rate in (0.5, 1.0):
        with LocalGateway(config, settings=settings, faults=rate, seed=3) as local:
            target = HttpTarget(f"{local.url}/v1", config=config)
            try:
                spec = RunSpec(suite(8), ("gpt-hosted",), tmp_path, faults=rate, concurrency=1)
                await Runner(target, fault_log=local.faults).run(spec)
            finally:
                await target.aclose()
    for s in tabulate(load_results(tmp_path / RESULTS_FILE))[0].overall():
        out[float(s.model.rsplit("=", 1)[1])] = s
    half, full = out[0.5].recovery, out[1.0].recovery
    assert half.requests == 9 and half.faulted > 0 and half.recovered > 0
    assert half.recovered + half.failed <= half.requests
    assert "llama-local" in out[0.5].served  # recovered by falling back
    # Everything fails; requests after the breakers opened met no fault but still failed.
    assert full.requests == full.failed == 9 and full.recovered == 0 and full.faulted > 0


async def test_direct_provider_target(fake_upstream: FakeUpstream, tmp_path: Path) -> None:
    config = parse_config(base_config(fake_upstream.url), "test")  # type: ignore[attr-defined]
    providers = build_providers(config, tmp_path)
    target = ProviderTarget(config, providers)
    try:
        results = await Runner(target).run(RunSpec(suite(2), ("llama-local",), tmp_path))
    finally:
        await target.aclose()
    assert {r.served_model for r in results} == {"llama-local"}
    assert all(r.route_reason is None for r in results)
    assert sum(r.passed for r in results) == 2


def test_cli_run_and_report(fake_upstream: FakeUpstream, tmp_path: Path) -> None:
    from hybridgate.cli import app, bench_app
    from hybridgate.commands import register_all

    register_all(app, bench_app)
    config = tmp_path / "hg.yaml"
    config.write_text(yaml.safe_dump(base_config(fake_upstream.url)))  # type: ignore[attr-defined]
    suite_file = tmp_path / "mini.jsonl"
    lines = [{"suite": {"name": "mini", "defaults": {"grader": {"type": "contains"}}}}]
    lines += [{"id": f"q{i}", "prompt": f"hello {i}", "expected": "hello"} for i in range(3)]
    suite_file.write_text("\n".join(json.dumps(x) for x in lines))
    out = tmp_path / "out"
    args = ["bench", "run", str(suite_file), "-m", "auto", "-m", "gpt-hosted",
            "--config", str(config), "--out", str(out), "--limit", "2"]  # fmt: skip
    env = {"HYBRIDGATE_HOME": str(tmp_path / "home")}
    result = CliRunner().invoke(app, args, env=env)
    assert result.exit_code == 0, result.output
    assert "4 new result(s)" in result.output
    assert (out / "report.html").exists()
    data = json.loads((out / "report.json").read_text())
    assert {s["model"] for s in data["suites"]["mini"]} == {"auto", "gpt-hosted"}
    again = CliRunner().invoke(app, args, env=env)
    assert "0 new result(s)" in again.output
    assert CliRunner().invoke(app, ["bench", "report", str(out)]).exit_code == 0

    bad = CliRunner().invoke(app, ["bench", "run", str(tmp_path / "nope.yaml")])
    assert bad.exit_code == 2 and "cannot read suite" in bad.output
    clash = CliRunner().invoke(app, [*args[:5], "--gateway", "http://x/v1", "--faults", "0.2"])
    assert clash.exit_code == 2 and "--faults" in clash.output


@pytest.mark.slow
def test_embedded_model_end_to_end(tmp_path: Path) -> None:
    """The shipped GSM8K suite on the embedded SmolLM2 through the default config."""
    from hybridgate.cli import app, bench_app
    from hybridgate.commands import register_all

    register_all(app, bench_app)
    out = tmp_path / "out"
    args = ["bench", "run", "gsm8k", "--limit", "1", "--out", str(out), "--max-tokens", "12"]
    result = CliRunner().invoke(app, args, env={"OPENAI_API_KEY": "", "HYBRIDGATE_CONFIG": ""})
    assert result.exit_code == 0, result.output
    [row] = load_results(out / RESULTS_FILE)
    assert row.error is None and row.served_model == "local" and row.completion_tokens > 0
    assert row.ttft_s is not None and row.answer and row.completion_tokens <= 12


async def test_judge_through_a_configured_model(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    gw = start_gateway(base_config(fake_upstream.url))  # type: ignore[attr-defined]
    fake_upstream.script("gpt-hosted", [Reply(text="Good answer. Rating: [[9]]")])
    judged = parse_suite(
        {"name": "judged", "defaults": {"grader": {"type": "judge", "threshold": 8}},
         "items": [{"id": "j", "prompt": "Write a haiku."}]},
        "judged",
    )  # fmt: skip
    result = await _judged_run(gw.url, judged, tmp_path)
    assert (result.score, result.passed, result.served_model) == (0.9, True, "llama-local")
    judge_request = fake_upstream.requests[-1]
    assert judge_request["model"] == "gpt-hosted"
    assert "Write a haiku." in judge_request["messages"][0]["content"]
    assert "echo: Write a haiku." in judge_request["messages"][0]["content"]


async def test_follow_up_turns_carry_the_models_answers_and_are_judged_in_context(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory, tmp_path: Path
) -> None:
    gw = start_gateway(base_config(fake_upstream.url))  # type: ignore[attr-defined]
    fake_upstream.script("gpt-hosted", [Reply(text="Rating: [[6]]")])
    judged = parse_suite(
        {"name": "two-turn", "defaults": {"grader": {"type": "judge", "threshold": 5}},
         "items": [{"id": "t", "prompt": "Write a haiku.", "follow_ups": ["Now shorter."]}]},
        "two-turn",
    )  # fmt: skip
    result = await _judged_run(gw.url, judged, tmp_path)
    asked = [r for r in fake_upstream.requests if r["model"] == "llama-local"]
    assert [len(r["messages"]) for r in asked] == [1, 3]
    assert asked[1]["messages"][1] == {"role": "assistant", "content": "echo: Write a haiku."}
    assert asked[1]["messages"][2] == {"role": "user", "content": "Now shorter."}
    assert (result.score, result.passed) == (0.6, True)
    assert result.answer == "echo: Now shorter."
    # Both turns count: the fake reports 10 prompt tokens and one per answer word.
    assert (result.prompt_tokens, result.completion_tokens) == (20, 4 + 3)
    judge_prompt = fake_upstream.requests[-1]["messages"][0]["content"]
    for line in ("USER: Write a haiku.", "ASSISTANT: echo: Write a haiku.", "USER: Now shorter."):
        assert line in judge_prompt
    assert "echo: Now shorter." in judge_prompt


async def _judged_run(url: str, judged: Suite, out: Path) -> Any:
    """One item of `judged` on llama-local, judged by gpt-hosted, through the gateway."""
    target = HttpTarget(f"{url}/v1")
    try:
        runner = Runner(target, judge=target_judge(target, "gpt-hosted"))
        [result] = await runner.run(RunSpec(judged, ("llama-local",), out))
    finally:
        await target.aclose()
    return result
