"""`hybridgate keys …` and `hybridgate audit …` on a state directory."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from hybridgate.cli import app, bench_app
from hybridgate.commands import register_all
from hybridgate.config import default_config
from hybridgate.governance.keys import KeyStore
from hybridgate.observability.audit import AuditStore, audit
from hybridgate.settings import Settings
from hybridgate.storage.sql import open_database

from .test_audit import call

register_all(app, bench_app)
runner = CliRunner()


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HYBRIDGATE_HOME", str(tmp_path))
    monkeypatch.delenv("HYBRIDGATE_CONFIG", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    return tmp_path


def test_keys_create_list_revoke(home: Path) -> None:
    made = runner.invoke(app, ["keys", "create", "--name", "team-a", "--models", "local",
                               "--local-only", "--budget-usd", "5", "--rpm", "10",
                               "--tpm", "1000", "--expires", "2999-01-01"])  # fmt: skip
    assert made.exit_code == 0, made.output
    key = made.stdout.strip().splitlines()[-1]
    store = KeyStore(open_database(default_config(), Settings(home=home)))
    info = store.verify(key)
    assert info is not None and info.models == ("local",) and info.local_only
    assert (info.budget_usd_per_day, info.rpm, info.tpm) == (5.0, 10, 1000)

    listed = runner.invoke(app, ["keys", "list", "--json"])
    assert listed.exit_code == 0 and key.split("-", 2)[2] not in listed.output
    assert json.loads(listed.stdout.splitlines()[0])["name"] == "team-a"
    assert "team-a" in runner.invoke(app, ["keys", "list"]).output

    assert runner.invoke(app, ["keys", "revoke", info.id]).exit_code == 0
    assert store.verify(key) is None
    assert runner.invoke(app, ["keys", "revoke", info.id]).exit_code == 1


@pytest.mark.parametrize(
    "args",
    [["--models", "nope"], ["--expires", "2001-01-01"], ["--expires", "soon"], ["--rpm", "0"]],
)
def test_keys_create_rejects_bad_options(home: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["keys", "create", "--name", "x", *args])
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_audit_verify_detects_tampering(home: Path) -> None:
    store = AuditStore(open_database(default_config(), Settings(home=home)))
    store.append([call(i) for i in range(3)], "metadata")
    ok = runner.invoke(app, ["audit", "verify"])
    assert ok.exit_code == 0 and "3 record(s)" in ok.output
    assert "llama-local" in runner.invoke(app, ["audit", "show"]).output
    with store.db.begin() as conn:
        conn.execute(update(audit).where(audit.c.seq == 2).values(status=500))
    bad = runner.invoke(app, ["audit", "verify"])
    assert bad.exit_code == 1 and "seq 2" in bad.output
    purged = runner.invoke(app, ["audit", "purge", "--retention-days", "0"])
    assert purged.exit_code == 0 and "purged 0" in purged.output
