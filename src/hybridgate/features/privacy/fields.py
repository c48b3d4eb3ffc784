"""Every string of a chat request that a hosted upstream can receive, found by walking the
request's JSON body: message texts, names, tool results and arguments, tool and schema
descriptions, `user`, `metadata`, `prediction`, and any field the gateway passes through
unknown. Only values the API validates or that name structure (roles, ids, types, function
names) are left out: they carry no personal data and a placeholder there breaks the call."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeAlias

from ...schemas import ChatRequest, Message
from ..extract import Entity

Path: TypeAlias = tuple[str | int, ...]

TEXT_SEPARATOR = "\n"

# Keys whose string values are enum words, ids or model names wherever they appear
# (except inside `metadata`, which is the client's own free-form data).
STRUCTURAL_KEYS = frozenset(
    {
        "model", "role", "type", "id", "tool_call_id", "detail", "object",
        "service_tier", "reasoning_effort", "verbosity", "modalities",
    }
)  # fmt: skip
# `name` under these is a function or schema name: code, validated by the API; so is the
# `name` of a message with one of these roles (the function that produced it).
NAMED_CODE = frozenset({"function", "json_schema", "custom"})
CODE_ROLES = frozenset({"tool", "function"})
# Binary payloads: unscannable, governed by `router.privacy.images`.
BINARY_PARENTS = frozenset({"input_audio", "file"})
BINARY_KEYS = frozenset({"data", "file_data"})
# Identifier-shaped fields whose words are joined by `_` or `-` ("Maria_Gonzalez").
IDENTIFIER_FIELDS = frozenset({"name", "user"})


def message_text(message: Message) -> str:
    """The texts of one message joined: entity offsets of message texts index into it."""
    return TEXT_SEPARATOR.join(message.texts())


def is_message_text(path: Path) -> bool:
    """Whether `path` is one of the texts `message_text` joins (content, text parts,
    tool-call arguments): those are located by message index, not by field."""
    if len(path) < 3 or path[0] != "messages" or not isinstance(path[1], int):
        return False
    rest = path[2:]
    return (
        rest == ("content",)
        or (len(rest) == 3 and rest[0] == "content" and rest[2] == "text")
        or (len(rest) == 4 and rest[0] == "tool_calls" and rest[2:] == ("function", "arguments"))
    )


def label(path: Path) -> str:
    """A field's dotted name, as reported in entities: `messages.2.name`, `user`."""
    return ".".join(str(p) for p in path)


def _skipped(path: Path, value: str) -> bool:
    if path == ("model",) or path == ("tool_choice",):
        return True
    if path[0] == "metadata":
        return False
    key = path[-1]
    parent = path[-2] if len(path) > 1 else None
    if key in STRUCTURAL_KEYS:
        return True
    if key == "name" and parent in NAMED_CODE:
        return True
    if key in BINARY_KEYS and parent in BINARY_PARENTS:
        return True
    return value.startswith("data:") and ";base64," in value[:100]


def _code_name(node: dict[str, Any], key: str) -> bool:
    return key == "name" and node.get("role") in CODE_ROLES


def body_of(request: ChatRequest) -> dict[str, Any]:
    """The JSON body the upstream gets (its model id aside)."""
    return request.model_dump(mode="json", exclude_unset=True, by_alias=True)


def strings(body: dict[str, Any]) -> Iterator[tuple[Path, str]]:
    """Every scannable string of a request body, with its path."""

    def walk(node: object, path: Path) -> Iterator[tuple[Path, str]]:
        if isinstance(node, str):
            if path and not _skipped(path, node):
                yield path, node
        elif isinstance(node, dict):
            for key, value in node.items():
                if not _code_name(node, key):
                    yield from walk(value, (*path, key))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                yield from walk(value, (*path, index))

    return walk(body, ())


def rewrite(body: dict[str, Any], change: Callable[[Path, str], str]) -> dict[str, Any]:
    """A copy of `body` with every scannable string replaced by `change(path, text)`."""

    def walk(node: object, path: Path) -> object:
        if isinstance(node, str):
            return change(path, node) if path and not _skipped(path, node) else node
        if isinstance(node, dict):
            return {
                key: value if _code_name(node, key) else walk(value, (*path, key))
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [walk(value, (*path, index)) for index, value in enumerate(node)]
        return node

    result = walk(body, ())
    assert isinstance(result, dict)
    return result


def scan_forms(path: Path, text: str) -> tuple[str, ...]:
    """The texts to scan for a field, each as long as the original so offsets hold.
    An identifier-shaped field is also read with its `_`/`-` as spaces."""
    if path and path[-1] in IDENTIFIER_FIELDS and not any(c.isspace() for c in text):
        spaced = text.replace("_", " ").replace("-", " ")
        if spaced != text:
            return (text, spaced)
    return (text,)


def other_fields(body: dict[str, Any]) -> Iterator[tuple[Path, str]]:
    """The scannable strings that are not message texts (those are scanned per message)."""
    return ((p, t) for p, t in strings(body) if not is_message_text(p))


def entity_values(
    request: ChatRequest, entities: Sequence[Entity], body: dict[str, Any] | None = None
) -> list[tuple[str, str]]:
    """(type, value) of each entity, read from the text its offsets index into."""
    texts = [message_text(m) for m in request.messages]
    fields: dict[str, str] | None = None
    found = []
    for entity in entities:
        if entity.field is None:
            if not 0 <= entity.message_index < len(texts):
                continue
            text = texts[entity.message_index]
        else:
            if fields is None:
                fields = {label(p): t for p, t in other_fields(body or body_of(request))}
            text = fields.get(entity.field, "")
        value = text[entity.start : entity.end]
        if value.strip():
            found.append((entity.type, value))
    return found
