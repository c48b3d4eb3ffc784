"""A person's other name in brackets beside a name found: the same person, written in
another script or as their login. "陈雨萱 (Chen Yuxuan)", "Teodoro Valdivieso (tvaldivieso)",
"created by ekumah (Efia Kumah)". The alias takes the name's type-appropriate reading and
its score: redacting the name while the bracket next to it still says who it is would
undo the redaction."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from .names import words
from .spans import Span

# Brackets right after the name, and a word or four right before brackets holding it.
_AFTER = re.compile(r"[^\S\n]*[(（][^\S\n]*(?P<alias>[^()（）\n,;:]{2,40}?)[^\S\n]*[)）]")
_BEFORE = re.compile(
    r"(?P<alias>[^\s()（）,;:]+(?:[^\S\n]+[^\s()（）,;:]+){0,3})[^\S\n]*[(（][^\S\n]*\Z"
)
_CLOSE = re.compile(r"[^\S\n]*[)）]")
# Letters of the scripts a name is written in when not in Latin letters: Greek, Cyrillic,
# Hebrew, Arabic, Devanagari, kana, Han, Hangul.
_SCRIPTS = (
    r"\u0370-\u03ff\u0400-\u052f\u0590-\u05ff\u0600-\u06ff\u0900-\u097f"
    r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
)
_OTHER_SCRIPT = re.compile(rf"[{_SCRIPTS}]")
# A name in them: its letters, the repeat mark "々", the middle dots and spaces between parts.
_OTHER_NAME = re.compile(rf"[\u3005{_SCRIPTS}\u30fb·\s]{{2,30}}")
# A login: lower-case letters, digits and . _ -, starting with a letter.
_HANDLE = re.compile(r"[a-z][a-z0-9._-]{2,30}[a-z0-9]")
# A name in capitalised words: "Kwame Osei", "Chen Yuxuan".
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+(?:[^\S\n]+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+){0,3}")
# Roles and notes bracketed after a name that no word list calls English.
_ROLES = words(
    """admin administrator root owner lead intern contractor guest ceo cto cfo coo vp pm po qa
    dev devops ops sre it hr ext external temp cc bcc fyi tbc tbd approver reviewer assignee
    reporter oncall on-call ooo wfh"""
)


def _reading(alias: str, not_name: Callable[[str], bool] | None) -> str | None:
    """The type an alias is read as, or None when it is no name (a role, a pronoun, a
    note: "(HR)", "(she/her)", "(my manager)", "(admin)")."""
    if _OTHER_SCRIPT.search(alias):
        return "PERSON" if _OTHER_NAME.fullmatch(alias) else None
    words = alias.split()
    if any(w.lower() in _ROLES for w in words):
        return None
    if not_name is not None and any(not_name(w.strip(".'’")) for w in words):
        return None
    if len(words) == 1 and _HANDLE.fullmatch(alias):
        return "ID_NUMBER"
    if _CAPITALISED.fullmatch(alias) and not alias.isupper():
        return "PERSON"
    return None


def aliases(
    text: str, spans: Iterable[Span], not_name: Callable[[str], bool] | None = None
) -> list[Span]:
    """The bracketed other names of the PERSON spans in `spans` (see the module);
    `not_name` tells an English word that is no name ("manager", "she")."""
    found = []
    for s in spans:
        if s.type != "PERSON":
            continue
        after = _AFTER.match(text, s.end)
        if after is not None:
            kind = _reading(after.group("alias"), not_name)
            if kind is not None:
                found.append(Span(kind, after.start("alias"), after.end("alias"), s.score))
        if _CLOSE.match(text, s.end) is None:
            continue
        before = _BEFORE.search(text, max(0, s.start - 48), s.start)
        if before is None:
            continue
        # The longest run of its last words that reads as a name: "created by ekumah".
        starts = [m.start() for m in re.finditer(r"\S+", before.group("alias"))]
        for at in starts:
            alias = text[before.start("alias") + at : before.end("alias")]
            kind = _reading(alias, not_name)
            if kind is not None:
                found.append(Span(kind, before.start("alias") + at, before.end("alias"), s.score))
                break
    return found
