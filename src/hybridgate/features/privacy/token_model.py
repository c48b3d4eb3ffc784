"""Layer 3c: a small learned model of secret and id tokens.

Every token that could hold a secret or an id (a digit in it or a symbol between letters:
"Kettle-Fern-9", "8051", "pass!word", "AB-44817") is read with the words around it: the
bundled MiniLM's static word-piece vectors of the token itself, the word before it, the
five words before that, the word after it and the three after that, plus 33 shape flags of
the token (its length and character classes; whether it looks like a year, an amount, a
version, a time, a date or a measure; whether its letters are English words; quotes, a
colon or an equals sign before it). A one-hidden-layer network gives three chances: no
secret, a password (a PIN, a passphrase token, a door code), an id number (an account, a
member, a case, a licence number). It learns what the keyword rules spell out one by one
("the door pin is …", "pw=…", "member no. …") from labelled examples, and reads synonyms
the rules never listed through the word vectors. Trained on the tune halves of the
evaluation sets only (`bench/train_token_model.py`; docs/privacy.md, "The learned token
layer and text gate").

A token at or above `DETECT` scores 0.6 (detection), one at or above `REDACT` 0.4
(redaction only), as does one said to be a thing's number or a measure ("part no …",
"… bits"); the type is the likelier of the two secret classes. Loaded once per
process, lazily; absent weights or MiniLM files leave the layer off with a warning."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from . import structured
from .spans import Span
from .word_model import WORD, Matrix, VocabularyLayer, _word_means, folded

ARTEFACT = "token_secrets.npz"
DIM = 384
# Word-vector slots: the token, the word before, the five before that, the word after,
# the three after that (a slot of several words is their mean).
SLOTS = 5
LEFT_BAG, RIGHT_BAG = 5, 3
SHAPES = 33
WIDTH = SLOTS * DIM + SHAPES
# Probability thresholds (chosen out of fold on the tune half; docs/privacy.md).
DETECT = 0.95
REDACT = 0.3
CLASSES = ("NONE", "PASSWORD", "ID_NUMBER")
# Tokens read per text at most (the rest is left to the rule layers): bounds the cost.
MAX_TOKENS = 2000
_CACHED_WORDS = 50_000
# Characters either side of a token searched for its context words.
_REACH = 80

# What makes a token a candidate: a digit, or a symbol between letters ("pass!word"). The
# regex engine finds digits and symbols; each seed is widened to its whitespace-separated
# token (quotes, brackets and list punctuation end a token).
SEED = re.compile(r"[\d!@#$%^&*+=~?|]+")
_BREAK = frozenset(" \t\n\r\f\v\"'`<>()[]{},;“”‘’")
_TRAILING = ".:!?-–—…*"
_LEADING = "*#-–—.:!?~"
_CAMEL = re.compile(r"[a-z][A-Z]")
_INNER_SYMBOL = re.compile(r"[A-Za-z][!@#$%^&*+=~?|][A-Za-z0-9]")
_SKIP = re.compile(r"://|@[\w-]+\.[a-z]|^www\.|\.(?:com|org|net|io|py|js|ts|md|json|txt)$", re.I)
_ALPHA = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER = re.compile(
    r"[$€£¥]?\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?%?|[$€£¥]?\d+[.,]\d+%?|[$€£¥]\d+%?|\d+%"
)
_UNIT = re.compile(r"\d+(?:[.,]\d+)?[a-zA-Zµ°]{1,4}")
_VERSION = re.compile(r"[vV]?\d+(?:\.\d+){1,3}[a-z]?")
_TIME = re.compile(r"\d{1,2}[:h]\d\d(?::\d\d)?(?:am|pm)?", re.I)
_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)", re.I)
_CODE = re.compile(r"[A-Z0-9][A-Z0-9_-]*")
# A token said to be a thing's number, or a measure: redacted at most, whatever the
# network says ("part no 4471Q", "error 5031", "2048 bits", "1500 rows").
_THING_BEFORE = re.compile(
    r"\b(?i:error|err|port|model|version|build|step|page|line|room|flight|order|invoice|"
    r"ticket|item|sku|part|product|chapter|section|figure|table|exercise|question|problem)"
    r"(?:\s*(?:no\.?|num(?:ber)?|#)|[_-]?(?:id|no|num|number|ref))?[\"']?\s*[:=]?\s*[\"']?\Z"
)
_MEASURE_AFTER = re.compile(
    r"\s*(?i:bits?|bytes?|[kmgtp]i?b|rpm|mph|kph|km|miles?|words?|tokens?|users?|people|"
    r"rows?|records?|times|items?|units?|calories|kcal|steps|ms|seconds?|minutes?|hours?|"
    r"days?|weeks?|months?|years?|pages?|dpi|px|hz|[kmg]hz|watts?|volts?|mah|degrees?)\b"
)


def tokens(text: str) -> list[tuple[int, int]]:
    """The candidate tokens' character ranges: a digit or a symbol between letters, four to
    64 characters, no address, web name or connection string. (A capital inside a word
    alone, "MacBook", "firstName", is a product or a code name far more often.)"""
    found: list[tuple[int, int]] = []
    end = 0
    for m in SEED.finditer(text):
        if m.start() < end:
            continue  # inside the token just read
        a, b = m.start(), m.end()
        seed = m.group()
        if not any(c.isdigit() for c in seed) and not _INNER_SYMBOL.match(text, max(0, a - 1)):
            continue  # a symbol that is no part of a password shape
        while a > 0 and text[a - 1] not in _BREAK and not text[a - 1].isspace():
            a -= 1
        while b < len(text) and text[b] not in _BREAK and not text[b].isspace():
            b += 1
        end = b
        while b > a and text[b - 1] in _TRAILING:
            b -= 1
        while a < b and text[a] in _LEADING:
            a += 1
        token = text[a:b]
        if not 4 <= len(token) <= 64 or _SKIP.search(token):
            continue
        if "@" in token and ("/" in token or ":" in token):
            continue  # a connection string's host part
        if any(c.isdigit() for c in token) or _INNER_SYMBOL.search(token):  # once trimmed
            found.append((a, b))
            if len(found) >= MAX_TOKENS:
                break
    return found


def shape(text: str, a: int, b: int, english: Callable[[str], bool]) -> list[float]:
    """The token's 33 shape flags (see the module docstring)."""
    t = text[a:b]
    n = len(t)
    digits = sum(c.isdigit() for c in t)
    upper = sum(c.isupper() for c in t)
    lower = sum(c.islower() for c in t)
    symbols = n - digits - upper - lower
    runs = [r.lower() for r in _ALPHA.findall(t)]
    english_runs = [r for r in runs if len(r) >= 3 and english(r)]
    before = text[max(0, a - 3) : a].rstrip()
    after = text[b : b + 2]
    classes = (digits > 0) + (upper > 0) + (lower > 0) + (symbols > 0)
    return [
        min(n, 60) / 20,
        digits / n,
        upper / n,
        lower / n,
        symbols / n,
        float(digits == n),
        float(digits > 0 and upper + lower > 0),
        classes / 4,
        float(digits == n == 4),
        float(digits == n and 5 <= n <= 8),
        float(digits >= 9),
        float(_YEAR.fullmatch(t) is not None),
        float(_NUMBER.fullmatch(t) is not None),
        float(_UNIT.fullmatch(t) is not None),
        float(_VERSION.fullmatch(t) is not None),
        float(_TIME.fullmatch(t) is not None),
        float(_DATE.fullmatch(t) is not None),
        float(_ORDINAL.fullmatch(t) is not None),
        float("-" in t or "_" in t),
        float("." in t[1:-1]),
        float(any(c in "!@#$%^&*?+~" for c in t)),
        float(_CAMEL.search(t) is not None),
        float(t[:1].isupper()),
        float(bool(english_runs)),
        float(bool(runs) and len(english_runs) == len(runs)),
        max((len(r) for r in runs), default=0) / 10,
        float(t[:1].isdigit() and lower + upper > 0),
        float(a > 0 and text[a - 1] in "\"'`“‘"),
        float(before.endswith((":", "="))),
        float(after.startswith(":") and not after[1:2].isdigit()),
        float(a == 0 or text[a - 1] == "\n"),
        float(_CODE.fullmatch(t) is not None and digits > 0 and upper > 0),
        float(len(set(t)) <= 2),
    ]


@dataclass(frozen=True, slots=True)
class _Net:
    """The trained network, rearranged for speed: the input standardisation folded into
    the first layer, and the first layer's word-vector part applied to the whole vocabulary
    once (`table`: piece, slot, hidden), so a slot costs a lookup."""

    table: Matrix  # (pieces, SLOTS, hidden)
    shape_w: Matrix  # (SHAPES, hidden)
    b1: Matrix
    w2: Matrix
    b2: Matrix

    @classmethod
    def build(cls, weights: dict[str, Matrix], vectors: Matrix) -> _Net:
        w1, b1 = folded(weights)
        word_w = w1[: SLOTS * DIM].reshape(SLOTS, DIM, -1)
        table = np.einsum("vd,sdh->vsh", vectors, word_w, optimize=True).astype(np.float32)
        return cls(table, w1[SLOTS * DIM :], b1, weights["w2"], weights["b2"])


class SecretTokens(VocabularyLayer[_Net]):
    """Implements the learned token layer; `english` tells an English word."""

    ARTEFACT = ARTEFACT
    NAME = "learned token layer"

    def __init__(
        self, english: Callable[[str], bool], weights: dict[str, npt.NDArray[Any]] | None = None
    ) -> None:
        """`weights`: the network's arrays (default: the packaged artefact, on load)."""
        super().__init__(weights)
        self.english = english
        self._pieces: dict[str, tuple[int, ...]] = {}

    def _build(self, weights: dict[str, Matrix], vectors: Matrix) -> _Net:
        return _Net.build(weights, vectors)

    def _ids(self, low: str) -> tuple[int, ...]:
        """A token's or word's pieces (cached). A lone surrogate, which JSON may carry but
        the tokenizer refuses, is read as an unknown character."""
        found = self._pieces.get(low)
        if found is None:
            tokenizer = self._tokenizer or self._vocabulary().tokenizer
            clean = low.encode("utf-8", "replace").decode("utf-8")
            found = tuple(tokenizer.encode(clean, add_special_tokens=False).ids)
            if len(self._pieces) < _CACHED_WORDS:
                self._pieces[low] = found
        return found

    def _slots(
        self, text: str, found: list[tuple[int, int]]
    ) -> tuple[Matrix, npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """Each token's shape rows, and the word pieces filling its slots: piece ids and
        their owner (token * SLOTS + slot, non-decreasing)."""
        ids: list[int] = []
        owner: list[int] = []
        shapes = []
        for i, (a, b) in enumerate(found):
            shapes.append(shape(text, a, b, self.english))
            left = [m.group().lower() for m in WORD.finditer(text, max(0, a - _REACH), a)]
            if left and a > _REACH and WORD.match(text, max(0, a - _REACH) - 1):
                left = left[1:]  # a word cut by the window's edge
            right = [m.group().lower() for m in WORD.finditer(text, b, b + _REACH)]
            if right and b + _REACH < len(text) and WORD.match(text, b + _REACH - 1):
                right = right[:-1]
            slots = (
                [text[a:b].lower()],
                left[-1:],
                left[-1 - LEFT_BAG : -1],
                right[:1],
                right[1 : 1 + RIGHT_BAG],
            )
            for slot, members in enumerate(slots):
                for low in members:
                    pieces = self._ids(low)
                    ids.extend(pieces)
                    owner.extend([i * SLOTS + slot] * len(pieces))
        return (
            np.asarray(shapes, np.float32).reshape(len(found), SHAPES),
            np.asarray(ids, np.int64),
            np.asarray(owner, np.int64),
        )

    def features(self, text: str) -> tuple[list[tuple[int, int]], Matrix]:
        """Each candidate token's range and its feature row (the network's input as
        trained: the slots' mean word vectors, then the shape flags)."""
        found = tokens(text)
        shapes, ids, owner = self._slots(text, found)
        n = len(found)
        vectors = _word_means(self._vocabulary().vectors[ids], owner, n * SLOTS)
        return found, np.concatenate([vectors.reshape(n, SLOTS * DIM), shapes], axis=1)

    def chances(self, x: Matrix) -> Matrix:
        """The network on feature rows: each row's chance of each class."""
        w = self._weights
        hidden = np.maximum(((x - w["mean"]) / w["scale"]) @ w["w1"] + w["b1"], 0.0)
        return _softmax(hidden @ w["w2"] + w["b2"])

    def _fast_chances(self, text: str) -> tuple[list[tuple[int, int]], Matrix]:
        """`chances(features(text))`, computed from the vocabulary table: each piece's row
        of its slot, weighted by one over its slot's piece count, summed per token."""
        found = tokens(text)
        net = self._net
        assert net is not None
        if not found:
            return found, np.zeros((0, len(CLASSES)), np.float32)
        shapes, ids, owner = self._slots(text, found)
        hidden = shapes @ net.shape_w + net.b1
        if len(ids):
            counts = np.bincount(owner)[owner].astype(np.float32)
            rows = net.table[ids, owner % SLOTS] / counts[:, None]
            np.add.at(hidden, owner // SLOTS, rows)
        return found, _softmax(np.maximum(hidden, 0.0) @ net.w2 + net.b2)

    def scan(self, text: str) -> list[Span]:
        """PASSWORD and ID_NUMBER spans of the tokens at or above REDACT."""
        if not self.load() or SEED.search(text) is None:
            return []
        found, p = self._fast_chances(text)
        spans = []
        for (a, b), row in zip(found, p, strict=True):
            secret = 1.0 - float(row[0])
            if secret >= REDACT:
                kind = CLASSES[1] if row[1] >= row[2] else CLASSES[2]
                sure = secret >= DETECT and not _said_otherwise(text, a, b)
                score = 0.6 if sure else 0.4
                pair = _PAIR.fullmatch(text, a, b)
                if pair is None:
                    spans.append(Span(kind, a, b, score))
                else:  # "mrivera:Colibri#7731": a login and its password
                    spans.append(Span("ID_NUMBER", a, pair.end("login"), score))
                    spans.append(Span("PASSWORD", pair.start("secret"), b, score))
        return spans


# A login and its password in one token, as `curl -u` and URLs take them.
_PAIR = re.compile(r"(?P<login>[\w.-]+):(?P<secret>[^\s:/]+)")


# A digest or a UUID: a commit, a checksum, a record key; a key-shaped secret is the
# secret layers' to read (secrets.py), not a person's password or id.
_DIGEST = re.compile(
    r"[0-9a-fA-F]{32,}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
)


# A size or a duration with its unit glued on: "256Mi", "4096M", "8123456kB", "18.2ms".
_SIZED = re.compile(r"\d+(?:\.\d+)?(?:[kKmMgGtTpP]i?[bB]?|ms|us|µs|ns)")
# The passwords of examples and jokes: "changeme1", "hunter2" ("letmein2024" or
# "password123" may well be someone's own).
_EXAMPLE_SECRET = re.compile(r"(?i:changeme\d*|hunter2|example\d*)")
# A Unix time in seconds or milliseconds under a time's key: "ts": 1736157600123.
_EPOCH = re.compile(r"1\d{9}(?:\d{3})?")
_TIME_KEY = re.compile(
    r"(?i:\b(?:ts|time|timestamp|epoch|created|updated|modified|expires|exp|iat|nbf|date)|_at)"
    r"[\"']?\s*[:=]\s*[\"']?\Z"
)


# A year (`_YEAR`) after a preposition: "changed in 2023", "since 1998".
_YEAR_BEFORE = re.compile(r"(?i:\b(?:in|since|from|until|till|by|during|before|after|of)\s+\Z)")
# A key size of a cipher: "RSA-4096", "AES-256", "2048 as the key size for RSA".
_KEY_SIZE = re.compile(
    r"(?:(?i:rsa|aes|sha|dsa|ecdsa|ed|hmac|des|p)-?)?(?:128|192|256|384|512|1024|2048|3072|4096|8192)"
)
_CIPHER_TALK = re.compile(
    r"(?i:\b(?:rsa|aes|sha|ecdsa|ed25519|hmac|cipher|bits?|key[- ](?:size|length)|encrypt\w*)\b)"
)


# A placeholder inside a token: "pk_live_CHANGE_ME", "YOUR_API_KEY", "sk-xxxx".
_PLACEHOLDER_PART = re.compile(r"(?i:change_?me|your_|replace_?me|xxxx)")
# The later groups of a code written in groups, three groups or more before it: a
# tracking or serial number ("1Z 9F2 K41 55 0183 2207"), not a secret of its own.
_GROUPS_BEFORE = re.compile(r"(?:(?<![\w-])[A-Z0-9]{1,5} ){3,}\Z")


def _said_otherwise(text: str, start: int, end: int) -> bool:
    """A thing's number or a measure (see `_THING_BEFORE`, `_MEASURE_AFTER`), a year, a
    cipher's key size, a digest, a placeholder, a later group of a grouped code, or a
    Chinese resident id shape whose check digit fails."""
    return (
        _DIGEST.fullmatch(text, start, end) is not None
        or _PLACEHOLDER_PART.search(text, start, end) is not None
        or _GROUPS_BEFORE.search(text, max(0, start - 40), start) is not None
        or (
            structured.CN_ID.fullmatch(text, start, end) is not None
            and not structured.cn_check_holds(text[start:end])
        )
        or (
            _YEAR.fullmatch(text, start, end) is not None
            and _YEAR_BEFORE.search(text, max(0, start - 10), start) is not None
        )
        or (
            _KEY_SIZE.fullmatch(text, start, end) is not None
            and _CIPHER_TALK.search(text, max(0, start - 40), end + 40) is not None
        )
        or _SIZED.fullmatch(text, start, end) is not None
        or _EXAMPLE_SECRET.fullmatch(text, start, end) is not None
        or (
            _EPOCH.fullmatch(text, start, end) is not None
            and _TIME_KEY.search(text, max(0, start - 16), start) is not None
        )
        or _THING_BEFORE.search(text, max(0, start - 24), start) is not None
        or _MEASURE_AFTER.match(text, end) is not None
    )


def _softmax(z: Matrix) -> Matrix:
    if z.shape[1] == 1:  # a two-class network: one logit
        p = 1.0 / (1.0 + np.exp(-z))
        return np.concatenate([1.0 - p, p], axis=1).astype(np.float32)
    e = np.exp(z - z.max(axis=1, keepdims=True))
    out: Matrix = (e / e.sum(axis=1, keepdims=True)).astype(np.float32)
    return out
