"""Every string that can leave, found by path; structure (ids, roles, function names,
binary payloads) is never scanned nor rewritten."""

from __future__ import annotations

import json
from typing import Any

from hybridgate.features import Entity
from hybridgate.features.privacy import Span, plan, pseudonymize
from hybridgate.features.privacy.fields import (
    body_of,
    entity_values,
    is_message_text,
    label,
    other_fields,
    scan_forms,
    strings,
)
from hybridgate.schemas import ChatRequest

SECRET = "Zebulon Quartermaine"
IMAGE = "data:image/png;base64,iVBORw0KGgo="

BODY: dict[str, Any] = {
    "model": "gpt",
    "messages": [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "name": "Zebulon_Quartermaine", "content": [
            {"type": "text", "text": f"I am {SECRET}."},
            {"type": "image_url", "image_url": {"url": IMAGE, "detail": "low"}}]},
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_7", "type": "function",
            "function": {"name": "lookup", "arguments": json.dumps({"who": SECRET})}}]},
        {"role": "tool", "tool_call_id": "call_7", "name": "Get_Weather",
            "content": f"{SECRET}: found"},
    ],
    "tools": [{"type": "function", "function": {"name": "lookup",
        "description": f"Finds {SECRET}", "parameters": {"type": "object", "properties": {
            "who": {"type": "string", "enum": [SECRET]}}}}}],
    "tool_choice": {"type": "function", "function": {"name": "lookup"}},
    "user": "user-1",
    "metadata": {"id": SECRET},
    "x_vendor": {"notes": [f"re {SECRET}"]},
}  # fmt: skip


class Finds:
    """A SpanFinder that finds one literal value (the scanner's part, made exact)."""

    def find_redactable(self, text: str) -> list[Span]:
        at = text.find(SECRET)
        return [] if at < 0 else [Span("PERSON", at, at + len(SECRET), 0.9)]


def test_every_text_field_is_found_and_structure_is_not() -> None:
    request = ChatRequest.model_validate(BODY)
    found = {label(p): t for p, t in strings(body_of(request))}
    assert set(found) == {
        "messages.0.content",
        "messages.1.name",
        "messages.1.content.0.text",
        "messages.2.tool_calls.0.function.arguments",
        "messages.3.content",
        "tools.0.function.description",
        "tools.0.function.parameters.properties.who.enum.0",
        "user",
        "metadata.id",  # metadata is the client's own data: even an "id" is scanned
        "x_vendor.notes.0",
    }
    others = {label(p) for p, _ in other_fields(body_of(request))}
    assert "messages.1.content.0.text" not in others and "messages.1.name" in others
    assert is_message_text(("messages", 2, "tool_calls", 0, "function", "arguments"))
    assert not is_message_text(("messages", 1, "name"))


def test_identifier_shaped_fields_are_also_read_with_spaces() -> None:
    assert scan_forms(("messages", 0, "name"), "Ann_Lee") == ("Ann_Lee", "Ann Lee")
    assert scan_forms(("user",), "ann-lee-42") == ("ann-lee-42", "ann lee 42")
    assert scan_forms(("messages", 0, "content"), "Ann_Lee") == ("Ann_Lee",)


def test_pseudonymize_rewrites_every_field_and_keeps_the_structure() -> None:
    request = ChatRequest.model_validate(BODY)
    names = plan(request, (), Finds())
    out = pseudonymize(request, names).upstream_body("gpt")
    sent = json.dumps(out)
    assert SECRET not in sent
    assert sent.count("<PERSON_1>") == 7  # texts, arguments, result, tool, enum, metadata, extra
    # Found in its spaced reading; a name goes out as a bare tag (no < > in the API's pattern).
    assert out["messages"][1]["name"] == "PERSON_2"
    assert out["messages"][1]["content"][1]["image_url"] == {"url": IMAGE, "detail": "low"}
    assert out["messages"][2]["tool_calls"][0]["id"] == "call_7"
    assert out["messages"][3]["tool_call_id"] == "call_7"
    assert out["messages"][3]["name"] == "Get_Weather"  # a tool message's name is code
    assert out["tools"][0]["function"]["name"] == "lookup"
    assert out["tool_choice"] == BODY["tool_choice"]
    assert [m["role"] for m in out["messages"]] == ["system", "user", "assistant", "tool"]
    assert names.restore(out["tools"][0]["function"]["description"]) == f"Finds {SECRET}"


def test_a_found_name_field_goes_out_as_a_bare_tag() -> None:
    request = ChatRequest.model_validate(BODY)
    spaced = SECRET.replace(" ", "_")
    entity = Entity("PERSON", 0, len(spaced), -1, 0.9, "messages.1.name")
    assert entity_values(request, (entity,)) == [("PERSON", spaced)]
    names = plan(request, (entity,), Finds())
    out = pseudonymize(request, names).upstream_body("gpt")
    assert out["messages"][1]["name"] == "PERSON_1"  # the detected value is named first
    assert spaced not in json.dumps(out)
