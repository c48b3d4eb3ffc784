"""The per-request line: on logger hybridgate.access, silent unless that logger is at INFO
(`serve --access-log`), and never with message text."""

from __future__ import annotations

import logging

import pytest

from ..conftest import RunningGateway

pytestmark = pytest.mark.anyio
SECRET_TEXT = "the quarterly numbers are confidential"


async def test_one_line_per_request_only_when_the_access_logger_is_on(
    gateway: RunningGateway, caplog: pytest.LogCaptureFixture
) -> None:
    messages = [{"role": "user", "content": SECRET_TEXT}]
    caplog.set_level(logging.WARNING, logger="hybridgate.access")  # serve's default
    await gateway.client.chat.completions.create(model="auto", messages=messages)
    assert not [r for r in caplog.records if r.name == "hybridgate.access"]

    caplog.set_level(logging.INFO, logger="hybridgate.access")  # --access-log
    await gateway.client.chat.completions.create(model="auto", messages=messages)
    lines = [r.getMessage() for r in caplog.records if r.name == "hybridgate.access"]
    assert len(lines) == 1
    assert "model=llama-local" in lines[0] and "status=200" in lines[0]
    assert SECRET_TEXT not in caplog.text
