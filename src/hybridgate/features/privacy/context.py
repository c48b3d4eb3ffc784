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


# A cue right before a name: the writer names themselves, someone they write to or about,
# or signs off. A cued name is never damped by the exam/code/fiction rules.
CUE_BEFORE = re.compile(
    r"(?:\b(?:my (?:full |legal |maiden |real )?name is|(?:his|her|their) name is|"
    r"i am|i'm|call me|calls me|dear|hi|hello|hey|thanks|thank you|cheers|"
    r"regards|sincerely|signed|patient|client|customer|tenant|employee|"
    r"applicant|mr|mrs|ms|mx|miss|dr|prof|"
    r"my (?:\w+ )?(?:kid|son|daughter|child|wife|husband|partner|mother|father|mom|mum|dad|"
    r"brother|sister|grandfather|grandmother|grandma|grandpa|friend|neighbou?r|boss|"
    r"colleague|coworker|manager|tenant|patient|client|doctor|lawyer|fianc[eé]e?|"
    r"boyfriend|girlfriend|cousin|aunt|uncle|nephew|niece|roommate|landlord))"
    r"\b[.,:]?\s*(?:[-—–]\s*)?$)",
    re.IGNORECASE,
)
# Eponyms: a name right before (or possessive of) a technical noun is a theorem, a law,
# a disease, a unit or a product, not a person ("the Kalman filter", "Bayes' rule",
# "Hodgkin's lymphoma", "a Nash equilibrium", "Navier-Stokes equations").
# Nouns a name is put to as a possessive ("Bayes' theorem", "Alzheimer's disease"): things
# only, never what a person has ("Ana's test results" stays a person).
_EPONYM_OWNED = (
    r"theorem|theory|law|laws|lemma|conjecture|formula|formulas|formulae|equation|"
    r"equations|inequality|identity|bound|bounds|constant|principle|paradox|hypothesis|"
    r"criterion|algorithm|rule|razor|wager|dilemma|triangle|syndrome|disease|lymphoma|"
    r"sarcoma|palsy|reflex|sign|maneuver|manoeuvre|method|transform|series|integral|"
    r"postulate|axiom|corollary|proof|problem|sieve|uncertainty principle|exclusion principle"
)
# Nouns a name is put to directly ("the Kalman filter", "a Nash equilibrium", "a Dell
# laptop", "Navier-Stokes equations"): people are not written before these.
_EPONYM_NOUNS = (
    _EPONYM_OWNED + r"|distribution|process|model|models|filter|transformation|operator|"
    r"space|spaces|matrix|matrices|function|functions|ratio|equilibrium|machine|complete|"
    r"completeness|curve|curves|diagram|scale|index|coefficients?|polynomials?|"
    r"conditions?|cycle|sequence|circle|distance|kernel|networks?|estimator|chains?|"
    r"graph|tree|heap|search|sort|hashing|cipher|encryption|signature|protocol|"
    r"architecture|procedure|classification|score|laptops?|motors?|cars?|company|"
    r"corporation|products?|phones?|prize|medal|award|institute|university|"
    r"approximation|expansion|decomposition|notation|interpretation|experiment|"
    r"mechanics|dynamics|statistics|gates?|reaction|synthesis|rearrangement|"
    r"condensation|orbitals?|radiation|waves?|tube|engine|coordinates|basis|groups?|"
    r"fields?|rings?|hierarchy|pyramid|fallacy|points?|conjugate|solutions?|numbers?|"
    r"product|sum|inversion|variables?|embedding|attack|construction|proofs|puzzle|"
    r"towers?|test|effect|limit|ellipse|cone|spiral|shift|invariant|measure|norm|"
    r"lattice|effect|loop|plot|chart|box|tableau|method|heuristic|optimi[sz]ation|"
    r"iteration|interpolation|quadrature|regression|correction|criterion|table|body"
)
EPONYM_AFTER = re.compile(
    rf"^(?:[-–][A-Z][\w'’]*)*(?:\s+(?:and|&|[-–])\s*[A-Z][\w'’-]*)?"
    rf"(?:['’]s?\s+(?:{_EPONYM_OWNED})|\s*[-–]?\s*(?:{_EPONYM_NOUNS}))\b",
    re.IGNORECASE,
)


def cued(text: str, span: Span) -> bool:
    """A personal cue right before the span (or the line it opens, after a greeting)."""
    before = text[max(0, span.start - 48) : span.start]
    return CUE_BEFORE.search(before) is not None


def eponym(text: str, span: Span) -> bool:
    """A name used as the name of a technical thing, not of a person."""
    return EPONYM_AFTER.match(text, span.end) is not None


def adjust(text: str, spans: list[Span]) -> list[Span]:
    """Re-score PERSON spans from the text around them; other spans pass unchanged.

    Text-level rules (exam item, code, fiction, a task about shown material) may only
    lower a name that has no personal cue of its own and shares its text with no other
    identifier: "Hi, I'm Ana Souza. How many days until my appointment on the 5th?" is an
    exam-shaped question about a real person."""
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
    adjusted: list[Span] = []
    for s in spans:
        if s.type != "PERSON":
            adjusted.append(s)
            continue
        own = factor
        is_cued = cued(text, s)
        if is_cued:
            own = max(own, 1.3)
        elif eponym(text, s):
            own = min(own, 0.3)
        adjusted.append(replace(s, score=min(0.99, round(s.score * own, 3))))
    return adjusted
