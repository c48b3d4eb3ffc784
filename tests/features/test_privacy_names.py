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
        ("Please fix my name on the invoice, it should be Mrs. Halina Wróblewska", "Halina Wróblewska"),  # noqa: E501
        ("my name is teodor kovačić and my friends call me teo", "teodor kovačić"),
        ("Please send the contract to Anwen Price at anwen.price@example.net", "Anwen Price"),
        ("For my son's school account, add Ruth Okafor as his guardian", "Ruth Okafor"),
        ("follow up with dagny solberg in two weeks.", "dagny solberg"),
        ("mr. oduya called twice on monday afternoon.", "oduya"),
        ("Ingrid lives on 14 Av Moulay Idriss street.", "Ingrid"),
        # a possessive before a relative: the model calls this name a place
        ("It was settled between him and Marisol's kid; everyone knew it.", "Marisol"),
        ("Łukasz Żółkiewski will join the call tomorrow.", "Łukasz Żółkiewski"),
        ("Okonkwo called about the overdue invoice again.", "Okonkwo"),
    ],
)  # fmt: skip
def test_names_about_real_people_are_found(text: str, name: str) -> None:
    assert name in people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A question with numbers looks like an exam item, but a name with a personal
        # cue of its own is never damped below the detection threshold.
        ("Hi, my name is John Smith. How many days until my surgery on the 5th?", "John Smith"),
        ("I'm Priya Raman. What is the total if I pay 3 instalments of 120?", "Priya Raman"),
        ("Dear Tomasz Wójcik, how many of the 12 boxes arrived?", "Tomasz Wójcik"),
        ("my daughter Emma has 3 tests this week, how much should she revise for each?", "Emma"),
        ("Patient Leona Marsh, 54, how long after 2 doses can she drive?", "Leona Marsh"),
        ("Calculate 15% of 80. Thanks, Aiyana Redcloud", "Aiyana Redcloud"),
        # in the same message as another identifier
        ("How many days is it from 3 May to 19 June? Reply to Bea Lund, bea@example.org", "Bea Lund"),  # noqa: E501
    ],
)  # fmt: skip
def test_exam_shaped_questions_never_damp_a_cued_name(text: str, name: str) -> None:
    assert name in people(text)


def test_a_word_problem_pasted_under_a_message_does_not_hide_its_name() -> None:
    text = (
        "Katalin Brenner wrote the minutes for our residents' meeting.\n\n"
        "Tom buys 3 boxes of 12 eggs and uses 7. How many eggs are left?"
    )
    assert "Katalin Brenner" in people(text)


@pytest.mark.parametrize(
    "text",
    [
        "Derive the Black-Scholes formula for a European call option.",
        "Explain the Zhang and Maynard-Tao bounds on gaps between primes.",
        "Do the Navier-Stokes equations always have smooth solutions in 3D?",
        "State Bayes' theorem and apply it to a test with 2% false positives.",
        "Tune a Kalman filter for a GPS receiver with noisy velocity.",
        "Is Dijkstra's algorithm faster than Bellman-Ford on sparse graphs?",
        "Prove the Cauchy-Schwarz inequality for inner product spaces.",
        "What does the Banach fixed-point theorem guarantee?",
        "Derive Kepler's third law from Newton's law of gravitation.",
        "Why is Alzheimer's disease hard to diagnose early?",
        "How do I reset a Tesla Model 3 touchscreen?",
        "Compute the Jacobian of the polar coordinate map.",
        "What is a Nash equilibrium in a two-player game?",
    ],
)
def test_eponyms_are_not_people(text: str) -> None:
    assert [s for s in SCANNER.find(text) if s.type == "PERSON"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Mira's hens lay 14 eggs a day. She sells 9 at the market for $2 each. "
        "How much does she earn in a week?",
        "Tobias starts on floor 6. He rides the lift up 5 floors, then down 3. "
        "Which floor is Tobias on now?",
        "A farmer named Olaf sued a neighbour over a hedge. Which claim is strongest? "
        "A. Trespass B. Nuisance C. Negligence D. Battery Answer:",
        "Let's bring Aristotle to the present day. Write a dialogue between Aristotle "
        "and Ada Lovelace about machine learning.",
        "Implement a Python function that merges two sorted lists in linear time.",
        "Change your previous answer so that the price appears inside the JSON object.",
        "def merge(A, B):\n    # walk both lists\n    i = j = 0\n",
        # a capitalised verb opening a numbered item is no name, even alone in a model call
        "Revise your last answer. Make these changes: 1. Use a friendly tone "
        '2. Mention a product called "GlowBrew" 3. Keep it short.',
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
        ("Ottilie is very punctual.", True),  # an opener that is no English word
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
        ("Umarov and Bowers were engineers.", "Umarov and Bowers", ["Umarov", "Bowers"]),
        ("by ex-Viper Moltran is", "ex-Viper Moltran", ["Viper Moltran"]),
        ("Ingrid Á Ormsdóttir\n\nEBEN\nAustria", "Ingrid Á Ormsdóttir\n\nEBEN\n", ["Ingrid Á Ormsdóttir"]),  # noqa: E501
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


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # names said to be someone the writer has: a role after "is/are my"
        ("Yvaine and Solenne are my bridesmaids and they do not get on", ["Yvaine", "Solenne"]),
        ("Delphine is our new landlord, how do I ask about the damp?", ["Delphine"]),
        # a vocative opening the message after a colon
        ("Make this kinder: Oduya, your figures were late again this week.", ["Oduya"]),
        # a cue word typed with a common misspelling
        ("my roomate Anouk keeps eating my food, how do I bring it up", ["Anouk"]),
    ],
)
def test_names_the_writer_relates_to_are_found(text: str, names: list[str]) -> None:
    found = " ".join(people(text))
    assert all(name in found for name in names), (text, found)


@pytest.mark.parametrize(
    "text",
    [
        # the words of a quoted title cue nothing: a name in it is the title's
        "Summarise the novel 'My Name Is Orlaith' in three lines.",
        "Is 'Mrs Pettigrew Takes a Bow' worth reading?",
    ],
)
def test_titles_and_suffixes_stay_clean(text: str) -> None:
    assert people(text) == [], people(text)


def test_a_cue_outside_the_quotes_of_a_title_still_counts() -> None:
    assert people("Email 'Ms Achterberg' about the late rent") != []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # an account name said to be someone's: a request about them
        ("my steam login is qx_ferret_qx, can people find me from it", "qx_ferret_qx"),
        ("her snapchat is mila.k.22 and she wants to move our chats there", "mila.k.22"),
        ("Write to IT: my AD username is jnowak3 and I'm locked out", "jnowak3"),
        # a relation word before "is" and a name, also after a possessive
        ("my son's godmother is wiktoria and she asked what to do at the baptism", "wiktoria"),
        # a double-barrelled surname in a text the writer is in: a person, not a method
        ("I think Haverford-Lyle is going to take credit for my slides", "Haverford-Lyle"),
        # someone the writer deals with: "from our choir"
        ("Should Oisín from our choir get the solo?", "Oisín"),
        # meeting notes to turn into an email: a request, not a word problem
        (
            "Notes 3/6\nPresent: Marit Solberg, Tunde Bakare\n- Marit to get 2 quotes\n"
            "Can you turn this into a short email?",
            "Marit Solberg",
        ),
    ],
)
def test_said_accounts_relations_and_requests_are_found(text: str, value: str) -> None:
    found = [text[s.start : s.end] for s in SCANNER.find(text)]
    assert value in found, found


def test_speakers_of_a_pasted_chat_are_people() -> None:
    text = (
        "Summarise this group chat:\nRuby: who has the van keys\n"
        "Tomasz: i left them at the depot\nRuby: ok cool, thanks Tomasz"
    )
    assert {"Ruby", "Tomasz"} <= set(people(text)), people(text)


@pytest.mark.parametrize(
    "text",
    [
        "my login is blocked again, what do I do",
        "Explain the protocol:\nAlice: sends g^a\nBob: sends g^b\nAlice: computes the key",
        "my boss is annoying and my sister is a nurse",
    ],
)
def test_plain_words_and_placeholders_stay_clean(text: str) -> None:
    assert SCANNER.find(text) == [], SCANNER.find(text)


@pytest.mark.parametrize(
    "text",
    [
        # a famous first name before a surname: the character, not a person one knows
        "In the film, why does Atticus Finch take the case?",
        # a famous full name, also in a text the writer is in
        "Give me three surprising facts about Queen Elizabeth and her corgis, my kid asked",
        "Compare Sherlock Holmes with Hercule Poirot for my essay",
        # a capitalised phrase with an ordinary word and no given name: a team, a title
        "who coached Manchester United after the 2013 season",
        # capitalised common nouns the model reads as names
        "Which matters more in a team, Kindness or Honesty?",
        # a comparison riddle: its names are the puzzle's
        "Tomasz is taller than Ilse, and Ilse is taller than Bea. Who is the shortest?",
        # a named place (a guard: the model does not read this one as a person today)
        "Which is the quicker walk from the station to Tower Bridge at night?",
    ],
)
def test_famous_characters_and_named_places_stay_clean(text: str) -> None:
    assert people(text) == [], people(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Big Mike from the garage says my brake pads are fine", "Big Mike"),
        ("Liz (Elspeth Harrow) is my co-tenant and moved out owing rent", "Elspeth Harrow"),
    ],
)
def test_a_given_name_keeps_a_phrase_with_an_ordinary_word_a_name(text: str, name: str) -> None:
    assert name in people(text), people(text)


def test_a_surname_that_is_a_place_word_stays_a_name() -> None:
    assert people("Jisoo Park keeps missing the deadline again") == ["Jisoo Park"]


@pytest.mark.parametrize(
    "text",
    [
        "my coworker Michael Jordan keeps taking my stapler",
        "email Michael Jordan about the overdue invoice",  # a verb, in a request about work
    ],
)
def test_a_famous_full_name_with_a_personal_cue_is_still_a_name(text: str) -> None:
    assert people(text) == ["Michael Jordan"], people(text)


@pytest.mark.parametrize(
    "text",
    [
        "write a scene where a talking bear meets Mary Poppins in the park",
        "Write a letter from Gandalf to the hobbits about second breakfast.",
    ],
)
def test_a_verb_is_no_cue_for_a_famous_name_in_a_story(text: str) -> None:
    assert people(text) == [], people(text)


# ---- names beyond faker's lists (data/given_names.txt, data/family_names.txt) ----


def test_the_packaged_names_add_to_fakers_and_leave_out_words_and_places() -> None:
    from hybridgate.features.privacy import gazetteer

    given, family = gazetteer.more_names()
    faker_given, faker_family = gazetteer.faker_names()
    assert len(given) > 10_000 and len(family) > 50_000
    assert {"ainhoa", "gorka", "bogna"} <= given <= gazetteer.names()[0]
    assert family <= gazetteer.names()[1]
    assert not given & faker_given and not family & faker_family  # only what faker lacks
    # English words and their inflections, places, another language's everyday words.
    words = {"love", "happy", "table", "ghana", "walking", "london", "kenya", "babcia"}
    assert not (given | family) & words


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("can you cover gorka on friday, his kid is sick", "gorka"),
        ("bogna's train gets in at 7, who can pick her up", "bogna"),
        ("so yesterday ainhoa tries to reverse the van and hits a bollard", "ainhoa"),
    ],
)
def test_lower_case_given_names_only_the_packaged_list_has(text: str, name: str) -> None:
    """Found through the list: without it, the scanner passes each of these as clean."""
    assert name in " ".join(people(text)), people(text)
