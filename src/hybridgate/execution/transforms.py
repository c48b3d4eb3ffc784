"""The seam for request rewrites around a provider call (e.g. pseudonymization):
apply() rewrites the request, the returned Restorer puts the originals back."""

from __future__ import annotations

from typing import Protocol

from ..features import Features
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest


class Restorer(Protocol):
    def completion(self, completion: ChatCompletion) -> ChatCompletion: ...

    def chunk(self, chunk: ChatCompletionChunk) -> ChatCompletionChunk:
        """May hold back text that could be the start of a placeholder split across chunks."""
        ...

    def flush(self) -> ChatCompletionChunk | None:
        """Whatever was held back, at the end of the stream."""
        ...


class RequestTransform(Protocol):
    def apply(self, request: ChatRequest, features: Features) -> tuple[ChatRequest, Restorer]: ...


class Identity:
    """The Restorer of an untransformed call."""

    def completion(self, completion: ChatCompletion) -> ChatCompletion:
        return completion

    def chunk(self, chunk: ChatCompletionChunk) -> ChatCompletionChunk:
        return chunk

    def flush(self) -> ChatCompletionChunk | None:
        return None


IDENTITY = Identity()
