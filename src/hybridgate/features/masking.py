"""The audit log's `redacted` masking (observability/audit.py's Masker): the request's
pseudonyms, then whatever else the privacy scanner finds in a stored text."""

from __future__ import annotations

from collections.abc import Callable

from ..calls import CallRecord
from ..observability.audit import mark_spans
from .privacy import PLACEHOLDER, SpanFinder, plan


class AuditMasker:
    """The request's pseudonyms first (the placeholders a hosted model saw in redact mode,
    so a restored answer goes back to them), then the finder's spans outside them as
    `[TYPE]`; the audit applies its identifier patterns after this."""

    def __init__(self, finder: SpanFinder | None = None) -> None:
        self.finder = finder

    def masking(self, call: CallRecord) -> Callable[[str], str]:
        assert call.request is not None
        names = plan(call.request, call.entities, self.finder)
        finder = self.finder

        def mask(text: str) -> str:
            text = names.redact(text)
            if finder is None:
                return text
            kept = [m.span() for m in PLACEHOLDER.finditer(text)]
            spans = [
                (s.start, s.end, s.type)
                for s in finder.find_redactable(text)
                if not any(s.start < end and start < s.end for start, end in kept)
            ]
            return mark_spans(text, spans)

        return mask
