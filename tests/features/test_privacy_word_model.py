"""The learned word layer (features/privacy/word_model.py): its fast path computes the
trained network exactly, it finds names the rules miss (invented examples, no dev record),
its spans go through the same context rules as every name, and it switches off cleanly."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from hybridgate.config import Config
from hybridgate.features.privacy import Scanner, SpacyNER, build_scanner
from hybridgate.features.privacy.word_model import WordNames

from ..conftest import base_config

pytestmark = pytest.mark.slow  # loads the spaCy pipeline and the word table (seconds)

NER = SpacyNER()
WITH = Scanner(ner=NER)
WITHOUT = Scanner(ner=NER, word_model=False)


def names(scanner: Scanner, text: str) -> list[str]:
    return [text[s.start : s.end] for s in scanner.find(text) if s.type == "PERSON"]


@pytest.mark.parametrize(
    "text",
    [
        "can u help me write a msg to the shift lead, lead is dariusz",
        "O'Brien-Smith and José told me about Zoë's über-app, by Łukasz",
        "x",
        "",
        "1234 5678 !!",
        "word " * 3000,  # past MAX_WORDS
    ],
)
def test_fast_path_is_the_trained_network(text: str) -> None:
    model = WITH.words
    assert model is not None and model.load()
    words, x = model.features(text)
    for _ in range(2):  # computed, then read back from the window store
        fast_words, fast = model._fast_chances(text)
        assert fast_words == words
        assert np.allclose(model.chances(x), fast, atol=1e-4)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "ugh quenby took the last of the milk again and wont replace it, how do i bring it up",
            "quenby",
        ),
        # (in a message typed all in lower case, "said" is a cue the rules read)
        ("wenonah said the rota changed and now I'm on lates all week", "wenonah"),
        # A stop word the rules never take as a name; after a kin title and before a verb
        # the learned layer reads it as one (the cue then lifts it); a known miss between
        # the retraining on 53 sets and the one on 167.
        ("aunt may is coming for dinner", "may"),
    ],
)
def test_finds_lower_case_names_without_a_cue(text: str, name: str) -> None:
    assert name not in names(WITHOUT, text)  # the rules alone miss it
    assert name in names(WITH, text)


@pytest.mark.parametrize(
    "text",
    [
        "Maya has three times as many marbles as Leo. How many does Leo have?",
        "Explain the Black-Scholes formula and the Navier-Stokes equations.",
        "Who painted the Mona Lisa, Leonardo da Vinci or Michelangelo?",
        "recommend some albums like kind of blue by miles davis",
        "how do i set up grafana with docker compose on ubuntu",
        "write a birthday card for my grandad, he loves fishing",
        "we will mark price changes in the sheet and rose slowly after",  # after a modal
    ],
)
def test_context_rules_still_apply(text: str) -> None:
    assert names(WITH, text) == []


def test_relation_words_are_no_names() -> None:
    text = "write a birthday msg for grandad from me and jolene"
    assert names(WITH, text) == ["jolene"]


def test_missing_weights_turn_the_layer_off(caplog: pytest.LogCaptureFixture) -> None:
    broken = WordNames(NER, weights={"w1": np.zeros((2, 2))})
    with caplog.at_level(logging.WARNING):
        assert broken.load() is False
    assert "learned name layer off" in caplog.text
    assert broken.scan("wenonah said the rota changed") == []


def test_config_switch() -> None:
    on = build_scanner(Config.model_validate(base_config("http://127.0.0.1:9")))
    raw = base_config("http://127.0.0.1:9", privacy={"word_model": False})
    off = build_scanner(Config.model_validate(raw))
    assert on is not None and on.words is not None
    assert off is not None and off.words is None
