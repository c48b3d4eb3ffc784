"""Embeddings as features see them: the `Embedder` protocol (text → vector) that the
specialist classifier and evaluation's agreement score take, and the bundled MiniLM
(providers/minilm.py: the same weights serve POST /v1/embeddings)."""

from __future__ import annotations

import logging
from typing import Protocol

from ..errors import GatewayError
from ..providers.minilm import DIM, MiniLM, Vector, model_dir

__all__ = ["DIM", "Embedder", "MiniLM", "Vector", "load_embedder", "model_dir"]

log = logging.getLogger(__name__)


class Embedder(Protocol):
    """Text → vector; the cosine of two vectors is the texts' similarity (MiniLM fits)."""

    def embed(self, text: str) -> Vector: ...


def load_embedder() -> Embedder | None:
    """The bundled MiniLM embedder, if installed; None (with a warning) otherwise."""
    try:
        return MiniLM.load()
    except GatewayError as exc:
        log.warning("no embedder: %s", exc.message)
        return None
