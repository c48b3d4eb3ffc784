# ruff: noqa: E501
"""A fifth blind privacy set: 300 texts with personal data and 150 clean ones.

Written blind to the detector: the writer read only ``marks.py`` and the format of the table in
README.md, never the detector, its word lists, docs, tests or the other sets. Every value is
invented.

* 113 statement-style records in the manner of a template-based synthetic PII generator: 68
  sentence templates (form letters, shipping notes, customer records, bio lines, CSV-like rows,
  e-mail headers, several people in one line) filled with faker values from many locales
  under a fixed seed. Names come from 22 locales; addresses, phone numbers, national ids and
  IBANs follow the person's country (US, UK, German, French, Italian, Polish, Japanese
  romanised, Australian, Indian, Brazilian, Spanish, Dutch, Swedish); cards are Luhn-valid,
  IBANs pass mod 97, SSNs avoid the never-issued areas, IPs are documentation or private.
* 127 hand-written chat requests: private people named with and without cues (lone first
  names as the subject, lone surnames, nicknames, names that are also words, many cultures,
  some all lower case), pasted e-mails, chat logs, CSV, JSON, logs and code with names, logins
  and ids, passwords, PINs, door codes and API keys stated in passing.
* 60 hand-written mixed texts: forms, tickets, medical, HR and legal notes, multi-line
  addresses and signatures.
* 150 clean texts: 75 everyday requests, 75 chosen to trip a naive detector (public,
  historical and fictional people, eponyms, brands, places and street names as places,
  capitalised common words, placeholder code, UUIDs, versions, totals).

Run from the repository root: ``.venv/bin/python bench/data/build_blind5.py``.
"""

from __future__ import annotations

import ipaddress
import random
import re
import sys
import unicodedata
from pathlib import Path

from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parent))
from marks import TYPES, Span, iban_ok, luhn_ok, record, strip_marks, write

HERE = Path(__file__).resolve().parent
PII_OUT = HERE / "chat_pii_blind5.jsonl"
CLEAN_OUT = HERE / "chat_clean_blind5.jsonl"
PII_SOURCE = "invented-chat-blind5"
CLEAN_SOURCE = "invented-clean-blind5"
SEED = 51_205

RNG = random.Random(SEED)


def m(kind: str, value: str) -> str:
    """An inline mark."""
    return f"[[{kind}|{value}]]"


def digits(k: int) -> str:
    return "".join(RNG.choice("0123456789") for _ in range(k))


def letters(k: int, pool: str = "ABCDEFGHJKLMNPRSTUVWXYZ") -> str:
    return "".join(RNG.choice(pool) for _ in range(k))


FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ß": "ss",
        "ı": "i",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "ð": "d",
    }
)


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(c for c in folded if c.isascii() and (c.isalnum() or c in "-'")).replace("'", "")


# ---------------------------------------------------------------------------
# Generated values (all invented)
# ---------------------------------------------------------------------------


def card_number() -> str:
    """A Luhn-valid number with a Visa, Mastercard, Amex or Discover prefix, formatted."""
    prefix, length = RNG.choice(
        [
            ("4", 16),
            ("4", 16),
            ("4", 16),
            ("51", 16),
            ("53", 16),
            ("55", 16),
            ("37", 15),
            ("34", 15),
            ("6011", 16),
        ]
    )
    while True:
        number = prefix + digits(length - len(prefix))
        if luhn_ok(number):
            break
    style = RNG.choice(["space", "space", "dash", "plain"])
    if style == "plain":
        return number
    groups = (
        [number[:4], number[4:10], number[10:]]
        if length == 15
        else [number[i : i + 4] for i in range(0, 16, 4)]
    )
    return (" " if style == "space" else "-").join(groups)


IBAN_BBAN = {
    "DE": lambda: digits(18),
    "GB": lambda: RNG.choice(["BARC", "LOYD", "NWBK", "MIDL", "HBUK"]) + digits(14),
    "FR": lambda: digits(10) + letters(1) + digits(12),
    "IT": lambda: letters(1) + digits(22),
    "PL": lambda: digits(24),
    "ES": lambda: digits(20),
    "NL": lambda: RNG.choice(["INGB", "RABO", "ABNA", "SNSB"]) + digits(10),
    "BE": lambda: digits(12),
    "AT": lambda: digits(16),
    "CH": lambda: digits(17),
    "IE": lambda: RNG.choice(["AIBK", "BOFI"]) + digits(14),
    "PT": lambda: digits(21),
    "SE": lambda: digits(20),
    "CZ": lambda: digits(20),
    "RO": lambda: letters(4) + digits(16),
    "HU": lambda: digits(24),
    "DK": lambda: digits(14),
}


def iban(country: str) -> str:
    if country not in IBAN_BBAN:
        country = RNG.choice(sorted(IBAN_BBAN))
    bban = IBAN_BBAN[country]()
    rest = int("".join(str(int(c, 36)) for c in bban + country + "00"))
    value = f"{country}{98 - rest % 97:02d}{bban}"
    if RNG.random() < 0.6:
        value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
    return value


def ssn() -> str:
    area = RNG.choice([a for a in range(100, 666)])
    body = f"{area:03d}-{RNG.randint(1, 99):02d}-{RNG.randint(1, 9999):04d}"
    return RNG.choice([body, body, body, body.replace("-", " "), body.replace("-", "")])


def ip4() -> str:
    net = RNG.choice(["192.0.2", "198.51.100", "203.0.113", "10", "192.168", "172.16"])
    parts = net.split(".")
    while len(parts) < 4:
        parts.append(str(RNG.randint(1, 254)))
    return ".".join(parts)


def ip6() -> str:
    return (
        f"2001:db8:{RNG.randint(1, 0xFFFF):x}:{RNG.randint(1, 0xFFFF):x}::{RNG.randint(1, 0xFFF):x}"
    )


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def api_key() -> str:
    kind = RNG.choice(["sk", "aws", "gh", "slack", "hex", "goog"])
    if kind == "sk":
        return "sk_test_" + letters(26, ALNUM)
    if kind == "aws":
        return "AKIA" + letters(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if kind == "gh":
        return "ghp_" + letters(36, ALNUM)
    if kind == "slack":
        return f"xoxb-{digits(11)}-{digits(12)}-{letters(24, ALNUM)}"
    if kind == "goog":
        return "AIza" + letters(35, ALNUM + "-_")
    return letters(32, "0123456789abcdef")


PW_WORDS = [
    "maple",
    "Tiger",
    "otter",
    "Cactus",
    "lantern",
    "Pebble",
    "comet",
    "Walrus",
    "saffron",
    "Biscuit",
    "thunder",
    "Marble",
    "nectar",
    "Falcon",
    "quartz",
]


def password() -> str:
    style = RNG.randint(0, 3)
    if style == 0:
        return RNG.choice(PW_WORDS) + RNG.choice("!#$%&*?") + digits(RNG.randint(2, 4))
    if style == 1:
        return (
            RNG.choice(PW_WORDS).capitalize() + digits(2) + RNG.choice(PW_WORDS) + RNG.choice("!?#")
        )
    if style == 2:
        return letters(RNG.randint(10, 14), ALNUM + "!@#%^&*")
    return digits(2) + RNG.choice(PW_WORDS) + RNG.choice(PW_WORDS).upper() + RNG.choice("_-+")


def pin() -> str:
    return digits(RNG.choice([4, 4, 4, 5, 6]))


# phone numbers: fictional ranges where a country has them, plainly made up otherwise
PHONES = {
    "US": [
        lambda a: f"({a}) 555-01{digits(2)}",
        lambda a: f"{a}-555-01{digits(2)}",
        lambda a: f"+1 {a} 555 01{digits(2)}",
        lambda a: f"{a}.555.01{digits(2)}",
    ],
    "GB": [
        lambda a: f"07700 900{digits(3)}",
        lambda a: f"+44 7700 900{digits(3)}",
        lambda a: f"020 7946 0{digits(3)}",
        lambda a: f"0113 496 0{digits(3)}",
        lambda a: f"+44 (0)161 496 0{digits(3)}",
    ],
    "DE": [
        lambda a: f"+49 30 {digits(8)}",
        lambda a: f"0151 {digits(8)}",
        lambda a: f"(089) {digits(3)} {digits(4)}",
        lambda a: f"+49 (0)171 {digits(7)}",
    ],
    "FR": [
        lambda a: f"01 99 00 {digits(2)} {digits(2)}",
        lambda a: f"06 39 98 {digits(2)} {digits(2)}",
        lambda a: f"+33 6 39 98 {digits(2)} {digits(2)}",
        lambda a: f"+33 (0)1 99 00 {digits(2)} {digits(2)}",
    ],
    "IT": [
        lambda a: f"+39 347 {digits(3)} {digits(4)}",
        lambda a: f"333 {digits(7)}",
        lambda a: f"06 {digits(4)} {digits(4)}",
    ],
    "PL": [
        lambda a: f"+48 {RNG.choice('5678')}{digits(2)} {digits(3)} {digits(3)}",
        lambda a: f"{RNG.choice('5678')}{digits(2)}-{digits(3)}-{digits(3)}",
    ],
    "JP": [
        lambda a: f"090-{digits(4)}-{digits(4)}",
        lambda a: f"03-{digits(4)}-{digits(4)}",
        lambda a: f"+81 80 {digits(4)} {digits(4)}",
    ],
    "AU": [
        lambda a: (
            f"0491 570 {RNG.choice(['006', '156', '157', '158', '159', '110', '313', '737'])}"
        ),
        lambda a: f"(02) 5550 {digits(4)}",
        lambda a: f"+61 491 571 {RNG.choice(['266', '491', '804'])}",
        lambda a: f"(03) 7010 {digits(4)}",
    ],
    "IN": [
        lambda a: f"+91 98{digits(3)} {digits(5)}",
        lambda a: f"09{digits(3)}{digits(6)}",
        lambda a: f"+91-{RNG.choice('6789')}{digits(9)}",
    ],
    "BR": [
        lambda a: f"(11) 9{digits(4)}-{digits(4)}",
        lambda a: f"+55 21 9{digits(4)}-{digits(4)}",
    ],
    "ES": [
        lambda a: f"+34 6{digits(2)} {digits(3)} {digits(3)}",
        lambda a: f"6{digits(2)} {digits(2)} {digits(2)} {digits(2)}",
    ],
    "NL": [lambda a: f"06-{digits(8)}", lambda a: f"+31 6 {digits(4)} {digits(4)}"],
    "SE": [
        lambda a: f"070-{digits(3)} {digits(2)} {digits(2)}",
        lambda a: f"+46 70 {digits(3)} {digits(2)} {digits(2)}",
    ],
    "IE": [lambda a: f"087 {digits(3)} {digits(4)}", lambda a: f"+353 85 {digits(3)} {digits(4)}"],
}
US_AREAS = ["212", "312", "415", "617", "303", "512", "206", "404", "702", "919"]


def phone(country: str) -> str:
    return RNG.choice(PHONES.get(country, PHONES["US"]))(RNG.choice(US_AREAS))


IT_CITIES = [
    "Bologna",
    "Torino",
    "Genova",
    "Bergamo",
    "Lecce",
    "Perugia",
    "Parma",
    "Trento",
    "Bari",
    "Padova",
    "Verona",
    "Cagliari",
    "Rovereto",
    "Pistoia",
]
JP_WARDS = [
    ("Shinjuku-ku", "Tokyo", "160"),
    ("Setagaya-ku", "Tokyo", "154"),
    ("Kita-ku", "Osaka", "530"),
    ("Naka-ku", "Yokohama", "231"),
    ("Chuo-ku", "Sapporo", "060"),
    ("Sakyo-ku", "Kyoto", "606"),
    ("Hakata-ku", "Fukuoka", "812"),
]
JP_AREAS = [
    "Nishi-Shinjuku",
    "Kitazawa",
    "Umeda",
    "Yamashita-cho",
    "Minami 3-jo",
    "Shimogamo",
    "Hakata-ekimae",
]


class Country:
    """A country's faker, address format and id numbers."""

    def __init__(self, code: str, locale: str) -> None:
        self.code = code
        self.fake = Faker(locale)
        self.fake.seed_instance(SEED + sum(map(ord, locale)))

    def street(self) -> str:
        return " ".join(self.fake.street_address().replace("\n", ", ").split())

    def address(self, multiline: bool = False) -> str:
        f, c = self.fake, self.code
        sep = "\n" if multiline else ", "
        if c == "US":
            return f"{self.street()}{sep}{f.city()}, {f.state_abbr()} {f.zipcode()}"
        if c == "GB":
            return f"{self.street()}{sep}{f.city()}{sep if multiline else ' '}{f.postcode()}"
        if c == "AU":
            return f"{self.street()}{sep}{f.city()} {f.state_abbr()} {f.postcode()}"
        if c == "IN":
            return f"{self.street()}{sep}{f.city()} - {f.postcode()}"
        if c == "BR":
            return f"{self.street()}{sep}{f.city()} - {f.estado_sigla()}, {f.postcode()}"
        if c == "NL":
            pc = f.postcode().replace(" ", "")
            return f"{self.street()}{sep}{pc[:4]} {pc[4:]} {f.city()}"
        if c == "SE":
            pc = f.postcode()
            return f"{self.street()}{sep}{pc[:3]} {pc[3:]} {f.city()}"
        if c == "JP":
            idx = RNG.randrange(len(JP_WARDS))
            ward, city, pc = JP_WARDS[idx]
            line = f"{RNG.randint(1, 5)}-{RNG.randint(1, 20)}-{RNG.randint(1, 30)} {JP_AREAS[idx]}"
            return f"{line}{sep}{ward}, {city} {pc}-{digits(4)}"
        if c == "IT":  # faker's it_IT city() depends on the hash seed; draw from a fixed list
            return f"{self.street()}{sep}{f.postcode()} {RNG.choice(IT_CITIES)}"
        return f"{self.street()}{sep}{f.postcode()} {f.city()}"

    def national_id(self) -> tuple[str, str]:
        c = self.code
        if c == "PL":
            while True:
                body = f"{RNG.randint(60, 99):02d}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}{digits(4)}"
                check = (
                    10
                    - sum(
                        int(d) * w
                        for d, w in zip(body, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3], strict=False)
                    )
                    % 10
                ) % 10
                return "PESEL", body + str(check)
        if c == "ES":
            n = RNG.randint(10_000_000, 99_999_999)
            return "DNI", f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"
        if c == "NL":
            while True:
                body = digits(9)
                if (
                    body[0] != "0"
                    and sum(
                        int(d) * w for d, w in zip(body, [9, 8, 7, 6, 5, 4, 3, 2, -1], strict=False)
                    )
                    % 11
                    == 0
                ):
                    return "BSN", body
        if c == "BR":
            base = [RNG.randint(0, 9) for _ in range(9)]
            for _ in range(2):
                s = sum(d * w for d, w in zip(base, range(len(base) + 1, 1, -1), strict=False))
                base.append(0 if s % 11 < 2 else 11 - s % 11)
            t = "".join(map(str, base))
            return "CPF", f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}"
        if c == "IN":
            return "Aadhaar", f"{RNG.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}"
        if c == "GB":
            return (
                "NI number",
                f"{letters(2, 'ABCEGHJKLMNPRSTWXYZ')} {digits(2)} {digits(2)} {digits(2)} {RNG.choice('ABCD')}",
            )
        if c == "SE":
            body = f"{RNG.randint(50, 99):02d}{RNG.randint(1, 12):02d}{RNG.randint(1, 28):02d}{digits(3)}"
            total = sum(sum(divmod(int(d) * (2 - i % 2), 10)) for i, d in enumerate(body))
            return "personnummer", f"{body[:6]}-{body[6:]}{(10 - total % 10) % 10}"
        if c == "DE":
            return (
                "Steuer-ID",
                f"{RNG.randint(1, 9)}{digits(1)} {digits(3)} {digits(3)} {digits(3)}",
            )
        if c == "FR":
            body = f"{RNG.choice('12')}{RNG.randint(60, 99)}{RNG.randint(1, 12):02d}{RNG.randint(1, 95):02d}{digits(3)}{digits(3)}"
            return "numéro de sécurité sociale", f"{body} {97 - int(body) % 97:02d}"
        if c == "IT":
            return "carta d'identità", f"CA{digits(5)}{letters(2)}"
        if c == "JP":
            return "My Number", f"{digits(4)} {digits(4)} {digits(4)}"
        if c == "AU":
            return "TFN", f"{digits(3)} {digits(3)} {digits(3)}"
        if c == "US":
            return "SSN", ssn()
        return "ID", f"{letters(2)}{digits(7)}"


COUNTRIES = {
    code: Country(code, loc)
    for code, loc in [
        ("US", "en_US"),
        ("GB", "en_GB"),
        ("DE", "de_DE"),
        ("FR", "fr_FR"),
        ("IT", "it_IT"),
        ("PL", "pl_PL"),
        ("AU", "en_AU"),
        ("IN", "en_IN"),
        ("BR", "pt_BR"),
        ("ES", "es_ES"),
        ("NL", "nl_NL"),
        ("SE", "sv_SE"),
        ("JP", "ja_JP"),
    ]
}
# name locale -> country whose address, phone and ids the person gets
NAME_LOCALES = [
    ("en_US", "US"),
    ("en_US", "US"),
    ("en_GB", "GB"),
    ("de_DE", "DE"),
    ("fr_FR", "FR"),
    ("it_IT", "IT"),
    ("pl_PL", "PL"),
    ("ja_JP", "JP"),
    ("en_AU", "AU"),
    ("en_IN", "IN"),
    ("pt_BR", "BR"),
    ("es_ES", "ES"),
    ("nl_NL", "NL"),
    ("sv_SE", "SE"),
    ("en_IE", "GB"),
    ("tr_TR", "DE"),
    ("vi_VN", "AU"),
    ("cs_CZ", "DE"),
    ("ro_RO", "IT"),
    ("hu_HU", "GB"),
    ("da_DK", "SE"),
    ("fi_FI", "SE"),
    ("en_NZ", "AU"),
]
NAME_FAKERS: dict[str, Faker] = {}
for _loc, _cc in NAME_LOCALES:
    if _loc not in NAME_FAKERS:
        NAME_FAKERS[_loc] = Faker(_loc)
        NAME_FAKERS[_loc].seed_instance(SEED + 7 * sum(map(ord, _loc)))

MAIL_DOMAINS = {
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"],
    "GB": ["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com"],
    "DE": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
    "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
    "IT": ["libero.it", "virgilio.it", "gmail.com"],
    "PL": ["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    "AU": ["bigpond.com", "gmail.com", "optusnet.com.au"],
    "IN": ["rediffmail.com", "gmail.com", "yahoo.co.in"],
    "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
    "ES": ["telefonica.net", "gmail.com", "hotmail.es"],
    "NL": ["ziggo.nl", "kpnmail.nl", "gmail.com"],
    "SE": ["telia.com", "gmail.com", "bredband.net"],
    "JP": ["yahoo.co.jp", "docomo.ne.jp", "gmail.com"],
}
EN_TITLES = {"m": ["Mr.", "Mr", "Dr.", "Mr."], "f": ["Ms.", "Mrs.", "Ms", "Dr.", "Miss"]}
LOCAL_TITLES = {
    "de_DE": {"m": "Herr", "f": "Frau"},
    "fr_FR": {"m": "M.", "f": "Mme"},
    "it_IT": {"m": "Sig.", "f": "Sig.ra"},
    "pl_PL": {"m": "Pan", "f": "Pani"},
    "es_ES": {"m": "Sr.", "f": "Sra."},
    "pt_BR": {"m": "Sr.", "f": "Sra."},
    "nl_NL": {"m": "dhr.", "f": "mevr."},
    "ja_JP": {"m": "Mr.", "f": "Ms."},
}
FAMILY_FIRST = {"vi_VN", "hu_HU"}
RELATIONS = {
    "m": ["brother", "husband", "father", "son", "partner", "uncle"],
    "f": ["sister", "wife", "mother", "daughter", "partner", "aunt"],
}


class Person:
    """One invented person; attributes hold marked strings, ``raw_*`` the plain values."""

    def __init__(self, locale: str | None = None, country: str | None = None) -> None:
        if locale is None:
            locale, country = RNG.choice(NAME_LOCALES)
        assert country is not None
        fake = NAME_FAKERS[locale]
        self.sex = RNG.choice("mf")
        if locale == "ja_JP":
            first = (
                fake.first_romanized_name_male()
                if self.sex == "m"
                else fake.first_romanized_name_female()
            )
            last = fake.last_romanized_name()
        else:
            first = fake.first_name_male() if self.sex == "m" else fake.first_name_female()
            last = fake.last_name()
        self.raw_first, self.raw_last = first, last
        full = f"{last} {first}" if locale in FAMILY_FIRST else f"{first} {last}"
        self.raw_full = full
        self.first, self.last, self.full = m("PERSON", first), m("PERSON", last), m("PERSON", full)
        self.lastfirst = f"{m('PERSON', last)}, {m('PERSON', first)}"
        self.title = RNG.choice(EN_TITLES[self.sex])
        self.ltitle = LOCAL_TITLES.get(locale, {"m": "Mr.", "f": "Ms."})[self.sex]
        self.pron = "his" if self.sex == "m" else "her"
        self.subj = "he" if self.sex == "m" else "she"
        self.rel = RNG.choice(RELATIONS[self.sex])
        self.age = str(RNG.randint(19, 88))
        ctry = COUNTRIES[country]
        self.country = country
        f, la = ascii_fold(first).lower(), ascii_fold(last).lower()
        local = RNG.choice(
            [
                f"{f}.{la}",
                f"{f[0]}{la}",
                f"{la}{digits(2)}",
                f"{f}_{la}{digits(2)}",
                f"{f}{la[0]}",
                f"{la}.{f}",
                f"{f}.{la}{digits(4)}",
            ]
        )
        self.raw_email = f"{local}@{RNG.choice(MAIL_DOMAINS[country])}"
        self.email = m("EMAIL_ADDRESS", self.raw_email)
        self.phone = m("PHONE_NUMBER", phone(country))
        self.phone2 = m("PHONE_NUMBER", phone(country))
        self.addr = m("STREET_ADDRESS", ctry.address())
        self.addr2 = m("STREET_ADDRESS", ctry.address())
        self.addr_ml = m("STREET_ADDRESS", ctry.address(multiline=True))
        self.addr_us = m("STREET_ADDRESS", COUNTRIES["US"].address())
        nid_name, nid = ctry.national_id()
        self.nid_name = nid_name
        self.nid = m("US_SSN" if nid_name == "SSN" else "ID_NUMBER", nid)
        self.iban = m("IBAN_CODE", iban(country if country in IBAN_BBAN else "DE"))


class Extra:
    """Values that belong to no one person in particular."""

    def __init__(self) -> None:
        self.card = m("CREDIT_CARD", card_number())
        self.ssn = m("US_SSN", ssn())
        self.iban = m("IBAN_CODE", iban(RNG.choice(sorted(IBAN_BBAN))))
        self.ip = m("IP_ADDRESS", ip4())
        self.ip6 = m("IP_ADDRESS", ip6())
        self.pw = m("PASSWORD", password())
        self.pin = m("PASSWORD", pin())
        self.apikey = m("API_KEY", api_key())
        self.passport = m(
            "ID_NUMBER",
            RNG.choice(
                [
                    f"{letters(1)}{digits(8)}",
                    digits(9),
                    f"{letters(2)}{digits(7)}",
                    f"C{letters(1, 'FGHJKLMNPRTVWXYZ')}{digits(2)}{letters(2, 'FGHJKLMNPRTVWXYZ')}{digits(3)}",
                ]
            ),
        )
        self.emp = m(
            "ID_NUMBER",
            RNG.choice(
                [f"E{digits(6)}", f"EMP-{digits(5)}", f"{letters(2)}-{digits(4)}", f"{digits(7)}"]
            ),
        )
        self.policy = m(
            "ID_NUMBER",
            RNG.choice(
                [
                    f"POL-{digits(8)}",
                    f"{letters(3)}{digits(9)}",
                    f"{digits(3)}-{digits(3)}-{digits(3)}",
                ]
            ),
        )
        self.patient = m(
            "ID_NUMBER",
            RNG.choice(
                [f"{digits(3)} {digits(3)} {digits(4)}", f"MRN{digits(7)}", f"P-{digits(6)}"]
            ),
        )
        self.acct = m(
            "ID_NUMBER",
            RNG.choice([digits(8), digits(10), f"{digits(4)}-{digits(6)}", f"ACC-{digits(7)}"]),
        )
        self.student = m(
            "ID_NUMBER", RNG.choice([digits(7), f"s{digits(7)}", f"{digits(2)}-{digits(5)}"])
        )
        self.dl = m(
            "ID_NUMBER",
            RNG.choice(
                [
                    f"{letters(1)}{digits(3)}-{digits(4)}-{digits(4)}",
                    f"{digits(9)}",
                    f"{letters(5)}{digits(6)}{letters(2)}{digits(1)}{letters(2)}",
                ]
            ),
        )
        self.amount = RNG.choice(
            [
                "EUR 1,240.00",
                "$389.50",
                "£72.10",
                "4 800 zł",
                "R$ 1.250,00",
                "¥36,000",
                "AUD 515",
                "€95",
            ]
        )
        job = COUNTRIES["US"].fake.job().lower()
        self.job = ("an " if job[0] in "aeiou" else "a ") + job
        self.n = str(RNG.randint(2, 9))
        self.weekday = RNG.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"])


# ---------------------------------------------------------------------------
# Part A: statement-style records from sentence templates (a, b, c people; x extras)
# ---------------------------------------------------------------------------

TEMPLATES = [
    "Please update the account of {a.full}: the new mailing address is {a.addr} and the phone number is {a.phone}.",
    "Customer record - name: {a.full}; email: {a.email}; tel: {a.phone}; card on file: {x.card}.",
    "{a.full} works as {x.job} and can be reached at {a.email}.",
    "Ship to: {a.full}, {a.addr}. Contact on delivery: {a.phone}.",
    "The refund of {x.amount} will be sent to IBAN {a.iban}, account holder {a.full}.",
    "Hi {a.first}, I've put {b.full} in cc - {b.pron} email is {b.email}.",
    "The tenant, {a.title} {a.last}, paid the deposit from {a.iban}; please forward the receipt to {a.email}.",
    "Our records show SSN {x.ssn} belongs to {a.full} of {a.addr_us}.",
    "Login from {x.ip} for {a.email} failed three times; the account owner, {a.full}, has been told.",
    "Reminder: {a.first} {a.last}'s passport {x.passport} expires next spring.",
    "{a.lastfirst} | {a.phone} | {a.email} | {a.addr}",
    "In case of emergency contact {b.full} ({b.rel}) on {b.phone}.",
    "The payment of {x.amount} with card {x.card} by {a.full} was declined at 14:02.",
    "Please send the signed contract to {a.title} {a.full} at {a.addr}.",
    "Employee {x.emp} ({a.full}) moves to the Lyon office on {x.weekday}; new desk phone {a.phone}.",
    "{a.full}, {a.age}, lives at {a.addr} with {a.pron} {b.rel} {b.first}.",
    "Could you check whether {a.nid} is really the {a.nid_name} of {a.full}?",
    "Wire {x.amount} to {a.full}, IBAN {a.iban}, before Friday.",
    "From: {a.full} <{a.email}>\nTo: {b.email}\nSubject: keys\n\n{b.first}, the alarm code is {x.pin}. See you on {x.weekday}.",
    "{a.title} {a.last} called from {a.phone} asking about the invoice sent to {a.addr}.",
    "New contact saved: {a.first} ({a.phone}), met at the trade fair.",
    "The server at {x.ip} is looked after by {a.full}; root password {x.pw}.",
    "Please charge {x.card} (exp 09/28, holder {a.full}) for the annual renewal.",
    "Patient {a.full}, insurance no. {x.policy}, resident at {a.addr}.",
    "I am writing on behalf of my neighbour {a.full}, who lives at {a.addr} and has no email.",
    "Attendees: {a.full}, {b.full} and {c.full}. Send the minutes to {a.email}.",
    "{a.email} is the address {a.first} uses for bank letters, and {a.phone} is {a.pron} mobile.",
    "Billing name {a.full}; billing address {a.addr_us}; SSN {x.ssn} for the credit check.",
    "Delivery for {a.last}: leave it with the neighbour at {a.addr}, gate code {x.pin}.",
    "Authorised user: {a.full}. API key: {x.apikey}. Source IP: {x.ip}.",
    "Sgt. {a.last} filed a report naming {b.full} of {b.addr} as a witness.",
    "{a.full}'s salary will be paid into {a.iban} from next month.",
    "The reference letter for {a.first} should go to {b.title} {b.last} at {b.email}.",
    "Our driver {a.first} will ring you on {b.phone} before arriving at {b.addr}.",
    "Name: {a.full}\nDate of birth: 12/03/1979\nAddress: {a.addr_ml}\nPhone: {a.phone}",
    "Booking confirmed for {a.full} and {b.full}; the confirmation went to {a.email}.",
    "{a.nid_name} {a.nid} / {a.full} / {a.addr}",
    "{a.first} asked me to pass on {a.pron} new number, {a.phone}, and to delete the old one, {a.phone2}.",
    "Applicant {a.full} gives {a.addr} as the previous address and {a.addr2} as the current one.",
    "Please take {a.email} and {b.email} off the newsletter list; both asked by phone.",
    "The VPN account for {a.email} was created with the temporary password {x.pw} and allow-listed for {x.ip}.",
    "{a.title} {a.full} (driving licence {x.dl}) rented the van on {x.weekday}.",
    "Beneficiary: {a.full}\nIBAN: {a.iban}\nAddress: {a.addr}",
    "Thanks, {a.first}! I'll post the book to {a.addr} tomorrow.",
    "The contact person on site is {a.last} ({a.phone}); ask for {a.ltitle} {a.last} at reception.",
    "Student {a.full}, matriculation number {x.student}, email {a.email}.",
    "Order placed by {a.email} from IP {x.ip} with card {x.card}.",
    "{a.full} and {b.full} are the joint holders of account {a.iban}.",
    "I met {a.first} at {b.first}'s party; {a.pron} number is {a.phone}.",
    "According to the file, {a.full} (SSN {x.ssn}) moved to {a.addr_us} in March.",
    "Invoice to: {a.full}, {a.addr} - VAT not applicable.",
    "Reach {a.first} on {a.phone} or {a.email}; {b.first} on {b.phone}.",
    "Last sign-in from {x.ip6} by {a.email}.",
    "Please add {a.full} ({a.email}, {a.phone}) to the volunteer rota for Saturday.",
    "The locker PIN for {a.first} is {x.pin} and the home wifi password is {x.pw}.",
    "Dr. {a.last} referred {b.full} (patient id {x.patient}) for a scan.",
    "Hi team, {a.full} starts on {x.weekday}; badge number {x.emp}, and the laptop gets IP {x.ip}.",
    "{a.addr} is where {a.first} {a.last} lived until 2019.",
    "{a.phone}: missed call from {a.first}.",
    "Ticket opened by {a.full} <{a.email}> about a charge on card {x.card}.",
    "Could {a.title} {a.last} please confirm {a.pron} account number {x.acct}?",
    "Landlord: {a.full}, {a.phone}. Tenant: {b.full}, {b.phone}. Property: {b.addr}.",
    "Your temporary password is {x.pw}. Sign in as {a.email} and change it at once.",
    "{a.full} ({a.email}) uploaded the file from {x.ip}; the token used was {x.apikey}.",
    "Please make the cheque payable to {a.full} and post it to:\n{a.addr_ml}",
    "Greetings from {a.first} and {b.first}! Our new address is {a.addr}.",
    "SSN: {x.ssn}, Name: {a.lastfirst}, Phone: {a.phone}",
    "{b.first} {b.last} and {a.first} {a.last} co-signed the lease; {b.first} pays by card {x.card}.",
]


# ---------------------------------------------------------------------------
# Part B: chat requests a user would send to an assistant
# ---------------------------------------------------------------------------

CHAT = [
    "Can you help me write a birthday message for [[PERSON|Priya]]? She's turning 40 and loves gardening, and I want to mention the trip to Kerala we took together.",
    "[[PERSON|Okafor]] keeps parking across my driveway. Draft a polite but firm note I can leave on his windscreen.",
    "my flatmate [[PERSON|jonno]] owes me £340 for bills, how do i bring it up without it getting awkward",
    "Rewrite this so it sounds friendlier: '[[PERSON|Will]], you missed the deadline again and the client noticed.'",
    "Is it weird to invite [[PERSON|Hope]] and her ex to the same dinner? [[PERSON|Hope]] says she's fine with it but I'm not sure.",
    "Please translate into German: 'Dear Mrs [[PERSON|Haverkamp]], thank you for looking after the cat while we were away.'",
    "I need a reference letter for my former intern [[PERSON|Chukwuemeka Obi]]. He was with us for six months on data cleaning and was never late once.",
    "Summarise this email for me:\n\nFrom: [[PERSON|Lena Fischbach]] <[[EMAIL_ADDRESS|lena.fischbach@posteo.de]]>\nHi all, the plumber comes Thursday between 8 and 12. If nobody is home, the spare key is with Herr [[PERSON|Yılmaz]] downstairs. Please don't run the washing machine before then.\n[[PERSON|Lena]]",
    "Turn this CSV into a markdown table:\nname,email,phone\n[[PERSON|Aroha Ngata]],[[EMAIL_ADDRESS|aroha.ngata@xtra.co.nz]],[[PHONE_NUMBER|021 555 0134]]\n[[PERSON|Tama Horomona]],[[EMAIL_ADDRESS|tamah@gmail.com]],[[PHONE_NUMBER|027 555 0187]]\n[[PERSON|Mere Tuhiwai]],[[EMAIL_ADDRESS|mere.t@outlook.com]],[[PHONE_NUMBER|022 555 0161]]",
    'Why is this JSON invalid?\n{"customer": {"name": "[[PERSON|Sun-hee Park]]", "email": "[[EMAIL_ADDRESS|sunhee.park@naver.com]]", "last_ip": "[[IP_ADDRESS|203.0.113.42]]",}}',
    "Why does this keep failing?\n2024-03-02 10:14:07 WARN auth: bad password for user [[EMAIL_ADDRESS|m.oyelaran@gmail.com]] from [[IP_ADDRESS|198.51.100.23]]\n2024-03-02 10:14:09 WARN auth: bad password for user [[EMAIL_ADDRESS|m.oyelaran@gmail.com]] from [[IP_ADDRESS|198.51.100.23]]\n2024-03-02 10:14:12 ERROR auth: account locked",
    'Fix this script, it doesn\'t connect:\n\nimport psycopg2\nconn = psycopg2.connect(host="[[IP_ADDRESS|10.0.4.17]]", dbname="reports", user="svc_reports", password="[[PASSWORD|Brindle#2291]]")\ncur = conn.cursor()',
    "the wifi at my mums is [[PASSWORD|sunnyside2019]] if that matters. anyway what router settings should i change so it stops dropping every evening",
    "My debit card PIN is [[PASSWORD|8316]] and I keep blanking on it at the till. Any memory tricks for four-digit numbers?",
    "The door code for our building is [[PASSWORD|2580#]]. Can you write a short note for the cleaner, [[PERSON|Marisol]], explaining that the bins go out on Tuesday night?",
    "Draft an apology to [[PERSON|Ruby]] for missing her recital. I was stuck at A&E with my dad all evening.",
    "[[PERSON|Grace]] from accounts says the supplier invoice was paid twice. How do I ask them for the money back without sounding accusatory?",
    "Who should get the team award, [[PERSON|Mark]] or [[PERSON|Frank]]? [[PERSON|Mark]] led the database migration and [[PERSON|Frank]] mentored three juniors all year.",
    "write a short poem for my grandma [[PERSON|nonna pina]] for her 90th, she still makes pasta every sunday",
    "I'm [[PERSON|Tigist Alemu]], a nurse in Addis Ababa. Help me write a cover letter for a ward job in Dublin. My number is [[PHONE_NUMBER|+251 91 123 4567]] and my email [[EMAIL_ADDRESS|tigist.alemu84@gmail.com]].",
    "Can you check this IBAN before I send the rent? [[IBAN_CODE|DE57 4533 3147 8932 8804 07]], it belongs to my landlord [[PERSON|Herbert Kastl]].",
    "Someone on the marketplace asked me to send my card number [[CREDIT_CARD|4527 4670 3083 2817]] 'to verify I'm real' before they ship the sofa. Is that a scam?",
    "How do I complain to my landlord, Mr [[PERSON|Zhang]], about the broken heater at [[STREET_ADDRESS|Flat 4, 17 Hollybank Road, Leeds LS6 2DX]]? It's been three weeks.",
    "hey can u help split the bill, me [[PERSON|kev]] [[PERSON|sal]] and [[PERSON|tommo]] had dinner, 146 euros total but [[PERSON|kev]] didnt drink so take 30 off his share",
    "Please proofread: 'Hi [[PERSON|Siobhán]], attaching the receipts from the Galway trip. [[PERSON|Pádraig]] still has the one for the ferry.'",
    "My SSN is [[US_SSN|372-40-1185]]. Is it safe to put it on a rental application, or can I leave that box blank?",
    "Here's the chat, who's in the wrong?\n[21:04] [[PERSON|Bex]]: you said you'd bring the tent\n[21:05] [[PERSON|Ollie]]: i said i'd TRY\n[21:05] [[PERSON|Bex]]: classic [[PERSON|ollie]]",
    "[[PERSON|Nguyễn Thị Mai]] is applying for our accountant job. Write three interview questions about IFRS 16 for her.",
    "Format this for an envelope: [[STREET_ADDRESS|ul. Wiejska 14 m. 7, 00-490 Warszawa]], recipient [[PERSON|Grzegorz Wiśniewski]].",
    "I'm setting up a Slack bot; my token is [[API_KEY|xoxb-20485013377-61027734519-Qm4vTz8LpR2cWk9NfY3dHs7A]]. Which scopes does it need to post in public channels?",
    "Why does boto3 say AccessDenied?\n\naws_access_key_id = [[API_KEY|AKIA4QZ7LMN2RTX5VWCE]]\naws_secret_access_key = [[API_KEY|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]]\nregion = eu-west-1",
    "Write a text telling [[PERSON|Rafa]] I can't make padel on Saturday but could do Sunday morning.",
    "My son's teacher, Ms [[PERSON|Adeyemi-Clarke]], wants a meeting. What should I ask about his reading level?",
    "Here's my CV header, tidy it up:\n[[PERSON|Farah Haddad]]\n[[STREET_ADDRESS|22 rue des Lilas, 69003 Lyon]]\n[[PHONE_NUMBER|06 39 98 41 27]] | [[EMAIL_ADDRESS|farah.haddad@free.fr]]",
    "is [[PERSON|dawn]] right that you shouldnt reheat rice twice? she says it can make you properly ill",
    "Our babysitter [[PERSON|Summer]] asks £12 an hour. Is that normal in Bristol for two kids?",
    "Convert to JSON: [[PERSON|Heikki Virtanen]]; [[EMAIL_ADDRESS|heikki.v@elisanet.fi]]; member since 2011; locker code [[PASSWORD|4471]]",
    "I put my card [[CREDIT_CARD|5292 7472 2922 5455]] into the gym's website and now there's a charge from a company I've never heard of. What do I do first?",
    "Write a thank-you note to [[PERSON|Wanjiru]] and [[PERSON|Otieno Kamau]] for hosting us in Nairobi last month.",
    "[[PERSON|Haruto]] keeps asking me to explain recursion. Give me an analogy a 12-year-old would get.",
    "Is this phishing?\n\n'Dear [[PERSON|Jordan Ellery]], your account will be suspended in 24 hours. Confirm your password at the link below and reply with the long number on your card.'",
    "Help me reply to my sister-in-law [[PERSON|Leilani]], who wants to borrow the car again this weekend.",
    'Add a docstring to this:\n\ndef notify_done():\n    send_sms("[[PHONE_NUMBER|+44 7700 900412]]", "Backup finished")  # [[PERSON|Callum]]\'s phone',
    "Make me a packing list: going with [[PERSON|Sofía]] and [[PERSON|Mateo]] to the Pyrenees for a week of hiking.",
    "what should i get [[PERSON|amara]] for our anniversary, she likes pottery and old maps",
    "I'm locked out of Netflix. The login is [[EMAIL_ADDRESS|tomas.brezina77@seznam.cz]] and the old password was [[PASSWORD|Kocour!2020]]. How do I reset it?",
    "Translate to Spanish: 'Mr [[PERSON|Pereira]] will pick you up at the airport; his number is [[PHONE_NUMBER|+351 912 345 678]].'",
    "Sort these by surname:\n[[PERSON|Yusuf Demir]]\n[[PERSON|Anna-Lena Brück]]\n[[PERSON|Kwame Mensah]]\n[[PERSON|Inês Duarte]]\n[[PERSON|Olle Ek]]",
    "[[PERSON|Rose]] said the meeting moved to 3pm but the invite still says 2. Who do I trust, her or the calendar?",
    "Write a LinkedIn recommendation for [[PERSON|Bilal Chaudhry]], who ran our warehouse in Leicester for five years.",
    "my ex [[PERSON|ricky]] keeps texting from [[PHONE_NUMBER|07700 900871]] even after i blocked his main number, can i report it",
    "Draft a letter to the council about the pothole right outside my house at [[STREET_ADDRESS|41 Cranbourne Avenue, Exeter EX4 6QT]]. Sign it from [[PERSON|Janet Pryce]].",
    'Which field in this access log is the client?\n[[IP_ADDRESS|192.168.1.44]] - [[EMAIL_ADDRESS|akosua.b@outlook.com]] [12/Mar/2024:09:31:02 +0000] "GET /invoices/2291 HTTP/1.1" 200 5120',
    "[[PERSON|Lindqvist]] from choir lent me her sheet music in January. How do I return it this late without it being awkward?",
    "Put this in my calendar: dentist with Dr [[PERSON|Moreau]] on 4 June at 10:30, bring carte Vitale [[ID_NUMBER|2 84 05 75 112 044 38]].",
    "My new colleague [[PERSON|Cliff]] signs every email with just a C. Is that rude or normal?",
    "Make a seating plan for 8: me, [[PERSON|Dani]], [[PERSON|Ravi]], [[PERSON|Ilse]], [[PERSON|Fatou]], [[PERSON|Bo]], [[PERSON|Kenji]] and [[PERSON|Marguerite]]. [[PERSON|Ravi]] and [[PERSON|Ilse]] must not sit together.",
    "How do I tell [[PERSON|Chase]] he can't keep using my Spotify? The password is [[PASSWORD|lemonade42]] and I'd rather not change it.",
    "Check my maths on the rent split: I pay 55%, [[PERSON|Ngozi]] pays 45%, total £1,480 a month.",
    "Write an out-of-office: I'm away until the 14th; urgent things go to [[PERSON|Matteo Longhi]] ([[EMAIL_ADDRESS|m.longhi@studiolonghi.it]]).",
    "pls fix grammar: me and [[PERSON|sanjay]] was going to the shop when his bike got nicked outside the chippy",
    "Make this query safe from SQL injection:\ncursor.execute(\"SELECT * FROM members WHERE email = '[[EMAIL_ADDRESS|ivana.horvat@gmail.com]]'\")",
    "My grandfather's army papers say 'Sgt. [[PERSON|Harold Pennington]], service no. [[ID_NUMBER|14471932]]'. How do I request his full service record?",
    "Give me a kind way to say no to Auntie [[PERSON|Bola]], who wants us to host the whole family for Christmas again.",
    "Write a short eulogy for my neighbour [[PERSON|Ernesto Villalobos]], who taught half the street to play chess.",
    "A customer, Mrs [[PERSON|Sato]], says her parcel went to her old flat at [[STREET_ADDRESS|2-8-14 Kichijoji Honcho, Musashino-shi, Tokyo 180-0004]]. Draft a reply apologising.",
    'Is this YAML valid?\nowner:\n  name: [[PERSON|Petra Nováková]]\n  phone: "[[PHONE_NUMBER|+420 601 234 567]]"\n  iban: [[IBAN_CODE|CZ4984951959040029733212]]',
    "I want to send money to [[PERSON|Youssef]] in Casablanca. Is Wise cheaper than Western Union for 300 euros?",
    "whats a good name for a group chat with [[PERSON|meg]], [[PERSON|tash]] and [[PERSON|lou]]",
    "Is this a valid UK National Insurance number? [[ID_NUMBER|JT 48 22 91 C]]. It's on my first payslip.",
    "Summarise this voicemail: 'Hi, it's [[PERSON|Dolores]] from the surgery, calling for Mr [[PERSON|Abernathy]]. Your results are back, nothing urgent. Call back, or we'll try your mobile again on [[PHONE_NUMBER|07700 900315]].'",
    "[[PERSON|Iris]] and I are arguing: is a tomato a fruit or a vegetable?",
    "My Steam account [[EMAIL_ADDRESS|gr1mwolf.88@gmail.com]] was hacked. Support wants the last card used, which was [[CREDIT_CARD|4947 5278 8548 0012]]. Where do I find the transaction id?",
    "Write a toast for [[PERSON|Kofi]] and [[PERSON|Abena]]'s wedding; mention that they met at a bus stop in Kumasi.",
    "Put this contact into vCard format: [[PERSON|Björn Ásgeirsson]], mobile [[PHONE_NUMBER|+354 661 2290]], [[STREET_ADDRESS|Laugavegur 58, 101 Reykjavík]]",
    "hi im [[PERSON|deshawn]], 17, i need help with my college essay about my grandma raising me",
    "Summarise these minutes: 'Residents' association. Present: [[PERSON|P. Okonkwo]] (chair), [[PERSON|L. Bauer]], [[PERSON|Tess Whitlock]]. [[PERSON|Bauer]] raised the parking issue again; [[PERSON|Whitlock]] offered to write to the council.'",
    "When my dad [[PERSON|Ray]] retires he wants to move to Portugal. Which visa would he need as a British citizen?",
    "ssh keeps refusing me: `ssh deploy@[[IP_ADDRESS|10.20.0.15]]` with the passphrase [[PASSWORD|correct-moose-17]]. Any idea what to check?",
    "The Stripe key in our .env is [[API_KEY|sk_test_51Hx9QeLk2PvZa8TnR3mWc7Yb]]. Is it OK to commit the .env if the repo is private?",
    "Write a polite reminder to [[PERSON|Benedikt]], who still hasn't returned my drill after two months.",
    "[[PERSON|hannah]] says i should quit my job and honestly i kind of agree. pros and cons?",
    "[[PERSON|Penny]] wants to learn Python at 68. Recommend a gentle first book.",
    "My landlord [[PERSON|Kowalczyk]] gave me his IBAN, [[IBAN_CODE|PL92 6812 7389 5573 3796 9683 6139]], but my bank app says the name doesn't match. Why would that happen?",
    "Turn into bullet points: [[PERSON|Esperanza]] handles payroll, [[PERSON|Tobias]] handles onboarding, and [[PERSON|Yaw]] is away until May.",
    "These are from my late mum's address book, put them in alphabetical order:\n[[PERSON|Doreen]] [[PHONE_NUMBER|01632 960118]]\nUncle [[PERSON|Vic]] [[PHONE_NUMBER|01632 960447]]\nMrs [[PERSON|Hale]] [[PHONE_NUMBER|01632 960903]]\n[[PERSON|Bernard]] (allotment) [[PHONE_NUMBER|07700 900654]]",
    "Write a limerick about my colleague [[PERSON|Nkechi]], who brings cake every Friday.",
    "What's the best way to share the office alarm code, [[PASSWORD|7319]], with new starters without sticking it on the wall?",
    "Please anonymise this before I share it: '[[PERSON|Carlos Mendieta]] ([[EMAIL_ADDRESS|cmendieta@telefonica.net]]) complained that [[PERSON|Rocío]] was rude to him at the front desk.'",
    "Can you explain this error? I get KeyError: '[[PERSON|Aisling]]' when I run print(scores['[[PERSON|Aisling]]']) after loading the class list.",
    "Is [[PHONE_NUMBER|(415) 555-0172]] a real number? Someone saying they were from my bank called from it and asked for my PIN.",
    "help me write a msg to mrs [[PERSON|o'leary]] next door, her dog barks all night and i work early",
    "Make a weekly chore chart for [[PERSON|Jude]] (9) and [[PERSON|Ivy]] (6).",
    "I'm renting my room to [[PERSON|Mehmet Aydın]]; his passport number is [[ID_NUMBER|U18452273]]. Do I have to register him at the Bürgeramt?",
    "Translate this WhatsApp chat:\n[[PERSON|Lucía]]: ¿Llegaste bien?\n[[PERSON|Nacho]]: sí, estoy en casa de [[PERSON|Paco]]\n[[PERSON|Lucía]]: dile que me debe 20 euros",
    "[[PERSON|Wiremu]] asked me to look at his budget: rent 420 a week, food 150, petrol 80. Where can he cut?",
    "Can I legally record calls with Mr [[PERSON|Drummond]], my employer, if I'm in Scotland?",
    "Reformat this line for a spreadsheet: [[PERSON|ANA PAULA SOUZA]] - CPF [[ID_NUMBER|795.422.058-30]] - [[PHONE_NUMBER|(11) 98812-4407]]",
    "Draft a reminder for parents: pickup is at 3:15, and if you're running late, call [[PERSON|Shauna]] on [[PHONE_NUMBER|087 555 2039]].",
    "Explain in simple words what [[PERSON|Yerlan]]'s doctor meant by a 'benign' nodule.",
    "my login for the council tax site is [[EMAIL_ADDRESS|gav.mcintyre@btinternet.com]] / [[PASSWORD|rangers1872]] and it says account locked, what now",
    "Write a cheerful message to [[PERSON|Sunny]] for her first day at the new school.",
    "Make a table of who owes what: [[PERSON|Abdi]] 20, [[PERSON|Mirela]] 35, [[PERSON|Joss]] 12.50, [[PERSON|Kai]] 0.",
    "Is it OK that the HR portal shows me my colleague [[PERSON|Lorenzo Bassi]]'s salary and codice fiscale, [[ID_NUMBER|BSSLNZ85M12F205X]]?",
    "Debug this fetch call:\nfetch('https://api.example.com/v1/me', { headers: { Authorization: 'Bearer [[API_KEY|ghp_8fK2mQz7LwX4bN1cR9tVy3HsP6dJe0aUi5Go]]' } })",
    "[[PERSON|Dawit]]'s bike was stolen from outside his flat at [[STREET_ADDRESS|Kastanienallee 31, 10435 Berlin]]. Help him write the police report.",
    "Write a haiku about [[PERSON|Olga]]'s cat, who sleeps in the sink.",
    "[[PERSON|rahul]] and [[PERSON|preeti]] are coming for diwali, vegetarian menu ideas pls",
    "Is this Aadhaar number in the right format: [[ID_NUMBER|4821 7730 5196]]? It's my mother [[PERSON|Kamala]]'s.",
    "I accidentally sent the budget to [[EMAIL_ADDRESS|r.venkataraman@outlook.com]] instead of my manager. How do I recall an email in Outlook?",
    "[[PERSON|Takeshi]] just got promoted. Something short and funny for the card?",
    "Rewrite more formally: 'yo [[PERSON|Dez]], the van's at [[STREET_ADDRESS|Unit 7, 12 Foundry Lane, Sheffield S3 8AB]], keys under the mat, alarm is [[PASSWORD|1966]]'",
    "How should I reply to [[PERSON|Faith]]? She says I never listen, and honestly she has a point.",
    "What does this line on my bank statement mean? 'SEPA CT [[PERSON|MARIE-CLAIRE DUBOIS]] [[IBAN_CODE|FR20 6784 9179 64U4 4730 9710 020]] LOYER MARS'",
    "can u write a cute note for [[PERSON|bea]], shes been so stressed about exams",
    "I'm [[PERSON|Leonie]] and I run a tiny bakery. Help me price a sourdough loaf if flour costs €1.10 a kilo.",
    "This is in the config my predecessor [[PERSON|Stanisław]] left behind:\nSMTP_USER=[[EMAIL_ADDRESS|alerts@krolikbud.pl]]\nSMTP_PASS=[[PASSWORD|Zx9!mk2Lq]]\nShould I rotate it?",
    "[[PERSON|Will]]'s dog just ate a grape. Should he call the vet?",
    "remind me what [[PERSON|bill]] said about the boiler, something about the pressure being too low?",
    "Translate to Farsi for my aunt: '[[PERSON|Shirin]], the flight lands at 6, [[PERSON|Arash]] will meet you at arrivals.'",
    "[[PERSON|Noa Ben-David]] is my new lab partner. How do I suggest splitting the write-up without seeming bossy?",
    "Help me word a message to [[PERSON|Somchai]] about the deposit he still owes for the Phuket villa.",
    "My cousin [[PERSON|Wulandari]] wants to study nursing in Australia. What English test does she need?",
    "Check this bank transfer before I send: beneficiary [[PERSON|Jan de Vries]], IBAN [[IBAN_CODE|NL36 INGB 9228 3454 08]], amount €640, reference 'kitchen tiles'.",
    "I pasted the wrong thing into the team chat: my card [[CREDIT_CARD|4109 2230 7882 4794]], expiry 11/27. Do I need to cancel it even though I deleted the message in a minute?",
    "Is 'Hey [[PERSON|Liu Yang]], per my last email...' too passive-aggressive to start with?",
    "ok so [[PERSON|marcus]] told [[PERSON|jade]] what i said about [[PERSON|kayleigh]] and now nobody is talking to me. how do i fix this",
]


# ---------------------------------------------------------------------------
# Part C: forms, tickets, medical, HR and legal notes, multi-line addresses, signatures
# ---------------------------------------------------------------------------

MIXED = [
    "Please check this form before I submit it:\nFull name: [[PERSON|Anneliese Mårtensson]]\nDate of birth: 04.11.1962\nAddress: [[STREET_ADDRESS|Sveavägen 112\n113 50 Stockholm]]\nPhone: [[PHONE_NUMBER|+46 70 123 45 67]]\nPersonnummer: [[ID_NUMBER|621104-3820]]",
    "Ticket #88213\nReporter: [[PERSON|Gustavo Ribeiro Neves]] <[[EMAIL_ADDRESS|gustavo.neves@bol.com.br]]>\nSubject: cannot log in\nBody: since the update my password [[PASSWORD|Flamengo#81]] is rejected. Tried from home ([[IP_ADDRESS|192.168.0.12]]) and from the office.\nPriority: normal",
    "Rewrite this discharge note in plain language for the family:\n'Pt: [[PERSON|Edith Marlowe]], NHS no. [[ID_NUMBER|943 476 5919]]. 84F admitted with fall, no fracture. Discharged to daughter [[PERSON|Carol]], [[STREET_ADDRESS|9 Orchard Close, Taunton TA1 4PN]]. GP follow-up in 2/52.'",
    "HR note, please tidy: [[PERSON|Darnell Hughes]] (employee no. [[ID_NUMBER|E-20417]]) was late 6 times in March. Spoke with him on 2 April; [[PERSON|Darnell]] says childcare fell through. Agreed a later start for four weeks.",
    "Witness statement of [[PERSON|Maureen Calloway]], of [[STREET_ADDRESS|27 Larkspur Drive, Swindon SN3 1QE]]:\nOn the evening of 3 March I saw a blue van reverse into the wall of number 29. The driver, who I now know to be [[PERSON|Dean Roper]], got out, looked, and drove off.\nCan you turn this into numbered paragraphs?",
    "Make this email signature shorter:\n\nBest regards,\n[[PERSON|Inés Carrasco Vidal]]\nHead of Logistics | Transportes del Sur S.L.\nM: [[PHONE_NUMBER|+34 612 40 88 19]]\nE: [[EMAIL_ADDRESS|ines.carrasco@transportesdelsur.es]]\nPlease consider the environment before printing this email.",
    "Shipping label, check the layout:\n\nMs. [[PERSON|Aiko Tanabe]]\n[[STREET_ADDRESS|4-11-3 Nakameguro\nMeguro-ku, Tokyo 153-0061]]\nJAPAN\nTel. [[PHONE_NUMBER|080-5521-7734]]",
    "Fill in the blanks of this tenancy agreement summary: Landlord [[PERSON|Rupert Ashdown]], tenant [[PERSON|Zainab Qureshi]], property [[STREET_ADDRESS|Flat 2B, 88 Wellington Street, Glasgow G2 6HJ]], rent £975 per month paid into [[IBAN_CODE|GB41 HBUK 1580 6998 3397 62]].",
    "Medical history to translate into Polish for my mum's new doctor:\nName: [[PERSON|Halina Zielińska]]\nPESEL: [[ID_NUMBER|85031207413]]\nAllergies: penicillin\nCurrent meds: metformin 500 mg twice daily\nEmergency contact: [[PERSON|Tomasz Zieliński]], [[PHONE_NUMBER|+48 601 552 318]]",
    "Support ticket - please draft a reply.\nFrom: [[EMAIL_ADDRESS|kasia.dudek@interia.pl]]\n'Hello, I was charged twice for order 55120 on my card [[CREDIT_CARD|5502 4237 6876 4298]]. Please refund one of them. [[PERSON|Katarzyna Dudek]]'",
    "Legal: I need a short demand letter. My client, [[PERSON|Olufemi Adebayo]], lent £4,000 to [[PERSON|Craig Beveridge]] of [[STREET_ADDRESS|14 Baird Avenue, Dundee DD2 3TN]] in 2022 and has not been repaid.",
    "Format this address block properly, it's all on one line: [[PERSON|Francesca Lombardi]] [[STREET_ADDRESS|Via dei Serragli 41 50124 Firenze FI]]",
    "Here's our new-hire form export, which fields are sensitive?\nfirst_name: [[PERSON|Keanu]]\nlast_name: [[PERSON|Kahananui]]\nssn: [[US_SSN|518-62-3094]]\nhome_address: [[STREET_ADDRESS|1620 Kalakaua Ave Apt 905, Honolulu, HI 96826]]\nbank_account: [[ID_NUMBER|0048213379]]\nstart_date: 2024-07-01",
    "Incident report, fix the grammar: At 02:10 the alarm at [[STREET_ADDRESS|Unit 3, Riverside Trading Estate, Reading RG2 0QX]] went off. Keyholder [[PERSON|Sam Petrov]] attended and reset it with code [[PASSWORD|44920]]. No entry found.",
    "Write a sick note reply to my manager [[PERSON|Gwen]]: I won't be in until Thursday, and my GP is Dr [[PERSON|Ifeoma Nwosu]] if she needs a fit note.",
    "Parse this pasted table into CSV:\n\nNAME | DEPT | EXT | MOBILE\n[[PERSON|Reyes]], [[PERSON|Paolo]] | Sales | 214 | [[PHONE_NUMBER|0917 555 0142]]\n[[PERSON|Villanueva]], [[PERSON|Trisha]] | Finance | 219 | [[PHONE_NUMBER|0918 555 0190]]\n[[PERSON|Dela Cruz]], [[PERSON|Nestor]] | IT | 230 | [[PHONE_NUMBER|0920 555 0107]]",
    "Can you rewrite this complaint more calmly?\n'To whom it may concern, my name is [[PERSON|Brigitte Lemaire]], I live at [[STREET_ADDRESS|14 avenue Jean-Jaurès, 31000 Toulouse]] and for the THIRD time your courier left my parcel in the rain. Call me at [[PHONE_NUMBER|06 39 98 70 12]].'",
    "Pension transfer form - is anything missing?\nMember: [[PERSON|Graham Oduya]]\nNI number: [[ID_NUMBER|AB 12 34 56 C]]\nOld scheme ref: [[ID_NUMBER|PX-4471-0923]]\nReceiving account: [[IBAN_CODE|GB23 MIDL 0007 0561 4897 07]]",
    "Vet clinic intake, translate to English:\nTierhalterin: [[PERSON|Sabine Gräfenhain]]\nAnschrift: [[STREET_ADDRESS|Lindenstraße 7, 04109 Leipzig]]\nTel.: [[PHONE_NUMBER|0341 2290 481]]\nTier: Kater, 9 Jahre, frisst nicht",
    "Court form question. It asks for the respondent's details and I have: [[PERSON|Marcus Leland Tate]], last known address [[STREET_ADDRESS|3309 Piedmont Rd NE, Atlanta, GA 30305]], phone [[PHONE_NUMBER|(404) 555-0138]]. Is that enough to serve papers?",
    "Bug report, please make it clearer:\n- user [[EMAIL_ADDRESS|elif.sahin@gmx.de]] reports the export button does nothing\n- browser Firefox 125, IP [[IP_ADDRESS|203.0.113.77]]\n- her account id [[ID_NUMBER|CU-0087215]]\n- screenshot attached",
    "School permission slip, check spelling:\nChild: [[PERSON|Ayaan Bose]]\nParent/guardian: [[PERSON|Rituparna Bose]]\nEmergency phone: [[PHONE_NUMBER|+91 98302 41176]]\nAllergies: peanuts",
    "Please shorten this letterhead:\nDr. [[PERSON|Henrik Solberg]]\nSpecialist in General Practice\n[[STREET_ADDRESS|Thereses gate 18\n0168 Oslo]]\n[[PHONE_NUMBER|+47 912 34 567]] · [[EMAIL_ADDRESS|henrik.solberg@legesenter-bislett.no]]",
    "My employer sent this and I'm worried it's wrong:\n'Payslip for [[PERSON|Joana Ferreira]], NIF [[ID_NUMBER|245 881 306]], net pay €1,312.40 to [[IBAN_CODE|PT04 6450 1340 8914 4176 3651 0]].' The amount is 200 less than last month.",
    "Insurance claim text, make it sound professional: my car was hit while parked outside [[STREET_ADDRESS|22 Kings Road, Brighton BN1 1NA]]. Policy [[ID_NUMBER|MTR-88314072]]. The other driver, [[PERSON|Liam Gallacher]], gave me his number [[PHONE_NUMBER|07700 900268]] and then stopped answering.",
    "Nursing handover, convert to SBAR:\nBed 12: Mr. [[PERSON|Thaddeus Okoro]], 71, post hip replacement day 2, pain 4/10, mobilised with frame. Wife [[PERSON|Patience]] visiting at 6, wants a word with the doctor.",
    "Contract clause check: 'This agreement is made between [[PERSON|Elena Marinescu]], residing at [[STREET_ADDRESS|Strada Paris 24, 010243 București]], and Arcadia Web SRL.' Is 'residing' the right word?",
    "Customer's message for the helpdesk:\n'hi its [[PERSON|darren]] again, the engineer never came to [[STREET_ADDRESS|58 millbrook road, southampton so15 4dr]], ring me on [[PHONE_NUMBER|07700 900 417]] ta'\nWrite a reply.",
    "Please turn these referees into a table:\nReferee 1: Prof. [[PERSON|Adaeze Nnamdi]], [[EMAIL_ADDRESS|a.nnamdi@unilag-alumni.org]]\nReferee 2: Col. (ret.) [[PERSON|Femi Bankole]], [[PHONE_NUMBER|+234 803 555 0199]]",
    "Draft a GDPR deletion request on behalf of [[PERSON|Ivo Petrović]] ([[EMAIL_ADDRESS|ivo.petrovic@t-com.hr]]) to a gym that still emails him.",
    "Landlord inventory, check this: Property [[STREET_ADDRESS|Apartment 5, 19 Merrion Square, Dublin 2, D02 VX47]]. Tenant [[PERSON|Caoimhe Brennan]]. Keys: 2 front, 1 post box. Alarm code [[PASSWORD|3081]] given to tenant.",
    "I'm filling in a US visa form and it asks for my US contact: [[PERSON|Dana Whitcombe]], [[STREET_ADDRESS|214 Elm Street, Northampton, MA 01060]], [[PHONE_NUMBER|413-555-0106]]. Does it have to be a relative?",
    "IT onboarding checklist for [[PERSON|Fenna Visser]]:\n- laptop asset 44-1187\n- VPN user [[EMAIL_ADDRESS|f.visser@kleinbouw.nl]], temp password [[PASSWORD|Welkom-2024-FV]]\n- static IP [[IP_ADDRESS|10.8.3.51]]\nWhat am I forgetting?",
    "Please write a polite chaser. Invoice 2024-117 for the bathroom job at [[STREET_ADDRESS|6 Heather Way, Harrogate HG2 7LJ]] is 30 days overdue; the client is Mrs [[PERSON|Pauline Redfern]].",
    "Death notice draft, improve the wording: '[[PERSON|Aurelio Bianchini]], beloved husband of [[PERSON|Giuliana]] and father of [[PERSON|Marco]] and [[PERSON|Chiara]], passed away peacefully at home on 11 February.'",
    "Chat export from our support widget, summarise the issue:\n[visitor [[IP_ADDRESS|198.51.100.140]]] hi my name is [[PERSON|Oksana]]\n[agent] Hi [[PERSON|Oksana]], how can I help?\n[visitor] my card [[CREDIT_CARD|4378 4252 1265 0670]] was declined but money left my account",
    "Referral letter, make it concise: Dear Dr [[PERSON|Kaplan]], I'd be grateful if you could see [[PERSON|Ruth Abramowitz]] (DOB 02/09/1957, MRN [[ID_NUMBER|00418826]]) regarding worsening tremor.",
    "Employment verification request for [[PERSON|Tremaine Jackson]], SSN [[US_SSN|431-77-2068]], employed March 2019 to present. Draft the letter on company letterhead.",
    "Re-type this scanned business card into text:\n[[PERSON|LUCA FONTANA]]\nArchitetto\n[[STREET_ADDRESS|Corso Vercelli 12, 20145 Milano]]\n[[PHONE_NUMBER|+39 347 218 6604]]\n[[EMAIL_ADDRESS|luca@fontana-architetto.it]]",
    "Please proofread my out-of-hours note for the house sitter:\nHi [[PERSON|Mila]]! Wifi is 'Home-5G', password [[PASSWORD|pineapple-sunday-9]]. The vet is on the fridge. If anything breaks call [[PERSON|Rob]] on [[PHONE_NUMBER|0491 570 156]].",
    "Reconcile these two payments:\n1) 12/03 [[PERSON|HUSSAIN A]] [[IBAN_CODE|GB57BARC24810756900720]] £250.00\n2) 12/03 [[PERSON|A HUSSAIN]] [[IBAN_CODE|GB57BARC24810756900720]] £250.00\nIs this a duplicate?",
    "Disciplinary meeting notes - make them neutral:\nPresent: [[PERSON|Yvette Moreau]] (HR), [[PERSON|Kieran Doyle]] (manager), [[PERSON|Aleksander Nowak]] (employee).\n[[PERSON|Nowak]] denied leaving the forklift running; [[PERSON|Doyle]] showed CCTV from 14:20.",
    "Parse this log into a table of user and IP:\nJan 04 08:12 sshd[2231]: Accepted password for [[EMAIL_ADDRESS|r.kaur@hillcrest-dental.co.uk]] from [[IP_ADDRESS|192.0.2.61]]\nJan 04 08:40 sshd[2290]: Failed password for [[EMAIL_ADDRESS|t.bailey@hillcrest-dental.co.uk]] from [[IP_ADDRESS|192.0.2.88]]",
    "Change-of-address letter for my bank:\n[[PERSON|Simone Achterberg]]\nOld: [[STREET_ADDRESS|Oudegracht 210\n3511 NS Utrecht]]\nNew: [[STREET_ADDRESS|Vondelstraat 19-2\n1054 GD Amsterdam]]\nAccount: [[IBAN_CODE|NL82 SNSB 7468 1385 83]]",
    'Can you fix the indentation?\nclient = Client(\n  api_key="[[API_KEY|4f9c2e71b8a0d35e6f14c9a27b80e3d1]]",\n    account_owner="[[PERSON|Ranjit Gill]]",\n  region="eu")',
    "Draft a character reference for the court for my neighbour [[PERSON|Tomasz Wójcik]]. I've known him 12 years; he fixed half the fences on our street for free.",
    "Lab request form - what's 'MRN'? It says: Patient [[PERSON|Guadalupe Ortiz]], MRN [[ID_NUMBER|7720315]], ordering physician Dr [[PERSON|Benjamin Hale]].",
    "Proof-read this reply to a tenant:\n'Dear Mr [[PERSON|Achebe]], the repair at [[STREET_ADDRESS|12B Marlowe Court, Croydon CR0 2SE]] is booked for Monday. The contractor, [[PERSON|Stelios]], will call you on [[PHONE_NUMBER|020 7946 0815]] when he's on his way.'",
    "Payroll correction: the March salary for [[PERSON|Anja Kraus]] went to the old account [[IBAN_CODE|DE11 2386 2551 1848 7333 11]] instead of [[IBAN_CODE|DE24 3879 8113 5119 7181 47]]. Write a short note to the bank asking for a recall.",
    "Memo for the file, fix the tone: Client [[PERSON|Harriet Vane-Tempest]] phoned at 4pm, very upset about the probate delay. She gave her new mobile, [[PHONE_NUMBER|07700 900 733]], and asked that we stop writing to [[STREET_ADDRESS|The Old Rectory, Church Lane, Little Badsworth, Norfolk NR12 8PQ]].",
    "Format as a contact card:\n[[PERSON|Chidi Okonjo]] / [[PHONE_NUMBER|+1 312 555 0127]] / [[EMAIL_ADDRESS|chidi.okonjo@icloud.com]] / [[STREET_ADDRESS|1450 N Wells St, Chicago, IL 60610]]",
    "Please translate the appointment letter into Arabic for my father, [[PERSON|Karim Haddad]]: 'Your appointment with Dr [[PERSON|Whitfield]] is on 19 May at 09:40. Reference [[ID_NUMBER|RB-220417]].'",
    "Draft the first line of a reply to this job application:\n'Dear hiring team, I am [[PERSON|Xu Mingyu]], a data analyst in Shenzhen. Contact: [[EMAIL_ADDRESS|xu.mingyu@163.com]], [[PHONE_NUMBER|+86 138 0013 7754]].'",
    "Medication schedule for my dad, [[PERSON|Ernst]], put it in a table: ramipril mornings, atorvastatin evenings, and the pharmacy login is [[EMAIL_ADDRESS|ernst.bruckner@gmx.at]] with password [[PASSWORD|Edelweiss#58]] in case I'm away.",
    "Complaint from a guest, suggest a response:\n'Room 214, booked under [[PERSON|Thandiwe Mokoena]]. The card [[CREDIT_CARD|3784 611742 54811]] was pre-authorised three times. Please call [[PHONE_NUMBER|+27 82 555 0143]].'",
    "Summarise this conveyancing email: 'We act for the buyer, [[PERSON|Gareth Llewellyn]]. Please confirm the seller, [[PERSON|Ffion Morgan]], has vacated [[STREET_ADDRESS|4 Ty Mawr Terrace, Aberystwyth SY23 1DT]] and that the keys are with the agent.'",
    "Internal ticket note, shorten please: Caller [[PERSON|Rosa Martínez Blanco]] (DNI [[ID_NUMBER|48291735S]]) says her direct debit to [[IBAN_CODE|ES86 6869 4094 4787 9091 6554]] failed twice. Verified identity with postcode. Escalated to billing.",
    "Can you put my signature in HTML?\n--\n[[PERSON|Magnus Thorsen]]\nFreelance sound engineer\n[[PHONE_NUMBER|+45 20 55 01 38]]\n[[EMAIL_ADDRESS|magnus@thorsenlyd.dk]]",
    "Tidy this handover for the night porter:\nRoom 5: Mr. [[PERSON|Quentin Ashby]] checks out at 6am, taxi booked. Room 9: Ms [[PERSON|Rania Saleh]] asked for a wake-up call; her husband [[PERSON|Omar]] is arriving late, let him in with her say-so only.\nSafe code changed to [[PASSWORD|51874]].",
    "Occupational health referral, make it factual: [[PERSON|Delphine Aubry]] has been off with back pain since 8 January. Her manager, [[PERSON|Jonas Lindgren]], asks whether adjustments to her desk would help her return.",
]


# ---------------------------------------------------------------------------
# Clean texts
# ---------------------------------------------------------------------------

CLEAN_EVERYDAY = [
    "What's a good substitute for buttermilk in pancakes?",
    "Explain the difference between a Roth IRA and a traditional IRA in simple terms.",
    "How long should I boil an egg for a runny yolk?",
    "Write a haiku about autumn rain on a tin roof.",
    "Can you suggest a four-day itinerary for Lisbon in November?",
    "How do I get a red wine stain out of a wool carpet?",
    "Give me five icebreaker questions for a Monday team meeting.",
    "What's the difference between 'affect' and 'effect'?",
    "Convert 350 Fahrenheit to Celsius, and tell me what gas mark that is.",
    "Write a Python function that checks whether a string is a palindrome, ignoring spaces and case.",
    "Why do cats knead blankets?",
    "How many cups of coffee a day is too much for an adult?",
    "Help me write a polite email declining a meeting because of a clash in my calendar.",
    "What are the main causes of inflation, in plain language?",
    "Suggest a name for a bakery that only makes gluten-free bread.",
    "How do I set up a budget spreadsheet with categories for rent, food, transport and savings?",
    "Explain how a heat pump works and whether it makes sense in a cold climate.",
    "What's a good stretching routine for lower back pain after sitting all day?",
    "Give me a vegetarian lasagne recipe for six people.",
    "How do I center a div horizontally and vertically with CSS grid?",
    "What is the capital of Mongolia and what's the best time of year to visit?",
    "My sourdough starter smells like nail polish remover. Is it dead?",
    "Write a short motivational message for a team that just missed a big deadline.",
    "What's the best way to learn touch typing as an adult?",
    "Explain compound interest with an example: 1,000 at 5% a year for 10 years.",
    "How often should I water a snake plant in winter?",
    "Translate 'Where is the train station?' into Italian, Spanish and Portuguese.",
    "Draft a two-line bio for a freelance illustrator's portfolio site.",
    "What's the difference between baking soda and baking powder?",
    "How do I politely ask the flat upstairs to keep the noise down after 11pm?",
    "Write a SQL query that counts orders per month from an orders table with a created_at column.",
    "Is it safe to run the dishwasher overnight while we're asleep?",
    "Recommend some board games for four adults who like strategy but hate long rules.",
    "What should I pack for a three-day hut-to-hut hike in the mountains in late spring?",
    "How do I calculate the area of a circle with a radius of 7 cm?",
    "Explain what a 404 error means to someone who isn't technical.",
    "Give me ten rainy-day activities for a six-year-old at home.",
    "How do I ask for a raise without sounding entitled?",
    "What's the healthiest way to cook broccoli so it keeps its vitamins?",
    "Write a regex that matches a time in 24-hour HH:MM format.",
    "Why is the sky blue but sunsets are orange?",
    "Any tips for sleeping better when the bedroom is 28 degrees at night?",
    "Explain the basic rules of cricket in under 200 words.",
    "How can I make my CV stand out for an entry-level marketing job?",
    "Write a limerick about a forgetful robot vacuum.",
    "What's the difference between a virus and a bacterium?",
    "How do I unclog a bathroom sink without harsh chemicals?",
    "Write a bash one-liner that lists the ten largest files under the current directory.",
    "Suggest a weekly meal plan on a tight budget for two people who don't eat pork.",
    "whats the quickest safe way to defrost chicken",
    "can you explain what an index fund is, like really simply",
    "how many tablespoons are in a quarter cup",
    "i keep procrastinating on my thesis, any tips that actually work",
    "Plan a 30-minute beginner bodyweight workout with no equipment.",
    "How do I write a good git commit message?",
    "Explain the difference between TCP and UDP with an analogy.",
    "What's a polite way to end a phone call that's going on far too long?",
    "Make this more concise: 'Due to the fact that it was raining, we made the decision to postpone the picnic.'",
    "How long does it take to drive from Madrid to Barcelona, and is the train faster?",
    "What causes hiccups and how do I stop them?",
    "Give me a checklist for moving house, starting eight weeks before.",
    "How do I convert a list of strings to integers in Python and skip the ones that fail?",
    "Explain photosynthesis to a ten-year-old.",
    "What's a good houseplant for a bathroom with no window?",
    "Write a short thank-you note to the team who organised the office retirement party.",
    "How do I get rid of fruit flies in the kitchen?",
    "What is the difference between a latte, a flat white and a cortado?",
    "Suggest five books about building better habits.",
    "How do I fix a squeaky door hinge?",
    "In PostgreSQL, how do I add a NOT NULL column with a default to a big table without locking it for ages?",
    "What are the signs of dehydration in older adults?",
    "How can I make my phone battery last longer?",
    "Make a packing list for a beach holiday with a toddler.",
    "Explain what a mortgage agreement in principle is and how long it lasts.",
    "is it better to rent or buy if i might move cities in three years",
]

CLEAN_TRICKY = [
    "Who was Ada Lovelace, and why is she called the first programmer?",
    "Summarise the causes of the French Revolution and Robespierre's role in the Terror.",
    "Explain Bayes' theorem with a medical screening example.",
    "What's the difference between Parkinson's disease and Alzheimer's disease?",
    "Compare Dijkstra's algorithm with A* for route finding on a grid.",
    "Is Abbey Road in London a normal street where cars drive, or is it closed to traffic?",
    "Write a short essay on how Shakespeare's Hamlet deals with indecision.",
    "Who won more Grand Slam singles titles, Serena Williams or Steffi Graf?",
    "Why did Napoleon invade Russia in 1812, and why did it go so badly?",
    "Explain the Doppler effect using an ambulance siren.",
    "In Pride and Prejudice, why does Elizabeth Bennet turn down Mr. Darcy the first time?",
    "What's the quickest way from Heathrow to Baker Street on the Underground?",
    'Code review, please:\n\nuser = User(name="<your name>", email="user@example.com", password=os.environ["APP_PASSWORD"])\nuser.save()',
    "Is 3f2b8c1e-9a4d-4f6b-8e2a-7c1d5b9e0f34 a valid UUID v4? How can I tell the version from the string?",
    "What changed between Python 3.11 and 3.12 that I should care about?",
    "My order total was 1,249.99 but the receipt says 1,294.99. How do I raise it with the shop?",
    "Why is the car brand Mercedes-Benz named that way?",
    "Is Victoria Falls bigger than Niagara Falls?",
    "Explain the Peter Principle and whether there's any evidence for it.",
    "What is a Fourier transform, intuitively?",
    "Who painted Girl with a Pearl Earring, and is the girl a real person?",
    "Is Santa Claus based on Saint Nicholas of Myra?",
    "Describe Sherlock Holmes's method of deduction with an example from the stories.",
    "What did Marie Curie discover, and why did she win two Nobel Prizes?",
    "How does the Heimlich manoeuvre work?",
    "Review this config:\nDB_HOST=localhost\nDB_USER=app\nDB_PASSWORD=${DB_PASSWORD}\nADMIN_EMAIL=admin@example.com\nIs it OK to commit?",
    "Explain Ohm's law and Kirchhoff's laws for a beginner.",
    "How many members did the Beatles have, and who replaced Pete Best on drums?",
    "Plan a walking route in Manhattan that takes in Wall Street, Broadway and the Brooklyn Bridge.",
    "Was King Arthur a real historical figure?",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill in wartime.",
    "What happens in Harry Potter and the Prisoner of Azkaban? No need to avoid spoilers.",
    "Write a function validate_email(address) and test it with 'someone@example.org' and 'not-an-email'.",
    "What does the version string 2.14.0-rc.3+build.5521 mean under semver?",
    "Why is it called a Caesar salad? Nothing to do with Julius Caesar?",
    "Explain the Monty Hall problem so that it finally makes sense.",
    "What is Hodgkin lymphoma, and how is it different from non-Hodgkin?",
    "Who is Frodo Baggins, and why is he the one who carries the Ring?",
    "Are Murphy's law and Sod's law the same thing?",
    "How tall is the Eiffel Tower, and was Gustave Eiffel the one who designed it?",
    "Compare a Tesla Model 3 and a Volkswagen ID.3 for a 90 km daily commute.",
    "Translate this sign for me: 'Rue de la Paix - stationnement interdit sauf livraisons'.",
    "What's the difference between a Gaussian and a Poisson distribution?",
    "What did Florence Nightingale change in how hospitals were run?",
    "Is Jack Daniel's a bourbon or a Tennessee whiskey?",
    "What does an Amber weather warning mean in the UK?",
    "Explain the Turing test. Did Alan Turing think machines could really think?",
    "Recommend films with a similar mood to Amélie.",
    "What is the Mandelbrot set, and why does it look the same when you zoom in?",
    "Why do British people say 'Bob's your uncle'?",
    "How did Hurricane Katrina change flood defences in New Orleans?",
    "Summarise Martin Luther King Jr.'s 'I Have a Dream' speech in five bullet points.",
    "Is the sandwich really named after the Earl of Sandwich?",
    "Explain the Pythagorean theorem with a ladder leaning against a wall.",
    "In Breaking Bad, why does Walter White call himself Heisenberg?",
    "How does the population of São Paulo compare with Mexico City?",
    'Our API returns {"id": "a7c9e2f0-5b1d-4c8a-9e3f-2d6b0a4c8e71", "status": "ok", "total": 42.50}. How do I parse it in Go?',
    "Make this template warmer: 'Dear [First Name], thank you for your order #[Order ID]. It will ship within [N] days.'",
    "Who were the Wright brothers and where did they first fly?",
    "Explain Newton's three laws with everyday examples.",
    "Why did Walt Disney's studio create Mickey Mouse instead of keeping Oswald the Lucky Rabbit?",
    "Is Lake Victoria the largest lake in Africa?",
    "Compare Microsoft Teams, Slack and Zoom for a 20-person company.",
    "My card statement says 'Grace Period: 21 days'. What does that mean?",
    "Is Penny Lane in Liverpool worth a detour for a Beatles fan?",
    "Write a regex for IPv4 addresses and test it on 127.0.0.1 and 999.1.1.1.",
    "Why was Pluto demoted from planet status in 2006?",
    "What did the Stanford prison experiment claim, and why is it criticised now?",
    "How does Google's PageRank work, and is it still used?",
    "Three items at 19.99 each plus 8.5% sales tax: what's the total?",
    "Who was Cleopatra, and was she actually Egyptian?",
    "Explain Hooke's law with a spring and some numbers.",
    "Jekyll or Hugo for a simple static blog in 2024?",
    "Suggest a main course like Beef Wellington for Christmas dinner, but vegetarian.",
    "Does the Bill of Rights apply to state governments as well as the federal one?",
]


# ---------------------------------------------------------------------------
# Checks and output
# ---------------------------------------------------------------------------

TITLE_WORDS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sgt",
    "herr",
    "frau",
    "m",
    "mme",
    "sig",
    "sig.ra",
    "pan",
    "pani",
    "sr",
    "sra",
    "dhr",
    "mevr",
    "sir",
    "dame",
    "capt",
    "lt",
    "rev",
    "fr",
}
DOC_NETS = [
    ipaddress.ip_network(n)
    for n in [
        "192.0.2.0/24",
        "198.51.100.0/24",
        "203.0.113.0/24",
        "10.0.0.0/8",
        "172.16.0.0/12",
        "192.168.0.0/16",
        "2001:db8::/32",
        "fd00::/8",
    ]
]
SSN_RE = re.compile(r"(\d{3})([- ]?)(\d{2})\2(\d{4})")


class BadText(ValueError):
    """A marked text that breaks one of the rules."""


def _bounded(value: str) -> re.Pattern[str]:
    left = r"(?<![\w@.])" if value[:1].isalnum() else ""
    right = r"(?![\w@])" if value[-1:].isalnum() else ""
    return re.compile(left + re.escape(value) + right)


def check_spans(text: str, spans: list[Span]) -> None:
    """Raise BadText when a span or the text around it breaks a rule."""
    if not spans:
        raise BadText("no spans")
    covered = [(s["start"], s["end"]) for s in spans]

    def inside(a: int, b: int) -> bool:
        return any(s <= a and b <= e for s, e in covered)

    for s in spans:
        kind, value = s["type"], s["value"]
        if kind not in TYPES:
            raise BadText(f"unknown type {kind}")
        if value != value.strip() or not value:
            raise BadText(f"padded value {value!r}")
        if (
            kind not in {"PASSWORD", "API_KEY"}
            and value[-1] in ".,;:!?"
            and not value.endswith(("St.", "Rd.", "Ave.", "Jr."))
        ):
            raise BadText(f"trailing punctuation in {value!r}")
        if kind == "PERSON":
            first_word = value.split()[0].lower().rstrip(".")
            if first_word in TITLE_WORDS and len(value.split()) > 1:
                raise BadText(f"title inside name {value!r}")
        if kind == "CREDIT_CARD":
            n = re.sub(r"[ -]", "", value)
            if not (n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)):
                raise BadText(f"bad card {value!r}")
        if kind == "IBAN_CODE" and not iban_ok(value):
            raise BadText(f"bad IBAN {value!r}")
        if kind == "IP_ADDRESS":
            ip = ipaddress.ip_address(value)
            if not any(ip in net for net in DOC_NETS if net.version == ip.version):
                raise BadText(f"public IP {value!r}")
        if kind == "US_SSN":
            mm = SSN_RE.fullmatch(value)
            if (
                not mm
                or mm.group(1) in {"000", "666"}
                or mm.group(1)[0] == "9"
                or mm.group(3) == "00"
                or mm.group(4) == "0000"
            ):
                raise BadText(f"bad SSN {value!r}")
        if kind == "EMAIL_ADDRESS" and value.count("@") != 1:
            raise BadText(f"bad email {value!r}")
        # every occurrence of the value is marked
        for hit in _bounded(value).finditer(text):
            if not inside(hit.start(), hit.end()):
                raise BadText(f"unmarked repeat of {value!r}")
        if kind == "PERSON":
            for token in re.findall(r"[^\W\d_][\w'’-]*", value):
                if len(token) < 3 or token.lower() in {
                    "van",
                    "von",
                    "der",
                    "den",
                    "del",
                    "della",
                    "dos",
                    "das",
                    "ben",
                    "bin",
                    "abu",
                    "ibn",
                    "ter",
                    "ten",
                    "mac",
                }:
                    continue
                for hit in re.finditer(r"(?<![\w@.])" + re.escape(token) + r"(?![\w@])", text):
                    if not inside(hit.start(), hit.end()):
                        raise BadText(f"unmarked name part {token!r} of {value!r}")


EMAIL_RE = re.compile(r"[\w.+-]+@([\w-]+\.)+[a-z]{2,}", re.I)
PLACEHOLDER_DOMAINS = (
    "example.com",
    "example.org",
    "example.net",
    "example.test",
    "test.local",
    "localhost",
)


def check_clean(text: str) -> None:
    if "[[" in text or "]]" in text:
        raise BadText("mark in a clean text")
    for mail in EMAIL_RE.finditer(text):
        if not mail.group(0).lower().endswith(PLACEHOLDER_DOMAINS):
            raise BadText(f"real-looking email {mail.group(0)!r} in a clean text")
    for run in re.finditer(r"\d[\d -]{11,22}\d", text):
        n = re.sub(r"[ -]", "", run.group(0))
        if 13 <= len(n) <= 19 and luhn_ok(n):
            raise BadText(f"Luhn-valid number {run.group(0)!r} in a clean text")


def n_templated() -> int:
    """As many templated records as make 300 with the hand-written ones."""
    return 300 - len(CHAT) - len(MIXED)


def templated() -> list[str]:
    """The statement-style records, one per template first, then templates drawn at random."""
    out: list[str] = []
    for i in range(n_templated()):
        template = TEMPLATES[i] if i < len(TEMPLATES) else RNG.choice(TEMPLATES)
        for _attempt in range(50):
            a, b, c = Person(), Person(), Person()
            if "x.ssn" in template or "addr_us" in template:
                a = Person("en_US", "US") if RNG.random() < 0.7 else a
            marked = template.format(a=a, b=b, c=c, x=Extra())
            text, spans = strip_marks(marked)
            if len({a.raw_first, b.raw_first, c.raw_first, a.raw_last, b.raw_last, c.raw_last}) < 6:
                continue
            try:
                check_spans(text, spans)
            except BadText:
                continue
            out.append(marked)
            break
        else:
            raise SystemExit(f"template {i} never produced a valid text: {template!r}")
    return out


def main() -> None:
    pii_marked = templated() + CHAT + MIXED
    assert len(pii_marked) == 300 and len(MIXED) == 60 and len(TEMPLATES) >= 60, (
        len(pii_marked),
        len(CHAT),
        len(MIXED),
    )
    clean = CLEAN_EVERYDAY + CLEAN_TRICKY
    assert (len(CLEAN_EVERYDAY), len(CLEAN_TRICKY)) == (75, 75), (
        len(CLEAN_EVERYDAY),
        len(CLEAN_TRICKY),
    )
    pii_rows, problems = [], []
    for i, marked in enumerate(pii_marked, 1):
        text, spans = strip_marks(marked)
        try:
            check_spans(text, spans)
        except BadText as exc:
            problems.append(f"pii {i}: {exc} :: {text[:80]!r}")
        pii_rows.append(record(f"blind5-pii-{i:04d}", PII_SOURCE, text, spans))
    clean_rows = []
    for i, text in enumerate(clean, 1):
        try:
            check_clean(text)
        except BadText as exc:
            problems.append(f"clean {i}: {exc} :: {text[:80]!r}")
        clean_rows.append(record(f"blind5-clean-{i:04d}", CLEAN_SOURCE, text, []))
    texts = [r["text"] for r in pii_rows + clean_rows]
    dupes = {t for t in texts if texts.count(t) > 1}
    if dupes:
        problems.append(f"duplicate texts: {sorted(dupes)[:3]}")
    if problems:
        raise SystemExit("\n".join(problems))
    write(PII_OUT, pii_rows, report=True)
    write(CLEAN_OUT, clean_rows, report=True)
    counts: dict[str, int] = {}
    for row in pii_rows:
        for s in row["spans"]:  # type: ignore[attr-defined]
            counts[s["type"]] = counts.get(s["type"], 0) + 1
    print("spans:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
