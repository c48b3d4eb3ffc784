"""Names typed in lower case ("jimmy and chidi are coming over"). The NER model reads
casing: it finds no name in "anika and fenna are fighting again" and one in "Anika and
Fenna …". So the text is read a second time with the words that could be names
title-cased, and what the model then calls a person, on one of those words, counts:

- listed given names and surnames that are no English word, in any text;
- in a text whose sentences mostly start in lower case (a writer who capitalises nothing),
  every word that is neither English nor an inflection of an English word.

Left out: code, tool talk without a personal cue ("use julia or ruby?"), and words inside
handles and addresses ("tomasz.wrobel"), which the login and address layers read."""

from __future__ import annotations

import re
from bisect import bisect_left

from . import context
from .lookup import NameLookup
from .ner import SpacyNER
from .spans import Span

# A lower-case word that could be a name: letters only, three or more.
_LOWER_WORD = re.compile(r"(?<![\w'’@./-])[a-zß-öø-ÿā-žḁ-ỿ]{3,}(?![\w'’@/-])")
_INFLECTIONS = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
                ("ing", "e"), ("ly", ""), ("er", ""), ("ers", ""))  # fmt: skip
_VOWEL = re.compile(r"[aeiouyà-æè-ïò-öù-üāēīōū]")
_IN_TOKEN = re.compile(r"(?<=[=.@_/:\\-])|[^\W\d_]+[.@_/\\-]\w")
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n\s*)([^\W\d_])")


# Talk about software and its setup: the unknown lower-case words in it are tools
# ("set up grafana with docker"), not people.
TOOL_TALK = re.compile(
    r"\b(?:docker|compose|kubernetes|k8s|helm|deploy\w*|server|servers|install\w*|set ?up|"
    r"config\w*|pipeline|repo|repository|git|github|gitlab|npm|pip|api|database|db|cluster|"
    r"container|query|queries|script|plugin|dashboard|package|library|framework|sdk|cli|"
    r"terminal|command|linux|windows|macos|ubuntu|debian|browser|extension|app|apps|"
    r"frontend|backend|endpoint|webhook|cron|yaml|json|csv|excel|spreadsheet|formula)\b",
    re.IGNORECASE,
)


def typed_in_lower_case(text: str) -> bool:
    """Most sentences start in lower case: the writer does not capitalise, so a lower-case
    word says nothing about whether it is a name."""
    starts = [m.group(1) for m in _SENTENCE_START.finditer(text)]
    return bool(starts) and sum(c.islower() for c in starts) * 2 > len(starts)


def _word(ner: SpacyNER, low: str) -> bool:
    """An English word, an inflection of one ("treatments", "parked", "forgetting"), or a
    long word one typo away from one ("tomorow", "presentaion"): lower-case chat is full of
    typos, and the model calls many of them names once capitalised."""
    if ner.english(low) or any(
        low.endswith(tail) and len(low) - len(tail) >= 3 and ner.english(low[: -len(tail)] + add)
        for tail, add in _INFLECTIONS
    ):
        return True
    doubled = _DOUBLED.match(low)  # "forgetting" -> "forget", "stopped" -> "stop"
    if doubled is not None and ner.english(doubled.group(1)):
        return True
    return len(low) >= _TYPO_MIN and any(ner.english(w) for w in _one_edit(low))


_DOUBLED = re.compile(r"^(\w+?(\w))\2(?:ing|ed|er|ers)$")
_TYPO_MIN = 6  # shorter words one edit from English are as often names: "kez", "tay"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _one_edit(word: str) -> set[str]:
    """Every string one deletion, transposition, replacement or insertion away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return {
        *(a + b[1:] for a, b in splits if b),
        *(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1),
        *(a + c + b[1:] for a, b in splits if b for c in _LETTERS),
        *(a + c + b for a, b in splits for c in _LETTERS),
    }


def names(text: str, ner: SpacyNER, lookup: NameLookup, score: float) -> list[Span]:
    """The model's PERSON spans on the words read as capitalised (`score`: the weak score
    the gazetteer's lower-case candidates carry, unused in the result)."""
    if context.CODE.search(text) or (
        (context.TECHNICAL.search(text) or TOOL_TALK.search(text))
        and not context.PERSONAL.search(text)
    ):
        return []
    starts = {w.start for w in lookup.lower_given(text, score, surnames=True)}
    if typed_in_lower_case(text):
        starts.update(
            m.start()
            for m in _LOWER_WORD.finditer(text)
            if _VOWEL.search(m.group()) and not _word(ner, m.group())
        )  # no vowel: an acronym typed in lower case ("my cpf is …", "nhs"), not a name
    ordered = sorted(at for at in starts if not _IN_TOKEN.match(text, at))
    if not ordered:
        return []
    chars = list(text)
    for at in ordered:
        chars[at] = chars[at].upper()

    def holds_one(span: Span) -> bool:
        i = bisect_left(ordered, span.start)
        return i < len(ordered) and ordered[i] < span.end

    return [
        s
        for s in ner.scan("".join(chars), [(at, at + 1) for at in ordered])
        if s.type == "PERSON" and holds_one(s)
    ]
