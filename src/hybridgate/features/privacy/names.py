"""Names introduced by a cue ("my name is …", "Dear …", "Mr. …", "change it to …"): high
precision, catches lower-case and foreign names a statistical model misses, costs a regex."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from . import cues, gazetteer
from .spans import Span, finditer_folded


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_WORD = r"[^\W\d_][^\W\d_'’.-]*(?:['’-][^\W\d_]+)?"
_NAME = rf"{_WORD}(?:\s+(?:[^\W\d_]\.?\s+)?{_WORD}){{0,2}}"
# Words a cue is often followed by that are not names.
_NOT_NAMES = words(
    """a an the this that it is was be not very so too also just here there going looking
    trying sure sorry happy glad fine good new from in on at of for to and or but with
    my your his her their our me you him them us one someone somebody nobody everyone
    i he she we they
    address phone email mail tel mobile dob born age date account id number about
    regarding re concerning tomorrow today tonight later soon now again please asap
    str string int integer float bool boolean none null list dict any text varchar char
    sir madam sirs customer customers client clients colleague colleagues guest guests
    member members resident residents parent parents applicant applicants candidate
    candidates user users subscriber subscribers valued shareholder shareholders
    partner partners supporter supporters neighbour neighbours neighbor neighbors
    team all friends hiring manager"""
)  # "Dear Customer", "Dear Sir/Madam", "Dear valued customer": nobody's name
STRONG = re.compile(
    rf"\b(?:my (?:full |legal |maiden |real )?name is|"
    rf"(?:his|her|their) (?:full |maiden |real )?name is|i am called|"
    rf"i'm called|calls? me|(?:is |was )?called|named|name\s*:|full name\s*:|"
    rf"change it to|under the name(?: of)?|it'?s under|signed|sincerely,|regards,|dear|"
    rf"(?:my|our|his|her|their) (?:\w+['’]s )?(?:{cues.RELATIONS}|{cues.MORE_ROLES})"
    rf"(?:'s name is| is)?)"
    rf"\s+(?P<name>{_NAME})",
    re.IGNORECASE,
)
# A name quoted right after the word "name": "the customer name 'Ilse Vermeer'", "renders
# the name "Obi Eze" wrongly" (the quotes hold a name's value; a capital opens each word).
QUOTED_NAME = re.compile(
    r"\b(?i:(?:full|first|last|customer|user|client|patient|contact|account|display)[ \t]+)?"
    r"(?i:name)(?:[ \t]+(?i:is|was|as|of))?[ \t]*[:=]?[ \t]*['\"‘“]"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÿĀ-ž'’.-]*(?:[ \t]+[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÿĀ-ž'’.-]*){1,3})"
    r"['\"’”]"
)
TITLE = re.compile(rf"\b(?i:{cues.HONORIFICS})\.?\s+(?P<name>(?=[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ]){_NAME})")


# All lower-case text: "mr. elliott flew …" (the period tells a title from a word).
LOWER_TITLE = re.compile(rf"\b(?:mr|mrs|ms|dr|prof)\.\s+(?P<name>{_WORD})")
# A capitalised subject doing what only people do: "Brigid lives on …", "Teodor shouted at …".
_HUMAN = (
    r"lives|lived|was born|works|worked|said|says|shouted|whispered|told|asked|wants|"
    r"wanted|married|died|studied|grew up|is a very \w+ person|is so \w+|called|emailed|"
    r"phoned|texted|wrote to|paid|owes|complained|visited|booked|cancell?ed|requested|"
    r"reported|mentioned|thinks|feels|needs|wants|signed up|moved|retired|resigned|"
    r"was diagnosed|was admitted|was discharged|is allergic"
)
# Asked whether someone is at work: "Is Okafor on call this weekend?", "is Brennan-Lowe in
# today" (only people are on shift, on call or off sick).
AT_WORK = re.compile(
    r"\b(?i:is|was|will)[^\S\n]+(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+"
    r"(?:[- ][A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž'’]+)?)[^\S\n]+(?:be[^\S\n]+)?"
    r"(?:on[^\S\n]+(?:shift|duty|call|nights|leave|annual leave|sick leave|the rota)|"
    r"in[^\S\n]+(?:today|tomorrow|tonight|the office)|off[^\S\n]+(?:sick|today|tomorrow|work)|"
    r"at[^\S\n]+work|working[^\S\n]+(?:today|tomorrow|tonight|late|from home))\b"
)
SUBJECT = re.compile(
    rf"(?<![\w'])(?P<name>[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]+)?)\s+(?:{_HUMAN})\b"
)
# "said Odile to Casimir", "shouted at Oskar", "speak to Anna", "follow up with tomas r brandt".
OBJECT = re.compile(
    r"\b(?:said|shouted at|told|asked|speak (?:to|with)|talk (?:to|with)|reach out to|"
    r"follow up with|meet(?:ing)? with|to|at|and)\s+"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]+)?)"
    r"(?=\s*(?:[:!?,.\n]|$|to\b))"
)
FOLLOW_UP = re.compile(
    rf"\b(?:follow up with|speak (?:to|with)|talk (?:to|with)|reach out to|cc|"
    rf"forward (?:it|this) to)\s+"
    rf"(?P<name>{_NAME})",
    re.IGNORECASE,
)
# The same with other verbs of dealing with someone, for a capitalised name only ("say to
# use …" is no name).
FOLLOW_UP_NAME = re.compile(
    rf"\b(?i:say to|reply to|write to|respond to|apologi[sz]e to|remind|thank|"
    rf"introduce me to|grandma|grandpa|granny|nana|auntie|aunty|uncle|aunt|cousin)\s+"
    rf"(?P<name>(?=[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ]){_NAME})"
)
# A vocative opening, of the text or of a quoted message: "Danial, can I please …",
# "'Pooja, going forward can you …'".
# After a colon too: "Make this kinder: Oduya, your figures were late again".
VOCATIVE = re.compile(
    r"(?:^|(?<=['\"“‘\n:]))[^\w'\"“‘]*(?P<name>[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]+),\s+"
    r"(?:can|could|would|will|please|pls|I|I'm|I've|I'll|you|your|you're|you've|do|did|are|"
    r"have|going|just|thanks|thank|we|we're|we'll|sorry|stop|don't|remember|let's|congrats|"
    r"congratulations|welcome|hope)\b"
)
# A possessive before a word for a relative or a person one deals with: "Ilona's kid".
POSSESSIVE = re.compile(
    r"(?<![\w'])(?P<name>[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]+)?)['’]s\s+"
    rf"(?:{cues.RELATIONS})s?\b"
)
# Names said to be someone the writer has: "Ines and Tove are my bridesmaids", "Oyelowo is
# our new landlord".
ROLES = (
    rf"(?:(?:{cues.RELATIONS}|bridesmaid|maid of honou?r|best man|groomsm[ae]n|teammate|"
    r"customer|staff|direct report|new hire|team lead)s?)"
)
IS_MY = re.compile(
    r"(?<![\w'])(?P<names>[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]+(?:[-'’][A-Za-zß-ÿā-ž]+)?"
    r"(?:(?:,\s*|\s+and\s+|\s*&\s*)[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]+(?:[-'’][A-Za-zß-ÿā-ž]+)?){0,3})"
    r"\s+(?:is|are|was|were|has been|have been)\s+(?:my|our)\s+(?:\w+\s+)?"
    rf"{ROLES}\b(?!['’])"
)
_NAME_IN_LIST = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][\w'’-]+")
# A plural relation and the names that follow it: "my twins, Kai and Ona", "our kids
# rafa & lu", "my parents Olu and Bisi".
_LISTED = r"[^\W\d_][\w'’-]*"
MY_PLURAL = re.compile(
    rf"\b(?:my|our)\s+(?:\w+\s+)?(?:{cues.RELATIONS})s?[,:]?\s+(?:are\s+|were\s+)?"
    rf"(?P<names>{_LISTED}(?:(?:,\s*|\s+and\s+|\s*&\s*|\s+n\s+){_LISTED}){{1,4}})",
    re.IGNORECASE,
)

COMMON = words(
    """I The A An This That These Those It He She They We You My Our Your His Her Their
    What Why How When Where Who Which Yes No Hi Hello Hey Thanks Thank Please Sorry Well
    So Now Then Here There Everyone Someone Nobody People Everybody God Mom Dad Sir Let
    Madam Today Tomorrow Yesterday Year Grade Class Level
    Meeting Meetings Appointment Booking Reservation Delivery Order Parcel Package Shipment
    Payment Invoice Flight Train Bus Session Interview Event Party Lunch Dinner Project
    Ticket Release Deployment Server Build Training Workshop Webinar Call Rent Salary
    English French German Spanish Italian Portuguese Dutch Polish Russian Chinese Japanese
    Korean Arabic Hindi Turkish Greek Swedish Norwegian Danish Finnish Czech Hungarian
    Romanian Ukrainian Vietnamese Thai Indonesian Hebrew Persian Urdu Bengali Swahili
    Welsh Latin Tagalog Malay Mandarin Cantonese """
    + cues.CALENDAR_WORDS
)  # "Meeting moved to Thursday", "Delivery cancelled", "translate to German:"


# A lower-case full name before a workplace or neighbourhood: "ross pendry from accounts".
FROM_PLACE = re.compile(
    r"\b(?P<name>[a-zß-öø-ÿā-ž]{2,}\s+[a-zß-öø-ÿā-ž]{2,})\s+from\s+(?:accounts|hr|"
    r"the office|finance|sales|marketing|legal|next door|upstairs|downstairs|my team|"
    r"the team|payroll|reception)\b"
)


# A capitalised word right after a greeting or a thanks: "hi Oisín", "yo Tobi, …", "thx
# Anselm for …", "hey Marek," — not "Hi Team", "Thanks Again". Other languages' greetings
# and words of address too, before a name in Latin, Greek or Cyrillic letters: "Hola
# Teodulo", "Привет Борис", "Liebe Wiebke", the Greek "geia sou" and a name.
_OTHER_GREETINGS = (
    r"hola|hallo|hej|hei|ciao|salut|bonjour|bonsoir|olá|oi|cześć|merhaba|selam|ahoj|szia|"
    r"moin|servus|halo|querid[oa]|car[oa]|cher|chère|lieber?|liebe|beste|kære|kæra|kära|"
    r"drog[ia]|привет|здравствуй(?:те)?|дорог(?:ой|ая)|уважаем(?:ый|ая)|γει[αά] σ(?:ου|ας)|"
    r"αγαπητ[έή]|καλημέρα"
)
GREETED = re.compile(
    r"(?:^|(?<=[\s'\"“‘(«„]))(?i:hi|hey|yo|howdy|hello|dear|thanks|thank you|cheers|"
    r"morning|evening|"
    rf"{cues.CHAT_GREETINGS}|{_OTHER_GREETINGS})(?P<comma>,)?[^\S\n]+"  # not "Thanks! And …"
    r"(?P<name>[A-ZÀ-ÖØ-ÞĀ-ŽḀ-ỸΑ-ΩΆ-ΏА-ЯЁЄІЇЎҐ][a-zß-öø-ÿā-žḁ-ỿα-ωά-ώа-яёєіїўґ]+)(?![\w'’])"
)
# Who a greeting may address that is nobody's name (NER reads "Hi Team" as one), in English
# and in the other languages greeted above ("Hola Mundo", "Hallo Welt", "Ciao Bella").
NOT_GREETED = words(
    """All Team Guys Everyone Everybody Folks World Again There Both Mate Sir Madam Boss Doc
    Dad Mum Mom Love Babe Bro Sis So Very For Ladies Gents Gentlemen Friends Anyway Though
    Man Class Kids Girls Boys Y'all Mundo Welt Monde Mondo Wereld Świecie Dünya Мир Κόσμε
    Todos Todas Tutti Alle Tous Zusammen Amigos Amigo Amiga Bella Bello Mama Papa Mami Papi
    Señor Señora Signore Signora Herr Frau Monsieur Madame Pan Pani Bonjour Hola Mon Ma Mes"""
)


# Whose name a payment or an account is in: "account name t wexley", "payee: Ivo Brandt",
# "still under autumn's name".
PAYEE = re.compile(
    r"\b(?i:account name|name on the (?:account|card)|account holder(?:['’]s name)?|"
    r"payee(?: name)?|beneficiary(?: name)?)(?:[^\S\n]+is)?[:\s]+"
    r"(?P<name>(?:[A-Za-z]\.?[^\S\n]+)?[^\W\d_][\w'’-]+(?:[^\S\n]+[^\W\d_][\w'’-]+)?)"
)
IN_NAME = re.compile(r"\b(?i:under|in)[^\S\n]+(?P<name>[^\W\d_][\w-]+)['’]s?[^\S\n]+name\b")
# Whose name no person holds: "in God's name", "under the company's name".
_NOT_HOLDERS = words(
    """god jesus christ allah lord heaven heavens company customer customers someone somebody
    person user owner account business firm brand family house parents"""
)


def _opens_clause(word: str) -> bool:
    from .ner import stop_words  # ner imports this module

    return word.lower() in stop_words()


def _holder_words(words: list[str], listed: bool) -> bool:
    """Words that can be a name: an initial, a capitalised word no list calls common, a
    lower-case word web text rarely writes in lower case; with `listed`, any listed given
    name or surname too ("under autumn's name")."""
    from .ner import rare_in_lower_case, stop_words  # ner imports this module

    given, family = gazetteer.names()
    kept = [w for w in words if len(w.rstrip(".")) > 1]
    if not kept:
        return False
    for w in kept:
        low = w.lower()
        if low in stop_words() or low in _NOT_HOLDERS or w in COMMON:
            return False
        if listed and (low in given or low in family):
            continue
        if w[0].isupper() and not common_word(w):
            continue
        if w[0].islower() and rare_in_lower_case(low):
            continue
        return False
    return True


# A family named by its surname, typed in lower case: "the adeyemi family" (capitalised,
# it may be a dynasty a question is about: "the Medici family").
FAMILY = re.compile(r"\bthe[^\S\n]+(?P<name>[a-zß-öø-ÿā-ž][a-zß-öø-ÿā-ž'’-]{2,})[^\S\n]+family\b")


# The cue "name:" of a form or a config file; "- name:" opens an item of a YAML list.
_FILED = re.compile(r"name\s*:", re.IGNORECASE)
_LIST_ITEM = re.compile(r"[^\S\n]*-[^\S\n]+")
# What a config file names: identifiers ("payments-api", "MAPS_TOKEN", "app_db2").
_IDENTIFIER = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)+|[A-Z0-9]+(?:_[A-Z0-9]+)+")


def _no_name(text: str, cue_at: int, words: list[str]) -> bool:
    """A value under "name:" that is an identifier ("payments-api"), or a phrase opening
    with an everyday word no list holds as a name under a YAML list's "- name:" ("Restart
    cron"); not a person a form or a list files ("Name: Sunny", "- name: Sunny")."""
    if _IDENTIFIER.fullmatch(words[0]) is not None:
        return True
    line_start = text.rfind("\n", 0, cue_at) + 1
    listed = _LIST_ITEM.fullmatch(text, line_start, cue_at) is not None
    phrase = len(words) > 1 and words[1][:1].islower()
    return listed and phrase and words[0][:1].isupper() and common_word(words[0])


def scan(text: str) -> Iterator[Span]:
    yield from email_echoes(text)
    possessive = "'s" in text or "’s" in text
    for m in GREETED.finditer(text):
        if m.group("name") not in COMMON and m.group("name") not in NOT_GREETED:
            if m.group("comma") and _opens_clause(m.group("name")):
                continue  # "Thanks, And what is …": the next clause, not whom it thanks
            yield Span("PERSON", m.start("name"), m.end("name"), 0.6)
    lowered = text.lower()
    if "name" in lowered or "payee" in lowered or "beneficiary" in lowered:
        for pattern in (PAYEE, IN_NAME):
            for m in pattern.finditer(text):
                ends = [w.end() for w in re.finditer(r"\S+", m.group("name"))]
                for end in reversed(ends):  # "account name t wexley and …": two words
                    if _holder_words(m.group("name")[:end].split(), pattern is IN_NAME):
                        yield Span("PERSON", m.start("name"), m.start("name") + end, 0.6)
                        break
        for m in QUOTED_NAME.finditer(text):
            if m.group("name").split()[0] not in COMMON:
                yield Span("PERSON", m.start("name"), m.end("name"), 0.7)
    for pattern, score in (
        (SUBJECT, 0.6), (OBJECT, 0.55), (VOCATIVE, 0.6), (POSSESSIVE, 0.65), (AT_WORK, 0.6),
    ):  # fmt: skip
        if pattern is POSSESSIVE and not possessive:
            continue
        for m in pattern.finditer(text):
            first = m.group("name").split()[0]
            if first in COMMON:
                continue
            if pattern is OBJECT and first == m.group("name") and common_word(first):
                continue  # "sign-off from HR and Tax.": a department, not a name
            yield Span("PERSON", m.start("name"), m.end("name"), score)
    if " my " in text or " our " in text:
        for m in IS_MY.finditer(text):
            for w in _NAME_IN_LIST.finditer(text, m.start("names"), m.end("names")):
                if w.group() not in COMMON:
                    yield Span("PERSON", w.start(), w.end(), 0.6)
    if "my " in lowered or "our " in lowered:
        for m in finditer_folded(MY_PLURAL, text):
            listed = text[m.start("names") : m.end("names")]
            for w in re.finditer(_LISTED, listed):
                stem = w.group().lower().replace("’", "'").split("'")[0]  # "she's"
                if stem not in _NOT_NAMES and w.group() not in COMMON:
                    at = m.start("names") + w.start()
                    yield Span("PERSON", at, at + len(w.group()), 0.7)
    if " family" in text:
        from .ner import rare_in_lower_case  # ner imports this module

        for m in FAMILY.finditer(text):
            if rare_in_lower_case(m.group("name")):  # not "the royal family"
                yield Span("PERSON", m.start("name"), m.end("name"), 0.6)
    if " from " in text:
        for m in FROM_PLACE.finditer(text):
            first = m.group("name").split()[0]
            if first not in _NOT_NAMES:
                yield Span("PERSON", m.start("name"), m.end("name"), 0.6)
    for pattern, score in (
        (STRONG, 0.75), (TITLE, 0.8), (LOWER_TITLE, 0.7), (FOLLOW_UP, 0.6), (FOLLOW_UP_NAME, 0.6),
    ):  # fmt: skip
        folded = pattern.flags & re.IGNORECASE
        for m in finditer_folded(pattern, text) if folded else pattern.finditer(text):
            # A name ends with its line: "name: payments-api\nlabels:" is two fields.
            words = text[m.start("name") : m.end("name")].split("\n")[0].split()
            filed = pattern is STRONG and _FILED.search(m.group(0)) is not None
            if not words or (filed and _no_name(text, m.start(), words)):
                continue  # "name: payments-api", "- name: Restart cron": a thing's name
            # Keep the leading words that can be a name: stop at the first common word.
            kept: list[str] = []
            for i, word in enumerate(words):
                initial = len(word.rstrip(".")) == 1 and word[0].isupper()
                stem = word.lower().replace("’", "'").split("'")[0]  # "I'm"
                if (word.lower() in _NOT_NAMES or stem in _NOT_NAMES) and not (
                    initial and 0 < i < len(words) - 1
                ):
                    break  # "A" between two names is an initial, not an article
                if kept and kept[0][0].isupper() and not word[0].isupper():
                    break  # "Emma has": a capitalised name ends at a lower-case word
                kept.append(word)
            if not kept:
                continue
            start = m.start("name")
            end = start + len(" ".join(kept)) if len(kept) == len(words) else _end(text, m, kept)
            lower = not any(w[0].isupper() for w in kept)
            if pattern is STRONG and lower:
                if m.group(0).lower().lstrip().startswith(("called", "named")):
                    continue  # "Ana called about …": a verb, not a cue
                if len(kept) > 2:  # "my friend ana lima needs …": two words at most
                    end = _end(text, m, kept[:2])
                score = 0.6 if len(kept) < 2 else score  # "my son john": a name, less surely
            yield Span("PERSON", start, end, score)


# An e-mail address whose local part is two or three names ("summer.king@…"): the same
# words elsewhere in the text, in any case, are that person's name ("summer king, …").
_LOCAL_PART = re.compile(
    r"(?<![\w.%+-])(?P<local>[^\W\d_]{2,}(?:[._-][^\W\d_]{2,}){1,2})\d*@[\w-]+\.[\w.-]+"
)
_ROLE_PARTS = frozenset(
    ("no", "reply", "noreply", "do", "not", "info", "sales", "support", "help", "admin",
     "team", "hello", "contact", "office", "service", "services", "customer", "care",
     "accounts", "billing", "hr", "jobs", "careers", "press", "media", "news", "mail",
     "web", "it", "ops", "dev", "test", "user", "example", "first", "last", "name")
)  # fmt: skip


def email_echoes(text: str) -> Iterator[Span]:
    """The name an e-mail address spells, where the text writes it out."""
    if "@" not in text:
        return
    for m in _LOCAL_PART.finditer(text):
        parts = re.split(r"[._-]", m.group("local").lower())
        if any(p in _ROLE_PARTS for p in parts):
            continue
        said = re.compile(
            r"(?<![\w.@-])" + r"[^\S\n]+".join(re.escape(p) for p in parts) + r"(?![\w@-])",
            re.IGNORECASE,
        )
        for echo in said.finditer(text):
            yield Span("PERSON", echo.start(), echo.end(), 0.85)


@lru_cache(maxsize=1 << 16)  # read for each capitalised word the NER layer meets
def common_word(word: str) -> bool:
    """An everyday English word ("Tax", "Support") and no listed given name or surname."""
    from .ner import rare_in_lower_case  # ner imports this module

    low = word.lower()
    given, family = gazetteer.names()
    return not rare_in_lower_case(low) and low not in given and low not in family


def _end(text: str, m: re.Match[str], kept: list[str]) -> int:
    """End offset of the first len(kept) words of the name group (spacing preserved)."""
    pos = m.start("name")
    for word in kept:
        pos = text.index(word, pos) + len(word)
    return pos
