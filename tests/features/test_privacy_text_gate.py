"""The learned text gate (features/privacy/text_gate.py): its fast path computes the
trained regression exactly, it lifts names the text lowered in requests about real people
(invented examples, no dev record), it never lifts what a rule on the name itself kept low
(a title, a public figure), a single English word or a run of unknown lower-case words, nor
in exam items, riddles, code or other scripts, and it switches off cleanly."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from hybridgate.config import Config
from hybridgate.features.privacy import Scanner, SpacyNER, build_scanner
from hybridgate.features.privacy.scanner import DETECTION
from hybridgate.features.privacy.text_gate import WIDTH, TextGate

from ..conftest import base_config

pytestmark = pytest.mark.slow  # loads the spaCy pipeline and both learned layers (seconds)

NER = SpacyNER()
WITH = Scanner(ner=NER)
WITHOUT = Scanner(ner=NER, text_gate=False)
# A gate that always fires: what it may lift, whatever the text says.
ALWAYS = {
    "mean": np.zeros(WIDTH),
    "scale": np.ones(WIDTH),
    "coef": np.zeros((1, WIDTH)),
    "intercept": np.array([10.0]),
}


def people(scanner: Scanner, text: str) -> list[str]:
    return [text[s.start : s.end] for s in scanner.find(text) if s.type == "PERSON"]


def always_firing() -> Scanner:
    scanner = Scanner(ner=NER)
    assert scanner.words is not None and scanner.tokens is not None
    scanner.gate = TextGate(scanner.words, scanner.tokens, ALWAYS)
    return scanner


@pytest.mark.parametrize(
    "text",
    [
        "is it normal that bram sleeps 13 hours on saturdays? he's 16",
        "What does BRB mean. Lorcan wrote it in the group chat, pin 0412.",
        "x",
    ],
)
def test_fast_path_is_the_trained_regression(text: str) -> None:
    gate = WITH.gate
    assert gate is not None and gate.load()
    spans = [s for s in WITHOUT.scored(text, level=DETECTION) if s.type in WITH.entities]
    x = gate.features(text, spans)
    w = gate._weights
    z = ((x - w["mean"]) / w["scale"]) @ w["coef"].reshape(-1) + w["intercept"][0]
    assert gate.chance(text, spans) == pytest.approx(1 / (1 + np.exp(-z)), abs=1e-4)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("is it normal that bram sleeps 13 hours on saturdays? he's 16", "bram"),
        ("what does tbh mean, kasia keeps putting it in the group chat", "kasia"),
        ("What does BRB mean. Lorcan wrote it in the group chat.", "Lorcan"),
    ],
)
def test_lifts_a_name_the_text_alone_lowered(text: str, name: str) -> None:
    assert people(WITHOUT, text) == []
    assert name in people(WITH, text)


def test_a_name_the_word_layer_reads_alone_needs_no_gate() -> None:
    text = (
        "Help me word a sign for the staff room: Oluwadamilare's mug is the blue one, "
        "please don't use it."
    )
    assert "Oluwadamilare" in " ".join(people(WITHOUT, text))


@pytest.mark.parametrize(
    "text",
    [
        "Have you read 'Hi Fidelity' or seen 'Dear Evan Hansen'?",  # titles
        "Who was Ada Lovelace and why does she matter?",  # a public figure
        "Read the passage and answer the questions:\nAt a bakery, Ann, Ben and Cleo bake "
        "in turns. Ann bakes before Ben. Who bakes last?",  # a riddle
        "Tom has 3 apples and Sue has 5. How many apples do they have together?",  # exam
        "कल सुनीता से मिलना है।",  # another script
        "Chase raised its fees again, should I move my savings?",  # one English word
        "dzień dobry, can you translate this for my grandma",  # unknown lower-case words
    ],
)
def test_a_firing_gate_lifts_only_open_names(text: str) -> None:
    assert people(always_firing(), text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Write a short story about Harry, a boy who finds a door in the forest.",
        "Write a story where Alice and Bob exchange keys over an insecure channel.",
    ],
)
def test_the_packaged_gate_leaves_characters_alone(text: str) -> None:
    assert people(WITH, text) == []  # a name the text lowered that the gate reads as made up


def test_a_firing_gate_lifts_a_damped_name() -> None:
    text = "Write a limerick about Percival snoring through every film we watch together."
    assert people(WITH, text) == []  # the packaged gate does not fire here
    assert "Percival" in people(always_firing(), text)


def test_a_name_that_is_also_a_rare_noun_may_be_lifted() -> None:
    """ "Chase" and "Will" stay low (ordinary words); "ambrose" is a noun in the word list
    too, but web text rarely writes it in lower case: a name."""
    text = "Ambrose bet me that bulls hate the colour red, is that true"
    assert "Ambrose" in people(always_firing(), text)
    assert "Ambrose" in people(WITH, text)  # the retrained word layer reads it alone too


def test_missing_weights_turn_the_gate_off(caplog: pytest.LogCaptureFixture) -> None:
    scanner = Scanner(ner=NER)
    assert scanner.words is not None and scanner.tokens is not None
    broken = TextGate(scanner.words, scanner.tokens, {"coef": np.zeros((1, 3))})
    with caplog.at_level(logging.WARNING):
        assert broken.load() is False
    assert "learned text gate off" in caplog.text
    scanner.gate = broken
    assert people(scanner, "What does BRB mean. Lorcan wrote it in the group chat.") == []


def test_config_switch() -> None:
    on = build_scanner(Config.model_validate(base_config("http://127.0.0.1:9")))
    raw = base_config("http://127.0.0.1:9", privacy={"text_gate": False})
    off = build_scanner(Config.model_validate(raw))
    no_layers = build_scanner(
        Config.model_validate(base_config("http://127.0.0.1:9", privacy={"token_model": False}))
    )
    assert on is not None and on.gate is not None
    assert off is not None and off.gate is None
    assert no_layers is not None and no_layers.gate is None  # it reads both learned layers
