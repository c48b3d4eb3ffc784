"""Records pasted into a request: values filed under a key or a column that names
personal data. JSON, dicts, keyword arguments, YAML and form lines ({"first": "Ines"},
User(name="Ines Varga"), "phone: 0612 34 56 78"), and the cells under such a header in
CSV/TSV/Markdown tables. Their values are redaction candidates; a person-name value filed
as a name (not a placeholder like John Doe) makes the request sensitive on its own."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import cache

from .spans import Span
from .structured import IPV4, IPV4_SHAPE

# A candidate's score: below router.privacy.min_score (detection), at or above
# redact_min_score (redaction). The other candidates (candidates.py) share it.
WEAK = 0.4


# A value under a key that names personal data, as records are pasted: JSON, dicts,
# keyword arguments, YAML, "Name: …" forms. {"first": "Ines", "last": "Varga"},
# User(name="Ines Varga"), "phone: 0612 34 56 78". The value is quoted, or runs to the
# end of the line or the next comma after `key:`.
_FIELD_KINDS = {
    "PERSON": "name first last firstname lastname first_name last_name full_name fullname "
    "surname given_name givenname family_name display_name displayname nickname "
    "contact_name customer_name patient_name employee_name name_surname customer "
    "patient employee student guest tenant "
    # the same in the languages forms are often filled in
    "nombre apellido apellidos nom prénom prenom vorname nachname nome cognome imię imie "
    "nazwisko naam achternaam voornaam navn etternavn fornavn namn efternamn nimi sukunimi "
    "isim ad soyad soyadı jméno příjmení фио имя фамилия отчество όνομα επώνυμο "
    "الاسم العميل المريض ชื่อ ชื่อ-นามสกุล नाम 姓名 氏名 名前 이름",
    "PHONE_NUMBER": "phone mobile tel telephone cell phone_number mobile_number teléfono "
    "telefono téléphone telefon puhelin телефон тел моб τηλέφωνο الهاتف الجوال โทร "
    "मोबाइल फोन 电话 手机 電話 전화",
    "STREET_ADDRESS": "address street address_line address1 address2 street_address home_address "
    "dirección direccion adresse anschrift indirizzo endereço adres adresa adressi osoite "
    "адрес διεύθυνση العنوان ที่อยู่ ठेगाना पता 地址 住址 住所 주소",
    "ID_NUMBER": "dob birthdate date_of_birth passport licence license national_id ssn_last4 "
    "employee_id patient_id customer_id member_id account_number policy_number "
    # who filed, owns or handles a record: a login as often as a name
    "username user_name login userid user_id handle assignee reporter requester "
    "requested_by created_by submitted_by approver actor performed_by changed_by deleted_by",
}
_FIELD_KIND = {key: kind for kind, keys in _FIELD_KINDS.items() for key in keys.split()}
FIELD_KEY = re.compile(  # the key's letters with the marks of Indic and Thai script
    r"(?<![\w.])['\"]?(?P<key>[^\W\d_][\w\u0900-\u0dff\u0e30-\u0e4e-]{1,20})['\"]?"
    r"[^\S\n]*[:=：][^\S\n]*"
)
FIELD_VALUE = re.compile(
    r"(?P<q>['\"])(?P<quoted>[^'\"\n]{2,80})(?P=q)|(?P<bare>[^\s'\"{\[(<][^,;\n،，]{1,60})"
)
# Placeholders, types and empty values are no data: name: str, "email": "<email>".
_NO_VALUE = re.compile(
    r"^(?:str|string|int|float|bool|none|null|nil|true|false|undefined|optional\[.*|list\[.*|"
    r"\w+\(.*|self\.\w+|.*\{.*|.*<.*>.*|x+|\.\.\.|n/?a|tbd|todo|example|sample|test|"
    r"required|varchar.*|text)$",
    re.IGNORECASE,
)


def field_values(text: str) -> Iterator[Span]:
    if ":" not in text and "=" not in text and "：" not in text:
        return
    for key in FIELD_KEY.finditer(text):
        kind = _FIELD_KIND.get(key.group("key").lower())
        m = FIELD_VALUE.match(text, key.end()) if kind is not None else None
        if kind is None or m is None:
            continue
        group = "quoted" if m.group("quoted") is not None else "bare"
        start, end = m.start(group), m.end(group)
        value = text[start:end].rstrip()
        if not any(c.isalnum() for c in value) or _NO_VALUE.match(value.strip()):
            continue
        yield Span(kind, start, start + len(value), WEAK)


def _header_key(cell: str) -> str:
    return re.sub(r"[\s-]+", "_", cell.strip().strip("\"'").lower())


def table_columns(text: str) -> Iterator[Span]:
    """Cells under a header that names personal data, in pasted CSV/TSV:
    "id,name,city\n1,Ines Varga,Győr" -> "Ines Varga". The header names the column once;
    every row under it (same delimiter, until a blank line) is data."""
    if "\n" not in text:
        return
    lines = text.split("\n")
    offset, offsets = 0, []
    for line in lines:
        offsets.append(offset)
        offset += len(line) + 1
    kinds: dict[int, str] = {}
    delimiter = ""
    for line, start in zip(lines, offsets, strict=True):
        if not line.strip():
            kinds = {}
            continue
        if not kinds:
            for delimiter in (",", ";", "\t", "|"):
                cells = line.split(delimiter)
                if len(cells) >= 2:
                    found = {i: _FIELD_KIND.get(_header_key(c)) for i, c in enumerate(cells)}
                    kinds = {i: k for i, k in found.items() if k is not None}
                    if kinds:
                        break
            continue
        if delimiter not in line:
            kinds = {}
            continue
        cells = next(csv.reader([line], delimiter=delimiter))
        cursor = start
        for i, cell in enumerate(cells):
            at = text.find(cell, cursor, start + len(line)) if cell else -1
            if at < 0:
                continue
            cursor = at + len(cell)
            value = cell.strip()
            if i in kinds and any(c.isalnum() for c in value) and not _NO_VALUE.match(value):
                lead = len(cell) - len(cell.lstrip())
                yield Span(kinds[i], at + lead, at + lead + len(value), WEAK)


# A pasted user row: cells split by a delimiter, one of them an e-mail address. Its other
# one-word cells are the same person's login, id or code: "Marit Solberg;marit.s@ex…;msolberg".
_EMAIL_CELL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TOKEN_CELL = re.compile(r"[A-Za-z0-9][\w.-]{1,30}[A-Za-z0-9]")


def _anchor_cell(cell: str) -> bool:
    """A cell that says the row is about a user: an e-mail or an IP address."""
    return _EMAIL_CELL.fullmatch(cell) is not None or IPV4_SHAPE.fullmatch(cell) is not None


def row_tokens(text: str) -> Iterator[Span]:
    if "@" not in text and IPV4.search(text) is None:
        return
    offset = 0
    for line in text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        for delimiter in (";", "\t", "|", ","):
            cells = line.split(delimiter)
            if len(cells) < 3 or not any(_anchor_cell(c.strip()) for c in cells):
                continue
            at = start
            for cell in cells:
                value = cell.strip()
                lead = at + len(cell) - len(cell.lstrip())
                if (
                    _TOKEN_CELL.fullmatch(value)
                    and not value.isdigit()
                    and not _anchor_cell(value)
                    and any(c.isalpha() for c in value)
                ):
                    yield Span("ID_NUMBER", lead, lead + len(value), WEAK)
                at += len(cell) + 1
            break


# A person's name as a record holds it: one to four capitalised words, or "Surname, Given".
_NAME_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž\u0391-\u03a9\u0400-\u042f][a-zß-öø-ÿā-ž\u03ac-\u03ce\u0430-\u045f'’-]+"
_NAME_SHAPED = re.compile(  # Latin, Greek or Cyrillic letters
    rf"{_NAME_WORD}(?:,?[ \t]+(?:{_NAME_WORD}|"
    r"(?i:van|von|de|der|den|del|da|di|dos|du|la|le|bin|al)(?=[ \t]))){0,3}"
)
_PLACEHOLDER_NAMES = frozenset(
    {
        "john doe", "jane doe", "john smith", "jane smith", "foo bar", "test user", "alice",
        "bob", "example", "user", "admin", "first last", "firstname lastname", "your name",
        "full name",
    }
)  # fmt: skip
NAMED_FIELD = 0.55  # detection: a record of a person
# A login as systems write one, under a login or actor key: "a.mukherjee", "kw_admin2".
_LOGIN_SHAPED = re.compile(r"[a-z][a-z0-9]*(?:[._][a-z0-9]+)+")
_PLACEHOLDER_LOGINS = frozenset(
    {"john.doe", "jane.doe", "user.name", "first.last", "firstname.lastname", "test_user",
     "your.name", "user_name", "some.user", "foo.bar"}
)  # fmt: skip


def _thing_named(value: str) -> bool:
    """A "name" field holding a thing's name: everyday words ("Basic Tee", "Books") or a
    country or city ("Germany", "New Zealand"), no listed given name or surname."""
    from . import names  # names imports this module's neighbours

    return value.lower() in _places() or all(
        names.common_word(w) for w in value.replace(",", " ").split()
    )


@cache
def _places() -> frozenset[str]:
    from . import public

    return frozenset(p.lower() for p in public.place_names())


def named_fields(text: str) -> Iterator[Span]:
    """Names filed as names: the person-name values of `field_values` and `table_columns`
    ("customer_name": "Ines Varga", a CSV column headed "name") make a request sensitive
    on their own, unless they are the usual placeholders (John Doe, Alice)."""
    for span in (*field_values(text), *table_columns(text)):
        value = text[span.start : span.end]
        if (
            span.type == "PERSON"
            and _NAME_SHAPED.fullmatch(value)
            and value.lower() not in _PLACEHOLDER_NAMES
            and not _thing_named(value)
        ):
            yield Span("PERSON", span.start, span.end, NAMED_FIELD)
        elif (
            span.type == "ID_NUMBER"
            and _LOGIN_SHAPED.fullmatch(value)
            and value.lower() not in _PLACEHOLDER_LOGINS
        ):
            yield Span("ID_NUMBER", span.start, span.end, NAMED_FIELD)  # actor: a.mukherjee


# A line of a pasted chat or transcript: "Ruby: who has the van keys?".
# What a chat export writes before the speaker: "[07:41] ", "12/03/2024, 07:41 - ",
# "(9:02 pm) ".
CHAT_STAMP = (
    r"(?:\[(?=[^\]\n]*\d)[^\]\n]{1,24}\][^\S\n]*(?:[-–][^\S\n]*)?"
    r"|(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?[^\S\n]+)?\(?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?"
    r"(?:[^\S\n]*[AaPp]\.?[Mm]\.?)?\)?[^\S\n]*(?:[-–][^\S\n]*)?)?"
)
# Labels of log lines and transcripts that are no one's name.
_NOT_SPEAKERS = frozenset(
    {
        "Error", "Warning", "Warn", "Info", "Debug", "Notice", "Trace", "Fatal", "Critical",
        "System", "User", "Assistant", "Bot", "Note", "Output", "Input", "Result", "Status",
        "Event", "Server", "Client", "Request", "Response", "Host", "Guest",
    }
)  # fmt: skip
_SPEAKER_LINE = re.compile(
    rf"^[^\S\n]*(?P<stamp>{CHAT_STAMP})"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’-]{1,20}):[^\S\n]*\S",
    re.M,
)


_CAPITALISED = re.compile(r"(?<![\w'’])[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’-]{1,20}(?![\w'’])")


def chat_speakers(text: str, given: frozenset[str]) -> Iterator[Span]:
    """Speakers filed as speakers: three or more lines of a pasted chat led by listed given
    names, two different ones at least, are a conversation between people, whatever else
    the names mean ("Ruby:", "Ash:"). Each label and every other mention of it counts.
    Placeholders (Alice and Bob) do not."""
    if text.count(":") < 3:
        return
    lines = list(_SPEAKER_LINE.finditer(text))
    named = [
        m
        for m in lines
        if m.group("name").lower() in given and m.group("name").lower() not in _PLACEHOLDER_NAMES
    ]
    names: set[str] = set()
    if len(named) >= 3 and len({m.group("name") for m in named}) >= 2:
        names = {m.group("name") for m in named}
    # An export's time stamps say it is a chat: then one listed speaker among the labels
    # vouches for the others ("[07:41] Rosa: …", "[07:43] Wen: …").
    stamped = [m for m in lines if m.group("stamp") and m.group("name") not in _NOT_SPEAKERS]
    labels = {m.group("name") for m in stamped}
    if len(stamped) >= 3 and len(labels) >= 2 and any(m in named for m in stamped):
        names |= labels
    if not names:
        return
    for m in _CAPITALISED.finditer(text):  # one pass, however many speakers
        if m.group() in names:
            yield Span("PERSON", m.start(), m.end(), NAMED_FIELD)
