"""Private-first detection: structured ids, secrets, addresses, NER names and deny-lists
behind one PrivacyScanner, plus the sticky-session store."""

from .build import build_scanner, build_sticky
from .ner import DEFAULT_MODEL, SpacyNER
from .scanner import DIRECT, KNOWN, QUASI, Scanner, message_text
from .spans import Span

__all__ = [
    "DEFAULT_MODEL",
    "DIRECT",
    "KNOWN",
    "QUASI",
    "Scanner",
    "SpacyNER",
    "Span",
    "build_scanner",
    "build_sticky",
    "message_text",
]
