"""Detector layers without the NER model: structured ids with validation, secrets,
addresses, deny-lists, and the scanner's message walking and filtering."""

from __future__ import annotations

import pytest

from hybridgate.features.privacy import Scanner
from hybridgate.schemas import ChatRequest

SCANNER = Scanner(ner=None)


def kinds(text: str, scanner: Scanner = SCANNER) -> dict[str, str]:
    return {s.type: text[s.start : s.end] for s in scanner.find(text)}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("mail me at jane.roe+x@example.co.uk today", "EMAIL_ADDRESS", "jane.roe+x@example.co.uk"),
        ("card 4111 1111 1111 1111 expires", "CREDIT_CARD", "4111 1111 1111 1111"),
        ("pay with 4917615530821148", "CREDIT_CARD", "4917615530821148"),
        ("IBAN GB82WEST12345698765432 please", "IBAN_CODE", "GB82WEST12345698765432"),
        ("my SSN is 512-47-3381", "US_SSN", "512-47-3381"),
        ("server at 93.184.216.34 is down", "IP_ADDRESS", "93.184.216.34"),
        ("call me on +44 7700 900123", "PHONE_NUMBER", "+44 7700 900123"),
        ("phone: (555) 123-4567", "PHONE_NUMBER", "(555) 123-4567"),
        ("my password is hunter", "PASSWORD", "hunter"),  # a plain word, named as one
        ("call me on 07700900123", "PHONE_NUMBER", "07700900123"),  # no separators
        ("my number is 5551234567", "PHONE_NUMBER", "5551234567"),
        ("my passport number is PX7730125", "ID_NUMBER", "PX7730125"),
        ("driver's license: DL-4471-9920-X, thanks", "ID_NUMBER", "DL-4471-9920-X"),
        ("key sk-proj-abcdefghijklmnopqrstuvwxyz123456", "API_KEY", "sk-proj-abcdefghijklmnopqrstuvwxyz123456"),  # noqa: E501
        ("use AKIAIOSFODNN7EXAMPLE for s3", "API_KEY", "AKIAIOSFODNN7EXAMPLE"),
        ("the password is Gl4cier!Run ok", "PASSWORD", "Gl4cier!Run"),
        ("db postgres://app:s3cret@db.internal:5432/prod", "CONNECTION_STRING", "postgres://app:s3cret@db.internal:5432/prod"),
        ("ship to 2917 Lantern Avenue tomorrow", "STREET_ADDRESS", "2917 Lantern Avenue"),
        ("Skovvej 14 Aalborg", "STREET_ADDRESS", "Skovvej 14"),
        ("the office is at Petőfi u. 21. in Pécs", "STREET_ADDRESS", "Petőfi u. 21"),
        ("enter on dózsa györgy út 7 please", "STREET_ADDRESS", "györgy út 7"),
        ("wohnt in der Berliner Straße 12", "STREET_ADDRESS", "Berliner Straße 12"),
        ("registered under SSN 123-XX-XXXX", "US_SSN", "123-XX-XXXX"),
        ("social security number: ***-**-6789", "US_SSN", "***-**-6789"),
    ],
)  # fmt: skip
def test_structured_and_secret_detectors(text: str, kind: str, value: str) -> None:
    assert kinds(text).get(kind) == value


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112 is not Luhn-valid",
        "GB82WEST12345698765433 fails mod-97",
        "000-12-3456 and 666-12-3456 are never issued",
        "version 1.2.3.4 and 999.1.1.1 are not addresses",
        "the year 2021 had 365 days and 12 months",
        "A. 12 B. 15 C. 18 D. 21 Answer:",
        "the password is required",  # a word that says something of the password
        "a password manager is safer",  # no value named
        "order XXX-XX-1234 shipped",  # a masked shape without an SSN keyword
        "account sha abcdefabcdefabcdefabcdef0123456789abcdef",  # a 40-char run is no ID
        "SSN format is XXX-XX-XXXX",  # no digits: a template, not a number
        "growth of 12 u. 15 per cent",  # a street word needs a name before it
    ],
)
def test_invalid_or_benign_values_are_not_flagged(text: str) -> None:
    assert kinds(text) == {}


def test_private_key_block() -> None:
    text = "-----BEGIN RSA PRIVATE KEY-----\nMIIEow...\n-----END RSA PRIVATE KEY-----"
    assert "PRIVATE_KEY" in kinds(text)


def test_deny_list_and_custom_patterns() -> None:
    scanner = Scanner(
        ner=None,
        deny_list=["Project Bluebird", "Acme Corp"],
        patterns={"EMPLOYEE_ID": r"EMP-\d{6}"},
    )
    found = kinds("acme corp asked about project bluebird for EMP-123456", scanner)
    assert found == {"DENY_LIST": "project bluebird", "EMPLOYEE_ID": "EMP-123456"} or (
        set(found) == {"DENY_LIST", "EMPLOYEE_ID"}
    )
    assert kinds("Acme Corporation is fine", scanner) == {}


def test_entity_selection_and_threshold() -> None:
    only_email = Scanner(ner=None, entities={"EMAIL_ADDRESS"})
    assert set(kinds("a@b.io and 512-47-3381", only_email)) == {"EMAIL_ADDRESS"}
    strict = Scanner(ner=None, min_score=0.95)
    assert kinds("ship to 3744 Retreat Avenue", strict) == {}


def test_every_text_of_every_message_is_scanned() -> None:
    request = ChatRequest.model_validate(
        {
            "model": "auto",
            "messages": [
                {"role": "system", "content": "You are helpful."},
                {"role": "user", "content": [{"type": "text", "text": "mail x.y@corp.com"}]},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "c1",
                            "function": {"name": "f", "arguments": '{"ssn": "512-47-3381"}'},
                        }
                    ],
                },
                {"role": "tool", "tool_call_id": "c1", "content": "IP 81.2.69.160"},
            ],
        }
    )
    found = {(e.message_index, e.type) for e in SCANNER.scan(request)}
    assert found == {(1, "EMAIL_ADDRESS"), (2, "US_SSN"), (3, "IP_ADDRESS")}


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        # an apostrophe inside an e-mail's local part
        ("write to d_o'sullivan@fastmail.ie today", "EMAIL_ADDRESS", "d_o'sullivan@fastmail.ie"),
        # a secret assigned to a *_SECRET_ACCESS_KEY / client_secret name, with + and /
        (
            "i pushed SECRET_ACCESS_KEY=Qm7tZ2+vKp9/Lw4XeR8nBy3Hs6Jd1Fc5Ga0Ub2Tq by accident",
            "PASSWORD",
            "Qm7tZ2+vKp9/Lw4XeR8nBy3Hs6Jd1Fc5Ga0Ub2Tq",
        ),
        ("client_secret: 8fK2-pQz_9LmW3xR7tYv", "PASSWORD", "8fK2-pQz_9LmW3xR7tYv"),
        # a PIN a sentence after its keyword; a combination lock in pairs
        ("i forgot my bank pin. it's either 4821 or 4812", "PASSWORD", "4821"),
        ("gym locker combination 12-40-33 stopped working", "PASSWORD", "12-40-33"),
        # a British address typed in lower case, postcode and all
        (
            "the parcel went to 18 whinmoor lane, leeds ls14 5ab instead",
            "STREET_ADDRESS",
            "18 whinmoor lane, leeds ls14 5ab",
        ),
        # ids after the words for them
        ("the chemist says prescription no. 55190273 is on hold", "ID_NUMBER", "55190273"),
        ("frequent flyer number 77310442 has no miles", "ID_NUMBER", "77310442"),
        ("Employee number E-40418 was reused for a contractor account.", "ID_NUMBER", "E-40418"),
        ("payroll no. 5531902 is on the wrong tax code", "ID_NUMBER", "5531902"),
        # IBANs typed in lower case or grouped with dashes (mod 97 still decides)
        ("pay to gb82 west 1234 5698 7654 32 please", "IBAN_CODE", "gb82 west 1234 5698 7654 32"),
        (
            "IBAN DE89-3704-0044-0532-0130-00 for the deposit",
            "IBAN_CODE",
            "DE89-3704-0044-0532-0130-00",
        ),
    ],
)
def test_formats_found_in_fresh_chat(text: str, kind: str, value: str) -> None:
    found = [(s.type, text[s.start : s.end]) for s in SCANNER.find(text)]
    assert (kind, value) in found, found


def test_a_pin_word_ending_a_sentence_before_a_year_is_no_pin() -> None:
    assert kinds("I changed the pin. Since 2019 it has been the same") == {}
