"""Model entries: one per served model (provider, prices, licence, deployments, aliases)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, ValidationInfo, field_validator, model_validator

from .base import Strict, resolve_secret

Capability = Literal["text", "images", "tools", "json_object", "json_schema", "embeddings"]
PROVIDER_KINDS = ("openai", "openai_compatible", "llamacpp", "embedded")


class Pricing(Strict):
    """USD per 1M tokens; prompts above `long_context_threshold` input tokens pay the
    multipliers on the whole call (as OpenAI prices its long-context tier). On a hosted
    OpenAI model the keys set here override its entry in the pricing catalog
    (data/pricing.yaml) key by key; without `pricing:` the catalog price applies."""

    input: float = Field(ge=0)
    cached_input: float | None = Field(None, ge=0)
    output: float = Field(ge=0)
    long_context_threshold: int | None = Field(None, gt=0)
    long_context_input_multiplier: float = Field(1.0, ge=1)
    long_context_output_multiplier: float = Field(1.0, ge=1)
    source: str | None = None


class SelfHostedCost(Strict):
    """What a self-hosted model costs: a fixed price per period spread over its tokens."""

    usd_per_month: float | None = Field(None, ge=0)
    usd_per_hour: float | None = Field(None, ge=0)
    tokens_per_month: float | None = Field(None, gt=0)
    tokens_per_second: float | None = Field(None, gt=0)
    utilization: float = Field(0.5, gt=0, le=1)

    @model_validator(mode="after")
    def _complete(self) -> SelfHostedCost:
        if self.usd_per_month is None and self.usd_per_hour is None:
            raise ValueError("set usd_per_month or usd_per_hour")
        if self.tokens_per_month is None and self.tokens_per_second is None:
            raise ValueError("set tokens_per_month or tokens_per_second")
        return self


class License(Strict):
    """The terms a model is used under (`license:` on a model; else the licence catalog,
    data/licenses.yaml). `restricts_training`: the terms limit using the model's outputs
    to train other models (`hybridgate export distill` then needs --accept-terms)."""

    name: str = Field(min_length=1)
    url: str | None = Field(None, pattern=r"^https?://")
    notes: str | None = None
    restricts_training: bool = False


MODEL_NAME = r"^[A-Za-z0-9][A-Za-z0-9._:/@-]*$"


class ModelBase(Strict):
    name: str = Field(min_length=1, pattern=MODEL_NAME)
    # Other names clients may send for this model (routing, keys and the ledger use `name`).
    aliases: tuple[Annotated[str, Field(min_length=1, pattern=MODEL_NAME)], ...] = ()
    model: str | None = Field(None, description="Upstream model id; defaults to name.")
    hosted: bool
    context_window: int = Field(128_000, gt=0)
    max_output_tokens: int | None = Field(None, gt=0)
    capabilities: tuple[Capability, ...] = ("text",)
    pricing: Pricing | None = None
    self_hosted_cost: SelfHostedCost | None = None
    timeout: float = Field(60.0, gt=0)
    license: License | None = None

    @property
    def upstream_model(self) -> str:
        return self.model or self.name

    def supports(self, capability: Capability) -> bool:
        if capability == "json_object" and "json_schema" in self.capabilities:
            return True
        return capability in self.capabilities

    @field_validator("aliases")
    @classmethod
    def _own_aliases(cls, value: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        for i, alias in enumerate(value):
            if alias == info.data.get("name"):
                raise ValueError(f"{alias!r} is the model's own name")
            if alias == "auto":
                raise ValueError('"auto" is reserved for routing')
            if alias in value[:i]:
                raise ValueError(f"{alias!r} is listed twice")
        return value


class Deployment(Strict):
    """One server of a model served from several (`deployments:`), e.g. two vLLM replicas
    of the same open model. Unset `api_key` / `timeout` are the model's."""

    base_url: str = Field(pattern=r"^https?://")
    weight: float = Field(1.0, gt=0)
    api_key: SecretStr | None = None
    api_key_env: str | None = Field(None, min_length=1, description="Read api_key from here.")
    timeout: float | None = Field(None, gt=0)

    @model_validator(mode="before")
    @classmethod
    def _key_from_env(cls, data: object) -> object:
        if not isinstance(data, dict) or not isinstance(data.get("api_key_env"), str):
            return data
        if data.get("api_key") is not None:
            raise ValueError("set api_key or api_key_env, not both")
        var = data["api_key_env"]
        if var not in os.environ:
            raise ValueError(f"api_key_env: environment variable {var} is not set")
        return {**data, "api_key": os.environ[var]}

    @field_validator("api_key", mode="before")
    @classmethod
    def _env(cls, value: object) -> object:
        return resolve_secret(value)


class Ejection(Strict):
    """Passive health of a model's deployments: one that fails `failures` times in a row
    (connection errors, timeouts, 5xx) is left out for `cooldown` seconds; then one request
    is let through to probe it (half-open), and its outcome restores or ejects it again."""

    failures: int = Field(3, ge=1)
    cooldown: float = Field(30.0, gt=0)


class Deployable(ModelBase):
    """A model reached over HTTP: one `base_url`, or several `deployments` of the same
    model that share its load (providers/deployments.py)."""

    deployments: tuple[Deployment, ...] | None = None
    ejection: Ejection = Ejection()

    @field_validator("deployments")
    @classmethod
    def _not_empty(cls, value: tuple[Deployment, ...] | None) -> tuple[Deployment, ...] | None:
        if value is not None and not value:
            raise ValueError("needs at least one deployment (or use base_url)")
        return value

    @model_validator(mode="after")
    def _one_address(self) -> Deployable:
        if self.deployments is not None and getattr(self, "base_url", None) is not None:
            raise ValueError("set base_url (one server) or deployments (several), not both")
        if self.deployments is None and "ejection" in self.model_fields_set:
            raise ValueError("ejection: only applies to a model with deployments")
        return self


class OpenAIModel(Deployable):
    provider: Literal["openai"]
    hosted: bool = True
    api_key: SecretStr = Field(default_factory=lambda: SecretStr("env:OPENAI_API_KEY"))
    base_url: str | None = None
    capabilities: tuple[Capability, ...] = ("text", "images", "tools", "json_schema")

    @field_validator("api_key", mode="before")
    @classmethod
    def _env(cls, value: object) -> object:
        return resolve_secret(value)

    @field_validator("api_key", mode="after")
    @classmethod
    def _env_default(cls, value: SecretStr) -> SecretStr:
        return SecretStr(str(resolve_secret(value.get_secret_value())))


class CompatModel(Deployable):
    provider: Literal["openai_compatible"]
    base_url: str | None = Field(None, pattern=r"^https?://")
    api_key: SecretStr | None = None
    max_connections: int = Field(100, gt=0)

    @field_validator("api_key", mode="before")
    @classmethod
    def _env(cls, value: object) -> object:
        return resolve_secret(value)

    @model_validator(mode="after")
    def _has_address(self) -> CompatModel:
        if self.base_url is None and self.deployments is None:
            raise ValueError("set base_url (one server) or deployments (several)")
        return self


class LlamaCppModel(ModelBase):
    provider: Literal["llamacpp"]
    hosted: bool = False
    model_path: Path | None = Field(None, description="A GGUF file; default: bundled SmolLM2.")
    context_window: int = Field(8192, gt=0)
    max_output_tokens: int | None = Field(1024, gt=0)
    n_threads: int | None = Field(None, gt=0)
    # Threads for batches (a prompt, or several requests decoding together); default: the
    # usable cores, 1 to 4 (at least n_threads).
    n_threads_batch: int | None = Field(None, gt=0)
    # Requests decoded together (continuous batching); they share the context_window's KV cache.
    parallel: int = Field(4, ge=1, le=64)
    chat_format: str | None = None
    seed: int = 0
    # SmolLM2-135M drifts into other languages at the library default (0.2); greedy
    # decoding answers correctly. Used when the request sets no temperature.
    temperature: float = Field(0.0, ge=0, le=2)

    @field_validator("capabilities")
    @classmethod
    def _no_embeddings(cls, value: tuple[Capability, ...]) -> tuple[Capability, ...]:
        if "embeddings" in value:
            raise ValueError("llamacpp models do not serve embeddings (use provider: embedded)")
        return value

    @field_validator("model_path")
    @classmethod
    def _exists(cls, value: Path | None) -> Path | None:
        if value is None:
            return None
        path = value.expanduser()
        if not path.is_file():
            raise ValueError(f"no such file: {value}")
        return path


class EmbeddedModel(ModelBase):
    """The embedding model that ships with hybridgate: all-MiniLM-L6-v2 run in process
    (384 dimensions, inputs cut at `max_tokens` word pieces, as sentence-transformers does).
    Served as `embeddings.builtin` (default `local-embed`) without any config."""

    provider: Literal["embedded"]
    hosted: bool = False
    capabilities: tuple[Capability, ...] = ("embeddings",)
    context_window: int = Field(8192, gt=0)
    max_tokens: int = Field(256, gt=0, le=512)

    @field_validator("capabilities")
    @classmethod
    def _embeddings_only(cls, value: tuple[Capability, ...]) -> tuple[Capability, ...]:
        if tuple(value) != ("embeddings",):
            raise ValueError("an embedded model serves embeddings only: [embeddings]")
        return value


ModelConfig = Annotated[
    OpenAIModel | CompatModel | LlamaCppModel | EmbeddedModel, Field(discriminator="provider")
]
