"""Context for names: a name is personal data when it is about a real person the text
concerns (a customer, the writer, a relative), not a character of an exam question or a
word problem. A name next to a contact detail, address or ID is always personal data."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from . import cues, gazetteer, public
from .names import ROLES, common_word, words
from .ner import foreign_stop_words as stop_words_of_other_languages
from .ner import rare_in_lower_case
from .spans import Span, finditer_folded

# Multiple-choice options ("A. … B. … C. …") or an "Answer:" slot: an exam question.
OPTION = re.compile(r"(?:^|\s)(?:\(?([A-E])[.):]|\(([a-e])\))\s")  # "A.", "(B)", "(c)"
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
    r"\b(?:imagine|pretend|role-?play|write (?:a|an) (?:\w+ )?(?:story|poem|song|script|dialogue|"
    r"letter from)|suppose (?:that|you|we)|hypothetical(?:ly)?|what if|"
    r"as (?:a|an) (?:character|pirate|detective))\b",
    re.IGNORECASE,
)
# The writer talks about themselves or a person they deal with: a real person.
# The writer is in the text with someone they deal with (a relation, a greeting, a
# sign-off, a role): the names in it are likely real people. "my essay" is not enough.
PERSONAL = re.compile(
    rf"\b(?:(?:my|our)\s+(?:\w+\s+)?(?:{cues.RELATIONS}|{cues.MORE_ROLES}|team|staff|family)s?|"
    r"I'm|I am|I was|I've|I have|I need|I want|me and|about me|to me|with me|for me|"
    r"dear|hi|hello|hey|regards|sincerely|"
    r"signed|contact|customer|client|patient|employee|tenant|applicant|account holder|"
    r"guardian)\b",
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
# A class is defined at a line's start or in backticks ("class Order(Base):"), not in
# "the pottery class roster: …".
CODE = re.compile(
    r"```|\bdef \w+\(|\bfunction \w+\(|(?:^|(?<=`))[ \t]*class \w+[:(]|;\s*$|=>", re.M
)
# Quantities a word problem states, in digits or in words ("Marta has four cousins …").
NUMBERS = re.compile(
    r"(?<![\w.])\d+(?:[.,]\d+)?(?:st|nd|rd|th)?(?!\w)|\b(?i:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|twenty|thirty|hundred|dozen|twice|half)\b"
)


def choices(text: str) -> bool:
    """Multiple-choice options: markers A, B and C in that order."""
    wanted = "ABC"
    for m in OPTION.finditer(text):
        if (m.group(1) or m.group(2).upper()) == wanted[0]:
            wanted = wanted[1:]
            if not wanted:
                return True
    return False


# A comparison riddle: "Lena is faster than Omar … Who is the slowest?".
COMPARED = re.compile(r"\b[a-z]+(?:er|ier) than\b|\bmore \w+ than\b")
WHO_ASKED = re.compile(r"\b(?i:who|which (?:one|of them))\b[^.?!\n]*\?\s*$")


def exam_like(text: str) -> bool:
    if choices(text) or ANSWER_SLOT.search(text):
        return True
    if not any(c.isupper() for c in text):
        return False  # typed all in lower case: a chat, not a set exam item
    if WHO_ASKED.search(text) and COMPARED.search(text) and not FIRST_PERSON.search(text):
        return True
    if _logic_puzzle(text):
        return True
    if TASK_OPENING.match(text):
        return False  # "Work out the tip for Bram: …": a task set the assistant, no exam
    numbers = len(NUMBERS.findall(text))
    if (
        QUANTITY_QUESTION.search(text)
        and numbers
        and not _asks_for_self(text)
        and not IN_THE_SUM.search(text)
    ):
        return True
    if numbers >= 2 and HOMEWORK.search(text) and not FIRST_PERSON.search(text):
        return True  # "… Priya says it took 3 hours 35 minutes. Is she right? Show your working."
    # A word problem: quantities stated, then a question about them at the end. Word
    # problems are told in the third person: "I gave feedback at the 1:1 at 3 …?" is not one.
    # Nor is a request for work on what is shown ("… Can you turn this into an email?").
    last = _last_sentence(text)
    return (
        numbers >= 2
        and text.rstrip().endswith("?")
        and not FIRST_PERSON.search(text)
        and not REQUEST.search(last)
        and not ADVICE_ASKED.search(last)  # "What's the fastest way to get him to a 7?"
        and ASKS.search(last) is not None  # "Seraphine Pendry - ?" in a list is no question
    )


# The words a question opens with.
ASKS = re.compile(
    r"\b(?:how|what|who|whom|which|when|where|why|is|are|was|were|does|do|did|can|could|"
    r"will|would|should|has|have|find|calculate)\b"
    # a short question about a quantity: "… sells it for £272. Percentage loss?"
    r"|^\W*(?:\w+[^\S\n]+)?(?:total|percentage|average|profit|loss|difference|remainder|"
    r"distance|speed|cost|change|area|volume|perimeter)(?:[^\S\n]+\w+)?\W*$",
    re.IGNORECASE,
)


# A text that opens by setting the assistant a sum to do: a word problem states its
# quantities first and asks at the end; a request opens with the task ("Work out the
# overtime for …", "Okay, convert … for …", "Sort these pledges …") or asks for it ("Can
# you check these figures: …").
TASK_OPENING = re.compile(
    r"^\W*(?:(?:quick (?:one|question)|ok(?:ay)?|hi|hey|hello)\W+)?(?:please\s+)?"
    r"(?:calculate|compute|work out|figure out|convert|split|estimate|tally|add up|"
    r"help me (?:calculate|compute|work out|figure out|split|estimate)|sort|rank|"
    r"(?:can|could|would|will) (?:you|u))\b",
    re.IGNORECASE,
)


# A sentence that tells the assistant what to do for the writer: "Suggest a route …",
# "Give me ten ideas …".
IMPERATIVE = re.compile(
    r"(?:^|[.!?:]\s+)(?i:suggest|recommend|help me|give me|tell me|show me|"
    r"plan (?:a|an|my|our|the)|draft|write (?:me|us)|make (?:me|us)|book (?:a|an|me|us))\b"
)


def _asks_for_self(text: str) -> bool:
    """The writer asks the assistant for something ("how far in advance should we ask, and
    can you draft it for us?", "… and I just want good food. Suggest a route …"): a request,
    not a word problem."""
    return FIRST_PERSON.search(text) is not None and (
        REQUEST.search(text) is not None or IMPERATIVE.search(text) is not None
    )


# The writer is one of the people the sum is about ("… and I covered the taxi", "how much
# does each of us owe?"): a real arrangement, not a word problem's characters.
IN_THE_SUM = re.compile(
    r"\b(?:I|[Ww]e)[^\S\n]+(?:(?:already|only|just|also)[^\S\n]+)?(?:paid|pay|owe|spent|"
    r"lent|borrowed|covered|chipped in|put in|transferred|sent)\b|"
    r"\b(?i:do|did|have|can)[^\S\n]+(?:we|I)[^\S\n]+(?:still[^\S\n]+)?(?:need|owe|raise)\b|"
    r"\b(?i:each|all|both|either|two|three|four|five|six) of us\b|\b(?i:between|among) us\b|"
    r"[^\S\n](?:and|&)[^\S\n]+I\b(?!['’])|\b[Mm]e[^\S\n]+(?:and|&)[^\S\n]"
)


# A logic puzzle: people compared in a chain ("Alice is taller than Bob. Bob is taller
# than Carol …"), or each given one thing ("Emma, Liam and Noah each own one pet …"), then
# a question, told in the third person.
EACH_ONE = re.compile(
    r"\beach (?:own|owns|has|have|like|likes|wear|wears|play|plays|live|lives|drive|drives|"
    r"chose|choose|ordered|bought|keep|keeps|speak|speaks)\b|\b(?:exactly )?one of (?:them|the)\b",
    re.IGNORECASE,
)


def _logic_puzzle(text: str) -> bool:
    if FIRST_PERSON.search(text) or "?" not in text:
        return False
    return (
        len(COMPARED.findall(text)) >= 2
        or (EACH_ONE.search(text) is not None and WHO_ASKED.search(text) is not None)
        or SYLLOGISM.search(text) is not None
    )


# "If all bloops are razzies and some razzies are lazzies, …".
SYLLOGISM = re.compile(
    r"\b(?i:all|no)[^\S\n]+\w+[^\S\n]+(?:are|is)\b[^.?!\n]*\b(?i:some)[^\S\n]+\w+[^\S\n]+"
    r"(?:are|is)\b"
)


# How homework asks about a worked answer.
HOMEWORK = re.compile(
    r"\b(?:show (?:your|all|the) work(?:ing)?|explain your (?:answer|reasoning)|"
    r"(?:is|was) (?:he|she|they) (?:right|correct)|who is (?:right|correct))\b",
    re.IGNORECASE,
)
# Advice asked for, not a quantity: "what's the best way to …", "any tips".
ADVICE_ASKED = re.compile(
    r"\b(?:what(?:'s|’s| is) the (?:best|fastest|quickest|easiest|cheapest|safest|nicest) "
    r"way|any (?:tips|advice|ideas)|how (?:do|can|should) (?:i|we)|"
    # a judgement asked of a real arrangement: "… pays two thirds of the bills. Is that fair?"
    r"(?:is|was|isn't|wasn't) (?:that|this|it) (?:really |even )?(?:fair|unfair|reasonable|"
    r"normal|legal|allowed|safe|worth it|a good idea|too much|enough)|"
    r"should (?:they|he|she|we|i) (?:be )?(?:worried|concerned|go|ask|pay|split))\b",
    re.IGNORECASE,
)
# A request to the assistant, not a question about quantities.
REQUEST = re.compile(r"\b(?:can|could|would|will) (?:you|u)\b|\bplease\b|\bpls\b", re.IGNORECASE)


def _last_sentence(text: str) -> str:
    body = text.rstrip().rstrip("?")
    cut = max(body.rfind(c) for c in ".!?\n")
    return body[cut + 1 :]


# A cue right before a name: the writer names themselves, someone they write to or about,
# or signs off. A cued name is never damped by the exam/code/fiction rules.
AGE = re.compile(r"[^\S\n]*[,(]?[^\S\n]*(?:aged?\s+\d|\d{1,3}\s*(?:y/?o|years old))", re.I)
# Roles a text names someone by, the name set after a comma ("the deceased, …").
_APPOSED_ROLE = (
    r"(?:owner|vendor|seller|buyer|deceased|landlord|landlady|tenant|claimant|defendant|"
    r"applicant|candidate|employee|organi[sz]er|coordinator|treasurer|secretary|driver|"
    r"instructor|contractor|builder|caretaker|receptionist|executor|beneficiary|testator)"
)
CUE_BEFORE = re.compile(
    r"(?:\b(?:my (?:full |legal |maiden |real )?name is|(?:his|her|their) name (?:is|was)|"
    # "driver name was …", "the nurse's name is …": someone the writer dealt with
    r"(?:driver|rider|courier|nurse|carer|doctor|tutor|cleaner|plumber|agent|landlord|"
    r"landlady|neighbou?r|caller|buyer|seller|tenant|guest|host|instructor|receptionist)"
    r"(?:['’]s)? name (?:is|was)|"
    r"i am|i'm|call me|calls me|dear|hi|hello|hey|hallo|hola|bonjour|ciao|hej|salut|ol[áa]|"
    r"pozdrawiam|pozdrowienia|dzień dobry|geia sou|merhaba|selam|sayın|sevgili|liebe|lieber|"
    r"sehr geehrter?|grüße|gruß|cordialement|saludos|atentamente|querid[oa]|car[oa]|"
    r"cordiali saluti|groetjes|met vriendelijke groet|beste|chào|xin chào|kính gửi|namaste|"
    r"salam|shalom|"
    r"thanks|thank you|cheers|best,|love,|yours (?:faithfully|sincerely|truly),?|"
    rf"{cues.CHAT_GREETINGS}|"
    r"regards|sincerely|signed|patient|pt\.?|client|customer|tenant|employee|"
    r"applicant|"
    r"(?:letter|email|e-mail|message|note|text|reply|invoice|card|offer|reminder|memo|"
    r"reference(?!\s+to\b)|contract|form|announcement|speech|toast|recommendation|testimonial|"
    r"endorsement|eulogy|proposal|feedback|request|complaint|application|resignation|"
    r"apology|timesheet|gift|gifts|present|presents|flowers|cake|surprise|whatsapp|sms|dm|"
    r"voicemail|voice note|postcard|invitation|invite|wishes|decline|refusal|welcome|"
    r"farewell|tribute|shout-?out|condolences)\s+"
    r"(?:\w+\s+){0,2}(?:to|for|from|about|of)|"
    r"(?:reply|write|say|send|forward|text|email|invite|remind|tell|thank|introduce)\s+"
    r"(?:\w+\s+)?(?:to|with)|"
    r"(?:ask|meet|pay|hire|fire|email|message|ping|cc|bcc|congratulat|interview|promot|"
    r"visit|invit|remind|tell|thank|text|contact|notify|inform|warn|sue|owe|marry|divorc|"
    r"introduc|welcom|onboard|dismiss|sack|discipline|evaluat|grade|mark|assess|"
    r"reject|accept|recommend|refer|forgive|apologi[sz]|comfort|support|mentor|"
    r"tutor|coach|babysit|pick up|drop off)(?:e|s|es|ed|d|ing|ting|ring)?|"
    r"(?:asked|met|paid|hired|fired|told|owes|married|sued)|"
    # "How do I reach Beatriz …", "the account belongs to Kunle …"
    r"(?:reach|get hold of|get in touch with|belongs? to|belonging to)|"
    # "the pharmacist Ruadhan": someone the writer deals with in everyday life
    r"the (?:pharmacist|nurse|doctor|gp|dentist|midwife|receptionist|landlord|landlady|"
    r"plumber|electrician|tutor|nanny|babysitter|cleaner|vet|physio|optician|carer)|"
    r"(?:our|your) (?:new )?(?:colleague|coworker|co-worker|manager|"
    r"neighbou?r|client|tenant|student|pupil|teacher|nurse|doctor|caregiver|carer|"
    r"therapist|intern|employee|contractor|supplier|vendor|landlord|landlady|flatmate|"
    r"roommate|nanny|babysitter|plumber|accountant|lawyer|solicitor|recruiter|candidate|"
    r"applicant|director|supervisor|coach|tutor|ex|husband|wife|partner)|"
    # "my twins, Kai and …": the names listed after a plural relation are cued too.
    rf"(?:my|our) (?:\w+ )?(?:{cues.RELATIONS})s?(?:[,:]?\s+[\w'’-]+(?:,|\s+and|\s*&|\s+n))*)"
    r"\b[.,:]?\s*(?:[-—–]\s*)?$)"
    r"|\b(?:last |first |full |given |family |maiden |sur)?name\s*[?:]\s*$"
    # "my 4 year old crispin", "our six-month-old Amara"
    r"|\b(?:my|our)\s+\w+[- ](?:year|yr|month|week)s?[- ]old\s*$"
    # "me, Vaiva and Ödön", "between me and Oisín": someone beside the writer
    r"|(?<![\w'’])me\s*(?:,|and|&)\s*$"
    rf"|\b{cues.ROLE_IS}\s*$",
    re.IGNORECASE,
)
# "a note for the dad of Hunter", "the carer of Mrs Oduya": whose everyday family or
# carer (not "the father of Zeus": mother and father of are history's and myth's words).
_CARED_FOR = re.compile(
    r"\bthe[^\S\n]+(?:mum|mom|dad|parents|guardian|carer|family|grandparents)[^\S\n]+of"
    r"[^\S\n]+\Z",
    re.IGNORECASE,
)
# "the vendor, Mr Haldane,", "the new café owner, Ysolde,": a role, then who holds it (not
# in a word problem: "The owner, Maria, bakes 24 cakes …").
_APPOSED = re.compile(
    rf"\bthe[^\S\n]+(?:[\w-]+[^\S\n]+){{0,2}}{_APPOSED_ROLE},[^\S\n]*\Z", re.IGNORECASE
)
# Eponyms: a name right before (or possessive of) a technical noun is a theorem, a law,
# a disease, a unit or a product, not a person ("the Kalman filter", "Bayes' rule",
# "Hodgkin's lymphoma", "a Nash equilibrium", "Navier-Stokes equations").
# Nouns a name is put to as a possessive ("Bayes' theorem", "Alzheimer's disease"): things
# only, never what a person has ("Ana's test results" stays a person).
_EPONYM_OWNED = (
    r"theorem|theory|law|laws|lemma|conjecture|formula|formulas|formulae|equation|"
    r"equations|inequality|bound|bounds|constant|principle|paradox|hypothesis|"
    r"criterion|algorithm|rule|razor|wager|dilemma|triangle|syndrome|disease|lymphoma|"
    r"sarcoma|palsy|reflex|maneuver|manoeuvre|transform|series|integral|"
    r"postulate|axiom|corollary|proof|sieve|uncertainty principle|exclusion principle"
)
# Nouns a name is put to directly ("the Kalman filter", "a Nash equilibrium", "a Dell
# laptop", "Navier-Stokes equations"): people are not written before these.
_EPONYM_NOUNS = (
    _EPONYM_OWNED + r"|problem|distribution|process|model|models|filter|transformation|operator|"
    r"space|spaces|matrix|matrices|function|functions|ratio|equilibrium|machine|complete|"
    r"completeness|curve|curves|diagram|scale|coefficients?|polynomials?|"
    r"conditions?|sequence|circle|distance|kernel|networks?|estimator|"
    r"graph|heap|hashing|cipher|encryption|protocol|"
    r"architecture|procedure|classification|laptops?|motors?|cars?|"
    r"approximation|expansion|decomposition|notation|interpretation|"
    r"mechanics|dynamics|statistics|reaction|synthesis|rearrangement|"
    r"condensation|orbitals?|radiation|waves?|coordinates|basis|"
    r"hierarchy|pyramid|fallacy|conjugate|"
    r"inversion|variables?|embedding|proofs|"
    r"ellipse|cone|spiral|shift|invariant|norm|effect|"
    r"lattice|tableau|heuristic|optimi[sz]ation|"
    r"iteration|interpolation|quadrature|regression|correction|criterion|body|"
    r"scattering|limit|engine|index|method|methods|cells|fib(?:er|re)s|tubes"
)
# After a possessive: up to two lower-case words, then a noun a name is put to as one.
_OWNED_TAIL = rf"(?:[^\S\n]+(?-i:[a-z][\w-]*)){{0,2}}[^\S\n]+(?:{_EPONYM_OWNED})"
# Words that cannot sit between an eponym and its noun: "Corbin left his laptop" is a
# person and a laptop, "the Kalman extended filter" is one thing.
_NOT_MODIFIER = (
    r"(?:a|an|the|his|her|their|my|our|your|its|this|that|these|those|some|any|"
    r"is|was|are|were|has|had|have|left|got|bought|sold|lost|took|gave|needs|wants|uses|"
    r"used|fixed|broke|drove|drives|owns|borrowed|lent)"
)
EPONYM_AFTER = re.compile(
    rf"(?:[-–][A-Z][\w'’]*)*(?:[^\S\n]+(?:and|&)[^\S\n]+[A-Z][\w'’-]*\b)?"
    rf"(?:['’]s?{_OWNED_TAIL}|"
    rf"(?:[^\S\n]+(?!{_NOT_MODIFIER}\b)(?-i:[a-z][\w-]*)){{0,3}}"
    rf"(?:[^\S\n]+|[^\S\n]*[-–][^\S\n]*)(?:{_EPONYM_NOUNS}))\b",
    re.IGNORECASE,
)


# Two surnames joined by a hyphen name a method or a result far more often than a person.
DOUBLE_NAME = re.compile(r"[A-Z][a-zß-ÿ]+[-–][A-Z][a-zß-ÿ]+")


# A detail that only a real person has, right after the name: "Ana Lima, born 3 May".
CUE_AFTER = re.compile(
    r"[^\S\n]*[,(]?[^\S\n]*(?:born|b\.|dob|d\.o\.b|aged?\s+\d|\d{1,3}\s*(?:y/?o|years old)|"
    r"age\s+\d|nhs|mrn|ssn)\b|"
    # "Ola's birthday", "youssef" + "s iftar" (a lower-case name typed without the apostrophe)
    r"(?:['’]s|(?<=[a-z])s)\s+(?:birthday|wedding|funeral|salary|payslip|appointment|"
    r"diagnosis|address|phone|email|bank account|visa|passport|resignation|"
    r"performance review|medication|prescription|surgery|therapy|rent|lease|deposit|debt|"
    r"loan|pregnancy|divorce|house|flat|apartment|place|party|"
    r"iftar|housewarming|expenses?|reimbursement|timesheet|bonus|pay rise|appraisal|"
    r"probation|sick note|annual leave|leave request|holiday request|onboarding|"
    r"leaving card|new starter)\b|"
    rf"[^\S\n]+(?:{cues.AFTER_TITLES})\b(?![^\S\n]+(?-i:[A-Z]))|"  # not "de Los Ríos"
    r"[^\S\n]+from (?:accounts|work|hr|the office|finance|sales|marketing|it|legal|school|"
    r"church|the gym|next door|upstairs|downstairs|my team|the team|payroll|reception)\b|"
    # "Ines on my team", "Bo from our book club": someone the writer deals with.
    r"[^\S\n]+(?:on|in|from|at) (?:my|our) (?:team|class|course|ward|squad|group|year|"
    r"department|dept|office|floor|building|street|block|book club|choir|band|project|"
    r"shift|unit|cohort|lab)\b|"
    # "Is Okafor on call this weekend?": at work or off it, as only people are
    r"[^\S\n]+(?:on[^\S\n]+(?:shift|duty|call|nights|annual leave|sick leave)|off[^\S\n]+sick)\b|"
    # "Ines and Tove are my bridesmaids": someone the writer has.
    r"(?:(?:,[^\S\n]*|[^\S\n]+and[^\S\n]+|[^\S\n]*&[^\S\n]*)[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][\w'’-]+){0,3}"
    rf"[^\S\n]+(?:is|are|was|were|has been|have been)[^\S\n]+(?:my|our)[^\S\n]+(?:\w+[^\S\n]+)?"
    rf"{ROLES}\b(?!['’])",
    re.IGNORECASE,
)
# What is someone's own, right after a possessive (on the name or typed on after it): a
# trip or a do of their own ("Aino's flight lands at 7", "jonno's stag do"), or what they
# are doing, "'s" for "is" ("kaiah's bringing the crisps"). Not their family: cartoon and
# storybook characters have a mum and a dad too.
POSSESSED_AFTER = re.compile(
    r"(?:(?<=['’]s)|['’]s)[^\S\n]+(?:flight|train|stag|hen do|hen party|leaving do|"
    r"christening|baby shower|graduation|bringing|coming|picking|driving|hosting|cooking|"
    r"paying|joining|staying)\b",
    re.IGNORECASE,
)
# Who a poem or a story is written for ("a haiku for Odile, she turns 70", "a story for
# Tane where he …"): a person the writer knows, told by what follows the name (a he or
# she, a who, their own day). A character of the piece is written "about" or "named".
_WRITTEN_FOR = re.compile(
    r"\b(?i:poem|haiku|limerick|story|song|rap|verse|ode|sonnet|riddle|acrostic|lullaby|"
    r"ballad|tribute)s?\b[^\n.?!]{0,40}?[^\S\n]for[^\S\n]+\Z"
)
_FOR_WHOM_AFTER = re.compile(
    r"(?i:['’]s[^\S\n]+(?:[\w-]+[^\S\n]+)?(?:birthday|retirement|wedding|funeral|anniversary|"
    r"graduation|leaving|farewell|party|shower|christening|send-off|memorial)\b|"
    r"[^\S\n]*,?[^\S\n]*(?:(?:where|since|now that|because|as)[^\S\n]+)?(?:she|he|who)\b|"
    r"[^\S\n]*,[^\S\n]*(?:my|our)[^\S\n]+)"
)
# "Thibaud is a nice guy", "Wren's such a sweet girl": said of a person.
A_PERSON_AFTER = re.compile(
    r"[^\S\n]+(?:is|was|['’]s)[^\S\n]+(?:a|an|such a|the)[^\S\n]+(?:[a-z]+[^\S\n]+){0,2}"
    r"(?:guy|girl|boy|man|woman|lad|lass|bloke|gentleman|lady|kid|person|sweetheart|"
    r"darling|gem|legend|character)\b"
)
# What only a person does, right after the name, even a name that is also a city or a
# word: "Florence can't make the rehearsal", "Sydney texted", "Paris is off sick".
ACTS_PERSONALLY = re.compile(
    r"[^\S\n]+(?:(?:just|has|had|already)[^\S\n]+)?(?:texted|emailed|phoned|messaged|"
    r"can['’]?t make|cannot make|can['’]?t come|is off sick|called in sick|is pregnant|"
    r"cancell?ed on|got married|is allergic|was diagnosed|has (?:a cold|the flu|covid)|"
    r"(?:still )?(?:hasn['’]t|has not|never|didn['’]t) (?:replied|answered|called (?:me )?back|"
    r"texted (?:me )?back|got back to me)|ghosted me|blocked me)\b",
    re.IGNORECASE,
)
# "… for Ottoline? She's into knitting": the next sentence goes on about the person (not
# in a word problem: "… pens to Tomasz. He gave 3 away …" is a character's).
PRONOUN_AFTER = re.compile(
    r"[?.!;,][^\S\n]*(?:she|he)(?:['’]s|[^\S\n]+(?:is|was|has|had|loves|likes|wants|needs|"
    r"hates|works|lives|keeps|says|said|just|always|never|can't|doesn't|won't|isn't|wasn't))"
    r"\b",
    re.IGNORECASE,
)


# Someone whose word the writer reports: "Dot says never click them", "Mark reckons it's a
# fruit". Not in a story, a word problem ("Maya says she has 12 …") or an exam item; a
# famous name keeps its own rule ("Socrates said …").
SAYS_AFTER = re.compile(
    r"[^\S\n]+(?:(?:always|keeps|just|also|still)[^\S\n]+)?(?:says|said|reckons|insists|"
    r"swears|claims|thinks|told me|tells me|keeps saying|is saying|was saying)\b"
)

# How someone is or behaves: words said of people, not of places or things.
_TRAITS = (
    r"(?:lovely|sweet|kind|nice|rude|mean|lazy|moody|impulsive|jealous|clingy|grumpy|"
    r"stubborn|bossy|shy|insecure|needy|defensive|upset|distant|cold|passive[- ]aggressive|"
    r"annoying|selfish|arrogant|generous|nasty|flaky|unreliable|anxious|stressed|depressed|"
    r"lonely|clumsy|forgetful|picky|fussy|manipulative|controlling|possessive|withdrawn|"
    r"irritable|short[- ]tempered|aggressive|sulky|cranky|naughty|cheeky|unwell|poorly|"
    r"snappy|hurtful|condescending|dismissive|a sweetheart|quiet|down|low|off|sad|"
    r"weird (?:with|to|around) me|"
    r"off with me|mad at me|angry (?:with|at) me|ignoring me|avoiding me)\b"
)
_DEGREE = (
    r"(?:(?:so|really|very|super|such|always|never|quite|a bit|kind of|kinda|being|getting|"
    r"acting|too|soo+|rly)[^\S\n]+){0,2}"
)
# Right after the name: "Kerensa is lovely", "Bram has been really distant".
TRAIT_AFTER = re.compile(
    r"[^\S\n]*(?:is|was|['’]s been|['’]s|been|has been|had been|is being|was being|seems|"
    r"seemed|"
    r"gets|got|"
    rf"acts|acted|is acting|keeps being)[^\S\n]+{_DEGREE}{_TRAITS}",
    re.IGNORECASE,
)
# The name between a why-question and the trait: "Why is Mireille so stubborn?", "how
# come Kemal is always so snappy", "why does Ilse keep cancelling".
WHY_BEFORE = re.compile(r"\b(?i:why|how come)[^\S\n]+(?i:is|was|does|did|has|do)[^\S\n]+\Z")
HABIT_AFTER = re.compile(
    rf"[^\S\n]+(?:{_DEGREE}{_TRAITS}|(?:always|keeps?|constantly)[^\S\n]+[a-z]+ing\b|"
    r"(?:always|never)[^\S\n]+(?:late|on time|the last to|on (?:his|her) phone)\b)",
    re.IGNORECASE,
)
_NEIGHBOURS_AFTER = re.compile(rf"[^\S\n]+(?:{cues.NEIGHBOURING}|opposite)\b")
# The writer beside the name: "Linnea and I each pay …", "me and kenji": someone they know.
WITH_WRITER_AFTER = re.compile(r"[^\S\n]+(?:and|&)[^\S\n]+(?:I|i|me|myself)\b(?!['’])")
WITH_WRITER_BEFORE = re.compile(r"\b[Mm]e[^\S\n]+(?:and|&)[^\S\n]+\Z")  # not "Henry I and"
# A thing's pronoun later in the clause: "Chase raised its fees again".
_ITS = re.compile(r"[^.?!\n]*\bits\b", re.IGNORECASE)
# "Is Tomasz coming on Friday?", "will Ines be free at 4": whether someone comes or can.
ASKED_BEFORE = re.compile(
    r"(?:^|[.?!\n][^\S\n]*)(?i:is|was|will|did|does|has|can|could|would)[^\S\n]+\Z"
)
COMING_AFTER = re.compile(
    r"[^\S\n]+(?:(?:still|be|even|actually|really)[^\S\n]+)?(?:coming|going|joining|free|"
    r"around|back|home|in today|off today|off sick|ok|okay|alright|allowed|available|"
    r"awake|feeling|bringing|driving|picking|paying|staying|moving|leaving|replying|"
    # "has Ines paid yet", "is Joaquín still in the building"
    r"paid|replied|answered|confirmed|signed|arrived|turned up|shown up|called back|"
    r"still (?:in|at|here|there|up|asleep|on (?:the|a) call))\b|"
    # "is oswin still mad at me", "Is Linnet still seeing that guy": how someone still is
    r"[^\S\n]+still[^\S\n]+(?:mad|angry|upset|annoyed|cross|sulking|ignoring|avoiding|seeing|"
    r"dating|talking to|speaking to|single|married|sick|ill|in hospital|pregnant|grounded)\b",
    re.IGNORECASE,
)
# "Where does Kwabena work these days?": where someone lives or works.
WHERE_BEFORE = re.compile(r"\b(?i:where)[^\S\n]+(?i:does|did|is|was)[^\S\n]+\Z")
LIVES_AFTER = re.compile(
    r"[^\S\n]+(?:work|live|stay|bank|study|go to school|hang out|park)\b", re.IGNORECASE
)
# Talk of a book, film or play: its people are characters ("In the novel, Elizabeth says …").
STORY = re.compile(
    r"\b(?:novel|book|story|stories|film|movie|play|poem|character|chapter|scene|episode|"
    r"series|sitcom|show|author|protagonist|narrator|plot|fairy tale|myth|legend|bible|"
    r"shakespeare)s?\b",
    re.IGNORECASE,
)


SALUTATION = re.compile(
    rf"(?:Hi|Hello|Hey|Dear|Thanks|Thank you|Cheers|Love|Best|Regards|{cues.HONORIFICS})\b"
    r"[.,!]?[^\S\n]+\w",
    re.IGNORECASE,
)


# Talk about writing to someone: there a quoted "'Hi Freja'" is a greeting, not a title.
COMMS = re.compile(
    r"\b(?:e-?mails?|messages?|letters?|texts?|notes?|cards?|reply|replies|write|writing|"
    r"signs?|signed|greeting|greet|address(?:ing)?|sign-?off|salutation)\b",
    re.IGNORECASE,
)


def _title_like(quoted: str, comms: bool = False) -> bool:
    """A title or an identifier, not a quoted message: a few words, capitalised or small.
    In talk about writing to someone, a greeting is none ("'Hi Freja'", "'Dear Ms …'")."""
    words = quoted.split()
    if not 1 <= len(words) <= 6:
        return False
    if comms and SALUTATION.match(quoted):
        return False
    small = {"a", "an", "the", "of", "in", "on", "and", "or", "to", "for", "is", "at", "by"}
    return all(w[:1].isupper() or w.lower() in small or not w[:1].isalpha() for w in words)


def _brand(value: str) -> bool:
    words = value.replace("’", "'").split()
    return bool(words) and all(w.rstrip("'s") in BRANDS or w in BRANDS for w in words[:1])


EPONYM_OWNED = re.compile(rf"{_OWNED_TAIL}\b", re.IGNORECASE)


def _after_brand(text: str, span: Span) -> bool:
    """A model name after its maker: "a Porsche 911 Carrera", "my Subaru Outback"."""
    before = text[max(0, span.start - 30) : span.start].split()[-2:]
    if before and before[-1].lower() in _SENT_TO:
        return False  # "a WhatsApp to Wiktoria", "an Uber for Ana": the brand is no maker
    return any(w.rstrip("'s,") in BRANDS for w in before)


_SENT_TO = frozenset({"to", "for", "from", "with", "by"})


# "the" before a capitalised word no name list has, or before a name inside a longer
# title: a place, a work, a band or a thing ("at the Louvre", "the Dolomites", "the Mona
# Lisa"); not a family ("the Okafor family", "the Merriweathers' whippet", "the Brandt wedding").
THE_BEFORE = re.compile(r"(?<![\w'’-])(?i:the)[^\S\n]+(?:[A-Z][\w'’.-]*[^\S\n]+){0,2}\Z")
FAMILY_AFTER = re.compile(
    r"(?:['’]s?)?[^\S\n]+(?:family|families|kids|children|twins|boys|girls|household|house|"
    r"home|farm|order|account|case|file|wedding|party|estate|clan|lot|siblings|brothers|"
    r"sisters|residence|flat|place)\b",
    re.IGNORECASE,
)


def _after_the(text: str, span: Span) -> bool:
    the = THE_BEFORE.search(text, max(0, span.start - 40), span.start)
    if the is None or FAMILY_AFTER.match(text, span.end):
        return False
    if any(w[:1].isupper() for w in the.group().split()[1:]):
        return True  # "the Mona Lisa": the name inside a longer title
    given, surnames = gazetteer.names()
    last = text[span.start : span.end].split()[-1].rstrip("'’").lower()
    forms = (last, last[:-1], last[:-2]) if last.endswith("s") else (last,)
    # "the Okafors", "the Brandt wedding": a family, even with a noun this list lacks
    return not any(f in surnames or f in given for f in forms)


# A city that is a given name too, where the text travels: "a flight from Dublin to
# Boston", "going to Rome by train" (not "I'm going to Sydney's party").
TRAVEL = re.compile(
    r"\b(?:flights?|fly|flying|flew|train|trains|trip|travel\w*|holiday|vacation|hotel|"
    r"drive|driving|route|airline|airport|visa|tour|itinerary|journey|commute|move to|"
    r"moving to|moved to|cheaper|weather|visit|visiting|live in|living in)\b",
    re.IGNORECASE,
)
TO_PLACE = re.compile(
    r"\b(?i:to|from|in|into|via|around|near|visit|visiting|between|and)[^\S\n]+\Z"
)


def _famous(text: str, span: Span) -> bool:
    """A famous name, or a famous character named with the title before it ("Mr Darcy",
    "Dr Jekyll")."""
    if public.famous(text[span.start : span.end]):
        return True
    title = TITLE_BEFORE.search(text, max(0, span.start - 12), span.start)
    return title is not None and public.famous_full(text[title.start() : span.end])


# A thing given a name: "a Secret named api-tokens", "the Service called web" (a
# person's name comes after "named", not before it).
_NAMED_AFTER = re.compile(r"[^\S\n]+(?:named|called)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?i:a|an|the)[^\S\n]+\Z")


def _thing_named(text: str, span: Span) -> bool:
    return (
        _NAMED_AFTER.match(text, span.end) is not None
        and _ARTICLE_BEFORE.search(text, max(0, span.start - 5), span.start) is not None
    )


# A character made up for the request: "Invent a villain named Oswin", "a story about a
# fox called Pell". The indefinite article brings someone new into a made-up world; a real
# person the writer deals with is written "my colleague Isaura" or reads as everyday
# dealings (LIFE: "an email to a colleague named Isaura about the invoice").
_INVENTED_BEFORE = re.compile(
    r"\b(?i:a|an)[^\S\n]+(?:[\w-]+[^\S\n]+){1,3}(?i:named|called)[^\S\n]+\Z"
)
_MADE_UP = re.compile(r"\b(?:invent|make up|made up|come up with|create|imagine)\b", re.IGNORECASE)


def _invented(text: str, span: Span, facts: Facts) -> bool:
    return (
        _INVENTED_BEFORE.search(text, max(0, span.start - 48), span.start) is not None
        and (facts.fiction or facts.story or _MADE_UP.search(text) is not None)
        and LIFE.search(text) is None
    )


# A company or an institution, told by what is said of it: "Ericsson was founded in 1876",
# "Bosch, founded in 1886, is headquartered in Gerlingen" (a person is born, not founded).
FOUNDED_AFTER = re.compile(
    r"(?:[^\S\n]+(?:was|were|is|are|has been)|[^\S\n]*,)[^\S\n]+(?:founded|established|"
    r"incorporated|headquartered|listed on|traded on)\b"
)


# A holiday named after someone: "Valentine's Day", "St Patrick's Day", "Mother's Day".
_HOLIDAY_AFTER = re.compile(r"['’]s[^\S\n]+(?:Day|Eve)\b")
_DAY_AFTER = re.compile(r"[^\S\n]+(?:Day|Eve)\b")
_HOLIDAY_TAIL = re.compile(r"['’]s[^\S\n]+(?:Day|Eve)\Z")
_OWNED_BEFORE = re.compile(r"['’]s[^\S\n]+\Z")


def _holiday(text: str, span: Span) -> bool:
    value = text[span.start : span.end]
    return (
        _HOLIDAY_AFTER.match(text, span.end) is not None
        or (value.endswith(("'s", "’s")) and _DAY_AFTER.match(text, span.end) is not None)
        or _HOLIDAY_TAIL.search(value) is not None
        or (value in ("Day", "Eve") and _OWNED_BEFORE.search(text, 0, span.start) is not None)
    )


def travelled(text: str, span: Span) -> bool:
    value = text[span.start : span.end]
    return (
        " " not in value
        and (value in public.all_big_cities() or value in public.all_places())
        and TO_PLACE.search(text, max(0, span.start - 12), span.start) is not None
        and text[span.end : span.end + 2] not in ("'s", "’s")
        and TRAVEL.search(text) is not None
    )


TITLE_BEFORE = re.compile(
    rf"\b(?:{cues.HONORIFICS}|{cues.FOREIGN_HONORIFICS}|{cues.KIN_TITLES})\.?\s*$", re.IGNORECASE
)
# A kin word as a title ("grandma rosa", "Auntie Bronwen"): family, outside word problems.
KIN_BEFORE = re.compile(rf"\b(?:{cues.KIN_TITLES})\s*$", re.IGNORECASE)
FIRST_PERSON = cues.FIRST_PERSON


# The cues that make even a famous full name someone the writer knows.
OWN_CUE = re.compile(
    r"\b(?:(?:my|our|his|her|their) (?:\w+ )?(?:[\w-]+)|name is|i am|i'm|call me|dear|hi|"
    r"hello|hey)\W*$",
    re.IGNORECASE,
)


_PRONOUN = re.compile(
    r"(?i:he|she|they|it|we|you|i|who|someone|everyone|nobody|one)(?:['’]s|['’]re)?\b"
)


def titled(text: str, span: Span) -> bool:
    return TITLE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None


@dataclass(frozen=True)
class Facts:
    """What `cued` asks of the whole text, read once per text by `adjust` (a long text has
    many names)."""

    few_numbers: bool  # fewer than two quantities: no word problem
    fiction: bool
    story: bool
    first_person: bool
    exam: bool


def read_facts(text: str) -> Facts:
    return Facts(
        few_numbers=len(NUMBERS.findall(text)) < 2,
        fiction=FICTION.search(text) is not None,
        story=STORY.search(text) is not None,
        first_person=FIRST_PERSON.search(text) is not None,
        exam=exam_like(text),
    )


# Where a city is the one to see: "… what should we see there?", "… on our trip".
_SEEN_THERE = re.compile(r"\b(?:there|sights?|sightseeing)\b", re.IGNORECASE)


def _city_seen(text: str, span: Span) -> bool:
    """A big city said to be lovely in a text about going there: "Florence is lovely in
    spring, what should we see there?" (a place, whatever its trait)."""
    value = text[span.start : span.end]
    return (
        " " not in value
        and value in public.all_big_cities()
        and (TRAVEL.search(text) is not None or _SEEN_THERE.search(text) is not None)
    )


def _described(text: str, span: Span) -> bool:
    """What is said of the person right around the name: what they say, how they are,
    where they live, whether they come, why they behave so."""
    return (
        SAYS_AFTER.match(text, span.end) is not None
        or (TRAIT_AFTER.match(text, span.end) is not None and not _city_seen(text, span))
        or (
            WHERE_BEFORE.search(text, max(0, span.start - 12), span.start) is not None
            and LIVES_AFTER.match(text, span.end) is not None
        )
        or (
            ASKED_BEFORE.search(text, max(0, span.start - 12), span.start) is not None
            and COMING_AFTER.match(text, span.end) is not None
        )
        or (
            WHY_BEFORE.search(text, max(0, span.start - 16), span.start) is not None
            and HABIT_AFTER.match(text, span.end) is not None
        )
    )


# The name opens a new sentence on the same line: the word before the full stop ends the
# last one ("… charged per message. Ravi sent 90 …"), unless it signs off ("Thanks. Dev").
_NEW_SENTENCE = re.compile(
    r"(?<![\w.])(?!(?i:thanks|thank you|cheers|regards|best|love|sincerely|faithfully|truly|"
    r"signed|hi|hello|hey|dear)\.)[a-z][\w'’-]*\.[^\S\n]+\Z"
)


# A name's value quoted right after the word "name": "the customer name 'Ilse Vermeer'",
# "renders the name "Obi Eze" wrongly" (what is asked about a name, unquoted, is not:
# "what does the name Aoife mean").
QUOTED_AFTER_NAME = re.compile(
    r"\b(?:full |first |last |customer |user |client |patient |contact |account |display )?"
    r"name(?:\s+(?:is|was|as|of))?\s*[:=]?\s*['\"‘“]\Z",
    re.IGNORECASE,
)


def _quoted_full_name(value: str) -> bool:
    """Two words or more and no sample name: "'Ilse Vermeer'", not "'Aoife'" (a name
    asked about) nor "'John Doe'"."""
    value = value.strip("'\"‘’“”`")
    return len(value.split()) >= 2 and _SAMPLE_PERSON.fullmatch(value) is None


def cued(text: str, span: Span, facts: Facts | None = None) -> bool:
    """A personal cue right before the span (or a personal detail right after it).
    `facts`: the text's `read_facts`, when the caller reads several names of one text."""
    raw = text[max(0, span.start - 48) : span.start]
    before = raw.rstrip("'\"“‘`")  # "email 'Ms …"
    if CUE_BEFORE.search(before) and not _NEW_SENTENCE.search(before):
        return True
    if QUOTED_AFTER_NAME.search(raw) and _quoted_full_name(text[span.start : span.end]):
        return True
    after = CUE_AFTER.match(text, span.end)
    facts = facts or read_facts(text)
    if (
        (_APPOSED.search(before) or _CARED_FOR.search(before))
        and not facts.exam
        and not _NEW_SENTENCE.search(before)
    ):
        return True
    if (
        _ASKED_ABOUT.search(text, max(0, span.start - 20), span.start) is not None
        and not facts.exam
        and not any(c.isupper() for c in text)
        and not _famous_typed_lower(text, span)
    ):
        return True  # a chat message asks what they did: "did ingolf pay for the taxi or not"
    # An age in a multiple-choice case ("Marek, aged 7, has …  A) …") is no cue, nor a
    # possession in a word problem ("Ben's phone battery drops 8% an hour …").
    if (
        after is not None
        and not (AGE.match(after.group()) and choices(text))
        and not (facts.exam and after.group()[:1] in "'’")
    ):
        return True
    if not facts.exam and (
        POSSESSED_AFTER.match(text, span.end) is not None
        or (
            _WRITTEN_FOR.search(text, max(0, span.start - 80), span.start) is not None
            and _FOR_WHOM_AFTER.match(text, span.end) is not None
        )
    ):
        return True
    told = PRONOUN_AFTER.match(text, span.end) is not None or (
        not facts.story and _described(text, span)
    )
    said_of = (
        A_PERSON_AFTER.match(text, span.end) is not None
        or ACTS_PERSONALLY.match(text, span.end) is not None
        # quantities: a word problem, however phrased
        or (told and facts.few_numbers and not facts.fiction)
    )
    if said_of and not facts.exam:
        return True
    if (
        facts.first_person
        and facts.few_numbers
        and not (facts.fiction or facts.story or facts.exam)
        and _subject(text, span)
        and not _brand(text[span.start : span.end])  # "Siri keeps calling me …"
        and not _city_seen(text, span)  # "Florence is lovely, what should we see there?"
        and _ITS.match(text, span.end) is None  # "Chase raised its fees": a company
    ):
        return True  # "Bao borrowed my drill and … how do I ask": the writer deals with them
    if cues.TO_WRITER.match(text, span.end) and not _brand(text[span.start : span.end]):
        return True  # "Oyelaran texts me …": someone the writer deals with (not "Siri")
    if (
        WITH_WRITER_AFTER.match(text, span.end) is not None
        or WITH_WRITER_BEFORE.search(text, max(0, span.start - 8), span.start) is not None
    ) and not (facts.fiction or facts.story or _brand(text[span.start : span.end])):
        return True  # "how much do Rashmi and I each save", "me and Dario split the rent"
    if cues.KNOWN_FROM_AFTER.match(text, span.end) and not _PRONOUN.match(
        text, span.start, span.end
    ):
        return True  # "ingrid next door said …", "Oduya in payroll" (not "she's at work")
    if (
        _NEIGHBOURS_AFTER.match(text, span.end)
        and text[max(0, span.start - 4) : span.start].lower() == "the "
        and text[span.end - 1] == "s"
        and not _brand(text[span.start : span.end])
    ):
        return True  # "The Haddads next door have builders in": a family the writer lives by
    # Someone who weighs in on the question just asked: "… at 4 knots? Orla reckons an
    # hour." A word problem asks its question last, of the people it set up before it.
    if _ASKED_THEN.search(text, max(0, span.start - 4), span.start) and _WEIGHS_IN.match(
        text, span.end
    ):
        return True
    # A title between the cue and the name: "a card for Father Tom", "email Dr Mensah".
    title = _TITLE_ENDING.search(before)
    if title is not None and title.start() > 0:
        lead = before[: title.start()]
        if CUE_BEFORE.search(lead) and not _NEW_SENTENCE.search(lead):
            return True
    # The model took the greeting into the name: "Hallo Katrin".
    first, _, rest = text[span.start : span.end].partition(" ")
    return bool(rest) and CUE_BEFORE.search(f"{before}{first} ") is not None


_ASKED_THEN = re.compile(r"\?[^\S\n]+\Z")
_WEIGHS_IN = re.compile(
    r"[^\S\n]+(?:thinks|reckons|says|swears|bets|insists|reckoned|thought|said|reckon)\b"
)


# A title that ends the text before a name: honorifics, kin and clergy ("Father", "Rev").
_TITLE_ENDING = re.compile(
    rf"\b(?:{cues.HONORIFICS}|{cues.FOREIGN_HONORIFICS}|{cues.KIN_TITLES}|"
    r"father|fr|sister|brother|rev|reverend|pastor|imam|rabbi|canon|deacon|cllr|councillor)"
    r"\.?[^\S\n]+\Z",
    re.IGNORECASE,
)


_NEXT_WORD = re.compile(r"[^\S\n]+([a-z'’-]+)")


def _famous_typed_lower(text: str, span: Span) -> bool:
    """A famous name typed in lower case, the span holding its first word or all of it:
    "what did nelson mandela do …"."""
    value = text[span.start : span.end]
    following = _NEXT_WORD.match(text, span.end)
    if following is not None:
        value = f"{value} {following.group(1)}"
    return public.famous(value.title()) or public.famous(text[span.start : span.end].title())


# A question that opens on what someone did, does or is, right before the name.
_ASKED_ABOUT = re.compile(
    r"(?:^|[.!?\n]\s*|\b(?:what|where|when|why|how|who|which)\s+)"
    r"(?:did|does|is|was|has|had|will|would|can|could|should|shld)\s+\Z"
)


def eponym(text: str, span: Span) -> bool:
    """A name used as the name of a technical thing, not of a person."""
    value = text[span.start : span.end]
    if value.endswith(("'s", "’s")):
        return EPONYM_OWNED.match(text, span.end) is not None
    return EPONYM_AFTER.match(text, span.end) is not None


# Technical or scholarly subject matter: names in it are mostly of results, methods and
# authors ("how did Wiles use modular forms?").
TECHNICAL = re.compile(
    r"\b(?:theorem|lemma|conjecture|equation|formula|algorithm|proof|prove|derive|integral|"
    r"matrix|vector|eigen\w*|derivative|polynomial|probability|statistic\w*|regression|"
    r"physics|chemistry|calculus|algebra|geometry|topology|python|javascript|java|rust|sql|"
    r"function|compile[rd]?|api|library|framework|database|kernel|model|neural|quantum|"
    r"molecule|protein|enzyme|reaction|theory|hypothesis|principle|law of|laws of|"
    r"economics|finance|volatility|option pricing|programming|install|configure|error)\b",
    re.IGNORECASE,
)
# A question about a subject, not a request about someone the writer deals with: public
# figures, historical and fictional people ("Why did Julius Caesar cross …?").
KNOWLEDGE = re.compile(
    r"^\W*(?:(?:who|whom|whose|what|what's|which|where|why|how)\b|"
    # "When did …" asks; "When Ana moved to Leeds, she …" tells
    r"when\s+(?=(?:did|does|do|is|was|were|are|will|would|can|could|should|has|have|had)\b)|"
    r"(?:did|does|do|is|was|were|are|has|have|had|can|could|would|should|will)\s+"
    r"(?!you\b|u\b|we\b|i\b|there\b)(?=\w)|"
    r"tell me about|teach me|give me|summari[sz]e|recommend|list|name|compare|describe|"
    r"explain|analy[sz]e|review|themes?|history of|best|top \d+)\b",
    re.IGNORECASE,
)
# A name inside quotes or backticks is a title or an identifier: "'Mrs Dalloway'",
# "`Person`".
QUOTED = re.compile(r"(['\"“‘`])([^'\"“”‘’`\n]{1,80}?)(['\"”’`])(?!\w)")
# Brands and products named after people, and technology names the model reads as names.
BRANDS = words(
    """Dockerfile Jenkinsfile Makefile Gemfile Podfile Procfile Vagrantfile Rakefile
    Tesla Ford Dell Ferrari Porsche Chevrolet Chevy Adobe Acrobat Disney Boeing Siemens
    Philips Honda Toyota Nissan Suzuki Yamaha Kawasaki Mercedes Benz Daimler Bosch Braun
    Peugeot Renault Citroen Citroën Lamborghini Maserati Bugatti Rolls Royce Bentley Audi
    Opel Dodge Chrysler Lincoln Cadillac Buick McLaren Hyundai Kia Mazda Subaru Volvo Skoda
    McDonald McDonald's Wendy's Nando's Domino's Sainsbury's Macy's Arby's Applebee's
    Kellogg Kellogg's Heinz Hershey Nestle Nestlé Cadbury Mars
    Gillette Colgate Johnson Dyson Miele Hoover Kodak Nikon Canon Casio Hewlett Packard
    Compaq Lenovo Asus Acer Siri Alexa Cortana Python Pandas Seaborn Django Flask Jupyter
    Kafka Cassandra Hadoop Spark Kubernetes Docker Linux Debian Ubuntu Fedora Excel Word
    PowerPoint Outlook Teams Slack Zoom Figma Notion Salesforce Oracle Walmart Costco Chanel
    Gucci Prada Versace Armani Dior Hermès Hermes Cartier Tiffany Rolex Omega Ikea IKEA
    Jacobian Hessian Laplacian Hamiltonian Lagrangian Gaussian Bayesian Euclidean Boolean
    Newtonian Markovian Riemannian Hermitian Cartesian Fourier Kalman Markov ChatGPT
    Copilot Claude Gemini Bard Grok Llama Mistral Bixby Google Bing Alexa Jenkins
    Postgres PostgreSQL MySQL Redis Nginx Grafana Prometheus Terraform Ansible
    WhatsApp Instagram Facebook TikTok YouTube Snapchat Telegram Signal Viber
    GitHub GitLab Bitbucket Jira Confluence Trello Asana Databricks Snowflake Stripe Twilio
    Shopify Zendesk HubSpot Atlassian Okta Datadog Sentry PagerDuty Heroku Vercel Netlify
    Cloudflare Bitcoin Ethereum Stellantis Airbnb Uber Lyft Spotify Netflix Nvidia NVIDIA
    Contoso Fabrikam Northwind Tailspin Litware Proseware Woodgrove Wingtip Acme ACME Globex
    Initech Hooli Dunder Cyberdyne Vandelay Wonka
    Monzo Starling Revolut Barclays Barclaycard HSBC NatWest Lloyds Halifax Santander
    Nationwide Citibank Citi Klarna Rabobank Commerzbank Raiffeisen
    Amex"""
)  # Contoso … Wonka: the sample companies of documentation and fiction; Monzo …: banks (not
# Venmo, Zelle or PayPal: verbs with a person after them, "Venmo Tansy $28")
BRANDS_FOLDED = frozenset(b.lower() for b in BRANDS)


# Everyday dealings with real people: work, school, care, money, housing, the law, family
# events. Names in such a request are people the writer deals with, even when it reads
# as an instruction ("Summarise this for the hiring panel: …").
LIFE = re.compile(
    r"\b(?:hir(?:e|ed|ing)|fir(?:e|ed|ing)|salary|salaries|payroll|pay ?slip|severance|"
    r"notice period|redundan\w+|resign\w*|promot\w+|appraisal|performance review|"
    r"disciplinary|grievance|misconduct|hr|onboarding|interview(?:ed|ing)?|candidate|"
    r"(?<!with )(?<!in )references?|cv|résumé|resume|shift|rota|timesheet|expenses|invoice|overdue|"
    r"refund|complaint|customer|client|tenant|landlord|landlady|rent|lease|deposit|"
    r"eviction|neighbou?r|boiler|pupils?|students?|class|classroom|seating plan|iep|"
    r"parents? evening|report card|detention|homework|school|teacher|tutor|patient|"
    r"diagnos\w+|prescription|medication|appointment|surgery|therapy|carer|caregiver|"
    r"nursing|gp|clinic|hospital|discharge|allergy|allergic|witness|statement|"
    r"solicitor|lawyer|court|custody|child support|divorce|probate|executor|last will|"
    # the noun: "my aunt's will", "contest the will" (not "the company will expand")
    r"(?:(?:a|my|his|her|their|our|your|the)|['’]s)\s+will(?!\s+(?:be|not|have|get|go)\b)|"
    r"birthday|wedding|eulogy|funeral|condolence|anniversary|first date|dating|"
    r"boyfriend|girlfriend|roommate|flatmate|coworker|colleague|boss|manager|team|"
    r"meeting|standup|retro|slack|teams chat|email thread|attendees|minutes|"
    r"booking|reservation|check-?in|guest|visa|passport|loan|mortgage|debt|"
    r"bank|account|transfer|reconcile|accounts|payment|family|kids|nursery|daycare|"
    r"babysit\w*|wedding|party|rsvp|guest list|guests|seating|secret santa|dinner|"
    r"name cards|place cards|wages|employer|minimum wage|cease and desist|lawsuit|sue|"
    r"harass\w*|defam\w*|restraining order|police|essay|year \d{1,2}|landlord|wheelchair|"
    r"carer|packing list|trip|gift|present for|expense claim|reimburs\w+|receipts?|"
    r"sick (?:leave|note)|annual leave|time off|overtime|bonus|"
    # how a parent tells of their own child's day (not a symptom any health question names)
    r"floppy|teething|nappy|nappies|won['’]t (?:eat|drink|settle|sleep)|braces|"
    r"orthodontist)\b",
    re.IGNORECASE,
)
# Life events one writes to or about someone for: beside LIFE for the text's reading of a
# name, not for a famous name's cue ("a congratulations message for Harry Potter" stays a
# character).
LIFE_EVENTS = re.compile(
    r"\b(?:retir(?:e|ed|es|ing|ement)|engaged|engagement|graduat(?:e|ed|ing|ion)|farewell|"
    r"leaving (?:do|party|card|present)|congratulat\w+|get well|sympathy|newborn|"
    r"baby shower|housewarming|\d+(?:st|nd|rd|th) birthday|\d0th|shout-?out|"
    r"thank-?you (?:note|card|message|email))\b",
    re.IGNORECASE,
)


# Asking how to deal with someone, in the writer's own life: "How should I respond when …",
# "what do i say to …", "is it ok if i …".
ADVICE = re.compile(
    r"\b(?:how|what|when|should|can|could|is it|do)\b[^.?!\n]{0,20}\b(?:I|i)\b"
    r"[^.?!\n]{0,12}\b(?:respond|reply|say|tell|ask|handle|deal|react|approach|talk|"
    r"apologi[sz]e|bring (?:it|this) up|confront|explain|answer|text|write|thank|"
    r"support|help|invite|forgive|trust)\b"
)


# What a question about a subject, an instruction, fiction or a technical text does to the
# names in it (`text_factor`).
ASKED_FACTOR = 0.6


def _asked_only(text: str) -> bool:
    """Lowered only as a question ("Can …", "How far can …", "Why would …"): no fiction,
    instruction or technical subject."""
    return not (FICTION.search(text) or INSTRUCTION.search(text) or TECHNICAL.search(text))


# What someone can, should or would do, or what it takes for them to do it: "Can Glen
# reuse …", "How far can Abdirahman cycle …", "Is two hours enough for Aurélien to get …".
# (A question about a public figure asks what they did: "Why did Napoleon invade …".)
_MODAL_BEFORE = re.compile(r"\b(?i:can|could|should|would|will|shall|must|might)[^\S\n]+\Z")
_FOR_BEFORE = re.compile(r"\b(?i:for)[^\S\n]+\Z")
_TO_AFTER = re.compile(r"[^\S\n]+to[^\S\n]+[a-z]")


_MODAL_AFTER = re.compile(
    r"[^\S\n]+(?:can|could|should|would|will|wants to|needs to|has to|have to)[^\S\n]+[a-z]"
)


def practical(text: str, span: Span) -> bool:
    before = max(0, span.start - 8)
    return (
        _MODAL_BEFORE.search(text, before, span.start) is not None
        or _MODAL_AFTER.match(text, span.end) is not None
    ) or (
        _FOR_BEFORE.search(text, before, span.start) is not None
        and _TO_AFTER.match(text, span.end) is not None
    )


def _private_given(value: str, score: float = 0.0) -> bool:
    """A capitalised listed given name that web text rarely writes in lower case
    ("Aurélien", "Abdirahman"; not "Glen", "Chase", "Kafka" or a public figure, which
    `adjust` caps first). A question about what such a person can, should or would do is
    about someone the writer knows."""
    first = value.split()[0]
    low = first.lower()
    return (
        (first[:1].isupper() or first == low)
        and first[1:].islower()
        and (
            low in gazetteer.names()[0]
            # a name no list has that the readers called one ("Dawit"), not a place
            or (score >= 0.5 and first != low and low not in _places_folded())
        )
        and rare_in_lower_case(low)
        and not _brand(value)
    )


@cache
def _places_folded() -> frozenset[str]:
    return frozenset(p.lower() for p in (*public.place_names(), *public.all_big_cities()))


# An instruction to organise what several people do, pay or bring: "Split the cabin cost: Odile
# pays 300, Kasimir 250", "Plan Monday: Ines leaves at 8:10, Radek at 8:25". Two
# listed given names or more, each followed by what they do, in a text that opens a
# sentence with a request to plan, split, summarise or tabulate: people the writer deals
# with (a word problem does not ask for a plan; fiction keeps its own reading).
_ORGANISE = re.compile(
    r"(?:^|[:.!?]\s+)(?i:summari[sz]e|plan|organi[sz]e|sort|split|schedule|arrange|"
    r"work out|convert|check|make|draft|write|help|give me|tidy|turn|put|list|rank|"
    r"figure out|calculate|suggest|create|build)\b"
)
_ORGANISED = re.compile(
    r"(?<![\w'’])(?P<name>[A-Z][a-z]+)[^\S\n]+(?:(?:also|still|only|then|now|just)[^\S\n]+)?"
    r"(?:[a-z]{2,}s|[a-z]+ed|is|has|was|wants|needs|can|will|does|did|got|took|"
    r"a third|a half|the rest|from|at|on|\d+)\b"
)


def organises_people(text: str) -> bool:
    if _ORGANISE.search(text) is None or FICTION.search(text):
        return False
    given = gazetteer.names()[0]
    return len({m["name"] for m in _ORGANISED.finditer(text) if m["name"].lower() in given}) >= 2


def text_factor(text: str, *, anchored: bool, personal: bool | None = None) -> float:
    """What the text around them does to the names in it (cued names aside)."""
    if personal is None:
        personal = PERSONAL.search(text) is not None
    if anchored:
        return 1.4
    if exam_like(text) or CODE.search(text):
        return 0.5
    # A question about a subject, unless the writer asks how to deal with someone.
    asked = KNOWLEDGE.search(text) is not None and (
        ("I" not in text and " i " not in text) or ADVICE.search(text) is None
    )
    if (
        not personal
        and LIFE.search(text) is None
        and LIFE_EVENTS.search(text) is None
        and (
            FICTION.search(text) or INSTRUCTION.search(text) or asked
            or TECHNICAL.search(text)
        )
        and not organises_people(text)
    ):  # fmt: skip
        return ASKED_FACTOR
    if personal:
        return 1.3
    # The writer is in the text (I, my, we): a name in it is likelier someone they know.
    return 1.15 if FIRST_PERSON.search(text) else 1.0


# Where a cue could make a name personal whatever the text around it: a window after
# each cue word (and before "born"/"aged"), for the model to read.
CUE_WORD = re.compile(
    r"\b(?:name|i am|i'm|call|calls|dear|hi|hello|hey|hallo|hola|bonjour|ciao|hej|salut|"
    r"thanks|thank|cheers|regards|sincerely|signed|patient|client|customer|tenant|"
    r"employee|applicant|mr|mrs|ms|mx|miss|dr|prof|letter|email|e-mail|message|note|"
    r"reply|write|say|send|forward|text|invite|remind|tell|introduce|my|grandma|grandpa|"
    r"granny|auntie|uncle|aunt|born|aged?|dob)\b",
    re.IGNORECASE,
)


def cue_regions(text: str, reach: int = 60) -> list[tuple[int, int]]:
    regions: list[tuple[int, int]] = []
    for m in finditer_folded(CUE_WORD, text):
        start, end = max(0, m.start() - reach), m.end() + reach
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], end)
        else:
            regions.append((start, end))
    return regions


_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")


def _paragraphs(text: str) -> list[tuple[int, int]] | None:
    """(start, end) of each paragraph, or None for a single one."""
    cuts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    if not cuts:
        return None
    starts = [0, *cuts]
    return [(a, b) for a, b in zip(starts, [*cuts, len(text)], strict=True)]


# A quoted message (several words, not a title) in a request to work on it: translate,
# rewrite, answer, interpret. "Translate: 'Geia sou Eleni, o Nikos tha …'". The names in
# it are people the message is to or from, whatever the instruction around it.
MESSAGE = re.compile(r"(['\"“‘])(?P<body>[^\n]{12,600}?)['\"”’](?=\s|$|[.,;:?!)])")
MATERIAL = re.compile(
    r"\b(?:translat\w*|rewrit\w*|proofread|convert|shorten|reply|respond|answer|interpret|"
    r"mean|meant|fix|polish|sound|tone|edit|summari[sz]e|format|sent|texted|wrote|says|"
    r"said|message|e-?mail|text|note|slack|whatsapp|dm|signs?|grammar)\b",
    re.IGNORECASE,
)


# The same material after a colon: "Rewrite more politely: Lindqvist, your invoice …",
# "Translate these messages:\n<a chat log>". The instruction before the colon names the work.
MATERIAL_COLON = re.compile(r"^(?P<ask>[^:\n]{0,120}):[^\S\n]*\n?(?P<body>\S[\s\S]{11,})$")
# Only work on a message's wording: not "answer the questions:" before a puzzle passage.
MESSAGE_WORK = re.compile(
    r"\b(?:translat\w*|rewrit\w*|rephras\w*|reword\w*|proofread|polish|reply|respond|"
    r"tone|sound|grammar|spelling|politer|more polite\w*|nicer|friendlier)\b",
    re.IGNORECASE,
)


def _messages(text: str) -> list[tuple[int, int]]:
    if MATERIAL.search(text) is None:
        return []
    found = [
        (m.start("body"), m.end("body"))
        for m in MESSAGE.finditer(text)
        if len(m.group("body").split()) >= 3 and not _title_like(m.group("body"))
    ] if any(q in text for q in "'\"“‘") else []  # fmt: skip
    colon = MATERIAL_COLON.match(text)
    if colon is not None and MESSAGE_WORK.search(colon.group("ask")) is not None:
        found.append((colon.start("body"), colon.end("body")))
    return found


def anchors(spans: list[Span]) -> bool:
    """Whether an identifier stands beside the names: a real one, not a placeholder
    mailbox or a weak candidate (scored below 0.5), and not a name's own token read as
    a login as well ("j.doe" in an actor column is one value, not a name beside an id)."""
    people = [s for s in spans if s.type == "PERSON"]
    return any(
        s.type in IDENTIFYING and s.score >= 0.5 and not any(p.overlaps(s) for p in people)
        for s in spans
    )


def adjust(text: str, spans: list[Span], open_names: list[int] | None = None) -> list[Span]:
    """Re-score PERSON spans from the text around them; other spans pass unchanged.
    `open_names`, when given, receives the positions (in the result) of the names no rule
    on the name itself lowered (a public figure, a title, a brand, a street) and no cue
    lifted: only the text around them, or nothing, set their score (the learned text gate
    may lift these).

    Text-level rules (exam item, code, fiction, a task about shown material) may only
    lower a name that has no personal cue of its own and shares its text with no other
    identifier: "Hi, I'm Ana Souza. How many days until my appointment on the 5th?" is an
    exam-shaped question about a real person."""
    people = [s for s in spans if s.type == "PERSON"]
    if not people:
        return spans
    anchored = anchors(spans)
    placeholder = (
        not anchored and next(finditer_folded(cues.PLACEHOLDER_CONTEXT, text), None) is not None
    )
    personal = PERSONAL.search(text) is not None
    cast = _ALICE.search(text) is not None and _BOB.search(text) is not None
    factor = text_factor(text, anchored=anchored, personal=personal)
    # Paragraphs are judged on their own: a word problem pasted under a message that names
    # someone does not make that name an exam character.
    # (An exam item with options or an answer slot is one item whatever its paragraphs.)
    set_item = choices(text) or ANSWER_SLOT.search(text) is not None
    paragraphs = _paragraphs(text) if factor < 1.0 and "\n" in text and not set_item else None
    # A title ("Mr. Okafor") is a cue, except in a third-person word problem or exam item
    # ("Mr. Lee has 3 farms …"): there, only when the writer is in the text too.
    first_person = FIRST_PERSON.search(text) is not None
    comms = next(finditer_folded(COMMS, text), None) is not None
    quoted = (
        [(m.start(2), m.end(2)) for m in QUOTED.finditer(text) if _title_like(m.group(2), comms)]
        if any(q in text for q in "'\"“‘`")
        else None
    )
    messages = _messages(text) if factor < 1.0 and not set_item else []
    adjusted: list[Span] = []
    held: list[tuple[int, int, float]] = []  # names a rule on the name held down, and how
    text_facts: Facts | None = None
    asked_only: bool | None = None
    life: bool | None = None
    # A text that names a famous person or character, with no identifier and without the
    # writer in it, is about their world: "a scene where Homer Simpson's neighbour Ned …",
    # "letters between Abelard and Heloise". Its other names count only with a
    # cue of their own ("my colleague …").
    storied: bool | None = None
    for s in spans:
        if s.type != "PERSON":
            adjusted.append(s)
            continue
        capped = False
        own = factor
        if paragraphs is not None:
            start, end = next(((a, b) for a, b in paragraphs if a <= s.start < b), (0, len(text)))
            own = text_factor(text[start:end], anchored=anchored, personal=personal)
        if messages and any(a <= s.start and s.end <= b for a, b in messages):
            own = max(own, 1.0)  # a message to translate or answer names real people
        core = len(text[: s.end].rstrip("'\"’”`"))  # "Dalloway'" ends inside its quotes
        title = (
            next(((a, b) for a, b in quoted if a <= s.start and core <= b), None)
            if quoted is not None
            else None
        )
        # Inside a quoted title, the title's own words cue nothing: "'My Cousin Rachel'",
        # "'Mrs Dalloway'". Only a cue outside the quotes counts.
        seen, at = text, s
        if title is not None:  # the title's words before the name are left out
            seen = text[: title[0]] + text[s.start :]
            at = replace(s, start=title[0], end=s.end - (s.start - title[0]))
        if seen is text:
            facts = text_facts = text_facts or read_facts(text)  # once per text
        else:
            facts = read_facts(seen)
        is_cued = cued(seen, at, facts) or (titled(seen, at) and (own >= 1.0 or first_person))
        if not is_cued and KIN_BEFORE.search(seen, max(0, at.start - 10), at.start):
            is_cued = not exam_like(text)  # "how often shud grandma rosa check her bp"
        if placeholder:
            is_cued = False  # "placeholder text 'Max Mustermann'": 'text' is no verb here
        # A day or a company named after someone: "Mother's Day", "Royal Mail".
        named_thing = (
            _holiday(text, s)
            or ORG_TAIL.search(text, s.start, s.end) is not None
            or FOUNDED_AFTER.match(text, s.end) is not None
        )
        if _RELATION_ONLY.fullmatch(text, s.start, s.end):
            is_cued, own, capped = False, min(own, 0.3), True  # "my sister and I …"
        elif is_cued and (named_thing or _app(text[s.start : s.end])):
            is_cued = False  # "flowers for Mother's Day", "Royal Mail warns", "Facebook is down"
        if is_cued and not anchored and _famous(text, s):
            # "a scene where Peter Pan meets Captain Nemo", "a letter from Bilbo": a verb is
            # no cue for a famous name; "my coworker Michael Jordan" is.
            if life is None:
                life = LIFE.search(text) is not None  # once per text, not per name
            is_cued = (
                OWN_CUE.search(text, max(0, s.start - 48), s.start) is not None
                or life  # "email … about the invoice"
            )
            if not is_cued:
                own, capped = min(own, 0.4), True
        elif not anchored and not capped:
            if storied is None:
                storied = not first_person and any(
                    _famous(text, p)
                    and TO_PLACE.search(text, max(0, p.start - 12), p.start) is None  # Darwin
                    for p in people
                )
            if (storied or _invented(text, s, facts)) and OWN_CUE.search(
                text, max(0, s.start - 48), s.start
            ) is None:
                is_cued, own, capped = False, min(own, 0.4), True
        if is_cued:
            own = max(own, 1.3)
        elif (
            eponym(text, s)
            or ROYAL.search(text, max(0, s.start - 12), s.end + 6) is not None
            or _EPITHET.match(text, s.start) is not None
            or (
                _EPITHET_WORD.fullmatch(text, s.start, s.end) is not None
                and text[max(0, s.start - 4) : s.start].lower() == "the "
            )
            or _brand(text[s.start : s.end])
            or _brand(text[s.start : s.end + 2].replace("’", "'"))  # "Wendy" of "at Wendy's"
            or _after_brand(text, s)
            or _after_the(text, s)
            or _thing_named(text, s)
            or named_thing
            or travelled(text, s)
            or STREET_NAMED.search(text, max(0, s.start - 24), s.start) is not None
            or STREET_LEAD.match(text, s.start) is not None
            or text[s.start : s.end].removesuffix("'s") in HOLIDAYS
            or _COLUMNS.search(text, s.start, s.end) is not None
            or _in_date(text, s)
            or _other_language_words(text, s)
            or _STREET_AFTER.match(text, s.end) is not None
            or _STREET_AFTER.fullmatch(" " + text[s.start : s.end]) is not None
            or LANDMARK.search(text[s.start : s.end]) is not None
            or _code_word(text[s.start : s.end])
            or _plural_noun(text[s.start : s.end])
            or (cast and text[s.start : s.end].removesuffix("'s") in _CAST)
            or _SAMPLE_PERSON.fullmatch(text[s.start : s.end].removesuffix("'s")) is not None
        ):
            own, capped = min(own, 0.3), True  # "Rue de la Paix", "Via del Corso": a street
        elif placeholder:
            own, capped = min(own, 0.4), True  # "a form with placeholder text 'Jane Smith'"
        elif not anchored and public.known(text[s.start : s.end], alone_ok=not first_person):
            own, capped = min(own, 0.4), True  # Einstein, Mrs Dalloway, "Phoenix vs Denver"
        elif not anchored and title is not None:
            # a quoted title; beside a card number or a phone it is a quoted record
            own, capped = min(own, 0.5), True
        elif not (anchored or personal or first_person) and DOUBLE_NAME.fullmatch(
            text[s.start : s.end]
        ):
            own, capped = min(own, 0.5), True  # "Bellman-Ford": a method, not a person
        elif own < 1.0 and facts.exam and not set_item and _full_name(text[s.start : s.end]):
            own = 1.0  # "Sunil Varma checks his sugar every 4 hours … how many packs …?"
        elif (
            own == ASKED_FACTOR
            and practical(text, s)
            and _private_given(text[s.start : s.end], s.score)
        ):
            if asked_only is None:
                asked_only = _asked_only(text)
            if asked_only:
                own = 1.0  # "Can Aurélien get from Lille to Brussels in two hours?"
        if capped:
            held.append((s.start, s.end, min(0.99, round(s.score * own, 3))))
        elif open_names is not None and not is_cued:
            open_names.append(len(adjusted))
        adjusted.append(replace(s, score=min(0.99, round(s.score * own, 3))))
    if not held:
        return adjusted
    # A part of a name a rule held down is held down too: "Tony" of "Tony Stark".
    return [
        replace(s, score=min(s.score, *(c for a, b, c in held if a <= s.start and s.end <= b)))
        if s.type == "PERSON"
        and any(a <= s.start and s.end <= b and s.score > c for a, b, c in held)
        else s
        for s in adjusted
    ]


# A full name: two or three capitalised words that web text rarely writes in lower case
# ("Sunil Varma", not "Golden Gate" or "Principal Greene").
_FULL_NAME = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:[ -][A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+){1,2}")


def _full_name(value: str) -> bool:
    """A word problem names its characters by a first name ("Maya has 3 apples"); one told
    of by full name is about a real person, unless a set exam item (options, an answer
    slot) or famous (the caller caps those first)."""
    return _FULL_NAME.fullmatch(value) is not None and all(
        rare_in_lower_case(w.lower()) for w in re.split(r"[ -]", value)
    )


# A ruler by epithet or as the first of the name: "Catherine the Great", "Ivan the
# Terrible", "Elizabeth I of England", "Elizabeth I's court" (the pronoun I never follows a
# name so); and the epithet read alone ("the Great").
_EPITHETS = (
    r"Great|Conqueror|Elder|Younger|Terrible|Wise|Bold|Lionheart|Confessor|Magnificent|"
    r"Pious|Unready|Venerable|Navigator|Liberator|Impaler"
)
_EPITHET = re.compile(
    rf"[A-Z][a-z]+(?:[^\S\n]+the[^\S\n]+(?:{_EPITHETS})\b|"
    r"[^\S\n]+I(?:[^\S\n]+of[^\S\n]+[A-Z]|['’]s\b|[^\S\n]+and[^\S\n]+[A-Z][a-z]+[^\S\n]+"
    rf"(?:I{{1,3}}|IV|V|VI{{1,3}}|the[^\S\n]+(?:{_EPITHETS}))\b))"
)
_EPITHET_WORD = re.compile(_EPITHETS)
# A monarch or a pope: "Queen Elizabeth II's corgis", "Empress Wu", "Henry VIII", "Pope
# Francis" (public history, not a private person); a head of state or government, a
# minister, a senator, a governor ("Chancellor Olaf Scholz"). King, Prince and Princess
# are given names in some countries ("Prince Adeyemi sent the file"): not in the list.
ROYAL = re.compile(
    r"\b(?:Queen|Emperor|Empress|Tsar|Czar|Pope|Sultan|"
    r"Pharaoh|Kaiser|Shah|President|Minister|Chancellor|Senator|Congressman|Congresswoman|"
    r"Governor)[^\S\n]+[A-Z][\w'’-]+|"
    r"\b[A-Z][a-z]+[^\S\n]+(?:II|III|IV|VI|VII|VIII|IX|XI|XII|XIII|XIV|XV|XVI)\b(?![\w-])"
)
# A place or a building named after someone or something: "Central Park", "Brooklyn
# Bridge", "Victoria Station", "Birmingham Jail" (a person's name never ends so; "Park"
# itself is a surname, so it is not in the list).
LANDMARK = re.compile(
    r"(?<![\s.])[ ](?:Bridge|Street|Square|Tower|Palace|Jail|Prison|Station|Airport|"
    r"Cathedral|Abbey|Castle|Museum|Gallery|Stadium|Arena|Falls|Lake|River|Mountains?|Valley|Beach|Island|"
    r"Islands|Hospital|University|College|Church|Temple|Mosque|Zoo|Gardens?|Theatre|Theater|"
    r"Market|Mall|Hotel|Road|Avenue|Boulevard|Canal|Harbou?r|Pier|Memorial|Monument|Library|"
    r"Centre|Center|Plaza|Heights|Hills)['’]?s?$"
)
# An identifier of code: "FileNotFoundError", "GeoJSON", "getUserName" (a name has one
# capital inside at most: "McDonald", "DeShawn", "MacKenzie").
_CAMEL_STEP = re.compile(r"[a-z][A-Z]")
_INNER_CAPS = re.compile(r"[a-z][A-Z]{2,}")


# The names of forms and samples: John Doe, Jane Doe, Richard Roe, Max Mustermann.
_SAMPLE_PERSON = re.compile(
    r"(?:John|Jane|Johnny|Baby|Richard|Janie) (?:Doe|Roe)|(?:Max|Erika) Mustermann"
)
# The cast of cryptography, protocol and logic examples: with both Alice and Bob in a text
# they are roles ("Alice publishes (n, e); Bob encrypts m", "Alice is older than Bob").
_ALICE = re.compile(r"\bAlice\b")
_BOB = re.compile(r"\bBob\b")
_CAST = frozenset(
    {"Alice", "Bob", "Carol", "Charlie", "Dave", "Eve", "Mallory", "Trent", "Peggy", "Victor"}
)


def _plural_noun(value: str) -> bool:
    """A capitalised plural of an everyday English word that no name list has: a heading
    or a list item ("Timetables", "Refreshments", "Lockers"; not "Jones", "Brooks")."""
    if not (value.isalpha() and value[:1].isupper() and value.endswith("s") and len(value) > 4):
        return False
    low = value.lower()
    given, family = gazetteer.names()
    if low in given or low in family:
        return False
    singulars = [low[:-1]]  # "lockers"
    if low[:-2].endswith(("s", "x", "z", "ch", "sh", "y")):
        singulars.append(low[:-2])  # "boxes", "matches"
    if low.endswith("ies"):
        singulars.append(low[:-3] + "y")  # "libraries"
    return any(len(w) > 2 and common_word(w) for w in singulars)


def _code_word(value: str) -> bool:
    word = value.removesuffix("'s").removesuffix("’s")
    if not word.isalnum():
        return False
    return len(_CAMEL_STEP.findall(word)) >= 2 or _INNER_CAPS.search(word) is not None


# A relation word alone is no name, whatever the reader made of it ("my sister and I …").
# A role a letter greets is no name either: "Dear Customer", "Dear Hiring Manager",
# "Dear Sir/Madam", "Dear Valued Customer".
_ROLES = (
    r"(?:customer|client|sir|madam|colleague|team|guest|member|resident|parent|applicant|"
    r"candidate|user|subscriber|shareholder|partner|supporter|neighbou?r|friend|manager|"
    r"everyone|all)s?(?:/(?:madam|sir))?"
)
_RELATION_ONLY = re.compile(
    rf"(?i:{cues.RELATIONS})s?|(?i:(?:dear\s+)?(?:(?:valued|hiring|account|store|project|line)"
    rf"(?:\s+{_ROLES})?|{_ROLES}))"
)
# A company's name ends so, whatever verb follows it: "Royal Mail says …".
ORG_TAIL = re.compile(
    r"(?<![\s.])[ ](?:Mail|Airways|Airlines|Railways?|Insurance|Holdings|Tour|Festival|"
    r"Awards)['’]?s?$"
)
# A name right after a street word and its particle: the street's name, not a person
# ("Rue de la Paix", "Via Garibaldi", "Calle de Alcalá"); with a house number it is an
# address anyway (addresses.py).
# Street words that open a street's name in Romance and Slavic languages ("Rue", "Calle").
_STREET_WORDS = (
    "rue", "via", "viale", "vicolo", "piazza", "corso", "calle", "avenida", "rua", "largo",
    "boulevard", "chemin", "allée", "impasse", "quai", "strada", "ulica", "praça", "travessa",
    "alameda",
)  # fmt: skip
# Feasts and holidays, never anyone's name: "who cooks at Easter", "the Diwali menu".
HOLIDAYS = frozenset(
    (
        "Thanksgiving", "Christmas", "Xmas", "Easter", "Hanukkah", "Chanukah", "Diwali",
        "Deepavali", "Ramadan", "Eid", "Halloween", "Passover", "Pentecost", "Advent",
        "Kwanzaa", "Hogmanay", "Holi", "Navratri", "Vesak", "Oktoberfest", "Yom Kippur",
        "Rosh Hashanah", "Mardi Gras", "Chinese New Year", "Lunar New Year",
    )
)  # fmt: skip
# A month in a date ("14 Mar 2023", "June 3, 2025") and weekdays said as a habit
# ("open Mondays and Fridays"): no one, whatever given names they are too.
_MONTH = re.compile(
    rf"(?:{'|'.join(('May', *cues.MONTH_ABBREVIATIONS))})\.?|"
    + "|".join(m for m in cues.MONTHS if m != "May")
)
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?[^\S\n]+(?:of[^\S\n]+)?\Z")
_YEAR_AFTER = re.compile(r",?[^\S\n]+(?:\d{1,2}(?:st|nd|rd|th)?,?[^\S\n]+)?(?:1[89]|20)\d\d\b")
_WEEKDAYS = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days|(?:Mon|Tue|Tues|Wed|Weds|Thu|Thur|Thurs|Fri)\.?"
)  # and the working days written short ("pottery moved to Thurs 18:30")
# A weekday before the month ("Tue Sep 17 09:41:02 2024", a log's date), or a day after a
# month written short ("Jun 10", "Sept 3rd"; not "May", a name as often).
_WEEKDAY_BEFORE = re.compile(r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?[^\S\n]+\Z")
_SHORT_MONTH = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_DAY_NUMBER_AFTER = re.compile(r"[^\S\n]+\d{1,2}(?:st|nd|rd|th)?\b")


def _in_date(text: str, span: Span) -> bool:
    value = text[span.start : span.end]
    if _WEEKDAYS.fullmatch(value):
        return True
    if _MONTH.fullmatch(value) is None:
        return False
    return (
        _DAY_BEFORE.search(text, max(0, span.start - 8), span.start) is not None
        or _YEAR_AFTER.match(text, span.end) is not None
        or _WEEKDAY_BEFORE.search(text, max(0, span.start - 8), span.start) is not None
        or (
            _SHORT_MONTH.fullmatch(value) is not None
            and _DAY_NUMBER_AFTER.match(text, span.end) is not None
        )
    )


# The start of a sentence: a capital there is the sentence's, not a name's.
_SENTENCE_START = re.compile(r"(?:\A|[.?!:;\n][\"'“‘(\s]*)[\"'“‘(]*\Z")


def _other_language_words(text: str, span: Span) -> bool:
    """Another language's words read as a name: a question or clause opening a sentence
    ("Wat kost een kaartje", "Hvor lang tid"), or lower-case words among which one is such
    a word ("por la mañana", "jak najszybciej") in a text that writes its capitals."""
    words = text[span.start : span.end].split()
    if not words:
        return False
    foreign = stop_words_of_other_languages()
    first = words[0].lower()
    if (
        first in foreign
        and all(w.islower() for w in words[1:])
        and _SENTENCE_START.search(text, max(0, span.start - 4), span.start) is not None
    ):
        return True
    if (
        all(w.islower() for w in words)
        and any(w in foreign for w in words)
        and any(c.isupper() for c in text)
    ):
        return True
    # In a text written in another language, a phrase holding one of its little words in
    # lower case ("die Sahne", "ska vi") is that language's, not a name.
    return (
        len(words) >= 2
        and any(w in foreign for w in words)
        and _foreign_share(text) >= FOREIGN_SHARE
    )


FOREIGN_SHARE = 0.15
_LETTERS = re.compile(r"[^\W\d_]{3,}")


@lru_cache(maxsize=16)
def _foreign_share(text: str) -> float:
    """The share of a text's words (three letters or more) that are other languages'
    little words: about a third in a Spanish or German question, near none in English."""
    found = _LETTERS.findall(text)
    if not found:
        return 0.0
    foreign = stop_words_of_other_languages()
    return sum(w.lower() in foreign for w in found) / len(found)


# Cells of a table aligned by runs of spaces ("Quarter      Revenue"): no one's name.
_COLUMNS = re.compile(r"[^\S\n]{3,}|\t")
# A street word right after the name, or alone: the name is a street's ("10 Downing
# Street", "Harley Street"); only words no one is called (not Lane, Way, Close).
_STREET_AFTER = re.compile(r"[^\S\n]+(?:Street|Road|Avenue|Boulevard|Terrace|Crescent|Square)\b")
STREET_NAMED = re.compile(
    rf"\b(?i:{'|'.join(_STREET_WORDS)}|avenue|plaza|place)"
    r"[^\S\n]+(?:(?i:de la|de l'|de los|de las|des|du|de|del|della|dei|degli|di|dos|das|"
    r"do|da)[^\S\n]*)?\Z"
)


# The street word read into the name: "Rue de la Paix", "Calle de Alcalá".
STREET_LEAD = re.compile(rf"(?:{'|'.join(w.capitalize() for w in _STREET_WORDS)})[^\S\n]+\S")


def app(value: str) -> bool:
    """A brand no one is named, as typed in any case: "chatgpt", "WhatsApp"."""
    low = value.lower()
    return (low in BRANDS_FOLDED or _brand(value)) and low not in gazetteer.names()[0]


def _app(value: str) -> bool:
    """A brand no one is named: "WhatsApp", not "Chanel" or "Mercedes"."""
    return _brand(value) and value.lower() not in gazetteer.names()[0]


def spoken_of(text: str, title_words: Callable[[str], list[Span]], score: float) -> list[Span]:
    """Capitalised words no word list has (`title_words`: NER.title_words, read only once
    the cheap tests pass), raised to `score` in a text where the writer speaks of a third
    person ("I", "my" … "she", "him"): there, a name is someone the writer knows, whatever
    cue it lacks ("Ignatius fell off his skateboard, should I take him to A&E?"); without
    the writer in the text, only a word that opens a clause and does something ("Anouk
    doesn't eat meat and she …"). Not in an exam item or code, and never a famous person or
    a place ("I loved Newton's proof, he …")."""
    third_person = cues.THIRD_PERSON.search(text) is not None
    signed = SIGNED_AS.search(text) is not None
    if not (third_person or signed) or exam_like(text) or CODE.search(text):
        return []
    first_person = cues.FIRST_PERSON.search(text) is not None
    return [
        replace(s, score=score)
        for s in title_words(text)
        if not public.known(text[s.start : s.end], alone_ok=True)
        and not public.famous(text[s.start : s.end])
        and not _app(text[s.start : s.end])  # "photos on WhatsApp" (not "Bentley got in")
        and (
            (third_person and (first_person or _subject(text, s)))
            # the name a message is to be signed with: "sign it from Tae-yang"
            or (signed and SIGNED_AS.search(text, max(0, s.start - 32), s.start) is not None)
        )
    ]


# Whose name a message is to carry: "sign it from Min-jun", "signed off as Dagny".
SIGNED_AS = re.compile(
    r"\b(?i:sign(?:ed)?(?:[^\S\n]+(?:it|this|them|off|the \w+))?[^\S\n]+(?:from|as|by)|"
    r"sign[^\S\n]+(?:it|this|them|off)[^\S\n]+with)[^\S\n]+\Z"
)


# Where a name stands in a sentence: after a word that puts a person next ("ping haruto",
# "lunch with wayra", "told mpho") or opening a clause that goes on with what it does.
_PERSON_SLOT = re.compile(
    r"\b(?i:with|and|ping|ask|asked|tell|told|text|texted|call|called|thank|thanked|remind|"
    r"cc|message|messaged|email|emailed|meet|met|invite|invited|help|helped|let|lad|lass|"
    r"girl|boy|kid|guy|mate|buddy|for|get|should|shld|can|could|would|will|does|did|has|is)"
    r"[^\S\n]+\Z"
)


def lower_spoken_of(
    text: str, unknown_words: Callable[[str], Iterable[Span]], score: float
) -> list[Span]:
    """Lower-case words no word list has ("haruto", "wayra"), raised to `score` in a text
    that speaks of a third person ("he", "her") where the word stands where a name stands:
    after a word that puts a person next, or (when the writer is in the text too) opening a
    clause about what it does. In a text typed all in lower case (a chat message), also
    where a personal cue marks the word ("cant reach abebe today", "is dawit still
    coming"), with no he or she needed. Not in an exam item or code."""
    third = cues.THIRD_PERSON.search(text) is not None
    chat = not any(c.isupper() for c in text)
    if not (third or chat) or exam_like(text) or CODE.search(text):
        return []
    first_person = cues.FIRST_PERSON.search(text) is not None
    return [
        replace(s, score=score)
        for s in unknown_words(text)
        if s.type == "PERSON"
        and (
            (
                third
                and (
                    _PERSON_SLOT.search(text, max(0, s.start - 12), s.start) is not None
                    or (first_person and _subject(text, s))
                    or _MODAL_AFTER.match(text, s.end) is not None  # "a cake rangi would eat, he …"
                )
            )
            or (
                chat
                and _STRETCHED.search(text, s.start, s.end) is None
                and text[s.start : s.end] not in BRANDS_FOLDED  # "ask chatgpt"
                and cued(text, s)
            )
        )
    ]


# A word typed stretched for stress, no name: "thank you sooo much", "pleeease".
_STRETCHED = re.compile(r"(\w)\1\1")


# What the subject of a clause does next: "Nikhil got …", "Tancredi doesn't drive".
_DOES = re.compile(r"[^\S\n]+(?:[a-z]+n['’]t|[a-z]+(?:s|ed)|is|was|has|had|got|keeps|wants)\b")
_CLAUSE_LEAD = re.compile(r"(?:^|[.!?:;\n]|\b(?:when|if|and|but|because|while|since))[^\S\n]*\Z")


def _subject(text: str, span: Span) -> bool:
    """A word that opens a clause and is followed by what it does (a name about whom the
    text goes on: its he/she makes the text about a person)."""
    return (
        _CLAUSE_LEAD.search(text, max(0, span.start - 10), span.start) is not None
        and _DOES.match(text, span.end) is not None
    )
