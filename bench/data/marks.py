"""Inline ``[[TYPE|value]]`` marks of the invented privacy sets: text and spans, checks, JSONL.

Shared by build_invented.py, build_extra.py and the build_blind*.py builders. It holds only
what several of them do the same way: blind sets 7 to 12 take their span checks and rows from
``check_spans`` and ``build_rows``, passing their own titles, card lengths and length limits.
Each builder keeps its own stricter checks.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TypedDict

TYPES = frozenset(
    {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "STREET_ADDRESS",
        "PASSWORD",
        "CREDIT_CARD",
        "US_SSN",
        "IBAN_CODE",
        "ID_NUMBER",
        "IP_ADDRESS",
        "API_KEY",
    }
)
"""The entity types a mark may name."""

MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]", re.DOTALL)
"""A mark: group 1 the type, group 2 the value."""


class Span(TypedDict):
    """One labelled value; the keys are written to JSONL in this order."""

    type: str
    start: int
    end: int
    value: str


def strip_marks(marked: str, mark: re.Pattern[str] = MARK) -> tuple[str, list[Span]]:
    """The text without its marks, and one span per mark in order, offsets checked.

    ``mark`` must capture the type in group 1 and the value in group 2. Types and values are
    not checked here: each builder checks the spans it gets back.
    """
    parts: list[str] = []
    spans: list[Span] = []
    pos = length = 0
    for m in mark.finditer(marked):
        before, kind, value = marked[pos : m.start()], m.group(1), m.group(2)
        length += len(before)
        spans.append({"type": kind, "start": length, "end": length + len(value), "value": value})
        parts += [before, value]
        length += len(value)
        pos = m.end()
    parts.append(marked[pos:])
    text = "".join(parts)
    for span in spans:
        if text[span["start"] : span["end"]] != span["value"]:
            raise ValueError(f"offset mismatch for {span!r} in {marked[:60]!r}")
    return text, spans


def luhn_ok(number: str) -> bool:
    """Whether the digits in ``number`` pass the Luhn check; other characters are skipped.

    No length rule: a builder that wants one checks it itself.
    """
    digits = [int(c) for c in number if c.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0


def iban_ok(iban: str) -> bool:
    """Whether ``iban``, spaces removed, passes the ISO 13616 mod-97 check."""
    compact = iban.replace(" ", "")
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


# Verhoeff's tables: the dihedral group D5's multiplication and the position permutations.
_VERHOEFF_D = (
    "0123456789", "1234067895", "2340178956", "3401289567", "4012395678",
    "5987604321", "6598710432", "7659821043", "8765932104", "9876543210",
)  # fmt: skip
_VERHOEFF_P = (
    "0123456789", "1576283094", "5803796142", "8916043527",
    "9453126870", "4286573901", "2793806415", "7046913258",
)  # fmt: skip


def verhoeff_ok(number: str) -> bool:
    """Whether the digits in ``number`` pass the Verhoeff check (Indian Aadhaar); other
    characters are skipped. No length rule: a builder that wants one checks it itself."""
    check = 0
    for i, c in enumerate(reversed([c for c in number if c.isdigit()])):
        check = int(_VERHOEFF_D[check][int(_VERHOEFF_P[i % 8][int(c)])])
    return check == 0


def record(rid: str, source: str, text: str, spans: list[Span]) -> dict[str, object]:
    """One JSONL row; the sets label direct identifiers only, so spans mean personal data."""
    return {
        "id": rid,
        "source": source,
        "text": text,
        "spans": spans,
        "entity_types": sorted({s["type"] for s in spans}),
        "has_direct_identifier": bool(spans),
        "has_any_pii": bool(spans),
    }


def write(path: Path, rows: Iterable[Mapping[str, object]], *, report: bool = False) -> None:
    """Write one JSON object a line (UTF-8, not ASCII-escaped); ``report`` prints the count."""
    count = 0
    with path.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    if report:
        print(f"{path.name}: {count} records")


def is_lower(marked: str) -> bool:
    """Whether the text of ``marked``, marks stripped, is typed all in lower case."""
    plain = strip_marks(marked)[0]
    return plain == plain.lower()


def _covered(start: int, end: int, spans: list[Span]) -> bool:
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def _check_repeats(value: str, text: str, spans: list[Span], marked: str) -> None:
    """Every whole-word repeat of ``value`` in ``text`` must itself lie inside a span."""
    for m in re.finditer(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text):
        if not _covered(m.start(), m.end(), spans):
            raise ValueError(f"unmarked repeat of {value!r} in {marked[:60]!r}")


def check_spans(
    marked: str,
    *,
    titles: re.Pattern[str],
    card_digits: Collection[int],
    name_parts: bool = False,
    bare: bool = False,
    placeholder_ips: tuple[str, ...] = (),
) -> tuple[str, list[Span]]:
    """Strip the marks of one personal-data text and check every span it holds.

    Raises ValueError unless the text has at least one mark and no broken one, every type is
    in ``TYPES``, no value is empty or padded with white space, no PERSON value starts with
    ``titles`` (matched at its start), every card passes Luhn with a digit count in
    ``card_digits``, every IBAN passes mod 97, no IP is a loopback (``127.*``, ``::1``) or
    ``0.0.0.0``, SSNs read ``ddd-dd-dddd``, e-mails look like ones, every whole-word repeat
    of a value is marked too and no spans overlap. With ``name_parts``, every part of a name
    longer than two letters (capitalised, or any in an all-lower-case text) said again alone
    must be marked as well. With ``bare``, no value holds a "|", starts with a quote or ends
    with a quote or one of ``,;:``. No IP may start with one of ``placeholder_ips``. A
    builder with stricter rules checks the spans it gets back.
    """
    text, spans = strip_marks(marked)
    if not spans:
        raise ValueError(f"no marks in {marked[:60]!r}")
    if "[[" in text or "]]" in text:
        raise ValueError(f"broken mark in {marked[:60]!r}")
    for span in spans:
        kind, value = span["type"], span["value"]
        if kind not in TYPES:
            raise ValueError(f"unknown type {kind} in {marked[:60]!r}")
        if value != value.strip() or not value:
            raise ValueError(f"padded value {value!r}")
        if bare and "|" in value:
            raise ValueError(f"broken mark in {marked[:60]!r}")
        if bare and (value[0] in "\"'" or value[-1] in "\"',;:"):
            raise ValueError(f"padded value {value!r}")
        if kind == "PERSON" and titles.match(value):
            raise ValueError(f"title inside a name: {value!r}")
        if kind == "CREDIT_CARD":
            digits = sum(c.isdigit() for c in value)
            if not luhn_ok(value) or digits not in card_digits:
                raise ValueError(f"bad card {value!r}")
        if kind == "IBAN_CODE" and not iban_ok(value):
            raise ValueError(f"bad IBAN {value!r}")
        if kind == "IP_ADDRESS" and (value.startswith("127.") or value in {"::1", "0.0.0.0"}):
            raise ValueError(f"loopback as a personal IP: {value!r}")
        if kind == "IP_ADDRESS" and placeholder_ips and value.startswith(placeholder_ips):
            raise ValueError(f"loopback or unspecified address as a personal IP: {value!r}")
        if kind == "US_SSN" and not re.fullmatch(r"\d{3}-\d{2}-\d{4}", value):
            raise ValueError(f"bad SSN {value!r}")
        if kind == "EMAIL_ADDRESS" and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", value):
            raise ValueError(f"bad e-mail {value!r}")
        _check_repeats(value, text, spans, marked)
        if name_parts and kind == "PERSON":
            for part in re.split(r"[\s,]+", value):
                if len(part) > 2 and (part[0].isupper() or text == text.lower()):
                    _check_repeats(part, text, spans, marked)
    for a, b in itertools.pairwise(spans):
        if b["start"] < a["end"]:
            raise ValueError(f"overlapping spans in {marked[:60]!r}")
    return text, spans


def check_clean(text: str) -> str:
    """A clean text holds no marks; raises ValueError otherwise, returns ``text``."""
    if "[[" in text or "]]" in text or MARK.search(text):
        raise ValueError(f"mark in clean text {text[:60]!r}")
    return text


def check_values(texts: Sequence[str]) -> None:
    """One invented card, IBAN, phone, e-mail, key or id belongs to one text only.

    Values are compared by type with spaces removed; names may recur. Exits on a repeat.
    """
    owner: dict[tuple[str, str], int] = {}
    for i, marked in enumerate(texts):
        for span in strip_marks(marked)[1]:
            if span["type"] == "PERSON":
                continue
            key = (span["type"], span["value"].replace(" ", ""))
            if owner.setdefault(key, i) != i:
                raise SystemExit(f"{span['value']!r} appears in two texts")


def build_rows(
    name: str,
    pii: Iterable[tuple[str, list[Span]]],
    clean: Iterable[str],
    *,
    words: tuple[int, int] | None = None,
    min_chars: int | None = None,
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The JSONL rows of one blind set: its checked personal-data texts, then its clean ones.

    ``pii`` holds (text, spans) pairs already checked; each clean text goes through
    ``check_clean``. Ids read ``{name}-pii-0001`` and ``{name}-clean-0001``, sources
    ``invented-chat-{name}`` and ``invented-clean-{name}``. Exits when a text appears twice
    across both lists or, with ``words=(least, most)``, when a text has more than ``most``
    words or fewer than ``least`` unless it has at least ``min_chars`` characters (for
    scripts written without spaces).
    """
    seen: set[str] = set()

    def take(text: str) -> None:
        if text in seen:
            raise SystemExit(f"duplicate text {text[:60]!r}")
        if words is not None:
            count = len(text.split())
            long_enough = count >= words[0] or (min_chars is not None and len(text) >= min_chars)
            if count > words[1] or not long_enough:
                raise SystemExit(f"{count} words in {text[:60]!r}")
        seen.add(text)

    pii_rows = []
    for i, (text, spans) in enumerate(pii, 1):
        take(text)
        pii_rows.append(record(f"{name}-pii-{i:04d}", f"invented-chat-{name}", text, spans))
    clean_rows = []
    for i, text in enumerate(clean, 1):
        take(check_clean(text))
        clean_rows.append(record(f"{name}-clean-{i:04d}", f"invented-clean-{name}", text, []))
    return pii_rows, clean_rows


# Card numbers published as test numbers by card networks and payment providers: a set
# that holds one is not a set of invented cards.
WELL_KNOWN_CARDS = frozenset(
    {
        "4111111111111111",
        "4242424242424242",
        "4012888888881881",
        "4000056655665556",
        "5555555555554444",
        "5105105105105100",
        "5200828282828210",
        "378282246310005",
        "371449635398431",
        "378734493671000",
        "6011111111111117",
        "6011000990139424",
        "3530111333300000",
        "3566002020360505",
        "30569309025904",
        "38520000023237",
        "6200000000000005",
    }
)
_SSN = re.compile(r"(?!000|666|9)\d{3}-(?!00)\d{2}-(?!0000)\d{4}")


def check_strict(spans: list[Span], well_known_cards: Collection[str]) -> None:
    """Stricter value checks some builders add to ``check_spans``: no value ends with "."
    or "(", no card is a well-known test number, SSNs use assignable area, group and serial
    numbers."""
    for span in spans:
        kind, value = span["type"], span["value"]
        if value[-1] in ".(":
            raise ValueError(f"padded value {value!r}")
        digits = "".join(c for c in value if c.isdigit())
        if kind == "CREDIT_CARD" and digits in well_known_cards:
            raise ValueError(f"bad or well-known card {value!r}")
        if kind == "US_SSN" and not _SSN.fullmatch(value):
            raise ValueError(f"bad SSN {value!r}")


def build_sections(
    name: str,
    here: Path,
    sections: Mapping[str, tuple[Sequence[str], int]],
    pii_sections: Collection[str],
    *,
    titles: re.Pattern[str],
    card_digits: Collection[int],
    placeholder_ips: Sequence[str],
    chat: Sequence[str],
    lower_chat: int,
    other_languages: int,
    min_chars: int,
    max_words: int,
) -> None:
    """Check and write a blind set built of named sections (the thirteenth on): each
    section's count; the first ``lower_chat`` chat texts typed all in lower case (some
    letter cased) and the English ones after the ``other_languages`` with a capital; every
    value (``check_values``; ``check_spans`` with bare values, placeholder IPs and name
    parts; ``check_strict``); every text's length; then the two JSONL files.
    The personal-data texts are the ``pii_sections``, the clean ones the others, in order."""
    for section, (items, want) in sections.items():
        if len(items) != want:
            raise SystemExit(f"{section}: {len(items)} texts, want {want}")

    def cased(marked: str) -> bool:
        plain = strip_marks(marked)[0]
        return plain != plain.upper()

    if not all(is_lower(t) and cased(t) for t in chat[:lower_chat]):
        raise SystemExit(f"chat: the first {lower_chat} texts must be all lower case")
    if any(is_lower(t) for t in chat[lower_chat + other_languages :]):
        raise SystemExit("chat: a lower-case text among the English ones")
    pii = [t for key, (items, _) in sections.items() if key in pii_sections for t in items]
    clean = [t for key, (items, _) in sections.items() if key not in pii_sections for t in items]
    check_values(pii)
    checked = []
    for marked in pii:
        text, spans = check_spans(
            marked, titles=titles, card_digits=card_digits, name_parts=True, bare=True,
            placeholder_ips=placeholder_ips,
        )  # fmt: skip
        check_strict(spans, WELL_KNOWN_CARDS)
        checked.append((text, spans))
    for text in [text for text, _ in checked] + clean:
        if len(text) < min_chars or len(text.split()) > max_words:
            raise SystemExit(f"length of {text[:60]!r}")
    pii_rows, clean_rows = build_rows(name, checked, clean)
    write(here / f"chat_pii_{name}.jsonl", pii_rows, report=True)
    write(here / f"chat_clean_{name}.jsonl", clean_rows, report=True)
