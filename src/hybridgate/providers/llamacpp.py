"""Provider for an embedded llama.cpp model (xllamacpp, prebuilt wheels), loaded once at
start-up.

xllamacpp runs llama.cpp's own server loop in process: requests given to it from several
threads at once decode together (continuous batching, `parallel` slots). Each request
waits on a worker thread while its answer is generated; a FIFO limiter of `parallel`
threads keeps the rest queued in the event loop, so the loop never blocks."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import threading
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import anyio
import anyio.to_thread
import orjson

from ..config import LlamaCppModel
from ..errors import UpstreamError, UpstreamRejected, UpstreamUnavailable
from ..schemas import ChatCompletion, ChatCompletionChunk, ChatRequest
from .weights import BUNDLED_FILE, BUNDLED_PACKAGE, bundled_weights

__all__ = [
    "BUNDLED_FILE",
    "BUNDLED_PACKAGE",
    "LlamaCppProvider",
    "bundled_weights",
    "default_batch_threads",
    "default_threads",
    "runtime",
    "runtime_params",
    "template_messages",
]

log = logging.getLogger(__name__)

# OpenAI request fields llama.cpp's chat endpoint understands.
_PASSTHROUGH = (
    "temperature", "top_p", "stop", "seed", "presence_penalty", "frequency_penalty",
    "tools", "tool_choice", "response_format", "logprobs", "top_logprobs", "n", "logit_bias",
)  # fmt: skip
# llama-cpp-python's chat_format names that llama.cpp spells differently.
_TEMPLATE_NAMES = {"llama-2": "llama2", "llama-3": "llama3", "mistral-instruct": "mistral-v1"}
_END = object()  # the end of a stream, put on its queue by the worker thread


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


# libgomp's threads spin this many rounds at a barrier before they sleep (its default is
# 300,000). With long spins, 2 batch threads fell to 3-12 tok/s whenever another process
# held the second core; 2,000 keeps batches fast on an idle core and degrades gently on a
# busy one (docs/embedded-model.md). Read once, when libgomp loads: set before the import.
GOMP_SPINCOUNT = "2000"


def runtime() -> Any:
    """The xllamacpp module, imported with the OpenMP settings above (an env var the user
    set wins)."""
    os.environ.setdefault("GOMP_SPINCOUNT", GOMP_SPINCOUNT)
    import xllamacpp

    return xllamacpp


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def default_threads() -> int:
    """Half the usable cores, 1 to 4, for one token at a time. llama.cpp's threads meet at
    a barrier per operation: with every core taken, one descheduled thread stalls the rest
    (on 2 busy cores, 2 threads generated 1.4-2.5 tok/s where 1 thread made 15-32), and the
    event loop needs a core too."""
    return max(1, min(4, _cores() // 2))


def default_batch_threads() -> int:
    """The usable cores, 1 to 4, for batches (a prompt, or several requests decoding
    together): a batch has more work per barrier, so a second core pays (4 streams on 2
    cores: 2.2-2.6x one stream with 2 batch threads, 1.5x with 1)."""
    return max(1, min(4, _cores()))


def _error(name: str, body: dict[str, Any]) -> UpstreamError:
    """llama.cpp's `{"error": {"code", "message", "type"}}` as our error tree."""
    error = body.get("error")
    info = error if isinstance(error, dict) else body
    message = str(info.get("message") or "generation failed")
    code = info.get("code")
    if code == 400 or info.get("type") in ("invalid_request_error", "exceed_context_size_error"):
        return UpstreamRejected(f"{name}: {message}", upstream_status=400)
    return UpstreamError(f"{name}: {message}")


def runtime_params(config: LlamaCppModel, path: Path) -> Any:
    """xllamacpp's CommonParams for a model (bench/local_model.py uses them too)."""
    threads = config.n_threads or default_threads()
    params = runtime().CommonParams()
    params.model.path = str(path)
    params.n_ctx = config.context_window
    params.n_parallel = config.parallel
    params.kv_unified = True  # one KV cache of n_ctx: a request may use all of it
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = config.n_threads_batch or max(
        threads, default_batch_threads()
    )
    params.sampling.seed = config.seed
    params.cache_ram_mib = 0  # no host-memory prompt cache beyond the slots' own
    params.warmup = False
    if config.chat_format:
        jinja = "{%" in config.chat_format or "{{" in config.chat_format
        params.use_jinja = jinja  # built-in template names need the legacy renderer
        name = _TEMPLATE_NAMES.get(config.chat_format, config.chat_format)
        params.chat_template = config.chat_format if jinja else name
    params.verbosity = 3 if log.isEnabledFor(logging.DEBUG) else 0
    # llama.cpp's server also listens on HTTP: loopback, a free port, and a key nobody
    # has, so only this process reaches the model.
    params.port = 0
    params.api_keys = [secrets.token_urlsafe(24)]
    params.n_threads_http = 1
    params.ui = False
    return params


class LlamaCppProvider:
    def __init__(self, config: LlamaCppModel, cache_dir: Path) -> None:
        self.name = config.name
        self._config = config
        self._cache_dir = cache_dir
        self._server: Any = None
        # One worker thread per request being generated; the rest wait here, in order.
        self._slots = anyio.CapacityLimiter(config.parallel)
        self._running: dict[asyncio.Future[None], threading.Event] = {}

    async def start(self) -> None:
        if self._server is None:
            self._server = await anyio.to_thread.run_sync(self._load)

    def _load(self) -> Any:
        xllamacpp = runtime()
        path = self._config.model_path or bundled_weights(self._cache_dir)
        if not Path(path).exists():
            raise UpstreamUnavailable(f"{self.name}: model_path {path} does not exist")
        params = runtime_params(self._config, Path(path))
        started = time.perf_counter()
        try:
            server = xllamacpp.Server(params)
        except RuntimeError as exc:
            raise UpstreamUnavailable(
                f"{self.name}: llama.cpp could not load {Path(path).name} ({exc}; "
                "--log-level debug shows llama.cpp's log)"
            ) from exc
        log.info(
            "loaded %s (%s) in %.2fs, %d threads (%d for batches), %d parallel",
            self.name, Path(path).name, time.perf_counter() - started,
            params.cpuparams.n_threads, params.cpuparams_batch.n_threads, self._config.parallel,
        )  # fmt: skip
        return server

    def _body(self, request: ChatRequest, *, stream: bool) -> bytes:
        body = request.upstream_body(self.name)
        out: dict[str, Any] = {
            "messages": template_messages(
                body["messages"],
                tools=self._config.supports("tools"),
                images=self._config.supports("images"),
            ),
            "temperature": self._config.temperature,  # greedy unless the request says
        }
        for key in _PASSTHROUGH:
            if key in body:
                out[key] = body[key]
        limit = request.output_limit or self._config.max_output_tokens
        if limit is not None:
            out["max_tokens"] = limit
        if stream:
            out["stream"] = True
            out["stream_options"] = {"include_usage": True}  # the relay needs usage
        return orjson.dumps(out)

    def _ready(self) -> Any:
        if self._server is None:
            raise UpstreamUnavailable(f"{self.name}: the embedded model is not loaded")
        return self._server

    def _named(self, data: dict[str, Any]) -> dict[str, Any]:
        data["model"] = self.name  # llama.cpp would name the file path
        data.pop("timings", None)
        return data

    async def complete(self, request: ChatRequest) -> ChatCompletion:
        server = self._ready()
        body = self._body(request, stream=False)

        def generate() -> bytes:
            out: list[bytes] = []

            def keep(raw: bytes) -> bool:
                out.append(raw)
                return False

            server.handle_chat_completions(body, keep)
            return out[0] if out else b"{}"

        try:
            raw = await anyio.to_thread.run_sync(generate, limiter=self._slots)
            data = orjson.loads(raw)
        except Exception as exc:
            raise UpstreamError(f"{self.name}: generation failed ({type(exc).__name__})") from exc
        if "error" in data or "choices" not in data:
            raise _error(self.name, data)
        return ChatCompletion.model_validate(self._named(data))

    async def stream(self, request: ChatRequest) -> AsyncIterator[ChatCompletionChunk]:
        server = self._ready()
        if (request.n or 1) > 1:
            raise UpstreamRejected(
                f"{self.name}: the embedded model streams one choice (n=1)", upstream_status=400
            )
        body = self._body(request, stream=True)
        queue: asyncio.Queue[object] = asyncio.Queue()
        stop = threading.Event()
        worker = self._spawn(server, body, queue, stop)
        sent = False
        try:
            while (item := await queue.get()) is not _END:
                if isinstance(item, BaseException):
                    raise UpstreamError(
                        f"{self.name}: generation failed ({type(item).__name__})"
                    ) from item
                assert isinstance(item, dict)
                if "error" in item or "choices" not in item:
                    error = _error(self.name, item)
                    # Before any content a 400 stays a 400; after it the stream just failed.
                    raise error if not sent else UpstreamError(str(error))
                sent = True
                yield ChatCompletionChunk.model_validate(self._named(item))
        finally:
            stop.set()  # the client left, or the stream ended: free the slot
            if not worker.done():
                worker.cancel()

    def _spawn(
        self, server: Any, body: bytes, queue: asyncio.Queue[object], stop: threading.Event
    ) -> asyncio.Future[None]:
        """Generate on a worker thread; each event goes onto `queue`, then `_END`."""
        loop = asyncio.get_running_loop()

        def put(item: object) -> None:
            with contextlib.suppress(RuntimeError):  # the loop is gone: nobody listens
                loop.call_soon_threadsafe(queue.put_nowait, item)

        def on_event(raw: bytes) -> bool:
            try:
                put(orjson.loads(raw))
            except orjson.JSONDecodeError as exc:
                put(exc)
                return True
            return stop.is_set()  # True: llama.cpp stops generating and frees the slot

        def generate() -> None:
            try:
                if not stop.is_set():
                    server.handle_chat_completions(body, on_event)
            except Exception as exc:
                put(exc)
            finally:
                put(_END)

        worker = asyncio.ensure_future(anyio.to_thread.run_sync(generate, limiter=self._slots))
        self._running[worker] = stop
        worker.add_done_callback(lambda done: self._running.pop(done, None))
        return worker

    async def aclose(self) -> None:
        server, self._server = self._server, None
        for stop in list(self._running.values()):
            stop.set()
        running = list(self._running)
        if running:
            await asyncio.gather(*running, return_exceptions=True)
        if server is not None:
            # The last reference goes on a worker thread: the destructor stops llama.cpp's
            # loop and joins its thread, which must not block the event loop.
            held = [server]
            del server
            await anyio.to_thread.run_sync(held.clear)
