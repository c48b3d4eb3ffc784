"""`hybridgate bench router [--train] [--data FILE] [--plot PATH]`: the difficulty router's
quality (APGR, CPT) beside a prompt-length router and a random router, from 5-fold
cross-validation; `--train` also writes the artefact the gateway loads."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..harness.router_train import TrainResult

console = Console(width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True)

SHARED_DATA = Path(__file__).resolve().parents[3].parent / "shared" / "data"
ASSUMED_OUTPUT_TOKENS = 300  # for the cost axis: a typical answer length


def _fail(message: str) -> NoReturn:
    err.print(f"[red]error[/red]: {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(2)


def _default_data() -> list[Path]:
    from ..harness.router_train import DEFAULT_DATA, chat_prior

    for root in (Path("shared/data"), Path("../shared/data"), SHARED_DATA):
        paths = [root / name for name in DEFAULT_DATA]
        if all(p.is_file() for p in paths):
            return [*paths, chat_prior()]
    _fail("no --data given and the development outcomes (shared/data) are not here")


def _table(result: TrainResult) -> Table:
    table = Table(title="difficulty router, 5-fold cross-validation (lower CPT is better)")
    for column in ("data", "n", "router", "APGR", "CPT(50%)", "CPT(80%)", "APGR vs length"):
        table.add_column(column, justify="left" if column in ("data", "router") else "right")
    for report in result.reports:
        for name, s in (("learned", report.learned), ("length", report.length),
                        ("random", report.random)):  # fmt: skip
            ratio = f"{s.apgr / report.length.apgr:.2f}x" if report.length.apgr else "-"
            table.add_row(
                report.source if name == "learned" else "", str(report.n) if name == "learned"
                else "", name, f"{s.apgr:.3f}", f"{s.cpt50:.1%}", f"{s.cpt80:.1%}", ratio,
            )  # fmt: skip
        table.add_section()
    return table


def _transfer(result: TrainResult, directory: Path) -> Table:
    """The trained model on MT-Bench chat prompts it never saw, graded by judge scores."""
    from ..features.difficulty import DifficultyScorer
    from ..harness.mtbench import evaluate_transfer, read_mtbench
    from ..harness.router_train import random_summary

    scorer = DifficultyScorer(model=result.model).load()
    t = evaluate_transfer(read_mtbench(directory), scorer.score_text, random_summary)
    table = Table(
        title="transfer to MT-Bench (chat prompts, not trained on)",
        caption=f"{t.n} turns; judge score / 10: weak {t.weak_quality:.3f}, "
        f"strong {t.strong_quality:.3f}",
    )
    for column in ("router", "APGR", "CPT(50%)", "CPT(80%)"):
        table.add_column(column, justify="left" if column == "router" else "right")
    for name, summary in (("learned", t.learned), ("length", t.length), ("random", t.random)):
        table.add_row(name, f"{summary.apgr:.3f}", f"{summary.cpt50:.1%}", f"{summary.cpt80:.1%}")
    return table


def _calibration(result: TrainResult) -> Table:
    table = Table(title="calibration (from cross-validated scores; set one in router.difficulty)")
    for column in ("strong_share", "quality (PGR)", "threshold"):
        table.add_column(column, justify="right")
    for row in result.model.calibration[::10]:
        table.add_row(f"{row.strong_share:.0%}", f"{row.quality:.3f}", f"{row.threshold:.3f}")
    return table


def _costs(config_path: Path | None, prompt_tokens: float) -> tuple[float, float, str]:
    """USD per call for the strong and weak model, from config pricing when given."""
    from ..accounting.pricing import estimate_cost
    from ..config import load_config

    if config_path is not None:
        cfg = load_config(config_path)
        d = cfg.router.difficulty
        if d is None:
            raise ConfigError(f"{config_path}: router.difficulty is not set")
        strong, weak = cfg.model(d.strong), cfg.model(d.weak)
        assert strong is not None and weak is not None  # checked by Config
        tokens = int(prompt_tokens)
        strong_usd = estimate_cost(strong, tokens, ASSUMED_OUTPUT_TOKENS)
        weak_usd = estimate_cost(weak, tokens, ASSUMED_OUTPUT_TOKENS)
        return strong_usd, weak_usd, f"{d.strong} vs {d.weak}"
    # gpt-5.4 list price vs an in-house model counted at zero marginal cost.
    strong_cost = (prompt_tokens * 2.50 + ASSUMED_OUTPUT_TOKENS * 15.00) / 1e6
    return strong_cost, 0.0, "gpt-5.4 list price vs local at $0"


def _plot(result: TrainResult, path: Path, config_path: Path | None) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    from ..features.tokens import count_text
    from ..harness.apgr import curve

    m = result.matrix
    prompt_tokens = float(np.mean([count_text(p) for p in result.prompts[:500]]))
    strong_cost, weak_cost, label = _costs(config_path, prompt_tokens)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    for name, scores in (("learned", result.oof_scores), ("length", m.length)):
        c = curve(scores, m.weak, m.strong)
        ax.plot(c.share, c.quality, label=name)
    ax.plot([0, 1], [m.weak.mean(), m.strong.mean()], "--", color="grey", label="random")
    ax.set_xlabel("share of calls to the strong model")
    ax.set_ylabel("quality (share answered correctly)")
    ax.set_title("difficulty router: quality vs strong calls (5-fold CV)")
    ax.legend(loc="lower right")
    ax.grid(alpha=0.3)
    per_k = 1000.0

    def to_cost(share: Any) -> Any:
        return (share * strong_cost + (1 - share) * weak_cost) * per_k

    def to_share(cost: Any) -> Any:
        span = (strong_cost - weak_cost) * per_k or 1.0
        return (cost - weak_cost * per_k) / span

    top = ax.secondary_xaxis("top", functions=(to_cost, to_share))
    top.set_xlabel(f"USD per 1,000 requests ({label}, {ASSUMED_OUTPUT_TOKENS} output tokens)")
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)


def router(
    data: Annotated[
        list[Path] | None,
        typer.Option("--data", "-d", dir_okay=False, help="Outcomes JSONL (repeat for several)."),
    ] = None,
    train_: Annotated[
        bool, typer.Option("--train", help="Write the trained artefact (see --out).")
    ] = False,
    out: Annotated[
        Path | None,
        typer.Option(dir_okay=False, help="Where --train writes (default: the shipped artefact)."),
    ] = None,
    plot: Annotated[
        Path | None, typer.Option(dir_okay=False, help="Write the quality/cost plot (PNG).")
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option("--config", "-c", dir_okay=False, help="Pricing of router.difficulty."),
    ] = None,
    mtbench: Annotated[
        Path | None,
        typer.Option(
            file_okay=False,
            help="Folder with mtbench_questions.jsonl and mtbench_scores.jsonl: also score the "
            "trained router on MT-Bench (default: beside the default data, when there).",
        ),
    ] = None,
) -> None:
    """Cross-validate the difficulty router on outcome data (APGR, CPT(50%), CPT(80%)) beside
    a prompt-length and a random router; --train writes the artefact the gateway loads."""
    from ..features.difficulty import ARTEFACT
    from ..harness.router_train import read_outcomes, train

    paths = data or _default_data()
    try:
        rows = read_outcomes(paths)
    except ConfigError as exc:
        _fail(exc.message)
    with Progress(
        TextColumn("[progress.description]{task.description}"), BarColumn(),
        MofNCompleteColumn(), TimeElapsedColumn(), console=err, transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task("training (features, 5 folds, final fit)", total=len(rows) + 6)
        result = train(rows, progress=lambda n: bar.advance(task, n))
    console.print(_table(result))
    console.print(_calibration(result))
    from ..harness.mtbench import QUESTIONS

    if mtbench is None and data is None and (paths[0].parent / QUESTIONS).is_file():
        mtbench = paths[0].parent
    if mtbench is not None:
        try:
            console.print(_transfer(result, mtbench))
        except ConfigError as exc:
            _fail(exc.message)
    if train_:
        target = out or Path(__file__).resolve().parents[1] / "data" / ARTEFACT
        result.model.save(target)
        console.print(f"artefact written: {target} ({target.stat().st_size / 1e6:.1f} MB)")
    if plot is not None:
        try:
            _plot(result, plot, config)
        except ConfigError as exc:
            _fail(exc.message)
        console.print(f"plot written: {plot}")


def register(app: typer.Typer, bench: typer.Typer) -> None:
    bench.command("router")(router)
