"""Transform.REDACT: each sensitive value becomes a stable placeholder (`<PERSON_1>`) before
a hosted model sees the request; the Restorer puts the originals back in the answer,
also when a placeholder is split across stream chunks or sits in tool-call arguments."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..features import Features
from ..features.privacy import message_text
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest, Message

PLACEHOLDER = re.compile(r"<([A-Z][A-Z_]*)_(\d+)>")


@dataclass(slots=True)
class Pseudonyms:
    """value ↔ placeholder for one request; the same value always gets the same name."""

    forward: dict[str, str] = field(default_factory=dict)
    backward: dict[str, str] = field(default_factory=dict)
    taken: set[str] = field(default_factory=set)
    _pattern: tuple[int, re.Pattern[str]] | None = None

    def name(self, kind: str, value: str) -> str:
        if value in self.forward:
            return self.forward[value]
        n = 1 + sum(1 for p in self.backward if p.startswith(f"<{kind}_"))
        while f"<{kind}_{n}>" in self.taken or f"<{kind}_{n}>" in self.backward:
            # never reuse a tag the text already holds
            n += 1
        placeholder = f"<{kind}_{n}>"
        self.forward[value] = placeholder
        self.backward[placeholder] = value
        return placeholder

    def redact(self, text: str) -> str:
        if not self.forward:
            return text
        # One pass, longest value first: a value containing another is replaced whole, and
        # no value is ever looked for inside a placeholder already put in.
        if self._pattern is None or self._pattern[0] != len(self.forward):
            values = sorted(self.forward, key=len, reverse=True)
            self._pattern = (len(values), re.compile("|".join(map(re.escape, values))))
        return self._pattern[1].sub(lambda m: self.forward[m.group(0)], text)

    def restore(self, text: str, *, json_string: bool = False) -> str:
        def put_back(m: re.Match[str]) -> str:
            value = self.backward.get(m.group(0))
            if value is None:
                return m.group(0)
            return json.dumps(value)[1:-1] if json_string else value

        return PLACEHOLDER.sub(put_back, text)

    def pending(self, text: str) -> int:
        """Where a trailing, possibly incomplete placeholder starts (len(text) if none)."""
        cut = text.rfind("<", max(0, len(text) - self.longest()))
        if cut == -1:
            return len(text)
        tail = text[cut:]
        if ">" in tail:
            return len(text)
        if any(p.startswith(tail) for p in self.backward):
            return cut
        return len(text)

    def longest(self) -> int:
        return max((len(p) for p in self.backward), default=0)


def _values(request: ChatRequest, features: Features) -> list[tuple[str, str]]:
    texts = [message_text(m) for m in request.messages]
    found = []
    for entity in features.entities:
        if 0 <= entity.message_index < len(texts):
            value = texts[entity.message_index][entity.start : entity.end]
            if value.strip():
                found.append((entity.type, value))
    return found


def _redact_message(message: Message, names: Pseudonyms) -> Message:
    update: dict[str, object] = {}
    if isinstance(message.content, str):
        update["content"] = names.redact(message.content)
    elif message.content:
        update["content"] = [
            part.model_copy(update={"text": names.redact(part.text)}) if part.text else part
            for part in message.content
        ]
    if message.tool_calls:
        update["tool_calls"] = [
            call.model_copy(
                update={
                    "function": call.function.model_copy(
                        update={"arguments": names.redact(call.function.arguments)}
                    )
                }
            )
            for call in message.tool_calls
        ]
    return message.model_copy(update=update)


class Redactor:
    """The RequestTransform for Transform.REDACT."""

    def apply(self, request: ChatRequest, features: Features) -> tuple[ChatRequest, Restorer]:
        names = Pseudonyms()
        for message in request.messages:
            names.taken.update(m.group(0) for m in PLACEHOLDER.finditer(message_text(message)))
        for kind, value in _values(request, features):
            names.name(kind, value)
        messages = [_redact_message(m, names) for m in request.messages]
        return request.model_copy(update={"messages": messages}), Restorer(names)


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
