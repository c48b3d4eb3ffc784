"""A key's own privacy mode (on_sensitive, issue 19): stored with the key (CLI and admin
API), carried by its Principal, and applied over router.privacy.on_sensitive."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from hybridgate.cli import app
from hybridgate.config import default_config, parse_config
from hybridgate.features import FeatureExtractor
from hybridgate.features.privacy import Scanner
from hybridgate.gateway import Gateway
from hybridgate.governance.keys import KeyStore
from hybridgate.server import create_app
from hybridgate.server.keys import KeyAuthenticator
from hybridgate.settings import Settings
from hybridgate.storage.sql import Database, open_database

from ..conftest import base_config
from ..fakes.upstream import FakeUpstream, Reply
from ..servers import ServedApp
from .conftest import ADMIN_KEY

runner = CliRunner()
BRIEF = "What are a tenant's options when a landlord has not returned a 1,200 EUR deposit?"


def test_keys_create_stores_the_privacy_mode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HYBRIDGATE_HOME", str(tmp_path))
    monkeypatch.delenv("HYBRIDGATE_CONFIG", raising=False)
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    made = runner.invoke(app, ["keys", "create", "--name", "a", "--on-sensitive", "escalate"])
    assert made.exit_code == 0, made.output
    store = KeyStore(open_database(default_config(), Settings(home=tmp_path)))
    info = store.verify(made.stdout.strip().splitlines()[-1])
    assert info is not None and info.principal().on_sensitive == "escalate"
    assert info.view()["on_sensitive"] == "escalate"
    bad = runner.invoke(app, ["keys", "create", "--name", "b", "--on-sensitive", "maybe"])
    assert bad.exit_code != 0 and "--on-sensitive" in bad.output


@pytest.mark.slow
@pytest.mark.anyio
async def test_a_key_that_escalates_over_a_gateway_that_keeps_local(
    fake_upstream: FakeUpstream, tmp_path: Path
) -> None:
    config = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    config["auth"] = {"enabled": True, "cache_seconds": 0}
    db = Database(f"sqlite:///{tmp_path / 'keys.db'}")
    store = KeyStore(db)
    gateway = Gateway(
        parse_config(config, "test"),
        cache_dir=tmp_path / "models",
        extractor=FeatureExtractor(privacy=Scanner()),  # no NER: the e-mail is enough
    )
    application = create_app(
        gateway,
        settings=Settings(home=tmp_path / "home", admin_key=ADMIN_KEY),
        authenticator=KeyAuthenticator(store, ADMIN_KEY, cache_seconds=0),
    )
    with ServedApp(application) as served:
        async with httpx.AsyncClient(base_url=served.url, timeout=10) as http:
            admin = {"authorization": f"Bearer {ADMIN_KEY}"}
            made = await http.post(
                "/v1/admin/keys", json={"name": "e", "on_sensitive": "escalate"}, headers=admin
            )
            assert made.status_code == 201 and made.json()["on_sensitive"] == "escalate"
            plain = await http.post("/v1/admin/keys", json={"name": "p"}, headers=admin)
            body = {
                "model": "gpt-hosted",
                "messages": [{"role": "user", "content": f"I'm ann@example.com. {BRIEF}"}],
            }
            fake_upstream.script("llama-local", [Reply(text=BRIEF)])
            escalated = await http.post(
                "/v1/chat/completions",
                json=body,
                headers={"authorization": f"Bearer {made.json()['key']}"},
            )
            kept = await http.post(
                "/v1/chat/completions",
                json=body,
                headers={"authorization": f"Bearer {plain.json()['key']}"},
            )
    assert escalated.headers["x-hybridgate-route-reason"] == "privacy_escalation"
    assert escalated.json()["choices"][0]["message"]["content"] == f"echo: {BRIEF}"
    assert kept.headers["x-hybridgate-route-reason"] == "privacy"
    assert kept.headers["x-hybridgate-model"] == "llama-local"
    hosted = [r for r in fake_upstream.requests if r["model"] == "gpt-hosted"]
    assert [r["messages"] for r in hosted] == [[{"role": "user", "content": BRIEF}]]
    db.dispose()
