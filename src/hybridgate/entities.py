"""Entity: an identifier the privacy scan found in a request, as routing, redaction and
every observer see it (type names, offsets; never the value); and the registry of entity
types (`ENTITY_TYPES`): each type once, direct or quasi, described, with its placeholder
label."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType


@dataclass(frozen=True, slots=True)
class Entity:
    """A found identifier: offsets into message `message_index`'s joined texts, or, for
    any other field of the request, into that field (`field`, message_index -1)."""

    type: str
    start: int
    end: int
    message_index: int
    score: float = 1.0
    field: str | None = None  # dotted path, e.g. "messages.2.name", "metadata.customer"


class Identifies(Enum):
    """How much an entity type identifies a person on its own."""

    DIRECT = "direct"  # alone points at a person or opens a system: never leaves unredacted
    QUASI = "quasi"  # identifying only in combination: reported with `entities: all`


@dataclass(frozen=True, slots=True)
class EntityType:
    """One entity type the privacy scan reports. `label` names its placeholders: the
    audit's mask (`[LABEL]`); the pseudonyms (`<PERSON_1>`) still use the type name,
    which every label equals today."""

    name: str
    identifies: Identifies
    description: str
    label: str


def _type(name: str, identifies: Identifies, description: str, label: str = "") -> EntityType:
    return EntityType(name, identifies, description, label or name)


_D, _Q = Identifies.DIRECT, Identifies.QUASI
# Every type once (the label is the name unless given). A new type also needs a detector
# that emits it, labelled cases in the privacy data set and a line in docs/privacy.md
# (tests/test_entities.py checks the doc).
ENTITY_TYPES: tuple[EntityType, ...] = (
    _type("EMAIL_ADDRESS", _D, "an e-mail address"),
    _type("PHONE_NUMBER", _D, "a telephone number"),
    _type("CREDIT_CARD", _D, "a payment card number (Luhn-checked)"),
    _type("IBAN_CODE", _D, "an international bank account number (mod-97)"),
    _type("US_SSN", _D, "a US social security number"),
    _type("IP_ADDRESS", _D, "an IPv4 or IPv6 address"),
    _type("ID_NUMBER", _D, "a passport, licence, tax, national-id or booking number"),
    _type("PERSON", _D, "a person's name"),
    _type("STREET_ADDRESS", _D, "a postal address: street and number, unit, PO box"),
    _type("API_KEY", _D, "a provider API key or access token"),
    _type("PRIVATE_KEY", _D, "a PEM private key block"),
    _type("CONNECTION_STRING", _D, "a URL with credentials (scheme://user:pass@host)"),
    _type("PASSWORD", _D, "a password or other secret value"),
    _type("DENY_LIST", _D, "a term of router.privacy.deny_list"),
    _type("LOCATION", _Q, "a place name"),
)
BY_NAME: Mapping[str, EntityType] = MappingProxyType({t.name: t for t in ENTITY_TYPES})
DIRECT_TYPES = frozenset(t.name for t in ENTITY_TYPES if t.identifies is Identifies.DIRECT)
QUASI_TYPES = frozenset(t.name for t in ENTITY_TYPES if t.identifies is Identifies.QUASI)


def label_of(type_name: str) -> str:
    """The placeholder label of a type; a type of the config's own (`router.privacy.
    patterns`) is its own label."""
    known = BY_NAME.get(type_name)
    return type_name if known is None else known.label
