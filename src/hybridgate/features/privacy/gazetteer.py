"""Given names and surnames of 80+ locales (the person providers of the `faker` package,
MIT): names the small NER model does not know ("Kacper", "Adaeze", "Torbjørn") and
lower-case names ("dave hollis") are found by lookup. Names written in Cyrillic, Greek, an
Indic script, Hangul, Armenian or Georgian are listed in Latin letters too, and Latin names
also without their accents, as people type them in chat ("Оксана" -> "oksana", "Łukasz" ->
"lukasz"; the `anyascii` package). Not abjads (Arabic, Hebrew) or Thai, whose Latin forms
the transliteration cannot vowel. The lists add data/given_names.txt and family_names.txt:
names faker's lists lack, from the `mimesis` package's person data (MIT, 40 locales) and
the US Census 1990 name lists as the `names` package ships them (public domain; "Olatz",
"Przemek", "Gráinne"; written by bench/build_names.py). Loaded once per process, lazily."""

from __future__ import annotations

import importlib
import importlib.resources
import logging
import pkgutil
import re
import threading
import time
from collections.abc import Iterable, Iterator

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
_NAMES: tuple[frozenset[str], frozenset[str]] | None = None


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return (x for x in value if isinstance(x, str))
    return ()


def _kind(attr: str) -> str | None:
    """Which list a provider attribute feeds: every given-name list ("first_names_female",
    "first_names_male_islamic", "middle_names", the romanized Chinese and Japanese lists)
    and every surname list; not the pairs, the kana or the language names."""
    if "pairs" in attr or "kana" in attr or not attr.endswith(("names", "names_only")):
        return None
    if attr.startswith(("first_", "middle_")):
        return "given"
    if attr.startswith("last_") or attr.endswith("last_names"):
        return "family"
    return None


# Scripts whose names are listed in Latin letters too: Latin with accents, Greek, Cyrillic,
# Armenian, the Indic scripts, Georgian, Hangul.
_SPELLABLE = re.compile(
    r"[\u00c0-\u024f\u1e00-\u1eff\u0370-\u03ff\u0400-\u052f\u0530-\u058f"
    r"\u0900-\u0dff\u10a0-\u10ff\uac00-\ud7af]"
)
_UNSPELLABLE = re.compile(r"[\u0590-\u08ff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff]")
_ASCII_NAME = re.compile(r"[a-z][a-z'-]+")


def latin_forms(names: Iterable[str], known: frozenset[str] | set[str]) -> set[str]:
    """The Latin, accent-free spellings of names in the spellable scripts (lower case) that
    `known` lacks, of three letters or more and rare in lower-case web text (a spelling that
    is an everyday word, "pm", "bday", is left out)."""
    try:
        from anyascii import anyascii
    except ImportError:  # pragma: no cover - a dependency; degrade, do not fail
        return set()
    from .ner import rare_in_lower_case  # ner imports this module

    found = set()
    for name in names:
        if _SPELLABLE.search(name) is None or _UNSPELLABLE.search(name) is not None:
            continue
        latin = anyascii(name).lower()
        if (
            len(latin) >= 3
            and latin not in known
            and _ASCII_NAME.fullmatch(latin)
            and rare_in_lower_case(latin)
        ):
            found.add(latin)
    return found


def providers(kind: str) -> Iterator[type]:
    """The `Provider` class of every locale of `faker.providers.<kind>` ("person",
    "address"). ImportError when faker is not installed."""
    package = importlib.import_module(f"faker.providers.{kind}")
    for module in pkgutil.iter_modules(package.__path__):
        provider = getattr(
            importlib.import_module(f"{package.__name__}.{module.name}"), "Provider", None
        )
        if provider is not None:
            yield provider


def _listed(name: str) -> set[str]:
    source = importlib.resources.files("hybridgate.data") / name
    with source.open(encoding="utf-8") as f:
        return {line.strip() for line in f if line.strip() and not line.startswith("#")}


def more_names() -> tuple[set[str], set[str]]:
    """(given names, surnames) of data/given_names.txt and data/family_names.txt, lower
    case: common names of many countries beyond faker's lists."""
    return _listed("given_names.txt"), _listed("family_names.txt")


def faker_names() -> tuple[set[str], set[str]]:
    """(given names, surnames) of faker's person providers, lower-cased, one word each.
    ImportError when faker is not installed."""
    given: set[str] = set()
    family: set[str] = set()
    for provider in providers("person"):
        for attr, value in vars(provider).items():
            into = _kind(attr)
            if into is not None:
                (given if into == "given" else family).update(
                    n.lower() for n in _strings(value) if " " not in n
                )
    return given, family


def names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames), lower-cased."""
    global _NAMES
    if _NAMES is not None:
        return _NAMES
    with _LOCK:
        if _NAMES is None:
            started = time.perf_counter()
            try:
                given, family = faker_names()
            except ImportError:  # pragma: no cover - a dependency; degrade, do not fail
                log.warning("faker is not installed: the name gazetteer is empty")
                _NAMES = (frozenset(), frozenset())
                return _NAMES
            more_given, more_family = more_names()
            given |= more_given
            family |= more_family
            given |= latin_forms(given, given)
            family |= latin_forms(family, family)
            _NAMES = (frozenset(given), frozenset(family))
            log.info(
                "name gazetteer: %d given names, %d surnames in %.2fs",
                len(given), len(family), time.perf_counter() - started,
            )  # fmt: skip
        return _NAMES
