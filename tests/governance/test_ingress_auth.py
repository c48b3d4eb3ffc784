"""Keys, audit and refusals on the other ingresses (issue 16): /v1/messages takes the key
from `x-api-key` as Anthropic's SDK sends it; /v1/responses and /v1/embeddings take the
bearer key; every call lands in the audit log like a chat completion."""

from __future__ import annotations

from typing import Any

import anthropic
import openai
import pytest

pytestmark = pytest.mark.anyio


async def test_keys_work_on_every_ingress(secured: Any) -> None:
    gw = await secured()
    key = await gw.new_key()
    claude = anthropic.AsyncAnthropic(base_url=gw.url, api_key=key, max_retries=0)
    message = await claude.messages.create(
        model="llama-local", max_tokens=16, messages=[{"role": "user", "content": "hi"}]
    )
    assert message.content[0].text == "echo: hi"  # type: ignore[union-attr]
    wrong = anthropic.AsyncAnthropic(base_url=gw.url, api_key="hg-wrong", max_retries=0)
    with pytest.raises(anthropic.AuthenticationError) as denied:
        await wrong.messages.create(
            model="llama-local", max_tokens=16, messages=[{"role": "user", "content": "hi"}]
        )
    assert denied.value.body["error"]["type"] == "authentication_error"  # type: ignore[index]
    client = openai.AsyncOpenAI(base_url=f"{gw.url}/v1", api_key=key, max_retries=0)
    response = await client.responses.create(model="llama-local", input="hi")
    assert response.output_text == "echo: hi"
    vectors = await client.embeddings.create(model="auto", input="hi")
    assert len(vectors.data[0].embedding) == 384
    anonymous = openai.AsyncOpenAI(base_url=f"{gw.url}/v1", api_key="hg-nope", max_retries=0)
    with pytest.raises(openai.AuthenticationError):
        await anonymous.embeddings.create(model="auto", input="hi")
    for c in (claude, wrong):
        await c.close()
    for o in (client, anonymous):
        await o.close()
    await gw.audit.aclose()
    rows = list(gw.audit.store.rows())
    models = [(r["model"], r["status"]) for r in rows if r["status"] == 200]
    assert models == [("llama-local", 200), ("llama-local", 200), ("local-embed", 200)]
    assert sum(1 for r in rows if r["status"] == 401) == 2
