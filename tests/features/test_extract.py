"""The feature extractor scores short prompts on the event loop (no thread hop) and long
ones on a worker thread, in one trip for the scan and the difficulty score together."""

from __future__ import annotations

import threading

import pytest

from hybridgate.features import FeatureExtractor
from hybridgate.features.extract import INLINE_TOKENS, Entity
from hybridgate.schemas import ChatRequest

pytestmark = pytest.mark.anyio


class Recorder:
    """A scanner and a scorer that note the thread they ran on."""

    def __init__(self) -> None:
        self.threads: list[str] = []

    def scan(self, request: ChatRequest) -> tuple[Entity, ...]:
        self.threads.append(threading.current_thread().name)
        return (Entity("EMAIL", 0, 1, 0),)

    def score(self, request: ChatRequest) -> float:
        self.threads.append(threading.current_thread().name)
        return 0.25


def request(text: str) -> ChatRequest:
    return ChatRequest.model_validate(
        {"model": "auto", "messages": [{"role": "user", "content": text}]}
    )


async def test_short_prompts_are_scored_inline_long_ones_in_one_thread_trip() -> None:
    recorder = Recorder()
    extractor = FeatureExtractor(privacy=recorder, difficulty=recorder)
    loop_thread = threading.current_thread().name
    short = await extractor.extract(request("Say hello."))
    assert recorder.threads == [loop_thread, loop_thread]
    assert short.difficulty == 0.25 and short.sensitive
    recorder.threads.clear()
    long = await extractor.extract(request("word " * (INLINE_TOKENS * 2)))
    assert len(set(recorder.threads)) == 1 and recorder.threads[0] != loop_thread
    assert long.difficulty == 0.25 and long.prompt_tokens > INLINE_TOKENS


async def test_the_threshold_is_a_setting_and_the_given_count_is_used() -> None:
    recorder = Recorder()
    extractor = FeatureExtractor(privacy=recorder, inline_tokens=0)
    features = await extractor.extract(request("Say hello."), prompt_tokens=7)
    assert recorder.threads[0] != threading.current_thread().name  # 7 > 0: a worker
    assert features.prompt_tokens == 7
