"""Context for names: a name is personal data when it is about a real person the text
concerns (a customer, the writer, a relative), not a character of an exam question or a
word problem. A name next to a contact detail, address or ID is always personal data."""

from __future__ import annotations

import re
from dataclasses import replace

from .spans import Span

# Multiple-choice options ("A. … B. … C. …") or an "Answer:" slot: an exam question.
CHOICES = re.compile(r"(?:^|\s)\(?A[.):]\s.+?(?:^|\s)\(?B[.):]\s.+?(?:^|\s)\(?C[.):]\s", re.S | re.M)
ANSWER_SLOT = re.compile(r"\bAnswer\s*:\s*$")
# A word problem asks for a quantity about the numbers it states.
QUANTITY_QUESTION = re.compile(
    r"\b(?:how (?:many|much|long|far|old|fast|often)|what (?:is|was|were|are) the "
    r"(?:total|number|amount|average|percentage|price|cost|sum|difference|ratio|probability)"
    r"|what percent(?:age)?|calculate|compute|find the)\b",
    re.IGNORECASE,
)
NUMBER = re.compile(r"\d")
# Creative and hypothetical framing: characters, not people the request is about.
FICTION = re.compile(
    r"\b(?:imagine|pretend|role-?play|write (?:a|an) (?:story|poem|song|script|dialogue|"
    r"letter from)|suppose|hypothetical(?:ly)?|as (?:a|an) (?:character|pirate|detective))\b",
    re.IGNORECASE,
)
# The writer talks about themselves or a person they deal with: a real person.
PERSONAL = re.compile(
    r"\b(?:my|our|me|I'm|I am|mine|dear|hi|hello|regards|sincerely|signed|contact|"
    r"customer|client|patient|employee|tenant|applicant|account holder|guardian|"
    r"Mr|Mrs|Ms|Miss|Dr|Prof)\b\.?",
    re.IGNORECASE,
)
IDENTIFYING = frozenset(
    {
        "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS",
        "ID_NUMBER", "STREET_ADDRESS",
    }
)  # fmt: skip


def exam_like(text: str) -> bool:
    if CHOICES.search(text) or ANSWER_SLOT.search(text):
        return True
    return bool(QUANTITY_QUESTION.search(text) and NUMBER.search(text))


def adjust(text: str, spans: list[Span]) -> list[Span]:
    """Re-score PERSON spans from the text around them; other spans pass unchanged."""
    people = [s for s in spans if s.type == "PERSON"]
    if not people:
        return spans
    anchored = any(s.type in IDENTIFYING for s in spans)
    if anchored:
        factor = 1.4
    elif exam_like(text):
        factor = 0.5
    elif FICTION.search(text) and not PERSONAL.search(text):
        factor = 0.7
    elif PERSONAL.search(text):
        factor = 1.3
    else:
        factor = 1.0
    return [
        replace(s, score=min(0.99, round(s.score * factor, 3))) if s.type == "PERSON" else s
        for s in spans
    ]
