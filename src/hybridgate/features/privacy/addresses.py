"""Street addresses by pattern: a house number with a street word (English and the common
European forms, "Mellemvej 32", "rue de la Paix 5"), and unit lines (Apt., Suite, PO Box)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .spans import Span

_SUFFIX = (
    "Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Way|Place|Pl|"
    "Terrace|Route|Crescent|Cres|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Trl|"
    "Creek|Cliffs?|Mews|Row|Close|Gardens|Grove|Alley|Plaza|Bypass|Ridge|Loop|Crossing|"
    "Heights|Walk|Path|Harbor|Harbour|Glen|Hollow|Knoll|Landing|Manor|Orchard|Pike|Plains|"
    "Turnpike|Vista|Estates?|Wynd|Causeway|Embankment|Quay|Wharf|Fields|Rise|Hills?|Park|"
    "Mall|Expressway|Freeway|Junction|Springs?|Meadows?|Villages?|Views?|Ports?|Mills?|"
    "Islands?|Lakes?|Shores?|Stream|Summit|Valley|Ville|Wells?|Fords?|Forges?|Greens?"
)
_NAME = r"[A-ZÀ-Þ0-9][\wÀ-ÿ'.-]*"
ENGLISH = re.compile(
    rf"\b\d{{1,6}}[A-Za-z]?(?:[\s,]+{_NAME}){{1,4}}\s+(?:{_SUFFIX})\b\.?"
    rf"(?:,?\s+(?:Apt\.?|Apartment|Suite|Ste\.?|Unit|#)\s*\d+\w*)?"
)
_EURO_SUFFIX = (
    "vej|gade|vænget|straße|strasse|str\\.|weg|tie|katu|kuja|polku|gatan|vägen|väg|laan|"
    "plein|gracht|steeg|allee|platz|ring|damm|gasse|utca|u\\.|ulica|út|tér|sokak|caddesi"
)
EUROPEAN = re.compile(rf"\b[A-ZÀ-Þ][\wÀ-ÿ'-]*(?:{_EURO_SUFFIX})\s+\d{{1,5}}[a-zA-Z]?\b")
EUROPEAN_PREFIX = re.compile(
    r"\b(?:rue|via|viale|calle|avenida|av\.|rua|piazza|plaza|carrer|ulica|ul\.|chaussée|"
    r"chemin|boulevard)\s+(?:[\wÀ-ÿ'-]+\s+){0,4}\d{1,5}[a-zA-Z]?\b",
    re.IGNORECASE,
)
UNIT = re.compile(
    r"\b(?:Apt\.?|Apartment|Suite|Ste\.|Unit|Flat|P\.?\s?O\.?\s?Box)\s*#?\s*\d{1,6}[A-Za-z]?\b"
)


def scan(text: str) -> Iterator[Span]:
    for pattern, score in ((ENGLISH, 0.85), (EUROPEAN, 0.8), (EUROPEAN_PREFIX, 0.7)):
        for m in pattern.finditer(text):
            yield Span("STREET_ADDRESS", m.start(), m.end(), score)
    for m in UNIT.finditer(text):
        yield Span("STREET_ADDRESS", m.start(), m.end(), 0.7)
