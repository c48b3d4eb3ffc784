"""Check-digit validators of national ids, and the span checks the blind builders share.

Shared by the builders ``build_blind16.py`` to ``build_blind36.py`` (all but
``build_blind35.py``), which list the national ids of their texts in a ``NATIONAL_IDS`` dict
(value -> validator) and pass it to ``check_national_ids``. Each validator takes the value as
typed (spaces, dots, dashes and slashes between digit groups are skipped where the format has
them) and answers whether the value has the kind's length and valid check digit(s); a value
of the wrong shape is False, not an error. Only the check is tested, not whether the date of
birth or region inside the number exists.

``check_counts`` (each text's word range and number of values) and ``check_values`` (phones
in the builder's layouts, IPs from the documentation ranges, IBANs valid and no
documentation example) are the versions that builders 36 to 50 had each copied; a builder
with other rules keeps its own (a range kept for fiction, say).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from marks import Span, iban_ok, luhn_ok, strip_marks, verhoeff_ok

Validator = Callable[[str], bool]
"""A check: whether a value typed in a text is a valid id of one kind."""


def digits(value: str) -> list[int]:
    """The digits of ``value`` in order; every other character is skipped."""
    return [int(c) for c in value if c.isdigit()]


def _weighted(weights: Iterable[int], values: Iterable[int]) -> int:
    return sum(w * x for w, x in zip(weights, values, strict=True))


def luhn_len(length: int) -> Validator:
    """A check for ``length`` digits passing the Luhn check (Swedish personnummer: 10,
    Canadian SIN and Israeli teudat zehut: 9, Greek AMKA: 11, South African id: 13)."""

    def check(value: str) -> bool:
        return len(digits(value)) == length and luhn_ok(value)

    return check


def aadhaar_ok(value: str) -> bool:
    """Indian Aadhaar: 12 digits, the first not 0 or 1, passing the Verhoeff check."""
    d = digits(value)
    return len(d) == 12 and d[0] > 1 and verhoeff_ok(value)


def nhs_ok(value: str) -> bool:
    """UK NHS number: 10 digits, the last the mod-11 check of the first nine (weights 10
    down to 2); a check of 10 is never issued."""
    d = digits(value)
    if len(d) != 10:
        return False
    check = 11 - _weighted(range(10, 1, -1), d[:9]) % 11
    return check != 10 and d[9] == check % 11


def bsn_ok(value: str) -> bool:
    """Dutch BSN: 9 digits passing the eleven test (weights 9 down to 2, the last -1)."""
    d = digits(value)
    return len(d) == 9 and (_weighted(range(9, 1, -1), d[:8]) - d[8]) % 11 == 0


def pesel_ok(value: str) -> bool:
    """Polish PESEL: 11 digits, the last the mod-10 check of weights 1, 3, 7, 9."""
    d = digits(value)
    if len(d) != 11:
        return False
    total = _weighted((1, 3, 7, 9, 1, 3, 7, 9, 1, 3), d[:10])
    return (10 - total % 10) % 10 == d[10]


def cpf_ok(value: str) -> bool:
    """Brazilian CPF: 11 digits, the last two mod-11 checks of the nine and ten before."""
    d = digits(value)
    if len(d) != 11:
        return False
    first = _weighted(range(10, 1, -1), d[:9]) * 10 % 11 % 10
    second = _weighted(range(11, 1, -1), d[:10]) * 10 % 11 % 10
    return (first, second) == (d[9], d[10])


def kimlik_ok(value: str) -> bool:
    """Turkish kimlik number: 11 digits, not starting with 0, with its two check digits."""
    d = digits(value)
    if len(d) != 11 or d[0] == 0:
        return False
    tenth = (sum(d[0:9:2]) * 7 - sum(d[1:8:2])) % 10
    return d[9] == tenth and d[10] == sum(d[:10]) % 10


_DNI = re.compile(r"([0-9XYZ])(\d{7})([A-Z])")
_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(value: str) -> bool:
    """Spanish DNI (eight digits) or NIE (X, Y or Z and seven digits) and its check letter:
    the number mod 23, an NIE's X, Y, Z read as 0, 1, 2."""
    m = _DNI.fullmatch(value)
    if not m:
        return False
    number = int(str("0123456789XYZ".index(m[1]) % 10) + m[2])
    return _DNI_LETTERS[number % 23] == m[3]


_HETU = re.compile(r"(\d{6})[-+A-FU-Y](\d{3})([0-9A-Y])")


def hetu_ok(value: str) -> bool:
    """Finnish henkilötunnus: date, century sign, three digits and the mod-31 check
    character of the nine digits."""
    m = _HETU.fullmatch(value)
    if not m:
        return False
    return "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(m[1] + m[2]) % 31] == m[3]


_CF_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        (1, 0, 5, 7, 9, 13, 15, 17, 19, 21) * 2
        + (2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23),
        strict=True,
    )
)
"""Values of the characters in odd places (first, third, …) of a codice fiscale."""


def codice_fiscale_ok(value: str) -> bool:
    """Italian codice fiscale: 15 letters and digits and the check letter computed from
    them (odd places by ``_CF_ODD``, even places by their digit or letter index)."""
    if not re.fullmatch(r"[0-9A-Z]{15}[A-Z]", value):
        return False
    total = sum(
        _CF_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65)
        for i, c in enumerate(value[:15])
    )
    return chr(65 + total % 26) == value[15]


def china_id_ok(value: str) -> bool:
    """Chinese resident identity number: 17 digits and the ISO 7064 MOD 11-2 check (0-9
    or X)."""
    if not re.fullmatch(r"\d{17}[\dX]", value):
        return False
    total = _weighted((7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2), digits(value[:17]))
    return "10X98765432"[total % 11] == value[17]


def nric_ok(value: str) -> bool:
    """Singapore NRIC or FIN: S, T, F or G, seven digits and the check letter."""
    if not re.fullmatch(r"[STFG]\d{7}[A-Z]", value):
        return False
    total = _weighted((2, 7, 6, 5, 4, 3, 2), digits(value)) + (4 if value[0] in "TG" else 0)
    letters = "JZIHGFEDCBA" if value[0] in "ST" else "XWUTRQPNMLK"
    return letters[total % 11] == value[8]


def rrn_ok(value: str) -> bool:
    """Korean resident registration number: 13 digits, the last a mod-11 check."""
    d = digits(value)
    if len(d) != 13:
        return False
    total = _weighted((2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5), d[:12])
    return (11 - total % 11) % 10 == d[12]


def tfn_ok(value: str) -> bool:
    """Australian tax file number: 9 digits whose weighted sum is a multiple of 11."""
    d = digits(value)
    return len(d) == 9 and _weighted((1, 4, 3, 7, 5, 8, 6, 9, 10), d) % 11 == 0


def medicare_ok(value: str) -> bool:
    """Australian Medicare card: 10 digits, the first 2 to 6, the ninth the mod-10 check of
    the eight before (the tenth is the issue number)."""
    d = digits(value)
    if len(d) != 10:
        return False
    return 2 <= d[0] <= 6 and _weighted((1, 3, 7, 9, 1, 3, 7, 9), d[:8]) % 10 == d[8]


def my_number_ok(value: str) -> bool:
    """Japanese My Number: 12 digits, the last the mod-11 check of the eleven before."""
    d = digits(value)
    if len(d) != 12:
        return False
    body = d[:11][::-1]
    rest = sum(x * (n + 1 if n <= 6 else n - 5) for n, x in enumerate(body, 1)) % 11
    return d[11] == (0 if rest <= 1 else 11 - rest)


def pps_ok(value: str) -> bool:
    """Irish PPS number: seven digits, the check letter and, on newer numbers, a second
    letter that counts in the check."""
    if not re.fullmatch(r"\d{7}[A-W][A-IW]?", value):
        return False
    total = _weighted(range(8, 1, -1), digits(value[:7]))
    if len(value) == 9:
        total += 9 * "WABCDEFGHI".index(value[8])
    return "WABCDEFGHIJKLMNOPQRSTUV"[total % 23] == value[7]


def _mod97_tail(value: str, length: int) -> bool:
    d = "".join(str(x) for x in digits(value))
    return len(d) == length and 97 - int(d[:-2]) % 97 == int(d[-2:])


def nir_ok(value: str) -> bool:
    """French NIR (social security number): 13 digits and a two-digit key, 97 minus the
    13 digits mod 97 (Corsican 2A and 2B are not handled)."""
    return _mod97_tail(value, 15)


def belgian_id_ok(value: str) -> bool:
    """Belgian national number (born before 2000): 9 digits and a two-digit key, 97 minus
    the 9 digits mod 97."""
    return _mod97_tail(value, 11)


def fodselsnummer_ok(value: str) -> bool:
    """Norwegian fødselsnummer: 11 digits, the last two mod-11 checks."""
    d = digits(value)
    if len(d) != 11:
        return False
    for weights, n in (((3, 7, 6, 1, 8, 9, 4, 5, 2), 9), ((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), 10)):
        check = (11 - _weighted(weights, d[:n]) % 11) % 11
        if check == 10 or check != d[n]:
            return False
    return True


def nif_ok(value: str) -> bool:
    """Portuguese NIF: 9 digits, the last the mod-11 check of the eight before (0 where the
    check would be 10 or 11)."""
    d = digits(value)
    if len(d) != 9:
        return False
    check = 11 - _weighted(range(9, 1, -1), d[:8]) % 11
    return d[8] == (0 if check >= 10 else check)


def cnp_ok(value: str) -> bool:
    """Romanian CNP: 13 digits, the last the mod-11 check of weights 279146358279 (1 where
    the rest is 10)."""
    d = digits(value)
    if len(d) != 13:
        return False
    rest = _weighted((2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9), d[:12]) % 11
    return d[12] == (1 if rest == 10 else rest)


def rut_ok(value: str) -> bool:
    """Chilean RUT: digits (dots allowed), a dash and the mod-11 check (0-9 or K)."""
    body, dash, check = value.replace(".", "").rpartition("-")
    if not dash or not body.isdigit():
        return False
    total = sum(int(c) * (2 + i % 6) for i, c in enumerate(reversed(body)))
    return {11: "0", 10: "K"}.get(11 - total % 11, str(11 - total % 11)) == check


def isikukood_ok(value: str) -> bool:
    """Estonian isikukood: 11 digits, the last a mod-11 check with a second set of weights
    where the first gives 10 (0 where both do)."""
    d = digits(value)
    if len(d) != 11:
        return False
    for weights in ((1, 2, 3, 4, 5, 6, 7, 8, 9, 1), (3, 4, 5, 6, 7, 8, 9, 1, 2, 3)):
        rest = _weighted(weights, d[:10]) % 11
        if rest != 10:
            return d[10] == rest
    return d[10] == 0


def kennitala_ok(value: str) -> bool:
    """Icelandic kennitala: 10 digits, the ninth the mod-11 check of the eight before."""
    d = digits(value)
    if len(d) != 10:
        return False
    check = 11 - _weighted((3, 2, 7, 6, 5, 4, 3, 2), d[:8]) % 11
    return check != 10 and (0 if check == 11 else check) == d[8]


def rodne_cislo_ok(value: str) -> bool:
    """Czech or Slovak rodné číslo (ten-digit form): the number is a multiple of 11."""
    d = digits(value)
    return len(d) == 10 and int("".join(map(str, d))) % 11 == 0


def rnokpp_ok(value: str) -> bool:
    """Ukrainian RNOKPP (taxpayer number): 10 digits, the last the mod-11 check, mod 10."""
    d = digits(value)
    return len(d) == 10 and _weighted((-1, 5, 7, 9, 4, 6, 10, 5, 7), d[:9]) % 11 % 10 == d[9]


def steuer_id_ok(value: str) -> bool:
    """German tax id: 11 digits, not starting with 0, the last the ISO 7064 MOD 11,10 check
    of the ten before."""
    d = digits(value)
    if len(d) != 11 or d[0] == 0:
        return False
    product = 10
    for x in d[:10]:
        product = ((x + product) % 10 or 10) * 2 % 11
    return (11 - product) % 10 == d[10]


def nhi_ok(value: str) -> bool:
    """New Zealand NHI (old format): three letters (no I or O), three digits and a mod-11
    check digit."""
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if not re.fullmatch(r"[A-HJ-NP-Z]{3}\d{4}", value):
        return False
    parts = [letters.index(c) + 1 for c in value[:3]] + digits(value[3:6])
    check = 11 - _weighted((7, 6, 5, 4, 3, 2), parts) % 11
    return check != 11 and check % 10 == int(value[6])


def marked_spans(marked: str) -> list[Span]:
    """The spans of a text with inline marks."""
    return strip_marks(marked)[1]


def word_count(marked: str) -> int:
    """The number of whitespace-separated words of a text once its marks are stripped."""
    return len(strip_marks(marked)[0].split())


def check_national_ids(texts: Iterable[str], national_ids: Mapping[str, Validator]) -> None:
    """Every id in ``national_ids`` is marked ID_NUMBER somewhere and passes its check."""
    marked = {s["value"] for t in texts for s in marked_spans(t) if s["type"] == "ID_NUMBER"}
    for value, valid in national_ids.items():
        if value not in marked or not valid(value):
            raise SystemExit(f"national id {value!r} missing or invalid")


# IBANs printed as examples in standards and bank documentation (the union of what the
# builders listed): no invented set may use one.
DOCUMENTATION_IBANS = frozenset(
    {
        "AE070331234567890123456",
        "AT611904300234573201",
        "BE68539007547034",
        "BE71096123456769",
        "CH9300762011623852957",
        "DE75512108001245126199",
        "DE89370400440532013000",
        "DK5000400440116243",
        "ES7921000813610123456789",
        "ES9121000418450200051332",
        "FI2112345600000785",
        "FR1420041010050500013M02606",
        "FR7630006000011234567890189",
        "GB29NWBK60161331926819",
        "GB33BUKB20201555555555",
        "GB82WEST12345698765432",
        "HR1210010051863000160",
        "HU42117730161111101800000000",
        "IE29AIBK93115212345678",
        "IE64IRCE92050112345678",
        "IT60X0542811101000000123456",
        "LT121000011101001000",
        "LU280019400644750000",
        "NL02ABNA0123456789",
        "NL91ABNA0417164300",
        "NO9386011117947",
        "PL61109010140000071219812874",
        "PT50000201231234567890154",
        "RO49AAAA1B31007593840000",
        "SA0380000000608010167519",
        "SE4550000000058398257466",
        "SI56263300012039086",
        "SK3112000000198742637541",
        "TR330006100519786457841326",
    }
)


# The address blocks reserved for documentation (RFC 5737, RFC 3849): every invented IP.
DOCUMENTATION_IPS = ("192.0.2.", "198.51.100.", "203.0.113.", "2001:db8:")


def check_counts(name: str, texts: list[str], words: tuple[int, int], ids: tuple[int, int]) -> None:
    """Each text of a section within its word range and its number of distinct values."""
    for marked in texts:
        count = len({(s["type"], s["value"]) for s in marked_spans(marked)})
        if not words[0] <= word_count(marked) <= words[1] or not ids[0] <= count <= ids[1]:
            raise SystemExit(
                f"{name}: {word_count(marked)} words, {count} values in {marked[:60]!r}"
            )


def check_values(texts: list[str], phones: Iterable[re.Pattern[str]]) -> None:
    """Phones in the listed layouts, IPs from documentation ranges, no documentation IBAN."""
    layouts = list(phones)
    for marked in texts:
        for span in marked_spans(marked):
            kind, value = span["type"], span["value"]
            if kind == "PHONE_NUMBER" and not any(p.fullmatch(value) for p in layouts):
                raise SystemExit(f"phone {value!r} outside the listed layouts")
            if kind == "IP_ADDRESS" and not value.startswith(DOCUMENTATION_IPS):
                raise SystemExit(f"IP {value!r} outside the documentation ranges")
            compact = value.replace(" ", "").upper()
            if kind == "IBAN_CODE" and (compact in DOCUMENTATION_IBANS or not iban_ok(compact)):
                raise SystemExit(f"IBAN {value!r} invalid or a documentation example")
