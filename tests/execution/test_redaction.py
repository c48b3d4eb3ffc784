"""Redaction: stable placeholders out, originals back in, whatever the chunking."""

from __future__ import annotations

import itertools
import json
import re

from hypothesis import given
from hypothesis import strategies as st
from openai.types.chat.chat_completion_chunk import (
    ChatCompletionChunk,
    Choice,
    ChoiceDelta,
    ChoiceDeltaToolCall,
    ChoiceDeltaToolCallFunction,
)

from hybridgate.execution.redaction import PLACEHOLDER, Pseudonyms, Redactor, Restorer
from hybridgate.features import Entity, Features
from hybridgate.schemas import ChatCompletion, ChatRequest

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=80)


def chunk(content: str | None = None, *, finish: str | None = None, args: str | None = None):
    tool_calls = None
    if args is not None:
        tool_calls = [
            ChoiceDeltaToolCall(index=0, function=ChoiceDeltaToolCallFunction(arguments=args))
        ]
    return ChatCompletionChunk(
        id="c",
        object="chat.completion.chunk",
        created=0,
        model="m",
        choices=[
            Choice(
                index=0,
                delta=ChoiceDelta(content=content, tool_calls=tool_calls),
                finish_reason=finish,  # type: ignore[arg-type]
            )
        ],
    )


def split(text: str, cuts: list[int]) -> list[str]:
    points = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    return [text[a:b] for a, b in itertools.pairwise(points)]


def names_for(values: list[str]) -> Pseudonyms:
    names = Pseudonyms()
    for i, value in enumerate(values):
        names.name("PERSON" if i % 2 else "EMAIL_ADDRESS", value)
    return names


@given(
    st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=4, unique=True),
    TEXT | st.sampled_from(["<PERSON_1> and <EMAIL_ADDRESS_1>", "<PERSON_", "_1>"]),
    st.lists(st.integers(0, 10_000), max_size=3),
)
def test_restore_of_redact_is_identity(values: list[str], text: str, positions: list[int]) -> None:
    for i, value in enumerate(values):  # plant each value somewhere in the text
        at = positions[i % len(positions)] % (len(text) + 1) if positions else len(text)
        text = text[:at] + value + text[at:]
    names = Pseudonyms()
    names.taken.update(m.group(0) for m in PLACEHOLDER.finditer(text))  # as the Redactor does
    for i, value in enumerate(values):
        names.name("PERSON" if i % 2 else "EMAIL_ADDRESS", value)
    redacted = names.redact(text)
    outside = re.split(r"<[A-Z][A-Z_]*_\d+>", redacted)
    for value in values:
        assert not any(value in segment for segment in outside)
    assert names.restore(redacted) == text


@given(TEXT, st.lists(st.integers(0, 10_000), max_size=12))
def test_stream_restoration_ignores_chunk_boundaries(text: str, cuts: list[int]) -> None:
    names = names_for(["Jane Roe", "jane@corp.example", "Bob"])
    original = f"Dear Jane Roe, {text} write to jane@corp.example or <Bob>{text}Bob"
    redacted = names.redact(original)
    restorer = Restorer(names)
    out = []
    for piece in split(redacted, cuts):
        out.append(restorer.chunk(chunk(piece)).choices[0].delta.content or "")
    tail = restorer.flush()
    if tail is not None:
        out.append(tail.choices[0].delta.content or "")
    assert "".join(out) == original


@given(st.lists(st.integers(0, 10_000), max_size=12))
def test_tool_call_argument_deltas_are_restored(cuts: list[int]) -> None:
    names = names_for(["x@y.example", 'Ann "Q" Lee'])
    redacted_args = json.dumps({"to": "<EMAIL_ADDRESS_1>", "name": "<PERSON_1>"})
    restorer = Restorer(names)
    out = []
    pieces = split(redacted_args, cuts)
    for i, piece in enumerate(pieces):
        last = i == len(pieces) - 1
        got = restorer.chunk(chunk(args=piece, finish="tool_calls" if last else None))
        for call in got.choices[0].delta.tool_calls or []:
            out.append(call.function.arguments or "")  # type: ignore[union-attr]
    tail = restorer.flush()
    assert tail is None
    assert json.loads("".join(out)) == {"to": "x@y.example", "name": 'Ann "Q" Lee'}


def test_held_text_is_released_with_the_finish_chunk() -> None:
    restorer = Restorer(names_for(["a@b.example"]))
    first = restorer.chunk(chunk("mail <EMAIL_ADD"))
    assert first.choices[0].delta.content == "mail "
    last = restorer.chunk(chunk(None, finish="stop"))
    assert last.choices[0].delta.content == "<EMAIL_ADD"
    assert restorer.flush() is None


def test_redactor_rewrites_every_text_and_restores_completion() -> None:
    request = ChatRequest.model_validate(
        {
            "model": "gpt",
            "messages": [
                {"role": "user", "content": "I am Jane Roe, mail jane@corp.example"},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "1",
                            "function": {"name": "f", "arguments": '{"to": "jane@corp.example"}'},
                        }
                    ],
                },
                {"role": "user", "content": [{"type": "text", "text": "again: Jane Roe"}]},
            ],
        }
    )
    text = request.messages[0].content
    assert isinstance(text, str)
    features = Features(
        requested_model="gpt",
        prompt_tokens=10,
        output_tokens=None,
        needs=frozenset({"text"}),
        entities=(
            Entity("PERSON", text.index("Jane"), text.index("Jane") + 8, 0),
            Entity("EMAIL_ADDRESS", text.index("jane@"), len(text), 0),
        ),
    )
    redacted, restorer = Redactor().apply(request, features)
    dumped = redacted.model_dump_json()
    assert "Jane Roe" not in dumped and "jane@corp.example" not in dumped
    assert "<PERSON_1>" in dumped and "<EMAIL_ADDRESS_1>" in dumped
    completion = ChatCompletion.model_validate(
        {
            "id": "x", "object": "chat.completion", "created": 0, "model": "gpt",
            "choices": [{
                "index": 0, "finish_reason": "stop",
                "message": {"role": "assistant", "content": "Hello <PERSON_1>!",
                            "tool_calls": [{"id": "t", "type": "function", "function": {
                                "name": "send", "arguments": '{"to": "<EMAIL_ADDRESS_1>"}'}}]},
            }],
        }
    )  # fmt: skip
    restored = restorer.completion(completion).choices[0].message
    assert restored.content == "Hello Jane Roe!"
    assert restored.tool_calls is not None
    assert json.loads(restored.tool_calls[0].function.arguments) == {"to": "jane@corp.example"}  # type: ignore[union-attr]


def test_placeholders_already_in_the_text_are_not_reused() -> None:
    request = ChatRequest.model_validate(
        {"model": "gpt", "messages": [{"role": "user", "content": "<PERSON_1> is Ann Lee"}]}
    )
    features = Features(
        requested_model="gpt", prompt_tokens=5, output_tokens=None, needs=frozenset({"text"}),
        entities=(Entity("PERSON", 14, 21, 0),),
    )  # fmt: skip
    redacted, restorer = Redactor().apply(request, features)
    assert redacted.messages[0].content == "<PERSON_1> is <PERSON_2>"
    assert isinstance(restorer, Restorer)
    assert restorer.text("<PERSON_2>") == "Ann Lee"
