"""The README's examples do what the README says they do."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import anyio.to_thread
import pytest

from .conftest import RunningGateway

README = Path(__file__).resolve().parent.parent / "README.md"


def _sdk_snippet() -> str:
    """The python block of 'Use it from the openai SDK'."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    (snippet,) = [b for b in blocks if "OpenAI(base_url=" in b]
    return snippet


@pytest.mark.anyio
async def test_the_sdk_snippet_prints_text_not_none(gateway: RunningGateway) -> None:
    """Issue 14: the streaming loop printed `None` for the role and finish chunks."""
    code = _sdk_snippet().replace("http://127.0.0.1:8080/v1", f"{gateway.url}/v1")
    out = io.StringIO()

    def run() -> None:
        with contextlib.redirect_stdout(out):
            exec(code, {})

    await anyio.to_thread.run_sync(run)
    printed = out.getvalue()
    assert "None" not in printed
    assert "llama-local default" in printed  # the decision headers
    assert "echo: Count to five." in printed and "tokens" in printed


@pytest.mark.anyio
async def test_the_other_api_snippets_run(gateway: RunningGateway) -> None:
    """Issue 16: the Responses/Embeddings snippet (with the client above) and the
    anthropic one work against a gateway."""
    import openai

    blocks = re.findall(r"```python\n(.*?)```", README.read_text(), re.S)
    (apis,) = [b for b in blocks if "client.responses.create" in b]
    (claude,) = [b for b in blocks if "anthropic.Anthropic(base_url=" in b]
    claude = claude.replace("http://127.0.0.1:8080", gateway.url)
    out = io.StringIO()

    def run() -> None:
        client = openai.OpenAI(base_url=f"{gateway.url}/v1", api_key="x", max_retries=0)
        with contextlib.redirect_stdout(out):
            exec(apis, {"client": client})
            exec(claude, {})
        client.close()

    await anyio.to_thread.run_sync(run)
    printed = out.getvalue().splitlines()
    assert printed == ["echo: Name three primes.", "2 384", "echo: Name three primes."]
