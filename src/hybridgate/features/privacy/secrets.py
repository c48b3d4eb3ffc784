"""Layer 2: secrets: provider API keys and tokens, private keys, passwords named in the
text, connection strings with credentials."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from .names import words
from .spans import Span

_KEYS: tuple[tuple[str, str], ...] = (
    ("sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}", "openai"),
    ("sk-ant-[A-Za-z0-9_-]{20,}", "anthropic"),
    ("AKIA[0-9A-Z]{16}", "aws"),
    ("ASIA[0-9A-Z]{16}", "aws"),
    ("gh[pousr]_[A-Za-z0-9]{36,}", "github"),
    ("github_pat_[A-Za-z0-9_]{40,}", "github"),
    ("glpat-[A-Za-z0-9_-]{20,}", "gitlab"),
    ("xox[abprs]-[A-Za-z0-9-]{10,}", "slack"),
    ("AIza[0-9A-Za-z_-]{35}", "google"),
    ("ya29\\.[0-9A-Za-z_-]{20,}", "google"),
    ("(?:(?:sk|rk)_(?:live|test)|pk_live)_[0-9A-Za-z]{20,}", "stripe"),  # a test key too
    ("hf_[A-Za-z0-9]{30,}", "huggingface"),
    ("SG\\.[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{16,}", "sendgrid"),
    ("npm_[A-Za-z0-9]{36}", "npm"),
    ("(?<![A-Za-z0-9])(?:AC|SK)[0-9a-f]{32}(?![0-9a-f])", "twilio"),  # account / key SID
    ("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}", "jwt"),
)
TOKENS = re.compile("|".join(f"(?:{p})" for p, _ in _KEYS))
# A token after an HTTP auth scheme ("Authorization: Bearer eyJ…", "Token 9f3…"), and a
# provider-style token: a short lower-case prefix, an underscore, 32+ random characters
# ("dop_v1_7eef…", "pat_live_…").
BEARER = re.compile(
    r"\b(?:[Bb]earer|BEARER|Token|Basic)[^\S\n]+(?P<value>[A-Za-z0-9._~+/=-]{20,})"
)  # "bearer" as curl users type it too
AUTH_SCHEME = re.compile(r"[Bb]earer|BEARER|Token |Basic ")  # cheap test before BEARER
WIFI_WORD = re.compile(r"wi-?fi|wlan|wireless|network")  # on the lower-cased text
PREFIXED = re.compile(r"(?<![\w-])[a-z]{2,8}_(?:[a-z0-9]{1,8}_)?(?P<run>[A-Za-z0-9]{16,})\b")
# The same with a hyphen ("kx-9a8b…"), only a little after a word for a key or token: a
# build or commit id is written so too.
HYPHEN_PREFIXED = re.compile(r"(?<![\w-])[a-z]{2,8}-(?P<run>[A-Za-z0-9]{24,})(?![\w-])")
KEY_WORD = re.compile(r"(?i:token|api[ _-]?key|secret|credential|access key|auth)")
# A key printed in groups ("4KD9 QW2P 77LM"), as routers and vaults print them, a little
# after a word for a password or the wifi.
GROUPED_KEY = re.compile(r"(?<![\w-])[A-Z0-9]{4,5}(?:[ -][A-Z0-9]{4,5}){2,5}(?![\w-])")
GROUPED_NEAR = re.compile(
    r"\b(?i:pass(?:word|phrase|code)?|pw|wi-?fi|wpa2?|network key|router|wireless)\b"
)
PRIVATE_KEY = re.compile(
    r"-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z]+ )?PRIVATE KEY-----|$)"
)
CONNECTION = re.compile(
    r"\b[a-z][a-z0-9+.-]{1,20}://[^\s:/@]+:(?P<pw>[^\s@/]+)@[^\s/]+[^\s]*", re.IGNORECASE
)
# "password: X", "pwd=X", "passcode is X", "api key X": the value after the keyword.
PASSWORD = re.compile(
    r"(?:\b|(?<=_))(?:(?P<pw>pass(?:word|wd|code|phrase)?|pwd|pw|"
    r"(?:memorable|secret|security)[ -](?:word|answer)|(?:code|safe)[ -]?word)|secret|api[_ -]?key|"
    r"access[_ -]?token|auth[_ -]?token|token|credentials?|(?:secret[_ -]?)?access[_ -]?key|"
    r"secret[_ -]?key|private[_ -]?key|client[_ -]?secret|signing[_ -]?key|"
    r"(?:account|storage|shared[_ -]?access|master|encryption)[_ -]?key)\b['\"]?\s*(?:,\s*)?"
    r"(?P<said>is|was|=|:)?(?:to|of)?\s*"
    r"(?:set to\s*|now\s*)?"
    r"[\"'*`]?(?P<value>[^\s\"'`*,;]{4,128})",
    re.IGNORECASE,
)


# Where a password is kept, not what it is: "is written on the fridge".
_KEPT = words(
    "written printed taped stuck kept hidden shown listed noted displayed located attached included"
)
# Words after "password is/:" that are not the password itself.
_NOT_VALUES = _KEPT | words(
    """required incorrect correct wrong invalid expired missing empty blank changed reset
    strong weak too not the a an my your same different saved stored hashed encrypted
    protected needed below above following"""
)
# Words after "password" that speak of passwords, not a password: "password manager".
_ABOUT_PASSWORDS = words(
    """manager managers reset resets policy policies field fields protected protection
    strength hash hashes hashing change changes changed expiry expires expired rules rule
    requirements requirement length prompt screen page form box dialog recovery reminder
    hint hints list lists file files vault vaults generator spraying spray attack attacks
    cracking cracker leak leaks breach login logins authentication auth based less
    and or for to of in on with that which this it is was be from at by as if when but
    so then into via after before please again only also still just never always"""
)
# Example values in docs and .env templates, and code that reads the secret from elsewhere
# (os.environ[...], process.env.X, settings.DB_PASSWORD): no one's password.
PLACEHOLDER = re.compile(
    r"^(?:changeme|change_me|changethis|password\d*|passw0rd|secret|example|sample|test|"
    r"testing|dummy|placeholder|redacted|xxx+|\*+|admin|root|your[-_ ]?[\w-]*|my[-_]?\w*|"
    r"[\w-]*[-_]here|<[^>]*>?|\$\{?\w+(?::?[-=?+][^}]*)?\}?|\{\{.*|generate[-_]?me|todo|none|null|"
    r"\.\.\.|hunter2|[\w-]*(?:replace|change|fill)[-_]?(?:me|this|in)\b[\w-]*|"
    r"os\.environ\b.*|os\.getenv\b.*|process\.env\b.*|\w*getenv\(.*|env\[.*|"
    r"(?:config|settings|secrets|params|args|cfg|env)\.\w.*)$",
    re.IGNORECASE,
)


# Whose password it is, right before the keyword: "my current password, tulipfield, ...".
_OWNED = re.compile(r"\b(?:my|our|his|her|their|your)(?:[^\S\n]+[\w-]+)?[^\S\n]*$", re.I)
# Asides after "password,": "my password, sadly, ..." speaks of it without giving it.
_ASIDES = words("however though which that too etc again anyway apparently obviously")


def _appositive(text: str, keyword: tuple[int, int], value: str, start: int) -> bool:
    """The value set off by commas right after an owned password: "my current password,
    tulipfield, is it strong enough?" names it as "my password is tulipfield" does."""
    end = start + len(value)
    low = value.lower()
    return (
        text[keyword[1] : start].strip() == ","
        and (end == len(text) or text[end] in ",.;:!?)")
        and _OWNED.search(text, max(0, keyword[0] - 40), keyword[0]) is not None
        and low not in _ASIDES
        and low not in _ABOUT_PASSWORDS
        and not (value.isalpha() and low.endswith("ly"))
    )


# A passphrase of plain words named as the password: "set my password to correct horse
# battery staple", "the wifi password is purple monkey dishwasher, is that ok".
PASSPHRASE = re.compile(
    r"\b(?i:(?:set|changed?|made|make|updated?|reset)\s+(?:\w+\s+){0,2}pass(?:word|phrase)\s+to|"
    r"(?:pass(?:word|phrase)|pw|pwd|(?:secret|security|memorable|code|safe)\s+(?:phrase|word))"
    r"\s+(?:is|was)|passphrase:|"
    # "passphrase for the spare laptop: copper lantern drizzle", "… for the shed is …"
    r"pass(?:word|phrase)\s+(?:for|to|on)\s+(?:the\s+|my\s+|our\s+)?[\w-]+(?:\s+[\w-]+)?"
    r"(?::|\s+(?:is|was)))\s+"
    # words, the last may be a number: "maple otter 42"
    r"(?P<value>[a-z]{2,12}(?:[ -][a-z]{2,12}){1,4}[ -](?:[a-z]{2,12}|\d{1,4}))"
    r"(?=\s*(?:[,.;:!?)]|$|\s(?:like|and|but|which|so|because|for|on|in|is|as)\b))"
)
# A passphrase quoted right after its word: 'the passphrase "copper moth lantern"'.
QUOTED_PHRASE = re.compile(
    r"\b(?i:pass(?:word|phrase)|pw)[^\S\n]*(?:(?:is|was)[^\S\n]+|[:=][^\S\n]*)?"
    r"[\"“‘'](?P<value>[^\W\d_][\w-]*(?:[^\S\n]+[\w-]+){1,5})[\"”’']"
)
_PROMPT_WORDS = frozenset(("enter", "type", "password", "passphrase", "here", "you", "please"))
_NOT_PHRASE = _KEPT | words(
    """something anything nothing a an the my your our their his her its same different
    too very not still now also just really changed reset longer shorter stronger weaker
    easy hard simple complex random stored saved sent shared given expired locked required
    needed case on in under at behind inside somewhere here there"""
)


# Two plain words named as the password, ending the clause: "collection password: mango
# tree." Redacted in a request already found sensitive, never deciding it.
TWO_WORDS = re.compile(
    r"\b(?i:pass(?:word|phrase))\s*(?::|is|was)\s+(?P<value>[a-z]{3,12} [a-z]{3,12})"
    r"(?=\s*(?:[.,;!?]|$))"
)


# A passphrase of plain words set off by commas after its owner: "her wifi passphrase,
# marigold tram ninety, was …" (one word is `_appositive`'s).
OWNED_PHRASE = re.compile(
    r"\b(?i:my|our|his|her|their|your)[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?"
    r"(?i:pass(?:word|phrase)|memorable word|secret phrase),[^\S\n]+"
    r"(?P<value>[a-z]+(?:[^\S\n]+[a-z0-9]+){1,5}),"
)


# Three to six plain words right after the keyword, up to a little word or the clause's
# end: "uses the passphrase copper moth lantern rain for her vault".
PHRASE_AFTER = re.compile(
    r"\b(?P<kw>(?i:passphrase|password|pass phrase))[^\S\n]+"
    r"(?P<value>[a-z]{3,}(?:[^\S\n]+[a-z]{2,}){2,5}?(?:[^\S\n]+\d{1,4})?)"
    r"(?=[^\S\n]+(?:for|to|on|and|but|in|at|as|so|because|which|that)\b|[.,;:!?)]|$)"
)
# Plain words joined by hyphens, the way passphrase generators print them:
# "lemon-anchor-violet" (in a text that speaks of a password or the wifi).
HYPHENED = re.compile(r"(?<![\w-])[a-z]{3,}(?:-[a-z]{3,}){2,4}(?![\w-])")
_SECRET_NEAR = re.compile(r"(?i:pass(?:word|phrase|code)?|wi-?fi|network|login|log in|pw)\b")
_SETTING_AFTER = re.compile(r"[^\S\n]*(?:[=:]|\d)")


# English function words: a phrase holding one is a sentence about the passphrase ("should
# be at least four words"), not the passphrase.
_FUNCTION = words(
    """a an the be is are was were been being am do does did should would could will can may
    might must shall have has had to of in on at by for with from as least most more than
    then so if or and but not no this that these those it its they them their we us our you
    your he she his her i me my what which who when where why how all any some each every
    very just only also too into onto about over under up down out off get gets getting got
    keep keeps kept"""
)


def passphrases(text: str) -> Iterator[Span]:
    for m in PHRASE_AFTER.finditer(text):
        said = m.group("value").split()
        first = said[0]
        if first in _NOT_PHRASE or first in _NOT_VALUES or first in _ABOUT_PASSWORDS:
            continue
        if any(w in _FUNCTION for w in said):
            continue
        strong = m.group("kw").lower() != "password"  # "password keeps getting rejected"
        yield Span("PASSWORD", m.start("value"), m.end("value"), 0.6 if strong else 0.3)
    for m in HYPHENED.finditer(text):
        if (
            _SECRET_NEAR.search(text, max(0, m.start() - 60), m.start()) is not None
            and not PLACEHOLDER.match(m.group())
            and not _SETTING_AFTER.match(text, m.end())  # "down-after-milliseconds 5000"
        ):
            yield Span("PASSWORD", m.start(), m.end(), 0.6)
    for m in OWNED_PHRASE.finditer(text):
        first = m.group("value").split()[0]
        if first not in _ASIDES and first not in _NOT_PHRASE and first not in _NOT_VALUES:
            yield Span("PASSWORD", m.start("value"), m.end("value"), 0.7)
    for m in PASSPHRASE.finditer(text):
        value = m.group("value")
        if value.split()[0].split("-")[0] not in _NOT_PHRASE:
            yield Span("PASSWORD", m.start("value"), m.end("value"), 0.7)
    for m in QUOTED_PHRASE.finditer(text):
        said = m.group("value").lower().split()
        if not any(w in _NOT_PHRASE or w in _PROMPT_WORDS for w in said):
            yield Span("PASSWORD", m.start("value"), m.end("value"), 0.7)
    for m in TWO_WORDS.finditer(text):
        first = m.group("value").split()[0]
        if first not in _NOT_PHRASE and first not in _NOT_VALUES:
            yield Span("PASSWORD", m.start("value"), m.end("value"), 0.3)


# A PIN or a door, safe or alarm code: "PIN 1379", "the keypad code is #7714".
_PIN_WORD = (
    r"\b(?:pin(?: code| number)?|passcode|(?:keypad|door|gate|alarm|safe|lock|entry|"
    r"access|garage|locker|lockbox|key ?safe)\s+(?:code|combination|combo|pin)|"
    r"(?:verification|one-time|otp|2fa|mfa|security|authentication|auth|login|sms|"
    r"confirmation|recovery|backup|reset|two[- ]factor|two[- ]step|sign[- ]?in)\s+codes?|"
    # a code sent by text or e-mail: "the clinic texted me a code, 740 362, …"
    r"(?:texted|text|sent|emailed|messaged|sms(?:ed)?)\s+(?:me|us|him|her|them|you)\s+"
    r"(?:(?:a|the|this|that)\s+)?(?:\d-digit\s+)?code|"
    r"combination|combo)\b"
)
# What one types to get in, said without a keyword: "we always type whiskeyjack to get on
# the boat's wifi", "enter Kx7-fern to unlock the laptop".
TYPED_TO_GET_IN = re.compile(
    r"\b(?i:type|types|typed|enter|entered)[^\S\n]+['\"“]?(?P<value>[^\s'\"”,;]{5,40})"
    r"['\"”]?[^\S\n]+(?i:to|and you)[^\S\n]+(?i:get on|get onto|get into|get in|log ?in|"
    r"sign in|unlock|connect|access)\b[^.?!\n]{0,30}?\b(?i:wi-?fi|network|router|"
    r"account|laptop|phone|tablet|computer|pc|app|site|portal|door|safe|alarm|it)\b"
)
PIN = re.compile(
    rf"{_PIN_WORD}"
    r"(?:\s+(?:is|was|are|=|:|set to|changed to|of|like|to))?[\s:=]*#?"
    r"(?P<value>\d{4,8}(?:[A-Z]\b)?)\b(?![.,]\d)",  # "door code changed to 4826C"
    re.IGNORECASE,
)
# The same words a few words before the digits, in the same sentence: "my PIN, it's
# 4827", "the code was either 2580 or 0852", "gate code is 3-1-4-1".
# The digits may come in the sentence after the keyword's: "forgot my pin. it's either 4821
# or 4812", "forgot my pin again. i think i changed it to 4821".
PIN_NEAR = re.compile(
    rf"{_PIN_WORD}(?P<gap>(?:[^.?!\n\d]{{0,30}}[.?!][^\S\n]+)?[^.?!\n\d]{{1,70}})",
    re.IGNORECASE,
)
# Combination locks count in pairs: "12-40-33"; a one-time code comes in threes or pairs
# as the text message shows it: "318 554", "31 85 54".
# A keypad's '#' may sit inside or after the digits: "4#2280", "4419#".
_KEYPAD_VALUE = r"\d(?:[#*]\d){3,7}#?|\d{1,4}#\d{2,6}#?|\d{4,8}#?"
PIN_VALUE = re.compile(
    rf"#?(?P<value>{_KEYPAD_VALUE}|\d(?:[- ]\d){{3,7}}|\d{{2}}(?:-\d{{2}}){{2,3}}|"
    r"\d{3}[- ]\d{3}|\d{2} \d{2} \d{2})"
    r"(?:\b|(?<=#))(?![.,]\d)"
)
PIN_OR = re.compile(r"\s+or\s+#?(?P<value>\d{4,8})\b(?![.,]\d)")
_NOT_PIN = re.compile(
    r"\b(?:since|in|from|until|by|before|after|year|like|e\.g\.|such as|say)\s*$", re.IGNORECASE
)


def pins_near(text: str) -> Iterator[Span]:
    for m in PIN_NEAR.finditer(text):
        if _NOT_PIN.search(m.group("gap")):
            continue
        value = PIN_VALUE.match(text, m.end())
        while value is not None:
            yield Span("PASSWORD", value.start("value"), value.end("value"), 0.7)
            value = PIN_OR.match(text, value.end())


# A lock set to a number: "the safe in the guest room is set to 540317".
LOCK_SET = re.compile(
    r"(?:\b(?:safe|padlock|lock|keypad|alarm|locker|lockbox|gate|key ?safe|buzzer|intercom)"
    r"\b[^.?!\n]{0,40}?\b(?:set to|changed to|code is|combination is|opens with|is now|is|as)|"
    # the combination named after the lock in its sentence: "locker 9, combination 4-20-11"
    r"\b(?:padlock|locker|safe|lockbox|key ?safe)\b[^.?!\n]{0,60}?\bcombination:?|"
    r"\b(?:it|which|that)[^\S\n]+(?:opens|unlocks)[^\S\n]+with|"
    # the number right after the lock, a question or a colon between: "bike shed padlock: 07-33-21"
    r"\b(?:safe|padlock|locker|lockbox|key ?safe|combo)[?:]?"
    r"(?=[^\S\n]+\d{1,2}-\d{1,2}-\d{1,2}\b))"
    r"[^\S\n]*#?"
    rf"(?P<value>{_KEYPAD_VALUE}|\d(?:-\d){{3,7}}|\d{{1,2}}(?:-\d{{1,2}}){{2,3}})"
    r"(?:\b|(?<=#))(?![.,]\d)"
    r"(?![^\S\n]*(?:hours?|hrs?|h\b|am\b|pm\b|degrees|°|%|min|sec|bits?\b|bytes?\b|"
    r"[kmgt]b\b|met(?:re|er)s?\b|km\b|miles?\b|ft\b|feet\b|cm\b|mm\b|kg\b|lbs?\b|"
    r"years?\b|days?\b|weeks?\b|months?\b|people\b|euros?\b|dollars?\b|pounds?\b))",
    re.IGNORECASE,
)


# A dial lock's combination of three digits: "the tool shed padlock is 482".
DIAL_SET = re.compile(
    r"\b(?:padlock|bike lock|combination lock|combo lock|lock combination)\b[^.?!\n]{0,30}?"
    r"\b(?:is|set to|changed to|now)[^\S\n]*:?[^\S\n]*(?P<value>\d{3})\b(?![.,]\d)"
    r"(?![^\S\n]*(?:years?|days?|hours?|digits?|numbers?|combinations?|ways|%|kg|g\b|mm|cm))",
    re.IGNORECASE,
)


# A code of capitals and digits for a locker, a door or a parcel: "the parcel locker code
# is KX93Q", "door code: 7B41".
ALNUM_CODE = re.compile(
    r"\b(?:locker|door|gate|keypad|parcel|lockbox|key ?safe|entry|access|alarm)\s+"
    r"(?:code|pin|combination|combo)\s*(?:is|was|=|:)?\s*#?"
    r"(?P<value>(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{4,8})\b",
    re.IGNORECASE,
)
# A code said to be a value, in English or another language, with no lock named: "le code
# c'est 7K41", "der Code ist 4471", "el código del garaje es 2291a", "the code is B7C2".
# Redaction only (a discount code reads the same): in a request already sensitive, a code
# given out is a door's more often.
CODE_SAID = re.compile(
    r"\b(?i:code|c[oó]digo|codice|kod|kode|koodi|kód)(?:[^\S\n]+[^\W\d_]+){0,3}?"
    r"[^\S\n]+(?i:c['’]est|est|es|é|è|ist|is|"
    r"was|je|jest|to|är|er|on|era|war)[^\S\n]*:?[^\S\n]*#?"
    r"(?P<value>(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{4,8})\b(?![.,/:-]?\d)"
)
# Recovery or backup codes of letters and digits: "recovery codes: 8fk2-mq7d p3zr-x91c".
RECOVERY_CODES = re.compile(
    r"\b(?:recovery|backup|2fa|mfa)\s+codes?\b[^\n]{0,40}?"
    r"(?P<value>[a-z0-9]{4,5}-[a-z0-9]{4,5}(?:[\s,]+[a-z0-9]{4,5}-[a-z0-9]{4,5})*)",
    re.IGNORECASE,
)
# A Wi-Fi network's key named as such: "Wi-Fi: network Birchwood, key pinecone-sauna-17".
WIFI_KEY = re.compile(
    r"\b(?:wi-?fi|wlan|wireless|network)\b[^\n.]{0,50}?\b(?:key|password|pw|pass|code)"
    r"\s*(?:is|=|:)?\s*['\"]?(?P<value>[^\s'\",;]{6,64})",
    re.IGNORECASE,
)
# Credentials on a command line: "curl -u jdelgado:Mariposa#2291 …".
CLI_CREDENTIALS = re.compile(
    r"(?<![\w-])(?:-u|--user)[ \t=]+['\"]?[\w.@-]{2,32}:(?P<value>[^\s'\"]{3,64})"
)
# A disk or account recovery key of digit groups: "recovery key 418231-552068-…".
RECOVERY = re.compile(
    r"\b(?:recovery|backup|bitlocker)\s+(?:key|code)s?\b[^\n]{0,30}?"
    r"(?P<value>\d{4,8}(?:[- ]\d{4,8}){3,9})",
    re.IGNORECASE,
)


def _looks_secret(value: str) -> bool:
    """A password-like value mixes classes (letters with digits or symbols)."""
    classes = sum(
        (
            any(c.islower() for c in value),
            any(c.isupper() for c in value),
            any(c.isdigit() for c in value),
            any(not c.isalnum() for c in value),
        )
    )
    return classes >= 2 and any(not c.isalpha() for c in value)


# A setting named as a secret, with a generated value: "TWILIO_ACCOUNT_SID=AC7a…",
# "STRIPE_WEBHOOK_SECRET: whsec_…", "MAPS_API_KEY='…'".
NAMED_SETTING = re.compile(
    r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:SID|TOKEN|SECRET|KEY|APIKEY|DSN|CREDENTIALS?)\b"
    r"['\"]?\s*[=:]\s*['\"]?(?P<value>[A-Za-z0-9_+/=.:-]{16,200})"
)


def _random(run: str) -> bool:
    """Letters and digits mixed, as a generated token is (not a word, not a number)."""
    return any(c.isdigit() for c in run) and sum(c.isalpha() for c in run) >= 4


def _class(c: str) -> int:
    return 0 if c.isdigit() else 1 if c.isupper() else 2


def _generated(run: str) -> bool:
    """A run as a random generator writes it: 32 or more letters and digits mixed, or 16 or
    more that switch between digits, capitals and small letters at least every third
    character ("7HcV2mQx9LrT4nBz", not "parseHTTPResponse2xx"); in one case, digits and
    letters (four or more of each) switching so ("4kq8w2ze7nd5", hex "9c3e07b1a4")."""
    if not _random(run):
        return False
    if len(run) >= 32:
        return True
    classes = [_class(c) for c in run]
    switches = sum(a != b for a, b in pairwise(classes))
    if 3 * switches < len(run):
        return False
    if min(classes.count(k) for k in (0, 1, 2)) >= 2:
        return True
    digits = classes.count(0)
    return len(set(classes)) == 2 and digits >= 4 and len(run) - digits >= 4


# The word for a password in other languages, with its endings ("şifrem", "Passwortes",
# "비밀번호는"): the value is usually a few words on ("a senha do wifi é …").
OTHER_PASSWORD_WORD = re.compile(
    r"(?i:\b(?:contrase[ñn]as?|claves?|senhas?|mots? de passe|mdp|\w*passw[oö]rt\w*|"
    r"kennw[oö]rt\w*|wachtwoord\w*|has(?:ło|ła|le|łem|lo)|l[öo]senord\w*|adgangskode\w*|"
    r"passord\w*|salasana\w*|[şs]ifre\w*|parol[aăe]\w*|hesl[oa]\w*|jelsz[óo]\w*|"
    r"kata sandi|kata laluan|пароль\w*|κωδικ\w*|mật khẩu|비밀번호\w*|パスワード|密[码碼]))"
)
# What each of those words holds, lower-cased, to test a text for them cheaply.
_OTHER_STEMS = (
    "contrase", "clave", "senha", "passe", "mdp", "passw", "kennw", "wachtwoord", "hasł",
    "hasla", "haslo", "hasle", "senord", "adgangskode", "passord", "salasana", "ifre",
    "parol", "hesl", "jelsz", "kata sandi", "kata laluan", "пароль", "κωδικ", "mật khẩu",
    "비밀번호", "パスワード", "密码", "密碼",
)  # fmt: skip
# A value said to be it: "… é 4826", "… ist: 7391", "… c'est 123456", "… to 5521".
_OTHER_SAID = re.compile(
    r"(?i:\b(?:es|é|e|ist|est|c['’]est|to|je|jest|är|er|on|este|adalah|era|war|was|is|"
    r"lautet|mam|là|는|은|是|は)|[:=])[^\S\n]*(?P<digits>\d{4,8})\b(?![.,/:-]?\d)"
)
_OTHER_VALUE = re.compile(r"[^\s,;]+")


def other_languages(text: str) -> Iterator[Span]:
    """A password named in another language: a token of letters and digits ("kotek2015",
    "Tango#Palermo22") or a code said to be it ("… é 4826") in the clause after the word
    for a password. The English keywords are `PASSWORD`'s."""
    for m in OTHER_PASSWORD_WORD.finditer(text):
        end = m.end() + 48
        stop = re.search(r"[\n]|[.!?](?:\s|$)", text[m.end() : end])
        end = m.end() + stop.start() if stop else min(end, len(text))
        said = _OTHER_SAID.search(text, m.end(), end)
        if said is not None:
            yield Span("PASSWORD", said.start("digits"), said.end("digits"), 0.7)
            continue
        for v in _OTHER_VALUE.finditer(text, m.end(), end):
            value = v.group().rstrip(".,!?;:)")
            if (
                len(value) >= 6
                and any(c.isalpha() for c in value)
                and any(c.isdigit() for c in value)
                and "@" not in value
                and "://" not in value
                and not PLACEHOLDER.match(value)
            ):
                yield Span("PASSWORD", v.start(), v.start() + len(value), 0.85)
                break


# A key's shape shown with its body masked: "sk-xxxxxxxxxxxxxxxx", "ghp_****************".
_MASKED_KEY = re.compile(r"(?:X{8,}|x{8,}|\*{8,}|\.{8,})$")


# What a text that names a password or passphrase holds, lower-cased ("the code word is …").
_PHRASE_STEMS = ("pass", "pw", "phrase", "word is", "word was")


def scan(text: str) -> Iterator[Span]:
    low = text.lower()  # once: the keyword tests below all read it
    for m in TOKENS.finditer(text):
        if not _MASKED_KEY.search(m.group()):
            yield Span("API_KEY", m.start(), m.end(), 0.99)
    for m in BEARER.finditer(text) if AUTH_SCHEME.search(text) else ():
        if _random(m.group("value")):
            yield Span("API_KEY", m.start("value"), m.end("value"), 0.95)
    if "_" in text:
        for m in NAMED_SETTING.finditer(text):
            if _random(m.group("value")) and not PLACEHOLDER.match(m.group("value")):
                # below the keyword layer's PASSWORD (0.85): "SECRET_ACCESS_KEY=…" stays one
                yield Span("API_KEY", m.start("value"), m.end("value"), 0.8)
        for m in PREFIXED.finditer(text):
            if _generated(m.group("run")):
                yield Span("API_KEY", m.start(), m.end(), 0.9)
    if "-" in text:
        for m in HYPHEN_PREFIXED.finditer(text):
            if _generated(m.group("run")) and KEY_WORD.search(
                text, max(0, m.start() - 48), m.start()
            ):
                yield Span("API_KEY", m.start(), m.end(), 0.9)
    for m in GROUPED_KEY.finditer(text):
        value = m.group()
        if (
            any(c.isalpha() for c in value)
            and any(c.isdigit() for c in value[:5])  # "IBAN GB16 …" opens with a word
            and GROUPED_NEAR.search(text, max(0, m.start() - 60), m.start())
        ):
            yield Span("PASSWORD", m.start(), m.end(), 0.6)
    for m in PRIVATE_KEY.finditer(text):
        yield Span("PRIVATE_KEY", m.start(), m.end(), 0.99)
    for m in CONNECTION.finditer(text) if "://" in text else ():
        if PLACEHOLDER.match(m.group("pw")):
            continue  # "postgres://<user>:<password>@localhost": a template
        yield Span("CONNECTION_STRING", m.start(), m.end(), 0.995)  # beats the email inside
    for m in PIN.finditer(text):
        yield Span("PASSWORD", m.start("value"), m.end("value"), 0.7)
    if any(stem in low for stem in _OTHER_STEMS):  # a cheap test first (1K tokens: ~7 µs)
        yield from other_languages(text)
    if any(stem in low for stem in _PHRASE_STEMS) or WIFI_WORD.search(low):
        yield from passphrases(text)
    if "pin" in low or "code" in low or "combo" in low or "combination" in low:
        yield from pins_near(text)
    if "key" in low or "code" in low:
        for m in RECOVERY.finditer(text):
            yield Span("PASSWORD", m.start("value"), m.end("value"), 0.85)
    if "code" in low:
        for pattern in (ALNUM_CODE, RECOVERY_CODES):
            for m in pattern.finditer(text):
                yield Span("PASSWORD", m.start("value"), m.end("value"), 0.75)
    if "cod" in low or "cód" in low or "kod" in low or "kód" in low:
        for m in CODE_SAID.finditer(text):
            yield Span("PASSWORD", m.start("value"), m.end("value"), 0.4)
    if WIFI_WORD.search(low):
        for m in WIFI_KEY.finditer(text):
            value = m.group("value").rstrip(".!?)")
            if not PLACEHOLDER.match(value) and value.lower() not in _NOT_VALUES:
                yield Span("PASSWORD", m.start("value"), m.start("value") + len(value), 0.75)
    if " -u" in text or "--user" in text:
        for m in CLI_CREDENTIALS.finditer(text):
            if not PLACEHOLDER.match(m.group("value")):  # "-u alice:changeme"
                yield Span("PASSWORD", m.start("value"), m.end("value"), 0.85)
    for m in LOCK_SET.finditer(text):
        yield Span("PASSWORD", m.start("value"), m.end("value"), 0.6)
    if "lock" in low:
        for m in DIAL_SET.finditer(text):
            yield Span("PASSWORD", m.start("value"), m.end("value"), 0.6)
    if " to " in low:
        for m in TYPED_TO_GET_IN.finditer(text):
            if not PLACEHOLDER.match(m.group("value")):
                yield Span("PASSWORD", m.start("value"), m.end("value"), 0.6)
    for m in PASSWORD.finditer(text):
        value = m.group("value").rstrip(".!?)")
        start = m.start("value")
        if PLACEHOLDER.match(value) or text[m.start() - 1 : m.start()] in ("<", "{", "$"):
            continue  # the keyword is itself a placeholder: "<password>", "${PASSWORD}"
        if value.startswith(("--", "@")):
            continue  # a command-line flag ("--build-arg …"), a host ("pass@db-host")
        if value.startswith("-") and value[1:2].isalpha() and text[start - 1 : start].isalpha():
            continue  # one hyphenated word: "a password-manager vault", "token-based"
        if "://" in value and "@" not in value:
            continue  # "proxy_pass http://127.0.0.1:3000": an address (CONNECTION reads user:pw@)
        said = m.group("said") or (m.group("pw") and _appositive(text, m.span("pw"), value, start))
        if len(value) < 6 and not (
            m.group("pw") and said and not (value.isalpha() and value.islower())
        ):
            continue  # four or five characters: only named as the value, and no plain word
        if _looks_secret(value):
            yield Span("PASSWORD", start, start + len(value), 0.85)
        elif m.group("pw") and said and value.lower() not in _NOT_VALUES:
            # "my password is sunshine": named as the value, even if it is a plain word.
            yield Span("PASSWORD", start, start + len(value), 0.7)
        elif (
            m.group("pw")
            and value.isalpha()
            and value.lower() not in _NOT_VALUES
            and value.lower() not in _ABOUT_PASSWORDS
        ):
            # "shared his login and password forklift": a word right after the keyword,
            # redacted in a request already found sensitive (never decides it).
            yield Span("PASSWORD", start, start + len(value), 0.3)
