"""Self-hosting vs API: monthly cost by daily token volume, the break-even volume, how
sensitive it is to each input, and the plot (pure arithmetic; the plot writes a file)."""

from __future__ import annotations

import html
import io
import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ..config import Pricing

DAYS_PER_MONTH = 365 / 12
HOURS_PER_MONTH = 24 * DAYS_PER_MONTH


@dataclass(frozen=True, slots=True)
class SelfHost:
    """A self-hosted deployment: GPUs always on (at least `min_gpus`), each serving
    `tokens_per_second` (aggregate, batched) at `utilization` of its peak on average."""

    gpu_usd_per_hour: float = 1.0
    min_gpus: int = 1
    tokens_per_second: float = 1000.0
    utilization: float = 0.5
    overhead_usd_per_month: float = 0.0  # ops time, storage, egress

    @property
    def tokens_per_day_per_gpu(self) -> float:
        return self.tokens_per_second * 86400 * self.utilization

    @property
    def usd_per_gpu_month(self) -> float:
        return self.gpu_usd_per_hour * HOURS_PER_MONTH


@dataclass(frozen=True, slots=True)
class Scenario:
    api: Pricing
    host: SelfHost = SelfHost()
    input_share: float = 0.75  # input tokens / all tokens
    cached_share: float = 0.0  # share of input tokens billed at the cached price
    local_share: float = 0.6  # hybrid: share of tokens the router keeps in house

    @property
    def api_usd_per_million(self) -> float:
        """Blended API price per 1M tokens for this input/output mix."""
        cached = self.api.cached_input if self.api.cached_input is not None else self.api.input
        per_input = (1 - self.cached_share) * self.api.input + self.cached_share * cached
        return self.input_share * per_input + (1 - self.input_share) * self.api.output

    def api_monthly(self, tokens_per_day: float) -> float:
        return tokens_per_day * DAYS_PER_MONTH * self.api_usd_per_million / 1e6

    def gpus(self, tokens_per_day: float) -> int:
        needed = math.ceil(tokens_per_day / self.host.tokens_per_day_per_gpu - 1e-9)
        return max(self.host.min_gpus, needed)

    def self_hosted_monthly(self, tokens_per_day: float) -> float:
        return (
            self.gpus(tokens_per_day) * self.host.usd_per_gpu_month
            + self.host.overhead_usd_per_month
        )

    def hybrid_monthly(self, tokens_per_day: float) -> float:
        local = tokens_per_day * self.local_share
        return self.api_monthly(tokens_per_day - local) + self.self_hosted_monthly(local)


def breakeven(s: Scenario) -> float | None:
    """The smallest daily volume at which self-hosting costs no more than the API, or None
    when a GPU at full load still costs more per token than the API."""
    per_token_api = s.api_usd_per_million * DAYS_PER_MONTH / 1e6  # USD/month per token/day
    if per_token_api <= 0:
        return None
    # Past min_gpus, each added GPU adds a fixed cost for a fixed capacity: if one full
    # GPU's tokens are cheaper on the API, self-hosting never catches up.
    gpus = s.host.min_gpus
    while gpus < 100_000:
        volume = (gpus * s.host.usd_per_gpu_month + s.host.overhead_usd_per_month) / per_token_api
        if volume <= gpus * s.host.tokens_per_day_per_gpu:
            return max(volume, 0.0)
        if s.host.usd_per_gpu_month > s.host.tokens_per_day_per_gpu * per_token_api:
            return None
        gpus += 1
    return None


@dataclass(frozen=True, slots=True)
class Sensitivity:
    name: str
    low: float  # the input at half its value
    high: float  # ... and at 1.5x
    at_low: float | None  # break-even then
    at_high: float | None


def _scale_api(s: Scenario, factor: float) -> Scenario:
    cached = s.api.cached_input * factor if s.api.cached_input is not None else None
    api = s.api.model_copy(
        update={"input": s.api.input * factor, "output": s.api.output * factor,
                "cached_input": cached}
    )  # fmt: skip
    return replace(s, api=api)


# name -> (current value, the scenario with that input set to a new value)
_INPUTS: dict[str, tuple[Callable[[Scenario], float], Callable[[Scenario, float], Scenario]]] = {
    "GPU $/hour": (
        lambda s: s.host.gpu_usd_per_hour,
        lambda s, v: replace(s, host=replace(s.host, gpu_usd_per_hour=v)),
    ),
    "API price (x)": (lambda s: 1.0, _scale_api),
    "input share": (lambda s: s.input_share, lambda s, v: replace(s, input_share=v)),
    "throughput/GPU": (
        lambda s: s.host.tokens_per_second,
        lambda s, v: replace(s, host=replace(s.host, tokens_per_second=v)),
    ),
    "utilization": (
        lambda s: s.host.utilization,
        lambda s, v: replace(s, host=replace(s.host, utilization=v)),
    ),
}
_FRACTIONS = ("input share", "utilization")


def sensitivity(s: Scenario) -> list[Sensitivity]:
    """Break-even with each input halved and raised by half (shares capped at 1), the
    most influential first."""
    rows = []
    for name, (get, put) in _INPUTS.items():
        value = get(s)
        low, high = value * 0.5, value * 1.5
        if name in _FRACTIONS:
            high = min(high, 1.0)
        rows.append(Sensitivity(name, low, high, breakeven(put(s, low)), breakeven(put(s, high))))
    base = breakeven(s) or 0.0

    def swing(row: Sensitivity) -> float:
        values = [v if v is not None else base * 10 for v in (row.at_low, row.at_high)]
        return abs(values[1] - values[0])

    return sorted(rows, key=swing, reverse=True)


def volumes(low: float = 1e5, high: float = 1e9, points: int = 121) -> list[float]:
    step = (math.log10(high) - math.log10(low)) / (points - 1)
    return [10 ** (math.log10(low) + i * step) for i in range(points)]


def plot(s: Scenario, path: Path, title: str) -> Path:
    """Monthly cost vs daily volume for API, self-hosted and the hybrid mix: PNG, SVG or
    (by suffix .html) an HTML page with the SVG inline and the figures."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot as plt

    xs = volumes()
    fig, ax = plt.subplots(figsize=(8, 5))
    ax.plot(xs, [s.api_monthly(x) for x in xs], label="API only")
    ax.plot(xs, [s.self_hosted_monthly(x) for x in xs], label="self-hosted only")
    ax.plot(xs, [s.hybrid_monthly(x) for x in xs], label=f"hybrid ({s.local_share:.0%} in house)")
    ax.set_xscale("log")
    ax.set_yscale("log")
    point = breakeven(s)
    if point is not None:
        ax.axvline(point, color="grey", linestyle="--", linewidth=1)
        label = f" break-even {point / 1e6:.2f}M tokens/day"
        ax.text(point, ax.get_ylim()[0] * 1.3, label, rotation=90, va="bottom", fontsize=8)
    ax.set_xlabel("tokens per day")
    ax.set_ylabel("USD per month")
    ax.set_title(title)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    fig.tight_layout()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() in (".html", ".htm"):
        svg = io.StringIO()
        fig.savefig(svg, format="svg")
        text = "—" if point is None else f"{point:,.0f} tokens/day"
        path.write_text(
            "<!doctype html><meta charset=utf-8><title>hybridgate break-even</title>"
            f"<h1>{html.escape(title)}</h1><p>Break-even: {html.escape(text)}</p>"
            + svg.getvalue()[svg.getvalue().find("<svg") :],
            encoding="utf-8",
        )
    else:
        fig.savefig(path, dpi=110)
    plt.close(fig)
    return path
