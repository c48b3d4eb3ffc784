"""load_config(): YAML (or a mapping) → validated Config, errors that name the key, and
the built-in default config."""

from __future__ import annotations

import os
from pathlib import Path

import yaml
from pydantic import ValidationError

from ..errors import ConfigError
from .models import PROVIDER_KINDS
from .root import Config


def format_errors(source: str, exc: ValidationError) -> str:
    """A pydantic error as config-error lines, one per mistake, each naming its key path."""
    lines = []
    errors = exc.errors(include_url=False)
    for err in errors:
        loc = err["loc"]
        # A list whose items failed is then also "too short": the item errors say it.
        if err["type"] == "too_short" and any(o["loc"][: len(loc)] == loc and o is not err
                                              for o in errors):  # fmt: skip
            continue
        parts: list[str] = []
        for i, item in enumerate(err["loc"]):
            # Drop the discriminator tag pydantic inserts after a list index.
            if item in PROVIDER_KINDS and i > 0 and isinstance(err["loc"][i - 1], int):
                continue
            parts.append(str(item))
        ctx = err.get("ctx", {})
        if err["type"] in ("union_tag_invalid", "union_tag_not_found"):
            # pydantic names the discriminator in its own words; say it as a key path.
            parts.append(str(ctx.get("discriminator", "")).strip("'"))
        path = ".".join(parts)
        if err["type"] == "literal_error":
            msg = f"must be one of {ctx.get('expected', '')}"
        elif err["type"] == "union_tag_invalid":
            tags = str(ctx.get("expected_tags", "")).split(", ")
            expected = " or ".join([", ".join(tags[:-1]), tags[-1]] if len(tags) > 1 else tags)
            msg = f"must be one of {expected} (got {ctx.get('tag')!r})"
        elif err["type"] == "union_tag_not_found" or err["type"] == "missing":
            msg = "required"
        elif err["type"] == "too_short":
            msg = f"needs at least {ctx.get('min_length')} item(s)"
        elif err["type"] == "extra_forbidden":
            msg = "unknown key"
        else:
            msg = err["msg"].removeprefix("Value error, ")
        # Checks across keys (unknown model names, duplicates) put the path in the message.
        lines.append(f"{source}: {path}: {msg}" if path else f"{source}: {msg}")
    return "\n".join(lines)


def parse_config(data: object, source: str = "config") -> Config:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping at the top level")
    try:
        return Config.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(format_errors(source, exc)) from None


def load_config(path: Path | str | None = None) -> Config:
    """Load and validate a YAML config; with no path (and no HYBRIDGATE_CONFIG), the
    built-in default: the embedded local model, plus OpenAI when OPENAI_API_KEY is set."""
    if path is None:
        path = os.environ.get("HYBRIDGATE_CONFIG") or None
    if path is None:
        return default_config()
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(
            f"{path.name}:{where} invalid YAML: {getattr(exc, 'problem', exc)}"
        ) from None
    return parse_config(data, path.name)


DEFAULT_HOSTED_MODEL = "gpt-5.4"
DEFAULT_LOCAL_MODEL = "local"


def default_config() -> Config:
    models: list[dict[str, object]] = [
        {"name": DEFAULT_LOCAL_MODEL, "provider": "llamacpp"},
    ]
    router: dict[str, object] = {}
    if os.environ.get("OPENAI_API_KEY"):
        models.insert(
            0,
            {
                "name": DEFAULT_HOSTED_MODEL,
                "provider": "openai",
                "context_window": 1_050_000,
                "max_output_tokens": 128_000,
                "pricing": {"input": 2.50, "cached_input": 0.25, "output": 15.00},
            },
        )
        router["fallbacks"] = {DEFAULT_HOSTED_MODEL: [DEFAULT_LOCAL_MODEL]}
        # Both tiers exist: hard requests to the hosted model, easy ones stay local.
        router["difficulty"] = {"strong": DEFAULT_HOSTED_MODEL, "weak": DEFAULT_LOCAL_MODEL}
    return parse_config({"models": models, "router": router}, "default config")
