"""Names written in other scripts, found by lookup in the gazetteer's native-script lists
(the English model reads none of them): "Ольга Петровна просила…", "Γιώργος λέει…",
"सुनीता ने बताया…", "王芳说…", "田中さんへ…". Latin-script names are the other layers' work."""

# ruff: noqa: RUF003  (the comments quote other scripts on purpose)

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from . import gazetteer
from .spans import Span

# Words of one alphabetic script other than Latin (Cyrillic, Greek, Armenian, Georgian,
# Hebrew, Arabic, the Indic scripts, Thai …), with their combining marks.
_WORD = re.compile(r"(?:(?![A-Za-zÀ-ɏḀ-ỿ])[^\W\d_][\u0300-\u036f\u0900-\u0dff\u0e30-\u0e4e]*)+")
_CASED = re.compile(r"[\u0370-\u03ff\u0400-\u052f]")  # Greek, Cyrillic: names are capitalised
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
_ARABIC = re.compile(r"[\u0621-\u064a]")
# A Chinese or Japanese name: a listed surname (1-2 characters) and a listed given name of
# 1-2 characters, opening the text or a run of Han characters or after a word that puts a
# person next ("客户王丽的…", "请帮我给李秀英发…": customer, to), then a particle, a verb,
# punctuation or no more Han: "王芳说", "李娜：", "陈浩，".
_HAN = re.compile(r"[\u3400-\u9fff]")
_BEFORE_NAME = frozenset("给和跟与叫是为请问找让把被对向户事友师姐哥弟妹")
_AFTER_NAME = frozenset("说讲问的和跟给让在是也都写发打送帮要想告：:，,。.！!？?、 \n")


def _han_names(text: str, given: frozenset[str], family: frozenset[str]) -> Iterator[Span]:
    end = 0
    for m in _HAN.finditer(text):
        i = m.start()
        if i < end:
            continue  # inside a name already found
        if i > 0 and _HAN.match(text, i - 1) and text[i - 1] not in _BEFORE_NAME:
            continue
        for f in (1, 2):
            fam = text[i : i + f]
            if fam not in family:
                continue
            for g in (2, 1):
                stop = i + f + g
                name = text[i + f : stop]
                if len(name) < g or not _HAN.fullmatch(name[-1]) or name not in given:
                    continue
                after = text[stop : stop + 1]
                if not after or after in _AFTER_NAME or not _HAN.match(after):
                    yield Span("PERSON", i, stop, ALONE)
                    end = stop
                    break
            if end > i:
                break
            # A listed family name and a given name the lists lack, the run ending after
            # it: "客户刘毓琦的…" (a redaction candidate only). Standing alone in a text of
            # Latin letters ("Is 郑晚晴 pronounced …") it can only be someone's name.
            for g in (2, 1):
                stop = i + f + g
                name = text[i + f : stop]
                after = text[stop : stop + 1]
                if (
                    len(name) == g
                    and _HAN.fullmatch(name[0])
                    and _HAN.fullmatch(name[-1])
                    and (not after or after in _AFTER_NAME or not _HAN.match(after))
                ):
                    alone = (i == 0 or not _HAN.match(text, i - 1)) and not _HAN.match(after)
                    score = ALONE if alone and _mostly_latin(text) else UNLISTED
                    yield Span("PERSON", i, stop, score)
                    end = stop
                    break
            if end > i:
                break


# A Korean name: a one-syllable family name and a given name, alone or before 님/씨.
_HANGUL_NAME = re.compile(
    r"(?<![\uac00-\ud7af])(?P<name>[\uac00-\ud7af]{2,4})(?P<title>[^\S\n]?(?:님|씨))?"
)
# A Russian or Ukrainian patronymic in any case, and the given name before it: "Ольге
# Викторовне", "Иван Петрович", "Олени Степанівни".
PATRONYMIC = re.compile(
    r"(?:(?P<given>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)[ \t]+)?"
    r"(?P<patronymic>[А-ЯЁІЇЄҐ][а-яёіїєґ]+(?:(?:ов|ев)ич(?:а|у|ем|ом|е|і)?|"
    r"(?:овн|евн|ичн|івн|ївн)(?:а|ы|е|у|ой|ою|ей|і|и)))(?![а-яёіїєґ])"
)
# The same typed in lower case, after a listed given name, with the surname after it when
# it has a surname's ending: "анна петровна смирнова", "иван петрович".
_LOWER_PATRONYMIC = re.compile(
    r"(?<![а-яёіїєґ'’])(?P<given>[а-яёіїєґ]+)[ \t]+"
    r"(?P<patronymic>[а-яёіїєґ]+(?:(?:ов|ев)ич(?:а|у|ем|ом|е|і)?|"
    r"(?:овн|евн|івн|ївн)(?:а|ы|е|у|ой|ою|ей|і|и)))(?![а-яёіїєґ])"
    r"(?:[ \t]+(?P<family>[а-яёіїєґ]+(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|"
    r"цкая|енко|ук|юк|чук))(?![а-яёіїєґ]))?"
)
# An Arabic title and the name after it: "السيد ماجد بن فهد الدوسري", "العميلة هالة الشمري".
_ARABIC_TITLED = re.compile(
    r"(?:السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الدكتورة|العميل|العميلة|المريض|المريضة|"
    r"الموظف|الموظفة|الطالب|الطالبة|الأخ|الأخت)[^\S\n]+"
    r"(?P<name>[\u0621-\u064a]+(?:[^\S\n]+[\u0621-\u064a]+){1,3})"
)
# A Japanese name before an honorific: "田中さくらさん", "佐藤様", "ゆいちゃん".
# The family and given names may be spaced ("山口 蓮さん"); a name opens with a kanji or
# katakana, not with a particle ("…の山口さん").
_JA_HONORIFIC = re.compile(
    r"(?P<name>[\u30a0-\u30ff\u3400-\u9fff][\u3005\u3040-\u30ff\u3400-\u9fff]{0,5}?"
    r"(?:[ \u3000][\u3005\u3040-\u30ff\u3400-\u9fff]{1,4}?)?)"
    r"(?:さん|様|さま|くん|君|ちゃん|先生|氏)"
)
# Scripts written without spaces between words (Chinese, Japanese, Korean) and the
# full-width forms they type: numbers and addresses touch them ("身份证号为3101…").
_UNSPACED = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff01-\uff60]")


def spaced(text: str) -> str:
    """`text` with every character of an unspaced script turned into a space: the same
    length, so offsets hold, and the regex layers' word edges work around digits, e-mail
    addresses and keys that touch Chinese, Japanese or Korean words."""
    if text.isascii() or _UNSPACED.search(text) is None:
        return text
    return _UNSPACED.sub(" ", text)


# A listed word alone: a name in a cased script when capitalised; in an uncased one it may
# as well be a word ("भारत" is India and a given name): redaction only, unless paired.
ALONE, UNCASED_ALONE, PAIR = 0.55, 0.45, 0.75
# Hindi marks the one who did something ("सुनीता ने बताया", Sunita said) or shows respect
# ("सुनीता जी") right after a name: a listed word before either is someone.
# ("भारत ने मैच जीता": India, a given name too, won the match.)
_HINDI_PERSON_AFTER = re.compile(r"[^\S\n]+(?:ने|जी)(?![\u0900-\u097f])")
_HINDI_PLACES = frozenset({"भारत", "हिंदुस्तान"})
UNLISTED = 0.3  # a Han family name with an unlisted given name: redaction only
# Two words of a script with no capitals and spaces between words (Arabic, Hebrew, the
# Indic scripts, Thai, Armenian, Georgian, Ethiopic), alone in a text of Latin letters and
# not quoted: "thank <given> <family> who translated the leaflet". A request quotes a
# phrase to translate ("what does '…' mean"); two words set among English ones, with no
# more of their script beside them, are most often someone's name and surname.
UNCASED_LETTERS = (
    "\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u0e01-\u0e4e\u10a0-\u10ff\u1200-\u137f"
)
_UNCASED_RUN = re.compile(
    rf"(?<![{UNCASED_LETTERS}\u200c\u200d])[{UNCASED_LETTERS}][{UNCASED_LETTERS}\u200c\u200d]*"
    rf"(?:[^\S\n]+[{UNCASED_LETTERS}][{UNCASED_LETTERS}\u200c\u200d]*)*"
)
_QUOTES = frozenset("'\"‘’“”«»「」")


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
        elif (
            nxt is not None
            and low in family
            and _HAN.match(word)
            and text[m.end() : nxt.start()] in (" ", "\u3000")
            and len(nxt.group()) <= 2
            and _HAN.fullmatch(nxt.group()[-1])
        ):
            # A listed family name, a space, then a given name the lists lack: "高橋 結衣"
            # (Japanese and Chinese records write the two parts apart). Set in a text of
            # Latin letters ("a card for 高橋 結衣, who …") it can only be someone's name.
            score = ALONE if _mostly_latin(text) else UNCASED_ALONE
            found.append(Span("PERSON", m.start(), nxt.end(), score))
        else:
            cased = _CASED.match(word) or (
                word not in _HINDI_PLACES and _HINDI_PERSON_AFTER.match(text, m.end())
            )
            found.append(Span("PERSON", m.start(), m.end(), ALONE if cased else UNCASED_ALONE))
    if _mostly_latin(text):
        found.extend(_two_uncased_words(text))
    if _HANGUL.search(text):
        for m in _HANGUL_NAME.finditer(text):
            name = m.group("name")
            if name[0] not in family:
                continue
            if m.group("title"):
                found.append(Span("PERSON", m.start("name"), m.end("name"), PAIR))
                continue
            # A particle may follow without a space: "김민준한테", "서연이가".
            size = next((n for n in (3, 2) if n <= len(name) and name[1:n] in given), 0)
            if size:
                found.append(Span("PERSON", m.start("name"), m.start("name") + size, PAIR))
    if _CASED.search(text):
        for m in PATRONYMIC.finditer(text):
            start = m.start("given") if m.group("given") else m.start("patronymic")
            found.append(Span("PERSON", start, m.end("patronymic"), PAIR))
        for m in _LOWER_PATRONYMIC.finditer(text):
            if m.group("given") in given:
                end = m.end("family") if m.group("family") else m.end("patronymic")
                found.append(Span("PERSON", m.start("given"), end, PAIR))
    if _ARABIC.search(text):
        for m in _ARABIC_TITLED.finditer(text):
            found.append(Span("PERSON", m.start("name"), m.end("name"), PAIR))
    if has_cjk(text):
        found.extend(_han_names(text, given, family))
        found.extend(_kana_given(text, family))
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


def _two_uncased_words(text: str) -> Iterator[Span]:
    for m in _UNCASED_RUN.finditer(text):
        if len(m.group().split()) != 2:
            continue
        before = text[m.start() - 1 : m.start()]
        after = text[m.end() : m.end() + 1]
        if before in _QUOTES or after in _QUOTES:
            continue
        yield Span("PERSON", m.start(), m.end(), ALONE)


# A two-character listed family name and a given name in kana, then a stop: "木村ゆうき、",
# "松本あかり:". Kana after one Han character is as often a verb's or an adjective's ending
# ("高い", "長く"), so one-character family names are left out, and so are the particles,
# endings and honorifics (handled above) that follow a family name.
_KANA_GIVEN = re.compile(
    r"(?<![\u3400-\u9fff])(?P<family>[\u3400-\u9fff]{2})"
    r"(?P<given>[\u3041-\u3096]{2,4}|[\u30a1-\u30fa\u30fc]{2,5})"
    r"(?=[、。，,.:：;；!！?？\s]|$)"
)
_NOT_GIVEN = frozenset(
    (
        "から", "まで", "より", "には", "では", "とは", "にも", "での", "への", "との", "さん",
        "さま", "くん", "ちゃん", "です", "でした", "ます", "した", "する", "して", "など",
        "たち", "ども", "だけ", "しか", "こそ", "さえ",
    )
)  # fmt: skip


def _kana_given(text: str, family: frozenset[str]) -> Iterator[Span]:
    for m in _KANA_GIVEN.finditer(text):
        if m.group("family") in family and m.group("given") not in _NOT_GIVEN:
            yield Span("PERSON", m.start(), m.end(), UNCASED_ALONE)


_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ɏ]")
_ANY_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=16)  # asked once per name candidate of the same text
def _mostly_latin(text: str) -> bool:
    """Whether most of a text's letters are Latin ones (an English or French request)."""
    return len(_LATIN_LETTER.findall(text)) * 2 > len(_ANY_LETTER.findall(text))


def has_cjk(text: str) -> bool:
    """Whether the text holds Chinese or Japanese characters."""
    return _CJK.search(text) is not None


def _family_first(name: str, family: frozenset[str]) -> bool:
    return any(name[:n] in family for n in (3, 2, 1) if len(name) >= n)


def _kana(char: str) -> bool:
    return "\u3040" <= char <= "\u309f"  # hiragana: particles, or a given name's letters
