"""Config models (strict pydantic) and load_config(): YAML → validated Config.

One module per part of the file: `models` (model entries), `router` (routing and privacy),
`server` (auth, limits, logging, embeddings), `budgets`, `root` (`Config` and the checks
across its sections), `load` (YAML, error lines that name the key, the default config).
"""

from __future__ import annotations

from .base import Strict, resolve_secret
from .budgets import BudgetLimit, BudgetsConfig, BudgetWindow
from .load import (
    DEFAULT_HOSTED_MODEL,
    DEFAULT_LOCAL_MODEL,
    default_config,
    format_errors,
    load_config,
    parse_config,
)
from .models import (
    MODEL_NAME,
    PROVIDER_KINDS,
    Capability,
    CompatModel,
    Deployable,
    Deployment,
    Ejection,
    EmbeddedModel,
    License,
    LlamaCppModel,
    ModelBase,
    ModelConfig,
    OpenAIModel,
    Pricing,
    SelfHostedCost,
)
from .root import Config, with_builtin_models
from .router import (
    BreakerConfig,
    DifficultyConfig,
    EscalateConfig,
    EvaluateConfig,
    PrivacyConfig,
    RetryConfig,
    RouterConfig,
    SpecialistConfig,
)
from .server import AuthConfig, EmbeddingsConfig, LimitsConfig, LoggingConfig, ServerConfig

__all__ = [
    "DEFAULT_HOSTED_MODEL",
    "DEFAULT_LOCAL_MODEL",
    "MODEL_NAME",
    "PROVIDER_KINDS",
    "AuthConfig",
    "BreakerConfig",
    "BudgetLimit",
    "BudgetWindow",
    "BudgetsConfig",
    "Capability",
    "CompatModel",
    "Config",
    "Deployable",
    "Deployment",
    "DifficultyConfig",
    "Ejection",
    "EmbeddedModel",
    "EmbeddingsConfig",
    "EscalateConfig",
    "EvaluateConfig",
    "License",
    "LimitsConfig",
    "LlamaCppModel",
    "LoggingConfig",
    "ModelBase",
    "ModelConfig",
    "OpenAIModel",
    "Pricing",
    "PrivacyConfig",
    "RetryConfig",
    "RouterConfig",
    "SelfHostedCost",
    "ServerConfig",
    "SpecialistConfig",
    "Strict",
    "default_config",
    "format_errors",
    "load_config",
    "parse_config",
    "resolve_secret",
    "with_builtin_models",
]
