"""Names found by lookup rather than by the model: the gazetteer (faker's given names and
surnames of 80+ locales) read with the cues and shapes that say a word is someone's name —
a title or kin word before it in any case ("grandma rose", "pt k. ashbury"), an initial
("D. Okoro"), a surname-first record ("Mwangi, Wanjiru"), a clause about a third person
("Tansy keeps eating my lunch from the fridge"), a lower-case given name + surname ("ross
pendry"). Cheap: regexes and set lookups. `plausible` drops lower-case cue spans that open
with an English word ("my sister really felt")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from itertools import pairwise

from . import cues, gazetteer
from .context import BRANDS_FOLDED, CODE, OPTION, choices
from .names import COMMON, words
from .ner import COMMON_TITLE, clause_start, stop_words
from .public import PLACES
from .spans import Span, finditer_folded

_CAP_WORD = re.compile(
    r"(?<![\w'’])[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]+(?:[-'’][A-Za-zß-ÿā-ž]+)?(?![\w])"
)
_NEXT_CAP = re.compile(
    r"[^\S\n]+([A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]+(?:[-'’][A-Za-zß-ÿā-ž]+)?)(?![\w])"
)
# A lower-case word, alone or before a possessive "'s" ("ayesha's flight"), not a
# contraction's first part ("didn't") nor its second ("i'd"); an opening quote is no
# contraction ("make it nicer: 'renata your bins …'").
_LOWER_WORD = re.compile(r"(?<!\w)(?<!\w['’])[a-zß-öø-ÿā-žḁ-ỿ]{2,}(?:(?![\w'’])|(?=['’]s\b))")
_LOWER_START = re.compile(r"(?<!\w)(?<!\w['’])[a-z]")
_SPACE_LOWER_WORD = re.compile(r"[^\S\n]+(?P<word>[a-zß-öø-ÿā-žḁ-ỿ]{3,})(?![\w'’])")
# A word that opens a clause inside a sentence: "tell my team that maelis is leaving".
_JOINED = re.compile(
    r"\b(?:that|because|cause|cuz|coz|bc|since|but|when|if|so|now|while)[^\S\n]+\Z"
)
# A word then a verb a person does: the clause's subject ("Rose keeps …", "rich said …").
SUBJECT = re.compile(
    r"(?<![\w'’])(?P<name>[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][a-zß-öø-ÿā-ž]+)(?:['’]s)?[^\S\n]+"
    r"(?:is|was|has|had|keeps|kept|gave|gives|said|says|told|tells|left|leaves|didn't|"
    r"doesn't|hasn't|isn't|wasn't|won't|can't|wants|wanted|needs|thinks|asked|sent|sends|"
    r"cried|called|texted|just|never|always|still|will|would|started|quit|forgot|got|made|"
    r"took|went|came|comes|seems|sounds|looks|hates|likes|loves|refuses|refused|owes|"
    r"borrowed|lent|stole|broke|missed|ignores|ignored|blames|blamed|complains|"
    r"complained|messaged|emailed|invited|dumped|ghosted|lied|yelled|shouted|moved|"
    r"passed|died|retired|resigned|joined|quit|fell|falls|hurt|scored|failed|lost|won|"
    r"bought|sold|drives|drove|works|worked|lives|lived|studies|studied|sleeps|slept|"
    r"snores|eats|ate|cooks|cooked|plays|played|visited|visits|calls|can't|cannot|"
    r"couldn't|wouldn't|shouldn't|wasn't|isn't|turned|turns|is turning|finished|texts|"
    r"messages|emails|invites|pays|paid|hugged|kissed|blocked|bullies|bullied|helps|helped|"
    r"thanked|misses|gives|reminds|reminded|replied|tells|asks|owed|picked|swears|swore|"
    r"insists|insisted|claims|claimed|reckons|promised)\b"
)
# What a person does, right after the name (when no he/she says it is someone).
HUMAN_DOING = re.compile(
    r"[^\S\n]+(?:keeps|kept|didn't|doesn't|hasn't|hadn't|isn't|wasn't|won't|can't|cried|"
    r"texted|messaged|emailed|told|asked|refuses|refused|owes|borrowed|stole|ignores|"
    r"ignored|blames|blamed|complained|dumped|ghosted|lied|yelled|shouted|retired|resigned|"
    r"swears|swore|insists|insisted|claims|claimed|reckons|promised|saw|wrote|wants|"
    r"wanted|turns|turned|thinks|reckoned|"
    r"(?:is|was)[^\S\n]+(?:coming|visiting|staying|helping|moving|driving)\b|"
    r"(?:is|was)[^\S\n]+(?:\d{1,3}(?=[^\S\n]*(?:$|[,.!?;]|and\b|years|yrs|y/?o\b|now\b))|"
    r"retiring|leaving|moving|pregnant|getting|being|"
    r"off sick|in hospital|on leave))",
    re.IGNORECASE,
)
# Someone from a team the writer works with, or from next door: "Oduya in payroll says …",
# "sorrel from accounts asked me out" (any case; the word must be a name, see _from_team).
FROM_TEAM = re.compile(
    rf"(?<![\w'’])(?P<name>[^\W\d_][\w'’-]*[^\W\d_]){cues.KNOWN_FROM}",
    re.IGNORECASE,
)
# The writer introducing themselves: "I'm Nkechi, 24, …", "this is Ottar from IT".
INTRODUCED = re.compile(
    r"\b(?:I'm|I’m|I am|Im|this is|it's|it’s)[^\S\n]+(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+)"
    r"(?=[^\S\n]*(?:[,.!]|$|\n|[^\S\n]+(?:and|from|here|btw)\b))"
)
# A role said to be someone: "Groom is Oswin Pellam, bride is Veska", "the claimant: Ines
# Vidal", "patient's name is Kofi".
ROLE_IS = re.compile(
    rf"\b(?i:{cues.ROLE_IS})[^\S\n]+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+(?:[^\S\n]+[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]+){0,2})"
)
# Two or three people as one subject: "buhle and xolani are fighting again", "dong-hyun n
# yerin r coming for dinner", "jimmy and mo and kez are coming over".
PAIR_SUBJECT = re.compile(
    r"(?<![\w'’-])(?P<names>[^\W\d_][\w'’-]+(?:(?:,[^\S\n]*|[^\S\n]+(?:and|&|n)[^\S\n]+)"
    r"[^\W\d_][\w'’-]+){1,2})[^\S\n]+(?:are|r|were|have|both|keep|never|always|just)\b"
)
_PAIR_PART = re.compile(r"[^\W\d_][\w'’-]+")
# A quoted message opening on the name of whom it addresses: "'jordan i dont want the
# sofa back'", "“tomasz pls call me”".
QUOTED_VOCATIVE = re.compile(
    r"(?:^|(?<=['\"“‘:]))[^\S\n]*(?P<name>[^\W\d_][\w'’-]+)(?P<comma>,)?[^\S\n]+"
    r"(?:i|i'm|im|u|you|we|pls|please|can|could|thanks|thank|sorry|just|are|r|ur)\b"
)
# What an action item of meeting notes asks someone to do (ACTION_ITEM and its hint).
_ACTION_VERBS = (
    r"circulate|send|share|draft|follow up|check|confirm|update|review|book|organi[sz]e|"
    r"prepare|contact|email|call|chase|look into|set up|arrange|schedule|write|present|own|"
    r"lead|fix|investigate|sort|finali[sz]e|order|collect|ask|talk|liaise|compile|submit|"
    r"sign off"
)
# Cheap tests that say whether a rule below can match at all: each of those rules may
# start at any word, and most texts hold none of what they need.
WITH_ME_HINT = re.compile(r"\b(?:and|&|n)[^\S\n]+(?:me|I|i)\b|\b(?:me|I)[^\S\n]+(?:and|&|n)\s")
INTRODUCED_HINT = re.compile(r"\b(?:I'm|I’m|I am|Im|this is|it's|it’s)\s+[A-ZÀ-ÖØ-ÞĀ-Ž]")
ROLE_HINT = re.compile(rf"\b{cues.ROLE_IS}")  # on the lower-cased text: no IGNORECASE cost
PAIR_HINT = re.compile(
    r"(?:,|\s(?:and|&|n))\s*[^\W\d_][\w'’-]+[^\S\n]+"
    r"(?:are|r|were|have|both|keep|never|always|just)\b"
)
ACTION_HINT = re.compile(rf"\bto[^\S\n]+(?:{_ACTION_VERBS})\b")
AFTER_TITLE_HINT = re.compile(rf"\b(?i:{cues.AFTER_TITLES})\b")
# The writer and someone: "me and tash", "tash and I", "me n mads".
WITH_ME = re.compile(
    r"\b(?:me|I)[^\S\n]+(?:and|&|n)[^\S\n]+(?P<after>[^\W\d_][\w'’-]*)|"
    r"(?<![\w'’])(?P<before>[^\W\d_][\w'’-]*)[^\S\n]+(?:and|&|n)[^\S\n]+(?:me|I|i)\b"
)
# Verbs of dealing with someone, with the name (any case) right after.
DEALT_WITH = re.compile(
    r"\b(?:tell|ask|text|call|invite|remind|thank|email|e-mail|message|pay|meet|ping|"
    r"congratulate|forgive|dump|fire|hire|visit|pick up|drop off|for|to|with|from|"
    r"quote|quoting|quoted|chase|chasing|chased|invoice|invoicing|invoiced)\s+",
    re.IGNORECASE,
)
RELATIONS = words(
    """sister brother mum mom dad mother father son daughter wife husband friend boss
    partner grandma grandpa granny nan nana aunt uncle cousin niece nephew baby kid child
    neighbour neighbor colleague teacher girlfriend boyfriend fiance fiancee"""
)
# A name owning a life event: "reed's best man speech", "Ola's birthday".
OWNED_EVENT = re.compile(
    r"(?<![\w'’])(?P<name>[^\W\d_]{2,})['’]s[^\S\n]+"
    r"(?:(?:\d{1,3}(?:st|nd|rd|th)|first|big|surprise|new|old|little|next|last)[^\S\n]+)?"
    r"(?:best man speech|birthday|wedding|"
    r"funeral|leaving do|leaving party|retirement|baby shower|hen do|stag do|graduation|"
    r"eulogy|speech|toast|surprise party|engagement|dog|cat|puppy|kitten|pets?|house|flat|"
    r"apartment|place|party|kids|baby|mum|mom|dad|parents|room|garden|car)\b",
    re.IGNORECASE,
)
# The same, typed without the apostrophe, in lower case: "youssefs iftar", "siobhans
# place" (group "name": the given name, without the s).
OWNED_BARE = re.compile(
    r"(?<![\w'’])(?P<name>[a-zß-öø-ÿ]{3,})s[^\S\n]+(?:(?:birthday|surprise|new|old|big)[^\S\n]+)?"
    r"(?:birthday|wedding|funeral|leaving do|party|house|flat|apartment|place|mum|mom|dad|"
    r"parents|kids|iftar|dinner|bbq|barbecue|housewarming|engagement|graduation)\b"
)
# Someone's home, named by its owner: "dinner at Ljiljana's moved to 9", "meeting at kasia's
# later" (not a shop: see _SHOPS).
AT_HOME = re.compile(
    r"\b(?:at|to|from|round|over at)[^\S\n]+(?P<name>[^\W\d_]{2,})['’]s(?![\w'’])",
    re.IGNORECASE,
)
# A given name and the word of respect or kinship some languages put after it: "emre abi",
# "Ayse hanim", "Kenji san", "Ravi bhai", "Meera didi".
NAME_TITLED = re.compile(rf"(?<![\w'’])(?P<name>[^\W\d_]{{2,}})[^\S\n]+(?i:{cues.AFTER_TITLES})\b")
# "San" before a capitalised word is a saint's name or a place ("San Martín", "San
# Diego"), not the Japanese honorific after a name ("Tanaka san").
_SAINT = re.compile(r"[^\S\n]+San[^\S\n]+[A-Z]")
# Something written or given to someone, then a listed given name in lower case, even one
# that is a word too: "a condolence card for mordecai", "a toast for grace", "email to rob".
WRITTEN_FOR = re.compile(
    r"\b(?:card|letter|e-?mail|message|note|text|reply|invite|invitation|speech|toast|"
    r"eulogy|poem|gift|present|msg|dm|thank you|apology)[^\S\n]+(?:\w+[^\S\n]+)?"
    r"(?:to|for|from)[^\S\n]+(?P<name>[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’-]{2,})\b",
    re.IGNORECASE,
)
# A name in capitals, as cards, forms and signatures print it: "LUCA FONTANA", "THOMAS R.
# ELLWOOD" (a listed given name first, a listed name last).
CAPS_NAME = re.compile(
    r"(?<![\w'’])(?P<first>[A-ZÀ-ÖØ-Þ]{2,})(?:[ \t]+[A-Z]\.?)?(?:[ \t]+[A-ZÀ-ÖØ-Þ'’-]{2,})?"
    r"[ \t]+(?P<last>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+)(?![\w'’])"
)
# An action item of meeting notes: "Ines to circulate the budget by Monday", "Action:
# Tomasz to book the room".
ACTION_ITEM = re.compile(
    r"(?:^|(?<=[.;:\n•*-])|(?<=\band))[^\S\n]*(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’-]+)"
    rf"[^\S\n]+to[^\S\n]+(?:{_ACTION_VERBS})\b",
    re.MULTILINE,
)
# Someone asked or told to do something, a listed given name even if it is a word too:
# "asked fern to check my cover letter", "told bill to stop calling".
ASKED_TO = re.compile(
    r"\b(?:asked|told|begged|reminded|invited|paid|got)[^\S\n]+(?P<name>[a-z][a-z'’-]{2,})"
    r"[^\S\n]+to[^\S\n]+[a-z]{3,}"
)
# Shops and chains named like a person's home ("at Wendy's", "to Sainsbury's").
_SHOPS = words(
    """wendy denny macy kohl arby chili dillard moe carl nando domino sainsbury tesco asda
    morrison waitrose mcdonald harrod selfridge debenham boot lowe applebee culver hardee
    zaxby dunkin starbuck trader joe papa john walgreen claire lloyd barclay"""
)
# After a verb of dealing with someone: a name no list has, typed in lower case, when a
# clause goes on after it ("how do i tell oluwaseun i cant make it", "ask gülşen for the
# money back").
DEALT_UNKNOWN = re.compile(
    r"\b(?:tell|ask|text|invite|remind|thank|congratulate|forgive|dump|message|ping)"
    r"[^\S\n]+(?P<name>[^\W\d_]{4,})"
    r"(?=[^\S\n]+(?:i|that|about|if|for|to|why|whether|how)\b|[,.!?])"
)
# Words that title the person named right after them, in any case.
KIN_CUE = re.compile(
    rf"\b(?P<cue>{cues.KIN_TITLES}|{cues.HONORIFICS}|mum|mom|dad|mama|papa|sis|bro|pt|"
    r"(?:girl|boy|guy|man|woman|lady|kid|child|friend|someone|person|student|teacher|"
    r"colleague|coworker|neighbou?r|patient)\s+(?:called|named))\.?\s+(?P<name>[^\W\d_])",
    re.IGNORECASE,
)
_CUED_WORD = re.compile(r"(?<![\w'’])(?:[^\W\d_]\.|[^\W\d_][\w'’-]+)(?![\w'’])")
# Cues that are as often a word of address as a title ("mum said …"): no English word after.
_LOOSE_CUES = frozenset({"mum", "mom", "dad", "mama", "papa", "sis", "bro"})
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]+(?:['’-][A-Za-zß-öø-ÿā-ž]+)?"
SURNAME_FIRST = re.compile(
    rf"(?<![\w])(?P<surname>(?:[A-ZÀ-ÖØ-Þ]'?[^\S\n])?{_CAP}(?:[^\S\n]+{_CAP})?),[^\S\n]*"
    rf"(?P<given>{_CAP})(?![\w'’])(?![^\S\n]+{_CAP})"  # not "Marit Solberg, Tunde Bakare"
)
# A role and, set off by commas, the given name of who holds it: "The roofer, Cosmin, came
# back", "our new yoga tutor, Elodie, says …" (a listed given name, even one a dictionary
# has).
ROLE_APPOSITIVE = re.compile(
    r"\b(?i:the|our|my|your|their|his|her)[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,3}?"
    rf"(?i:{cues.RELATIONS}|owner|founder|organi[sz]er|chair|treasurer|captain|skipper|"
    r"warden|keeper|coordinator|secretary)[^\S\n]*,[^\S\n]*"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’-]+)(?=[^\S\n]*,)"
)


# "D. Okoro", "j. reynolds": an initial, a period, a surname.
INITIAL_SURNAME = re.compile(
    r"(?<![\w.'’])(?P<initial>[A-Za-z])\.[^\S\n]?(?P<surname>[A-Za-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’-]{2,})(?![\w@])"
)
# A title-case word and the title-case words or initials right after it on its line.


# Two words in a row that no word list has, typed in lower case ("radomir wojciechowska",
# "ottilie vandermeulen"): a name, or a phrase of another language ("dzień dobry"). Redaction only:
# a context factor (x1.4 at most) keeps it below the detection threshold.
UNKNOWN_PAIR_SCORE = 0.3


# A template slot: "[First Name]", "{{customer_name}}", "<Your Name>", "{Order ID}".
SLOT = re.compile(r"\[[^\[\]\n]{2,40}\]|\{\{?[^{}\n]{2,40}\}?\}|<[^<>\n]{2,40}>")
_SLOT_WORD = re.compile(r"[^\W\d_]+")


# A listed given name typed in lower case, opening a clause and doing what people do to
# the writer's world, even when it is also a word: "chase says the heating is broken
# again", "ok so amber keeps leaving the door unlocked", "what bill told you about it".
LOWER_SUBJECT = re.compile(
    r"\b(?P<name>[a-z]{3,})[^\S\n]+(?:says|said|told|tells|thinks|thought|wants|wanted|"
    r"keeps|kept|asked|asks|texted|texts|called|calls|used|borrowed|refuses|refused|won't|"
    r"doesn't|didn't|never|always|just)\b"
)
# Words after which a clause opens in chat: "ok so amber …", "what mark said".
_CLAUSE_WORDS = words(
    "and so but that what cos coz because lol omg ok ugh when if why how whether since"
)


def _lower_subjects(text: str, given: frozenset[str]) -> Iterator[Span]:
    for m in LOWER_SUBJECT.finditer(text):
        name = m.group("name")
        if name not in given or name in stop_words() or name in _CLAUSE_WORDS:
            continue
        before = text[: m.start()].rstrip()
        if before and before[-1] not in ".!?,:;\"'(\n" and before.split()[-1] not in _CLAUSE_WORDS:
            continue  # "the bill said": a word with its article, not a clause's subject
        yield Span("PERSON", m.start("name"), m.end("name"), 0.55)


def _no_name(low: str) -> bool:
    """A lower-cased word no rule here reads as a name: a stop word, a relation ("mum"),
    a brand or an assistant ("chatgpt")."""
    return low in stop_words() or low in RELATIONS or low in BRANDS_FOLDED


# Verb forms that are listed given names too ("bitten", "made", "fed", "said"): after an
# auxiliary they are the verb ("was bitten by a dog", "had made"), not a name.
_VERB_FORMS = words("bent bitten dove drew fed hung jarred made manning said tore")
_AUXILIARY_BEFORE = re.compile(
    r"\b(?i:was|were|been|being|be|get|got|gets|getting|has|have|had|['’]ve|['’]d)"
    r"(?:[^\S\n]+(?:not|never|just|already|badly|really|also|recently))?[^\S\n]+\Z"
)

# Banking and form abbreviations typed in lower case that a name list also holds ("Iban",
# "Bic", "Otp"): in lower case, the abbreviation ("my iban is …").
_ABBREVIATIONS = words("iban bic sepa cvv cvc otp ssn nino vat ein itin bsb ifsc upi")


class NameLookup:
    """`english(word)`: whether a lower-case word is an ordinary English word (the NER
    pipeline's word lists: SpacyNER.english)."""

    def __init__(
        self, english: Callable[[str], bool], word: Callable[[str], bool] | None = None
    ) -> None:
        self._english = english
        # An English word that is no name, for words typed in lower case: WordNet lists
        # "helen" and "roberts" among its nouns, but they are names (SpacyNER.word_not_name).
        self._word = word or english

    def names(self, text: str) -> list[Span]:
        """Given names of the gazetteer that are no English word, with the title-case word
        after them ("Kacper", "Adaeze Obi"), and lower-case given name + surname pairs
        ("dave hollis"). Cheap: two regexes and set lookups."""
        given, family = gazetteer.names()
        if not given:
            return []
        found: list[Span] = []
        for m in _CAP_WORD.finditer(text):
            word = m.group()
            low = word.lower()
            if (low not in given and low not in family) or word in COMMON:
                continue
            if word in COMMON_TITLE or self._english(low):
                continue
            # A surname alone ("Brennard interrupts me") is weaker evidence than a given name.
            end, score = m.end(), 0.55 if low in given else 0.45
            after = _NEXT_CAP.match(text, end)
            if after is not None and not self._english(after.group(1).lower()):
                end, score = after.end(), 0.7
            found.append(Span("PERSON", m.start(), end, score))
        found.extend(self._subjects(text, given, family))
        if WITH_ME_HINT.search(text):
            found.extend(self._with_me(text, given))
        found.extend(self._introduced(text, given))
        if PAIR_HINT.search(text):
            found.extend(self._pairs(text, given))
        if any(q in text for q in "'\"“‘:"):
            found.extend(self._quoted_vocatives(text, given))
        if _LOWER_START.search(text):
            found.extend(_lower_subjects(text, given))
        found.extend(self._dealt_with(text, given, family))
        if any(w in text for w in (" from ", " in ", " at ", " next door ", "stairs ", " across ")):
            found.extend(self._from_team(text, given, family))
        found.extend(self._cued_words(text, given, family))
        if "," in text:
            found.extend(self._role_appositives(text, given))
        found.extend(self._initial_surnames(text, family))
        if "," in text:
            found.extend(self._surname_first(text, given, family))
        if _LOWER_START.search(text):
            words = [(w.start(), w.end(), w.group()) for w in _LOWER_WORD.finditer(text)]
            for (a0, _, a), (b0, b1, b) in pairwise(words):
                if (
                    a in given
                    and text[a0 + len(a) : b0].strip() == ""
                    and not self._word(a)
                    and not self._word(b)
                    and b not in stop_words()
                ):
                    if b in family or b in given:
                        found.append(Span("PERSON", a0, b1, 0.6))
                    elif len(b) >= 5 and not self._english(b):
                        # "ingrid vasselborg": a listed given name, then a word no list
                        # has: a surname more often than a typo
                        found.append(Span("PERSON", a0, b1, 0.5))
                elif (
                    len(a) >= 4
                    and len(b) >= 4
                    and text[a0 + len(a) : b0] == " "
                    and a not in family
                    and not self._english(a)
                    and not self._english(b)
                    and a not in stop_words()
                    and b not in stop_words()
                ):
                    found.append(Span("PERSON", a0, b1, UNKNOWN_PAIR_SCORE))
        return found

    def _cued_words(
        self, text: str, given: frozenset[str], family: frozenset[str]
    ) -> Iterator[Span]:
        """A gazetteer name right after a word that titles a person, in any case: "grandma
        rose", "a girl called hazel", "miss patel", "pt k. ashbury", "mum aaliyah". After
        a title (grandma, miss, called) the name may also be an English word ("rose"), but
        not a stop word ("aunt may"); after mum/dad/bro it must be no English word."""
        for m in finditer_folded(KIN_CUE, text):
            titled = m.group("cue").lower() not in _LOOSE_CUES
            end, score, first = m.start("name"), 0.0, True
            for w in _CUED_WORD.finditer(text, m.start("name"), m.start("name") + 40):
                low = w.group().lower()
                gap = text[end : w.start()]
                if gap.strip(" "):
                    break
                if low.endswith("."):  # an initial: "pt k. ashbury"
                    end = w.end()
                    continue
                if low not in given and low not in family and not (titled and first):
                    break  # after a title, an unknown word may be a name: "auntie bronwen"
                english = self._english(low)
                if low in stop_words() or (english and not (titled and first)):
                    break
                end, first = w.end(), False
                score = max(score, 0.5 if english else 0.6)
            if score:
                yield Span("PERSON", m.start("name"), end, score)

    def _subjects(self, text: str, given: frozenset[str], family: frozenset[str]) -> Iterator[Span]:
        """A given name as the subject of a clause, in a text where the writer talks
        about a third person: "Tansy keeps eating my lunch from the fridge" (the writer is in
        it), "austin is moving to dallas, he's nervous", "Ottoline fell off the swing and
        her knee is bleeding" (he/she: someone spoken of). Names that are English words too
        ("Rose", "Chase") count here, because the verb and the pronouns say it is someone.
        A third-person exam item or story ("Mike is arrested …; he …") is damped by the
        context rules (context.adjust), not dropped here."""
        third = cues.THIRD_PERSON.search(text) is not None
        writer = cues.FIRST_PERSON.search(text) is not None
        if not third and not writer:
            return
        for m in SUBJECT.finditer(text):
            word = m.group("name")
            low = word.lower()
            to_me = cues.TO_WRITER.match(text, m.end("name")) is not None
            if (
                not third
                and not to_me
                and (
                    low not in given or word in PLACES or not HUMAN_DOING.match(text, m.end("name"))
                )
            ):
                # No he/she: only a given name doing what people do to the writer's world
                # ("Tansy keeps eating my lunch from the fridge", "Frank is 82 and …").
                continue
            if low in stop_words() or word in COMMON:
                continue
            known = low in given
            doing = writer and HUMAN_DOING.match(text, m.end("name")) is not None
            if not known and (self._english(low) or (low in family and not (to_me or doing))):
                continue
            opener = (
                clause_start(text, m.start())
                or _JOINED.search(text, max(0, m.start() - 9), m.start()) is not None
            )
            if word in COMMON_TITLE or (word.islower() and not opener):
                continue  # a lower-case name only opens a clause ("austin is moving …")
            if not known and word.islower() and third:
                continue  # an unknown word may be a name: "Wojtek is …", "xiaoming keeps …"
            score = 0.55 if to_me else 0.5 if known else 0.45
            yield Span("PERSON", m.start("name"), m.end("name"), score)

    def _introduced(self, text: str, given: frozenset[str]) -> Iterator[Span]:
        """Names a writer gives themselves and roles are given: a listed given name, or
        a word no list has ("I'm Canadian", "the patient is Stable" are words)."""
        patterns = [INTRODUCED] if INTRODUCED_HINT.search(text) else []
        if ROLE_HINT.search(text.lower()):
            patterns.append(ROLE_IS)
        for pattern in patterns:
            for m in pattern.finditer(text):
                first = m.group("name").split()[0]
                low = first.lower().rstrip("'’s")
                if first in COMMON or first in COMMON_TITLE or low in stop_words():
                    continue
                if first in PLACES or (self._english(low) and low not in given):
                    continue
                yield Span("PERSON", m.start("name"), m.end("name"), 0.7)

    def _pairs(self, text: str, given: frozenset[str]) -> Iterator[Span]:
        """Names as a joint subject: one listed given name, the others listed or no word."""
        for m in PAIR_SUBJECT.finditer(text):
            parts = [
                w for w in _PAIR_PART.finditer(text, m.start("names"), m.end("names"))
                if w.group().lower() not in ("and", "n")
            ]  # fmt: skip
            lows = [w.group().lower().replace("’", "'") for w in parts]
            if any(low in stop_words() or low in RELATIONS for low in lows):
                continue
            if not any(low in given and not self._english(low) for low in lows):
                continue
            if all(low in given or (len(low) >= 2 and not self._english(low)) for low in lows):
                for w in parts:
                    yield Span("PERSON", w.start(), w.end(), 0.55)

    def _quoted_vocatives(self, text: str, given: frozenset[str]) -> Iterator[Span]:
        for m in QUOTED_VOCATIVE.finditer(text):
            word = m.group("name")
            low = word.lower()
            if low in stop_words() or word in COMMON or low not in given:
                continue
            after = text[m.end("name") : m.end("name") + 12].lstrip(" ,").lower()
            asked = after.startswith(("pls", "please", "can you", "could you", "can u"))
            if m.group("comma") or asked or not self._english(low):
                yield Span("PERSON", m.start("name"), m.end("name"), 0.55)

    def _with_me(self, text: str, given: frozenset[str]) -> Iterator[Span]:
        """Someone beside the writer in a pair: "me and tash", "Oyelaran and I"; a listed
        given name, or a word no list has (not "me and the kids", "bread and I")."""
        for m in WITH_ME.finditer(text):
            key = "after" if m.group("after") else "before"
            word = m.group(key)
            low = word.lower().replace("’", "'")
            if low in stop_words() or word in COMMON or word in COMMON_TITLE:
                continue
            if (low in given and word not in PLACES) or not self._english(low):
                yield Span("PERSON", m.start(key), m.end(key), 0.55)

    def _dealt_with(
        self, text: str, given: frozenset[str], family: frozenset[str]
    ) -> Iterator[Span]:
        """A gazetteer name in any case right after a verb of dealing with someone, or
        before "'s" and a life event: "tell mawuli and selorm", "ask dmitri about the keys",
        "make reed's best man speech shorter". It must be no English word, except before
        a life event."""
        for m in finditer_folded(DEALT_WITH, text):
            pos = m.end()  # after the verb, then after each name found
            for w in _LOWER_WORD.finditer(text, pos, pos + 40):
                low = w.group().lower()
                if low == "and" and pos > m.end():
                    continue  # "tell mawuli and selorm": another name may follow
                if text[pos : w.start()].strip(" ,&") not in ("", "and"):
                    break
                if low not in given and low not in family:
                    break
                if low in stop_words() or self._english(low):
                    break
                yield Span("PERSON", w.start(), w.end(), 0.55)
                pos = w.end()
        if "'s" in text or "’s" in text:
            for m in OWNED_EVENT.finditer(text):
                low = m.group("name").lower()
                known = low in given or low in family
                if _no_name(low):
                    continue
                if known or (len(low) >= 4 and not self._english(low)):
                    yield Span("PERSON", m.start("name"), m.end("name"), 0.55)  # "tunde's mum"
            for m in finditer_folded(AT_HOME, text):
                name = text[m.start("name") : m.end("name")]
                low = name.lower()
                if low in _SHOPS or _no_name(low):
                    continue
                if (low in given and name not in PLACES) or not self._english(low):
                    yield Span("PERSON", m.start("name"), m.end("name"), 0.55)
        for m in OWNED_BARE.finditer(text):
            low = m.group("name")
            if low in given and not self._english(low) and not self._english(low + "s"):
                yield Span("PERSON", m.start("name"), m.end("name"), 0.55)
        for m in finditer_folded(WRITTEN_FOR, text):
            low = text[m.start("name") : m.end("name")].lower().replace("’", "'").split("'")[0]
            if text[m.start("name")].isupper():
                continue  # capitalised: the model and the other rules read it
            if _no_name(low):
                continue
            if low in given or (len(low) >= 4 and not self._english(low)):
                yield Span("PERSON", m.start("name"), m.end("name"), 0.5)
        for m in ASKED_TO.finditer(text):
            low = m.group("name").lower()
            if low in given and low not in stop_words() and low not in RELATIONS:
                yield Span("PERSON", m.start("name"), m.end("name"), 0.55)
        if re.search(r"[A-Z]{2,}[ \t]+[A-Z]", text):
            for m in CAPS_NAME.finditer(text):
                first, last = m.group("first").lower(), m.group("last").lower()
                if (
                    first in given
                    and (last in family or last in given or not self._english(last))
                    and not (self._english(first) and self._english(last))
                ):
                    yield Span("PERSON", m.start(), m.end(), 0.6)
        if ACTION_HINT.search(text):
            for m in ACTION_ITEM.finditer(text):
                word = m.group("name")
                low = word.lower()
                if word in COMMON or low in stop_words() or word in PLACES:
                    continue
                if low in given or low in family or not self._english(low):
                    yield Span("PERSON", m.start("name"), m.end("name"), 0.6)
        for m in NAME_TITLED.finditer(text) if AFTER_TITLE_HINT.search(text) else ():
            low = m.group("name").lower()
            if low in cues.NAME_PARTICLES or _SAINT.match(text, m.end("name")):
                continue  # "José de San Martín", "Rua São Bento": no honorific after them
            if (low in given or low in family) and low not in stop_words():
                yield Span("PERSON", m.start("name"), m.end("name"), 0.6)
        if _LOWER_START.search(text) and not CODE.search(text):
            for m in DEALT_UNKNOWN.finditer(text):
                low = m.group("name")
                if _no_name(low):
                    continue
                if not self._english(low):
                    yield Span("PERSON", m.start("name"), m.end("name"), 0.5)

    def _from_team(
        self, text: str, given: frozenset[str], family: frozenset[str]
    ) -> Iterator[Span]:
        """A name before the team or place the writer knows them from: a listed name,
        even one that is a word too ("Lane from accounts"), or a word no list has."""
        for m in FROM_TEAM.finditer(text):
            word = m.group("name")
            low = word.lower().replace("’", "'")
            if low in stop_words() or word in COMMON or word in COMMON_TITLE:
                continue
            if low in given or low in family or not self._english(low.replace("'", "")):
                yield Span("PERSON", m.start("name"), m.end("name"), 0.6)

    def _surname_first(
        self, text: str, given: frozenset[str], family: frozenset[str]
    ) -> Iterator[Span]:
        """A name written surname first, as lists and exports do: "Mwangi, Wanjiru",
        "Ibarra Soler, Garbiñe". Both parts known: a name; one part: a weak candidate."""
        for m in SURNAME_FIRST.finditer(text):
            last = m.group("surname").split()[-1].lower()
            first = m.group("given").lower()
            hits = (last in family and not self._english(last)) + (
                first in given and not self._english(first)
            )
            if hits:
                yield Span("PERSON", m.start(), m.end(), 0.55 if hits == 2 else 0.4)

    def _role_appositives(self, text: str, given: frozenset[str]) -> Iterator[Span]:
        """A listed given name, or a word no dictionary has, set off after a role."""
        for m in ROLE_APPOSITIVE.finditer(text):
            word = m.group("name")
            low = word.lower()
            if low in stop_words() or word in COMMON:
                continue
            if low in given or not self._english(low):
                yield Span("PERSON", m.start("name"), m.end("name"), 0.6)

    def _initial_surnames(self, text: str, family: frozenset[str]) -> Iterator[Span]:
        """An initial and a surname that is no English word: "D. Okoro", "j. reynolds"
        (gazetteer surnames, any case), "T. Adebayo" (capitalised, unknown: weaker)."""
        options = None
        for m in INITIAL_SURNAME.finditer(text):
            surname, initial = m.group("surname"), m.group("initial")
            low = surname.lower()
            if initial in "aAiI" or self._english(low) or surname in COMMON:
                continue
            if initial in "BCDE" and OPTION.match(text, max(0, m.start() - 1)):
                if options is None:
                    options = choices(text)
                if options:
                    continue  # "C. Tirath Sahib" under a question: a choice's letter
            if low in family:
                yield Span("PERSON", m.start(), m.end(), 0.55)
            elif initial.isupper() and surname[0].isupper():
                yield Span("PERSON", m.start(), m.end(), 0.5)

    def plausible(self, text: str, spans: list[Span]) -> list[Span]:
        """Drop lower-case PERSON spans that open with an English word no gazetteer lists
        as a name: a cue pattern read "my sister really felt" as a name."""
        if not any(s.type == "PERSON" and text[s.start : s.start + 1].islower() for s in spans):
            return spans
        given, family = gazetteer.names()
        kept = []
        for s in spans:
            if s.type == "PERSON" and text[s.start : s.start + 1].islower():
                parts = text[s.start : s.end].split()
                if len(parts) > 1 and len(parts[0].rstrip(".")) == 1:
                    parts = parts[1:]  # an initial first: judge the surname ("k. lind")
                low = parts[0].rstrip(".,").lower()
                known = low in given or low in family
                if low in stop_words() or (not known and self._word(low)):
                    # "my coach big lou": a word before a listed given name is a nickname's
                    # adjective; the span keeps it. Otherwise the cue read words, no name.
                    rest = parts[1].rstrip(".,").lower() if len(parts) == 2 else ""
                    if not rest or rest not in given or low in stop_words():
                        continue
            kept.append(s)
        return kept

    def unfilled(self, text: str, spans: list[Span]) -> list[Span]:
        """Drop PERSON spans inside a template slot made of ordinary words: "Hi [Customer
        Name]", "{{First Name}}", "<Full Name>" are to be filled, nobody yet. A slot that
        holds a name ("[Ingrid Solberg]") keeps it."""
        if not any(c in text for c in "[{<"):
            return spans
        slots = [
            (m.start(), m.end())
            for m in SLOT.finditer(text)
            if all(self._english(w.lower()) for w in _SLOT_WORD.findall(m.group()))
        ]
        if not slots:
            return spans
        return [
            s
            for s in spans
            if s.type != "PERSON" or not any(a <= s.start and s.end <= b for a, b in slots)
        ]

    def surnames_after(self, text: str, spans: list[Span], score: float) -> list[Span]:
        """Redaction candidates: a lower-case listed surname, no English word, right after
        a name found ("summer oakes", "dev patel"): the rest of the name."""
        ends = {s.end for s in spans if s.type == "PERSON"}
        if not ends or not _LOWER_START.search(text):
            return []
        family = gazetteer.names()[1]
        found = []
        for end in sorted(ends):
            m = _SPACE_LOWER_WORD.match(text, end)
            if m is None:
                continue
            word = m.group("word")
            if word in family and not self._english(word):  # three letters or more
                found.append(Span("PERSON", m.start("word"), m.end("word"), score))
        return found

    def lower_given(
        self, text: str, score: float, *, surnames: bool = False, nouns: bool = False
    ) -> list[Span]:
        """Redaction candidates in a text already known to be sensitive: lower-case words
        that are given names (or surnames too) and no English word ("mawuli and selorm")."""
        if not _LOWER_START.search(text):
            return []
        given, family = gazetteer.names()
        return [
            Span("PERSON", m.start(), m.end(), score)
            for m in _LOWER_WORD.finditer(text)
            if len(m.group()) > 2
            and (m.group() in given or (surnames and m.group() in family))
            and m.group() not in stop_words()
            and m.group() not in _ABBREVIATIONS
            and not (self._word if nouns else self._english)(m.group())
            and not (
                m.group() in _VERB_FORMS
                and _AUXILIARY_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None
            )
        ]
