"""Transform.REDACT: each sensitive value becomes a stable placeholder (`<PERSON_1>`) before
a hosted model sees the request, in every field that leaves (features.privacy.fields);
the Restorer puts the originals back in the answer, also when a placeholder is split
across stream chunks or sits in tool-call arguments."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..features import Features
from ..features.privacy import PLACEHOLDER, Pseudonyms, SpanFinder, plan, pseudonymize
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest

__all__ = ["PLACEHOLDER", "Pseudonyms", "Redactor", "Restorer"]


class Redactor:
    """The RequestTransform for Transform.REDACT. With a finder (the Scanner), every
    string of the request is also searched at the recall-oriented threshold
    (`redact_min_score`): in a request already known to be sensitive, an extra
    placeholder costs little and a missed identifier is a leak."""

    def __init__(self, finder: SpanFinder | None = None) -> None:
        self.finder = finder

    def apply(self, request: ChatRequest, features: Features) -> tuple[ChatRequest, Restorer]:
        names = plan(request, features.entities, self.finder)
        return pseudonymize(request, names), Restorer(names)


@dataclass(slots=True)
class _Held:
    """Text held back per (choice, field) until it cannot be a placeholder's start."""

    text: dict[tuple[int, str], str] = field(default_factory=dict)


class Restorer:
    """Puts originals back: whole completions, or stream chunks with split placeholders."""

    def __init__(self, names: Pseudonyms) -> None:
        self.names = names
        self._held = _Held()
        self._last: ChatCompletionChunk | None = None

    def text(self, text: str) -> str:
        return self.names.restore(text)

    def completion(self, completion: ChatCompletion) -> ChatCompletion:
        choices = []
        for choice in completion.choices:
            message = choice.message
            update: dict[str, object] = {}
            if message.content:
                update["content"] = self.names.restore(message.content)
            if message.tool_calls:
                update["tool_calls"] = [
                    call.model_copy(
                        update={
                            "function": call.function.model_copy(
                                update={
                                    "arguments": self.names.restore(
                                        call.function.arguments, json_string=True
                                    )
                                }
                            )
                        }
                    )
                    if call.type == "function"
                    else call
                    for call in message.tool_calls
                ]
            choices.append(choice.model_copy(update={"message": message.model_copy(update=update)}))
        return completion.model_copy(update={"choices": choices})

    def _feed(self, key: tuple[int, str], piece: str, *, final: bool, json_string: bool) -> str:
        text = self._held.text.pop(key, "") + piece
        cut = len(text) if final else self.names.pending(text)
        if cut < len(text):
            self._held.text[key] = text[cut:]
        return self.names.restore(text[:cut], json_string=json_string)

    def chunk(self, chunk: ChatCompletionChunk) -> ChatCompletionChunk:
        self._last = chunk
        if not self.names.backward or not chunk.choices:
            return chunk
        choices = []
        for choice in chunk.choices:
            delta, final = choice.delta, choice.finish_reason is not None
            update: dict[str, object] = {}
            held_content = (choice.index, "content") in self._held.text
            if delta.content is not None or (final and held_content):
                update["content"] = self._feed(
                    (choice.index, "content"), delta.content or "", final=final, json_string=False
                )
            if delta.tool_calls:
                calls = []
                for call in delta.tool_calls:
                    fn = call.function
                    if fn is not None and fn.arguments is not None:
                        key = (choice.index, f"tool:{call.index}")
                        args = self._feed(key, fn.arguments, final=final, json_string=True)
                        call = call.model_copy(
                            update={"function": fn.model_copy(update={"arguments": args})}
                        )
                    calls.append(call)
                update["tool_calls"] = calls
            new_delta = delta.model_copy(update=update)
            if final and (tools := self._release_tools(choice.index, delta.tool_calls or [])):
                # Validated, so the SDK's own types build the nested tool-call objects.
                dumped = new_delta.model_dump(exclude_unset=True)
                new_delta = type(delta).model_validate({**dumped, **tools})
            choices.append(choice.model_copy(update={"delta": new_delta}))
        return chunk.model_copy(update={"choices": choices})

    def _release_tools(self, index: int, seen: Sequence[object]) -> dict[str, object]:
        """At finish, tool arguments still held go out with the finish delta."""
        keys = [k for k in self._held.text if k[0] == index and k[1].startswith("tool:")]
        if not keys or seen:
            return {}
        calls = [
            {
                "index": int(k[1].split(":")[1]),
                "function": {
                    "arguments": self.names.restore(self._held.text.pop(k), json_string=True)
                },
            }
            for k in keys
        ]
        return {"tool_calls": calls}

    def flush(self) -> ChatCompletionChunk | None:
        """Text still held when the stream ended without a finish_reason chunk."""
        if not self._held.text or self._last is None:
            return None
        deltas: dict[int, dict[str, Any]] = {}
        for (index, name), text in sorted(self._held.text.items()):
            delta = deltas.setdefault(index, {})
            if name == "content":
                delta["content"] = delta.get("content", "") + self.names.restore(text)
            else:
                restored = self.names.restore(text, json_string=True)
                call = {"index": int(name.split(":")[1]), "function": {"arguments": restored}}
                delta.setdefault("tool_calls", []).append(call)
        self._held.text.clear()
        body = self._last.model_dump(exclude={"choices", "usage"}, exclude_unset=True)
        body["choices"] = [{"index": i, "delta": d} for i, d in sorted(deltas.items())]
        return ChatCompletionChunk.model_validate(body)
