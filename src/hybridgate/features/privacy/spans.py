"""Found spans inside one text: the common currency of every detector layer."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import accumulate


@dataclass(frozen=True, slots=True)
class Span:
    type: str
    start: int
    end: int
    score: float

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def merge(spans: list[Span], *, strong: float = 0.5) -> list[Span]:
    """Overlapping spans collapse without losing coverage: spans at or above `strong` go
    first, longer before shorter (an address holding a name stays one address), then
    higher-scoring; a span that overlaps kept ones keeps only the parts they leave
    uncovered (so the union of the spans never shrinks). O(n log n) for spans that
    overlap few others."""
    ordered = sorted(spans, key=lambda s: (s.score < strong, -(s.end - s.start), -s.score))
    kept: list[Span] = []  # disjoint, sorted by start
    starts: list[int] = []
    for span in ordered:
        pieces = [span]
        i = max(0, bisect_right(starts, span.start) - 1)
        while i < len(kept) and kept[i].start < span.end and pieces:
            pieces = [p for piece in pieces for p in _minus(piece, kept[i])]
            i += 1
        for piece in pieces:
            j = bisect_right(starts, piece.start)
            starts.insert(j, piece.start)
            kept.insert(j, piece)
    return kept


def _minus(span: Span, other: Span) -> list[Span]:
    if not span.overlaps(other):
        return [span]
    out = []
    if span.start < other.start:
        out.append(Span(span.type, span.start, other.start, span.score))
    if other.end < span.end:
        out.append(Span(span.type, other.end, span.end, span.score))
    return out


_EDGE = " \t\n\r,;:!?\"'`–—>|"


def trim(text: str, spans: list[Span]) -> list[Span]:
    """Spans without the spaces and punctuation at their edges; a span with no letter or
    digit left is dropped (what `merge` leaves of a span can be a lone comma)."""
    out = []
    for i, s in enumerate(spans):
        start, end = s.start, s.end
        if not any(c.isalnum() for c in text[start:end]):
            # A comma between two pieces of one name ("Mwangi, Wanjiru") stays, so that
            # `join` keeps the name whole; a lone comma elsewhere goes.
            before, after = (
                spans[i - 1] if i else None,
                spans[i + 1] if i + 1 < len(spans) else None,
            )
            if (
                before is not None and after is not None and before.end == start
                and after.start == end and before.type == s.type == after.type
            ):  # fmt: skip
                out.append(s)
            continue
        while start < end and text[start] in _EDGE:
            start += 1
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        # Combining marks belong to the letter before them: "Adébáyọ̀" ends in U+0300.
        while end < len(text) and end > start and unicodedata.combining(text[end]):
            end += 1
        out.append(s if (start, end) == (s.start, s.end) else Span(s.type, start, end, s.score))
    return out


# Words glued to a span's edge by a hyphen, an underscore or a dot belong to it: the rest
# of a login or a double name ("ana.m" of "ana.m-ops", "Kate" of "Mary-Kate").
_GLUED_AFTER = re.compile(r"(?:[-_.][^\W_]+)+")
_GLUED_BEFORE = re.compile(r"(?:[^\W_]+[-_.])+\Z")
_GLUED_TYPES = frozenset({"PERSON", "ID_NUMBER", "PASSWORD", "API_KEY"})
# A secret runs on to the next space, quote or path or query separator ("Zq7!(x)9" is one
# password; "…/Messages.json" after a key in a URL is not), less the punctuation that ends
# a sentence.
_SECRET_RUN = re.compile(r"[^\s'\"`<>/\\?&=]+")
_SECRET_TYPES = frozenset({"PASSWORD", "API_KEY"})


def _secret_end(text: str, start: int, end: int) -> int:
    run = _SECRET_RUN.match(text, end)
    if run is None or end == start or text[end - 1].isspace():
        return end
    stop = run.end()
    while stop > end and (
        text[stop - 1] in ".,;:!?]}"
        or (text[stop - 1] == ")" and text.count("(", start, stop) < text.count(")", start, stop))
    ):
        stop -= 1
    return stop


def whole_words(text: str, spans: list[Span]) -> list[Span]:
    """Spans of names, ids and secrets grown to the whole word they stop inside of: a
    redacted login or password never leaves its tail behind ("<ID_NUMBER>-rh")."""
    out = []
    for s in spans:
        start, end = s.start, s.end
        if s.type in _GLUED_TYPES and start < end:
            if end < len(text) and text[end - 1].isalnum():
                after = _GLUED_AFTER.match(text, end)
                end = after.end() if after is not None else end
            if start > 1 and text[start].isalnum():
                before = _GLUED_BEFORE.search(text, max(0, start - 64), start)
                start = before.start() if before is not None else start
            if s.type in _SECRET_TYPES:
                end = _secret_end(text, start, end)
        out.append(s if (start, end) == (s.start, s.end) else Span(s.type, start, end, s.score))
    return out


_DIGITS = re.compile(r"\d+")


def digit_windows(text: str, before: int = 90, after: int = 110) -> list[tuple[int, int]]:
    """Text ranges around the digit runs (every street pattern but "the corner of …" needs
    a number), merged, cut at whitespace: the patterns read these instead of the whole
    request, so a long text without numbers costs one digit search."""
    out: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        start = max(0, m.start() - before)
        end = text.find(" ", min(len(text), m.end() + after))
        end = len(text) if end == -1 else end
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def within(
    pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]] | None
) -> Iterator[re.Match[str]]:
    """`pattern`'s matches in `text`, read only inside `windows` (None: everywhere)."""
    if windows is None:
        yield from pattern.finditer(text)
        return
    for start, end in windows:
        yield from pattern.finditer(text, start, end)


class Regions:
    """Membership of an offset in a set of (start, end) regions, by bisection: a long text
    can have thousands of regions (names, model windows) and of offsets to test."""

    def __init__(self, regions: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(regions)
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))

    def holds(self, offset: int) -> bool:
        i = bisect_right(self._starts, offset)  # regions starting at or before offset
        return i > 0 and self._reach[i - 1] > offset


_JOINERS = frozenset(" \t\n,.;:/-–—'’()>")


def _initial(text: str, span: Span, between: str) -> bool:
    """A name ending in an initial, then its period: "J" + ". " + "Smith"."""
    word = text[span.start : span.end].rsplit(None, 1)[-1]
    return len(word) == 1 and word.isalpha() and between.strip(" \t") == "."


# Number types whose pieces, split where their readings overlapped, make one number again:
# "1" + "77 04 31 222 333" + "44" -> "1 77 04 31 222 333 44".
_NUMBERS = frozenset({"ID_NUMBER", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE"})
# Particles inside a name: "Joost van den Heuvel", "Van der Linden", "Omar bin Said".
_PARTICLES = re.compile(
    r"[ \t]+(?i:van der|van den|van de|von der|de la|de los|van|von|der|den|de|del|della|di|da|"
    r"dos|das|du|le|la|ter|ten|bin|ibn|bint|al|el|ap|mac)[ \t]+"
)


def join(text: str, spans: list[Span], gap: int = 4) -> list[Span]:
    """Neighbouring spans (sorted, disjoint) become one: pieces of one type separated by
    spaces or a hyphen ("Ana" + "Lima") or a name particle ("Daan" + "de" + "Vries"), and
    a street address with the pieces up to `gap` spaces or punctuation away (its unit,
    city and postcode): "<STREET_ADDRESS_1>" rather than three placeholders with the
    commas between them left in the text."""
    out: list[Span] = []
    for span in spans:
        if out:
            last = out[-1]
            between = text[last.end : span.start]
            if (
                (
                    len(between) <= gap
                    and all(c in _JOINERS for c in between)
                    and (
                        "STREET_ADDRESS" in (last.type, span.type)
                        or (last.type == span.type and not between.strip(" \t-'’"))
                        or (last.type == span.type == "PERSON" and _initial(text, last, between))
                    )
                )
                or (
                    last.type == span.type == "PERSON"
                    and len(between) <= 12
                    and _PARTICLES.fullmatch(between) is not None
                )
                or (
                    last.type in _NUMBERS
                    and span.type in _NUMBERS
                    and len(between) <= 2
                    and not between.strip(" -")
                )
            ):
                kind = "STREET_ADDRESS" if "STREET_ADDRESS" in (last.type, span.type) else last.type
                if kind != span.type and span.score > last.score and kind != "STREET_ADDRESS":
                    kind = span.type  # pieces of one number: the stronger reading names it
                out[-1] = Span(kind, last.start, span.end, max(last.score, span.score))
                continue
        out.append(span)
    return out


@cache
def _case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def finditer_folded(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """A case-insensitive pattern's matches, found case-sensitively in the lower-cased text
    (2-3x faster in Python's re) when lower-casing keeps every offset; the offsets index
    `text`, read matched words from it, not from the match."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return _case_sensitive(pattern).finditer(lowered)
    return pattern.finditer(text)  # a letter whose lower case is longer: offsets would move
