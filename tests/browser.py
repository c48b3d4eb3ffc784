"""A page in a real headless Chromium, for the tests of what a browser shows (the
dashboard, the review page, the bench report)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Page

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (make dev installs it)"
)


@contextmanager
def chromium_page(
    problems: list[str], *, args: Sequence[str] = ("--no-sandbox",), **options: Any
) -> Iterator[Page]:
    """A new page (`options` go to new_page) in a headless Chromium launched with `args`,
    closed afterwards; the page's console errors and uncaught exceptions are appended to
    `problems`."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=list(args))
        try:
            page = browser.new_page(**options)
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            yield page
        finally:
            browser.close()
