"""deploy/grafana/hybridgate.json: it loads, its panels are laid out, its queries parse
as PromQL and name only metrics (and labels) that observability/metrics.py registers, and
every registered metric has a panel."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import promql_parser
from prometheus_client.metrics import MetricWrapperBase

from hybridgate.observability.metrics import Metrics

DASHBOARD = Path(__file__).resolve().parents[2] / "deploy" / "grafana" / "hybridgate.json"
SUFFIXES = {
    "counter": ("_total", "_created"),
    "gauge": ("",),
    "histogram": ("_bucket", "_count", "_sum", "_created"),
    "summary": ("", "_count", "_sum", "_created"),
    "info": ("_info",),
}
METRIC = re.compile(r"\b(hybridgate_[a-z0-9_]+)")
SELECTOR = re.compile(r"\b(hybridgate_[a-z0-9_]+)\{([^}]*)\}")
MATCHER = re.compile(r"([a-zA-Z_][a-zA-Z0-9_]*)\s*(?:=~|!~|!=|=)")
GROUPING = re.compile(r"\b(?:by|without)\s*\(([^)]*)\)")
# What Grafana puts in for its variables before the query reaches Prometheus.
VARIABLES = {"$__rate_interval": "1m", "$__range": "6h", "$model": ".*"}


def load() -> dict[str, Any]:
    dashboard: dict[str, Any] = json.loads(DASHBOARD.read_text())
    return dashboard


def panels(dashboard: dict[str, Any]) -> list[dict[str, Any]]:
    return [p for p in dashboard["panels"] if p["type"] != "row"]


def expressions(dashboard: dict[str, Any]) -> list[str]:
    exprs = [t["expr"] for p in panels(dashboard) for t in p["targets"]]
    for variable in dashboard["templating"]["list"]:
        if variable["type"] == "query":  # label_values(metric, label): Grafana's, not PromQL
            exprs.append(variable["definition"])
    return exprs


def registered() -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each exposed sample name → (family, label names), from a fresh Metrics registry."""
    metrics = Metrics()
    labels = {
        w._name: tuple(w._labelnames)
        for w in vars(metrics).values()
        if isinstance(w, MetricWrapperBase)
    }
    names: dict[str, tuple[str, tuple[str, ...]]] = {}
    for family in metrics.registry.collect():
        extra = ("le",) if family.type == "histogram" else ()
        for suffix in SUFFIXES.get(family.type, ("",)):
            names[family.name + suffix] = (family.name, labels.get(family.name, ()) + extra)
    return names


def test_dashboard_loads_and_is_laid_out() -> None:
    dashboard = load()
    assert dashboard["uid"] == "hybridgate"
    assert {v["name"] for v in dashboard["templating"]["list"]} == {"datasource", "model"}
    cells: set[tuple[int, int]] = set()
    ids = [p["id"] for p in dashboard["panels"]]
    assert len(ids) == len(set(ids))
    for panel in dashboard["panels"]:
        grid = panel["gridPos"]
        assert grid["x"] + grid["w"] <= 24, panel["title"]
        mine = {(x, y) for x in range(grid["x"], grid["x"] + grid["w"])
                for y in range(grid["y"], grid["y"] + grid["h"])}  # fmt: skip
        assert not cells & mine, f"{panel['title']} overlaps another panel"
        cells |= mine
    for panel in panels(dashboard):
        assert panel["datasource"]["uid"] == "${datasource}"
        assert panel["targets"], panel["title"]


def test_every_query_parses_as_promql() -> None:
    dashboard = load()
    for expr in (t["expr"] for p in panels(dashboard) for t in p["targets"]):
        for variable, value in VARIABLES.items():
            expr = expr.replace(variable, value)
        assert "$" not in expr, f"a Grafana variable the test does not know: {expr}"
        promql_parser.parse(expr)  # ValueError names the problem


def test_every_metric_in_the_promql_is_registered() -> None:
    names = registered()
    for expr in expressions(load()):
        used = METRIC.findall(expr)
        assert used, f"no hybridgate metric in {expr}"
        unknown = [n for n in used if n not in names]
        assert not unknown, f"{expr}: {unknown} not in observability/metrics.py"
        for name, matchers in SELECTOR.findall(expr):
            for label in MATCHER.findall(matchers):
                assert label in names[name][1], f"{expr}: {name} has no label {label}"
        known = {label for n in used for label in names[n][1]}
        for grouping in GROUPING.findall(expr):
            for label in filter(None, (g.strip() for g in grouping.split(","))):
                assert label in known, f"{expr}: no metric here has the label {label}"


def test_every_registered_metric_has_a_panel() -> None:
    used = {registered()[n][0] for e in expressions(load()) for n in METRIC.findall(e)}
    families = {family for family, _ in registered().values()}
    missing = sorted(families - used)
    assert not missing, f"add panels to {DASHBOARD.name} for {missing}"
