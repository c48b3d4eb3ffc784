"""Names: the packaged spaCy model plus cue patterns, judged by context. Hard negatives
(word problems, exam questions, public figures in tasks, code) must stay clean."""

from __future__ import annotations

import pytest

from hybridgate.features.privacy import Scanner, SpacyNER
from hybridgate.features.privacy.ner import candidates, may_name, sentences, windows

pytestmark = pytest.mark.slow  # the first test loads the spaCy pipeline (seconds)

SCANNER = Scanner(ner=SpacyNER())


def people(text: str) -> list[str]:
    return [text[s.start : s.end] for s in SCANNER.find(text) if s.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("My name appears incorrectly, please correct it to Mrs. Stefania Trevisani", "Stefania Trevisani"),  # noqa: E501
        ("my name is borna jerković but everyone calls me borna", "borna jerković"),
        ("Please send the contract to Jamie Pratt at JamiePratt@jourrapide.com", "Jamie Pratt"),
        ("In case of my child's account, we need to add Thelma Mitchell as guardian", "Thelma Mitchell"),  # noqa: E501
        ("follow up with monika žilková in a couple of months.", "monika žilková"),
        ("mr. elliott flew to the island on friday morning.", "elliott"),
        ("Sofie lives on 69 Av Sidi Lakhmi street.", "Sofie"),
        # a possessive before a relative: the model calls this name a place
        ("It was a done thing between him and Gabriella's kid; and everybody knew.", "Gabriella"),
    ],
)  # fmt: skip
def test_names_about_real_people_are_found(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Janet's ducks lay 16 eggs per day. She eats three for breakfast every morning and "
        "bakes muffins for her friends every day with four. How much does she make?",
        "Bill starts on the 3rd floor. He rides the elevator up 4 floors, then down 2. "
        "What floor is Bill on now?",
        "A man named John sued his neighbour over a fence. Which claim is strongest? "
        "A. Trespass B. Nuisance C. Negligence D. Battery Answer:",
        "Let's bring Socrates to the modern world. Generate a conversation between Socrates "
        "and Bill Gates about generative AI for education.",
        "Implement a Python function to find the longest common subsequence of two strings.",
        "Update your previous reply by including the release date as part of the JSON content.",
        "def longest(X, Y):\n    # Find lengths of two strings\n    m = len(X)\n",
        # a capitalised verb opening a numbered item is no name, even alone in a model call
        "Alter your previous response. Make the following adjustments: 1. Make the tone "
        'casual 2. Embed an advertisement for a company called "FlexPower" 3. Be brief.',
    ],
)
def test_hard_negatives_stay_clean(text: str) -> None:
    assert SCANNER.find(text) == []


def test_a_name_with_a_contact_detail_is_always_personal() -> None:
    text = "Bill has 3 apples and 4 pears. Email Bill Stone at bill.stone@example.org, how many?"
    kinds = {s.type for s in SCANNER.find(text)}
    assert {"PERSON", "EMAIL_ADDRESS"} <= kinds


def test_sentences_without_title_case_words_skip_the_model() -> None:
    text = "def f(x):\n    return x + 1\nplease fix this. It loops! ask Brigitte"
    parts = sentences(text)
    assert "".join(p for _, p in parts).replace("\n", "") == text.replace("\n", "")
    assert [may_name(p) for _, p in parts].count(True) == 1  # only "ask Brigitte"


@pytest.mark.parametrize(
    ("sentence", "candidate"),
    [
        ("Imagine you are a pirate.", False),  # an ordinary verb opening the sentence
        ("Additionally, list three reasons.", False),
        ("Rewriting the essay is fine.", False),  # inflected verb
        ("Question: What is the capital?", False),  # opener after a colon, a stop word
        ("It was a good day in May.", False),  # months and pronouns are not names
        ("Roxanne is very reliable.", True),  # an opener that is no English word
        ("Mark Twain wrote it.", True),  # an ordinary word followed by a title-case word
        ("we met Anna yesterday.", True),  # any title-case word inside the sentence
    ],
)
def test_capitalised_openers_that_are_ordinary_words_skip_the_model(
    sentence: str, candidate: bool
) -> None:
    ner = SpacyNER()
    ner.load()
    assert may_name(sentence, ner._lexicon) is candidate
    assert ner._lexicon, "the packaged pipeline ships the lemmatizer's word index"


@pytest.mark.parametrize(
    ("text", "org", "names"),
    [
        # the small model tags these as one ORG; the person-shaped parts count as names
        ("Usamov and Bowers were engineers.", "Usamov and Bowers", ["Usamov", "Bowers"]),
        ("by ex-Zombie Kastner is", "ex-Zombie Kastner", ["Zombie Kastner"]),
        ("Agatha Á Ottarsdóttir\n\nEBEN\nAustria", "Agatha Á Ottarsdóttir\n\nEBEN\n", ["Agatha Á Ottarsdóttir"]),  # noqa: E501
        ("the Internal Revenue Service wrote", "Internal Revenue Service", []),
        ("Procter and Gamble Company", "Procter and Gamble Company", []),
        ("shares of Marks and Spencer Group", "Marks and Spencer Group", []),
    ],
)  # fmt: skip
def test_person_shaped_parts_of_organisation_entities(
    text: str, org: str, names: list[str]
) -> None:
    from spacy.tokens import Span as SpacySpan

    ner = SpacyNER()
    ner.load()
    doc = ner._nlp.make_doc(text)
    start = text.index(org)
    ent = doc.char_span(start, start + len(org), label="ORG")
    assert ent is not None
    doc.ents = [SpacySpan(doc, ent.start, ent.end, label="ORG")]
    found = [text[s.start : s.end] for s in ner._scan_doc(doc) if s.score >= 0.55]
    assert found == names


FILLER = "and then we spent a long quiet afternoon going through the old figures with the team "
LONG = (
    f"Yesterday {FILLER}we finally met Wiktoria Brzęczyszczykiewicz {FILLER}"
    "until the report reached Qwixley. Roxanne said it was fine."
)


def test_windows_cut_candidate_sentences_to_the_words_around_candidates() -> None:
    (start, sentence), (start2, sentence2) = sentences(LONG)
    hits = candidates(sentence)
    assert [sentence[h : h + 3] for h in hits] == ["Wik", "Brz", "Qwi"]  # not "Yesterday"
    ranges = windows(start, sentence, hits, 2)
    ranges += windows(start2, sentence2, candidates(sentence2), 2)
    assert [LONG[a:b] for a, b in ranges] == [
        "finally met Wiktoria Brzęczyszczykiewicz and then",  # overlapping windows merged
        "report reached Qwixley.",  # the sentence end keeps its punctuation
        " Roxanne said it",  # the sentence start: the window cannot reach further
    ]
    assert windows(start, sentence, hits, None) == [(start, start + len(sentence))]
    assert windows(start, sentence, hits, 100) == [(start, start + len(sentence))]


@pytest.mark.parametrize("window", [None, 8, 2, 0])
def test_names_in_ner_windows_map_back_to_exact_offsets(window: int | None) -> None:
    """Whatever the window, the names are found at their offsets in the whole text; with
    window 0 a name is the window's only word (its start is mid-sentence, not a clause
    opener, so an unknown title-case word still counts as weak name evidence)."""
    ner = SpacyNER(window=window)
    found = {(LONG[s.start : s.end], s.type) for s in ner.scan(LONG) if s.score >= 0.5}
    assert {
        ("Wiktoria Brzęczyszczykiewicz", "PERSON"),
        ("Qwixley", "PERSON"),
        ("Roxanne", "PERSON"),
    } <= found


def test_the_ner_pipeline_runs_only_the_ner_component() -> None:
    # the NER component has its own tok2vec layers: the shared one would cost ~40% more
    ner = SpacyNER()
    ner.load()
    assert ner._nlp.pipe_names == ["ner"]
