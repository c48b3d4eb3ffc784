"""The HTML report opened in a real headless Chromium: it renders its tables and plots,
logs no console errors, loads nothing from outside, and a screenshot is produced."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from hybridgate.harness.report import render_html, report_json, write_report
from hybridgate.harness.runner import Result
from hybridgate.harness.suites import TIERS

from ..browser import chromium_page, needs_chromium


def results() -> list[Result]:
    rows = []
    for i in range(30):
        for model, served, quality, latency, cost, faults in (
            ("gpt-hosted", "gpt-hosted", 0.9, 1.2, 2e-4, 0.0),
            ("llama-local", "llama-local", 0.4, 0.6, 1e-6, 0.0),
            ("auto", "llama-local" if i % 3 else "gpt-hosted", 0.7, 0.9, 7e-5, 0.0),
            ("auto", "llama-local" if i % 4 else None, 0.6, 1.0, 5e-5, 0.3),
        ):
            failed = served is None
            rows.append(Result(
                suite="demo", item_id=f"q{i}", model=model, served_model=served,
                route_reason=None if failed else "difficulty", tier=TIERS[i % 3],
                tags=("math",), faults=faults, faults_injected=int(faults > 0 and i % 2 == 0),
                score=0.0 if failed else float((i * 7 % 10) / 10 < quality),
                passed=not failed and (i * 7 % 10) / 10 < quality, detail="",
                refusal=i == 5, tool_call_valid=(i % 2 == 0) if i % 5 == 0 else None,
                error="upstream_unavailable" if failed else None, status=503 if failed else 200,
                ttft_s=None if failed else latency * (0.2 + (i % 5) / 20),
                total_s=latency * (1 + (i % 7) / 5), prompt_tokens=100,
                completion_tokens=0 if failed else 40, cost_usd=0.0 if failed else cost,
                seed=i, answer="<script>alert(1)</script>",
            ))  # fmt: skip
    return rows


def test_report_json_and_html_shape(tmp_path: Path) -> None:
    data = report_json(results())
    rows = data["suites"]["demo"]  # type: ignore[index]
    faulty = next(r for r in rows if r["model"] == "auto @faults=0.3" and r["tier"] == "all")
    assert faulty["recovery"]["requests"] == 30 and faulty["errors"] > 0
    page = render_html(results())
    assert page.count("<svg") == 3 and "<script" not in page
    assert re.search(r"(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page) is None  # self-contained
    assert "&lt;script&gt;" not in page  # answers are not rendered at all
    write_report(results(), tmp_path)
    assert json.loads((tmp_path / "report.json").read_text())["results"] == 120


@pytest.mark.slow
@needs_chromium
def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    page_path = write_report(results(), tmp_path)
    shot = tmp_path / "report.png"
    problems: list[str] = []
    requests: list[str] = []
    with chromium_page(
        problems, args=("--no-sandbox", "--disable-gpu"), viewport={"width": 1280, "height": 900}
    ) as page:
        page.on("request", lambda r: requests.append(r.url))
        page.goto(page_path.as_uri(), wait_until="load")
        assert page.locator("table").count() == 3
        assert page.locator("svg").count() == 3
        box = page.locator("svg").first.bounding_box()
        assert box is not None and box["width"] > 200 and box["height"] > 100
        assert "gpt-hosted" in page.locator("table").first.inner_text()
        page.screenshot(path=str(shot), full_page=True)
    assert problems == []
    assert all(url.startswith("file://") for url in requests)
    assert shot.stat().st_size > 10_000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
