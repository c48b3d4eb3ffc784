"""`hybridgate export distill` on a recorded run (traffic served over loopback, then the CLI
as a subprocess on the same database), and licence metadata in `hybridgate models` and
/v1/models."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import anyio
import pytest
import yaml

from hybridgate.config import parse_config
from hybridgate.errors import ConfigError
from hybridgate.execution.compare import Evaluator
from hybridgate.features import FeatureExtractor
from hybridgate.features.privacy import Scanner
from hybridgate.storage.evaluations import EvaluationStore, Verdict

from ..conftest import base_config
from ..fakes.upstream import Fail, FakeUpstream, Reply
from ..test_cli import run
from .conftest import ADMIN_KEY, Secured

SECRET = "jane.doe@example.com"
ROLES = {"system", "user", "assistant"}


def _check_line(line: str) -> list[dict[str, str]]:
    """One example as OpenAI's fine-tuning chat format wants it."""
    example = json.loads(line)
    assert set(example) == {"messages"}
    messages = example["messages"]
    assert isinstance(messages, list) and len(messages) >= 2
    for message in messages:
        assert set(message) == {"role", "content"}
        assert message["role"] in ROLES
        assert isinstance(message["content"], str) and message["content"].strip()
    assert messages[-1]["role"] == "assistant"
    assert any(m["role"] == "user" for m in messages)
    return list(messages)


def _cli_config(tmp_path: Path, upstream: str, prompts: str, **extra: Any) -> Path:
    cfg = base_config(upstream)
    cfg["database_url"] = f"sqlite:///{tmp_path / 'gw0.db'}"
    cfg["logging"] = {"prompts": prompts}
    cfg.update(extra)
    path = tmp_path / "cli.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path


async def _post(gw: Secured, key: str, text: str, model: str, **headers: str) -> int:
    body = {
        "model": model,
        "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": text}],
    }
    response = await gw.http.post(
        "/v1/chat/completions",
        json=body,
        headers={"authorization": f"Bearer {key}", **headers},
    )
    return response.status_code


@pytest.mark.anyio
async def test_export_distill_from_a_recorded_run(
    secured: Any, fake_upstream: FakeUpstream, tmp_path: Path
) -> None:
    gw: Secured = await secured(prompts="full")
    opted = await gw.new_key(scopes=["distill"])
    other = await gw.new_key()
    store = EvaluationStore(gw.store.db)
    gw.gateway.evaluator = Evaluator(gw.gateway.config, gw.gateway.executor, store)
    gw.gateway.extractor = FeatureExtractor(privacy=Scanner())

    assert await _post(gw, opted, "Explain TCP slow start.", "gpt-hosted") == 200
    assert await _post(gw, opted, "Explain  TCP slow start.", "gpt-hosted") == 200  # duplicate
    evaluate = {"x-hybridgate-evaluate": "true"}
    assert await _post(gw, opted, "Compare B-trees and LSM trees.", "gpt-hosted", **evaluate) == 200
    fake_upstream.script("gpt-hosted", [Reply("I'm sorry, but I can't help with that.")])
    assert await _post(gw, opted, "Write a limerick.", "gpt-hosted") == 200  # refusal
    fake_upstream.script("gpt-hosted", [Fail(400)])
    assert await _post(gw, opted, "Summarise RFC 9000.", "gpt-hosted") == 400  # failed
    # Sensitive: privacy keeps it in house (on_sensitive: local); no hosted answer exists.
    assert await _post(gw, opted, f"Email {SECRET} my salary slip", "auto") == 200
    assert await _post(gw, opted, "What is a mutex?", "llama-local") == 200  # local answer
    assert await _post(gw, other, "What is DNS?", "gpt-hosted") == 200  # not opted in
    deadline = time.monotonic() + 10
    while not store.list(disagreements_only=False):
        assert time.monotonic() < deadline, "the comparison was not stored"
        await anyio.sleep(0.05)
    await gw.gateway.evaluator.drain()
    gw.audit.flush()
    config = _cli_config(tmp_path, fake_upstream.url, "full")  # type: ignore[attr-defined]
    out = tmp_path / "out" / "distill.jsonl"
    home = tmp_path / "cli-home"

    refused = run("export", "distill", "-c", str(config), "-o", str(out), home=home)
    assert refused.returncode == 1, refused.stderr
    assert "OpenAI Services Agreement" in refused.stdout
    assert "compete with OpenAI" in refused.stdout
    assert "--accept-terms" in refused.stderr and not out.exists()

    done = run("export", "distill", "-c", str(config), "-o", str(out), "--accept-terms", home=home)
    assert done.returncode == 0, done.stderr
    lines = out.read_text().splitlines()
    examples = [_check_line(line) for line in lines]
    prompts = sorted(m[-2]["content"] for m in examples)
    assert prompts == ["Compare B-trees and LSM trees.", "Explain TCP slow start."]
    assert examples[0][0] == {"role": "system", "content": "Be brief."}
    assert examples[0][-1]["content"].startswith("echo: ")
    text = out.read_text()
    for absent in (SECRET, "limerick", "RFC 9000", "mutex", "DNS"):
        assert absent not in text
    card = json.loads((tmp_path / "out" / "distill.card.json").read_text())
    assert card["examples"] == 2 and card["terms_accepted"] is True
    dropped = card["dropped"]
    assert (dropped["duplicate"], dropped["refusal"], dropped["failed"]) == (1, 1, 1)
    assert dropped["not_opted_in"] == 1 and dropped["sensitive"] == 0
    assert card["sources"] == {"audit:full": 2}
    assert card["teachers"][0]["model"] == "gpt-hosted"
    assert card["teachers"][0]["license"]["restricts_training"] is True
    assert "compete with OpenAI" in (tmp_path / "out" / "distill.card.md").read_text()

    # Only answers a reviewer found better than the in-house one.
    (row,) = store.list(disagreements_only=False)
    assert row.id is not None
    store.review(row.id, Verdict.HOSTED_BETTER, "reviewer", time.time())
    reviewed = run(
        "export", "distill", "-c", str(config), "-o", str(out), "--accept-terms",
        "--reviewed-only", home=home,
    )  # fmt: skip
    assert reviewed.returncode == 0, reviewed.stderr
    (only,) = [_check_line(line) for line in out.read_text().splitlines()]
    assert only[-2]["content"] == "Compare B-trees and LSM trees."


@pytest.mark.anyio
async def test_texts_not_stored_is_said_not_exported_silently(
    secured: Any, fake_upstream: FakeUpstream, tmp_path: Path
) -> None:
    gw: Secured = await secured(prompts="metadata")
    opted = await gw.new_key(scopes=["distill"])
    assert await _post(gw, opted, "Explain TCP slow start.", "gpt-hosted") == 200
    gw.audit.flush()
    config = _cli_config(tmp_path, fake_upstream.url, "metadata")  # type: ignore[attr-defined]
    out = tmp_path / "distill.jsonl"
    result = run(
        "export", "distill", "-c", str(config), "-o", str(out), "--accept-terms",
        home=tmp_path / "cli-home",
    )  # fmt: skip
    assert result.returncode == 1
    assert "no prompt or answer text" in result.stderr and "'metadata'" in result.stderr
    assert not out.exists()


def test_license_config_is_strict() -> None:
    cfg = base_config("http://127.0.0.1:9")
    cfg["models"][1]["license"] = {"name": "Apache-2.0", "url": "https://x.test/l", "notes": "n"}
    parsed = parse_config(cfg, "test")
    assert parsed.models[1].license is not None
    assert parsed.models[1].license.name == "Apache-2.0"
    cfg["models"][1]["license"] = {"name": "x", "version": 2}
    with pytest.raises(ConfigError, match=r"models\.1\.license\.version: unknown key"):
        parse_config(cfg, "test")


def _licensed(upstream: str) -> dict[str, Any]:
    cfg = base_config(upstream)
    cfg["models"][1]["model"] = "meta-llama/Llama-4-Scout-17B-16E-Instruct"
    cfg["models"].append(
        {
            "name": "oss",
            "provider": "openai_compatible",
            "model": "openai/gpt-oss-20b",
            "base_url": f"{upstream}/v1",
            "hosted": False,
        }
    )
    return cfg


@pytest.mark.anyio
async def test_models_show_licences(
    secured: Any, fake_upstream: FakeUpstream, tmp_path: Path
) -> None:
    cfg = _licensed(fake_upstream.url)  # type: ignore[attr-defined]
    gw: Secured = await secured(models=cfg["models"])
    response = await gw.http.get("/v1/models", headers={"authorization": f"Bearer {ADMIN_KEY}"})
    assert response.status_code == 200, response.text
    data = {m["id"]: m for m in response.json()["data"]}
    assert data["gpt-hosted"]["license"]["restricts_training"] is True
    llama = data["llama-local"]["license"]
    assert llama["name"] == "Llama 4 Community License Agreement"
    assert "700 million monthly active users" in llama["notes"]
    assert data["oss"]["license"]["name"] == "Apache-2.0"
    assert data["oss"]["license"]["restricts_training"] is False
    assert data["auto"].get("license") is None and data["gpt-hosted"]["hosted"] is True

    path = tmp_path / "m.yaml"
    path.write_text(yaml.safe_dump(cfg))
    listed = run("models", "-c", str(path), home=tmp_path / "h")
    assert listed.returncode == 0, listed.stderr
    assert "Llama 4 Community" in listed.stdout and "Apache-2.0" in listed.stdout
