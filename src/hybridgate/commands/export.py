"""`hybridgate export distill`: a fine-tuning set of hosted answers for your local model
(harness/distill.py), after printing the teachers' terms."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console

from ..errors import ConfigError

console = Console(width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 140)
export_app = typer.Typer(help="Export data gathered by the gateway.", no_args_is_help=True)


def _fail(message: str, code: int = 1) -> NoReturn:
    err.print(f"[red]error[/red]: {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


@export_app.command()
def distill(
    out: Annotated[
        Path, typer.Option("--out", "-o", dir_okay=False, help="The JSONL to write.")
    ] = Path("distill.jsonl"),
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", dir_okay=False, help="Config (database, logging)."),
    ] = None,
    reviewed_only: Annotated[
        bool,
        typer.Option("--reviewed-only", help="Only answers a reviewer marked hosted_better."),
    ] = False,
    model: Annotated[
        list[str] | None,
        typer.Option("--model", "-m", help="Only answers from this teacher (repeat)."),
    ] = None,
    accept_terms: Annotated[
        bool,
        typer.Option(
            "--accept-terms",
            help="Confirm you have read the teachers' terms and your use complies "
            "(needed when they restrict training on outputs).",
        ),
    ] = False,
) -> None:
    """Hosted answers on non-sensitive traffic of keys with the `distill` scope, as
    OpenAI fine-tuning chat JSONL (de-duplicated, refusals and failed calls dropped),
    with a card (<out>.card.json, .card.md) of counts, sources and terms."""
    from ..config import load_config
    from ..harness.distill import collect, write
    from ..settings import Settings
    from ..storage.sql import open_database

    try:
        cfg = load_config(config)
        db = open_database(cfg, Settings())
        dataset = collect(db, cfg, reviewed_only=reviewed_only, models=tuple(model or ()))
    except ConfigError as exc:
        _fail(f"config error\n{exc.message}", 2)
    reason = dataset.no_text_reason()
    if reason is not None:
        _fail(reason)
    if not dataset.examples:
        dropped = ", ".join(f"{k} {n}" for k, n in sorted(dataset.dropped.items()) if n)
        _fail(
            f"nothing to export: {dataset.candidates} hosted call(s) seen "
            f"({dropped or 'none'}); keys with the distill scope: {dataset.opted_keys}"
        )
    teachers = dataset.teachers(cfg)
    console.print("teachers and their terms:", highlight=False)
    for teacher in teachers:
        terms = teacher.license
        if terms is None:
            console.print(f"  {teacher.model}: no licence metadata", highlight=False)
            continue
        flag = " (restricts training on outputs)" if terms.restricts_training else ""
        console.print(
            f"  {teacher.model}: {terms.name}{flag} {terms.url or ''}".rstrip(),
            highlight=False,
            soft_wrap=True,
        )
        if terms.notes:
            console.print(f"    {terms.notes}", highlight=False, soft_wrap=True)
    restricted = dataset.restricted(cfg)
    if restricted and not accept_terms:
        names = ", ".join(t.model for t in restricted)
        _fail(
            f"the terms of {names} restrict using outputs to train models; read them and "
            "pass --accept-terms if your use complies (nothing written)"
        )
    card_json, card_md = write(dataset, cfg, out, accepted=accept_terms)
    console.print(
        f"wrote {len(dataset.examples)} example(s) to {out}; card: {card_json}, {card_md}",
        highlight=False,
        soft_wrap=True,
    )


def register(app: typer.Typer, bench: typer.Typer) -> None:
    app.add_typer(export_app, name="export")
