"""Gateways the tests of several wire APIs (chat, responses, messages, embeddings) share."""

from __future__ import annotations

import pytest

from hybridgate.execution.redaction import Redactor
from hybridgate.features import FeatureExtractor
from hybridgate.features.privacy import Scanner
from hybridgate.routing.decision import Transform

from ..conftest import GatewayFactory, RunningGateway, base_config
from ..fakes.upstream import FakeUpstream


@pytest.fixture
def redacting_gateway(fake_upstream: FakeUpstream, start_gateway: GatewayFactory) -> RunningGateway:
    """Sensitive requests may reach the hosted model redacted (privacy.on_sensitive:
    redact); the scanner's finds are restored in the answer."""
    config = base_config(fake_upstream.url, privacy={"on_sensitive": "redact"})  # type: ignore[attr-defined]
    scanner = Scanner()
    return start_gateway(
        config,
        extractor=FeatureExtractor(privacy=scanner),
        transforms={Transform.REDACT: Redactor(scanner)},
    )


@pytest.fixture
def spent_gateway(fake_upstream: FakeUpstream, start_gateway: GatewayFactory) -> RunningGateway:
    """A gateway whose global budget for the day is a hard 0: every request is refused."""
    config = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    config["budgets"] = {"global": {"day": {"hard": 0}}}
    return start_gateway(config)
