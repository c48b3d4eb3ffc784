"""Pseudonyms for one request: which values become which stable placeholder (`<PERSON_1>`).
The Redactor sends the placeholders to a hosted model; the audit log stores them, so what
it keeps of a request never holds more than what left."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ...schemas import ChatRequest
from ..extract import Entity
from .fields import (
    IDENTIFIER_FIELDS,
    TEXT_SEPARATOR,
    Path,
    body_of,
    entity_values,
    message_text,
    other_fields,
    rewrite,
    scan_forms,
    strings,
)
from .spans import Span

PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*)_(\d+)>")


class SpanFinder(Protocol):
    """What may be an identifier in a text of a request already known to be sensitive
    (the Scanner's recall-oriented threshold, `router.privacy.redact_min_score`)."""

    def find_redactable(self, text: str) -> list[Span]: ...


@dataclass(slots=True)
class Pseudonyms:
    """value ↔ placeholder for one request; the same value always gets the same name."""

    forward: dict[str, str] = field(default_factory=dict)
    backward: dict[str, str] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)
    _pattern: tuple[int, re.Pattern[str]] | None = None

    def name(self, kind: str, value: str) -> str:
        if value in self.forward:
            return self.forward[value]
        n = 1 + sum(1 for p in self.backward if p.startswith(f"<{kind}_"))
        while f"<{kind}_{n}>" in self.taken or f"<{kind}_{n}>" in self.backward:
            # never reuse a tag the text already holds
            n += 1
        placeholder = f"<{kind}_{n}>"
        self.forward[value] = placeholder
        self.backward[placeholder] = value
        return placeholder

    def redact(self, text: str) -> str:
        if not self.forward:
            return text
        # One pass, longest value first: a value containing another is replaced whole, and
        # no value is ever looked for inside a placeholder already put in.
        if self._pattern is None or self._pattern[0] != len(self.forward):
            values = sorted(self.forward, key=len, reverse=True)
            self._pattern = (len(values), re.compile("|".join(map(re.escape, values))))
        return self._pattern[1].sub(lambda m: self.forward[m.group(0)], text)

    def restore(self, text: str, *, json_string: bool = False) -> str:
        def put_back(m: re.Match[str]) -> str:
            value = self.backward.get(m.group(0))
            if value is None:
                return m.group(0)
            return json.dumps(value)[1:-1] if json_string else value

        return PLACEHOLDER.sub(put_back, text)

    def pending(self, text: str) -> int:
        """Where a trailing, possibly incomplete placeholder starts (len(text) if none)."""
        cut = text.rfind("<", max(0, len(text) - self.longest()))
        if cut == -1:
            return len(text)
        tail = text[cut:]
        if ">" in tail:
            return len(text)
        if any(p.startswith(tail) for p in self.backward):
            return cut
        return len(text)

    def longest(self) -> int:
        return max((len(p) for p in self.backward), default=0)

    def add(self, kind: str, value: str) -> None:
        """Name a found value; one that spans texts joined by the separator is also named
        piece by piece, so each piece is replaced where it stands alone."""
        if not value.strip():
            return
        self.name(kind, value)
        if TEXT_SEPARATOR in value:
            for piece in value.split(TEXT_SEPARATOR):
                if piece.strip():
                    self.name(kind, piece)


def plan(
    request: ChatRequest,
    entities: Sequence[Entity],
    finder: SpanFinder | None = None,
    body: dict[str, Any] | None = None,
) -> Pseudonyms:
    """The pseudonyms of a sensitive request: every value the detection reported, plus
    (with a finder) every span of every field that could be an identifier."""
    body = body_of(request) if body is None else body
    names = Pseudonyms()
    for _, text in strings(body):
        names.taken.update(m.group(0) for m in PLACEHOLDER.finditer(text))
    for kind, value in entity_values(request, entities, body):
        names.add(kind, value)
    if finder is None:
        return names
    for message in request.messages:
        text = message_text(message)
        for span in finder.find_redactable(text):
            names.add(span.type, text[span.start : span.end])
    for path, text in other_fields(body):
        for form in scan_forms(path, text):
            for span in finder.find_redactable(form):
                names.add(span.type, text[span.start : span.end])
    return names


def _field(names: Pseudonyms, path: Path, text: str) -> str:
    redacted = names.redact(text)
    if redacted != text and path[-1] in IDENTIFIER_FIELDS and path[0] == "messages":
        # A message `name` must match ^[^\s<|\\/>]+$ upstream: the tag without brackets.
        return redacted.replace("<", "").replace(">", "")
    return redacted


def pseudonymize(request: ChatRequest, names: Pseudonyms) -> ChatRequest:
    """The request with every scannable string's values replaced by their placeholders."""
    body = rewrite(body_of(request), lambda path, text: _field(names, path, text))
    return ChatRequest.model_validate(body)
