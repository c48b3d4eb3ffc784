"""on_sensitive: escalate over loopback: the fake in-house model writes scripted briefs,
the recording fake hosted model must never receive an identifier of the original request
(in any field); briefs that leak are redacted or answered in house; streaming and not,
compose on and off, hosted failure."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hybridgate.config import LoggingConfig
from hybridgate.features import FeatureExtractor
from hybridgate.features.privacy import Scanner, SpacyNER
from hybridgate.observability.audit import AuditLog, AuditStore
from hybridgate.observability.calls import CallObserver, CallRecord
from hybridgate.storage.sql import Database

from ..conftest import RunningGateway, base_config
from ..fakes.upstream import Fail, FakeUpstream, Reply

pytestmark = pytest.mark.anyio

HOSTED, LOCAL = "gpt-hosted", "llama-local"
SECRETS = {
    "name": "Maria Gonzalez",
    "email": "maria.gonzalez@example-mail.com",
    "phone": "+44 7700 900123",
    "ssn": "512-47-3381",
}
PROMPT = (
    f"Hi, I'm {SECRETS['name']} ({SECRETS['email']}, {SECRETS['phone']}), SSN "
    f"{SECRETS['ssn']}. The landlord of my flat has not returned my 1,200 EUR deposit after I "
    "moved out in good order. Under the usual tenancy rules, what are my options, step by step?"
)
BRIEF = (
    "A tenant moved out leaving the flat in good order, but the landlord has not returned "
    "the 1,200 EUR deposit. Under usual tenancy rules, what are the tenant's options, step "
    "by step?"
)
LEAKY = (
    "Maria Gonzalez moved out leaving the flat in good order, but the landlord has not "
    "returned the 1,200 EUR deposit. What are Ms. Gonzalez's options, step by step? Reply to "
    "maria.gonzalez@example-mail.com."
)
_SCANNER: Scanner | None = None


def scanner() -> Scanner:
    global _SCANNER
    if _SCANNER is None:  # the spaCy model loads once for the module (seconds)
        _SCANNER = Scanner(ner=SpacyNER())
    return _SCANNER


class Calls(CallObserver):
    def __init__(self) -> None:
        self.calls: list[CallRecord] = []

    def record(self, call: CallRecord) -> None:
        self.calls.append(call)


def start(
    start_gateway: Any,
    fake_upstream: FakeUpstream,
    *,
    observers: list[CallObserver] | None = None,
    **escalate: Any,
) -> RunningGateway:
    privacy = {"on_sensitive": "escalate", "escalate": escalate}
    config = base_config(fake_upstream.url, privacy=privacy)
    gateway: RunningGateway = start_gateway(
        config, extractor=FeatureExtractor(privacy=scanner()), observers=observers or []
    )
    return gateway


def hosted_requests(fake_upstream: FakeUpstream) -> list[dict[str, Any]]:
    return [r for r in fake_upstream.requests if r.get("model") == HOSTED]


def assert_no_leak(fake_upstream: FakeUpstream) -> None:
    """No identifier of the original request, nor any word of the name, in any field."""
    sent = "\n".join(json.dumps(r) for r in hosted_requests(fake_upstream))
    for kind, value in SECRETS.items():
        assert value not in sent, f"{kind} reached the hosted model"
        assert value.replace(" ", "") not in sent.replace(" ", ""), kind
    assert "Maria" not in sent and "Gonzalez" not in sent and "3381" not in sent


async def ask(gw: RunningGateway, stream: bool, model: str = HOSTED) -> tuple[str, Any]:
    """The answer text and the response headers."""
    messages = [{"role": "user", "content": PROMPT}]
    if stream:
        raw = await gw.client.chat.completions.with_raw_response.create(
            model=model,
            messages=messages,  # type: ignore[arg-type]
            stream=True,
        )
        text = ""
        async for chunk in raw.parse():
            text += "".join(c.delta.content or "" for c in chunk.choices)
        return text, raw.headers
    raw = await gw.client.chat.completions.with_raw_response.create(
        model=model,
        messages=messages,  # type: ignore[arg-type]
    )
    return raw.parse().choices[0].message.content or "", raw.headers


@pytest.mark.slow
@pytest.mark.parametrize("compose", [False, True])
@pytest.mark.parametrize("stream", [False, True])
async def test_the_hosted_model_answers_only_the_approved_brief(
    start_gateway: Any, fake_upstream: FakeUpstream, stream: bool, compose: bool
) -> None:
    calls = Calls()
    gw = start(start_gateway, fake_upstream, observers=[calls], compose=compose)
    fake_upstream.script(LOCAL, [Reply(text=BRIEF), Reply(text="Dear Maria, here is how.")])
    text, headers = await ask(gw, stream)

    assert headers["x-hybridgate-route-reason"] == "privacy_escalation"
    assert headers["x-hybridgate-escalation"] == "approved"
    steps = f"brief={LOCAL}, reason={HOSTED}" + (f", compose={LOCAL}" if compose else "")
    assert headers["x-hybridgate-escalation-models"] == steps
    assert headers["x-hybridgate-model"] == (LOCAL if compose else HOSTED)
    assert float(headers["x-hybridgate-escalation-brief-ms"]) > 0
    # The hosted model got the brief, alone: one user message, no other string field.
    (sent,) = hosted_requests(fake_upstream)
    assert sent["messages"] == [{"role": "user", "content": BRIEF}]
    assert set(sent) <= {"model", "messages", "stream", "stream_options"}
    assert_no_leak(fake_upstream)
    # The in-house model read the original to write the brief (and to compose).
    writer = fake_upstream.requests[0]
    assert writer["model"] == LOCAL and PROMPT in writer["messages"][-1]["content"]
    if compose:
        assert text == "Dear Maria, here is how."
        composer = fake_upstream.requests[-1]
        assert composer["model"] == LOCAL
        assert f"echo: {BRIEF}" in composer["messages"][0]["content"]  # the hosted answer
        assert composer["messages"][1] == {"role": "user", "content": PROMPT}
    else:
        assert text == f"echo: {BRIEF}"  # the fake echoes what it was sent
    # One ledger/audit record per upstream call, linked by the request id.
    request_id = headers["x-hybridgate-request-id"]
    assert {c.request_id for c in calls.calls} == {request_id}
    assert [(c.model, c.hosted, c.transforms) for c in calls.calls] == [
        (LOCAL, False, ("escalate.brief",)),
        (HOSTED, True, ("escalate.reason",)),
        *([(LOCAL, False, ("escalate.compose",))] if compose else []),
    ]
    assert all(c.reason == "privacy_escalation" for c in calls.calls)
    assert all(c.entity_counts.get("EMAIL_ADDRESS") == 1 for c in calls.calls)


@pytest.mark.slow
@pytest.mark.parametrize("stream", [False, True])
async def test_a_brief_that_leaks_identifiers_is_redacted_before_it_leaves(
    start_gateway: Any, fake_upstream: FakeUpstream, stream: bool
) -> None:
    gw = start(start_gateway, fake_upstream)
    fake_upstream.script(LOCAL, [Reply(text=LEAKY)])
    text, headers = await ask(gw, stream)
    assert headers["x-hybridgate-escalation"] == "approved"
    (sent,) = hosted_requests(fake_upstream)
    brief = sent["messages"][0]["content"]
    assert "<PERSON_1>" in brief and "<EMAIL_ADDRESS_1>" in brief
    assert "1,200 EUR deposit" in brief
    assert_no_leak(fake_upstream)
    # The placeholders the hosted model echoed come back as the originals.
    assert "Maria Gonzalez moved out" in text and SECRETS["email"] in text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("brief", "why"),
    [
        ("", "the brief is too short (0 < 40 characters)"),
        ("Sure! Here it is.", "the brief is too short"),
        ("What are the options of a tenant? " * 3, "the brief repeats itself"),
        # Digits of the SSN, regrouped so that no detector sees a number it knows.
        (
            "The tenant asks what their options are to get the deposit back (file "
            "5.1.2.4.7.3.3.8.1).",
            "an identifier's digits remain in the brief",
        ),
    ],
)
@pytest.mark.parametrize("stream", [False, True])
async def test_an_unusable_brief_fails_closed(
    start_gateway: Any, fake_upstream: FakeUpstream, brief: str, why: str, stream: bool
) -> None:
    calls = Calls()
    gw = start(start_gateway, fake_upstream, observers=[calls])
    fake_upstream.script(LOCAL, [Reply(text=brief), Reply(text="answered in house")])
    text, headers = await ask(gw, stream)
    assert text == "answered in house"
    assert headers["x-hybridgate-model"] == LOCAL
    assert headers["x-hybridgate-route-reason"] == "privacy"
    assert headers["x-hybridgate-escalation"] == "failed_closed"
    assert why in headers["x-hybridgate-escalation-detail"]
    assert headers["x-hybridgate-escalation-models"] == f"brief={LOCAL}, local={LOCAL}"
    assert hosted_requests(fake_upstream) == []
    assert fake_upstream.requests[-1]["messages"] == [{"role": "user", "content": PROMPT}]
    assert [c.transforms for c in calls.calls] == [("escalate.brief",), ("escalate.local",)]


@pytest.mark.slow
@pytest.mark.parametrize("compose", [False, True])
@pytest.mark.parametrize("stream", [False, True])
async def test_a_hosted_failure_is_answered_in_house_never_resent(
    start_gateway: Any, fake_upstream: FakeUpstream, stream: bool, compose: bool
) -> None:
    gw = start(start_gateway, fake_upstream, compose=compose)
    fake_upstream.script(LOCAL, [Reply(text=BRIEF), Reply(text="answered in house")])
    fake_upstream.script(HOSTED, [Fail(503)] * 4)
    text, headers = await ask(gw, stream)
    assert text == "answered in house"
    assert headers["x-hybridgate-model"] == LOCAL
    assert headers["x-hybridgate-route-reason"] == "fallback"
    assert headers["x-hybridgate-escalation"] == "hosted_failed"
    assert "gpt-hosted failed" in headers["x-hybridgate-escalation-detail"]
    # Every hosted attempt carried the brief, never the original.
    assert hosted_requests(fake_upstream)
    assert all(
        r["messages"] == [{"role": "user", "content": BRIEF}]
        for r in hosted_requests(fake_upstream)
    )
    assert_no_leak(fake_upstream)
    assert fake_upstream.requests[-1]["model"] == LOCAL
    assert fake_upstream.requests[-1]["messages"] == [{"role": "user", "content": PROMPT}]


@pytest.mark.slow
async def test_a_failed_composer_returns_the_hosted_answer(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    gw = start(start_gateway, fake_upstream, compose=True)
    fake_upstream.script(LOCAL, [Reply(text=BRIEF), Fail(400)])
    for stream in (False, True):
        fake_upstream.script(LOCAL, [Reply(text=BRIEF), Fail(400)])
        text, headers = await ask(gw, stream)
        assert text == f"echo: {BRIEF}"
        assert headers["x-hybridgate-model"] == HOSTED
        assert "compose failed" in headers["x-hybridgate-escalation-detail"]
    assert_no_leak(fake_upstream)


@pytest.mark.slow
async def test_route_shows_the_steps_and_clean_or_tool_requests_are_not_escalated(
    start_gateway: Any, fake_upstream: FakeUpstream
) -> None:
    gw = start(start_gateway, fake_upstream, compose=True)
    body = {"model": HOSTED, "messages": [{"role": "user", "content": PROMPT}]}
    route = await gw.client.post("/route", cast_to=object, body=body)
    assert isinstance(route, dict)
    assert (route["model"], route["reason"], route["hosted"]) == (
        HOSTED,
        "privacy_escalation",
        True,
    )
    assert [(s["step"], s["model"]) for s in route["escalation"]["steps"]] == [
        ("brief", LOCAL),
        ("approve", None),
        ("reason", HOSTED),
        ("compose", LOCAL),
    ]
    assert route["transforms"] == ["escalate"] and route["fallbacks"] == [LOCAL]
    assert "writes a de-identified brief" in route["explanation"]
    assert fake_upstream.requests == []  # a dry run

    clean = await gw.client.chat.completions.with_raw_response.create(
        model=HOSTED, messages=[{"role": "user", "content": "What is a tenancy deposit?"}]
    )
    assert clean.headers["x-hybridgate-route-reason"] == "explicit"
    assert "x-hybridgate-escalation" not in clean.headers

    tool = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}
    raw = await gw.client.chat.completions.with_raw_response.create(
        model=HOSTED,
        messages=[{"role": "user", "content": PROMPT}],
        tools=[tool],  # type: ignore[list-item]
    )
    assert (raw.headers["x-hybridgate-model"], raw.headers["x-hybridgate-route-reason"]) == (
        LOCAL,
        "privacy",
    )
    assert_no_leak(fake_upstream)  # only the clean request went out


@pytest.mark.slow
async def test_the_audit_keeps_the_brief_and_entity_types_only(
    start_gateway: Any, fake_upstream: FakeUpstream, tmp_path: Path
) -> None:
    database = Database(f"sqlite:///{tmp_path / 'audit.db'}")
    audit_log = AuditLog(AuditStore(database), LoggingConfig(prompts="full"))
    gw = start(start_gateway, fake_upstream, observers=[audit_log], compose=True)
    fake_upstream.script(LOCAL, [Reply(text=LEAKY), Reply(text="Dear Maria Gonzalez, ...")])
    await ask(gw, stream=False)
    audit_log.flush()
    rows = list(audit_log.store.rows())
    assert [json.loads(r["transforms"]) for r in rows] == [
        ["escalate.brief"],
        ["escalate.reason"],
        ["escalate.compose"],
    ]
    assert all("EMAIL_ADDRESS" in json.loads(r["entities"]) for r in rows)
    contents = [audit_log.store.content(int(r["seq"])) for r in rows]
    assert contents[0] is None and contents[2] is None  # they read the original
    stored = contents[1]
    assert stored is not None
    assert json.loads(stored) == {
        "messages": [
            {"role": "user", "content": hosted_requests(fake_upstream)[0]["messages"][0]["content"]}
        ],
        "answer": None,
    }
    for value in SECRETS.values():
        assert value not in stored
    audit_log.close()
    database.dispose()
