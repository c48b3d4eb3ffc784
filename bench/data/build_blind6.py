# ruff: noqa: E501
"""The sixth blind privacy set: 300 texts with personal data, 150 clean ones.

Written blind to the detector: the writer read only ``marks.py`` and the format of the table in
``README.md``, never the detector, its word lists, its docs, its tests or the other sets. Every
value is invented.

``chat_pii_blind6.jsonl`` (source ``invented-chat-blind6``) holds four kinds of text:

* statement-style records in the manner of a template-based synthetic PII generator (form
  letters, customer records, shipping notes, bios, account updates): 60 sentence templates
  written for this set, filled with values from ``faker`` under a fixed seed in 34 locales
  (names in the locale's order and script, addresses, phones and national ids in its format,
  IBANs of its country, e-mails built from the name);
* everyday chat requests about private people (partners, colleagues, neighbours, children,
  landlords): lone first names and surnames, nicknames, names that are also ordinary words,
  many cultures, some typed all in lower case or with chat shorthand and typos;
* work requests with pasted material: e-mails, minutes, tickets, CSV/JSON rows, logs, SQL, stack
  traces, config files and code holding names, logins, e-mails, phones, ids, IPs and secrets;
* short requests whose only personal datum is one secret or number said in passing.

``chat_clean_blind6.jsonl`` (source ``invented-clean-blind6``) holds everyday requests with no
personal data and requests a naive detector might flag: public, historical and fictional people,
authors, bands, teams, eponyms, brands, places, capitalised common words, placeholder code,
UUIDs, versions and totals.

Labels follow the shared rules: titles stay outside PERSON spans, an address span runs from the
street line through the postcode and city as typed, public figures and dates of birth are not
labelled, every occurrence of a personal value is marked, logins and customer/account/patient/
employee/policy numbers are ID_NUMBER, PINs and door codes are PASSWORD. Card numbers are
Luhn-valid and generated (not the well-known test numbers), IBANs pass mod 97, IPs come from the
documentation and private ranges, phones are made up or from fictional ranges.

Run from the repository root: ``.venv/bin/python bench/data/build_blind6.py``.
"""

from __future__ import annotations

import ipaddress
import itertools
import random
import re
import string
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

from faker import Faker

sys.path.insert(0, str(Path(__file__).resolve().parent))
from marks import TYPES, Span, iban_ok, luhn_ok, record, strip_marks, write

HERE = Path(__file__).resolve().parent
PII_PATH = HERE / "chat_pii_blind6.jsonl"
CLEAN_PATH = HERE / "chat_clean_blind6.jsonl"
PII_SOURCE = "invented-chat-blind6"
CLEAN_SOURCE = "invented-clean-blind6"
PII_TOTAL = 300
CLEAN_TOTAL = 150
SEED = 60606

# ---------------------------------------------------------------------------------------------
# Faker-filled statement records
# ---------------------------------------------------------------------------------------------

# locale -> (name order, national id label or None, IBAN country or None, address usable)
LOCALES: dict[str, tuple[str, str | None, str | None, bool]] = {
    "en_US": ("fl", "SSN", None, True),
    "en_GB": ("fl", "National Insurance number", "GB", True),
    "en_IE": ("fl", None, "IE", True),
    "en_AU": ("fl", None, None, True),
    "en_CA": ("fl", "SIN", None, True),
    "en_NZ": ("fl", None, None, True),
    "en_IN": ("fl", None, None, True),
    "de_DE": ("fl", None, "DE", True),
    "de_AT": ("fl", None, "AT", True),
    "de_CH": ("fl", "AHV number", "CH", True),
    "fr_FR": ("fl", "numéro de sécurité sociale", "FR", True),
    "fr_CH": ("fl", "AVS number", "CH", True),
    "nl_NL": ("fl", "BSN", "NL", True),
    "nl_BE": ("fl", None, "BE", True),
    "es_ES": ("fl", "DNI", "ES", True),
    "it_IT": ("fl", "codice fiscale", "IT", True),
    "pt_PT": ("fl", None, "PT", True),
    "pt_BR": ("fl", "CPF", None, True),
    "pl_PL": ("fl", "PESEL", "PL", True),
    "cs_CZ": ("fl", None, "CZ", True),
    "sk_SK": ("fl", None, "SK", True),
    "sv_SE": ("fl", "personnummer", None, True),
    "no_NO": ("fl", None, "NO", True),
    "da_DK": ("fl", None, "DK", True),
    "fi_FI": ("fl", "henkilötunnus", "FI", True),
    "ro_RO": ("fl", "CNP", "RO", True),
    "hu_HU": ("lf", None, None, True),
    "el_GR": ("fl", None, "GR", True),
    "tr_TR": ("fl", "T.C. kimlik no", "TR", False),
    "ja_JP": ("lf", None, None, True),
    "ko_KR": ("lf0", "resident registration number", None, True),
    "zh_CN": ("lf0", None, None, True),
    "uk_UA": ("fl", None, None, True),
    "he_IL": ("fl", None, None, True),
}

COMPANIES = [
    "Brightwell Freight",
    "Kestrel Home Energy",
    "Oakridge Dental Group",
    "Lumen Print Works",
    "Harbourline Insurance",
    "Northgate Fitness",
    "Pemberton Removals",
    "Silverfern Telecom",
    "Quayside Property Lettings",
    "Meadowlark Pharmacy",
    "Tidewater Bank",
    "Copperleaf Books",
]

# Placeholders: name, name2, first, last (person 1); email, email2; phone, phone2; addr, addr2,
# addr_ml (multi-line); iban; card; exp; ssn (US only); nid, idname (national id and its label);
# acct (customer/account/patient/member/policy/employee number); user (login); pw; ip.
# Unlabelled fillers: order, amount, date, dob, company.
TEMPLATES: list[str] = [
    "Please update the account of {name}: new email {email}, new phone {phone}.",
    "Customer record\nName: {name}\nEmail: {email}\nPhone: {phone}\nAddress: {addr}",
    "Ship order #{order} to {name}, {addr}. Contact number for the courier: {phone}.",
    "Dear {first}, thank you for registering with {company}. Your username is {user} and we will send updates to {email}.",
    "{name} was born on {dob} and currently lives at {addr}. Write a two-line intro for the residents' newsletter.",
    "Can you write a short professional bio for {name}? Twelve years in logistics, fluent in three languages, reachable at {email}.",
    "Hi, I'm {name}. My card {card} was charged twice for order {order}; please refund one of the payments.",
    "Set up a direct debit from IBAN {iban} in the name of {name}, starting next month, {amount} a month.",
    "Employee onboarding: {name}, employee no. {acct}, login {user}, temporary password {pw}. Write the welcome email.",
    "Write a reminder letter to {name} at {addr} about the unpaid invoice {order} ({amount}).",
    "The tenant {name} (phone {phone}) is moving out of {addr} on the 30th; draft a checkout checklist.",
    "Patient {name}, patient ID {acct}, DOB {dob}. Summarise for the referral: mild asthma, follow-up in six weeks.",
    "Please verify these details before the account opens: {name}, SSN {ssn}, address {addr}.",
    "Forward the signed contract to {email} and {email2}; both parties, {name} and {name2}, signed yesterday.",
    "New supplier contact: {name}, {phone}, {email}. Add them to the vendor list under packaging.",
    "Refund request from {name} (customer no. {acct}): please pay back {amount} to {iban}.",
    "Format as a table: {last}, {first}; {addr}; {phone}; {email}",
    "Dr. {last} called from {phone} about the delivery to {addr}. Could you draft a reply apologising for the delay?",
    "Write a cover letter for {name}, {addr}, {email}, applying for a warehouse supervisor role at {company}.",
    "Login issue: user {user} (registered email {email}) cannot sign in from {ip} since this morning.",
    "Insurance claim for policyholder {name}, policy number {acct}, water damage at {addr} on {date}.",
    "My details for the form: {name}, {idname} {nid}, phone {phone}. Which boxes do they go in?",
    "Please change the delivery address for {name} from {addr} to {addr2}.",
    "Draft a thank-you note to {name} for hosting the workshop; send it to {email}. Start it with 'Dear {first},'.",
    "Wedding RSVP list so far: {name} plus one, {name2}. Reach {first} at {phone} about the seating.",
    "Bank transfer details. Beneficiary: {name}. IBAN: {iban}. Reference: rent {date}.",
    "Our records list {name} at {addr} with {idname} {nid}; is that enough for the KYC check?",
    "Hello, this is {name}. Please cancel my gym membership ({acct}) and confirm by email to {email}.",
    "Background check request: {name}, SSN {ssn}, DOB {dob}, current address {addr}.",
    "Add a calendar entry: call {name} on {phone} at 3pm about the quote from {company}.",
    "Emergency contact for {name}: {name2}, {phone2}.",
    "Membership card for {name}: member ID {acct}, valid until {date}. Write the welcome text.",
    "{name} ({email}) left a two-star review complaining about late delivery. Draft an apology.",
    "Scholarship application\nApplicant: {name}\nAddress: {addr}\nPhone: {phone}\nStudent ID: {acct}",
    "Please pay the invoice from {name}: IBAN {iban}, amount {amount}, due {date}.",
    "VPN access for {user} ({name}) was granted from {ip}; write the audit note.",
    "Rewrite formally: hey {first}, ur parcel is at the depot, call {phone} to rebook",
    "Donor thank-you letter: {name}, {addr}, donated {amount} on {date}.",
    "I need to send flowers to {name}, {addr}. What should the card say for a 40th birthday?",
    "Finish this newsletter line: 'Our volunteer of the month is {name}, who'",
    "The parcel for {name} came back to sender. Address on the label: {addr}. Phone on file: {phone}. What now?",
    "Subscription receipt for {email}: card {card} charged {amount} on {date}. Turn it into a plain-text email.",
    "{name} asked us to delete all data under customer ID {acct} and email {email}; draft the GDPR confirmation.",
    "Please check this address for typos:\n{name}\n{addr_ml}",
    "Landlord details for my rental application: {name}, {phone}, {email}.",
    "Witness statement opening: I, {name}, of {addr}, state the following.",
    "Tax form draft: name {name}, SSN {ssn}, filing status single, home address {addr}.",
    "Pharmacy order ready for {name}; notify by SMS to {phone}.",
    "Team directory entry: {name} | {email} | mobile {phone} | desk login {user}",
    "Alumni update: {name} (class of {year}) has moved to {addr}; update the mailing list and the address {email}.",
    "Password reset for {user}: the temporary password is {pw}. Write the email to {email}.",
    "Card on file for {name}: {card}, expires {exp}. Is it safe to keep this in a spreadsheet?",
    "Write a polite follow-up to {name}, who hasn't returned the signed lease. Their email: {email}.",
    "Visitor log: {name}, badge {acct}, host {name2}, arrived 09:12.",
    "Prepare a power of attorney naming {name} ({idname} {nid}) as agent for {name2}.",
    "Car hire booking under {name}, driver licence no. {acct}, paid with card {card}.",
    "Kindly send the certificate to:\n{name}\n{addr_ml}",
    "Our new hire {name} needs a laptop; ship it to {addr} and text {phone} when it leaves.",
    "Parent contact sheet: guardian {name}, {phone}, {email}.",
    "Salary goes to {name}, IBAN {iban}; payroll login {user}. Write the confirmation to {email}.",
]

DOC_NETS = [
    ipaddress.ip_network("192.0.2.0/24"),
    ipaddress.ip_network("198.51.100.0/24"),
    ipaddress.ip_network("203.0.113.0/24"),
    ipaddress.ip_network("2001:db8::/32"),
]

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

PW_CHARS = string.ascii_letters + string.digits + "!@#$%&*?-_+="


FOLD = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "Ae",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "ı": "i",
        "œ": "oe",
        "þ": "th",
        "ð": "d",
    }
)


def ascii_fold(s: str) -> str:
    """Lower-case ASCII letters of ``s`` (accents dropped, other scripts lost)."""
    folded = (
        unicodedata.normalize("NFKD", s.translate(FOLD)).encode("ascii", "ignore").decode().lower()
    )
    return re.sub(r"[^a-z]", "", folded)


class Filler:
    """Seeded values for the statement templates, one Faker per locale."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for i, loc in enumerate(LOCALES):
            fk = Faker(loc)
            fk.seed_instance(seed + i)
            self.fakers[loc] = fk
        self.used = dict.fromkeys(LOCALES, 0)

    def pick_locale(self, tmpl: str) -> str:
        ok = []
        for loc, (_, idname, iban, addr) in LOCALES.items():
            if "{ssn}" in tmpl and loc != "en_US":
                continue
            if "{nid}" in tmpl and (idname is None or loc == "en_US"):
                continue
            if "{iban}" in tmpl and iban is None:
                continue
            if "{addr" in tmpl and not addr:
                continue
            ok.append(loc)
        low = min(self.used[loc] for loc in ok)
        loc = self.rng.choice([loc for loc in ok if self.used[loc] == low])
        self.used[loc] += 1
        return loc

    def person(self, loc: str) -> tuple[str, str, str]:
        fk = self.fakers[loc]
        first, last = fk.first_name(), fk.last_name()
        order = LOCALES[loc][0]
        full = {"fl": f"{first} {last}", "lf": f"{last} {first}", "lf0": f"{last}{first}"}[order]
        return full, first, last

    def email(self, loc: str, first: str, last: str) -> str:
        fk, rng = self.fakers[loc], self.rng
        fn, ln = ascii_fold(first), ascii_fold(last)
        if len(fn) < 2 or len(ln) < 2:
            local = re.sub(r"[^a-z0-9._]", "", fk.user_name().lower()) or "mail"
            local += str(rng.randint(10, 99))
        else:
            local = rng.choice(
                [
                    f"{fn}.{ln}",
                    f"{fn[0]}{ln}",
                    f"{fn}{ln}{rng.randint(1, 99)}",
                    f"{ln}.{fn[0]}",
                    f"{fn}_{ln}",
                    f"{fn}{rng.randint(70, 99)}",
                ]
            )
        domain = fk.free_email_domain()
        return f"{local}@{domain}"

    def user(self, loc: str, first: str, last: str) -> str:
        fn, ln = ascii_fold(first), ascii_fold(last)
        if len(fn) < 2 or len(ln) < 2:
            return re.sub(r"[^a-z0-9._]", "", self.fakers[loc].user_name().lower()) + str(
                self.rng.randint(1, 9)
            )
        return self.rng.choice(
            [
                f"{fn[0]}{ln}",
                f"{fn}.{ln}",
                f"{ln}{fn[0]}{self.rng.randint(1, 9)}",
                f"{fn}{self.rng.randint(10, 99)}",
            ]
        )

    def phone(self, loc: str) -> str:
        return re.sub(r"\s*x\d+$", "", self.fakers[loc].phone_number()).strip()

    def address(self, loc: str, multiline: bool = False) -> str:
        lines = [
            ln.strip().rstrip(",") for ln in self.fakers[loc].address().split("\n") if ln.strip()
        ]
        return ("\n" if multiline else ", ").join(lines)

    def iban(self, loc: str) -> str:
        want = LOCALES[loc][2]
        for _ in range(50):
            value = self.fakers[loc].iban()
            if value[:2] == want:
                break
        else:
            raise ValueError(f"no {want} IBAN from {loc}")
        if self.rng.random() < 0.5:
            value = " ".join(value[i : i + 4] for i in range(0, len(value), 4))
        return value

    def card(self, loc: str) -> str:
        fk = self.fakers[loc]
        kinds = [
            k
            for k in [
                "visa16",
                "visa16",
                "visa",
                "mastercard",
                "mastercard",
                "amex",
                "discover",
                "maestro",
                "jcb16",
            ]
            if k in fk.provider("faker.providers.credit_card").credit_card_types
        ]
        number = fk.credit_card_number(card_type=self.rng.choice(kinds))
        style = self.rng.random()
        if style < 0.45:
            return number
        if len(number) == 15:
            return f"{number[:4]} {number[4:10]} {number[10:]}"
        sep = " " if style < 0.85 else "-"
        return sep.join(number[i : i + 4] for i in range(0, len(number), 4))

    def birth(self) -> date:
        """A birth date between 1945 and 2004 from the seeded generator (no clock involved)."""
        return date(1945, 1, 1) + timedelta(days=self.rng.randrange(60 * 365))

    def dob_text(self) -> str:
        born = self.birth()
        style = self.rng.randrange(3)
        if style == 0:
            return f"{born:%d/%m/%Y}"
        if style == 1:
            return born.isoformat()
        return f"{born.day} {MONTHS[born.month - 1]} {born.year}"

    def pesel(self) -> str:
        born = self.birth()
        month = born.month + (20 if born.year >= 2000 else 0)
        head = f"{born.year % 100:02d}{month:02d}{born.day:02d}" + "".join(
            self.rng.choice(string.digits) for _ in range(4)
        )
        check = (
            10 - sum(int(d) * w for d, w in zip(head, [1, 3, 7, 9] * 3, strict=False)) % 10
        ) % 10
        return head + str(check)

    def personnummer(self) -> str:
        born = self.birth()
        body = f"{born:%y%m%d}" + "".join(self.rng.choice(string.digits) for _ in range(3))
        for c in string.digits:
            if luhn_ok(body + c):
                return f"{body[:6]}-{body[6:]}{c}"
        raise AssertionError("unreachable")

    def hetu(self) -> str:
        born = self.birth()
        sign = "A" if born.year >= 2000 else "-"
        serial = self.rng.randint(2, 899)
        check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(f"{born:%d%m%y}{serial:03d}") % 31]
        return f"{born:%d%m%y}{sign}{serial:03d}{check}"

    def nid(self, loc: str) -> str:
        """A national id in the locale's format; the ones faker derives from the clock are made here."""
        fk = self.fakers[loc]
        if loc == "pl_PL":
            return self.pesel()
        if loc == "sv_SE":
            return self.personnummer()
        if loc == "fi_FI":
            return self.hetu()
        if loc == "es_ES":
            return fk.nif()
        if loc == "pt_BR":
            return fk.cpf()
        return fk.ssn()

    def password(self) -> str:
        n = self.rng.randint(10, 15)
        while True:
            pw = "".join(self.rng.choice(PW_CHARS) for _ in range(n))
            if (
                any(c.isdigit() for c in pw)
                and any(c.isupper() for c in pw)
                and any(c in "!@#$%&*?-_+=" for c in pw)
            ):
                return pw

    def ip(self) -> str:
        rng = self.rng
        kind = rng.randrange(6)
        if kind == 0:
            return f"192.0.2.{rng.randint(2, 254)}"
        if kind == 1:
            return f"198.51.100.{rng.randint(2, 254)}"
        if kind == 2:
            return f"203.0.113.{rng.randint(2, 254)}"
        if kind == 3:
            return f"10.{rng.randint(0, 60)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
        if kind == 4:
            return f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
        return f"192.168.{rng.randint(0, 60)}.{rng.randint(2, 254)}"

    def acct(self) -> str:
        rng = self.rng
        digits = "".join(rng.choice(string.digits) for _ in range(rng.randint(6, 9)))
        return rng.choice(
            [
                f"{rng.choice(['CU', 'AC', 'M', 'PT', 'PL', 'E', 'ST'])}-{digits}",
                digits,
                f"{digits[:3]}-{digits[3:]}",
                f"{rng.choice(string.ascii_uppercase)}{digits}",
            ]
        )

    def fill(self, tmpl: str) -> str:
        """``tmpl`` with each placeholder replaced by a marked (or plain filler) value."""
        loc = self.pick_locale(tmpl)
        fk, rng = self.fakers[loc], self.rng
        name, first, last = self.person(loc)
        name2, first2, last2 = self.person(loc)
        idname = LOCALES[loc][1] or ""
        values: dict[str, str] = {
            "name": f"[[PERSON|{name}]]",
            "name2": f"[[PERSON|{name2}]]",
            "first": f"[[PERSON|{first}]]",
            "last": f"[[PERSON|{last}]]",
            "idname": idname,
            "company": rng.choice(COMPANIES),
            "order": str(rng.randint(100000, 999999)),
            "amount": f"{rng.randint(12, 2400)}.{rng.randint(0, 99):02d} {rng.choice(['EUR', 'GBP', 'USD', 'CHF'])}",
            "date": (date(2024, 1, 1) + timedelta(days=rng.randrange(730))).isoformat(),
            "dob": self.dob_text(),
            "year": str(rng.randint(1995, 2018)),
            "exp": f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
        }
        lazy = {
            "email": lambda: ("EMAIL_ADDRESS", self.email(loc, first, last)),
            "email2": lambda: ("EMAIL_ADDRESS", self.email(loc, first2, last2)),
            "phone": lambda: ("PHONE_NUMBER", self.phone(loc)),
            "phone2": lambda: ("PHONE_NUMBER", self.phone(loc)),
            "addr": lambda: ("STREET_ADDRESS", self.address(loc)),
            "addr2": lambda: ("STREET_ADDRESS", self.address(loc)),
            "addr_ml": lambda: ("STREET_ADDRESS", self.address(loc, multiline=True)),
            "iban": lambda: ("IBAN_CODE", self.iban(loc)),
            "card": lambda: ("CREDIT_CARD", self.card(loc)),
            "ssn": lambda: ("US_SSN", fk.ssn()),
            "nid": lambda: ("ID_NUMBER", self.nid(loc)),
            "acct": lambda: ("ID_NUMBER", self.acct()),
            "user": lambda: ("ID_NUMBER", self.user(loc, first, last)),
            "pw": lambda: ("PASSWORD", self.password()),
            "ip": lambda: ("IP_ADDRESS", self.ip()),
        }
        for key in re.findall(r"\{(\w+)\}", tmpl):
            if key not in values:
                kind, value = lazy[key]()
                values[key] = f"[[{kind}|{value}]]"
        return tmpl.format(**values)


def statement_texts(count: int) -> list[str]:
    """``count`` marked statement records: every template once, then again in a seeded order."""
    filler = Filler(SEED)
    order = list(range(len(TEMPLATES)))
    extra = random.Random(SEED + 1).sample(order, count - len(order)) if count > len(order) else []
    out: list[str] = []
    for idx in order[:count] + extra:
        for _attempt in range(40):
            marked = filler.fill(TEMPLATES[idx])
            text, spans = strip_marks(marked)
            if not problems(text, spans):
                out.append(marked)
                break
        else:
            raise ValueError(f"template {idx} never filled cleanly")
    return out


# ---------------------------------------------------------------------------------------------
# Everyday chat requests about private people
# ---------------------------------------------------------------------------------------------

CHAT: list[str] = [
    "My partner [[PERSON|Daniel]] keeps forgetting the plans we make and then gets defensive when I bring it up. How do I raise it without it turning into a fight?",
    "my coworker [[PERSON|priya]] takes credit for my slides in every standup. i dont want drama, what do i say to her",
    "Our neighbour Mr. [[PERSON|Okonkwo]] parks across our driveway almost every night. Can you help me write a polite but firm note to leave on his windscreen?",
    "Need a birthday message for my grandma [[PERSON|Hope]], who turns 90 on Sunday. Something warm but not cheesy.",
    "[[PERSON|Will]] said he'd pay me back the 300 quid in January and it's now May. How do I bring it up with a mate without sounding petty?",
    "My daughter [[PERSON|Aiyana]] is 7 and suddenly scared of the dark. Any bedtime routines that help?",
    "landlord's name is [[PERSON|Gerhard Pfeiffer]], he hasn't fixed the heating in 3 weeks. can u draft a formal complaint letter, i'm in germany",
    "I think my colleague [[PERSON|Siobhán]] is burning out; she's been crying in the stairwell twice this week. Should I talk to her first or to our manager?",
    "Help me plan a surprise for [[PERSON|Kwame]]'s promotion. Budget around 150 dollars, he loves jollof and old highlife records.",
    "my bf [[PERSON|jae-won]] wants to move to busan for work and i dont know if i want to go. pros and cons?",
    "[[PERSON|Rosalind]] from accounts and [[PERSON|Mehmet]] from sales both want the same week off in August. I'm their manager. How do I decide fairly?",
    "Can you write a toast for my brother [[PERSON|Tobias]]'s wedding? He's marrying [[PERSON|Lena]]; they met on a night train to Vienna.",
    "My mother-in-law, Mrs. [[PERSON|Castellanos]], rearranges our kitchen every time she visits. How do I set boundaries kindly?",
    "whats a good way to apologise to [[PERSON|summer]]? i forgot her bday and she found out from insta",
    "My son's teacher, Ms. [[PERSON|Nakamura]], says he's disruptive in class. What should I ask at the parent meeting?",
    "Our babysitter [[PERSON|Dawn]] asked for a raise from 12 to 15 an hour. Is that reasonable for two kids in Leeds?",
    "[[PERSON|Chidi]] and I split rent 50/50 but he earns twice what I do. Is it unreasonable to ask for 60/40?",
    "I'm writing a reference letter for my former intern [[PERSON|Ana Lúcia Ferreira]]. She's detail-oriented and ran our social accounts for a year. Can you draft it?",
    "My friend [[PERSON|Bartholomew]] (we call him [[PERSON|Barty]]) just lost his dad. What can I text him tonight?",
    "hey so my roommate [[PERSON|kenji]] eats my food constantly. how do i bring it up without making it weird",
    "My ex, [[PERSON|Marcus Delacroix-Whitfield]], keeps emailing my new partner. Is this harassment, and what can I do about it?",
    "Could you help me write a condolence card for the [[PERSON|Haddad]] family? Their grandfather passed away last week.",
    "My colleague [[PERSON|Grace]] keeps cc'ing my boss on every little email. Passive-aggressive, or am I overthinking it?",
    "My 15-year-old [[PERSON|Noor]] wants to go to a concert in another city with friends. What rules should I set?",
    "pls help me reply to [[PERSON|dmitri]], he asked if we're 'exclusive' and i honestly dont know",
    "The guy next door, [[PERSON|Frank Olsen]], plays drums until 1am. I've asked twice. What are my options in Norway?",
    "My grandfather [[PERSON|Nguyễn Văn Thành]] wants to write his memoirs. What's a good structure for him to start with?",
    "Should I lend my car to my cousin [[PERSON|Rhys]]? He's had two speeding tickets this year.",
    "My boss [[PERSON|Ingrid]] said my work was 'fine' in my review. What does that actually mean and how do I ask for clearer feedback?",
    "I have to let [[PERSON|Jordan]] go. Lovely person, but he's missed every deadline this quarter. How do I run the conversation?",
    "Writing a eulogy for my aunt [[PERSON|Magdalena Wiśniewska]]. She taught piano for 40 years and grew tomatoes on a tiny balcony. Help me start.",
    "me and [[PERSON|tash]] had a massive fight about her mum staying for a month. how do we compromise",
    "My stepdad [[PERSON|Raúl]] and my mum argue about money constantly. I'm 19 and still live at home. Should I get involved?",
    "Is it weird to ask my dentist, Dr. [[PERSON|Abernathy]], out for coffee once my treatment is finished?",
    "[[PERSON|Hunter]] leaves the team channel at 4pm every Friday and everyone has noticed. Do I say something as his lead?",
    "My new neighbour [[PERSON|Fatima Al-Zahrani]] brought over dates and coffee when we moved in. What's a nice thing to give back?",
    "my landlord mr [[PERSON|kowalczyk]] wants to raise the rent by 18%. is that even legal in poland? and help me write him a reply",
    "My twin sisters [[PERSON|Ivy]] and [[PERSON|Iris]] are turning 30. Gift ideas that aren't identical but feel fair?",
    "I share custody of [[PERSON|Mateo]] with his dad, [[PERSON|Sergio]]. [[PERSON|Sergio]] keeps changing the handover time at the last minute. How do I document it?",
    "My colleague [[PERSON|Bilal]] fasts during Ramadan and our team lunch falls in the middle of it. How do I suggest moving it without singling him out?",
    "hi, my husband [[PERSON|pete]] snores really badly, we've tried everything. should he see a doctor or is there something else",
    "I mentor a junior dev called [[PERSON|Oluwaseun]] who never asks questions. How do I make it easier for them to speak up?",
    "My piano student [[PERSON|Lily-Mae]] is 9 and wants to quit. Her mum, [[PERSON|Carla]], asked me what I think. What do I tell her?",
    "[[PERSON|Brandt]] told the whole office I'm applying elsewhere. I only told him. How do I handle this?",
    "Write a short poem for my wife [[PERSON|Akosua]] for our 10th anniversary. She loves the sea and hates roses.",
    "My flatmate [[PERSON|Sunny]] wants to get a cat but I'm allergic. Any compromises?",
    "so [[PERSON|tomás]] from my spanish class asked me to 'practise over dinner'?? is that a date lol how do i tell",
    "My father [[PERSON|Harold]] is 82 and still insists on driving at night. How do I raise it with him?",
    "Can you help me reply to [[PERSON|Anneke de Vries]]? She wants to buy my old bike but offered half my asking price.",
    "The nanny, [[PERSON|Marisol]], has been late five times this month. How do I put it in a written warning without sounding cold?",
    "our dog walker [[PERSON|kyle]] lost the lead AND our house key. do i ask him to pay for new locks?",
    "I coach a kids' football team and one parent, Mr. [[PERSON|van der Berg]], yells at the referee every match. How do I talk to him?",
    "My best friend [[PERSON|Xiaoling]] is moving to Toronto next month. Ideas for a goodbye party that isn't a sad dinner?",
    "[[PERSON|Penny]] in HR said my parental leave form was 'lost'. That's the second time. What should I do?",
    "My cousin [[PERSON|Aarav Mehta]] is applying to grad school and asked me to look over his statement. What should a good one have?",
    "gf [[PERSON|bella]] wants me to meet her parents next weekend and im nervous af. tips?",
    "My 4-year-old [[PERSON|Finn]] bites other kids at nursery. The manager, [[PERSON|Joyce]], says they may have to exclude him. What can we do at home?",
    "Can you write a retirement card message for [[PERSON|Walter Przybylski]]? He's been our school caretaker for 31 years.",
    "My business partner [[PERSON|Leilani]] wants to bring her brother into the company. I have doubts. How do I say so?",
    "hiiii can u make a cute caption for a pic of me and [[PERSON|mads]] at the lake",
    "I'm worried my elderly neighbour, [[PERSON|Edna]], isn't eating properly. Her family lives abroad. What can I do without overstepping?",
    "[[PERSON|Hamid]] and [[PERSON|Yusuf]] are both strong candidates for team lead. [[PERSON|Yusuf]] has more experience, [[PERSON|Hamid]] is better with people. How would you structure the decision?",
    "My sister-in-law [[PERSON|Sigrún]] posts photos of my kids without asking. How do I ask her to stop?",
    "Need to write a 'we're parting ways' message to our band's drummer, [[PERSON|Stevie]]. He's a friend, but he never shows up to rehearsal.",
    "My uncle [[PERSON|Bogdan]] keeps sending me crypto 'opportunities'. How do I tell him they look like scams without offending him?",
    "help me rewrite this so it sounds less angry: '[[PERSON|Chloe]], you said you'd clean the bathroom on Tuesday and it's Friday.'",
    "My therapist, Dr. [[PERSON|Oyelaran]], is retiring. Should I write her a card, and what's appropriate to say?",
    "[[PERSON|Mark]] borrowed my drill in March. It's September. [[PERSON|Mark]] is also my boss. Help.",
    "i think my son [[PERSON|eli]] is being bullied. he came home with a ripped bag again. what do i ask the school",
    "My coworker goes by [[PERSON|Jay]] but his legal name is [[PERSON|Jayaraman Subramanian]]. Which should I use on the award certificate?",
    "Planning a baby shower for [[PERSON|Ngozi]]. She doesn't want pink or blue. Theme ideas?",
    "My flatmate [[PERSON|Ruairí]] owes me four months of bills and we had nothing in writing. What can I do in Ireland?",
    "How do I tell our cleaner, [[PERSON|Rosa Benítez]], that we can't afford her any more? She's been with us eight years.",
    "[[PERSON|Lindqvist]] from the other team keeps booking our meeting room. Polite Slack message please.",
    "My wife [[PERSON|Parisa]] and I disagree about sending our kid to a Persian Saturday school. How do we talk it through?",
    "im so mad at [[PERSON|jess]] rn she told everyone about my surgery. what do i even say",
    "Our new team member [[PERSON|Ekaterina Volkova]] starts Monday. Write a welcome message for the team channel.",
    "I'm the executor for my late uncle [[PERSON|Cornelius Abara]]. Where do I even start?",
    "My line manager [[PERSON|Reinholt]] keeps scheduling one-to-ones at 7:30am. How do I push back?",
    "my mom [[PERSON|lupe]] doesnt speak english well and her doctor keeps rushing her. how can i help at appointments",
    "What do I write in a card for [[PERSON|Patience]] and [[PERSON|Kofi]]'s new baby?",
    "Our lodger, Mr. [[PERSON|Abebe]], asked to sublet his room over the summer. What should the agreement cover?",
    "[[PERSON|Gianluca]] at the gym keeps giving me 'diet advice' I never asked for. How do I tell him to stop, nicely?",
    "my gf's dad [[PERSON|ron]] hates me bc im vegan lol. how do i survive christmas dinner",
    "I'm godmother to [[PERSON|Zofia]], who's making her first communion in May. What's an appropriate gift?",
    "My teammate [[PERSON|Sanjeev]] interrupts me in every meeting. I'm the only woman on the team. How do I handle this?",
    "Help me write a note to the [[PERSON|Osei-Bonsu]] family thanking them for having [[PERSON|Theo]] over for the weekend.",
    "my manager [[PERSON|dave]] said 'we'll see' about my raise for the 3rd time. whats my next move",
    "My grandmother [[PERSON|Mumtaz]] has early dementia and keeps calling me by my mum's name. How should I respond?",
    "[[PERSON|Ottilie]] and [[PERSON|Jasper]] are divorcing and both invited me to separate birthday parties on the same day. Help.",
    "Our daughter [[PERSON|Matilda]] got into two universities. Her dad wants Durham, she wants Glasgow. How do I stay neutral?",
    "My colleague [[PERSON|Hyun-woo Park]] asked me to check his visa letter for tone. Can you help if I paste it?",
    "I lent [[PERSON|Cheng]] my notes for the exam and now he's top of the class and I'm not. Petty to be annoyed?",
    "My dad [[PERSON|Giorgos]] refuses to wear a hearing aid. How can I convince him?",
    "[[PERSON|Wren]] asked me to be her maid of honour but I can't afford the hen weekend in Ibiza. What do I say?",
    "the coach, mr. [[PERSON|tanaka]], benched my kid all season. should i email him or talk after practice",
    "Can you turn this into a nice thank-you: 'thx [[PERSON|Moana]] for covering my shift, owe u one'",
    "My elderly client [[PERSON|Beatrix Holloway]], 88, wants to leave everything to her cat. As her accountant, should I say anything?",
    "my housemate [[PERSON|olamide]] plays music at 3am. shes nice otherwise. how to bring it up",
    "I'm organising leaving drinks for [[PERSON|Svetlana]] and [[PERSON|Piet]] on the same night. One party or two?",
    "My son's girlfriend [[PERSON|Destiny]] is staying with us and never helps around the house. Do I say something or leave it to him?",
    "Is it rude to ask my colleague [[PERSON|Thandiwe]] where she grew up? I'm genuinely curious about her accent.",
    "My landlord [[PERSON|Ousmane Ba]] wants three months' deposit up front. Is that normal in Paris?",
    "my nephew [[PERSON|bodhi]] wants to learn guitar. whats a good starter for a 12 yr old lefty",
    "Text I want to send, make it kinder: '[[PERSON|Marisa]], stop calling me at work. If it's urgent ring [[PHONE_NUMBER|07700 900461]] after six.'",
    "My neighbour [[PERSON|Ahmed Karimi]] at [[STREET_ADDRESS|14 Larch Avenue, Sale M33 4HT]] has had his post piling up for two weeks. Who do I call to check on him?",
    "can u help me write an invite for my nan [[PERSON|beryl]]'s 80th? rsvp to my email [[EMAIL_ADDRESS|sophie.adjei94@gmail.com]] by the 12th",
    "My son's friend [[PERSON|Bastian]] keeps calling our landline, [[PHONE_NUMBER|030 5550 8127]], at dinner time. How do I ask his parents to stop it?",
    "I'm selling my late mother's car. The buyer, [[PERSON|Fiachra Dunne]], wants to pay by bank transfer. What should the receipt say?",
    "my crush [[PERSON|Amaru]] finally texted back 'haha maybe'. wat does that even mean",
    "Write a short note for my son's teacher saying [[PERSON|Oskar]] will be picked up by his grandmother, [[PERSON|Helga]], on Thursday.",
    "[[PERSON|Pham]] from the night shift swapped with me three times and never asks for anything back. How can I thank her properly?",
]


# ---------------------------------------------------------------------------------------------
# Work requests with pasted material
# ---------------------------------------------------------------------------------------------

WORK: list[str] = [
    "Rewrite this email so it sounds more professional:\n\nhi [[PERSON|Marta]], the invoice for the Kraków shoot is attached, pls pay to [[IBAN_CODE|PL78 3796 8873 7593 9861 8651 0199]] by friday. any qs call me on [[PHONE_NUMBER|+48 512 044 937]]. cheers, [[PERSON|Kuba]]",
    "Turn these notes into a summary with action items:\n\n- [[PERSON|Leona]]: vendor contract renewal, due the 14th\n- [[PERSON|Ravi Nair]]: migrate the staging DB, needs creds from [[PERSON|Tomasz]]\n- [[PERSON|Tomasz]] to share the VPN config with [[PERSON|Ravi]] by Wednesday\n- budget review moved to next sprint",
    "Summarise this ticket for the handover:\n\nTicket #48213\nCustomer: [[PERSON|Helga Brunnerová]]\nAccount: [[ID_NUMBER|ACC-0093-4471]]\nEmail: [[EMAIL_ADDRESS|h.brunnerova@seznam.cz]]\nIssue: charged twice for the annual plan. Customer wants a refund to the original card. Called from [[PHONE_NUMBER|+420 604 118 392]] at 10:14.",
    "Clean up this CSV (trim spaces, fix capitalisation):\n\nname,email,phone,city\n  [[PERSON|joão pedro almeida]] ,[[EMAIL_ADDRESS|JPALMEIDA@gmail.com]], [[PHONE_NUMBER|+55 11 95555-0132]],são paulo\n[[PERSON|MARIANA COSTA]],  [[EMAIL_ADDRESS|mari.costa@uol.com.br]],[[PHONE_NUMBER|+55 21 95555-0178]] ,rio de janeiro",
    'Why does this JSON fail to parse?\n\n[{"id": 1, "user": "[[ID_NUMBER|mkeller88]]", "name": "[[PERSON|Martin Keller]]", "email": "[[EMAIL_ADDRESS|martin.keller@bluewin.ch]]"},\n {"id": 2, "user": "[[ID_NUMBER|ssato]]", "name": "[[PERSON|Sayuri Sato]]", "email": "[[EMAIL_ADDRESS|sayuri.sato@docomo.ne.jp]]",}]',
    "What's going on in these auth logs?\n\n2024-03-11T08:14:02Z WARN login failed user=[[ID_NUMBER|r.osei]] src=[[IP_ADDRESS|203.0.113.47]]\n2024-03-11T08:14:09Z WARN login failed user=[[ID_NUMBER|r.osei]] src=[[IP_ADDRESS|203.0.113.47]]\n2024-03-11T08:14:15Z INFO login ok user=[[ID_NUMBER|r.osei]] src=[[IP_ADDRESS|198.51.100.203]]",
    "Optimise this query:\n\nSELECT * FROM customers WHERE email = '[[EMAIL_ADDRESS|lorraine.mbeki@outlook.com]]' OR phone = '[[PHONE_NUMBER|+27 82 555 0143]]' ORDER BY created_at DESC;",
    'Why am I getting this?\n\nTraceback (most recent call last):\n  File "/srv/app/billing.py", line 88, in charge\n    gateway.charge(card="[[CREDIT_CARD|4095887088841778]]", holder="[[PERSON|Idris Kamara]]")\n  File "/srv/app/gateway.py", line 41, in charge\n    raise CardDeclined("insufficient funds")\nbilling.errors.CardDeclined: insufficient funds',
    "Is anything wrong with this config?\n\n[database]\nhost = [[IP_ADDRESS|10.20.4.17]]\nuser = [[ID_NUMBER|svc_reporting]]\npassword = [[PASSWORD|Tq8!vRz2#mLp]]\n\n[alerts]\nemail = [[EMAIL_ADDRESS|anja.hofstetter@rheinwerk-logistik.de]]\nsms = [[PHONE_NUMBER|+49 171 4420938]]",
    "My script can't authenticate. Here's my .env:\n\nLLM_API_KEY=[[API_KEY|sk-uTbQnOeeQXN9ElhHwmm3rg6kYABTkgl9]]\nADMIN_EMAIL=[[EMAIL_ADDRESS|p.lindqvist@fjordsoft.no]]\nLOG_LEVEL=debug\n\nDo I need quotes around the values?",
    "Can you shorten this reply?\n\nDear Mr. [[PERSON|Achterberg]],\n\nThank you for your patience while we looked into the missing refund. I can confirm the amount was sent back on Monday and should reach your account within five working days. Please accept our apologies for the inconvenience.\n\nKind regards,\n[[PERSON|Noémie Laurent]]\nCustomer Care | Tel. [[PHONE_NUMBER|01 99 00 42 17]]",
    "Summarise this thread:\n\n[09:02] @[[ID_NUMBER|bongani.z]]: who has the prod creds\n[09:03] @[[ID_NUMBER|fernanda.r]]: [[PERSON|Bongani]] check the vault, or ask [[PERSON|Lior]]\n[09:05] @[[ID_NUMBER|lior.bd]]: it's [[PASSWORD|Hx7-peach-Ruler-22]], rotate it after",
    "Sort by start date:\n\nEmployee ID | Name | Start | Manager\n[[ID_NUMBER|E-10442]] | [[PERSON|Chiamaka Eze]] | 2021-06-01 | [[PERSON|Ortiz]]\n[[ID_NUMBER|E-10517]] | [[PERSON|Lasse Kjærgaard]] | 2020-11-15 | [[PERSON|Ortiz]]\n[[ID_NUMBER|E-10603]] | [[PERSON|Yui Takahashi]] | 2022-02-07 | [[PERSON|Mbatha]]",
    'Why doesn\'t my postgres container start?\n\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: [[ID_NUMBER|hvanleeuwen]]\n      POSTGRES_PASSWORD: [[PASSWORD|Zaanse!Molen_71]]\n    ports:\n      - "5432:5432"',
    "Format these minutes:\n\nattendees: [[PERSON|Agnieszka]], [[PERSON|Tunde]], [[PERSON|M. Rossi]]\n- venue confirmed for the 9th\n- [[PERSON|Tunde]] to call the caterer\n- [[PERSON|Agnieszka]] to send the floor plan to [[EMAIL_ADDRESS|tunde.adeyemi@gmail.com]]\n- [[PERSON|Rossi]] handles the AV hire",
    "Draft a reply to this:\n\n'I ordered a sofa six weeks ago (order 55-1982) and nobody answers the phone. My number is [[PHONE_NUMBER|0491 570 156]] and the delivery address is [[STREET_ADDRESS|14 Wattle Grove, Brunswick East VIC 3057]]. Please call me. [[PERSON|Kylie Nguyen]]'",
    "How do I change the author on my last commit? git log shows:\n\ncommit 9f2c1e7a\nAuthor: [[PERSON|Radek Novotný]] <[[EMAIL_ADDRESS|radek.novotny@post.cz]]>\nDate:   Tue Apr 2 16:40:11 2024 +0200\n\n    fix rounding in invoice totals",
    "Refactor this to read secrets from environment variables:\n\nimport smtplib\ns = smtplib.SMTP('smtp.mailhost.eu', 587)\ns.starttls()\ns.login('[[EMAIL_ADDRESS|eleni.papadaki@mailhost.eu]]', '[[PASSWORD|Kalimera#2024]]')\ns.sendmail('[[EMAIL_ADDRESS|eleni.papadaki@mailhost.eu]]', ['[[EMAIL_ADDRESS|g.stavrou@mailhost.eu]]'], body)",
    "Convert to SOAP format:\n\nPt [[PERSON|Abdullahi Musa]], MRN [[ID_NUMBER|7730215]], 54M, c/o chest tightness x2 days, worse on exertion. No fever. Wife [[PERSON|Hadiza]] reachable on [[PHONE_NUMBER|0803 555 2917]]. Plan ECG, troponin.",
    "Extract the fields as JSON:\n\nINVOICE 2024-117\nBill to: [[PERSON|Camille Roux]], [[STREET_ADDRESS|12 rue des Tanneurs, 67000 Strasbourg]]\nPay to: [[IBAN_CODE|FR28 8585 9610 3745 5312 5140 714]]\nTotal: 1 240,00 EUR",
    "Rate the agent's tone in this chat:\n\nAgent: Hi, who am I speaking to?\nCustomer: [[PERSON|Deshawn Carter]]\nAgent: Thanks [[PERSON|Deshawn]], can you confirm the last four digits of your SSN?\nCustomer: here's the whole thing [[US_SSN|412-55-8093]]\nAgent: Only the last four, please! I'll make a note.",
    'Which IP is hammering the login endpoint?\n\n[[IP_ADDRESS|198.51.100.23]] - - [12/Mar/2024:10:01:12 +0000] "POST /login HTTP/1.1" 401 512\n[[IP_ADDRESS|198.51.100.23]] - - [12/Mar/2024:10:01:13 +0000] "POST /login HTTP/1.1" 401 512\n[[IP_ADDRESS|192.0.2.141]] - [[ID_NUMBER|okafor_c]] [12/Mar/2024:10:01:15 +0000] "GET /dashboard HTTP/1.1" 200 8812\n[[IP_ADDRESS|198.51.100.23]] - - [12/Mar/2024:10:01:15 +0000] "POST /login HTTP/1.1" 401 512',
    "How do I move these passwords into a vault?\n\n[web]\n[[IP_ADDRESS|10.0.12.5]] ansible_user=[[ID_NUMBER|mfischer]] ansible_password=[[PASSWORD|Br3zel&Senf]]\n[[IP_ADDRESS|10.0.12.6]] ansible_user=[[ID_NUMBER|mfischer]] ansible_password=[[PASSWORD|Br3zel&Senf]]",
    "Improve the layout of my CV header:\n\n[[PERSON|Aisling Ní Bhriain]]\n[[STREET_ADDRESS|Apt 3, 22 Raglan Road, Ballsbridge, Dublin 4, D04 X2Y6]]\n[[PHONE_NUMBER|+353 87 555 0192]] | [[EMAIL_ADDRESS|aisling.nibhriain@gmail.com]]\nData analyst, five years in retail forecasting",
    'Why is the API returning 422?\n\nPOST /v1/payouts\n{"account_holder": "[[PERSON|Sebastián Ortega]]", "iban": "[[IBAN_CODE|ES5940819858362487609539]]", "amount": 250}\n\nResponse: {"error": "currency is required"}',
    "Make this invite clearer:\n\ncall w/ [[PERSON|Haruto]] & Ms [[PERSON|Ilunga]] re: Q3 numbers, thurs 4pm CET\ndial in [[PHONE_NUMBER|+1 202 555 0147]] pin [[PASSWORD|774102]]#",
    "Which of these rows are missing a parent phone?\n\nstudent,parent,phone\n[[PERSON|Amara Obi]],[[PERSON|Ifeoma Obi]],[[PHONE_NUMBER|07700 900418]]\n[[PERSON|Lukas Bauer]],[[PERSON|Petra Bauer]],\n[[PERSON|Zara Hussain]],[[PERSON|Imran Hussain]],[[PHONE_NUMBER|07700 900772]]",
    "Reply on my behalf, declining politely:\n\n---------- Forwarded message ---------\nFrom: [[PERSON|Giulia Bernasconi]] <[[EMAIL_ADDRESS|giulia.bernasconi@libero.it]]>\nTo: [[EMAIL_ADDRESS|f.moretti@tiscali.it]]\nSubject: cena sabato?\n\nCiao [[PERSON|Fabio]], sabato sera da noi? Porta anche [[PERSON|Elisa]]!",
    'Check this tfvars for mistakes:\n\nadmin_cidr      = "[[IP_ADDRESS|203.0.113.88]]/32"\nadmin_user      = "[[ID_NUMBER|kjohansson]]"\nmetrics_api_key = "[[API_KEY|dd0c8a1f7e2b4c6d9a3f5e8b1c7d2a94]]"\nregion          = "eu-north-1"',
    "Check this application for completeness:\n\nApplicant: [[PERSON|Marcus Boateng]]\nSSN: [[US_SSN|538-21-7764]]\nHome: [[STREET_ADDRESS|4417 Larkspur Ln, Apt 2C, Columbus, OH 43214]]\nEmployer: Midstate Freight\nAnnual income: $68,400",
    "Summarise this house chat for the new tenants:\n\n[[PERSON|Olu]]: bins go out tuesday night\n[[PERSON|Becca]]: side gate code is [[PASSWORD|4471]]\n[[PERSON|Olu]]: and the wifi is [[PASSWORD|dandelion-attic-88]]\n[[PERSON|Becca]]: landlord is Mr [[PERSON|Sheridan]] if anything breaks",
    "Fix the OCR errors in this shipping label:\n\nSHIP TO: [[PERSON|KATARZYNA DABR0WSKA]]\n[[STREET_ADDRESS|UL. PIOTRKOWSKA 1O4/12\n90-OO6 LODZ]]\nTEL [[PHONE_NUMBER|+48 6O1 555 213]]",
    "Turn this into a markdown table:\n\nhost bastion-2  [[IP_ADDRESS|172.16.8.21]]  owner [[ID_NUMBER|t.mwangi]]\nhost build-7    [[IP_ADDRESS|172.16.8.34]]  owner [[ID_NUMBER|a.serrano]]\nhost metrics-1  [[IP_ADDRESS|172.16.9.2]]   owner [[ID_NUMBER|t.mwangi]]",
    '{"event":"payment.failed","customer":{"id":"[[ID_NUMBER|cus_88214093]]","name":"[[PERSON|Wiremu Tane]]","phone":"[[PHONE_NUMBER|+64 21 555 0834]]"},"card_last4":"0042"}\n\nWrite a Node handler for this webhook that logs only the event type.',
    "Make this warmer:\n\n[[PERSON|Priyanka]], keys are under the mat at [[STREET_ADDRESS|7 Birchfield Close, Harrogate HG2 7QP]], alarm code [[PASSWORD|2580]]. Plants need water Thursday. [[PERSON|Gav]]",
    "Why does fetch return 401?\n\nconst res = await fetch('https://api.weather.example/v2/today', {\n  headers: { 'X-Api-Key': '[[API_KEY|wk_live_9fQz2LmX7pR4tB8vN1cY6hJ3]]' }\n});",
    '2024-05-02 11:03:55 ERROR payment declined card=[[CREDIT_CARD|5545 3156 9484 4062]] name="[[PERSON|Trần Thị Mai]]" reason=do_not_honor\n\nShould we be logging the full card number here? What should this line look like instead?',
    "Help me answer this recruiter:\n\nHi [[PERSON|Samir]],\nI came across your profile and think you'd be a great fit for a platform role we're hiring for. Are you free for a quick call this week? You can reach me on [[PHONE_NUMBER|(415) 555-0176]].\nBest,\n[[PERSON|Kristen Albrecht]]\nTalent Partner",
    "Sort by appointment time:\n\n10:30 [[PERSON|Ferreira, Ana]] (NHS [[ID_NUMBER|485 777 3456]])\n09:15 [[PERSON|Olawale, Tunde]] (NHS [[ID_NUMBER|943 476 5919]])\n11:00 [[PERSON|Brennan, Sheila]] (NHS [[ID_NUMBER|401 023 2137]])",
    "Why doesn't cron email me?\n\nMAILTO=[[EMAIL_ADDRESS|n.ahmadi@proton.me]]\n0 3 * * * /usr/local/bin/backup.sh --user [[ID_NUMBER|nahmadi]] --host [[IP_ADDRESS|192.168.40.12]]",
    "Proofread:\n\nPolicy no: [[ID_NUMBER|HX-4420-918-02]]\nInsured: [[PERSON|Gwendolyn Price]]\nI am writting to report water damage at [[STREET_ADDRESS|88 Mill Lane, Cardiff CF14 6JR]] that occured on 3 March when a pipe burst in the loft.",
    "Convert to a single bulk insert:\n\nINSERT INTO users (username, full_name, phone) VALUES ('[[ID_NUMBER|ayse.yildiz]]', '[[PERSON|Ayşe Yıldız]]', '[[PHONE_NUMBER|+90 532 555 41 07]]');\nINSERT INTO users (username, full_name, phone) VALUES ('[[ID_NUMBER|emre_k]]', '[[PERSON|Emre Kaplan]]', '[[PHONE_NUMBER|+90 535 555 18 62]]');",
    'Exception in thread "main" java.lang.IllegalStateException: duplicate key [[EMAIL_ADDRESS|wojciech.zielinski@onet.pl]]\n\tat com.acme.users.Registry.add(Registry.java:57)\n\tat com.acme.users.Importer.run(Importer.java:112)\n\nHow do I dedupe the list before inserting?',
    "Translate into Spanish:\n\nDear [[PERSON|Inés]], your deposit of 900 euros will be returned to [[IBAN_CODE|ES81 4530 5140 7859 7272 6096]] within ten days. The final meter reading was taken on Friday.",
    "Customer [[PERSON|Omar Farouk]] says he's blocked. Our WAF log shows [[IP_ADDRESS|2001:db8:85a3::8a2e:370:7334]] denied 40 times in an hour. How do I allow just his address without opening the whole range?",
    'Convert to JSON:\n\noncall:\n  - name: [[PERSON|Keisha Brown]]\n    phone: "[[PHONE_NUMBER|+1-312-555-0199]]"\n  - name: [[PERSON|Anders Holm]]\n    phone: "[[PHONE_NUMBER|+46 70 555 31 09]]"',
    "Is this onboarding email secure enough?\n\nWelcome [[PERSON|Natalia]]! Your login is [[ID_NUMBER|nrodriguez]] and your temporary password is [[PASSWORD|Welcome2024!Nr]]. Please change it when you first sign in.",
    "Tidy up these call notes:\n\nspoke to dhr. [[PERSON|Jansen]], wants his payments switched to [[IBAN_CODE|NL93 TNJJ 6968 7728 75]], new mobile [[PHONE_NUMBER|06 5550 3817]], customer no. [[ID_NUMBER|200431877]]. follow up next week",
    "Decode and tell me what this form submitted:\n\nfull_name=[[PERSON|Miriam+Goldfarb]]&email=[[EMAIL_ADDRESS|miriam.goldfarb%40gmail.com]]&plan=pro&newsletter=1",
    '# TODO([[ID_NUMBER|jlaurent]]): remove hardcoded key before release\nAWS_ACCESS_KEY_ID = "[[API_KEY|AKIAXUJNE5ZAF0W2NRUK]]"\n\nWhat\'s the safest way to purge this from the git history?',
    "Bitte fasse das Ticket zusammen:\n\nKunde: [[PERSON|Dieter Wohlgemuth]]\nKundennr.: [[ID_NUMBER|KD-558130]]\nAnschrift: [[STREET_ADDRESS|Lindenstraße 42, 04109 Leipzig]]\nProblem: Router startet seit Montag ständig neu, Rückruf unter [[PHONE_NUMBER|0341 5550 9921]] erbeten.",
    "Corrige les fautes :\n\nBonjour Mme [[PERSON|Lefebvre]], je vous confirme le rendez-vous de mardi a 14h. Si vous avez un empechement, mon numero est le [[PHONE_NUMBER|06 99 00 12 34]]. Cordialement, [[PERSON|Yannick Morel]]",
    "Uncaught (in promise) Error: 403 Forbidden for token [[API_KEY|ghp_EJXsQMGbgazHmS7aiBXSLhoGghncbLnm]] on repo build-tools\n\nI pasted that token into a public issue by accident. What should I do now?",
    "Check the totals:\n\nemp_id,name,iban,net\n[[ID_NUMBER|1043]],[[PERSON|Saara Virtanen]],[[IBAN_CODE|FI6813475757170777]],2890.10\n[[ID_NUMBER|1051]],[[PERSON|Jukka Laine]],[[IBAN_CODE|FI1818918507678767]],3120.00\ntotal,,,6010.10",
    "Write a post-mortem from this timeline:\n\n14:02 [[PERSON|Ama]] noticed 500s on checkout\n14:05 [[PERSON|Ama]] paged [[PERSON|Halvorsen]]\n14:11 [[PERSON|Halvorsen]] found the bad migration\n14:20 rollback by [[ID_NUMBER|jhalvorsen]] from [[IP_ADDRESS|10.8.0.14]]\n14:26 errors back to normal",
    "Summarise this group chat:\n\n[19:02] [[PERSON|Fiona]]: can anyone take [[PERSON|Leo]] to football on Thu?\n[19:05] [[PERSON|Raj]]: I can, text me on [[PHONE_NUMBER|07700 900155]]\n[19:06] [[PERSON|Fiona]]: legend, thank you x",
    "Shorten this:\n\nHello, my name is [[PERSON|Tomoko Ishikawa]] and I am currently living at [[STREET_ADDRESS|2-14-7 Kamimeguro, Meguro-ku, Tokyo 153-0051]]. I am interested in the two-bedroom flat you advertised and would like to arrange a viewing. I can be reached at [[EMAIL_ADDRESS|tomoko.ishikawa@icloud.com]].",
    "How do I avoid the plain-text password here?\n\n$cred = New-Object PSCredential('[[ID_NUMBER|CORP\\ebakker]]', (ConvertTo-SecureString '[[PASSWORD|Tulp3n-Veld!9]]' -AsPlainText -Force))\nInvoke-Command -ComputerName [[IP_ADDRESS|10.1.2.30]] -Credential $cred -ScriptBlock { Get-Service }",
    "Fill in this W-9 summary:\n\nName: [[PERSON|Latoya Jenkins]]\nSSN: [[US_SSN|291-44-6038]]\nAddress: [[STREET_ADDRESS|1290 Pecan St, Austin, TX 78704]]\nBusiness: sole proprietor, photography",
    "Reword this Jira comment: '@[[ID_NUMBER|dkowalski]] reproduced it on [[PERSON|Nadia]]'s laptop, her user [[ID_NUMBER|nsaleh]] can't see the board, maybe perms?'",
    'Write a README section from this snippet, but replace the real values with placeholders:\n\nclient = Client(\n    base_url="https://[[IP_ADDRESS|192.168.7.40]]:8443",\n    username="[[ID_NUMBER|adm_wkowal]]",\n    password="[[PASSWORD|Sosnowa#Aleja5]]",\n)',
    "Turn this voicemail transcript into a to-do:\n\n'hi it's [[PERSON|Brigitte]] from number 12, the water's coming through your ceiling into ours, call me on [[PHONE_NUMBER|0478 55 51 30]] or my husband [[PERSON|Luc]] on [[PHONE_NUMBER|0478 55 59 02]] as soon as you can'",
    'Validate this YAML:\n\nbilling:\n  holder: [[PERSON|Sigríður Jónsdóttir]]\n  card: "[[CREDIT_CARD|4014 6194 7477 3861]]"\n  expiry: "09/27"\n  email: [[EMAIL_ADDRESS|sigga.jons@simnet.is]]',
]


# ---------------------------------------------------------------------------------------------
# Short requests: one secret or number in passing
# ---------------------------------------------------------------------------------------------

SECRETS: list[str] = [
    "Is [[PASSWORD|sunflower1987]] a strong enough password for my banking app?",
    "I keep forgetting my card PIN, it's [[PASSWORD|4862]]. Any memory tricks that don't involve writing it down?",
    "Can you check whether this card number looks valid? [[CREDIT_CARD|4820 7549 4058 4768]]",
    "what bank is this iban from [[IBAN_CODE|DE03 8278 1466 9217 9997 77]]",
    "My SSN is [[US_SSN|623-18-4420]]. Do I need it to open a Roth IRA online, or can I add it later?",
    "I accidentally posted our bot token [[API_KEY|xoxb-RtMEItNQ8PRa2mloYxfYjBdtduxazMWn]] in a public channel. How bad is it and what do I do first?",
    "Someone keeps ringing me from [[PHONE_NUMBER|+44 20 7946 0831]] and hanging up. Is there any way to find out who it is?",
    "Make my wifi password [[PASSWORD|Gr33nT3a&Honey]] into something easier to type but still safe.",
    "Which is the better password: [[PASSWORD|Tr0mb0ne!Sky]] or [[PASSWORD|horse-lamp-violin-42]]?",
    "my door code is [[PASSWORD|1907]] and the delivery guy keeps getting it wrong, how do i explain it in the delivery note",
    "Do I need to tell my bank if my card [[CREDIT_CARD|5248-3556-6200-2467]] was used at a shop I've never been to?",
    "My landlord emailed a new account for rent, [[IBAN_CODE|GB08 QHTP 2338 3816 1883 02]]. Is it normal to change IBANs by email, or could this be fraud?",
    "Format this number for international dialling: [[PHONE_NUMBER|0161 496 0725]]",
    "is [[PHONE_NUMBER|0491 570 158]] an australian mobile or a landline?",
    "How do I store [[API_KEY|glpat-5GilgGNCU2JWj53d0RAmcK1CfG8DzGxI]] as a CI variable without it showing up in the job logs?",
    "Got a letter quoting my social security number [[US_SSN|509-73-2261]] and asking me to call back. Scam?",
    "My new laptop password is [[PASSWORD|Kettle$Marmalade09]]. Will it pass a 12-character policy with symbols?",
    "Card [[CREDIT_CARD|371876367107038]] gets declined online but works in shops. Why would that be?",
    "Should I give my IBAN [[IBAN_CODE|IT83 L114 3491 6716 7678 9775 341]] to a buyer on a marketplace app, or is that risky?",
    "the sim pin is [[PASSWORD|0316]] but it says sim locked after 3 tries, what now",
    "Is [[IP_ADDRESS|192.168.1.47]] my public IP or a local one? I'm trying to set up port forwarding.",
    "My home server sits at [[IP_ADDRESS|10.0.0.23]]. How do I ssh into it from my phone when I'm away?",
    "Is it safe to put my card [[CREDIT_CARD|6011969170858955]] into a travel site I found on a forum?",
    "Write me a reminder to change my email password; the current one is [[PASSWORD|Pinecone!44]].",
    "translate 'my account number is [[ID_NUMBER|00417789325]]' into Polish",
    "Is this a publishable key or a secret one: [[API_KEY|pk_test_N2g9Xn5Nspj5Xrz2B6Tk08VsNbBbxTMc]]?",
    "Rewrite in formal German: 'please call me back on [[PHONE_NUMBER|+1 312 555 0163]] after 5'",
    "the garage code is [[PASSWORD|8 2 4 6]], is that too easy to guess?",
    "Does [[IBAN_CODE|BE48 2953 3662 9742]] belong to a Belgian bank? The invoice says it does.",
    "My employee number is [[ID_NUMBER|EMP-220948]]. How do I phrase an email to HR asking for last year's payslips?",
    "I typed my card [[CREDIT_CARD|4900 7408 3059 1453]] into a site that looked like my bank's. What should I do right now?",
    "Is 15 characters enough? Thinking of using [[PASSWORD|Marigold_Rain_7]] for my work account.",
    "Could someone hack me with just my IP, [[IP_ADDRESS|203.0.113.64]]? A guy in a game chat posted it.",
    "my student id is [[ID_NUMBER|s2039481]], write an email to the library asking to extend my loans",
    "Does this SSN format look right: [[US_SSN|318 40 9956]]? The form keeps rejecting it.",
    "My router's admin password is still [[PASSWORD|admin1234]]. How do I change it?",
    "Can you keep my locker combination [[PASSWORD|17-32-08]] in mind for later in this chat?",
    "Add spaces to this IBAN so it's easier to read: [[IBAN_CODE|AT124868899506407097]]",
    "My Swiss IBAN is [[IBAN_CODE|CH57 5516 0656 9255 1038 5]]. Do I also need a BIC for a SEPA transfer?",
    "I got a WhatsApp from [[PHONE_NUMBER|+44 7700 900381]] claiming to be my bank. Scam?",
]


# ---------------------------------------------------------------------------------------------
# Clean texts
# ---------------------------------------------------------------------------------------------

CLEAN_EVERYDAY: list[str] = [
    "What's a good recipe for a quick weeknight lentil soup?",
    "Explain the difference between a Roth and a traditional IRA in simple terms.",
    "How long should I boil an egg for a jammy yolk?",
    "Give me a four-week beginner running plan, three runs a week.",
    "Write a haiku about the first frost.",
    "How do I get a red wine stain out of a wool rug?",
    "What's the best way to learn touch typing as an adult?",
    "Suggest names for a small bakery that focuses on sourdough.",
    "Summarise the pros and cons of a heat pump for an old brick house.",
    "How do I politely decline a meeting invite when my calendar is already full?",
    "Convert 350 degrees Fahrenheit to Celsius.",
    "what are some indoor plants that survive low light",
    "Write a product description for a stainless steel water bottle, 750 ml, keeps drinks cold for 24 hours.",
    "how to fix a squeaky door hinge without wd40",
    "Explain recursion to a ten-year-old.",
    "Plan a three-day itinerary for a rainy weekend in a coastal town.",
    "What's the difference between 'affect' and 'effect'?",
    "Give me five icebreaker questions for a team meeting.",
    "How do I write a SQL query that finds duplicate rows in a table?",
    "Should I pay off a credit card balance or build an emergency fund first?",
    "Draft a polite out-of-office message for two weeks of holiday.",
    "What should I pack for a week of hiking in the mountains in late September?",
    "Write a short bedtime story about a hedgehog who is afraid of falling leaves.",
    "How do I calculate compound interest when it's added monthly?",
    "my sourdough starter smells like nail polish remover, is it dead?",
    "Suggest a weekly meal plan for a vegetarian family of four on a budget.",
    "How can I stop procrastinating on big projects?",
    "Explain what an employer 401(k) match is.",
    "Write a regex that matches dates in YYYY-MM-DD format.",
    "What's a good stretching routine for lower back pain after sitting all day?",
    "how many cups of flour are in a kilo",
    "Rewrite this to be more concise: 'At this point in time we are not in a position to proceed.'",
    "What are the signs that a houseplant is overwatered?",
    "Give me tips for an interview for a junior accountant role.",
    "Explain the offside rule in football.",
    "How do I make my CV stand out when I'm changing careers?",
    "Write a limerick about a cat who hates Mondays.",
    "What's the difference between baking soda and baking powder?",
    "Create a packing checklist for moving house.",
    "How do I set up a monthly budget spreadsheet with categories?",
    "Can you explain how vaccines train the immune system?",
    "Suggest a few board games for four adults who like strategy.",
    "what is a good age to start swimming lessons",
    "Help me write a LinkedIn headline for a data analyst with three years' experience.",
    "How do I clean a cast iron pan that has rust spots?",
    "Write a thank-you note to my team for finishing the project a week early.",
    "Explain how a mortgage offset account works.",
    "What's the safest way to defrost chicken quickly?",
    "List ten questions to ask a landlord before signing a lease.",
    "How do I centre a div horizontally and vertically in CSS?",
    "Why do my tomatoes split before they're ripe?",
    "Summarise the main causes of inflation in two paragraphs.",
    "Recommend a way to learn Spanish in 20 minutes a day.",
    "How can I tell if an egg is still fresh?",
    "Write a short motivational message for a team going into a busy quarter.",
    "What's the difference between a virus and a bacterium?",
    "Create a chore chart for kids aged 6 and 9.",
    "How do I get rid of fruit flies in the kitchen?",
    "Explain Big O notation with an example.",
    "what should i do if my toddler refuses to eat vegetables",
    "How often should I change the oil in a car that mostly does short trips?",
    "Write a polite complaint to a phone company about a billing error on my last bill.",
    "What's a good way to organise photos from ten years of trips?",
    "How can I sleep better when I work night shifts?",
    "Give me a funny name for an office fantasy football team.",
    "Explain the difference between TCP and UDP.",
    "How much water should a 30 kg dog drink per day?",
    "Give me a checklist for getting a bike ready for winter.",
    "Turn this into bullet points: we need to finalise the budget, hire two contractors and move the launch to spring.",
    "How do I write a good README for a small open-source library?",
    "what temperature should my fridge be at",
    "Ideas for a 30-minute team-building activity that works remotely?",
    "What does APR mean on a loan offer?",
    "Write a short speech for a school prize-giving about perseverance.",
    "How do I unclog a bathroom sink without harsh chemicals?",
]

CLEAN_TRICKY: list[str] = [
    "Summarise the plot of Pride and Prejudice, focusing on how Elizabeth Bennet's view of Mr. Darcy changes.",
    "What did Marie Curie discover, and why did she win two Nobel Prizes?",
    "Explain Ohm's law with a worked example.",
    "Who wrote 'One Hundred Years of Solitude', and what is magical realism?",
    "Compare the leadership styles of Abraham Lincoln and Winston Churchill in a crisis.",
    "Is Bayes' theorem the same thing as the law of total probability?",
    "Recommend three albums if I like Fleetwood Mac and The Smiths.",
    "Write a pub quiz question about Manchester United's 1999 treble.",
    "How does the Doppler effect explain an ambulance siren changing pitch?",
    "What's the difference between Parkinson's disease and Alzheimer's disease?",
    "Give me a reading order for Terry Pratchett's Discworld novels.",
    "Why is the zebra crossing on Abbey Road such a tourist spot?",
    "Explain Murphy's law and Sod's law. Are they the same?",
    "Write a birthday card message in the style of Shakespeare.",
    'How do I set my identity in git? The docs show `git config --global user.name "Your Name"` and `git config --global user.email you@example.com`.',
    'Explain this code:\n\nuser = {"name": "<your name>", "email": "user@example.com", "password": "${PASSWORD}"}\nrequests.post(URL, json=user)',
    "Which UUID version is 123e4567-e89b-12d3-a456-426614174000, and what does the variant field mean?",
    "We're upgrading from Django 4.2.11 to 5.0.3. What usually breaks?",
    "My order total was $1,249.99 and shipping was $18.50. What's the sales tax at 8.25%?",
    "Who was Florence Nightingale and what did she change in hospitals?",
    "Why is Harry Potter's scar shaped like a lightning bolt?",
    "Explain the Pythagorean theorem as if I were twelve.",
    "What was the 'war of the currents' between Edison and Westinghouse about?",
    "Explain the Big Mac index and what it says about exchange rates.",
    "Describe how the Golden State Warriors played under Steve Kerr.",
    "Give me a summary of Kafka's 'The Metamorphosis'.",
    "What's on Baker Street in London apart from the Sherlock Holmes Museum?",
    "Who were Fahrenheit and Celsius, and why do their scales differ?",
    "Why did Frida Kahlo paint so many self-portraits?",
    "Explain Newton's three laws with everyday examples.",
    "Make this template friendlier: 'Dear [Customer Name], your order [Order ID] has shipped to [Address].'",
    "In this .env.example, what should go in DB_PASSWORD=changeme and API_KEY=your-api-key-here?",
    "What does the HTTP header 'Authorization: Bearer <token>' mean?",
    "What's the Fibonacci sequence, and who was Leonardo of Pisa?",
    "Explain Hooke's law using a spring scale.",
    "Who were the four Beatles, and which songs did George Harrison write?",
    "Why is it called a Caesar salad when Julius Caesar had nothing to do with it?",
    "Compare Nike and Adidas running shoes for flat feet.",
    "How was the Golden Gate Bridge built, and how long did it take?",
    "Why does Walter White start cooking meth in Breaking Bad? No spoilers past season one.",
    "What do Sherlock Holmes and Hercule Poirot have in common as detectives?",
    "Explain the Monty Hall problem.",
    "Is Rose too obvious a name for a flower shop?",
    "Summarise the main themes of Martin Luther King Jr.'s 'I Have a Dream' speech.",
    "What were Mozart's last works, and was the Requiem finished?",
    "What is the Heimlich manoeuvre and when should it be used?",
    "Explain the Turing test and whether modern chatbots pass it.",
    "Which is older, Oxford or Cambridge?",
    "Write a Python function that checks an address like john.doe@example.com against a simple regex.",
    "Is Node 20.11.1 an LTS release, and which npm version ships with it?",
    "How did Apple, Microsoft and Google each get started?",
    "What's the capital of Georgia, the country, not the US state?",
    "Why did Napoleon invade Russia in 1812?",
    "Explain Moore's law and whether it still holds.",
    "Describe the architecture of Gaudí's Sagrada Família.",
    "Who are Hermione Granger's closest friends at Hogwarts?",
    "Explain the Grace Period line on my credit card statement.",
    "Write a sonnet about May mornings in the style of Wordsworth.",
    "How do I show `{{ user.first_name }}` in a Jinja template when the field might be empty?",
    "What is the Krebs cycle, in plain words?",
    "Explain the Dunning-Kruger effect with examples.",
    "Summarise the career of Serena Williams.",
    "Is Hunter or Ranger a better name for a golden retriever puppy?",
    "What's the point of the Schrödinger's cat thought experiment?",
    "Which Agatha Christie novel should I start with?",
    "Explain this query: SELECT name, email FROM users WHERE email LIKE '%@example.org';",
    "What do 0.0.0.0 and 127.0.0.1 mean in a server config?",
    "Describe the rivalry between Real Madrid and FC Barcelona.",
    "How is the Fourier transform related to the Laplace transform?",
    "How tall is the Eiffel Tower, and was Gustave Eiffel the one who designed it?",
    "Who painted 'Girl with a Pearl Earring', and do we know who the girl was?",
    "Invoice INV-2024-0042 has three items at €49.90 each plus 19% VAT. What's the total?",
    "Where does the name of the Miranda warning come from?",
    "Explain Michael Corleone's arc across The Godfather films.",
    "Tell me about Queen Elizabeth II's coronation in 1953.",
]


# ---------------------------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------------------------

TITLE = re.compile(
    r"^(?:mr|mrs|ms|mx|miss|dr|prof|sir|dame|dhr|mevr|mme|mlle|herr|frau|sr|sra)\b\.?\s",
    re.IGNORECASE,
)
PARTICLES = frozenset(
    {"van", "der", "den", "von", "del", "della", "das", "dos", "bin", "ben", "ibn"}
)
EMAIL = re.compile(r"^[\w.+-]+(?:@|%40)[\w-]+(?:\.[\w-]+)+$")
PLACEHOLDER_DOMAINS = ("example.com", "example.org", "example.net")


def ip_ok(value: str) -> bool:
    """A documentation or private address, never loopback or unspecified."""
    addr = ipaddress.ip_address(value)
    if addr.is_loopback or addr.is_unspecified:
        return False
    return any(addr in net for net in DOC_NETS if net.version == addr.version) or (
        addr.version == 4 and addr.is_private
    )


def covered(spans: list[Span], start: int, end: int) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def problems(text: str, spans: list[Span]) -> list[str]:
    """What is wrong with one labelled text (empty when nothing)."""
    out: list[str] = []
    if not spans:
        out.append("no spans")
    for s in spans:
        kind, value = s["type"], s["value"]
        if kind not in TYPES:
            out.append(f"unknown type {kind}")
        if value != value.strip() or not value:
            out.append(f"padded value {value!r}")
        if kind == "PERSON" and TITLE.match(value):
            out.append(f"title inside {value!r}")
        if kind == "CREDIT_CARD":
            digits = re.sub(r"\D", "", value)
            if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
                out.append(f"bad card {value!r}")
        if kind == "IBAN_CODE" and not iban_ok(value):
            out.append(f"bad IBAN {value!r}")
        if kind == "US_SSN":
            digits = re.sub(r"\D", "", value)
            if (
                len(digits) != 9
                or digits[:3] in {"000", "666"}
                or digits[0] == "9"
                or digits[3:5] == "00"
                or digits[5:] == "0000"
            ):
                out.append(f"bad SSN {value!r}")
        if kind == "IP_ADDRESS" and not ip_ok(value):
            out.append(f"IP outside documentation/private ranges {value!r}")
        if kind == "EMAIL_ADDRESS" and (
            not EMAIL.match(value) or value.lower().endswith(PLACEHOLDER_DOMAINS)
        ):
            out.append(f"bad email {value!r}")
        if kind == "PHONE_NUMBER" and len(re.sub(r"\D", "", value)) < 7:
            out.append(f"short phone {value!r}")
    for a, b in itertools.pairwise(spans):
        if b["start"] < a["end"]:
            out.append(f"overlap {a['value']!r} {b['value']!r}")
    # every occurrence of a labelled value, and of each word of a labelled name, is labelled
    needles = {s["value"] for s in spans}
    for s in spans:
        if s["type"] == "PERSON":
            needles |= {
                w
                for w in re.split(r"[\s,]+", s["value"])
                if len(w) >= 3 and w.lower() not in PARTICLES
            }
    for needle in sorted(needles):
        for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text):
            if not covered(spans, m.start(), m.end()):
                out.append(f"unlabelled repeat {needle!r}")
    return out


def clean_problems(text: str) -> list[str]:
    """What looks like personal data in a text meant to be clean."""
    out: list[str] = []
    if "[[" in text or "]]" in text:
        out.append("mark in clean text")
    for m in re.finditer(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", text):
        if not m.group().lower().endswith(PLACEHOLDER_DOMAINS):
            out.append(f"real-looking email {m.group()!r}")
    for m in re.finditer(r"\b\d[\d -]{11,22}\d\b", text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            out.append(f"card-like number {m.group()!r}")
    return out


# ---------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------


def build() -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    hand = (
        [("chat", t) for t in CHAT] + [("work", t) for t in WORK] + [("secret", t) for t in SECRETS]
    )
    n_statements = PII_TOTAL - len(hand)
    if not 80 <= n_statements <= 100 or n_statements < len(TEMPLATES):
        raise ValueError(f"{n_statements} statement records; adjust the hand-written lists")
    marked = [("statement", t) for t in statement_texts(n_statements)] + hand
    random.Random(SEED + 2).shuffle(marked)

    pii: list[dict[str, object]] = []
    seen: set[str] = set()
    bad: list[str] = []
    for i, (_kind, item) in enumerate(marked, 1):
        text, spans = strip_marks(item)
        for p in problems(text, spans):
            bad.append(f"{text[:70]!r}: {p}")
        if text in seen:
            bad.append(f"duplicate {text[:70]!r}")
        seen.add(text)
        pii.append(record(f"blind6-pii-{i:04d}", PII_SOURCE, text, spans))

    clean_texts = list(CLEAN_EVERYDAY) + list(CLEAN_TRICKY)
    random.Random(SEED + 3).shuffle(clean_texts)
    clean: list[dict[str, object]] = []
    for i, text in enumerate(clean_texts, 1):
        for p in clean_problems(text):
            bad.append(f"{text[:70]!r}: {p}")
        if text in seen:
            bad.append(f"duplicate {text[:70]!r}")
        seen.add(text)
        clean.append(record(f"blind6-clean-{i:04d}", CLEAN_SOURCE, text, []))

    if len(pii) != PII_TOTAL or len(clean) != CLEAN_TOTAL:
        bad.append(f"counts {len(pii)} / {len(clean)}")
    if bad:
        raise SystemExit("checks failed:\n" + "\n".join(bad))
    return pii, clean


def main() -> None:
    pii, clean = build()
    write(PII_PATH, pii, report=True)
    write(CLEAN_PATH, clean, report=True)
    kinds: dict[str, int] = {}
    for row in pii:
        for s in row["spans"]:  # type: ignore[union-attr]
            kinds[s["type"]] = kinds.get(s["type"], 0) + 1
    print("spans:", ", ".join(f"{k} {kinds[k]}" for k in sorted(kinds)))
    print(
        f"statement {PII_TOTAL - len(CHAT) - len(WORK) - len(SECRETS)} (templates {len(TEMPLATES)}), chat {len(CHAT)}, work {len(WORK)}, secret {len(SECRETS)}; clean {len(CLEAN_EVERYDAY)} everyday + {len(CLEAN_TRICKY)} tricky"
    )


if __name__ == "__main__":
    main()
