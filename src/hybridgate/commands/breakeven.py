"""`hybridgate breakeven`: self-hosting vs API by daily token volume, with a plot."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)


def _fmt(volume: float | None) -> str:
    return "never" if volume is None else f"{volume / 1e6:,.2f}M"


def breakeven(
    tokens_per_day: Annotated[
        float, typer.Option(min=0, help="Your daily volume (input + output tokens).")
    ] = 5_000_000,
    input_share: Annotated[
        float, typer.Option(min=0, max=1, help="Input tokens / all tokens.")
    ] = 0.75,
    cached_share: Annotated[
        float, typer.Option(min=0, max=1, help="Share of input billed at the cached price.")
    ] = 0.0,
    api_model: Annotated[
        str, typer.Option(help="API model to compare with (pricing catalog id).")
    ] = "gpt-5.4",
    gpu_usd_per_hour: Annotated[
        float, typer.Option(min=0, help="Price of one GPU (A10G/L4 class: ~$1/h on demand).")
    ] = 1.0,
    gpus: Annotated[int, typer.Option(min=1, help="GPUs always on (minimum).")] = 1,
    tokens_per_second: Annotated[
        float, typer.Option(min=1, help="Throughput per GPU, batched (8B model: ~1000).")
    ] = 1000.0,
    utilization: Annotated[
        float, typer.Option(min=0.01, max=1, help="Average load / peak throughput.")
    ] = 0.5,
    overhead: Annotated[
        float, typer.Option(min=0, help="Other self-hosting USD per month (ops, storage).")
    ] = 0.0,
    local_share: Annotated[
        float | None,
        typer.Option(
            min=0, max=1, help="Hybrid: share of tokens kept in house (default: the ledger's)."
        ),
    ] = None,
    out: Annotated[
        Path, typer.Option(help="Plot file: .png, .svg or .html.", dir_okay=False)
    ] = Path("breakeven.png"),
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config", "-c", dir_okay=False, help="Config whose ledger gives --local-share."
        ),
    ] = None,
) -> None:
    """Break-even daily volume between an API model and self-hosted GPUs, what drives
    it, and a plot of monthly cost vs volume (API, self-hosted, hybrid)."""
    from ..accounting.breakeven import Scenario, SelfHost, breakeven, plot, sensitivity
    from ..accounting.catalog import builtin_catalog

    price = builtin_catalog().lookup(api_model)
    if price is None:
        known = ", ".join(sorted(builtin_catalog().models))
        err.print(f"[red]error[/red] --api-model: {api_model!r} is not in the catalog ({known})")
        raise typer.Exit(2)
    share_source = "--local-share"
    if local_share is None:
        local_share, share_source = _ledger_share(config)
    host = SelfHost(gpu_usd_per_hour, gpus, tokens_per_second, utilization, overhead)
    s = Scenario(price, host, input_share, cached_share, local_share)
    point = breakeven(s)
    rows = sensitivity(s)
    path = plot(s, out, f"{api_model} API vs self-hosted ({gpus}+ GPU at ${gpu_usd_per_hour}/h)")
    at = {
        "api_usd_per_month": s.api_monthly(tokens_per_day),
        "self_hosted_usd_per_month": s.self_hosted_monthly(tokens_per_day),
        "hybrid_usd_per_month": s.hybrid_monthly(tokens_per_day),
        "gpus": s.gpus(tokens_per_day),
    }
    if as_json:
        data = {
            "breakeven_tokens_per_day": point,
            "api_usd_per_million": s.api_usd_per_million,
            "gpu_tokens_per_day": host.tokens_per_day_per_gpu,
            "local_share": local_share,
            "local_share_source": share_source,
            "at_tokens_per_day": {"tokens_per_day": tokens_per_day, **at},
            "sensitivity": [
                {"input": r.name, "low": r.low, "high": r.high, "at_low": r.at_low,
                 "at_high": r.at_high} for r in rows
            ],
            "plot": str(path),
        }  # fmt: skip
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    console.print(
        f"[bold]break-even: {_fmt(point)} tokens/day[/bold] "
        f"(API {api_model} blended ${s.api_usd_per_million:.3f}/1M at {input_share:.0%} input; "
        f"self-hosted ${host.usd_per_gpu_month:,.0f}/GPU-month, "
        f"{host.tokens_per_day_per_gpu / 1e6:,.1f}M tokens/day per GPU)",
        highlight=False,
    )
    console.print(
        f"at {tokens_per_day / 1e6:,.2f}M tokens/day: API ${at['api_usd_per_month']:,.0f}/month · "
        f"self-hosted ${at['self_hosted_usd_per_month']:,.0f}/month ({at['gpus']} GPU) · "
        f"hybrid ${at['hybrid_usd_per_month']:,.0f}/month "
        f"({local_share:.0%} in house, from {share_source})",
        highlight=False,
    )
    table = Table(title="what drives it (each input at 0.5x and 1.5x)", title_justify="left")
    for column in ("input", "0.5x", "break-even", "1.5x", "break-even "):
        table.add_column(column, justify="left" if column == "input" else "right")
    for r in rows:
        table.add_row(r.name, f"{r.low:g}", _fmt(r.at_low), f"{r.high:g}", _fmt(r.at_high))
    console.print(table)
    console.print(
        "Below the throughput limit of the always-on GPUs, break-even = GPU cost per month / "
        "blended API price: GPU price and API price (and the input/output mix) drive it; "
        "throughput and utilization only matter once one GPU is not enough.",
        highlight=False,
    )
    console.print(f"plot: {path}", highlight=False)


def _ledger_share(config: Path | None) -> tuple[float, str]:
    """The router's actual in-house token share from the ledger, if there is one."""
    from ..accounting.ledger import Ledger
    from ..accounting.savings import local_token_share
    from ..config import load_config
    from ..errors import ConfigError
    from ..settings import Settings
    from ..storage.sql import open_database

    try:
        db = open_database(load_config(config), Settings())
        Ledger.create_tables(db)
        share = local_token_share(db)
    except (ConfigError, OSError) as exc:
        err.print(f"ledger not readable ({type(exc).__name__}); assuming 60% in house")
        share = None
    if share is None:
        return 0.6, "a default (empty ledger)"
    return share, "the ledger"


def register(app: typer.Typer, bench: typer.Typer) -> None:
    app.command("breakeven")(breakeven)
