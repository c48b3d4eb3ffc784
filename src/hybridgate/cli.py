"""The `hybridgate` command line: thin commands over the library."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table

from .config import Config, load_config
from .errors import ConfigError, GatewayError
from .settings import Settings

if TYPE_CHECKING:
    from .gateway import Gateway, Served

EXAMPLES = """Examples:

  hybridgate serve                          # embedded local model (+ OpenAI with OPENAI_API_KEY)

  hybridgate serve -c hybridgate.yaml --port 8080

  hybridgate route "What is the capital of France?"

  echo "My IBAN is DE89 3704 0044 0532 0130 00" | hybridgate route --json -

  hybridgate chat "Write a haiku about routers"

  hybridgate keys create --name team-a --budget-usd 5

  hybridgate costs --since 7d

  hybridgate breakeven -c hybridgate.yaml --tokens-per-day 20000000
"""

app = typer.Typer(
    name="hybridgate",
    help="A hybrid LLM gateway: one OpenAI-compatible endpoint in front of hosted and "
    "self-hosted models, routing each request by privacy, difficulty, capability and cost.",
    epilog=EXAMPLES,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
console = Console()
err_console = Console(stderr=True)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        sys.stdout.write(f"hybridgate {version('hybridgate')}\n")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Print the version and exit.", callback=_version, is_eager=True
        ),
    ] = False,
) -> None:
    return None


ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="YAML config file (default: $HYBRIDGATE_CONFIG, else the embedded local model "
        "plus OpenAI when OPENAI_API_KEY is set).",
        dir_okay=False,
    ),
]


def _config(path: Path | None) -> Config:
    try:
        return load_config(path)
    except ConfigError as exc:
        _config_failed(exc)


def build_gateway(config: Config, settings: Settings) -> Gateway:
    """The gateway with every plug-in this installation has (privacy, difficulty, ledger)."""
    from .wiring import build_gateway as build

    try:
        return build(config, settings)
    except ConfigError as exc:  # e.g. database_url unreachable, a bad router artefact
        _config_failed(exc)


LOG_LEVELS = ("debug", "info", "warning", "error", "critical")


def _log_level(value: str) -> str:
    if value.lower() not in LOG_LEVELS:
        raise typer.BadParameter(f"must be one of {', '.join(LOG_LEVELS)}")
    return value.lower()


@app.command()
def serve(
    config: ConfigOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8080,
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            help="Worker processes. Each loads its own copy of an embedded model; limits, "
            "breaker and sticky sessions are shared only with redis_url.",
        ),
    ] = 1,
    log_level: Annotated[
        str, typer.Option(help="debug, info, warning, error.", callback=_log_level)
    ] = "info",
    access_log: Annotated[
        bool,
        typer.Option(
            "--access-log/--no-access-log",
            help="One INFO line per request (logger hybridgate.access); on with debug.",
        ),
    ] = False,
) -> None:
    """Serve the OpenAI-compatible API (POST /v1/chat/completions, /v1/route, /v1/models)."""
    import uvicorn

    logging.basicConfig(
        level=log_level.upper(), format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # Per-request lines cost ~10% of a passthrough request's CPU: off unless asked for.
    access = access_log or log_level == "debug"
    logging.getLogger("hybridgate.access").setLevel(logging.INFO if access else logging.WARNING)
    cfg = _config(config)
    _check_port(host, port)  # before the model loads (seconds), not after
    settings = Settings()
    names = ", ".join(f"{m.name} ({'hosted' if m.hosted else 'local'})" for m in cfg.models)
    from .server.transport import CoalescingHTTPProtocol

    options: dict[str, Any] = {
        "host": host, "port": port, "log_level": log_level, "access_log": False,
        "http": CoalescingHTTPProtocol,  # a response's head and body in one send
    }  # fmt: skip
    if workers == 1:
        from .wiring import build_app

        try:
            application = build_app(cfg, settings)
        except ConfigError as exc:  # e.g. database_url unreachable
            _config_failed(exc)
        err_console.print(
            f"hybridgate on http://{host}:{port}/v1 — models: {names}", highlight=False
        )
        uvicorn.run(application, **options)
        return
    # Each worker builds its own gateway from the environment: check here what would make
    # every worker fail (and the supervisor restart it forever).
    from sqlalchemy import MetaData

    from .storage.sql import open_database

    try:
        open_database(cfg, settings).create(MetaData())
    except ConfigError as exc:
        _config_failed(exc)
    if config is not None:
        os.environ["HYBRIDGATE_CONFIG"] = str(config.resolve())
    if any(m.provider == "llamacpp" for m in cfg.models):
        err_console.print(
            f"[yellow]{workers} workers: each loads its own copy of the embedded model[/yellow]"
        )
    err_console.print(
        f"hybridgate on http://{host}:{port}/v1 — {workers} workers — models: {names}",
        highlight=False,
    )
    with _metrics_dir():
        uvicorn.run("hybridgate.wiring:from_environment", factory=True, workers=workers, **options)


@contextlib.contextmanager
def _metrics_dir() -> Iterator[None]:
    """Prometheus multiprocess mode for the workers: a fresh directory for their metric
    files, removed when serve ends (a directory the operator set is used as it is)."""
    from .observability.metrics import MULTIPROC_ENV

    if os.environ.get(MULTIPROC_ENV):
        yield
        return
    path = tempfile.mkdtemp(prefix="hybridgate-metrics-")
    os.environ[MULTIPROC_ENV] = path
    try:
        yield
    finally:
        os.environ.pop(MULTIPROC_ENV, None)
        shutil.rmtree(path, ignore_errors=True)


def _check_port(host: str, port: int) -> None:
    """Exit with a usage error when host:port cannot be listened on (in use, no such
    interface). uvicorn binds it again moments later."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _, address = infos[0]
        with socket.socket(family, kind, proto) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does
            sock.bind(address)
    except OSError as exc:
        err_console.print(
            f"[red]error[/red]: cannot listen on {host}:{port}: {exc.strerror or exc}",
            highlight=False,
        )
        raise typer.Exit(2) from None


def _config_failed(exc: ConfigError) -> NoReturn:
    err_console.print(f"[red]config error[/red]\n{exc.message}", highlight=False)
    raise typer.Exit(2) from None


def _read_text(text: str) -> str:
    if text != "-":
        return text
    read = sys.stdin.read()
    if not read.strip():
        raise typer.BadParameter("no text on standard input", param_hint="TEXT")
    return read


@app.command()
def route(
    text: Annotated[str, typer.Argument(help="The user message, or - to read stdin.")],
    config: ConfigOption = None,
    model: Annotated[str, typer.Option(help="Model to ask for.")] = "auto",
    as_json: Annotated[bool, typer.Option("--json", help="Print the /v1/route JSON.")] = False,
) -> None:
    """Show the routing decision for TEXT without calling any model."""
    from .schemas import ChatRequest

    content = _read_text(text)
    cfg = _config(config)
    gateway = build_gateway(cfg, Settings())
    request = ChatRequest.model_validate(
        {"model": model, "messages": [{"role": "user", "content": content}]}
    )
    try:
        routed = asyncio.run(gateway.route(request))
    except GatewayError as exc:
        _fail(exc)
    from .server.route_view import route_view

    view = route_view(gateway.config, routed)
    if as_json:
        console.print_json(json.dumps(view))
        return
    table = Table(show_header=False, box=None)
    for key in ("model", "provider", "hosted", "reason", "explanation", "sensitive",
                "scores", "fallbacks", "estimated_cost_usd"):  # fmt: skip
        table.add_row(f"[bold]{key}[/bold]", str(view[key]))
    console.print(table)


def _fail(exc: GatewayError) -> None:
    err_console.print(f"[red]error {exc.http_status()}[/red]: {exc.message}", highlight=False)
    raise typer.Exit(1)


@app.command()
def chat(
    text: Annotated[str, typer.Argument(help="The user message, or - to read stdin.")],
    config: ConfigOption = None,
    model: Annotated[str, typer.Option(help="A configured model, or auto.")] = "auto",
    system: Annotated[str | None, typer.Option(help="A system prompt.")] = None,
    max_tokens: Annotated[int | None, typer.Option(help="Output token limit.")] = 256,
) -> None:
    """Send one chat request through the gateway's code path and stream the answer."""
    from .schemas import ChatRequest

    cfg = _config(config)
    messages = [{"role": "system", "content": system}] if system else []
    messages.append({"role": "user", "content": _read_text(text)})
    request = ChatRequest.model_validate(
        {"model": model, "messages": messages, "stream": True, "max_tokens": max_tokens}
    )

    async def run() -> Served:
        gateway = build_gateway(cfg, Settings())
        await gateway.start()
        try:
            routed = await gateway.route(request)
            answer = await gateway.stream(routed)
            async for event in answer.body:
                _print_event(event)
            return answer.served
        finally:
            await gateway.aclose()

    try:
        served = asyncio.run(run())
    except GatewayError as exc:
        _fail(exc)
    sys.stdout.write("\n")
    err_console.print(
        f"[dim]model={served.model} reason={served.reason} cost≈${served.cost_usd:.6f}[/dim]",
        highlight=False,
    )


def _print_event(event: bytes) -> None:
    payload = event.removeprefix(b"data: ").strip()
    if payload == b"[DONE]" or not payload:
        return
    data = json.loads(payload)
    if "error" in data:
        raise GatewayError(data["error"]["message"])
    for choice in data.get("choices", []):
        piece = (choice.get("delta") or {}).get("content")
        if piece:
            sys.stdout.write(piece)
            sys.stdout.flush()


@app.command()
def models(config: ConfigOption = None) -> None:
    """List the configured models."""
    cfg = _config(config)
    from .governance.licenses import license_of

    table = Table(
        "name", "provider", "hosted", "context", "capabilities", "price in/out per 1M", "license"
    )  # fmt: skip
    for m in cfg.models:
        terms = license_of(m)
        if m.pricing:
            price = f"${m.pricing.input:.2f} / ${m.pricing.output:.2f}"
        elif m.self_hosted_cost:
            price = "self-hosted"
        else:
            price = "-"
        table.add_row(
            " ".join([m.name, *(f"({a})" for a in m.aliases)]), m.provider,
            "yes" if m.hosted else "no", f"{m.context_window:,}",
            ", ".join(m.capabilities), price, terms.name if terms else "-",
        )  # fmt: skip
    console.print(table)


bench_app = typer.Typer(
    help="Benchmarks on your own data: the difficulty router and the models.",
    no_args_is_help=True,
)
app.add_typer(bench_app, name="bench")


def main() -> None:
    from .commands import register_all

    register_all(app, bench_app)
    app()


if __name__ == "__main__":
    main()
