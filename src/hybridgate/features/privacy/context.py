"""Context for names: a name is personal data when it is about a real person the text
concerns (a customer, the writer, a relative), not a character of an exam question or a
word problem. A name next to a contact detail, address or ID is always personal data."""

from __future__ import annotations

import re
from dataclasses import replace

from .spans import Span

# Multiple-choice options ("A. … B. … C. …") or an "Answer:" slot: an exam question.
OPTION = re.compile(r"(?:^|\s)\(?([A-E])[.):]\s")
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
    r"letter from)|suppose (?:that|you|we)|hypothetical(?:ly)?|what if|"
    r"as (?:a|an) (?:character|pirate|detective))\b",
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


# A task given to the assistant about material it is shown: the names belong to the
# material (a data table, a puzzle, a famous person), unless the writer is in it.
INSTRUCTION = re.compile(
    r"^\W*(?:given|read|identify|generate|write|compose|create|describe|explain|imagine|"
    r"suppose|let'?s|pretend|act as|summari[sz]e|translate|analy[sz]e|evaluate|extract|"
    r"classify|rewrite|edit|draft|craft|develop|design|list|compare|consider|solve|what if|"
    r"implement|build|fix|debug|optimi[sz]e|convert|refactor|use|"
    r"please (?:write|explain|describe|summari[sz]e)|you are|as an?)\b",
    re.IGNORECASE,
)
CODE = re.compile(r"```|\bdef \w+\(|\bfunction \w+\(|\bclass \w+[:(]|;\s*$|=>", re.M)
NUMBERS = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?(?:st|nd|rd|th)?(?!\w)")


def _choices(text: str) -> bool:
    """Multiple-choice options: markers A, B and C in that order."""
    wanted = "ABC"
    for m in OPTION.finditer(text):
        if m.group(1) == wanted[0]:
            wanted = wanted[1:]
            if not wanted:
                return True
    return False


def exam_like(text: str) -> bool:
    if _choices(text) or ANSWER_SLOT.search(text):
        return True
    numbers = len(NUMBERS.findall(text))
    if QUANTITY_QUESTION.search(text) and numbers:
        return True
    # A word problem: quantities stated, then a question about them at the end.
    return numbers >= 2 and text.rstrip().endswith("?")


def adjust(text: str, spans: list[Span]) -> list[Span]:
    """Re-score PERSON spans from the text around them; other spans pass unchanged."""
    people = [s for s in spans if s.type == "PERSON"]
    if not people:
        return spans
    anchored = any(s.type in IDENTIFYING for s in spans)
    personal = PERSONAL.search(text) is not None
    if anchored:
        factor = 1.4
    elif exam_like(text) or CODE.search(text):
        factor = 0.5
    elif (FICTION.search(text) or INSTRUCTION.search(text)) and not personal:
        factor = 0.6
    elif personal:
        factor = 1.3
    else:
        factor = 1.0
    return [
        replace(s, score=min(0.99, round(s.score * factor, 3))) if s.type == "PERSON" else s
        for s in spans
    ]
