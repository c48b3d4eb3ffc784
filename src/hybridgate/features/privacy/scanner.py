"""The PrivacyScanner: runs the detector layers, cheapest first, over every string a hosted
upstream can receive (each message's texts joined, then every other field: names, tools,
`user`, `metadata`, schemas, pass-through fields) and keeps the selected entity types at
or above the score threshold."""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from functools import partial

from ...entities import DIRECT_TYPES, QUASI_TYPES
from ...schemas import ChatRequest
from ..extract import Entity
from . import (
    addresses,
    aliases,
    candidates,
    context,
    cues,
    gazetteer,
    lowercase,
    names,
    public,
    records,
    scripts,
    secrets,
    structured,
)
from .denylist import DenyList
from .fields import body_of, label, message_text, other_fields, scan_forms
from .lookup import NameLookup
from .ner import SpacyNER, foreign_stop_words
from .spans import Span, join, merge, trim, whole_words
from .text_gate import TextGate
from .token_model import SecretTokens
from .word_model import WordNames

# Direct identifiers: each alone points at a person or opens a system (hybridgate/entities.py).
DIRECT = DIRECT_TYPES
# Quasi-identifiers: only reported when `entities: all`.
QUASI = QUASI_TYPES
KNOWN = DIRECT | QUASI
# Texts longer than this (characters) take the detection fast path; shorter ones are
# scanned completely, so /v1/route and the audit list every entity of a usual prompt.
FAST_ABOVE = 1000
# Title-case words that are no English word: redacted only below detection, at the
# default redact_min_score.
WEAKEST = 0.3
# The highest score the name model gives before context (a multi-word PERSON).
MAX_NAME_SCORE = 0.7


# How much work a cached result holds (see Scanner.scored).
QUICK, DETECTION, REDACTION = 0, 1, 2
# Spans of one text, and the level of work they hold.
_Entry = tuple[tuple[Span, ...], int]


class _LRU:
    """Per-text results: earlier turns of a conversation come back on every request."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._data: OrderedDict[bytes, _Entry] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: bytes) -> _Entry | None:
        with self._lock:
            value = self._data.get(key)
            if value is not None:
                self._data.move_to_end(key)
            return value

    def put(self, key: bytes, value: _Entry) -> None:
        with self._lock:
            self._data[key] = value
            self._data.move_to_end(key)
            while len(self._data) > self.size:
                self._data.popitem(last=False)


# Layers of digits, addresses, keys and secrets: read on scripts.spaced(text).
_SPACED_LAYERS = (structured.scan, secrets.scan)


# Numbers a form's blank or a format written with zeros or X's may stand for.
_NUMBERS = frozenset({"ID_NUMBER", "CREDIT_CARD", "IBAN_CODE", "PHONE_NUMBER", "US_SSN"})
# Below redaction: a blank is nobody's number.
BLANK = 0.2
_MASK_SEPARATORS = re.compile(r"[\s./-]")


def blank_mask(value: str) -> bool:
    """A form's blank or a format shown with zeros or X's, six characters or more past a
    country prefix: "0000 0000 0000 0000", "GB00XXXX", "XXX-XX-XXXX"."""
    core = _MASK_SEPARATORS.sub("", value)
    if len(core) > 2 and core[:2].isalpha() and core[:2].isupper() and core[:2] != "XX":
        core = core[2:]  # "FR00 0000 …"
    return len(core) >= 6 and set(core.upper()) <= {"0", "X"}


def _blank(text: str, span: Span) -> bool:
    return span.type in _NUMBERS and blank_mask(text[span.start : span.end])


# Below detection, at redaction: a number said to be an order's or a parcel's points at no
# one by itself (a sensitive request still has it redacted).
NOT_PERSONAL = 0.4
_ORDER_BEFORE = re.compile(
    r"\b(?i:order|tracking|invoice|shipment|parcel|consignment|waybill)"
    r"(?:[^\S\n]*(?i:number|no\.?|#|id|code))?[^\S\n]*(?i:is|was|:|=)?[^\S\n]*#?[^\S\n]*"
    r"(?:[A-Z0-9]{1,4}[^\S\n]+){0,4}\Z"  # "1Z 9F2 K41 55 0183 2207": the groups before
)
_ORDER_TYPES = frozenset({"ID_NUMBER", "CREDIT_CARD", "PHONE_NUMBER", "STREET_ADDRESS"})


def _not_personal(text: str, span: Span) -> bool:
    return (
        span.type in _ORDER_TYPES
        and _ORDER_BEFORE.search(text, max(0, span.start - 32), span.start) is not None
    )


_WHOLE_NUMBERS = frozenset({"CREDIT_CARD", "IBAN_CODE"})


def _inside_numbers(found: list[Span]) -> list[Span]:
    """Without the spans that lie inside a card or IBAN number found whole: the groups of
    "GB33 BUKB 2020 1555 5555 55" are no phone, those of a card no PIN (the number's own
    score says what it is, a published test number included)."""
    whole = [s for s in found if s.type in _WHOLE_NUMBERS]
    if not whole:
        return found
    return [
        s
        for s in found
        if s.type in _WHOLE_NUMBERS
        or not any(
            o.start <= s.start and s.end <= o.end and o.end - o.start > s.end - s.start
            for o in whole
        )
    ]


def _in_context(text: str, found: list[Span], open_names: list[int] | None = None) -> list[Span]:
    """The spans scored in context (context.adjust), blanks held below redaction, order
    and parcel numbers below detection."""
    out = []
    for s in context.adjust(text, _inside_numbers(found), open_names):
        if _blank(text, s):
            s = replace(s, score=min(s.score, BLANK))
        elif s.score > NOT_PERSONAL and _not_personal(text, s):
            s = replace(s, score=NOT_PERSONAL)
        out.append(s)
    return out


def _new_names(text: str, found: list[Span], learned: list[Span]) -> list[Span]:
    """The learned layer's spans that add to what the other layers found: where a layer
    already read a name at least as strongly (a cue, the NER model's full name), its
    reading and the context rules on it stand ("Marie" of a public figure's full name)."""
    if not learned:
        return []
    people = [s for s in found if s.type == "PERSON"]
    greetings = [m.span() for m in cues.FOREIGN_GREETING.finditer(text)]
    return [
        s
        for s in learned
        if not any(p.start < s.end and s.start < p.end and p.score >= s.score for p in people)
        and not context.app(text[s.start : s.end])  # "ask chatgpt": a product
        and not any(a <= s.start and s.end <= b for a, b in greetings)  # "dzień dobry"
    ]


class Scanner:
    """Implements features.extract.PrivacyScanner."""

    def __init__(
        self,
        *,
        entities: Iterable[str] = DIRECT,
        min_score: float = 0.5,
        redact_min_score: float = 0.3,
        ner: SpacyNER | None = None,
        word_model: bool = True,
        token_model: bool = True,
        text_gate: bool = True,
        deny_list: Sequence[str] = (),
        patterns: Mapping[str, str] | None = None,
        cache_size: int = 4096,
        fast: bool = True,
    ) -> None:
        self.deny = DenyList(deny_list, patterns)
        self.entities = frozenset(entities) | frozenset((patterns or {}).keys())
        if deny_list:
            self.entities |= {"DENY_LIST"}
        self.min_score = min_score
        self.redact_min_score = min(redact_min_score, min_score)
        self.ner = ner
        # The learned word layer reads the NER model's word lists: on only with it.
        self.words = WordNames(ner) if ner is not None and word_model else None
        self.tokens = SecretTokens(ner.english) if ner is not None and token_model else None
        self.gate = (
            TextGate(self.words, self.tokens)
            if text_gate and self.words is not None and self.tokens is not None
            else None
        )
        self._lookup = NameLookup(ner.english, ner.word_not_name) if ner is not None else None
        # Whether a lower-case word is English (the candidates ask it); None without NER.
        self._english: Callable[[str], bool] | None = ner.english if ner is not None else None
        self._cache = _LRU(cache_size)
        # Detection may skip the name model where it cannot change the answer.
        self.fast = fast

    def warm(self) -> None:
        """Load the NER model and the name gazetteer now (at gateway start) rather than on
        the first request."""
        if self.ner is not None:
            self.ner.load()
            gazetteer.names()
            public.place_names()
            public.big_cities()
            public.all_places()
            public.places_unaccented()
            foreign_stop_words()
        if self.words is not None:
            self.words.load()
        if self.tokens is not None:
            self.tokens.load()
        if self.gate is not None:
            self.gate.load()

    def scored(self, text: str, *, level: int = REDACTION) -> tuple[Span, ...]:
        """Every span the layers find in `text`, scored in context, overlapping, up to a
        level of work:

        - `QUICK` (detection of long texts): may stop once the answer to "is this text
          sensitive?" is known (a direct identifier from the cheap layers), and reads names
          with the model only where they could reach `min_score` (around personal cues when
          the text would damp every other name);
        - `DETECTION`: every detector layer;
        - `REDACTION`: also the weak redaction candidates (computed on top of a cached
          `DETECTION` result, so a redacted request runs the model once)."""
        if not text.strip():
            return ()
        key = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
        cached = self._cache.get(key)
        if cached is not None and cached[1] >= level:
            return cached[0]
        if cached is not None and cached[1] == DETECTION:
            spans = list(cached[0])  # level REDACTION: add the candidates only
        else:
            spans, done = self._detect(text, quick=level == QUICK)
            if not done or level <= DETECTION:  # detection never needs the candidates
                result = tuple(spans)
                self._cache.put(key, (result, QUICK if not done else DETECTION))
                return result
        surnames = gazetteer.names()[1] if self.ner is not None else frozenset()
        # weak: redaction only
        spans.extend(candidates.scan(text, spans, surnames, self._english))
        if self.ner is not None:
            spans.extend(self.ner.title_words(text, WEAKEST))
            if self._lookup is not None:
                spans.extend(self._lookup.lower_given(text, WEAKEST))
                spans.extend(self._lookup.surnames_after(text, spans, WEAKEST))
        result = tuple(spans)
        self._cache.put(key, (result, REDACTION))
        return result

    def _decided(self, text: str, found: list[Span]) -> bool:
        """A direct identifier that no context rule re-scores (names are re-scored, and a
        blank's number is held down)."""
        return any(
            s.type in self.entities
            and s.type != "PERSON"
            and s.score >= self.min_score
            and not _blank(text, s)
            and not _not_personal(text, s)
            for s in _inside_numbers(found)
        )

    def _detect(self, text: str, *, quick: bool) -> tuple[list[Span], bool]:
        """The detector layers' spans, scored in context; False when `quick` stopped early."""
        found: list[Span] = []
        plain = scripts.spaced(text)  # numbers and keys touching CJK words
        layers = (structured.scan, secrets.scan, addresses.scan, names.scan)
        for layer in (*layers, self.deny.scan) if self.deny else layers:
            found.extend(layer(plain if layer in _SPACED_LAYERS else text))
            if quick and self._decided(text, found):
                return _in_context(text, found), False  # sensitive: nothing can change it
        english = self._english
        found.extend(candidates.passwords(plain, english))
        found.extend(candidates.said_logins(plain, english))
        found.extend(candidates.secret_numbers(plain))
        found.extend(candidates.passphrases(plain))
        found.extend(candidates.home_folders(text))
        if self.ner is not None:
            found.extend(candidates.person_logins(plain, gazetteer.names()[1], english))
        if self.tokens is not None:
            found.extend(self.tokens.scan(plain))
        done = True
        if self.ner is not None:
            regions = None
            if quick:
                early = _in_context(text, list(found))
                if any(s.type in self.entities and s.score >= self.min_score for s in early):
                    regions = []  # sensitive already: the model cannot change the answer
                elif (
                    MAX_NAME_SCORE * context.text_factor(text, anchored=context.anchors(found))
                    < self.min_score
                ):
                    regions = context.cue_regions(text)  # only cued names can count
            found.extend(self.ner.scan(text, regions))
            if regions is None and self._lookup is not None:
                found.extend(lowercase.names(text, self.ner, self._lookup))
            found.extend(scripts.names(text))  # other scripts: lookup, not the model
            if self._lookup is not None:
                found.extend(self._lookup.names(text))
                found = self._lookup.plausible(text, found)
            if regions is None and self.words is not None:
                found.extend(_new_names(text, found, self.words.scan(text)))
            if self._lookup is not None:
                found = self._lookup.unfilled(text, found)
            done = regions is None
        open_names: list[int] = []  # names no rule on the name set: the gate may lift them
        adjusted = _in_context(text, found, open_names)
        ner = self.ner
        if ner is not None and not any(
            s.type in self.entities and s.score >= self.min_score for s in adjusted
        ):
            words = partial(ner.title_words, score=WEAKEST)
            adjusted.extend(context.spoken_of(text, words, self.min_score))
            unknown = partial(candidates.unknown_words, english=ner.english)
            adjusted.extend(context.lower_spoken_of(text, unknown, self.min_score))
        if ":" in text or "=" in text or "\n" in text:  # filed as a name: no context damps it
            adjusted.extend(records.named_fields(text))
            if self.ner is not None and "\n" in text:
                adjusted.extend(records.chat_speakers(text, gazetteer.names()[0]))
        if done and self.gate is not None:  # weak evidence only: does the text name people?
            adjusted = self.gate.lift(text, adjusted, open_names, self.entities, self.min_score)
        return adjusted, done

    def spans(self, text: str) -> list[Span]:
        """Every span found in `text`, merged, scored but not filtered (for evaluation)."""
        return trim(text, merge(list(self.scored(text))))

    def find(self, text: str, min_score: float | None = None) -> list[Span]:
        """Selected spans at or above `min_score` (default: the detection threshold),
        merged so that their union covers everything each of them covered. Detection
        (the default threshold) may skip work that cannot change whether the text is
        sensitive, so it can list fewer spans than a lower threshold does."""
        floor = self.min_score if min_score is None else min_score
        if floor < self.min_score:
            level = REDACTION
        elif self.fast and len(text) > FAST_ABOVE:
            level = QUICK
        else:
            level = DETECTION
        scored = self.scored(text, level=level)
        kept = [s for s in scored if s.type in self.entities and s.score >= floor]
        if ("(" in text or "（" in text) and any(s.type == "PERSON" for s in kept):
            not_name = self.ner.word_not_name if self.ner is not None else None
            kept += [s for s in aliases.aliases(text, kept, not_name) if s.type in self.entities]
        if level == REDACTION and "PERSON" in self.entities:
            kept += candidates.around_names(text, kept, self._english)
        return join(text, trim(text, merge(whole_words(text, kept)))) if kept else []

    def find_redactable(self, text: str) -> list[Span]:
        """What to pseudonymize in a request already known to be sensitive."""
        return self.find(text, self.redact_min_score)

    def scan(self, request: ChatRequest) -> tuple[Entity, ...]:
        """Message texts are located by message index; every other field by its path
        (message_index -1, `field` e.g. "tools.0.function.description")."""
        found: list[Entity] = []
        for index, message in enumerate(request.messages):
            for span in self.find(message_text(message)):
                found.append(Entity(span.type, span.start, span.end, index, span.score))
        for path, text in other_fields(body_of(request)):
            spans = merge([s for form in scan_forms(path, text) for s in self.find(form)])
            for span in spans:
                found.append(Entity(span.type, span.start, span.end, -1, span.score, label(path)))
        return tuple(found)
