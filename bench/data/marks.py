"""Inline ``[[TYPE|value]]`` marks of the invented privacy sets: text and spans, checks, JSONL.

Shared by build_invented.py, build_extra.py, build_blind.py and build_blind2.py. Each builder
keeps its own stricter checks (padded values, titles inside names, unmarked repeats, card
lengths); this module holds only what all of them do the same way.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
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
