"""Layer 4: organisation-specific deny-lists from config: terms (customer names, project
code names) and named regexes."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from .spans import Span


class DenyList:
    def __init__(self, terms: Sequence[str] = (), patterns: Mapping[str, str] | None = None):
        words = sorted({t.strip() for t in terms if t.strip()}, key=len, reverse=True)
        self._terms = (
            re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)", re.I)
            if words
            else None
        )
        self._patterns = [(name, re.compile(rx)) for name, rx in (patterns or {}).items()]

    def __bool__(self) -> bool:
        return self._terms is not None or bool(self._patterns)

    def scan(self, text: str) -> Iterator[Span]:
        if self._terms is not None:
            for m in self._terms.finditer(text):
                yield Span("DENY_LIST", m.start(), m.end(), 1.0)
        for name, pattern in self._patterns:
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    yield Span(name, m.start(), m.end(), 1.0)
