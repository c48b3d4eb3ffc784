"""Redaction candidates: values that *could* be identifiers (a bare digit run, a
password-shaped token, the city and postcode lines under a street address). Alone they do
not make a request sensitive (scores below the detection threshold); once a request is
sensitive, redact mode replaces them too, because under-redacting is a leak and
over-redacting costs one placeholder."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import replace

from . import addresses, gazetteer, scripts, structured
from .cues import (
    CALENDAR_WORDS,
    FIRST_PERSON,
    MONTH_ABBREVIATIONS,
    MONTHS,
    NAME_PARTICLES,
    RELATIONS,
    WEEKDAYS,
)
from .names import words
from .ner import clause_start, inflection_stems, rare_in_lower_case, sentences, stop_words
from .records import CHAT_STAMP, WEAK, field_values, row_tokens, table_columns
from .spans import Regions, Span

# Four or more digits (an account, a postcode, a house or phone number) that are not a
# year, an amount or a decimal: "ref 20931", "PIN 4471", but not "in 1999" or "$2500".
DIGIT_RUN = re.compile(r"(?<![\w.$€£¥/-])(?<!\d,)\d{4,}(?![\w%]|[.,]\d)")
YEAR = re.compile(r"(?:19|20)\d\d")
# A long token mixing letter cases with digits or symbols: "Tr0ub4dor&3", "xK9#mP2!".
# Every password shape holds a digit: tokens are found from their digits (rarer than words).
TOKEN = re.compile(r"[^\s\"'`<>()\[\]{},;]*\d[^\s\"'`<>()\[\]{},;]*")
# A code identifier or a path is not a password: snake_case, dotted.names, URLs, ids.
NOT_SECRET = re.compile(
    r"://|^[\w.]+\(|^[a-z]+(?:_[a-z0-9]+)+$|^[A-Za-z]+(?:\.[A-Za-z]+)+$|^\w+=|^\d{4}-\d\d-\d\d"
    r"|^[a-z][\w.-]*:\d[\w.-]*$"  # a host and port, an image and tag: "localhost:8080"
)
# Lines under a street address: a city, a region, a country with a postcode.
PLACE_LINE = re.compile(r"[^\S\n]*[>]?[^\S\n]*([^\n]{2,60})")
POSTCODE = re.compile(
    r"\b(?:(?i:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})"  # UK: SW1A 1AA, g2 8ag
    r"|[A-Z]\d[A-Z]\s?\d[A-Z]\d"  # Canada: K1A 0B1
    r"|\d{3}\s\d{2}"  # Sweden, Czechia: 114 55
    r"|\d{4}\s?[A-Z]{2}"  # Netherlands: 1012 AB
    r"|[AC-FHKNPRTV-Y]\d{2}\s?[AC-FHKNPRTV-Y0-9]{4})\b"  # Ireland: D02 X285
)


# "@" inside a password ("redisP@ss2023") is a symbol; "ana@mail.com" is an address.
EMAIL_LIKE = re.compile(r"@[\w-]+\.[a-z]")


def _password_shaped(token: str) -> bool:
    if NOT_SECRET.search(token):
        return False
    classes = (
        any(c.islower() for c in token)
        + any(c.isupper() for c in token)
        + any(c.isdigit() for c in token)
        + any(not c.isalnum() for c in token)
    )
    if classes == 4:
        return True
    if classes < 3 or not any(c.isdigit() for c in token):
        return False  # "Black-Scholes": a hyphenated name, not a secret
    # Mixed case inside the word, or a symbol that is no word joiner: a secret.
    inner = token[1:]
    return any(c.isupper() for c in inner) or any(c not in "-_.'" for c in inner if not c.isalnum())


# A code of capitals and digits: a booking reference, a branch code, a tax id ("QX7P2M").
CODE = re.compile(r"\b(?=[A-Z0-9_-]*\d)(?=[A-Z0-9_-]*[A-Z])[A-Z0-9][A-Z0-9_-]{4,30}[A-Z0-9]\b")
# Digit groups joined by hyphens (an account or licence number), not a date: "12-345-678".
DIGIT_GROUPS = re.compile(r"(?<![\w-])\d{2,}(?:-\d{2,}){1,4}(?![\w-])")
DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}-\d{1,2}-\d{2,4}")


# Any case: letters and digits mixed in one token ("ab12cd34", "Emp-0042x"), a reference
# or an account name; not versions, units or formats ("v1.2", "utf-8", "mp3", "1080p").
MIXED_CODE = re.compile(
    r"(?<![\w./-])(?=[\w-]*\d[\w-]*\d)(?=[\w-]*[A-Za-z][\w-]*[A-Za-z])[A-Za-z0-9][\w-]{4,22}[A-Za-z0-9]"
    r"(?![\w/@]|\.\w)"
)
NOT_CODE = re.compile(
    r"^(?:v?\d+(?:[._-]\d+)*[a-z]{0,3}|[a-z]+\d{1,2}|utf-?\d+|x86[_-]64|sha\d+|md5|"
    r"\d+(?:px|kb|mb|gb|tb|ms|hz|khz|mhz|ghz|fps|mah|mm|cm|km|kg|th|st|nd|rd|p|k|x))$",
    re.IGNORECASE,
)


# A card or account number with its middle masked: "4929 **** **** 1234", "5500xxxxxxxx0004".
MASKED_NUMBER = re.compile(r"(?<![\w*•])\d{2,6}(?:[\s-]?(?:[*xX•#]{2,12}))+[\s-]?\d{2,4}(?![\w*•])")


def masked_numbers(text: str) -> Iterator[Span]:
    if "*" not in text and "x" not in text.lower() and "•" not in text and "#" not in text:
        return
    for m in MASKED_NUMBER.finditer(text):
        masked = sum(c in "*xX•#" for c in m.group())
        if masked >= 4:
            yield Span("CREDIT_CARD", m.start(), m.end(), WEAK)


# The value after a word that names an identifier, in any shape the digits and capitals
# take: "ref is QWTRZP", "number is 1 77 04 31 222 333 44", "HK ID: B654321(7)".
ID_AFTER = re.compile(
    r"\b(?i:number|no\.|id|ref(?:erence)?|code|licen[cs]e|passport|policy|membership|"
    r"booking|confirmation|pnr|ssn|nino|tin|pan|nhs|mrn)\b(?:\s+(?i:is|was)\b)?[\s:=#]*"
    r"(?P<value>(?=[A-Z0-9()/ -]*\d|[A-Z]{5,8}\b)[A-Z0-9(][A-Z0-9()/ -]{3,30}[A-Z0-9)])"
)
_LETTERS_ONLY = re.compile(r"[A-Z]{5,8}")


def ids_after_keywords(text: str) -> Iterator[Span]:
    for m in ID_AFTER.finditer(text):
        value = m.group("value").rstrip(" -/")
        if not any(c.isdigit() for c in value) and not _LETTERS_ONLY.fullmatch(value):
            continue  # letters alone only as one code word: "QWTRZP", not "ABC DEF"
        yield Span("ID_NUMBER", m.start("value"), m.start("value") + len(value), WEAK)


def codes(text: str) -> Iterator[Span]:
    for m in CODE.finditer(text):
        yield Span("ID_NUMBER", m.start(), m.end(), WEAK)
    for m in MIXED_CODE.finditer(text):
        if not NOT_CODE.match(m.group()):
            yield Span("ID_NUMBER", m.start(), m.end(), WEAK)
    if "-" in text:
        for m in DIGIT_GROUPS.finditer(text):
            if not DATE.fullmatch(m.group()):
                yield Span("ID_NUMBER", m.start(), m.end(), WEAK)


# A dial lock's combination, turns and numbers in either order: "14 left, 30 right, 7
# left", "R 12 L 40 R 3", "left 5 then right 22 then left 9"; three turns at least.
_TURN = r"(?:left|right|l|r|cw|ccw|clockwise|anticlockwise|counterclockwise)"
_SEP = r"(?:[^\S\n]*[,;/-]?[^\S\n]*(?:then[^\S\n]+)?)"
COMBINATION = re.compile(
    rf"(?i:(?<![\w])(?:\d{{1,2}}[^\S\n]*{_TURN}\b(?:{_SEP}\d{{1,2}}[^\S\n]*{_TURN}\b){{2,}}"
    rf"|{_TURN}[^\S\n]*\d{{1,2}}(?:{_SEP}{_TURN}[^\S\n]*\d{{1,2}}){{2,}})(?!\w))"
)


def combinations(text: str) -> Iterator[Span]:
    for m in COMBINATION.finditer(text):
        yield Span("PASSWORD", m.start(), m.end(), WEAK)


# Digits grouped by thousands dots, with or without a check digit: an id number as Latin
# American and Iberian forms write it ("12.345.678-9", "1.234.567.890").
DOTTED_ID = re.compile(r"(?<![\w.,])\d{1,3}(?:\.\d{3}){2,}(?:-[\dkK])?(?![\w]|[.,]\d)")
# A long hexadecimal string with letters and digits: a key, a token or a hash.
HEX_SECRET = re.compile(r"(?<![\w-])(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{32,128}(?![\w-])")
# A short prefix, a separator and four or more digits: a user or record id ("u_88213",
# "usr-9312"), also in a path.
PREFIXED_ID = re.compile(r"(?<![\w-])[A-Za-z]{1,5}[_-]\d{4,}(?![\w-])")


def digit_runs(text: str) -> Iterator[Span]:
    for m in DIGIT_RUN.finditer(text):
        if len(m.group()) == 4 and YEAR.fullmatch(m.group()):
            continue
        yield Span("ID_NUMBER", m.start(), m.end(), WEAK)
    if "." in text:
        for m in DOTTED_ID.finditer(text):
            yield Span("ID_NUMBER", m.start(), m.end(), WEAK)
    for m in PREFIXED_ID.finditer(text):
        if not YEAR.fullmatch(m.group().rsplit("-", 1)[-1].rsplit("_", 1)[-1]):
            yield Span("ID_NUMBER", m.start(), m.end(), WEAK)  # not "COVID-2019"
    for m in HEX_SECRET.finditer(text):
        yield Span("API_KEY", m.start(), m.end(), WEAK)


_LOGIN_WORDS = (
    r"log ?in|sign ?in|password|passwd|pwd|pw|pass|passphrase|credentials?|username|"
    r"user ?name|ssh|account|wifi|wi-fi|router|admin|root|pin|secure|guess|crack|hack|"
    r"strong|stronger|memorable|remember|reuse|re-use|symbols?|sign-in|log-in|unlock"
)
LOGIN = re.compile(rf"\b(?:{_LOGIN_WORDS})\b", re.IGNORECASE)
# Around a word+number token, also where credentials are stored: "users = {'ana': 'Rex2010'}".
LOGIN_WIDE = re.compile(rf"\b(?:{_LOGIN_WORDS}|hash|hashed|bcrypt|users?|auth)\b", re.IGNORECASE)
# A word with a number glued on, the commonest password shape: "Fluffy2015", "rover123",
# "lemoncurd_77". Only near a word about logging in: "Windows10" is a product.
# An acronym and its number is a standard or a model, not a password: "SHA-256", "AES-128".
ACRONYM_NUMBER = re.compile(r"[A-Z]{2,5}-?\d{1,4}")
WORD_NUMBER = re.compile(
    r"[A-Za-z]{3,}[_.!@#$%&*-]?\d{2,}[!@#$%&*?]*|[A-Za-z]+\d[A-Za-z\d]*[!@#$%&*?]+"
)


# Words that name a password itself, for a word+number token made of an English word
# ("Fluffy2015" near "password", not "Windows10" near "router").
PASSWORD_WORD = re.compile(
    r"\b(?:password|passwd|pwd|pw|passcode|passphrase|log[ -]?in|sign[ -]?in|credentials?|"
    r"admin|root|wifi|wi-fi|reuse|re-use|memorable)\b",
    re.IGNORECASE,
)
# Every class of character, a symbol among them that no word or code joins with: "Fr0st!ng#",
# "aB3$kLm9". Only secrets look like this; prose, versions, SKUs and LaTeX do not
# ("ABX-4471-BLK", "v2.1.0-rc", "$\ell_2$").
_SYMBOLS = frozenset("!@#%^&*?+~")
_NOT_IN_SECRET = frozenset(".:/\\=<>|")


def _every_class(token: str) -> bool:
    return (
        any(c.islower() for c in token)
        and any(c.isupper() for c in token)
        and any(c.isdigit() for c in token)
        and any(c in _SYMBOLS for c in token[1:])
        and not any(c in _NOT_IN_SECRET for c in token)
    )


# Where a secret is kept: talk of it near a number or plain words makes them the secret.
_KEPT_AT = r"notes app|password manager|written down|write (?:it|them) down|somewhere safe"
# Talk about a secret the writer holds: how strong it is, where it is kept, where it was
# typed ("does X count as having a symbol?", "i typed 4829 into a site that looked like my
# bank", "that's what I use for my phone and the card"). Near such words a bare number of
# four to eight digits is a PIN or a code, not a quantity.
SECRET_TALK = re.compile(
    r"\b(?:sign[ -]?in|log[ -]?in|login|unlock(?:s|ed)?|gets? into|lock(?:s|ed)? \w+ out|"
    r"re-?use|symbols?|special characters?|random enough|guess(?:able)?|crack(?:ed)?|"
    rf"hack(?:ed)?|memorable|{_KEPT_AT}|keychain|safe place|padlock|keypad|passcode|"
    r"(?:four|five|six|eight|\d)[ -]digits?|digits? (?:code|pin)|phishing|authenticator|"
    r"typed \S+ (?:in|into)|use (?:it |this |that )?for (?:my|everything|all)|"
    r"same (?:one|number|code) for|remember (?:it|this|these) for me)\b",
    re.IGNORECASE,
)
SECRET_NUMBER = re.compile(r"(?<![\w.,$€£¥/#:-])#?(?P<value>\d{4,8}#?)(?![\w%]|[.,:/]\d|-\d)")
# A number said to be something else: an error, a port, a model, money, a time.
_NOT_SECRET_NUMBER = re.compile(
    r"(?i:error|err|code \d|port|model|version|build|step|page|line|room|flight|order|"
    r"invoice|ticket|case|ref|reference|item|sku|part|zip|postcode|year|since|in|from|"
    r"until|by|before|after|\$|€|£|¥|usd|eur|gbp|rs\.?|inr|no\.?|number|id|#)\s*:?\s*$"
)
_MASKED_BEFORE = re.compile(r"(?:[Xx*•#]{4}[ -]){2,3}\Z")
COUNTING = re.compile(r"\b(?:how many|probability|possible (?:codes|combinations|pins))\b", re.I)
# What a code opens.
_LOCKS = r"gate|alarm|door|keypad|locker|garage|padlock|safe|lockbox|key ?safe"
# A lock or alarm named right before its digits: "gate 2291#", "alarm: 5150".
LOCK_DIGITS = re.compile(
    rf"\b(?i:{_LOCKS})[:\s]+"
    r"[#*]?(?P<value>\d{4,8}[#*]?)(?![\w%]|[.,:]\d)"
)


# Talk of words kept as a secret: a passphrase or a wallet's recovery words, and where they
# are kept ("I wrote the backup words on a sticky note: …", "is it safe to keep … in my
# notes app"). Near it, a run of plain words with no function word is the secret.
PHRASE_TALK = re.compile(
    r"\b(?:(?:recovery|seed|backup|secret|magic|memorable) (?:phrase|words?)|passphrase|"
    r"safe ?word|code ?word|"
    rf"pass phrase|wallet|sticky note|on paper|{_KEPT_AT}|memori[sz]e (?:it|them)|"
    r"keep (?:it|them) safe)\b",
    re.IGNORECASE,
)
_PHRASE_WORD = re.compile(r"[a-z]{3,12}")
# Asking how strong, guessable or memorable a secret is: "too easy to guess", "strong
# enough", "how long to crack", "count as four words for a strength meter".
STRENGTH_TALK = re.compile(
    r"\b(?:(?:easy|hard) to guess|guessable|(?:strong|secure|random) enough|crack|"
    r"brute[- ]?force|entropy|memori[sz]e|(?:three|four|five|six) words)\b",
    re.IGNORECASE,
)
# Three to six capitalised words joined by spaces or hyphens: "Maple-Quartz-Drift-Orbit".
_CAPITALISED_PHRASE = re.compile(
    r"(?<![\w-])[A-Z][a-z]{2,11}(?P<sep>[ -])[A-Z][a-z]{2,11}(?:(?P=sep)[A-Z][a-z]{2,11}){1,4}"
    r"(?![\w-])"
)


# The thing to crack or guess, with letters and digits: "crack hunter7kestrel".
_CRACKED = re.compile(
    r"\b(?i:crack|guess|brute[- ]?force)[^\S\n]+"
    r"(?P<value>(?=[^\s,;]*\d)(?=[^\s,;]*[A-Za-z])[^\s,;?!]{6,64})"
)


# Hashes and ciphers one cracks: no one's password ("crack SHA256 hashes").
_ALGORITHM = re.compile(
    r"(?i:sha-?\d*|md\d|aes-?\d*|rsa-?\d*|wpa\d*|bcrypt|scrypt|argon2\w*|ntlm\w*|3?des|"
    r"ripemd-?\d*|blake\d*\w*|crc-?\d*|pbkdf2\w*)"
)


def _strength_secrets(text: str) -> Iterator[Span]:
    """In a text asking how strong a secret is: capitalised everyday words in a row, and
    a token with letters and digits after "crack" or "guess"."""
    at = 0
    while (m := _CAPITALISED_PHRASE.search(text, at)) is not None:
        at = m.end()
        if m.group("sep") == "-":  # "Maple-Quartz-Drift": joined like a generator's
            yield Span("PASSWORD", m.start(), m.end(), 0.6)
        elif clause_start(text, m.start()):
            at = m.start() + 1  # a sentence's first word: try the words after it
        elif (
            _DETERMINER_BEFORE.search(text, 0, m.start()) is None
            and sum(rare_in_lower_case(w.lower()) for w in m.group().split()) <= 1
        ):  # everyday words, not "the Golden Gate Bridge" nor a name
            yield Span("PASSWORD", m.start(), m.end(), 0.6)
    for m in _CRACKED.finditer(text):
        if _ALGORITHM.fullmatch(m.group("value")) is None:
            yield Span("PASSWORD", m.start("value"), m.end("value"), 0.6)


# A determiner before the words makes them a noun phrase ("the model training pipeline").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|some|any|no)\s+$",
    re.IGNORECASE,
)


# A text about a password or a phrase to say, and the words one chose for it: "I was
# going to use velvet lantern sorbet.", "we went with copper-kettle-north for the alarm".
SECRET_NAMED = re.compile(
    r"\b(?:password|passphrase|pass phrase|passcode|passwort|code ?word|secret word|"
    r"phrase)s?\b",
    re.IGNORECASE,
)
_CHOSEN_PHRASE = re.compile(
    r"\b(?i:use|using|used|chose|chosen|picked|went with|go with|going with|"
    r"set (?:it|mine|ours|ours|hers|his) (?:to|as))[^\S\n]+"
    r"(?P<phrase>[a-z]{3,12}(?:[ -][a-z]{3,12}){2,4})"
    r"(?=[.,;!?]|[^\S\n]*$|[^\S\n]+(?:as|for)\b)"
)


# Words that say what kind of secret one uses, not what it is ("long random words").
_SECRET_TRAITS = words(
    """long short random strong weak simple complex different unique same common easy hard
    secure special capital lower upper uppercase lowercase numbers letters words characters
    symbols digits phrases dictionary memorable generated separate new old default"""
)


def _chosen_phrases(text: str) -> Iterator[Span]:
    stops = stop_words()
    for m in _CHOSEN_PHRASE.finditer(text):
        parts = re.split(r"[ -]", m.group("phrase"))
        if not any(w in stops or w in _SECRET_TRAITS or SECRET_NAMED.fullmatch(w) for w in parts):
            yield Span("PASSWORD", m.start("phrase"), m.end("phrase"), 0.6)


# The word for the secret, opening a run of plain words: the phrase is what follows it.
_SECRET_NOUN = re.compile(r"(?i:passphrase|phrase|password|passcode|safeword|codeword|words?)")


def passphrases(text: str) -> Iterator[Span]:
    """Four or more plain lower-case words in a row, none a function word ("orbit canyon
    fever mango"), joined by spaces or hyphens, in a text that talks of keeping words
    secret: a passphrase said without the word "password". In a text asking how strong or
    guessable it is, three words do, typed in lower case or all capitalised ("would
    Saturn Pickle Harbor be too easy to guess")."""
    if SECRET_NAMED.search(text) is not None:
        yield from _chosen_phrases(text)
    strength = STRENGTH_TALK.search(text) is not None
    if not strength and PHRASE_TALK.search(text) is None:
        return
    if strength:
        yield from _strength_secrets(text)
    least = 3 if strength else 4
    stops = stop_words()
    run: list[tuple[int, int]] = []

    def phrase() -> Iterator[Span]:
        while run and _SECRET_NOUN.fullmatch(text, *run[0]):
            del run[0]  # "my passphrase copper otter …": the words after the noun
        if not run:
            return
        words = sum(len(text[a:b].split("-")) for a, b in run)
        if words >= least and not _DETERMINER_BEFORE.search(text, 0, run[0][0]):
            yield Span("PASSWORD", run[0][0], run[-1][1], 0.6)

    for m in re.finditer(r"\S+", text):
        token = m.group().rstrip(".,;:!?)\"'")
        end = m.start() + len(token)
        joined = bool(run) and text[run[-1][1] : m.start()] == " "
        plain = all(_PHRASE_WORD.fullmatch(w) and w not in stops for w in token.split("-"))
        if plain and (joined or not run):
            run.append((m.start(), end))
        else:
            yield from phrase() if run else ()
            run = [(m.start(), end)] if plain else []
        if end < m.end() and run:  # punctuation after the word ends the run
            yield from phrase()
            run = []
    if run:
        yield from phrase()


# A one-time code received by message: "got 582317 by text", "the bank sent 58 21 93 by SMS".
ONE_TIME_CODE = re.compile(
    r"\b(?i:got|get|sent|received|texted|gave)\b[^\n.]{0,20}?"
    r"(?<![\w.,-])(?P<code>\d{6}|\d{3}[ -]\d{3}|\d{2}[ -]\d{2}[ -]\d{2}|\d{4}|\d{8})"
    r"[^\S\n]+(?i:by|via|over|in an?)[^\S\n]+(?i:text|sms|message|e-?mail|whatsapp)\b"
)
# Digits typed into a lock: "typed 27-08-44 into the office safe", "punched 4471 in the keypad".
TYPED_INTO_LOCK = re.compile(
    r"\b(?i:typed|entered|put|punched|keyed|tried)[^\S\n]+"
    r"(?P<code>\d{2,8}(?:[ -]\d{1,4}){0,3})[^\S\n]+(?i:in|into|on)[^\S\n]+(?i:the[^\S\n]+)?"
    r"(?:[a-z]+[^\S\n]+)?(?i:safe|keypad|lock|padlock|lockbox|key ?safe|alarm|door|gate)\b"
)


# A combination lock's numbers in pairs, near the lock: "the dial is 31-07-26".
DIAL = re.compile(r"\b(?i:padlock|dial|combination lock|bike lock|combo lock)\b")
DIAL_NUMBERS = re.compile(r"(?<![\w/.:-])\d{1,2}(?:-\d{1,2}){2,3}(?![\w/.:-])")


# A code read out digit by digit: "type 6 2 9 8 then enter", "it's 9-2-7-1". Nothing else
# is written so (a count "1 2 3 4" runs in order and is left alone).
DIGIT_BY_DIGIT = re.compile(r"(?<![\w.,-])\d(?:([ -])\d)(?:\1\d){2,7}(?![\w]|[.,]\d)")
# A game's score or a team's formation: "won 3-1-2-0", "a 4-2-3-1 formation".
_GAME = re.compile(
    r"\b(?:formation|score[sd]?|won|dr[ae]w|beat|tie-?break|line-?up|full[- ]time|"
    r"half[- ]time)\b",
    re.IGNORECASE,
)


def _in_order(digits: str) -> bool:
    steps = {int(b) - int(a) for a, b in itertools.pairwise(digits)}
    return steps in ({1}, {-1}, {0})


# The same lock named right after its digits: "0419 for the garage", "2208 opens the side
# door" (not money: "paid 2400 for the gate").
LOCK_AFTER = re.compile(
    r"(?<![\w.,$€£¥/#:-])(?P<value>\d{4,8}#?)[^\S\n]+(?i:for|opens|on|unlocks)[^\S\n]+"
    r"(?i:the|my|our|your)?[^\S\n]*(?:[a-z]+[^\S\n]+)?"
    rf"(?i:{_LOCKS}|lock|shed)\b"
    # the lock closes its phrase ("… for the alarm clock range" names no lock)
    r"(?=[^\S\n]*(?:$|[.,;:!?)\n–—-]|(?i:and|but|so|then|same|too|btw|if|when|is|or)\b))"
)
_MONEY_BEFORE = re.compile(
    r"\b(?i:paid|pay|cost|costs|costing|quoted?|charged?|spent|spend|budget|price|priced|"
    r"fee|saved|owe|sold|sells?|earned|made|raised)\b[^\n]{0,20}\Z"
)


def secret_numbers(text: str) -> Iterator[Span]:
    """PINs and codes with no keyword: digits near talk of a secret (in a text where the
    writer speaks), digits right after the lock they open, a dial's numbers near it, a
    code read out digit by digit."""
    if not any(c.isdigit() for c in text):
        return
    if " " in text or "-" in text:
        for m in DIGIT_BY_DIGIT.finditer(text):
            if _in_order(re.sub(r"\D", "", m.group())) or COUNTING.search(text):
                continue
            if "-" in m.group() and _GAME.search(text, max(0, m.start() - 40), m.end() + 40):
                continue
            yield Span("PASSWORD", m.start(), m.end(), 0.6)
    for m in LOCK_DIGITS.finditer(text):
        if not YEAR.fullmatch(m.group("value")):
            yield Span("PASSWORD", m.start("value"), m.end("value"), 0.6)
    for m in LOCK_AFTER.finditer(text):
        value = m.group("value").rstrip("#")
        if (
            not YEAR.fullmatch(value)
            and not value.endswith("00")
            and _MONEY_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None
        ):
            yield Span("PASSWORD", m.start("value"), m.end("value"), 0.6)
    for pattern in (ONE_TIME_CODE, TYPED_INTO_LOCK):
        for m in pattern.finditer(text):
            if not m.group("code").endswith("000"):  # "got 150000 by email": a sum
                yield Span("PASSWORD", m.start("code"), m.end("code"), 0.6)
    if "-" in text and DIAL.search(text):
        for at, sentence in sentences(text):  # the lock and its numbers in one sentence
            if DIAL.search(sentence):
                for m in DIAL_NUMBERS.finditer(sentence):
                    yield Span("PASSWORD", at + m.start(), at + m.end(), 0.6)
    if SECRET_TALK.search(text) is None or FIRST_PERSON.search(text) is None:
        return
    if COUNTING.search(text):
        return  # "a padlock has 4 digits: how many codes are possible?" is arithmetic
    for m in SECRET_NUMBER.finditer(text):
        value = m.group("value")
        if len(value) == 4 and YEAR.fullmatch(value):
            continue
        if _NOT_SECRET_NUMBER.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _MASKED_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "XXXX XXXX XXXX 1234": a masked card's visible tail
        if SECRET_TALK.search(text, max(0, m.start() - 80), m.end() + 80) is None:
            continue
        yield Span("PASSWORD", m.start("value"), m.end("value"), 0.6)


# Talk that makes a password-shaped token the writer's own password, beside LOGIN (which
# has "stronger" and "remember") and SECRET_TALK: "I set everything to …", "it turned out
# to be …", "better than a random 16-character one".
PASSWORD_TALK = re.compile(
    r"\b(?:weaker|remembered|set (?:it|them|everything|all(?: of them)?|both) to|"
    r"\d+[- ]characters?|character one|turned out to be|forgot(?:ten)?|"
    # "I typed Tangerine_Dream_77 three times …", "I copied Qm4tR8zwLe7k from the reset email"
    r"typed|type in|entered|copied|pasted|incorrect|rejected|reset email)\b",
    re.IGNORECASE,
)
# What one password is used for: "Is it bad that I use Bramble2011 for everything?"
USED_EVERYWHERE = re.compile(
    r"\bfor (?:everything|every (?:site|account|login)|all my (?:accounts|logins))\b",
    re.IGNORECASE,
)


# The memorable password people pick: lower-case words and a number, joined or with a
# hyphen or underscore ("rover123", "plum-kettle-44", "sunny_day07"). Said by a writer who is
# in the text, outside code, it is a secret; a technical token of the same shape ("base64",
# "utf8", "web01", "python3") is not: its stem is a known technical word or too short.
MEMORABLE = re.compile(
    r"(?<![\w./:@#$%&+=\\-])(?P<stem>[a-z]{3,}(?:[-_.][a-z]{3,})*)[-_.]?\d{2,4}[!?#*$]*"
    r"(?![\w/:@=\\]|[.-]\w)"
)
# Letters of version-like tokens, not handles: "html5", "oauth2", "python311", "ubuntu22".
_TECH_STEMS = words(
    """html http https oauth python node covid uint iphone pixel ubuntu debian macos
    android java react angular ryzen pcie hdmi mysql redis cuda torch llama qwen mistral
    gemma bert yolo resnet"""
)
# ... and words that, with a number, name a thing: a technical token, a default or a
# placeholder password, a device, a unit ("base64", "web01", "password123", "room12").
_NOT_MEMORABLE = _TECH_STEMS | words(
    """base utf sha md mp ipv win arm web app api host server srv db build test user admin
    demo example sample password pass qwerty letmein changeme windows centos fedora galaxy
    xbox gpt claude gemini phi vgg sm ext fat ntfs tls ssl rsa aes des ecdsa ed curve p
    secp argon bcrypt scrypt pbkdf blake crc adler fnv murmur xxhash int float bit bits cam
    lock thermo sensor router switch vm vlan eth wlan en lan wan port room floor level page
    step item part model version rev release beta alpha rc chapter unit lesson week day
    year class grade team group"""
)
# Code, where such tokens are names and versions.
CODE_TEXT = re.compile(r"```|\bdef \w+\(|\bfunction\b|\bimport \w|[{};]\s*$|=>|\$\(", re.M)


def memorable(text: str) -> Iterator[Span]:
    """Words and a number in lower case, said by a writer in the text, outside code."""
    if FIRST_PERSON.search(text) is None or CODE_TEXT.search(text):
        return
    for m in MEMORABLE.finditer(text):
        stems = re.split(r"[-_.]", m.group("stem"))
        if any(w in _NOT_MEMORABLE for w in stems):
            continue
        yield Span("PASSWORD", m.start(), m.end(), 0.5)


_AT_IP = re.compile(r"[\w.-]+@\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?")


def passwords(text: str, english: Callable[[str], bool] | None = None) -> Iterator[Span]:
    yield from memorable(text)
    for m in TOKEN.finditer(text):
        token = m.group().rstrip(".?:,")
        if token.endswith("!") and not _password_shaped(token):
            token = token.rstrip("!")
        if not 6 <= len(token) <= 64 or "/" in token or EMAIL_LIKE.search(token):
            continue
        around = max(0, m.start() - 60), m.end() + 60
        if len(token) >= 8 and _password_shaped(token) and not ACRONYM_NUMBER.fullmatch(token):
            near = (
                _every_class(token)
                or LOGIN.search(text, *around) is not None
                or SECRET_TALK.search(text, *around) is not None
                or PASSWORD_TALK.search(text, *around) is not None
                or USED_EVERYWHERE.search(text, *around) is not None
            )
            # "ssh admin@192.168.1.1": a login at a host, redacted but no password
            sure = near and not _AT_IP.fullmatch(token)
            yield Span("PASSWORD", m.start(), m.start() + len(token), 0.6 if sure else WEAK)
        elif WORD_NUMBER.fullmatch(token) and not ACRONYM_NUMBER.fullmatch(token):
            everywhere = USED_EVERYWHERE.search(text, *around) is not None
            if not everywhere and LOGIN_WIDE.search(text, *around) is None:
                continue
            stem = re.match(r"[A-Za-z]+", token)
            plain = english is not None and stem is not None and english(stem.group())
            named = everywhere or PASSWORD_WORD.search(text, *around) is not None
            yield Span(
                "PASSWORD", m.start(), m.start() + len(token), WEAK if plain and not named else 0.5
            )


def postcodes(text: str) -> Iterator[Span]:
    for m in POSTCODE.finditer(text):
        yield Span("STREET_ADDRESS", m.start(), m.end(), WEAK)


def address_blocks(text: str, found: list[Span]) -> Iterator[Span]:
    """Around each street address: the number opening its line, and up to three short
    lines below it (city, region, country and postcode)."""
    for span in found:
        if span.type != "STREET_ADDRESS" or span.score < 0.5:
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        head = text[line_start : span.start]
        if head.strip() and re.fullmatch(r"[\s>*-]*\d[\d\s,]*", head):
            yield Span("STREET_ADDRESS", line_start + len(head) - len(head.lstrip(" >*-")),
                       span.start, WEAK)  # fmt: skip
        pos = text.find("\n", span.end)
        for _ in range(3):
            if pos == -1:
                break
            m = PLACE_LINE.match(text, pos + 1)
            if m is None or len(m.group(1).split()) > 6 or m.group(1).rstrip().endswith("?"):
                break
            yield Span("STREET_ADDRESS", m.start(1), m.end(1), WEAK)
            pos = text.find("\n", m.end())


# The tail of an address on its line: ", Suite 12, Springfield, IL 62704, Spain 16200".
ADDRESS_TAIL = re.compile(
    r"(?:,?[^\S\n]+|,)(?:(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Box|#|lgh|"
    r"D|Daire|Kat|No|bl|sc|et|ap|Villa)\.?:?[^\S\n]*[\w-]+"
    r"|[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ\u0370-\u03ff(][\w'’.()À-ÿĀ-žḀ-ỿ\u0370-\u03ff-]*|\d{3}[^\S\n]\d{2}(?!\d)|\d{3,7}"
    r"|(?:de|del|de la|di|da|do|dos|das|du|des|la|le|van|von|der|den|ter|y|e|am|an|im|sur)"
    r"(?=[^\S\n]+[A-ZÀ-ÖØ-ÞĀ-Ž])"
    r"(?:[^\S\n]?[A-Z]{2})?|nan)"
)
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ'’-]{2,}")


def address_tails(text: str, found: list[Span]) -> Iterator[Span]:
    """The rest of an address line after the street: units, city, region, country and
    postcode, comma- or space-separated, up to 80 characters."""
    for span in found:
        if span.type != "STREET_ADDRESS" or span.score < 0.5:
            continue
        pos, limit = span.end, span.end + 80
        while pos < limit:
            m = ADDRESS_TAIL.match(text, pos)
            if m is None:
                break
            pos = m.end()
        if pos > span.end:
            yield Span("STREET_ADDRESS", span.end, pos, WEAK)
        # A number right before the street ("here it is: 370 3911 Fourth Avenue").
        head = re.search(r"(?:\d{1,6}[^\S\n]+)+\Z", text[max(0, span.start - 20) : span.start])
        if head:
            yield Span("STREET_ADDRESS", span.start - len(head.group()), span.start, WEAK)


def name_repeats(text: str, found: list[Span]) -> Iterator[Span]:
    """Each word of a found name wherever else it stands ("Ana Lima … then Lima said"):
    one pass over the text for all the names' words."""
    names = [s for s in found if s.type == "PERSON" and s.score >= 0.5]
    words = {w for s in names for w in _NAME_WORD.findall(text[s.start : s.end])}
    return _words_elsewhere(text, words, [(s.start, s.end) for s in names])


def _words_elsewhere(
    text: str,
    words: set[str],
    regions: list[tuple[int, int]],
    before: str = r"(?<![\w'’])",
    flags: int = 0,
) -> Iterator[Span]:
    """Each of `words`, as a whole word, wherever the text has it outside `regions` (where
    the words were read): a weak name each time, in one pass over the text for all words."""
    if not words:
        return
    pattern = re.compile(
        before + "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        + r")(?!\w)",
        flags,
    )  # fmt: skip
    inside = Regions(regions)
    for m in pattern.finditer(text):
        if not inside.holds(m.start()):
            yield Span("PERSON", m.start(), m.end(), WEAK)


# A nickname given right after a name: "Rosalind Ebi, known to all as Roz", "my
# cousin Radek (nicknamed Tiny)", "Ros, aka Rosie", "Cornelius goes by Neil".
_NICKNAME = re.compile(
    r"[^\S\n]*[,(]?[^\S\n]*(?i:(?:better[^\S\n]+)?known(?:[^\S\n]+to[^\S\n]+(?:\w+[^\S\n]+)?\w+)?"
    r"[^\S\n]+as|nicknamed|a\.?k\.?a\.?|goes[^\S\n]+by|went[^\S\n]+by|called)[^\S\n]+[\"'“‘]?"
    r"(?P<name>[^\W\d_][\w'’-]{1,20})"
)


def around_names(
    text: str, redacted: list[Span], english: Callable[[str], bool] | None
) -> list[Span]:
    """More of what names someone in a request already known to be sensitive, around the
    names chosen for redaction however weakly they were read (the detection candidates
    `coordinated` and `name_repeats` read the strong names only, as written):
    - the names coordinated with them: "[Marisca], [Cato Price], Wystan";
    - a word listed between two of them, even an English word: "[tash], gems and [pip]";
    - a nickname given right after one: "[Rosalind Ebi], known to all as Roz";
    - each of their words wherever else the text has it, in any case: "[Kit Moreau] runs
      the stall … ask kit about the float" names Kit twice, and a hosted model that sees
      the second one can tell who the placeholder was."""
    people = [s for s in redacted if s.type == "PERSON"]
    if not people:
        return []
    # Coordinated with a name read by more than its unknown title-case word: a word no
    # dictionary holds beside another language's word is no list of people ("chambre,
    # mon téléphone"). `coordinated` takes the names it is given as strong ones.
    read = [replace(s, score=max(s.score, 0.5)) for s in people if s.score > WEAK]
    out = list(coordinated(text, read, english))
    for span in people:
        m = _NICKNAME.match(text, span.end)
        if m is None:
            continue
        nickname = m.group("name")  # "known as Tiny", not "called the office"
        # after "goes by", "a.k.a." or "nicknamed" a word of the dictionary is a name too
        # ("goes by wren"); after "called" it may be what was called ("called the office")
        loose = "call" in m.group().lower()
        if (
            english is None
            or nickname[0].isupper()
            or not english(nickname)
            or (not loose and nickname.lower() not in stop_words())
        ):
            out.append(Span("PERSON", m.start("name"), m.end("name"), WEAK))
    out += _repeats(text, people + out)
    between = list(_between_names(text, people + out))  # "tash, gems and [pip]"
    between += _listed_with_numbers(text, people + out)  # "[bex] 30h, ro 38h"
    between += _dash_heads(text, people + out, english)  # "[Otto] - scales. Ivy - left early."
    return out + between + list(_repeats(text, between))


# The last word of a message after its last sentence, before the end of the text or a
# closing quote: a sign-off ("… if anything is missing. mike", "… see you at 6. Rhoswen x'").
_SIGN_OFF = re.compile(
    r"(?:[.!?]|\n)[^\S\n]*(?:[-–—][^\S\n]*)?(?P<name>[^\W\d_][\w'’-]{1,20})"
    r"(?:[^\S\n]+x{1,3})?[^\S\n]*(?:[\"'’”»](?!\w)|\s*\Z)"
)


def sign_offs(text: str) -> Iterator[Span]:
    """A listed given name signing off a message, in any case."""
    given = gazetteer.names()[0]
    for m in _SIGN_OFF.finditer(text):
        low = m.group("name").lower()
        if low in given and low not in stop_words():
            yield Span("PERSON", m.start("name"), m.end("name"), WEAK)


# An item of a list: a word or two and a number (hours, a sum, a share): "bex 30h",
# "Idris: 28", "jude k 12h", "Wren £40".
_NUMBERED_ITEM = re.compile(
    r"(?P<head>[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_]\.?(?=[^\S\n]*[:=–-]?[^\S\n]*[£$€]?\d))?)"
    r"[^\S\n]*[:=–-]?[^\S\n]*[£$€]?\d(?:[\d.,]*\d)?(?:[^\W\d_]{1,5}\b|%)?"
)
_ITEM_GAP = re.compile(r"[^\S\n]*(?:[,;/]|\n|[^\S\n]and[^\S\n]|&)[^\S\n]*(?:and[^\S\n]+)?")


def _listed_with_numbers(text: str, people: list[Span]) -> Iterator[Span]:
    """The other heads of a list of names and numbers in which two heads or more are names
    to be redacted: a tip split, a rota, a tally ("bex 30h, tomasz 26h, ro 38h"); beside a
    single name, the heads that are listed given names ("kasia £35, frank £20")."""
    if not any(c.isdigit() for c in text):
        return
    named = [(s.start, s.end) for s in people if s.type == "PERSON"]
    given = gazetteer.names()[0]
    items = list(_NUMBERED_ITEM.finditer(text))
    run: list[re.Match[str]] = []
    for i, item in enumerate(items):
        run.append(item)
        last = i + 1 == len(items)
        if not last and _ITEM_GAP.fullmatch(text, item.end(), items[i + 1].start()):
            continue
        heads = [m for m in run if any(a <= m.start("head") < b for a, b in named)]
        many = len(run) >= 3 and len(heads) >= 2
        for m in run if heads and len(run) >= 2 else ():
            first = m.group("head").split()[0].lower()
            # beside one name, only a listed given name: "kasia £35, frank £20"
            if m not in heads and first not in stop_words() and (many or first in given):
                yield Span("PERSON", m.start("head"), m.end("head"), WEAK)
        run = []


# The head of a note on someone, opening the text, a line or a sentence, before a dash (an
# en or em dash too): "Otto - scales better.", "* Ivy - left early".
_DASH_HEAD = re.compile(
    r"(?:^|(?<=[.;!?\n:]))[^\S\n]*(?:[-•*][^\S\n]+)?(?P<head>[A-Z][a-zß-öø-ÿ'’-]{1,20})"
    r"[^\S\n]+[–—-][^\S\n]+(?=\S)",
    re.MULTILINE,
)


def _dash_heads(
    text: str, people: list[Span], english: Callable[[str], bool] | None
) -> Iterator[Span]:
    """The other heads of notes on people, two or more of whose heads are names to be
    redacted: "Otto - scales better. Anouk - ready for the exam. Ivy - left early." A head
    that is an English word and no listed given name is left ("Homework - none")."""
    if "–" not in text and "—" not in text and " - " not in text:
        return
    heads = list(_DASH_HEAD.finditer(text))
    if len(heads) < 3:
        return
    named = [m for m in heads if any(s.start <= m.start("head") < s.end for s in people)]
    if len(named) < 2:
        return
    given = gazetteer.names()[0]
    for m in heads:
        word = m.group("head")
        low = word.lower()
        if m in named or low in stop_words() or word in _NOT_NAME_WORDS:
            continue
        if low in given or (english is not None and not english(low)):
            yield Span("PERSON", m.start("head"), m.end("head"), WEAK)


def _between_names(text: str, people: list[Span]) -> Iterator[Span]:
    """A word listed between two names to be redacted is a name too, even an English word
    ("gems", "mags"): a list of people does not hold one thing. Stop words aside ("Ana and
    me and Kit")."""
    starts = {s.start for s in people if s.type == "PERSON"}
    for span in people:
        m = _BETWEEN.match(text, span.end)
        if m is not None and m.end() in starts and m.group("name").lower() not in stop_words():
            yield Span("PERSON", m.start("name"), m.end("name"), WEAK)


# A word of three letters or more.
_LETTER_WORD = re.compile(r"[^\W\d_]{3,}")


def _repeats(text: str, people: list[Span]) -> Iterator[Span]:
    """A word of a name to be redacted, in any case: three letters or more, no English stop
    word or name particle ("van", "de")."""
    found = {w.lower() for s in people for w in _LETTER_WORD.findall(text, s.start, s.end)}
    found -= stop_words() | NAME_PARTICLES
    regions = [(s.start, s.end) for s in people]
    return _words_elsewhere(text, found, regions, flags=re.IGNORECASE)


# An e-mail address's local part, and the words in it ("ana.lima", "k_okafor92").
_EMAIL_LOCAL = re.compile(r"(?<![\w.+-])([^\W\d_][\w.+-]*)@[\w-]+(?:\.[\w-]+)+")
# Mailboxes of a role, not a person: "info@", "bookings@", "no-reply@".
_ROLE_MAILBOXES = words(
    """info admin sales support contact hello team office noreply reply mail help billing
    accounts account jobs careers press media service services enquiries enquiry bookings
    booking orders order finance payroll security privacy dpo legal marketing news newsletter
    webmaster postmaster donations volunteers hire rentals reception frontdesk shop store
    customer customers care feedback members membership events admissions office hq"""
)


def email_echoes(text: str) -> Iterator[Span]:
    """A word of an e-mail address's local part wherever else the text has it, in any
    case: "send it to dele, his address is dele.mensah@…" names "dele" twice."""
    if "@" not in text:
        return
    emails = [(m.start(), m.end(), m.group(1)) for m in _EMAIL_LOCAL.finditer(text)]
    parts = {
        w.lower()
        for _, _, local in emails
        for w in _LETTER_WORD.findall(local)
        if w.lower() not in _ROLE_MAILBOXES and w.lower() not in stop_words()
    }
    regions = [(a, b) for a, b, _ in emails]
    if not parts:
        return
    yield from _words_elsewhere(text, parts, regions, r"(?<![\w'’.@+-])", re.IGNORECASE)
    # The name the address is built from, written apart: "t. marlowby" beside tmarlowby@…
    for m in _TWO_WORDS.finditer(text):
        first, last = m.group("first").lower(), m.group("last").lower()
        if first + last in parts or first[0] + last in parts:
            yield Span("PERSON", m.start(), m.end(), WEAK)


# An initial or a first name and a surname: "t. marlowby", "Ilse Vogt".
_TWO_WORDS = re.compile(
    r"(?<![\w'’.@-])(?P<first>[^\W\d_](?:\.|[^\W\d_]+))[^\S\n]*[^\S\n](?P<last>[^\W\d_][\w'’-]{2,})(?![\w@])"
)


# A username as workplaces build them from a name the text gives: "Benedikt Großkreutz" …
# "bgrosskreutz" or "benedikt.grosskreutz", "Аркадий Веснин" … "avesnin", "Ana Lima" … "lima_a2".
_LOGIN_SHAPE = re.compile(
    r"(?<![\w@.+-])[a-z][a-z._-]{3,40}[a-z](?P<digits>\d{0,4})(?![\w@]|[.-]\w)"
)
_NAME_PART = re.compile(r"[^\W\d_]+")
_NEXT_NAME_WORD = re.compile(r"[^\S\n]+[^\W\d_][^\W\d_]+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _login_forms(name: str) -> set[str]:
    """The usual usernames of a full name, in ASCII (a name in another script spelled out
    in Latin letters, umlauts both ways): first initial and surname, first and surname
    joined or with a dot, dash or underscore, surname and initial."""
    from anyascii import anyascii

    forms: set[str] = set()
    for spelling in {name, name.translate(_UMLAUTS)}:
        latin = anyascii(spelling).lower().replace("'", "")  # "Татьяна": "Tat'yana"
        parts = [p for p in _NAME_PART.findall(latin) if len(p) > 1]
        if len(parts) < 2:
            continue
        first, last = parts[0], "".join(parts[1:])
        for surname in {last, parts[-1]}:
            forms |= {first[0] + surname, first + surname, surname + first[0], surname + first}
            forms |= {first + sep + surname for sep in "._-"}
            forms |= {surname + sep + first[0] for sep in "._-"}
            forms |= {first[0] + sep + surname for sep in "._-"}
    return {f for f in forms if len(f.replace(".", "").replace("_", "").replace("-", "")) >= 5}


def name_logins(text: str, found: list[Span]) -> Iterator[Span]:
    """A lower-case token that is a username made of a name found in the same text."""
    people = [s for s in found if s.type == "PERSON" and s.score >= WEAK]
    forms: set[str] = set()
    for s in people:
        after = _NEXT_NAME_WORD.match(text, s.end)  # a given name found alone: "Аркадий Веснин"
        end = after.end() if after is not None and after.group().lstrip()[0].isupper() else s.end
        forms |= _login_forms(text[s.start : end])
    if not forms:
        return
    inside = Regions((s.start, s.end) for s in people)
    for m in _LOGIN_SHAPE.finditer(text):
        core = m.group()[: len(m.group()) - len(m.group("digits"))]
        if core in forms and not inside.holds(m.start()):
            yield Span("ID_NUMBER", m.start(), m.end(), WEAK)


# A capitalised word: Latin, Greek, Cyrillic or Armenian letters; or a Latin initial.
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ\u0391-\u03a9\u0400-\u042f\u0531-\u0556"
_LOWER = "a-zß-öø-ÿā-žḁ-ỿ\u03ac-\u03ce\u0430-\u045f\u0561-\u0587"
_CAPITALISED = rf"(?:[{_UPPER}][{_LOWER}][{_LOWER}'’-]*|[A-Z]\.?)"
_NEXT_NAME = re.compile(rf"[^\S\n]{{1,3}}{_CAPITALISED}(?![\w@])")
_PREV_NAME = re.compile(rf"(?<![\w'’]){_CAPITALISED}[^\S\n]{{1,3}}\Z")
_NOT_NAME_WORDS = words(
    """The This That These Those There Then When Where What Why How Who Which While Hi Hello
    Hey Dear Thanks Thank Regards Best Yours Sincerely Cheers And But Or If So Please Yes
    No Ok Okay My Our Your His Her Their Its We You They He She It I Mr Mrs Ms Dr Prof
    Name Address Phone Email Tel Mobile Fax Date Street Road Avenue Lane Apt Suite Unit
    Today Tomorrow Yesterday """
    + CALENDAR_WORDS
)


# After a name typed in lower case: an initial ("p.", "t") or a word no English list has.
_NEXT_LOWER = re.compile(
    r"[^\S\n]{1,3}(?P<word>[a-zß-öø-ÿā-žḁ-ỿ][a-zß-öø-ÿā-žḁ-ỿ'’-]*\.?)(?![\w@])"
)


def _lower_tail(
    text: str, end: int, english: Callable[[str], bool] | None, surnames: frozenset[str]
) -> int:
    """Extend a lower-case name over its initials, unknown words and listed surnames that
    are no stop word: "ottilie r. vandermeulen", "marcus bell", "grace wu"."""
    for _ in range(3):
        m = _NEXT_LOWER.match(text, end)
        if m is None:
            break
        word = m.group("word").rstrip(".")
        initial = len(word) == 1
        surname = word in surnames and word not in stop_words()
        if not initial and not surname and (len(word) < 3 or english is None or english(word)):
            break
        end = m.end()
    return end


def name_edges(
    text: str,
    found: list[Span],
    english: Callable[[str], bool] | None = None,
    surnames: frozenset[str] = frozenset(),
) -> Iterator[Span]:
    """Title-case words and initials right next to a found name, on its line: "Ana" when
    only "Ana Lima"'s surname was found, the "P" of "Maria P Lopes"; after a name typed in
    lower case, its initials and unknown words ("ottilie r. vandermeulen")."""
    for span in found:
        if span.type != "PERSON" or span.score < 0.5:
            continue
        if text[span.start : span.start + 1].islower():
            tail = _lower_tail(text, span.end, english, surnames)
            if tail > span.end:
                yield Span("PERSON", span.end, tail, WEAK)
        yield from _edges(text, span, _PREV_NAME, _NEXT_NAME, 30, _NOT_NAME_WORDS)
        joined = _PATRONYMIC_AFTER.match(text, span.end)
        if joined is not None:
            yield Span("PERSON", span.end, joined.end(), WEAK)


# The words a list writes before each contact number or address: "joão +55 21 …, zé +55
# 11 …", "lena vogt: 0151 …" (a word saying what the number is, "call", "mobile", is not).
_BEFORE_CONTACT = re.compile(
    r"(?:\A|[,;\n|(]|:[^\S\n])[^\S\n]*(?P<name>[^\W\d_][\w'’.-]*(?:[^\S\n]+[^\W\d_][\w'’.-]*){0,2})"
    r"[^\S\n]*[:–—-]?[^\S\n]*\Z"
)
_CONTACT_WORDS = frozenset(
    ("call", "ring", "phone", "tel", "telephone", "mobile", "mob", "cell", "text", "sms",
     "whatsapp", "fax", "email", "e-mail", "mail", "at", "on", "or", "and", "me", "us", "is",
     "number", "no", "contact", "reach", "office", "home", "work", "landline", "via", "to",
     "the", "my", "our", "his", "her", "their", "your", "a", "an", "of", "for", "from",
     "with", "by", "emergency", "support", "helpline", "reception", "switchboard", "main",
     "direct", "line", "ext", "fixed", "personal", "business", "private", "alt", "backup")
)  # fmt: skip
_CONTACT_TYPES = frozenset(("PHONE_NUMBER", "EMAIL_ADDRESS"))
# Whoever a role is said to be, right before their number: "the face painter is clemency 07700 …".
_SAID_TO_BE = re.compile(
    r"\b(?i:is|was)[^\S\n]+(?P<name>[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*)?)"
    r"[^\S\n]*[:–—-]?[^\S\n]*\Z"
)


def before_contacts(text: str, found: list[Span]) -> Iterator[Span]:
    """The words right before a phone number or an e-mail address in a list, up to the
    list's comma or the line's start: whoever the number is for, redacted with it."""
    for span in found:
        if span.type not in _CONTACT_TYPES or span.score < 0.5:
            continue
        role = _SAID_TO_BE.search(text, max(0, span.start - 40), span.start)
        if role is not None and not any(
            w.lower() in _CONTACT_WORDS or w.lower() in stop_words()
            for w in role.group("name").split()
        ):
            yield Span("PERSON", role.start("name"), role.end("name"), WEAK)
            continue
        m = _BEFORE_CONTACT.search(text, max(0, span.start - 40), span.start)
        if m is None:
            continue
        said = m.group("name").split()
        if any(w.lower().strip(".") in _CONTACT_WORDS for w in said):
            continue
        if said[-1].isupper() or structured.ID_CONTEXT.search(m.group("name")):
            continue  # "account QRX 7730 1846": the number's own letters and keyword
        yield Span("PERSON", m.start("name"), m.end("name"), WEAK)


# A particle of descent or a joining word, then the rest of the name: "Farah binte
# Osman", "Aiman bin Razak", "Montse Ferrer i Vidal", "Aoibheann Ní Dhúill", "Rajan s/o Kumar".
_PATRONYMIC_AFTER = re.compile(
    r"[^\S\n]+(?i:bin|binti|binte|bte|ibn|bint|ould|a/l|a/p|s/o|d/o|ní|nic|mac|ap|ferch|"
    r"i|y)[^\S\n]+[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][\w'’-]+"
)


def _edges(
    text: str,
    span: Span,
    before: re.Pattern[str],
    after: re.Pattern[str],
    reach: int,
    stop: frozenset[str] = frozenset(),
) -> Iterator[Span]:
    """Up to two pieces `before` (searched within `reach` characters) and two `after` a
    found span, that belong to it, as weak spans of its type; a piece whose first word is
    in `stop` ends the growth on its side."""
    start, end = span.start, span.end
    for _ in range(2):
        m = before.search(text, max(0, start - reach), start)
        if m is None or m.group().split()[0] in stop:
            break
        start = m.start()
    for _ in range(2):
        m = after.match(text, end)
        if m is None or m.group().split()[0] in stop:
            break
        end = m.end()
    if start < span.start:
        yield Span(span.type, start, span.start, WEAK)
    if end > span.end:
        yield Span(span.type, span.end, end, WEAK)


# The short groups beside a found number that belong to it: "1 87 11 62 304 517 49" read
# from its second group, the prefix of "BA 31044729", the check digit of "1 1037 02458 36 8"
# or "6124587 LP".
_NUMBER_GROUP_BEFORE = re.compile(r"(?<![\w.,/-])(?:[A-Z]{1,3}|\d{1,4})[ ]\Z")
_NUMBER_GROUP_AFTER = re.compile(r"[ ](?:[A-Z]{1,3}|\d{1,4})(?![\w.,/-]|[.,]\d)")
_NUMBER_TYPES = frozenset({"ID_NUMBER", "PHONE_NUMBER", "US_SSN"})


def number_edges(text: str, found: list[Span]) -> Iterator[Span]:
    for span in found:
        if span.type in _NUMBER_TYPES and span.score >= 0.5:
            yield from _edges(text, span, _NUMBER_GROUP_BEFORE, _NUMBER_GROUP_AFTER, 5)


# A name coordinated with a found name is a name too: "Kofi vs Tamsin", "Ines and Summer",
# "Yuki, Ravi and Sam" (any case: "jo and fenna").
_COORD = (
    r"[^\S\n]*(?:,(?:[^\S\n]+(?:and|or)(?=[^\S\n]))?|&|\+|/)[^\S\n]*"
    r"|[^\S\n]+(?:and|or|vs\.?|versus|with)[^\S\n]+"
)  # "Ana, Ben, and Kit": the serial comma too
_NEXT_COORDINATED = re.compile(rf"(?:{_COORD})(?P<name>[^\W\d_][\w'’-]{{1,20}})(?![\w@]|\.\w)")
# A short aside after a name in a list: "Ana (vocals), Ben (bass) and Kit".
_ASIDE = re.compile(r"[^\S\n]*\([^()\n]{1,30}\)")
_PREV_COORDINATED = re.compile(rf"(?<![\w@.'’])(?P<name>[^\W\d_][\w'’-]{{1,20}})(?:{_COORD})\Z")
# One word between two names of a list: "rob, tash, gems and pip", "ana w, reeds, tomasz".
_BETWEEN = re.compile(rf"(?:{_COORD})(?P<name>[^\W\d_][\w'’-]{{1,20}})(?:{_COORD})")


def coordinated(
    text: str, found: list[Span], english: Callable[[str], bool] | None
) -> Iterator[Span]:
    people = [s for s in found if s.type == "PERSON" and s.score >= 0.5]
    for span in people:
        end, start = span.end, span.start
        for _ in range(3):
            aside = _ASIDE.match(text, end)
            m = _NEXT_COORDINATED.match(text, aside.end() if aside else end)
            if m is None or not _name_word(m.group("name"), english):
                break
            yield Span("PERSON", m.start("name"), m.end("name"), WEAK)
            end = m.end()
        for _ in range(3):
            m = _PREV_COORDINATED.search(text, max(0, start - 40), start)
            if m is None or not _name_word(m.group("name"), english):
                break
            yield Span("PERSON", m.start("name"), m.end("name"), WEAK)
            start = m.start()


def _latin(char: str) -> bool:
    return ord(char) < 0x250 or 0x1E00 <= ord(char) < 0x1F00


def _name_word(word: str, english: Callable[[str], bool] | None) -> bool:
    """Capitalised (any word but the usual openers), or lower case and no English word
    unless a given name: "iris and bogdan halych", "april and radek"."""
    if word[0].isupper():
        return word not in _NOT_NAME_WORDS
    if english is None or (word[0].islower() and not _latin(word[0])):
        return False  # Greek and Cyrillic write names with a capital, not the words after one
    return not english(word) or (word in gazetteer.names()[0] and word not in stop_words())


def _no_english(low: str, english: Callable[[str], bool]) -> bool:
    """No English word nor an inflection of one ("dunc", not "nicer")."""
    stems = [*inflection_stems(low), low[:-1], low[:-2]]  # "safer": "safe"
    return not english(low) and not any(english(s) for s in stems if len(s) > 2)


def _nickname(word: str) -> bool:
    """A short word web text rarely writes in lower case: a nickname ("dunc", "jojo")."""
    return len(word) <= 5 and rare_in_lower_case(word)


# Speakers of a pasted chat or transcript: "Thorbjørn: my order never came." on its own line,
# with the name also said elsewhere in the text; role labels are no names.
SPEAKER = re.compile(
    rf"^[^\S\n]*{CHAT_STAMP}(?P<name>[^\W\d_][\w'’-]{{1,20}}(?: [^\W\d_][\w'’-]{{1,20}})?):",
    re.M,
)
_ROLES = words(
    """Interviewer Interviewee User Assistant System Q A Speaker Host Guest Agent Customer
    Support Me You Note Notes Answer Question Subject To From Cc Bcc Date Time Re Fwd
    Moderator Narrator Teacher Student Doctor Patient Caller Operator Bot AI Human Client"""
)


# A word with no word glued on.
_MENTION = re.compile(r"(?<![\w'’])[^\W\d_][\w'’-]*(?![\w'’])")


def speakers(text: str, english: Callable[[str], bool] | None = None) -> Iterator[Span]:
    if text.count(":") < 2 or "\n" not in text:
        return
    labels = [
        m
        for m in SPEAKER.finditer(text)
        if m.group("name") not in _ROLES
        and not (english is not None and any(english(w) for w in m.group("name").split()))
    ]  # "Fix this:", "Output:" are headings
    if (
        len({m.group("name") for m in labels})
        + sum(1 for m in SPEAKER.finditer(text) if m.group("name") in _ROLES)
        < 2
    ):
        return  # one "Note:" line is no transcript
    names = {
        m.group("name")
        for m in labels
        if m.group("name")[0].isupper() or not m.group("name").isascii()
    }
    if not names:
        return
    # The label and every other mention ("And Danielle, you …"), in one pass over the
    # text however many speakers there are.
    found = list(_MENTION.finditer(text))
    for i, m in enumerate(found):
        if m.group() in names:
            yield Span("PERSON", m.start(), m.end(), WEAK)
        if i + 1 < len(found) and found[i + 1].start() == m.end() + 1:
            pair = text[m.start() : found[i + 1].end()]
            if pair in names:  # a two-word label: "Mary Ann: …"
                yield Span("PERSON", m.start(), found[i + 1].end(), WEAK)


# After a word that introduces an address, the clause that holds a number: "address Flat
# 402, Sai Krupa Apartments, 5th Cross, Indiranagar, Bengaluru 560038".
ADDRESS_CUE = re.compile(
    r"\b(?:address(?:e)?|endereço|dirección|direccion|indirizzo|adres|anschrift|"
    r"lives? at|living at|moved to|located at|office is at|hotel is at|deliver(?:ed)? to|"
    r"ship(?:ped)? to|send (?:it |this |them )?to|post(?:ed)? to|pick (?:\w+ )?up from|"
    r"collect(?:ed)? from|return (?:it )?to|registered at|is at|we're at|i'm at)\b[:\s]*",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.?!](?:\s|$)|\n|\s[—–-]\s|;|\s(?:with|and then|but|for|because)\s")


def address_clauses(text: str) -> Iterator[Span]:
    for m in ADDRESS_CUE.finditer(text):
        start = m.end()
        end_m = _CLAUSE_END.search(text, start, start + 120)
        end = end_m.start() if end_m else min(len(text), start + 100)
        clause = text[start:end]
        if any(c.isdigit() for c in clause) and len(clause.split()) >= 2:
            yield Span("STREET_ADDRESS", start, end, WEAK)


# An address written as comma-separated parts in any language and script: "Hringbraut 47,
# 101 Reykjavík", "Jr. Los Cedros 615, San Sebastián, Cusco", a Cyrillic "city, street, house,
# flat" line. Every part is a few words, each a house number, an abbreviation, a
# capitalised (or caseless-script) word, a particle or a word of another language; the run
# holds a number and a capitalised word. Read only in a text already sensitive: a place
# and a number cost one placeholder there.
_PART = re.compile(r"(?:[^,،]|(?<=\d),(?=\d{3}))+")  # "1,200" is one number
_HOUSE_NUMBER = re.compile(
    r"(?:[A-Z]{1,3}-?|[^\W\d_]{2,20}-)?\d{1,6}[^\W\d_]?(?:[-/]\d{1,4}[^\W\d_]?){0,2}"
    r"(?:-[^\W\d_]{1,10})?\.?"
)
_ABBREVIATION = re.compile(r"[^\W\d_]{1,5}\.")
# Particles inside street and place names: "Rruga e Durrësit", "Rua do Ouvidor".
_PARTICLES = words("e y i a o de del della di da do das dos du des la le van von der den al el")
# A script that writes names in lower case (Georgian Mkhedruli).
_CASELESS_NAMES = re.compile(r"[\u10d0-\u10ff]")
_CALENDAR = words(" ".join(MONTHS + MONTH_ABBREVIATIONS + WEEKDAYS).lower())
_PART_MAX_WORDS = 6
_PART_MAX_CHARS = 48
_PART_MAX_FOREIGN = 2
_Part = tuple[int, int, list[str]]  # start, end, the kinds of its words


def _part_word(token: str, english: Callable[[str], bool] | None) -> str | None:
    """A word's kind in an address part ("number", "abbreviation", "name", "particle",
    "word": another language's) or None when no address part holds it."""
    if _HOUSE_NUMBER.fullmatch(token):
        return "number"
    bare = token.strip("'’\"()")
    if bare.lower().rstrip(".") in _CALENDAR:
        return None
    if _ABBREVIATION.fullmatch(bare):
        return "abbreviation"
    core = bare.rstrip(".")
    if not core or not all(c.isalpha() or c in "'’-" for c in core):
        return None
    if not core[0].islower() or _CASELESS_NAMES.match(core):  # capitalised, or no case
        return "name"
    if core in _PARTICLES:
        return "particle"
    return "word" if english is None or not english(core) else None


def _address_words(
    part: str, start: int, english: Callable[[str], bool] | None, *, tail: bool
) -> _Part | None:
    """The longest run of address words at the head (or the `tail`) of a part."""
    tokens = list(re.finditer(r"\S+", part))
    kinds = [_part_word(m.group(), english) for m in tokens]
    order = range(len(tokens) - 1, -1, -1) if tail else range(len(tokens))
    chosen: list[int] = []
    for i in order:
        if kinds[i] is None or len(chosen) == _PART_MAX_WORDS:
            break
        chosen.append(i)
    if not chosen:
        return None
    chosen.sort()
    found = [k for i in chosen if (k := kinds[i]) is not None]
    if found.count("word") > _PART_MAX_FOREIGN:
        return None
    return start + tokens[chosen[0]].start(), start + tokens[chosen[-1]].end(), found


def _address_run(run: list[_Part]) -> Iterator[Span]:
    kinds = [k for _, _, found in run for k in found]
    if len(run) >= 2 and "number" in kinds and "name" in kinds:
        yield Span("STREET_ADDRESS", run[0][0], run[-1][1], WEAK)


def address_runs(text: str, english: Callable[[str], bool] | None = None) -> Iterator[Span]:
    """Comma-separated address parts on one line (see above), in the text as written (any
    script: not `scripts.spaced`)."""
    for line in re.finditer(r"[^\n]+", text):
        if "," not in line.group() and "،" not in line.group():
            continue
        run: list[_Part] = []
        for m in _PART.finditer(text, line.start(), line.end()):
            part = m.group()
            head = _address_words(part, m.start(), english, tail=False)
            whole = (
                head is not None
                and len(head[2]) == len(part.split())
                and len(part.strip()) <= _PART_MAX_CHARS
            )
            if head is not None and (whole or run):
                run.append(head)  # a whole part, or the head that ends a run
            if not whole:
                yield from _address_run(run)
                tail = _address_words(part, m.start(), english, tail=True)
                run = [tail] if tail is not None else []
        yield from _address_run(run)


# A login name: "user=ana.rebelo", "username: jkowalski", "login mgarcia84".
# Also "DB_USER=app_ro", "my account name is lindqvist_e", "her username was maren.k2011",
# and the words of other languages for a user and for "is": "usuario lferrer_vlc", "Login
# ist admin_kraus", "Benutzer jbauer" (and the Turkish, Dutch, Polish, Nordic ... words,
# and those of other scripts: Russian, Arabic, Hebrew, Greek, Hindi, Japanese, Chinese,
# Korean; not French "pseudo", which is "pseudo code" in English).
USER_KEY = re.compile(
    r"(?:\b|_)(?:user(?:[ _]?name)?|login|uid|handle|account(?:[ _]name)?|owner|assignee|"
    r"reporter|author|approver|requester|requested_by|created_by|updated_by|"
    r"modified_by|committer|on[ _]call|usuario|usuário|utilisateur|identifiant|"
    r"benutzer(?:name)?|anmeldename|kullanıcı(?:[ _]adı)?|gebruiker(?:snaam)?|użytkownik|"
    r"utente|nome[ _]utente|användar(?:e|namn)|brukernavn|brugernavn|käyttäjä(?:tunnus)?|"
    r"uživatel|felhasználó(?:név)?|utilizator|логин|пользовател[ья]|المستخدم|משתמש|"
    r"χρήστη|उपयोगकर्ता(?:[ _]नाम)?|ユーザー(?:名|ID)|用户名|아이디|사용자(?:[ _]?이름)?)\b['\"]?"
    r"(?P<said>\s+(?:is|was|ist|war|es|era|est|était|é|è|är|er|jest|je)\b)?\s*[:=,]?\s*['\"]?"
    r"(?P<value>[A-Za-z][\w.-]{1,30}\w)(?![\w@])",
    re.IGNORECASE,
)
# A user named to a command-line client: "mysql -u reporting_ro", "psql -U jdoe",
# "--user=ana.l".
CLI_USER = re.compile(
    r"(?<![\w-])(?:-u|-U|--user(?:name)?|-l)(?:[ \t]+|=)['\"]?(?P<value>[A-Za-z][\w.-]{1,31})"
)
# A "first.last" or "f.last" handle, as usernames in logs and exports are written.
DOTTED_HANDLE = re.compile(r"(?<![\w.@/])[a-z]{1,12}\.[a-z]{2,20}(?![\w.@/(])")
_NOT_HANDLES = words("self.name os.path e.g i.e etc.etc np.array")


# A login and its password written as a pair after a word about logging in: "the router
# login is still root / pelican7", "creds: svc_ops:Tr0ub4dor"; and "logs in as X with
# password …".
CREDENTIAL_PAIR = re.compile(
    r"\b(?i:login|log[- ]?in|credentials|creds|user(?:name)?\s*(?:and|/|&)\s*pass(?:word)?)\b"
    r"[^\n.]{0,30}?(?<![\w@./-])(?P<user>[\w.@-]{2,40})\s*[/:]\s*(?P<secret>[^\s,;]{3,64})"
)
AS_USER = re.compile(
    r"\bas\s+(?P<user>[A-Za-z][\w.-]{1,30}[A-Za-z0-9])\s+(?i:with|using)\s+(?:the\s+)?"
    r"(?i:password|pw|pass|passcode|key)\b"
)


def credential_pairs(text: str) -> Iterator[Span]:
    for m in CREDENTIAL_PAIR.finditer(text):
        if not any(c.isalpha() for c in m.group("user")):
            continue  # "404 / 500 errors": numbers, not a login
        secret = m.group("secret").rstrip(".!?)'\"")
        yield Span("ID_NUMBER", m.start("user"), m.end("user"), WEAK)
        yield Span("PASSWORD", m.start("secret"), m.start("secret") + len(secret), WEAK)
    for m in AS_USER.finditer(text):
        yield Span("ID_NUMBER", m.start("user"), m.end("user"), WEAK)


# A social handle: "@maria_k", "DM @theo.w"; not an e-mail address, not a decorator at the
# start of a line ("@dataclass", "@app.route(…)").
HANDLE = re.compile(
    r"(?<![\w@.])@(?P<handle>[A-Za-z0-9_](?:[\w.]{0,28}[A-Za-z0-9_])?)(?![\w@(]|\.\w)"
)
_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*\Z")
_SPEAKER_COLON = re.compile(r":[^\S\n]")
_SPEAKER_TIME = re.compile(r"[^\S\n]+\d{1,2}:\d{2}\b")
# A profile line: the handle, then a separator and who it is ("@kitmends · Kit Osei, …").
_PROFILE_SEPARATOR = re.compile(r"[^\S\n]+[·•|–—][^\S\n]")
# A login before a database or host with no domain, as logs write it: "[4410] nmurphy@crm
# LOG: …" (Postgres), "ssh deploy_kw@bastion" (an e-mail address has a dotted domain).
USER_AT_HOST = re.compile(
    r"(?<![\w.@/-])(?P<user>[A-Za-z_][\w.-]{1,30}[\w])@[A-Za-z_][\w-]*(?![\w.@-])"
)


# The user of a URL: "sftp://backup_gkaur@203.0.113.88/srv" (with a password: CONNECTION).
URL_USER = re.compile(r"\b[a-z][a-z0-9+.-]{1,20}://(?P<user>[A-Za-z_][\w.-]{0,30}[\w])@")


# A profile address names its owner: "linkedin.com/in/ada-obi-pm", "instagram.com/mila.k".
PROFILE_URL = re.compile(
    r"(?i:linkedin\.com/in|facebook\.com|fb\.com|instagram\.com|twitter\.com|x\.com|"
    r"tiktok\.com/@|threads\.net/@|youtube\.com/@|medium\.com/@|github\.com)/?"
    r"(?P<handle>[\w.-]{2,60}[\w])"
)
# A name signing off a message: "Love, Kat x", "Cheers,\nDev", "Ta, Jo".
SIGN_OFF = re.compile(
    r"\b(?i:love|cheers|thanks|thank you|best|regards|warmly|yours|sincerely|ta|xoxo|hugs)"
    r",?[^\S\n]*\n?[^\S\n]*(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’-]{1,20})"
    r"(?:[^\S\n]+x+)?[^\S\n]*['\"”’]?[^\S\n]*(?:$|\n)",
    re.M,
)


# A user's home folder names the user: "/home/ykamau/…", "C:\\Users\\jnowak\\…".
HOME_PATH = re.compile(  # "C:\\Users\\…" also as a Python repr prints it, backslashes doubled
    r"(?:/home/|/Users/|[A-Za-z]:\\{1,2}Users\\{1,2})(?P<user>[A-Za-z][\w.-]{1,30})(?=[/\\])"
)
_HOME_PLACEHOLDERS = words(
    "user username runner ubuntu admin root me you name your_name yourname vscode app www "
    "Shared Public Default ec2-user node jenkins git"
)
# Speakers of an IRC-style log: "<quartz_milo> stop pinging me".
IRC_SPEAKER = re.compile(r"(?:^|(?<=\s))<(?P<handle>[A-Za-z0-9_.-]{2,30})>(?=\s)", re.M)


def profiles(text: str) -> Iterator[Span]:
    if ".com/" in text or ".net/" in text:
        for m in PROFILE_URL.finditer(text):
            yield Span("ID_NUMBER", m.start("handle"), m.end("handle"), WEAK)
    for m in SIGN_OFF.finditer(text):
        yield Span("PERSON", m.start("name"), m.end("name"), WEAK)
    if "<" in text:
        handles = {m.group("handle") for m in IRC_SPEAKER.finditer(text)}
        if len(handles) >= 2:
            for m in IRC_SPEAKER.finditer(text):
                yield Span("ID_NUMBER", m.start("handle"), m.end("handle"), WEAK)


def home_folders(text: str) -> Iterator[Span]:
    """The user of a home folder in a path: detection, like any login said."""
    if "/home/" in text or "Users" in text:
        for m in HOME_PATH.finditer(text):
            if m.group("user") not in _HOME_PLACEHOLDERS:
                yield Span("ID_NUMBER", m.start("user"), m.end("user"), 0.55)


def handles(text: str) -> Iterator[Span]:
    """ "@handle" mentions; at the start of a line only as a speaker ("@t.obi: done"), not
    a decorator ("@dataclass")."""
    if "@" not in text:
        return
    for m in HANDLE.finditer(text):
        if (
            _LINE_START.search(text, 0, m.start()) is None
            or _SPEAKER_COLON.match(text, m.end())
            or _SPEAKER_TIME.match(text, m.end())  # "@tamsyn.oda 9:52 AM  the build hangs"
            or _PROFILE_SEPARATOR.match(text, m.end())
            or _named_handle(m.group("handle"), *gazetteer.names())  # "@karin.steiner the box…"
        ):
            yield Span("ID_NUMBER", m.start(), m.end(), WEAK)
    for m in USER_AT_HOST.finditer(text):
        if m.group("user") not in _HOME_PLACEHOLDERS:
            yield Span("ID_NUMBER", m.start("user"), m.end("user"), WEAK)
    for m in URL_USER.finditer(text) if "://" in text else ():
        if m.group("user") not in _HOME_PLACEHOLDERS:
            yield Span("ID_NUMBER", m.start("user"), m.end("user"), WEAK)


def _named_handle(handle: str, given: frozenset[str], family: frozenset[str]) -> bool:
    """A handle made of a listed given name or surname and more ("karin.steiner",
    "t_obi"), not a decorator's dotted path ("app.route", "pytest.mark")."""
    parts = [p for p in re.split(r"[._]", handle.lower()) if p]
    return len(parts) == 2 and any(len(p) >= 3 and (p in given or p in family) for p in parts)


# Someone's account name, said as theirs: "my steam login is qx_ferret_qx", "her snapchat
# is mila.k.22", "my AD username is jnowak3". Detection, not only redaction: an account
# name points at one person.
SAID_LOGIN = re.compile(
    r"(?:\b(?i:my|his|her|their|our|your)|\b[^\W\d_]+['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?i:user\s?name|login|log-in|handle|gamertag|tag|snapchat|snap|instagram|insta|tiktok|"
    r"twitter|discord|steam|xbox|psn|reddit|telegram|skype|github|gitlab)(?:\s+(?i:id|name))?"
    r"\s*(?:(?i:is|was)\b:?|:)\s*['\"“]?(?P<value>[A-Za-z0-9][\w.-]{2,30}[A-Za-z0-9_])(?![\w@])"
)


_NOT_LOGINS = words(
    "the not still just locked blocked admin administrator root user guest test demo "
    "default postgres ubuntu pi sa"
)
# "the login for the supplier portal is …": a login named by what it opens.
# The profile or account one uses, then its name: "The Nintendo profile I play on is
# CrumpetKnight", "the account we post from is teal_otter_shop".
LOGIN_USED = re.compile(
    r"\b(?i:profile|account|gamertag|user\s?name|handle)\s+(?:I|we|i)\s+(?i:play|log|sign|post|"
    r"use|stream)(?:\s+(?i:in|on|from|with|as|under))?\s+(?i:is|was)\b:?\s*['\"“]?"
    r"(?P<value>[A-Za-z0-9][\w.-]{2,30}[A-Za-z0-9_])(?![\w@])"
)
# The login named before the word for it: "I use dunlin_k everywhere as my username", "we
# picked harbourfox as our login".
USED_AS = re.compile(
    r"\b(?:I|i|we)[^\S\n]+(?i:use|used|go by|went by|picked|chose|made)[^\S\n]+['\"“]?"
    r"(?P<value>[A-Za-z0-9][\w.-]{2,30}[A-Za-z0-9_])['\"”]?[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?i:as)[^\S\n]+(?i:my|our|a|the|his|her)[^\S\n]+(?:[\w-]+[^\S\n]+)?"
    r"(?i:user\s?name|login|handle|gamertag|screen\s?name|display\s?name|nickname)\b"
)
LOGIN_FOR = re.compile(
    r"\b(?i:user\s?name|login|log-in|handle)\s+(?i:for|on|to|at)\s+(?:[\w-]+\s+){1,4}?"
    r"(?i:is|was)\b:?\s*['\"“]?(?P<value>[A-Za-z0-9][\w.-]{2,30}[A-Za-z0-9_])(?![\w@])"
)


# A handle the writer gives as their own name somewhere: "I'm frostbyte_88 on there", "add
# me, I go by QuietOtter7", "find me as mila.k.22". Only a handle's shape counts (an
# underscore, a digit after letters, a capital inside the word), not a word or a name.
SELF_HANDLE = re.compile(
    r"\b(?i:i['’]?m|i am|i go by|add me(?: on \w+)?(?: as)?|find me(?: on \w+)?(?: as)?|"
    r"look me up(?: on \w+)?(?: as)?|known as|my (?:name|nick) (?:on|in) \w+ is)[^\S\n]+"
    r"['\"“]?(?P<value>[A-Za-z][A-Za-z0-9]*(?:[_.-][A-Za-z0-9]+)*_?)(?![\w@'’-]|\.\w)"
)
# "connects from 192.0.2.7 as fkarimi", "logged in as j.ortega": the login a person uses.
CONNECTS_AS = re.compile(
    r"\b(?i:log(?:s|ged)? ?in|sign(?:s|ed)? ?in|connect(?:s|ed)?|authenticat\w+|ssh(?:es|ed)?|"
    r"su(?:do)?)\b(?:[^.\n]|\.(?=\S)){0,40}?\b(?i:as)[^\S\n]+['\"“`]?"
    r"(?P<value>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*)(?![\w@'’-]|\.\w)"
)
_HANDLE_SHAPE = re.compile(r".*(?:_|[A-Za-z]{3}\d|[a-z][A-Z]).*")


def self_handles(text: str) -> Iterator[Span]:
    for m in SELF_HANDLE.finditer(text):
        value = m.group("value")
        stem = re.match(r"[A-Za-z]+", value)
        technical = stem is not None and stem.group().lower() in _NOT_MEMORABLE  # "Python3"
        if _HANDLE_SHAPE.fullmatch(value) and not ACRONYM_NUMBER.fullmatch(value) and not technical:
            yield Span("ID_NUMBER", m.start("value"), m.end("value"), 0.6)


# A handle given with its app: "add me on Instagram: velvetmoth", "my TikTok handle
# lunarbiscuit", "Steam name is kettle_drum7".
APP_HANDLE = re.compile(
    r"\b(?i:instagram|insta|snapchat|tiktok|discord|twitter|telegram|steam|xbox|psn|"
    r"playstation|reddit|facebook|github|twitch|roblox|fortnite|minecraft|linkedin)"
    r"(?:[^\S\n]+(?i:handle|username|user ?name|name|account|tag|id|gamertag))?"
    r"(?:[^\S\n]*(?:is|:|=)[^\S\n]*|[^\S\n]+)@?"
    r"(?P<value>[A-Za-z0-9][\w.-]{2,29}(?<![.-]))"
)


def app_handles(text: str, english: Callable[[str], bool] | None) -> Iterator[Span]:
    for m in APP_HANDLE.finditer(text):
        value = m.group("value")
        shaped = any(c.isdigit() or c in "._" for c in value) or value.islower()
        if not shaped or value.lower() in _NOT_LOGINS:
            continue
        if english is not None and value.isalpha() and english(value.lower()):
            continue  # "Instagram reels", "Steam deck"
        yield Span("ID_NUMBER", m.start("value"), m.end("value"), 0.6)


# A handle after the word for who holds it: "reply to user quiet_otter_42", "the buyer
# mossfinch9 never paid", "ban player Kr4ken_x". Only a handle's shape counts.
HANDLE_OF = re.compile(
    r"\b(?i:user|buyer|seller|player|poster|commenter|reviewer|subscriber|follower|streamer|"
    r"member|moderator|mod)[^\S\n]+@?(?P<value>[A-Za-z][\w.-]{2,30}[A-Za-z0-9_])(?![\w@]|\.\w)"
)
_PLACEHOLDER_HANDLE = re.compile(
    r"(?i).*(?:example|sample|dummy|test|foo|bar|xxx|user_?name|_id\b).*"
)


def handles_of(text: str) -> Iterator[Span]:
    for m in HANDLE_OF.finditer(text):
        value = m.group("value")
        if (
            any(c == "_" or c.isdigit() for c in value)
            and _HANDLE_SHAPE.fullmatch(value)
            and not ACRONYM_NUMBER.fullmatch(value)
            and value.lower() not in _NOT_LOGINS
            and not _PLACEHOLDER_HANDLE.fullmatch(value)
        ):
            yield Span("ID_NUMBER", m.start("value"), m.end("value"), 0.6)


def said_logins(text: str, english: Callable[[str], bool] | None = None) -> Iterator[Span]:
    yield from self_handles(text)
    yield from app_handles(text, english)
    yield from handles_of(text)
    for m in CONNECTS_AS.finditer(text):
        value = m.group("value")
        if value in _NOT_LOGINS or (english is not None and english(value)):
            continue  # "logged in as admin", "signed in as usual"
        yield Span("ID_NUMBER", m.start("value"), m.end("value"), 0.6)
    for m in (
        *SAID_LOGIN.finditer(text),
        *LOGIN_FOR.finditer(text),
        *LOGIN_USED.finditer(text),
        *USED_AS.finditer(text),
    ):
        value = m.group("value")
        plain = value.isalpha() and (english is None or english(value.lower()))
        if plain or value.lower() in _NOT_LOGINS:
            continue  # "my login is blocked": a word, not a login name; "admin": a default
        yield Span("ID_NUMBER", m.start("value"), m.end("value"), 0.6)


# Talk about accounts, where a login name is what a lower-case token most likely is.
ACCOUNT_TALK = re.compile(
    r"\b(?:unlock|reset|account|log ?in|login|logon|password|user(?:name)?|locked|access|"
    r"vpn|mfa|permissions?|ldap|sso|disable|provision|offboard|onboard|"
    # the same talk in other languages, whole words ("conta", not "contact"): "Passwort
    # zurückgesetzt für …", "compte de …"
    r"(?:passwort|kennwort|benutzer(?:name|konto)?|konto|mot de passe|compte|utilisateur|"
    r"contraseña|cuenta|usuario|senha|conta|usu[áa]rio|wachtwoord|gebruiker|hasło)\b)",
    re.IGNORECASE,
)
_LOGIN_TOKEN = re.compile(r"(?<![\w@.-])[a-z][a-z0-9._-]{3,30}(?<![._-])(?![\w@-])")
_LOGIN_PARTS = re.compile(r"[._\-\d]+")


def person_logins(
    text: str, surnames: frozenset[str], english: Callable[[str], bool] | None
) -> Iterator[Span]:
    """A login built of an initial and a surname ("kobrien", "vpn_lmoreau", "mfischer88"),
    in a text about accounts: the usual shape of a person's username at work. Not an
    English word ("award" is no A. Ward), not an e-mail's local part."""
    if english is None or not ACCOUNT_TALK.search(text):
        return
    for m in _LOGIN_TOKEN.finditer(text):
        for part in _LOGIN_PARTS.split(m.group()):
            if (
                len(part) >= 5
                and part[1:] in surnames
                and not english(part)
                and rare_in_lower_case(part)  # "shall" is no S. Hall
            ):
                yield Span("ID_NUMBER", m.start(), m.end(), 0.6)
                break


# A login quoted after the word "user" in a log line: 'for user "akosua_a"'.
QUOTED_USER = re.compile(
    r"\b(?i:user(?:name)?|login|role)[^\S\n]+[\"'“](?P<value>[A-Za-z][\w.-]{1,30})[\"'”]"
)


def logins(
    text: str, surnames: frozenset[str], english: Callable[[str], bool] | None = None
) -> Iterator[Span]:
    for m in QUOTED_USER.finditer(text):
        if m.group("value").lower() not in _NOT_LOGINS:
            yield Span("ID_NUMBER", m.start("value"), m.end("value"), WEAK)
    for m in USER_KEY.finditer(text):
        value = m.group("value")
        if value.lower() in {"name", "id", "is", "and", "the", "with", "password", "email"}:
            continue
        if m.group("said") and value.isalpha() and (english is None or english(value)):
            continue  # "my login is still …": after "is", a plain word is no login name
        yield Span("ID_NUMBER", m.start("value"), m.end("value"), WEAK)
    if " -" in text:
        for m in CLI_USER.finditer(text):
            yield Span("ID_NUMBER", m.start("value"), m.end("value"), WEAK)
    if "." in text:
        for m in DOTTED_HANDLE.finditer(text):
            if m.group() not in _NOT_HANDLES and m.group().split(".")[1] in surnames:
                yield Span("ID_NUMBER", m.start(), m.end(), WEAK)


# A word no word list has, typed in lower case or in capitals ("maelle", "rbrandt",
# "OKONJO"), or a handle of letters and digits whose letters are no word ("mossfinch9",
# "jkowal88"): in a request already known to be sensitive, a name or a login more often
# than not; jargon no list has ("kubectl") is the price, one placeholder each, restored in
# the answer. Title-case words are NER.title_words' job. Only in a text mostly written in
# English: in a French form every French word is unknown, and a request about a text in
# another language would lose the text.
_PLAIN_WORD = re.compile(
    r"(?<![\w@./:#$%&+=\\~-])(?P<word>[^\W\d_]{3,}(?:-[^\W\d_]{2,})*(?:['’][^\W\d_]+)?)"
    r"(?![\w@/\\(]|[.-]\w)"
)
_HANDLE_WORD = re.compile(
    r"(?<![\w@./:#$%&+=\\~-])(?=[a-z0-9_]*\d)[a-z][a-z0-9_]{3,28}[a-z0-9](?![\w@/\\(]|[.-]\w)"
)
UNKNOWN_WORD = 0.3
# A handle's shape without a digit, outside code: words joined by underscores ("pho_real",
# "hunter_of_owls") or capitals inside a word ("xXBlessingXx", "MangoTango").
_SHAPED_HANDLE = re.compile(
    r"(?<![\w@./:#$%&+=\\~-])(?:[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+_?|"
    r"(?=[A-Za-z]*[a-z][A-Z])[A-Za-z]{5,30})(?![\w@/\\(]|[.-]\w)"
)
# Brands and products written with a capital inside.
_CAMEL_BRANDS = words(
    """iphone ipad ipod imac macbook youtube github gitlab linkedin whatsapp paypal ebay
    tiktok powerpoint javascript typescript openai chatgpt deepmind playstation postgresql
    mysql mongodb wordpress sharepoint onedrive dropbox airbnb doordash fedex mastercard
    bitcoin devops fastapi graphql nodejs pytorch tensorflow numpy scipy matplotlib
    coffeescript bigquery clickhouse cloudflare salesforce hubspot mailchimp quickbooks
    freshdesk zendesk lastpass keepass onenote icloud facetime airpods airdrop appletv"""
)
_NOT_SHAPED_HANDLES = _NOT_MEMORABLE | _CAMEL_BRANDS
DOMAIN_USER = re.compile(r"(?<![\w\\])[A-Z][A-Z0-9-]{1,15}\\[A-Za-z][\w.-]{1,30}(?![\w\\])")
_SHORT_CAPS = re.compile(r"[A-Z]{3,5}")  # NASA, HTTP, JSON: acronyms, not names
_CONTRACTED = words("s t m re ve ll d")
# Chat shorthand no dictionary has: "idk", "tmrw", "pls".
_CHAT_WORDS = words(
    """omg idk tmrw tmr tomoz pls plz thx tho lol lmao rofl gonna wanna gotta kinda sorta
    tbh imo imho btw ngl smh fyi asap irl dunno lemme gimme cya ttyl brb ikr nvm wtf
    yall ya yeah yep nope nah hmm ugh aww yay haha hahaha hehe okay ok ty tysm xoxo bday
    convo msg msgs pic pics vid vids uni cuz coz bc abt rn wrt etc lowkey highkey istg fr
    deadass bruh sis bro fam gf bf hubby wifey bestie fave fav innit mate"""
)


def unknown_words(text: str, english: Callable[[str], bool] | None) -> Iterator[Span]:
    if english is None:
        return
    plain = list(_PLAIN_WORD.finditer(text))
    if not plain:
        return
    known = sum(1 for m in plain if english(m.group("word").lower().split("-")[0]))
    if known < 0.5 * len(plain):
        return  # not mostly English
    for m in plain:
        word = m.group("word").replace("’", "'")
        stem, _, tail = word.partition("'")
        if tail in _CONTRACTED:
            word = stem  # "maelle's"; "don't" is the stop word "don't" or "do"
            if tail == "t" or word.lower() in _CONTRACTED:
                continue
        if word.lower() in _CHAT_WORDS:
            continue
        if word[0].isupper() and not word.isupper():
            continue  # title case: NER.title_words
        parts = [w for w in word.lower().split("-") if len(w) > 2]
        if _SHORT_CAPS.fullmatch(word) or all(_inflected_english(w, english) for w in parts):
            continue  # "ADEYEMI-COLE" has one unknown part; "well-known" none
        if not word.isupper() and any(c.isupper() for c in word):
            continue  # camelCase: code
        yield Span("PERSON", m.start(), m.end(), UNKNOWN_WORD)
    if any(c.isdigit() for c in text):
        given, family = gazetteer.names()
        for m in _HANDLE_WORD.finditer(text):
            letters = "".join(c for c in m.group() if c.isalpha())
            named = letters in given or letters in family  # "martin63", "okafor_88"
            if len(letters) >= 4 and letters not in _TECH_STEMS and (named or not english(letters)):
                yield Span("ID_NUMBER", m.start(), m.end(), UNKNOWN_WORD)
    if ("_" in text or any(c.isupper() for c in text)) and CODE_TEXT.search(text) is None:
        for m in _SHAPED_HANDLE.finditer(text):
            value = m.group()
            if value.isupper() or value.lower() in _NOT_SHAPED_HANDLES:
                continue  # "DB_PASSWORD": a setting; "YouTube": a brand
            yield Span("ID_NUMBER", m.start(), m.end(), UNKNOWN_WORD)
    if "\\" in text:
        for m in DOMAIN_USER.finditer(text):  # "CORP\\jdoe": a Windows domain login
            yield Span("ID_NUMBER", m.start(), m.end(), UNKNOWN_WORD)


def _inflected_english(low: str, english: Callable[[str], bool]) -> bool:
    """An English word, or an inflection of one ("songs", "families", "boxes", "onboarding");
    an irregular form ("grew") is one the BPE vocabulary writes as a single token, unless
    a name list has it ("kevin")."""
    if english(low):
        return True
    stems = inflection_stems(low)
    if low.endswith(("er", "ly")):
        stems.append(low[:-2])
    if any(english(stem) for stem in stems if len(stem) > 2):
        return True
    given, family = gazetteer.names()
    return low not in given and low not in family and not rare_in_lower_case(low)


# What one asks a person (not a thing) to do, after a modal: "… can drive", "… could cover".
_MODALS = (
    r"can|could|will|would|might|should|cant|can't|can’t|cannot|couldnt|couldn't|"
    r"won't|wont|won’t"
)
_JOBS = (
    r"drive|cover|come|help|take|pick|bring|collect|sort|see|call|ring|text|meet|host|cook|"
    r"lead|run|open|lock|swap|stay|join|fetch|check|sign|log|get in|walk|teach|coach|babysit|"
    r"mind|look after|do the|do it|make it|work"
)
# What follows the last of a few people listed: a stop, or the verb or preposition after.
_LISTED_AFTER = (
    r"(?=[^\S\n]*[,.:;!?)]|[^\S\n]+(?:and|are|were|will|both|all|for|to|on|at|in|from)\b|$)"
)


# Where chat puts a person, typed in lower case, in a request already known to be sensitive
# (redaction only): the subject of what only people do, at the start of a clause ("- wyn
# owes £20", "rio says it's a scam", "kit to reset the alarm"); whom one rings or asks
# ("ring dusty on 07700 …", "spoke w dunc, …"); a role and the name after it ("the courier
# nell", "our cleaner is jojo"); who a message says it is from ("its marni from the club").
_SLOT_WORD = r"(?P<name>[a-zß-öø-ÿ]{2,15}(?:-[a-zß-öø-ÿ]{2,10})?)(?!['’])"
_PERSON_SLOTS = tuple(
    re.compile(pattern, re.MULTILINE)
    for pattern in (
        r"(?:(?:^|(?<=[-•*:;,.!?(\n]))[^\S\n]*|(?:\b(?:and|then|but|so|n)|&)[^\S\n]+)"
        rf"{_SLOT_WORD}[^\S\n]+(?:(?:already|just|also|still)[^\S\n]+)?"
        r"(?:says|said|owes|owed|paid|pays|reckons|thinks|asked|told|"
        r"texted|rang|emailed|messaged|hosting|is hosting|chases|chased|resets|booked|"
        r"cleared|sends|sent|owns|brings|handles|set up|sorted|fixed|is off sick|off sick|"
        # notes of who is on what: "- dez chasing the supplier, tam covering the till"
        r"chasing|covering|sorting|ringing|booking|ordering|fixing|handling|collecting|"
        r"is away|is leaving|drove|drives|is driving|"
        # who is away when: "…, wes off 3-8 sept"
        r"(?:is[^\S\n]+)?off(?=[^\S\n]+(?:sick|today|tomorrow|tmrw|till|until|from|this|next|"
        r"all|mon|tue|wed|thu|fri|sat|sun|\d))|to (?:call|ring|text|email|order|"
        r"reset|chase|book|bring|send|sort|collect|confirm|contact|cover|update))\b",
        r"\b(?:ring|text|txt|ask|tell|chase|thank|remind|ping|"
        r"spoke (?:to|with|w/?)|speak (?:to|with|w/?)|talk(?:ed)? to)[^\S\n]+"
        rf"{_SLOT_WORD}(?=[^\S\n]+(?:on|at|about|re|back|asap|tmrw|to|that|if)\b"
        r"|[^\S\n]*[,.;:!?)]|$)",
        rf"\b(?:{RELATIONS}|gm|courier)(?:[^\S\n]+is)?[^\S\n]+{_SLOT_WORD}"
        r"(?=[^\S\n]*(?:[,.;!?)]|[-–—][^\S\n]|$)|[^\S\n]+(?:on|and)\b)",
        rf"\b(?:it'?s|it’s|this is)[^\S\n]+{_SLOT_WORD}[^\S\n]+(?:from|here)\b",
        # a role and the name, then what the person does: "our old cleaner bill says …"
        rf"\b(?:{RELATIONS}|gm|courier)[^\S\n]+{_SLOT_WORD}"
        r"(?=[^\S\n]+(?:says|said|paid|owes|attempted|reckons|thinks|wants)\b)",
        # who a message is from: "voicemail from tam - the van's …", "text from zuri: …"
        r"\b(?:e-?mail|text|txt|msg|message|voicemail|vm|voice note|note|call|dm|reply|"
        rf"letter|quote|invoice)[^\S\n]+from[^\S\n]+{_SLOT_WORD}"
        r"(?=[^\S\n]*(?:[-–—:,.;!?)]|$)|[^\S\n]+(?:re|about|saying|says|asking)\b)",
        # whom a thing is registered or lent to: "the fob is registered to oz in flat 2"
        r"\b(?:registered|belongs|belonging|assigned|issued|signed out|lent|loaned|allocated|"
        rf"addressed)[^\S\n]+to[^\S\n]+{_SLOT_WORD}\b",
        # whom a do, a card or a collection is for: "a leaving do for baz from the depot"
        r"\b(?:leaving do|leaving party|leaving card|leaving gift|send-?off|farewell|"
        r"retirement do|retirement party|whip-?round|birthday card|surprise party)"
        rf"[^\S\n]+for[^\S\n]+{_SLOT_WORD}\b",
        # who called, as a call log lists it: "10:05 baz from the yard re the invoice"
        r"\b\d{1,2}[:.]\d{2}(?:[^\S\n]*(?:am|pm))?[^\S\n]+"
        rf"{_SLOT_WORD}(?:[^\S\n]*\([^()\n]{{1,24}}\))?[^\S\n]+"
        r"(?:from|re|about|rang|called|phoned|wants|asked|says)\b",
        # who can work when, as a rota lists it: "…, kez can only do sundays, tam nights"
        r"(?:(?:^|(?<=[-•*:;,.!?(\n]))[^\S\n]*|(?:\b(?:and|then|but|so)|&)[^\S\n]+)"
        rf"{_SLOT_WORD}[^\S\n]+(?:(?:can(?:'t|’t|not)?|cant|only)[^\S\n]+(?:only[^\S\n]+)?"
        r"(?:do|does|work|works|cover|covers)[^\S\n]+)?(?:weekends?|weekdays|nights|days|"
        r"mornings|evenings|earlies|lates|mon|tue|tues|wed|weds|thu|thurs|fri|sat|sun|"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b",
        # whom a message greets, typed in lower case: "… hello june, the car is ready"
        r"\b(?:hi|hey|hiya|heya|hello|dear|morning|evening|thanks|thx|cheers)[^\S\n]+"
        rf"{_SLOT_WORD}(?=[^\S\n]*[,!]|[^\S\n]*$)",
        # who can do a job: "… whether rose can cover the stall", "how can dot log in"
        r"(?:(?:^|(?<=[-•*:;,.!?(\n]))[^\S\n]*|\b(?:and|then|but|so|if|whether|that|cos|"
        rf"because)[^\S\n]+){_SLOT_WORD}[^\S\n]+(?:{_MODALS})[^\S\n]+"
        rf"(?:(?:also|still|only|not|now)[^\S\n]+)?(?:{_JOBS})\b",
        rf"\b(?:why|how|when|where)[^\S\n]+(?:{_MODALS})[^\S\n]+{_SLOT_WORD}[^\S\n]+"
        rf"(?:{_JOBS})\b",
        # who shares with the writer: "split it between me, wes and tamsin: …"
        rf"\bme(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:and|&)[^\S\n]+){_SLOT_WORD}{_LISTED_AFTER}",
        rf"\bme[^\S\n]*,[^\S\n]*[a-z]{{2,15}}[^\S\n]+(?:and|&)[^\S\n]+{_SLOT_WORD}{_LISTED_AFTER}",
        # whom a message is for: "send a note to tamsin about the float"
        r"\b(?:reminder|message|msg|text|note|e-?mail|letter|reply|invite|invitation|"
        rf"thank-?you)[^\S\n]+(?:to|for)[^\S\n]+{_SLOT_WORD}"
        r"(?=[^\S\n]+(?:not|about|that|saying|asking|to|re|from|on)\b|[^\S\n]*[,.;:!?)]|$)",
    )
)


_AFTER_ROLE = 2  # the third slot: a role and the name after it, then no verb

# Words a slot above holds that are no name, though name lists have some ("the porter said").
_NOT_IN_SLOT = words(
    """said says told asked wants thinks rang texted paid owes reckons monday tuesday
    wednesday thursday friday saturday sunday mon tue tues wed weds thu thurs fri sat sun
    dr mr mrs ms ive config app"""
)


def person_slots(text: str, english: Callable[[str], bool] | None) -> Iterator[Span]:
    """Lower-case words in a person's slot (above) that may be a name: a listed given name
    or surname, a nickname, or a short word that is no English word; never a stop word
    ("ask everyone", "it says")."""
    if english is None:
        return
    given, family = gazetteer.names()
    for role, pattern in enumerate(_PERSON_SLOTS):
        for m in pattern.finditer(text):
            word = m.group("name")
            if word in stop_words() or word in _NOT_IN_SLOT or word in _CHAT_WORDS:
                continue
            first = word.split("-")[0]
            # after a role, a listed English word is a compound ("the porter shift")
            listed = role != _AFTER_ROLE and (first in given or first in family)
            if listed or _nickname(first) or (len(first) <= 6 and _no_english(first, english)):
                yield Span("PERSON", m.start("name"), m.end("name"), WEAK)


# A nickname made of a size word and a given name: "big dunc", "little jojo", "Big Wilf".
_SIZED = re.compile(r"\b(?i:big|little|lil|wee)[^\S\n]+(?P<name>[A-Za-z][a-z]{1,12})\b")
_KIN = re.compile(rf"(?:{RELATIONS})s?")
# A Thai name and surname after คุณ, the polite word before a name (alone it is "you"):
# "คุณวันดี มีสุข"; a foreign name in katakana, its parts joined by "・": "マリア・ロドリゲス".
_THAI_NAMED = re.compile(
    r"(?:คุณ|นางสาว|นาย|นาง)(?P<name>[\u0e01-\u0e4e]{2,15}[^\S\n][\u0e01-\u0e4e]{2,15})"
    r"(?=[^\S\n]|$|[.,:;!?])"
)
# Two capitalised Greek or Cyrillic words inside a sentence: a name and surname in any
# case ("для Ирины Волковой", "στην Ελένη Κωστάκη"), which the lists hold only as
# written in the nominative.
_CASED_PAIR = re.compile(
    r"(?<=[^\W\d_][^\S\n]|[,;(][^\S\n])"
    r"[\u0400-\u042fҐΑ-ΩΆ-Ώ][\u0430-\u045fґα-ωά-ώ]+[^\S\n]"
    r"[\u0400-\u042fҐΑ-ΩΆ-Ώ][\u0430-\u045fґα-ωά-ώ]+"
)
# The same form's first value in Greek or Cyrillic: two or three capitalised words after a
# label and a colon, up to a comma or the line's end ("<registration>: <Given> <Family>,
# <phone> …"), in whatever case the lists do not hold.
_FORM_LABEL = r"(?m)^[^\n:：]{1,40}[:：][^\S\n]*"  # a label up to its colon, opening a line
_CASED_FORM_FIRST = re.compile(
    _FORM_LABEL + r"(?P<name>[\u0400-\u042fҐΑ-ΩΆ-Ώ][\u0430-\u045fґα-ωά-ώ'’-]+"
    r"(?:[^\S\n]+[\u0400-\u042fҐΑ-ΩΆ-Ώ][\u0430-\u045fґα-ωά-ώ'’-]+){1,2})[^\S\n]*"
    r"(?=[,(]|$)"
)
_KATAKANA_NAME = re.compile(r"[\u30a1-\u30fa\u30fc]{2,10}(?:・[\u30a1-\u30fa\u30fc]{1,10}){1,3}")
# A word, then a listed family name, or a listed given name, then a word, in a script with
# no capitals and spaces between words (Hebrew, Arabic, the Indic scripts, Thai, Armenian,
# Georgian, Ethiopic): the other word is most often the part of the name the lists lack
# ("<given> शर्मा", "<given> כהן", "ยุภา <surname>"), and otherwise a title or a role word,
# which costs a placeholder.
_UNCASED_LETTERS = scripts.UNCASED_LETTERS
_UNCASED_WORDS = re.compile(f"[{_UNCASED_LETTERS}][{_UNCASED_LETTERS}\u200c\u200d]*")
# A Thai role word, then a given name and a surname: "นักเรียน <given> <surname>" (student),
# "สมาชิกใหม่ …" (new member), "ลูกค้า …" (customer), "ผู้ป่วย …" (patient).
_THAI_ROLE_NAMED = re.compile(
    r"(?:นักเรียน|นักศึกษา|สมาชิก(?:ใหม่)?|ลูกค้า|ผู้ป่วย|พนักงาน|ผู้เช่า|ผู้ติดต่อ|ผู้ปกครอง|"
    r"ครู|อาจารย์|คนขับ|ชื่อ(?:[-\s]?(?:นาม)?สกุล)?)[^\S\n]*[:：]?[^\S\n]+"
    r"(?P<name>[\u0e01-\u0e4e]{2,20}[^\S\n][\u0e01-\u0e4e]{2,25})(?=[^\S\n]|$|[.,:;!?])"
)
_UNCASED_SCRIPT = re.compile(f"[{_UNCASED_LETTERS}]")
# Thai writes no comma between a form's fields: the first value is a given name and a
# surname, then the next field's word and its value: "<customer>: <given> <family> <phone
# word> +66 …".
_THAI_FORM_FIRST = re.compile(
    _FORM_LABEL + r"(?:(?:ชื่อ|คุณ|นางสาว|นาย|นาง)[^\S\n]*)?"
    r"(?P<name>[\u0e01-\u0e4e]{2,20}[^\S\n][\u0e01-\u0e4e]{2,25})"
    r"(?=[^\S\n]+[\u0e01-\u0e4e]{2,20}[^\S\n]*[^\s\u0e01-\u0e4e])"
)
# A Korean word of three syllables standing alone (no particle after it) that opens with a
# listed family name: most often a family name and a two-syllable given name the lists lack.
_HANGUL_THREE = re.compile(r"(?<![\uac00-\ud7af])[\uac00-\ud7af]{3}(?![\uac00-\ud7af])")
# A form's first field in such a script: a label, a colon, then one to four words up to a
# comma or the end of the line, "<registration>: <given> <family>, <phone> …" (the word
# for "name" itself may open the value). The lists hold few of these names, and a form's
# first value is most often who it is about: a redaction candidate. Ethiopic writes its
# own colon and comma ("፦", "፣").
_UNCASED_WORD = f"[{_UNCASED_LETTERS}][{_UNCASED_LETTERS}\u200c\u200d]*"
_FORM_FIRST = re.compile(
    r"(?m)^[^\n:：፦፥]{1,40}[:：፦፥][^\S\n]*(?:(?:नाम|নাম|الاسم|نام|שם|ชื่อ|பெயர்|ስም)[^\S\n]+)?"
    rf"(?P<name>{_UNCASED_WORD}(?:[^\S\n]+{_UNCASED_WORD}){{0,3}})[^\S\n]*(?=[,،，፣(]|$)"
)


# Who minutes say was there or sent apologies: "present: ade, mirela, chris p, wyn."
_ATTENDED = re.compile(
    r"\b(?i:present|attendees|attending|in attendance|apologies(?:[^\S\n]+from)?|absent)"
    r"[^\S\n]*:?[^\S\n]+(?P<list>[^\W\d_][\w'’ -]{0,24}(?:(?:,|[^\S\n]+and)[^\S\n]+"
    r"[^\W\d_][\w'’ -]{0,24}){1,12})(?=[.;\n]|$)"
)
_ITEM = re.compile(
    r"(?:^|,|\band\b)(?:[^\S\n]*and\b)?[^\S\n]*(?P<item>[^,\s](?:[^,]*?[^,\s])?)[^\S\n]*"
    r"(?=,|\band\b|$)"
)


# An initial and a surname, even one a dictionary has, whom someone appoints, hires or
# instructs, or who acts as a role: "we instructed r. baker", "j. mason as our agent".
_APPOINTED_INITIAL = re.compile(
    r"\b(?i:appointed|appoint|appoints|hired|hire|instructed|instruct|engaged|nominated|"
    r"recommended|recommend|booked|employed)[^\S\n]+"
    r"(?P<name>[B-HJ-Zb-hj-z]\.[^\S\n]?[A-Za-z][a-z'’-]{2,15})(?![\w@])|"
    r"(?<![\w.])(?P<named>[B-HJ-Zb-hj-z]\.[^\S\n]?[A-Za-z][a-z'’-]{2,15})[^\S\n]+as[^\S\n]+"
    r"(?:(?:our|the|a|an|his|her|their|my|your)[^\S\n]+)?"
    rf"(?:{RELATIONS}|surveyor|agent|representative|executor|trustee|witness|referee)\b"
)


def appointed_initials(text: str) -> Iterator[Span]:
    for m in _APPOINTED_INITIAL.finditer(text):
        group = "name" if m.group("name") else "named"
        yield Span("PERSON", m.start(group), m.end(group), WEAK)


# A rota by day: "mon jude, tue radomir, wed grace, sat hope, sun me", "5th nia okoro, 12th
# tom bale, 19th …", "week 1 oskar, week 2 …": three or more items, each a weekday, an
# ordinal date or a numbered week or day and one or two words up to a comma, a semicolon,
# "and" or the line's end. Who takes each day is most often a person, even one whose name
# is a word ("hope", "bill"); what is not a person ("off", "closed", "am") is left.
_ROTA_KEY = (
    r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?s?|\d{1,2}(?:st|nd|rd|th)|"
    r"(?:week|wk|day)[^\S\n]?\d{1,2}"
)
_ROTA_ITEM = re.compile(
    rf"(?i)(?<![\w-])(?:{_ROTA_KEY})\.?:?[^\S\n]+"
    r"(?P<who>[^\W\d_][\w'’-]*(?:[^\S\n]+[^\W\d_][\w'’-]*)?)"
    r"(?=[^\S\n]*(?:[,;\n]|and\b|$))"
)
_NOT_ON_ROTA = frozenset(
    (
        "me", "you", "us", "them", "off", "closed", "none", "free", "am", "pm", "to", "and",
        "or", "the", "a", "an", "open", "shut", "nobody", "noone", "everyone", "all", "rest",
        "tbc", "tba", "cover", "half", "full", "late", "early", "morning", "evening", "night",
        "nights", "day", "days", "only", "both", "same", "again", "back", "home", "away",
        "holiday", "leave", "sick", "spare", "empty", "busy", "out", "in", "on", "no", "grandma",
        "grandpa", "mum", "dad", "nan", "gran", "mom",
    )
)  # fmt: skip


def rota_days(text: str) -> Iterator[Span]:
    items = list(_ROTA_ITEM.finditer(text))
    if len(items) < 3:
        return
    for m in items:
        words = m.group("who").split()
        if words[0].lower() in _NOT_ON_ROTA:
            continue
        end = (
            m.end("who")
            if len(words) == 2 and words[1].lower() not in _NOT_ON_ROTA
            else (m.start("who") + len(words[0]))
        )
        yield Span("PERSON", m.start("who"), end, WEAK)


def attendees(text: str) -> Iterator[Span]:
    """The people a list of attendees names, each item but the writer and everyone."""
    for m in _ATTENDED.finditer(text):
        start = m.start("list")
        for item in _ITEM.finditer(m.group("list")):
            words = item.group("item")
            if words.lower() in stop_words() or len(words.split()) > 2:
                continue
            yield Span("PERSON", start + item.start("item"), start + item.end("item"), WEAK)


def other_names(text: str) -> Iterator[Span]:
    """Names the lists hold only in another form (above); redaction candidates."""
    given, family = gazetteer.names()
    for m in _SIZED.finditer(text):
        name = m.group("name").lower()
        if name in given and _KIN.fullmatch(name) is None:  # not "little sister"
            yield Span("PERSON", m.start(), m.end(), WEAK)
    if re.search("[\u0e01-\u0e4e]", text):
        for pattern in (_THAI_NAMED, _THAI_ROLE_NAMED, _THAI_FORM_FIRST):
            for m in pattern.finditer(text):
                yield Span("PERSON", m.start("name"), m.end("name"), WEAK)
    if re.search("[\u0370-\u03ff\u0400-\u04ff]", text):
        for m in _CASED_PAIR.finditer(text):
            yield Span("PERSON", m.start(), m.end(), WEAK)
        for m in _CASED_FORM_FIRST.finditer(text):
            yield Span("PERSON", m.start("name"), m.end("name"), WEAK)
    if "・" in text:
        for m in _KATAKANA_NAME.finditer(text):
            yield Span("PERSON", m.start(), m.end(), WEAK)
    if _UNCASED_SCRIPT.search(text):
        found = list(_UNCASED_WORDS.finditer(text))
        for before, word in itertools.pairwise(found):
            if text[before.end() : word.start()] == " " and (
                word.group() in family or before.group() in given
            ):
                yield Span("PERSON", before.start(), word.end(), WEAK)
        for m in _FORM_FIRST.finditer(text):
            yield Span("PERSON", m.start("name"), m.end("name"), WEAK)
    if re.search("[\uac00-\ud7af]", text):
        for m in _HANGUL_THREE.finditer(text):
            if m.group()[0] in family:
                yield Span("PERSON", m.start(), m.end(), WEAK)


def lower_streets(text: str) -> Iterator[Span]:
    # Not a detection layer: an address span there anchors every name ("John … 2 hours to
    # drive" would read as a person beside an address).
    for m in addresses.LOWER_STREET.finditer(text):
        yield Span("STREET_ADDRESS", m.start(), m.end(), WEAK)


def scan(
    text: str,
    found: list[Span],
    surnames: frozenset[str] = frozenset(),
    english: Callable[[str], bool] | None = None,
) -> list[Span]:
    """Every candidate of a text (as written): most read `scripts.spaced(text)` (numbers
    and keys touching Chinese, Japanese or Korean words stand apart there), address runs
    and a Chinese or Japanese form's values the text itself (spaced() blanks those words)."""
    plain = scripts.spaced(text)
    out: list[Span] = list(digit_runs(plain))
    out.extend(field_values(plain))
    out.extend(table_columns(plain))
    out.extend(row_tokens(plain))
    out.extend(masked_numbers(plain))
    out.extend(ids_after_keywords(plain))
    out.extend(logins(plain, surnames, english))
    out.extend(credential_pairs(plain))
    out.extend(handles(plain))  # passwords: found at detection (Scanner._detect)
    out.extend(profiles(plain))
    out.extend(postcodes(plain))
    out.extend(codes(plain))
    out.extend(combinations(plain))
    out.extend(address_blocks(plain, found))
    out.extend(address_tails(plain, found))
    out.extend(address_clauses(plain))
    out.extend(lower_streets(plain))
    out.extend(name_repeats(plain, found))
    out.extend(email_echoes(plain))
    out.extend(sign_offs(plain))
    out.extend(name_logins(plain, found))
    out.extend(name_edges(plain, found, english, surnames))
    out.extend(before_contacts(plain, found))
    out.extend(number_edges(plain, found))
    out.extend(coordinated(plain, found, english))
    out.extend(speakers(plain, english))
    out.extend(unknown_words(plain, english))
    out.extend(person_slots(plain, english))
    out.extend(other_names(text))
    out.extend(attendees(plain))
    out.extend(rota_days(plain))
    if "." in plain:
        out.extend(appointed_initials(plain))
    out.extend(address_runs(text, english))
    if scripts.has_cjk(text):
        out.extend(field_values(text))
    return out
