"""Names typed in lower case ("jimmy and chidi are coming over"). The NER model reads
casing: it finds no name in "anika and fenna are fighting again" and one in "Anika and
Fenna …". So the text is read a second time with the listed given names and surnames that
are no English word title-cased, and what the model then calls a person, on one of those
words, counts.

Only listed names: any unknown lower-case word read this way (tried) turned typos, slang,
acronyms and app names into people ("i got a library fine", "day at uni", "learn
whatsapp": 6 of 35 lower-case clean chat prompts flagged). In a text typed all in lower
case (a chat), a listed given name that is no English word counts even where the model
reads none. Left out as well: code, tool talk without a personal cue ("use julia or
ruby?"), exam items, and words inside handles and addresses ("tomasz.wrobel"), which the
login and address layers read."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from . import context, cues
from . import names as rules
from .lookup import NameLookup
from .ner import SpacyNER
from .spans import Span

_IN_TOKEN = re.compile(r"(?<=[=.@_/:\\-])|[^\W\d_]+[.@_/\\-]\w")
# Talk about software and its setup: the lower-case names in it are tools ("set up
# grafana with docker", "is julia faster than python"), not people.
TOOL_TALK = re.compile(
    r"\b(?:docker|compose|kubernetes|k8s|helm|deploy\w*|server|servers|install\w*|set ?up|"
    r"config\w*|pipeline|repo|repository|git|github|gitlab|npm|pip|api|database|db|cluster|"
    r"container|query|queries|script|plugin|dashboard|package|library|framework|sdk|cli|"
    r"terminal|command|linux|windows|macos|ubuntu|debian|browser|extension|app|apps|"
    r"frontend|backend|endpoint|webhook|cron|yaml|json|csv|excel|spreadsheet|formula)\b",
    re.IGNORECASE,
)


# The score of a listed lower-case given name the model missed but a cue marks: with the
# cue's lift (x1.3) it reaches the detection threshold (0.5).
CUED_SCORE = 0.4
# The same name in a practical question about what it does ("can mai see …"): at the
# detection threshold once adjust() keeps the question's damping off it.
PRACTICAL_SCORE = 0.55


# A listed given name (no English word) in a chat typed all in lower case: at detection
# strength.
CHAT_SCORE = 0.5
# A name spoken to at the start of a message: at detection strength.
VOCATIVE_SCORE = 0.6
_OPENS_MESSAGE = re.compile(r"(?:^|['\"“‘\n:])[^\S\n]*\Z")
_WORD = re.compile(r"[^\W\d_]+")
_SPOKEN_TO = re.compile(
    r"[^\S\n]+(?:your|you|you['’]re|youre|ur|u|pls|plz|please|can you|could you|are you|"
    r"did you|have you|thanks|thank you)\b"
)


def names(text: str, ner: SpacyNER, lookup: NameLookup) -> list[Span]:
    """The model's PERSON spans on the listed names read as capitalised."""
    if context.CODE.search(text) or (
        (context.TECHNICAL.search(text) or TOOL_TALK.search(text))
        and not context.PERSONAL.search(text)
    ):
        return chat_names(text, lookup)
    # Listed names that are nouns too ("helen", "bernard") are read as well: the model,
    # reading them capitalised in their sentence, decides.
    found = lookup.lower_given(text, 0.0, surnames=True, nouns=True)
    starts = {w.start for w in found}  # offsets only
    ordered = sorted(
        at
        for at in starts
        if not _IN_TOKEN.match(text, at)
        and not cues.DETERMINER_BEFORE.search(text, max(0, at - 8), at)
    )
    if not ordered:
        return chat_names(text, lookup)
    chars = list(text)
    for at in ordered:
        chars[at] = chars[at].upper()

    def holds_one(span: Span) -> bool:
        i = bisect_left(ordered, span.start)
        return i < len(ordered) and ordered[i] < span.end

    cased = "".join(chars)
    found_by = [*ner.scan(cased, [(at, at + 1) for at in ordered])]
    # The name rules read the same capitalised copy: "says Henrike", "Oskar's mum",
    # "shouted at Oskar:" (their patterns want the capital).
    found_by.extend(rules.scan(cased))
    people = [s for s in found_by if s.type == "PERSON" and holds_one(s)]
    # A listed name opening a message and spoken to, with no comma ("carla your van is
    # blocking my drive", "'tomasz pls call me'"): the model reads no name there.
    taken_at = {s.start for s in people}
    for at in ordered:
        if at in taken_at or not _OPENS_MESSAGE.search(text, max(0, at - 3), at):
            continue
        opening = _WORD.match(text, at)
        if opening is not None and _SPOKEN_TO.match(text, opening.end()):
            people.append(Span("PERSON", at, opening.end(), VOCATIVE_SCORE))
    # A listed given name that is no English word, which the model missed but a cue right
    # around it marks ("dzifa's been really quiet", "is oswin still mad at me"): weak
    # evidence the cue lifts (adjust() reads the same cue again).
    taken = [(s.start, s.end) for s in people]
    facts = None
    for word in lookup.lower_given(text, CUED_SCORE):
        if word.start not in starts:
            continue
        facts = facts or context.read_facts(text)
        read = any(a <= word.start < b for a, b in taken)
        if not read and context.cued(text, word, facts):
            people.append(word)
        elif context.practical(text, word):
            # "shld enkhjargal bring a jacket", "so linh can see hue": what they can or
            # should do; adjust() lifts it only in a practical question (context.ASKED_FACTOR)
            people.append(replace(word, score=PRACTICAL_SCORE))
    held = {s.start for s in people}
    people.extend(w for w in chat_names(text, lookup) if w.start not in held)
    return people


def chat_names(text: str, lookup: NameLookup) -> list[Span]:
    """A chat typed all in lower case (no code, no tool talk, no exam item): a listed given
    name that is no English word is someone the writer speaks of, cue or none ("can olek
    take the early shift")."""
    if (
        any(c.isupper() for c in text)
        or context.CODE.search(text)
        or TOOL_TALK.search(text)
        or context.exam_like(text)
    ):
        return []
    return lookup.lower_given(text, CHAT_SCORE)
