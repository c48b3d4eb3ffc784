"""Layer 1: structured identifiers found by pattern and confirmed by their checksums or
formats (Luhn, IBAN mod-97, SSN ranges, IP octets, phone number metadata)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

from . import cues
from .names import words
from .spans import Span, digit_windows, within

Windows = list[tuple[int, int]] | None

# An apostrophe may sit inside the local part ("k.o'hara@…"), never at its edges.
# Its edges are ASCII ones: in Japanese or Chinese text the address touches the words
# around it ("メールはhanako@example.jpです").
EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+(?:['’][A-Za-z0-9._%+-]+)*@[A-Za-z0-9-]+"
    r"(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,24}(?![A-Za-z0-9])"
)
CARD = re.compile(r"(?<![\d-])\d(?:\d| \d|-\d){11,18}(?![\d-])")
# Four groups of four joined by dots, as some receipts print them: "4000.1234.5678.9010".
CARD_DOTTED = re.compile(r"(?<![\d.])\d{4}(?:\.\d{4}){3}(?![\d]|\.\d)")
# In any case, grouped by spaces or dashes: "DE89 3704 …", "gb82 west 1234 …",
# "DE89-3704-…" (mod 97 decides, see ibans()).
# The country code may stand apart in capitals ("IT 60 X 05428 …"), as people copy it.
IBAN = re.compile(r"\b(?:[A-Z]{2} |[A-Za-z]{2})\d{2}(?:[ -]?[A-Za-z0-9]){11,30}\b")
SSN = re.compile(r"(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d-])")
# A sentence may end right after the address: "from 203.0.113.47."
IPV4 = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d)")
CIDR = re.compile(r"/(?:3[0-2]|[12]?\d)(?!\d)")  # a network's prefix length: "/24"
IPV4_SHAPE = re.compile(r"(?:\d{1,3}\.){3}\d{1,3}")
IPV6_HINT = re.compile(r"[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{0,4}:")
IPV6 = re.compile(r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{1,4}(?![\w:])")
# A phone number: optional +country, digit groups with separators (or a long digit run).
# After a country code a group may be one digit (+33 6 …); a subscriber group up to 8.
# Or the subscriber number in one run after a country or area code: "+358 401234567",
# "+91-9876543210", "+1 (415) 5550123", "(02)87654321".
# A separator inside a number: a space, a dot or a dash on the same line (a column of
# numbers, one per line, is no phone number).
_SEP = r"[\t \u00a0\u202f.-]"
PHONE = re.compile(
    rf"(?<![\w+\-./])(?:"
    rf"(?:\+\d{{1,3}}{_SEP}?(?:\(\d{{1,5}}\){_SEP}?)?\d{{1,6}}|(?:\(\d{{1,5}}\){_SEP}?)?\d{{2,6}})"
    rf"(?:{_SEP}\d{{2,8}}){{1,4}}"
    rf"|\+\d{{1,3}}{_SEP}?(?:\(\d{{1,5}}\){_SEP}?)?\d{{6,12}}"
    rf"|\(\d{{1,5}}\){_SEP}?\d{{6,10}})"
    r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?![\w\-/]|\.\d)"  # not "192.168.10" of an IP
)
_DECIMAL = re.compile(r"\d+\.\d+")
PHONE_CONTEXT = re.compile(
    r"\b(?:phone|phoned|tel(?:ephone)?|mobile|cell|call|calls|called|calling|fax|whatsapp|"
    r"sms|text me|texted|texting|rang|dialled|dialed|contact|reach|"
    r"(?:my|his|her|their|your) (?:\w+ )?number|i'?m on|i am on|reach me|on whatsapp|"
    r"area code|gave me)\b",
    re.IGNORECASE,
)
# "text", "ring" or "dial" is a verb right before a number: "text 07700900123", "ring me on".
PHONE_VERB = re.compile(
    r"\b(?:text|ring|dial)[^\S\n]+(?:(?:me|him|her|us|them)[^\S\n]+(?:on|at)[^\S\n]+)?$",
    re.IGNORECASE,
)
# The same said after the number: "2065557341, which is my work number", "… is her mobile".
PHONE_AFTER = re.compile(
    r"[^\S\n]*,?[^\S\n]*(?:which|that)?[^\S\n]*(?:is|was|'s)[^\S\n]+(?:my|his|her|their|our|"
    r"your)[^\S\n]+(?:\w+[^\S\n]+)?(?:number|mobile|cell|phone)\b",
    re.IGNORECASE,
)


def phone_context(text: str, start: int, end: int) -> bool:
    """A word of calling or texting in the 40 characters before a number ("text" or "ring"
    right before it), or the number named someone's after it."""
    return (
        PHONE_CONTEXT.search(text, max(0, start - 40), start) is not None
        or PHONE_VERB.search(text, max(0, start - 20), start) is not None
        or PHONE_AFTER.match(text, end) is not None
    )


DATE_SHAPE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
SSN_SHAPE = re.compile(r"\d{3}-\d{2}-\d{4}")  # an SSN that failed validation is no phone
# A log timestamp's date and hour, read as a phone's digit groups: "2024-05-02 14".
_STAMP = re.compile(r"(?:19|20)\d{2}-[01]\d-[0-3]\d[ T]\d{1,2}$")
# Passport, licence, tax and account-like numbers: only with a naming keyword before them.
# An invoice number names a sale, not a person (a redaction candidate only, candidates.codes).
ID_CONTEXT = re.compile(
    r"\b(?:passport|driver'?s?\s*licen[cs]e|licen[cs]e|\bDL\b|tax\s*(?:id|number|code)|tin|"
    r"vat|ssn|social security|national\s*id|id\s*(?:number|no\.?|#)|identification|"
    r"account|acct|routing|sort code|iban|swift|bic|member(?:ship)?\s*(?:id|number)|"
    r"patient\s*id|mrn|medical record|policy(?:holder)?\s*(?:id|number|no)|"
    r"(?:employee|staff|personnel|payroll)\s*(?:id|number|no)|"
    r"user\s*id|customer\s*(?:id|number)|voter\s*id|aadhaa?r|pan\b|nhs\s*number|"
    r"insurance|badge|case\s*(?:id|number)|ref(?:erence)?|booking|confirmation|order|"
    r"ticket|claim|hospital\s*(?:number|no)|record|reservation|tracking|pnr|"
    r"ifsc|registration|serial|licen[cs]e plate|plate|vin|loyalty|student\s*(?:id|number)|"
    r"prescription|rx|frequent\s*fl[iy]er|mileage|"
    r"id card|identity card|pesel|amka|bsn|nif|nie|dni|cpf|curp|rfc|sin|tfn|medicare|nino|"
    r"national insurance|ni number|personalausweis|codice fiscale|ahv|cnp|jmbg|hetu|"
    r"personnummer|cpr|fødselsnummer|nric|hkid|mykad|itin|ein|kimlik|ppsn?|cccd|"
    r"c[aă]n c[uư][oớ]c|emirates id|resident id|citizen id|(?:my|his|her) id|"
    r"(?:library|membership|health|loyalty|student|staff) card|member|"
    r"permit|club\s*card|rewards?\s*(?:card|number)|card\s*(?:number|no))",
    re.IGNORECASE,
)
# The card or badge the number is printed on, right after it: "S300418 on my badge gets me
# through the side door".
ON_CARD = re.compile(
    r"[^\S\n]+on[^\S\n]+(?i:my|his|her|their|your)[^\S\n]+(?i:badge|card|pass|id card|"
    r"licen[cs]e|membership card|library card|passport|lanyard)\b"
)
# A person named by their number, right before it: "for customer 61730945", "patient 20931",
# "(staff 5519023)".
PERSON_NUMBERED = re.compile(
    r"\b(?:customer|patient|subscriber|staff|employee|member|student)[^\S\n]*"
    r"(?:no\.?|#|:)?[^\S\n]*\Z",
    re.I,
)
ID_VALUE = re.compile(
    r"(?<![\w-])[A-Za-z0-9][A-Za-z0-9_/-]{3,24}[A-Za-z0-9](?![\w-])"
    r"|\d{2,6}(?: \d{1,8}){1,3}"  # digit groups: "5061 39240 7"
)
DIGITS = re.compile(r"\d+")
_ID_HEAD = re.compile(r"(?:[A-Za-z]{2,8}/)?[A-Za-z0-9_-]*\Z")  # "LGPS/0092714"
_ID_TAIL = re.compile(r"[A-Za-z0-9_-]*")
# Digit groups after the first, for a number written with spaces ("5061 39240 7").
_ID_GROUPS = re.compile(r"(?: \d{1,8}(?![\w.,]\d)){1,3}(?![\w-])")
ID_WINDOW = 40


def luhn(digits: str) -> bool:
    total, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_valid(raw: str) -> bool:
    code = raw.replace(" ", "").replace("-", "").upper()
    if not 15 <= len(code) <= 34:
        return False
    moved = code[4:] + code[:4]
    number = "".join(str(int(ch, 36)) for ch in moved)
    return int(number) % 97 == 1


def ssn_valid(area: str, group: str, serial: str) -> bool:
    a = int(area)
    return a not in (0, 666) and a < 900 and group != "00" and serial != "0000"


# Domains reserved for documentation (RFC 2606, RFC 6761) and the mailboxes code samples
# put there. A writer who invents a person's address there ("d.okafor@example.com") gets
# it flagged like any other; only a placeholder mailbox is nobody's.
RESERVED_DOMAIN = re.compile(
    r"(?:^|\.)(?:example(?:\.(?:com|org|net))?|example\.(?:co|com|org|net)\.[a-z]{2}|test|"
    r"invalid|localhost)$"  # example.co.uk too
)
PLACEHOLDER_MAILBOXES = words(
    """user username users admin administrator root test tester testuser foo bar baz
    example email mail name yourname your.name your_name your-name you someone somebody
    nobody john.doe jane.doe johndoe janedoe jdoe john jane alice bob first.last
    firstname.lastname firstname lastname noreply no-reply placeholder dummy sample me
    support help info contact hello sales billing privacy security abuse postmaster
    webmaster office team hr jobs careers press"""
)


def emails(text: str) -> Iterator[Span]:
    if "@" not in text:  # a substring test is ~100x cheaper than the pattern
        return
    for m in EMAIL.finditer(text):
        local, _, domain = m.group().lower().rpartition("@")
        if not local.strip("%*._+-"):
            continue  # "LIKE '%@example.org'": a pattern, no address
        # "user@example.com" or "jane@example.com" in a code sample or a form's placeholder
        placeholder = RESERVED_DOMAIN.search(domain) and (
            local.split("+")[0] in PLACEHOLDER_MAILBOXES  # "name+tag@example.com" too
            or cues.PLACEHOLDER_CONTEXT.search(text) is not None
        )
        yield Span("EMAIL_ADDRESS", m.start(), m.end(), 0.3 if placeholder else 0.99)


CARD_CONTEXT = re.compile(r"\b(?:card|visa|mastercard|amex|maestro|debit|credit)\b", re.I)
CARD_SHORT = re.compile(r"(?<![\d-])\d{12}(?![\d-])")


# The card and IBAN numbers payment providers and the IBAN registry publish for testing
# and documentation: no one's account where the text says it is a test or an example
# ("the Stripe test card 4242 …") and does not ask whether it is a real one.
PUBLISHED_TEST_NUMBERS = words(
    """4111111111111111 4242424242424242 4012888888881881 4222222222222 4000056655665556
    4000000000000002 4000000000009995 4000002500003155 4000000000003220 4000000000000077
    4005519200000004 4009348888881881 4012000033330026 4012000077777777 4217651111111119
    4500600000000061 5555555555554444 5105105105105100 5200828282828210 2223003122003222
    5454545454545454 2222400070000005 378282246310005 371449635398431 378734493671000
    6011111111111117 6011000990139424 6011000400000000 30569309025904 38520000023237
    3056930009020004 3530111333300000 3566002020360505 3566111111111113 6200000000000005
    GB82WEST12345698765432 GB33BUKB20201555555555 DE89370400440532013000
    FR1420041010050500013M02606 NL91ABNA0417164300 ES9121000418450200051332
    IT60X0542811101000000123456 BE68539007547034 CH9300762011623852957
    AT611904300234573201 PL61109010140000071219812874 SE4550000000058398257466
    NO9386011117947 DK5000400440116243 FI2112345600000785 IE29AIBK93115212345678"""
)
TEST_CONTEXT = re.compile(
    r"(?<![\w@./-])(?i:test(?:ing|s)?|sandbox|example|sample|dummy|documentation|docs|"
    r"placeholder|fake|mock)(?![\w@/-])"
)

_REAL = re.compile(r"\b(?i:real|genuine|actual|customer['’]?s?)\b")


def _published_test(number: str, text: str, start: int, end: int) -> bool:
    """A published test number with a word saying so in the same stretch of text (60
    characters before it, 30 after), not inside an address ("@example.com")."""
    compact = re.sub(r"[\s-]", "", number).upper()
    return (
        compact in PUBLISHED_TEST_NUMBERS
        and TEST_CONTEXT.search(text, max(0, start - 60), min(len(text), end + 30)) is not None
        and _REAL.search(text) is None  # "a real card or just a test card?": it may be someone's
    )


def cards(text: str, windows: Windows = None) -> Iterator[Span]:
    for m in within(CARD, text, windows):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn(digits) and len(set(digits)) > 1:
            if len(digits) == 13 and digits[0] == "1" and digits == m.group():
                continue  # "1718101244123": a time in milliseconds since 1970, no card
            score = 0.3 if _published_test(digits, text, m.start(), m.end()) else 0.95
            yield Span("CREDIT_CARD", m.start(), m.end(), score)
    if "." in text:
        for m in within(CARD_DOTTED, text, windows):
            if luhn(m.group().replace(".", "")):
                yield Span("CREDIT_CARD", m.start(), m.end(), 0.9)
    # 12-digit (Maestro) numbers only where the text speaks of a card.
    for m in within(CARD_SHORT, text, windows):
        if luhn(m.group()) and CARD_CONTEXT.search(text, max(0, m.start() - 40), m.start()):
            yield Span("CREDIT_CARD", m.start(), m.end(), 0.85)


# Countries that issue IBANs (ISO 3166 codes of the IBAN registry).
IBAN_COUNTRIES = words(
    """AD AE AL AT AZ BA BE BG BH BI BR BY CH CR CY CZ DE DJ DK DO EE EG ES FI FK FO FR GB GE
    GI GL GR GT HR HU IE IL IQ IS IT JO KW KZ LB LC LI LT LU LV LY MC MD ME MK MN MR MT MU NI
    NL NO OM PK PL PS PT QA RO RS RU SA SC SD SE SI SK SM SO ST SV TL TN TR UA VA VG XK YE"""
)


def ibans(text: str, windows: Windows = None) -> Iterator[Span]:
    for start, stop in windows if windows is not None else [(0, len(text))]:
        pos = start
        while (m := IBAN.search(text, pos, stop)) is not None:
            pos = m.end()
            raw = m.group()
            if raw[:2].upper() not in IBAN_COUNTRIES:
                continue
            # Words typed after the number ("… 7654 32 please", "… 986 to ES91 …") are not
            # part of it: drop whole trailing groups until the mod-97 check passes, and
            # read on from the end of the number found (a second IBAN may follow).
            ends = [len(raw)] + [i for i in range(len(raw) - 1, 14, -1) if raw[i] in " -"]
            for end in ends:
                if iban_valid(raw[:end]):
                    test = _published_test(raw[:end], text, m.start(), m.start() + end)
                    score = 0.3 if test else 0.99
                    yield Span("IBAN_CODE", m.start(), m.start() + end, score)
                    pos = m.start() + end
                    break


def ssns(text: str, windows: Windows = None) -> Iterator[Span]:
    for m in within(SSN, text, windows):
        if ssn_valid(*m.groups()):
            dashed = "-" in m.group()
            yield Span("US_SSN", m.start(), m.end(), 0.9 if dashed else 0.6)
        elif TAX_ID_CONTEXT.search(text, max(0, m.start() - 30), m.start()):
            # An ITIN (9xx-…), or a number mistyped or invented, named as an SSN: the
            # writer says what it is.
            yield Span("US_SSN", m.start(), m.end(), 0.85)


_SSN_NAME = r"ssn|social security(?: number| no\.?)?"
TAX_ID_CONTEXT = re.compile(
    rf"\b(?:{_SSN_NAME}|itin|tin|tax\s*(?:id|number|no\.?)|taxpayer\s*(?:id|number))\b"
    r"\W{0,3}(?:is|was|:|=|#)?\W{0,3}\s*\Z",
    re.IGNORECASE,
)


# A partly masked SSN still identifies (the area number, or the last four digits used for
# verification): "SSN 741-XX-XXXX", "social security number ***-**-6789".
MASKED_SSN = re.compile(r"(?<![\w-])([\dXx*#]{3})-([\dXx*#]{2})-([\dXx*#]{4})(?![\w-])")
SSN_CONTEXT = re.compile(rf"\b(?:{_SSN_NAME})\W{{0,3}}\s*$", re.I)


def masked_ssns(text: str, windows: Windows = None) -> Iterator[Span]:
    for m in within(MASKED_SSN, text, windows):
        raw = m.group()
        digits = sum(ch.isdigit() for ch in raw)
        if (
            not 3 <= digits < 9
            or SSN_CONTEXT.search(text[max(0, m.start() - 30) : m.start()]) is None
        ):
            continue
        yield Span("US_SSN", m.start(), m.end(), 0.75)


# An internal network's own hosts (RFC 1918): a server's address there names a machine,
# not a person ("Our MySQL replica at 10.20.30.40 lags …"). A person's laptop or home
# router on such an address stays an identifier.
_INTERNAL = tuple(
    ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16")
)
_SERVER_BEFORE = re.compile(
    r"\b(?:server|service|host|replica|primary|cluster|dns|database|db|redis|mysql|"
    r"postgres(?:ql)?|nginx|node|pod|vm|instance|bastion|gateway|proxy|backend|upstream|"
    r"endpoint|container|broker|kafka|elasticsearch|mongo(?:db)?|load balancer|nas|ntp|"
    r"smtp|ldap)s?\b(?:[^\S\n]+[\w.-]+){0,3}[^\S\n]+(?:at|on|is|=|:)?[^\S\n]*\Z",
    re.IGNORECASE,
)


def ips(text: str, windows: Windows = None) -> Iterator[Span]:
    for m in within(IPV4, text, windows):
        try:
            address = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        # Private ranges identify no one outside; 1.2.3.4 reads as a version.
        score = 0.6 if address.is_private else 0.9
        if address.is_loopback or address.is_unspecified:
            score = 0.3  # 127.0.0.1, 0.0.0.0: this machine, anyone's
        if all(len(octet) == 1 for octet in m.group().split(".")):
            score = 0.3
        elif text.startswith("/", m.end()) or m.group().endswith(".0"):
            score = min(score, 0.45)  # a network (10.0.0.0/24), not a host
        if any(address in net for net in _INTERNAL) and _SERVER_BEFORE.search(
            text, max(0, m.start() - 40), m.start()
        ):
            score = min(score, 0.4)  # redacted in a sensitive request, no evidence alone
        prefix = CIDR.match(text, m.end())
        yield Span("IP_ADDRESS", m.start(), prefix.end() if prefix else m.end(), score)
    if ":" not in text or IPV6_HINT.search(text) is None:
        return
    for m in IPV6.finditer(text):
        try:
            ipaddress.ip_address(m.group())
        except ValueError:
            continue
        yield Span("IP_ADDRESS", m.start(), m.end(), 0.9)


_YEAR_RANGE = re.compile(r"((?:19|20)\d\d)[ \t]*[-–][ \t]*((?:19|20)\d\d)")


def _year_range(raw: str) -> bool:
    """Two years, the second later: "2009-2014" is a span of time, not a phone."""
    m = _YEAR_RANGE.fullmatch(raw)
    return m is not None and int(m.group(1)) < int(m.group(2))


def phones(text: str, windows: Windows = None) -> Iterator[Span]:
    for m in within(PHONE, text, windows):
        raw = m.group()
        digits = re.sub(r"\D", "", raw.split("x")[0].split("ext")[0])
        if (
            not 7 <= len(digits) <= 15
            or SSN_SHAPE.fullmatch(raw)
            or DATE_SHAPE.fullmatch(raw)
            or IPV4_SHAPE.fullmatch(raw)
            or _STAMP.match(raw)  # "2024-05-02 14" of "2024-05-02 14:01:11": a timestamp
            or len(set(digits)) == 1  # "000-000-0000": a placeholder, no one's number
            or _DECIMAL.fullmatch(raw)  # "12345.678901": a reading or an uptime
            or (_year_range(raw) and not phone_context(text, m.start(), m.end()))  # "2009-2014"
        ):
            continue
        in_context = phone_context(text, m.start(), m.end())
        international = raw.startswith("+")
        score = 0.5
        if international:
            import phonenumbers  # ~0.1 s import: only when a +number shows up

            try:
                parsed = phonenumbers.parse(raw.split("x")[0], None)
                score = 0.95 if phonenumbers.is_possible_number(parsed) else 0.5
            except phonenumbers.NumberParseException:
                score = 0.5
        elif re.search(r"[\s.()-]", raw) and len(digits) >= 9:
            score = 0.75  # grouped like a national number: 0612 345 67 89, (555) 123-4567
        if in_context:
            score = max(score, 0.9)
        elif TRANSACTION.search(text, max(0, m.start() - 24), m.start()):
            score = min(score, 0.4)  # "my order 40228-77154": a sale's number, no phone
        yield Span("PHONE_NUMBER", m.start(), m.end(), score)


# A phone number written without separators: "+447700900123", "07700900123", "5551234567".
PLAIN_PHONE = re.compile(r"(?<![\w+\-./])\+?\d{10,13}(?![\w\-/]|[.,]\d)")


def plain_phones(text: str, windows: Windows = None) -> Iterator[Span]:
    for m in within(PLAIN_PHONE, text, windows):
        raw = m.group()
        digits = raw.lstrip("+")
        if len(set(digits)) == 1:
            continue  # "0000000000": a placeholder, as for grouped numbers
        if raw.startswith("+"):
            score = 0.9
        elif digits.startswith("0") and len(digits) in (10, 11):
            score = 0.65  # a national trunk prefix: 07700900123, 0612345678
        elif len(digits) in (10, 11):
            score = 0.45  # a national number written as one run (5551234567), or not
        else:
            score = 0.45
        if phone_context(text, m.start(), m.end()):
            score = 0.9
        yield Span("PHONE_NUMBER", m.start(), m.end(), score)


# A UK National Insurance number, with or without spaces: "QQ 12 34 56 C".
NINO = re.compile(r"\b[A-Z]{2}[ ]?\d{2}[ ]?\d{2}[ ]?\d{2}[ ]?[A-D]\b")


# Typed in lower case, only after its name: "national insurance number qq 73 41 06 b".
NINO_LOWER = re.compile(
    r"\b(?i:national insurance(?: number| no\.?)?|ni number|nino)\W{0,3}"
    r"(?P<value>[a-z]{2} ?\d{2} ?\d{2} ?\d{2} ?[a-d])\b"
)


# The lower-case shape in a text that names the number before it, farther away: "my
# national insurance number … is it safe to send? it's qq 58 20 91 d".
NINO_SHAPE = re.compile(r"(?<![\w-])[a-z]{2} \d{2} \d{2} \d{2} [a-d](?![\w-])")
NINO_NAMED = re.compile(r"\b(?i:national insurance|ni numbers?|ni nos?|ninos?)\b")


def ninos(text: str, windows: Windows = None) -> Iterator[Span]:
    for m in within(NINO, text, windows):
        yield Span("ID_NUMBER", m.start(), m.end(), 0.8)
    for m in within(NINO_LOWER, text, windows):
        yield Span("ID_NUMBER", m.start("value"), m.end("value"), 0.8)
    for m in NINO_SHAPE.finditer(text):
        if NINO_NAMED.search(text, max(0, m.start() - 200), m.start()):
            yield Span("ID_NUMBER", m.start(), m.end(), 0.8)


EXAMPLE = re.compile(
    r"\b(?:look(?:s)? like|such as|e\.g\.|for example|for instance|format(?:ted)?(?: as| like)?|"
    r"pattern|template)\W*$",
    re.IGNORECASE,
)


# What a shop or a carrier numbers: an order, a parcel, a ticket. Redaction only: alone it
# makes no request personal ("Order #A-44821 was placed …", "order_id": "ORD-0001").
TRANSACTION = re.compile(
    r"\b(?:order|tracking|invoice|ticket|shipment|parcel|delivery|receipt|sku|part|model)"
    r"(?:[\s_-]*(?:no\.?|number|num|id|#|code))?\W{0,3}\s*(?:is|was|:)?\s*#?[\"'`]?\Z",
    re.IGNORECASE,
)
DECADE = re.compile(r"(?:mid-|late-|early-)?(?:1[6-9]|20)\d0['’]?s")


def context_ids(text: str) -> Iterator[Span]:
    """Passport/licence/tax/account-like values right after a keyword that names them.
    Values are rarer than words: find them first, then look back for the keyword."""
    done = 0
    for digits in DIGITS.finditer(text):
        if digits.start() < done:
            continue  # inside the run found from an earlier digit
        head = _ID_HEAD.search(text, max(0, digits.start() - 30), digits.start())
        tail = _ID_TAIL.match(text, digits.end())
        start = head.start() if head else digits.start()
        end = tail.end() if tail else digits.end()
        if text[start:end].isdigit() and (groups := _ID_GROUPS.match(text, end)):
            end = groups.end()
        done = end
        raw = text[start:end]
        count = sum(ch.isdigit() for ch in raw)
        if not 5 <= len(raw) <= 26 or not ID_VALUE.fullmatch(raw):
            continue
        if count < 2 and not (len(raw) >= 6 and raw.isalnum() and raw.isupper()):
            continue  # one digit: only a code of six capitals and digits ("ZK4W9T")
        if " " in raw and count < 6:
            continue  # "25 00": a price, not a number written in groups
        if MASKED_SSN.fullmatch(raw):  # a masked SSN shape: only after an SSN keyword
            continue
        if DECADE.fullmatch(raw) or DATE_SHAPE.fullmatch(raw):
            continue  # "records in the 1990s", "since 2024-06-11": a time, not a number
        # Four digits may stand a little apart from their keyword; a short code
        # ("booking ref is ZK4W9T") only right after it.
        window = ID_WINDOW if count >= 4 else 16
        if count < 4 and (len(raw) < 6 or not raw.isalnum() or raw.isdigit()):
            continue
        lead = _letter_group(text, start) if raw[0].isdigit() else start
        if (
            ID_CONTEXT.search(text, max(0, start - window), start) is None
            and PERSON_NUMBERED.search(text, max(0, lead - 16), lead) is None
            and ON_CARD.match(text, end) is None
        ):
            continue
        # "IDs look like ORD-2023-004417": a format shown by example, weak (redaction only).
        example = EXAMPLE.search(text, max(0, start - 24), start) is not None
        transaction = TRANSACTION.search(text, max(0, start - window), start) is not None
        yield Span("ID_NUMBER", lead, end, 0.4 if example or transaction else 0.85)


# A group of letters the number is printed with, between its keyword and its digits:
# "library card QVRN 4410 2287", "member no. hx 3391 0472". Not a word of the sentence.
_LETTER_GROUP = re.compile(r"(?<![\w-])(?P<group>[A-Z]{1,5}|[a-z]{1,5})[^\S\n]\Z")
_GROUP_KEYWORD = re.compile(
    r"(?:\b(?i:card|no\.?|nr\.?|number|n\.?º|num|id)(?:[^\S\n]+(?i:is|was))?|#|:|\()[^\S\n]*\Z"
)
_NOT_GROUP = frozenset(
    ("a", "an", "and", "as", "at", "by", "for", "from", "in", "is", "it", "its", "my", "his",
     "her", "our", "their", "of", "on", "or", "the", "to", "was", "no", "nr", "id", "num",
     "ref", "card", "number")
)  # fmt: skip


def _letter_group(text: str, start: int) -> int:
    """The start of the number with its letter group, or `start` when it has none."""
    m = _LETTER_GROUP.search(text, max(0, start - 7), start)
    if m is None or m.group("group").lower() in _NOT_GROUP:
        return start
    if ID_CONTEXT.fullmatch(m.group("group")):
        return start  # "NHS 943 …", "DNI 7103…": the keyword itself
    before = text[max(0, m.start() - 40) : m.start()]
    keyword = _GROUP_KEYWORD.search(before)
    if keyword is None or (
        ID_CONTEXT.search(before) is None and not PERSON_NUMBERED.search(before)
    ):
        return start
    return m.start()


# A Chinese resident identity number: area code, birth date, sequence, ISO 7064 check.
CN_ID = re.compile(
    r"(?<![\w-])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\w-])"
)
_CN_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def cn_check_holds(value: str) -> bool:
    total = sum(int(d) * w for d, w in zip(value[:17], _CN_WEIGHTS, strict=True))
    return "10X98765432"[total % 11] == value[17].upper()


def cn_ids(text: str, windows: Windows = None) -> Iterator[Span]:
    for m in within(CN_ID, text, windows):
        if cn_check_holds(m.group()):
            yield Span("ID_NUMBER", m.start(), m.end(), 0.9)


# A Spanish DNI (8 digits) or NIE (X/Y/Z and 7 digits) and its check letter.
ES_ID = re.compile(
    r"(?<![\w-])(?P<head>[XYZxyz]-?)?(?P<digits>\d{7,8})-?(?P<letter>[A-Za-z])(?![\w-])"
)
_ES_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_ids(text: str, windows: Windows = None) -> Iterator[Span]:
    for m in within(ES_ID, text, windows):
        head, digits = m.group("head"), m.group("digits")
        if (head is None) != (len(digits) == 8):
            continue  # a DNI has 8 digits; a NIE a letter and 7
        number = int(("XYZ".index(head[0].upper()) if head else 0) * 10**7 + int(digits))
        if _ES_LETTERS[number % 23] == m.group("letter").upper():
            yield Span("ID_NUMBER", m.start(), m.end(), 0.85)


# A French social security number (NIR): sex, year, month, department, commune, order and
# its two-digit key, 97 minus the number mod 97: "1 92 07 75 114 208 86".
FR_NIR = re.compile(
    r"(?<![\w-])(?P<sex>[12])[ .]?(?P<yy>\d{2})[ .]?(?P<mm>0[1-9]|1[0-2]|[2-9]\d)[ .]?"
    r"(?P<dept>\d{2}|2[ABab])[ .]?(?P<rest>\d{3}[ .]?\d{3})[ .]?(?P<key>\d{2})(?![\w-])"
)
# A Hong Kong identity card number and its check digit: "A123456(3)".
HK_ID = re.compile(r"(?<![\w-])(?P<letters>[A-Z]{1,2})(?P<digits>\d{6})\((?P<check>[0-9A])\)")


def fr_nirs(text: str, windows: Windows = None) -> Iterator[Span]:
    for m in within(FR_NIR, text, windows):
        dept = m.group("dept").upper().replace("2A", "19").replace("2B", "18")
        digits = m.group("sex") + m.group("yy") + m.group("mm") + dept
        digits += re.sub(r"\D", "", m.group("rest"))
        if 97 - int(digits) % 97 == int(m.group("key")):
            yield Span("ID_NUMBER", m.start(), m.end(), 0.85)


def hk_ids(text: str, windows: Windows = None) -> Iterator[Span]:
    for m in within(HK_ID, text, windows):
        letters = m.group("letters").rjust(2)
        total = sum(
            w * (36 if c == " " else ord(c) - 55) for w, c in zip((9, 8), letters, strict=True)
        )
        total += sum(w * int(d) for w, d in zip(range(7, 1, -1), m.group("digits"), strict=True))
        check = (11 - total % 11) % 11
        if ("A" if check == 10 else str(check)) == m.group("check"):
            yield Span("ID_NUMBER", m.start(), m.end(), 0.85)


# An Australian Medicare card number as the card prints it, 4-5-1 digits and the optional
# reference number of the person on the card: "2953 17465 1". The ninth digit checks the
# first eight (weights 1 3 7 9 1 3 7 9, mod 10); the first is 2 to 6.
AU_MEDICARE = re.compile(r"(?<![\w-])(?P<digits>[2-6]\d{3} \d{5}) \d(?:[ /-]?[1-9])?(?![\w-])")
_MEDICARE_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9)


def au_medicare(text: str, windows: Windows = None) -> Iterator[Span]:
    for m in within(AU_MEDICARE, text, windows):
        digits = m.group("digits").replace(" ", "")
        total = sum(w * int(d) for w, d in zip(_MEDICARE_WEIGHTS, digits[:8], strict=True))
        if total % 10 == int(digits[8]):
            yield Span("ID_NUMBER", m.start(), m.end(), 0.85)


def scan(text: str) -> list[Span]:
    # Every pattern but the e-mail one needs digits: read only around the digit runs.
    windows = digit_windows(text, before=50, after=50)
    found: list[Span] = list(emails(text))
    for detector in (
        cards, ibans, ssns, masked_ssns, ips, phones, plain_phones, ninos, cn_ids, es_ids,
        fr_nirs, hk_ids, au_medicare,
    ):  # fmt: skip
        found.extend(detector(text, windows))
    found.extend(context_ids(text))
    return found
