"""`hybridgate evaluations`: the stored "ask both, compare" results, disagreements first."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..config import load_config
from ..errors import ConfigError

console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)


def _short(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def evaluations(
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", dir_okay=False, help="Config (for database_url)."),
    ] = None,
    all_rows: Annotated[
        bool, typer.Option("--all", help="Every comparison, not only disagreements.")
    ] = False,
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="Rows, newest first.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List stored model comparisons (router.evaluate / x-hybridgate-evaluate)."""
    from ..settings import Settings
    from ..storage.evaluations import EvaluationStore
    from ..storage.sql import open_database

    try:
        cfg = load_config(config)
        store = EvaluationStore(open_database(cfg, Settings()))
    except ConfigError as exc:
        err.print(f"[red]config error[/red]\n{exc.message}", highlight=False)
        raise typer.Exit(2) from None
    rows = store.list(disagreements_only=not all_rows, limit=limit)
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(asdict(row)) + "\n")
        return
    if not rows:
        console.print("no disagreements stored" if not all_rows else "no evaluations stored")
        return
    table = Table(title="disagreements" if not all_rows else "evaluations")
    for column in ("when", "request", "models", "agreement", "latency s", "cost $", "answers"):
        table.add_column(column)
    for row in rows:
        when = datetime.fromtimestamp(row.created_at, UTC).strftime("%Y-%m-%d %H:%M:%S")
        agreement = "error: " + row.error if row.error else f"{row.agreement or 0:.2f}"
        table.add_row(
            when,
            row.request_id,
            f"{row.primary_model}\n{row.other_model}",
            agreement,
            f"{row.primary_latency_s:.2f}\n{row.other_latency_s:.2f}",
            f"{row.primary_cost_usd:.6f}\n{row.other_cost_usd:.6f}",
            f"{_short(row.primary_text)}\n{_short(row.other_text)}",
        )
    console.print(table)


def register(app: typer.Typer, bench: typer.Typer) -> None:
    app.command("evaluations")(evaluations)
