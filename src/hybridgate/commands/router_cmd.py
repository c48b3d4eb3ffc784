"""`hybridgate router train [--adopt]`: adapt the difficulty router to your own labelled
items (reviewed comparisons, judged comparisons, bench results, outcome files) and report
it beside the current router and a length router, cross-validated on those items."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.table import Table

from ..errors import ConfigError

console = Console(width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True)
router_app = typer.Typer(help="The difficulty router: retrain it on your own traffic.")


def _fail(message: str) -> NoReturn:
    err.print(f"[red]error[/red]: {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def _plot(points: tuple[tuple[int, float], ...], current: float, length: float, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    ax.plot([n for n, _ in points], [a for _, a in points], "o-", label="adapted (CV)")
    ax.axhline(current, color="tab:green", linestyle="--", label="current router")
    ax.axhline(length, color="grey", linestyle=":", label="length router")
    ax.axhline(0.5, color="lightgrey", linewidth=1, label="random")
    ax.set_xscale("log")
    ax.set_xlabel("labelled items used for training")
    ax.set_ylabel("APGR on held-out items")
    ax.set_title("learning curve on your items (5-fold CV)")
    ax.legend(loc="best")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=110)
    plt.close(fig)


@router_app.command("train")
def train(
    config: Annotated[
        Path | None, typer.Option("--config", "-c", dir_okay=False, help="Gateway config.")
    ] = None,
    results: Annotated[
        list[Path] | None,
        typer.Option("--results", help="A `bench run` results folder (repeat)."),
    ] = None,
    outcomes: Annotated[
        list[Path] | None,
        typer.Option("--outcomes", dir_okay=False, help="Outcomes JSONL, as bench router."),
    ] = None,
    reviews: Annotated[
        bool, typer.Option(help="Use the stored comparisons (reviewed, or judged in agreement).")
    ] = True,
    out: Annotated[
        Path | None,
        typer.Option(dir_okay=False, help="Where to write the artefact (default: under home)."),
    ] = None,
    plot: Annotated[
        Path | None, typer.Option(dir_okay=False, help="The learning curve (PNG).")
    ] = None,
    adopt: Annotated[
        bool,
        typer.Option(help="Make the gateway use it, only if it beats the current router."),
    ] = False,
) -> None:
    """Train a difficulty router on your labelled items and compare it with the current one
    (cross-validated APGR and CPT(50%) on those items)."""
    from ..config import load_config
    from ..features.difficulty import ADOPTED, RouterModel, artefact_path, load_router
    from ..harness.router_adapt import adapt, better, from_bench, from_comparisons
    from ..harness.router_train import read_outcomes
    from ..settings import Settings

    try:
        cfg = load_config(config)
        settings = cfg.router.difficulty
        if settings is None:
            raise ConfigError("router.difficulty is not set: there is no router to train")
        home = Settings().state_dir()
        rows = []
        if reviews:
            from ..storage.evaluations import EvaluationStore
            from ..storage.sql import open_database

            store = EvaluationStore(open_database(cfg, Settings()))
            rows += from_comparisons(store.queue_all())
        for folder in results or ():
            rows += from_bench(folder, settings.weak, settings.strong)
        if outcomes:
            rows += read_outcomes(outcomes)
        current_path = artefact_path(cfg, home)
        current = load_router(current_path)
        base = RouterModel.load()
        err.print(f"{len(rows)} labelled items; training (5-fold cross-validation)…")
        result = adapt(rows, base, current)
    except ConfigError as exc:
        _fail(exc.message)
    report = result.report
    table = Table(title=f"your {report.n} items, 5-fold cross-validation (lower CPT is better)")
    for column in ("router", "APGR", "CPT(50%)", "CPT(80%)"):
        table.add_column(column, justify="left" if column == "router" else "right")
    for name, s in (("new", report.new), ("current", report.current), ("length", report.length)):
        table.add_row(name, f"{s.apgr:.3f}", f"{s.cpt50:.1%}", f"{s.cpt80:.1%}")
    console.print(table)
    curve = Table(title="learning curve (APGR of the new router vs training labels)")
    curve.add_column("labels", justify="right")
    curve.add_column("APGR", justify="right")
    for n, value in report.curve:
        curve.add_row(str(n), f"{value:.3f}")
    console.print(curve)
    target = out or home / "router" / "candidate.npz"
    target.parent.mkdir(parents=True, exist_ok=True)
    result.router.save(target)
    console.print(f"artefact written: {target}")
    if plot is not None and report.curve:
        _plot(report.curve, report.current.apgr, report.length.apgr, plot)
        console.print(f"plot written: {plot}")
    if not adopt:
        return
    if settings.artefact is not None:
        _fail(f"router.difficulty.artefact pins {settings.artefact}; point it at {target}")
    if not better(report):
        console.print(
            f"not adopted: APGR {report.new.apgr:.3f} does not beat the current router's "
            f"{report.current.apgr:.3f} on your items"
        )
        raise typer.Exit(1)
    adopted = home / ADOPTED
    adopted.parent.mkdir(parents=True, exist_ok=True)
    result.router.save(adopted)
    console.print(
        f"adopted: {adopted}; a running gateway switches on POST /v1/admin/router/reload "
        "(admin key), or at its next start"
    )


def register(app: typer.Typer, bench: typer.Typer) -> None:
    app.add_typer(router_app, name="router")
