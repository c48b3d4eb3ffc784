"""`hybridgate costs`: spend by model / key / route reason / day from the ledger, and the
savings against "every call on the strongest hosted model"."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..errors import ConfigError

console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)


def costs(
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", dir_okay=False, help="Config (database_url, models)."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    since: Annotated[
        str | None, typer.Option(help="Only calls since: 7d, 24h, 30m or a date (UTC).")
    ] = None,
    by: Annotated[
        str, typer.Option(help="Breakdowns, comma-separated: model,key,reason,day.")
    ] = "model,key,reason,day",
    reference: Annotated[
        str | None,
        typer.Option(help="Counterfactual model (default: the strongest hosted model)."),
    ] = None,
) -> None:
    """Spend by model, key, route reason and day, and what routing saved."""
    from ..accounting.ledger import Ledger
    from ..accounting.savings import DIMENSIONS, Dimension, parse_since, report
    from ..config import load_config
    from ..settings import Settings
    from ..storage.sql import open_database

    try:
        cfg = load_config(config)
        dims: list[Dimension] = []
        for part in (p.strip() for p in by.split(",") if p.strip()):
            if part not in DIMENSIONS:
                raise ConfigError(f"--by: unknown breakdown {part!r} (model, key, reason, day)")
            dims.append(part)
        db = open_database(cfg, Settings())
        Ledger.create_tables(db)
        result = report(
            db, cfg, since=parse_since(since), dimensions=tuple(dims), reference=reference
        )
    except ConfigError as exc:
        err.print(f"[red]error[/red] {exc.message}", highlight=False)
        raise typer.Exit(2) from None
    if as_json:
        sys.stdout.write(json.dumps(result.to_json(), indent=2) + "\n")
        return
    for dim, lines in result.by.items():
        table = Table(title=f"spend by {dim}", title_justify="left")
        for column in (dim, "calls", "prompt tok", "completion tok", "USD"):
            table.add_column(column, justify="left" if column == dim else "right")
        for line in lines:
            table.add_row(
                line.group,
                f"{line.calls:,}",
                f"{line.prompt_tokens:,}",
                f"{line.completion_tokens:,}",
                f"{line.cost_usd:.4f}",
            )
        console.print(table)
    s = result.savings
    local_share = result.local_calls / result.calls if result.calls else 0.0
    console.print(
        f"calls {result.calls:,} ({local_share:.0%} in-house) · actual ${s.actual_usd:.4f} · "
        f"all on {s.reference} ${s.counterfactual_usd:.4f} · saved ${s.saved_usd:.4f} "
        f"({s.saved_share:.1%})",
        highlight=False,
    )


def register(app: typer.Typer, bench: typer.Typer) -> None:
    app.command("costs")(costs)
