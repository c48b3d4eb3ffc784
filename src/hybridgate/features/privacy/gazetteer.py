"""Given names and surnames of 80+ locales (the person providers of the `faker` package,
MIT): names the small NER model does not know ("Kacper", "Adaeze", "Torbjørn") and
lower-case names ("dave hollis") are found by lookup. Loaded once per process, lazily."""

from __future__ import annotations

import importlib
import logging
import pkgutil
import threading
import time
from collections.abc import Iterable

log = logging.getLogger(__name__)

_LOCK = threading.Lock()
_NAMES: tuple[frozenset[str], frozenset[str]] | None = None


def _strings(value: object) -> Iterable[str]:
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return (x for x in value if isinstance(x, str))
    return ()


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
                import faker.providers.person as person
            except ImportError:  # pragma: no cover - a dependency; degrade, do not fail
                log.warning("faker is not installed: the name gazetteer is empty")
                _NAMES = (frozenset(), frozenset())
                return _NAMES
            for module in pkgutil.iter_modules(person.__path__):
                provider = getattr(
                    importlib.import_module(f"{person.__name__}.{module.name}"), "Provider", None
                )
                if provider is None:
                    continue
                attrs = vars(provider)
                for attr in ("first_names", "first_names_male", "first_names_female"):
                    given.update(n.lower() for n in _strings(attrs.get(attr)) if " " not in n)
                family.update(n.lower() for n in _strings(attrs.get("last_names")) if " " not in n)
            _NAMES = (frozenset(given), frozenset(family))
            log.info(
                "name gazetteer: %d given names, %d surnames in %.2fs",
                len(given), len(family), time.perf_counter() - started,
            )  # fmt: skip
        return _NAMES
