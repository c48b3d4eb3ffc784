"""The benchmark report: JSON of every summary, and one self-contained HTML page (tables
and inline SVG plots; no scripts, no external resources)."""

from __future__ import annotations

import html
import io
import json
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .metrics import Summary, Table, tabulate
from .runner import Result
from .suites import TIERS

_CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;
max-width:1180px;color:#1d2330;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{margin-top:2.2rem;border-bottom:1px solid #dde}
table{border-collapse:collapse;margin:.8rem 0;font-variant-numeric:tabular-nums}
th,td{padding:.3rem .6rem;border-bottom:1px solid #e6e8ef;text-align:right}
th:first-child,td:first-child{text-align:left}th{background:#f4f6fa}
.meta{color:#667}.plots{display:flex;flex-wrap:wrap;gap:1rem}
.plots figure{margin:0;flex:1 1 360px}.plots svg{width:100%;height:auto}
figcaption{color:#556;font-size:.9rem}
"""


def _fmt(value: object, kind: str = "") -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        if kind == "pct":
            return f"{value:.1%}"
        if kind == "s":
            return f"{value:.2f}s"
        if kind == "usd":
            return f"${value:.6f}" if value < 0.01 else f"${value:.4f}"
        return f"{value:.3g}"
    return html.escape(str(value))


_COLUMNS: tuple[tuple[str, str, str], ...] = (
    ("model", "model", ""), ("tier", "tier", ""), ("n", "n", ""),
    ("quality", "quality", "pct"), ("pass_rate", "pass", "pct"), ("errors", "errors", ""),
    ("ttft_p50", "TTFT p50", "s"), ("ttft_p95", "TTFT p95", "s"),
    ("total_p50", "total p50", "s"), ("total_p95", "total p95", "s"),
    ("tokens_per_s", "tok/s", ""), ("refusal_rate", "refusals", "pct"),
    ("cost_usd", "cost", "usd"), ("cost_per_item", "cost/item", "usd"),
    ("tool_call_reliability", "tool calls ok", "pct"),
)  # fmt: skip


def _table(rows: Sequence[Summary]) -> str:
    head = "".join(f"<th>{label}</th>" for _, label, _ in _COLUMNS)
    body = []
    for s in rows:
        cells = "".join(f"<td>{_fmt(getattr(s, key), kind)}</td>" for key, _, kind in _COLUMNS)
        body.append(f"<tr>{cells}</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _served_table(rows: Sequence[Summary]) -> str:
    body = []
    for s in rows:
        r = s.recovery
        share = ", ".join(f"{html.escape(k)} {v:.0%}" for k, v in s.served.items())
        rec = (
            f"{r.requests} requests, {r.faulted} met a fault: {r.recovered} recovered; "
            f"{r.failed} failed"
            if r.requests
            else "–"
        )
        body.append(f"<tr><td>{html.escape(s.model)}</td><td>{share}</td><td>{rec}</td></tr>")
    return (
        "<table><thead><tr><th>requested</th><th>share served by</th>"
        f"<th>failure recovery (injected faults)</th></tr></thead><tbody>{''.join(body)}"
        "</tbody></table>"
    )


def _svg(fig: Any) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buf.getvalue()
    return text[text.index("<svg") :]


def _plots(table: Table, results: Sequence[Result]) -> list[tuple[str, str]]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "hybridgate", "font.size": 9})
    overall = table.overall()
    names = [s.model for s in overall]
    out: list[tuple[str, str]] = []

    fig, ax = plt.subplots(figsize=(5, 3.4))
    for s in overall:
        ax.scatter([(s.cost_per_item or 0.0) * 1000], [s.quality or 0.0], s=60)
        ax.annotate(s.model, ((s.cost_per_item or 0.0) * 1000, s.quality or 0.0),
                    textcoords="offset points", xytext=(6, 4))  # fmt: skip
    top = max(((s.cost_per_item or 0.0) * 1000 for s in overall), default=0.0)
    ax.set_xlim(0, top * 1.25 if top > 0 else 1.0)
    ax.set_xlabel("cost per 1,000 items (USD)")
    ax.set_ylabel("quality (mean score)")
    ax.set_ylim(-0.05, 1.05)
    ax.grid(alpha=0.3)
    out.append(("Quality vs cost", _svg(fig)))
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(5, 3.4))
    series = [[r.total_s for r in results if _label(r) == n and r.error is None] for n in names]
    ttft = [[r.ttft_s for r in results if _label(r) == n and r.ttft_s is not None] for n in names]
    positions = range(len(names))
    if any(series):
        ax.boxplot([s or [0.0] for s in series], positions=[p * 2 for p in positions],
                   widths=0.7, patch_artist=True, boxprops={"facecolor": "#9ab8e8"})  # fmt: skip
        ax.boxplot([s or [0.0] for s in ttft], positions=[p * 2 + 0.8 for p in positions],
                   widths=0.7, patch_artist=True, boxprops={"facecolor": "#f2c47a"})  # fmt: skip
    ax.set_xticks([p * 2 + 0.4 for p in positions], names, rotation=15)
    ax.set_ylabel("seconds (blue: total, orange: TTFT)")
    ax.grid(alpha=0.3, axis="y")
    out.append(("Latency distribution", _svg(fig)))
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(5, 3.4))
    width = 0.8 / max(1, len(names))
    for i, name in enumerate(names):
        by_tier = {s.tier: s.quality or 0.0 for s in table.by_tier() if s.model == name}
        xs = [t + i * width for t in range(len(TIERS))]
        ax.bar(xs, [by_tier.get(t, 0.0) for t in TIERS], width, label=name)
    ax.set_xticks([t + 0.4 - width / 2 for t in range(len(TIERS))], list(TIERS))
    ax.set_ylabel("quality (mean score)")
    ax.set_ylim(0, 1.05)
    ax.legend(fontsize=8)
    ax.grid(alpha=0.3, axis="y")
    out.append(("Quality per tier", _svg(fig)))
    plt.close(fig)
    return out


def _label(r: Result) -> str:
    return r.model if r.faults == 0 else f"{r.model} @faults={r.faults:g}"


def render_html(results: Sequence[Result], *, title: str = "hybridgate benchmark") -> str:
    tables = tabulate(results)
    parts = [
        "<!doctype html><html lang=en><head><meta charset=utf-8>",
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p class=meta>{len(results)} results · generated "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}</p>",
    ]
    if not tables:
        parts.append("<p>No results yet.</p>")
    for table in tables:
        suite_results = [r for r in results if r.suite == table.suite]
        parts.append(f"<h2>Suite {html.escape(table.suite)}</h2>")
        parts.append("<h3>Per model</h3>" + _table(table.overall()))
        parts.append("<h3>Per model and tier</h3>" + _table(table.by_tier()))
        parts.append("<h3>Routing and recovery</h3>" + _served_table(table.overall()))
        figures = "".join(
            f"<figure>{svg}<figcaption>{html.escape(cap)}</figcaption></figure>"
            for cap, svg in _plots(table, suite_results)
        )
        parts.append(f"<div class=plots>{figures}</div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def report_json(results: Sequence[Result]) -> dict[str, object]:
    return {
        "results": len(results),
        "suites": {t.suite: [s.to_dict() for s in t.rows] for t in tabulate(results)},
    }


def write_report(results: Sequence[Result], out_dir: Path, *, title: str | None = None) -> Path:
    """Write report.html and report.json into out_dir; returns the HTML path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    page = out_dir / "report.html"
    page.write_text(render_html(results, title=title or "hybridgate benchmark"), "utf-8")
    (out_dir / "report.json").write_text(json.dumps(report_json(results), indent=2), "utf-8")
    return page
