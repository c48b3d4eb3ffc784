"""`hybridgate audit verify|purge|show`: check the audit hash chain, apply retention."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..config import Config, load_config
from ..errors import ConfigError

console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)
audit_app = typer.Typer(help="The tamper-evident audit log.", no_args_is_help=True)

ConfigOpt = Annotated[
    Path | None, typer.Option("--config", "-c", dir_okay=False, help="Config (database_url).")
]


def _open(config: Path | None) -> tuple[Config, object]:
    from ..observability.audit import open_audit_store
    from ..settings import Settings

    try:
        cfg = load_config(config)
        return cfg, open_audit_store(cfg, Settings())
    except ConfigError as exc:
        err.print(f"[red]config error[/red]\n{exc.message}", highlight=False)
        raise typer.Exit(2) from None


@audit_app.command("verify")
def verify(config: ConfigOpt = None) -> None:
    """Recompute the hash chain; exit 1 if any record was altered, removed or added."""
    from ..observability.audit import AuditStore

    _, store = _open(config)
    assert isinstance(store, AuditStore)
    result = store.verify()
    if result.ok:
        console.print(f"audit log OK: {result.records} record(s), chain intact")
        return
    err.print(f"[red]audit log TAMPERED[/red] ({result.records} record(s) read):")
    for problem in result.problems:
        err.print(f"  {problem}", highlight=False)
    raise typer.Exit(1)


@audit_app.command("purge")
def purge(
    config: ConfigOpt = None,
    retention_days: Annotated[
        float | None, typer.Option(min=0, help="Override logging.retention_days.")
    ] = None,
) -> None:
    """Delete stored prompt content older than the retention (the chain is kept)."""
    from ..observability.audit import AuditStore

    cfg, store = _open(config)
    assert isinstance(store, AuditStore)
    days = cfg.logging.retention_days if retention_days is None else retention_days
    console.print(f"purged {store.purge(days)} stored prompt(s) older than {days:g} days")


@audit_app.command("show")
def show(
    config: ConfigOpt = None,
    limit: Annotated[int, typer.Option(min=1, help="Last N records.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """The latest audit records (metadata; never prompt content)."""
    from ..observability.audit import AuditStore

    _, store = _open(config)
    assert isinstance(store, AuditStore)
    rows = list(store.rows())[-limit:]
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row) + "\n")
        return
    table = Table("seq", "when", "key", "requested", "model", "reason", "status", "entities")
    for r in rows:
        when = datetime.fromtimestamp(r["ts_us"] / 1e6, UTC).strftime("%Y-%m-%d %H:%M:%S")
        table.add_row(str(r["seq"]), when, r["key_id"] or "-", r["requested_model"], r["model"],
                      r["reason"], str(r["status"]), r["entities"])  # fmt: skip
    console.print(table)


def register(app: typer.Typer, bench: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
