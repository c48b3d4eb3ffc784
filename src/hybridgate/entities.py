"""Entity: an identifier the privacy scan found in a request, as routing, redaction and
every observer see it (type names, offsets; never the value)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Entity:
    """A found identifier: offsets into message `message_index`'s joined texts, or, for
    any other field of the request, into that field (`field`, message_index -1)."""

    type: str
    start: int
    end: int
    message_index: int
    score: float = 1.0
    field: str | None = None  # dotted path, e.g. "messages.2.name", "metadata.customer"
