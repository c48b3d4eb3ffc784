"""Maps each config `provider` value to a factory that builds its Provider."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..config import CompatModel, Config, EmbeddedModel, LlamaCppModel, ModelConfig, OpenAIModel
from .base import Provider
from .deployments import build_deployments


def _openai(config: ModelConfig, cache_dir: Path) -> Provider:
    from .openai import OpenAIProvider

    assert isinstance(config, OpenAIModel)
    if config.deployments:
        return build_deployments(config, OpenAIProvider)
    return OpenAIProvider(config)


def _compat(config: ModelConfig, cache_dir: Path) -> Provider:
    from .openai_compatible import OpenAICompatibleProvider

    assert isinstance(config, CompatModel)
    if config.deployments:
        return build_deployments(config, OpenAICompatibleProvider)
    return OpenAICompatibleProvider(config)


def _llamacpp(config: ModelConfig, cache_dir: Path) -> Provider:
    from .llamacpp import LlamaCppProvider

    assert isinstance(config, LlamaCppModel)
    return LlamaCppProvider(config, cache_dir)


def _embedded(config: ModelConfig, cache_dir: Path) -> Provider:
    from .embedded import EmbeddedProvider

    assert isinstance(config, EmbeddedModel)
    return EmbeddedProvider(config)


FACTORIES: dict[str, Callable[[ModelConfig, Path], Provider]] = {
    "openai": _openai,
    "openai_compatible": _compat,
    "llamacpp": _llamacpp,
    "embedded": _embedded,
}


def build_providers(config: Config, cache_dir: Path) -> dict[str, Provider]:
    return {m.name: FACTORIES[m.provider](m, cache_dir) for m in config.models}
