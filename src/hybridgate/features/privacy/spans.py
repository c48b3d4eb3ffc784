"""Found spans inside one text: the common currency of every detector layer."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    type: str
    start: int
    end: int
    score: float

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans collapse into the higher-scoring (then longer) one."""
    ordered = sorted(spans, key=lambda s: (-s.score, -(s.end - s.start), s.start))
    kept: list[Span] = []
    for span in ordered:
        if not any(span.overlaps(k) for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
