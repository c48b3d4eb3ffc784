"""Break-even and capacity arithmetic, and the `breakeven` / `capacity` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from hybridgate.accounting.breakeven import DAYS_PER_MONTH, Scenario, SelfHost, breakeven
from hybridgate.accounting.capacity import EXAMPLES, GpuProfile, plan
from hybridgate.accounting.catalog import builtin_catalog
from hybridgate.commands import breakeven as breakeven_command
from hybridgate.commands import capacity as capacity_command

GPT54 = builtin_catalog().models["gpt-5.4"]


def test_defaults_land_in_the_low_millions() -> None:
    s = Scenario(GPT54)
    assert s.api_usd_per_million == pytest.approx(0.75 * 2.5 + 0.25 * 15)
    point = breakeven(s)
    assert point is not None and 1e6 < point < 1e7
    # At break-even the two monthly costs meet.
    assert s.api_monthly(point) == pytest.approx(s.self_hosted_monthly(point))
    assert s.api_monthly(point * 0.9) < s.self_hosted_monthly(point * 0.9)
    assert s.api_monthly(point * 1.1) > s.self_hosted_monthly(point * 1.1)


def test_breakeven_scales_with_gpu_price_and_gpus() -> None:
    one = breakeven(Scenario(GPT54, SelfHost(gpu_usd_per_hour=1.0)))
    two = breakeven(Scenario(GPT54, SelfHost(gpu_usd_per_hour=2.0)))
    assert one is not None and two == pytest.approx(2 * one)
    assert breakeven(Scenario(GPT54, SelfHost(min_gpus=3))) == pytest.approx(3 * one)


def test_never_when_a_full_gpu_costs_more_than_the_api() -> None:
    cheap_api = builtin_catalog().models["gpt-5-nano"]
    slow = SelfHost(gpu_usd_per_hour=4.0, tokens_per_second=50, utilization=0.3)
    assert breakeven(Scenario(cheap_api, slow)) is None


def test_capacity_bound_by_throughput_or_concurrency() -> None:
    profile = GpuProfile("x", tokens_per_second=1000, max_concurrency=32)
    busy = plan(profile, tokens_per_day=1000 * 86400, peak_concurrency=1, peak_to_average=1)
    assert (busy.replicas, busy.bound) == (2, "throughput")  # 100% load > 80% headroom
    crowded = plan(profile, tokens_per_day=1000, peak_concurrency=100)
    assert (crowded.replicas, crowded.bound) == (4, "concurrency")
    tp2 = plan(EXAMPLES["70b-h100x2"], tokens_per_day=0, peak_concurrency=0, redundancy=1)
    assert (tp2.replicas, tp2.gpus) == (2, 4)
    with pytest.raises(ValueError):
        plan(profile, tokens_per_day=-1, peak_concurrency=0)


def _app() -> typer.Typer:
    app = typer.Typer()
    app.callback()(lambda: None)
    breakeven_command.register(app, typer.Typer())
    capacity_command.register(app, typer.Typer())
    return app


@pytest.mark.slow
def test_breakeven_command_writes_plots(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HYBRIDGATE_HOME", str(tmp_path / "home"))
    runner = CliRunner()
    png = tmp_path / "be.png"
    result = runner.invoke(_app(), ["breakeven", "--json", "--out", str(png)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert 1e6 < data["breakeven_tokens_per_day"] < 1e7
    assert data["local_share_source"].startswith("a default")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    html = tmp_path / "be.html"
    text = runner.invoke(
        _app(), ["breakeven", "--out", str(html), "--local-share", "0.8", "--gpus", "2"]
    )
    assert text.exit_code == 0, text.output
    assert "break-even" in text.output and "GPU $/hour" in text.output
    assert "<svg" in html.read_text()
    bad = runner.invoke(_app(), ["breakeven", "--api-model", "nope", "--out", str(png)])
    assert bad.exit_code == 2


@pytest.mark.slow
def test_breakeven_reads_the_ledger_of_the_config_it_is_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 14: breakeven read the ledger but had no -c/--config."""
    import time

    from hybridgate.accounting.ledger import Ledger
    from hybridgate.observability.calls import CallRecord
    from hybridgate.storage.sql import Database
    from hybridgate.usage import Usage

    monkeypatch.setenv("HYBRIDGATE_HOME", str(tmp_path / "home"))
    url = f"sqlite:///{tmp_path / 'other.db'}"
    ledger = Ledger(Database(url))
    for i, hosted in enumerate((False, False, False, True)):
        ledger.record(
            CallRecord(
                request_id=f"req_{i}", started_at=time.time(), key_id=None,
                requested_model="auto", model="m", hosted=hosted, reason="default",
                status=200, stream=False, usage=Usage(10, 10), usage_estimated=False,
                cost_usd=0.0, latency_s=0.01, attempts=("m",),
            )
        )  # fmt: skip
    ledger.close()
    cfg = tmp_path / "hybridgate.yaml"
    cfg.write_text(
        "models: [{name: m, provider: openai_compatible, hosted: false,"
        f" base_url: 'http://127.0.0.1:1/v1'}}]\ndatabase_url: '{url}'\n"
    )
    png = tmp_path / "be.png"
    args = ["breakeven", "--json", "--out", str(png)]
    result = CliRunner().invoke(_app(), [*args, "-c", str(cfg)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["local_share"], data["local_share_source"]) == (0.75, "the ledger")


def test_capacity_command() -> None:
    runner = CliRunner()
    result = runner.invoke(
        _app(), ["capacity", "--json", "--tokens-per-day", str(800 * 86400 * 0.8 / 3 * 5)]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["gpus"] == 5 and data["bound"] == "throughput"
    assert runner.invoke(_app(), ["capacity", "--profile", "nope"]).exit_code == 2
    assert pytest.approx(30.4167, abs=1e-3) == DAYS_PER_MONTH
