"""Given names and surnames of 80+ locales (the person providers of the `faker` package,
MIT): names the small NER model does not know ("Kacper", "Adaeze", "Torbjørn") and
lower-case names ("dave hollis") are found by lookup. Loaded once per process, lazily."""

from __future__ import annotations

import importlib
import logging
import pkgutil
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


def names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames), lower-cased."""
    global _NAMES
    if _NAMES is not None:
        return _NAMES
    with _LOCK:
        if _NAMES is None:
            started = time.perf_counter()
            given: set[str] = set()
            family: set[str] = set()
            try:
                people = list(providers("person"))
            except ImportError:  # pragma: no cover - a dependency; degrade, do not fail
                log.warning("faker is not installed: the name gazetteer is empty")
                _NAMES = (frozenset(), frozenset())
                return _NAMES
            for provider in people:
                for attr, value in vars(provider).items():
                    into = _kind(attr)
                    if into is not None:
                        (given if into == "given" else family).update(
                            n.lower() for n in _strings(value) if " " not in n
                        )
            _NAMES = (frozenset(given), frozenset(family))
            log.info(
                "name gazetteer: %d given names, %d surnames in %.2fs",
                len(given), len(family), time.perf_counter() - started,
            )  # fmt: skip
        return _NAMES
