"""`hybridgate bench run SUITE` and `hybridgate bench report`: the model benchmark."""

from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from ..errors import ConfigError

if TYPE_CHECKING:
    from ..config import Config
    from ..harness.faults import FaultLog
    from ..harness.runner import RunSpec
    from ..harness.suites import Suite
    from ..harness.targets import Target

# Wide enough for the summary table when stdout is not a terminal (CI logs, files).
console = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True)


def _fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"[red]error[/red]: {message}", highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def run(
    suite: Annotated[
        str, typer.Argument(help="A suite file (YAML/JSONL) or a shipped suite name.")
    ],
    model: Annotated[
        list[str] | None,
        typer.Option("--model", "-m", help="Model to ask (repeat); 'auto' routes."),
    ] = None,
    gateway: Annotated[
        str | None, typer.Option(help="Base URL of a running gateway, e.g. http://host:8080/v1.")
    ] = None,
    config: Annotated[
        Path | None,
        typer.Option(
            "--config",
            "-c",
            dir_okay=False,
            help="Run an in-process gateway from this config (default config if omitted).",
        ),
    ] = None,
    direct: Annotated[
        bool, typer.Option(help="Call the configured providers directly (no routing, no fallback).")
    ] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="Items to sample (seeded).")] = None,
    concurrency: Annotated[int, typer.Option(min=1, max=256, help="Requests in flight.")] = 4,
    out: Annotated[
        Path | None, typer.Option(help="Results directory (default bench-results/SUITE).")
    ] = None,
    faults: Annotated[
        float,
        typer.Option(min=0.0, max=1.0, help="Share of upstream calls to fail (recovery run)."),
    ] = 0.0,
    seed: Annotated[int, typer.Option(help="Sampling and request seed.")] = 0,
    judge: Annotated[str | None, typer.Option(help="Model that grades judge items.")] = None,
    max_tokens: Annotated[
        int | None, typer.Option(min=1, help="Cap on every item's output tokens.")
    ] = None,
) -> None:
    """Run SUITE against each --model; write OUT/report.html and OUT/report.json.

    Results append to OUT/results.jsonl as they arrive; a re-run skips finished items."""
    from ..harness.runner import RunSpec
    from ..harness.suites import load_suite

    try:
        loaded = load_suite(suite)
    except ConfigError as exc:
        _fail(exc.message)
    if gateway and (config or direct):
        _fail("--gateway talks to a running gateway; drop --config/--direct")
    if gateway and faults:
        _fail("--faults needs an in-process gateway (--config), not --gateway")
    models = tuple(dict.fromkeys(model or ["auto"]))
    if direct and "auto" in models:
        _fail("--direct calls providers: name the models (auto needs the gateway)")
    spec = RunSpec(
        suite=loaded, models=models, out_dir=out or Path("bench-results") / loaded.name,
        limit=limit, concurrency=concurrency, seed=seed, faults=faults, max_tokens=max_tokens,
    )  # fmt: skip
    if "auto" in models and not gateway:
        _in_sample_note(loaded, config)
    started = time.perf_counter()
    new = asyncio.run(_execute(spec, gateway, config, direct, judge))
    wall = time.perf_counter() - started
    _finish(spec.out_dir, new, wall)


def _in_sample_note(suite: Suite, config_path: Path | None) -> None:
    """Say when `auto` would route prompts the difficulty router was trained on: its
    choice there is partly remembered (the ridge saw them; the kNN memory leaves copies of
    a prompt out), not a prediction."""
    from ..features.difficulty import RouterModel

    cfg = _load(config_path)
    settings = cfg.router.difficulty
    if settings is None:
        return
    try:
        model = RouterModel.load(settings.artefact)
    except (OSError, KeyError, ValueError):
        return  # the run itself reports a router that cannot load
    prompts = [item.prompt for item in suite.items if item.prompt is not None]
    seen = sum(model.trained_on(p) for p in prompts)
    if seen:
        err.print(
            f"[yellow]note[/yellow]: {seen} of {len(suite.items)} items of suite "
            f"{suite.name} are in the difficulty router's training data: auto's routing of "
            "them is in-sample, not a measure of how it routes unseen prompts",
            highlight=False,
            soft_wrap=True,
        )


async def _execute(
    spec: RunSpec, gateway: str | None, config_path: Path | None, direct: bool, judge: str | None
) -> int:
    if gateway:
        from ..harness.targets import HttpTarget

        key = os.environ.get("HYBRIDGATE_API_KEY", "bench")
        return await _drive(spec, HttpTarget(gateway, api_key=key), judge, None)
    cfg = _load(config_path)
    if direct:
        return await _direct(spec, cfg, judge)
    from ..harness.local import LocalGateway
    from ..harness.targets import HttpTarget

    with LocalGateway(cfg, faults=spec.faults, seed=spec.seed) as local:
        target = HttpTarget(f"{local.url}/v1", config=cfg)
        return await _drive(spec, target, judge, local.faults)


def _load(path: Path | None) -> Config:
    from ..config import load_config

    try:
        return load_config(path)
    except ConfigError as exc:
        _fail(exc.message)


async def _direct(spec: RunSpec, cfg: Config, judge: str | None) -> int:
    from ..harness.faults import inject
    from ..harness.targets import ProviderTarget
    from ..providers import build_providers
    from ..settings import Settings

    unknown = [m for m in spec.models if cfg.model(m) is None]
    if unknown:
        _fail(f"unknown model(s) {', '.join(unknown)}; configured: "
              f"{', '.join(m.name for m in cfg.models)}")  # fmt: skip
    providers = build_providers(cfg, Settings().state_dir() / "models")
    log = inject(providers, spec.faults, spec.seed) if spec.faults else None
    for provider in providers.values():
        await provider.start()
    return await _drive(spec, ProviderTarget(cfg, providers), judge, log)


async def _drive(
    spec: RunSpec, target: Target, judge: str | None, fault_log: FaultLog | None
) -> int:
    from ..harness.runner import Result, Runner, target_judge

    runner = Runner(
        target, judge=target_judge(target, judge) if judge else None, fault_log=fault_log
    )
    pending = len(runner.pending(spec))
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TimeElapsedColumn(), TextColumn("{task.fields[stats]}"))  # fmt: skip
    passed = 0
    with Progress(*columns, console=err, transient=False) as bar:
        task = bar.add_task(f"{spec.suite.name}", total=pending, stats="")

        def advance(result: Result) -> None:
            nonlocal passed
            passed += result.passed
            bar.update(task, advance=1, stats=f"passed {passed}")

        try:
            new = await runner.run(spec, advance)
        finally:
            await target.aclose()
    return len(new)


_HEADERS = ("model", "tier", "n", "quality", "TTFT p50", "total p50", "total p95", "tok/s",
            "refusals", "cost", "served by")  # fmt: skip


def _finish(out_dir: Path, new: int | None, wall: float) -> None:
    from ..harness.metrics import tabulate
    from ..harness.report import write_report
    from ..harness.runner import RESULTS_FILE, load_results

    results = load_results(out_dir / RESULTS_FILE)
    page = write_report(results, out_dir)
    for table in tabulate(results):
        view = Table(*_HEADERS, title=f"suite {table.suite}")
        for s in table.rows:
            view.add_row(
                s.model, s.tier, str(s.n), _pct(s.quality), _sec(s.ttft_p50), _sec(s.total_p50),
                _sec(s.total_p95), f"{s.tokens_per_s:.1f}" if s.tokens_per_s else "-",
                _pct(s.refusal_rate), f"${s.cost_usd:.6f}",
                ", ".join(f"{k} {v:.0%}" for k, v in s.served.items()),
            )  # fmt: skip
        console.print(view)
    ran = f"{new} new result(s) in {wall:.1f}s wall; " if new is not None else ""
    console.print(f"{ran}report: {page}", highlight=False, soft_wrap=True)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _sec(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}s"


def report(
    out: Annotated[Path, typer.Argument(help="A results directory of `bench run`.")] = Path(
        "bench-results"
    ),
) -> None:
    """Rebuild report.html and report.json from OUT/results.jsonl."""
    from ..harness.runner import RESULTS_FILE

    if not (out / RESULTS_FILE).exists():
        _fail(f"{out / RESULTS_FILE} does not exist: run `hybridgate bench run` first")
    _finish(out, None, 0.0)


def register(app: typer.Typer, bench: typer.Typer) -> None:
    bench.command("run")(run)
    bench.command("report")(report)
