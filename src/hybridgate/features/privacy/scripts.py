"""Names written in other scripts, found by lookup in the gazetteer's native-script lists
(the English model reads none of them): "Ольга Петровна просила…", "Γιώργος λέει…",
"नेहा ने कहा…", "王芳说…", "田中さんへ…". Latin-script names are the other layers' work."""

# ruff: noqa: RUF003  (the comments quote other scripts on purpose)

from __future__ import annotations

import re

from . import gazetteer
from .spans import Span

# Words of one alphabetic script other than Latin (Cyrillic, Greek, Armenian, Georgian,
# Hebrew, Arabic, the Indic scripts, Thai …), with their combining marks.
_WORD = re.compile(r"(?:(?![A-Za-zÀ-ɏḀ-ỿ])[^\W\d_][\u0300-\u036f\u0900-\u0dff\u0e30-\u0e4e]*)+")
_CASED = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")  # Greek, Cyrillic: names are capitalised
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
# A Chinese or Japanese name: a listed surname (1-2 characters) and a given name of 1-2
# characters, then a particle, punctuation or no more CJK: "王芳说", "李娜：", "陈浩，".
_HAN_NAME = re.compile(
    r"(?<![\u3400-\u9fff])(?P<family>[\u3400-\u9fff]{1,2}?)(?P<given>[\u3400-\u9fff]{1,2})"
    r"(?=[说讲问的和跟给让在是也都：:，,。.！!？?、\s]|$|[^\u3040-\u30ff\u3400-\u9fff])"
)
# A Japanese name before an honorific: "田中さくらさん", "佐藤様", "ゆいちゃん".
# The family and given names may be spaced ("山口 蓮さん"); a name opens with a kanji or
# katakana, not with a particle ("…の山口さん").
_JA_HONORIFIC = re.compile(
    r"(?P<name>[\u30a0-\u30ff\u3400-\u9fff][\u3005\u3040-\u30ff\u3400-\u9fff]{0,5}?"
    r"(?:[ \u3000][\u3005\u3040-\u30ff\u3400-\u9fff]{1,4}?)?)"
    r"(?:さん|様|さま|くん|君|ちゃん|先生|氏)"
)
# A listed word alone: a name in a cased script when capitalised; in an uncased one it may
# as well be a word ("भारत" is India and a given name): redaction only, unless paired.
ALONE, UNCASED_ALONE, PAIR = 0.55, 0.45, 0.75


def names(text: str) -> list[Span]:
    if text.isascii():
        return []
    given, family = gazetteer.names()
    found: list[Span] = []
    words = [m for m in _WORD.finditer(text) if not m.group().isascii()]
    for i, m in enumerate(words):
        word = m.group()
        low = word.lower()
        if _CASED.match(word) and not word[0].isupper():
            continue  # "вера" (faith) in lower case is a word; "Вера" may be a name
        if low not in given and low not in family:
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        paired = (
            nxt is not None
            and text[m.end() : nxt.start()].isspace()
            and (nxt.group().lower() in family or nxt.group().lower() in given)
            and (not _CASED.match(nxt.group()) or nxt.group()[0].isupper())
        )
        if paired and nxt is not None:
            found.append(Span("PERSON", m.start(), nxt.end(), PAIR))
        else:
            score = ALONE if _CASED.match(word) else UNCASED_ALONE
            found.append(Span("PERSON", m.start(), m.end(), score))
    if _CJK.search(text):
        for m in _HAN_NAME.finditer(text):
            if m.group("family") in family and m.group("given") in given:
                found.append(Span("PERSON", m.start(), m.end(), ALONE))
        for m in _JA_HONORIFIC.finditer(text):
            name = m.group("name")
            # The name opens the match or follows a particle, with a listed family name:
            # "連絡は佐々木 陽菜" holds "佐々木 陽菜"; the last such opening wins.
            opens = [0] + [
                i for i in range(1, len(name)) if _kana(name[i - 1]) and not _kana(name[i])
            ]
            at = next((i for i in reversed(opens) if _family_first(name[i:], family)), None)
            if at is not None:
                found.append(Span("PERSON", m.start("name") + at, m.end("name"), PAIR))
    return found


def _family_first(name: str, family: frozenset[str]) -> bool:
    return any(name[:n] in family for n in (3, 2, 1) if len(name) >= n)


def _kana(char: str) -> bool:
    return "\u3040" <= char <= "\u309f"  # hiragana: particles, or a given name's letters
