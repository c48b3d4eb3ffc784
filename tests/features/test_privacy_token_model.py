"""The learned token layer (features/privacy/token_model.py): its fast path computes the
trained network exactly, it reads ids the keyword rules miss (invented examples, no dev
record), a thing's number or a measure stays below detection, and it switches off
cleanly."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from hybridgate.config import Config
from hybridgate.features.privacy import Scanner, SpacyNER, build_scanner
from hybridgate.features.privacy.token_model import SecretTokens, tokens

from ..conftest import base_config

pytestmark = pytest.mark.slow  # loads the spaCy pipeline and the token table (seconds)

NER = SpacyNER()
WITH = Scanner(ner=NER)
WITHOUT = Scanner(ner=NER, token_model=False)
LAYER = SecretTokens(NER.english)


def found(scanner: Scanner, text: str) -> list[str]:
    return [text[s.start : s.end] for s in scanner.find(text)]


@pytest.mark.parametrize(
    "text",
    [
        "the school portal wants my kid's pupil no 4410982 again",
        'pw "Hollow!Tree7", pin 0412; ids AB-44817 and 12-34-56.',
        "no candidates at all here",
        "12 34 !!",
        "7731 " * 2500,  # past MAX_TOKENS
    ],
)
def test_fast_path_is_the_trained_network(text: str) -> None:
    NER.load()
    assert LAYER.load()
    where, x = LAYER.features(text)
    fast_where, fast = LAYER._fast_chances(text)
    assert fast_where == where
    assert fast.shape == (len(where), 3)
    if where:
        np.testing.assert_allclose(fast, LAYER.chances(x), atol=2e-5)


def test_candidate_tokens() -> None:
    text = (
        'pw "Hollow!Tree7". pass!word wow!! 12 ab12 ana.k@mail.example '
        "https://x.example/a1 postgres://u:p@db.example:5432/app (RX-2291)"
    )
    assert [text[a:b] for a, b in tokens(text)] == ["Hollow!Tree7", "pass!word", "ab12", "RX-2291"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the school portal wants my kid's pupil no 4410982 again", "4410982"),
        ("my works clock-in number is 20931, can hr see my hours?", "20931"),
    ],
)
def test_reads_ids_the_rules_miss(text: str, value: str) -> None:
    assert found(WITHOUT, text) == []  # no keyword rule reads it
    assert value in found(WITH, text)


@pytest.mark.parametrize(
    "text",
    [
        "The lock is 2048 bits, is that enough for RSA?",
        "part no 12345678Q is back in stock",
    ],
)
def test_a_things_number_or_a_measure_is_redacted_at_most(text: str) -> None:
    assert WITH.find(text) == []
    spans = LAYER.scan(text)
    assert spans and all(s.score < WITH.min_score for s in spans)  # read, then capped


@pytest.mark.parametrize(
    "text",
    [
        "Python 3.11.4 broke my build, how do I pin 3.10?",
        "Is 2048 a power of two?",
        "We need 1500 rows of test data with SHA-256 hashes.",
        "Our revenue grew 2450 units in 2023, write a summary.",
        "A train leaves at 14:05 and travels 320 km at 80 km/h. When does it arrive?",
    ],
)
def test_numbers_of_clean_prompts_stay_clean(text: str) -> None:
    assert WITH.find(text) == []


def test_a_lone_surrogate_is_read_not_raised() -> None:
    # JSON may carry "\\ud800"; the tokenizer refuses it, the layer must not.
    for text in ("pin 12\ud80034 please", "my code is 4471\ud83d"):
        assert isinstance(WITH.find(text), list)
        assert isinstance(WITH.find_redactable(text), list)


def test_missing_weights_turn_the_layer_off(caplog: pytest.LogCaptureFixture) -> None:
    broken = SecretTokens(NER.english, weights={"w1": np.zeros((2, 2))})
    with caplog.at_level(logging.WARNING):
        assert broken.load() is False
    assert "learned token layer off" in caplog.text
    assert broken.scan("the gate code is 4471") == []


def test_config_switch() -> None:
    on = build_scanner(Config.model_validate(base_config("http://127.0.0.1:9")))
    raw = base_config("http://127.0.0.1:9", privacy={"token_model": False})
    off = build_scanner(Config.model_validate(raw))
    assert on is not None and on.tokens is not None
    assert off is not None and off.tokens is None
