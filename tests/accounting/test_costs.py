"""Spend breakdowns, savings against the strongest hosted model, `hybridgate costs`."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import typer
import yaml
from typer.testing import CliRunner

from hybridgate.accounting.ledger import Ledger
from hybridgate.accounting.pricing import Usage
from hybridgate.accounting.savings import parse_since, reference_model, report
from hybridgate.commands import costs as costs_command
from hybridgate.config import parse_config
from hybridgate.errors import ConfigError
from hybridgate.observability.calls import CallRecord
from hybridgate.storage.sql import Database

from ..conftest import base_config
from ..dbs import database_url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


def _call(i: int, model: str, hosted: bool, reason: str, usage: Usage, cost: float, ts: float):  # type: ignore[no-untyped-def]
    return CallRecord(
        request_id=f"r{i}",
        started_at=ts,
        key_id="team-a" if i % 2 else None,
        requested_model="auto",
        model=model,
        hosted=hosted,
        reason=reason,
        status=200,
        stream=False,
        usage=usage,
        usage_estimated=False,
        cost_usd=cost,
        latency_s=0.1,
        attempts=(model,),
    )


CONFIG = base_config("http://127.0.0.1:9")


def _fill(url: str) -> None:
    ledger = Ledger(Database(url))
    now = time.time()
    # gpt-hosted: $2.5 in / $15 out per 1M.
    ledger.record(_call(1, "gpt-hosted", True, "difficulty", Usage(1000, 1000), 0.0175, now))
    ledger.record(_call(2, "llama-local", False, "privacy", Usage(1000, 1000), 0.001, now))
    ledger.record(_call(3, "llama-local", False, "difficulty", Usage(3000, 0), 0.002, now))
    ledger.record(_call(4, "gpt-hosted", True, "explicit", Usage(1, 1), 1.0, now - 30 * 86400))
    ledger.close()


def test_report_breakdowns_and_savings(db_url: str) -> None:
    _fill(db_url)
    config = parse_config(CONFIG)
    result = report(Database(db_url), config, since=time.time() - 86400)
    assert result.calls == 3 and result.local_calls == 2
    by_model = {line.group: line for line in result.by["model"]}
    assert by_model["llama-local"].calls == 2
    assert by_model["llama-local"].cost_usd == pytest.approx(0.003)
    assert {line.group for line in result.by["key"]} == {"team-a", "(none)"}
    assert sum(line.calls for line in result.by["reason"]) == 3
    s = result.savings
    assert s.reference == "gpt-hosted"
    assert s.actual_usd == pytest.approx(0.0205)
    assert s.counterfactual_usd == pytest.approx((5000 * 2.5 + 2000 * 15) / 1e6)
    assert 0 < s.saved_share < 1
    everything = report(Database(db_url), config)
    assert everything.calls == 4


def test_reference_and_since() -> None:
    config = parse_config(CONFIG)
    assert reference_model(config)[0] == "gpt-hosted"
    assert reference_model(config, "gpt-4o")[1].output == 10.0
    with pytest.raises(ConfigError):
        reference_model(config, "no-such-model")
    assert parse_since("2d", now=200000.0) == pytest.approx(200000 - 2 * 86400)
    assert parse_since("2026-01-01") == pytest.approx(1767225600)
    with pytest.raises(ConfigError):
        parse_since("yesterday")


def test_costs_command_json_and_table(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    _fill(url)
    path = tmp_path / "hg.yaml"
    path.write_text(yaml.safe_dump({**CONFIG, "database_url": url}))
    runner = CliRunner()
    app = typer.Typer()
    app.callback()(lambda: None)
    costs_command.register(app, typer.Typer())
    result = runner.invoke(app, ["costs", "-c", str(path), "--json", "--since", "1d"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["calls"] == 3
    assert data["savings"]["reference"] == "gpt-hosted"
    table = runner.invoke(app, ["costs", "-c", str(path), "--by", "reason"])
    assert table.exit_code == 0 and "difficulty" in table.output and "saved" in table.output
    bad = runner.invoke(app, ["costs", "-c", str(path), "--since", "later"])
    assert bad.exit_code == 2
