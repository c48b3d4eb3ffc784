"""`hybridgate capacity`: GPUs needed for a daily token volume and a peak concurrency."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)


def capacity(
    tokens_per_day: Annotated[
        float, typer.Option(min=0, help="Daily tokens to serve (generated + prompt).")
    ] = 50_000_000,
    peak_concurrency: Annotated[
        int, typer.Option(min=0, help="Requests in flight at the busiest moment.")
    ] = 64,
    profile: Annotated[
        str, typer.Option(help="Example GPU profile (see the table), or 'custom'.")
    ] = "8b-a10g",
    tokens_per_second: Annotated[
        float | None, typer.Option(min=1, help="Throughput per replica (overrides profile).")
    ] = None,
    max_concurrency: Annotated[
        int | None, typer.Option(min=1, help="Sequences per replica (overrides profile).")
    ] = None,
    gpus_per_replica: Annotated[int | None, typer.Option(min=1)] = None,
    peak_to_average: Annotated[float, typer.Option(min=1, help="Peak rate / mean rate.")] = 3.0,
    headroom: Annotated[
        float, typer.Option(min=0.05, max=1, help="Run replicas at most at this load.")
    ] = 0.8,
    redundancy: Annotated[int, typer.Option(min=0, help="Spare replicas (N+k).")] = 0,
    gpu_usd_per_hour: Annotated[float, typer.Option(min=0, help="For the monthly cost.")] = 1.0,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    """GPUs for a target volume and concurrency, with the documented example figures."""
    from dataclasses import replace

    from ..accounting.breakeven import HOURS_PER_MONTH
    from ..accounting.capacity import EXAMPLES, GpuProfile, plan

    if profile == "custom":
        if tokens_per_second is None or max_concurrency is None:
            err.print(
                "[red]error[/red] custom profile: set --tokens-per-second and --max-concurrency"
            )
            raise typer.Exit(2)
        chosen = GpuProfile("custom", tokens_per_second, max_concurrency)
    elif profile in EXAMPLES:
        chosen = EXAMPLES[profile]
    else:
        err.print(f"[red]error[/red] --profile: one of {', '.join(EXAMPLES)}, custom")
        raise typer.Exit(2)
    overrides = {
        k: v
        for k, v in {
            "tokens_per_second": tokens_per_second,
            "max_concurrency": max_concurrency,
            "gpus_per_replica": gpus_per_replica,
        }.items()
        if v is not None
    }
    chosen = replace(chosen, **overrides)  # type: ignore[arg-type]
    result = plan(
        chosen,
        tokens_per_day=tokens_per_day,
        peak_concurrency=peak_concurrency,
        peak_to_average=peak_to_average,
        headroom=headroom,
        redundancy=redundancy,
    )
    monthly = result.gpus * gpu_usd_per_hour * HOURS_PER_MONTH
    if as_json:
        data = {"profile": asdict(chosen), **asdict(result), "bound": result.bound,
                "usd_per_month": monthly}  # fmt: skip
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    console.print(
        f"[bold]{result.gpus} GPU(s)[/bold] ({result.replicas} replica(s) of {chosen.name}; "
        f"bound by {result.bound}: throughput needs {result.by_throughput}, concurrency "
        f"{result.by_concurrency}; peak {result.peak_tokens_per_second:,.0f} tok/s; average "
        f"load {result.utilization:.0%}; ~${monthly:,.0f}/month at ${gpu_usd_per_hour}/GPU-h)",
        highlight=False,
    )
    table = Table(
        title="example profiles (order of magnitude; measure yours)", title_justify="left"
    )
    for column in ("profile", "hardware", "tok/s", "concurrency"):
        table.add_column(column)
    for key, p in EXAMPLES.items():
        table.add_row(key, p.name, f"{p.tokens_per_second:,.0f}", str(p.max_concurrency))
    console.print(table)


def register(app: typer.Typer, bench: typer.Typer) -> None:
    app.command("capacity")(capacity)
