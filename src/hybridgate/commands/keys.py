"""`hybridgate keys create|list|revoke`: virtual API keys in the state database."""

from __future__ import annotations

import json
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from ..config import Config, load_config
from ..errors import ConfigError

console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)
keys_app = typer.Typer(help="Virtual API keys: create (shown once), list, revoke.",
                       no_args_is_help=True)  # fmt: skip

ConfigOpt = Annotated[
    Path | None,
    typer.Option("--config", "-c", dir_okay=False, help="Config (for database_url, models)."),
]


def _open(config: Path | None) -> tuple[Config, object]:
    from ..governance.keys import KeyStore
    from ..settings import Settings
    from ..storage.sql import open_database

    try:
        cfg = load_config(config)
        return cfg, KeyStore(open_database(cfg, Settings()))
    except ConfigError as exc:
        err.print(f"[red]config error[/red]\n{exc.message}", highlight=False)
        raise typer.Exit(2) from None


def parse_expiry(text: str, now: datetime | None = None) -> float:
    """ISO date (valid through that UTC day) or datetime (UTC unless it has an offset)."""
    now = now or datetime.now(UTC)
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            when = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(days=1)
        else:
            when = datetime.fromisoformat(text)
            if when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
    except ValueError:
        raise typer.BadParameter(
            "use YYYY-MM-DD or an ISO datetime", param_hint="--expires"
        ) from None
    if when <= now:
        raise typer.BadParameter("the date is in the past", param_hint="--expires")
    return when.timestamp()


def _when(ts: float | None) -> str:
    return "-" if ts is None else datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M")


@keys_app.command("create")
def create(
    name: Annotated[str, typer.Option("--name", help="Who the key is for.", min=1)],
    models: Annotated[str | None, typer.Option(help="Comma-separated models it may use.")] = None,
    local_only: Annotated[
        bool, typer.Option("--local-only", help="Never reach a hosted model.")
    ] = False,
    budget_usd: Annotated[
        float | None, typer.Option("--budget-usd", min=0, help="USD per day.")
    ] = None,
    rpm: Annotated[int | None, typer.Option(min=1, help="Requests per minute.")] = None,
    tpm: Annotated[int | None, typer.Option(min=1, help="Tokens per minute.")] = None,
    expires: Annotated[str | None, typer.Option(help="YYYY-MM-DD or ISO datetime.")] = None,
    scope: Annotated[
        list[str] | None,
        typer.Option(
            "--scope",
            help="Extra right (repeat): review, review_sensitive (with review), distill.",
        ),
    ] = None,
    on_sensitive: Annotated[
        str | None,
        typer.Option(
            "--on-sensitive",
            help="This key's privacy mode: local, redact, escalate or block "
            "(default: router.privacy.on_sensitive).",
        ),
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Create a key and print it once: only its hash is stored."""
    from ..governance.keys import SCOPES, KeySpec, KeyStore

    if not name.strip():
        raise typer.BadParameter("must not be empty", param_hint="--name")
    expires_at = parse_expiry(expires) if expires else None
    scopes = tuple(dict.fromkeys(scope or ()))
    unknown_scopes = [s for s in scopes if s not in SCOPES]
    if unknown_scopes:
        raise typer.BadParameter(
            f"unknown scope(s) {', '.join(unknown_scopes)} (known: {', '.join(SCOPES)})",
            param_hint="--scope",
        )
    if on_sensitive is not None and on_sensitive not in ("local", "redact", "escalate", "block"):
        raise typer.BadParameter(
            "use local, redact, escalate or block", param_hint="--on-sensitive"
        )
    cfg, store = _open(config)
    assert isinstance(store, KeyStore)
    allowed = None
    if models is not None:
        allowed = tuple(m.strip() for m in models.split(",") if m.strip())
        unknown = [m for m in allowed if cfg.model(m) is None]
        if unknown or not allowed:
            known = ", ".join(m.name for m in cfg.models)
            raise typer.BadParameter(
                f"unknown model(s) {', '.join(unknown)} (known: {known})", param_hint="--models"
            )
    key, info = store.create(
        KeySpec(name=name.strip(), models=allowed, local_only=local_only,
                budget_usd_per_day=budget_usd, rpm=rpm, tpm=tpm, expires_at=expires_at,
                scopes=scopes, on_sensitive=on_sensitive)
    )  # fmt: skip
    err.print(f"created key [bold]{info.id}[/bold] for {info.name}; it is shown only now:")
    sys.stdout.write(key + "\n")


@keys_app.command("list")
def list_keys(
    config: ConfigOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List keys (never their secrets)."""
    from ..governance.keys import KeyStore

    _, store = _open(config)
    assert isinstance(store, KeyStore)
    infos = store.list()
    if as_json:
        for info in infos:
            sys.stdout.write(json.dumps(info.view()) + "\n")
        return
    now = datetime.now(UTC).timestamp()
    table = Table("id", "name", "models", "local only", "budget $/day", "rpm", "tpm",
                  "expires", "created", "scopes", "state")  # fmt: skip
    for i in infos:
        state = "revoked" if i.revoked_at else ("expired" if not i.active(now) else "active")
        table.add_row(
            i.id, i.name, ",".join(i.models) if i.models is not None else "all",
            "yes" if i.local_only else "no",
            "-" if i.budget_usd_per_day is None else f"{i.budget_usd_per_day:g}",
            str(i.rpm or "-"), str(i.tpm or "-"), _when(i.expires_at), _when(i.created_at),
            ",".join(i.scopes) or "-", state,
        )  # fmt: skip
    console.print(table)


@keys_app.command("revoke")
def revoke(
    key_id: Annotated[str, typer.Argument(help="The key id (from `keys list`).")],
    config: ConfigOpt = None,
) -> None:
    """Revoke a key: running gateways refuse it within auth.cache_seconds."""
    from ..governance.keys import KeyStore

    _, store = _open(config)
    assert isinstance(store, KeyStore)
    if not store.revoke(key_id):
        err.print(f"[red]no active key with id {key_id}[/red]", highlight=False)
        raise typer.Exit(1)
    err.print(f"revoked {key_id}", highlight=False)


def register(app: typer.Typer, bench: typer.Typer) -> None:
    app.add_typer(keys_app, name="keys")
