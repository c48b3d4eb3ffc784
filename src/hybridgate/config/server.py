"""What the served gateway enforces: auth, request caps, rate limits, audit logging,
the embeddings endpoint."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import Strict


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


class EmbeddingsConfig(Strict):
    """POST /v1/embeddings: `builtin` names the bundled MiniLM model every gateway serves
    (null: none); `default` is what `auto` means for embeddings (unset: `builtin`). Inputs
    with personal data are embedded by an in-house model whatever the default."""

    builtin: str | None = Field("local-embed", pattern=r"^[A-Za-z0-9][A-Za-z0-9._:/@-]*$")
    default: str | None = None
    max_inputs: int = Field(2048, gt=0)
