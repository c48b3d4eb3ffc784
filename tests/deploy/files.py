"""The deploy files under test, read the way their tools read them."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
COMPOSE = DEPLOY / "compose.yaml"
GATEWAY_CONFIG = DEPLOY / "hybridgate.yaml"
NGINX = DEPLOY / "nginx.conf"
K8S = DEPLOY / "k8s"
DOCKERFILE = ROOT / "Dockerfile"
# compose-spec/compose-spec schema/compose-spec.json (Apache-2.0), commit 170098ba07d9.
COMPOSE_SCHEMA = Path(__file__).with_name("compose-spec.json")


def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(COMPOSE.read_text())
    return data


def compose_schema() -> dict[str, Any]:
    schema: dict[str, Any] = json.loads(COMPOSE_SCHEMA.read_text())
    return schema


def dockerfile_stages() -> list[list[tuple[str, str]]]:
    """The Dockerfile's instructions, (KEYWORD, arguments), one list per FROM: continuation
    lines joined and comments dropped, as BuildKit reads them."""
    stages: list[list[tuple[str, str]]] = []
    logical = ""
    for line in DOCKERFILE.read_text().splitlines():
        stripped = line.strip()
        if stripped.startswith("#") or not stripped:
            continue
        if stripped.endswith("\\"):
            logical += stripped[:-1] + " "
            continue
        logical += stripped
        keyword, _, args = logical.partition(" ")
        logical = ""
        if keyword.upper() == "FROM":
            stages.append([])
        if stages:
            stages[-1].append((keyword.upper(), args.strip()))
    return stages


def exec_form(args: str) -> list[str]:
    """The JSON array of a CMD/ENTRYPOINT/HEALTHCHECK CMD in exec form."""
    start = args.index("[")
    value = json.loads(args[start:])
    assert isinstance(value, list) and all(isinstance(v, str) for v in value)
    return value


def makefile_weights() -> list[str]:
    """The weight packages `make install` pins."""
    text = (ROOT / "Makefile").read_text()
    (line,) = [ln for ln in text.splitlines() if "--no-deps" in ln and "==" in ln]
    return re.findall(r"[\w.-]+==[\w.]+", line)
