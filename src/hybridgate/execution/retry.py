"""Retry policy for one model's attempts: which upstream errors are worth another try, and
how long to wait first (exponential backoff with full jitter, honouring Retry-After)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from ..config import RetryConfig
from ..errors import UpstreamError, UpstreamRejected, UpstreamTimeout

# Statuses where the same request may succeed a moment later.
RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})


def is_retryable(error: UpstreamError, *, retry_timeouts: bool = False) -> bool:
    """Connect errors, resets, 429 and 5xx are; a request the upstream rejected is not. A
    timeout costs a whole `timeout` again, so by default it moves on to the fallback."""
    if isinstance(error, UpstreamRejected) or not error.retryable:
        return False
    if isinstance(error, UpstreamTimeout):
        return retry_timeouts
    status = error.upstream_status
    return status is None or status in RETRYABLE_STATUSES


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 2
    initial_backoff: float = 0.1
    max_backoff: float = 2.0
    max_retry_after: float = 5.0
    retry_timeouts: bool = False
    rng: random.Random = field(default_factory=random.Random, compare=False)

    @classmethod
    def from_config(cls, config: RetryConfig, rng: random.Random | None = None) -> RetryPolicy:
        return cls(
            attempts=config.attempts,
            initial_backoff=config.initial_backoff,
            max_backoff=config.max_backoff,
            max_retry_after=config.max_retry_after,
            retry_timeouts=config.retry_timeouts,
            rng=rng or random.Random(),
        )

    def delay(self, attempt: int, error: UpstreamError) -> float | None:
        """Seconds to wait before attempt `attempt + 1` (attempt counts from 1), or None
        when the model should not be tried again for this request."""
        if attempt >= self.attempts or not is_retryable(error, retry_timeouts=self.retry_timeouts):
            return None
        if error.retry_after is not None:
            # The upstream said when; waiting longer than we allow means: use the fallback.
            return error.retry_after if error.retry_after <= self.max_retry_after else None
        ceiling = min(self.max_backoff, self.initial_backoff * 2 ** (attempt - 1))
        return self.rng.uniform(0, ceiling)  # full jitter: spreads a herd of retries


NO_RETRY = RetryPolicy(attempts=1)
