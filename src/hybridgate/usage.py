"""Token usage of one upstream call: what pricing prices and every observer records."""

from __future__ import annotations

from dataclasses import dataclass

from .schemas import CompletionUsage


@dataclass(frozen=True, slots=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cached_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens

    @classmethod
    def from_openai(cls, usage: CompletionUsage) -> Usage:
        """The OpenAI wire usage, cached prompt tokens included (they price lower)."""
        details = usage.prompt_tokens_details
        return cls(
            prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens,
            cached_tokens=(details.cached_tokens or 0) if details else 0,
        )
