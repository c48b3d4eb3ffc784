"""Specialist routing: requests in a configured domain (keywords, regexes, or embedding
similarity to example prompts) go to that domain's model.

`SpecialistClassifier` runs at feature time (it reads the text; it may embed) and names
the matched specialist in `Features.domain`; the `specialist` policy, pure like the others,
turns that into a decision when the model is still a candidate (privacy and capability
have already narrowed the candidates, so a specialist never widens them)."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..config import SpecialistConfig
from ..features import Features
from ..features.embedding import Embedder
from ..schemas import ChatRequest
from .candidates import Candidates
from .decision import Reason, RouteDecision

log = logging.getLogger(__name__)

# The domain label a specialist match sets; other domain classifiers use plain names.
PREFIX = "specialist:"


def _user_text(request: ChatRequest) -> str:
    texts = [t for m in request.messages if m.role == "user" for t in m.texts()]
    return "\n".join(texts[-3:])  # the recent turns say what this request is about


def _unit(vector: npt.NDArray[np.float32]) -> npt.NDArray[np.float32]:
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


@dataclass(frozen=True, slots=True)
class _Matcher:
    name: str
    pattern: re.Pattern[str] | None
    examples: npt.NDArray[np.float32] | None  # one unit row per example prompt
    min_similarity: float


class SpecialistClassifier:
    """A DomainClassifier: `specialist:<name>` of the first specialist that matches."""

    def __init__(
        self, specialists: Sequence[SpecialistConfig], embedder: Embedder | None = None
    ) -> None:
        self.embedder = embedder
        self._matchers: list[_Matcher] = []
        for spec in specialists:
            parts = [rf"\b{re.escape(k)}\b" for k in spec.keywords] + list(spec.patterns)
            pattern = re.compile("|".join(f"(?:{p})" for p in parts), re.I) if parts else None
            examples = None
            if spec.examples and embedder is not None:
                examples = np.stack([_unit(embedder.embed(e)) for e in spec.examples])
            self._matchers.append(_Matcher(spec.name, pattern, examples, spec.min_similarity))

    def similarity(self, text: str) -> dict[str, float]:
        """Best cosine similarity of `text` to each specialist's examples."""
        if self.embedder is None:
            return {}
        vector = _unit(self.embedder.embed(text))
        return {
            m.name: float(np.max(m.examples @ vector))
            for m in self._matchers
            if m.examples is not None
        }

    def classify(self, request: ChatRequest) -> str | None:
        text = _user_text(request)
        if not text:
            return None
        for matcher in self._matchers:
            if matcher.pattern is not None and matcher.pattern.search(text):
                return PREFIX + matcher.name
        scores = self.similarity(text)
        best = max(
            (m for m in self._matchers if m.name in scores),
            key=lambda m: scores[m.name] - m.min_similarity,
            default=None,
        )
        if best is not None and scores[best.name] >= best.min_similarity:
            return PREFIX + best.name
        return None


def specialist(features: Features, candidates: Candidates) -> RouteDecision | None:
    """auto: a request in a specialist's domain goes to its model, if still a candidate."""
    if not features.auto or not features.domain or not features.domain.startswith(PREFIX):
        return None
    name = features.domain.removeprefix(PREFIX)
    spec = next((s for s in candidates.config.router.specialists if s.name == name), None)
    if spec is None or candidates.get(spec.model) is None:
        return None
    return RouteDecision(
        model=spec.model,
        reason=Reason.SPECIALIST,
        explanation=f"matches the {name} specialist, so {spec.model}",
    )


def build_classifier(
    specialists: Sequence[SpecialistConfig], embedder: Embedder | None
) -> SpecialistClassifier | None:
    if not specialists:
        return None
    if embedder is None and any(s.examples for s in specialists):
        log.warning("router.specialists: examples need an embedder; only keywords/patterns apply")
    return SpecialistClassifier(specialists, embedder)
