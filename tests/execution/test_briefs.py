"""The brief's text: templates as messages, the transcript the writer reads, and the
scanner's approval (redaction of what is left, rejection of unusable briefs)."""

from __future__ import annotations

from typing import Any

import pytest

from hybridgate.execution.briefs import approve, load_prompt, messages, transcript
from hybridgate.features.privacy import Scanner, SpacyNER
from hybridgate.schemas import ChatRequest

ORIGINAL = (
    "I'm Maria Gonzalez, maria.gonzalez@example-mail.com, card 4735 2376 7710 6546, SSN "
    "512-47-3381. Why was my card payment of 80 EUR declined twice at a petrol station abroad?"
)


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(ner=SpacyNER())


def request(*turns: tuple[str, str]) -> ChatRequest:
    body: dict[str, Any] = {"model": "m", "messages": [{"role": r, "content": t} for r, t in turns]}
    return ChatRequest.model_validate(body)


def test_the_shipped_template_is_a_few_shot_conversation() -> None:
    shipped = messages(load_prompt(None, "escalate_brief.md"), request="THE REQUEST")
    assert [m.role for m in shipped] == ["system", *["user", "assistant"] * 2, "user"]
    assert shipped[-1].content is not None and shipped[-1].content.endswith("THE REQUEST")
    (plain,) = messages("Rewrite: {request}", request="x {answer} y")
    assert (plain.role, plain.content) == ("user", "Rewrite: x {answer} y")  # no re-expansion


def test_transcript() -> None:
    assert transcript(request(("user", "just this"))) == "just this"
    assert transcript(request(("system", "Be brief."), ("user", "hi"))) == (
        "System: Be brief.\n\nUser: hi"
    )


def approval(scanner: Scanner, brief: str) -> Any:
    original = request(("user", ORIGINAL))
    return approve(brief, original, scanner.scan(original), scanner, 40)


@pytest.mark.slow
def test_a_clean_brief_is_approved_as_it_is(scanner: Scanner) -> None:
    brief = "Why would a card payment of 80 EUR be declined twice at a petrol station abroad?"
    result = approval(scanner, f'Rewritten request: "{brief}"')
    assert (result.brief, result.why, result.redacted) == (brief, None, ())


@pytest.mark.slow
def test_identifiers_of_the_original_are_redacted_in_any_case_and_word_by_word(
    scanner: Scanner,
) -> None:
    result = approval(
        scanner,
        "MARIA's card payment of 80 EUR was declined twice abroad; ms. gonzalez asks why. "
        "Card 4735 2376 7710 6546.",
    )
    assert result.why is None and result.brief is not None
    for leaked in ("MARIA", "gonzalez", "4735"):
        assert leaked not in result.brief
    assert set(result.redacted) >= {"PERSON", "CREDIT_CARD"}
    # The placeholders come back as the brief's own words in the answer.
    assert "MARIA" in result.names.restore(result.brief)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("brief", "why"),
    [
        ("Declined?", "too short"),
        ("Card declined abroad, why? " * 4, "repeats itself"),
        (
            "<PERSON_1> <EMAIL_ADDRESS_1> Maria Gonzalez maria.gonzalez@example-mail.com",
            "too little",
        ),
        (
            "Why was a payment declined twice at a petrol station abroad (file 5.1.2.4.7.3.3.8.1)?",
            "digits remain",
        ),
    ],
)
def test_unusable_briefs_are_rejected(scanner: Scanner, brief: str, why: str) -> None:
    result = approval(scanner, brief)
    assert result.brief is None and why in (result.why or "")


def test_without_a_scanner_nothing_is_approved() -> None:
    original = request(("user", ORIGINAL))
    result = approve("A long enough brief about a declined card payment.", original, (), None, 10)
    assert result.brief is None and "no privacy scanner" in (result.why or "")


@pytest.mark.slow
def test_an_identifier_read_out_digit_by_digit_is_redacted(scanner: Scanner) -> None:
    result = approval(
        scanner,
        "Why was a card payment declined twice at a petrol station (file 5 1 2 4 7 3 3 8 1)?",
    )
    assert result.why is None and result.brief is not None
    assert "5 1 2 4" not in result.brief and "PASSWORD" in result.redacted
