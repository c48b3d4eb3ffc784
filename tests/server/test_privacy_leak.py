"""The leak test: the gateway in front of a recording fake upstream; sensitive prompts sent
through the openai SDK must never put an identifier value into a request to the hosted
model, whatever the mode (local, redact, block), the model named, streaming or turns."""

from __future__ import annotations

import json
from typing import Any

import openai
import pytest

from hybridgate.execution.redaction import Redactor
from hybridgate.features import FeatureExtractor
from hybridgate.features.privacy import Scanner, SpacyNER
from hybridgate.features.privacy.sessions import MemorySessions, Sticky
from hybridgate.routing.decision import Transform

from ..conftest import RunningGateway, base_config
from ..fakes.upstream import Fail, FakeUpstream, Reply

pytestmark = pytest.mark.anyio

SECRETS = {
    "email": "maria.gonzalez@example-mail.com",
    "card": "4735 2376 7710 6546",
    "ssn": "512-47-3381",
    "iban": "GB82WEST12345698765432",
    "key": "sk-proj-9f8e7d6c5b4a39281706fedcba",
    "phone": "+44 7700 900123",
    "name": "Maria Gonzalez",
}
PROMPT = (
    f"Hi, I'm {SECRETS['name']} ({SECRETS['email']}, {SECRETS['phone']}). Please charge card "
    f"{SECRETS['card']}, my SSN is {SECRETS['ssn']}, IBAN {SECRETS['iban']}; "
    f"our API key is {SECRETS['key']}."
)
HOSTED = "gpt-hosted"


def start(
    start_gateway: Any,
    fake_upstream: FakeUpstream,
    *,
    local_capabilities: list[str] | None = None,
    **privacy: Any,
) -> RunningGateway:
    """As wiring builds it: one scanner detects, and finds what the Redactor rewrites."""
    config = base_config(fake_upstream.url, privacy=privacy)
    if local_capabilities is not None:
        config["models"][1]["capabilities"] = local_capabilities
    scanner = Scanner(ner=SpacyNER())
    extractor = FeatureExtractor(privacy=scanner, sessions=Sticky(MemorySessions(), ttl=600))
    gateway: RunningGateway = start_gateway(
        config, extractor=extractor, transforms={Transform.REDACT: Redactor(scanner)}
    )
    return gateway


def sent_to_hosted(fake_upstream: FakeUpstream) -> str:
    return "\n".join(json.dumps(r) for r in fake_upstream.requests if r.get("model") == HOSTED)


def assert_no_leak(fake_upstream: FakeUpstream) -> None:
    hosted = sent_to_hosted(fake_upstream)
    for kind, value in SECRETS.items():
        assert value not in hosted, f"{kind} reached the hosted model"
        assert value.replace(" ", "") not in hosted.replace(" ", ""), kind


@pytest.mark.slow  # loads the packaged spaCy model once per test process (seconds)
@pytest.mark.parametrize("model", [HOSTED, "auto"])
@pytest.mark.parametrize("stream", [False, True])
async def test_local_mode_keeps_sensitive_requests_in_house(
    start_gateway: Any, fake_upstream: FakeUpstream, model: str, stream: bool
) -> None:
    gw = start(start_gateway, fake_upstream)
    messages = [{"role": "user", "content": PROMPT}]
    if stream:
        response = await gw.client.chat.completions.with_raw_response.create(
            model=model,
            messages=messages,
            stream=True,  # type: ignore[arg-type]
        )
        async for _ in response.parse():
            pass
    else:
        response = await gw.client.chat.completions.with_raw_response.create(
            model=model,
            messages=messages,  # type: ignore[arg-type]
        )
    assert response.headers["x-hybridgate-model"] == "llama-local"
    assert response.headers["x-hybridgate-route-reason"] == "privacy"
    assert fake_upstream.requests, "the local model was called"
    assert_no_leak(fake_upstream)


async def test_multi_turn_history_and_tool_results_are_protected(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    gw = start(start_gateway, fake_upstream)
    messages: list[dict[str, Any]] = [
        {"role": "user", "content": "Look up the customer record."},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [{"id": "c1", "type": "function", "function": {
                "name": "lookup", "arguments": json.dumps({"iban": SECRETS["iban"]})}}],
        },
        {"role": "tool", "tool_call_id": "c1", "content": f"email {SECRETS['email']}"},
        {"role": "user", "content": "Summarise it, please."},
    ]  # fmt: skip
    raw = await gw.client.chat.completions.with_raw_response.create(
        model=HOSTED,
        messages=messages,  # type: ignore[arg-type]
    )
    assert raw.headers["x-hybridgate-route-reason"] == "privacy"
    assert_no_leak(fake_upstream)


async def test_sticky_session_keeps_later_clean_turns_local(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    gw = start(start_gateway, fake_upstream)
    header = {"x-hybridgate-session": "conv-42"}
    first = await gw.client.chat.completions.with_raw_response.create(
        model=HOSTED, messages=[{"role": "user", "content": f"mail {SECRETS['email']}"}],
        extra_headers=header,
    )  # fmt: skip
    assert first.headers["x-hybridgate-model"] == "llama-local"
    later = await gw.client.chat.completions.with_raw_response.create(
        model=HOSTED, messages=[{"role": "user", "content": "and the weather?"}],
        extra_headers=header,
    )  # fmt: skip
    assert later.headers["x-hybridgate-model"] == "llama-local"
    assert later.headers["x-hybridgate-route-reason"] == "privacy"
    other = await gw.client.chat.completions.with_raw_response.create(
        model=HOSTED, messages=[{"role": "user", "content": "and the weather?"}],
        extra_headers={"x-hybridgate-session": "another"},
    )  # fmt: skip
    assert other.headers["x-hybridgate-model"] == HOSTED
    assert_no_leak(fake_upstream)


async def test_redact_mode_pseudonymizes_and_restores(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    gw = start(start_gateway, fake_upstream, on_sensitive="redact")
    raw = await gw.client.chat.completions.with_raw_response.create(
        model=HOSTED, messages=[{"role": "user", "content": PROMPT}]
    )
    assert raw.headers["x-hybridgate-model"] == HOSTED
    assert raw.headers["x-hybridgate-route-reason"] == "privacy"
    hosted = sent_to_hosted(fake_upstream)
    assert "<EMAIL_ADDRESS_1>" in hosted and "<PERSON_1>" in hosted
    assert_no_leak(fake_upstream)
    # The fake echoes what it got: the client sees the originals again.
    assert raw.parse().choices[0].message.content == f"echo: {PROMPT}"


async def test_redact_mode_streaming_restores_split_placeholders(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    gw = start(start_gateway, fake_upstream, on_sensitive="redact")
    stream = await gw.client.chat.completions.create(
        model=HOSTED, messages=[{"role": "user", "content": PROMPT}], stream=True
    )
    text = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    assert text == f"echo: {PROMPT}"
    # Tool-call arguments arrive 5 characters at a time: placeholders split across deltas.
    fake_upstream.script(HOSTED, [Reply(tool_call=("send", '{"to": "<EMAIL_ADDRESS_1>"}'))])
    send = {"name": "send", "parameters": {"type": "object"}}
    stream = await gw.client.chat.completions.create(
        model=HOSTED, messages=[{"role": "user", "content": PROMPT}], stream=True,
        tools=[{"type": "function", "function": send}],  # type: ignore[list-item]
    )  # fmt: skip
    args = ""
    async for c in stream:
        for choice in c.choices:
            for call in choice.delta.tool_calls or []:
                args += (call.function.arguments or "") if call.function else ""
    assert json.loads(args) == {"to": SECRETS["email"]}
    assert_no_leak(fake_upstream)


async def test_block_mode_names_types_never_values(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    gw = start(start_gateway, fake_upstream, on_sensitive="block")
    with pytest.raises(openai.BadRequestError) as info:
        await gw.client.chat.completions.create(
            model="auto", messages=[{"role": "user", "content": PROMPT}]
        )
    body = json.dumps(info.value.body)
    assert "EMAIL_ADDRESS" in body and "sensitive_data_blocked" in body
    assert not any(value in body for value in SECRETS.values())
    assert fake_upstream.requests == []


async def test_route_reports_entities_without_values(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    gw = start(start_gateway, fake_upstream)
    response = await gw.client.post(
        "/route",
        cast_to=object,
        body={"model": HOSTED, "messages": [{"role": "user", "content": PROMPT}]},
    )
    assert isinstance(response, dict)
    assert response["sensitive"] is True and response["reason"] == "privacy"
    assert response["hosted"] is False
    types = {e["type"] for e in response["entities"]}
    assert {"EMAIL_ADDRESS", "CREDIT_CARD", "US_SSN", "IBAN_CODE", "API_KEY"} <= types
    first = next(e for e in response["entities"] if e["type"] == "EMAIL_ADDRESS")
    assert PROMPT[first["start"] : first["end"]] == SECRETS["email"]
    assert not any(value in json.dumps(response) for value in SECRETS.values())


# -- every field that can leave (issue 13, item 4) --------------------------------------

ID = SECRETS["email"]
CLEAN = [{"role": "user", "content": "Please help with the task below."}]
TOOL = {"name": "lookup", "description": "Look up a record.", "parameters": {"type": "object"}}


def _tool(**function: Any) -> list[dict[str, Any]]:
    return [{"type": "function", "function": {**TOOL, **function}}]


# Each request carries the identifier in exactly one field, the rest is clean.
FIELDS: dict[str, dict[str, Any]] = {
    "content part": {"messages": [{"role": "user", "content": [
        {"type": "text", "text": "Please help with the task below."},
        {"type": "text", "text": f"Reply to {ID}."}]}]},
    "message name": {"messages": [{"role": "user", "name": ID, "content": "Hello there."}]},
    "tool-call arguments": {"messages": [
        *CLEAN,
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
            "function": {"name": "lookup", "arguments": json.dumps({"who": ID})}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": "done"}], "tools": _tool()},
    "tool result": {"messages": [
        *CLEAN,
        {"role": "assistant", "content": None, "tool_calls": [{"id": "call_1", "type": "function",
            "function": {"name": "lookup", "arguments": "{}"}}]},
        {"role": "tool", "tool_call_id": "call_1", "content": f"owner: {ID}"}], "tools": _tool()},
    "tool description": {"messages": CLEAN, "tools": _tool(description=f"Mails {ID}.")},
    "parameters schema": {"messages": CLEAN, "tools": _tool(parameters={
        "type": "object", "properties": {"to": {"type": "string",
            "description": f"Recipient, e.g. {ID}"}}})},
    "user": {"messages": CLEAN, "user": ID},
    "metadata": {"messages": CLEAN, "metadata": {"customer": ID}},
    "prediction": {"messages": CLEAN, "prediction": {"type": "content", "content": f"To: {ID}"}},
    "response_format schema": {"messages": CLEAN, "response_format": {
        "type": "json_schema", "json_schema": {"name": "reply", "schema": {
            "type": "object", "description": f"A reply to {ID}"}}}},
    "unknown extra field": {"messages": CLEAN,
        "extra_body": {"x_context": {"note": f"account of {ID}"}}},
}  # fmt: skip


def _wire(where: str) -> dict[str, Any]:
    """The JSON body the SDK sends for FIELDS[where]."""
    body = dict(FIELDS[where])
    return {**body, **body.pop("extra_body", {})}


@pytest.mark.parametrize("where", list(FIELDS))
async def test_an_identifier_in_any_field_stays_in_house(
    start_gateway: Any, fake_upstream: FakeUpstream, where: str
) -> None:
    # The in-house model takes every request shape here: privacy alone decides.
    gw = start(start_gateway, fake_upstream, local_capabilities=["text", "tools", "json_schema"])
    view = await gw.client.post("/route", cast_to=object, body={"model": HOSTED, **_wire(where)})
    assert isinstance(view, dict)
    assert view["sensitive"] is True, where
    raw = await gw.client.chat.completions.with_raw_response.create(model=HOSTED, **FIELDS[where])
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert raw.headers["x-hybridgate-route-reason"] == "privacy"
    assert fake_upstream.requests, "the in-house model was called"
    assert ID not in sent_to_hosted(fake_upstream)


@pytest.mark.parametrize("where", list(FIELDS))
async def test_an_identifier_in_any_field_is_pseudonymized(
    start_gateway: Any, fake_upstream: FakeUpstream, where: str
) -> None:
    gw = start(start_gateway, fake_upstream, on_sensitive="redact")
    raw = await gw.client.chat.completions.with_raw_response.create(model=HOSTED, **FIELDS[where])
    assert raw.headers["x-hybridgate-model"] == HOSTED
    assert raw.headers["x-hybridgate-route-reason"] == "privacy"
    hosted = sent_to_hosted(fake_upstream)
    assert hosted, "the hosted model was called"
    assert ID not in hosted, where
    assert "EMAIL_ADDRESS_1" in hosted
    sent = fake_upstream.requests[-1]
    # Structure survives: ids, roles, function names, schema types.
    original = _wire(where)
    assert [m["role"] for m in sent["messages"]] == [m["role"] for m in original["messages"]]
    if "tools" in original:
        assert sent["tools"][0]["function"]["name"] == "lookup"
    if where == "message name":
        assert sent["messages"][0]["name"] == "EMAIL_ADDRESS_1"  # no <> in a name upstream


async def test_route_locates_entities_outside_message_texts(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    gw = start(start_gateway, fake_upstream)
    view = await gw.client.post(
        "/route", cast_to=object, body={"model": HOSTED, **_wire("metadata")}
    )
    assert isinstance(view, dict)
    (entity,) = view["entities"]
    assert entity["message_index"] == -1 and entity["field"] == "metadata.customer"
    assert ID[entity["start"] : entity["end"]] == ID


IMAGE = {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBORw0KGgo="}}


async def test_redact_mode_keeps_sensitive_requests_with_images_local(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    # The in-house model here reads images too: privacy, not capability, decides.
    config = base_config(fake_upstream.url, privacy={"on_sensitive": "redact"})
    config["models"][1]["capabilities"] = ["text", "images"]
    scanner = Scanner(ner=SpacyNER())
    gw = start_gateway(
        config,
        extractor=FeatureExtractor(privacy=scanner),
        transforms={Transform.REDACT: Redactor(scanner)},
    )
    content = [{"type": "text", "text": f"Who is in this photo? Mail {ID}"}, IMAGE]
    messages = [{"role": "user", "content": content}]
    raw = await gw.client.chat.completions.with_raw_response.create(model=HOSTED, messages=messages)
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert raw.headers["x-hybridgate-route-reason"] == "privacy"
    view = await gw.client.post(
        "/route", cast_to=object, body={"model": HOSTED, "messages": messages}
    )
    assert isinstance(view, dict) and "images" in view["explanation"]
    assert sent_to_hosted(fake_upstream) == ""
    # A clean request with images still goes out.
    clean = [{"role": "user", "content": [{"type": "text", "text": "What is this?"}, IMAGE]}]
    raw = await gw.client.chat.completions.with_raw_response.create(model=HOSTED, messages=clean)
    assert raw.headers["x-hybridgate-model"] == HOSTED


async def test_images_allow_sends_the_redacted_request_with_its_images(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    gw = start(start_gateway, fake_upstream, on_sensitive="redact", images="allow")
    content = [{"type": "text", "text": f"Who is in this photo? Mail {ID}"}, IMAGE]
    raw = await gw.client.chat.completions.with_raw_response.create(
        model=HOSTED, messages=[{"role": "user", "content": content}]
    )
    assert raw.headers["x-hybridgate-model"] == HOSTED
    sent = fake_upstream.requests[-1]["messages"][0]["content"]
    assert sent[0]["text"] == "Who is in this photo? Mail <EMAIL_ADDRESS_1>"
    assert sent[1] == IMAGE


# -- a named in-house model never silently becomes a hosted one (item 7) ------------------


def _local_without_tools(fake_upstream: FakeUpstream, **router: Any) -> dict[str, Any]:
    config = base_config(fake_upstream.url, **router)
    config["models"][1]["capabilities"] = ["text"]
    config["models"][1]["max_output_tokens"] = 1000
    return config


async def test_explicit_in_house_model_with_tools_never_reaches_the_hosted_model(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    gw = start_gateway(_local_without_tools(fake_upstream))
    with pytest.raises(openai.BadRequestError) as info:
        await gw.client.chat.completions.create(
            model="llama-local",
            messages=CLEAN,
            tools=_tool(),  # type: ignore[arg-type]
        )
    error = info.value.body
    assert isinstance(error, dict)
    assert "llama-local: no tools support" in error["message"] and error["param"] == "tools"
    assert "explicit_local_to_hosted" in error["message"]
    with pytest.raises(openai.BadRequestError) as info:
        await gw.client.chat.completions.create(
            model="llama-local", messages=CLEAN, max_tokens=4000
        )
    assert "max output 1000 < 4000" in str(info.value.body)
    assert fake_upstream.requests == []


async def test_explicit_in_house_model_does_not_fall_back_to_hosted(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    gw = start_gateway(base_config(fake_upstream.url))  # fallbacks: llama-local → gpt-hosted
    fake_upstream.script("llama-local", [Fail(503)] * 3)
    view = await gw.client.post(
        "/route", cast_to=object, body={"model": "llama-local", "messages": CLEAN}
    )
    assert isinstance(view, dict) and view["fallbacks"] == []
    with pytest.raises(openai.APIStatusError) as info:
        await gw.client.chat.completions.create(model="llama-local", messages=CLEAN)
    assert info.value.status_code == 503
    assert sent_to_hosted(fake_upstream) == ""
    # "auto" that lands on the in-house model keeps its fallback.
    fake_upstream.script("llama-local", [Fail(503)] * 3)
    raw = await gw.client.chat.completions.with_raw_response.create(model="auto", messages=CLEAN)
    assert raw.headers["x-hybridgate-model"] == HOSTED
    assert raw.headers["x-hybridgate-route-reason"] == "fallback"


async def test_opt_in_crosses_to_hosted_only_after_the_privacy_gate(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    config = _local_without_tools(fake_upstream, explicit_local_to_hosted=True)
    scanner = Scanner(ner=SpacyNER())
    gw = start_gateway(config, extractor=FeatureExtractor(privacy=scanner))
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="llama-local",
        messages=CLEAN,
        tools=_tool(),  # type: ignore[arg-type]
    )
    assert raw.headers["x-hybridgate-model"] == HOSTED
    assert raw.headers["x-hybridgate-route-reason"] == "capability"
    fake_upstream.reset()
    with pytest.raises(openai.BadRequestError):  # sensitive: kept in house, which cannot
        await gw.client.chat.completions.create(
            model="llama-local",
            messages=[{"role": "user", "content": PROMPT}],
            tools=_tool(),  # type: ignore[arg-type]
        )
    assert fake_upstream.requests == []


async def test_a_person_named_in_a_message_name_goes_out_as_a_bare_tag(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    gw = start(start_gateway, fake_upstream, on_sensitive="redact")
    messages = [{"role": "user", "name": "Maria_Gonzalez", "content": "Hello there."}]
    raw = await gw.client.chat.completions.with_raw_response.create(
        model=HOSTED,
        messages=messages,  # type: ignore[arg-type]
    )
    assert raw.headers["x-hybridgate-model"] == HOSTED
    assert fake_upstream.requests[-1]["messages"][0]["name"] == "PERSON_1"


@pytest.mark.slow
async def test_redact_all_pseudonymizes_what_detection_let_through(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    # No identifier the detector is sure of: a clean-looking request goes out as it is
    # in plain redact mode, and with its name-like words pseudonymized under redact_all.
    prompt = "Why is Ysolde always so late to everything? Any tips for dealing with it?"
    plain = start(start_gateway, fake_upstream, on_sensitive="redact")
    await plain.client.chat.completions.create(
        model=HOSTED, messages=[{"role": "user", "content": prompt}]
    )
    assert "Ysolde" in sent_to_hosted(fake_upstream)
    fake_upstream.requests.clear()
    strict = start(start_gateway, fake_upstream, on_sensitive="redact", redact_all=True)
    raw = await strict.client.chat.completions.with_raw_response.create(
        model=HOSTED, messages=[{"role": "user", "content": prompt}]
    )
    hosted = sent_to_hosted(fake_upstream)
    assert "Ysolde" not in hosted and "<PERSON_1>" in hosted
    assert raw.parse().choices[0].message.content == f"echo: {prompt}"  # restored
    assert raw.headers["x-hybridgate-model"] == HOSTED
