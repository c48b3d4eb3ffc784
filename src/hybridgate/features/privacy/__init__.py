"""Private-first detection: structured ids, secrets, addresses, NER names and deny-lists
behind one PrivacyScanner, plus the sticky-session store."""

from .build import build_scanner, build_sticky
from .fields import message_text
from .ner import DEFAULT_MODEL, SpacyNER
from .pseudonyms import PLACEHOLDER, Pseudonyms, SpanFinder, plan, pseudonymize
from .scanner import DIRECT, KNOWN, QUASI, Scanner
from .spans import Span

__all__ = [
    "DEFAULT_MODEL",
    "DIRECT",
    "KNOWN",
    "PLACEHOLDER",
    "QUASI",
    "Pseudonyms",
    "Scanner",
    "SpacyNER",
    "Span",
    "SpanFinder",
    "build_scanner",
    "build_sticky",
    "message_text",
    "plan",
    "pseudonymize",
]
