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
from ..fakes.upstream import FakeUpstream, Reply

pytestmark = pytest.mark.anyio

SECRETS = {
    "email": "maria.gonzalez@example-mail.com",
    "card": "4735 2376 7710 6546",
    "ssn": "460-89-9847",
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


def start(start_gateway: Any, fake_upstream: FakeUpstream, **privacy: Any) -> RunningGateway:
    config = base_config(fake_upstream.url, privacy=privacy)
    extractor = FeatureExtractor(
        privacy=Scanner(ner=SpacyNER()), sessions=Sticky(MemorySessions(), ttl=600)
    )
    gateway: RunningGateway = start_gateway(
        config, extractor=extractor, transforms={Transform.REDACT: Redactor()}
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
